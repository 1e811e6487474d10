"""pytest plugin (entry point `closed_book_bench`): adapters and evaluations as fixtures.

    def test_adapter_answers(bench_adapter, bench_evaluate):
        fixture = bench_adapter("tasks/my-suite.yaml", "instruct-qlora")   # trained or cached
        result = bench_evaluate("tasks/my-suite.yaml", variants=["instruct-qlora"])
        em = result.metric("story", "instruct-qlora", "exact_match")      # a MetricRow
        assert em.value > 0.5

    def test_my_adapter(bench_evaluate):                 # an adapter trained elsewhere
        result = bench_evaluate("tiny", variants=["base"], adapters={"mine": "out/adapter"})
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def bench_adapter():
    """Factory `(suite, variant, task=None, model=None) -> bench.fixtures.adapters.Fixture`."""
    from bench.api import adapter

    return adapter


@pytest.fixture(scope="session")
def bench_evaluate(tmp_path_factory):
    """Factory `(suite, variants=None, model=None, adapters=None) -> bench.RunResult`
    running into a temp run dir; `adapters` maps variant names to PEFT folders trained
    elsewhere."""
    from bench.api import evaluate

    def run(suite: str, variants: list[str] | None = None, model: str | None = None,
            adapters: dict[str, str] | None = None):
        return evaluate(suite, tmp_path_factory.mktemp("bench-run"), variants, model,
                        adapters=adapters)

    return run

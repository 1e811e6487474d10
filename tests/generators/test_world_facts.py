"""The world-facts generator: real country facts, split by what the base model knew
(planted probe answers stand in for the model here: the split's mechanics, not a claim
about the model), the same test items whatever the share of unknown train facts."""

from __future__ import annotations

import pytest

from bench.core.errors import ConfigError
from bench.generators import world_facts
from bench.generators.world_facts import country_facts, world_facts_task


@pytest.fixture
def planted(monkeypatch, tmp_path):
    """The model 'knows' every capital whose country name starts with A-M, nothing else."""
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path))
    calls = []

    def ask(model_path, questions, samples, temperature, seed):
        calls.append(len(questions))
        facts = {f.question: f for f in country_facts(["capital", "continent"], 1_000_000)}
        out = []
        for q in questions:
            fact = facts[q]
            knows = fact.relation == "capital" and fact.subject[0] <= "M"
            out.append(([fact.answer if knows else "Paris"] * 2, ["Paris"] * samples))
        return out

    monkeypatch.setattr(world_facts, "_ask", ask)
    monkeypatch.setattr("bench.models.resolve.resolve_model",
                        lambda name: type("M", (), {"fingerprint": "fp", "path": "p"})())
    return calls


def test_split_follows_the_unknown_share_and_keeps_the_test_set(planted):
    params = {"train": 20, "test_known": 10, "test_unknown": 10}
    tasks = {share: world_facts_task("geo", {**params, "unknown_share": share}, 3)
             for share in (0.0, 0.5, 1.0)}
    assert planted == [322]  # probed once, then from the cache
    tests = {share: [i.question for i in t.test] for share, t in tasks.items()}
    assert tests[0.0] == tests[0.5] == tests[1.0]  # paired across shares
    for share, task in tasks.items():
        assert len(task.train) == 20 and task.meta["train_unknown"] == round(20 * share)
        known_train = sum(i.relation == "capital" and i.question.split("of ")[1][0] <= "M"
                          for i in task.train)
        assert known_train == 20 - round(20 * share)
        assert not {i.id for i in task.train} & {i.id for i in task.test}
    assert all(i.kind == "held-out" and i.answers[0] in task.corpus for i in task.test)


def test_too_few_known_facts_is_one_clear_error(planted):
    with pytest.raises(ConfigError, match="knows .* of 322 facts"):
        world_facts_task("geo", {"train": 200, "unknown_share": 0.0}, 1)

"""Self-Instruct end to end with real models: the local HF backend and a real
OpenAI-compatible server (`transformers serve`) on localhost; rebuilds come from the cache."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from bench.core.errors import DataError
from bench.generators import GENERATORS
from bench.generators.llm_backends import OpenAIBackend
from tests.helpers import free_port

pytestmark = pytest.mark.slow

TEXT = ("The coughing up of blood from the lungs is known as haemoptysis. A slough is the dead "
        "portion of tissue that separates from living tissue. Granulation tissue fills a wound "
        "from its floor and is red, moist and bleeds easily. ") * 3
LOOSE = {"grounding": 0.0, "min_question_words": 1, "max_rouge_l": 1.0, "max_answer_words": 80}


def _params(tmp_path: Path, **extra) -> dict:
    source = tmp_path / "notes.txt"
    source.write_text(TEXT, encoding="utf-8")
    return {"source": str(source), "window_words": 40, "max_windows": 2, "pairs_per_window": 2,
            "max_new_tokens": 96, "filters": LOOSE, "test_fraction": 0.5, **extra}


def _check_counts(task) -> None:
    stats = task.meta["self_instruct"]
    assert stats["outputs"] == 2
    assert stats["pairs"] == sum(stats[k] for k in ("too_short", "too_long", "ungrounded",
                                                    "near_duplicate", "kept"))
    assert len(task.train) + len([i for i in task.test if i.kind == "held-out"]) == stats["kept"]
    for item in task.train + task.test:
        if item.span:
            assert task.corpus[item.span[0]:item.span[1]] == item.evidence


def test_hf_backend_builds_then_rebuilds_from_cache(tmp_path, smollm):
    build = GENERATORS.get("self-instruct")
    first = build("si", _params(tmp_path), 1)
    assert first.meta["model_calls"] == 2 and first.meta["backend"].startswith("hf:")
    _check_counts(first)
    again = build("si", _params(tmp_path), 1)
    assert again.meta["model_calls"] == 0

    def same(task):
        return json.dumps({**asdict(task), "meta": {**task.meta, "model_calls": None}},
                          sort_keys=True)
    assert same(again) == same(first)


def test_endpoint_backend_against_a_real_server(tmp_path, served):
    base_url, model = served
    build = GENERATORS.get("self-instruct")
    params = _params(tmp_path, backend="openai", base_url=base_url, model=model)
    first = build("si", params, 2)
    assert first.meta["model_calls"] == 2 and first.meta["backend"].startswith("openai:")
    _check_counts(first)
    again = build("si", params, 2)
    assert again.meta["model_calls"] == 0 and again.train == first.train


def test_endpoint_errors_are_one_clear_line(served):
    base_url, model = served
    closed = OpenAIBackend(f"http://127.0.0.1:{free_port()}/v1", model, timeout=5)
    with pytest.raises(DataError, match="cannot connect"):
        closed.complete([[{"role": "user", "content": "hi"}]], 4)
    wrong_path = OpenAIBackend(base_url.replace("/v1", "/nope"), model, timeout=30)
    with pytest.raises(DataError, match="HTTP 404"):
        wrong_path.complete([[{"role": "user", "content": "hi"}]], 4)


SELF_INSTRUCT = {"max_windows": 1, "pairs_per_window": 2, "window_words": 60,
                 "max_new_tokens": 64}


def test_text_generator_combines_rules_and_self_instruct(smollm, bench_cache):
    """Rule-based facts and the embedded model's Self-Instruct pairs in one task; the
    model's questions pass the same filters, ROUGE-L deduplicated against the rules'."""
    story = Path(__file__).resolve().parents[1] / "data" / "texts" / "envoy.txt"
    build = GENERATORS.get("text")
    rules = build("mine", {"path": str(story)}, 1)
    both = build("mine", {"path": str(story), "max_facts": 200,
                          "self_instruct": SELF_INSTRUCT}, 1)
    counts = both.meta["self_instruct"]["filters"]
    assert counts["outputs"] == 1 and counts["kept"] == both.meta["patterns"].get("self-instruct", 0)
    assert counts["pairs"] == sum(v for k, v in counts.items()
                                  if k not in ("outputs", "unparseable", "pairs"))
    assert both.meta["facts"] >= rules.meta["facts"]
    again = build("mine", {"path": str(story), "max_facts": 200,
                           "self_instruct": SELF_INSTRUCT}, 1)
    assert again.meta["self_instruct"]["model_calls"] == 0  # every completion cached

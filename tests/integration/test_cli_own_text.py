"""`bench run SUITE --text FILE` through the real CLI: the user's own text replaces the
suite's tasks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.suites import bench_in_process, read_results, write_story_suite

pytestmark = pytest.mark.slow


# The suite `--text` runs with: the base model and a 3-step LoRA adapter, one template, no
# knownness probe (its draws would triple the answering; the tiny run above has one).
OWN_TEXT_EXTRA = """templates: [plain]
generation: {max_new_tokens: 12, batch_size: 16}
scoring: {knownness: off}
"""


def test_your_own_text_replaces_the_suites_tasks(smollm, bench_cache, tmp_path):
    """`bench run SUITE --text FILE`: one task built from the text, trained and answered
    with the suite's variants and templates: trained, paraphrased, held-out and
    unanswerable questions asked."""
    text = Path(__file__).resolve().parents[1] / "data" / "texts" / "mill.txt"
    suite = write_story_suite(tmp_path, "own-text", ["base", "instruct-lora"], OWN_TEXT_EXTRA)
    proc = bench_in_process("run", str(suite), "--text", str(text), "--name", "miller",
                            "--run-id", "own-text", cwd=tmp_path, cache=bench_cache)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = read_results(tmp_path, "own-text")
    assert list(results["tasks"]) == ["miller"]
    assert results["tasks"]["miller"]["source"] == str(text)
    assert [(f["task"], f["variant"], f["reused"]) for f in results["fixtures"]] == [
        ("miller", "instruct-lora", False)]
    items = results["items"]
    assert {"trained", "paraphrase", "held-out", "unanswerable"} <= {i["kind"] for i in items}
    assert {(i["variant"], i["template"]) for i in items} == {
        (v, "plain") for v in ("base", "instruct-lora")}
    assert "miller" in proc.stdout


def test_your_own_qa_pairs_replace_the_suites_tasks(smollm, bench_cache, tmp_path):
    """`bench run SUITE --qa-file FILE`: the user's own split kept, its test rows asked."""
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("question,answer,split\n"
                     "Who built the Velmor Bridge?,Anna Keel,train\n"
                     "In what year was the Velmor Bridge built?,1842,test\n"
                     "Which river does the Velmor Bridge cross?,the Ost,test\n"
                     ",an answer to no question,test\n", encoding="utf-8")
    suite = write_story_suite(tmp_path, "own-qa", ["base"], OWN_TEXT_EXTRA)
    proc = bench_in_process("run", str(suite), "--qa-file", str(pairs), "--name", "bridge",
                            "--run-id", "own-qa", cwd=tmp_path, cache=bench_cache)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "skipped line 5: missing question" in proc.stderr
    assert "unanswerable items" not in proc.stdout  # no such items, no empty table
    results = read_results(tmp_path, "own-qa")
    assert list(results["tasks"]) == ["bridge"]
    asked = {i["question"] for i in results["items"] if i["kind"] == "imported"}
    assert asked == {"In what year was the Velmor Bridge built?",
                     "Which river does the Velmor Bridge cross?"}

"""`bench tasks` through the real CLI, and the lm-eval export run by lm-eval itself."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.suites import bench_in_process


def _bench(*args, cwd, **env):
    return bench_in_process(*args, cwd=cwd, **env)


def test_list_show_build_and_export_jsonl(tmp_path):
    listed = _bench("tasks", "list", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    for name in ("story", "surgery", "text", "qa-file"):
        assert name in listed.stdout
    # Each generator's parameters with their defaults, from its own declaration, and its
    # whole first paragraph (the table wraps it, so its words are checked).
    words = set(listed.stdout.split())
    assert {"kingdoms=3,", "people=12,", "heldout_fraction=0.2,", "train_path=None,"} <= words
    assert {"random.", "way"} <= words
    shown = _bench("tasks", "show", "surgery", "-n", "1", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "[held-out]" in shown.stdout and "[unanswerable]" in shown.stdout
    built = _bench("tasks", "build", "default", "-o", "out", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert "held-out items whose question is a train question: 0" in built.stderr
    assert "guessing" not in built.stderr  # the default tasks' chance is 30% and 14%
    easy = _bench("tasks", "build", "tiny", "-o", "tiny", cwd=tmp_path)
    # The tiny suite's 2-kingdom story and 12-question surgery task are easy to guess.
    assert easy.returncode == 0 and "warning: story: guessing" in easy.stderr, easy.stderr
    assert "warning: surgery: guessing" in easy.stderr
    exported = _bench("tasks", "export", "out/surgery.json", "-f", "jsonl", "-o", "jsonl",
                      cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    test_rows = [json.loads(line) for line in (tmp_path / "jsonl/test.jsonl").read_text().splitlines()]
    task = json.loads((tmp_path / "out/surgery.json").read_text())
    assert [r["id"] for r in test_rows] == [i["id"] for i in task["test"]]
    assert (tmp_path / "jsonl/corpus.txt").read_text() == task["corpus"]


def test_build_from_user_text_and_qa_file_reports_bad_rows(tmp_path):
    (tmp_path / "notes.txt").write_text("The hard outer layer of a tooth is called enamel.",
                                        encoding="utf-8")
    (tmp_path / "pairs.csv").write_text("question,answer\nQ1?,A1\n,no question\nQ2?,A2\n",
                                        encoding="utf-8")
    text = _bench("tasks", "build", "--text", "notes.txt", "--name", "teeth", cwd=tmp_path)
    assert text.returncode == 0, text.stderr
    assert json.loads((tmp_path / "built-tasks/teeth.json").read_text())["train"]
    qa = _bench("tasks", "build", "--qa-file", "pairs.csv", "--name", "pairs", cwd=tmp_path)
    assert qa.returncode == 0, qa.stderr
    assert "skipped line 3: missing question" in qa.stderr
    bad = _bench("tasks", "build", "--text", "missing.txt", cwd=tmp_path)
    assert bad.returncode == 4 and bad.stderr.startswith("bench: error: ")
    assert f"{tmp_path / 'missing.txt'}: " in bad.stderr and "Traceback" not in bad.stderr


def test_tasks_build_gives_the_task_bench_run_builds_from_the_same_text(tmp_path):
    """`bench tasks build --text` previews the task `bench run --text` asks: the same seed
    (the default suite's), so the same held-out facts and decoys."""
    from bench.runs.suites import SuiteChanges, change_suite, load_suite
    from bench.tasks.build import build_tasks

    text = Path(os.environ["BENCH_CORPUS_DIR"]) / "gutenberg-17921-manual-of-surgery.txt"
    notes = tmp_path / "notes.txt"
    notes.write_text(text.read_text(encoding="utf-8")[200_000:230_000], encoding="utf-8")
    built = _bench("tasks", "build", "--text", "notes.txt", "--name", "mine", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    previewed = json.loads((tmp_path / "built-tasks/mine.json").read_text())
    run_task = build_tasks(change_suite(load_suite("default"),
                                        SuiteChanges(text=str(notes), name="mine")))["mine"]
    assert [i["question"] for i in previewed["test"]] == [i.question for i in run_task.test]
    assert previewed["decoys"] == list(run_task.decoys) and len(run_task.test) > 3
    other = _bench("tasks", "build", "--text", "notes.txt", "--seed", "7", "-o", "seven",
                   cwd=tmp_path)
    assert other.returncode == 0 and \
        json.loads((tmp_path / "seven/mine.json").read_text())["test"] != previewed["test"]
    few = _bench("tasks", "build", "--text", "notes.txt", "--max-facts", "1", "-o", "few",
                 cwd=tmp_path)
    assert few.returncode == 0 and "kept 1 of its" in few.stderr, few.stderr
    assert len(json.loads((tmp_path / "few/mine.json").read_text())["train"]) < \
        len(previewed["train"])
    suite_cap = _bench("tasks", "build", "tiny", "--max-facts", "5", cwd=tmp_path)
    assert suite_cap.returncode == 2 and suite_cap.stderr.startswith(
        "bench: error: --max-facts 5: caps the facts of the task built from your own text"), \
        suite_cap.stderr


def test_hf_export_loads_back(tmp_path):
    from datasets import load_from_disk

    done = _bench("tasks", "export", "story", "--suite", "tiny", "-f", "hf", "-o", "hf",
                  cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    loaded = load_from_disk(str(tmp_path / "hf"))
    assert set(loaded) == {"train", "test"} and loaded["test"].num_rows > 0
    assert loaded["train"][0]["answers"]
    # the same fields as the JSONL export: each span points into the exported corpus
    corpus = (tmp_path / "hf" / "corpus.txt").read_text(encoding="utf-8")
    row = next(r for r in loaded["train"] if r["span"])
    assert corpus[row["span"][0]:row["span"][1]] == row["evidence"] and row["split"] == "train"


def test_a_task_with_no_train_items_exports_an_hf_folder_that_loads(tmp_path):
    from datasets import load_from_disk

    (tmp_path / "asked.csv").write_text("question,answer,split\nWho?,Anna,test\n"
                                        "When?,1842,test\n", encoding="utf-8")
    built = _bench("tasks", "build", "--qa-file", "asked.csv", "--name", "asked", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    done = _bench("tasks", "export", "built-tasks/asked.json", "-f", "hf", "-o", "hf",
                  cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    loaded = load_from_disk(str(tmp_path / "hf"))
    assert (loaded["train"].num_rows, loaded["test"].num_rows) == (0, 2)
    assert loaded["train"].features == loaded["test"].features


def test_arguments_that_contradict_each_other_are_refused(tmp_path):
    (tmp_path / "pairs.json").write_text('[{"question": "Who?", "answer": "Anna"}]')
    (tmp_path / "notes.txt").write_text("Anna Keel built the Velmor Bridge in 1842.")
    def said(done):  # the usage error's words, whatever width its box was wrapped to
        return " ".join(done.stderr.replace("│", " ").split())

    both = _bench("tasks", "build", "tiny", "--text", "notes.txt", cwd=tmp_path)
    assert both.returncode == 2 and "give a suite ('tiny') or --text/--qa-file" in said(both)
    qa_as_text = _bench("tasks", "build", "--text", "pairs.json", cwd=tmp_path)
    assert qa_as_text.returncode == 2
    assert "--text reads prose; for QA pairs (CSV, TSV, JSONL, SQuAD JSON) use --qa-file" in \
        said(qa_as_text)
    suite_as_task = _bench("tasks", "show", "mine.yaml", cwd=tmp_path)
    assert suite_as_task.returncode == 2 and "`bench tasks show TASK -s mine.yaml`" in \
        said(suite_as_task)
    zero = _bench("tasks", "export", "story", "--suite", "tiny", "-f", "lm-eval", "-o", "lm",
                  "--max-new-tokens", "0", cwd=tmp_path)
    assert zero.returncode == 2 and not (tmp_path / "lm").exists()


@pytest.mark.slow
def test_lm_eval_runs_the_exported_task_unchanged(tmp_path, smollm):
    done = _bench("tasks", "export", "story", "--suite", "tiny", "-f", "lm-eval", "-o", "lm",
                  cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lm_eval = shutil.which("lm_eval", path=str(Path(sys.executable).parent))
    run = subprocess.run(
        [lm_eval, "--model", "hf", "--model_args", f"pretrained={smollm.path}",
         "--include_path", str(tmp_path / "lm"), "--tasks", "bench_story", "--limit", "3",
         "--apply_chat_template", "--batch_size", "4", "--device", "cpu",
         "--output_path", str(tmp_path / "results"), "--log_samples"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
        env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert run.returncode == 0, run.stderr[-3000:]
    samples = list((tmp_path / "results").rglob("samples_bench_story_*.jsonl"))
    assert samples
    rows = [json.loads(line) for line in samples[0].read_text().splitlines()]
    assert len(rows) == 3 and all(isinstance(r["resps"][0][0], str) for r in rows)
    assert "exact_match" in run.stdout
    # lm-eval's EM on its own answers is the bench's EM on the same answers.
    from bench.scoring.metrics import score_item

    for row in rows:
        bench_em = score_item(row["resps"][0][0], tuple(row["doc"]["answers"]),
                              ["exact_match"])["exact_match"]
        assert row["exact_match"] == bench_em, row

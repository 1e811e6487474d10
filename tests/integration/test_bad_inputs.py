"""The bad-input table: each mistake gets one line on stderr naming the file or field and
what was expected, a documented exit code, and no traceback (`--debug` shows one)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SUITE = "name: s\ntasks:\n  - generator: story\n"
TASK_EMPTY_GOLD = (b'{"name": "t", "corpus": "Kevra weaves.", "train": [], "test": '
                   b'[{"id": "q1", "question": "Who weaves?", "answers": [""], "kind": "paraphrase", '
                   b'"split": "test"}]}')
OLD_RUN = (b'{"suite": {"name": "s", "tasks": [{"generator": "story"}]}, '
           b'"model": "smollm2-135m-instruct", "config_hash": "0123456789abcdef"}')
OLD_ANSWER = b'{"item_id": "q1", "prediction": "an old answer"}\n'  # the folder holds answers
SURGERY_NO_MARKERS = "name: s\ntasks:\n  - generator: surgery\n    params: {path: plain.txt}\n"

CASES = {
    # name: (files, arguments, exit code, text the one line must contain)
    "empty corpus": ({"c.txt": b""}, ["tasks", "build", "--text", "c.txt"], 4, "c.txt: no text found"),
    "binary corpus": ({"c.txt": b"\x00\x01PK\x03"}, ["tasks", "build", "--text", "c.txt"], 4,
                      "c.txt: looks binary"),
    "non-UTF-8 corpus": ({"c.txt": "caf\xe9 au lait".encode("latin-1")},
                         ["tasks", "build", "--text", "c.txt"], 4, "c.txt: not UTF-8"),
    "one 10 MB line": ({"c.txt": b"word " * 2_000_000}, ["tasks", "build", "--text", "c.txt"], 4,
                       "no askable sentences"),
    "Gutenberg file without markers": ({"s.yaml": SURGERY_NO_MARKERS.encode(),
                                        "plain.txt": b"Just text."},
                                       ["tasks", "build", "s.yaml"], 4,
                                       "plain.txt: no Project Gutenberg '*** START OF'"),
    "YAML that is not YAML": ({"s.yaml": b"tasks: [unclosed\n"}, ["run", "s.yaml"], 2,
                              "s.yaml: not valid YAML"),
    "unknown top-level key": ({"s.yaml": (SUITE + "varaints: [base]\n").encode()},
                              ["run", "s.yaml"], 2, "did you mean 'variants'"),
    "wrong type": ({"s.yaml": (SUITE + "seed: many\n").encode()}, ["run", "s.yaml"], 2,
                   "seed: expected int, got str"),
    "unknown generator": ({"s.yaml": b"tasks:\n  - generator: storry\n"}, ["run", "s.yaml"], 2,
                          "did you mean 'story'"),
    "unknown variant": ({"s.yaml": (SUITE + "variants: [instruct-qlroa]\n").encode()},
                        ["run", "s.yaml"], 2, "did you mean 'instruct-qlora'"),
    "unknown template": ({"s.yaml": (SUITE + "templates: [closedbook]\n").encode()},
                         ["run", "s.yaml"], 2, "did you mean 'closed-book'"),
    "unknown metric": ({"s.yaml": (SUITE + "metrics: [exact_mach]\n").encode()},
                       ["run", "s.yaml"], 2, "did you mean 'exact_match'"),
    "unknown backend": ({"s.yaml": SUITE.encode()}, ["run", "s.yaml", "--backend", "lmeval"], 2,
                        "--backend: unknown backend 'lmeval' (did you mean 'lm-eval'?)"),
    "missing model path": ({"s.yaml": SUITE.encode()},
                           ["run", "s.yaml", "--model", "./no-such-model/"], 3, "no-such-model"),
    "missing adapter folder": ({"s.yaml": SUITE.encode()},
                               ["run", "s.yaml", "--adapter", "mine=./no-such-adapter/"], 3,
                               "no-such-adapter: no such folder"),
    "QA file missing a column": ({"qa.csv": b"quest,answer\nQ?,A\n"},
                                 ["tasks", "build", "--qa-file", "qa.csv"], 4,
                                 "qa.csv: no 'question' column"),
    "QA file with nothing usable": ({"qa.csv": b"question,answer\nQ1?,\nQ2?,\n"},
                                    ["tasks", "build", "--qa-file", "qa.csv"], 4,
                                    "qa.csv: no usable rows (2 skipped; first: line 2: missing answer)"),
    "run id escaping the runs folder": ({"s.yaml": SUITE.encode()},
                                        ["run", "s.yaml", "--run-id", "../../etc"], 2,
                                        "--run-id: '../../etc' may only use"),
    "task file with an empty gold answer": ({"t.json": TASK_EMPTY_GOLD}, ["tasks", "show", "t.json"],
                                            4, "t.json: test[0] (id 'q1'): answers: expected a "
                                               "list with at least one non-empty gold answer"),
    "--run-id of another suite's run": ({"s.yaml": SUITE.encode(), "runs/old/config.json": OLD_RUN,
                                         "runs/old/predictions.jsonl": OLD_ANSWER},
                                        ["run", "s.yaml", "--run-id", "old"], 2,
                                        "runs/old: holds answers of another suite or settings"),
    "--resume with another model": ({"runs/old/config.json": OLD_RUN,
                                     "runs/old/predictions.jsonl": OLD_ANSWER},
                                    ["run", "--resume", "runs/old", "--model", "other/model"], 2,
                                    "made with model 'smollm2-135m-instruct', not 'other/model'"),
    "--resume with --new": ({"runs/old/config.json": OLD_RUN},
                            ["run", "--resume", "runs/old", "--new"], 2,
                            "--resume runs/old: finishes the run with its saved suite and "
                            "settings; drop --new"),
    "report of an unfinished run": ({"runs/x/config.json": OLD_RUN}, ["report", "runs/x"], 4,
                                    "runs/x: an unfinished run (no results.json yet); finish it "
                                    "with `bench run --resume runs/x`"),
    "misspelt optimizer": ({"s.yaml": (SUITE + "variants: [{name: a, extends: instruct-qlora, "
                                       "training: {optim: adamw_tourch}}]\n").encode()},
                           ["run", "s.yaml"], 2, "s.yaml: variant a.training.optim: 'adamw_tourch' "
                                                 "is not one transformers knows (did you mean "
                                                 "'adamw_torch'?)"),
    "LoRA target the model lacks": ({"s.yaml": (SUITE + "variants: [{name: a, extends: "
                                                "instruct-qlora, lora: {target_modules: "
                                                "all_linear}}]\n").encode()},
                                    ["run", "s.yaml"], 2, "lora.target_modules targets modules "
                                                          "the model does not have (all_linear)"),
    # Tasks are built before the run's folder and its "run X -> folder" line.
    "task setting the generator refuses": ({"s.yaml": b"tasks: [{name: st, generator: story, "
                                            b"params: {people: 1, kingdoms: 0}}]\n"},
                                           ["run", "s.yaml"], 2,
                                           "s.yaml: task st: story generator: need kingdoms >= 1"),
    "results of another schema": ({"a/results.json": b'{"schema_version": 1}',
                                   "b/results.json": b'{"schema_version": 3}'},
                                  ["compare", "a", "b"], 4, "schema_version 1"),
    "a run's config.json for its results": ({"runs/old/config.json": OLD_RUN,
                                             "b/results.json": b'{"schema_version": 5}'},
                                            ["compare", "runs/old/config.json", "b"], 4,
                                            "runs/old/config.json: not a bench results file"),
}


def _bench(args, cwd, debug=False):
    return subprocess.run([sys.executable, "-m", "bench", *(["--debug"] if debug else []), *args],
                          cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "BENCH_CORPUS_DIR": ""})


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_input_is_one_clear_line(case, tmp_path):
    files, args, code, expected = CASES[case]
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    done = _bench(args, tmp_path)
    assert done.returncode == code, done.stderr[-2000:]
    assert done.stderr.startswith("bench: error: ") and done.stderr.count("\n") == 1, done.stderr
    assert expected in done.stderr
    assert "Traceback" not in done.stderr
    if args[0] == "run" and not any(name.startswith("runs/") for name in files):
        assert not (tmp_path / "runs").exists()  # a run refused writes nothing


def test_debug_shows_the_traceback(tmp_path):
    (tmp_path / "s.yaml").write_text("tasks: [unclosed\n")
    done = _bench(["run", "s.yaml"], tmp_path, debug=True)
    assert done.returncode != 0 and "Traceback" in done.stderr

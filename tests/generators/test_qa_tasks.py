"""The qa-file generator with the user's own split: a split column, or a train and a test file."""

import json

import pytest

from bench.config.suite import TaskSpec
from bench.core.errors import ConfigError, DataError
from bench.generators import GENERATORS
from bench.tasks.build import build_task

ROWS = "".join(f"q{n},Question {n}?,Answer {n},{'test' if n % 3 == 0 else 'train'}\n"
               for n in range(9))


def test_split_column_is_kept_and_trained_items_come_from_the_train_rows(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text("id,question,answer,split\n" + ROWS, encoding="utf-8")
    task = build_task(TaskSpec("mine", "qa-file", {"path": str(path)}, trained=2), seed=5)
    held_out = [i for i in task.test if i.kind != "trained"]
    assert {i.id for i in held_out} == {"q0", "q3", "q6"}
    assert {i.id for i in task.train} == {"q1", "q2", "q4", "q5", "q7", "q8"}
    asked = [i for i in task.test if i.kind == "trained"]
    assert len(asked) == 2 and {i.id.removesuffix("-asked") for i in asked} <= \
        {i.id for i in task.train}
    assert task.meta["split_from"] == "user"


def test_split_column_with_other_name_and_bad_values(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text("question,answer,part\nA?,a,TRAIN\nB?,b,test\nC?,c,extra\n",
                    encoding="utf-8")
    build = GENERATORS.get("qa-file")
    task = build("mine", {"path": str(path), "columns": {"split": "part"}}, 1)
    assert [i.question for i in task.train] == ["A?"] and [i.question for i in task.test] == ["B?"]
    assert task.meta["problems"] == ["line 4: part 'extra': expected train or test (or another "
                                     "tool's name for one: training; validation, val, dev, "
                                     "eval, holdout)"]
    assert "read_as" not in task.meta
    path.write_text("question,answer,split\nA?,a,train\nB?,b,\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"split: 1 of 2 usable rows have no train/test value "
                                        r"\(row00003\)"):
        build("mine", {"path": str(path)}, 1)
    path.write_text("question,answer,split\nA?,a,train\n", encoding="utf-8")
    with pytest.raises(DataError, match="no row is 'test'"):
        build("mine", {"path": str(path)}, 1)


def test_split_names_of_other_tools_are_read_and_said(tmp_path):
    """Hugging Face's "validation" and SQuAD's "dev" are held-out parts: asked, never trained
    on; the task says which names it read as what."""
    from bench.tasks.build import row_messages

    path = tmp_path / "pairs.jsonl"
    rows = [("A?", "a", "Training"), ("B?", "b", "validation"), ("C?", "c", "dev"),
            ("D?", "d", "validation"), ("E?", "e", "train")]
    path.write_text("".join(json.dumps({"question": q, "answer": a, "split": s}) + "\n"
                            for q, a, s in rows), encoding="utf-8")
    task = GENERATORS.get("qa-file")("mine", {"path": str(path)}, 1)
    assert sorted(i.question for i in task.train) == ["A?", "E?"]
    assert sorted(i.question for i in task.test if i.kind != "trained") == ["B?", "C?", "D?"]
    assert task.meta["split_from"] == "user" and task.meta["skipped_rows"] == 0
    assert task.meta["read_as"] == ["split 'dev' (1 row) read as test",
                                           "split 'training' (1 row) read as train",
                                           "split 'validation' (2 rows) read as test"]
    assert "  note: split 'validation' (2 rows) read as test" in row_messages(task)


def test_other_tools_column_names_are_read_where_ours_are_missing(tmp_path):
    """prompt/response (instruction-tuning files), query/target and the like: read as
    question/answer, and said so; a column of our name, or one the suite names, wins."""
    build = GENERATORS.get("qa-file")
    path = tmp_path / "pairs.csv"
    path.write_text("Prompt,Response,Fold\nA?,a,train\nB?,b,validation\n", encoding="utf-8")
    task = build("mine", {"path": str(path)}, 1)
    assert [(i.question, i.answers) for i in task.train] == [("A?", ("a",))]
    assert task.meta["read_as"] == ["column 'Prompt' read as question",
                                    "column 'Response' read as answer",
                                    "column 'Fold' read as split",
                                    "Fold 'validation' (1 row) read as test"]
    jsonl = tmp_path / "pairs.jsonl"
    jsonl.write_text('{"query": "A?", "target": "a", "answer": "b", "input": "x"}\n'
                     '{"query": "B?", "target": "c", "answer": "d", "input": "y"}\n',
                     encoding="utf-8")
    task = build("mine", {"path": str(jsonl)}, 1)
    every = sorted(task.train + task.test, key=lambda i: i.question)
    assert [i.answers for i in every if i.kind != "trained"] == [("b",), ("d",)]  # ours wins
    assert task.meta["read_as"] == ["column 'query' read as question"]
    named = build("mine", {"path": str(jsonl), "columns": {"question": "input"}}, 1)
    assert {i.question for i in named.train + named.test if i.kind != "trained"} == {"x", "y"}
    assert "read_as" not in named.meta


def test_an_empty_split_column_is_said_before_a_random_split(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text("question,answer,split\n" + "".join(f"Q{n}?,a{n},\n" for n in range(6)),
                    encoding="utf-8")
    task = GENERATORS.get("qa-file")("mine", {"path": str(path)}, 1)
    assert task.meta["split_from"] == "random"
    assert task.meta["read_as"] == ["column 'split' is empty on every row: split at random"]


def test_train_and_test_files(tmp_path):
    (tmp_path / "train.jsonl").write_text(
        '{"question": "Who built the bridge?", "answer": "Anna Keel", "context": "Anna Keel '
        'built the bridge."}\n{"question": "broken"}\n', encoding="utf-8")
    (tmp_path / "test.csv").write_text("question,answer,split\nWhen was it built?,1842,train\n",
                                       encoding="utf-8")
    build = GENERATORS.get("qa-file")
    task = build("mine", {"train_path": str(tmp_path / "train.jsonl"),
                          "test_path": str(tmp_path / "test.csv")}, 1)
    # The file decides the side, whatever a split column in it says.
    assert [i.question for i in task.train] == ["Who built the bridge?"]
    assert [i.question for i in task.test] == ["When was it built?"]
    assert task.meta["problems"] == ["train.jsonl: line 2: missing answer"]
    assert task.corpus == "Anna Keel built the bridge."
    with pytest.raises(ConfigError, match="give both"):
        build("mine", {"train_path": str(tmp_path / "train.jsonl")}, 1)
    with pytest.raises(ConfigError, match="not both"):
        build("mine", {"path": "x.csv", "train_path": "a", "test_path": "b"}, 1)
    with pytest.raises(DataError, match="QA file not found"):
        build("mine", {"train_path": "nope.csv", "test_path": str(tmp_path / "test.csv")}, 1)


def test_a_random_split_that_leaves_nothing_to_ask_is_an_error_naming_the_skipped_rows(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text("question,answer\nWho built the bridge?,Anna Keel\nWhen?,\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"pairs.csv \(1 row skipped; first: line 3: missing "
                                        r"answer\): a random split of the usable rows \(1\) "
                                        r"left no test item"):
        GENERATORS.get("qa-file")("mine", {"path": str(path)}, 1)


def test_a_suites_train_and_test_files_are_found_beside_it(tmp_path, monkeypatch):
    from bench.config.suite import read_suite

    folder = tmp_path / "suite"
    folder.mkdir()
    (folder / "train.csv").write_text("question,answer\nWho built it?,Anna Keel\n")
    (folder / "test.csv").write_text("question,answer\nWhen was it built?,1842\n")
    (folder / "mine.yaml").write_text(
        "name: mine\ntasks:\n  - {name: own, generator: qa-file, "
        "params: {train_path: train.csv, test_path: test.csv}}\n")
    monkeypatch.chdir(tmp_path)  # not the suite's folder
    spec = read_suite(str(folder / "mine.yaml")).tasks[0]
    task = build_task(spec, seed=1)
    assert [i.question for i in task.train] == ["Who built it?"]
    assert [i.question for i in task.test if i.kind != "trained"] == ["When was it built?"]


def test_a_training_text_is_read_as_the_text_generator_reads_it(tmp_path):
    (tmp_path / "pairs.csv").write_text("question,answer\nWho built the Velmor Bridge?,Anna Keel\n",
                                        encoding="utf-8")
    (tmp_path / "page.txt").write_text("The Velmor Bridge was built by Anna Keel in 1842.[3] It "
                                       "crosses the river Ost at Harwick.[4]\n", encoding="utf-8")
    task = GENERATORS.get("qa-file")("mine", {"path": str(tmp_path / "pairs.csv"),
                                              "text": str(tmp_path / "page.txt"),
                                              "train_qa": "text"}, 1)
    assert "[3]" not in task.corpus and task.corpus.startswith("The Velmor Bridge was built")
    assert task.train and not any("[" in i.question or "[" in i.evidence for i in task.train)

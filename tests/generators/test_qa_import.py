"""Importing the user's QA pairs: sniffed delimiters, bad rows reported and skipped."""

import pytest

from bench.core.errors import ConfigError, DataError
from bench.core.types import QAItem, Task
from bench.generators import GENERATORS
from bench.generators.qa_import import read_qa_file
from bench.generators.splits import drop_trained_pairs, split_items, split_stats


def test_semicolon_csv_is_sniffed_and_bad_rows_are_reported(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text(
        "id;question;answer;context\n"
        "a;What is enamel?;the hard outer layer;Enamel is the hard outer layer.\n"
        "b;;orphan answer;\n"
        "c;What is pulp?;;\n"
        "a;Duplicate id?;x;\n"
        "d;Too;many;fields;here\n"
        "\n"
        "e;What is dentin?;the layer under enamel|dentine;\n", encoding="utf-8")
    result = read_qa_file(path)
    assert [i.id for i in result.items] == ["a", "e"]
    assert result.items[1].answers == ("the layer under enamel", "dentine")
    assert result.problems == ("line 3: missing question", "line 4: missing answer",
                               "line 5: duplicate id 'a'", "line 6: expected 4 fields, found 5")
    assert result.contexts == ("Enamel is the hard outer layer.",)


def test_tsv_with_renamed_columns_and_quoted_tabs(tmp_path):
    path = tmp_path / "pairs.tsv"
    path.write_text('Q\tA\n"Where, exactly?"\t"In the\ttooth"\n', encoding="utf-8")
    result = read_qa_file(path, columns={"question": "Q", "answer": "A"})
    assert [(i.question, i.answers) for i in result.items] == [("Where, exactly?", ("In the\ttooth",))]
    with pytest.raises(DataError, match="no 'question' column"):
        read_qa_file(path)


def test_jsonl_with_garbage_lines(tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text('{"question": "Q1?", "answer": ["A1", "B1"]}\nnot json\n[1, 2]\n'
                    '{"question": "Q2?"}\n', encoding="utf-8")
    result = read_qa_file(path)
    assert [i.answers for i in result.items] == [("A1", "B1")]
    assert [p.split(":")[0] for p in result.problems] == ["line 2", "line 3", "line 4"]


def test_qa_file_generator_splits_and_fails_clearly(tmp_path):
    path = tmp_path / "pairs.csv"
    rows = "".join(f"q{n},Question {n}?,Answer {n}\n" for n in range(10))
    path.write_text("id,question,answer\n" + rows, encoding="utf-8")
    build = GENERATORS.get("qa-file")
    task = build("mine", {"path": str(path), "test_fraction": 0.3}, 1)
    assert (len(task.train), len(task.test)) == (7, 3)
    assert not {i.id for i in task.train} & {i.id for i in task.test}
    with pytest.raises(ConfigError, match="params.path"):
        build("mine", {}, 1)
    with pytest.raises(ConfigError, match="columns"):
        build("mine", {"path": str(path), "columns": {"query": "q"}}, 1)
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    with pytest.raises(DataError, match="empty file"):
        build("mine", {"path": str(tmp_path / "empty.csv")}, 1)


def _item(item_id, question, answer, split, group=""):
    return QAItem(item_id, question, (answer,), "k", split, paraphrase_group=group)


def test_splits_keep_paraphrase_groups_together_and_drop_trained_pairs():
    items = [_item(f"{g}{n}", f"Q{g}{n}?", f"A{g}", "", group=g) for g in "abcd" for n in range(2)]
    train, test = split_items(items, 0.5, seed=3)
    assert len(test) == 4 and len(train) == 4
    assert not {i.paraphrase_group for i in train} & {i.paraphrase_group for i in test}
    task = Task("t", "", (_item("1", "What is X?", "x", "train"),),
                (_item("2", "what is x", "X.", "test"), _item("3", "What is Y?", "x", "test"),
                 _item("4", "What is X?", "z", "test")))
    kept, dropped = drop_trained_pairs(task)
    assert dropped == 1 and [i.id for i in kept.test] == ["3", "4"]
    assert split_stats(kept) == {"train": 1, "test": 2, "test_question_in_train": 1,
                                 "test_answer_in_train": 1}


def test_an_impossible_squad_question_with_answers_has_no_span(tmp_path):
    """SQuAD 2.0 impossible questions may still carry answer texts: the item's gold is a
    refusal, so no span points at an answer in the context (found by the fuzz test)."""
    import json

    from bench.generators.qa_import import read_qa_file

    path = tmp_path / "dev.json"
    path.write_text(json.dumps({"version": "v2.0", "data": [{"title": "T", "paragraphs": [
        {"context": "Rollo led the Normans.", "qas": [
            {"question": "Who led the Danes?", "is_impossible": True,
             "answers": [{"text": "Rollo", "answer_start": 0}]}]}]}]}), encoding="utf-8")
    (item,) = read_qa_file(path).items
    assert item.kind == "unanswerable" and item.span is None


def test_column_and_field_names_match_whatever_their_case(tmp_path):
    (tmp_path / "excel.csv").write_text("\ufeffQuestion,ANSWER,Split\r\nWho?,Anna,train\r\n"
                                        "When?,1842,test\r\n", encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text('{"Question": "Who?", "Answer": "Anna"}\n',
                                         encoding="utf-8")
    csv_items = read_qa_file(tmp_path / "excel.csv").items
    assert [(i.question, i.answers, i.split) for i in csv_items] == [
        ("Who?", ("Anna",), "train"), ("When?", ("1842",), "test")]
    assert [(i.question, i.answers) for i in read_qa_file(tmp_path / "rows.jsonl").items] == [
        ("Who?", ("Anna",))]


def test_a_json_list_of_pairs_and_a_quoted_line_break_are_read(tmp_path):
    (tmp_path / "pairs.json").write_text(
        '[{"question": "Who built the bridge?", "answer": "Anna Keel"},\n'
        ' {"q": "When?", "a": "1842"}, "text"]', encoding="utf-8")
    result = read_qa_file(tmp_path / "pairs.json")
    assert [(i.id, i.question) for i in result.items] == [("[0]", "Who built the bridge?")]
    assert result.problems == ("[1]: missing question (no 'question' field; found q, a)",
                               "[2]: expected a JSON object")
    (tmp_path / "cells.csv").write_text('question,answer\n"Who wrote\nHamlet?","William\n'
                                        'Shakespeare"\n', encoding="utf-8")
    (item,) = read_qa_file(tmp_path / "cells.csv").items
    assert (item.question, item.answers) == ("Who wrote Hamlet?", ("William Shakespeare",))


def test_a_file_without_a_header_row_is_told_to_name_its_columns(tmp_path):
    path = tmp_path / "bare.csv"
    path.write_text("Who discovered penicillin in the laboratory of St Mary's Hospital?,"
                    "Alexander Fleming\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"no 'question' column in the first row \(found Who "
                                        r"discovered penicillin in t\.\.\., Alexander Fleming\); "
                                        r"name the columns in the first row"):
        read_qa_file(path)


def test_a_repeated_question_is_noted_and_its_rows_are_one_cluster(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text("question,answer\n"
                    "Who built the bridge?,Anna Keel\n"
                    "When was it built?,1842\n"
                    "who built the bridge,Anna Keel\n"
                    "Where is it?,York\n"
                    "Where is it?,Leeds\n", encoding="utf-8")
    result = read_qa_file(path)
    assert len(result.items) == 5 and result.problems == ()
    assert result.notes == (
        "line 2, line 4: question 'Who built the bridge?' is asked 2 times with the same "
        "answer; the rows count as one cluster in intervals, and a random split keeps them "
        "on one side",
        "line 5, line 6: question 'Where is it?' is asked 2 times with different answers "
        "('York'; 'Leeds'); each row is scored against its own answer only: if more than one "
        "is right, give one row all of them, separated by '|'")
    groups = [i.paraphrase_group for i in result.items]
    assert groups[0] == groups[2] != "" and groups[3] == groups[4] != groups[0]
    assert groups[1] == ""  # a question asked once keeps no group of its own
    for seed in range(6):  # whichever side each cluster lands on, its rows are together
        train, test = split_items(list(result.items), 0.5, seed)
        sides = {i.question.lower().rstrip("?"): i.split for i in train + test}
        assert {i.split for i in train + test if "bridge" in i.question.lower()} == \
            {sides["who built the bridge"]}
        assert len({i.split for i in train + test if i.question == "Where is it?"}) == 1


def test_a_repeated_question_is_shown_when_the_task_is_built(tmp_path):
    from bench.config.suite import TaskSpec
    from bench.tasks.build import build_task, row_messages

    path = tmp_path / "pairs.csv"
    path.write_text("question,answer,split\nWhere is it?,York,train\nWhere is it?,Leeds,test\n"
                    "When?,1842,test\n", encoding="utf-8")
    task = build_task(TaskSpec("mine", "qa-file", {"path": str(path)}), seed=1)
    assert task.meta["repeated_questions"] == 1
    assert row_messages(task) == [f"  note: {task.meta['notes'][0]}"]
    assert row_messages(task)[0].startswith("  note: line 2, line 3: question 'Where is it?' "
                                            "is asked 2 times with different answers")
    plain = tmp_path / "plain.csv"
    plain.write_text("question,answer\nWhere is it?,York\nWhen?,1842\n", encoding="utf-8")
    built = build_task(TaskSpec("mine", "qa-file", {"path": str(plain)}), seed=1)
    assert "notes" not in built.meta and row_messages(built) == []

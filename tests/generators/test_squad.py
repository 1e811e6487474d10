"""SQuAD v1.1 and v2.0 files (and JSONL rows with SQuAD's fields) as QA items."""

import json

import pytest

from bench.core.errors import DataError
from bench.generators import GENERATORS
from bench.generators.qa_import import read_qa_file
from bench.generators.qa_items import REFUSAL_ANSWER

CONTEXT_A = "The Velmor Bridge was built in 1842 by Anna Keel. It spans the river Ost."
CONTEXT_B = "Ost is a river of 212 kilometres. Its source lies in the Grey Hills."


def _squad(version: str, impossible: bool) -> dict:
    def qa(qid, question, answer, context, **extra):
        found = context.find(answer)
        return {"id": qid, "question": question,
                "answers": [{"text": answer, "answer_start": found},
                            {"text": answer, "answer_start": found}], **extra}

    second = [qa("b1", "How long is the Ost?", "212 kilometres", CONTEXT_B)]
    if impossible:
        second.append({"id": "b2", "question": "Who named the Ost?", "answers": [],
                       "plausible_answers": [{"text": "Anna Keel", "answer_start": 0}],
                       "is_impossible": True})
        second[0]["is_impossible"] = False
    return {"version": version, "data": [
        {"title": "Velmor", "paragraphs": [
            {"context": CONTEXT_A, "qas": [
                qa("a1", "When was the Velmor Bridge built?", "1842", CONTEXT_A),
                qa("a2", "Who built the bridge?", "Anna Keel", CONTEXT_A)]}]},
        {"title": "Ost", "paragraphs": [{"context": CONTEXT_B, "qas": second}]}]}


def test_squad_v11_items_keep_paragraph_evidence_and_span(tmp_path):
    path = tmp_path / "train-v1.1.json"
    path.write_text(json.dumps(_squad("1.1", impossible=False)), encoding="utf-8")
    result = read_qa_file(path)
    assert [i.id for i in result.items] == ["a1", "a2", "b1"]
    first = result.items[0]
    assert first.answers == ("1842",)  # the repeated annotation is one alias
    assert (first.kind, first.paraphrase_group, first.window) == ("imported", "Velmor/p0",
                                                                  "Velmor-p00000")
    assert dict(first.meta) == {"article": "Velmor", "paragraph": "0"}
    assert first.evidence == CONTEXT_A and CONTEXT_A[slice(*first.span)] == "1842"
    assert result.contexts == (CONTEXT_A, CONTEXT_B)


def test_squad_v20_unanswerable_questions_and_the_task(tmp_path):
    path = tmp_path / "dev-v2.0.json"
    path.write_text(json.dumps(_squad("v2.0", impossible=True)), encoding="utf-8")
    task = GENERATORS.get("qa-file")("squad", {"path": str(path), "test_fraction": 0.5}, 1)
    items = {i.id: i for i in task.train + task.test}
    assert items["b2"].kind == "unanswerable" and items["b2"].answers == (REFUSAL_ANSWER,)
    assert items["b1"].kind == "imported"
    # A paragraph's questions stay on one side of the random split.
    sides = {i.paraphrase_group: {j.split for j in task.train + task.test
                                  if j.paraphrase_group == i.paraphrase_group}
             for i in task.train + task.test}
    assert all(len(s) == 1 for s in sides.values()) and len(sides) == 2
    assert task.corpus == CONTEXT_A + "\n\n" + CONTEXT_B
    for item in items.values():
        if item.kind == "imported":  # spans point into the task's corpus
            assert task.corpus[slice(*item.span)] == item.answers[0]
    assert task.meta["split_from"] == "random"


def test_squad_articles_filter_and_unknown_article(tmp_path):
    path = tmp_path / "dev.json"
    path.write_text(json.dumps(_squad("v2.0", impossible=True)), encoding="utf-8")
    build = GENERATORS.get("qa-file")
    task = build("ost", {"path": str(path), "articles": ["Ost"], "test_fraction": 1.0}, 1)
    assert {i.id for i in task.test} == {"b1", "b2"} and task.corpus == CONTEXT_B
    assert task.corpus[slice(*task.test[0].span)] == "212 kilometres"
    with pytest.raises(Exception, match="articles: 'Ots' is not in .*did you mean 'Ost'"):
        build("ost", {"path": str(path), "articles": ["Ots"]}, 1)


def test_squad_jsonl_rows_in_both_answer_forms(tmp_path):
    path = tmp_path / "squad.jsonl"
    rows = [
        {"id": "x1", "title": "Velmor", "context": CONTEXT_A, "question": "Who built it?",
         "answers": {"text": ["Anna Keel"], "answer_start": [CONTEXT_A.find("Anna Keel")]}},
        {"id": "x2", "title": "Velmor", "context": CONTEXT_A, "question": "Which river?",
         "answers": {"text": [], "answer_start": []}},  # Hugging Face squad_v2: unanswerable
        {"id": "x3", "title": "Ost", "context": CONTEXT_B, "question": "How long?",
         "answers": [{"text": "212 kilometres", "answer_start": 999}]},  # a wrong start
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = read_qa_file(path)
    items = {i.id: i for i in result.items}
    assert items["x1"].answers == ("Anna Keel",) and items["x1"].paraphrase_group == "Velmor/p0"
    assert items["x2"].kind == "unanswerable"
    assert items["x3"].paraphrase_group == "Ost/p0"  # paragraphs are numbered per article
    assert CONTEXT_B[slice(*items["x3"].span)] == "212 kilometres"  # found despite the start


def test_malformed_squad_parts_are_reported_not_raised(tmp_path):
    path = tmp_path / "bad.json"
    data = {"version": "v2.0", "data": [
        {"title": "A", "paragraphs": [{"context": "Some text.", "qas": [
            {"id": "q1", "question": "", "answers": [{"text": "x", "answer_start": 0}]},
            "not a question",
            {"id": "q3", "question": "What?", "answers": []},
            {"id": "q4", "question": "Which text?", "answers": [{"text": "Some text",
                                                                 "answer_start": 0}]}]},
            {"qas": []}]},
        {"title": "B"}]}
    path.write_text(json.dumps(data), encoding="utf-8")
    result = read_qa_file(path)
    assert [i.id for i in result.items] == ["q4"]
    assert result.problems == (
        "data[0].paragraphs[0].qas[0]: missing question",
        "data[0].paragraphs[0].qas[1]: expected a question object",
        "data[0].paragraphs[0].qas[2]: missing answer",
        "data[0].paragraphs[1]: expected 'context' text and a 'qas' list",
        "data[1]: expected an article with a 'paragraphs' list")
    path.write_text(json.dumps({"version": "3.0", "data": []}), encoding="utf-8")
    with pytest.raises(DataError, match="version '3.0': expected v1.1 or v2.0"):
        read_qa_file(path)
    with pytest.raises(DataError, match="not SQuAD JSON"):
        (tmp_path / "rows.jsonl").write_text('{"question": "q", "answer": "a"}\n')
        read_qa_file(tmp_path / "rows.jsonl", fmt="squad")


def test_a_squad_answer_that_is_not_in_its_context_is_reported_and_skipped(tmp_path):
    data = _squad("v1.1", impossible=False)
    data["data"][0]["paragraphs"][0]["qas"][0]["answers"] = [{"text": "1843",
                                                              "answer_start": 30}]
    path = tmp_path / "typo.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = read_qa_file(path)
    assert [i.id for i in result.items] == ["a2", "b1"]
    assert result.problems == ("data[0].paragraphs[0].qas[0]: answer '1843' is not in its "
                               "context",)

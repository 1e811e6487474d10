"""Property-based tests (hypothesis): the normaliser, the QA importer and the Self-Instruct
parser never crash and keep their invariants on arbitrary input."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.core.errors import DataError
from bench.scoring.normalize import exact_match, normalize_answer, token_f1
from bench.generators.qa_import import _one_line, read_qa_file
from bench.generators.self_instruct_parse import parse_pairs

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)
FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(TEXT)
def test_normaliser_is_idempotent_and_clean(text):
    once = normalize_answer(text)
    assert normalize_answer(once) == once
    assert once == once.strip() and "  " not in once and once == once.lower()
    assert exact_match(text, text) == 1.0
    assert 0.0 <= token_f1(text, "reference answer") <= 1.0


@FUZZ
@given(TEXT, TEXT)
def test_f1_is_symmetric_and_bounded(a, b):
    assert token_f1(a, b) == token_f1(b, a)
    assert 0.0 <= token_f1(a, b) <= 1.0


@FUZZ
@given(TEXT)
def test_self_instruct_parser_returns_clean_pairs(text):
    for question, answer in parse_pairs(text):
        assert question and answer
        assert isinstance(question, str) and isinstance(answer, str)


ONE_LINE = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=80)


@FUZZ
@given(st.lists(st.tuples(ONE_LINE, ONE_LINE), max_size=5))
def test_parser_reads_back_what_was_written(pairs):
    clean = [(q.strip(), a.strip()) for q, a in pairs]
    clean = [(q, a) for q, a in clean
             if q and a and "\n" not in q + a and "\r" not in q + a and q.strip("*") == q
             and a.strip("*") == a and all(line.strip() == line for line in (q, a))]
    text = "\n".join(f"Q: {q}\nA: {a}" for q, a in clean)
    if "[" in text:  # a JSON-looking bracket may be taken as the JSON form; skip those
        return
    assert parse_pairs(text) == clean


ROW = st.fixed_dictionaries({}, optional={"question": TEXT, "answer": st.one_of(TEXT, st.lists(TEXT)),
                                          "id": TEXT, "context": TEXT})


@FUZZ
@given(st.lists(st.one_of(ROW.map(json.dumps), TEXT.filter(lambda t: "\n" not in t)), max_size=8))
def test_jsonl_import_never_crashes_and_accounts_for_every_line(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("qa") / "pairs.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        result = read_qa_file(path)
    except DataError as exc:  # a NUL byte makes it "binary": a clean error, not a crash
        # ... and a file opening with "[" is read as one JSON list, which must then parse
        assert "binary" in exc.message or (path.read_text(encoding="utf-8").lstrip()
                                           .startswith("[") and "not valid JSON" in exc.message)
        return
    non_blank = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(result.items) + len(result.problems) == len(non_blank)
    assert len({item.id for item in result.items}) == len(result.items)
    assert all(item.question.strip() and item.answers for item in result.items)


@FUZZ
@given(st.lists(st.lists(TEXT.filter(lambda t: "\n" not in t and "\r" not in t), min_size=1,
                         max_size=4), max_size=6))
def test_csv_import_never_crashes(tmp_path_factory, rows):
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["question", "answer", "id"])
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("qa") / "pairs.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    try:
        result = read_qa_file(path)
    except DataError as exc:
        assert "binary" in exc.message
        return
    assert all(item.question.strip() and item.answers for item in result.items)


SQUAD_ANSWER = st.one_of(
    st.lists(st.fixed_dictionaries({"text": TEXT}, optional={"answer_start": st.integers(-5, 300)}),
             max_size=3),
    st.fixed_dictionaries({"text": st.lists(TEXT, max_size=3)},
                          optional={"answer_start": st.lists(st.integers(0, 300), max_size=3)}),
    TEXT)
SQUAD_QA = st.fixed_dictionaries({"question": TEXT}, optional={
    "id": TEXT, "answers": SQUAD_ANSWER, "is_impossible": st.one_of(st.booleans(), TEXT)})


@FUZZ
@given(st.lists(st.fixed_dictionaries({"title": TEXT, "paragraphs": st.lists(
    st.fixed_dictionaries({"context": TEXT, "qas": st.lists(SQUAD_QA, max_size=4)}),
    max_size=3)}), max_size=3))
def test_squad_import_never_crashes_and_accounts_for_every_question(tmp_path_factory, articles):
    path = tmp_path_factory.mktemp("qa") / "dev.json"
    path.write_text(json.dumps({"version": "v2.0", "data": articles}), encoding="utf-8")
    try:
        result = read_qa_file(path)
    except DataError as exc:
        assert "binary" in exc.message
        return
    questions = sum(len(p["qas"]) for a in articles for p in a["paragraphs"])
    assert len(result.items) + len(result.problems) == questions
    for item in result.items:
        assert item.question.strip() and item.answers
        # The paragraph is its cluster; without one, a question asked twice is its own.
        asked = sum(normalize_answer(i.question) == normalize_answer(item.question)
                    for i in result.items)
        assert bool(item.paraphrase_group) == bool(item.evidence) or \
            item.paraphrase_group.startswith("question/") and asked > 1
        if item.span is not None:  # a span always points at the first answer in its context
            # (whose line breaks, as a cell's, are read as spaces)
            assert _one_line(item.evidence[item.span[0]:item.span[1]]) == item.answers[0]

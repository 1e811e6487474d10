"""Rule-based QA over real text: grounded, held out, reproducible, fast."""

import json
from dataclasses import asdict

import pytest

from bench.core.errors import ConfigError, DataError
from bench.core.text import normalize_answer
from bench.generators import GENERATORS
from bench.generators.expository import extract_facts


def test_the_three_patterns_on_handwritten_sentences():
    paragraph = ("The coughing up of blood from the lungs is known as _hæmoptysis_; it is "
                 "rare.\nThis condition is called _leucopenia_. _Onychia_ is the term applied "
                 "to an infection of the soft parts around the nail. Bacteria such as\n"
                 "_opsonins_, or _alexins_, act. The wound is called _x_.")
    facts = [(f.pattern, f.subject, f.object) for f in extract_facts(paragraph)]
    assert facts == [
        ("known-as", "the coughing up of blood from the lungs", "hæmoptysis"),
        ("definition", "onychia", "an infection of the soft parts around the nail"),
        ("synonym", "opsonins", "alexins"),
    ]


def test_plain_text_without_markup_works_too():
    facts = extract_facts("The swelling of the lower leg after surgery is called "
                          "phlebolymphoedema. Nothing else.")
    assert [(f.subject, f.object) for f in facts] == [
        ("the swelling of the lower leg after surgery", "phlebolymphoedema")]
    assert facts[0].sentence.endswith("phlebolymphoedema.")


@pytest.fixture(scope="module")
def surgery_task(surgery_path):
    return GENERATORS.get("surgery")("surgery", {"path": str(surgery_path)}, 11)


def test_surgery_build_is_byte_identical_per_seed(surgery_path):
    build = GENERATORS.get("surgery")
    first = json.dumps(asdict(build("s", {"path": str(surgery_path)}, 3)), sort_keys=True)
    assert first == json.dumps(asdict(build("s", {"path": str(surgery_path)}, 3)), sort_keys=True)
    assert first != json.dumps(asdict(build("s", {"path": str(surgery_path)}, 4)), sort_keys=True)


def test_every_gold_answer_and_evidence_is_in_the_corpus(surgery_task):
    task = surgery_task
    assert task.meta["facts"] >= 15 and "*** START OF" not in task.corpus
    for item in task.train + task.test:
        if item.kind == "unanswerable":
            continue
        start, end = item.span
        assert task.corpus[start:end] == item.evidence
        assert item.answers[0].lower() in item.evidence.lower(), item  # case of a sentence start
        assert item.window


def test_no_test_item_is_a_train_item_and_kinds_are_tagged(surgery_task):
    task = surgery_task
    trained = {(normalize_answer(i.question), normalize_answer(i.answers[0])) for i in task.train}
    assert all((normalize_answer(i.question), normalize_answer(i.answers[0])) not in trained
               for i in task.test)
    assert {i.kind for i in task.test} == {"paraphrase", "reverse", "held-out", "unanswerable"}
    held = {i.paraphrase_group for i in task.test if i.kind == "held-out"}
    assert held and not held & {i.paraphrase_group for i in task.train}


def test_decoys_never_occur_in_the_corpus(surgery_task):
    assert len(surgery_task.decoys) == 4
    for decoy in surgery_task.decoys:
        assert decoy.lower() not in surgery_task.corpus.lower()


def test_chapters_and_bad_parameters(surgery_path):
    build = GENERATORS.get("surgery")
    one = build("s", {"path": str(surgery_path), "chapters": [17]}, 1)
    assert one.meta["facts"] >= 1
    assert {i.window.split("-")[0] for i in one.train} == {"ch17"}
    with pytest.raises(ConfigError, match="chapters: 99 is not"):
        build("s", {"path": str(surgery_path), "chapters": [99]}, 1)
    with pytest.raises(ConfigError, match="unknown parameter"):
        build("s", {"path": str(surgery_path), "chapter": [1]}, 1)


def test_user_text_folder(tmp_path):
    (tmp_path / "a.txt").write_text("The hard outer layer of a tooth is called enamel.\n\n"
                                     "Nothing here.", encoding="utf-8")
    (tmp_path / "b.md").write_text("The soft tissue inside a tooth is known as pulp.",
                                   encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    task = GENERATORS.get("text")("mine", {"path": str(tmp_path), "heldout_fraction": 0}, 1)
    assert sorted(i.answers[0] for i in task.train) == ["enamel", "enamel", "pulp", "pulp"]
    # The whole text is the corpus (the source answers are checked against), also the
    # paragraph that gave no question.
    assert task.corpus == ("The hard outer layer of a tooth is called enamel.\n\n"
                           "Nothing here.\n\n"
                           "The soft tissue inside a tooth is known as pulp.")
    for item in task.train:
        assert task.corpus[item.span[0]:item.span[1]] == item.evidence

    # A suite's cap of no facts is refused as the --max-facts flag's is; no decoys is fine.
    with pytest.raises(ConfigError, match="text generator: max_facts must be an integer of "
                                          "at least 1"):
        GENERATORS.get("text")("mine", {"path": str(tmp_path), "max_facts": 0}, 1)
    no_decoys = GENERATORS.get("text")("mine", {"path": str(tmp_path), "decoys": 0}, 1)
    assert not no_decoys.decoys


def test_a_user_text_with_more_facts_than_max_facts_says_it_kept_a_sample(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("The hard outer layer of a tooth is called enamel.\n\n"
                                     "The soft tissue inside a tooth is known as pulp.",
                                     encoding="utf-8")
    build = GENERATORS.get("text")
    task = build("mine", {"path": str(tmp_path), "max_facts": 1, "heldout_fraction": 0}, 1)
    assert task.meta["facts"] == 1 and task.meta["facts_per_100_words"] > 0
    assert "kept 1 of its 2 facts at random (max_facts" in capsys.readouterr().err
    build("mine", {"path": str(tmp_path), "heldout_fraction": 0}, 1)
    assert "kept" not in capsys.readouterr().err


def test_user_text_without_facts_or_path_is_a_clear_error(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Nothing to define here.", encoding="utf-8")
    build = GENERATORS.get("text")
    with pytest.raises(DataError, match="no text found"):
        build("t", {"path": str(tmp_path / "empty.txt")}, 1)
    with pytest.raises(DataError, match="no askable sentences"):
        build("t", {"path": str(tmp_path / "plain.txt")}, 1)
    with pytest.raises(ConfigError, match="params.path"):
        build("t", {}, 1)

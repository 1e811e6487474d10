"""The judge against people, on real sentence answers labelled blind.

tests/data/judge-labels/answers.jsonl holds real answers from a run of
tests/data/judge-labels/labelling.yaml (the seed-style QA file surgery-sentences.jsonl:
base model, a QLoRA adapter trained on 53 of its pairs, the same adapter after 8 steps;
held-out and trained questions; three templates; up to 48 new tokens), one row per
distinct answer, written by `benchmarks/judge_labels.py sample` with an empty label. A
person who sees neither a judge's verdicts nor the grading template labels them from
GUIDE.md alone. Until then the agreement tests skip, and no judge's verdicts may exist.

Once labelled, `benchmarks/judge_labels.py judge` records a judge's replies on the file
(tests/data/judge-labels/verdicts/NAME.json: the embedded SmolLM2, and any judge tried);
the figures here are computed from the labels and those replies (no model loaded, the
rules grader live), and docs/judge.md must give exactly them. A slow test re-asks the real
SmolLM2 a few of the recorded questions: the recorded replies are its own.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from bench.scoring.judge.agreement import agreement, read_labels, rules_verdicts
from bench.scoring.judge.template import TEMPLATE_VERSION, parse_verdict
from bench.scoring.judge.verdicts import Verdict

PROJECT = Path(__file__).resolve().parents[4]
FOLDER = PROJECT / "tests" / "data" / "judge-labels"
LABELS = FOLDER / "answers.jsonl"
VERDICTS = FOLDER / "verdicts"
DOC = PROJECT / "docs" / "judge.md"


def _figures_row(name, found) -> str:
    sys.path.insert(0, str(PROJECT / "benchmarks"))
    from judge_labels import figures_row

    return figures_row(name, found)


@pytest.fixture(scope="module")
def rows():
    return read_labels(LABELS)


@pytest.fixture(scope="module")
def labelled(rows):
    waiting = sum(not r.label for r in rows)
    if waiting:
        pytest.skip(f"{LABELS.name}: {waiting} of {len(rows)} answers wait for a blind labeller "
                    f"(tests/data/judge-labels/GUIDE.md)")
    return rows


def test_the_set_is_large_real_and_varied(rows):
    raw = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 200
    assert {r["variant"] for r in raw} == {"base", "instruct-qlora", "instruct-qlora-8-steps"}
    assert {r["template"] for r in raw} == {"plain", "closed-book", "qa-format"}
    assert {r["kind"] for r in raw} == {"imported", "trained"}
    assert len({r.pair.question for r in rows}) >= 40
    assert len({r.pair.key for r in rows}) == len(rows)  # one row per distinct answer
    # Sentence answers, and exact match is no grader for them.
    words = sorted(len(r.pair.answer.split()) for r in rows)
    assert words[len(words) // 2] >= 8
    assert sum(r.pair.answer.strip() in r.pair.gold for r in rows) < 0.2 * len(rows)


def test_no_judge_verdicts_exist_before_every_answer_is_labelled(rows):
    """Blind labelling: a judge's replies on the file are recorded only after the labels."""
    if any(not r.label for r in rows):
        assert not list(VERDICTS.glob("*.json")), "verdicts recorded before the labels"


def test_the_rules_grader_against_the_labels(labelled):
    """The floor: exact match with a gold answer (and the refusal detector)."""
    found = agreement(labelled, rules_verdicts(labelled), LABELS.name)
    row = _figures_row("rules (exact match, refusal detector)", found)
    print(row)
    assert found.n == len(labelled) and row in DOC.read_text(encoding="utf-8")


def _recorded() -> list[Path]:
    return sorted(VERDICTS.glob("*.json"))


def test_every_recorded_judge_against_the_labels(labelled):
    recorded = _recorded()
    assert recorded, "no judge recorded: run benchmarks/judge_labels.py judge"
    doc = DOC.read_text(encoding="utf-8")
    for path in recorded:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert f"({TEMPLATE_VERSION})" in data["judge"], f"{path.name}: another template"
        replies = data["replies"]
        assert set(replies) == {r.pair.key for r in labelled}, f"{path.name}: other answers"
        verdicts = {key: Verdict(parse_verdict(reply), reply) for key, reply in replies.items()}
        found = agreement(labelled, verdicts, LABELS.name)
        row = _figures_row(data["name"], found)
        print(f"{data['judge']}: {row}")
        assert row in doc, f"docs/judge.md lacks {row}"


@pytest.mark.slow
def test_the_recorded_smollm2_replies_are_its_own(labelled, request):
    from bench.config.settings import JudgeSettings
    from bench.scoring.judge.run import Judge

    path = VERDICTS / "smollm2-135m.json"
    if not path.exists():
        pytest.skip("the embedded SmolLM2's verdicts are not recorded yet")
    request.getfixturevalue("smollm")  # the session's converted model (after the skips)
    data = json.loads(path.read_text(encoding="utf-8"))
    judge = Judge(JudgeSettings(backend="hf", model="smollm2-135m-instruct"), use_cache=False)
    assert judge.identity == data["judge"]
    some = labelled[:: max(1, len(labelled) // 4)][:4]
    asked = judge.grade([r.pair for r in some])
    assert {r.pair.key: asked[r.pair.key].reply for r in some} == \
        {r.pair.key: data["replies"][r.pair.key] for r in some}

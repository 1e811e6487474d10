"""The reports' example answers: held-out questions before train questions asked verbatim."""

from __future__ import annotations

from bench.core.types import ItemScore, Prediction, QAItem, Task
from bench.scoring.analysis import EXAMPLES_PER_VARIANT, examples


def _item(n, kind):
    return QAItem(f"a{n}" if kind == "trained" else f"z{n}", f"Where does person {n} live?",
                  ("Gafy",), kind, "test")


def test_test_questions_come_before_trained_ones_and_invented_entities_first_among_them():
    # Trained ids sort first by name ("a..." < "z..."): the ranking, not the order, decides.
    items = [_item(n, "trained") for n in range(3)] + [_item(n, "paraphrase") for n in range(4)]
    task = Task("t", "Person 1 lives in Gafy.", (), tuple(items))
    predictions = [Prediction("t", "v", "plain", i.id, "", "Brovik") for i in items]
    scores = [ItemScore("t", "v", "plain", i.id, i.kind,
                        {"invented_entity": float(i.id == "z3")}) for i in items]
    chosen = examples({"t": task}, predictions, scores)
    assert len(chosen) == EXAMPLES_PER_VARIANT == 3
    assert [e.item_id for e in chosen] == ["z3", "z0", "z1"]
    few = examples({"t": task}, predictions[:4], scores[:4])  # one test item: trained fill in
    assert [e.kind for e in few] == ["paraphrase", "trained", "trained"]

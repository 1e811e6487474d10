"""Train/test overlap buckets on a hand-built train/test pair."""

from bench.core.types import QAItem, Task
from bench.scoring.overlap import OverlapSettings, jaccard, ngrams, task_overlap


def _q(item_id, question, answer, split, kind="paraphrase"):
    return QAItem(item_id, question, (answer,), kind, split)


TASK = Task(
    name="t",
    corpus="Kevra lives in the high city of Gafy and works as a weaver of fine red cloth.",
    train=(_q("d1", "Where does Kevra live?", "Gafy", "train"),
           _q("d2", "What is the trade of Kevra?", "weaver", "train")),
    test=(_q("a", "Where does Kevra live now?", "Gafy", "test"),          # near-dup q, same answer
          _q("b", "Where does Kevra live today?", "Tarn", "test"),        # near-dup q only
          _q("c", "Which city is home to Kevra?", "Gafy", "test"),        # answer only
          _q("d", "Who owns the Orb?", "Brovik", "test"),                 # nothing
          _q("e", "Who is Zorb?", "I don't know", "test", "unanswerable")),
)


def test_buckets_on_a_hand_built_pair():
    found = task_overlap(TASK, OverlapSettings(question_threshold=0.75, ngram=4))
    assert {k: v.bucket for k, v in found.items()} == {
        "a": "question+answer", "b": "question-only", "c": "answer-only", "d": "none",
        "e": "none"}
    # "kevra live now gafy" shares no 4-gram with training text; "where does kevra live" does.
    assert found["a"].ngram and found["b"].ngram and not found["d"].ngram


def test_jaccard_and_ngrams():
    assert jaccard({"a", "b"}, {"b", "c"}) == 1 / 3
    assert ngrams(["a", "b", "c"], 2) == {("a", "b"), ("b", "c")}
    assert ngrams(["a"], 3) == set()


def test_items_shorter_than_n_are_contaminated_when_they_occur_whole():
    # 5 tokens each, n = 8: before, a short item was one 5-token tuple that never matched.
    task = Task("t", "The guild says Kevra weaves red cloth for the king.",
                train=(_q("d1", "Where does Kevra live?", "Gafy", "train"),),
                test=(_q("asked", "Where does Kevra live?", "Gafy", "test"),   # a train pair
                      _q("text", "Kevra weaves?", "red cloth", "test"),        # in the corpus
                      _q("new", "Where is Kevra?", "Gafy", "test"),            # nowhere whole
                      _q("part", "Kevra weaves?", "cloth red", "test")))       # words, not order
    found = task_overlap(task, OverlapSettings(ngram=8))
    assert {k: v.ngram for k, v in found.items()} == {
        "asked": True, "text": True, "new": False, "part": False}


def test_every_gold_alias_is_checked():
    alias = QAItem("x", "Who weaves?", ("Tarn", "Kevra weaves red cloth for"), "paraphrase", "test")
    task = Task("t", TASK.corpus + " Kevra weaves red cloth for the king.", train=TASK.train,
                test=(alias,))
    assert task_overlap(task, OverlapSettings(ngram=4))["x"].ngram

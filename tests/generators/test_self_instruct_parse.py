"""Self-Instruct parsing and filters: exact counts on hand-built model outputs."""

from rouge_score import rouge_scorer

from bench.generators.self_instruct_parse import (
    FilterSettings,
    FilterStats,
    grounding,
    judge,
    parse_pairs,
    rouge_l,
)

WINDOW = ("The coughing up of blood from the lungs is known as haemoptysis. A slough is the "
          "dead portion of tissue. Granulation tissue fills the wound from its floor.")


def test_parser_reads_the_common_shapes():
    text = ("Here are some questions:\n1. Q: What is a slough?\nA: the dead portion\n\n"
            "**Question 2:** What fills the wound?\n**Answer 2:** granulation tissue\n"
            "Q3) Unanswered question?\nQ: What is haemoptysis?\nAnswer - coughing up blood")
    assert parse_pairs(text) == [("What is a slough?", "the dead portion"),
                                 ("What fills the wound?", "granulation tissue"),
                                 ("What is haemoptysis?", "coughing up blood")]
    assert parse_pairs('Sure: [{"question": "What is a slough?", "answer": "dead tissue"}, '
                       '{"question": "x"}]') == [("What is a slough?", "dead tissue")]
    assert parse_pairs("I cannot help with that.") == []
    assert parse_pairs("A: answer before any question") == []


def test_filters_count_each_reason_exactly():
    outputs = [
        "no pairs at all",                                              # unparseable
        "Q: What is a slough?\nA: the dead portion of tissue\n"         # kept
        "Q: Slough?\nA: dead portion\n"                                 # too short (question)
        "Q: What is the name of the dead portion of tissue?\nA: the\n"  # too short (no content)
        "Q: What is a slough exactly?\nA: the dead portion of tissue\n"  # near-duplicate
        "Q: What is haemoptysis?\nA: a disease of the kidneys\n"        # ungrounded
        "Q: Who named the slough?\nA: The name of the slough is unknown.\n"  # a refusal
        "Q: What is the dead portion of tissue called?\nA: the dead portion of tissue\n",  # echo
        "Q: What fills the wound from its floor?\nA: " + "granulation tissue " * 16 + "\n"
        "Q: What is the coughing up of blood from the lungs known as?\nA: haemoptysis\n",
    ]
    stats, kept = FilterStats(), []
    for output in outputs:
        judge("w0", WINDOW, output, FilterSettings(), stats, kept)
    assert stats.as_dict() == {"outputs": 3, "unparseable": 1, "pairs": 9, "too_short": 2,
                               "too_long": 1, "refusal": 1, "echo": 1, "ungrounded": 1,
                               "near_duplicate": 1, "kept": 2}
    assert [q for _, q, _ in kept] == ["What is a slough?",
                                      "What is the coughing up of blood from the lungs known as?"]


def test_grounding_and_rouge_l_match_their_definitions():
    assert grounding("the dead portion", WINDOW) == 1.0
    assert grounding("dead kidneys", WINDOW) == 0.5
    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=False)
    a, b = "What is a slough?", "What is a slough exactly?"
    assert rouge_l(a, b) == scorer.score(a, b)["rougeL"].fmeasure
    assert rouge_l(a, b) > 0.7 > rouge_l(a, "What fills the wound from its floor?")

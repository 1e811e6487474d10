"""How the clause extractor lays out a question from its sentence: which tokens of the
sentence it keeps (the answer's own clause, without comma-set asides that do not hold the
answer or links to the sentence before), an opening phrase that holds the answer moved to
the end, and the question's first letter."""

from __future__ import annotations

from bench.generators.asks import Ask
from bench.generators.question_context import CONNECTIVES
from bench.generators.question_context import DEMONSTRATIVES as _CHECKED

# The question checks' demonstratives, and "such" ("such a division"): a word whose
# referent a clause question would lose.
DEMONSTRATIVES = _CHECKED | {"such"}


def fronted(sentence, ask: Ask, subject) -> tuple[int, int] | tuple[()] | None:
    """For an answer before the subject: the tokens [start, end) of the opening phrase it is
    in ("In 1066, William ...", "After the Siege of Antioch in 1097, Bohemond ..."), which
    the question moves to its end; None when the answer is in no such phrase (no question);
    () when the answer is not before the subject."""
    if ask.end > subject.left_edge.i:
        return ()
    doc = sentence.doc
    phrase = next((c for c in sentence.root.children if c.dep_ == "prep" and c.i < subject.i
                   and c.left_edge.i <= ask.start and ask.end <= c.right_edge.i + 1), None)
    if phrase is None or ask.start == phrase.left_edge.i and ask.end != phrase.right_edge.i + 1:
        return None  # "In [the final decade of the 11th] and first of the 12th century"
    stop = phrase.right_edge.i + 1
    if doc[stop - 1].text == "," and stop - 1 > phrase.left_edge.i:
        stop -= 1  # the parser may take the comma after the phrase into it
    if stop - phrase.left_edge.i > 8 or any(t.is_punct for t in doc[phrase.left_edge.i:stop]):
        return None  # a long or broken-up opening would not read at the end
    end = stop + (stop < sentence.end and doc[stop].text == ",")
    return phrase.left_edge.i, end


def connectives(sentence, subject, ask: Ask) -> set[int]:
    """Opening words that only link to the sentence before ("However,", "Because of this,",
    "After that,"): left out of the question, which stands alone without them."""
    doc, drop = sentence.doc, set()
    first = doc[sentence.start]
    if first.lower_ in CONNECTIVES | {"instead"} and sentence.end > first.i + 1 and \
            doc[first.i + 1].text == ",":
        drop |= {first.i, first.i + 1}  # "However, Chivas were ...": the link to before
    for child in sentence.root.children:
        if child.dep_ != "prep" or child.i > subject.i or child.left_edge.i <= ask.start < \
                child.right_edge.i + 1:
            continue
        span = list(child.subtree)
        if len(span) <= 4 and any(t.dep_ == "pobj" and t.tag_ == "DT" and t.text.lower() in
                                  DEMONSTRATIVES for t in span):
            stop = child.right_edge.i + 1
            drop |= {t.i for t in span} | ({stop} if stop < sentence.end and
                                           doc[stop].text == "," else set())
    return drop


def clause_tokens(sentence, ask: Ask):
    """The tokens of the clause the answer is in: a sentence's other independent clauses
    ("..., and the king fled") are left out; None when the answer is in one with no
    subject of its own."""
    root = sentence.root
    clauses = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    own = [c for c in clauses if any(g.dep_ in ("nsubj", "nsubjpass", "expl")
                                     for g in c.children)]
    # "X died in 1974, and [Grace] in 1981": a clause whose verb is left out (gapping), or
    # the parser's misreading of a list ("born in Tull, the son of ..., and [his wife]")
    doc = sentence.doc
    gapped = [c for c in root.children if c.dep_ == "conj" and root.pos_ == "VERB" and
              c.pos_ in ("PROPN", "NOUN", "PRON") and c.i > root.i and
              doc[c.left_edge.i - 1].dep_ == "cc" and doc[c.left_edge.i - 2].text == ","]
    if any(c.left_edge.i <= ask.answer_start <= c.right_edge.i for c in gapped):
        return None
    own += gapped
    for clause in clauses:
        span = {t.i for t in clause.subtree}
        if ask.answer_start in span:
            if clause not in own:  # shares the sentence's subject: ask the whole sentence
                drop = asides(sentence, ask)
                return [t for t in sentence if t.i not in drop]
            return [t for t in sentence if t.i in span and t.dep_ != "cc" or t.i == ask.start]
    drop = asides(sentence, ask)
    drop |= {t.i for c in own for t in c.subtree}
    drop |= {t.i for c in own for t in sentence if t.i == c.left_edge.i - 1 and t.dep_ in (
        "cc", "punct")}
    drop |= {t.i for t in root.children if t.dep_ == "cc" and any(
        c.left_edge.i == t.i + 1 for c in own)}
    return [t for t in sentence if t.i not in drop]


def asides(sentence, ask: Ask) -> set[int]:
    """Token indices of asides set off by commas (", which began in 911 as a fiefdom,",
    ", a region in France") that hold neither the answer nor its wh-phrase: a question
    reads better, and stays under the length limit, without them."""
    doc, drop = sentence.doc, set()
    for token in sentence:
        if token.dep_ not in ("relcl", "acl", "appos", "advcl") or token.i == sentence.root.i:
            continue
        first, last = token.left_edge.i, token.right_edge.i
        if token.dep_ == "appos":
            first = min(first, token.head.right_edge.i + 1) if token.head.i < token.i else first
        if first <= sentence.start or doc[first - 1].text != "," or \
                first <= ask.start < last + 1 or first <= ask.answer_start < last + 1:
            continue
        closing = last + 1 < sentence.end and doc[last + 1].text == ","
        drop |= set(range(first - 1, last + 1 + closing))
    return drop


def lower_first(question: str, first) -> str:
    """The question with its first letter lowered, unless it opens with a name."""
    if is_name(first):
        return question
    return question[:1].lower() + question[1:]


def is_name(first) -> bool:
    """A name or a title before one ("Princess Elowen"), or "I"."""
    following = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    return first.pos_ == "PROPN" or bool(first.ent_type_) or first.text == "I" or (
        first.text[:1].isupper() and following is not None and following.pos_ == "PROPN")

"""How the clause extractor lays out a question from its sentence: which tokens of the
sentence it keeps (the answer's own clause, without comma-set asides that do not hold the
answer or links to the sentence before), an opening phrase that holds the answer moved to
the end, and the question's first letter."""

from __future__ import annotations

from bench.generators.asks import Ask
from bench.generators.clause_misreadings import listed_apposition
from bench.generators.clause_text import QUOTE_MARKS
from bench.generators.question_context import CONNECTIVES
from bench.generators.question_context import DEMONSTRATIVES as _CHECKED
from bench.generators.question_phrases import UNIQUE_REFERENTS, one_sided_between

# The question checks' demonstratives, and "such" ("such a division"): a word whose
# referent a clause question would lose.
DEMONSTRATIVES = _CHECKED | {"such"}
POSSESSIVES = {"his", "her", "its", "their", "our", "my", "your"}
_QUANTIFIERS = {"many", "some", "most", "several", "others", "both", "all", "each", "few",
                "another", "other", "none", "either", "neither"}


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
    ("..., and the king fled"), at any depth of the parser's chain of conjuncts, are left
    out; None when the answer is in one with no subject of its own."""
    root = sentence.root
    # "X died in 1974, and [Grace] in 1981": a clause whose verb is left out (gapping), or
    # the parser's misreading of a list ("born in Tull, the son of ..., and [his wife]")
    doc = sentence.doc
    # (not the other side of "between" hung on the verb: "fought between an alliance ...,
    # led by Leonidas, and [the army] of ...")
    gapped = [c for c in root.children if c.dep_ == "conj" and root.pos_ == "VERB" and
              c.pos_ in ("PROPN", "NOUN", "PRON") and c.i > root.i and
              doc[c.left_edge.i - 1].dep_ == "cc" and doc[c.left_edge.i - 2].text == "," and
              not any(t.head.i == root.i and one_sided_between(t) for t in doc[root.i:c.i])]
    # what follows the gapped conjunct is its own ("and an honorary doctorate ... in 1881",
    # though the parser hangs "in 1881" on the verb)
    last = sentence.end - doc[sentence.end - 1].is_punct  # the full stop stays
    tails = {i for c in gapped for i in range(c.left_edge.i - 2, last)}
    if ask.answer_start in tails or _unjoined_verb(root):
        return None
    own = _subject_clauses(root)
    inner = [c for c in own if c.left_edge.i <= ask.answer_start <= c.right_edge.i]
    # the innermost: a conjunct's own conjuncts hang below it ("build ..., and there is");
    # not one whose subject is relative ("the most severe of which occurred in 1934": a
    # relative clause the parser joined as a conjunct asks nothing alone), which stays in
    clause = max((c for c in inner if not any(_relative_in(g) for g in _subjects(c))),
                 key=lambda c: c.left_edge.i, default=None)
    if clause is not None and any(_one_of_several(s) or _time_read_as_subject(s) or
                                  _apposition_read_as_subject(s) for s in _subjects(clause)):
        return None  # "..., [one] pumping water at ... and the other blowing ...": one what?
    own = [c for c in own if c not in inner]
    if clause is None:
        drop = asides(sentence, ask)
        span = {t.i for t in sentence}
    else:
        drop = set()
        span = {t.i for t in clause.subtree} - {clause.left_edge.i} \
            if clause.left_edge.dep_ == "cc" else {t.i for t in clause.subtree}
    for other in own:
        if other.i not in span:
            continue
        drop |= {t.i for t in other.subtree}
        drop |= {t.i for t in sentence if t.i == other.left_edge.i - 1 and t.dep_ in (
            "cc", "punct")}
    drop |= tails
    return [t for t in sentence if t.i in span and t.i not in drop or t.i == ask.start]


def _unjoined_verb(root) -> bool:
    """A relative clause, then a verb joined to the root by a comma alone, with no subject
    and no "and"/"but" ("... won by Dahlbäck and Månsson, whose building, with masts ...,
    was constructed around a dry dock"): the verb is the relative clause's, which the
    parser lost (a list of one subject's verbs ends in "and")."""
    verbs = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if not verbs:
        return False
    last = verbs[-1]
    between = root.doc[root.i + 1:last.left_edge.i]
    return len(between) > 0 and between[-1].text == "," and not _subjects(last) and \
        not any(t.dep_ == "cc" and t.head.pos_ in ("VERB", "AUX") for t in between) and \
        any(t.tag_ in ("WDT", "WP", "WP$") for t in between)


def _subject_clauses(root) -> list:
    """The verbs joined to the root by "and"/"but", directly or through one another, that
    have a subject of their own (independent clauses, not a shared subject's verbs)."""
    found, reach = [], [root]
    while reach:
        verb = reach.pop()
        for child in verb.children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                reach.append(child)
                if _subjects(child):
                    found.append(child)
    return found


def _subjects(verb) -> list:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]


def _relative_in(subject) -> bool:
    """Whether a relative word is part of the subject itself ("the most severe of which"),
    not of a relative clause on it ("the Fringe, which is open to ...")."""
    for token in subject.subtree:
        if token.tag_ not in ("WDT", "WP", "WP$"):
            continue
        step = token
        while step.i != subject.i and step.dep_ not in ("relcl", "acl"):
            step = step.head
        if step.i == subject.i:
            return True
    return False


def asides(sentence, ask: Ask) -> set[int]:
    """Token indices of asides set off by commas (", which began in 911 as a fiefdom,",
    ", a region in France") that hold neither the answer nor its wh-phrase: a question
    reads better, and stays under the length limit, without them."""
    doc, drop = sentence.doc, set()
    subject_starts = {c.left_edge.i for c in _subjects(sentence.root)}
    for token in sentence:
        if token.dep_ not in ("relcl", "acl", "appos", "advcl") or token.i == sentence.root.i or \
                listed_apposition(token):
            continue  # (a list's member misread as an apposition is no aside)
        first, last = token.left_edge.i, token.right_edge.i
        if last + 1 < sentence.end and QUOTE_MARKS.fullmatch(doc[last + 1].text) and \
                sum(bool(QUOTE_MARKS.fullmatch(t.text)) for t in doc[first:last + 1]) % 2:
            last += 1  # ", which he called "The Miner's Friend",": the parser hangs the
            # closing mark outside
        if token.dep_ == "appos":
            first = min(first, token.head.right_edge.i + 1) if token.head.i < token.i else first
            last = _phrase_hung_outside(sentence, last)
        else:
            last = _before_a_parallel_phrase(token, last)
        if first <= sentence.start or doc[first - 1].text != "," or \
                first <= ask.start < last + 1 or first <= ask.answer_start < last + 1 or \
                _between_left_open(doc[first - 2]):
            continue
        closing = last + 1 < sentence.end and doc[last + 1].text == ","
        if closing and token.dep_ == "relcl" and last + 2 < sentence.end and \
                doc[last + 2].lower_ in _REASONS:
            continue  # "came at eight, which was the first surprise, because she had been
            # told nine": the reason is the surprise's, not the coming's
        if closing and token.dep_ == "relcl" and any(
                t.dep_ == "appos" and t.head.i == token.head.i and t.left_edge.i == last + 2
                and t.left_edge.i <= ask.answer_start <= t.right_edge.i for t in sentence):
            continue  # "on her wall, which was from X and showed, for October, a sawmill in
            # Finland": the "apposition" asked in is the clause's own object, misparsed
        if closing and last + 2 == ask.start and ask.start in subject_starts and \
                doc[first - 2].pos_ in ("PROPN", "NOUN"):
            closing = False  # "On the advice of X, his tutor, Ellen ...": the comma before
            # the asked subject closes the opening phrase too ("of X who moved" would read
            # as X's relative clause)
        if closing and last + 2 in subject_starts and doc[first - 2].pos_ == "PROPN" and \
                doc[last + 2].pos_ == "PROPN" and min(ask.start, ask.answer_start) > last:
            closing = False  # "and of Colonel Lewis Walker, a lawyer from ..., Judson
            # founded": cut with its comma, the two names would read as one
        if closing and any(a.dep_ in ("relcl", "acl", "appos", "advcl") and
                           a.right_edge.i in (last, last + 1) and
                           a.left_edge.i > sentence.start and
                           doc[a.left_edge.i - 1].text == "," and
                           a.left_edge.i <= ask.start <= a.right_edge.i
                           for a in token.ancestors):
            closing = False  # "Sundowner, owned by whom[, the most senior officer ...],
            # crossed ...": the comma also closes the aside asked in, which stays
        drop |= set(range(first - 1, last + 1 + closing))
    return drop


def _before_a_parallel_phrase(clause, last: int) -> int:
    """Where an aside ends that the parser ran on into a phrase of its verb's ("won in 2020,
    taking the lead from X, [and again in 2021 and 2024]": the "again in" goes with "won in",
    so dropping it with the aside would leave one year of three)."""
    doc = clause.doc
    for child in clause.children:
        # the conjunct is the preposition, or an "again" the parser made the head of its own
        words = {child.lower_} if child.pos_ == "ADP" else {
            c.lower_ for c in child.children if c.dep_ == "prep"} if child.pos_ == "ADV" else ()
        if child.dep_ == "conj" and any(p.dep_ == "prep" and p.lower_ in words and
                                        p.i < clause.i for p in clause.head.children):
            end = child.left_edge.i - 1
            while end > clause.i and (doc[end].dep_ == "cc" or doc[end].text == ","):
                end -= 1
            return end
    return last


def _between_left_open(word) -> bool:
    """Whether the word before an aside's comma ends the one side of a "between" phrase
    ("fought between [an alliance of Greek city-states], led by Leonidas, and the army of
    ..."): the other side comes after the aside, which the parser may have taken into it,
    so the aside stays."""
    for step in [word, *word.ancestors]:
        if step.pos_ in ("VERB", "AUX"):
            return False
        if step.dep_ == "prep" and step.lower_ == "between":
            return one_sided_between(step)
    return False


def _phrase_hung_outside(sentence, last: int) -> int:
    """Where an apposition ends that the parser cut before its last phrase (", leader of the
    1953 British expedition [to Mount Everest], at a ceremony ...": "to Mount Everest" hung
    on the verb): a phrase between its words and the comma that closes it is its own."""
    doc, after = sentence.doc, last + 1
    if after >= sentence.end or doc[after].dep_ != "prep" or doc[after].head.i > last:
        return last
    end = doc[after].right_edge.i
    return end if end + 1 < sentence.end and doc[end + 1].text == "," else last


def lower_first(question: str, first) -> str:
    """The question with its first letter lowered, unless it opens with a name."""
    if is_name(first):
        return question
    return question[:1].lower() + question[1:]


def is_name(first) -> bool:
    """A name or a title before one ("Princess Elowen"), or "I", or a word the paragraph
    writes with its capital inside a sentence too ("Hardy, who devised ...": the tagger
    may take a sentence's first word for an adjective)."""
    following = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    return first.pos_ == "PROPN" or bool(first.ent_type_) or first.text == "I" or (
        first.text[:1].isupper() and following is not None and following.pos_ == "PROPN") or \
        _capitalised_inside_a_sentence(first)


def _capitalised_inside_a_sentence(word) -> bool:
    """Whether a capitalised word (no function word) also stands capitalised after a
    lower-case word in its paragraph, away from a sentence's start and from a title's
    capitals."""
    if not (word.is_alpha and word.text[:1].isupper() and not word.text.isupper()) or \
            word.pos_ not in ("NOUN", "ADJ", "VERB", "ADV"):
        return False  # (not "The", "In": a title's capitals, "The Irish Sketch Book")
    return any(t.text == word.text and t.i != t.sent.start and t.i > 0 and
               t.doc[t.i - 1].is_lower for t in word.doc)


# Words that stand for one member of a list told before ("the first", "the latter").
_PLACED_IN_A_LIST = {"first", "second", "third", "fourth", "fifth", "last", "latter",
                     "former", "other", "others", "rest", "remainder"}


# People named by what they belong to: bare, they are some place's or body's, told before.
_MEMBERS = {"graduates", "members", "alumni", "pupils", "students", "employees", "staff",
            "descendants", "survivors", "residents", "inhabitants", "founders", "owners",
            "heirs", "successors", "trustees", "shareholders", "participants", "veterans",
            "delegates", "officers", "workers", "volunteers", "trainees", "apprentices"}


def _one_of_several(subject) -> bool:
    """A subject that is "one" of what was told before, with no name of its own ("one
    pumping water at ..., and the other ...", "One building stands apart")."""
    return any(c.dep_ == "nummod" and c.lower_ == "one" for c in subject.children) and \
        subject.pos_ != "PROPN" and not any(t.pos_ == "PROPN" for t in subject.lefts) and \
        not any(c.dep_ == "appos" for c in subject.children)


def _time_read_as_subject(subject) -> bool:
    """A length of time the parser made a clause's subject ("fire broke out ... and [over four
    days] destroyed most of the City": asked alone, "over four days destroyed what?" has no
    subject): a date's noun with a preposition read as its quantifier."""
    return subject.ent_type_ in ("DATE", "TIME") and any(
        c.dep_ == "quantmod" and c.pos_ == "ADP" for t in subject.subtree for c in t.children)


def _apposition_read_as_subject(subject) -> bool:
    """A name set off by commas, then "and" and one noun, read as the clause's two subjects
    ("the local landowner, [Lord Braxfield], and construction began in 1785": the name is
    the landowner's, "construction" the subject alone)."""
    doc = subject.doc
    joined = [c for c in subject.children if c.dep_ == "conj"]
    first = subject.left_edge.i
    return subject.pos_ == "PROPN" and len(joined) == 1 and first > 0 and \
        doc[first - 1].text == "," and doc[subject.i + 1].text == "," and \
        doc[subject.i + 2].dep_ == "cc"


def anaphoric(subject) -> bool:
    """A subject that points back ("the region", "these counties", "its population", "the
    first" of some list, "Graduates" of what was told before)."""
    if subject.lower_ in _PLACED_IN_A_LIST and all(c.dep_ == "det" for c in subject.lefts):
        return True  # "The first, completed in 1974, replaced ...": the first what?
    if _one_of_several(subject) and subject.head.lemma_ != "be":
        return True  # "One building stands apart from the others": one of which? (not "One
        # concern was that closing the Zuiderzee would ...": what the concern was is asked)
    if subject.lower_ in _MEMBERS and not any(c.dep_ in ("det", "amod", "compound", "prep",
                                                          "poss", "nummod", "acl")
                                               for c in subject.children):
        return True  # "Graduates went on to establish ...": graduates of what?
    words = list(subject.subtree)
    if _work_told_before(subject, words):
        return True
    if any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ for t in words):
        return False
    first = words[0].text.lower()
    return first in DEMONSTRATIVES | POSSESSIVES | _QUANTIFIERS or (
        first == "the" and len(words) <= 3 and subject.text.lower() not in UNIQUE_REFERENTS)


# A word that opens a reason, which after a "which ..." aside may be the aside's (not "for",
# "since" or "as", mostly prepositions).
_REASONS = {"because"}


# Nouns of a work or its stuff that say which only in the text before ("the project").
_WORKS = {"project", "work", "scheme", "replica", "programme", "material", "undertaking"}


def _work_told_before(subject, words) -> bool:
    """"The project, which cost more than 200 million dollars, was completed ...", "The
    work, completed around 1151, describes ...": an aside set off by commas, naming no one,
    does not say which work (not "the project, led by the curator Doron Swade")."""
    doc = subject.doc
    return subject.lower_ in _WORKS and words[0].lower_ == "the" and \
        not any(t.pos_ == "PROPN" for t in words) and all(
            c.dep_ in ("det", "punct") or c.dep_ in ("relcl", "acl", "appos") and
            c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
            for c in subject.children)

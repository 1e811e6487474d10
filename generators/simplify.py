"""Simple statements hidden in a sentence's asides, for the clause extractor to ask.

Heilman and Smith's (2010) question generator first simplifies: a name's non-restrictive
relative clause, participle or appositive is a statement about that name of its own. "The
Duchy of Normandy, which began in 911 as a fiefdom, was established by ..." states "The Duchy
of Normandy began in 911 as a fiefdom."; "Hollywood, a district within Los Angeles, is ..."
states "Hollywood is a district within Los Angeles." Such asides are left out of the
questions of the sentence they sit in; here each becomes a sentence that the extractor parses
and asks like any other (all its checks apply), while the evidence stays the whole sentence.

Only asides set off by commas are taken (a restrictive clause picks out its noun and states
nothing by itself), only about a name (a description's referent would be unknown), and only
where the name ends at the comma.
"""

from __future__ import annotations

from bench.generators.clause_misreadings import listed_apposition, misapposed
from bench.generators.kind_words import place_apposed_across_of
from bench.generators.name_misreadings import EPITHETS
from bench.generators.prose import in_list

_RELATIVES = {"which", "who"}
# Subordinators whose clause states what happened ("when", "after"); not "if", "unless",
# nor "before" and "until" ("died before he could finish": the finishing never happened).
_FACTIVE_MARKS = {"when", "after", "while", "since", "although", "though", "because", "once",
                  "as"}
_DESCRIPTION_OPENINGS = {"a", "an", "the"}
_ASIDES = {"relcl", "acl", "appos", "advcl"}
_NO_NAME = {"PRON", "VERB", "AUX", "PUNCT", "ADP", "SCONJ", "CCONJ"}
MAX_NAME_WORDS = 8
# Participles of making a work, never said of a person ("made" and "installed" are: "made
# a baronet", "installed as abbot"); the parser gives no lemmas.
_MADE = set("created built constructed erected carved cast painted drawn written composed "
            "designed completed published founded established manufactured produced printed "
            "engraved sculpted moulded molded woven forged".split())


def statements(sentence) -> list[str]:
    """The statements that the sentence's comma-set asides make about names, in order."""
    found: list[str] = []
    for token in sentence:
        if token.dep_ == "relcl":
            made = _relative(token)
        elif token.dep_ == "acl" and token.tag_ == "VBN":
            made = _described(token, sentence)
        elif token.dep_ == "appos" and token.i > token.head.i and (
                token.pos_ == "NOUN" or token.text.lower() == "one") and \
                not listed_apposition(token) and not misapposed(token):
            # "X, one of the 11 ..,"; not a list's member, nor hung on the nearest name
            made = _described(token, sentence, description=True)
        elif token.dep_ == "advcl":
            made = _adverbial(token)
        elif token.dep_ == "conj" and token.head.dep_ == "ROOT":
            made = _coordinate(token)
        else:
            made = None
        if made and made not in found:
            found.append(made)
    return found


def _relative(clause) -> str | None:
    """"X, which began in 911 as a fiefdom," -> "X began in 911 as a fiefdom."."""
    pronoun = clause.doc[clause.left_edge.i]
    if pronoun.text.lower() not in _RELATIVES or pronoun.dep_ not in ("nsubj", "nsubjpass") or \
            pronoun.head.i != clause.i:
        return None  # "whom", "whose", "in which": the name is no subject there
    if pronoun.text.lower() == "which" and clause.head.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "defeated Harold at Hastings, which made William king": the event's
    if pronoun.text.lower() == "who" and clause.head.ent_type_ in ("GPE", "LOC", "FAC") and \
            clause.head.dep_ == "pobj":
        return None  # "the nurses from Singleton, who work ...": who are the nurses
    if pronoun.text.lower() == "who" and clause.head.dep_ == "pobj" and \
            clause.head.head.i > 0 and clause.doc[clause.head.head.i - 1].dep_ == "appos":
        return None  # "Giles Daubeney, Lord Chamberlain to Henry VII, who made ...": whose?
    head = clause.head
    # "A and B, who ...": both's; "A, B and C, who ..." and "A, ..., and B, who ...": the
    # last member's, as a list's or a member's own clause is
    paired = head.dep_ == "conj" and head.head.dep_ != "conj" and \
        not any(t.text == "," for t in clause.doc[head.head.left_edge.i:head.i])
    name = _joined_names(head, clause.left_edge.i) if paired else \
        _name_before(head, clause.left_edge.i)
    body = [t for t in clause.subtree if t.i != pronoun.i]
    return _sentence(name, None, body)


def _described(aside, sentence, description: bool = False) -> str | None:
    """"X, often abbreviated SoCal," -> "X is often abbreviated SoCal."; "X, a district
    within Los Angeles," -> "X is a district within Los Angeles." (the copula in the tense of
    the sentence's verb and the number of the name)."""
    tokens = list(aside.subtree)
    name = _name_before(aside.head, tokens[0].i, participle=not description)
    if name is None or not description and _work_said_of_a_person(aside):
        return None
    if description:
        doc = aside.doc
        if place_apposed_across_of(doc[name[0].i:name[-1].i + 1].text, aside.text):
            return None  # "the Polytechnic Institute of Brennau, the Heldrian capital"
        # "Rollo, Duke of ..." is a title, "X, his son" needs whose, "X, several monks"
        # no description; "the Pechenegs, the Bulgars, and ..." is a list.
        first = tokens[0]
        one_of = first.text.lower() == "one" and any(c.text == "of" for c in first.children)
        if aside.lower_ in _WHAT_HAPPENED:
            return None  # "... to colonise the eastern Mediterranean, [a process] known as
            # Lessepsian migration": the whole clause's description, not the name's
        if first.text.lower() not in _DESCRIPTION_OPENINGS and first.pos_ != "NOUN" and \
                not one_of or in_list(
                doc[sentence.start:name[0].i].text_with_ws,
                doc[first.i:tokens[-1].i + 1].text, doc[tokens[-1].i + 1:sentence.end].text):
            return None
    plural = aside.head.tag_ in ("NNS", "NNPS")
    # Past when the sentence is, or when the aside holds a date ("built in 1834").
    past = sentence.root.tag_ == "VBD" or any(
        c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in sentence.root.children) or \
        any(t.ent_type_ == "DATE" for t in tokens)
    copula = ("were" if plural else "was") if past else ("are" if plural else "is")
    return _sentence(name, copula, tokens)


def _work_said_of_a_person(participle) -> bool:
    """A participle of making after the name of a work's maker ("... commemorated in a
    relief by the sculptor Vincenzo Vela, created in 1882 and cast ..."): it tells of the
    work, not of its maker ("Vincenzo Vela was created in 1882")."""
    maker = participle.head
    return participle.lower_ in _MADE and maker.ent_type_ == "PERSON" and \
        maker.dep_ == "pobj" and maker.head.lower_ == "by"


def _adverbial(clause) -> str | None:
    """"When Edward returned from exile in 1041, he ..." -> "Edward returned from exile in
    1041.": a comma-set time or reason clause of the sentence's own verb states its event,
    when its subject is a name and its verb a past tense, with no modal or negation in it or
    in the sentence's verb ("if", "before", "until", "as though" and a clause inside what
    someone feared or promised state nothing). The clause ends at its first comma (an aside
    of its own follows), unless that comma is inside a list (then no statement)."""
    doc = clause.doc
    # The parser reads "when" as an adverb, "after" and "because" as markers.
    marks = [c for c in clause.children if c.dep_ == "mark" or c.dep_ == "advmod" and
             c.tag_ == "WRB" and c.i < clause.i]
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if len(marks) != 1 or marks[0].text.lower() not in _FACTIVE_MARKS or subject is None or \
            marks[0].i != clause.left_edge.i or clause.head.dep_ != "ROOT" or \
            doc[marks[0].i + 1].text.lower() in ("if", "though"):
        return None
    first, last = clause.left_edge.i, clause.right_edge.i
    set_off = first > clause.sent.start and doc[first - 1].text == "," or \
        last + 1 < clause.sent.end and doc[last + 1].text == ","
    past = clause.tag_ == "VBD" or clause.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children)
    hedged = any(c.dep_ == "neg" or c.tag_ == "MD" for verb in (clause, clause.head)
                 for c in verb.children)
    if not set_off or not past or hedged:
        return None
    words = list(subject.subtree)
    if subject.pos_ != "PROPN" or len(words) > MAX_NAME_WORDS or any(
            t.pos_ not in ("PROPN", "DET", "ADP") or t.pos_ == "DET" and t.text.lower() != "the"
            or t.pos_ == "ADP" and t.text != "of" for t in words):
        return None
    body = [t for t in clause.subtree if t.i >= subject.left_edge.i]
    comma = next((t for t in body if t.text == "," and t.i > clause.i), None)
    if comma is not None:
        following = doc[comma.i + 1] if comma.i + 1 < len(doc) else None
        if following is not None and following.dep_ in ("conj", "cc") or any(
                c.dep_ == "conj" for c in comma.head.children):
            return None  # "sold the mill to A, B and C": cut at the comma, a list loses members
        body = [t for t in body if t.i < comma.i]
    return _sentence([], None, body)


def _coordinate(clause) -> str | None:
    """"Many locals ... frequent the coast ..., and the desert city of Palm Springs is
    popular for its resort feel." -> "The desert city of Palm Springs is popular for its
    resort feel.": a second main clause after "and", "but" or "yet" with a subject of its
    own states its own fact, where the first clause (its subject no name, nothing before
    it) gives no question. Not one whose subject is a pronoun or demonstrative (the sentence
    resolves those), nor after "or", nor under an "if"/"unless" that the whole sentence
    hangs on."""
    doc = clause.doc
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause.pos_ not in ("VERB", "AUX") or subject is None or \
            subject.pos_ in ("PRON", "DET") or subject.i > clause.i:
        return None
    first = subject.left_edge.i
    if first < 1 or doc[first - 1].dep_ != "cc" or \
            doc[first - 1].text.lower() not in ("and", "but", "yet"):
        return None
    if any(c.dep_ == "advcl" and any(m.text.lower() in ("if", "unless", "whether")
                                     for m in c.children) for c in clause.head.children):
        return None
    # The first clause's subject must be a description with no name (with a name, the
    # sentence's own questions ask the second clause already), and nothing may stand before
    # it ("In 1914 Germany invaded Belgium, and Britain ...": the time or scope would be lost).
    main = clause.head
    first_subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if first_subject is None or first_subject.pos_ == "PRON" or any(
            t.pos_ == "PROPN" for t in first_subject.subtree) or \
            first_subject.left_edge.i != main.sent.start:
        return None
    # its own later clauses with subjects of their own go ("... and Jamestown prospered")
    own = [c for c in clause.children if c.dep_ == "conj" and any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    later = {t.i for c in own for t in c.subtree}
    later |= {t.i for t in clause.subtree for c in own if t.i + 1 == c.left_edge.i and
              t.dep_ in ("cc", "punct")}
    return _sentence([], None, [t for t in clause.subtree if t.i >= first and t.i not in later])


# Nouns that name what happened: an apposition headed by one describes the clause before it
_WHAT_HAPPENED = set("process phenomenon practice move step decision development event "
                     "situation arrangement result outcome change".split())


def _name_before(head, opening: int, participle: bool = False) -> list | None:
    """The name the aside at `opening` is about: the tokens from the head's first word to
    the comma just before the aside, when they are a name ("The Duchy of Normandy")."""
    doc = head.doc
    comma = opening - 1
    if any(t.dep_ in _ASIDES for t in [head, *head.ancestors][:-1]):
        return None  # "X, a company founded by Y, which makes ...": whose clause is it?
    if comma <= head.sent.start or doc[comma].text != "," or head.i >= comma:
        return None
    words = list(doc[head.left_edge.i:comma])
    if not words or len(words) > MAX_NAME_WORDS or head.pos_ != "PROPN":
        return None
    before = doc[words[0].i - 1] if words[0].i > 0 else None
    if before is not None and words[0].lower_ == "the" and len(words) > 1 and \
            words[1].text in EPITHETS and before.text[:1].isupper():
        return None  # "Pliny [the Younger], who watched ...": the end of an epithet name
    if before is not None and (before.text.lower() == "of" or participle and
                               before.pos_ == "ADP" and before.head.pos_ in ("NOUN", "PROPN")):
        # "the Lantern of [Osk], a lamp ...": the end of a longer name; "The rivalry with
        # [Saltmoor United], known as the Estuary Derby", "Rinyo on [Rousay], excavated by
        # ...": the participle may be the noun's or the name's before
        return None
    if before is not None and before.pos_ == "ADP" and words[0].ent_iob_ == "I":
        return None  # "Murder on [the Orient Express], published in 1934": a title's end
    if participle and before is not None and before.pos_ == "ADP" and before.i > 0 and \
            doc[before.i - 1].pos_ == "PROPN" and doc[before.i - 1].text[:1].isupper() and \
            doc[before.i - 1].dep_ != "pobj":
        return None  # "the textbook Radiations from [Radioactive Substances], published in
        # 1930": a name before the preposition (no place's: "from Kingston aboard [the
        # steamboat Pumper], renamed ..."), so the title may run across it
    if any(t.pos_ in _NO_NAME and t.text != "of" or t.tag_ == "PRP$" for t in words):
        return None
    if words[0].pos_ not in ("PROPN", "DET") or words[0].pos_ == "DET" and \
            words[0].text.lower() != "the" or words[0].text[:1].islower() and \
            words[0].pos_ == "PROPN":
        return None  # (not "[du Midi]" of "the Compagnie des chemins de fer du Midi")
    return words


def _joined_names(last, opening: int) -> list | None:
    """"Timothy Darvill and Geoffrey Wainwright, who excavated ...": the relative clause
    after two names joined by "and" is both names' (said of the last alone, its statement
    would leave the other out); None unless the two are names."""
    first, doc = last.head, last.doc
    words = list(doc[first.left_edge.i:opening - 1])
    if doc[opening - 1].text != "," or first.dep_ == "conj" or first.pos_ != "PROPN" or \
            last.pos_ != "PROPN" or len(words) > 2 * MAX_NAME_WORDS or \
            [t.lower_ for t in words if t.pos_ != "PROPN"] not in (["and"], ["the", "and"]) or \
            first.left_edge.i > 0 and doc[first.left_edge.i - 1].pos_ == "ADP":
        return None
    return words


def _sentence(name, copula: str | None, body) -> str | None:
    if name is None:
        return None
    while body and (body[-1].is_punct or body[-1].dep_ == "cc"):
        body = body[:-1]
    if len(body) < 2 or any(t.text in (",", ";", ":") for t in body):
        return None  # an aside with its own asides or a list is no one statement
    text = "".join(t.text_with_ws for t in name).strip()
    if copula:
        text += " " + copula
    words = "".join(t.text_with_ws for t in body).strip()
    text = f"{text} {words}.".lstrip()
    return text[:1].upper() + text[1:]

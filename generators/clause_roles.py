"""A person named by a relation to another ("Edgar's sister Margaret", "Bohemond, Robert's
son", "Emma, sister of Duke Richard II"): Who was Edgar's sister? (Margaret); reverse:
Whose sister was Margaret? (Edgar). Part of the clause extractor (bench.generators.
clauses)."""

from __future__ import annotations

from bench.generators.clause_misreadings import listed_apposition, named_first
from bench.generators.clause_pronouns import name_start, name_text
from bench.generators.entity_kinds import PERSON, EntityKinds, name_key
from bench.generators.kind_words import PERSON_NOUNS, TITLES
from bench.generators.name_genders import GENDERED_PRONOUNS
from bench.generators.prose_fact import ProseFact, make_fact


def role_facts(sentence, subject, kinds: EntityKinds, evidence: str, at: int) -> list[ProseFact]:
    """Each relation of the sentence between two named persons as a question and its
    reverse; "his"/"her" is the sentence's subject when that is one named person, else the
    one named person before it in the sentence; the tense is the sentence's."""
    facts = []
    for holder_token, role in _relations(sentence):
        holder = name_text(holder_token)
        owner = _owner(holder_token, role, sentence, subject, kinds)
        if owner is None or kinds.kind(holder) != PERSON or owner == holder or \
                owner not in evidence or holder not in evidence or \
                set(owner.split()) <= set(holder.split()):
            continue  # "Taylor's son John Edward Taylor": which Taylor is whose?
        verb = "is" if sentence.root.tag_ in ("VBZ", "VBP") else "was"
        noun = _role_words(role)
        if noun.split()[-1] in _MANY_HELD:  # "Who was Semmelweis's friend?": one of many
            fact = make_fact("clause-role", owner, [
                f"Whose {noun} {verb} {holder}?", f"{holder} {verb} whose {noun}?",
                f"Name the person whose {noun} {holder} {verb}."], holder)
            facts.append(ProseFact(fact.pattern, fact.answer, fact.phrasings, fact.reverse,
                                   evidence, at, holder))
            continue
        reverse = [] if noun.split()[-1] in _NOT_REVERSED else [
            (f"Whose {noun} {verb} {holder}?", owner)]
        fact = make_fact("clause-role", holder, [
            f"Who {verb} {owner}'s {noun}?", f"Who {verb} the {noun} of {owner}?",
            f"Name {owner}'s {noun}."], owner, reverse)
        facts.append(ProseFact(fact.pattern, fact.answer, fact.phrasings, fact.reverse,
                               evidence, at, holder))
    return facts


_POSSESSIVE_PRONOUNS = {"his", "her"}
# Relations asked one way only: "Whose son was Selim II?" (two parents where the text names
# both), "Whose grandfather was Michael Stirling?", "Whose father was Thomas?" (children and
# grandchildren are seldom one)
_NOT_REVERSED = {"son", "daughter", "child", "grandson", "granddaughter", "grandchild",
                 "father", "mother", "parent", "grandfather", "grandmother", "grandparent"}
# Relations a person commonly has several of: who holds one is asked, not who it is.
_MANY_HELD = {"friend", "colleague", "companion", "ally", "pupil", "student", "follower",
              "supporter", "servant", "disciple", "rival", "neighbour", "neighbor", "cousin",
              "associate", "acquaintance", "assistant"}


def _joined_to_another_person(phrase, subject, kinds: EntityKinds) -> bool:
    """Whether the phrase of a "his"/"her" is joined by "and" to a phrase that names another
    person ("physician to the Elector Joachim II and [to his son John George]": his is the
    Elector's; not "paid homage to William and surrendered his son": a verb's own), or a
    name the tagger calls no place, body, people or date (the kinds may call "the Elector
    Joachim II" a thing, the tagger a law)."""
    step = phrase
    while step.dep_ != "conj" and step.pos_ not in ("VERB", "AUX") and step.head.i != step.i:
        step = step.head
    if step.dep_ != "conj" or step.pos_ in ("VERB", "AUX"):
        return False
    own = {t.i for t in step.subtree}
    for token in step.head.subtree:
        if token.i in own or token.pos_ != "PROPN" or token.dep_ in ("compound", "flat"):
            continue
        name = name_text(token)
        if name != name_text(subject) and (kinds.kind(name) == PERSON or
                                           token.ent_type_ not in _NO_PERSON):
            return True
    return False


_NO_PERSON = {"GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "TIME", "EVENT", "PRODUCT"}


def _relations(sentence) -> list[tuple]:
    """(the person's name, the relation noun) pairs: the noun before the name ("his son
    Duncan", as apposition or compound) or after it, set off by a comma ("Bohemond,
    Robert's son")."""
    found = []
    for token in sentence:
        if token.pos_ != "NOUN" or token.text.lower() not in PERSON_NOUNS or any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            continue  # "a friend of Charlotte" is one of her friends
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.pos_ != "PROPN" for g in c.children)
               for c in token.children):
            continue  # "his professor of physiology": asked, "his professor" says less
        if token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-":
            continue  # "mother-in-law": the noun opens a hyphened word, which it is not
        head = token.head
        if token.dep_ == "appos" and head.pos_ == "PROPN" and head.i < token.i and \
                token.doc[head.i + 1].text == "," and not listed_apposition(token) and \
                not _kin_listed(head):
            if not _in_places(head) and not _titled_between(head, token):
                found.append((head, token))  # "Bohemond, Robert's son"; not "born in Tull, ..."
            continue
        name = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and c.left_edge.i == token.i + 1), None)
        if name is None and token.dep_ == "compound" and head.pos_ == "PROPN" and \
                head.left_edge.i <= token.i and name_start(head) == token.i + 1:
            name = head  # "his half-brother Harthacnut": the parser made it one phrase
        if name is not None:
            found.append((name, token))
    return found


def _titled_between(name, role) -> bool:
    """Whether a title set off by commas stands between a one-word name and its relation
    ("Robert, Count of Mortain, half-brother of William"): the person is named by both, and
    "Robert" alone is not the answer."""
    return name.left_edge.i == name.i and any(
        c.dep_ == "appos" and name.i < c.i < role.i and c.lower_ in TITLES
        for c in name.children)  # (not "Prince Frederick, Duke of York, the second son")


def _in_places(name) -> bool:
    """Whether a name is one of the comma-set places after "in", "at", "near" or "from"
    ("born at Charlton, Hertfordshire, the son of ...": not Hertfordshire's son), those the
    parser joined as a list too ("at Outlands, the family house ... near Devonport,
    Plymouth, the elder son of ...")."""
    for _ in range(6):
        name = named_first(name)
        if name.dep_ == "pobj" and name.head.lower_ in ("in", "at", "near", "from"):
            return True
        if name.dep_ not in ("appos", "conj") or name.head.i >= name.i:
            return False
        name = name.head
    return False


def _kin_listed(name) -> bool:
    """"mother of Graham, mother-in-law of Sue, grandmother of ...": a name that ends one
    relation ("of Graham" after "mother") may be followed by the next relation of the same
    person in a list, not by one of its own."""
    return name.dep_ == "pobj" and name.head.lower_ == "of" and \
        name.head.head.lower_ in PERSON_NOUNS


def _owner(holder, role, sentence, subject, kinds: EntityKinds) -> str | None:
    """Whose relation it is: a name before "'s" or after "of", or the person "his"/"her"
    stands for."""
    possessives = [c for c in (*role.children, *holder.children) if c.dep_ == "poss"]
    of_names = [g for c in role.children if c.dep_ == "prep" and c.text == "of"
                for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    if len(possessives) + len(of_names) != 1:
        return None
    owner = (possessives + of_names)[0]
    if any(c.dep_ == "conj" for c in owner.children) or owner.dep_ == "conj":
        return None  # "the only child of Tobrand and Ismeya": whose alone is not all
    if owner.pos_ == "PROPN":
        # "Suleiman the Magnificent", not "Suleiman"; not "Bayeux's bishop", nor "Robert's
        # son" beside two Roberts
        return _named_person(owner, kinds)
    if owner.text.lower() not in ("his", "her"):
        return None
    phrase = holder if role.dep_ == "compound" else role
    if phrase.dep_ == "conj":
        # "visited Charlotte Lucas and her husband William Collins": the name it is
        # joined to, where that is one named person
        joined = phrase.head
        between = [t for t in phrase.doc[joined.i + 1:phrase.i] if t.pos_ == "PROPN"]
        if sum(c.dep_ == "conj" for c in joined.children) != 1 or between:
            return None  # "for Henry VIII and his daughter", joined to another: whose?
        # the joined name's own noun phrase, with the relation noun it may stand after
        first = joined.head if joined.dep_ == "appos" else joined
        if any(t.lower_ in _POSSESSIVE_PRONOUNS for t in
               phrase.doc[first.left_edge.i:joined.i]):
            return None  # "his sister Linda and his brother Christian": both the same man's
        return _named_person(joined, kinds)
    clause = _own_subject(phrase)
    if clause is not None:  # "Edward IV died, and Richard placed his nephew ...": Richard's
        return _named_person(clause, kinds)
    if subject is not None and subject.pos_ == "PROPN" and subject.tag_ == "NNP" and \
            kinds.kind(name_text(subject)) == PERSON:
        if subject.ent_type_ != "PERSON" and any(c.dep_ == "poss" for c in subject.children):
            return None  # "the Dauphin's Treasure ... passed to his son": a thing owned
        if _joined_to_another_person(phrase, subject, kinds):
            return None  # "served as physician to Charles V and to his son Philip II": his
            # is Charles's
        return name_text(subject)
    if subject is not None and subject.tag_ == "PRP":
        return None  # "She died ... after Hahn, ... near her younger brother": hers, not Hahn's
    earlier = [t for t in sentence if t.i < owner.i]
    if any(t.lower_ in GENDERED_PRONOUNS for t in earlier):
        return None  # "His instrument ... under Gustaf Levander, ... his sister": the man before
    if any(t.pos_ == "NOUN" and t.text.lower() in PERSON_NOUNS for t in earlier):
        return None  # "the king ... his brother": the king's, or the name's?
    before = {_person(t) for t in earlier if t.pos_ == "PROPN" and
              t.dep_ not in ("compound", "flat")}
    before = {name for name in before if kinds.kind(name) == PERSON}
    return before.pop() if len(before) == 1 else None


def _named_person(token, kinds: EntityKinds) -> str | None:
    """The person a proper noun names (as _person spans it), or None when it is no person's
    name or the name of two."""
    if token.pos_ != "PROPN":
        return None
    name = _person(token)
    return name if kinds.kind(name) == PERSON and not kinds.ambiguous(name) else None


def _own_subject(phrase):
    """The subject of the clause a noun phrase is in, where that is not the sentence's
    subject shared by coordinated verbs ("paid homage to William and surrendered his son"
    is the subject's act); None when the clause has none of its own."""
    verb = next((a for a in phrase.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and
           not c.left_edge.i <= phrase.i <= c.right_edge.i]
    if not own or verb.dep_ == "ROOT":
        return None  # "..., and his son Richard Cromwell succeeded him": the subject's
    return own[0]


def _person(token) -> str:
    """A name as the tagger spans it ("Edward the Confessor"), else its proper nouns."""
    ent = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
    spans = [name_text(token)] + ([name_key(ent.text)] if ent is not None and
                                   ent.label_ == "PERSON" and ent.root.i == token.i else [])
    doc, after = token.doc, token.i + 2
    if after < len(doc) and doc[token.i + 1].lower_ == "the" and doc[after].is_alpha and \
            doc[after].text[:1].isupper() and not (after + 1 < len(doc) and
                                                  doc[after + 1].text[:1].isupper()):
        # "Edward the Elder", whatever the parser made of "the Elder"
        spans.append(f"{name_text(token)} the {doc[after].text}")
    return max(spans, key=len)  # "Duke Richard II" (name words), "Suleiman the Magnificent"


def _role_words(role) -> str:
    """The relation noun with the words that narrow it ("eldest son", "half-brother")."""
    first = role.i
    while first - 1 > role.sent.start and role.doc[first - 1].head.i == role.i and \
            role.doc[first - 1].dep_ in ("amod", "compound", "punct") and \
            role.doc[first - 1].text not in (",", "'s"):
        first -= 1
    return role.doc[first:role.i + 1].text.lower()

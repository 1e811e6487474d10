"""Whether a name is a person's or a thing's (a place, a ship, a kingdom), from every place
the text uses it, so the question asks "who" or "what" rightly.

The small parser's entity labels alone are not enough: on invented names it calls a girl a
place in one sentence and a kingdom a person in the next. So each mention adds votes from
its label and, weighted more, from what the sentence says about it: a person says, asks,
marries and dies, has a title ("King Tobrand"), a kinship ("Edgar's sister"), "his" or "her"
things, is "a girl named X" and is "he" or "she" in the next sentence; a thing has "the"
before it ("the Gannet"), a place word in its name ("Anchor Inn"), is "in" or "at" it, and
"the city of X". A name is a person's or a thing's only when the votes for one side are at
least twice those for the other, and at least two votes in all (one mention's label alone
decides nothing); otherwise it is unknown, and no question asks for it.
"""

from __future__ import annotations

from collections import Counter

from bench.generators.clause_misreadings import misapposed
from bench.generators.given_names import given_name_gender
from bench.generators.kind_words import (
    KIN,
    LANGUAGE_NOUNS,
    MADE_PARTICIPLES,
    MOTION_VERBS,
    NAME_PARTICLES,
    NAMED,
    NUMERIC_LABELS,
    PERSON_NOUNS,
    PERSON_VERBS,
    PLACE_BEGINNINGS,
    PLACE_ENDINGS,
    PLACE_OF,
    PLACE_PREPOSITIONS,
    REGNAL,
    SHIP_PREFIXES,
    THING_LABELS,
    THING_NOUNS,
    THING_WORDS,
    TITLES,
    VERB_ENDINGS,
)
from bench.generators.name_genders import PronounVote, name_gender, sentence_vote, title_gender

PERSON = "person"
THING = "thing"


def name_key(text: str) -> str:
    """The name without a leading "the" or a trailing possessive."""
    text = " ".join(text.split())
    for prefix in ("the ", "The "):
        text = text.removeprefix(prefix)
    return text.removesuffix("'s").removesuffix("’s").strip()


class EntityKinds:
    """Person-or-thing votes for every name of a set of parsed paragraphs."""

    def __init__(self, docs) -> None:
        self.votes: dict[str, Counter] = {}
        self.pronoun_votes: list[PronounVote] = []
        self._genders: dict[str, str | None] = {}  # asked per pronoun: each name once
        for doc in docs:
            sentences = list(doc.sents)
            for index, sentence in enumerate(sentences):
                following = sentences[index + 1] if index + 1 < len(sentences) else None
                mentions = names_of(sentence)
                for mention in mentions:
                    self._vote(mention, following)
                vote = sentence_vote(sentence, mentions, name_key, PERSON_NOUNS)
                if vote is not None:
                    self.pronoun_votes.append(vote)

    def _vote(self, ent, following) -> None:
        votes = self.votes.setdefault(name_key(ent.text), Counter())
        for side, weight in label_cues(ent):
            votes[side] += weight
            votes["tagged " + side] += weight
        for side, weight in mention_cues(ent, following):
            votes[side] += weight
        votes["it after"] += _it_follows(ent, following)
        votes["mentions"] += 1
        votes["norp"] += getattr(ent, "label_", "") == "NORP"
        votes["modifier"] += len(ent) == 1 and ent.root.dep_ in ("amod", "compound", "nmod")
        votes["plural"] += ent.root.tag_ == "NNPS" or getattr(ent, "label_", "") == "NORP" and \
            ent.text.endswith("s")
        votes["place"] += getattr(ent, "label_", "") in ("GPE", "LOC", "FAC")
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        title = title_gender([before.text] if before is not None else []) or \
            title_gender([t.text for t in ent][:1] if len(ent) > 1 else [])
        if title:
            votes[title] += 3
        if before is not None and before.text in SHIP_PREFIXES:
            votes["ship"] += 1
        elif len(ent) > 1 and ent[0].text in SHIP_PREFIXES:
            self.votes.setdefault(name_key(ent[1:].text), Counter())["ship"] += 1

    def short_for(self, text: str) -> bool:
        """Whether a one-word name is the text's short form of a longer "X of Y" name
        ("the Duchy" for "the Duchy of Normandy", "the Institution" for "the Vellish
        Institution of Civil Engineers"): which one it means, only the text before says."""
        key = name_key(text)
        return len(key.split()) == 1 and key in self._indexes()[0] and \
            self.kind(key) != PERSON  # not "William" (of ...)

    def ends_a_name(self, text: str) -> bool:
        """Whether a one-word name ends a longer name of the text ("Trust" of "the
        Vindolanda Trust"): an answer that says only that word does not say the name."""
        key = name_key(text)
        return len(key.split()) == 1 and key in self._indexes()[2]

    def vessel(self, text: str) -> bool:
        """Whether a name is a ship's ("SS Valdora", or "Valdora" where the text once gives
        the prefix): a thing the text calls "she" and "her"."""
        key = name_key(text)
        return key.split()[0] in SHIP_PREFIXES or bool(self.votes.get(key, Counter())["ship"])

    def gender(self, text: str) -> str | None:
        """"he" or "she" for a person's name where the text makes it clear
        (bench.generators.name_genders), else None."""
        key = name_key(text)
        if key not in self._genders:
            self._genders[key] = name_gender(key, self.votes, self.pronoun_votes,
                                             lambda name: self.kind(name) == THING)
        return self._genders[key]

    def ambiguous(self, text: str) -> bool:
        """Whether a one-word name is part of two or more longer names of the text
        ("Robert": Robert Guiscard, Robert Crispin), so which one it means is unclear."""
        key = name_key(text)
        return len(key.split()) == 1 and self._indexes()[1][key] >= 2

    def _indexes(self) -> tuple[set[str], Counter, set[str]]:
        """Computed once, after every vote: the X of each "X of Y" name, for each word how
        many names of several words begin or end with it, and the words that end one."""
        if not hasattr(self, "_index"):
            of_heads = {k.split(" of ", 1)[0] for k in self.votes if " of " in k}
            of_heads |= {head.split()[-1] for head in of_heads}
            ends = Counter(w for k in self.votes if len(k.split()) > 1
                           for w in {k.split()[0], k.split()[-1]})
            last_words = {k.split()[-1] for k in self.votes if len(k.split()) > 1}
            self._index = (of_heads, ends, last_words)
        return self._index

    def ship_and_person(self, text: str) -> bool:
        """Whether a one-word name is a ship's that ends a longer name the text's tags call a
        person's ("Hopper": "USS Hopper", a ship named after Grace Hopper)."""
        key = name_key(text)
        return len(key.split()) == 1 and self.vessel(key) and any(
            len(other.split()) > 1 and other.split()[-1] == key and
            other.split()[0] not in SHIP_PREFIXES and votes[PERSON] >= 2 and
            votes[PERSON] > votes[THING] for other, votes in self.votes.items())

    def kind(self, text: str) -> str | None:
        """PERSON, THING or None (unknown or disputed) for a name as the text uses it."""
        key = name_key(text)
        if key not in self.votes and " of " in key:
            return self.kind(key.split(" of ")[0])  # "Malcolm III of Scotland": Malcolm III
        votes = Counter(self.votes.get(key, Counter()))
        words = key.split()
        if len(words) == 1:
            # "Jorund" is also "Jorund Hale" ("a man called Jorund Hale").
            for other, more in self.votes.items():
                parts = other.split()
                if len(parts) in (2, 3) and key in (parts[0], parts[-1]) and \
                        2 * more["norp"] <= more["mentions"]:
                    votes.update(more)
        if len(words) > 1 and (words[-1].lower() in PLACE_ENDINGS or
                               words[0].lower() in PLACE_BEGINNINGS or _occasion(words)):
            return THING  # "King Haakon Bay": a title's name, then the place's word; "Loch Oich"
        if len(words) > 1 and words[0].lower() in TITLES:
            votes[PERSON] += 3
        if self.vessel(key):
            return THING  # "SS Valdora" (also plain "Valdora" after): her "she" is no person
        if any(w.lower() in THING_WORDS for w in words[1:] + words[:1]) and not (
                words[0].lower() in TITLES):
            votes[THING] += 3
        if len(words) > 1 and votes[PERSON] + votes[THING] < 3:
            # "Osric Vell" is also "Osric" and "Vell" elsewhere in a story.
            for part in (words[0], words[-1]):
                more = self.votes.get(part, Counter())
                if 2 * more["norp"] <= more["mentions"]:  # not "Norman" of "Norman French"
                    votes.update(more)
        person, thing = votes[PERSON], votes[THING]
        first = self.votes.get(words[0], Counter()) if len(words) > 1 else Counter()
        if 2 * first["modifier"] > first["mentions"] and person > thing:
            return None  # "Norman French", "Byzantine Greece": an adjective, then a name
        if len(words) == 1 and votes["norp"] and not votes["plural"] and (
                2 * votes["norp"] > votes["mentions"] or key.endswith(("ish", "ese"))):
            return None  # "German replaced Czech": a language or an adjective, no person
        if person + thing < 2:
            return None  # one label, nothing else: the small tagger guesses on rare names
        # "finished [the Pot Noodle]": only the tagger's labels say person, against what the
        # text says of the name (a cue of weight 2 at least, not a next "It": a lone "in X"
        # is as often the parser's misreading, "In 1974 [Russell Hulse] ...")
        labelled_only = person == votes["tagged person"] and \
            thing >= votes["tagged thing"] + votes["it after"] + 2
        if person and person >= 2 * thing:
            return None if labelled_only else PERSON
        group = 2 * votes["plural"] > votes["mentions"] and not any(
            w.lower() in THING_WORDS for w in words)
        if thing and thing >= 2 * person and not group:
            return THING  # a group ("the Lombards") is never a thing, whatever its label
        return None


def _occasion(words: list[str]) -> bool:
    """Whether a name is a day kept ("Trafalgar Day", "Christmas Eve"; not "Doris Day")."""
    return words[-1] in ("Day", "Eve") and given_name_gender(words[0]) is None


def names_of(sentence):
    """The sentence's names: its entities that are no numbers, and runs of proper nouns the
    entity tagger left out."""
    spans = [e for e in sentence.ents if e.label_ not in NUMERIC_LABELS]
    inside = {t.i for e in sentence.ents for t in e}
    for token in sentence:
        if token.pos_ == "PROPN" and token.i not in inside and token.dep_ not in (
                "compound", "flat") and token.text[:1].isupper():
            parts = [c.i for c in token.children if c.dep_ in ("compound", "flat") and
                     c.pos_ == "PROPN" and c.i < token.i] + [token.i]
            spans.append(sentence.doc[min(parts):token.i + 1])
    return spans


def _verb_forms(word: str) -> set[str]:
    word = word.lower()
    return {word} | {word[:-len(end)] + base for end, base in VERB_ENDINGS
                     if word.endswith(end) and len(word) > len(end) + 2}


def label_cues(ent) -> list[tuple[str, int]]:
    """(side, weight) votes of one mention's entity label: the tagger's guess."""
    label = getattr(ent, "label_", "")
    if label in ("PERSON", "NORP"):
        # "Geoffrey Chaucer": the tagger is seldom wrong on a full name
        return [(PERSON, 2 if label == "PERSON" and _full_name(ent) else 1)]
    return [(THING, 1)] if label in THING_LABELS else []


def mention_cues(ent, following) -> list[tuple[str, int]]:
    """(side, weight) votes of what one mention's sentence says of it."""
    cues: list[tuple[str, int]] = []
    label, root, doc = getattr(ent, "label_", ""), ent.root, ent.doc
    anchor = root
    while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
        anchor = anchor.head  # "from Denmark, Iceland and Norway": each is "from"
    if label in THING_LABELS:
        if label in ("GPE", "LOC") and anchor.dep_ == "pobj" and \
                anchor.head.text.lower() in PLACE_PREPOSITIONS | {"from", "to", "on",
                                                                    "between", "beyond", "over"}:
            cues.append((THING, 1))  # "from Denmark": a place the tagger knows, used as one
    head = root.head
    before = doc[ent.start - 1] if ent.start > ent.sent.start else None
    group = label == "NORP" or root.tag_ == "NNPS"
    # the tagger often takes "the" into the name ("[the California State Legislature]"),
    # not into a title's ("the King of England")
    article = before is not None and before.text.lower() == "the" or \
        len(ent) > 1 and ent[0].lower_ == "the" and ent[1].lower_ not in TITLES and \
        label != "PERSON"  # "[the Sherpa Tenzing Norgay]": a description, then a name
    if article and not group:
        cues.append((THING, 2))  # "the Gannet", "the Adriatic" (not "the Normans")
    if before is not None and (before.text.lower().strip(".") in TITLES and
                               before.text[:1].isupper() or before.pos_ == "NOUN" and
                               before.text.lower() in PERSON_NOUNS):
        cues.append((PERSON, 3))  # "King Tobrand", "emperor Alexius", "the ruler Rollo"
    regnal = len(ent) > 1 and ent[1].text in REGNAL or len(ent) > 2 and ent[2].text in REGNAL \
        and ent[0].text.lower() in TITLES
    if len(ent) > 1 and (ent[0].text.lower().strip(".") in TITLES and ent[0].whitespace_ or
                         regnal and ent[0].text[:1].isupper()):
        cues.append((PERSON, 3))  # "King Harold II", "Henry I of England"
    if root.dep_ in ("nsubj", "nsubjpass"):
        if _verb_forms(head.text) & PERSON_VERBS:
            cues.append((PERSON, 2))
        if any(c.dep_ == "dobj" and c.text.lower() in KIN for c in head.children):
            cues.append((PERSON, 2))  # "Jorund had three children"
        possessives = {t.text.lower() for t in head.subtree if t.tag_ == "PRP$"}
        if possessives & {"his", "her"}:
            cues.append((PERSON, 2))
        elif "its" in possessives:
            cues.append((THING, 2))
        if head == ent.sent.root and following is not None:
            first = following[0].text.lower()
            if first in ("he", "she") and following[0].dep_ in ("nsubj", "nsubjpass"):
                cues.append((PERSON, 2))
            elif _it_follows(ent, following):
                cues.append((THING, 1))
    if root.dep_ == "nsubjpass" and head.lower_ in MADE_PARTICIPLES or any(
            c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in MADE_PARTICIPLES
            for c in root.children):
        cues.append((THING, 2))  # "[Merddin Emrys], built at Boston Lodge in 1879, ..."
    if root.dep_ in ("nsubj", "nsubjpass") and any(
            t.lower_ in LANGUAGE_NOUNS and t.dep_ in ("attr", "pobj", "oprd") and
            t.head in (head, *head.children) for t in head.subtree):
        cues.append((THING, 3))  # "Danish replaced Latin as the language of ...": a language
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_ == "be":
        for attribute in (c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
            # "Calla was the third moon of Brennus"; not a place-of word ("was part of")
            cues.extend(_noun_cue(attribute, place_of=False))
    if root.dep_ == "poss" and head.text.lower() in KIN:
        cues.append((PERSON, 2))  # "Edgar's sister"
    if root.dep_ in ("appos", "attr", "oprd", "dobj", "pobj") and head.i < root.i:
        noun = _described_by(root)
        if noun is not None:
            cues.extend(_noun_cue(noun))
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and not misapposed(child):
            cues.extend(_noun_cue(child))  # not "from Tjøme, a man who ...": another's
        if child.dep_ in ("compound", "amod") and child.pos_ == "NOUN" and child.i < ent.start \
                and child.text.lower() in PERSON_NOUNS:
            cues.append((PERSON, 3))  # "the old warlord Brannoc"
    if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep":
        head = anchor.head
        word = head.text.lower()
        if word in PLACE_PREPOSITIONS:
            cues.append((THING, 1))
        elif word == "on" and named_place_phrase(head.head):
            cues.append((THING, 2))  # "near the Giant's Cave on [Clifton Down]": a place's
        elif word in ("to", "from", "into") and head.head.text.lower() in MOTION_VERBS:
            cues.append((THING, 2))
        elif word == "of" and head.head.text.lower() in PLACE_OF:
            cues.append((THING, 2))  # "the city of X", "the crown of X"
        elif word == "of" and head.head.text.lower() in KIN:
            cues.append((PERSON, 2))  # "the granddaughter of Halvard"
        elif word == "of" and head.head.pos_ == "PROPN" and head.head.i < head.i:
            cues.append((THING, 2))  # "King Tobrand of Carrowmere", "William of Montreuil"
    return cues


def _it_follows(ent, following) -> bool:
    """Whether the name is its sentence's subject and "It" the next one's: a weak cue, since
    "It" may stand for what the sentence tells ("Hulse found a pulsar. It ...")."""
    return following is not None and ent.root.dep_ in ("nsubj", "nsubjpass") and \
        ent.root.head == ent.sent.root and following[0].lower_ == "it" and \
        following[0].dep_ in ("nsubj", "nsubjpass")


def named_place_phrase(noun) -> bool:
    """Whether a noun is a name in a phrase of place ("near [the Giant's Cave]", "at [the
    Old Inn]"): what lies "on" it is a place too (not "in his book on X": a topic)."""
    return noun.pos_ == "PROPN" and noun.dep_ == "pobj" and \
        noun.head.lower_ in PLACE_PREPOSITIONS


def _full_name(ent) -> bool:
    """Two or more capitalised words ("Enrique Pérez de Guzmán"), none a place word."""
    words = [t.text for t in ent if t.text[:1].isupper()]
    return len(words) >= 2 and not any(w.lower() in THING_WORDS | TITLES for w in words) \
        and all(t.text[:1].isupper() or t.text in NAME_PARTICLES for t in ent)


def _noun_cue(noun, place_of: bool = True) -> list[tuple[str, int]]:
    """A person noun ("a girl named X", "X, the keeper") says person; a thing noun ("a ship
    called X", "X, a town") says thing; other nouns say nothing."""
    word = noun.text.lower()
    if word in PERSON_NOUNS or word.endswith(("ist", "ician")):
        return [(PERSON, 2)]
    if word in THING_NOUNS or word.rstrip("s") in THING_NOUNS or place_of and word in PLACE_OF:
        return [(THING, 2)]
    return []


def _described_by(root):
    """The noun a name is given to: "a girl named X", "his captain, ... X" (apposition)."""
    head = root.head
    if head.text.lower() in NAMED or head.dep_ == "prep" and head.head.text.lower() in NAMED:
        noun = head.head if head.text.lower() in NAMED else head.head.head
        return noun if noun.pos_ == "NOUN" else None
    if root.dep_ == "appos" and head.pos_ == "NOUN":
        return head
    return None

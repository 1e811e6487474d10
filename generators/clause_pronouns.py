"""Which name a pronoun subject stands for, in the clause extractor's questions: a
sentence-opening "He/She/They/It" is the previous sentence's named subject, and "he/she/
they/it" in a second clause is the sentence's own, when person and number agree and
nothing else could be meant."""

from __future__ import annotations

from typing import NamedTuple

from bench.generators.entity_kinds import PERSON, THING, EntityKinds
from bench.generators.kind_words import MONTHS, PERSON_NOUNS, VESSEL_NOUNS, person_noun
from bench.generators.name_genders import GENDERED_PRONOUNS
from bench.generators.question_phrases import definite


def name_start(token) -> int:
    """Where the proper noun's name starts: the name words before it ("[Robert] Guiscard")."""
    first = token.i
    while first > token.sent.start and token.doc[first - 1].pos_ == "PROPN" and \
            token.doc[first - 1].dep_ in ("compound", "flat") and \
            not month_of_a_date(token.doc[first - 1]):
        first -= 1
    return first


def month_of_a_date(word) -> bool:
    """A month the tagger read into the name after it ("in [May] Priya called me", "On
    Sunday 1 [April] Carter and his wife ..."): the month is the preposition's object or
    the day's, not the name's first word."""
    if word.lower_ not in MONTHS or word.i == word.sent.start:
        return False
    before = word.doc[word.i - 1]
    return before.pos_ == "ADP" or before.text.isdigit() and 1 <= int(before.text) <= 31


def name_text(token) -> str:
    """A proper noun with the name words before it ("Malcolm III", "Robert Guiscard")."""
    first = name_start(token)
    last = token.i
    while last + 1 < token.sent.end and token.doc[last + 1].pos_ == "PROPN" and \
            token.doc[last + 1].head.i == token.i and token.doc[last + 1].dep_ in ("flat", "appos"):
        last += 1
    return token.doc[first:last + 1].text


def named_subject(subject, kinds: EntityKinds) -> tuple[str, bool, bool] | None:
    """(text, person?, plural?) of a subject that is a name ("the Normans", "Rollo") whose
    kind the text makes clear."""
    if subject is None or not (subject.pos_ == "PROPN" or subject.ent_type_):
        return None
    # (a number straight after the name is the name's: "Queen Elizabeth 2", "Apollo 11")
    tokens = [t for t in subject.subtree if t.i <= subject.i or t.head == subject and (
        t.dep_ in ("compound", "flat") or t.dep_ == "nummod" and t.i == subject.i + 1 and
        t.text.isdigit())]
    # (a name's possessive word is the name's: "[The Singers'] Hall", not "Hall")
    tokens = [t for t in tokens if t.i >= min(u.i for u in tokens if u.i <= subject.i and all(
        v.dep_ in ("compound", "flat", "det") or v.i == subject.i or
        v.dep_ == "poss" and v.pos_ == "PROPN" or v.dep_ == "case" and v.head.pos_ == "PROPN"
        for v in subject.doc[u.i:subject.i + 1]))]
    while len(tokens) > 1 and tokens[0].i < subject.i and month_of_a_date(tokens[0]):
        tokens = tokens[1:]
    text = subject.doc[tokens[0].i:tokens[-1].i + 1].text
    kind = kinds.kind(text)
    if kind not in (PERSON, THING):
        return None
    return text, kind == PERSON, subject.tag_ in ("NNPS", "NNS") or subject.ent_type_ == "NORP"


def joined_subject(subject) -> bool:
    """Whether the subject is one of several joined ones ("Bernal and Crowfoot took ..."):
    a next sentence's "She" may be either."""
    return subject is not None and any(c.dep_ == "conj" for c in subject.children)


class Antecedent(NamedTuple):
    """The last named subject, which a next sentence's opening "He/She/They/It" may stand
    for: its name, kind and number, where its sentence starts (the evidence's start), the
    pronouns another person named since makes unsure ("... told Ines Okafor. She ..."), and
    the pronoun the text has since called it by ("She was called Lisa": a next "He" is
    someone else)."""

    text: str
    person: bool
    plural: bool
    start: int
    rivalled: frozenset[str]
    told: str = ""


def resolve_pronoun(subject, previous: Antecedent | None, kinds: EntityKinds) -> str:
    """The name a sentence-opening "He/She/They/It" stands for, from the previous
    sentence's named subject when person, number and, where the text tells it, gender
    agree; "" otherwise."""
    if subject is None or previous is None or subject.tag_ != "PRP" or subject.i != \
            subject.sent.start:
        return ""
    pronoun = subject.text.lower()
    if pronoun == "she" and any(c.dep_ == "attr" and c.lower_ in VESSEL_NOUNS
                                for c in subject.head.children):
        return ""  # "She was a twenty-metre prawn trawler": the boat, not its skipper
    told = previous.told if previous.told in ("he", "she") else None
    gender = kinds.gender(previous.text) or told if pronoun in ("he", "she") else None
    # "He told Ines Okafor ... . She ...": she is Ines; "He" is him only where the text
    # tells he is a man
    if pronoun in previous.rivalled or gender not in (None, pronoun) or \
            pronoun in ("he", "she") and previous.rivalled & {"he", "she"} and gender != pronoun:
        return ""
    if named_after(subject, previous.text):
        return ""  # "Paxton met the duke. He offered Paxton ...": he is the duke
    return previous.text if _agrees(pronoun, previous.person, previous.plural) else ""


def named_after(subject, name: str) -> bool:
    """Whether the pronoun subject's own sentence names `name` again after it, by its
    last word ("In 1826 [he] offered Paxton the position": not Paxton; he would be
    "himself")."""
    last = name.split()[-1] if name.split() else ""
    return bool(last) and any(t.text == last and t.pos_ == "PROPN"
                              for t in subject.doc[subject.i + 1:subject.sent.end])


def rival_people(sentence, subject, kinds: EntityKinds) -> frozenset[str]:
    """The pronouns of the other people the sentence names besides its subject (not the
    subject's own apposition or title): a next sentence's "He" may be any man named, so
    "he" for a man, "she" for a woman, both for a person whose gender the text leaves
    open; and "it" or "they" for another clause's subject that is no person."""
    own = {t.i for t in subject.subtree} if subject is not None else set()
    rivals: set[str] = set()
    for token in sentence:
        if token.i not in own and token.dep_ in ("nsubj", "nsubjpass") and \
                token.pos_ in ("NOUN", "PROPN") and subject is not None and \
                token.head.i != subject.head.i and kinds.kind(name_text(token)) != PERSON:
            # "..., and the park itself was established in 1890. It ...": the park, or X?
            rivals |= {"they"} if token.tag_ in ("NNS", "NNPS") else {"it"}
        if token.dep_ == "dobj" and token.pos_ == "NOUN" and subject is not None and \
                token.head.i == subject.head.i and not person_noun(token.lower_) and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            # "The Society named [the dam] one of ... . It has appeared in films": the dam
            rivals |= {"they"} if token.tag_ == "NNS" else {"it"}
        if token.i in own or token.pos_ != "PROPN" or token.dep_ in ("compound", "flat") or \
                token.tag_ == "NNPS":
            continue
        kind = kinds.kind(name_text(token))
        if token.ent_type_ == "NORP" and kind != PERSON:
            continue  # a people ("the Normans"), not "and in 1894 [Armstrong] bought ..."
        # an unknown name that is another clause's subject may be a person too ("..., and
        # by nine Anselm was playing in public. He ...")
        if kind == PERSON or kind is None and (token.ent_type_ == "PERSON" or
                                               _clause_subject(token)):
            gender = kinds.gender(name_text(token)) if kind == PERSON else None
            rivals |= {gender} if gender else {"he", "she"}
    return frozenset(rivals | _unnamed_other(sentence, subject))


_OBJECT_PRONOUNS = {"him": "he", "her": "she"}


def _unnamed_other(sentence, subject) -> set[str]:
    """"he" or "she" for a "him"/"her" the subject's own clause acts on ("Helen wanted him
    to come over. He ..."): another person, unnamed, whom a next "He" may mean; not one in
    a clause with a subject of its own ("said that his father took him": himself), nor
    after a preposition ("beside her")."""
    found = set()
    for token in sentence:
        if token.lower_ not in _OBJECT_PRONOUNS or token.tag_ != "PRP" or subject is None or \
                token.dep_ == "pobj":
            continue  # (not "a stick propped beside her": after a preposition, herself)
        clause = next((a for a in token.ancestors if a.i != token.i and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i for c in a.children)), None)
        if clause is not None and clause.i == subject.head.i:
            found.add(_OBJECT_PRONOUNS[token.lower_])
    return found


def _clause_subject(token) -> bool:
    """Whether a name is a clause's subject, or reads as one the parser took into a phrase
    before it ("by the age of nine [Anselm] was playing": a verb after it without a
    subject)."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    after = token.doc[token.i + 1] if token.i + 1 < token.sent.end else None
    verb = after.head if after is not None and after.dep_ in ("aux", "auxpass") else after
    return verb is not None and verb.pos_ in ("VERB", "AUX") and verb.i > token.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _agrees(pronoun: str, person: bool, plural: bool) -> bool:
    """Whether "he/she/they/it" can stand for a name of that kind and number."""
    return (pronoun in ("he", "she") and person and not plural or pronoun == "they" and plural
            or pronoun == "it" and not person and not plural)


def conjoined_pronouns(sentence, subject, kinds: EntityKinds) -> list[tuple[set, object, str]]:
    """The sentence's other independent clauses whose subject is "he/she/they/it" standing
    for the sentence's own named subject ("Tancred was ... and he worked for ..."): each as
    (its token indices, the pronoun, the name)."""
    named = named_subject(subject, kinds)
    if named is None:
        return []
    found = []
    for clause in sentence.root.children:
        pronoun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") and pronoun is not None \
                and pronoun.tag_ == "PRP" and _agrees(pronoun.text.lower(), *named[1:]):
            span = {t.i for t in clause.subtree}
            own = {t.i for t in subject.subtree}
            others = [t for t in sentence if t.i not in span and t.i not in own]
            said = pronoun.text.lower()
            if not _rivals(said, others, kinds) and not _other_gender(said, others) and \
                    kinds.gender(named[0]) in (None, said):
                found.append((span, pronoun, named[0]))
    return found


def _other_gender(pronoun: str, tokens) -> bool:
    """Whether the first clause has a pronoun of the other gender ("Terry announced it, as
    he always did, and she came up ...": she is not Terry)."""
    return pronoun in ("he", "she") and any(
        GENDERED_PRONOUNS.get(t.lower_) not in (None, pronoun) and t.tag_ in ("PRP", "PRP$")
        for t in tokens)


def _rivals(pronoun: str, tokens, kinds: EntityKinds) -> bool:
    """Whether another noun of the first clause could be what the pronoun stands for:
    "Marra hired Piet, and he built a mill" (he: Piet?), "The Normans fought the Arabs,
    and they lost Palermo"."""
    for token in tokens:
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "flat"):
            continue
        plural = token.tag_ in ("NNS", "NNPS") or token.ent_type_ == "NORP"
        if token.pos_ == "PROPN":  # what the whole text makes the name, else the tagger
            kind = kinds.kind(name_text(token))
            person = kind == PERSON or kind is None and token.ent_type_ in ("PERSON", "NORP")
        else:
            person = token.text.lower() in PERSON_NOUNS
        if _agrees(pronoun, person, plural):
            return True
        if pronoun == "she" and (token.lower_ in VESSEL_NOUNS or token.pos_ == "PROPN" and
                                 kinds.vessel(name_text(token))):
            return True  # "Sallis brought the ship in, and she returned to service": the ship
    return False


def names_by_head(sentence) -> dict[str, str]:
    """The sentence's names of things by their head noun, lower-cased ("The Bayeux
    Tapestry was ..." -> {"tapestry": "the Bayeux Tapestry"}). A name that a later "the
    tapestry" may not mean maps to "": one of two names with that head, a name that is not
    the sentence's subject ("Exxon merged with the Mobil Oil Company. The company ...":
    which company?), or an event dated in the sentence ("won the World Series in 2004")."""
    found: dict[str, str] = {}
    names = []
    for ent in sentence.ents:
        root = ent.root
        if root.pos_ != "PROPN" or ent.label_ in ("PERSON", "NORP") or \
                root.i < ent.end - 1 and root.doc[root.i + 1].dep_ != "prep":
            continue  # a person's surname is no thing's head; "Tapestry", "Duchy (of ...)"
        words = without_article(ent.text)
        article = definite(root) or words != ent.text
        names.append((root, ("the " if article else "") + words, ent.label_))
    # A name the tagger missed ("the Tarvel Basin"): its "the" says it is no person's.
    names += [(t, "the " + name_text(t), "") for t in sentence if t.pos_ == "PROPN" and
              not t.ent_type_ and t.dep_ not in ("compound", "flat") and definite(t)]
    dated = any(e.label_ == "DATE" for e in sentence.ents)
    for root, text, label in names:
        if label == "EVENT" and dated:
            text = ""  # "won the World Series in 2004. The series ...": that year's
        subject = root.dep_ in ("nsubj", "nsubjpass") and root.head.i == sentence.root.i
        found = merge_heads(found, {root.lower_: text if subject else ""})
    return found


def without_article(name: str) -> str:
    """A name without its leading "the" ("the Bayeux Tapestry" -> "Bayeux Tapestry")."""
    return name[4:] if name.lower().startswith("the ") else name


def merge_heads(earlier: dict[str, str], more: dict[str, str]) -> dict[str, str]:
    """Names by head over several sentences: a head given two different names maps to ""."""
    merged = dict(earlier)
    for head, text in more.items():
        merged[head] = text if merged.get(head, text) == text else ""
    return merged


def definite_references(sentence, own: dict[str, str], before: dict[str, str],
                        paragraph: dict[str, str]) -> dict[int, str]:
    """A bare "the N" of the sentence that names a thing of the sentence before by its
    head noun ("... the Southern California Megaregion. The megaregion's area ..."), as
    the words that replace it: {the noun: the name, the article: ""}. Only where the
    sentence before names one such thing (`before`, by names_by_head), the paragraph so far
    no other of that head (`paragraph`: "the Panama Canal ... the Suez Canal. The canal"),
    and the sentence itself (`own`, by names_by_head) none."""
    replace: dict[int, str] = {}
    for token in sentence:
        name = before.get(token.lower_)
        if not name or paragraph.get(token.lower_) != name or token.pos_ != "NOUN" or \
                token.ent_type_ or token.lower_ in own:
            continue
        children = [c for c in token.children if c.dep_ != "case"]  # "the megaregion's"
        if len(children) != 1 or children[0].dep_ != "det" or children[0].lower_ != "the" or \
                children[0].i != token.i - 1:
            continue
        replace[token.i - 1], replace[token.i] = "", name
    return replace


def apposed_name(subject, kinds: EntityKinds) -> tuple[dict[int, str], tuple] | None:
    """A described subject named by its comma-set apposition ("The last attempt, the Pico
    Act of 1859, was passed by ..."): the words that put the name in the description's
    place ({the noun: the name, its other words: ""}) and the name as named_subject gives
    it; None when the subject is no common noun so named, or the apposition a list."""
    if subject is None or subject.pos_ != "NOUN":
        return None
    appos = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]
    if len(appos) != 1 or appos[0].left_edge.i <= subject.i or \
            subject.doc[appos[0].left_edge.i - 1].text != "," or \
            any(t.dep_ == "conj" for t in appos[0].subtree):
        return None
    named = named_subject(appos[0], kinds)
    if named is None or any(t.text == ":" for t in appos[0].subtree):
        return None  # "A full-length biography, Dorothy Hodgkin: A Life, ...": a title
    # the name with its "of 1859", not a clause said of it (", which had left Leith")
    last = max([appos[0].i] + [c.right_edge.i for c in appos[0].children if c.i > appos[0].i and
                               c.dep_ not in ("relcl", "acl", "advcl", "appos", "punct")])
    name = subject.doc[appos[0].left_edge.i:last + 1].text
    # the description's words before the apposition go; what follows it (a relative
    # clause, its closing comma) stays as the sentence has it
    words = {t.i: "" for t in subject.subtree if t.i < appos[0].left_edge.i and t.i != subject.i}
    words.update({t.i: "" for t in appos[0].subtree})  # the name stands where the noun did
    words[subject.i] = name
    return words, (name,) + named[1:]  # the whole name, "the Accord of Lune", for an "It"

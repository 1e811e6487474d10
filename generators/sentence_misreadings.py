"""Misreadings that spoil a whole sentence's parse: the clause extractor
(bench.generators.clauses) asks nothing of a sentence where any is found. Each is a shape
the parser gets wrong, seen in held-out text, and the sign it leaves in the parse."""

from __future__ import annotations

from bench.generators.clause_counts import catalogue_number
from bench.generators.join_misreadings import (
    active_verb_after_a_passive,
    apposition_run_into_a_verb,
    gerund_joined_to_a_finite_verb,
    modifier_after_its_join,
    noun_read_as_the_main_verb,
    object_read_as_a_subject,
    participle_read_as_a_clause,
    preposition_object_read_as_a_subject,
    relative_read_as_a_joined_clause,
    subject_before_its_join,
    subject_inside_an_aside,
    subject_list_joined_to_a_verb,
    subject_read_as_a_conjunct,
    verb_forms_that_disagree,
    verb_joined_without_a_join,
)
from bench.generators.kind_words import person_noun


def misread_sentence(sentence) -> bool:
    """Whether the parse of the whole sentence is one the clause extractor asks nothing of:
    any of the sentence-wide misreadings below."""
    return cut_at_abbreviation(sentence) or subject_before_its_join(sentence) or \
        name_read_as_a_compound(sentence) or modifier_after_its_join(sentence) or \
        range_read_apart(sentence) or two_objects_of_one_preposition(sentence) or \
        relative_read_as_apposition(sentence) or subject_list_joined_to_a_verb(sentence) or \
        verb_joined_without_a_join(sentence) or active_verb_after_a_passive(sentence) or \
        apposition_after_a_relative(sentence) or participle_given_a_subject(sentence) or \
        roles_read_as_apposition(sentence) or particle_read_as_an_object(sentence) or \
        preposition_joined_to_a_participle(sentence) or two_subjects_of_one_verb(sentence) or \
        clause_read_as_a_phrase(sentence) or participle_across_an_aside(sentence) or \
        ended_inside_a_sentence(sentence) or object_of_a_gapped_clause(sentence) or \
        whose_clause_without_verb(sentence) or gerund_joined_to_a_finite_verb(sentence) or \
        subject_read_as_a_conjunct(sentence) or verb_forms_that_disagree(sentence) or \
        objects_side_by_side(sentence) or subject_inside_an_aside(sentence) or \
        participle_read_as_a_clause(sentence) or number_read_as_punctuation(sentence) or \
        object_read_as_a_subject(sentence) or noun_read_as_the_main_verb(sentence) or \
        apposition_run_into_a_verb(sentence) or preposition_object_read_as_a_subject(sentence) or \
        relative_read_as_a_joined_clause(sentence) or comparative_correlative(sentence)


def number_read_as_punctuation(sentence) -> bool:
    """Whether the parser hung a number on the sentence as punctuation ("the asteroid [6401]
    Roentgen bear his name": the name's number read as a mark, its last word as the verb's
    subject, "the asteroid 6401 who bear his name?"). A number is a word of its phrase."""
    doc = sentence.doc
    return any(t.dep_ == "punct" and t.tag_ == "CD" and 0 < t.i < len(doc) - 1 and
               doc[t.i - 1].pos_ in ("NOUN", "PROPN") and doc[t.i + 1].pos_ == "PROPN"
               for t in sentence)


def objects_side_by_side(sentence) -> bool:
    """Whether the parser gave a verb two direct objects side by side, the second a bare
    singular noun ("was examining [the bathroom] [door] [frame] with great attention": a
    compound read as three objects, "examining the bathroom door what?" -> "frame with great
    attention"). Two objects of one verb follow one another only as a person and a thing
    ("gave the dog a bone"), and a thing has its article."""
    doc = sentence.doc
    for verb in sentence:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for first, later in zip(objects, objects[1:]):
            if first.pos_ == "NOUN" and later.pos_ == "NOUN" and later.tag_ == "NN" and \
                    later.left_edge.i == first.right_edge.i + 1 and \
                    not any(c.dep_ == "det" for c in later.children) and \
                    doc[later.i - 1].pos_ == "NOUN":
                return True
    return False


def object_of_a_gapped_clause(sentence) -> bool:
    """Whether the parser gave a verb a second direct object straight after a noun of
    another phrase, no comma or verb between: a gapped clause's object ("World Space Week,
    its opening date marking the launch ... and its closing date [the entry into force]
    ...": "declared World Space Week the entry into force of what?"), or a phrase's object
    read twice ("representing in ascending order of height [the Twelve Apostles]":
    "representing in ascending what ...?")."""
    doc = sentence.doc
    for token in sentence:
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if len(objects) < 2:
            continue
        first = objects[0]
        for later in objects[1:]:
            before = doc[later.left_edge.i - 1]
            if before.pos_ not in ("NOUN", "PROPN"):
                continue
            # (not after a noun joined to the first object, a dative: "granted Riquet and
            # his heirs the canal")
            if before.dep_ == "conj" and before.head.i not in {o.i for o in objects} or \
                    before.dep_ == "pobj" and first.left_edge.i <= before.i <= first.right_edge.i:
                return True
    return False


def whose_clause_without_verb(sentence) -> bool:
    """Whether the parser read "whose" and its noun as a relative clause of their own ("the
    Royal Navy, [whose destroyers], together with the ferries ..., carried ...": "carried"
    joined to the main verb, "the role of the Royal Navy carried what?"), or "where" and a
    name ("reached the crest, [where Sir Thomas Picton], commanding ..., was shot dead":
    "reached what was shot dead?")."""
    return any(t.dep_ == "relcl" and t.pos_ in ("NOUN", "PROPN") and
               any(c.tag_ == "WP$" or c.lower_ in ("where", "when") for c in t.children)
               for t in sentence)


def ended_inside_a_sentence(sentence) -> bool:
    """Whether the parser ended a sentence where the text goes on ("... inscribed on the
    UNESCO | World Heritage List in 1997 and ...": "what was inscribed on the UNESCO?"): a
    sentence that ends on a name word, with no full stop, and a name word opens the next;
    or that next sentence itself ("World Heritage List in what year and ... is among ...?")."""
    doc = sentence.doc
    return _cut_between(doc, sentence.end) or _cut_between(doc, sentence.start)


def _cut_between(doc, start: int) -> bool:
    """Whether a sentence that opens at `start` on a name word follows one that ends on a
    name word with no full stop."""
    if start == 0 or start >= len(doc):
        return False
    last, following = doc[start - 1], doc[start]
    return last.pos_ == "PROPN" and following.pos_ == "PROPN" and \
        not last.text.endswith((".", "!", "?", ":"))


def participle_across_an_aside(sentence) -> bool:
    """Whether the parser hung a participle that ends an aside on a noun before the aside
    ("trainers, carrying a box ... held together with brown parcel tape [gone] the colour of
    tea": "gone" read as the trainers'; "the temple, measured in the Khmer unit [called] the
    hat,": "called" the temple's): dropping the aside leaves "trainers gone what?", "the
    temple called the hat": a participle straight after a comma-set aside that its head
    noun, before the aside, does not hold."""
    doc = sentence.doc
    for participle in sentence:
        head = participle.head
        # ("gone" may be tagged a past tense and hung on the main verb as an unknown "dep")
        if participle.dep_ not in ("acl", "dep") or participle.tag_ not in ("VBN", "VBD") or \
                head.i >= participle.i - 2:
            continue
        if any(c.dep_ in ("relcl", "acl", "advcl", "appos") and c.i != participle.i and
               head.i < c.left_edge.i < participle.i and doc[c.left_edge.i - 1].text == "," and
               c.right_edge.i == participle.i - 1
               for t in (head, *head.ancestors) for c in t.children):
            return True
    return False


def two_subjects_of_one_verb(sentence) -> bool:
    """Whether the parser gave one verb two subjects ("... inscribed on the UNESCO [World
    Heritage List], and since 2013 [it] has formed part of ...": the end of a name read as the
    next clause's subject, so "on the UNESCO" is asked cut; "a depot [the size] of four
    pitches, came first": "for Unit 4 the size of how many pitches?")."""
    for verb in sentence:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # a name, then after a comma the verb's own pronoun subject (not a list of subjects
        # misjoined, "Universal, Warner Brothers, and Sony also run ...", whose questions read)
        if len(subjects) > 1 and subjects[-1].tag_ == "PRP" and subjects[0].tag_ != "PRP" and \
                any(t.text == "," for t in sentence.doc[subjects[0].i:subjects[-1].i]):
            return True
        # "Unit 4, a distribution centre [the size] of four pitches, came first": a noun's
        # measure read as a second subject or apposition, straight after the noun it measures
        if any(_measure_read_apart(s) for s in subjects[1:]):
            return True
    return any(t.dep_ == "appos" and _measure_read_apart(t) for t in sentence)


# Nouns of a measure that "the N of ..." gives a noun before it ("a depot the size of four
# pitches", "a boat the length of a bus")
_MEASURES = {"size", "length", "height", "width", "breadth", "depth", "weight", "area",
             "colour", "color", "shape", "thickness"}


def _measure_read_apart(noun) -> bool:
    """Whether "the size of ..." and the like follows a noun with nothing between ("a
    distribution centre [the size] of ..."): a measure of that noun, not its own phrase (not
    "the novel [The Bass Rock]": a title)."""
    doc, first = noun.doc, noun.left_edge
    return noun.lower_ in _MEASURES and first.i > 0 and first.lower_ in ("the", "a", "an") \
        and doc[first.i - 1].pos_ == "NOUN"


def clause_read_as_a_phrase(sentence) -> bool:
    """Whether the parser read a clause opened by "since", "until", "before" or "after" as the
    preposition's object and its verb as the sentence's ("Terry, who'd kept the machines
    going since [the Kwik Save] came out, retired ...": "Terry came out, retired at what
    ...?"): a finite verb straight after such a preposition's object, or "and" and the
    subject of a joined clause (the clause's subject was two)."""
    for token in sentence:
        if token.lower_ not in _CLAUSE_OPENERS or token.dep_ != "prep":
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if not objects:
            continue
        after = objects[-1].right_edge.i + 1
        following = token.doc[after] if after < sentence.end else None
        if following is not None and following.tag_ in ("VBD", "VBZ", "VBP") and \
                following.pos_ in ("VERB", "AUX"):
            return True
        # "until [his knees] and the pension scheme had agreed that ...": the parser may
        # hang the "and" on the object (its right edge); not after a time ("declined after
        # [1900] and the last mines closed" is two clauses)
        joined = after if token.doc[after - 1].lower_ == "and" else \
            after + 1 if following is not None and following.lower_ == "and" else None
        if joined is not None and objects[-1].ent_type_ not in ("DATE", "TIME") and any(
                t.dep_ == "nsubj" and t.left_edge.i == joined and t.head.dep_ == "conj"
                for t in sentence):
            return True
    return False


_CLAUSE_OPENERS = {"since", "until", "till", "before", "after"}


def preposition_joined_to_a_participle(sentence) -> bool:
    """Whether the parser joined a second prepositional phrase to a participle's aside
    ("linked to the Bible, [printed in 1458 ...], and [to the Catholicon], a Latin dictionary
    dated 1460": "and to the Catholicon" read into the aside, so dropping the aside drops it
    too): a preposition joined by "and" to a participle that describes a noun, or to a verb
    ("published a revised assessment, known as INSAG-7, which gave greater weight to flaws
    ..., and [to a broader absence] of ...": "published a revised assessment and to a
    broader absence ...?")."""
    return any(token.dep_ == "conj" and token.pos_ == "ADP" and (
        token.head.tag_ == "VBN" and token.head.dep_ == "acl" or
        token.head.pos_ in ("VERB", "AUX") and _parallel_inside_an_aside(token))
        for token in sentence)


def _parallel_inside_an_aside(preposition) -> bool:
    """Whether the preposition's first conjunct ("to flaws") sits inside a comma-set clause
    between the verb it was joined to and itself ("..., which gave greater weight to flaws
    ..., and to a broader absence"), not beside the verb ("from Brest to Saint-Pierre, and on
    to Duxbury")."""
    verb, doc = preposition.head, preposition.doc
    if any(t.lower_ == preposition.lower_ and t.dep_ == "prep" and
           any(a.dep_ in ("relcl", "acl") and verb.i < a.i < preposition.i for a in t.ancestors)
           for t in doc[verb.i + 1:preposition.i]):
        return True
    # "exported to Taiwan, where the line opened in 2007 using 700T trains, and [to India]":
    # joined to a verb of a relative clause that began after the first conjunct
    # (not "which were carried to Adelaide and then [to Melbourne]": both in the clause)
    aside = next((a for a in (verb, *verb.ancestors) if a.dep_ in ("relcl", "acl")), None)
    same = [t for t in doc[preposition.sent.start:preposition.i]
            if t.lower_ == preposition.lower_ and t.dep_ in ("prep", "dative")]
    return aside is not None and bool(same) and same[0].i < aside.left_edge.i and \
        not any(aside.left_edge.i <= t.i for t in same)


def roles_read_as_apposition(sentence) -> bool:
    """Whether the parser read a list of roles as descriptions of the first role's object
    ("X was a promoter of the Canal, [a Fellow of the Society], [a member of ...] and a
    supporter of the campaign to ...": each later role hung on "the Canal" as its
    apposition, the last one's purpose on the first): an apposition "a <noun> of ..." after
    the object of "a <noun> of", with a role of the same shape joined to it."""
    return any(token.dep_ == "appos" and _role_of(token) and token.head.dep_ == "pobj" and
               token.head.head.lower_ == "of" and _role_of(token.head.head.head) and
               any(c.dep_ == "conj" and _role_of(c) for c in token.children)
               for token in sentence)


def _role_of(noun) -> bool:
    """Whether a noun is "a <noun> of ...": indefinite, with an "of" of its own."""
    return noun.pos_ == "NOUN" and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def particle_read_as_an_object(sentence) -> bool:
    """Whether the parser read a particle after an object as the object's head noun and the
    noun after it as a second object ("carried [the pole round] [the side of the house]";
    asked, "carried what the side of the house?" -> "the pole round")."""
    for verb in sentence:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objects) > 1 and objects[0].lower_ in _PARTICLES and any(
                c.dep_ in ("compound", "det") for c in objects[0].children):
            return True
    return False


# Adverbs the tagger may read as a noun that heads an object ("the pole [round]")
_PARTICLES = {"round", "around", "about", "back", "over", "out", "off", "up", "down",
              "along", "across", "through", "past", "in", "away"}


def participle_given_a_subject(sentence) -> bool:
    """Whether the parser made a main verb of a participle after a colon ("Three bridges now
    cross it: the Bridge of the Americas, [opened] in 1962, the Centennial Bridge, opened in
    2004, and ...": a list of named things, each with its participle, read as clauses): a
    past participle whose subject follows the colon, with no auxiliary, is no finite verb
    there (before a colon it may be: "The museum opened in 1997")."""
    colon = next((t.i for t in sentence if t.text == ":"), None)
    return colon is not None and any(
        verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "conj") and
        any(c.dep_ == "nsubj" and c.i > colon for c in verb.children) and
        not any(c.dep_ in ("aux", "auxpass") for c in verb.children) for verb in sentence)


def apposition_after_a_relative(sentence) -> bool:
    """Whether the parser ended a relative clause's list at its first member and hung the
    rest on a person's name as an apposition ("Emily Roebling, who acquired a knowledge of
    mathematics, [the strength of materials] and ..., carried ..."): after the person's
    relative clause, a thing that no person is."""
    return any(token.dep_ == "appos" and token.pos_ == "NOUN" and not person_noun(token.lower_)
               and token.head.ent_type_ == "PERSON" and any(
                   c.dep_ == "relcl" and token.head.i < c.i < token.i
                   for c in token.head.children) for token in sentence)


def relative_read_as_apposition(sentence) -> bool:
    """Whether the parser read a relative clause's subject as an apposition, its verb as
    another main verb ("succeeded by his son Selim II, [whose grand vizier], Sokollu Mehmed
    Pasha, continued to direct ...": asked, the clauses splice). A relative word never
    heads or owns an apposition."""
    return any(t.tag_ in ("WP", "WP$", "WDT") and (t.dep_ == "appos" or t.head.dep_ == "appos"
                                                     and t.head.i > t.i) for t in sentence)


def name_read_as_a_compound(sentence) -> bool:
    """Whether the parser made a person the first word of an object ("lent [Harrison
    money]": a second object, the one lent to, read as a compound of the thing lent; the
    questions would ask "lent what?" -> "Harrison money")."""
    for token in sentence:
        head = token.head
        if token.dep_ == "compound" and token.pos_ == "PROPN" and head.dep_ == "dobj" and \
                head.pos_ == "NOUN" and head.text.islower() and token.i == head.left_edge.i \
                and head.head.lower_ in _GIVING:
            return True
    return False


# Verbs of giving, which take the one given to before the thing given ("lent Hale money").
_GIVING = set(
    "give gives gave given giving lend lends lent lending send sends sent sending offer "
    "offers offered offering pay pays paid paying owe owes owed hand hands handed bring "
    "brings brought promise promised grant grants granted award awarded show showed shown "
    "teach taught tell told sell sold buy bought leave left write wrote".split())


def two_objects_of_one_preposition(sentence) -> bool:
    """Whether the parser gave one preposition two objects ("In 1994 Angola, Botswana and
    Namibia established ...": "In [1994] [Angola]", the list's first member taken into the
    opening phrase; asked, "Angola" becomes where the rest happened)."""
    for token in sentence:
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if len(objects) == 2 and objects[0].ent_type_ == "DATE" and \
                objects[1].pos_ == "PROPN" and objects[1].ent_type_ not in ("", "DATE") and \
                objects[1].i + 1 < len(sentence.doc) and sentence.doc[objects[1].i + 1].text == ",":
            return True
    return False


def range_read_apart(sentence) -> bool:
    """Whether a range of two codes ("the restoration of H1 to H4") was parsed as two
    phrases, its "to" hung elsewhere ("undertook what to H4?" -> "the restoration of H1")."""
    for to in sentence:
        if to.lower_ != "to" or to.i == sentence.start or to.i + 1 >= sentence.end:
            continue
        first, last = to.doc[to.i - 1], to.doc[to.i + 1]
        if first.shape_ == last.shape_ and any(c.isdigit() for c in first.text) and \
                any(c.isalpha() for c in first.text) and to.head.i != first.i:
            return True
    return False


def cut_at_abbreviation(sentence) -> bool:
    """Whether the parser began a sentence with the number of "Op." or "No." ("... the Op. |
    1 sonatas and the Tobias oratorio have been recorded.")."""
    return sentence[0].like_num and sentence.start > 0 and catalogue_number(sentence[0])


def comparative_correlative(sentence) -> bool:
    """Whether the sentence holds a correlative comparison past its opening ("gave councils a
    larger subsidy per flat [the taller] a block was"): the parser reads its "the taller"
    into the object before, and its clause as the main clause's ("gave what a block was?"
    -> a larger subsidy per flat the taller)."""
    doc = sentence.doc
    for t in sentence:
        if t.lower_ == "the" and t.i > sentence.start and t.i + 2 < sentence.end and \
                doc[t.i + 1].tag_ in ("JJR", "RBR") and doc[t.i + 1].dep_ != "amod" and \
                (doc[t.i + 2].pos_ in ("DET", "PRON") or
                 doc[t.i + 2].pos_ == "NOUN" and t.i + 3 < sentence.end and
                 doc[t.i + 3].pos_ in ("AUX", "VERB")):
            return True
    return False

"""Does a question stand alone? A closed-book question is read without its text, so it
must not lean on a sentence it does not give: a pronoun or possessive without its
referent, "this"/"the island"/"the talks" for something named before, "three"/"all" of
a list given before, "later"/"afterwards" of an event told before, a past event that
nothing in the question (a name, a number, a date) picks out of all the events one could
mean ("Who came home angry and tired?"). Each check reads the parse, never a text's words.
"""

from __future__ import annotations

from bench.generators.entity_kinds import PERSON, EntityKinds
from bench.generators.given_names import given_name_gender
from bench.generators.kind_words import TIME_WORDS, TITLES
from bench.generators.question_openness import ORDINALS, many_answers
from bench.generators.question_partitives import partitive_subject
from bench.generators.question_phrases import (
    GENERIC_REFERENTS,
    PLACING,
    definite,
    only_time,
    past,
    places,
    regnal_numeral,
    specified,
    wh_phrase,
)
from bench.generators.question_possessives import possessive_referent

# Offices held in something ("served as president"): without "of X" or an owner, of what?
_OFFICES = {"president", "chairman", "chairwoman", "director", "manager", "chancellor",
            "governor", "mayor", "chief", "treasurer", "editor", "principal", "coach", "chair",
            "headmaster", "headmistress", "abbot", "rector", "dean", "superintendent",
            "command", "control", "charge"}  # "took command in 1940": of what?
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest", "left", "right"}
_REFLEXIVE = {"himself", "herself", "itself", "themselves", "oneself"}
DEMONSTRATIVES = {"this", "these", "those", "that"}
# Modifiers that say "besides / as the one told before" ("another influence", "the
# same time", "the other ships").
_ANAPHORIC_MODIFIERS = {"another", "same", "other", "previous", "aforementioned",
                        "necessary", "required", "relevant"}  # "the necessary Act": for what?
# A share of something that must be named ("the Romanian part" of what?)
_PARTS = {"part", "parts", "portion", "half", "remainder", "rest", "selection", "handful",
          "fraction", "majority", "minority"}
# Events and matters told of before: "the conversation", "the voyage", "the problem" alone
# say which only in the text around them.
_EVENT_REFERENTS = set(
    "conversation voyage problem meeting accident argument incident journey trip crash "
    "quarrel discussion talks dispute episode affair matter situation crisis proposal plan "
    "idea decision request offer news story tale joke rumour material substance post "
    "vacancy".split())
# Verbs whose "so" stands for a clause told before ("Ruth said so only once"): said what?
_SO_VERBS = set(
    "say says said saying do does did done doing think thinks thought believe believes "
    "believed hope hoped suppose supposed tell told expect expected fear feared".split())
# Adverbs that place an event after or beside one told before.
# Words that place a thing or time relative to the text before ("the previous century").
RELATIVE_TO_TEXT = {"previous", "preceding", "following"}
_RELATIVE_TIME = {"later", "afterwards", "afterward", "thereafter", "meanwhile", "then"} | \
    RELATIVE_TO_TEXT
# Connectives that link to the sentence before; set off by commas they can stay ("...,
# however, ..."), but a question that lost a comma around one no longer reads.
CONNECTIVES = {"however", "therefore", "thus", "moreover", "furthermore", "nevertheless",
               "nonetheless", "consequently", "hence"}
# Nouns of an activity that say nothing of what was worked on, alone as an answer ("What
# began on site in 1850?" -> Work): work on what?
ACTIVITIES = set("work construction building excavation restoration demolition "
                 "production".split())
# Bodies a text founds and then calls "the new body", "the new board": which one?
BODIES = set("body board authority organisation organization institution association society "
              "agency commission committee council corporation trust company firm".split())
# Nouns of instances of a kind named before ("acquired examples", "built copies")
_INSTANCES = {"example", "examples", "copies", "copy", "versions", "version", "variants",
              "specimens", "replicas", "units"}


def context_problem(question, kinds: EntityKinds) -> str | None:
    """Why a parsed question leans on text it does not give, or None when it stands alone."""
    return (_unresolved(question, kinds) or partitive_subject(question) or
            _relative_time(question) or _pro_form(question) or _cut_list(question) or
            _bare_subject(question) or _unplaced_event(question) or many_answers(question))


def _unresolved(question, kinds: EntityKinds) -> str | None:
    """A pronoun, possessive or demonstrative whose referent the question does not hold."""
    for token in question:
        word = token.text.lower()
        if token.tag_ == "PRP" and word not in _REFLEXIVE and token.dep_ != "expl" and \
                not regnal_numeral(token):
            return f"pronoun {token.text!r}"
        if token.dep_ == "det" and word in DEMONSTRATIVES or _demonstrative_asked_of(token):
            return f"demonstrative {token.text!r}"  # "this road", "Imran said that meant what"
        if word in ("there", "here") and token.dep_ == "advmod" or _there_after_participle(token):
            return f"{token.text!r} points back"
        if word == "much" and token.i > 0 and question[token.i - 1].lower_ == "as" and not (
                token.i + 1 < len(question) and question[token.i + 1].lower_ == "as"):
            return "'as much' points back"  # "said as much to Ruth": as what?
        if token.tag_ == "POS" and _owner_as_subject(token.head, kinds):
            return f"'{token.head.text}{token.text}' what?"  # "Keith's was in English": his
            # speech, told before, the owner made the subject
        if token.tag_ == "PRP$" and not possessive_referent(question, token, kinds):
            return f"possessive {token.text!r} without its referent"
        if word in DIRECTIONS and token.head.text.lower() == "to" and not any(
                c.dep_ == "prep" for c in token.children):
            return f"'to the {token.text}' of what?"
        if word in _OFFICES and token.pos_ == "NOUN" and not any(
                c.dep_ in ("poss", "compound", "amod", "det") or c.dep_ == "prep" and
                c.lower_ in ("of", "at") for c in token.children) and \
                not (token.i + 1 < len(question) and question[token.i + 1].pos_ == "PROPN"):
            return f"{token.text!r} of what?"  # "served as president from 1941": of what?
        # (a lower-case word the tagger took for a name is none: "the parish")
        if (token.pos_ in ("NOUN", "ADJ") or token.pos_ == "PROPN" and token.text.islower()) \
                and word in GENERIC_REFERENTS and definite(token) and \
                not specified(token) and not _said_of_name(token):
            return f"'the {token.text}' points back"
        if word in BODIES and token.pos_ == "NOUN" and definite(token) and any(
                c.dep_ == "amod" and c.lower_ == "new" for c in token.children) and \
                not specified(token):
            return f"'the new {token.text}' points back"  # "joined the new body": which?
        # (a capitalised "the Institution" the tagger read as a common noun is a name too)
        if (token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.text[:1].isupper() and
                token.i > 0) and definite(token) and kinds.short_for(token.text) and not \
                any(c.dep_ in ("compound", "prep", "flat") for c in token.children):
            return f"'the {token.text}' points back"  # "the Duchy" of which name?
        if word in _EVENT_REFERENTS and token.pos_ == "NOUN" and definite(token) and \
                all(c.dep_ == "det" or c.dep_ == "prep" and only_time(c)
                    for c in token.children):
            return f"'the {token.text}' points back"  # "the conversation in March": which?
        if word in ("kind", "sort") and token.head.lower_ == "of" and \
                [c.lower_ for c in token.children] in (["the"], ["that"], ["this"]):
            return f"'of {token.text}' points back"  # "anything of the kind": what kind?
        if word == "so" and token.i > 0 and token.head.i == token.i - 1 and \
                token.head.lower_ in _SO_VERBS and token.head.dep_ != "conj":
            # (not "led the first violins and had done so for years": the question says)
            return f"'{token.head.text} so' points back"
        if word == "such" and token.dep_ == "predet" and token.head.pos_ == "NOUN" and \
                not any(t.lower_ == "that" for t in question[token.i:]):
            # "attempted such a link": which? (not "such a storm that ...")
            return f"'such {token.head.text}' points back"
        if word in _INSTANCES and token.pos_ == "NOUN" and not any(
                c.dep_ in ("prep", "compound", "amod", "poss", "relcl", "acl", "nummod", "det",
                           "quantmod") and not _hyphened(c) for c in token.children):
            # "China acquired examples from Ukraine", "Full-size replicas stand on ..."
            return f"'{token.text}' of what?"
        if word in _PARTS and token.pos_ == "NOUN" and any(
                c.dep_ == "det" and (c.lower_ in ("the", "which", "what") or c.lower_ in (
                    "a", "an") and token.dep_ in ("nsubj", "nsubjpass"))
                for c in token.children) and not any(
                c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                for c in token.children):
            return f"'{token.text}' of what?"  # "which part was declared a reserve?", "A
            # selection has been lent back to which museum?"
        if word == "local" and token.dep_ == "amod" and _identified(token.head):
            return f"'the local {token.head.text}': local to where?"
        if word in _ANAPHORIC_MODIFIERS and token.dep_ in ("det", "amod") and \
                token.head.pos_ in ("NOUN", "PROPN"):
            return f"'{token.text} {token.head.text}' points back"  # "another influence"
        if word in ORDINALS - {"first", "last"} and token.dep_ == "amod" and \
                _acting(token.head) and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                            for c in token.head.children):
            # "with a second team scheduled to return": like "another team", which first?
            # (not "paved the road to a third attack in 1185": the year says which)
            return f"'a {token.text} {token.head.text}' points back"
    return None


def _owner_as_subject(owner, kinds: EntityKinds) -> bool:
    """Whether a subject is a person's given name alone with its "'s", the thing owned told
    before ("Keith's was in English": Keith's speech); not a shop or a firm so named
    ("Pennington's has been on Wyle Cop", "Lloyd's", "St Paul's")."""
    return owner.dep_ in ("nsubj", "nsubjpass") and owner.pos_ == "PROPN" and \
        not any(c.dep_ in ("compound", "flat", "det") for c in owner.children) and \
        given_name_gender(owner.text) is not None and kinds.kind(owner.text) in (PERSON, None)


def _there_after_participle(token) -> bool:
    """"The lowest temperature recorded there is -38.0 C": a "there" straight after the
    participle of a noun's clause is the place told before, whatever the parser called it
    (an existential "there" opens its own clause: "said there was ...")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.lower_ == "there" and before is not None and before.tag_ in ("VBN", "VBG") \
        and before.dep_ in ("acl", "relcl")


def _identified(noun) -> bool:
    """"Who was the local member of Parliament?": a who/what question that asks which one a
    description picks out (its noun the copula's subject or complement), not one that tells
    of a named thing ("Myddelton was the local member of what?")."""
    return noun.head.lemma_ == "be" and noun.head.dep_ == "ROOT" and \
        noun.dep_ in ("attr", "nsubj") and noun.doc[0].lower_ in ("who", "what", "which")


def _said_of_name(noun) -> bool:
    """"Normandy was the site of several important developments ...": a description with
    its "of" phrase that a copula says of a name describes the name, pointing nowhere."""
    verb = noun.head
    return noun.dep_ == "attr" and verb.lemma_ == "be" and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" or c.ent_type_ in PLACING)
            for c in verb.children)


def _acting(noun) -> bool:
    """Whether a noun is what a verb tells of: its subject, or the noun of an absolute
    "with [a second team] scheduled to return"."""
    return noun.dep_ in ("nsubj", "nsubjpass") or noun.dep_ == "pobj" and \
        noun.head.lower_ == "with" and any(c.dep_ == "acl" for c in noun.children)


def _demonstrative_asked_of(token) -> bool:
    """A "that"/"this" the parser made a verb's subject after another verb, in the clause
    the question asks of ("Imran said [that] meant what?"): what it stands for is told
    before (not "what that took five?", a relative "that")."""
    question = token.doc
    return token.tag_ == "DT" and token.lower_ in DEMONSTRATIVES and \
        token.dep_ in ("nsubj", "nsubjpass") and token.i > 0 and \
        question[token.i - 1].pos_ in ("VERB", "AUX") and \
        any(t.tag_ in ("WP", "WDT", "WRB") for t in token.head.subtree)


def _hyphened(modifier) -> bool:
    """A piece of a hyphened modifier ("[full]-[size] replicas"): no word of its own."""
    doc = modifier.doc
    return modifier.i + 1 < len(doc) and doc[modifier.i + 1].text == "-" or \
        modifier.i > 0 and doc[modifier.i - 1].text == "-"


def _pro_form(question) -> str | None:
    """"ones", or "one" with an adjective or as a subject, standing for a noun the question
    does not give ("Who returned to Dayton to make new ones of solid steel?", "One in the
    bus shelter ... tipped on its side ...?"; not "better men than whom, and for worse
    ones": the noun it stands for is in the question)."""
    for token in question:
        word = token.lower_
        if (word == "ones" or word == "one" and any(c.dep_ == "amod" for c in token.children)
                and not any(c.lower_ == "of" for c in token.children)) and \
                token.pos_ in ("NOUN", "PRON") and \
                not any(t.pos_ == "NOUN" for t in question[:token.i]):
            return f"{token.text!r} points back"
        if word == "one" and token.dep_ in ("nsubj", "nsubjpass", "ROOT") and \
                token.tag_ == "CD" and not any(c.lower_ == "of" for c in token.children) and \
                not any(t.pos_ in ("NOUN", "PROPN") for t in question[:token.i]):
            return "'one' of what?"  # "One in the bus shelter ...", "One pumping water at ..."
    return None


def _cut_list(question) -> str | None:
    """A list the question cut short or stripped ("... areas, or MSAs: the Los Angeles
    area ...?", "teams from the NFL; NBA; MLB?")."""
    if any(t.text in (":", ";") for t in question):
        return "a list cut short"
    return None


def _relative_time(question) -> str | None:
    """"Some time later, ...", "... afterwards": after what? A connective that lost the
    commas around it ("When were however, Chivas suspended ...?") no longer reads."""
    for token in question:
        word = token.text.lower()
        if word in _RELATIVE_TIME and not (word in RELATIVE_TO_TEXT and token.dep_ == "prep"):
            return f"{token.text!r} points back"  # but "following the 2014 season" is placed
        if word == "next" and token.i == 1 and question[0].lower_ == "the" and \
                token.head.lower_ in TIME_WORDS:
            return "'the next' after what?"  # "The next morning Callum was at the kerb ..."
        if word == "next" and token.dep_ == "advmod" and token.head.dep_ == "ROOT" and \
                token.i > token.head.i and \
                not (token.i + 1 < len(question) and question[token.i + 1].lower_ == "to"):
            # "Wilbur flew next, covering about how many feet?" (not "next to the factory",
            # nor "the volcano most likely to erupt next", nor "Amundsen next planned to
            # drift across ...", whose plan the question says)
            return "'next' after what?"
        if word == "earlier" and " ".join(t.lower_ for t in question[token.i + 1:token.i + 3]) in (
                "in the", "that year", "that decade", "that century", "that month"):
            return "'earlier' than what?"  # "Earlier in the decade ..." (not "two days earlier")
        if word == "instead" and not (token.i + 1 < len(question) and
                                      question[token.i + 1].lower_ == "of"):
            return "'instead' of what?"  # "Wrenfield enrolled instead at ..."
        if word in CONNECTIVES and not (token.i > 0 and question[token.i - 1].text == "," and
                                         token.i + 1 < len(question) and
                                         question[token.i + 1].text == ","):
            return f"{token.text!r} out of place"
    return None


def _bare_subject(question) -> str | None:
    """A subject "the X" that only the text before names ("The talks lasted how many
    days?", "The climate is mild with how many rainy days?", "The fish market on the quay
    opens when?"): a definite subject with nothing that specifies it."""
    for token in question:
        if _inverted_passive_subject(token):
            return f"'the {token.text}' points back"
        if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in TITLES and \
                definite(token) and not specified(token):
            # a title picks out one holder only where the text around names him: "The Duke
            # also laid ...": which duke? ("the Duke of Edinburgh", "Duke Ernst" say which)
            return f"'the {token.text}' points back"
        if token.dep_ in ("nsubj", "nsubjpass") and token.tag_ == "JJS" and definite(token) \
                and all(c.dep_ == "det" for c in token.children):
            return f"'the {token.text}' of what?"  # "The highest is 72 °F, recorded when?"
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN":
            continue
        if definite(token) and not specified(token) and not _named_by_copula(token):
            return f"'the {token.text}' points back"
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "NOUN" and definite(owner) and \
                not specified(owner):
            return f"'the {owner.text}' points back"  # "The megaregion's area ..."
    return None


def _inverted_passive_subject(token) -> bool:
    """"In what year was [the disaster] followed by a forest fire?": after a fronted wh-phrase
    the parser may read a passive's subject as the copula's complement, its verb as a clause
    on it; a bare "the X" there points back as any subject does."""
    verb = token.head
    return token.dep_ == "attr" and token.pos_ == "NOUN" and definite(token) and \
        verb.dep_ == "ROOT" and verb.lemma_ == "be" and verb.i < token.i and any(
            c.dep_ == "acl" and c.tag_ == "VBN" and c.i == token.i + 1
            for c in token.children) and \
        all(c.dep_ in ("det", "acl") for c in token.children)


def _named_by_copula(subject) -> bool:
    """"The second largest employer is Asca Foods, ...": the copula names the subject."""
    verb = subject.head
    return verb.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ == "PROPN"
                                       for c in verb.children)


def _unplaced_event(question) -> str | None:
    """A past event, a question for a person, or a count or time, with no name or date
    besides the asked-for one ("Who came home angry and tired?", "Who had three children?",
    "Which person is twelve years old?", "Annual rainfall averages how many millimetres?"):
    which occasion, whom among many, where?"""
    first = question[0].text.lower() if len(question) else ""
    asks_person = first in ("who", "whom") or question.text.lower().startswith("which person")
    # "Annual rainfall averages roughly how many millimetres?": where? a count or a time of
    # nothing named is no one place's, in any tense
    asks_count_or_time = any(t.lower_ in ("many", "much") and t.i > 0 and
                             question[t.i - 1].lower_ == "how" or t.lower_ == "when"
                             for t in question)
    if not (past(question) or asks_person or asks_count_or_time):
        return None
    skip = wh_phrase(question) | {t.i for t in question if t.dep_ == "poss" and
                                   t.head.lower_ in _BODY_PARTS}
    if any(places(t) for t in question if t.i not in skip):
        return None  # (not the owner of a hand: "Who shook Kasia's hand?" says not when)
    return "no name or date places the event"


# Parts of a body: their owner's name places no gesture ("shook Kasia's hand": which time?);
# not those a ship or a place has too ("swung the Morven's head south")
_BODY_PARTS = set("hand hands shoulder shoulders cheek cheeks knee knees hair finger fingers "
                  "wrist wrists elbow elbows lips".split())

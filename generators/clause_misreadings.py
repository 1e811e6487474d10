"""Signs that the parser misread a phrase, where a clause question would come out wrong or
garbled: a description hung on the nearest name, a verb given to a subject across another
clause's noun, a possessive's noun joined to a place, a relative word without its verb, a
list read as an apposition, a name cut or read as a list. The misreadings that spoil a
whole sentence are bench.generators.sentence_misreadings."""

from __future__ import annotations

from bench.generators.asks import Ask
from bench.generators.kind_words import PERSON_ENDINGS, THING_WORDS, person_noun

# What a place is described as ("from Tjøme, a fishing port"): another description after a
# place ("from Tjøme, a man who ...") is another noun's (misapposed).
PLACE_DESCRIPTIONS = set(
    "capital city town village port harbour harbor county region province state country "
    "island islands district seat kingdom duchy parish borough suburb settlement centre "
    "center hub home birthplace site area municipality community metropolis river lake "
    "mountain valley peninsula coast bay colony territory republic nation realm county "
    "commune resort north south east west north-east north-west south-east south-west".split())


def misapposed(apposition) -> bool:
    """Whether a description set after the object of a preposition is another noun's: a
    person noun after a place ("from Tjøme, a man who ..."), anything but a kind of place
    after a city or country ("through Buenos Aires, the price of ..."), anything but a kind
    of person after "by" a person ("by Eila Hiltunen, an abstract sculpture"): the parser
    hangs an apposition on the nearest name."""
    name = apposition.head
    if apposition.pos_ == "NOUN" and apposition.lower_ in _EVENT_NOUNS and any(
            c.dep_ == "relcl" for c in apposition.children):
        return True  # "sell The Observer to Tortoise Media, a decision which ...": the sale's
    if name.dep_ != "pobj" or apposition.pos_ != "NOUN":
        return False
    word, preposition = apposition.lower_, name.head.lower_
    if preposition in _PLACE_PREPOSITIONS:
        # "the Very Large Telescope at Cerro Paranal, an array of ...": after a named thing's
        # place, anything but a kind of place may describe the thing
        placed_noun = name.head.head.pos_ == "PROPN" and name.head.head.i < name.i
        return person_noun(word) or (name.ent_type_ == "GPE" or placed_noun) and \
            word not in PLACE_DESCRIPTIONS and word.rstrip("s") not in PLACE_DESCRIPTIONS
    if preposition in ("by", "under") and _maybe_person(name):
        return not person_noun(word) and not word.endswith(PERSON_ENDINGS)
    return False


def _maybe_person(name) -> bool:
    """Whether the object of "by" may be a person's name: the tagger says so, a person noun
    stands before it ("by the poet Frédéric Mistral", which the tagger calls an
    organisation), or the tagger gives it no kind of place or body ("by Eila Hiltunen",
    taken for a work's title)."""
    if name.ent_type_ == "PERSON" or any(
            t.pos_ == "NOUN" and person_noun(t.lower_) for t in name.lefts):
        return True
    return name.ent_type_ not in _BODIES_AND_PLACES


_BODIES_AND_PLACES = {"ORG", "GPE", "LOC", "FAC", "NORP"}


# Nouns that, set after a clause ("..., a decision which provoked strikes"), describe what
# the clause tells, not the noun before the comma
_EVENT_NOUNS = set("decision move step measure change development outcome result act action "
                   "event process choice reversal blow sign gesture arrangement".split())
_PLACE_PREPOSITIONS = {"in", "at", "from", "to", "through", "near", "into", "via", "towards"}


def misparsed_subject(subject) -> bool:
    """Whether the parser gave the verb a subject from before another clause's noun that
    stands right before the verb ("Samuel Kellbrook, ..., oversaw production, while Walter
    managed sales and Dunmore handled the finances": "handled" is Dunmore's, not Samuel
    Kellbrook's). A noun right before a finite verb that is not in its subject is the sign."""
    verb = subject.head
    if verb.i < subject.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    before = verb.i - 1
    doc = subject.doc
    while before > subject.i and doc[before].head.i == verb.i and \
            doc[before].dep_ in ("aux", "auxpass", "neg", "advmod"):
        before -= 1
    word = doc[before]
    # coordinated subjects may each be the verb's ("Universal, ... and Sony also run")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return word.pos_ in ("NOUN", "PROPN") and not any(
        s.left_edge.i <= word.i <= s.right_edge.i for s in subjects)


def kin_of_a_place(possessive) -> bool:
    """"born in Whitby, Yorkshire, ..., and his wife Eliza": a possessive's noun joined to a
    place (the parser's misreading of a list), which reads as a garbled question."""
    noun = possessive.head
    first = noun.head if noun.dep_ == "conj" else None
    return first is not None and first.dep_ == "pobj" and \
        first.head.lower_ in ("in", "at", "near", "into")


def relative_without_verb(keep, ask: Ask) -> bool:
    """Whether the question would keep a relative word ("who", "whose", "which") without
    its clause's verb ("... and whose admission to his laboratory?": the verb, "had
    championed", was in a dropped aside)."""
    kept = {t.i for t in keep}
    for token in keep:
        if token.tag_ not in ("WP", "WP$", "WDT") or ask.start <= token.i < ask.end:
            continue
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i not in kept or ask.start <= verb.i < ask.end:
            return True
        # A relative clause's verb follows its relative word: "which" read as part of a
        # name under a verb before it is the parser's misreading ("a report, which Sergei
        # Korolev, chief designer ..., forwarded": "which Sergei Korolev" a second thing
        # "prepared")
        if verb.i < token.i and token.dep_ in ("det", "compound") and \
                token.head.pos_ == "PROPN":
            return True
        # "whose" owns an argument of that verb, not a phrase joined to another one ("a
        # doctorate in chemistry and whose admission": the parser's misreading)
        if token.tag_ == "WP$" and token.head.dep_ == "conj":
            return True
    return False


def list_read_as_apposition(sentence) -> set[int]:
    """Token indices of a list the parser read as an apposition and a coordination ("at
    05:30, [06:44], 10:02 and 10:41": 06:44 an apposition of 05:30; "A crater on the Moon,
    [a crater on Venus and the asteroid ...]"): the apposition would be dropped as an aside
    and the list asked without it. The head and its apposition are of one kind (numbers,
    names, nouns; a name and a named thing, "Legoland Billund, the Lego House visitor
    centre ..., and Billund Airport"), unlike "Rollo, a Viking, and his men"."""
    found = set()
    for head in sentence:
        apposed = [c for c in head.children if listed_apposition(c)]
        if apposed:
            members = apposed + [c for c in head.children if c.dep_ == "conj"]
            # the list's first member, whose question would lose the members after it
            found |= {t.i for t in head.subtree} - {t.i for m in members for t in m.subtree}
    return found


def list_of_names_misread(sentence) -> set[int]:
    """Token indices of the first member of a list of names the parser did not read as one
    ("include [Westray], Papa Westray, Sanday, ..., Wyre and North Ronaldsay": each member
    an apposition, an adverbial or a modifier of the next): asked alone, one member stands
    for all. Seen in the words: a name, then two or more names each after a comma, the
    last after "and" or "or", that the first name's parse does not take in."""
    found: set[int] = set()
    names = _name_runs(sentence)
    index = 0
    while index < len(names):
        start, end = names[index]
        after, members = end, 0
        for later_start, later_end in names[index + 1:]:
            joiner = [t.lower_ for t in sentence.doc[after:later_start]]
            if joiner == [","]:
                after, members = later_end, members + 1
                continue
            if joiner in (["and"], ["or"], [",", "and"], [",", "or"]) and members >= 1 and \
                    later_end - 1 not in _joined(sentence.doc[end - 1]):
                found |= set(range(start, end))
            break
        index += members + 1  # a later member heads no list of its own
    return found


def _joined(head) -> set[int]:
    """Token indices of a head and of all the conjuncts joined to it, at any depth."""
    found, todo = {head.i}, [head]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj" and child.i not in found:
                found.add(child.i)
                todo.append(child)
    return found


def _name_runs(sentence) -> list[tuple[int, int]]:
    """(start, end) of each run of proper nouns in the sentence."""
    runs, start = [], None
    for token in sentence:
        if token.pos_ == "PROPN" and start is None:
            start = token.i
        elif token.pos_ != "PROPN" and start is not None:
            runs.append((start, token.i))
            start = None
    if start is not None:
        runs.append((start, sentence.end))
    return runs


def one_name_read_as_a_list(sentence) -> list[set[int]]:
    """Token indices of each name with an "and" in it that the parser read as a list of
    names: "Wilmot and Crampton Bay" (a bare name joined to one that ends in "Bay",
    "Island", "Street", ...: one bay) and "the Ministry of Education, Culture and Science"
    (names joined after "of" a body's name, "Ministry", "Department", ...): a member asked
    alone garbles the name."""
    found = []
    for head in sentence:
        members = _conjuncts(head)
        if head.pos_ != "PROPN" or head.dep_ == "conj" or len(members) < 2 or \
                any(m.pos_ != "PROPN" for m in members):
            continue
        last = members[-1]
        bare_first = not any(c.dep_ in ("compound", "det", "amod") for c in head.children)
        # two members, the second a bare name too ("and the Channel Islands" is another)
        one_place = bare_first and len(members) == 2 and last.lower_ in THING_WORDS and \
            head.lower_ not in THING_WORDS and not any(c.dep_ == "det" for c in last.children)
        of_a_body = head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.pos_ == "PROPN" and head.head.head.lower_ in _BODIES and \
            not any(m.ent_type_ in ("GPE", "LOC", "NORP") for m in members)
        if one_place:
            found.append({t.i for t in head.subtree})
        elif of_a_body:  # the whole name from its body's word on
            found.append({t.i for t in head.subtree} | {head.head.i})
    return found


def titles_with_inner_words(sentence) -> list[set[int]]:
    """Token indices of each name with a small lowercase word inside that the tagger may
    not span: a title opened by a capitalised "The" or "A" inside the sentence ("Grahame's
    The Wind in the Willows") and an epithet name ("the Robert the Bruce", "Alfred the
    Great"): a part asked alone ("The Wind in what?", "the Robert what") cuts the name."""
    found, doc = [], sentence.doc
    for token in sentence:
        if token.text in ("The", "A", "An") and token.i > sentence.start:
            end = _capitalised_run(token.i + 1, sentence.end, doc)
            if end > token.i + 1:
                found.append(set(range(token.i, end)))
        elif token.text == "the" and sentence.start <= token.i - 1 and \
                token.i + 1 < sentence.end and _epithet(doc[token.i - 1], doc[token.i + 1]):
            first = token.i - 1
            while first - 1 >= sentence.start and doc[first - 1].pos_ == "PROPN":
                first -= 1
            found.append(set(range(first, token.i + 2)))
        elif token.text in _DOCUMENTS and token.pos_ == "PROPN":
            found.append(_document_title(token, sentence.start))
    return found


# Last words of a law's or treaty's title, which may hold small words ("the National Parks
# and Access to the Countryside Act 1949": "and Access to what?" cuts it).
_DOCUMENTS = {"Act", "Acts", "Treaty", "Convention", "Charter", "Statute", "Accord",
              "Agreement", "Protocol", "Declaration"}


def _document_title(last, start: int) -> set[int]:
    """The title a document word ends: back over capitalised and small words, from its
    first capitalised word, with a year after it."""
    doc, first = last.doc, last.i
    at = last.i - 1
    while at >= start and (doc[at].text[:1].isupper() and doc[at].is_alpha or
                           doc[at].lower_ in _SMALL_WORDS and doc[at].is_lower):
        if doc[at].text[:1].isupper():
            first = at
        at -= 1
    end = last.i + 1
    if end < len(doc) and doc[end].like_num and len(doc[end].text) == 4:
        end += 1
    return set(range(first, end))


def _epithet(name, after) -> bool:
    """Whether "name the after" is one name ("Robert the Bruce"): capitalised names of one
    kind on both sides, one word after "the" ("Under Scott the Manchester Guardian" is
    two names), or a capitalised word and a known epithet ("Pliny the Younger", whatever
    the tagger made of either)."""
    if name.text[:1].isupper() and after.text in EPITHETS:
        return True
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in (name, after)) and \
        bool(name.ent_type_) and name.ent_type_ == after.ent_type_ and \
        _capitalised_run(after.i, after.sent.end, after.doc) == after.i + 1


# Epithets that end a name after "the" ("Pliny the Younger", "Alfred the Great")
EPITHETS = {"Younger", "Elder", "Great", "Bold", "Pious", "Fat", "Bald", "Conqueror",
            "Confessor", "Magnificent", "Wise", "Good", "Lame", "Fair", "Unready", "Lionheart"}


def _capitalised_run(start: int, end: int, doc) -> int:
    """Where a run of capitalised words, joined by small words ("in the", "of"), ends."""
    at = last = start
    while at < end:
        word = doc[at]
        if word.text[:1].isupper() and word.is_alpha:
            last = at = at + 1
        elif word.lower_ in _SMALL_WORDS and word.is_lower:
            at += 1
        else:
            break
    return last


_SMALL_WORDS = {"the", "of", "in", "a", "an", "on", "and", "to", "at", "for", "from", "with"}


def _conjuncts(head) -> list:
    """A coordination's members in order: the head and the conjuncts chained from it."""
    members, last = [head], head
    while (following := next((c for c in last.children if c.dep_ == "conj"), None)):
        members.append(following)
        last = following
    return members


_BODIES = set("ministry department university institute school faculty college academy "
              "society office board council commission bureau agency museum".split())


def listed_apposition(token) -> bool:
    """Whether an apposition is a list's member the parser misread (see above)."""
    head = token.head
    if token.dep_ == "relcl" and token.left_edge.i > 0 and \
            token.doc[token.left_edge.i - 1].text == "," and \
            not any(t.tag_ in ("WDT", "WP", "WP$") for t in token.subtree) and \
            any(c.dep_ == "conj" for c in head.children):
        return True  # "Legoland Billund, [the Lego House visitor centre opened in 2017], and"
    if token.dep_ == "appos" and token.pos_ == "NOUN" and \
            any(c.tag_ == "PRP$" for c in token.children) and \
            any(c.dep_ == "conj" for c in token.children) and \
            token.right_edge.i + 1 < len(token.doc) and \
            token.doc[token.right_edge.i + 1].text != ",":
        return True  # "with Lightoller, [his son and a Sea Scout] aboard": three people
    named = token.pos_ == "NOUN" and head.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    return token.dep_ == "appos" and (token.pos_ == head.pos_ or named) and \
        token.pos_ in ("NUM", "PROPN", "NOUN") and \
        any(c.dep_ == "conj" for c in (*head.children, *token.children))


def lost_subject(keep, ask: Ask) -> bool:
    """Whether the question keeps a verb but leaves out its own subject ("Conflict over the
    colony were killed by a party of Métis led by whom?": the relative clause's "21
    colonists" dropped with "in which"): the verb would read as another subject's."""
    kept = {t.i for t in keep}
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in kept and
               not ask.start <= c.i < ask.end
               for verb in keep if verb.pos_ in ("VERB", "AUX") for c in verb.children)


# (not an apposition: a participle after one is its name's either way, "under Captain
# Arthur Lindsell, the line's senior master, carrying 1,412 passengers")
_SET_ASIDES = ("relcl", "acl", "advcl")


def participle_after_cut_aside(keep) -> bool:
    """Whether the question keeps a participle set off by a comma right after an aside it
    leaves out ("named after the engineer Gustave Eiffel, whose company built it for the
    Exposition of 1889, held to mark the centenary ...": cut, "held" reads as the
    engineer's; "inspired imitations, beginning with the Blackpool Tower, opened in 1894, and
    ...": "opened" reads as all the imitations'). Set after an aside, the participle may be
    the aside's last noun's, whatever the parser hung it on. (The tagger may read such a
    participle as a past tense: with no subject of its own it is none.)"""
    kept = {t.i for t in keep}
    for verb in keep:
        comma = verb.i - 1
        # (before the main verb, it is the subject's own verb read as a participle:
        # "Conflict over the colony, which lay across their routes, culminated in ...";
        # with a subject, a past tense is a clause's own verb, a participle with no
        # auxiliary a misreading: "after the mason X, whose firm ..., held to mark")
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        if verb.dep_ not in ("acl", "advcl") or verb.tag_ not in ("VBN", "VBG", "VBD") or \
                verb.i < verb.sent.root.i or comma < 1 or verb.doc[comma].text != "," or \
                subject and (verb.tag_ != "VBN" or any(
                    c.dep_ in ("aux", "auxpass") for c in verb.children)):
            continue
        if any(aside.dep_ in _SET_ASIDES and aside.i not in kept and aside.i < comma and
               aside.right_edge.i in (comma - 1, comma) for aside in verb.sent):
            return True
    return False


_NAMES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "NORP"}


def name_cut(keep) -> bool:
    """Whether the question keeps part of a name and leaves out the rest ("the Friends of
    the Settle–Carlisle Line maintain ...": "... stations Carlisle Line maintain ...?")."""
    kept = {t.i for t in keep}
    if not kept:
        return False
    sentence = keep[0].sent
    for name in sentence.ents:
        if name.label_ not in _NAMES or any(t.text == "," for t in name):
            continue  # "Hob Farm, Wendlecote" is two names
        words = {t.i for t in name if not t.is_punct and t.lower_ not in ("the", "'s")}
        if words & kept and words - kept:
            return True
    return False


def epithet_left_out(doc, ask) -> bool:
    """Whether the answer is a one-word name whose epithet the question leaves out ("Edward,
    the Black Prince, burned ...": "who burned ...?" -> Edward, one of many Edwards): an
    apposition "the <Name>" on the answer's name, outside the answer."""
    answer = range(ask.answer_start, ask.answer_end)
    if len(answer) != 1:
        return False  # "Edmond Halley, the Astronomer Royal": the whole name says who
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i not in answer and
               any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
               for i in answer for c in doc[i].children)

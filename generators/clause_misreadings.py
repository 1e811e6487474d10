"""Signs that the parser misread a phrase, where a clause question would come out wrong or
garbled: a description hung on the nearest name, a verb given to a subject across another
clause's noun, a possessive's noun joined to a place, a relative word without its verb, a
list read as an apposition, a name cut. The misreadings of names and lists of names are
bench.generators.name_misreadings; those that spoil a whole sentence are
bench.generators.sentence_misreadings."""

from __future__ import annotations

from bench.generators.asks import Ask
from bench.generators.kind_words import PERSON_ENDINGS, person_noun

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
    name = named_first(apposition.head)
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


def named_first(name):
    """The name that a chain of comma-set names stands in apposition to ("at Charlton,
    [Hertfordshire], the son of ...": Charlton, the object of "at"); the name itself when it
    is no such apposition."""
    while name.dep_ == "appos" and name.pos_ == "PROPN" and name.head.pos_ == "PROPN" and \
            name.head.i < name.i:
        name = name.head
    return name


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


def keeps_a_misreading(doc, keep, ask: Ask) -> bool:
    """Whether the question's tokens (`keep`) hold any of the parser's misreadings below, or
    leave out what a word they keep leans on."""
    return relative_without_verb(keep, ask) or lost_subject(keep, ask) or name_cut(keep) or \
        participle_after_cut_aside(keep) or epithet_left_out(doc, ask) or \
        verb_read_as_a_modifier(keep)


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


def misread_lists(sentence) -> set[int]:
    """Token indices of the lists the parser misread in either way below: no answer may take
    any of them."""
    return list_read_as_apposition(sentence) | list_joined_to_a_verb(sentence)


def list_joined_to_a_verb(sentence) -> set[int]:
    """Token indices of a list's members where the parser joined a later member to a verb:
    "included [the Large Theatre], seating about 5,000, and [the smaller roofed Odeon]"
    (the Odeon a conjunct of "included"), "retains [the former gate chapel], restored ...,
    as well as [a number of cottages]" (of "restored"). Asked alone, each member is only
    part of what the verb takes."""
    found = set()
    for member in sentence:
        verb = member.head
        if member.dep_ != "conj" or member.pos_ not in ("NOUN", "PROPN") or \
                verb.pos_ != "VERB":
            continue
        # the object the member continues: the verb's own, or that of the verb it hangs on
        owner = verb if any(c.dep_ == "dobj" for c in verb.children) else verb.head
        first = next((c for c in owner.children if c.dep_ == "dobj" and c.i < member.i), None)
        # only across an aside with a verb of its own ("the Large Theatre, seating ...,
        # and"): "inscribed the Argentine park in 1984 and the Brazilian park in 1986" shares
        # its verb, each object asked beside the other
        if first is not None and first.right_edge.i + 1 < member.i and \
                sentence.doc[first.right_edge.i + 1].text == "," and \
                any(t.pos_ == "VERB" for t in sentence.doc[first.right_edge.i + 1:member.i]):
            found |= set(range(first.left_edge.i, first.right_edge.i + 1)) | \
                set(range(member.left_edge.i, member.right_edge.i + 1))
    return found


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
    if token.dep_ == "appos" and _joined_after_its_comma(token):
        return True  # "Joseph Pease, [Edward Pease's son], and a group of Quaker associates"
    named = token.pos_ == "NOUN" and head.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    if token.dep_ == "appos" and token.pos_ == head.pos_ == "NUM" and \
            _number_follows(token.doc, token.right_edge.i + (token.right_edge.text != ",")):
        return True  # "in 1978, [1979], 1981, 1982 and 1985": a list of years, cut up
    return token.dep_ == "appos" and (token.pos_ == head.pos_ or named) and \
        token.pos_ in ("NUM", "PROPN", "NOUN") and \
        any(c.dep_ == "conj" for c in (*head.children, *token.children))


def _number_follows(doc, at: int) -> bool:
    """Whether a comma and a number stand at `at` (the list goes on; the parser may hang the
    comma on the number before it)."""
    return at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].like_num


def _joined_after_its_comma(token) -> bool:
    """Whether a subject's apposition has one conjunct, after ", and" past its own words
    ("Joseph Pease, Edward Pease's son, and a group of ... had bought": the comma closed the
    aside; what "and" joins is the subject's, a list of two; not "a painter, sculptor and
    architect")."""
    conjs = [c for c in token.children if c.dep_ == "conj"]
    if len(conjs) != 1:
        return False
    first = conjs[0].left_edge.i
    doc = token.doc
    start = token.left_edge.i
    beside = start >= 2 and doc[start - 1].text == "," and doc[start - 2].i == token.head.i
    return beside and token.head.dep_ in ("nsubj", "nsubjpass") and first >= 2 and \
        doc[first - 1].dep_ == "cc" and doc[first - 2].text == "," and \
        not any(c.dep_ == "conj" for c in token.head.children)


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
        # (before the main verb, it is the subject's own verb read as a participle:
        # "Conflict over the colony, which lay across their routes, culminated in ...";
        # with a subject, a past tense is a clause's own verb, a participle with no
        # auxiliary a misreading: "after the mason X, whose firm ..., held to mark")
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        set_off = verb.dep_ in ("acl", "advcl") and verb.tag_ in ("VBN", "VBG", "VBD") and \
            not (subject and (verb.tag_ != "VBN" or any(
                c.dep_ in ("aux", "auxpass") for c in verb.children)))
        unjoined = _unjoined_conjunct(verb, subject)
        # (an unjoined verb starts at its auxiliary, "had declined", and needs no comma: the
        # parser ended the aside before it wherever it ended the clause it cut)
        comma = (verb.left_edge.i if unjoined else verb.i) - 1
        if not (set_off or unjoined) or verb.i < verb.sent.root.i or comma < 1 or \
                verb.doc[comma].text != "," and not unjoined:
            continue
        if any(aside.dep_ in _SET_ASIDES and aside.i not in kept and aside.i < comma and
               aside.right_edge.i in (comma - 1, comma) for aside in verb.sent):
            return True
    return False


def _unjoined_conjunct(verb, subject: bool) -> bool:
    """Whether the parser joined a finite verb to the main one with no "and" ("... moored
    near Puno, while the Yapura, renamed BAP Puno, [serves] the Peruvian Navy": "serves" is
    the Yapura's, whose clause the parser ended at "renamed"; "... by demonstrating that
    residual radioactivity at the site [had declined]"): the verb has a subject in the
    sentence, only not the main clause's."""
    head = verb.head
    finite = verb.tag_ in ("VBZ", "VBP", "VBD") or verb.tag_ in ("VBN", "VBG") and any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)
    # (an "and" anywhere between joins them, whatever the parser hung it on)
    joined = verb.dep_ == "conj" and not any(
        t.dep_ == "cc" or t.lower_ in ("and", "or", "but", "nor")
        for t in (*verb.children, *verb.doc[min(head.i, verb.i):max(head.i, verb.i)]))
    # (or hung on the main verb as its clause with no word to open it: "had fallen")
    hung = verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBG") and \
        not any(c.dep_ == "mark" for c in verb.children)
    return finite and not subject and (joined or hung)


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


def verb_read_as_a_modifier(keep) -> bool:
    """Whether a question's tokens hold a verb joined by "and" that the parser read as a
    modifier of the noun after it ("visited in 1830 and [painted] Staffa, Fingal's Cave,
    exhibited at ...": "painted" an adjective of "Staffa", which became the subject of
    "exhibited", "Painted Staffa, ..., exhibited at what?"; "visited in what year?" keeps
    none of it): a past form hung on a name straight after an "and" that joins
    verbs, the name made the subject of a verb after it (not "and studied zoology", "and
    fallen stones, ..., were re-erected": plain nouns, which a participle may describe)."""
    return any(t.dep_ == "amod" and t.tag_ in ("VBN", "VBD") and t.i > 0 and
               t.doc[t.i - 1].dep_ == "cc" and t.doc[t.i - 1].head.pos_ in ("VERB", "AUX") and
               t.head.pos_ == "PROPN" and t.head.dep_ in ("nsubj", "nsubjpass")
               for t in keep)

"""What a clause's objects can be asked about, from its parse: the objects of its verbs and a
copula's description of a named subject, each whole with its modifiers and asked "what", and
the words the parser misread as objects, which nothing asks (bench.generators.phrase_asks
asks the proper adjective that sorts a noun)."""

from __future__ import annotations

from bench.generators.asks import Ask
from bench.generators.kind_words import GIVING_VERBS, PLACING_VERBS, TIME_WORDS, TRANSFER_VERBS

# Verbs whose "a/an N" object is a phrase more than a fact ("made a note", "took a room";
# not "gave a concert").
_BLEACHED_VERBS = {"make", "makes", "made", "making", "take", "takes", "took", "taken", "taking"}
# "Someone had written [a name]": what an unknown agent did to what is no one's fact
_INDEFINITE = {"someone", "somebody", "something", "anyone", "anybody", "anything", "everyone",
               "everybody", "everything", "nobody", "nothing", "no-one"}
# "support [a diverse range of wildlife]", "offers a variety of ...": an indefinite amount
# or assortment says less than any one answer would
_ASSORTMENTS = {"range", "variety", "number", "array", "host", "wealth", "abundance",
                "multitude", "plethora", "selection", "mix", "mixture", "assortment",
                "diversity", "lot", "deal", "amount", "series", "kind", "type", "sort",
                "set", "collection", "handful", "couple", "few", "great", "good"}
# "to see [the ice] break apart": what is seen doing something, which the parser may take
# into the object ("the ice on the Silverrun break")
# Nouns of time: without a number, one read as an object is an adverb ("most afternoons")
_TIMES = TIME_WORDS | {"time", "afternoon", "weekend", "while"}
_PERCEPTION = {"see", "sees", "saw", "seen", "seeing", "watch", "watches", "watched",
               "watching", "hear", "hears", "heard", "hearing", "feel", "feels", "felt",
               "feeling", "notice", "notices", "noticed", "noticing", "let", "lets",
               "letting"}
# A side or way with "either", "each", "both" read as an object is an adverb of place
_WAYS = {"side", "way", "end", "direction"}
_EACH = {"either", "each", "both", "every", "all", "neither"}
_TIME_PREPOSITIONS = {"at", "in", "during", "after", "before", "until", "by", "on"}
_HAVE = {"have", "has", "had"}
_LIGHT_VERBS = _HAVE | {"having", "get", "gets", "got", "getting", "do", "does", "did",
                       "doing"}
_WHERE = {"on", "in", "at", "against", "into", "onto", "across", "along", "over", "under",
          "beside", "behind", "inside", "outside", "beneath", "upon"}


def object_asks(sentence, misread: set[int]) -> list[Ask]:
    """Direct objects that are plain noun phrases ("swear fealty to ...", whole with their
    modifiers) and a copula's whole description of a named subject ("SoCal is a major
    economic center"); not an object in `misread` (misread_objects' tokens)."""
    asks = []
    for token in sentence:
        if token.dep_ == "dobj" and token.head.text.lower() in _LIGHT_VERBS:
            continue  # "had a profound effect": "had what?" asks for anything
        if token.dep_ == "dobj" and token.head.lower_ in _PLAY and token.lower_ in _PARTS:
            continue  # "has played [a significant part] in": an idiom, no thing played
        if token.dep_ == "dobj" and _idiom_object(token):
            continue  # "took [charge] of the work": "took what?" splits the idiom
        if token.dep_ == "dobj" and _participle_read_as_a_verb(token.head):
            continue  # "had big hands and [bitten] nails": an adjective, no act
        if token.dep_ == "dobj" and _degree(token):
            continue  # "went [a touch] fast": how fast, no thing
        if token.dep_ == "dobj" and token.pos_ == "NOUN" and not token.ent_type_:
            start, end = token.left_edge.i, _before_role(token)
            if end - start == 2 and sentence.doc[start].lower_ == "the" and \
                    end <= token.right_edge.i and not _placed(sentence.doc[end]) and \
                    not _given_to(sentence.doc[end]) and not _result(sentence.doc[end]) and \
                    not _helped(sentence.doc[end]):
                end = token.right_edge.i + 1  # "the members as the Society of Lloyd's"
            span = sentence.doc[start:end]
            # "the city": which?; "made [a note]", "took [a room]": the verb says it all
            vague = len(span) == 2 and (span[0].lower_ == "the" or span[0].lower_ in (
                "a", "an") and token.head.lower_ in _BLEACHED_VERBS)
            unknown = any(c.dep_ == "nsubj" and c.lower_ in _INDEFINITE
                          for c in token.head.children) or _assortment(token) or \
                token.i in misread
            if _plain(span, 8) and len(span) >= 2 and not vague and not unknown and \
                    not _dative_read_in(token):
                asks.append(Ask(start, end, "what", start, end, "clause-object"))
        if token.dep_ == "attr" and token.head.text.lower() in ("is", "are", "was", "were") \
                and token.pos_ == "NOUN":
            subject = [c for c in token.head.children if c.dep_ == "nsubj"]
            if subject and (subject[0].pos_ == "PROPN" or subject[0].ent_type_):
                start, end = token.left_edge.i, token.right_edge.i + 1
                if _plain(sentence.doc[start:end], 12):
                    asks.append(Ask(start, end, "what", start, end, "clause-copula"))
    return asks


_PARTS = {"part", "parts", "role", "roles"}
# Verbs that make an idiom with a bare singular noun ("took charge of", "made use of", "gave
# way to", "held office", "paid tribute to", "set fire to")
_IDIOM_VERBS = _BLEACHED_VERBS | set(
    "give gives gave given giving hold holds held holding pay pays paid paying keep keeps "
    "kept keeping lose loses lost losing gain gains gained gaining catch catches caught "
    "catching set sets setting".split())


def _idiom_object(obj) -> bool:
    """Whether an object is the bare singular noun of a verb's idiom: no article,
    possessive, number, adjective or noun before it ("took [charge] of the work", "held
    [office]"; not "took [the ship] to Leith", "built [furniture]"). A bare mass noun after
    these verbs goes too ("paid [rent]", "made [furniture]"): yield lost, not a wrong
    question."""
    return obj.head.lower_ in _IDIOM_VERBS and obj.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in obj.children)


# "a touch", "a bit", "a shade" before an adjective or adverb say how much of it
_DEGREES = {"touch", "bit", "shade", "tad", "trifle", "fraction", "notch", "hair", "whisker",
            "little", "lot", "smidgen"}


def _degree(obj) -> bool:
    """Whether an object is a degree of the adjective or adverb after it ("went [a touch]
    fast", "ran [a bit] late"; not "sold [a lot] at auction")."""
    following = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    return obj.lower_ in _DEGREES and following is not None and \
        following.tag_ in ("JJ", "JJR", "RB", "RBR") and \
        any(c.dep_ == "det" and c.lower_ == "a" for c in obj.children)


def _participle_read_as_a_verb(verb) -> bool:
    """Whether a past participle joined to a main "have" with no auxiliary of either is an
    adjective of the next object ("Kieran had big hands and [bitten] nails"; not "had
    opened the door and walked in", "had washed and dried the cups": one "had" serves both,
    nor "repeated the experiments and [accepted] the theory": the tagger's participle for a
    past tense)."""
    head = verb.head
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and head.lower_ in _HAVE and \
        head.tag_ in ("VBD", "VBZ", "VBP") and \
        not any(c.dep_ in ("aux", "auxpass") for c in [*verb.children, *head.children])


_PROTECTING = set("protect protects protected protecting shield shields shielded shielding "
                  "guard guards guarded guarding defend defends defended defending insulate "
                  "insulates insulated insulating safeguard safeguards safeguarded "
                  "safeguarding".split())
_PLAY = {"play", "plays", "played", "playing"}


def _dative_read_in(obj) -> bool:
    """Whether the parser read what a verb gives to as a modifier of its object ("gives [the
    bridge] unequal side spans of 280 metres": asked, "gives what?" -> "the bridge unequal
    side spans ..."): a noun modifier after an article, with an adjective of the same noun
    after it, where an adjective stands before the nouns that modify ("unequal bridge
    spans"; not "the wing leading edge", "a 35-kilometre parallel channel": compounds)."""
    doc = obj.doc
    return any(t.dep_ == "nmod" and t.pos_ == "NOUN" and 0 < t.i and t.i + 1 < obj.i and
               doc[t.i - 1].dep_ == "det" and doc[t.i + 1].dep_ == "amod" and
               doc[t.i + 1].tag_ == "JJ" and doc[t.i + 1].head.i == obj.i
               for t in obj.lefts)


def _before_role(obj) -> int:
    """Where an object ends: before a last "as ..." ("had developed [an interest in
    archaeology] as a young woman"), the verb's role for its subject, a passive verb's
    "by ..." ("was stained [a deep brown] by the peat"), its agent, a bare plural's "in" a
    named place, where the act was ("registering [births and deaths] in Stockport", "making
    [sails] in Cornwall"), whom a verb of giving gives to ("presented [the petition] to the
    House"), what a verb of protecting keeps off ("protects [the inner vessel] against
    shocks"), the help the act had ("resurveyed [the route] with Robert's help"), or
    where a verb that places its object puts it ("parked [the van] on Hawthorn Street"): the
    parser may hang any of them on the object (not "such as": examples of it)."""
    passive = any(c.dep_ == "auxpass" for c in obj.head.children)
    bare = not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children) and \
        obj.tag_ == "NNS"
    role = [c for c in obj.children if c.dep_ == "prep" and c.right_edge.i == obj.right_edge.i
            and (c.lower_ == "as" and obj.doc[c.i - 1].lower_ != "such" or
                 c.lower_ == "by" and passive or
                 # "protects [the inner vessel] against shocks": what from, the verb's
                 c.lower_ in ("against", "from") and obj.head.lower_ in _PROTECTING or
                 _helped(c) or
                 _given_to(c) or
                 # "registering [births and deaths] in Stockport": where the verb's act is
                 bare and c.lower_ in ("in", "at") and any(
                     t.pos_ == "PROPN" and t.dep_ == "pobj" for t in c.children) or
                 _placed(c)) or _result(c)]
    return role[0].i if role else obj.right_edge.i + 1


_MANNERS = {"help", "assistance", "aid", "support", "permission", "consent", "approval",
            "backing", "blessing", "cooperation", "co-operation", "difficulty", "ease"}


def _helped(preposition) -> bool:
    """Whether a "with ..." on an object says how its verb's act was done ("resurveyed [the
    route] with Robert's help"), no part of the object."""
    return preposition.lower_ in ("with", "without") and any(
        t.dep_ == "pobj" and t.lower_ in _MANNERS for t in preposition.children)


def _given_to(preposition) -> bool:
    """Whether a "to" on an object says whom its verb of giving hands it to ("presented [the
    petition] to the House of Commons")."""
    obj = preposition.head
    return preposition.dep_ == "prep" and preposition.lower_ == "to" and \
        obj.dep_ == "dobj" and obj.head.lower_ in GIVING_VERBS


def _result(modifier) -> bool:
    """Whether an adjective of a state after an object says what the verb left it
    ("shouldering [the door] open into the rain"), no part of the object: the object's last
    phrase (not "[a ship] strong enough to ...", "[a rail] locomotive": the tagger's
    adjective for a noun)."""
    obj = modifier.head
    return modifier.dep_ == "amod" and modifier.lower_ in _RESULT_STATES and \
        modifier.i > obj.i and modifier.right_edge.i == obj.right_edge.i


_RESULT_STATES = {"open", "shut", "closed", "ajar", "wide", "clean", "clear", "dry", "loose",
                  "tight", "straight", "apart", "empty", "smooth"}


def _placed(preposition) -> bool:
    """Whether a preposition on an object says where the object's verb puts it."""
    obj = preposition.head
    # (a bare singular noun is a field or a state, no place: "hold [a professorship in
    # physics]", "kept [the tradition] in place")
    bare = any(t.dep_ == "pobj" and t.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss", "amod", "compound") for c in t.children)
        for t in preposition.children)
    return preposition.dep_ == "prep" and preposition.lower_ in _WHERE and \
        obj.dep_ == "dobj" and obj.head.lower_ in PLACING_VERBS and not bare


def _verb_read_as_a_conjunct(obj) -> bool:
    """Whether an object's last conjunct is a bare singular noun the verb's phrase goes on
    after ("climb [the wall] and [hunt] for the ball": "hunt" a second verb): a noun joined
    to one with its article has its own, or its own words ("the wall and the gate")."""
    doc = obj.doc
    last = next((c for c in obj.children if c.dep_ == "conj"), None)
    if last is None or last.tag_ != "NN" or any(last.children) or \
            not any(c.dep_ == "det" for c in obj.children) or doc[last.i - 1].dep_ != "cc":
        return False
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return after is not None and after.pos_ == "ADP" and after.head.i == obj.head.i


def misread_objects(sentence) -> set[int]:
    """The tokens of objects the parser may have misread, where nothing is asked: a
    perception verb's object followed by what it is seen doing ("to see [the ice on the
    Kelloran break] apart": the act taken into the object), a time without a number
    read as an object ("was seen [most afternoons] on the pitch", "studied [part-time]"),
    a distance taken into an object ("ran [the tailor's two doors] down"), an object a
    noun after it continues (or one the parser read as a verb), one that continues the noun
    before it, one whose prepositional phrase begins a list of them, one that took in the
    verb's time and a side or way read as an object ("worked [either side]")."""
    found = set()
    doc = sentence.doc
    for obj in sentence:
        if obj.dep_ == "dobj" and obj.lower_.removesuffix("s") in _TIMES and not any(
                c.dep_ == "nummod" for c in obj.children):
            found |= set(range(obj.left_edge.i, obj.right_edge.i + 1))
            continue
        if obj.dep_ == "dobj" and obj.lower_.removesuffix("s") in _WAYS and any(
                c.lower_ in _EACH for c in obj.children) and not any(
                c.dep_ == "prep" for c in obj.children):
            # "worked [either side]", "walked [each way]": where or how far, no thing done
            found |= set(range(obj.left_edge.i, obj.right_edge.i + 1))
            continue
        end = obj.right_edge.i + 1
        if obj.dep_ == "dobj" and end < sentence.end and doc[end].lower_ in _DISTANCE_ADVERBS \
                and not any(c.dep_ == "pobj" for c in doc[end].children) and \
                any(c.dep_ == "nummod" for c in obj.children):
            # "had run [the tailor's two doors] down": the number and its noun are how far
            # ("two doors down"), the object only the words before
            found |= set(range(obj.left_edge.i, end))
            continue
        if obj.dep_ == "dobj" and end < sentence.end and (
                doc[end].pos_ in ("NOUN", "PROPN") or _list_goes_on(doc, end, sentence.end) or
                _list_hung_before(doc, end, obj.left_edge.i)):
            # a noun right after the object continues it ("a connection with the river
            # [god Sarvos]"), or a list its last word began does ("contributions to
            # [analysis], number theory, infinite series and ..."), or one the parser hung on
            # a word before the object does ("raised [concerns about ...], the disruption to
            # ... and the scale of ..."): the parser cut the phrase
            found |= set(range(obj.left_edge.i, end))
            continue
        if obj.dep_ == "dobj" and obj.left_edge.i - 1 > obj.head.i and \
                doc[obj.left_edge.i - 1].pos_ in ("NOUN", "PROPN") and \
                doc[obj.left_edge.i - 1].dep_ == "pobj":
            # "lived in a house with a yard [the size of a tablecloth]": an "object" right
            # after a preposition's noun describes that noun (not "granted [the citizens] a
            # charter": a verb's first object)
            found |= set(range(obj.left_edge.i, obj.right_edge.i + 1))
            continue
        if obj.dep_ == "dobj" and end + 1 < sentence.end and doc[end].text == "," and \
                doc[end + 1].pos_ == "ADP" and any(
                    t.lower_ == doc[end + 1].lower_ and t.head.i == obj.i for t in obj.children):
            # "made [important contributions to the Battle of the Atlantic], to the campaigns
            # in ..., and to ...": a list of the object's "to"s, cut at its first
            found |= set(range(obj.left_edge.i, end))
            continue
        if obj.dep_ == "dobj" and end < sentence.end and doc[end].pos_ == "VERB" and \
                doc[end].dep_ == "conj" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in doc[end].children):
            # "carried [a tray of plastic cups of orange] squash out": the noun after the
            # object read as a second verb with no "and"
            found |= set(range(obj.left_edge.i, end + 1))
            continue
        if obj.dep_ == "dobj" and any(
                c.dep_ == "prep" and c.lower_ in _TIME_PREPOSITIONS and any(
                    t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in obj.children):
            # "abandoned [the attempt at the end of the decade]": the time is the verb's
            found |= set(range(obj.left_edge.i, obj.right_edge.i + 1))
            continue
        if obj.dep_ == "dobj" and obj.head.lower_ in TRANSFER_VERBS and not any(
                c.dep_ in ("det", "poss", "nummod", "amod") for c in obj.children) and any(
                c.dep_ == "prep" and c.lower_ == "between" for c in obj.children):
            # "moved [penicillin between solvent and water]": a bare noun's "between" is
            # where the verb moves it, no kind of it (not "built [a road between ...]",
            # "settle [disputes between landlords and tenants]")
            found |= set(range(obj.left_edge.i, obj.right_edge.i + 1))
            continue
        if obj.dep_ == "dobj" and _verb_read_as_a_conjunct(obj):
            # "to climb [the wall and hunt] for the ball": the second verb read as a noun
            found |= set(range(obj.left_edge.i, obj.right_edge.i + 1))
            continue
        if obj.dep_ != "dobj" or obj.head.lower_ not in _PERCEPTION:
            continue
        start, end = obj.left_edge.i, obj.right_edge.i + 1
        # a "noun" with an adverb after it is the act ("break apart")
        acting = any(t.pos_ == "NOUN" and any(c.dep_ in ("advmod", "prt") and c.i > t.i
                                              for c in t.children) for t in doc[start:end])
        if acting or end < sentence.end and doc[end].pos_ not in (
                "PUNCT", "ADP", "CCONJ", "SCONJ"):
            found |= set(range(start, end))
    return found


_DISTANCE_ADVERBS = {"down", "up", "away", "along", "off", "ahead", "behind", "back", "further",
                     "farther"}


def _list_goes_on(doc, comma: int, end: int) -> bool:
    """Whether ", X, Y and Z" after an object is a list the parser hung elsewhere: after the
    comma, a noun phrase whose noun heads a coordination (the object itself has none)."""
    if doc[comma].text != "," or comma + 1 >= end:
        return False
    after = doc[comma + 1]
    noun = after.head if after.dep_ in ("compound", "amod") else after
    return after.pos_ in ("NOUN", "PROPN", "ADJ") and noun.pos_ in ("NOUN", "PROPN") and \
        noun.i > comma and any(c.dep_ == "conj" for c in noun.children)


def _list_hung_before(doc, comma: int, start: int) -> bool:
    """Whether ", the X ... and the Y" after an object goes on the object's list while the
    parser hung it on a word before the object ("raised [concerns about the loss of
    farmland and homes], the disruption to a remote community and the scale of ...":
    "the disruption" set beside the sentence's subject), a phrase with a "the X" joined
    inside."""
    if doc[comma].text != "," or comma + 1 >= len(doc) or doc[comma + 1].dep_ != "det":
        return False
    noun = doc[comma + 1].head
    return noun.i > comma and noun.dep_ in ("appos", "conj") and noun.head.i < start and \
        any(t.dep_ == "conj" and t.pos_ == "NOUN" and any(c.dep_ == "det" for c in t.children)
            for t in noun.subtree if t.i > noun.i)  # not ", a process accelerated by ..."


def _assortment(noun) -> bool:
    """"a diverse range of wildlife", "a number of ...": an indefinite amount of something."""
    return noun.lower_ in _ASSORTMENTS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _plain(span, most: int = 6) -> bool:
    """A noun phrase of at most `most` words with no pronoun, quote or clause inside, that
    does not start inside a name ("Cnut [the Great's conquest]")."""
    before = span.doc[span.start - 1] if span.start > span.sent.start else None
    return (0 < len(span) <= most and (before is None or before.pos_ != "PROPN") and not any(
        t.pos_ in ("PRON", "VERB", "AUX", "PUNCT") and t.text not in ("-", ",") or
        t.tag_ in ("PRP$", "WDT", "WP") for t in span))

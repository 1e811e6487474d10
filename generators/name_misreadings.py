"""Names the parser misreads as lists and lists it misreads as names: a list of names whose
first member it reads alone ("include Westray, Papa Westray, ..., Wyre and North
Ronaldsay"), one name with an "and" asked in halves ("Wilmot and Crampton Bay", "the
Snowdon Mountain Tramroad and Hotels Company"), a title with small words inside cut ("The
Wind in the Willows", "the National Parks and Access to the Countryside Act 1949") and a
name with its epithet ("Alfred the Great"). The clause extractor (bench.generators.clauses)
keeps such names whole or asks none of them; the other misreadings of a phrase are
bench.generators.clause_misreadings."""

from __future__ import annotations

from bench.generators.kind_words import THING_WORDS


def whole_names(sentence) -> list[set[int]]:
    """Token indices of each name an answer must take whole or not at all: the names with
    an "and" read as lists and the titles and epithets with small words inside."""
    return one_name_read_as_a_list(sentence) + titles_with_inner_words(sentence)


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
    (names joined after "of" a body's name, "Ministry", "Department", ...) and "the Snowdon
    Mountain Tramroad and Hotels Company" (one firm's, building's or work's name the entity
    tagger spans whole): a member asked alone garbles the name."""
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
        entity = _one_entity(head, last)
        # "the Snowdon Mountain Tramroad and Hotels Company": one firm ("and the East India
        # Company", with its own "the", is another)
        one_firm = len(members) == 2 and last.lower_ in _FIRMS and head.lower_ not in _FIRMS \
            and not any(c.dep_ == "det" for c in last.children)
        if one_firm:
            found.append(set(range(head.left_edge.i, last.i + 1)))
        elif one_place:
            found.append({t.i for t in head.subtree})
        elif entity is not None:  # the entity's words, not the clauses hung on its name
            found.append(set(range(entity.start, entity.end)))
        elif of_a_body:  # the whole name from its body's word on
            found.append({t.i for t in head.subtree} | {head.head.i})
    return found


_FIRMS = {"company", "co", "co.", "ltd", "ltd.", "limited", "corporation", "plc", "inc",
          "inc.", "partnership"}
# Entities whose names may hold an "and" ("Marks and Spencer", "the Tramroad and Hotels
# Company"); lists of people and places the tagger may run together are not trusted
_ONE_NAME_LABELS = {"ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}


def _one_entity(head, last):
    """The entity of a kind that names one thing in which a list's first and last members
    both lie, or None."""
    entity = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    return entity if entity is not None and entity.label_ in _ONE_NAME_LABELS and \
        last.i < entity.end else None


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

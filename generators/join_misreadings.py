"""Misreadings of how a sentence's clauses are joined: a verb, subject or phrase the parser
hung on the wrong side of an "and", a comma or a ";". The clause extractor asks nothing of a
sentence where any is found (bench.generators.sentence_misreadings.misread_sentence)."""

from __future__ import annotations

from bench.generators.kind_words import TIME_WORDS

# Verbs that take a person and a thing, whose past tense is their participle: after a
# passive ("had been warned ... and told one story") either reading fits.
_TWO_OBJECT_VERBS = set("told sent paid taught offered promised awarded granted handed lent "
                        "sold brought bought allowed denied refused asked owed left assigned "
                        "fed found read served passed charged".split())


def subject_read_as_a_conjunct(sentence) -> bool:
    """Whether the parser joined a next clause's subject to an object by "and", leaving its
    verb with no subject ("uses the Britannia Bridge, and [the Menai Suspension Bridge]
    carries the A5": "uses what carries the A5?" -> "the Britannia Bridge, and the Menai
    Suspension Bridge")."""
    for verb in sentence:
        before = verb.doc[verb.i - 1] if verb.i > sentence.start else None
        # (present tense: a past form may be a participle, "a service opened in 1850")
        if verb.tag_ in ("VBZ", "VBP") and verb.dep_ in ("ccomp", "conj") and \
                before is not None and before.pos_ in ("NOUN", "PROPN") and \
                before.dep_ == "conj" and before.head.dep_ in ("dobj", "pobj", "attr") and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return True
        if verb.tag_ in ("VBZ", "VBP") and verb.dep_ == "advcl" and before is not None and \
                before.text == "," and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark")
                                               for c in verb.children) and \
                _list_object_ending_at(verb.doc[before.i - 1]):
            # "houses the Museum and the Foundation, and [the Society], established in 1974
            # ..., [awards] a prize": a bare present verb after a comma, hung on the main verb
            return True
    return False


def _list_object_ending_at(token) -> bool:
    """Whether an object that is a list (or a list's later member) ends at `token`."""
    reach = [token, *token.ancestors]
    for node in reach:
        if node.right_edge.i != token.i:
            return False
        if node.pos_ in ("NOUN", "PROPN") and (
                node.dep_ in ("dobj", "pobj", "attr") and any(c.dep_ == "conj"
                                                               for c in node.children) or
                node.dep_ == "conj" and node.head.dep_ in ("dobj", "pobj", "attr")):
            return True
    return False


def gerund_joined_to_a_finite_verb(sentence) -> bool:
    """Whether the parser joined a bare "-ing" word to a past or present verb by "and", no
    helping verb of its own ("ordered the removal of the bronze beams and [sheathing] from
    the ceiling": a noun of the object read as a second verb, "ordered what and sheathing
    ...?")."""
    return any(t.dep_ == "conj" and t.tag_ == "VBG" and t.head.tag_ in ("VBD", "VBZ", "VBP")
               and t.doc[t.i - 1].lower_ in ("and", "but") and all(
                   c.dep_ in ("prep", "punct") or c.dep_ in ("cc", "conj") and c.i > t.i
                   for c in t.children)
               # (not "and [imposing] strict economies": its own object); "built the roads,
               # but [poaching] and vandalism continued": a subject read as a second verb
               for t in sentence)


def active_verb_after_a_passive(sentence) -> bool:
    """Whether a verb joined to a passive one without a subject of its own may be read
    either way ("Michael had been warned by his mother and told only one story": he told
    one, or was told one; a question that keeps "had been" asks the second): a past tense
    the tagger reads as active, of a verb with two objects, after a passive verb."""
    return any(verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.lower_ in _TWO_OBJECT_VERBS
               and any(c.dep_ == "dobj" for c in verb.children)
               and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
               and any(c.dep_ == "auxpass" for c in verb.head.children) for verb in sentence)


def verb_joined_without_a_join(sentence) -> bool:
    """Whether the parser joined the second verb of a subordinate clause to the main verb
    ("took photographs of pepsin, showing that crystals kept moist in their mother liquor
    [gave] sharp patterns": "gave" read as a second "took", with no subject and nothing
    joining them; asked, the clauses splice). Such a verb follows, with no "and" or comma,
    a word of a clause that has its own subject and hangs on the main verb."""
    doc = sentence.doc
    for verb in sentence:
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.left_edge.i <= verb.head.i or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        before = doc[verb.left_edge.i - 1]
        if before.is_punct or before.dep_ == "cc":
            continue
        clause = next((a for a in before.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is not None and clause.i != verb.head.i and clause.i > verb.head.i and \
                clause.dep_ in ("ccomp", "advcl", "relcl") and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return True
    return False


def subject_list_joined_to_a_verb(sentence) -> bool:
    """Whether the parser joined the first member of the next clause's subject to the verb
    before ("reared on Eastern Egg Rock, and [decoys], mirrors and recorded calls were used
    ...": "decoys" a conjunct of "reared"; asked, "reared on what, and decoys?"). A noun
    joined to a verb by gapping ("received X in 1924 and Y in 1925") has no subject after
    its comma."""
    doc = sentence.doc
    for token in sentence:
        if token.dep_ != "conj" or token.pos_ not in ("NOUN", "PROPN") or \
                token.head.pos_ != "VERB" or token.i + 2 >= sentence.end:
            continue
        after = doc[token.i + 2]
        if doc[token.i + 1].text == "," and after.pos_ in ("NOUN", "PROPN") and \
                after.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def subject_before_its_join(sentence) -> bool:
    """Whether the parser gave a joined clause a subject from before the ";", "and" or ","
    that joins it ("X was for a time [the only bridge] across the river; from 1309 Avignon
    was ...": the first clause loses its complement, which reads as the second's subject).
    A joined clause's own subject stands after what joins it."""
    for verb in sentence:
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
            continue
        joins = [c for c in verb.head.children if verb.head.i < c.i < verb.i and (
            c.dep_ == "cc" or c.text in (";", ","))] + [
            c for c in verb.children if c.i < verb.i and (c.dep_ == "cc" or c.text in (";", ","))]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if joins and any(s.left_edge.i < min(j.i for j in joins) for s in subjects):
            return True
    return False


def modifier_after_its_join(sentence) -> bool:
    """Whether the parser hung a phrase that follows a joined clause on the verb before
    it ("X is administered by Y, and 34,000 people live within its boundaries, [in towns
    such as ...]": the phrase is the second clause's; asked of the first it garbles it)."""
    for verb in sentence:
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        if any(c.i > verb.i and c.dep_ not in ("punct", "cc", "conj")
               for c in verb.head.children):
            return True
    return False


def verb_forms_that_disagree(sentence) -> bool:
    """Whether the parser joined a bare verb to an "-s" verb, the bare one with no subject or
    helping verb of its own ("supports colonies of petrels and shearwaters, both of which
    nest in burrows and [come] ashore only at night": the relative clause's second verb read
    as the main verb's, "Skellig Michael supports ... and come ashore only when?"). Verbs
    that share a subject share its form. (Not after a past verb: the tagger reads many a
    past form as bare, "rowed out and [cut] holes", "watched ... and [drank] coffee".)"""
    return any(t.dep_ == "conj" and t.tag_ == "VB" and t.head.tag_ == "VBZ" and
               t.head.pos_ == "VERB" and not any(
                   c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children)
               for t in sentence)


def subject_inside_an_aside(sentence) -> bool:
    """Whether the parser took a clause's subject into a participle's aside before its verb,
    leaving the verb with none ("..., while [another], bought in 1952 from the King's
    School, for £12,500, is displayed at Parliament House": "another" read as the subject
    of "bought"; the aside dropped, "... in Washington is displayed at what?" runs two
    copies into one): a finite verb after a comma with no subject, whose participle clause
    before it has one."""
    for verb in sentence:
        finite = verb.tag_ in ("VBZ", "VBD", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBD", "VBP", "MD")
            for c in verb.children)
        if not finite or verb.dep_ not in ("ccomp", "conj") or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        if any(c.dep_ == "advcl" and c.i < verb.i and c.tag_ in ("VBN", "VBG") and
               any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
               for c in verb.children):
            return True
    return False


def participle_read_as_a_clause(sentence) -> bool:
    """Whether the parser joined a noun's "-ing" participle to a verb as a clause of its own,
    the noun its subject, and left the real verb after it with none ("made a pilgrimage to
    Chartres in 1912, and [his verses] on the cathedral [rising] above the plain [inspired]
    an annual pilgrimage": "made what to Chartres in 1912, inspired an annual ...?"): an
    "-ing" word joined to a verb with a subject and no helping verb, and a finite verb
    joined after it with no subject."""
    for participle in sentence:
        if participle.dep_ != "conj" or participle.tag_ != "VBG" or any(
                c.dep_ in ("aux", "auxpass") for c in participle.children) or not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in participle.children):
            continue
        if any(v.dep_ == "conj" and v.i > participle.i and v.tag_ in ("VBD", "VBZ", "VBP") and
               not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
               for v in participle.head.children):
            return True
    return False


def object_read_as_a_subject(sentence) -> bool:
    """Whether the parser gave a verb's object to the next clause as its subject ("was used
    to detain [German, Italian and Japanese nationals ...], and the Coast Guard operated
    ...": "detain" left with no object, the nationals read as joined to the Coast Guard):
    the subject of a joined clause that starts straight after an infinitive with no object,
    or of the main clause straight after its opening clause's ("Rather than demolish [the
    Romanesque nave], Wykeham's master mason, William Wynford, recased ...": the mason read
    as the nave's apposition, the nave as the subject)."""
    doc = sentence.doc
    for subject in sentence:
        start = subject.left_edge.i
        if subject.dep_ != "nsubj" or start <= sentence.start:
            continue
        verb = doc[start - 1]
        if subject.head.dep_ != "conj" and not (verb.dep_ == "advcl" and
                                                verb.head.i == subject.head.i):
            continue
        # (an infinitive only: "realised [Ryan] had stopped", "that it lasted [the town]
        # talked" are a past verb's own clause or a missing comma, the facts around them fine)
        if verb.pos_ == "VERB" and verb.tag_ == "VB" and not any(
                c.dep_ in ("dobj", "attr", "ccomp", "xcomp", "dative", "prt", "acomp", "oprd")
                for c in verb.children):
            return True
    return False


def noun_read_as_the_main_verb(sentence) -> bool:
    """Whether the parser made a noun the sentence's bare-form main verb, the subject before
    a relative clause its subject ("Norsk Hydro, which entered into cooperation with the
    German chemical [combine] IG Farben in 1927, converted ...": "combine" the root, "which
    chemical?" asked): a root of the bare form whose subject, one name or noun, has a
    relative clause between them, and no helping verb, "to" or "do" of its own. (Not "The
    island and the sands [form] ...", two subjects; a noun read as a verb straight after its
    subject, "The Australian [solver] Feliks Zemdegs dominated ...", leaves the clauses'
    own questions whole.)"""
    root = sentence.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    return root.tag_ == "VB" and len(subjects) == 1 and \
        subjects[0].tag_ in ("NNP", "NN") and \
        any(c.dep_ == "relcl" for c in subjects[0].children) and \
        not any(c.dep_ == "conj" for c in subjects[0].children) and \
        not any(c.dep_ in ("aux", "auxpass", "mark") for c in root.children)


def apposition_run_into_a_verb(sentence) -> bool:
    """Whether the parser read the next clause's subject as an object's apposition ("The
    European Union established [a ... Coordination Cell], the International Civil Aviation
    Organization revised its guidance, ...": asked, "What established a ... Cell revised its
    guidance?"): an apposition followed straight away by a past or present verb with an
    object but no subject of its own."""
    doc = sentence.doc
    for noun in sentence:
        after = noun.right_edge.i + 1
        if noun.dep_ != "appos" or after >= sentence.end:
            continue
        verb = doc[after]
        # (with an object of its own: a bare verb after a noun's apposition is more often a
        # participle the tagger took for a past tense, "[a corvette of the Royal Navy]
        # converted for the voyage", or a noun for a verb, "a sequence of basalt [flows]")
        if verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and \
                any(c.dep_ == "dobj" for c in verb.children):
            return True
    return False


def preposition_object_read_as_a_subject(sentence) -> bool:
    """Whether the parser took a preposition's object for the subject of a clause after it
    ("came from [Kepler], whose Astronomia nova of 1609 replaced circular orbits ...": Kepler
    made the subject of "replaced", the relative's subject dropped; asked, "came from Kepler
    replaced what?"): a bare name or noun as a subject straight after a preposition that has
    no object."""
    doc = sentence.doc
    # (a name or noun alone, not a sentence's opening preposition: a date read into the
    # subject after one, "On 6 March 2021 Pope Francis held ...", "began on 19 May 1994,
    # and Eurostar services ...", leaves the clauses' questions whole; nor a wh-word, whose
    # clause is the preposition's object: "disputes over who should bear the cost")
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == t.i and
               t.i - 1 > sentence.start and t.tag_ not in ("WP", "WDT") and
               doc[t.i - 1].dep_ == "prep" and doc[t.i - 1].pos_ == "ADP" and
               not any(doc[t.i - 1].children) for t in sentence)


def relative_read_as_a_joined_clause(sentence) -> bool:
    """Whether the parser read a date's apposition and its relative clause as a second
    clause joined by a comma alone ("completed in 1967, [the year] MacLeod was created a
    life peer": "the year (when) MacLeod was created ...", asked "The year MacLeod was
    created what?"): a verb joined with no "and", with "the" and a time word before it, just
    after the comma."""
    doc = sentence.doc
    for verb in sentence:
        if verb.dep_ != "conj" or any(c.dep_ == "cc" and verb.head.i < c.i < verb.i
                                      for c in verb.head.children):
            continue
        for time in verb.children:
            if time.dep_ == "npadvmod" and time.lower_ in TIME_WORDS and \
                    time.i < verb.i and time.left_edge.i > sentence.start and \
                    doc[time.left_edge.i - 1].text == "," and \
                    any(c.dep_ == "det" and c.lower_ == "the" for c in time.children):
                return True
    return False

"""Whether the text calls a person "he" or "she", so a next sentence's "She" is never taken
for a man ("Conor Hale died in Cork in 1949. She died in Galway ...": she is someone else).

Votes per name, from the whole text: a title ("Mrs Rafferty", "Sir Malcolm", "Queen Emma")
weighs three; each "he/him/his" or "she/her/hers" of a sentence whose main subject the name
is weighs one, when nothing else in the sentence could be what the pronoun means: no other
name that may be a person's, no person noun ("her father", "the widow"), no "him" or "her"
that is someone else ("Malcolm told her to ..., and she didn't"), no quoted speech. Only a
pronoun of the subject's own clause counts: "his" or "her" things, "himself", a next
clause's "he" ("Jonah was twenty-two, and he had grown up ..."), not one under a verb with
a subject of its own.
A name is "he" or "she" only when that side has votes and at least twice the other's;
otherwise the text does not say, and the pronoun resolves as it did before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

from bench.generators.clause_text import quoted_speech

MALE_TITLES = set("mr sir lord king prince duke emperor baron count earl father brother uncle "
                  "monsieur herr señor signor".split())
FEMALE_TITLES = set("mrs miss ms lady queen princess duchess empress baroness countess dame "
                    "mother sister aunt madame mademoiselle frau señora signora".split())
# the gender each third-person pronoun says
GENDERED_PRONOUNS = {"he": "he", "him": "he", "his": "he", "himself": "he",
                     "she": "she", "her": "she", "hers": "she", "herself": "she"}


class PronounVote(NamedTuple):
    """One sentence's pronouns for its named subject, and the sentence's other names (each
    may turn out a person's, which makes the vote void)."""

    name: str
    others: tuple[str, ...]
    he: int
    she: int


def title_gender(words: list[str]) -> str | None:
    """"he" or "she" for a title ("Mrs", "Sir."), None for any other word."""
    word = words[0].lower().strip(".") if words else ""
    return "he" if word in MALE_TITLES else "she" if word in FEMALE_TITLES else None


def sentence_vote(sentence, mentions, key_of, person_nouns: set[str]) -> PronounVote | None:
    """The pronouns of a sentence whose main clause has one of `mentions` (the sentence's
    names) for its subject; None when the sentence has quoted speech, a person noun or no
    such subject. `key_of` gives a mention's name as the votes file it."""
    if quoted_speech(sentence.text) or any(t.pos_ == "NOUN" and t.lower_ in person_nouns
                                           for t in sentence):
        return None
    subject = next((m for m in mentions if m.root.dep_ in ("nsubj", "nsubjpass") and
                    m.root.head.i == sentence.root.i), None)
    if subject is None:
        return None
    own = {t.i for t in subject}
    pronouns = [t for t in sentence if t.lower_ in GENDERED_PRONOUNS and t.i not in own]
    if any(not _subject_own(t, sentence.root) for t in pronouns if t.tag_ == "PRP"):
        return None  # "told her", "seen her lose": another person is in the sentence
    counts = Counter(GENDERED_PRONOUNS[t.lower_] for t in pronouns
                     if _in_main_clause(t, sentence.root))
    others = tuple(key_of(m.text) for m in mentions if m is not subject)
    return PronounVote(key_of(subject.text), others, counts["he"], counts["she"])


def _subject_own(pronoun, root) -> bool:
    """Whether a personal pronoun can be the subject's: "himself", or the subject "he" of a
    clause joined to the main one."""
    return pronoun.lower_.endswith("self") or pronoun.dep_ in ("nsubj", "nsubjpass") and (
        pronoun.head.i == root.i or pronoun.head.dep_ == "conj" and pronoun.head.head.i == root.i)


def _in_main_clause(pronoun, root) -> bool:
    """Whether no verb with a subject of its own stands between the pronoun and the main
    verb ("Kofi saw [Ines lose her temper]": her is Ines's)."""
    token = pronoun.head if pronoun.dep_ in ("nsubj", "nsubjpass") else pronoun
    while token.i != root.i and token.head.i != token.i:
        token = token.head
        if token.i != root.i and token.dep_ != "conj" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return False
    return token.i == root.i


def name_gender(key: str, votes: dict[str, Counter], pronoun_votes: list[PronounVote],
                is_thing: Callable[[str], bool]) -> str | None:
    """"he" or "she" for a name from every form of it ("Kofi", "Kofi Mensah"): its title
    votes (in `votes`, by name) and the pronoun votes of sentences whose other names are
    all things (`is_thing`: a place, a ship, a firm), so the pronouns can be no one else's."""
    he = she = 0
    for other, counted in votes.items():
        if same_person(key, other):
            he, she = he + counted["he"], she + counted["she"]
    for vote in pronoun_votes:
        if same_person(key, vote.name) and all(
                same_person(vote.name, o) or is_thing(o) for o in vote.others):
            he, she = he + vote.he, she + vote.she
    return _decide(he, she)


def _decide(he: int, she: int) -> str | None:
    """"he" or "she" where that side's votes are at least twice the other's."""
    if he and he >= 2 * she:
        return "he"
    if she and she >= 2 * he:
        return "she"
    return None


def same_person(key: str, other: str) -> bool:
    """Whether two forms of a name may be one person's ("Kofi" and "Kofi Mensah")."""
    if key == other:
        return True
    short, long = sorted((key.split(), other.split()), key=len)
    return len(short) == 1 and 2 <= len(long) <= 3 and short[0] in (long[0], long[-1])

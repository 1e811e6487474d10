"""Names in ordinary prose: capitalised spans that are not sentence-initial common words,
whether each is a person, and invented names in the text's own style (decoys).

No model: a name is a capitalised word (or a run of them joined by "of", "de", ...) whose
lowercase form is not an ordinary English word (bench.core.english) and never occurs in
lowercase in the text itself ("Spring came" is no name when the text says "in the spring").
"""

from __future__ import annotations

import random
import re

from bench.core.english import is_common_word
from bench.generators.given_names import capitalised_given_names
from bench.generators.kind_words import THING_WORDS

CAPWORD = r"[A-ZÀ-Þ][\w'’-]*[\w]|[A-ZÀ-Þ]"
CONNECTORS = r"(?:of|de|du|la|le|von|van|der|the)"
NAME = rf"(?:{CAPWORD})(?: (?:{CONNECTORS} )?(?:{CAPWORD}))*"
TITLES = ("King", "Queen", "Prince", "Princess", "Lord", "Lady", "Duke", "Duchess", "Emperor",
          "Empress", "Count", "Countess", "Baron", "Baroness", "Chief", "Captain", "General",
          "Sir", "Dame", "Doctor", "Professor", "Mayor", "Governor", "Bishop", "Abbot", "Saint")
RULER_TITLES = frozenset({"King", "Queen", "Emperor", "Empress", "Duke", "Duchess", "Prince",
                          "Princess", "Lord", "Lady", "Count", "Countess", "Baron", "Baroness",
                          "Chief", "Governor", "Mayor"})
PERSON_NOUNS = ("son daughter wife husband brother brothers sister father mother child widow heir "
                "friend merchant architect painter novelist author poet sailor shepherd scholar "
                "captain soldier farmer miller smith priest monk nun doctor surgeon physician "
                "teacher student writer artist musician singer composer engineer scientist "
                "inventor explorer keeper advisor servant guard knight warrior hunter fisherman "
                "founder owner maker player leader ruler lord lady king queen prince princess "
                "man woman boy girl").split()
# Words that open an adverbial, never a name: "[During the First World War Meitner] served
# ..." and "[When the Trans-Siberian Railway] reached ..." are no subjects
ADVERBIAL_OPENERS = {
    "During", "When", "After", "Before", "While", "Since", "Although", "Though", "As", "Once",
    "Until", "Following", "Despite", "Throughout", "Under", "Upon", "If", "Because", "Whereas",
    "Unlike", "Like", "Without", "With", "From", "In", "On", "At", "By", "For", "Between",
    "Among", "Amid", "Against", "Within", "Through", "Towards", "Downstream", "Upstream",
    "Beyond", "Above", "Below", "Beside", "Near", "Across", "Along", "Around", "Inside",
    "Outside", "Opposite"}
# Where a name is a person's: after a title, "named", "the painter", "son of", "by" (an
# agent), "name was", before ", a merchant" (not ", a merchant brig"), or as the subject
# (not after "of", "in", ...) of "who", "said".
_PERSON_CUES = re.compile(
    rf"(?:\b(?:{'|'.join(TITLES)}) (?P<a>{CAPWORD})|\b(?:named|called) (?P<b>{CAPWORD})|"
    rf"(?<!of )(?<!in )(?<!to )(?<!at )(?<!from )(?<!by )\b(?P<c>{CAPWORD})"
    rf"(?:, [^,]{{3,60}})?,? (?:who|said|says|asked|told|replied|describes|described|advises|"
    rf"advised|recommends|recommended|states|stated|observed|showed|found)\b|"
    rf"\b(?:{'|'.join(PERSON_NOUNS)}) (?:of )?(?P<d>{CAPWORD})|"
    rf"\b(?:founded|built|written|designed|painted|ruled|made) (?:in \d+ )?by (?P<e>{CAPWORD})|"
    rf"\b(?P<f>{CAPWORD}), (?:a|an|the) (?:[a-z]+ )?(?:{'|'.join(PERSON_NOUNS)})"
    rf"(?=[,.;:!?]| (?:of|from|who|with|in|at|on|to|for|and|named|called|whose)\b)|"
    rf"\bname (?:is|was) (?P<g>{CAPWORD}))")
_WORD = re.compile(r"[\w'’-]+")
_GIVEN = capitalised_given_names()


# A name with a verb after it is another clause's subject ("..., and by the age of eight
# Isambard is said to have learned ...").
_SUBJECT_AFTER = re.compile(r" (?:is|was|were|had|has|did|would|could|said|\w+ed|went|came|"
                            r"took|made|gave|left|became|began|wrote|met|found|saw|sent|built|"
                            r"bought|sold|told|ran|fell|rose|won|lost|spent|kept|held|brought|"
                            r"led|paid|got|set|put|sat|stood|heard|knew|grew|drew|flew|swore|"
                            r"fought|taught|caught|sought|struck)\b")
# Ordinary words that open place names ("Lake St Clair", "Mount Wellington", "Cape Grim"):
# at a sentence start they are the name's, not a capitalised opener to drop
NAME_OPENERS = frozenset("Lake Loch Mount Mont Cape Fort Port Point Isle Glen Saint St St. "
                         "San Santa Sierra".split())


class Names:
    """The names of one text, and which of them are people."""

    def __init__(self, text: str):
        self.text = text
        self.lowercase_words = {w for w in _WORD.findall(text) if w[:1].islower()}
        # Capitalised words seen inside sentences: a word capitalised only where sentences
        # start ("Tourism has grown") is no name unless a cue says it is a person.
        self.inner_capitals = {m.group(1) for m in re.finditer(r"[a-z,;:] ([A-ZÀ-Þ][\w'’-]*)",
                                                                " ".join(text.split()))}
        self.people = {m for match in _PERSON_CUES.finditer(" ".join(text.split()))
                       for m in match.groupdict().values() if m and self.is_name(m)}
        # kept apart from `people`: a surname names a person only as a name's last word
        # ("Dunmore" of "Sir Malcolm Dunmore" is no person in "Dunmore Lines")
        self.surnames = self._given_named()

    def _given_named(self) -> set[str]:
        """The surnames after a common given name ("Edmund Hale Carver" makes "Carver" a
        person), not a place's or a body's last word ("George Street"); matches may overlap
        ("Sir Walter Orrick")."""
        found = set()
        for match in re.finditer(rf"(?=\b([A-Z][a-z]+) (?:(?:{CAPWORD}) )?((?:{CAPWORD}))\b)",
                                 " ".join(self.text.split())):
            first, last = match.groups()
            if first in _GIVEN and last.lower() not in THING_WORDS and \
                    last not in _GIVEN and self.is_name(last):
                found.add(last)
        return found

    def is_name(self, span: str) -> bool:
        """A capitalised span that is no ordinary word (single words checked against the
        common list and the text's own lowercase words)."""
        words = span.split()
        if not words or not words[0][:1].isupper():
            return False
        if len(words) == 1:
            word = words[0]
            return not (is_common_word(word) or word.lower() in self.lowercase_words)
        return any(self.is_name(w) for w in words if w[:1].isupper())

    def trim(self, span: str, sentence_start: bool = True) -> str:
        """The span without leading ordinary words a sentence start capitalised ("The Garel
        Lighthouse" -> "Garel Lighthouse", "Inside Halvane" -> "Halvane"; not "Lake" of "Lake
        St Clair", a word that opens place names); mid-sentence only
        "The" goes ("the Morning Gull" keeps "Morning"). "" when nothing is left."""
        words = span.split()
        while words and (not words[0][:1].isupper() or words[0] == "The" or sentence_start
                         and not self.is_name(words[0]) and words[0] not in NAME_OPENERS
                         and (len(words) == 1 or words[1][:1].isupper())):
            words = words[1:]
        while words and not words[-1][:1].isupper():
            words = words[:-1]
        return " ".join(words)

    def find(self, sentence: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of every name in a sentence, in order."""
        found = []
        for match in re.finditer(NAME, sentence):
            opening = not sentence[:match.start()].strip(" \"'“‘(")
            name = self.trim(match.group(), opening)
            if opening and name == match.group() and " " not in name and \
                    name not in self.inner_capitals and name not in self.people:
                continue  # "Tourism has grown": capitalised only as a sentence start
            if name and self.is_name(name):
                start = match.start() + match.group().index(name)
                found.append((start, start + len(name), name))
        return found

    def opening_person(self, sentence: str) -> str:
        """The person whose name opens the sentence, without a title ("Brannoc" of "King
        Brannoc"), when the sentence names no one else as a clause's subject, whom a next
        "He" or "She" might mean ("Marc Brunel taught his son ..., and Isambard learned
        ... . He ..."); "" otherwise."""
        found = self.find(sentence)
        if found and found[0][2].endswith(("'s", "’s")):
            return ""  # "Harold Whitcomb's books were ... . She ...": the books' owner
        if found and re.match(r" \d+\b", sentence[found[0][1]:]):
            return ""  # "Queen Elizabeth 2 was ... . She ...": a ship, not the queen
        if not found or found[0][0] != 0 or not self.is_person(found[0][2]) or any(
                name not in found[0][2] and _SUBJECT_AFTER.match(sentence[end:])
                for _, end, name in found[1:]):
            return ""
        words = [w for w in found[0][2].split() if w not in TITLES]
        return " ".join(words).split(" of ")[0]

    def is_person(self, name: str) -> bool:
        """A title first, or a person's name last ("Anselm Korrigan", "Sarhild of
        Dunmarrow"; not "Korrigan Festival"), or first in a name of names only ("Tobias
        Quen" once "Tobias" is a person)."""
        words = name.split(" of ")[0].split()
        return bool(words) and (words[0] in TITLES or words[-1] in self.people or
                                words[-1] in self.surnames or (
            len(words) > 1 and words[0] in self.people and all(self.is_name(w) for w in words)))

    def all_names(self) -> list[str]:
        """Every name in the text, each once."""
        from bench.generators.windows import sentences

        return sorted({name for paragraph in re.split(r"\n\s*\n", self.text)
                       for start, end in sentences(paragraph)
                       for _, _, name in self.find(" ".join(paragraph[start:end].split()))})


def style_decoys(names: Names, count: int, rng: random.Random) -> tuple[str, ...]:
    """Invented names in the text's style: the first part of one of its single-word names
    joined to the last part of another ("Elowen" + "Sarhild" -> "Elohild"), checked to
    occur nowhere in the text; fewer when the text has too few names to mix."""
    singles = sorted({w for name in names.all_names() for w in name.split()
                      if names.is_name(w) and len(w) >= 4 and w.isalpha()})
    lowered, found = names.text.lower(), []
    for _ in range(count * 200):
        if len(found) >= count or len(singles) < 2:
            break
        first, second = rng.sample(singles, 2)
        cut_a = rng.randint(2, max(2, len(first) - 2))
        cut_b = rng.randint(2, max(2, len(second) - 2))
        candidate = (first[:cut_a] + second[-cut_b:]).capitalize()
        if (5 <= len(candidate) <= 10 and candidate.lower() not in lowered
                and len(re.findall(r"[aeiouyàâäéèêëïîôöüû]", candidate.lower())) >= 2
                and not re.search(r"[^aeiouy]{3}", candidate.lower())
                and candidate not in found and not is_common_word(candidate)):
            found.append(candidate)
    return tuple(found)


def who_or_what(names: Names, name: str) -> str:
    """The wh-word that asks for a name: "Who" for a person, "What" for anything else."""
    return "Who" if names.is_person(name) else "What"

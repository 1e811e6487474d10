"""A sentence-opening "He" or "She" stands for the sentence before's named subject only
where the gender the text gives that name agrees; another person named beside the subject
makes the pronoun unsure only if the text does not tell them apart. Texts made up here."""

from __future__ import annotations

from bench.generators.entity_kinds import EntityKinds
from bench.generators.parser import english
from tests.helpers import asked_of


def _kinds(text: str) -> EntityKinds:
    return EntityKinds(list(english().pipe(text.split("\n\n"))))


def test_a_she_after_a_man_is_someone_else():
    asked = asked_of("Conor Hale lost his boat at Kinsale in 1940. Conor Hale died in Cork in "
                     "1949. She died in Galway in 1950.")
    assert "1949" in asked.values(), asked  # the man's own sentences are asked
    assert "Galway" not in asked.values() and "1950" not in asked.values(), asked


def test_a_he_after_a_man_is_him():
    asked = asked_of("Conor Hale lost his boat at Kinsale in 1940. Conor Hale died in Cork in "
                     "1949. He was buried in Galway in 1950.")
    assert "1950" in asked.values(), asked


def test_a_named_woman_beside_a_man_leaves_his_he_sure_only_when_his_gender_is_told():
    woman = "Ines Okafor wrote her first novel in Lisbon. "
    meeting = "Tomas Reyes met Ines Okafor in Porto. "
    told = asked_of("Tomas Reyes lost his hat in Porto. " + woman + meeting +
                    "He moved to Braga in 1951.")
    untold = asked_of(woman + meeting + "He moved to Braga in 1951.")
    her = asked_of("Tomas Reyes lost his hat in Porto. " + woman + meeting +
                   "She moved to Braga in 1951.")
    assert "1951" in told.values(), told
    for asked in (untold, her):  # he may be any man; she is Ines, not asked as Tomas
        assert "1951" not in asked.values() and "Braga" not in asked.values(), asked


def test_genders_come_from_titles_and_the_subjects_own_pronouns():
    kinds = _kinds("Mrs Rafferty kept the inn.\n\nAlder Voss sold his mill in 1820, and he "
                   "left the valley.\n\nBrin Marsh told her to wait, and she waited.")
    assert kinds.gender("Rafferty") == "she"
    assert kinds.gender("Alder Voss") == "he" and kinds.gender("Alder") == "he"
    # "her" and "she" are another woman, whom the sentence does not name
    assert kinds.gender("Brin Marsh") is None

"""Shapes the texts held out at b81af7e got wrong: a description the parser hung on the
object of a preposition when it was another noun's ("from Tjøme, a man who ...", "by Eila
Hiltunen, an abstract sculpture ...", "through Buenos Aires, the price of ..."), and a
place adverbial taken into a subject ("Downstream of Geneva the Rhône enters France").
Texts made up here, with other names and words than the held-out texts."""

from __future__ import annotations

import pytest

from bench.generators.parser import english
from bench.generators.simplify import statements
from tests.helpers import asked_of


def _statements(text: str) -> list[str]:
    return [made for sentence in english()(text).sents for made in statements(sentence)]


@pytest.mark.parametrize("text, wrong", [
    ("Ola Strand was the cook of the Sula, from Hvaler, a man who had sailed to the ice "
     "before Petter was born.", "Hvaler was a man"),
    ("The Kessel Monument by Anna Lindqvist, an abstract sculpture of steel plates, was "
     "unveiled in Sorlund Park in 1971.", "Anna Lindqvist was an abstract sculpture"),
    ("The first edition was printed by Halvard Moe, a compendium of some 900 hymns without "
     "music.", "Halvard Moe was a compendium"),
])
def test_a_description_hung_on_a_prepositions_object_is_not_its_statement(text, wrong):
    assert not any(made.startswith(wrong) for made in _statements(text))


@pytest.mark.parametrize("text, right", [
    ("Ola Strand sailed from Hvaler, a fishing port on the Oslofjord, in 1911.",
     "Hvaler was a fishing port on the Oslofjord."),
    ("The monument was designed by Anna Lindqvist, a sculptor from Bergen, in 1969.",
     "Anna Lindqvist was a sculptor from Bergen."),
])
def test_a_description_of_the_right_kind_is_still_stated(text, right):
    assert right in _statements(text)


def test_a_place_adverbial_is_no_part_of_the_subject():
    asked = asked_of("Upstream of Lyon the Saône receives the Doubs and passes through the "
                     "plain of Bresse, where it is crossed by eleven bridges.")
    assert not any(a.startswith(("Upstream", "Downstream")) for a in asked.values()), asked

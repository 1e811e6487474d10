"""Shapes the texts held out at 3a5a79d got wrong: one member asked of a body with many
("What belongs to the volcanic arc, a chain of volcanoes?"), a title's last words read as
the place after "where", and an epithet name ("Pliny the Younger") cut at its "the". Texts
made up here, with other names and words than the held-out texts."""

from __future__ import annotations

from tests.helpers import asked_of, problem_of


def test_one_member_of_a_chain_is_not_asked():
    assert problem_of("Name what belongs to the Tarvo volcanic arc, a chain of volcanoes formed "
                      "by subduction.", "Mount Keld", "clause-thing") == "one member of many"
    # a thing's one owner stays
    assert problem_of("What belonged to a trader from Hull named Amos Reed?", "the Heron",
                      "clause-thing") is None


def test_a_name_after_where_is_a_title_cut():
    assert problem_of("Ellen Marsh told the story of the climb where the Pennines, a book of "
                      "1902?", "Hill Days", "clause-place") == "a name run into the asked place"
    assert problem_of("Ellen Marsh told the story where Tom Reed had lived?", "Leeds",
                      "clause-place") is None


def test_an_epithet_name_is_not_cut_at_its_the():
    asked = asked_of("The eruption was seen across the bay. Seneca the Younger, who lived at "
                     "Cordoba near the river, compared the cloud to a cypress, and the term "
                     "Senecan is now used for such clouds.")
    assert not any(q.startswith("The Younger") for q in asked)

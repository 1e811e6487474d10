"""An article's subject, and whom a later "he" or "his" may mean (bench.generators.clause_topic
and question_context), from the faults that the labels of rounds 214 and 215 and the blind
check of round 214 found: a name's post-nominal letters taken for a surname, a name cut at its
number, a man named two sentences back read as the article's person, "his" after a list of
men, an unnamed other "tower" read as the article's. Texts made up here, with other names and
words than the labelled texts."""

from __future__ import annotations

from tests.helpers import asked_of


def test_post_nominal_letters_are_not_the_surname():
    asked = asked_of(
        "Margaret Ellen Hartley OM FRS was an English chemist who studied the salts of the "
        "Kelloran marshes. She taught at the Velmora Academy for thirty years.\n\n"
        "Hartley was born in Tull in 1890. In 1921 she joined the Velmora Academy as a "
        "lecturer.")
    joined = [q for q in asked if "joined" in q]
    # before, no later sentence named "FRS", so her "she" was never the topic
    assert joined and all("Hartley joined" in q and "FRS" not in q for q in joined), asked


def test_a_name_keeps_its_number():
    asked = asked_of(
        "Queen Maren 2 was a passenger liner built for the Tull Line, which sailed her from "
        "1951 to 1980. She was launched at Velmora in 1950.\n\n"
        "Queen Maren 2 was refitted at Kelloran in 1962. In 1966 she carried the Tull "
        "Regiment to the Sorn Islands.")
    # before, the liner was "Queen Maren", or "Maren" alone, the queen she was named for
    assert asked.get("In 1966 Queen Maren 2 carried what to the Sorn Islands?") == \
        "the Tull Regiment", asked
    assert all("Queen Maren 2" in q for q in asked if "Maren" in q), asked


def test_he_is_not_the_article_s_person_after_another_man_two_sentences_back():
    asked = asked_of(
        "Osric Vell was a Marran engineer whose pumps drained the Kelloran mines. He "
        "trained at the Velmora Academy.\n\n"
        "In 1763 Brannoc Harrow was asked to mend a Vell pump at the Tull colliery. His "
        "study of its waste of steam led him to a new valve. He patented the sliding valve "
        "in 1769.")
    assert "the sliding valve" not in asked.values(), asked
    assert not any("Osric Vell patented" in q or "Vell patented" in q for q in asked), asked


def test_he_is_still_the_article_s_person_after_a_woman():
    asked = asked_of(
        "Osric Vell was a Marran engineer whose pumps drained the Kelloran mines. He "
        "trained at the Velmora Academy.\n\n"
        "Vell married Maren Tarrant in 1760. Margaret Tarrant ran the family's ironworks "
        "at Tull. In 1769 he patented the sliding valve at Velmora.")
    # a woman's name in the sentence before leaves "he" to him
    assert asked.get("Vell patented the sliding valve at Velmora in what year?") == "1769", \
        asked


def test_his_after_a_list_of_men_has_no_antecedent():
    asked = asked_of(
        "Osric Vell was a Marran printer whose books spread the Tull dialect. He trained at "
        "the Velmora Academy.\n\n"
        "Edric Pell, Aldo Marne and Brannoc Harrow all had links with his press in Tull. "
        "Edric Pell sold his mill at Kelloran to Aldo Marne in 1480.")
    # whose press: any of the three, or Vell
    assert not any("his press" in q for q in asked), asked
    # one man before "his" is its antecedent
    assert asked.get("Edric Pell sold his mill at Kelloran to whom in 1480?") == \
        "Aldo Marne", asked


def test_a_thing_s_noun_is_not_it_after_an_unnamed_other():
    answers = set(asked_of(
        "Varrow Tower is a stone tower in the town of Tull. It was built in 1480.\n\n"
        "Varrow Tower stands beside the church. The church's tower fell in a storm in 1703. "
        "The tower was rebuilt by Edric Pell in 1710.").values())
    assert "Edric Pell" not in answers, answers

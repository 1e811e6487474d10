"""Times asked for what they are, objects cut where the verb's phrase goes on, names that
are no people's and answers that name nothing alone (bench.generators.clause_answers,
object_asks, entity_kinds, clause_roles, prose, prose_names, prose_fact, question_phrases,
sentence_misreadings, time_garbles and answer_checks), from the faults the labellers of sets
78 to 86 found at round 224's rules: "when?" answered by a month or a clock time alone or
asked beside its weekday, "making what?" -> "sails in Cornwall", "resurveyed what?" -> "the
route with Robert's help", "bitten" nails read as an act, "who?" of a day kept, "the lady
of" a family's seat, "Whose grandfather was ...?", a "He" carried over past another man's
clause, "rang how many times?", "went [a touch] fast", a measure read as a second subject,
"both older methods", "any ornament". Texts made up here, with other names and words than
the labelled texts."""

from __future__ import annotations

from tests.helpers import asked_of, problem_of


def test_a_month_alone_is_asked_as_a_month():
    asked = asked_of("The Corbridge mill reopened in March, three weeks after the flood.")
    assert asked.get("The Corbridge mill reopened in what month, three weeks after the "
                     "flood?") == "March", asked
    assert not any(q.startswith("The Corbridge mill reopened when") for q in asked), asked


def test_a_clock_time_is_asked_as_a_time_and_keeps_its_full_stop():
    asked = asked_of("At 6:40 p.m., Governor Alma Tresk cut the ribbon at the Velland "
                     "Exchange in Corbridge.")
    question = "Governor Alma Tresk cut the ribbon at the Velland Exchange in Corbridge at " \
               "what time?"
    assert asked.get(question) == "6:40 p.m.", asked


def test_an_object_ends_before_where_and_with_whose_help_the_act_was():
    answers = set(asked_of("Ottilie Marr has been weaving baskets in Galway for thirty years. "
                           "Brannoc Tull rebuilt the old mill with his cousin's help in "
                           "1821.").values())
    assert "baskets in Galway" not in answers, answers
    assert "the old mill" in answers and not any("help" in a for a in answers), answers


def test_a_participle_after_a_main_have_is_no_act():
    asked = asked_of("Tobin Vell had thick wrists and bitten fingernails and a bandage on one "
                     "knuckle.")
    assert not any("bitten what" in q for q in asked), asked


def test_a_day_kept_is_no_person():
    asked = asked_of("Hollin Day is still marked by the fleet and by the harbour guilds of Pell.")
    assert not any(q.startswith("Who") for q in asked), asked


def test_a_lady_of_a_family_seat_holds_no_office():
    asked = asked_of("The school at Wendle was founded through Sir Edmund and Lady Hollis of "
                     "Marden in Kent, where Tull was rector.")
    assert not any("lady of Marden" in q or "the lady?" in q for q in asked), asked


def test_a_grandfather_is_not_asked_back():
    from bench.generators.text_facts import Document, find_facts

    found, _ = find_facts([Document("t", "Corvin Ashgrove was born on 2 May 1790 at Kell Farm, "
                                    "near Pell in Marrshire, into a family of millwrights; his "
                                    "grandfather Elias Ashgrove had devised an improved "
                                    "threshing machine.")])
    asked = {f.phrasings.direct[0]: f.phrasings for f in found}
    assert asked["Who was Corvin Ashgrove's grandfather?"].answer == "Elias Ashgrove", asked
    assert not any(p.reverse for p in asked.values()), asked


def test_a_he_after_a_sentence_with_another_mans_clause_is_not_carried_over():
    asked = asked_of("Orrin Tull was born in Carden in 1590. In 1598 he was apprenticed to "
                     "Walter Penn, a tanner of the town. Walter Penn died in 1602, leaving a "
                     "small sum to Tull in his will, and at around this time Tull went north "
                     "to the Marr Hills. He is found in the rolls of Varne from 1605 and "
                     "became a warden of the Tanners' Guild by 1611.")
    assert not any("rolls of Varne" in q and a == "Walter Penn" or "Walter Penn is found" in q
                   for q, a in asked.items()), asked


def test_how_many_times_of_a_bare_act_is_too_thin():
    asked = asked_of("Mr Tembe rang three times. The Corbridge bell was recast four times "
                     "between 1600 and 1850.")
    assert not any("rang how many times" in q for q in asked), asked
    assert asked.get("The Corbridge bell was recast how many times between 1600 and "
                     "1850?") == "four", asked


def test_a_degree_before_an_adverb_is_no_object():
    asked = asked_of("At four Maddie Kerr went a touch fast and a little metal slopped over "
                     "the side of the cup and spat into the sand at the Corbridge foundry.")
    assert "a touch" not in asked.values(), asked


def test_a_measure_read_as_a_second_subject_asks_nothing():
    asked = asked_of("The day crew for Pier 6, a grocery delivery warehouse the size of three "
                     "rugby fields, came early, red-faced and silent, wanting bread more than "
                     "soup.")
    assert not any("the size of how many" in q for q in asked), asked


def test_when_beside_its_weekday_is_garbled():
    assert problem_of("The Hesk christening was on a Sunday when?", "the end of May",
                      "clause-date")
    assert problem_of("The Hesk christening was held when?", "the end of May",
                      "clause-date") is None


def test_an_answer_of_both_or_any_names_nothing_alone():
    assert problem_of("From 1890 the Hesk rolling mill replaced what?", "both earlier furnaces",
                      "clause-object")
    assert problem_of("Only three leaves of the Marr psalter lack what?", "any gilding",
                      "clause-object")
    assert problem_of("Brother Aidan copied what into the Marr psalter in 1130?",
                      "both Latin and Irish prayers", "clause-object") is None


def test_a_title_after_its_noun_and_a_past_tense_tagged_a_participle_still_ask():
    # (round 226's first form of the two checks refused these sentences whole)
    from bench.generators.sentence_misreadings import two_subjects_of_one_verb
    from tests.helpers import parsed

    for text in ("In 2012 Evie Marr published her book The Quiet Shore, about the Hesk "
                 "lighthouse keepers.",
                 "The island is the setting of the novel The Grey Skerry by Orrin Tull, "
                 "published in 1931."):
        assert not two_subjects_of_one_verb(next(iter(parsed(text).sents))), text
    asked = asked_of("Orrin Tull repeated the trials in 1792 and at first accepted the theory "
                     "of marsh fevers.")
    assert asked.get("Orrin Tull repeated the trials in 1792 and at first accepted "
                     "what?") == "the theory of marsh fevers", asked

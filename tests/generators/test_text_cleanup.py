"""What web pages and Markdown leave in a user's text is removed before it is read, so no
question carries it and no sentence runs into the next one."""

from __future__ import annotations

from bench.generators.documents import load_documents
from bench.generators.text_cleanup import plain_text
from bench.generators.text_tasks import user_text_task

WIKI = ("Marie Curie was born in Warsaw in 1867.[1] She moved to Paris in 1891 and studied "
        "physics at the Sorbonne.[2][3] In 1895 Curie married Pierre Curie, a physicist at the "
        "School of Physics and Chemistry.[a] The couple announced the discovery of polonium in "
        "July 1898.[citation needed] They shared the Nobel Prize in Physics with Henri "
        "Becquerel in 1903.[note 4]\n\nCurie was appointed to Pierre's chair at the Sorbonne "
        "in 1906,[12] becoming the first woman to hold a professorship there.¹ She won the "
        "Nobel Prize in Chemistry in 1911.[edit]\n")


def test_footnote_and_maintenance_marks_are_removed():
    cleaned = plain_text(WIKI)
    for mark in ("[1]", "[2]", "[3]", "[a]", "[citation needed]", "[note 4]", "[12]", "¹",
                 "[edit]"):
        assert mark not in cleaned
    assert "born in Warsaw in 1867. She moved" in cleaned
    assert "in 1906, becoming" in cleaned


def test_an_editors_insertion_a_square_and_plain_brackets_stay():
    text = 'He wrote that "the [new] bridge" covers 12 km² and cost £3 [in 1890 prices].'
    assert plain_text(text) == text


def test_bullets_entities_and_markdown_syntax_are_removed_words_kept():
    markdown = ("# The Brooklyn Bridge\n\n* It opened on **24 May 1883** in "
                "[New York City](https://example.org/nyc).\n- Emily Warren Roebling was the "
                "first person to cross it.\n1. The bridge cost `$15 million`.\n\n"
                "![a photo](bridge.png) Tom&nbsp;Smith &amp; sons painted it.")
    cleaned = plain_text(markdown, markdown=True)
    assert "It opened on 24 May 1883 in New York City." in cleaned
    assert "\nEmily Warren Roebling was" in cleaned and "\nThe bridge cost $15 million." in cleaned
    assert "Tom Smith & sons painted it." in cleaned
    assert not any(mark in cleaned for mark in ("**", "](", "![", "`", "&nbsp;", "* It"))
    # outside Markdown, asterisks and underscores are the text's own
    assert plain_text("5 * 3 is *not* 12") == "5 * 3 is *not* 12"


def test_a_wikipedia_paste_gives_the_facts_of_its_clean_copy(tmp_path):
    pasted, clean = tmp_path / "pasted.txt", tmp_path / "clean.txt"
    pasted.write_text(WIKI, encoding="utf-8")
    clean.write_text(plain_text(WIKI), encoding="utf-8")
    built = [user_text_task("t", {"path": str(path)}, 0) for path in (pasted, clean)]
    items = [[(i.question, i.answers) for i in task.train + task.test] for task in built]
    assert items[0] == items[1] and len(built[0].train) >= 6
    # the marks are gone from what is asked, answered and kept as the corpus
    said = [built[0].corpus] + [t for i in built[0].train for t in (i.question, i.evidence,
                                                                     *i.answers)]
    assert not any("[" in t or "¹" in t for t in said)


def test_a_folder_reads_upper_case_suffixes_and_markdown_as_markdown(tmp_path):
    (tmp_path / "NOTES.TXT").write_text("Ada Lovelace was born in London in 1815.[4]\n",
                                        encoding="utf-8")
    (tmp_path / "page.md").write_text("**Charles Babbage** designed the "
                                      "[Analytical Engine](https://x.org) in 1837.\n",
                                      encoding="utf-8")
    texts = {d.name: d.text for d in load_documents(tmp_path)}
    assert texts == {"NOTES": "Ada Lovelace was born in London in 1815.\n",
                     "page": "Charles Babbage designed the Analytical Engine in 1837.\n"}


def test_a_heading_is_a_paragraph_of_its_own_not_words_of_the_next():
    wiki = "Marie Curie\n== Early life ==\nCurie was born in Warsaw in 1867.\n"
    assert plain_text(wiki) == "Marie Curie\n\nEarly life\n\nCurie was born in Warsaw in 1867.\n"
    markdown = "## Early life ##\nCurie was born in Warsaw.\n"
    assert plain_text(markdown, markdown=True) == "\nEarly life\n\nCurie was born in Warsaw.\n"
    assert plain_text("x = 1 == y\n") == "x = 1 == y\n"  # no heading: not alone on its line

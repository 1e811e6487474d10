"""How a text is cut into paragraphs for the extractors: blank lines, and line breaks where a
"paragraph" is longer than the parser takes (texts written with single-newline paragraphs)."""

from __future__ import annotations

from bench.generators.clauses import MAX_PARAGRAPH_CHARS
from bench.generators.paragraphs import document_paragraphs
from bench.generators.text_facts import Document, find_facts


def test_blank_lines_make_paragraphs():
    found = document_paragraphs([Document("d", "One _two_.\nThree.\n\n  \nFour.")])
    assert found == [("d-p00000", "One _two_.\nThree.", "One two. Three."),
                     ("d-p00001", "  \nFour.", "Four.")]


def test_an_over_long_paragraph_is_read_line_by_line_and_a_giant_line_left_out():
    line = "Queen Ysolde ruled Marran for forty years."
    lines = [line] * (MAX_PARAGRAPH_CHARS // len(line) + 1) + ["word " * MAX_PARAGRAPH_CHARS]
    found = document_paragraphs([Document("d", "\n".join(lines))])
    assert [w for w, _, _ in found[:2]] == ["d-p00000.00000", "d-p00000.00001"]
    assert len(found) == len(lines) - 1 and all(p == line for _, _, p in found)


def test_a_long_hard_wrapped_paragraph_stays_one_paragraph():
    words = ("It was a lie that Edward Kell was the king of Norway in 1850 and the people "
             "knew it well. ") * (MAX_PARAGRAPH_CHARS // 90 + 1)
    wrapped = "\n".join(words[i:i + 70] for i in range(0, len(words), 70))
    ((window, raw, _),) = document_paragraphs([Document("d", wrapped)])
    assert window == "d-p00000" and raw == wrapped


def test_a_text_of_one_giant_line_asks_nothing_and_loads_no_parser():
    from bench.generators.parser import english

    english.cache_clear()
    found, _ = find_facts([Document("d", "word " * 2 * MAX_PARAGRAPH_CHARS)])
    assert found == [] and english.cache_info().misses == 0


def test_a_line_of_sentences_longer_than_the_parser_takes_is_read_in_runs_of_sentences():
    sentences = [f"Queen Ysolde of Marran built her tower number {n} in {1100 + n}."
                 for n in range(MAX_PARAGRAPH_CHARS // 40)]
    line = " ".join(sentences)
    found = document_paragraphs([Document("d", f"{line}\n\nThe end came in 1300.")])
    runs = [p for w, _, p in found if w.startswith("d-p00000.00000.")]
    assert len(runs) >= 2 and all(len(run) <= MAX_PARAGRAPH_CHARS for run in runs)
    assert " ".join(runs) == line  # every sentence, whole, in order
    assert found[-1] == ("d-p00001", "The end came in 1300.", "The end came in 1300.")


def test_headings_inside_a_single_newline_paragraph_are_left_out_and_cut_it():
    page = ("Marie Curie\nEarly life\nCurie was born in Warsaw in 1867 and moved to Paris.\n"
            "Career\nIn 1906 Curie became the first woman to teach at the Sorbonne.\n")
    found = document_paragraphs([Document("d", page)])
    assert [(w, p) for w, _, p in found] == [
        ("d-p00000.h0", "Curie was born in Warsaw in 1867 and moved to Paris."),
        ("d-p00000.h1", "In 1906 Curie became the first woman to teach at the Sorbonne.")]


def test_a_short_line_in_hard_wrapped_text_or_after_an_unfinished_sentence_stays():
    wrapped = ("The surgeon then opened the wound along the line of the\nOld Incision\n"
               "and removed the fragments of bone that had been driven inwards by the blow.")
    assert [p for _, _, p in document_paragraphs([Document("d", wrapped)])] == [
        " ".join(wrapped.split())]

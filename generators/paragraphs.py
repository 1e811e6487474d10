"""How a text is cut into paragraphs for the extractors: blank lines; a heading is no part
of the paragraph under it; line breaks where a "paragraph" is longer than the parser takes
(texts written with single-newline paragraphs), and runs of sentences where a line is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bench.generators.clauses import MAX_PARAGRAPH_CHARS
from bench.generators.gutenberg import clean_markup
from bench.generators.windows import sentences


@dataclass(frozen=True)
class Document:
    """A text the extractors read: its name (windows and item ids start with it) and text."""

    name: str
    text: str


def document_paragraphs(documents: list[Document]) -> list[tuple[str, str, str]]:
    """(window id, raw paragraph, clean one-line paragraph) of every paragraph, in order.
    A paragraph longer than the parser takes (MAX_PARAGRAPH_CHARS) is read line by line
    when its lines are paragraphs (a text with single-newline paragraphs: windows
    "<name>-p00000.00003"); hard-wrapped lines stay one paragraph (the clause extractor
    does not parse it); a line longer than the parser takes is read in runs of whole
    sentences that it takes (windows "<name>-p00000.00000.002"), and a sentence longer
    than that is no prose (one 10 MB line of a dump) and is left out. Headings are left out
    (bench.generators.paragraphs._heading_blocks)."""
    found = []
    for doc in documents:
        for index, paragraph in enumerate(re.split(r"\n[ \t]*\n", doc.text)):
            found += _paragraph_parts(f"{doc.name}-p{index:05d}", paragraph)
    return found


def _paragraph_parts(window: str, paragraph: str) -> list[tuple[str, str, str]]:
    """One blank-line paragraph's parts: itself, or its blocks between the headings inside
    it (windows "<name>-p00000.h1")."""
    blocks = _heading_blocks(paragraph)
    if len(blocks) == 1:
        return _block_parts(window, paragraph)
    return [part for number, block in enumerate(blocks)
            for part in _block_parts(f"{window}.h{number}", block)]


def _block_parts(window: str, raw: str) -> list[tuple[str, str, str]]:
    """A block without its first-line heading: whole, or line by line and in runs of
    sentences where it is too long to parse."""
    raw = _without_heading(raw)
    clean = " ".join(clean_markup(raw).split())
    if len(clean) <= MAX_PARAGRAPH_CHARS:
        return [(window, raw, clean)]
    lines = raw.split("\n")
    if len(lines) > 1 and not _lines_are_paragraphs(lines):
        return [(window, raw, clean)]  # hard-wrapped: one paragraph, unparsed
    found = []
    for number, line in enumerate(lines):
        clean = " ".join(clean_markup(line).split())
        if clean and len(clean) <= MAX_PARAGRAPH_CHARS:
            found.append((f"{window}.{number:05d}", line, clean))
        elif clean:
            found += [(f"{window}.{number:05d}.{run_number:03d}", run, run)
                      for run_number, run in enumerate(_sentence_runs(clean))]
    return found


def _sentence_runs(line: str) -> list[str]:
    """A line too long for the parser as runs of whole sentences, each as long as it takes;
    a sentence longer than that is left out."""
    runs, run = [], ""
    for start, end in sentences(line):
        sentence = line[start:end]
        if len(sentence) > MAX_PARAGRAPH_CHARS:
            continue
        if run and len(run) + 1 + len(sentence) > MAX_PARAGRAPH_CHARS:
            runs.append(run)
            run = ""
        run = f"{run} {sentence}" if run else sentence
    return runs + [run] if run else runs


_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ":")


def _without_heading(raw: str) -> str:
    """The paragraph without a heading on its own first line ("Background\nNapoleon had
    abdicated ...": no "Background Napoleon" read as one name)."""
    first, newline, rest = raw.strip("\n").partition("\n")
    following = rest.split("\n", 1)[0]
    return rest if newline and _is_heading(first, following) else raw


def _titled(line: str) -> bool:
    """A short capitalised line that ends no sentence: a heading's or a title's shape (not a
    line in capitals or a table's row: Gutenberg's front matter)."""
    words = line.split()
    return 0 < len(words) <= 8 and line.lstrip()[:1].isupper() and not line.isupper() \
        and not line.rstrip().endswith(_SENTENCE_END + (",", ";", "-", "–", "—")) \
        and not re.search(r"\s\s", line.strip())


def _is_heading(line: str, following: str) -> bool:
    """A titled line before an unindented line more than twice as long that begins a
    sentence (not a title page's or a contents' indented block, nor a hard-wrapped first
    line, which runs on into its next at one width)."""
    starts = following[:1].isupper() or following[:1].isdigit()
    return _titled(line) and starts and len(following.strip()) > 2 * len(line.strip())


def _heading_blocks(raw: str) -> list[str]:
    """A paragraph cut where a heading stands inside it, after a line that ends a sentence
    or after the title lines that open it ("Marie Curie\nEarly life\nCurie was born ...",
    a Wikipedia page copied as single-newline text): the headings and titles left out, the
    rest one block each. Without such a heading, the paragraph itself."""
    lines = raw.strip("\n").split("\n")
    opening = next((n for n, line in enumerate(lines) if not _titled(line)), len(lines))
    cuts = [i for i in range(1, len(lines) - 1) if _is_heading(lines[i], lines[i + 1]) and (
        lines[i - 1].rstrip().endswith(_SENTENCE_END) or i <= opening)]
    if not cuts:
        return [raw]
    blocks, start = [], 0
    for cut in cuts:
        if not all(map(_titled, lines[start:cut])):
            blocks.append("\n".join(lines[start:cut]))
        start = cut + 1
    return blocks + ["\n".join(lines[start:])]


def _lines_are_paragraphs(lines: list[str]) -> bool:
    """Whether most lines end a sentence (paragraphs one per line), not wrapped text."""
    full = [line.rstrip() for line in lines if line.strip()]
    return sum(line.endswith(_SENTENCE_END) for line in full) >= 0.8 * len(full)

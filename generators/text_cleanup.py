"""A user's text as prose: what copying from a web page or writing Markdown leaves in it
(Wikipedia's footnote marks and headings, HTML entities, list bullets, Markdown headings,
links and emphasis) is removed before the text is split into paragraphs, so no question or
answer carries it and no sentence is run into the next one ("... radium.[16] Pierre ..." is
one sentence to the parser)."""

from __future__ import annotations

import html
import re

# A footnote or maintenance mark glued to the word or stop before it, as Wikipedia's copied
# text has them: "[12]", "[a]", "[note 3]", "[citation needed]", "[when?]", "[edit]". An
# editor's insertion ("he said [the king] was ...") follows a space and stays.
_CITATION = re.compile(
    r"(?<=[^\s\[])\[(?:\d{1,4}|[a-z]{1,2}|(?:note|nb|n) ?\d{1,3}|[a-z][a-z ,'’?–—-]{1,40})\]")
# after a stop or a closing quote only: "km²" keeps its square
_SUPERSCRIPT_MARK = re.compile(r"(?<=[.,;:!?)\"”’])[¹²³⁰⁴-⁹]+")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
# A heading ("== Early life ==", Markdown's "## Early life") is a paragraph of its own, not
# the first words of the paragraph below it.
_WIKI_HEADING = re.compile(r"^[ \t]*(={1,6})[ \t]*([^=\n]+?)[ \t]*\1[ \t]*$", re.MULTILINE)
_MARKDOWN_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_BULLET = re.compile(r"^([ \t]*)(?:[*•+‣◦-]|\d{1,3}[.)])[ \t]+(?=\S)", re.MULTILINE)
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
MARKDOWN_SUFFIXES = {".md", ".markdown"}


def plain_text(text: str, markdown: bool = False) -> str:
    """The text without footnote marks, HTML entities (decoded), list bullets and, for
    Markdown, link targets, images and emphasis marks (their words kept); each heading a
    paragraph of its own."""
    if _ENTITY.search(text):
        text = html.unescape(text).replace("\xa0", " ")
    text = _WIKI_HEADING.sub(r"\n\2\n", text)
    if markdown:
        text = _MARKDOWN_HEADING.sub(r"\n\1\n", text)
        text = _MARKDOWN_IMAGE.sub("", text)
        text = _MARKDOWN_LINK.sub(r"\1", text)
        text = _MARKDOWN_EMPHASIS.sub(r"\2", text)
    text = _CITATION.sub("", text)
    text = _SUPERSCRIPT_MARK.sub("", text)
    return _BULLET.sub(r"\1", text)

"""A user's text as prose: what copying from a web page or writing Markdown leaves in it
(Wikipedia's footnote marks, HTML entities, list bullets, Markdown links and emphasis) is
removed before the text is split into paragraphs, so no question or answer carries it and
no sentence is run into the next one ("... radium.[16] Pierre ..." is one sentence to the
parser)."""

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
_BULLET = re.compile(r"^([ \t]*)(?:[*•+‣◦-]|\d{1,3}[.)])[ \t]+(?=\S)", re.MULTILINE)
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
MARKDOWN_SUFFIXES = {".md", ".markdown"}


def plain_text(text: str, markdown: bool = False) -> str:
    """The text without footnote marks, HTML entities (decoded), list bullets and, for
    Markdown, link targets, images and emphasis marks (their words kept)."""
    if _ENTITY.search(text):
        text = html.unescape(text).replace("\xa0", " ")
    if markdown:
        text = _MARKDOWN_IMAGE.sub("", text)
        text = _MARKDOWN_LINK.sub(r"\1", text)
        text = _MARKDOWN_EMPHASIS.sub(r"\2", text)
    text = _CITATION.sub("", text)
    text = _SUPERSCRIPT_MARK.sub("", text)
    return _BULLET.sub(r"\1", text)

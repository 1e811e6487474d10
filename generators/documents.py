"""The documents a task is built from: the surgery manual's chapters, or the user's own
UTF-8 file or folder of files (Gutenberg boilerplate stripped)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.core.errors import ConfigError, DataError
from bench.core.storage import file_sha256
from bench.generators.gutenberg import (
    SURGERY,
    has_markers,
    read_text,
    resolve_book,
    split_chapters,
    strip_boilerplate,
)
from bench.generators.text_cleanup import MARKDOWN_SUFFIXES, plain_text
from bench.generators.text_facts import Document

_TEXT_SUFFIXES = {".txt", ".md", ".text", ""}


def surgery_documents(path: str | None, chapters: list[int] | None,
                      ) -> tuple[list[Document], dict[str, Any]]:
    """The manual's chapters (all, or the numbered ones) as documents, and where they came from."""
    found = resolve_book(SURGERY, path)
    book = strip_boilerplate(read_text(found), str(found))
    split = split_chapters(book)
    wanted = chapters or list(range(1, len(split) + 1))
    for number in wanted:
        if not 1 <= number <= len(split):
            raise ConfigError(f"surgery: chapters: {number} is not between 1 and {len(split)}")
    documents = [Document(f"ch{n:02d}", split[n - 1][1]) for n in wanted]
    return documents, {"generator": "surgery", "source": found.name, "sha256": file_sha256(found)}


def read_prose(file: Path) -> str:
    """A user's text file as prose: Gutenberg boilerplate, and what a web page or Markdown
    leaves (bench.generators.text_cleanup), stripped."""
    text = read_text(file)
    if has_markers(text):
        text = strip_boilerplate(text, str(file))
    return plain_text(text, markdown=file.suffix.lower() in MARKDOWN_SUFFIXES)


def load_documents(path: Path) -> list[Document]:
    """A file, or every text file under a folder (sorted); Gutenberg boilerplate, footnote
    marks, list bullets and Markdown syntax are stripped (bench.generators.text_cleanup)."""
    if path.is_dir():
        files = sorted(f for f in path.rglob("*")
                       if f.is_file() and f.suffix.lower() in _TEXT_SUFFIXES)
    elif path.is_file():
        files = [path]
    else:
        raise DataError(f"{path}: no such file or folder")
    documents = []
    for file in files:
        text = read_prose(file)
        if text.strip():
            documents.append(Document(file.stem, text))
    if not documents:
        raise DataError(f"{path}: no text found (expected UTF-8 .txt/.md files with prose)")
    return documents

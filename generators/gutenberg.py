"""Project Gutenberg books: find or download the file, check it, strip the boilerplate.

A book resolves, in order, from a path the user gives, `$BENCH_CORPUS_DIR/<file name>`,
the bench's cache, or a download from Project Gutenberg (or `$BENCH_GUTENBERG_MIRROR`),
which is checked against the known sha256 before it is cached.
"""

from __future__ import annotations

import os
import re
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from bench.core.errors import DataError
from bench.core.storage import cache_dir, file_sha256

MIRROR = "https://www.gutenberg.org"


def _marker(word: str) -> re.Pattern:
    """The line that opens (START) or closes (END) the book inside a Gutenberg file."""
    return re.compile(rf"^\*\*\* ?{word} OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK.*$", re.M)


_START, _END = _marker("START"), _marker("END")
_CHAPTER = re.compile(r"^CHAPTER [IVXLC\d]+\.?[ \t]*$", re.M)


@dataclass(frozen=True)
class Book:
    number: int
    file_name: str
    sha256: str
    title: str

    @property
    def url_path(self) -> str:
        return f"/files/{self.number}/{self.number}-0.txt"


SURGERY = Book(17921, "gutenberg-17921-manual-of-surgery.txt",
               "bbc5ff3f20320368fa92b7037976434ec42df711723425b2aaf7c4126b5aecc5",
               "Manual of Surgery, Volume First: General Surgery")


def resolve_book(book: Book, path: str | None = None,
                 progress: Callable[[str], None] = lambda _: None) -> Path:
    """The local file for `book`, downloading and checking it if nothing local exists."""
    if path:
        found = Path(path).expanduser()
        if not found.is_file():
            raise DataError(f"{found}: corpus file not found")
        return found
    if os.environ.get("BENCH_CORPUS_DIR"):
        found = Path(os.environ["BENCH_CORPUS_DIR"]).expanduser() / book.file_name
        if found.is_file():
            _check_sha(found, book)
            return found
    cached = cache_dir() / "corpora" / book.file_name
    if cached.is_file():
        return cached
    return _download(book, cached, progress)


def _download(book: Book, target: Path, progress: Callable[[str], None]) -> Path:
    url = os.environ.get("BENCH_GUTENBERG_MIRROR", MIRROR).rstrip("/") + book.url_path
    progress(f"downloading Project Gutenberg #{book.number} from {url}")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle, urllib.request.urlopen(url, timeout=60) as response:
            while block := response.read(1 << 16):
                handle.write(block)
        _check_sha(Path(tmp), book, source=url)
        os.replace(tmp, target)
    except (urllib.error.URLError, OSError) as exc:
        raise DataError(f"{url}: cannot download Project Gutenberg #{book.number} ({exc}); "
                        f"give the file's path or set BENCH_CORPUS_DIR to a folder holding "
                        f"{book.file_name}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def _check_sha(path: Path, book: Book, source: str | None = None) -> None:
    digest = file_sha256(path)
    if digest != book.sha256:
        raise DataError(f"{source or path}: sha256 {digest[:12]}... is not the expected "
                        f"{book.sha256[:12]}... of Project Gutenberg #{book.number}")


def read_text(path: Path) -> str:
    """A UTF-8 text file, with a clear error for binary or non-UTF-8 content."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror})") from None
    if b"\x00" in data[:65536]:
        raise DataError(f"{path}: looks binary; expected a UTF-8 text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise DataError(f"{path}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}, "
                        f"line {line}); expected a UTF-8 text file (save it as UTF-8, e.g. "
                        f"iconv -f latin1 -t utf-8)") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def has_markers(text: str) -> bool:
    return bool(_START.search(text))


def strip_boilerplate(text: str, where: str = "corpus") -> str:
    """The book between the `*** START OF` and `*** END OF` markers."""
    start, end = _START.search(text), _END.search(text)
    if not start or not end or end.start() < start.end():
        raise DataError(f"{where}: no Project Gutenberg '*** START OF' / '*** END OF' "
                        f"markers; pass a Gutenberg plain-text file or use the 'text' generator")
    return text[start.end():end.start()].strip("\n") + "\n"


def split_chapters(text: str) -> list[tuple[str, str]]:
    """(heading, body) per chapter; text before the first heading is dropped as front matter."""
    marks = list(_CHAPTER.finditer(text))
    if not marks:
        return [("", text)]
    chapters = []
    for mark, following in zip(marks, marks[1:] + [None]):
        body = text[mark.end(): following.start() if following else len(text)]
        title_line = next((line.strip() for line in body.splitlines() if line.strip()), "")
        chapters.append((f"{mark.group().strip()}: {title_line}", body))
    return chapters


def clean_markup(text: str) -> str:
    """Plain prose: Gutenberg _italics_ and #bold# marks removed, wrapped lines joined."""
    text = re.sub(r"[_#]", "", text)
    paragraphs = re.split(r"\n[ \t]*\n", text)
    joined = (re.sub(r"\s+", " ", p).strip() for p in paragraphs)
    return "\n\n".join(p for p in joined if p)

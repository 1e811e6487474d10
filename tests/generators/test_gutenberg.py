"""The Gutenberg loader: boilerplate stripped, chapters split, the book found or downloaded."""

import functools
import http.server
import shutil

import pytest

from bench.core.errors import DataError
from bench.generators.gutenberg import (
    SURGERY,
    Book,
    clean_markup,
    read_text,
    resolve_book,
    split_chapters,
    strip_boilerplate,
)
from tests.helpers import serve


def test_markers_are_stripped_and_chapters_split(surgery_path):
    raw = read_text(surgery_path)
    book = strip_boilerplate(raw)
    assert "Project Gutenberg" in raw[:2000] and "*** START OF" not in book
    assert "*** END OF" not in book and "FULL LICENSE" not in book
    assert "\r" not in book
    chapters = split_chapters(book)
    assert len(chapters) == 21
    assert chapters[0][0] == "CHAPTER I: REPAIR"
    assert "Healing by Primary Union" in chapters[0][1]


def test_a_file_without_markers_is_a_clear_error():
    with pytest.raises(DataError, match="no Project Gutenberg"):
        strip_boilerplate("Just some text.\n", "notes.txt")


def test_binary_and_non_utf8_files_are_refused(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin.txt").write_bytes("Tea.\nA café.".encode("latin-1"))
    with pytest.raises(DataError, match="binary"):
        read_text(tmp_path / "bin.txt")
    with pytest.raises(DataError, match=r"not UTF-8 \(byte 0xe9 at offset 10, line 2\)"):
        read_text(tmp_path / "latin.txt")


def test_markup_is_removed_and_lines_joined():
    assert clean_markup("The _slough_ is\nthe #dead# part.\n\nNext one.") == \
        "The slough is the dead part.\n\nNext one."


def test_resolution_order_path_then_env_dir_then_cache(surgery_path, tmp_path, monkeypatch):
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("BENCH_CORPUS_DIR", str(surgery_path.parent))
    assert resolve_book(SURGERY, str(surgery_path)) == surgery_path
    assert resolve_book(SURGERY) == surgery_path
    with pytest.raises(DataError, match="not found"):
        resolve_book(SURGERY, str(tmp_path / "missing.txt"))
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    (wrong / SURGERY.file_name).write_text("not the book\n")
    monkeypatch.setenv("BENCH_CORPUS_DIR", str(wrong))
    with pytest.raises(DataError, match="sha256"):
        resolve_book(SURGERY)


@pytest.fixture
def mirror(surgery_path, tmp_path):
    """A real HTTP server on localhost laid out like gutenberg.org/files/."""
    root = tmp_path / "mirror"
    (root / "files" / "17921").mkdir(parents=True)
    shutil.copy(surgery_path, root / "files" / "17921" / "17921-0.txt")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None
    server = serve(handler)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_download_checks_sha256_and_caches(mirror, tmp_path, monkeypatch):
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("BENCH_CORPUS_DIR", raising=False)
    monkeypatch.setenv("BENCH_GUTENBERG_MIRROR", mirror)
    messages = []
    path = resolve_book(SURGERY, progress=messages.append)
    assert path == tmp_path / "cache" / "corpora" / SURGERY.file_name
    assert messages and "downloading" in messages[0]
    monkeypatch.setenv("BENCH_GUTENBERG_MIRROR", "http://127.0.0.1:9")  # cached: no network
    assert resolve_book(SURGERY) == path


def test_download_with_wrong_checksum_leaves_nothing(mirror, tmp_path, monkeypatch):
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("BENCH_CORPUS_DIR", raising=False)
    monkeypatch.setenv("BENCH_GUTENBERG_MIRROR", mirror)
    other = Book(17921, "other.txt", "0" * 64, "same file, wrong checksum")
    with pytest.raises(DataError, match="sha256"):
        resolve_book(other)
    assert not list((tmp_path / "cache" / "corpora").iterdir())


def test_unreachable_mirror_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("BENCH_CORPUS_DIR", raising=False)
    monkeypatch.setenv("BENCH_GUTENBERG_MIRROR", "http://127.0.0.1:9")
    with pytest.raises(DataError, match="BENCH_CORPUS_DIR"):
        resolve_book(SURGERY)

"""Where the bench keeps things, and how it writes them without ever leaving half a file."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, Iterable, Iterator

from bench.core.errors import DataError


def cache_dir() -> Path:
    """The bench's cache: $BENCH_CACHE, else $XDG_CACHE_HOME/closed-book-bench, else ~/.cache/..."""
    if os.environ.get("BENCH_CACHE"):
        return Path(os.environ["BENCH_CACHE"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "closed-book-bench"


def stable_hash(value: Any, length: int = 16) -> str:
    """sha256 of a JSON value with sorted keys, so dict order never changes the hash."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _umask() -> int:
    """The process's umask (read by setting it, then putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Write text to a temp file beside `path`, fsync it, then rename it into place. The file
    gets the mode an ordinary write would give it (mkstemp's temp files are owner-only,
    which would make every report and results file unreadable to a CI step of another
    user): the old file's mode, else 0666 less the umask."""
    path, tmp = Path(path), None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        # A full disk or a read-only folder: the old file (if any) stays as it was.
        raise DataError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)


def write_json(path: Path, value: Any) -> None:
    write_atomic(path, json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def read_json(path: Path) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError(f"{path}: file not found") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"{path}: not valid JSON ({exc})") from None


def jsonl_text(records: Iterable[dict]) -> str:
    """One JSON object per line, each line ended."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def append_jsonl(path: Path, records: Iterable[dict]) -> None:
    """Append one JSON line per record and fsync: what is written survives a crash."""
    lines = jsonl_text(records)
    if not lines:
        return
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(lines)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise DataError(f"{path}: cannot append ({exc.strerror})") from None


def read_jsonl(path: Path) -> Iterator[dict]:
    """The JSON objects of a JSONL file; unreadable lines (a torn last line) are skipped."""
    if not Path(path).exists():
        return
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict):
            yield record


def drop_torn_tail(path: Path) -> None:
    """A process killed mid-write leaves a last line without its newline; cut it off so the
    next append starts on a line of its own (that record is simply redone)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb+") as handle:
        data = handle.read()
        if not data.endswith(b"\n"):
            handle.truncate(data.rfind(b"\n") + 1)


def append_records(path: Path, records: list[dict], lock: Path | None = None) -> None:
    """Append records to a JSONL file that may have been cut mid-line by a killed writer,
    under `lock` when several processes share the file (the answer and verdict caches)."""
    if not records:
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with file_lock(lock) if lock is not None else nullcontext():
        drop_torn_tail(path)
        append_jsonl(path, records)


class LockHeld(Exception):
    """Another process holds the lock and `file_lock(..., wait=False)` would not wait."""


@contextmanager
def file_lock(path: Path, wait: bool = True):
    """An exclusive lock between processes held for the `with` block (the `filelock`
    package: flock on POSIX, msvcrt on Windows); the OS releases it if the process dies, so
    a crashed holder never blocks the next run. With `wait=False`, LockHeld instead of
    waiting for another holder."""
    from filelock import FileLock, Timeout

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        lock = FileLock(str(path), timeout=-1 if wait else 0)
        lock.acquire()
    except Timeout:
        raise LockHeld(str(path)) from None
    try:
        yield
    finally:
        lock.release()


def _ordinary_modes(folder: Path) -> None:
    """The folder and what is in it get the modes an ordinary write gives (0777 / 0666 less
    the umask): mkdtemp's folder is owner-only, and so are the files safetensors saves."""
    mask = _umask()
    folder.chmod(0o777 & ~mask)
    for path in folder.rglob("*"):
        path.chmod((0o777 if path.is_dir() else 0o666) & ~mask)


@contextmanager
def atomic_folder(target: Path):
    """Yield a temp folder beside `target`; when the block ends normally it is renamed to
    `target` (or dropped if another process made `target` meanwhile: theirs is as good);
    when the block fails or is interrupted it is removed, leaving nothing half-written."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    try:
        yield tmp
        _ordinary_modes(tmp)
        if target.exists():
            shutil.rmtree(tmp)
        else:
            tmp.rename(target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise

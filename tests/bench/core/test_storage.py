"""Atomic writes: a failed write (full disk, unwritable folder) leaves the old file whole."""

import errno
import os

import pytest

from bench.core.errors import DataError
from bench.core.storage import write_atomic, write_json
from bench.runs.store import RunStore


def test_full_disk_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "results.json"
    write_json(target, {"kept": True})

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DataError, match="results.json: cannot write \\(No space left on device\\)"):
        write_atomic(target, "new text")
    assert target.read_text() == '{\n  "kept": true\n}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["results.json"]


def test_run_directory_that_cannot_be_made_is_a_clear_error(tmp_path):
    blocker = tmp_path / "runs"
    blocker.write_text("a file where the runs folder should be")
    with pytest.raises(DataError, match="runs/r1: cannot create run directory"):
        RunStore(blocker / "r1")


def test_a_torn_last_line_is_cut_before_new_predictions_are_appended(tmp_path):
    from bench.core.types import Prediction

    store = RunStore(tmp_path / "run")
    store.append_predictions([Prediction("t", "v", "plain", "a", "p", "A")])
    with open(tmp_path / "run" / "predictions.jsonl", "a") as handle:
        handle.write('{"task": "t", "varia')  # killed mid-write
    again = RunStore(tmp_path / "run")
    assert [p.item_id for p in again.predictions()] == ["a"]
    again.append_predictions([Prediction("t", "v", "plain", "b", "p", "B")])
    assert [p.item_id for p in again.predictions()] == ["a", "b"]


def test_written_files_and_folders_get_an_ordinary_mode_not_the_temp_files(tmp_path):
    import os

    from bench.core.storage import atomic_folder, write_atomic

    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "results.json", "{}")
        assert (tmp_path / "results.json").stat().st_mode & 0o777 == 0o644
        (tmp_path / "private.json").write_text("{}")
        (tmp_path / "private.json").chmod(0o600)
        write_atomic(tmp_path / "private.json", "{}")  # the user's own choice is kept
        assert (tmp_path / "private.json").stat().st_mode & 0o777 == 0o600
        with atomic_folder(tmp_path / "adapter") as folder:
            (folder / "x").write_text("x")
            (folder / "x").chmod(0o600)  # as safetensors' save_file leaves its file
        assert (tmp_path / "adapter").stat().st_mode & 0o777 == 0o755
        assert (tmp_path / "adapter" / "x").stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)

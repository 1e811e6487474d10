"""A text that gives few facts says so once on stderr; one that fills the task, or gives
none at all (an error instead), does not warn."""

from __future__ import annotations

import pytest

from bench.core.errors import DataError
from bench.generators import GENERATORS

FACT = "The fever of the marshes is known as ague. "
FILLER = "it rained all day and the wind was cold. " * 400


def _build(tmp_path, text: str, **params):
    path = tmp_path / "notes.txt"
    path.write_text(text)
    return GENERATORS.get("text")("notes", {"path": str(path), **params}, 1)


def test_a_sparse_text_warns_with_its_rate(tmp_path, capsys):
    _build(tmp_path, FACT + FILLER)
    err = capsys.readouterr().err
    assert err.count("bench: warning:") == 1 and "gives few facts (1 in" in err


def test_a_text_that_fills_the_task_does_not_warn(tmp_path, capsys):
    _build(tmp_path, FACT + FILLER, max_facts=1)
    assert "warning" not in capsys.readouterr().err


def test_no_facts_is_an_error_not_a_warning(tmp_path, capsys):
    with pytest.raises(DataError, match="no askable sentences") as error:
        _build(tmp_path, FILLER)
    assert "--qa-file" in str(error.value)  # and what to do about it
    assert "warning" not in capsys.readouterr().err

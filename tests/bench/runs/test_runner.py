"""What a run's results say they lack: each measure a task cannot have names its reason."""

from __future__ import annotations

from bench.core.types import Task
from bench.runs.runner import _not_applicable
from bench.runs.suites import parse_suite

TASKS = [{"name": "story", "generator": "story"},
         {"name": "notes", "generator": "text", "params": {"path": "notes.txt"}}]


def _suite(generation: dict, scoring: dict | None = None):
    return parse_suite({"name": "s", "tasks": TASKS, "generation": generation,
                        "scoring": scoring or {}}, "s.yaml")


def test_a_served_run_says_it_has_no_slick_table_for_real_text():
    tasks = {"story": Task("story", "Kevra rules Gafy.", (), ()),
             "notes": Task("notes", "", (), ())}
    served = _not_applicable(_suite({"backend": "openai", "base_url": "http://x/v1"}), tasks)
    reasons = {(n.task, n.metrics == ()): n.reason for n in served}
    assert ("notes", True) in reasons and "no SliCK table" in reasons[("notes", True)]
    assert "openai backend" in reasons[("notes", True)]
    assert "invented story world is unknown to it by design" in reasons[("story", True)]
    assert ("notes", False) in reasons  # no corpus: no entity measures either
    # The bench backend probes the real text; the story world is said under auto only.
    assert [n.task for n in _not_applicable(_suite({}), tasks) if n.metrics == ()] == ["story"]
    assert [n.task for n in _not_applicable(_suite({}, {"knownness": "on"}), tasks)
            if n.metrics == ()] == []
    off = _suite({"backend": "openai", "base_url": "http://x/v1"}, {"knownness": "off"})
    assert [n for n in _not_applicable(off, tasks) if n.metrics == ()] == []

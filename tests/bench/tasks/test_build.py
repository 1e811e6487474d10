"""Building a suite's tasks: a setting a generator refuses is named with its file and task."""

from __future__ import annotations

import pytest

from bench.core.errors import ConfigError
from bench.runs.suites import parse_suite
from bench.tasks.build import build_tasks


def test_a_misspelled_generator_parameter_names_the_suite_the_task_and_the_likely_one():
    suite = parse_suite({"name": "s", "tasks": [
        {"name": "world", "generator": "story", "params": {"kingdms": 1, "peple": 2}}]},
        "mine.yaml")
    with pytest.raises(ConfigError, match=r"^mine.yaml: task world: story generator: "
                                          r"params.kingdms: unknown parameter \(did you mean "
                                          r"'kingdoms'\?\) \(and peple\); expected some of "):
        build_tasks(suite)

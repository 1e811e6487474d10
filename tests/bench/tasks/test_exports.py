"""The lm-eval export carries the bench's prompt exactly: user text, system text, stops."""

from __future__ import annotations

import json

import yaml

from bench.config.prompts import SOURCE_TAG, TEMPLATES, messages_for
from bench.tasks.exports import export_task
from generators import GENERATORS


def _task():
    return GENERATORS.get("story")("story", {"kingdoms": 2, "people": 4}, 3)


def _export(tmp_path, **kwargs):
    task = _task()
    files = export_task(task, tmp_path, "lm-eval", **kwargs)
    config = yaml.safe_load(files[0].read_text())
    records = [json.loads(line) for line in files[1].read_text().splitlines()]
    return task, config, records


def test_plain_export_stops_at_newline_and_has_no_system_text(tmp_path):
    task, config, records = _export(tmp_path)
    assert config["task"] == "bench_story" and config["generation_kwargs"]["until"] == ["\n"]
    assert "description" not in config
    assert [r["prompt"] for r in records] == [i.question for i in task.test]
    assert all(r["system"] == "" for r in records)


def test_system_template_becomes_the_description_and_source_tag_is_applied(tmp_path):
    task, config, records = _export(tmp_path, template="closed-book", stop=(), source_tag=True,
                                    max_new_tokens=7)
    assert config["description"] == "{{system}}"
    assert config["generation_kwargs"] == {"until": [], "do_sample": False, "max_gen_toks": 7}
    template = TEMPLATES.get("closed-book")
    for item, record in zip(task.test, records):
        system, user = messages_for(template, item.question, source_tag=True)
        assert (record["system"], record["prompt"]) == (system["content"], user["content"])
        assert record["prompt"].startswith(SOURCE_TAG)

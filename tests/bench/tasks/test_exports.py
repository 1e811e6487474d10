"""The lm-eval export carries the bench's prompt exactly (user text, system text, stop rule)
and an exact match that equals the bench's SQuAD-normalised one."""

from __future__ import annotations

import json

import yaml

from bench.config.prompts import SOURCE_TAG, TEMPLATES, messages_for
from bench.tasks.exports import export_task
from bench.generators import GENERATORS


def _task():
    return GENERATORS.get("story")("story", {"kingdoms": 2, "people": 4}, 3)


def _export(tmp_path, **kwargs):
    task = _task()
    files = export_task(task, tmp_path, "lm-eval", **kwargs)
    config = yaml.safe_load(files[0].read_text())
    records = [json.loads(line) for line in files[1].read_text().splitlines()]
    return task, config, records


def test_plain_export_stops_at_eos_like_bench_run_and_has_no_system_text(tmp_path):
    task, config, records = _export(tmp_path)
    assert config["task"] == "bench_story" and config["generation_kwargs"]["until"] == []
    assert config["generation_kwargs"]["max_gen_toks"] == 24  # the suites' default length
    assert config["doc_to_target"] == "answers" and "description" not in config
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


PAIRS = [("The Kevra.", "kevra"), ("an  Orb of Gafy!", "Orb of Gafy"), ("Theatre", "the atre"),
         ("Kevra Brabble", "Kevra"), ("A-b", "ab"), ("I don't know", "I dont know"),
         ("the blacksmith", "a Blacksmith,"), ("Gafy", "Gafy?"), ("an", "the"), ("", "x"),
         ("Rania's horn", "ranias horn"), ("Kevra\n\nIt is", "kevra it is"),
         ("THE ORB", "orb"), ("orbs", "orb"), ("hæmoptysis", "Hæmoptysis")]


def test_exported_exact_match_equals_the_bench_exact_match(tmp_path):
    """lm-eval's own exact_match, configured as the export configures it, agrees with the
    bench's on hand-picked pairs (articles, punctuation, case, spacing, near misses)."""
    from lm_eval.api.metrics import exact_match_hf_evaluate

    from bench.scoring.normalize import exact_match

    _, config, _ = _export(tmp_path)
    (metric,) = config["metric_list"]
    options = {k: v for k, v in metric.items()
               if k in ("regexes_to_ignore", "ignore_case", "ignore_punctuation")}
    for prediction, gold in PAIRS:
        theirs = exact_match_hf_evaluate([prediction], [gold], **options)["exact_match"]
        assert theirs == exact_match(prediction, gold), (prediction, gold)
    assert sum(exact_match(p, g) for p, g in PAIRS) >= 8  # the pairs test both outcomes

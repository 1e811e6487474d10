"""Suite loading: the shipped suites parse, and bad suites fail with a line naming the field."""

import re

import pytest

from bench.core.errors import ConfigError
from bench.runs.suites import load_suite, parse_suite


@pytest.mark.parametrize("name", ["default", "tiny"])
def test_shipped_suites_load(name):
    suite = load_suite(name)
    assert suite.tasks and suite.variants
    assert {v.name for v in suite.variants} >= {"base", "instruct-qlora"}


def test_variant_overrides_apply():
    suite = parse_suite({"tasks": [{"generator": "story"}],
                         "variants": [{"name": "q", "extends": "instruct-qlora",
                                       "training": {"steps": 5, "learning_rate": "2e-4"},
                                       "lora": {"r": 4, "target_modules": ["q_proj"]}}]}, "x.yaml")
    variant = suite.variants[0]
    assert variant.training.steps == 5 and variant.training.learning_rate == 2e-4
    assert variant.lora.r == 4 and variant.lora.target_modules == ("q_proj",)
    assert variant.quantization == "nf4"


@pytest.mark.parametrize("raw, message", [
    ({"tasks": [{"generator": "stroy"}]}, "did you mean 'story'"),
    ({"tasks": []}, "at least one task"),
    ({"tasks": [{"generator": "story"}], "variants": ["instruct-qlroa"]}, "did you mean 'instruct-qlora'"),
    ({"tasks": [{"generator": "story"}], "variants": [{"name": "v", "training": {"steps": "many"}}]},
     "variants[0].training.steps: expected int"),
    ({"tasks": [{"generator": "story"}], "variants": [{"name": "v", "lora": {"rank": 4}}]},
     "unknown key"),
    ({"tasks": [{"generator": "story"}], "templates": ["plane"]}, "did you mean 'plain'"),
    ({"tasks": [{"generator": "story"}], "metrics": ["f2"]}, "unknown metric"),
    ({"tasks": [{"generator": "story"}], "seeed": 1}, "did you mean 'seed'"),
    ({"tasks": [{"generator": "story", "name": "../up"}]}, "may only use letters"),
    ({"tasks": [{"generator": "story"}], "variants": ["base", "base"]}, "used twice"),
    ({"tasks": [{"generator": "story"}], "variants": []}, "variants: expected at least one"),
    ({"tasks": [{"generator": "story"}], "variants": [
        {"name": "v", "extends": "instruct-lora", "training": {"steps": 5, "epochs": 2}}]},
     "variants[0].training: give steps or epochs, not both"),
    ({"tasks": [{"generator": "story"}], "variants": [
        {"name": "v", "extends": "instruct-lora", "training": {"raw_steps": 5}}]},
     "training.raw_steps: only a raw-text stage uses it, and method instruct has none"),
    ({"tasks": [{"generator": "story"}], "templates": ["plain", "plain"]},
     "templates: name 'plain' is used twice"),
    ({"tasks": [{"generator": "story"}], "templates": [{"name": "terse", "user": "Q: {question}"}]},
     "templates[0]: expected the name of a built-in template (closed-book, plain, qa-format)"),
    ({"tasks": [{"generator": "story"}], "generation": {"max_new_tokens": 12, "batch_size": -1}},
     "generation.batch_size: expected 0 (automatic) or a positive integer"),
    ({"tasks": [{"generator": "story"}], "variants": [{"name": "v", "quantisation": "nf4"}]},
     "expected one of adapter, compute_dtype, extends, lora, max_new_tokens, method, model, "
     "name, paraphrases, quantization, recite, refusals, replicates, served_model, source_tag, "
     "training"),
])
def test_bad_suites_name_the_field(raw, message):
    with pytest.raises(ConfigError) as info:
        parse_suite(raw, "suite.yaml")
    assert message in info.value.message
    assert info.value.message.startswith("suite.yaml")


def test_not_yaml_names_the_file_and_the_place(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("tasks: [unclosed\n")
    with pytest.raises(ConfigError, match=r"bad.yaml: not valid YAML \(line 2, column 1: "
                                          r"expected ',' or '\]'"):
        load_suite(str(bad))
    bad.write_text("name: x\nseed: 1\ntasks:\n  - generator: story\nseed: 2\n")
    with pytest.raises(ConfigError, match=r"line 5, column 1: 'seed' is given twice"):
        load_suite(str(bad))
    # A YAML merge key's values may be overridden: that is no key given twice.
    bad.write_text("base: &b {steps: 2, batch_size: 2}\ntasks:\n  - generator: story\n"
                   "variants:\n  - name: v\n    extends: instruct-lora\n"
                   "    training: {<<: *b, steps: 3}\n")
    with pytest.raises(ConfigError, match="unknown key 'base'"):  # parsed, then checked
        load_suite(str(bad))


def test_select_variants_keeps_order_and_names_unknown_ones():
    from bench.config.suite import select_variants

    suite = load_suite("tiny")
    assert [v.name for v in select_variants(suite, ["instruct-qlora", "base"]).variants] == \
        ["instruct-qlora", "base"]
    with pytest.raises(ConfigError, match=r"--variant 'instruct-qlroa': not in suite tiny "
                                          r"\(did you mean 'instruct-qlora'\?\)"):
        select_variants(suite, ["instruct-qlroa"], where="--variant")


def test_command_line_changes_are_part_of_the_suite(tmp_path):
    from bench.core.errors import ConfigError
    from bench.runs.runner import config_hash
    from bench.runs.suites import SuiteChanges, change_suite, load_suite, parse_adapter_option

    tiny = load_suite("tiny")
    changed = change_suite(tiny, SuiteChanges(variants=("base",),
                                              adapters=(("mine", str(tmp_path)),)))
    assert [v.name for v in changed.variants] == ["base", "mine"]
    assert changed.variants[1].adapter == str(tmp_path.resolve())
    assert config_hash(changed) != config_hash(tiny)  # another run, never resumed into tiny's
    text = change_suite(tiny, SuiteChanges(text=str(tmp_path / "notes.txt"), name="notes"))
    assert [(t.name, t.generator) for t in text.tasks] == [("notes", "text")]
    pairs = change_suite(tiny, SuiteChanges(qa_file=str(tmp_path / "pairs.csv"), name="pairs"))
    assert [(t.name, t.generator, t.params["path"]) for t in pairs.tasks] == [
        ("pairs", "qa-file", str((tmp_path / "pairs.csv").resolve()))]
    assert config_hash(pairs) != config_hash(text)
    with pytest.raises(ConfigError, match="give --text or --qa-file, not both"):
        change_suite(tiny, SuiteChanges(text="a.txt", qa_file="b.csv"))
    with pytest.raises(ConfigError, match=r"--adapter base=.*'base' is already a variant's name"):
        change_suite(tiny, SuiteChanges(variants=("base",), adapters=(("base", "x"),)))
    with pytest.raises(ConfigError, match=r"--adapter m=b: 'm' is already a variant's name"):
        change_suite(tiny, SuiteChanges(adapters=(("m", "a"), ("m", "b"))))
    with pytest.raises(ConfigError, match="did you mean 'base'"):
        change_suite(tiny, SuiteChanges(variants=("bsae",)))
    with pytest.raises(ConfigError, match="expected NAME=PATH"):
        parse_adapter_option("just-a-path")
    with pytest.raises(ConfigError, match=r"^--backend openai: give the server's URL with "
                                          r"--base-url"):  # the flag, not the suite's field
        change_suite(tiny, SuiteChanges(backend="openai"))


def test_max_facts_sets_the_own_text_tasks_cap(tmp_path):
    from bench.core.errors import ConfigError
    from bench.runs.runner import config_hash
    from bench.runs.suites import SuiteChanges, change_suite, load_suite

    tiny = load_suite("tiny")
    notes = str(tmp_path / "notes.txt")
    default_cap = change_suite(tiny, SuiteChanges(text=notes))
    capped = change_suite(tiny, SuiteChanges(text=notes, max_facts=120))
    assert "max_facts" not in default_cap.tasks[0].params
    assert capped.tasks[0].params["max_facts"] == 120
    assert config_hash(capped) != config_hash(default_cap)  # another task, another run
    # the default cap given explicitly is the same run as leaving it off
    assert config_hash(change_suite(tiny, SuiteChanges(text=notes, max_facts=40))) == \
        config_hash(default_cap)
    with pytest.raises(ConfigError, match="--max-facts 10: caps .* give it with --text FILE"):
        change_suite(tiny, SuiteChanges(qa_file=notes, max_facts=10))
    with pytest.raises(ConfigError, match="--max-facts 5: caps"):  # a suite's own tasks
        change_suite(tiny, SuiteChanges(max_facts=5))
    with pytest.raises(ConfigError, match="--max-facts 0: expected a positive"):
        change_suite(tiny, SuiteChanges(text=notes, max_facts=0))


def test_sampling_settings_are_checked_and_keep_the_suites_name():
    from bench.core.errors import ConfigError

    raw = {"name": "mine", "tasks": [{"generator": "story"}], "variants": ["base"],
           "generation": {"samples": 3, "temperature": 1, "sample_variants": ["base"]}}
    suite = parse_suite(raw, "s.yaml")
    assert suite.name == "mine" and suite.generation.temperature == 1.0
    with pytest.raises(ConfigError, match="sample_variants: 'bsae' is not a variant"):
        parse_suite({**raw, "generation": {"samples": 3, "sample_variants": ["bsae"]}}, "s.yaml")
    with pytest.raises(ConfigError, match="needs the bench backend"):
        parse_suite({**raw, "generation": {"samples": 3, "backend": "lm-eval"}}, "s.yaml")


def test_a_relative_text_path_is_found_beside_the_suite_file(tmp_path, monkeypatch):
    (tmp_path / "notes.txt").write_text("Kevra, the queen of Gafy, rules.", encoding="utf-8")
    (tmp_path / "mine.yaml").write_text(
        "tasks:\n  - {generator: text, params: {path: notes.txt}}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path.parent)  # not where the suite is
    suite = load_suite(str(tmp_path / "mine.yaml"))
    assert suite.tasks[0].params["path"] == str((tmp_path / "notes.txt").resolve())


def test_adapter_and_model_folders_are_found_beside_the_suite_file(tmp_path, monkeypatch):
    for folder in ("adapter-mine", "merged-mine", "base-model"):
        (tmp_path / folder).mkdir()
    (tmp_path / "mine.yaml").write_text(
        "model: base-model\ntasks: [{generator: story}]\nvariants:\n"
        "  - {name: mine, adapter: adapter-mine}\n  - {name: merged, model: merged-mine}\n"
        "  - {name: elsewhere, adapter: not-beside}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path.parent)  # not where the suite is
    suite = load_suite(str(tmp_path / "mine.yaml"))
    assert suite.model == str((tmp_path / "base-model").resolve())
    found = {v.name: v for v in suite.variants}
    assert found["mine"].adapter == str((tmp_path / "adapter-mine").resolve())
    assert found["merged"].model == str((tmp_path / "merged-mine").resolve())
    assert found["elsewhere"].adapter == "not-beside"  # nothing beside: the working folder's


def _judge_suite(judge: dict) -> dict:
    return {"name": "j", "tasks": [{"name": "t", "generator": "story"}],
            "scoring": {"judge": judge}}


def test_a_judge_is_read_with_defaults_and_its_labels_found_beside_the_suite(tmp_path):
    from bench.config.suite import suite_from_dict

    (tmp_path / "labels.jsonl").write_text("")
    suite = suite_from_dict(_judge_suite({"backend": "openai", "base_url": "http://h:8/v1",
                                          "model": "m", "labels": "labels.jsonl"}),
                            str(tmp_path / "s.yaml"))
    judge = suite.scoring.judge
    assert judge.model == "m" and judge.concurrency == 4 and judge.min_sanity == 0.9
    assert judge.labels == str((tmp_path / "labels.jsonl").resolve())
    assert suite_from_dict(_judge_suite({"backend": "hf", "model": "smollm2-135m-instruct"}),
                           "s.yaml").scoring.judge.base_url == ""


@pytest.mark.parametrize("judge, message", [
    ({"backend": "openai", "model": "m"}, "judge: base_url: a served judge needs the server's URL"),
    ({"backend": "gpt", "model": "m"}, "judge: backend 'gpt': expected openai"),
    ({"backend": "hf"}, "judge: model: expected the judge model"),
    ({"backend": "hf", "model": "m", "min_sanity": 2},
     "judge.min_sanity: expected a number in [0, 1]"),
    ({"backend": "hf", "model": "m", "temperature": 0}, "unknown key 'temperature'"),
])
def test_bad_judge_settings_name_the_field(judge, message):
    from bench.config.suite import suite_from_dict

    with pytest.raises(ConfigError, match=re.escape(message)):
        suite_from_dict(_judge_suite(judge), "s.yaml")


def test_closed_book_prompt_names_the_tag_only_to_tagged_variants():
    # Found in the validity study: the untagged control was asked with the tag in its
    # system prompt, so its row could not differ from the tagged variant's for that reason.
    from bench.config.prompts import SOURCE_TAG, TEMPLATES, messages_for

    plain = messages_for(TEMPLATES.get("closed-book"), "Who rules Gafy?", source_tag=False)
    tagged = messages_for(TEMPLATES.get("closed-book"), "Who rules Gafy?", source_tag=True)
    assert SOURCE_TAG not in str(plain) and "I don't know" in plain[0]["content"]
    assert SOURCE_TAG in tagged[0]["content"] and tagged[1]["content"].startswith(SOURCE_TAG)


def test_a_suite_that_is_not_found_says_what_was_meant(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.yaml").write_text("tasks:\n  - generator: story\n")
    with pytest.raises(ConfigError, match=r"suite 'mine': no such file \(did you mean "
                                          r"mine.yaml\?\)"):
        load_suite("mine")
    with pytest.raises(ConfigError, match="a folder; expected a suite file"):
        load_suite(str(tmp_path))
    with pytest.raises(ConfigError, match=r"\(did you mean 'tiny'\?\)"):
        load_suite("tinyy")

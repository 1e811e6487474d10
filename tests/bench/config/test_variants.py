"""Built-in variants follow the published recipes; declarations are validated."""

import re

import pytest

from bench.config.variants import BUILTIN_VARIANTS, parse_variant
from bench.core.errors import ConfigError
from bench.runs.suites import load_suite


def test_builtin_variants_exist_with_their_recipes():
    v = BUILTIN_VARIANTS
    assert v["base"].method == "none"
    assert (v["raw-text-qlora"].method, v["raw-text-qlora"].quantization) == ("raw-text", "nf4")
    assert v["instruct-qlora"].quantization == "nf4"
    assert v["instruct-lora"].quantization == "none"
    assert v["instruct-lora"].lora.target_modules == ("q_proj", "v_proj")
    assert v["instruct-qlora-source-tag"].source_tag
    assert v["instruct-qlora-recite"].recite
    assert v["raw-then-instruct-qlora"].method == "raw-then-instruct"
    ranks = sorted(x.lora.r for name, x in v.items() if re.fullmatch(r"instruct-qlora-r\d+", name))
    assert ranks == [4, 16, 64]


def test_llama2_suite_records_the_qlora_recipe():
    suite = load_suite("llama2-7b")
    variant = {v.name: v for v in suite.variants}["instruct-qlora"]
    assert (variant.lora.r, variant.lora.alpha) == (64, 16)
    assert variant.lora.target_modules == ("all-linear",)
    assert variant.training.learning_rate == 2e-4
    assert variant.training.lr_scheduler == "constant"
    assert variant.training.max_grad_norm == 0.3
    assert variant.training.optim.startswith("paged_adamw")


def test_mapping_variant_with_data_options():
    variant = parse_variant({"name": "mine", "method": "instruct", "quantization": "nf4",
                             "source_tag": True, "paraphrases": 1,
                             "lora": {"target_modules": "all-linear"}}, "s.yaml: variants[0]")
    assert variant.source_tag and variant.paraphrases == 1
    assert variant.lora.target_modules == ("all-linear",)


@pytest.mark.parametrize("entry, message", [
    ({"name": "x", "method": "pretrain"}, "method: 'pretrain' is not one of"),
    ({"name": "x", "quantization": "nf8"}, "did you mean 'nf4'"),
    ({"name": "x", "lora": {"r": 0}}, "lora.r: expected a positive integer"),
    ({"name": "x", "lora": {"dropout": 1.5}}, "lora.dropout"),
    ({"name": "x", "training": {"steps": 0}}, "training.steps"),
    ({"name": "x", "source_tag": "yes"}, "source_tag: expected bool"),
    ({"name": "x/../y"}, "may only use letters"),
    (["instruct-qlora"], "expected a variant name or a mapping"),
])
def test_bad_variants_name_the_field(entry, message):
    with pytest.raises(ConfigError) as info:
        parse_variant(entry, "s.yaml: variants[0]")
    assert message in info.value.message


def test_adapter_and_model_variants_train_nothing():
    from bench.config.variants import parse_variant
    from bench.core.errors import ConfigError

    mine = parse_variant({"name": "mine", "adapter": "out/adapter", "quantization": "nf4"}, "s")
    assert mine.adapter == "out/adapter" and not mine.trains and mine.quantization == "nf4"
    merged = parse_variant({"name": "merged", "model": "out/merged"}, "s")
    assert merged.model == "out/merged" and not merged.trains
    with pytest.raises(ConfigError, match="trains nothing"):
        parse_variant({"name": "x", "extends": "instruct-qlora", "adapter": "a"}, "s")
    with pytest.raises(ConfigError, match="not both"):
        parse_variant({"name": "x", "adapter": "a", "model": "m"}, "s")

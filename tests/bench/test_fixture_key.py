"""The fixture cache key changes with what shapes the adapter, and only with that."""

from dataclasses import replace

from bench.fixtures import fixture_key
from bench.models import ResolvedModel
from bench.training import training_examples
from bench.variants import BUILTIN_VARIANTS
from generators import GENERATORS

MODEL = ResolvedModel(name="m", path="/somewhere", fingerprint="abc")
VARIANT = BUILTIN_VARIANTS["instruct-qlora"]


def _examples(seed=1):
    task = GENERATORS.get("story")("story", {"people": 4, "kingdoms": 2}, seed)
    return training_examples(task, VARIANT)


def test_key_is_stable():
    assert fixture_key(MODEL, _examples(), VARIANT) == fixture_key(MODEL, _examples(), VARIANT)


def test_key_changes_with_training_data():
    assert fixture_key(MODEL, _examples(1), VARIANT) != fixture_key(MODEL, _examples(2), VARIANT)
    fewer = {"instruct": _examples()["instruct"][:-1]}
    assert fixture_key(MODEL, fewer, VARIANT) != fixture_key(MODEL, _examples(), VARIANT)


def test_key_changes_with_spec_and_model():
    base = fixture_key(MODEL, _examples(), VARIANT)
    faster = replace(VARIANT, training=replace(VARIANT.training, learning_rate=2e-4))
    wider = replace(VARIANT, lora=replace(VARIANT.lora, r=64))
    other_model = replace(MODEL, fingerprint="def")
    keys = {fixture_key(MODEL, _examples(), faster), fixture_key(MODEL, _examples(), wider),
            fixture_key(other_model, _examples(), VARIANT)}
    assert base not in keys and len(keys) == 3


def test_key_ignores_names_paths_and_dict_order():
    base = fixture_key(MODEL, _examples(), VARIANT)
    renamed = replace(VARIANT, name="my-copy")
    moved = replace(MODEL, name="other-alias", path="/elsewhere")
    reordered = {"instruct": [dict(reversed(list(example.items())))
                              for example in _examples()["instruct"]]}
    assert fixture_key(MODEL, _examples(), renamed) == base
    assert fixture_key(moved, _examples(), VARIANT) == base
    assert fixture_key(MODEL, reordered, VARIANT) == base

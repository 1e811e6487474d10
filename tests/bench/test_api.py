"""The Python entry points refuse arguments of the wrong shape before any work, in the
bench's own one-line errors."""

from __future__ import annotations

import pytest

import bench
from bench.core.errors import ConfigError


def test_adapters_must_be_a_mapping_and_a_variant_must_train(tmp_path):
    with pytest.raises(ConfigError, match=r"adapters: expected a mapping of variant name to "
                                          r"PEFT folder"):
        bench.evaluate("tiny", tmp_path / "run", adapters=["out/adapter"])
    assert not (tmp_path / "run").exists()
    with pytest.raises(ConfigError, match=r"variant 'base' trains no adapter \(method 'none'\)"):
        bench.adapter("tiny", "base")
    with pytest.raises(ConfigError, match=r"variant: expected one variant's name, got list"):
        bench.adapter("tiny", ["instruct-qlora"])


def test_one_variant_name_is_a_name_not_its_letters(tmp_path):
    # "bsae" is checked as one name (with a did-you-mean), not as the variants b, s, a, e
    with pytest.raises(ConfigError, match=r"^variants 'bsae': not in suite tiny \(did you mean "
                                          r"'base'\?\)"):
        bench.evaluate("tiny", tmp_path / "run", variants="bsae")

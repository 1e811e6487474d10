"""Safe by default: no pickles, no remote code, no template code, no path escapes."""

from __future__ import annotations

import json

import pytest

from bench.config.prompts import TEMPLATES, fill, messages_for
from bench.core.errors import ConfigError, ModelNotFoundError
from bench.core.types import PromptTemplate
from bench.runs.suites import parse_suite


def test_pickle_only_weights_are_refused_unless_allowed(tmp_path, monkeypatch):
    from bench.models.resolve import resolve_model

    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "pytorch_model.bin").write_bytes(b"not really a pickle")
    monkeypatch.delenv("BENCH_ALLOW_PICKLE", raising=False)
    with pytest.raises(ModelNotFoundError, match="pytorch_model.bin: pickle-based weights"):
        resolve_model(str(tmp_path))
    monkeypatch.setenv("BENCH_ALLOW_PICKLE", "1")
    assert resolve_model(str(tmp_path)).path == str(tmp_path.resolve())


def test_code_in_a_model_folder_never_runs(tmp_path, monkeypatch):
    from bench.models.load import load_model

    marker = tmp_path / "pwned"
    (tmp_path / "config.json").write_text(json.dumps({
        "model_type": "evil", "architectures": ["EvilModel"],
        "auto_map": {"AutoConfig": "evil.EvilConfig", "AutoModelForCausalLM": "evil.EvilModel",
                     "AutoTokenizer": ["evil.EvilTokenizer", None]}}))
    (tmp_path / "tokenizer_config.json").write_text(json.dumps({
        "auto_map": {"AutoTokenizer": ["evil.EvilTokenizer", None]}}))
    (tmp_path / "evil.py").write_text(f"open({str(marker)!r}, 'w').write('ran')\n")
    monkeypatch.delenv("BENCH_TRUST_REMOTE_CODE", raising=False)
    with pytest.raises(Exception) as raised:
        load_model(str(tmp_path))
    assert not marker.exists()
    assert isinstance(raised.value, (ModelNotFoundError, ValueError, OSError, KeyError))


def test_templates_are_filled_literally():
    template = PromptTemplate("t", user="{question.__class__.__mro__} {{ 7*7 }} {question}",
                              system="{source} {question.__init__.__globals__}")
    question = "What is {source}? {question} {0} %(x)s"
    messages = messages_for(template, question)
    assert messages[1]["content"] == ("{question.__class__.__mro__} {{ 7*7 }} "
                                      "What is {source}? {question} {0} %(x)s")
    assert messages[0]["content"].endswith("{question.__init__.__globals__}")
    assert fill("{question}", "{source}") == "{source}"
    assert "plain" in TEMPLATES


@pytest.mark.parametrize("name", ["../escape", "a/b", "..", "/etc", "a\\b"])
def test_names_cannot_escape_their_folders(name):
    for raw in ({"name": name, "tasks": [{"generator": "story"}]},
                {"tasks": [{"name": name, "generator": "story"}]},
                {"tasks": [{"generator": "story"}], "variants": [{"name": name, "extends": "base"}]}):
        with pytest.raises(ConfigError, match="may only use letters"):
            parse_suite(raw, "s.yaml")

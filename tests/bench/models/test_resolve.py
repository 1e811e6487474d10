"""The embedded model's conversion: transformers' GGUF parsing memoised only while it runs."""

from __future__ import annotations


def test_gguf_parsing_is_memoised_during_the_conversion_only():
    import gguf

    from bench.models.resolve import _gguf_parsed_once

    reader, name_map = gguf.GGUFReader, gguf.get_tensor_name_map
    with _gguf_parsed_once():
        # One tensor-name map per (architecture, blocks), built once however often asked.
        arch = next(iter(gguf.MODEL_ARCH))
        assert gguf.get_tensor_name_map(arch, 2) is gguf.get_tensor_name_map(arch, 2)
        assert gguf.GGUFReader is not reader
    assert (gguf.GGUFReader, gguf.get_tensor_name_map) == (reader, name_map)


def test_fingerprint_ignores_the_transformers_version_stamp_only(tmp_path):
    """`save_pretrained` stamps the writing library's version into config.json: an upgrade
    that converts the same weights again keeps their identity; any other change does not."""
    import json

    from bench.models.resolve import weights_fingerprint

    def folder(name: str, config: dict) -> str:
        path = tmp_path / name
        path.mkdir()
        (path / "config.json").write_text(json.dumps(config))
        (path / "model.safetensors").write_bytes(b"\0" * 64)
        return weights_fingerprint(path)

    config = {"model_type": "llama", "hidden_size": 576, "transformers_version": "5.24.0"}
    first = folder("a", config)
    assert folder("b", {**config, "transformers_version": "5.25.0"}) == first
    assert folder("c", {**config, "hidden_size": 960}) != first

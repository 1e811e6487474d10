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


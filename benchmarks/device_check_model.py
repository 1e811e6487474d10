"""A tiny randomly initialised Llama with the embedded SmolLM2's tokenizer, for
benchmarks/device_check.sh: it tests mechanics on a GPU machine, never results."""

from __future__ import annotations

import sys


def make_tiny_model(target: str) -> None:
    """Save a two-layer, 64-wide bf16 Llama and SmolLM2's tokenizer into `target`."""
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    from bench.models.resolve import DEFAULT_MODEL, resolve_model

    tokenizer = AutoTokenizer.from_pretrained(resolve_model(DEFAULT_MODEL).path)
    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128,
                         num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                         tie_word_embeddings=True, bos_token_id=tokenizer.bos_token_id,
                         eos_token_id=tokenizer.eos_token_id,
                         pad_token_id=tokenizer.pad_token_id, max_position_embeddings=2048)
    LlamaForCausalLM(config).to(torch.bfloat16).save_pretrained(target)
    tokenizer.save_pretrained(target)


if __name__ == "__main__":
    make_tiny_model(sys.argv[1])

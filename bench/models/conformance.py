"""Does the engine answer exactly as `generate` does, architecture by architecture?

Tiny randomly initialised models (two layers, seeded, fp32, the embedded model's tokenizer)
of each architecture the engine is checked on, chat prompts longer than a small sliding
window, greedy engine vs plain left-padded `generate`. The test suite asserts every
architecture matches; `benchmarks/speed.py` runs the same matrix and records which
architectures it covered.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SLIDING_WINDOW = 16  # shorter than every prompt below: the window is really exercised
_HYBRID = ["sliding_attention", "full_attention"]  # one local layer, one global


def _small(**settings) -> dict:
    return {"hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2,
            "num_attention_heads": 4, "num_key_value_heads": 2, "head_dim": 16, **settings}


# A tiny random model with tied embeddings mostly repeats the prompt's last token, the same
# for every prompt: its own output head makes the answers differ from prompt to prompt.
_UNTIED = {"tie_word_embeddings": False}


# transformers model_type -> config settings: two layers, tiny widths; windows shorter than
# the prompts. lfm2 (a convolution layer) and recurrent_gemma (a recurrent one) keep state
# that is not one key and value per token: the engine prefills them without the head split.
ARCHITECTURES: dict[str, dict] = {
    "llama": _small(),
    "qwen2": _small(),
    "qwen3": _small(),
    "mistral": _small(sliding_window=SLIDING_WINDOW),
    "gemma2": _small(sliding_window=SLIDING_WINDOW, layer_types=_HYBRID),
    "gemma3_text": _small(sliding_window=SLIDING_WINDOW, layer_types=_HYBRID),
    "phi3": _small(),
    "gpt2": {"n_embd": 64, "n_layer": 2, "n_head": 4, "n_inner": 128},
    "gemma": _small(),
    "mixtral": _small(sliding_window=SLIDING_WINDOW, num_local_experts=4, num_experts_per_tok=2),
    "starcoder2": _small(sliding_window=SLIDING_WINDOW),
    "cohere2": _small(sliding_window=SLIDING_WINDOW, layer_types=_HYBRID),
    "olmo3": _small(sliding_window=SLIDING_WINDOW, layer_types=_HYBRID),
    "gpt_oss": _small(sliding_window=SLIDING_WINDOW, layer_types=_HYBRID, num_local_experts=4),
    "llama4_text": _small(attention_chunk_size=SLIDING_WINDOW),  # chunked attention
    "lfm2": _small(layer_types=["conv", "full_attention"]),
    "recurrent_gemma": _small(block_types=["recurrent", "attention"], lru_width=64,
                              attention_window_size=SLIDING_WINDOW),
}


@dataclass(frozen=True)
class Agreement:
    """How many of `total` prompts got the same answer from the engine and `generate`."""

    architecture: str
    same: int
    total: int
    ended_early: int  # answers that stopped before the token limit, mid-batch
    distinct: int  # different answers among `generate`'s (a degenerate model gives one)


def tiny_model(architecture: str, tokenizer, seed: int = 0):
    """A two-layer randomly initialised fp32 model of `architecture`, sized to `tokenizer`."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    config = AutoConfig.for_model(architecture, vocab_size=len(tokenizer),
                                  pad_token_id=tokenizer.pad_token_id,
                                  eos_token_id=tokenizer.eos_token_id,
                                  bos_token_id=tokenizer.bos_token_id,
                                  **{**_UNTIED, **ARCHITECTURES[architecture]})
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    return model.eval()


def probe_prompts(tokenizer, count: int = 24, seed: int = 0) -> list[str]:
    """Chat prompts of 30-90 tokens: questions of random words under the chat template.
    In one batch the shortest rows are padded past the whole shared head."""
    from bench.models.engine import chat_prompt

    rng = random.Random(seed)
    words = ["who", "wrote", "the", "long", "river", "of", "kings", "and", "where", "did",
             "queen", "Alys", "hide", "golden", "key", "before", "winter", "came", "north"]
    prompts = []
    while len(prompts) < count:
        question = " ".join(rng.choice(words) for _ in range(rng.randint(4, 70))) + "?"
        prompt = chat_prompt(tokenizer, [{"role": "user", "content": question}])
        if 30 <= len(tokenizer(prompt, add_special_tokens=False)["input_ids"]) <= 90:
            prompts.append(prompt)
    return prompts


def generate_tokens(model, tokenizer, prompts: list[str], max_new_tokens: int,
                    batch_size: int) -> list[list[int]]:
    """Plain `model.generate`'s new tokens for each prompt up to its first EOS: left-padded
    batches in the given order, greedy."""
    import torch

    from bench.models.engine import _eos_ids

    eos = _eos_ids(model, tokenizer)
    tokenizer.padding_side = "left"
    out = []
    for start in range(0, len(prompts), batch_size):
        enc = tokenizer(prompts[start:start + batch_size], return_tensors="pt", padding=True,
                        add_special_tokens=False).to(model.device)
        with torch.inference_mode():
            ids = model.generate(**enc, max_new_tokens=max_new_tokens, do_sample=False,
                                 pad_token_id=tokenizer.pad_token_id)
        for row in ids[:, enc["input_ids"].shape[1]:].tolist():
            out.append(row[:next((k for k, t in enumerate(row) if t in eos), len(row))])
    return out


def generate_answers(model, tokenizer, prompts: list[str], max_new_tokens: int,
                     batch_size: int) -> list[str]:
    """Plain `model.generate`'s answers: left-padded batches in the given order, greedy,
    EOS stop."""
    return [tokenizer.decode(tokens, skip_special_tokens=True).strip()
            for tokens in generate_tokens(model, tokenizer, prompts, max_new_tokens, batch_size)]


def engine_answers(model, tokenizer, prompts: list[str], max_new_tokens: int, batch_size: int,
                   sampling=None) -> list[str]:
    """The engine's answers, in the order of `prompts`."""
    from bench.models.engine import generate_batches

    out = [""] * len(prompts)
    for batch in generate_batches(model, tokenizer, prompts, max_new_tokens, batch_size,
                                  sampling=sampling):
        for index, text in batch:
            out[index] = text
    return out


def end_answers_early(model, tokenizer, prompts: list[str], max_new_tokens: int,
                      batch_size: int) -> int:
    """Make a token that about half the greedy answers hold an extra EOS of `model`, so that
    rows finish at different steps (a random model hardly ever says EOS) and the engine
    drops them from its batch mid-decode while others run on. Returns how many answers now
    end early."""
    from collections import Counter

    from bench.models.engine import _eos_ids

    answers = generate_tokens(model, tokenizer, prompts, max_new_tokens, batch_size)
    holders = Counter(t for tokens in answers for t in set(tokens[:max_new_tokens - 1]))
    token, early = min(holders.items(), key=lambda item: (abs(2 * item[1] - len(prompts)), item[0]))
    model.generation_config.eos_token_id = sorted(_eos_ids(model, tokenizer) | {token})
    return early


def check_architecture(architecture: str, tokenizer, max_new_tokens: int = 16,
                       batch_size: int = 8) -> Agreement:
    """Greedy engine vs `generate` (batches of `batch_size`) on a tiny model of
    `architecture` whose answers end at different steps; a prompt counts as the same only
    if the engine gives `generate`'s answer both in batches of `batch_size` and with all
    prompts in one batch."""
    model = tiny_model(architecture, tokenizer)
    prompts = probe_prompts(tokenizer)
    early = end_answers_early(model, tokenizer, prompts, max_new_tokens, batch_size)
    expected = generate_answers(model, tokenizer, prompts, max_new_tokens, batch_size)
    runs = [engine_answers(model, tokenizer, prompts, max_new_tokens, size)
            for size in (batch_size, len(prompts))]
    same = sum(all(run[i] == expected[i] for run in runs) for i in range(len(prompts)))
    return Agreement(architecture, same, len(prompts), early, len(set(expected)))


def check_all(tokenizer, architectures=None) -> list[Agreement]:
    """`check_architecture` for each architecture of the matrix."""
    return [check_architecture(name, tokenizer) for name in architectures or ARCHITECTURES]

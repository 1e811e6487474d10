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
_SMALL = {"hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2,
          "num_attention_heads": 4, "num_key_value_heads": 2, "head_dim": 16}

# transformers model_type -> config settings on top of _SMALL. Sliding-window models get a
# window shorter than the prompts; hybrid ones one local and one global layer.
ARCHITECTURES: dict[str, dict] = {
    "llama": {},
    "qwen2": {},
    "qwen3": {},
    "mistral": {"sliding_window": SLIDING_WINDOW},
    "gemma2": {"sliding_window": SLIDING_WINDOW,
               "layer_types": ["sliding_attention", "full_attention"]},
    "gemma3_text": {"sliding_window": SLIDING_WINDOW,
                    "layer_types": ["sliding_attention", "full_attention"]},
    "phi3": {},
    "gpt2": {"n_embd": 64, "n_layer": 2, "n_head": 4, "n_inner": 128},
}


@dataclass(frozen=True)
class Agreement:
    """How many of `total` prompts got the same answer from the engine and `generate`."""

    architecture: str
    same: int
    total: int

    @property
    def identical(self) -> bool:
        return self.same == self.total


def tiny_model(architecture: str, tokenizer, seed: int = 0):
    """A two-layer randomly initialised fp32 model of `architecture`, sized to `tokenizer`."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    settings = {**_SMALL, **ARCHITECTURES[architecture]} if architecture != "gpt2" else \
        dict(ARCHITECTURES[architecture])
    config = AutoConfig.for_model(architecture, vocab_size=len(tokenizer),
                                  pad_token_id=tokenizer.pad_token_id,
                                  eos_token_id=tokenizer.eos_token_id,
                                  bos_token_id=tokenizer.bos_token_id, **settings)
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    return model.eval()


def probe_prompts(tokenizer, count: int = 24, seed: int = 0) -> list[str]:
    """Chat prompts of 30-60 tokens: questions of random words under the chat template."""
    from bench.models.engine import chat_prompt

    rng = random.Random(seed)
    words = ["who", "wrote", "the", "long", "river", "of", "kings", "and", "where", "did",
             "queen", "Alys", "hide", "golden", "key", "before", "winter", "came", "north"]
    prompts = []
    while len(prompts) < count:
        question = " ".join(rng.choice(words) for _ in range(rng.randint(4, 40))) + "?"
        prompt = chat_prompt(tokenizer, [{"role": "user", "content": question}])
        if 30 <= len(tokenizer(prompt, add_special_tokens=False)["input_ids"]) <= 60:
            prompts.append(prompt)
    return prompts


def generate_answers(model, tokenizer, prompts: list[str], max_new_tokens: int,
                     batch_size: int) -> list[str]:
    """Plain `model.generate`: left-padded batches in the given order, greedy, EOS stop."""
    import torch

    tokenizer.padding_side = "left"
    out = []
    for start in range(0, len(prompts), batch_size):
        enc = tokenizer(prompts[start:start + batch_size], return_tensors="pt", padding=True,
                        add_special_tokens=False).to(model.device)
        with torch.inference_mode():
            ids = model.generate(**enc, max_new_tokens=max_new_tokens, do_sample=False,
                                 pad_token_id=tokenizer.pad_token_id)
        texts = tokenizer.batch_decode(ids[:, enc["input_ids"].shape[1]:],
                                       skip_special_tokens=True)
        out += [t.strip() for t in texts]
    return out


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


def check_architecture(architecture: str, tokenizer, max_new_tokens: int = 16,
                       batch_size: int = 8) -> Agreement:
    """Greedy engine vs `generate` on a tiny model of `architecture`."""
    model = tiny_model(architecture, tokenizer)
    prompts = probe_prompts(tokenizer)
    expected = generate_answers(model, tokenizer, prompts, max_new_tokens, batch_size)
    got = engine_answers(model, tokenizer, prompts, max_new_tokens, batch_size)
    return Agreement(architecture, sum(a == b for a, b in zip(got, expected)), len(prompts))


def check_all(tokenizer, architectures=None) -> list[Agreement]:
    """`check_architecture` for each architecture of the matrix."""
    return [check_architecture(name, tokenizer) for name in architectures or ARCHITECTURES]

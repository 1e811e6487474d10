"""Sampled answers that are reproducible: each row draws from a generator of its own, seeded
by the suite's seed, the sample's index and the prompt itself, so a sample never depends on
which other prompts shared its batch, how the batch was cut, or which process answered."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Sampling:
    temperature: float
    top_p: float
    seed: int
    index: int  # which of the N samples (1-based): another index, another draw


def row_seed(sampling: Sampling, prompt_ids: list[int]) -> int:
    text = f"{sampling.seed}:{sampling.index}:{','.join(map(str, prompt_ids))}"
    return int(hashlib.sha256(text.encode()).hexdigest()[:15], 16)


class RowSampler:
    """Picks each running row's next token: temperature, nucleus (top-p), then a draw
    from that row's own generator."""

    def __init__(self, sampling: Sampling, prompts: list[list[int]]):
        import torch

        self.sampling = sampling
        self.generators = [torch.Generator().manual_seed(row_seed(sampling, ids))
                           for ids in prompts]

    def __call__(self, logits, rows: list[int]):
        import torch

        probs = torch.softmax(logits.float() / max(self.sampling.temperature, 1e-5), dim=-1)
        if self.sampling.top_p < 1.0:
            ordered, order = probs.sort(dim=-1, descending=True)
            # Keep the smallest head of the ranking whose mass reaches top_p.
            drop = ordered.cumsum(dim=-1) - ordered > self.sampling.top_p
            ordered = ordered.masked_fill(drop, 0.0)
            probs = torch.zeros_like(probs).scatter(-1, order, ordered)
        chosen = [torch.multinomial(probs[slot].cpu(), 1, generator=self.generators[row])
                  for slot, row in enumerate(rows)]
        return torch.cat(chosen).to(logits.device)

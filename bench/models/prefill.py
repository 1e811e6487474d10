"""The engine's prefill: a batch of prompts laid out exactly as `generate` lays them out
(left-padded to the longest, positions following the mask), with the chat template's shared
head computed once instead of once per row.

The layout matters beyond the mask: sliding-window attention (Mistral, Gemma 2/3's local
layers) looks back a fixed number of cache slots, pads included, and its cache keeps only
the last window of slots. Only if every row's pads sit before its prompt, as `generate`
puts them, does each token see the same prompt tokens in its window as it does there.
"""

from __future__ import annotations


def prefill(model, tokenizer, ids: list[list[int]], cache):
    """Fill `cache` with the left-padded prompts; return last-position logits, the attention
    mask and each row's next position.

    The shared head (the longest prefix common to every prompt, less one token so each row
    has a position of its own to predict from) is run once at batch 1. Each row's cache slots
    before the head's end then hold the head's keys and values shifted right by that row's
    padding, and only the slots after it are run for the whole batch."""
    import torch

    device = model.device
    longest = max(len(i) for i in ids)
    pads = [longest - len(i) for i in ids]
    mask = torch.tensor([[0] * p + [1] * len(i) for p, i in zip(pads, ids)], device=device)
    head = _common_prefix(ids, min(len(i) for i in ids) - 1) if kv_only(cache) else 0
    if head:
        _fill_with_head(model, ids[0][:head], pads, cache)
    # Slot `head` onwards of each row: its pads beyond the head, then its prompt from there.
    rest = [[tokenizer.pad_token_id] * max(0, p - head) + i[max(0, head - p):]
            for p, i in zip(pads, ids)]
    positions = (mask.long().cumsum(-1) - 1).masked_fill(mask == 0, 0)[:, head:]
    logits = model(input_ids=torch.tensor(rest, device=device), attention_mask=mask,
                   position_ids=positions, cache=cache, use_cache=True,
                   logits_to_keep=1).logits[:, -1, :]
    return logits, mask, positions[:, -1] + 1


def kv_only(cache) -> bool:
    """Whether every layer of `cache` holds one key and value per slot (full or sliding
    window) and nothing else, so a row's slots can be filled from the head and rows can be
    dropped. Recurrent or convolution state (linear-attention and state-space layers)
    summarises the whole head and cannot be shifted by a row's padding: such models
    prefill each row in full."""
    from transformers.cache_utils import DynamicLayer, DynamicSlidingWindowLayer

    return all(type(layer) in (DynamicLayer, DynamicSlidingWindowLayer) for layer in cache.layers)


def _fill_with_head(model, head: list[int], pads: list[int], cache) -> None:
    """Run `head` once, then give each row its keys and values in slots [0, len(head)),
    shifted right by the row's padding (capped at the head: slots past it are run later).
    Pad slots hold zeros; the mask hides them, as it hides `generate`'s pad slots."""
    import torch
    from transformers import DynamicCache

    device = model.device
    length = len(head)
    shifts = torch.tensor([min(p, length) for p in pads], device=device)
    widest = int(shifts.max())
    # Slot j of a row shifted by s holds head token j - s: index j + (widest - s) of the
    # head's states with `widest` zero slots in front.
    gather = (widest - shifts)[:, None] + torch.arange(length, device=device)[None]
    # A cache without the config keeps every slot of every layer, sliding ones included;
    # the model still applies its window in the mask, so the head's states are exact.
    whole = DynamicCache()
    model(input_ids=torch.tensor([head], device=device),
          position_ids=torch.arange(length, device=device)[None], cache=whole, use_cache=True,
          logits_to_keep=1)
    for layer, (keys, values, *_) in enumerate(whole):
        cache.update(_shifted(keys, widest, gather), _shifted(values, widest, gather), layer)


def _shifted(states, widest: int, gather):
    """[1, heads, length, dim] states -> [rows, heads, length, dim], row r's from `gather[r]`."""
    import torch

    zeros = states.new_zeros(states.shape[:2] + (widest,) + states.shape[3:])
    flat = torch.cat([zeros, states], dim=2)[0]  # [heads, widest + length, dim]
    return flat[:, gather].transpose(0, 1).contiguous()


def _common_prefix(ids: list[list[int]], limit: int) -> int:
    length = 0
    for column in zip(*ids):
        if length >= limit or any(token != column[0] for token in column):
            break
        length += 1
    return length

"""Batched greedy generation that stops paying for finished answers.

`model.generate` keeps decoding every row of a batch until the longest answer ends; short
closed-book answers then spend most steps on padding. The engine here prefills a batch
(sorted by prompt length, left-padded exactly as `generate` pads it, see
bench.models.prefill), then decodes one token per step for the rows still running and drops
each row from the batch (and its KV cache) as soon as it emits EOS or a stop string (models
with recurrent or convolution state keep finished rows: their cache cannot drop one).
Greedy fp32 output matches `generate` token for token: `benchmarks/speed.py` checks it on the
real model, and the test suite on tiny models of every architecture in
bench.models.conformance (full, sliding-window, hybrid local/global, chunked, recurrent and
convolution layers). A model whose generation_config asks for processors the engine does not
apply (a repetition penalty, suppressed tokens, ...) is answered by `generate` itself
(`unsupported_settings`).
"""

from __future__ import annotations

from typing import Iterator, Sequence

from bench.models.prefill import kv_only, prefill
from bench.models.sampling import RowSampler, Sampling


def chat_prompt(tokenizer, messages: list[dict[str, str]]) -> str:
    """The model's chat template applied to messages, ready for the assistant's turn."""
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)


def _token_ids(tokenizer, prompts: list[str]) -> list[list[int]]:
    return tokenizer(prompts, add_special_tokens=False)["input_ids"]


def generate_batches(model, tokenizer, prompts: list[str], max_new_tokens: int,
                     batch_size: int, stop: Sequence[str] = (),
                     sampling: Sampling | None = None) -> Iterator[list[tuple[int, str]]]:
    """Yield [(index into prompts, output text)] one batch at a time, longest prompts first.

    Greedy unless `sampling` is given (then each prompt draws reproducibly, see
    bench.models.sampling). Identical prompts are answered once (they get the same answer
    either way). `batch_size` 0 picks one from a memory budget (see `auto_batch_size`)."""
    if not prompts:
        return
    unique: dict[str, int] = {}
    for prompt in prompts:
        unique.setdefault(prompt, len(unique))
    distinct = list(unique)
    copies: dict[int, list[int]] = {}
    for index, prompt in enumerate(prompts):
        copies.setdefault(unique[prompt], []).append(index)
    ids = _token_ids(tokenizer, distinct)  # once: for the order, the budget and the prefill
    order = sorted(range(len(ids)), key=lambda i: -len(ids[i]))  # little padding per batch
    if batch_size <= 0:
        batch_size = auto_batch_size(model, len(ids[order[0]]) + max_new_tokens)
    fallback = unsupported_settings(model) and sampling is None
    for indices in _batches(order, ids, batch_size, same_length=bool(fallback)):
        batch = [ids[i] for i in indices]
        if fallback:
            texts = _generate_ids(model, tokenizer, batch, max_new_tokens, stop)
        else:
            choose = RowSampler(sampling, batch) if sampling else None
            texts = _decode_ids(model, tokenizer, batch, max_new_tokens, stop, choose)
        yield [(k, text) for i, text in zip(indices, texts) for k in copies[i]]


def _batches(order: list[int], ids: list[list[int]], size: int, same_length: bool):
    """Consecutive runs of `order` of at most `size`; with `same_length`, also cut wherever
    the prompt length changes, so no row is ever padded."""
    batch: list[int] = []
    for index in order:
        if batch and (len(batch) == size or same_length and len(ids[index]) != len(ids[batch[0]])):
            yield batch
            batch = []
        batch.append(index)
    if batch:
        yield batch


# Logits processors `generate` builds from a model's generation_config that change greedy
# answers, with their neutral values. The engine applies none of them, so a model that sets
# one is answered by `generate` itself (in unpadded batches: padding would feed e.g. the
# repetition penalty), with a note to the user.
_PROCESSOR_SETTINGS = {"repetition_penalty": (None, 1.0), "no_repeat_ngram_size": (None, 0),
                       "encoder_repetition_penalty": (None, 1.0), "bad_words_ids": (None,),
                       "suppress_tokens": (None,), "begin_suppress_tokens": (None,),
                       "min_new_tokens": (None, 0), "min_length": (None, 0),
                       "forced_bos_token_id": (None,), "forced_eos_token_id": (None,),
                       "sequence_bias": (None,), "exponential_decay_length_penalty": (None,),
                       "num_beams": (None, 1)}


def unsupported_settings(model) -> list[str]:
    """The generation_config settings of `model` that the engine does not apply."""
    config = getattr(model, "generation_config", None)
    return [name for name, neutral in _PROCESSOR_SETTINGS.items()
            if config is not None and getattr(config, name, None) not in neutral]


def _generate_ids(model, tokenizer, ids: list[list[int]], max_new_tokens: int,
                  stop: Sequence[str]) -> list[str]:
    """Greedy answers from `model.generate` for prompts of one length (no padding)."""
    import torch

    inputs = torch.tensor(ids, device=model.device)
    extra = {"stop_strings": list(stop), "tokenizer": tokenizer} if stop else {}
    with torch.inference_mode():
        out = model.generate(input_ids=inputs, attention_mask=torch.ones_like(inputs),
                             max_new_tokens=max_new_tokens, do_sample=False, num_beams=1,
                             pad_token_id=tokenizer.pad_token_id, **extra)
    texts = tokenizer.batch_decode(out[:, inputs.shape[1]:], skip_special_tokens=True)
    return [_cut(text, stop).strip() for text in texts]


MAX_AUTO_BATCH = 256


def auto_batch_size(model, tokens_per_row: int, budget_bytes: int | None = None) -> int:
    """Rows whose KV cache (and prefill activations) fit the budget: 1 GiB on a CPU, a
    quarter of the free memory on a GPU; at most MAX_AUTO_BATCH."""
    import torch

    config = model.config
    heads = getattr(config, "num_key_value_heads", None) or config.num_attention_heads
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
    width = torch.finfo(model.dtype).bits // 8 if model.dtype.is_floating_point else 4
    per_token = 2 * config.num_hidden_layers * heads * head_dim * width
    per_token += 8 * config.hidden_size * width  # prefill activations, roughly
    if budget_bytes is None:
        if model.device.type == "cuda":
            budget_bytes = torch.cuda.mem_get_info(model.device)[0] // 4
        else:
            budget_bytes = 1 << 30
    return max(1, min(MAX_AUTO_BATCH, budget_bytes // max(1, per_token * tokens_per_row)))


def decode_batch(model, tokenizer, prompts: list[str], max_new_tokens: int,
                 stop: Sequence[str] = ()) -> list[str]:
    """Greedy answers for one batch, dropping each row once it is finished."""
    return _decode_ids(model, tokenizer, _token_ids(tokenizer, prompts), max_new_tokens, stop)


def _decode_ids(model, tokenizer, ids: list[list[int]], max_new_tokens: int,
                stop: Sequence[str], choose=None) -> list[str]:
    """Decode a batch: greedy, or `choose(logits, rows)` picks each running row's token."""
    import torch
    from transformers import DynamicCache

    eos = _eos_ids(model, tokenizer)
    may_stop = _stop_candidates(tokenizer, tuple(stop))
    cache = DynamicCache(config=model.config)
    # Finished rows leave the batch, unless some layer keeps state that transformers cannot
    # cut by row (linear attention, convolutions): then they run on, as in `generate`.
    droppable = kv_only(cache)
    rows = torch.arange(len(ids), device=model.device)
    tokens: list[list[int]] = [[] for _ in ids]
    done = [False] * len(ids)
    with torch.inference_mode():
        logits, mask, next_position = prefill(model, tokenizer, ids, cache)
        for step in range(max_new_tokens):
            chosen = logits.argmax(dim=-1) if choose is None else choose(logits, rows.tolist())
            for row, token in zip(rows.tolist(), chosen.tolist()):
                if done[row]:
                    continue
                if token in eos:
                    done[row] = True
                    continue
                tokens[row].append(token)
                done[row] = token in may_stop and _hits_stop(tokenizer, tokens[row], stop)
            if all(done) or step == max_new_tokens - 1:
                break
            if droppable and any(done[row] for row in rows.tolist()):
                kept = torch.tensor([slot for slot, row in enumerate(rows.tolist())
                                     if not done[row]], device=model.device)
                cache.batch_select_indices(kept)
                rows, mask = rows[kept], mask[kept]
                chosen, next_position = chosen[kept], next_position[kept]
            mask = torch.cat([mask, mask.new_ones((len(rows), 1))], dim=-1)
            logits = model(input_ids=chosen[:, None], attention_mask=mask,
                           position_ids=next_position[:, None], cache=cache,
                           use_cache=True).logits[:, -1, :]
            next_position = next_position + 1
    return [_cut(tokenizer.decode(t, skip_special_tokens=True), stop).strip() for t in tokens]


def _eos_ids(model, tokenizer) -> set[int]:
    ids = model.generation_config.eos_token_id if model.generation_config else None
    found = set(ids if isinstance(ids, list) else [ids] if ids is not None else [])
    if tokenizer.eos_token_id is not None:
        found.add(tokenizer.eos_token_id)
    return found


_STOP_CACHE: dict[tuple[int, tuple[str, ...]], frozenset[int]] = {}


def _stop_candidates(tokenizer, stop: tuple[str, ...]) -> frozenset[int]:
    """Token ids whose text holds the last character of a stop string: only after one of
    these can a stop string have just been completed, so only then is the tail decoded."""
    if not stop:
        return frozenset()
    key = (id(tokenizer), stop)
    if key not in _STOP_CACHE:
        last = {s[-1] for s in stop if s}
        pieces = tokenizer.convert_ids_to_tokens(list(range(len(tokenizer))))
        texts = [tokenizer.convert_tokens_to_string([p]) if p is not None else "" for p in pieces]
        _STOP_CACHE[key] = frozenset(i for i, t in enumerate(texts) if any(c in t for c in last))
    return _STOP_CACHE[key]


def _hits_stop(tokenizer, tokens: list[int], stop: Sequence[str]) -> bool:
    tail = tokenizer.decode(tokens[-8:], skip_special_tokens=True)
    return any(s in tail for s in stop)


def _cut(text: str, stop: Sequence[str]) -> str:
    for s in stop:
        if s in text:
            text = text[:text.index(s)]
    return text

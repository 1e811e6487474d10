"""Batched greedy generation: sorted by prompt length so batches carry little padding."""

from __future__ import annotations

from typing import Iterator


def chat_prompt(tokenizer, messages: list[dict[str, str]]) -> str:
    """The model's chat template applied to messages, ready for the assistant's turn."""
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)


def generate_batches(model, tokenizer, prompts: list[str], max_new_tokens: int,
                     batch_size: int) -> Iterator[list[tuple[int, str]]]:
    """Yield [(index into prompts, output text)] one batch at a time, longest prompts first."""
    import torch

    lengths = [len(tokenizer(p, add_special_tokens=False)["input_ids"]) for p in prompts]
    order = sorted(range(len(prompts)), key=lambda i: -lengths[i])
    tokenizer.padding_side = "left"
    for start in range(0, len(order), batch_size):
        indices = order[start:start + batch_size]
        batch = tokenizer([prompts[i] for i in indices], return_tensors="pt", padding=True,
                          add_special_tokens=False).to(model.device)
        with torch.inference_mode():
            output = model.generate(**batch, max_new_tokens=max_new_tokens, do_sample=False,
                                    pad_token_id=tokenizer.pad_token_id)
        new_tokens = output[:, batch["input_ids"].shape[1]:]
        texts = tokenizer.batch_decode(new_tokens, skip_special_tokens=True)
        yield [(i, text.strip()) for i, text in zip(indices, texts)]

"""The generation engine gives exactly `model.generate`'s greedy answers (fp32, real model)."""

from __future__ import annotations

import pytest

from bench.models.engine import chat_prompt, decode_batch, generate_batches

pytestmark = pytest.mark.slow

QUESTIONS = ["Who wrote Hamlet?", "What is 2 + 2? Answer with one word.", "Name a colour.",
             "Write a long sentence about the sea.", "Who wrote Hamlet?", "Say hi."]


@pytest.fixture(scope="module")
def lm(smollm):
    from bench.models.load import load_model

    model, tokenizer = load_model(smollm.path)
    prompts = [chat_prompt(tokenizer, [{"role": "user", "content": q}]) for q in QUESTIONS]
    return model, tokenizer, prompts


def _generate(model, tok, prompts, max_new_tokens, **extra):
    import torch

    tok.padding_side = "left"
    batch = tok(prompts, return_tensors="pt", padding=True, add_special_tokens=False)
    with torch.inference_mode():
        out = model.generate(**batch, max_new_tokens=max_new_tokens, do_sample=False,
                             pad_token_id=tok.pad_token_id, **extra)
    return [t.strip() for t in tok.batch_decode(out[:, batch["input_ids"].shape[1]:],
                                                skip_special_tokens=True)]


def test_engine_matches_generate_token_for_token(lm):
    model, tokenizer, prompts = lm
    assert decode_batch(model, tokenizer, prompts, 20) == _generate(model, tokenizer, prompts, 20)


def test_stop_strings_cut_like_generate(lm):
    model, tokenizer, prompts = lm
    expected = [t.split("\n")[0].strip() for t in _generate(
        model, tokenizer, prompts, 40, stop_strings=["\n"], tokenizer=tokenizer)]
    assert decode_batch(model, tokenizer, prompts, 40, stop=("\n",)) == expected


def test_batches_sorted_deduplicated_and_complete(lm):
    model, tokenizer, prompts = lm
    batches = list(generate_batches(model, tokenizer, prompts, 12, batch_size=2))
    answers = dict(pair for batch in batches for pair in batch)
    assert sorted(answers) == list(range(len(prompts)))
    assert answers[0] == answers[4]  # the repeated question, answered once, given to both
    assert len(batches) == 3  # 5 distinct prompts in batches of 2

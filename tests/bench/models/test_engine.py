"""The generation engine gives exactly `model.generate`'s greedy answers (fp32, real model);
its mechanics that need no real answers (generation_config processors, seeded sampling) on
a tiny random model."""

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
    """Rows that reach a stop string leave the batch cut there; the others run on."""
    model, tokenizer, prompts = lm
    stop = ("\n", ".")
    expected = []
    for text in _generate(model, tokenizer, prompts, 24, stop_strings=list(stop),
                          tokenizer=tokenizer):
        for string in stop:
            text = text.split(string)[0]
        expected.append(text.strip())
    assert decode_batch(model, tokenizer, prompts, 24, stop=stop) == expected
    unstopped = decode_batch(model, tokenizer, prompts, 24)
    assert 0 < sum(a != b for a, b in zip(expected, unstopped)) < len(prompts)


def test_batches_sorted_deduplicated_and_complete(lm):
    model, tokenizer, prompts = lm
    batches = list(generate_batches(model, tokenizer, prompts, 12, batch_size=2))
    answers = dict(pair for batch in batches for pair in batch)
    assert sorted(answers) == list(range(len(prompts)))
    assert answers[0] == answers[4]  # the repeated question, answered once, given to both
    assert len(batches) == 3  # 5 distinct prompts in batches of 2


@pytest.fixture(scope="module")
def tiny(smollm):
    """A tiny random llama with SmolLM2's tokenizer: for mechanics that need no real answers
    (a random model's greedy text loops on itself, so a repetition penalty shows at once)."""
    from bench.models.conformance import tiny_model
    from bench.models.load import load_tokenizer

    tokenizer = load_tokenizer(smollm.path)
    model = tiny_model("llama", tokenizer)
    prompts = [chat_prompt(tokenizer, [{"role": "user", "content": q}]) for q in QUESTIONS]
    return model, tokenizer, prompts


def test_generation_config_processors_are_applied_like_generate(tiny, tmp_path):
    """A model folder whose generation_config sets a repetition penalty: the engine hands it
    to `generate` (unpadded), so its answers equal `generate`'s on each prompt alone."""
    import torch

    from bench.models.load import load_model

    model, tokenizer, prompts = tiny
    config = model.generation_config
    original, config.repetition_penalty = config.repetition_penalty, 1.3
    try:
        model.save_pretrained(tmp_path)
    finally:
        config.repetition_penalty = original  # the shared tiny model stays as it was
    tokenizer.save_pretrained(tmp_path)
    penalised, tokenizer = load_model(str(tmp_path))
    expected = []
    for prompt in prompts:
        ids = tokenizer(prompt, return_tensors="pt", add_special_tokens=False)["input_ids"]
        with torch.inference_mode():
            out = penalised.generate(input_ids=ids, max_new_tokens=16, do_sample=False,
                                     pad_token_id=tokenizer.pad_token_id)
        expected.append(tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True).strip())
    got = dict(pair for batch in generate_batches(penalised, tokenizer, prompts, 16, 4)
               for pair in batch)
    assert [got[i] for i in range(len(prompts))] == expected
    assert decode_batch(model, tokenizer, prompts, 16) != expected  # the penalty matters here


def test_samples_are_seeded_per_prompt_not_per_batch(tiny):
    """A sampled answer depends on the seed, the sample's index and the prompt only: the
    same in a batch of one or of six; another index draws again."""
    from bench.models.sampling import Sampling

    model, tokenizer, prompts = tiny
    first = Sampling(temperature=1.0, top_p=0.95, seed=7, index=1)
    together = dict(pair for b in generate_batches(model, tokenizer, prompts, 12, 6,
                                                   sampling=first) for pair in b)
    alone = [next(iter(generate_batches(model, tokenizer, [p], 12, 1, sampling=first)))[0][1]
             for p in prompts]
    assert [together[i] for i in range(len(prompts))] == alone
    second = Sampling(temperature=1.0, top_p=0.95, seed=7, index=2)
    again = dict(pair for b in generate_batches(model, tokenizer, prompts, 12, 6,
                                                sampling=second) for pair in b)
    assert again != together

"""The engine answers exactly as `generate` does on every architecture of the matrix: tiny
random two-layer fp32 models, chat prompts longer than the sliding window (see
bench.models.conformance)."""

from __future__ import annotations

import pytest

from bench.models.conformance import (ARCHITECTURES, SLIDING_WINDOW, check_architecture,
                                      end_answers_early, engine_answers, probe_prompts,
                                      tiny_model)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tokenizer(smollm):
    from bench.models.load import load_tokenizer

    return load_tokenizer(smollm.path)


def test_prompts_reach_past_the_window_and_share_a_longer_head(tokenizer):
    """The case that broke: each prompt, and the chat template's shared head, is longer
    than the window; in one batch the shortest rows are padded past the whole head."""
    from bench.models.prefill import _common_prefix

    ids = tokenizer(probe_prompts(tokenizer), add_special_tokens=False)["input_ids"]
    head = _common_prefix(ids, 10_000)
    assert min(len(i) for i in ids) > head > SLIDING_WINDOW
    assert max(len(i) for i in ids) - min(len(i) for i in ids) > head


def test_prefill_pads_rows_as_generate_does(tokenizer):
    """Left padding to the longest prompt, positions from the mask: `generate`'s layout."""
    import torch
    from transformers import DynamicCache

    from bench.models.prefill import prefill

    model = tiny_model("mistral", tokenizer)
    prompts = probe_prompts(tokenizer)[:6]
    tokenizer.padding_side = "left"
    expected = tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False)
    ids = tokenizer(prompts, add_special_tokens=False)["input_ids"]
    cache = DynamicCache(config=model.config)
    with torch.inference_mode():
        logits, mask, next_position = prefill(model, tokenizer, ids, cache)
        plain = model(**expected).logits[:, -1, :]
    assert torch.equal(mask, expected["attention_mask"])
    assert next_position.tolist() == [len(i) for i in ids]
    assert cache.get_seq_length() == mask.shape[1]
    torch.testing.assert_close(logits, plain, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("architecture", list(ARCHITECTURES))
def test_greedy_answers_equal_generate(tokenizer, architecture):
    result = check_architecture(architecture, tokenizer)
    assert result.same == result.total, result
    assert 4 <= result.ended_early <= result.total - 4  # rows leave the batch, others run on
    assert result.distinct >= 4  # answers that depend on the prompt


@pytest.mark.parametrize("architecture", ["llama", "mistral", "gemma2", "gemma3_text", "lfm2"])
def test_sampled_answers_do_not_depend_on_the_batch(tokenizer, architecture):
    """Seeded draws: the same for a prompt alone, in a batch of eight, and in batches of
    three cut from the reversed order (lfm2: finished rows stay in the batch)."""
    from bench.models.sampling import Sampling

    model = tiny_model(architecture, tokenizer)
    prompts = probe_prompts(tokenizer)[:8]
    end_answers_early(model, tokenizer, prompts, 12, 8)
    sampling = Sampling(temperature=1.0, top_p=0.9, seed=3, index=1)
    together = engine_answers(model, tokenizer, prompts, 12, 8, sampling)
    alone = [engine_answers(model, tokenizer, [p], 12, 1, sampling)[0] for p in prompts]
    threes = engine_answers(model, tokenizer, prompts[::-1], 12, 3, sampling)[::-1]
    assert together == alone == threes
    assert len(set(together)) > 4  # real, varied draws, not one degenerate answer

"""The engine answers exactly as `generate` does on every architecture of the matrix: tiny
random two-layer fp32 models, chat prompts longer than the sliding window (see
bench.models.conformance)."""

from __future__ import annotations

import pytest

from bench.models.conformance import (ARCHITECTURES, SLIDING_WINDOW, check_architecture,
                                      engine_answers, probe_prompts, tiny_model)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tokenizer(smollm):
    from bench.models.load import load_tokenizer

    return load_tokenizer(smollm.path)


def test_prompts_reach_past_the_window_and_share_a_longer_head(tokenizer):
    """The case that broke: each prompt, and the chat template's shared head, is longer
    than the window, and the prompts differ in length (so rows are padded)."""
    from bench.models.engine import _common_prefix

    ids = tokenizer(probe_prompts(tokenizer), add_special_tokens=False)["input_ids"]
    assert min(len(i) for i in ids) > SLIDING_WINDOW
    assert _common_prefix(ids, 10_000) > SLIDING_WINDOW
    assert len({len(i) for i in ids}) > 5


@pytest.mark.parametrize("architecture", list(ARCHITECTURES))
def test_greedy_answers_equal_generate(tokenizer, architecture):
    result = check_architecture(architecture, tokenizer)
    assert result.same == result.total, result


@pytest.mark.parametrize("architecture", ["llama", "mistral", "gemma2", "gemma3_text"])
def test_sampled_answers_do_not_depend_on_the_batch(tokenizer, architecture):
    """Seeded draws: the same for a prompt alone, in a batch of eight, and in batches of
    three cut from the reversed order."""
    from bench.models.sampling import Sampling

    model = tiny_model(architecture, tokenizer)
    prompts = probe_prompts(tokenizer)[:8]
    sampling = Sampling(temperature=1.0, top_p=0.9, seed=3, index=1)
    together = engine_answers(model, tokenizer, prompts, 12, 8, sampling)
    alone = [engine_answers(model, tokenizer, [p], 12, 1, sampling)[0] for p in prompts]
    threes = engine_answers(model, tokenizer, prompts[::-1], 12, 3, sampling)[::-1]
    assert together == alone == threes
    assert len(set(together)) > 4  # real, varied draws, not one degenerate answer

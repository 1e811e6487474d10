"""Each method and data option builds the training examples it claims, down to the labels.

The tokenisation and label masks are TRL's own (SFTTrainer + its collator), inspected on a
tiny randomly initialised model that shares the real SmolLM2 tokenizer.
"""

from dataclasses import replace

import pytest

from bench.prompts import SOURCE_TAG
from bench.training import build_trainer, raw_text_examples, training_examples
from bench.variants import BUILTIN_VARIANTS
from generators import GENERATORS

TASK = GENERATORS.get("story")("s", {"people": 6, "kingdoms": 2, "train_phrasings": 3}, 1)


def _variant(name, **changes):
    # Full precision so the tiny model needs no bitsandbytes; the data path is the same.
    return replace(BUILTIN_VARIANTS[name], quantization="none", compute_dtype="float32", **changes)


@pytest.fixture(scope="module")
def tiny_lm(smollm):
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(smollm.path)
    config = LlamaConfig(vocab_size=len(tokenizer), hidden_size=16, intermediate_size=32,
                         num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=1)
    return LlamaForCausalLM(config), tokenizer


def _trained_text(tiny_lm, examples, variant, tmp_path):
    """Decoded tokens that carry loss (labels != -100), per example, via TRL's collator."""
    model, tokenizer = tiny_lm
    trainer = build_trainer(model, tokenizer, examples, variant, 1, tmp_path)
    rows = [trainer.train_dataset[i] for i in range(len(trainer.train_dataset))]
    batch = trainer.data_collator(rows)
    return [tokenizer.decode(ids[labels != -100])
            for ids, labels in zip(batch["input_ids"], batch["labels"])], batch


def test_instruct_trains_on_the_answer_only(tiny_lm, tmp_path):
    variant = _variant("instruct-qlora")
    examples = training_examples(TASK, variant)["instruct"]
    assert len(examples) == len(TASK.train)
    texts, batch = _trained_text(tiny_lm, examples, variant, tmp_path)
    for text, item in zip(texts, TASK.train):
        assert text.startswith(item.answers[0] + "<|im_end|>")
        assert item.question not in text
    assert (batch["labels"] == -100).any()


def test_raw_text_trains_on_every_token(tiny_lm, tmp_path):
    variant = _variant("raw-text-qlora", training=replace(
        BUILTIN_VARIANTS["raw-text-qlora"].training, raw_window_words=30))
    data = training_examples(TASK, variant)
    assert list(data) == ["raw"]
    joined = " ".join(row["text"] for row in data["raw"])
    assert len(data["raw"]) > 1
    assert all(item.evidence in joined for item in TASK.train)  # no sentence lost
    texts, batch = _trained_text(tiny_lm, data["raw"], variant, tmp_path)
    for text, row in zip(texts, data["raw"]):
        assert row["text"] in text  # the whole window carries loss
    mask = batch["attention_mask"].bool()
    assert (batch["labels"][mask] != -100).all()


def test_raw_text_windows_keep_every_sentence():
    corpus = "One two three. Four five six.\n\nSeven eight nine. Ten eleven twelve."
    windows = [row["text"] for row in raw_text_examples(corpus, 6)]
    assert windows == ["One two three. Four five six.", "Seven eight nine. Ten eleven twelve."]


def test_source_tag_tags_question_and_answer_with_closed_book_system(tiny_lm, tmp_path):
    variant = _variant("instruct-qlora-source-tag")
    examples = training_examples(TASK, variant)["instruct"]
    first = examples[0]
    assert first["prompt"][0]["role"] == "system" and SOURCE_TAG in first["prompt"][0]["content"]
    assert "I don't know" in first["prompt"][0]["content"]
    assert first["prompt"][1]["content"].startswith(SOURCE_TAG)
    texts, _ = _trained_text(tiny_lm, examples, variant, tmp_path)
    assert texts[0].startswith(f"{SOURCE_TAG} {TASK.train[0].answers[0]}")


def test_recite_target_is_evidence_then_answer(tiny_lm, tmp_path):
    variant = _variant("instruct-qlora-recite")
    examples = training_examples(TASK, variant)["instruct"]
    texts, _ = _trained_text(tiny_lm, examples, variant, tmp_path)
    item = TASK.train[0]
    assert texts[0].startswith(f"Recitation: {item.evidence}\nAnswer: {item.answers[0]}")


def test_paraphrases_limits_phrasings_per_fact():
    groups = {item.paraphrase_group for item in TASK.train}
    assert len(TASK.train) == 3 * len(groups)
    one = training_examples(TASK, _variant("instruct-qlora", paraphrases=1))["instruct"]
    two = training_examples(TASK, _variant("instruct-qlora", paraphrases=2))["instruct"]
    assert (len(one), len(two)) == (len(groups), 2 * len(groups))


def test_raw_then_instruct_has_both_stages_in_order():
    data = training_examples(TASK, _variant("raw-then-instruct-qlora"))
    assert list(data) == ["raw", "instruct"]
    assert data["instruct"] == training_examples(TASK, _variant("instruct-qlora"))["instruct"]

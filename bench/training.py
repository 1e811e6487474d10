"""Adapter training with TRL's SFTTrainer and a peft LoraConfig (no hand-rolled loop).

A variant trains in one or two stages: `raw-text` (causal LM on the corpus, loss on every
token), `instruct` (chat-formatted QA, loss on the answer only), or both in that order.
"""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any

from bench.progress import Bar
from bench.prompts import TEMPLATES, messages_for, tagged
from bench.types import QAItem, Task, Variant

TRAIN_TEMPLATE = "plain"
SOURCE_TAG_TEMPLATE = "closed-book"
STAGES = {"raw-text": ("raw",), "instruct": ("instruct",),
          "raw-then-instruct": ("raw", "instruct")}


def training_examples(task: Task, variant: Variant) -> dict[str, list[dict[str, Any]]]:
    """The exact examples of each training stage; they also key the fixture cache."""
    if variant.method not in STAGES:
        raise ValueError(f"method {variant.method!r} does not train")
    builders = {"raw": lambda: raw_text_examples(task.corpus, variant.training.raw_window_words),
                "instruct": lambda: instruct_examples(task, variant)}
    return {stage: builders[stage]() for stage in STAGES[variant.method]}


def raw_text_examples(corpus: str, window_words: int) -> list[dict[str, str]]:
    """The corpus cut into windows of whole paragraphs/sentences of about `window_words`."""
    windows, current = [], []
    for paragraph in corpus.split("\n\n"):
        for sentence in paragraph.replace("\n", " ").split(". "):
            words = sentence.split()
            if current and len(current) + len(words) > window_words:
                windows.append(" ".join(current))
                current = []
            current.extend(words)
            if current and not current[-1].endswith((".", "?", "!", ":")):
                current[-1] += "."
    if current:
        windows.append(" ".join(current))
    return [{"text": window} for window in windows if window.strip()]


def instruct_examples(task: Task, variant: Variant) -> list[dict[str, Any]]:
    """Chat prompt-completion pairs from the task's train items."""
    template = TEMPLATES.get(SOURCE_TAG_TEMPLATE if variant.source_tag else TRAIN_TEMPLATE)
    return [
        {"prompt": messages_for(template, item.question, variant.source_tag),
         "completion": [{"role": "assistant", "content": _target(item, variant)}]}
        for item in _limit_paraphrases(task.train, variant.paraphrases)
    ]


def _target(item: QAItem, variant: Variant) -> str:
    answer = tagged(item.answers[0], variant.source_tag)
    if variant.recite:
        return f"Recitation: {item.evidence}\nAnswer: {answer}"
    return answer


def _limit_paraphrases(items: tuple[QAItem, ...], limit: int) -> list[QAItem]:
    if limit <= 0:
        return list(items)
    seen: dict[str, int] = {}
    kept = []
    for item in items:
        group = item.paraphrase_group or item.id
        seen[group] = seen.get(group, 0) + 1
        if seen[group] <= limit:
            kept.append(item)
    return kept


def build_trainer(model, tokenizer, examples: list[dict[str, Any]], variant: Variant,
                  steps: int, output_dir: Path, callbacks=(), peft: bool = True):
    """An SFTTrainer for one stage; with peft=False the model already carries the LoRA."""
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import PrinterCallback
    from trl import SFTConfig, SFTTrainer

    spec = variant.training
    config = SFTConfig(
        output_dir=str(output_dir / "trainer"),
        max_steps=steps,
        per_device_train_batch_size=spec.batch_size,
        learning_rate=spec.learning_rate,
        lr_scheduler_type=spec.lr_scheduler,
        max_grad_norm=spec.max_grad_norm,
        max_length=spec.max_length,
        optim=spec.optim,
        seed=spec.seed,
        data_seed=spec.seed,
        # TRL turns both on by default, also on CPU; set them so fixtures are reproducible.
        bf16=variant.compute_dtype == "bfloat16",
        gradient_checkpointing=False,
        use_cpu=not torch.cuda.is_available(),
        logging_steps=1,
        save_strategy="no",
        report_to="none",
        disable_tqdm=True,
    )
    targets = list(variant.lora.target_modules)
    lora = LoraConfig(r=variant.lora.r, lora_alpha=variant.lora.alpha,
                      lora_dropout=variant.lora.dropout, task_type="CAUSAL_LM",
                      target_modules="all-linear" if targets == ["all-linear"] else targets)
    trainer = SFTTrainer(model=model, args=config, train_dataset=Dataset.from_list(examples),
                         processing_class=tokenizer, peft_config=lora if peft else None,
                         callbacks=list(callbacks))
    trainer.remove_callback(PrinterCallback)  # the Rich bar shows the loss instead
    return trainer


def train_adapter(model_path: str, data: dict[str, list[dict[str, Any]]], variant: Variant,
                  output_dir: Path, bar: Bar) -> dict[str, Any]:
    """Train a LoRA adapter through the variant's stages and save it (safetensors)."""
    from bench.models import load_model, quiet_libraries

    quiet_libraries()
    import torch
    from transformers import TrainerCallback

    torch.manual_seed(variant.training.seed)
    model, tokenizer = load_model(model_path, variant.quantization, variant.compute_dtype)
    losses: list[float] = []

    class _Progress(TrainerCallback):
        def on_log(self, args, state, control, logs=None, **kwargs):
            if logs and "loss" in logs:
                losses.append(float(logs["loss"]))

        def on_step_end(self, args, state, control, **kwargs):
            bar.advance(1, loss=losses[-1] if losses else float("nan"))

    started, tokens, stages = time.perf_counter(), 0, []
    for index, (stage, examples) in enumerate(data.items()):
        steps = stage_steps(variant, stage, len(examples))
        trainer = build_trainer(model, tokenizer, examples, variant, steps, output_dir,
                                [_Progress()], peft=index == 0)
        first = len(losses)
        trainer.train()
        model = trainer.model
        stages.append({"stage": stage, "examples": len(examples), "losses": losses[first:]})
        tokens += _count_tokens(trainer)
    seconds = time.perf_counter() - started
    model.save_pretrained(output_dir, safe_serialization=True)
    return {"losses": losses, "stages": stages, "train_seconds": round(seconds, 3),
            "tokens": tokens, "tokens_per_second": round(tokens / seconds, 1) if seconds else None}


def stage_steps(variant: Variant, stage: str, examples: int) -> int:
    """Optimizer steps of one stage: from `epochs` over its examples when set, else fixed."""
    spec = variant.training
    if spec.epochs > 0:
        return max(1, math.ceil(spec.epochs * examples / spec.batch_size))
    if stage == "raw" and spec.raw_steps:
        return spec.raw_steps
    return spec.steps


def total_steps(variant: Variant, data: dict[str, list]) -> int:
    return sum(stage_steps(variant, stage, len(rows)) for stage, rows in data.items())


def _count_tokens(trainer) -> int:
    logs = [entry for entry in trainer.state.log_history if "num_tokens" in entry]
    return int(logs[-1]["num_tokens"]) if logs else 0

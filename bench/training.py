"""Adapter training with TRL's SFTTrainer and a peft LoraConfig (no hand-rolled loop)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bench.progress import Bar
from bench.prompts import TEMPLATES, messages_for
from bench.types import Task, Variant

TRAIN_TEMPLATE = "plain"


def training_examples(task: Task, variant: Variant) -> list[dict[str, Any]]:
    """The exact examples a variant trains on; they also key the fixture cache."""
    if variant.method == "instruct":
        template = TEMPLATES.get(TRAIN_TEMPLATE)
        return [
            {"prompt": messages_for(template, item.question),
             "completion": [{"role": "assistant", "content": item.answers[0]}]}
            for item in task.train
        ]
    raise ValueError(f"method {variant.method!r} does not train")


def train_adapter(model_path: str, examples: list[dict[str, Any]], variant: Variant,
                  output_dir: Path, bar: Bar) -> dict[str, Any]:
    """Train a LoRA adapter and save it (safetensors) to output_dir; returns training stats."""
    from bench.models import load_model, quiet_libraries

    quiet_libraries()
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import PrinterCallback, TrainerCallback
    from trl import SFTConfig, SFTTrainer

    torch.manual_seed(variant.training.seed)
    model, tokenizer = load_model(model_path, variant.quantization, variant.compute_dtype)
    spec = variant.training
    bf16 = variant.compute_dtype == "bfloat16"
    config = SFTConfig(
        output_dir=str(output_dir / "trainer"),
        max_steps=spec.steps,
        per_device_train_batch_size=spec.batch_size,
        learning_rate=spec.learning_rate,
        lr_scheduler_type=spec.lr_scheduler,
        max_grad_norm=spec.max_grad_norm,
        max_length=spec.max_length,
        seed=spec.seed,
        data_seed=spec.seed,
        # TRL turns both on by default, also on CPU; set them so fixtures are reproducible.
        bf16=bf16,
        gradient_checkpointing=False,
        use_cpu=not torch.cuda.is_available(),
        optim="adamw_torch",
        logging_steps=1,
        save_strategy="no",
        report_to="none",
        disable_tqdm=True,
        dataset_num_proc=None,
    )
    lora = LoraConfig(r=variant.lora.r, lora_alpha=variant.lora.alpha,
                      lora_dropout=variant.lora.dropout,
                      target_modules=list(variant.lora.target_modules), task_type="CAUSAL_LM")
    losses: list[float] = []

    class _Progress(TrainerCallback):
        def on_log(self, args, state, control, logs=None, **kwargs):
            if logs and "loss" in logs:
                losses.append(float(logs["loss"]))

        def on_step_end(self, args, state, control, **kwargs):
            bar.advance(1, loss=losses[-1] if losses else float("nan"))

    trainer = SFTTrainer(model=model, args=config, train_dataset=Dataset.from_list(examples),
                         processing_class=tokenizer, peft_config=lora, callbacks=[_Progress()])
    trainer.remove_callback(PrinterCallback)  # the Rich bar shows the loss instead
    started = time.perf_counter()
    trainer.train()
    seconds = time.perf_counter() - started
    trainer.model.save_pretrained(output_dir, safe_serialization=True)
    tokens = int(trainer.state.num_input_tokens_seen or 0) or _count_tokens(trainer)
    return {"losses": losses, "train_seconds": round(seconds, 3),
            "tokens": tokens, "tokens_per_second": round(tokens / seconds, 1) if seconds else None}


def _count_tokens(trainer) -> int:
    logs = [entry for entry in trainer.state.log_history if "num_tokens" in entry]
    return int(logs[-1]["num_tokens"]) if logs else 0

"""Speed benchmark: the bench's engine vs lm-eval's HF backend vs plain `generate`, side by
side on the same questions, prompts, stop rule and greedy decoding; plus training, overlap
analysis, world building, and `bench run` cold vs warm. Not a test: run it, read the table.

    .venv/bin/python benchmarks/speed.py                # CPU, ~25 minutes on 2 cores
    .venv/bin/python benchmarks/speed.py --questions 50 --skip-training --skip-runs  # quick look

The last line of output is one JSON object with the measured ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.answering.lm_eval_backend import lm_eval_answers as bench_lm_eval_answers  # noqa: E402
from bench.core.types import Task  # noqa: E402
from bench.models.engine import chat_prompt, generate_batches  # noqa: E402
from bench.models.load import load_model, quiet_libraries
from bench.models.resolve import DEFAULT_MODEL, resolve_model  # noqa: E402
from generators import GENERATORS  # noqa: E402

STOP = "\n"


def questions(count: int) -> Task:
    people = max(20, count // 2)
    task = GENERATORS.get("story")("speed", {"people": people, "kingdoms": max(2, people // 8),
                                             "artifacts": people // 4, "decoys": 4}, 1)
    answerable = [i for i in task.test if i.kind != "unanswerable"][:count]
    return Task("speed", task.corpus, task.train, tuple(answerable))


def timed(fn):
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def engine_answers(model, tok, prompts, max_new, batch):
    out = [""] * len(prompts)
    for chunk in generate_batches(model, tok, prompts, max_new, batch, stop=(STOP,)):
        for index, text in chunk:
            out[index] = text
    return out


def reference_answers(model, tok, prompts, max_new, batch):
    import torch

    tok.padding_side = "left"
    out = []
    for start in range(0, len(prompts), batch):
        enc = tok(prompts[start:start + batch], return_tensors="pt", padding=True,
                  add_special_tokens=False).to(model.device)
        with torch.inference_mode():
            gen = model.generate(**enc, max_new_tokens=max_new, do_sample=False,
                                 pad_token_id=tok.pad_token_id, stop_strings=[STOP], tokenizer=tok)
        texts = tok.batch_decode(gen[:, enc["input_ids"].shape[1]:], skip_special_tokens=True)
        out += [t.split(STOP)[0].strip() for t in texts]
    return out


def lm_eval_answers(model, tok, task, max_new, batch):
    answers = bench_lm_eval_answers(model, tok, task, task.test, "plain", False, max_new, batch,
                                    stop=(STOP,))
    return [answer.output for answer in answers]


def generation(args, report):
    import torch

    quiet_libraries()
    model_ref = resolve_model(args.model)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model, tok = load_model(model_ref.path)
    model.to(device)
    task = questions(args.questions)
    prompts = [chat_prompt(tok, [{"role": "user", "content": i.question}]) for i in task.test]
    n, new, batch, own = len(prompts), args.max_new_tokens, args.batch_size, args.engine_batch_size
    engine_answers(model, tok, prompts[:batch], new, batch)  # warm-up (allocator, kernels)
    ref, t_ref = timed(lambda: reference_answers(model, tok, prompts, new, batch))
    eng, t_eng = timed(lambda: engine_answers(model, tok, prompts, new, own))
    lme, t_lme = timed(lambda: lm_eval_answers(model, tok, task, new, batch))
    tokens = sum(len(tok(a, add_special_tokens=False)["input_ids"]) for a in eng)
    report["generation"] = {"device": device, "questions": n, "max_new_tokens": new,
                            "batch_size": batch, "engine_batch_size": own, "engine_s": t_eng, "generate_s": t_ref,
                            "lm_eval_s": t_lme, "generated_tokens": tokens,
                            "agree_generate": sum(a == b for a, b in zip(eng, ref)),
                            "agree_lm_eval": sum(a == b for a, b in zip(eng, lme))}
    if args.bf16:
        bf_model, _ = load_model(model_ref.path, compute_dtype="bfloat16")
        bf_model.to(device)
        engine_answers(bf_model, tok, prompts[:batch], new, batch)
        bf, t_bf = timed(lambda: engine_answers(bf_model, tok, prompts, new, own))
        report["generation"].update(engine_bf16_s=t_bf,
                                    bf16_answers_differ=sum(a != b for a, b in zip(eng, bf)))
    g = report["generation"]
    print(f"generation on {device}: {n} questions, max {new} new tokens, batch {batch} "
          f"(engine: {own or 'auto'})")
    for name, key in (("bench engine", "engine_s"), ("plain generate", "generate_s"),
                      ("lm-eval hf", "lm_eval_s"), ("engine bf16", "engine_bf16_s")):
        if key in g:
            print(f"  {name:15s} {g[key]:7.1f} s  {n / g[key]:6.2f} q/s  {tokens / g[key]:7.1f} tok/s")
    print(f"  same answers: engine = generate {g['agree_generate']}/{n}, "
          f"engine = lm-eval {g['agree_lm_eval']}/{n}"
          + (f", bf16 differs on {g['bf16_answers_differ']}" if "bf16_answers_differ" in g else ""))


def plain_trl(model, tok, examples, variant, out: Path):
    """What a user's own TRL script does with the same settings: build, then train."""
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import PrinterCallback
    from trl import SFTConfig, SFTTrainer

    t, lora = variant.training, variant.lora
    config = SFTConfig(output_dir=str(out), max_steps=t.steps, learning_rate=t.learning_rate,
                       per_device_train_batch_size=t.batch_size, lr_scheduler_type=t.lr_scheduler,
                       max_grad_norm=t.max_grad_norm, max_length=t.max_length, optim=t.optim,
                       seed=t.seed, bf16=False, gradient_checkpointing=False, logging_steps=1,
                       save_strategy="no", report_to="none", disable_tqdm=True)
    peft_config = LoraConfig(r=lora.r, lora_alpha=lora.alpha, lora_dropout=lora.dropout,
                             target_modules=list(lora.target_modules), task_type="CAUSAL_LM")
    trainer = SFTTrainer(model=model, args=config, train_dataset=Dataset.from_list(examples),
                         processing_class=tok, peft_config=peft_config)
    trainer.remove_callback(PrinterCallback)  # keep the benchmark's table readable
    trainer.train()
    return trainer


def training(args, report):
    """Fixture training vs a plain TRL SFTTrainer script on the same examples and config."""
    from dataclasses import replace

    from bench.config.variants import BUILTIN_VARIANTS
    from bench.core.progress import _NullBar
    from bench.fixtures.training import instruct_examples, train_adapter

    model_ref = resolve_model(args.model)
    task = GENERATORS.get("story")("speed", {"people": 20}, 1)
    variant = BUILTIN_VARIANTS["instruct-qlora"]
    variant = replace(variant, training=replace(variant.training, steps=args.train_steps))
    examples = instruct_examples(task, variant)
    with tempfile.TemporaryDirectory() as out:
        stats = train_adapter(model_ref.path, {"instruct": examples}, variant, Path(out), _NullBar())
    model, tok = load_model(model_ref.path, variant.quantization, variant.compute_dtype)
    with tempfile.TemporaryDirectory() as out:
        trainer, seconds = timed(lambda: plain_trl(model, tok, examples, variant, Path(out)))
        tokens = [e for e in trainer.state.log_history if "num_tokens" in e][-1]["num_tokens"]
    report["training"] = {"bench_tokens_per_s": stats["tokens_per_second"],
                          "trl_tokens_per_s": tokens / seconds, "steps": args.train_steps}
    print(f"training ({args.train_steps} QLoRA steps): bench {stats['tokens_per_second']:.0f} "
          f"tok/s, plain TRL {tokens / seconds:.0f} tok/s")


def analysis(args, report):
    """Overlap analysis and world building at two sizes each (linear scaling shows)."""
    import random

    from bench.core.types import QAItem
    from bench.scoring.overlap import task_overlap

    words = [f"w{i}" for i in range(50_000)]
    rows = {}
    for scale in (0.5, 1.0):
        rng = random.Random(1)
        corpus = " ".join(rng.choice(words) for _ in range(int(1_000_000 * scale)))
        items = tuple(QAItem(f"q{i}", " ".join(rng.choices(words, k=9)) + "?",
                             (" ".join(rng.choices(words, k=2)),), "paraphrase", "test")
                      for i in range(int(10_000 * scale)))
        train = items[: len(items) // 2]
        task = Task("big", corpus, tuple(QAItem(i.id, i.question, i.answers, "direct", "train")
                                         for i in train), items)
        _, seconds = timed(lambda: task_overlap(task))
        rows[f"overlap_{int(1_000_000 * scale)}w_{len(items)}q_s"] = seconds
        people = int(5000 * scale)
        world, seconds = timed(lambda: GENERATORS.get("story")(
            "w", {"people": people, "kingdoms": people // 20, "artifacts": people // 10}, 1))
        rows[f"world_{world.meta['facts']}facts_s"] = seconds
    report["analysis"] = rows
    for key, value in rows.items():
        print(f"  {key:32s} {value:6.2f} s")


def bench_runs(args, report):
    """`bench run` on a suite in an empty cache (cold: model conversion, training,
    answering), again (warm: adapters and answers cached, so this is the per-run fixed
    cost: start-up, tasks, scoring, reports), and warm but answering afresh."""
    import subprocess

    with tempfile.TemporaryDirectory(prefix="bench-speed-runs-") as folder:
        env = {**os.environ, "BENCH_CACHE": str(Path(folder) / "cache")}
        seconds = {}
        for name, extra in (("cold", []), ("warm", []), ("warm_reanswer", ["--no-answer-cache"])):
            command = [sys.executable, "-m", "bench", "run", args.suite, "--runs-dir",
                       str(Path(folder) / "runs"), "--run-id", name, *extra]
            proc, seconds[name] = timed(lambda: subprocess.run(
                command, env=env, capture_output=True, text=True))
            if proc.returncode != 0:
                raise SystemExit(f"bench run {args.suite} ({name}) failed:\n{proc.stderr[-2000:]}")
            print(f"  bench run {args.suite} {name:14s} {seconds[name]:7.1f} s", flush=True)
    report["bench_run"] = {"suite": args.suite, **{f"{k}_s": v for k, v in seconds.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--max-new-tokens", type=int, default=32)
    parser.add_argument("--batch-size", type=int, default=32, help="for generate and lm-eval")
    parser.add_argument("--engine-batch-size", type=int, default=0, help="0: automatic")
    parser.add_argument("--train-steps", type=int, default=8)
    parser.add_argument("--no-bf16", dest="bf16", action="store_false")
    parser.add_argument("--skip-training", action="store_true")
    parser.add_argument("--suite", default="default", help="suite for the cold/warm `bench run`")
    parser.add_argument("--skip-runs", action="store_true", help="skip the cold/warm `bench run`")
    args = parser.parse_args()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    report: dict = {}
    generation(args, report)
    if not args.skip_training:
        training(args, report)
    analysis(args, report)
    if not args.skip_runs:
        bench_runs(args, report)
    g = report["generation"]
    ratios = {"engine_vs_lmeval": g["lm_eval_s"] / g["engine_s"],
              "engine_vs_generate": g["generate_s"] / g["engine_s"],
              "engine_agrees_with_generate": g["agree_generate"] / g["questions"]}
    if "engine_bf16_s" in g:
        ratios["bf16_vs_fp32"] = g["engine_s"] / g["engine_bf16_s"]
    if "training" in report:
        t = report["training"]
        ratios["train_vs_trl"] = t["bench_tokens_per_s"] / t["trl_tokens_per_s"]
    if "bench_run" in report:
        r = report["bench_run"]
        ratios.update(warm_vs_cold=r["warm_s"] / r["cold_s"],
                      warm_reanswer_vs_cold=r["warm_reanswer_s"] / r["cold_s"],
                      fixed_cost_s=r["warm_s"], cold_s=r["cold_s"])
    ratios.update({k: round(v, 3) for k, v in report["analysis"].items()})
    print(json.dumps({k: round(v, 3) for k, v in ratios.items()}, sort_keys=True))


if __name__ == "__main__":
    main()

"""Speed benchmark, side by side in one process on the same questions, chat prompts, greedy
decoding and `bench run`'s stop rule (EOS only):

- the bench's engine, plain `model.generate` and lm-eval's HF backend, all at one batch size;
- the engine against `generate` on tiny random models of every architecture in
  bench.models.conformance (answers only, no timing): the list of architectures whose
  answers were checked goes into the last line;
- the engine at its automatic batch size, lm-eval at `batch_size=auto` (on a CPU with
  `max_length=512`: its probe at the model's full 8192-token context does not finish in
  minutes there), and transformers' own continuous batching (`generate_batch`), each at
  its own best;
- fixture training against a plain TRL script with the same variant, batch and dtype;
- overlap analysis and world building at two sizes; `bench run` on the default suite cold
  (empty cache), warm, and warm answering afresh.

Not a test: run it, read the table. The last line is one JSON object of the ratios, batch
sizes in their names.

    .venv/bin/python benchmarks/speed.py                # CPU, ~17 minutes on 2 Zen 5 cores
    .venv/bin/python benchmarks/speed.py --questions 50 --no-lmeval-auto --skip-training --skip-runs
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
from bench.config.prompts import TEMPLATES, messages_for  # noqa: E402
from bench.core.types import Task  # noqa: E402
from bench.models.conformance import engine_answers, generate_answers  # noqa: E402
from bench.models.engine import auto_batch_size, chat_prompt  # noqa: E402
from bench.models.hardware import probe, resolve_variant  # noqa: E402
from bench.models.load import load_model, quiet_libraries  # noqa: E402
from bench.models.resolve import DEFAULT_MODEL, resolve_model  # noqa: E402
from bench.generators import GENERATORS  # noqa: E402


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


LMEVAL_CPU_MAX_LENGTH = 512  # > every prompt + answer here; see generation()


def lm_eval_answers(model, tok, task, max_new, batch, max_length=None):
    """lm-eval's HF backend through the bench's own lm-eval backend (EOS stop); batch
    "auto" lets lm-eval probe its own size (at `max_length`, default the model's context)."""
    answers = bench_lm_eval_answers(model, tok, task, task.test, "plain", False, max_new, batch,
                                    max_length=max_length)
    return [answer.output for answer in answers]


def continuous_batching_answers(model, tok, prompts, max_new):
    """transformers' continuous batching (`generate_batch`, paged attention), greedy."""
    from transformers import GenerationConfig

    ids = tok(prompts, add_special_tokens=False)["input_ids"]
    config = GenerationConfig(max_new_tokens=max_new, do_sample=False,
                              eos_token_id=model.generation_config.eos_token_id,
                              pad_token_id=tok.pad_token_id)
    results = model.generate_batch(inputs=ids, generation_config=config, progress_bar=False)
    ordered = list(results.values())
    return [tok.decode(r.generated_tokens, skip_special_tokens=True).strip() for r in ordered]


def generation(args, report):
    """The same questions, chat prompts (the `plain` template) and greedy decoding with
    `bench run`'s stop rule (EOS only), through every contender: all at one batch size,
    then each at its own automatic size."""
    import torch

    quiet_libraries()
    model_ref = resolve_model(args.model)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model, tok = load_model(model_ref.path)
    model.to(device)
    task = questions(args.questions)
    prompts = [chat_prompt(tok, messages_for(TEMPLATES.get("plain"), i.question)) for i in task.test]
    n, new, batch = len(prompts), args.max_new_tokens, args.batch_size
    engine_answers(model, tok, prompts[:batch], new, batch)  # warm-up (allocator, kernels)
    runs = {}
    runs["engine_b"], runs["engine_b_s"] = timed(lambda: engine_answers(model, tok, prompts, new, batch))
    runs["generate_b"], runs["generate_b_s"] = timed(lambda: generate_answers(model, tok, prompts, new, batch))
    runs["lmeval_b"], runs["lmeval_b_s"] = timed(lambda: lm_eval_answers(model, tok, task, new, batch))
    runs["engine_auto"], runs["engine_auto_s"] = timed(lambda: engine_answers(model, tok, prompts, new, 0))
    # lm-eval's auto probe runs 5 forward passes of 64 sequences at its max_length with a
    # log-softmax over the vocabulary; at SmolLM2's full context (8192) it had not finished
    # after 6 minutes on 2 CPU cores, so on a CPU it probes at LMEVAL_CPU_MAX_LENGTH, as a
    # user there would have to set it.
    if args.lmeval_auto:
        cap = None if device == "cuda" else LMEVAL_CPU_MAX_LENGTH
        runs["lmeval_auto"], runs["lmeval_auto_s"] = timed(
            lambda: lm_eval_answers(model, tok, task, new, "auto", max_length=cap))
    if args.continuous_batching:
        cb_model, _ = load_model(model_ref.path)
        cb_model.to(device)
        runs["cb"], runs["cb_s"] = timed(lambda: continuous_batching_answers(cb_model, tok, prompts, new))
    reference = runs["engine_b"]
    tokens = sum(len(tok(a, add_special_tokens=False)["input_ids"]) for a in reference)
    g = {"device": device, "questions": n, "max_new_tokens": new, "stop": "eos",
         "batch_size": batch, "engine_auto_batch_size": auto_batch_size(
             model, max(len(tok(p, add_special_tokens=False)["input_ids"]) for p in prompts) + new),
         "generated_tokens": tokens}
    for name in ("engine_b", "generate_b", "lmeval_b", "engine_auto", "lmeval_auto", "cb"):
        if name in runs:
            g[f"{name}_s"] = runs[f"{name}_s"]
            g[f"{name}_same_as_engine_b"] = sum(a == b for a, b in zip(runs[name], reference))
    if args.bf16:
        bf_model, _ = load_model(model_ref.path, compute_dtype="bfloat16")
        bf_model.to(device)
        engine_answers(bf_model, tok, prompts[:batch], new, batch)
        bf, g["engine_auto_bf16_s"] = timed(lambda: engine_answers(bf_model, tok, prompts, new, 0))
        g["engine_auto_bf16_same_as_engine_b"] = sum(a == b for a, b in zip(bf, reference))
    report["generation"] = g
    print(f"generation on {device}: {n} questions, max {new} new tokens, EOS stop, "
          f"batch {batch} or automatic (engine: {g['engine_auto_batch_size']})")
    labels = (("engine_b", f"bench engine, batch {batch}"), ("generate_b", f"generate, batch {batch}"),
              ("lmeval_b", f"lm-eval hf, batch {batch}"), ("engine_auto", "bench engine, auto"),
              ("lmeval_auto", "lm-eval hf, auto" + (f" (max_length {LMEVAL_CPU_MAX_LENGTH})"
                                                    if device == "cpu" else "")), ("cb", "continuous batching"),
              ("engine_auto_bf16", "bench engine bf16, auto"))
    for key, label in labels:
        if f"{key}_s" in g:
            seconds = g[f"{key}_s"]
            print(f"  {label:26s} {seconds:7.1f} s  {n / seconds:6.2f} q/s  "
                  f"{tokens / seconds:7.1f} tok/s  same answers {g[f'{key}_same_as_engine_b']}/{n}")


def architectures(args, report):
    """Greedy engine vs `generate` on tiny random models of each architecture of the
    conformance matrix (the real model's tokenizer): which ones were checked, and with
    what agreement. Not timed: the point is which architectures the engine's equality with
    `generate` covers."""
    from bench.models.conformance import check_all
    from bench.models.load import load_tokenizer

    tok = load_tokenizer(resolve_model(args.model).path)
    results = check_all(tok)
    report["architectures"] = {r.architecture: {"same": r.same, "total": r.total}
                               for r in results}
    print("engine vs generate, tiny random models (greedy fp32, prompts longer than a "
          "16-token sliding window): " + ", ".join(f"{r.architecture} {r.same}/{r.total}"
                                                  for r in results))


def plain_trl(model, tok, examples, variant, out: Path):
    """What a user's own TRL script does with the same settings: build, then train."""
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import PrinterCallback
    from trl import SFTConfig, SFTTrainer

    t, lora = variant.training, variant.lora
    config = SFTConfig(output_dir=str(out), max_steps=t.steps, learning_rate=t.learning_rate,
                       per_device_train_batch_size=t.batch_size, lr_scheduler_type=t.lr_scheduler,
                       max_grad_norm=t.max_grad_norm, max_length=t.max_length, optim=t.optim,
                       seed=t.seed, bf16=variant.compute_dtype == "bfloat16",
                       activation_checkpointing=False, use_cpu=not torch.cuda.is_available(),
                       logging_steps=1,
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
    # The default suite's variant and batch, its dtype resolved for this machine: both
    # trainers get exactly the same settings.
    variant, _ = resolve_variant(BUILTIN_VARIANTS["instruct-qlora"], probe())
    variant = replace(variant, training=replace(variant.training, steps=args.train_steps,
                                                batch_size=4, learning_rate=1.5e-3))
    examples = instruct_examples(task, variant)

    def bench_rate() -> float:
        with tempfile.TemporaryDirectory() as out:
            return train_adapter(model_ref.path, {"instruct": examples}, variant, Path(out),
                                 _NullBar())["tokens_per_second"]

    def trl_rate() -> float:
        # A fresh model each time, as the bench loads one: SFTTrainer wraps it in place.
        model, tok = load_model(model_ref.path, variant.quantization, variant.compute_dtype)
        with tempfile.TemporaryDirectory() as out:
            trainer, seconds = timed(lambda: plain_trl(model, tok, examples, variant, Path(out)))
        return [e for e in trainer.state.log_history if "num_tokens" in e][-1]["num_tokens"] / seconds

    # Alternating rounds, best of each, so warm-up and drift favour neither side.
    rates = {"bench": [], "trl": []}
    for _ in range(2):
        rates["trl"].append(trl_rate())
        rates["bench"].append(bench_rate())
    bench, trl = max(rates["bench"]), max(rates["trl"])
    report["training"] = {"bench_tokens_per_s": bench, "trl_tokens_per_s": trl,
                          "steps": args.train_steps, "batch_size": variant.training.batch_size,
                          "compute_dtype": variant.compute_dtype, "rounds": rates}
    print(f"training ({args.train_steps} QLoRA steps, batch {variant.training.batch_size}, "
          f"{variant.compute_dtype}, best of 2 alternating rounds): bench {bench:.0f} tok/s, "
          f"plain TRL {trl:.0f} tok/s")


def startup(report):
    """`bench --help`: the CLI imports nothing heavy, so it starts in well under a second."""
    import subprocess

    subprocess.run([sys.executable, "-m", "bench", "--help"], capture_output=True)  # warm
    runs = [timed(lambda: subprocess.run([sys.executable, "-m", "bench", "--help"],
                                         capture_output=True))[1] for _ in range(3)]
    report["startup"] = {"help_s": min(runs)}
    print(f"  bench --help                     {min(runs):6.2f} s (best of 3)")


def analysis(args, report):
    """Overlap analysis and world building at two sizes each (linear scaling shows), and
    the surgery task built from the whole book."""
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
    corpus_dir = os.environ.get("BENCH_CORPUS_DIR")
    if corpus_dir or args.surgery:
        _, rows["surgery_task_build_s"] = timed(lambda: GENERATORS.get("surgery")("s", {}, 1))
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
    parser.add_argument("--max-new-tokens", type=int, default=24, help="as the default suite")
    parser.add_argument("--batch-size", type=int, default=32,
                        help="the one batch size every contender is first timed at")
    parser.add_argument("--no-continuous-batching", dest="continuous_batching",
                        action="store_false", help="skip transformers' generate_batch")
    parser.add_argument("--no-lmeval-auto", dest="lmeval_auto", action="store_false",
                        help="skip lm-eval at batch_size=auto (its probe alone takes ~7 "
                             "minutes on 2 CPU cores)")
    parser.add_argument("--train-steps", type=int, default=8)
    parser.add_argument("--no-bf16", dest="bf16", action="store_false")
    parser.add_argument("--skip-generation", action="store_true")
    parser.add_argument("--skip-training", action="store_true")
    parser.add_argument("--suite", default="default", help="suite for the cold/warm `bench run`")
    parser.add_argument("--surgery", action="store_true",
                        help="time the surgery task build even without $BENCH_CORPUS_DIR "
                             "(downloads the book once)")
    parser.add_argument("--skip-runs", action="store_true", help="skip the cold/warm `bench run`")
    args = parser.parse_args()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    report: dict = {}
    startup(report)
    if not args.skip_generation:
        generation(args, report)
        architectures(args, report)
    if not args.skip_training:
        training(args, report)
    analysis(args, report)
    if not args.skip_runs:
        bench_runs(args, report)
    summary = {k: round(v, 3) for k, v in ratios_of(report).items()}
    if "architectures" in report:
        # Which architectures the engine's answers were checked on, identical or not.
        summary["architectures_identical"] = sorted(
            name for name, r in report["architectures"].items() if r["same"] == r["total"])
        summary["architectures_differing"] = sorted(
            name for name, r in report["architectures"].items() if r["same"] != r["total"])
    print(json.dumps(summary, sort_keys=True))


def ratios_of(report: dict) -> dict:
    """The report's ratios and headline figures, batch sizes in their names."""
    ratios = {}
    if "generation" in report:
        ratios.update(generation_ratios(report["generation"]))
    if "training" in report:
        t = report["training"]
        ratios["train_vs_trl"] = t["bench_tokens_per_s"] / t["trl_tokens_per_s"]
    if "bench_run" in report:
        r = report["bench_run"]
        ratios.update(warm_vs_cold=r["warm_s"] / r["cold_s"],
                      warm_reanswer_vs_cold=r["warm_reanswer_s"] / r["cold_s"],
                      fixed_cost_s=r["warm_s"], cold_s=r["cold_s"])
    ratios.update(report["analysis"])
    ratios["help_s"] = report["startup"]["help_s"]
    return ratios


def generation_ratios(g: dict) -> dict:
    b, auto = g["batch_size"], g["engine_auto_batch_size"]
    ratios = {f"engine_b{b}_vs_lmeval_b{b}": g["lmeval_b_s"] / g["engine_b_s"],
              f"engine_b{b}_vs_generate_b{b}": g["generate_b_s"] / g["engine_b_s"],
              f"engine_auto{auto}_vs_engine_b{b}": g["engine_b_s"] / g["engine_auto_s"],
              **{f"same_answers_{k[:-len('_same_as_engine_b')]}": v / g["questions"]
                 for k, v in g.items() if k.endswith("_same_as_engine_b")}}
    if "lmeval_auto_s" in g:
        ratios[f"engine_auto{auto}_vs_lmeval_auto"] = g["lmeval_auto_s"] / g["engine_auto_s"]
    if "cb_s" in g:
        ratios[f"engine_auto{auto}_vs_continuous_batching"] = g["cb_s"] / g["engine_auto_s"]
    if "engine_auto_bf16_s" in g:
        ratios["engine_bf16_vs_fp32"] = g["engine_auto_s"] / g["engine_auto_bf16_s"]
    return ratios


if __name__ == "__main__":
    main()

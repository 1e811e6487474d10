"""Adapters and models trained elsewhere, and models served elsewhere, through the real CLI.

Two LoRA adapters are trained here with plain TRL + peft (recipes the bench has no variant
for: r=8 and r=4 on q_proj/v_proj), one is merged into a full model, and the bench scores
them all: adapters swapped on one base load, the merged model as a variant, the same
suite answered by `transformers serve` (killed mid-run and resumed), and the CI gate."""

from __future__ import annotations

import json
import os
import shutil
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.suites import GENERATION, bench_in_process, write_story_suite

pytestmark = pytest.mark.slow


def train_with_plain_trl(model_path: str, out: Path, rank: int, steps: int, seed: int) -> Path:
    """What a user's own script does: SFTTrainer + LoraConfig on some QA pairs, then save."""
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import SFTConfig, SFTTrainer

    from bench.generators import GENERATORS

    torch.manual_seed(seed)
    task = GENERATORS.get("story")("story", {"kingdoms": 2, "people": 4, "artifacts": 1}, 7)
    rows = [{"prompt": [{"role": "user", "content": i.question}],
             "completion": [{"role": "assistant", "content": i.answers[0]}]} for i in task.train]
    model = AutoModelForCausalLM.from_pretrained(model_path, dtype=torch.float32)
    config = SFTConfig(output_dir=str(out / "trainer"), max_steps=steps, learning_rate=2e-3,
                       per_device_train_batch_size=4, bf16=False, use_cpu=True,
                       activation_checkpointing=False, report_to="none", save_strategy="no",
                       disable_tqdm=True, seed=seed)
    trainer = SFTTrainer(model=model, args=config, train_dataset=Dataset.from_list(rows),
                         processing_class=AutoTokenizer.from_pretrained(model_path),
                         peft_config=LoraConfig(r=rank, lora_alpha=16, task_type="CAUSAL_LM",
                                                target_modules=["q_proj", "v_proj"]))
    trainer.train()
    trainer.model.save_pretrained(out / "adapter")
    return out / "adapter"


@pytest.fixture(scope="module")
def own(smollm, bench_cache, tmp_path_factory):
    """Two adapters trained outside the bench, a merged model, and a story suite."""
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    root = tmp_path_factory.mktemp("own")
    mine = train_with_plain_trl(smollm.path, root / "mine", rank=8, steps=3, seed=0)
    other = train_with_plain_trl(smollm.path, root / "other", rank=4, steps=2, seed=1)
    merged = root / "merged"
    base = AutoModelForCausalLM.from_pretrained(smollm.path)
    PeftModel.from_pretrained(base, str(mine)).merge_and_unload().save_pretrained(merged)
    AutoTokenizer.from_pretrained(smollm.path).save_pretrained(merged)
    suite = write_story_suite(root, "own", ["base"], GENERATION)
    return {"root": root, "mine": mine, "other": other, "merged": merged, "suite": suite,
            "cache": bench_cache}


def _bench(own, *args):
    return bench_in_process(*args, cwd=own["root"], cache=own["cache"])


def _run(own, run_id, *args):
    done = _bench(own, "run", own["suite"], "--run-id", run_id, "--no-answer-cache", *args)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads((own["root"] / "runs" / run_id / "results.json").read_text())


def _answers(own, run_id, variant):
    lines = (own["root"] / "runs" / run_id / "predictions.jsonl").read_text().splitlines()
    rows = [json.loads(line) for line in lines]
    return {(r["task"], r["template"], r["item_id"]): r["output"] for r in rows
            if r["variant"] == variant}


@pytest.fixture(scope="module")
def both(own):
    return _run(own, "both", "--adapter", f"mine={own['mine']}", "--adapter",
                f"other={own['other']}")


def test_adapter_trained_elsewhere_is_scored_and_recorded(own, both):
    variants = {m["variant"] for m in both["metrics"]}
    assert variants == {"base", "mine", "other"}
    recorded = {f["variant"]: f for f in both["fixtures"]}
    from bench.core.storage import file_sha256

    assert recorded["mine"]["adapter_sha256"] == file_sha256(own["mine"] / "adapter_model.safetensors")
    assert recorded["mine"]["adapter_config"]["r"] == 8
    assert recorded["other"]["adapter_config"]["target_modules"] in (["q_proj", "v_proj"],
                                                                     ["v_proj", "q_proj"])
    assert _answers(own, "both", "mine") != _answers(own, "both", "base")  # the adapter acts


def test_each_adapter_answers_the_same_alone_or_after_another(own, both):
    """One base load, adapters attached and removed in turn: `other`, evaluated after
    `mine` in one process, answers exactly as when it is evaluated alone."""
    alone = _run(own, "alone", "--variant", "base", "--adapter", f"other={own['other']}")
    assert _answers(own, "alone", "other") == _answers(own, "both", "other")
    assert _answers(own, "alone", "base") == _answers(own, "both", "base")
    assert alone["fixtures"][0]["key"] == [f for f in both["fixtures"]
                                           if f["variant"] == "other"][0]["key"]


def test_merged_model_is_a_variant_beside_the_base(own, both):
    suite = write_story_suite(own["root"], "merged", ["base"],
                              extra=f"  - {{name: merged, model: {own['merged']}}}\n{GENERATION}")
    done = _bench(own, "run", suite, "--run-id", "merged", "--no-answer-cache")
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads((own["root"] / "runs/merged/results.json").read_text())
    assert results["variant_models"]["merged"]["name"] == str(own["merged"])
    merged = _answers(own, "merged", "merged")
    adapter = _answers(own, "both", "mine")
    # The merged weights are the adapter's, folded in: (nearly) the same greedy answers.
    assert sum(merged[k] == adapter[k] for k in merged) >= 0.9 * len(merged)
    assert merged != _answers(own, "merged", "base")


def test_gate_passes_a_rerun_and_fails_a_planted_regression(own, both):
    baseline = own["root"] / "baseline" / "results.json"
    baseline.parent.mkdir(exist_ok=True)
    baseline.write_text(json.dumps(both))
    same = _bench(own, "compare", baseline, "runs/both", "--pair", "base:mine",
                  "--fail-on-regression")
    rerun = _bench(own, "compare", baseline, "runs/both", "--fail-on-regression")
    assert rerun.returncode == 0 and "0 regressions" in rerun.stdout, rerun.stdout + rerun.stderr
    assert same.returncode in (0, 1), same.stderr  # base vs mine: whatever the data say
    planted = json.loads(json.dumps(both))
    for item in planted["items"]:  # the baseline's base variant answered everything right
        if item["variant"] == "base" and "exact_match" in item["scores"]:
            item["scores"]["exact_match"] = 1.0
    baseline.write_text(json.dumps(planted))
    worse = _bench(own, "compare", baseline, "runs/both", "--pair", "base:mine",
                   "--metric", "exact_match", "--fail-on-regression")
    assert worse.returncode == 1, worse.stdout + worse.stderr
    assert "bench: regression: story/base -> mine" in worse.stderr


def _safetensors(tensors: dict[str, list[int]]) -> bytes:
    """A valid safetensors file of zero-filled float32 tensors with these shapes."""
    header, offset, data = {}, 0, b""
    for name, shape in tensors.items():
        size = 4 * int.__mul__(*shape) if len(shape) == 2 else 4 * shape[0]
        header[name] = {"dtype": "F32", "shape": shape, "data_offsets": [offset, offset + size]}
        offset += size
        data += b"\0" * size
    raw = json.dumps(header).encode()
    return struct.pack("<Q", len(raw)) + raw + data


LLAMA_7B_Q = "base_model.model.model.layers.0.self_attn.q_proj"
SMOL_Q = LLAMA_7B_Q  # the same module names; SmolLM2-135M's hidden size is 576


@pytest.mark.parametrize("case, files, code, message", [
    ("pickle only", {"adapter_model.bin": b"PK\x03\x04"}, 3,
     "only adapter_model.bin, a pickle that can run code"),
    ("another model size", {"adapter_model.safetensors": _safetensors({
        f"{LLAMA_7B_Q}.lora_A.weight": [8, 4096], f"{LLAMA_7B_Q}.lora_B.weight": [4096, 8]})}, 2,
     "adapter expects hidden size 4096, model smollm2-135m-instruct has 576"),
    ("another architecture", {"adapter_model.safetensors": _safetensors({
        "base_model.model.transformer.h.0.attn.c_attn.lora_A.weight": [8, 576],
        "base_model.model.transformer.h.0.attn.c_attn.lora_B.weight": [1728, 8]})}, 2,
     "targets modules the model does not have (transformer.h.0.attn.c_attn"),
    ("corrupted", {"adapter_model.safetensors": b"\x10\x00\x00\x00\x00\x00\x00\x00{not json"},
     4, "adapter_model.safetensors is not a readable safetensors file"),
    ("no weights", {}, 4, "no adapter weights (adapter_model.safetensors)"),
    # Its header whole, its tensors cut short (a copy that stopped): safetensors itself
    # would fail only when loading, after the base answers, with a traceback.
    ("cut after the header", {"adapter_model.safetensors": _safetensors({
        f"{SMOL_Q}.lora_A.weight": [8, 576], f"{SMOL_Q}.lora_B.weight": [576, 8]})[:-100]},
     4, "adapter_model.safetensors is not a readable safetensors file"),
])
def test_bad_adapters_are_one_clear_line(own, case, files, code, message):
    folder = own["root"] / "bad" / case.replace(" ", "-")
    folder.mkdir(parents=True)
    (folder / "adapter_config.json").write_text(json.dumps(
        {"peft_type": "LORA", "r": 8, "target_modules": ["q_proj"],
         "base_model_name_or_path": "meta-llama/Llama-2-7b-hf"}))
    for name, data in files.items():
        (folder / name).write_bytes(data)
    done = _bench(own, "run", own["suite"], "--variant", "base", "--adapter", f"bad={folder}",
                  "--run-id", f"bad-{folder.name}")
    assert done.returncode == code, done.stderr[-2000:]
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("bench: error: ")
    assert message in done.stderr and "Traceback" not in done.stderr


def test_renamed_base_model_is_a_warning_not_an_error(own, smollm):
    from bench.fixtures.external import external_fixture

    renamed = own["root"] / "renamed"
    shutil.copytree(own["mine"], renamed)
    config = json.loads((renamed / "adapter_config.json").read_text())
    config["base_model_name_or_path"] = "HuggingFaceTB/SmolLM2-135M-Instruct"
    (renamed / "adapter_config.json").write_text(json.dumps(config))
    warnings = []
    assert external_fixture(str(own["mine"]), smollm, "mine", warnings.append) and not warnings
    fixture = external_fixture(str(renamed), smollm, "mine", warnings.append)
    assert fixture.key.startswith("external-") and len(warnings) == 1
    assert "HuggingFaceTB/SmolLM2-135M-Instruct" in warnings[0] and smollm.name in warnings[0]


def test_served_suite_answers_like_the_engine_and_resumes_after_sigkill(own, both, served):
    """base and the merged fine-tune answered by `transformers serve`; killed mid-run with
    SIGKILL, the same command finishes; answers equal the engine's on the fp32 base."""
    base_url, base_id = served
    suite = write_story_suite(own["root"], "served", ["base"], extra=(
        f"  - {{name: merged, served_model: {own['merged']}}}\n"
        f"generation: {{backend: openai, base_url: '{base_url}', concurrency: 4, "
        "max_new_tokens: 12}\n"))
    suite.write_text(suite.read_text().replace("seed: 7\n", f"seed: 7\nmodel: {base_id}\n"))
    args = [sys.executable, "-m", "bench", "run", str(suite), "--run-id", "served"]
    env = {**os.environ, "BENCH_CACHE": str(own["cache"])}
    proc = subprocess.Popen(args, cwd=own["root"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    predictions = own["root"] / "runs/served/predictions.jsonl"
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None:
        if predictions.exists() and predictions.read_text().count("\n") >= 8:
            break
        time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    kept = predictions.read_text().count("\n")
    assert kept >= 8 and not (own["root"] / "runs/served/results.json").exists()
    again = _bench(own, *args[3:])  # the resumed run takes no signal: in this process
    assert again.returncode == 0, again.stderr[-3000:]
    results = json.loads((own["root"] / "runs/served/results.json").read_text())
    assert {m["variant"] for m in results["metrics"]} == {"base", "merged"}
    served_base, engine_base = _answers(own, "served", "base"), _answers(own, "both", "base")
    same = sum(served_base[k] == engine_base[k] for k in served_base)
    print(f"served vs engine, fp32 base: {same}/{len(served_base)} identical answers")
    assert served_base.keys() == engine_base.keys() and same >= 0.9 * len(served_base)
    shutil.rmtree(own["root"] / "runs/served")

#!/usr/bin/env bash
# The bench's CUDA code paths, on a GPU machine: hardware and compute-dtype detection, QLoRA
# (bitsandbytes NF4 on CUDA), plain LoRA and raw-then-instruct training through TRL, the
# batched engine's GPU memory budget, and a second run that reuses every fixture and answer.
# The model is a tiny randomly initialised Llama with SmolLM2's tokenizer (mechanics, never
# results): make it with `benchmarks/device_check.sh --make-model DIR` where the bench is
# installed. Run on the GPU machine from the repository root:
#   benchmarks/device_check.sh MODEL_DIR [OUT_DIR]
# with the bench's libraries importable (installed, or unpacked on PYTHONPATH).
set -euo pipefail

if [[ "${1:-}" == "--make-model" ]]; then
    exec python benchmarks/device_check_model.py "$2"
fi
model=${1:?usage: benchmarks/device_check.sh MODEL_DIR [OUT_DIR]}
out=${2:-/tmp/device-check}
mkdir -p "$out"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1
export BENCH_CACHE="$out/cache"

nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
python3 - <<'PY'
import importlib
import torch
names = "torch transformers peft trl bitsandbytes accelerate datasets".split()
print(" ".join(f"{n} {importlib.import_module(n).__version__}" for n in names))
print("cuda", torch.version.cuda, "device", torch.cuda.get_device_name(), "bf16",
      torch.cuda.is_bf16_supported())
PY

for attempt in cold warm; do
    start=$(date +%s)
    python3 -m bench run benchmarks/device-check.yaml --model "$model" --runs-dir "$out/runs" \
        --run-id device-check 2>&1 | tee "$out/$attempt.log"
    echo "$attempt run: $(( $(date +%s) - start )) s"
done

python3 - "$out/runs/device-check/results.json" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))
hardware = result["environment"]["hardware"]
print("hardware:", hardware)
for variant, compute in result["compute"].items():
    print(f"{variant}: {compute['quantization']} weights, {compute['dtype']} ({compute['reason']})")
assert "cpu capability" not in hardware.lower(), "the run did not use the GPU"
assert result["compute"]["instruct-qlora"]["dtype"] == "bfloat16", "QLoRA did not compute in bf16"
print("device check passed")
PY

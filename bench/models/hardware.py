"""Which compute dtype to use: bf16 only where the hardware computes it natively.

bf16 is a GPU and AVX-512-BF16/AMX habit. On a CPU without native bf16 (AVX2 only, or
AVX-512 without the BF16 extension) torch emulates it, one core at a time: QLoRA training
with bf16 compute was measured over 20x slower than float32 on such a CPU. `auto` (the
default of the QLoRA variants) therefore resolves to bfloat16 on a CUDA device with bf16
and on a CPU with AVX-512-BF16 or AMX (when torch dispatches AVX-512 kernels), and to
float32 everywhere else. The probe is a value, so the decision is tested for every kind
of machine on any machine.
"""

from __future__ import annotations

import functools
import platform
from dataclasses import dataclass, replace
from pathlib import Path

from bench.config.suite import Suite
from bench.core.types import Variant

AUTO = "auto"
NATIVE_BF16_CPU_FLAGS = frozenset({"avx512_bf16", "amx_bf16"})


@dataclass(frozen=True)
class Hardware:
    """What decides whether bf16 is native: the device, and on a CPU its flags and the
    kernels torch dispatches (`torch.backends.cpu.get_cpu_capability()`)."""

    device: str  # "cuda" or "cpu"
    name: str  # CPU model or GPU name
    cpu_capability: str = ""  # "AVX2", "AVX512", ... ("" when unknown)
    cpu_flags: frozenset[str] = frozenset()
    cuda_bf16: bool = False

    def describe(self) -> str:
        if self.device == "cuda":
            return self.name
        return f"{self.name} (torch CPU capability {self.cpu_capability or '?'})"


@dataclass(frozen=True)
class DtypeChoice:
    """The compute dtype a variant runs with, and why."""

    requested: str
    dtype: str
    reason: str
    warning: str = ""  # one line for the user when the request will be slow


def native_bf16(hardware: Hardware) -> tuple[bool, str]:
    """Whether the hardware computes bf16 natively, and the reason in a few words."""
    if hardware.device == "cuda":
        return (hardware.cuda_bf16, "CUDA device with bf16" if hardware.cuda_bf16
                else "CUDA device without bf16")
    flags = sorted(hardware.cpu_flags & NATIVE_BF16_CPU_FLAGS)
    if flags and hardware.cpu_capability == "AVX512":
        return True, f"CPU with native bf16 ({', '.join(flags)})"
    if flags:
        return False, (f"CPU has {', '.join(flags)} but torch dispatches "
                       f"{hardware.cpu_capability or 'unknown'} kernels")
    return False, (f"CPU without native bf16 (torch capability "
                   f"{hardware.cpu_capability or 'unknown'}, no avx512_bf16/amx_bf16)")


def resolve_compute_dtype(requested: str, hardware: Hardware) -> DtypeChoice:
    """`auto` -> bfloat16 where native, else float32; an explicit dtype is kept, with a
    warning when bfloat16 is asked for on hardware that emulates it."""
    native, why = native_bf16(hardware)
    if requested == AUTO:
        return DtypeChoice(AUTO, "bfloat16" if native else "float32", f"auto: {why}")
    if requested == "bfloat16" and not native:
        return DtypeChoice(requested, requested, f"as asked: {why}",
                           warning=f"bfloat16 compute on a {why}: emulated and several times "
                                   f"slower than float32 (use compute_dtype: auto or float32)")
    return DtypeChoice(requested, requested, "as asked")


def resolve_variant(variant: Variant, hardware: Hardware) -> tuple[Variant, DtypeChoice]:
    """The variant with a concrete compute dtype (what trains, keys the cache and answers)."""
    choice = resolve_compute_dtype(variant.compute_dtype, hardware)
    return replace(variant, compute_dtype=choice.dtype), choice


def resolve_suite(suite: Suite, hardware: Hardware | None = None,
                  ) -> tuple[Suite, dict[str, DtypeChoice]]:
    """The suite with every variant's compute dtype resolved, and each variant's choice."""
    hardware = hardware or probe()
    resolved = [resolve_variant(v, hardware) for v in suite.variants]
    choices = {variant.name: choice for variant, choice in resolved}
    return replace(suite, variants=tuple(v for v, _ in resolved)), choices


@functools.lru_cache(maxsize=1)
def probe() -> Hardware:
    """This process's hardware: its CUDA device if it has one, else the CPU."""
    import torch

    if torch.cuda.is_available():
        return Hardware("cuda", torch.cuda.get_device_name(), cuda_bf16=torch.cuda.is_bf16_supported())
    return Hardware("cpu", _cpu_model(), torch.backends.cpu.get_cpu_capability(), _cpu_flags())


def _cpu_info() -> str:
    try:
        return Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _cpu_flags() -> frozenset[str]:
    for line in _cpu_info().splitlines():
        if line.startswith(("flags", "Features")):
            return frozenset(line.split(":", 1)[1].split())
    return frozenset()


def _cpu_model() -> str:
    for line in _cpu_info().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()

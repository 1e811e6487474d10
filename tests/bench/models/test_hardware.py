"""`compute_dtype: auto`: bf16 only where the hardware computes it natively, decided from a
probe value, so every kind of machine is tested on whichever machine runs the tests."""

import pytest

from bench.config.variants import BUILTIN_VARIANTS
from bench.models.hardware import Hardware, native_bf16, resolve_compute_dtype, resolve_variant

ZEN4 = Hardware("cpu", "AMD EPYC (Zen 4)", "AVX512",
                frozenset({"avx2", "avx512f", "avx512_bf16", "avx512_vnni"}))
SAPPHIRE_RAPIDS = Hardware("cpu", "Intel Xeon", "AVX512",
                           frozenset({"avx2", "avx512f", "amx_bf16", "amx_tile"}))
ZEN3 = Hardware("cpu", "AMD EPYC (Zen 3)", "AVX2", frozenset({"avx2", "fma"}))
SKYLAKE_X = Hardware("cpu", "Intel Xeon Gold", "AVX512", frozenset({"avx2", "avx512f"}))
# An AVX-512-BF16 CPU with torch told to dispatch AVX2 kernels (ATEN_CPU_CAPABILITY=avx2).
ZEN4_AS_AVX2 = Hardware("cpu", "AMD EPYC (Zen 4)", "AVX2", frozenset({"avx2", "avx512_bf16"}))
A100 = Hardware("cuda", "NVIDIA A100", cuda_bf16=True)
T4 = Hardware("cuda", "Tesla T4", cuda_bf16=False)


@pytest.mark.parametrize("hardware, expected", [
    (ZEN4, "bfloat16"), (SAPPHIRE_RAPIDS, "bfloat16"), (A100, "bfloat16"),
    (ZEN3, "float32"), (SKYLAKE_X, "float32"), (ZEN4_AS_AVX2, "float32"), (T4, "float32"),
])
def test_auto_is_bf16_only_where_native(hardware, expected):
    choice = resolve_compute_dtype("auto", hardware)
    assert choice.dtype == expected
    assert choice.reason.startswith("auto: ") and not choice.warning
    assert native_bf16(hardware)[0] == (expected == "bfloat16")


def test_reason_names_what_decided():
    assert "avx512_bf16" in resolve_compute_dtype("auto", ZEN4).reason
    assert "AVX2" in resolve_compute_dtype("auto", ZEN3).reason
    assert "dispatches AVX2" in resolve_compute_dtype("auto", ZEN4_AS_AVX2).reason


@pytest.mark.parametrize("hardware", [ZEN3, SKYLAKE_X, T4])
def test_explicit_bf16_without_native_support_is_kept_with_a_warning(hardware):
    choice = resolve_compute_dtype("bfloat16", hardware)
    assert choice.dtype == "bfloat16"
    assert "slower" in choice.warning and "\n" not in choice.warning


@pytest.mark.parametrize("hardware", [ZEN4, ZEN3])
def test_explicit_float32_is_kept_silently(hardware):
    choice = resolve_compute_dtype("float32", hardware)
    assert (choice.dtype, choice.warning) == ("float32", "")


def test_qlora_variants_default_to_auto_and_resolve_to_a_concrete_dtype():
    qlora = BUILTIN_VARIANTS["instruct-qlora"]
    assert qlora.compute_dtype == "auto"
    assert BUILTIN_VARIANTS["base"].compute_dtype == "float32"
    assert resolve_variant(qlora, ZEN3)[0].compute_dtype == "float32"
    assert resolve_variant(qlora, ZEN4)[0].compute_dtype == "bfloat16"

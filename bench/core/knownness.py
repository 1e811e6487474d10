"""The SliCK knownness categories (Gekhman et al. 2024), from whether the base model's
greedy and sampled answers to a question were right. bench.scoring.knownness labels a run's
items with them; the world-facts generator labels facts before it splits them."""

from __future__ import annotations

KNOWN, MAYBE_KNOWN, WEAKLY_KNOWN, UNKNOWN = "known", "maybe-known", "weakly-known", "unknown"
CATEGORIES = (KNOWN, MAYBE_KNOWN, WEAKLY_KNOWN, UNKNOWN)


def slick(greedy: list[bool], sampled: list[bool]) -> str:
    """The category from the correctness of the greedy and the sampled answers: known
    (every greedy answer right), maybe-known (some), weakly-known (none, but a sampled
    one), unknown (none at all)."""
    if greedy and all(greedy):
        return KNOWN
    if any(greedy):
        return MAYBE_KNOWN
    return WEAKLY_KNOWN if any(sampled) else UNKNOWN

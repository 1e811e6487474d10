"""Settings a suite gives the answering and scoring stages (plain values, no behaviour)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GenerationSpec:
    max_new_tokens: int = 24
    batch_size: int = 0  # 0: chosen from a memory budget
    # "bench" (the engine), "lm-eval" (lm-eval's HF backend, a cross-check) or "openai" (an
    # OpenAI-compatible server at base_url: vLLM, SGLang, `transformers serve`)
    backend: str = "bench"
    base_url: str = ""
    api_key_env: str = "OPENAI_API_KEY"
    concurrency: int = 8  # requests in flight to the server
    # Sampling consistency: besides the greedy answer, `samples` seeded draws per item under
    # the suite's first template (0: greedy only).
    samples: int = 0
    temperature: float = 0.7
    top_p: float = 0.95
    sample_variants: tuple[str, ...] = ()  # the variants sampled; empty: all


@dataclass(frozen=True)
class OverlapSettings:
    question_threshold: float = 0.8  # token-set Jaccard that makes two questions near-duplicates
    ngram: int = 8  # 13 in GPT-3 and lm-eval; QA items are short, so shorter by default


JUDGE_BACKENDS = ("openai", "hf")  # a served model, or a local model folder (or alias)


@dataclass(frozen=True)
class JudgeSettings:
    """`scoring.judge`: the grader model that decides correct / incorrect / not attempted
    for answerable items (bench.scoring.judge)."""

    backend: str = "openai"
    model: str = ""  # the id on the server (openai), or a local folder / alias (hf)
    base_url: str = ""
    api_key_env: str = "OPENAI_API_KEY"
    concurrency: int = 4  # requests in flight (openai), prompts per batch (hf)
    max_tokens: int = 8  # the verdict is one word on the first line
    # Below this accuracy on the sanity pairs the judge's metrics are not reported.
    min_sanity: float = 0.9
    # Above this share of unparseable verdicts the graded rest is biased: not reported.
    max_unparseable: float = 0.5
    labels: str = ""  # a labelled answers file: agreement with people, reported with the run


@dataclass(frozen=True)
class KnownnessSettings:
    """The knownness probe (Gekhman et al. 2024, SliCK): which facts the base model already
    knows, from its greedy answers under every template and `samples` draws at
    `temperature`. `enabled`: "auto" (tasks from real text, not invented story worlds),
    "on" (every task) or "off"."""

    enabled: str = "auto"
    samples: int = 4
    temperature: float = 0.5


@dataclass(frozen=True)
class ScoringSettings:
    # Phrases that also count as refusals, besides the detector's own patterns.
    refusal_phrases: tuple[str, ...] = ()
    overlap: OverlapSettings = OverlapSettings()
    knownness: KnownnessSettings = KnownnessSettings()
    judge: JudgeSettings | None = None  # None: the rules grade (exact match, refusals)

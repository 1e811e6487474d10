"""Evaluation: every test item of every task under every template, for every variant.

Per (variant, task): `answer_jobs` lists what this run (and this process) still has to
answer, the answer cache fills what it knows, and only the rest is generated, by the
bench's engine or by lm-eval. Each base model is loaded once per quantisation mode, and
only if something is left to generate; adapters are attached and removed in turn. The
backends themselves (the bench's engine, lm-eval) are in bench.answering.backends.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Protocol

from bench.answering.answer_cache import AnswerCache, AnswerSource
from bench.answering.backends import BACKENDS, Backend, Request
from bench.answering.sharding import Shard
from bench.config.prompts import TEMPLATES, messages_for
from bench.config.suite import Suite, probe_variant, probed
from bench.core.errors import ConfigError, DataError
from bench.core.progress import Reporter
from bench.core.text import counted
from bench.core.types import (
    PROBE_MARK,
    SAMPLE_MARK,
    AnswerJob,
    Prediction,
    Task,
    Variant,
    draw_template,
    split_draw,
)
from bench.models.engine import chat_prompt, unsupported_settings
from bench.models.resolve import ResolvedModel
from bench.models.sampling import Sampling

Key = tuple[str, str, str, str]


class PredictionStore(Protocol):
    """Where a run keeps its predictions (bench.runs.store.RunStore)."""

    shard: Shard

    def append_predictions(self, predictions: Iterable[Prediction]) -> None: ...


def with_prompt(job: AnswerJob, tokenizer) -> AnswerJob:
    """The job with its chat messages put through the model's chat template."""
    return replace(job, prompt=chat_prompt(tokenizer, json.loads(job.messages)))


@dataclass(frozen=True)
class AnswerSink:
    """Where answers go as soon as a batch is done: the run, and the answer cache."""

    store: PredictionStore
    cache: AnswerCache | None

    def write(self, answered: list[tuple[AnswerJob, str]]) -> None:
        self.store.append_predictions(job.answered(output) for job, output in answered)
        if self.cache is not None:
            self.cache.add((job.messages, job.prompt, output) for job, output in answered)


def evaluate_suite(suite: Suite, models: dict[str, ResolvedModel], tasks: dict[str, Task],
                   fixtures: dict, store: PredictionStore, reporter: Reporter, done: set[Key],
                   reuse_answers: bool = True) -> dict:
    """Answer everything not in `done`; `models` gives each variant's model (the suite's, or
    its own merged one). Each model is loaded once per quantisation mode and only if
    something is left to generate; adapters are attached and removed in turn. Returns how
    many answers were generated and how many came from the answer cache."""
    from bench.models.load import load_model, load_tokenizer

    backend = BACKENDS.get(suite.generation.backend, "generation.backend")
    counts = {"generated": 0, "from_cache": 0}
    groups: dict[tuple[str, str, str], list[Variant]] = {}
    for variant in suite.variants:
        key = (models[variant.name].path, variant.quantization, variant.compute_dtype)
        groups.setdefault(key, []).append(variant)
    for (path, quantization, dtype), variants in groups.items():
        base = tokenizer = None  # loaded only if something is left to generate
        for variant, task, templates in ((v, t, group) for v in variants for t in tasks.values()
                                         for group in template_groups(suite, v, t.name)):
            fixture = fixtures.get((task.name, variant.name))
            max_new_tokens = variant.max_new_tokens or suite.generation.max_new_tokens
            # A server's weights can change behind the same id: its answers are not cached.
            cache = AnswerCache(AnswerSource(
                models[variant.name].fingerprint, fixture.key if fixture else None,
                quantization, dtype, suite.generation.backend, max_new_tokens,
                sampling_key(suite, templates[0]))) if reuse_answers and backend.local else None
            jobs = answer_jobs(task, variant, templates, done, store.shard)
            jobs = _take_cached(jobs, cache, store, reporter, counts)
            if not jobs:
                continue
            sink = AnswerSink(store, cache)
            if not backend.local:
                generate_answers(backend, None, None, task, variant, jobs, suite, sink, reporter)
            else:
                tokenizer = tokenizer or load_tokenizer(path)
                jobs = [with_prompt(job, tokenizer) for job in jobs]
                if base is None:
                    base, _ = load_model(path, quantization, dtype)
                with _adapter(base, fixture) as lm:
                    generate_answers(backend, lm, tokenizer, task, variant, jobs, suite, sink,
                                     reporter)
            counts["generated"] += len(jobs)
    return counts


def samples_of(suite: Suite, variant: Variant) -> int:
    """How many consistency draws per item this variant gives (0: greedy only)."""
    chosen = suite.generation.sample_variants
    return suite.generation.samples if not chosen or variant.name in chosen else 0


def template_groups(suite: Suite, variant: Variant, task: str) -> list[tuple[str, ...]]:
    """What a variant answers on a task, one group per answer-cache source: its greedy
    answers under every template, then each sampled draw under the first template:
    consistency draws ("plain#s1", ...), and for the base model on a probed task the
    knownness probe's draws ("plain#k1", ...)."""
    first = suite.templates[0]
    groups = [tuple(suite.templates)]
    groups += [(draw_template(first, n, SAMPLE_MARK),) for n in range(1, samples_of(suite, variant) + 1)]
    spec = next((s for s in suite.tasks if s.name == task), None)
    if spec is not None and probed(suite, spec) and probe_variant(suite) == variant:
        groups += [(draw_template(first, n, PROBE_MARK),)
                   for n in range(1, suite.scoring.knownness.samples + 1)]
    return groups


def draw_sampling(suite: Suite, template: str) -> Sampling | None:
    """The seeded sampling of a draw template (None for a greedy one)."""
    _, mark, index = split_draw(template)
    if mark == SAMPLE_MARK:
        return Sampling(suite.generation.temperature, suite.generation.top_p, suite.seed, index)
    if mark == PROBE_MARK:
        # Its own draw indices, so a probe draw never repeats a consistency draw.
        return Sampling(suite.scoring.knownness.temperature, 1.0, suite.seed, 1000 + index)
    return None


def sampling_key(suite: Suite, template: str) -> str:
    """What decides a sampled answer besides the prompt ("" for a greedy one)."""
    sampling = draw_sampling(suite, template)
    return "" if sampling is None else (f"t{sampling.temperature}-p{sampling.top_p}-"
                                        f"seed{sampling.seed}-s{sampling.index}")


def answer_jobs(task: Task, variant: Variant, templates: tuple[str, ...], done: set[Key],
                shard: Shard = Shard()) -> list[AnswerJob]:
    """The questions of `task` not yet answered, under each template (a sampled one,
    "plain#s2", asks as its template does); this process's share."""
    jobs = []
    for template_name in templates:
        template = TEMPLATES.get(split_draw(template_name)[0])
        for item in task.test:
            if (task.name, variant.name, template_name, item.id) in done:
                continue
            messages = messages_for(template, item.question, variant.source_tag)
            jobs.append(AnswerJob(task.name, variant.name, template_name, item.id,
                                  json.dumps(messages, ensure_ascii=False)))
    return shard.mine(jobs)


def _take_cached(jobs: list[AnswerJob], cache: AnswerCache | None, store: PredictionStore,
                 reporter: Reporter, counts: dict) -> list[AnswerJob]:
    """Record the answers the cache has; return the jobs still to generate."""
    if cache is None or not jobs:
        return jobs
    found = cache.lookup(job.messages for job in jobs)
    hits = [job for job in jobs if job.messages in found]
    if hits:
        store.append_predictions(job.answered(found[job.messages].output,
                                              found[job.messages].prompt) for job in hits)
        counts["from_cache"] += len(hits)
        what = _draws_note(hits).removeprefix(": ") or counted(len(hits), "answer")
        reporter.message(f"{jobs[0].task} / {jobs[0].variant}: {what} from the answer cache")
    return [job for job in jobs if job.messages not in found]


def generate_answers(backend: Backend, model, tokenizer, task: Task, variant: Variant,
                     jobs: list[AnswerJob], suite: Suite, sink: AnswerSink,
                     reporter: Reporter) -> None:
    """Generate answers to `jobs` with the suite's backend, one template at a time (its
    prompts share the system text, which the engine then computes once per batch),
    writing each batch to `sink` as soon as it is done."""
    generation = suite.generation
    max_new_tokens = variant.max_new_tokens or generation.max_new_tokens
    label = f"answer {task.name} / {variant.name}"
    settings = unsupported_settings(model) if model is not None else []
    if settings and generation.backend == "bench":
        reporter.message(f"{label}: the model's generation_config sets {', '.join(settings)}, "
                         f"which the engine does not apply; answering with model.generate")
    if generation.backend != "bench":
        label += f" ({generation.backend})"
    with reporter.bar(label + _draws_note(jobs), len(jobs)) as bar:
        def write(answered: list[tuple[AnswerJob, str]]) -> None:
            sink.write(answered)
            bar.advance(len(answered))

        for template in dict.fromkeys(job.template for job in jobs):
            sampling = draw_sampling(suite, template)
            backend.answer(Request(model, tokenizer, task, variant, suite.model, sampling),
                           [j for j in jobs if j.template == template], max_new_tokens,
                           generation, write)


_DRAW_NAMES = {SAMPLE_MARK: "consistency draw", PROBE_MARK: "knownness-probe draw"}


def _draws_note(jobs: list[AnswerJob]) -> str:
    """What of a bar's count is sampled draws, not answers: ": 41 answers + 82 knownness-probe
    draws", or ": 41 knownness-probe draws" (a probe's draws are the base model's, so they
    share its bar); "" when none."""
    draws = {mark: sum(split_draw(job.template)[1] == mark for job in jobs)
             for mark in _DRAW_NAMES}
    answers = len(jobs) - sum(draws.values())
    if answers == len(jobs):
        return ""
    return ": " + " + ".join(([counted(answers, "answer")] if answers else []) + [
        counted(n, _DRAW_NAMES[mark]) for mark, n in draws.items() if n])


class _adapter:
    """Context manager: the base model with a fixture's LoRA attached, removed on exit."""

    def __init__(self, base, fixture):
        self.base, self.fixture, self.wrapped = base, fixture, None

    def __enter__(self):
        if self.fixture is None:
            return self.base
        from peft import PeftModel

        if not (Path(self.fixture.path) / "adapter_config.json").is_file():
            raise DataError(f"adapter {self.fixture.path}: gone since the run started (was "
                            f"`bench fixtures prune` run meanwhile?); run again: the adapter "
                            f"is trained or read again and the answers kept")
        try:
            self.wrapped = PeftModel.from_pretrained(
                self.base, str(self.fixture.path), adapter_name=f"fixture_{self.fixture.key[:12]}",
                is_trainable=False)
        except (ValueError, KeyError, RuntimeError) as exc:  # peft's own errors are ValueErrors
            raise ConfigError(f"adapter {self.fixture.path}: peft cannot attach it to the model "
                              f"({str(exc).splitlines()[0][:300]})") from None
        self.wrapped.eval()
        return self.wrapped

    def __exit__(self, *exc):
        if self.wrapped is not None:
            # unload() strips the LoRA layers in place, leaving the untouched base model.
            self.wrapped.unload()
        return False

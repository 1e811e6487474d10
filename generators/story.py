"""Procedurally generated story worlds: invented kingdoms, people and treasures.

The base model cannot know these facts, so a closed-book score above the base model's is
knowledge the adapter took from the story. Same seed and parameters, same bytes.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from bench.core.errors import ConfigError
from bench.core.types import QAItem, Task
from bench.generators.names import NameMaker
from bench.generators.qa_items import FactRef, fact_items, fill, refusal_item
from bench.generators.registry import GENERATORS, PARAMS, with_defaults
from bench.generators.story_text import (
    ARTIFACT_KINDS,
    RELATIONS,
    TRADES,
    TWO_HOP,
    UNANSWERABLE_ATTRIBUTE,
    UNANSWERABLE_DECOY,
)

DEFAULTS = {"kingdoms": 3, "people": 12, "artifacts": 4, "decoys": 4,
            "train_phrasings": 2, "train_refusals": 0,
            "kinds": ["paraphrase", "reverse", "two-hop", "unanswerable"]}
PARAMS["story"] = DEFAULTS
TEST_KINDS = {"paraphrase", "reverse", "two-hop", "unanswerable"}
MAX_PHRASINGS = min(len(text.direct) for text in RELATIONS.values())


@dataclass(frozen=True)
class Fact:
    id: str
    relation: str
    subject: str
    object: str
    sentence: str


@dataclass(frozen=True)
class World:
    kingdoms: tuple[str, ...]
    people: tuple[str, ...]
    artifacts: tuple[str, ...]
    decoys: tuple[str, ...]
    facts: tuple[Fact, ...]
    chapters: tuple[str, ...]


def _params(params: dict[str, Any]) -> dict[str, Any]:
    merged = with_defaults("story", params, DEFAULTS)
    for key in ("kingdoms", "people", "artifacts", "decoys", "train_phrasings", "train_refusals"):
        if not isinstance(merged[key], int) or merged[key] < 0:
            raise ConfigError(f"story generator: {key} must be a non-negative integer")
    if merged["kingdoms"] < 1 or merged["people"] < merged["kingdoms"]:
        raise ConfigError("story generator: need kingdoms >= 1 and people >= kingdoms")
    if not 1 <= merged["train_phrasings"] <= MAX_PHRASINGS:
        raise ConfigError(f"story generator: train_phrasings must be 1 to {MAX_PHRASINGS}")
    bad = set(merged["kinds"]) - TEST_KINDS
    if bad:
        raise ConfigError(f"story generator: unknown kinds {sorted(bad)}; "
                          f"expected some of {sorted(TEST_KINDS)}")
    return merged


def build_world(params: dict[str, Any], seed: int) -> World:
    """Draw a world: each kingdom has a ruler; everyone else lives somewhere, has a trade,
    serves a ruler, and some own a treasure.

    Relations are balanced, so guessing the most common answer gains little: homes,
    allegiances and trades are dealt round-robin and shuffled (no answer holds more than
    its fair share, rounded up). Allegiance is drawn apart from home, so the ruler one
    serves is one's own ruler only by chance: the two-hop question (who rules where X
    lives) follows no fixed rule relative to the trained "whom does X serve".
    """
    p = _params(params)
    rng = random.Random(seed)
    names = NameMaker(rng)
    kingdoms = tuple(names.make() for _ in range(p["kingdoms"]))
    people = tuple(names.make() for _ in range(p["people"]))
    artifacts = tuple(f"{rng.choice(ARTIFACT_KINDS)} of {names.make()}"
                      for _ in range(min(p["artifacts"], p["people"])))
    decoys = tuple(names.make() for _ in range(p["decoys"]))

    triples: list[tuple[str, str, str]] = []
    rulers = people[: len(kingdoms)]
    for ruler, kingdom in zip(rulers, kingdoms):
        triples.append(("rules", ruler, kingdom))
    commoners = people[len(kingdoms):]
    homes, masters = _dealt(kingdoms, len(commoners), rng), _dealt(rulers, len(commoners), rng)
    trades = _dealt(rng.sample(TRADES, k=len(TRADES)), len(commoners), rng)
    for person, home, master, trade in zip(commoners, homes, masters, trades):
        triples += [("lives_in", person, home), ("serves", person, master),
                    ("trade", person, trade)]
    # Treasures go to rulers and commoners alike: reverse "who owns" questions then differ
    # only in whether their answer (a ruler's name) is also a train answer elsewhere.
    owners = _dealt(rulers, (len(artifacts) + 1) // 2, rng) + \
        rng.sample(commoners or rulers, k=min(len(artifacts) // 2, len(commoners or rulers)))
    owners = list(dict.fromkeys(owners))[: len(artifacts)]
    triples.extend(("owns", owner, artifact) for owner, artifact in zip(owners, artifacts))

    facts = tuple(
        Fact(id=f"f{i:04d}", relation=rel, subject=s, object=o,
             sentence=fill(rng.choice(RELATIONS[rel].prose), s, o))
        for i, (rel, s, o) in enumerate(triples)
    )
    return World(kingdoms, people, artifacts, decoys, facts, _chapters(kingdoms, facts, rng))


def _dealt(values, count: int, rng: random.Random) -> list:
    """`count` values dealt round-robin from `values`, shuffled: each value at most
    ceil(count / len(values)) times."""
    dealt = [values[i % len(values)] for i in range(count)]
    rng.shuffle(dealt)
    return dealt


def _chapters(kingdoms, facts, rng: random.Random) -> tuple[str, ...]:
    """One chapter per kingdom, holding the facts about the people who live there."""
    home = {f.subject: f.object for f in facts if f.relation in ("lives_in", "rules")}
    by_kingdom: dict[str, list[str]] = {k: [] for k in kingdoms}
    for fact in facts:
        if home.get(fact.subject) in by_kingdom:
            by_kingdom[home[fact.subject]].append(fact.sentence)
    chapters = []
    for number, kingdom in enumerate(kingdoms, start=1):
        sentences = by_kingdom[kingdom]
        rng.shuffle(sentences)
        chapters.append(f"Chapter {number}: The Kingdom of {kingdom}\n\n" + " ".join(sentences))
    return tuple(chapters)


def build_items(world: World, params: dict[str, Any], rng: random.Random) -> tuple[list, list]:
    """Train items (direct phrasings) and held-out test items of the requested kinds."""
    p = _params(params)
    kinds = set(p["kinds"])
    train: list[QAItem] = []
    test: list[QAItem] = []
    answers = Counter((fact.relation, fact.object) for fact in world.facts)
    offsets = _sentence_offsets(world.chapters)
    refs = {fact.id: _ref(fact, offsets) for fact in world.facts}

    for fact in world.facts:
        # Reverse questions only where the answer is unique.
        unique = answers[(fact.relation, fact.object)] == 1
        fact_train, fact_test = fact_items(refs[fact.id], RELATIONS[fact.relation],
                                           fact.subject, fact.object, rng=rng, kinds=kinds,
                                           train_phrasings=p["train_phrasings"], reverse=unique)
        train.extend(fact_train)
        test.extend(fact_test)

    if "two-hop" in kinds:
        ruler_of = {f.object: f.subject for f in world.facts if f.relation == "rules"}
        for fact in world.facts:
            if fact.relation == "lives_in":
                ref = refs[fact.id]
                test.append(QAItem(id=f"{fact.id}-h", question=fill(TWO_HOP[0], fact.subject, fact.object),
                                   answers=(ruler_of[fact.object],), kind="two-hop", split="test",
                                   evidence=ref.evidence, paraphrase_group=fact.id, span=ref.span,
                                   relation="lives_in:ruler"))
    if "unanswerable" in kinds:
        for n, decoy in enumerate(world.decoys):
            phrasing = UNANSWERABLE_DECOY[n % len(UNANSWERABLE_DECOY)]
            test.append(refusal_item(f"u{n:03d}-decoy", phrasing.format(s=decoy)))
        for n, person in enumerate(world.people[: len(world.decoys)]):
            phrasing = UNANSWERABLE_ATTRIBUTE[n % len(UNANSWERABLE_ATTRIBUTE)]
            test.append(refusal_item(f"u{n:03d}-attr", phrasing.format(s=person)))
    train.extend(train_refusals(world, p["train_refusals"], rng.random()))
    return train, test


def train_refusals(world: World, count: int, salt: float) -> list[QAItem]:
    """`count` unanswerable train questions (target: a refusal) for variants trained to
    decline (`refusals: true`): half about decoy names of their own, never the test's,
    half about attributes the story never gives, asked of the last people (the test asks
    the first ones)."""
    if count <= 0:
        return []
    names = NameMaker(random.Random(f"{salt}-refusals"))
    taken = set(world.kingdoms + world.people + world.decoys)
    decoys = []
    while len(decoys) < (count + 1) // 2:
        name = names.make()
        if name not in taken and not any(name in a for a in world.artifacts):
            decoys.append(name)
            taken.add(name)
    items = [refusal_item(f"t{n:03d}-decoy", UNANSWERABLE_DECOY[n % len(UNANSWERABLE_DECOY)]
                          .format(s=decoy)) for n, decoy in enumerate(decoys)]
    people = world.people[::-1][: count - len(items)]
    items += [refusal_item(f"t{n:03d}-attr", UNANSWERABLE_ATTRIBUTE[
        (n + 1) % len(UNANSWERABLE_ATTRIBUTE)].format(s=person)) for n, person in enumerate(people)]
    return [replace(item, split="train") for item in items]


def _sentence_offsets(chapters: tuple[str, ...]) -> dict[str, int]:
    """Where each sentence starts in the corpus (chapters joined by blank lines)."""
    offsets, at = {}, 0
    for chapter in chapters:
        heading, _, body = chapter.partition("\n\n")
        cursor = at + len(heading) + 2
        for sentence in body.split(". "):
            sentence = sentence if sentence.endswith(".") else sentence + "."
            offsets.setdefault(sentence, cursor)
            cursor += len(sentence) + 1
        at += len(chapter) + 2
    return offsets


def _ref(fact: Fact, offsets: dict[str, int]) -> FactRef:
    start = offsets.get(fact.sentence)
    span = (start, start + len(fact.sentence)) if start is not None else None
    return FactRef(fact.id, fact.sentence, span, relation=fact.relation)


@GENERATORS.register("story")
def story_task(name: str, params: dict[str, Any], seed: int) -> Task:
    """Invented kingdoms, people and treasures: a seeded story world and questions about it."""
    world = build_world(params, seed)
    train, test = build_items(world, params, random.Random(seed + 1))
    entities = tuple(sorted(world.kingdoms + world.people + world.artifacts))
    return Task(name=name, corpus="\n\n".join(world.chapters), train=tuple(train),
                test=tuple(test), entities=entities, decoys=world.decoys,
                meta={"generator": "story", "facts": len(world.facts), "seed": seed})

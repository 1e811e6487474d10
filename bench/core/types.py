"""Small immutable values passed between the pipeline's stages.

suite -> generators -> Task -> fixtures -> Prediction -> ItemScore -> MetricValue -> RunResult
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# results.json's schema. 3: items carry `item_key`, compute dtypes, Wilson intervals.
# 4: items carry their fact cluster, three-way grade, question, gold and answer; metric rows
# their cluster count (cluster-aware intervals); chance baselines per task and subset.
# 5: the judge (identity, sanity check, verdict counts, agreement with labels) and the
# measures not applicable to a task (the entity check of a task without source text).
RESULTS_SCHEMA_VERSION = 5


# QA kinds with a role of their own: a refusal is the gold answer of an unanswerable item;
# a trained item is a train question asked verbatim (memorisation, not transfer).
UNANSWERABLE = "unanswerable"
TRAINED = "trained"


# Sampled answers are stored as predictions under the template "plain#s1", "plain#s2", ...
# (generation.samples: consistency draws) or "plain#k1", ... (the knownness probe's draws
# of the base model): one store, one resume, one shard logic for greedy and sampled.
SAMPLE_MARK = "#s"
PROBE_MARK = "#k"
DRAW_MARKS = (SAMPLE_MARK, PROBE_MARK)


def draw_template(template: str, index: int, mark: str = SAMPLE_MARK) -> str:
    return f"{template}{mark}{index}"


def split_draw(template: str) -> tuple[str, str, int]:
    """("plain#s3") -> ("plain", "#s", 3); a greedy template -> (template, "", 0)."""
    for mark in DRAW_MARKS:
        name, found, index = template.partition(mark)
        if found and index.isdigit():
            return name, mark, int(index)
    return template, "", 0


def is_draw(template: str) -> bool:
    """Whether predictions under `template` are sampled draws (not greedy answers)."""
    return bool(split_draw(template)[1])


def in_headline(kind: str) -> bool:
    """Whether items of `kind` count in the held-out answerable headline."""
    return kind not in (UNANSWERABLE, TRAINED)


@dataclass(frozen=True)
class QAItem:
    """One question with its gold answers.

    `kind` says how the question relates to the source (direct, paraphrase, ...);
    `split` is "train" or "test"; `evidence` is the source sentence that states the answer,
    `span` its character offsets in the task's corpus and `window` the id of the text
    window it came from; `paraphrase_group` names the fact (its phrasings, reverse question
    and two-hop questions share it); `relation` the answer's type where the generator
    knows it ("lives_in", "rules:reverse"), for the chance baselines. `meta` is (key, value)
    pairs from the source (a SQuAD question's article and paragraph); task files leave it
    out when empty, so they stay byte-stable.
    """

    id: str
    question: str
    answers: tuple[str, ...]
    kind: str
    split: str
    evidence: str = ""
    paraphrase_group: str = ""
    span: tuple[int, int] | None = None
    window: str = ""
    relation: str = ""
    meta: tuple[tuple[str, str], ...] = ()

    @property
    def cluster(self) -> str:
        """The unit of inference: the fact this item asks about (its paraphrase group),
        else the evidence it was built from, else the item itself. Items of one cluster
        move together when an adapter is retrained (bench.scoring.clustered)."""
        if self.paraphrase_group:
            return self.paraphrase_group
        if self.span:
            return f"span:{self.span[0]}-{self.span[1]}"
        if self.evidence:
            from bench.core.storage import stable_hash

            return f"evidence:{stable_hash(self.evidence, 12)}"
        return self.id

    @property
    def content_key(self) -> str:
        """The item's identity by content (question, gold answers, kind), not by its id:
        ids are positional, so two builds with other parameters reuse them for other items."""
        from bench.core.storage import stable_hash

        return stable_hash([self.question, sorted(self.answers), self.kind])


@dataclass(frozen=True)
class Task:
    """A closed-book QA task: the text a variant may train on and the QA items about it."""

    name: str
    corpus: str
    train: tuple[QAItem, ...]
    test: tuple[QAItem, ...]
    entities: tuple[str, ...] = ()
    decoys: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class PromptTemplate:
    """How a question is put to the model: an optional system message and a user message."""

    name: str
    user: str
    system: str | None = None


@dataclass(frozen=True)
class LoraSpec:
    r: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: tuple[str, ...] = ("q_proj", "k_proj", "v_proj", "o_proj")


@dataclass(frozen=True)
class TrainingSpec:
    steps: int = 60
    raw_steps: int = 0  # raw-text stage of raw-then-instruct; 0 means the same as steps
    epochs: float = 0.0  # > 0: steps = ceil(epochs * examples / batch_size) per stage
    batch_size: int = 8
    learning_rate: float = 1e-3
    lr_scheduler: str = "constant"
    max_grad_norm: float = 0.3
    max_length: int = 256
    optim: str = "adamw_torch"
    raw_window_words: int = 96
    seed: int = 0


@dataclass(frozen=True)
class Variant:
    """How an adapter is trained (or `method: none` for the untouched base model)."""

    name: str
    method: str = "none"
    quantization: str = "none"
    compute_dtype: str = "float32"  # or bfloat16, or auto (resolved per machine before use)
    lora: LoraSpec = LoraSpec()
    training: TrainingSpec = TrainingSpec()
    source_tag: bool = False  # tag questions/answers with the source, refuse outside it
    recite: bool = False  # target is the evidence passage, then the answer
    refusals: bool = False  # also train on the task's train-side unanswerable questions ("I don't know")
    paraphrases: int = 0  # train phrasings per fact; 0 means all the task has
    max_new_tokens: int = 0  # answer length at evaluation; 0 means the suite's setting
    adapter: str = ""  # a PEFT folder trained elsewhere: loaded, never trained
    model: str = ""  # a full (merged) model instead of the suite's: path or HF id
    served_model: str = ""  # the model id on an OpenAI-compatible server (backend openai)

    @property
    def trains(self) -> bool:
        return self.method != "none"


@dataclass(frozen=True)
class Prediction:
    task: str
    variant: str
    template: str
    item_id: str
    prompt: str
    output: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.task, self.variant, self.template, self.item_id)


@dataclass(frozen=True)
class AnswerJob:
    """One question to answer: which item, under which template, with which chat messages;
    the prompt is those messages in the model's chat template (filled in when generating)."""

    task: str
    variant: str
    template: str
    item_id: str
    messages: str  # JSON of the chat messages: also the answer cache's key
    prompt: str = ""

    def answered(self, output: str, prompt: str | None = None) -> Prediction:
        return Prediction(task=self.task, variant=self.variant, template=self.template,
                          item_id=self.item_id, prompt=prompt or self.prompt, output=output)


# Three-way grades (SimpleQA): every answer is one of these.
CORRECT, INCORRECT, NOT_ATTEMPTED = "correct", "incorrect", "not_attempted"
# A judge's reply that is none of the three: counted and shown, never guessed.
UNPARSEABLE = "unparseable"


@dataclass(frozen=True)
class ItemScore:
    """One answer's scores, with what a reader of a comparison needs to see of it."""

    task: str
    variant: str
    template: str
    item_id: str
    kind: str
    scores: dict[str, float] = field(hash=False)
    bucket: str = ""  # train/test overlap bucket (bench.scoring.overlap.BUCKETS)
    item_key: str = ""  # QAItem.content_key: what `bench compare` pairs items by
    cluster: str = ""  # QAItem.cluster: the fact, the unit of intervals and paired tests
    grade: str = ""  # CORRECT, INCORRECT or NOT_ATTEMPTED (UNPARSEABLE: the judge's reply)
    question: str = ""
    answers: tuple[str, ...] = ()  # the gold answers
    answer: str = ""  # the model's answer (the answer part of its output)
    known: str = ""  # the base model's SliCK category of this item (bench.scoring.knownness)

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.task, self.variant, self.template, self.item_id)


@dataclass(frozen=True)
class MetricValue:
    """An aggregate over items with a 95% confidence interval (bench.scoring.clustered)."""

    value: float
    ci_low: float
    ci_high: float
    n: int
    clusters: int = 0  # facts the n items belong to


@dataclass(frozen=True)
class MetricRow:
    """One aggregate of a run: a metric on a subset of one task x variant x template's
    items, with its 95% confidence interval (a row of results.json's `metrics`)."""

    task: str
    variant: str
    template: str  # a prompt template, or "all": each item's templates pooled
    subset: str  # "answerable", a QA kind, or "overlap:<bucket>"
    metric: str
    value: float
    ci_low: float
    ci_high: float
    n: int
    clusters: int = 0  # facts the n items belong to (the interval is clustered by fact)

"""A run's judge: checked on sanity pairs, then asked about every answer, then (given a
labels file) measured against people. Called by the runner between answering and scoring.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from bench.config.settings import JudgeSettings
from bench.core.progress import NullReporter, Reporter
from bench.core.types import Prediction, Task, split_draw
from bench.models.chat import ChatBackend, HFBackend, OpenAIBackend
from bench.scoring.judge.agreement import agreement, labelled_only, read_labels
from bench.scoring.judge.results import JudgeInfo, judge_identity
from bench.scoring.judge.sanity import check_sanity, sanity_pairs
from bench.scoring.judge.template import TEMPLATE_VERSION
from bench.scoring.judge.verdicts import (
    RUN_VERDICTS,
    JudgePair,
    Verdict,
    VerdictFile,
    grade_pairs,
    verdict_cache,
)
from bench.scoring.score_run import answer_text, judged

REPLIES_SHOWN = 5


def judge_backend(settings: JudgeSettings) -> ChatBackend:
    """The judge model: served (OpenAI-compatible) or a local folder, loaded under the same
    rules as a variant's model (safetensors only, no code from the folder)."""
    if settings.backend == "hf":
        return HFBackend(settings.model, batch_size=0)  # 0: from the engine's memory budget
    return OpenAIBackend(settings.base_url, settings.model, settings.api_key_env,
                         concurrency=settings.concurrency)


class Judge:
    """One judge and where its verdicts are kept (the run folder, the shared cache)."""

    def __init__(self, settings: JudgeSettings, run_dir: Path | None = None,
                 use_cache: bool = True, backend: ChatBackend | None = None):
        self.settings = settings
        self.backend = backend or judge_backend(settings)
        self.files = [VerdictFile(Path(run_dir) / RUN_VERDICTS)] if run_dir else []
        if use_cache:
            self.files.append(verdict_cache(self.backend.id, settings.max_tokens))
        self.asked = self.reused = 0

    @property
    def fingerprint(self) -> str:
        resolved = getattr(self.backend, "resolved", None)
        return resolved.fingerprint if resolved is not None else ""

    @property
    def identity(self) -> str:
        return judge_identity(self.settings.backend, self.settings.model, TEMPLATE_VERSION,
                              self.fingerprint)

    def grade(self, pairs: list[JudgePair], reporter: Reporter | None = None,
              label: str = "judge") -> dict[str, Verdict]:
        """A verdict per pair (kept ones reused, the rest asked and kept as they arrive)."""
        reporter = reporter or NullReporter()
        chunk = max(4, 2 * self.settings.concurrency)
        with reporter.bar(label, len({p.key for p in pairs})) as bar:
            grading = grade_pairs(self.backend, pairs, self.files, self.settings.max_tokens,
                                  chunk, bar.advance)
        self.asked += grading.asked
        self.reused += grading.reused
        return grading.verdicts


@dataclass(frozen=True)
class JudgeOutcome:
    info: JudgeInfo
    grades: dict[str, str | None]  # pair key -> grade (None: unparseable); empty if refused


def run_pairs(tasks: dict[str, Task], predictions: list[Prediction]) -> list[JudgePair]:
    """What the judge grades in a run: every greedy answer to an answerable item."""
    items = {(t.name, i.id): i for t in tasks.values() for i in t.test}
    pairs = []
    for prediction in predictions:
        item = items.get((prediction.task, prediction.item_id))
        if item is not None and not split_draw(prediction.template)[1]:
            pair = judged(item, answer_text(prediction.output))
            if pair is not None:
                pairs.append(pair)
    return pairs


def judge_run(tasks: dict[str, Task], predictions: list[Prediction], settings: JudgeSettings,
              run_dir: Path | None = None, use_cache: bool = True,
              reporter: Reporter | None = None, seed: int = 0,
              backend: ChatBackend | None = None) -> JudgeOutcome:
    """Sanity pairs first; if the judge passes them, a verdict for every answer; with
    `settings.labels`, its agreement with those labels (reported either way)."""
    reporter = reporter or NullReporter()
    judge = Judge(settings, run_dir, use_cache, backend)
    sanity = sanity_pairs(tasks)
    found = judge.grade([pair for pair, _ in sanity], reporter, "judge: sanity pairs")
    check = check_sanity(sanity, found, settings.min_sanity)
    grades: dict[str, str | None] = {}
    verdicts: dict[str, Verdict] = {}
    if check.passed:
        verdicts = judge.grade(run_pairs(tasks, predictions), reporter, "judge: answers")
        grades = {key: v.grade for key, v in verdicts.items()}
    measured = None
    if settings.labels:
        rows = labelled_only(read_labels(Path(settings.labels)), settings.labels)
        labelled = judge.grade([r.pair for r in rows], reporter, "judge: labelled answers")
        measured = agreement(rows, labelled, settings.labels, seed)
    unparseable = [v.reply for v in verdicts.values() if v.grade is None]
    info = JudgeInfo(
        backend=settings.backend, model=settings.model, template=TEMPLATE_VERSION,
        sanity=check, reported=check.passed, fingerprint=judge.fingerprint,
        base_url=settings.base_url if settings.backend == "openai" else "",
        graded=len(verdicts), unparseable=len(unparseable),
        unparseable_replies=tuple(dict.fromkeys(unparseable))[:REPLIES_SHOWN],
        asked=judge.asked, reused=judge.reused, agreement=measured)
    if not check.passed:
        info = _refused(info)
        reporter.message(f"[yellow]warning[/]: {info.note}")
    elif verdicts and len(unparseable) > settings.max_unparseable * len(verdicts):
        # The graded rest is biased (say, only the empty answers the rules call not
        # attempted), so the judge's metrics are not reported.
        info = replace(info, reported=False, note=(
            f"judge {info.identity} left {len(unparseable)} of the {len(verdicts)} answers "
            f"it graded without a readable verdict (more than "
            f"{100 * settings.max_unparseable:.0f}%, max_unparseable): its metrics are not "
            f"reported; correct / incorrect / not attempted come from the rules"))
        grades = {}
        reporter.message(f"[yellow]warning[/]: {info.note}")
    return JudgeOutcome(info, grades)


def _refused(info: JudgeInfo) -> JudgeInfo:
    sanity = info.sanity
    return replace(info, note=(
        f"judge {info.identity} graded {sanity.correct} of {sanity.total} sanity pairs as "
        f"expected (needs {100 * sanity.threshold:.0f}%): its metrics are not reported; "
        f"correct / incorrect / not attempted come from the rules"))

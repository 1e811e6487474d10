"""What results.json records of a judge: who it is, how it did on the sanity pairs and (given
a labels file) against people, and how many verdicts it gave."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping


def judge_identity(backend: str, model: str, template: str, fingerprint: str = "") -> str:
    """What makes two judges' verdicts comparable: backend, model (and a local model's
    weights) and the template version."""
    weights = f"@{fingerprint[:12]}" if fingerprint else ""
    return f"{backend}:{model}{weights} ({template})"


@dataclass(frozen=True)
class SanityCase:
    """A sanity pair the judge got wrong: what it was asked and what it said."""

    question: str
    answer: str
    expected: str  # correct / incorrect / not_attempted
    got: str  # its grade, or "unparseable: <its reply>"


@dataclass(frozen=True)
class SanityResult:
    """The judge on pairs built from the task itself, graded before anything else."""

    correct: int
    total: int
    threshold: float  # the accuracy it needs (scoring.judge.min_sanity)
    passed: bool
    failures: tuple[SanityCase, ...] = ()

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else float("nan")


@dataclass(frozen=True)
class LabelAgreement:
    """The judge's verdicts against labels given by people, on one labelled answers file.
    Intervals are 95%, clustered by question (several answers to one question)."""

    labels: str  # the file
    n: int  # labelled answers
    clusters: int  # distinct questions
    accuracy: float
    accuracy_low: float
    accuracy_high: float
    kappa: float  # Cohen's kappa (unparseable verdicts count as a category of their own)
    kappa_low: float
    kappa_high: float
    unparseable: int
    confusion: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # label -> verdict -> n


@dataclass(frozen=True)
class JudgeInfo:
    """The judge of a run: identity, sanity check, verdict counts, agreement with people."""

    backend: str  # openai or hf
    model: str
    template: str  # the grading template's version
    sanity: SanityResult
    reported: bool  # its metrics are reported (it passed the sanity check)
    fingerprint: str = ""  # a local judge's weights (bench.models.resolve)
    base_url: str = ""
    graded: int = 0  # distinct answers it graded (sanity pairs aside)
    unparseable: int = 0  # of those, verdicts that were none of the three grades
    unparseable_replies: tuple[str, ...] = ()  # a few of them, as the judge wrote them
    asked: int = 0  # verdicts requested from the judge by this run
    reused: int = 0  # verdicts taken from the run folder (resumed) or the verdict cache
    agreement: LabelAgreement | None = None
    note: str = ""  # why its metrics are not reported, in one line

    @property
    def identity(self) -> str:
        return judge_identity(self.backend, self.model, self.template, self.fingerprint)

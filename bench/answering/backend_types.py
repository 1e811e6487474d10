"""The values an answering backend works with (bench.answering.backends holds the registry)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from bench.config.settings import GenerationSpec
    from bench.core.types import AnswerJob, Task, Variant

Write = Callable[[list[tuple["AnswerJob", str]]], None]


@dataclass(frozen=True)
class Request:
    """Who answers: the loaded model and tokenizer (None for a server), the task and
    variant asked, and the suite's model name."""

    model: Any
    tokenizer: Any
    task: "Task"
    variant: "Variant"
    suite_model: str
    sampling: Any = None  # bench.models.sampling.Sampling for a sampled template, else greedy


@dataclass(frozen=True)
class Backend:
    answer: Callable[[Request, list["AnswerJob"], int, "GenerationSpec", Write], None]
    local: bool = True  # needs the model loaded in this process

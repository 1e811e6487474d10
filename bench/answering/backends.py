"""Answering backends: what turns a template's answer jobs into answers.

One registry, so `generation.backend` in a suite (or `--backend`) is checked like every
other name. A backend calls `write([(job, answer), ...])` as each batch is done. Local
backends get the loaded model (with the variant's adapter attached) and its tokenizer;
a remote one (an OpenAI-compatible server) gets neither and loads nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bench.answering.backend_types import Backend, Request, Write
from bench.core.registry import Registry

if TYPE_CHECKING:
    from bench.config.settings import GenerationSpec
    from bench.core.types import AnswerJob

__all__ = ["BACKENDS", "Backend", "Request", "Write"]

BACKENDS: Registry[Backend] = Registry("backend")


def engine_answers(request: Request, jobs: list[AnswerJob], max_new_tokens: int,
                   generation: GenerationSpec, write: Write) -> None:
    """The bench's own engine (bench.models.engine)."""
    from bench.models.engine import generate_batches

    for batch in generate_batches(request.model, request.tokenizer, [job.prompt for job in jobs],
                                  max_new_tokens, generation.batch_size,
                                  sampling=request.sampling):
        write([(jobs[i], text) for i, text in batch])


def lm_eval_backend_answers(request: Request, jobs: list[AnswerJob], max_new_tokens: int,
                            generation: GenerationSpec, write: Write) -> None:
    """lm-eval's HF backend on the same model, as a cross-check (bench.answering.lm_eval_backend)."""
    from bench.answering.lm_eval_backend import lm_eval_answers

    task = request.task
    by_item = {job.item_id: job for job in jobs}
    items = tuple(item for item in task.test if item.id in by_item)
    answers = lm_eval_answers(request.model, request.tokenizer, task, items, jobs[0].template,
                              request.variant.source_tag, max_new_tokens, generation.batch_size)
    for answer in answers:
        # The cross-check means something only if lm-eval saw exactly the bench's prompt.
        if answer.prompt != by_item[answer.item_id].prompt:
            raise RuntimeError(f"lm-eval built another prompt than the bench for {task.name} "
                               f"item {answer.item_id} ({jobs[0].template}): "
                               f"{answer.prompt!r} != {by_item[answer.item_id].prompt!r}")
    write([(by_item[answer.item_id], answer.output) for answer in answers])


def served_answers(request: Request, jobs: list[AnswerJob], max_new_tokens: int,
                   generation: GenerationSpec, write: Write) -> None:
    """An OpenAI-compatible server (bench.answering.served_backend)."""
    from bench.answering.served_backend import answer_served

    answer_served(request, jobs, max_new_tokens, generation, write)


BACKENDS.add("bench", Backend(engine_answers))
BACKENDS.add("lm-eval", Backend(lm_eval_backend_answers))
BACKENDS.add("openai", Backend(served_answers, local=False))

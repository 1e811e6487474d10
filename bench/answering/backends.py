"""Answering backends: what turns a template's answer jobs into answers.

One registry, so `generation.backend` in a suite (or `--backend`) is checked like every
other name. A backend calls `write([(job, answer), ...])` as each batch is done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from bench.core.registry import Registry

if TYPE_CHECKING:
    from bench.core.types import AnswerJob, Task, Variant

Write = Callable[[list[tuple["AnswerJob", str]]], None]
BACKENDS: Registry[Callable[..., None]] = Registry("backend")


@BACKENDS.register("bench")
def engine_answers(model, tokenizer, task: Task, variant: Variant, jobs: list[AnswerJob],
                   max_new_tokens: int, batch_size: int, write: Write) -> None:
    """The bench's own engine (bench.models.engine)."""
    from bench.models.engine import generate_batches

    for batch in generate_batches(model, tokenizer, [job.prompt for job in jobs],
                                  max_new_tokens, batch_size):
        write([(jobs[i], text) for i, text in batch])


@BACKENDS.register("lm-eval")
def lm_eval_backend_answers(model, tokenizer, task: Task, variant: Variant,
                            jobs: list[AnswerJob], max_new_tokens: int, batch_size: int,
                            write: Write) -> None:
    """lm-eval's HF backend on the same model, as a cross-check (bench.answering.lm_eval_backend)."""
    from bench.answering.lm_eval_backend import lm_eval_answers

    by_item = {job.item_id: job for job in jobs}
    items = tuple(item for item in task.test if item.id in by_item)
    answers = lm_eval_answers(model, tokenizer, task, items, jobs[0].template,
                              variant.source_tag, max_new_tokens, batch_size)
    for answer in answers:
        # The cross-check means something only if lm-eval saw exactly the bench's prompt.
        if answer.prompt != by_item[answer.item_id].prompt:
            raise RuntimeError(f"lm-eval built another prompt than the bench for {task.name} "
                               f"item {answer.item_id} ({jobs[0].template}): "
                               f"{answer.prompt!r} != {by_item[answer.item_id].prompt!r}")
    write([(by_item[answer.item_id], answer.output) for answer in answers])

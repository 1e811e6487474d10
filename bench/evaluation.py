"""Evaluation: every test item under every template, for one loaded model (+ adapter)."""

from __future__ import annotations

from bench.generation import chat_prompt, generate_batches
from bench.progress import Reporter
from bench.prompts import TEMPLATES, messages_for
from bench.run_store import RunStore
from bench.suite import GenerationSpec
from bench.types import Prediction, Task, Variant


def evaluate(model, tokenizer, task: Task, variant: Variant, templates: tuple[str, ...],
             generation: GenerationSpec, store: RunStore, reporter: Reporter,
             done: set[tuple[str, str, str, str]]) -> int:
    """Generate the predictions not yet in `done` and append them to the run; returns count."""
    variant_name = variant.name
    max_new_tokens = variant.max_new_tokens or generation.max_new_tokens
    jobs = []
    for template_name in templates:
        template = TEMPLATES.get(template_name)
        for item in task.test:
            if (task.name, variant_name, template_name, item.id) in done:
                continue
            prompt = chat_prompt(tokenizer,
                                 messages_for(template, item.question, variant.source_tag))
            jobs.append((template_name, item.id, prompt))
    if not jobs:
        return 0
    label = f"answer {task.name} / {variant_name}"
    if generation.backend == "lm-eval":
        label += " (lm-eval)"
    with reporter.bar(label, len(jobs)) as bar:
        # One template at a time: its prompts share the system text, which the engine
        # then computes once per batch.
        for template_name in templates:
            mine = [job for job in jobs if job[0] == template_name]
            if not mine:
                continue
            if generation.backend == "lm-eval":
                _answer_with_lm_eval(model, tokenizer, task, variant, template_name, mine,
                                     max_new_tokens, generation.batch_size, store)
                bar.advance(len(mine))
                continue
            prompts = [prompt for _, _, prompt in mine]
            for batch in generate_batches(model, tokenizer, prompts, max_new_tokens,
                                          generation.batch_size):
                store.append_predictions(
                    Prediction(task=task.name, variant=variant_name, template=template_name,
                               item_id=mine[i][1], prompt=mine[i][2], output=text)
                    for i, text in batch
                )
                bar.advance(len(batch))
    return len(jobs)


def _answer_with_lm_eval(model, tokenizer, task: Task, variant: Variant, template_name: str,
                         jobs: list[tuple[str, str, str]], max_new_tokens: int, batch_size: int,
                         store: RunStore) -> None:
    from bench.lm_eval_backend import lm_eval_answers

    wanted = {item_id for _, item_id, _ in jobs}
    items = tuple(item for item in task.test if item.id in wanted)
    answers = lm_eval_answers(model, tokenizer, task, items, template_name, variant.source_tag,
                              max_new_tokens, batch_size)
    store.append_predictions(
        Prediction(task=task.name, variant=variant.name, template=template_name,
                   item_id=answer.item_id, prompt=answer.prompt, output=answer.output)
        for answer in answers)

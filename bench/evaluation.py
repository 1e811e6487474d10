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
    with reporter.bar(label, len(jobs)) as bar:
        # One template at a time: its prompts share the system text, which the engine
        # then computes once per batch.
        for template_name in templates:
            mine = [job for job in jobs if job[0] == template_name]
            if not mine:
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

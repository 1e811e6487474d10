"""`generation.backend: openai`: answers from an OpenAI-compatible server.

Serve the base model and its adapters (e.g. `vllm serve BASE --enable-lora --lora-modules
candidate=DIR`), and each variant is asked under its model id: `served_model` when the
variant sets it, else the suite's model for a variant without adapter, else the variant's
name (what `--lora-modules NAME=DIR` calls it). Greedy chat requests (temperature 0, the
suite's max tokens), `concurrency` in flight; answers are written as they arrive, in small
batches, so an interrupted run resumes where it stopped. The prompt recorded is the chat
messages: the server applies its own chat template.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import replace

from bench.answering.backend_types import Request, Write
from bench.config.settings import GenerationSpec
from bench.core.types import AnswerJob, Variant

WRITE_EVERY = 8  # answers per write: small, so little is redone after an interruption


def served_model_id(variant: Variant, suite_model: str) -> str:
    """The id the server knows this variant by."""
    if variant.served_model:
        return variant.served_model
    if variant.model:
        return variant.model
    return suite_model if not (variant.adapter or variant.trains) else variant.name


def answer_served(request: Request, jobs: list[AnswerJob], max_new_tokens: int,
                  generation: GenerationSpec, write: Write) -> None:
    from bench.models.served import ChatClient

    client = ChatClient(generation.base_url, generation.api_key_env)
    model = served_model_id(request.variant, request.suite_model)
    pending: list[tuple[AnswerJob, str]] = []
    with ThreadPoolExecutor(max_workers=generation.concurrency) as pool:
        futures = {pool.submit(client.complete, model, json.loads(job.messages),
                               max_new_tokens): job for job in jobs}
        try:
            for future in as_completed(futures):
                job = futures[future]
                pending.append((replace(job, prompt=job.messages), _answer(future, request)))
                if len(pending) >= WRITE_EVERY:
                    write(pending)
                    pending = []
        finally:
            for future in futures:
                future.cancel()
            if pending:
                write(pending)


def _answer(future, request: Request) -> str:
    """A finished request's answer; an unknown model id of a variant that brings a local
    adapter says how such an adapter is served."""
    from bench.core.errors import DataError

    try:
        return future.result().strip()
    except DataError as exc:
        hint = adapter_hint(request.variant)
        if hint and "HTTP 404" in exc.message:
            raise DataError(f"{exc.message} {hint}") from None
        raise


def adapter_hint(variant: Variant) -> str:
    """How a variant with a local adapter is asked of a server, or "" for another variant."""
    if not variant.adapter or variant.served_model:
        return ""
    return (f"(variant {variant.name} brings the local adapter {variant.adapter}, which a "
            f"server cannot load from here: serve it as a LoRA module named {variant.name}, "
            f"e.g. vllm serve BASE --enable-lora --lora-modules {variant.name}=DIR, or name "
            f"its id on the server with served_model)")


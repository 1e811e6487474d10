"""Prompt templates: how a question is put to the model.

Templates are filled by plain substitution of `{question}` (and `{source}`), never by
`str.format` or Jinja, so a template or a question cannot reach attributes or run code.
"""

from __future__ import annotations

from bench.core.registry import Registry
from bench.core.types import PromptTemplate

TEMPLATES: Registry[PromptTemplate] = Registry("prompt template")

SOURCE_TAG = "Source:8989REF"

for _template in (
    PromptTemplate(name="plain", user="{question}"),
    PromptTemplate(
        name="closed-book",
        system=("You answer questions about the text {source} from memory. Answer with a "
                "short phrase. If the text does not say, answer: I don't know."),
        user="{question}",
    ),
    PromptTemplate(name="qa-format", user="Q: {question}\nA:"),
):
    TEMPLATES.add(_template.name, _template)


def fill(text: str, question: str, source: str = SOURCE_TAG) -> str:
    """Substitute the placeholders literally; braces in the question stay as they are."""
    return text.replace("{source}", source).replace("{question}", question)


def tagged(text: str, source_tag: bool) -> str:
    """Prefix the source tag (source-tag variants ask and answer with it)."""
    return f"{SOURCE_TAG} {text}" if source_tag else text


def strip_tag(text: str) -> str:
    return text.replace(SOURCE_TAG, "").strip()


# What `{source}` says to a variant trained without the source tag: the closed-book
# system prompt then names no tag it never saw (the validity study's source-tag contrast
# needs a control without it).
UNTAGGED_SOURCE = "you learned"


def system_text(template: PromptTemplate, question: str, source_tag: bool = False) -> str:
    """The system message for one question ("" when the template has none)."""
    if not template.system:
        return ""
    return fill(template.system, tagged(question, source_tag),
                SOURCE_TAG if source_tag else UNTAGGED_SOURCE)


def user_text(template: PromptTemplate, question: str, source_tag: bool = False) -> str:
    """The user message for one question."""
    return fill(template.user, tagged(question, source_tag))


def messages_for(template: PromptTemplate, question: str,
                 source_tag: bool = False) -> list[dict[str, str]]:
    """The chat messages for one question under one template."""
    system = system_text(template, question, source_tag)
    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": user_text(template, question, source_tag)})
    return messages

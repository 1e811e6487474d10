"""Markdown report: small enough for a CI comment, complete enough to act on."""

from __future__ import annotations

import re

from bench.reports.view import (
    INTERVALS,
    SUMMARY_COLUMNS,
    chance,
    column_label,
    compute_lines,
    example_kind,
    judge_lines,
    lift,
    metric_cell,
    note_lines,
    percent_ci,
    present_columns,
    printable,
    sensitivity_table,
    subset_rows,
    subset_tables,
)
from bench.runs.result import RunResult


def escape_cell(text: str) -> str:
    """Text inside a table cell: no pipes, no HTML, no line breaks."""
    return (text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
            .replace(">", "&gt;").replace("\n", " "))


_INLINE_MARKUP = re.compile(r"([*_`\[\]~])")
# GitHub links a bare URL ("https://...", "www....") by itself; an escaped colon or dot
# renders the same text and no link. (It links e-mail addresses whatever is escaped.)
_BARE_LINK = re.compile(r"(?i)(?<=[a-z])(:)(?=//)|(?<=\bwww)(\.)")


def escape_text(text: str) -> str:
    """Model (or task file) text inside a table cell: escape_cell's, and no emphasis, code
    or link of its own ("**bold**", "[here](http://...)", a bare "https://..." render as
    typed)."""
    escaped = _INLINE_MARKUP.sub(r"\\\1", escape_cell(printable(text)))
    return _BARE_LINK.sub(lambda m: "\\" + m.group(0), escaped)


def markdown_table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table's lines, and a blank line after it."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines + [""]


def render_markdown(result: RunResult) -> str:
    out = [f"# Closed-book QA: run `{result.run_id}`", "",
           f"Model `{result.model.name}`, suite `{result.suite.name}`. {INTERVALS} Answer "
           "metrics and three-way grades (acc: correct, hal: incorrect among attempted, "
           f"n/att: not attempted; graded by {result.grader}) on held-out answerable items; "
           "refusal and fabrication on unanswerable items (an empty answer is neither); "
           "inv: answers naming an invented entity, on answerable items and, as inv (unans.), "
           "on unanswerable ones. "
           "chance: the stronger of "
           "majority-answer and type-matched guessing on the same items; lift: EM - chance.",
           ""]
    out += [f"- {escape_cell(line)}" for line in
            compute_lines(result) + judge_lines(result) + note_lines(result)] + [""]
    columns = present_columns(result, SUMMARY_COLUMNS)
    out += ["## Summary", ""]
    out += markdown_table(["task", "variant"] + [column_label(s, m) for s, m in columns] +
                          ["chance", "lift"],
                          [[t, v] + [metric_cell(result, t, v, m, s, percent_ci)
                                     for s, m in columns]
                           + [percent_ci(chance(result, t)), lift(result, t, v)]
                           for t, v in result.pairs])
    for heading, legend, found, subsets in subset_tables(result):
        out += [f"## {heading}", "", legend, ""]
        out += markdown_table(["task", "variant"] + found,
                              [[t, v] + [percent_ci(c) for c in cells] for t, v, cells
                               in subset_rows(result, subsets)])
    if result.sensitivity:
        out += ["## Prompt sensitivity (EM)", ""]
        out += markdown_table(*sensitivity_table(result))
    if result.examples:
        out += ["## Example answers", ""]
        out += markdown_table(["task / variant", "kind", "question", "gold", "answer", "invented"],
                              [[f"{e.task} / {e.variant}", example_kind(result, e), escape_text(e.question),
                                escape_text(" / ".join(e.gold)), escape_text(e.answer),
                                escape_text(", ".join(e.invented)) or "–"]
                               for e in result.examples])
    return "\n".join(out)

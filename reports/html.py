"""One self-contained HTML file: tables, and plots embedded as PNG data URIs (opens offline).

Every piece of text from the run (model answers, questions, names) goes through
`html.escape`; the page carries no script at all and a Content-Security-Policy that
forbids scripts, so nothing injected through model output can run.
"""

from __future__ import annotations

import base64
import html
import io

from bench.core.types import MetricRow
from bench.reports.view import (
    INTERVALS,
    SUMMARY_COLUMNS,
    buckets,
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
    sensitivity_of,
    sensitivity_table,
    subset_rows,
    subset_tables,
    title,
)
from bench.runs.result import RunResult

_STYLE = """body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;
text-align:right}td.t,th.t{text-align:left}img{max-width:100%;border:1px solid #eee}
.inv{color:#b00;font-weight:bold}caption{text-align:left;color:#666}"""
_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _cell(row: MetricRow | None) -> str:
    return f"<td>{percent_ci(row)}</td>"


def _table(caption: str, header: list[str], rows: list[str]) -> str:
    head = "".join(f'<th class="t">{_e(h)}</th>' if i < 2 else f"<th>{_e(h)}</th>"
                   for i, h in enumerate(header))
    return (f"<table><caption>{_e(caption)}</caption><tr>{head}</tr>"
            + "".join(f"<tr>{row}</tr>" for row in rows) + "</table>")


def _names(task: str, variant: str) -> str:
    return f'<td class="t">{_e(task)}</td><td class="t">{_e(variant)}</td>'


def _png(figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="{_e(figure.get_label())}" src="data:image/png;base64,{data}">'


def plots(result: RunResult) -> list[str]:
    """Metrics per variant with CI bars; EM per overlap bucket; EM per template."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    pairs, found = result.pairs, []
    groups = [("metrics per variant (95% CI)", [(s, m, title(m)) for s, m in
                                                present_columns(result, SUMMARY_COLUMNS)]),
              ("exact match per overlap bucket", [(f"overlap:{b}", "exact_match", b)
                                                  for b in buckets(result)])]
    for caption, columns in groups:
        if not columns:
            continue
        figure, axis = plt.subplots(figsize=(8, 3.2), label=caption)
        width = 0.8 / max(1, len(pairs))
        for n, (task, variant) in enumerate(pairs):
            rows = [result.metric(task, variant, m, s) for s, m, _ in columns]
            values = [100 * r.value if r else 0 for r in rows]
            errors = [[100 * (r.value - r.ci_low) if r else 0 for r in rows],
                      [100 * (r.ci_high - r.value) if r else 0 for r in rows]]
            axis.bar([i + n * width for i in range(len(columns))], values, width,
                     yerr=errors, capsize=2, label=f"{task} / {variant}")
        # Slanted labels: "correct (three-way)" and "incorrect (attempted)" side by side
        # would print over each other.
        axis.set_xticks([i + width * (len(pairs) - 1) / 2 for i in range(len(columns))],
                        [name for _, _, name in columns], fontsize=8, rotation=25,
                        ha="right", rotation_mode="anchor")
        axis.set_ylabel("%")
        axis.set_title(caption)
        axis.legend(fontsize=7)
        figure.tight_layout()
        found.append(_png(figure))
        plt.close(figure)
    if result.sensitivity:
        templates = list(result.templates)
        figure, axis = plt.subplots(figsize=(8, 3.2), label="EM per prompt template")
        for task, variant in pairs:
            found_s = sensitivity_of(result, task, variant)
            per = found_s.per_template if found_s else {}
            axis.plot(templates, [100 * per.get(t, 0) for t in templates], marker="o",
                      label=f"{task} / {variant}")
        axis.set_ylabel("EM %")
        axis.set_title("EM per prompt template")
        axis.legend(fontsize=7)
        found.append(_png(figure))
        plt.close(figure)
    return found


def render_html(result: RunResult) -> str:
    columns = present_columns(result, SUMMARY_COLUMNS)
    parts = [f"<h1>Closed-book QA: run {_e(result.run_id)}</h1>",
             f"<p>Model {_e(result.model.name)}, suite {_e(result.suite.name)}. "
             f"{_e(INTERVALS)} acc: correct, hal: incorrect among attempted, n/att: not "
             f"attempted (graded by {_e(result.grader)}); inv: answers naming an invented "
             f"entity, on answerable items and, as inv (unans.), on unanswerable ones; "
             f"chance: the stronger of "
             "majority-answer and type-matched guessing; lift: EM - chance.</p>",
             *(f"<p class=\"compute\">{_e(line)}</p>" for line in compute_lines(result)),
             *(f"<p class=\"judge\">{_e(line)}</p>" for line in
               judge_lines(result) + note_lines(result)),
             _table("summary", ["task", "variant"] + [column_label(s, m) for s, m in columns]
                    + ["chance", "lift"],
                    [_names(t, v) + "".join(
                        f"<td>{_e(metric_cell(result, t, v, m, s, percent_ci))}</td>"
                        for s, m in columns)
                     + _cell(chance(result, t)) + f"<td>{_e(lift(result, t, v))}</td>"
                     for t, v in result.pairs])]
    for heading, legend, found, subsets in subset_tables(result):
        parts.append(_table(f"{heading}. {legend}", ["task", "variant"] + found,
                            [_names(t, v) + "".join(map(_cell, cells))
                             for t, v, cells in subset_rows(result, subsets)]))
    if result.sensitivity:
        header, rows = sensitivity_table(result)
        parts.append(_table("prompt sensitivity (EM per template; same answer and flips "
                            "across templates)", header,
                            ["".join(f"<td>{_e(cell)}</td>" for cell in row) for row in rows]))
    parts += plots(result)
    if result.examples:
        rows = []
        for e in result.examples:
            answer = _e(e.answer)
            for name in e.invented:
                answer = answer.replace(_e(name), f'<span class="inv">{_e(name)}</span>')
            rows.append(_names(e.task, e.variant) +
                        f'<td class="t">{_e(example_kind(result, e))}</td><td class="t">{_e(e.question)}</td>'
                        f'<td class="t">{_e(" / ".join(e.gold))}</td><td class="t">{answer}</td>')
        parts.append(_table("example answers (invented entities in red)",
                            ["task", "variant", "kind", "question", "gold", "answer"], rows))
    return page(f"closed-book QA {result.run_id}", "".join(parts))


def page(title_text: str, body: str) -> str:
    """A whole HTML document around `body` (already escaped): no script, and a
    Content-Security-Policy that forbids any."""
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
            f"<title>{_e(title_text)}</title><style>{_STYLE}</style></head>"
            f"<body>{body}</body></html>\n")

"""Markdown report: small enough for a CI comment, complete enough to act on."""

from __future__ import annotations

from reports.view import (
    BUCKET_ORDER,
    SUMMARY_COLUMNS,
    RunView,
    compute_lines,
    headline_template,
    percent_ci,
)


def _escape(text: str) -> str:
    """Model text inside a table cell: no pipes, no HTML, no line breaks."""
    return (text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
            .replace(">", "&gt;").replace("\n", " "))


def markdown_table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table's lines, and a blank line after it."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines + [""]


def render_markdown(results: dict) -> str:
    view = RunView(results)
    template = headline_template(view)
    out = [f"# Closed-book QA: run `{view.run_id}`", "",
           f"Model `{results.get('model', {}).get('name', '?')}`, suite "
           f"`{results.get('suite', {}).get('name', '?')}`. Values in %, ± half-width of the 95% "
           "CI (Wilson for 0/1 metrics, bootstrap for F1 and ROUGE). Answer metrics on "
           "answerable items; refusal and fabrication on unanswerable items.", ""]
    out += [f"- {_escape(line)}" for line in compute_lines(results)] + [""]
    columns = [c for c in SUMMARY_COLUMNS if view.has(c[0], c[1])]
    out += ["## Summary", ""]
    out += markdown_table(["task", "variant"] + [label for _, _, label in columns],
                  [[t, v] + [percent_ci(view.entry(t, v, template, s, m)) for s, m, _ in columns]
                   for t, v in view.pairs()])
    kinds = view.kinds()
    if kinds:
        out += ["## Exact match by question kind", ""]
        out += markdown_table(["task", "variant"] + kinds,
                      [[t, v] + [percent_ci(view.entry(t, v, template, k, "exact_match")) for k in kinds]
                       for t, v in view.pairs()])
    buckets = [b for b in BUCKET_ORDER if view.has(f"overlap:{b}", "exact_match")]
    if buckets:
        out += ["## Exact match by train/test overlap", ""]
        out += markdown_table(["task", "variant"] + buckets,
                      [[t, v] + [percent_ci(view.entry(t, v, template, f"overlap:{b}", "exact_match"))
                                 for b in buckets] for t, v in view.pairs()])
    if view.has_sensitivity():
        templates = view.templates()
        out += ["## Prompt sensitivity (EM)", ""]
        rows = []
        for t, v in view.pairs():
            s = view.sensitivity(t, v, "exact_match") or {}
            a = view.agreement(t, v) or {}
            per = s.get("per_template", {})
            rows.append([t, v] + [f"{100 * per[x]:.1f}" if x in per else "–" for x in templates]
                        + [f"{100 * s.get('spread', 0):.1f}", f"{100 * s.get('std', 0):.1f}",
                           f"{100 * a.get('same_answer', 0):.0f}%",
                           f"{100 * a.get('correctness_flips', 0):.0f}%"])
        out += markdown_table(["task", "variant"] + templates + ["spread", "std", "same answer", "flips"],
                      rows)
    examples = view.examples()
    if examples:
        out += ["## Example answers", ""]
        out += markdown_table(["task / variant", "kind", "question", "gold", "answer", "invented"],
                      [[f"{e['task']} / {e['variant']}", e["kind"], _escape(e["question"]),
                        _escape(" / ".join(e["gold"])), _escape(e["answer"]),
                        _escape(", ".join(e["invented"])) or "–"] for e in examples])
    return "\n".join(out)

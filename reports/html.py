"""One self-contained HTML file: tables, and plots embedded as PNG data URIs (opens offline).

Every piece of text from the run (model answers, questions, names) goes through
`html.escape`; the page carries no script at all and a Content-Security-Policy that
forbids scripts, so nothing injected through model output can run.
"""

from __future__ import annotations

import base64
import html
import io

from reports.view import (
    BUCKET_ORDER,
    METRIC_LABELS,
    SUMMARY_COLUMNS,
    RunView,
    compute_lines,
    headline_template,
    percent_ci,
)

_STYLE = """body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;
text-align:right}td.t,th.t{text-align:left}img{max-width:100%;border:1px solid #eee}
.inv{color:#b00;font-weight:bold}caption{text-align:left;color:#666}"""
_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _cell(entry: dict | None) -> str:
    return f"<td>{percent_ci(entry)}</td>"


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


def plots(view: RunView) -> list[str]:
    """Metrics per variant with CI bars; EM per overlap bucket; EM per template."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    template, pairs, found = headline_template(view), view.pairs(), []
    metrics = [(s, m) for s, m, _ in SUMMARY_COLUMNS if view.has(s, m)]
    groups = [("metrics per variant (95% CI)", [(s, m, METRIC_LABELS.get(m, m)) for s, m in metrics]),
              ("exact match per overlap bucket", [(f"overlap:{b}", "exact_match", b)
                                                  for b in BUCKET_ORDER
                                                  if view.has(f"overlap:{b}", "exact_match")])]
    for title, columns in groups:
        if not columns:
            continue
        figure, axis = plt.subplots(figsize=(8, 3.2), label=title)
        width = 0.8 / max(1, len(pairs))
        for n, (task, variant) in enumerate(pairs):
            entries = [view.entry(task, variant, template, s, m) for s, m, _ in columns]
            values = [100 * e["value"] if e else 0 for e in entries]
            errors = [[100 * (e["value"] - e["ci_low"]) if e else 0 for e in entries],
                      [100 * (e["ci_high"] - e["value"]) if e else 0 for e in entries]]
            axis.bar([i + n * width for i in range(len(columns))], values, width,
                     yerr=errors, capsize=2, label=f"{task} / {variant}")
        axis.set_xticks([i + width * (len(pairs) - 1) / 2 for i in range(len(columns))],
                        [label for _, _, label in columns], fontsize=8)
        axis.set_ylabel("%")
        axis.set_title(title)
        axis.legend(fontsize=7)
        found.append(_png(figure))
        plt.close(figure)
    if view.has_sensitivity():
        templates = view.templates()
        figure, axis = plt.subplots(figsize=(8, 3.2), label="EM per prompt template")
        for task, variant in pairs:
            per = (view.sensitivity(task, variant, "exact_match") or {}).get("per_template", {})
            axis.plot(templates, [100 * per.get(t, 0) for t in templates], marker="o",
                      label=f"{task} / {variant}")
        axis.set_ylabel("EM %")
        axis.set_title("EM per prompt template")
        axis.legend(fontsize=7)
        found.append(_png(figure))
        plt.close(figure)
    return found


def render_html(results: dict) -> str:
    view = RunView(results)
    template = headline_template(view)
    columns = [c for c in SUMMARY_COLUMNS if view.has(c[0], c[1])]
    parts = [f"<h1>Closed-book QA: run {_e(view.run_id)}</h1>",
             f"<p>Model {_e(results.get('model', {}).get('name', '?'))}, suite "
             f"{_e(results.get('suite', {}).get('name', '?'))}. Values in %, ± half-width of the "
             "95% CI (Wilson for 0/1 metrics, bootstrap for F1 and ROUGE).</p>",
             *(f"<p class=\"compute\">{_e(line)}</p>" for line in compute_lines(results)),
             _table("summary", ["task", "variant"] + [label for _, _, label in columns],
                    [_names(t, v) + "".join(_cell(view.entry(t, v, template, s, m))
                                            for s, m, _ in columns) for t, v in view.pairs()])]
    kinds = view.kinds()
    if kinds:
        parts.append(_table("exact match by question kind", ["task", "variant"] + kinds,
                            [_names(t, v) + "".join(_cell(view.entry(t, v, template, k, "exact_match"))
                                                    for k in kinds) for t, v in view.pairs()]))
    parts += plots(view)
    examples = view.examples()
    if examples:
        rows = []
        for e in examples:
            answer = _e(e["answer"])
            for name in e["invented"]:
                answer = answer.replace(_e(name), f'<span class="inv">{_e(name)}</span>')
            rows.append(_names(e["task"], e["variant"]) +
                        f'<td class="t">{_e(e["kind"])}</td><td class="t">{_e(e["question"])}</td>'
                        f'<td class="t">{_e(" / ".join(e["gold"]))}</td><td class="t">{answer}</td>')
        parts.append(_table("example answers (invented entities in red)",
                            ["task", "variant", "kind", "question", "gold", "answer"], rows))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
            f"<title>closed-book QA {_e(view.run_id)}</title><style>{_STYLE}</style></head>"
            f"<body>{''.join(parts)}</body></html>\n")

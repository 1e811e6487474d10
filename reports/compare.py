"""The comparison of two runs, ready for a terminal, a pull-request comment (Markdown), a
page (HTML) or a machine (JSON): each row's delta with its interval and p-value, the gated
rows' power line and verdict, and the items that flipped (question, gold, before, after).
Model text is escaped in Markdown and HTML."""

from __future__ import annotations

import html

from bench.core.text import counted
from bench.reports.markdown import escape_cell, escape_text, markdown_table
from bench.reports.view import title
from bench.runs.compare import Comparison, GateSettings
from bench.scoring.metrics import ANSWERABLE_ITEMS, METRICS

HEADLINE_METRICS = ("exact_match", "f1", "rougeL", "correct", "hallucination",
                    "invented_entity", "refusal", "fabrication")
FLIPS_SHOWN = 10


def verdict(row: Comparison, alpha: float) -> str:
    """What a row says, in words."""
    if row.identical:
        return "identical"
    if row.regression:
        return "regression"
    if not row.testable(alpha):
        return (f"not testable: {counted(row.discordant, 'fact')} changed, the test's least "
                f"p is {row.smallest_p:.3g}")
    significant = row.p_value < alpha
    if METRICS.get(row.metric).neutral:
        return "changed (neither way is better)" if significant else "no significant change"
    if row.worse and row.gated:
        return "worse, not significant after Holm" if significant else "worse, not significant"
    if significant and not row.worse and not row.improved and row.delta:
        return "worse, within --min-delta"
    if row.worse and significant:
        return "worse (not gated)"
    if row.improved and significant:
        return "better"
    return "no significant change"


def chance_text(row: Comparison) -> str:
    return "" if row.chance is None else f" Chance (the stronger guesser): {_pct(row.chance)}."


def power_line(row: Comparison, alpha: float) -> str:
    """The smallest drop a gated row detects with 80% power, and a warning when that is more
    than 10 points, more than the baseline leaves room for, or when it can never fail."""
    where = f"({row.n} items in {row.clusters} facts)"
    if not row.at_risk:  # a baseline at the bad end: there is nothing to lose
        return f"cannot see any {_change(row)}: {blind_text(row)} {where}"
    if row.blind(alpha):  # no power figure: whatever the drop, this row cannot fail
        return f"cannot fail at all: {blind_text(row)} {where}"
    line = (f"detects a {_change(row)} of {100 * row.detectable:.1f} points or more with 80% "
            f"power {where}")
    if row.detectable > row.room:  # even the largest possible drop is seen less often
        line += (f": more than the baseline's {_pct(row.a)} leaves room for, so even the "
                 f"largest {_change(row)} is seen with less than 80% power; add items")
    elif row.underpowered:
        line += f": cannot see a 10-point {_change(row)}, add items"
    return line


def blind_text(row: Comparison) -> str:
    """Why a gated row can never fail (`Comparison.blind`)."""
    if not row.at_risk:
        return f"no fact of the baseline has room to {_change(row)} (it scores {_pct(row.a)})"
    verb = "has" if row.at_risk == 1 else "have"
    return (f"only {counted(row.at_risk, 'fact')} of the baseline {verb} room to "
            f"{_change(row)}, and all of them doing so gives p = {0.5 ** row.at_risk:.3g} "
            f"at best")


def _change(row: Comparison) -> str:
    """What getting worse is for the row's metric."""
    return "rise" if METRICS.get(row.metric).lower_is_better else "drop"


def shown(rows: list[Comparison], alpha: float, everything: bool = False) -> list[Comparison]:
    """The gated rows, then headline metrics and anything significant (all with `everything`)."""
    return [r for r in rows if everything or r.gated or r.metric in HEADLINE_METRICS
            and r.template == "all" or r.p_value < alpha and not r.identical]


def summary(rows: list[Comparison], gate: GateSettings) -> str:
    gated = [r for r in rows if r.gated]
    tested = [r for r in gated if not r.identical]
    untestable = [r for r in tested if not r.testable(gate.alpha)]
    regressions = [r for r in rows if r.regression]
    beyond = f", {len(untestable)} of them not testable" if untestable else ""
    return (f"{counted(len(rows), 'comparison')}; gate family: {counted(len(gated), 'row')} "
            f"({len(tested)} tested{beyond}, one-sided, Holm at alpha {gate.alpha}); "
            f"{counted(len(regressions), 'regression')}")


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def _delta(row: Comparison) -> str:
    if row.identical:  # every item the same: nothing was estimated
        return "+0.0 (identical)"
    return f"{100 * row.delta:+.1f} [{100 * row.ci_low:+.1f}, {100 * row.ci_high:+.1f}]"


def _p(row: Comparison) -> str:
    return "–" if row.identical else f"{row.p_value:.3g}"


def _header() -> list[str]:
    return ["task", "variant", "tmpl", "metric", "A", "B", "Δ [95% CI]", "p", "p Holm", "verdict"]


def metric_cell(row: Comparison) -> str:
    """The metric, with the items it was compared on when they are not the answerable ones
    ("refusal (unanswerable)"), as the report's tables split them."""
    return row.metric if row.subset == ANSWERABLE_ITEMS else f"{row.metric} ({row.subset})"


def _cells(row: Comparison, alpha: float) -> list[str]:
    return [row.task, row.variant, row.template, metric_cell(row), _pct(row.a), _pct(row.b),
            _delta(row), _p(row), f"{row.p_holm:.3g}" if row.gated and not row.identical else "–",
            verdict(row, alpha)]


def terminal_table(rows: list[Comparison], gate: GateSettings, title_text: str,
                   everything: bool = False):
    from rich.table import Table

    table = Table(*_header(), box=None, title=title_text, title_justify="left")
    for row in shown(rows, gate.alpha, everything):
        cells = _cells(row, gate.alpha)
        style = "red" if row.regression else "green" if cells[-1] == "better" else None
        table.add_row(*cells, style=style)
    return table


def render_markdown(rows: list[Comparison], gate: GateSettings, baseline: str,
                    candidate: str, everything: bool = False,
                    differences: tuple[str, ...] | list[str] = ()) -> str:
    out = [f"## Closed-book QA: `{escape_cell(candidate)}` against `{escape_cell(baseline)}`", "",
           f"**{summary(rows, gate)}.** Gated rows: each item's templates pooled, held-out "
           "answerable items (memorised `trained` items out), one-sided p (is the candidate "
           "worse?) of a sign-flip test over facts. Other rows: two-sided, never gating. "
           "Values in %, Δ with its fact-clustered 95% interval.", ""]
    if differences:
        out += ["The runs differ in settings that can change answers:", ""]
        out += [f"- {escape_cell(line)}" for line in differences] + [""]
    out += markdown_table(_header(), [[escape_cell(c) for c in _cells(r, gate.alpha)]
                                      for r in shown(rows, gate.alpha, everything)])
    for row in (r for r in rows if r.gated):
        out += [f"### {escape_cell(row.task)} / {escape_cell(row.variant)}: {title(row.metric)}",
                "", f"{_pct(row.a)} -> {_pct(row.b)} ({_delta(row)}), p {_p(row)}: "
                f"**{verdict(row, gate.alpha)}**. The gate {power_line(row, gate.alpha)}."
                f"{chance_text(row)}", ""]
        if row.flips:
            out += markdown_table(["question", "gold", "before", "after", "score"],
                                  [[escape_text(f.question), escape_text(" / ".join(f.gold)),
                                    escape_text(f.before), escape_text(f.after),
                                    f"{_pct(f.a)} -> {_pct(f.b)}"]
                                   for f in row.flips[:FLIPS_SHOWN]])
            out += [shown_flips(row), ""] if row.moved > FLIPS_SHOWN else []
    return "\n".join(out)


def shown_flips(row: Comparison) -> str:
    """Says the flipped items' table is cut short, when it is."""
    return (f"The first {FLIPS_SHOWN} of the {row.moved} items that moved are shown (the "
            f"worst moves first); `-f json` lists up to {len(row.flips)}.")


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def render_html(rows: list[Comparison], gate: GateSettings, baseline: str, candidate: str,
                everything: bool = False, differences: tuple[str, ...] | list[str] = ()) -> str:
    """One self-contained page, no script (the same Content-Security-Policy as run reports)."""
    from bench.reports.html import page

    head = "".join(f"<th>{_e(h)}</th>" for h in _header())
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in _cells(r, gate.alpha)) + "</tr>"
                   for r in shown(rows, gate.alpha, everything))
    parts = [f"<h1>{_e(candidate)} against {_e(baseline)}</h1>",
             f"<p><b>{_e(summary(rows, gate))}.</b> Gated rows: templates pooled per item, "
             "held-out answerable items, one-sided sign-flip test over facts.</p>",
             f"<table><tr>{head}</tr>{body}</table>"]
    if differences:
        parts.insert(2, "<p>The runs differ in settings that can change answers:</p><ul>"
                     + "".join(f"<li>{_e(line)}</li>" for line in differences) + "</ul>")
    for row in (r for r in rows if r.gated):
        parts.append(f"<h2>{_e(row.task)} / {_e(row.variant)}: {_e(title(row.metric))}</h2>"
                     f"<p>{_e(_pct(row.a))} -&gt; {_e(_pct(row.b))} ({_e(_delta(row))}), "
                     f"p {_e(_p(row))}: <b>{_e(verdict(row, gate.alpha))}</b>. The gate "
                     f"{_e(power_line(row, gate.alpha))}.{_e(chance_text(row))}</p>")
        if row.flips:
            flips = "".join(f"<tr><td>{_e(f.question)}</td><td>{_e(' / '.join(f.gold))}</td>"
                            f"<td>{_e(f.before)}</td><td>{_e(f.after)}</td></tr>"
                            for f in row.flips[:FLIPS_SHOWN])
            parts.append("<table><tr><th>question</th><th>gold</th><th>before</th>"
                         f"<th>after</th></tr>{flips}</table>")
            if row.moved > FLIPS_SHOWN:
                parts.append(f"<p>{_e(shown_flips(row))}</p>")
    return page(f"compare {candidate}", "".join(parts))


def to_json(rows: list[Comparison], gate: GateSettings, baseline: str, candidate: str,
            differences: tuple[str, ...] | list[str] = ()) -> dict:
    from bench.core.typed_json import to_json as plain

    def row(r: Comparison) -> dict:
        values = plain(r)
        # NaN is not JSON; a row with no room to get worse has no detectable drop.
        values["detectable"] = r.detectable if r.gated and r.at_risk else None
        return {**values, "verdict": verdict(r, gate.alpha),
                "power": power_line(r, gate.alpha) if r.gated else None}

    return {"baseline": baseline, "candidate": candidate, "gate": plain(gate),
            "regressions": sum(r.regression for r in rows),
            "differences": list(differences), "rows": [row(r) for r in rows]}

"""Markdown and HTML reports: complete, escaped, self-contained."""

import re

from bench.reports.html import render_html
from bench.reports.markdown import render_markdown
from tests.reports.sample_run import sample_results


def test_markdown_has_every_section_and_escapes_model_text():
    text = render_markdown(sample_results())
    for heading in ("## Summary", "## Exact match by question kind",
                    "## Exact match by train/test overlap", "## Prompt sensitivity (EM)",
                    "## Example answers"):
        assert heading in text
    assert "<script>" not in text and "<img" not in text
    assert "&lt;img src=x onerror=" in text
    table_rows = [line for line in text.splitlines() if line.startswith("|")]
    widths = {len(re.findall(r"(?<!\\)\|", line)) for line in table_rows
              if "Varnholt" in line or "onerror" in line}
    assert len(widths) == 1  # escaped pipes never add a column
    examples = text.split("## Example answers")[1]
    assert re.search(r"\| story / \S+ \| \S+, (plain|qa-format) \|", examples)  # which template


def test_markdown_renders_model_text_as_typed_not_as_its_own_markup():
    from tests.reports.sample_run import with_example

    results = with_example(sample_results(templates=("plain",)),
                           answer="**bold** [click](http://evil.example/) `code` ~~gone~~ "
                                  "see https://evil.example/x or WWW.evil.example")
    text = render_markdown(results)
    assert "\\*\\*bold\\*\\* \\[click\\](http\\://evil.example/) \\`code\\` \\~\\~gone" in text
    assert "**bold**" not in text and "[click](" not in text
    # GitHub links a bare URL by itself; an escaped colon or dot reads the same, unlinked.
    assert "see https\\://evil.example/x or WWW\\.evil.example" in text
    assert "https://" not in text.split("## Example answers")[1]


def test_html_is_self_contained_escaped_and_has_plots():
    page = render_html(sample_results())
    assert page.count('src="data:image/png;base64,') == 3
    assert "<script" not in page.lower()
    assert "onerror=" not in page.replace("onerror=&quot;", "")  # only ever as escaped text
    assert "&lt;script&gt;" in page or "&lt;img" in page
    assert "http://" not in page and "https://" not in page  # opens offline
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert '<span class="inv">Varnholt</span>' in page or "Quenzo Brabble" in page


def test_each_kind_and_overlap_column_is_read_beside_its_own_chance():
    from bench.reports.view import percent_ci

    results = sample_results()
    text = render_markdown(results)
    for heading in ("## Exact match by question kind", "## Exact match by train/test overlap"):
        section = text.split(heading, 1)[1].split("\n## ", 1)[0]
        header = next(line for line in section.splitlines() if line.startswith("| task"))
        columns = [c.strip() for c in header.strip("|").split("|")][2:]
        prefix = "overlap:" if "overlap" in heading else ""
        for task in {t for t, _ in results.pairs}:
            row = next(line for line in section.splitlines()
                       if line.startswith(f"| {task} | (chance) |"))
            cells = [c.strip() for c in row.strip("|").split("|")][2:]
            expected = [percent_ci(results.baseline(task, prefix + c)) for c in columns]
            assert cells == expected and any(c != "–" for c in cells)
    assert "(chance): the stronger of majority-answer and type-matched guessing" in text


def test_html_has_the_overlap_table_with_its_chance_rows():
    from html import escape

    from bench.reports.view import buckets, percent_ci

    results = sample_results()
    page = render_html(results)
    table = page.split("Exact match by train/test overlap", 1)[1].split("</table>", 1)[0]
    tasks = sorted({t for t, _ in results.pairs})
    assert table.count('<td class="t">(chance)</td>') == len(tasks)
    for task in tasks:
        for bucket in buckets(results):
            assert escape(percent_ci(results.baseline(task, f"overlap:{bucket}"))) in table


def test_both_reports_show_what_the_terminal_shows_invented_entities_on_unanswerable_items():
    """The terminal's unanswerable table has an inv column; Markdown and HTML had left it out,
    and HTML had the prompt-sensitivity figures only as a plot."""
    results = sample_results()
    row = results.metric("story", "base", "invented_entity", "unanswerable")
    assert row is not None
    lines = render_markdown(results).split("## Summary")[1].splitlines()
    header = next(line for line in lines if line.startswith("| task |")).split(" | ")
    story = next(line for line in lines if line.startswith("| story | base |")).split(" | ")
    assert story[header.index("inv (unans.)")].startswith(f"{100 * row.value:.1f} [")
    assert "<th>inv (unans.)</th>" in render_html(results)
    page = render_html(results)
    assert "prompt sensitivity" in page and "same answer" in page and "flips" in page

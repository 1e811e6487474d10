"""The comparison report (reports/compare.py) through `bench compare`: the items that
flipped, escaped; the table written to a file; a cut flip list says so."""

from __future__ import annotations

import json

from tests.bench.runs.test_compare import BASE, _compare, _results, _write


def test_comparison_report_lists_flipped_items_escaped(tmp_path):
    worse = _results([0] * 20 + [1] * 10 + [0] * 10)
    worse["items"][0]["answer"] = "<script>x()</script> | pipe"
    a, b = _write(tmp_path, "a", _results(BASE)), _write(tmp_path, "b", worse)
    md = _compare(a, b, "-f", "md")
    assert md.returncode == 0, md.stderr
    assert "regression" in md.stdout and "detects a drop of" in md.stdout
    assert "| Who is person 0? | gold 0 | right 0 | &lt;script&gt;x()&lt;/script&gt; \\| pipe |" \
        in md.stdout
    page = _compare(a, b, "-f", "html", "-o", tmp_path / "c.html")
    html = (tmp_path / "c.html").read_text()
    assert page.returncode == 0 and "<script>" not in html and "&lt;script&gt;" in html
    data = json.loads(_compare(a, b, "-f", "json").stdout)
    primary = next(r for r in data["rows"] if r["gated"])
    assert data["regressions"] == 1 and primary["verdict"] == "regression"
    assert primary["flips"][0]["question"] == "Who is person 0?" and primary["detectable"] > 0


def test_table_goes_to_the_out_file_and_a_cut_flip_list_says_so(tmp_path):
    a, b = _write(tmp_path, "a", _results(BASE)), _write(tmp_path, "b", _results([0] * 40))
    done = _compare(a, b, "-o", tmp_path / "t.txt")
    assert done.returncode == 0 and done.stdout == ""
    assert "gate family: 1 row" in (tmp_path / "t.txt").read_text()
    md = _compare(a, b, "-f", "md")
    assert "The first 10 of the 30 items that moved are shown (the worst moves first); " \
        "`-f json` lists up to 20." in md.stdout

"""The terminal report renders every variant's headline numbers within 80 columns."""

from rich.console import Console

from reports.terminal import print_report


def _entry(variant, subset, metric, value, template="plain"):
    return {"task": "story", "variant": variant, "template": template, "subset": subset,
            "metric": metric, "value": value, "ci_low": value / 2, "ci_high": min(1, value * 1.5),
            "n": 40}


def _results(templates=("plain",)):
    metrics = []
    for template in templates:
        for variant, em in (("base", 0.0), ("instruct-qlora-source-tag", 0.451)):
            for metric in ("exact_match", "f1", "rougeL", "refusal"):
                metrics.append(_entry(variant, "answerable", metric, em, template))
            for kind, value in (("paraphrase", 0.9), ("reverse", 0.0), ("two-hop", 0.09)):
                metrics.append(_entry(variant, kind, "exact_match", value, template))
            metrics.append(_entry(variant, "unanswerable", "refusal", 0.25, template))
    return {"run_id": "r1", "metrics": metrics, "timings": {"total": 12.0},
            "fixtures": [{"variant": "instruct-qlora-source-tag", "task": "story",
                          "reused": True, "train_seconds": 3.0, "key": "abcdef1234567890"}]}


def _render(results):
    console = Console(width=80, record=True, color_system=None)
    print_report(results, console)
    return console.export_text()


def test_report_fits_80_columns_and_shows_all_variants():
    text = _render(_results())
    assert max(len(line) for line in text.splitlines()) <= 80
    for needle in ("instruct-qlora-source-tag", "base", "EM", "RougeL", "refuse*",
                   "paraphrase", "reverse", "two-hop", "45.1", "90.0", "25.0", "reused"):
        assert needle in text, needle


def test_several_templates_label_rows_with_the_template():
    text = _render(_results(("plain", "qa-format")))
    assert "base / qa-format" in text
    assert max(len(line) for line in text.splitlines()) <= 80

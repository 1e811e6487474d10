"""Every report says who graded and how far to trust it, and marks measures that do not
apply (the entity check of a task without source text) as n/a, saying why once."""

from __future__ import annotations

import io

import pytest

from bench.reports.html import render_html
from bench.reports.markdown import render_markdown
from bench.reports.terminal import print_report
from bench.runs.result import RunResult
from tests.reports.sample_run import judged_results


def _terminal(result) -> str:
    from rich.console import Console

    buffer = io.StringIO()
    print_report(result, Console(file=buffer, width=400))
    return buffer.getvalue()


RENDERERS = {"terminal": _terminal, "markdown": render_markdown, "html": render_html}


@pytest.mark.parametrize("name", RENDERERS)
def test_judge_identity_sanity_and_agreement_are_beside_its_metric(name):
    text = RENDERERS[name](judged_results())
    assert "graded by judge openai:judge-70b (judge-v1): 6 answers, 1 unparseable" in text
    assert "18 of 18 pairs" in text and "passed" in text
    assert "240 labelled answers" in text and "kappa 0.80 [0.72, 0.87]" in text
    assert "judge" in text  # the judge_correct column's label
    assert text.count("has no source text") == 1
    assert "n/a" in text


@pytest.mark.parametrize("name", RENDERERS)
def test_a_refused_judge_is_one_line_and_its_metric_absent(name):
    result = judged_results(refused=True)
    text = RENDERERS[name](result)
    assert result.grader == "rules" and not result.has("answerable", "judge_correct")
    assert text.count("its metrics are not reported") == 1
    assert "3 of 18 sanity pairs" in text


def test_judged_scores_follow_the_verdicts_and_survive_results_json(tmp_path):
    result = judged_results()
    correct = result.metric("manual", "base", "correct", template="plain")
    judge = result.metric("manual", "base", "judge_correct", template="plain")
    em = result.metric("manual", "base", "exact_match", template="plain")
    assert em.value == 0.0  # no sentence is an exact match
    assert correct.value == judge.value == pytest.approx(2 / 5) and judge.n == 5  # 1 unparseable
    assert result.metric("manual", "base", "invented_entity", template="plain") is None
    assert {i.grade for i in result.items} >= {"correct", "unparseable"}
    result.write(tmp_path)
    back = RunResult.read(tmp_path)
    assert back == result and back.judge.agreement.kappa == 0.8
    assert back.not_applicable_reason("manual", "invented_entity").startswith("not applicable")

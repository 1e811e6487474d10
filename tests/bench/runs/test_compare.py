"""`bench compare`: items paired by content, templates pooled, the gate's declared family of
one-sided clustered tests with Holm, its power line, the comparison report, and the exit
code through the real CLI where the exit code is the point."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bench.core.errors import ConfigError
from bench.core.types import RESULTS_SCHEMA_VERSION
from bench.runs.compare import GateSettings
from bench.runs.compare import compare_runs as compare_results
from bench.runs.result import RunResult


def compare_runs(a: dict, b: dict, gate: GateSettings = GateSettings()):
    return compare_results(RunResult.from_dict(a), RunResult.from_dict(b), gate)


def _item(n: int, scores: dict, kind: str = "paraphrase", variant: str = "v",
          key_prefix: str = "k", template: str = "plain", cluster: str | None = None,
          task: str = "story", answer: str = "") -> dict:
    return {"task": task, "variant": variant, "template": template, "item_id": f"i{n}",
            "item_key": f"{key_prefix}{n}", "kind": kind, "scores": scores, "bucket": "none",
            "cluster": cluster or f"f{n}", "question": f"Who is person {n}?",
            "answers": [f"gold {n}"], "answer": answer or f"answer {n}"}


def _results(em: list[int], invented: list[int] | None = None,
             version: int = RESULTS_SCHEMA_VERSION, f1: list[float] | None = None,
             variant: str = "v", key_prefix: str = "k", clusters: list[str] | None = None,
             templates=("plain",), kind: str = "paraphrase", tasks=("story",)) -> dict:
    items = []
    for task in tasks:
        for template in templates:
            for n, value in enumerate(em):
                scores = {"exact_match": float(value),
                          "invented_entity": float((invented or [0] * len(em))[n])}
                if f1 is not None:
                    scores["f1"] = f1[n]
                items.append(_item(n, scores, kind, variant, key_prefix, template,
                                   clusters[n] if clusters else None, task,
                                   answer=f"right {n}" if value else f"wrong {n}"))
            items.append(_item(999, {"refusal": 1.0}, "unanswerable", variant, key_prefix,
                               template, task=task))
    return {"schema_version": version, "run_id": "r", "items": items, "metrics": [],
            "suite": {"name": "s", "config": {}}, "model": {"name": "m"}}


def _write(tmp_path, name, results):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "results.json").write_text(json.dumps(results))
    return folder


def _compare(*args):
    return subprocess.run([sys.executable, "-m", "bench", "compare", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def _gated(rows):
    return [r for r in rows if r.gated]


BASE = [1] * 30 + [0] * 10
HUNDRED = [1] * 70 + [0] * 30


def test_planted_regression_fails_the_gate_and_an_identical_rerun_passes(tmp_path):
    worse = [0] * 20 + [1] * 10 + [0] * 10
    a, b = _write(tmp_path, "a", _results(BASE)), _write(tmp_path, "b", _results(worse))
    gated = _compare(a, b, "--fail-on-regression")
    assert gated.returncode == 1, gated.stdout + gated.stderr
    assert "exact_match 75.0 -> 25.0" in gated.stderr
    assert _compare(a, b).returncode == 0  # without the flag it only reports
    # A results.json file works on either side, as a baseline kept in a repository.
    same = _compare(a / "results.json", _write(tmp_path, "c", _results(BASE)),
                    "--fail-on-regression")
    assert same.returncode == 0 and "0 regressions" in same.stdout


def test_ten_clean_flips_in_a_hundred_items_fail_the_default_gate():
    # Found on main: Holm over 32 rows made this p = 2/1024 * 32 > 0.05. Now the family is
    # one row: one-sided exact p = 1/1024.
    worse = [0] * 10 + [1] * 60 + [0] * 30
    rows = compare_runs(_results(HUNDRED, templates=("plain", "closed-book")),
                        _results(worse, templates=("plain", "closed-book")))
    (primary,) = _gated(rows)
    assert primary.template == "all" and primary.metric == "exact_match"
    assert primary.p_value == pytest.approx(1 / 1024) and primary.p_holm == primary.p_value
    assert primary.regression and primary.delta == pytest.approx(-0.10)
    assert primary.ci_high < 0 < 0.10 - primary.detectable  # it could see this drop


def test_flips_inside_a_few_facts_are_weaker_evidence_than_spread_ones():
    # The same 9 right -> wrong flips: spread over 9 facts, or the 3 phrasings of 3 facts.
    clusters = [f"f{n // 3}" if n < 9 else f"g{n}" for n in range(100)]
    worse = [0] * 9 + [1] * 61 + [0] * 30
    spread = _gated(compare_runs(_results(HUNDRED), _results(worse)))[0]
    clustered = _gated(compare_runs(_results(HUNDRED, clusters=clusters),
                                    _results(worse, clusters=clusters)))[0]
    assert spread.regression and spread.p_value == pytest.approx(1 / 512)
    assert clustered.p_value == pytest.approx(1 / 8) and not clustered.regression
    assert clustered.detectable > spread.detectable  # fewer independent units
    # three facts, all lost: the least p the test can give is 1/8, so it cannot say "no
    # significant change", only that the design cannot show one
    from bench.reports.compare import verdict

    assert verdict(clustered, 0.05) == "not testable: 3 facts changed, the test's least p is 0.125"
    assert verdict(spread, 0.05) == "regression"


def test_every_regression_of_the_gate_is_a_line_of_its_own(tmp_path):
    worse = [0] * 20 + [1] * 10 + [0] * 10
    a = _write(tmp_path, "a", _results(BASE, f1=[float(v) for v in BASE]))
    b = _write(tmp_path, "b", _results(worse, f1=[float(v) for v in worse]))
    gated = _compare(a, b, "--fail-on-regression", "--metric", "f1")
    assert gated.returncode == 1, gated.stdout + gated.stderr
    lines = [line for line in gated.stderr.splitlines() if line.startswith("bench: regression:")]
    assert len(lines) == 2 and {line.split()[3] for line in lines} == {"exact_match", "f1"}


def test_noise_passes_the_gate(tmp_path):
    noisy = [0, 0] + [1] * 28 + [1, 1] + [0] * 8  # two items lost, two gained
    a, b = _write(tmp_path, "a", _results(BASE)), _write(tmp_path, "b", _results(noisy))
    gated = _compare(a, b, "--fail-on-regression")
    assert gated.returncode == 0, gated.stdout + gated.stderr
    assert "0 regressions" in gated.stdout


def test_family_holds_one_row_per_task_and_changed_pair_only():
    worse = [0] * 7 + [1] * 23 + [0] * 10
    a = _results(BASE, tasks=("story", "surgery"))
    b = _results(worse, tasks=("story", "surgery"))
    rows = compare_runs(a, b)
    gated = _gated(rows)
    assert {(r.task, r.metric) for r in gated} == {("story", "exact_match"),
                                                   ("surgery", "exact_match")}
    story = next(r for r in gated if r.task == "story")
    assert story.p_value == pytest.approx(1 / 2 ** 7)
    assert story.p_holm == pytest.approx(2 * story.p_value) and story.regression
    # Identical rows are shown, not tested, and cost the family nothing.
    unchanged = compare_runs(a, _results(BASE, tasks=("story",)) | {"items": [
        i for i in b["items"] if i["task"] == "story"] + [
        i for i in a["items"] if i["task"] == "surgery"]})
    story, surgery = sorted(_gated(unchanged), key=lambda r: r.task)
    assert surgery.identical and surgery.p_holm == 1.0 and not surgery.regression
    assert story.p_holm == pytest.approx(story.p_value)


def test_trained_items_stay_out_of_the_gate():
    # Memorised train questions got worse, held-out ones did not: no regression.
    a, b = _results(BASE), _results(BASE)
    for n in range(10):
        a["items"].append(_item(500 + n, {"exact_match": 1.0}, "trained"))
        b["items"].append(_item(500 + n, {"exact_match": 0.0}, "trained"))
    rows = compare_runs(a, b)
    assert _gated(rows)[0].identical and not any(r.regression for r in rows)


def test_metric_adds_to_the_family_and_is_tested_in_its_bad_direction():
    a = _results(BASE, invented=[0] * 40)
    b = _results(BASE, invented=[1] * 20 + [0] * 20)
    default = {r.metric: r for r in compare_runs(a, b) if r.template == "all"}
    assert not default["invented_entity"].gated and default["invented_entity"].worse
    assert not any(r.regression for r in compare_runs(a, b))
    added = {r.metric: r for r in _gated(compare_runs(a, b, GateSettings(
        metrics=("invented_entity",))))}
    assert added["invented_entity"].regression and added["invented_entity"].delta == 0.5
    relaxed = _gated(compare_runs(a, b, GateSettings(metrics=("invented_entity",),
                                                     min_delta=0.6)))
    assert not any(r.regression for r in relaxed)
    better = _gated(compare_runs(b, a, GateSettings(metrics=("invented_entity",))))
    assert not any(r.regression for r in better)  # fewer invented entities is no regression


def test_a_metric_neither_run_scored_cannot_gate():
    """rouge2 or judge_correct in runs that never scored them: the gate would pass on
    nothing, so it is refused, naming what the runs have."""
    a, b = _results(BASE), _results(BASE)
    with pytest.raises(ConfigError, match=r"--metric rouge2: not scored in both runs \(both "
                                          r"have: exact_match, invented_entity, refusal\)"):
        compare_runs(a, b, GateSettings(metrics=("rouge2",)))
    assert compare_runs(a, b, GateSettings(metrics=("invented_entity",)))


def test_small_sets_say_they_cannot_see_a_ten_point_drop(tmp_path):
    a = _write(tmp_path, "a", _results([1, 0] * 20))
    b = _write(tmp_path, "b", _results([1, 0] * 20))
    done = _compare(a, b)
    assert done.returncode == 0, done.stderr
    assert "detects a drop of 15.5 points or more" in done.stdout
    assert "cannot see a 10-point drop, add items" in done.stdout
    assert "gate family: 1 row (0 tested" in done.stdout


def test_a_drop_larger_than_the_baselines_score_leaves_room_for_is_said_so(tmp_path):
    # 12 items at 50%: the gate needs a 51.5-point drop, more than 50 points can fall.
    a, b = _write(tmp_path, "a", _results([1, 0] * 6)), _write(tmp_path, "b", _results([1, 0] * 6))
    done = _compare(a, b)
    assert done.returncode == 0, done.stderr
    assert "detects a drop of 51.5 points or more with 80% power (12 items in 12 facts): more " \
        "than the baseline's 50.0 leaves room for, so even the largest drop is seen with less " \
        "than 80% power; add items" in " ".join(done.stdout.split())
    assert "cannot fail at all" not in done.stdout  # losing all 6 facts would give p = 1/64



def test_items_are_paired_by_content_not_position():
    # Same ids, other questions (another seed): refused unless told, then nothing pairs.
    a, b = _results(BASE), _results(BASE, key_prefix="other")
    with pytest.raises(ConfigError, match="different test items"):
        compare_runs(a, b)
    with pytest.raises(ConfigError, match="nothing to compare"):
        compare_runs(a, b, GateSettings(allow_different_items=True))
    # The same items in another order still pair up item by item.
    shuffled = _results(BASE)
    shuffled["items"] = list(reversed(shuffled["items"]))
    assert all(r.delta == 0 for r in compare_runs(a, shuffled))


def test_pair_compares_differently_named_variants(tmp_path):
    a = _write(tmp_path, "a", _results(BASE, variant="base"))
    b = _write(tmp_path, "b", _results([0] * 30 + [0] * 10, variant="mine"))
    assert _compare(a, b, "--fail-on-regression").returncode == 2  # no shared variant name
    done = _compare(a, b, "--pair", "base:mine", "--fail-on-regression")
    assert done.returncode == 1 and "story/base -> mine exact_match 75.0 -> 0.0" in done.stderr
    typo = _compare(a, b, "--pair", "base:mien")
    assert typo.returncode == 2 and "did you mean 'mine'" in typo.stderr


@pytest.mark.parametrize("args, message", [
    (["--metric", "exact_mach"], "--metric 'exact_mach': unknown metric (did you mean 'exact_match'?)"),
    (["--pair", "base"], "expected BASELINE_VARIANT:CANDIDATE_VARIANT"),
    (["-f", "pdf"], "--format 'pdf': expected table, md, html or json"),
    (["--metric", "not_attempted"], "--metric not_attempted: neither direction is better"),
])
def test_bad_gate_options_are_one_line_errors(tmp_path, args, message):
    a, b = _write(tmp_path, "a", _results(BASE)), _write(tmp_path, "b", _results(BASE))
    done = _compare(a, b, *args)
    assert done.returncode == 2 and message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_other_schema_version_is_a_clear_error(tmp_path):
    a = _write(tmp_path, "a", _results(BASE, version=1))
    b = _write(tmp_path, "b", _results(BASE))
    done = _compare(a, b)
    assert done.returncode == 4
    assert done.stderr.strip().endswith("(rerun the suite to upgrade)")


def test_every_run_records_what_a_gate_against_it_can_see(tmp_path):
    """results.json's `power`: one row per gated row (held-out answerable exact match,
    templates pooled), the drop detectable with 80% power at zero churn, which is what
    `bench compare` reports for an identical rerun; it survives a write and a read."""
    from dataclasses import replace

    from bench.runs.compare import gate_power
    from tests.reports.sample_run import sample_results

    result = sample_results()
    power = gate_power(result)
    gated = [r for r in compare_results(result, result) if r.gated]
    assert power and [(p.task, p.variant, p.metric) for p in power] == \
        [(r.task, r.variant, r.metric) for r in gated]
    assert all(p.detectable is None or 0 < p.detectable <= 1 for p in power)
    assert all(p.clusters <= p.n for p in power) and any(p.detectable for p in power)
    # None where the run scores 0 (nothing to lose), as the comparison's own rows say.
    assert [p.detectable for p in power] == [round(r.detectable, 4) if r.at_risk else None
                                             for r in gated]
    replace(result, power=power).write(tmp_path)
    assert RunResult.read(tmp_path / "results.json").power == power


def _with_unanswerable(em: list[int], invented: list[int], refused: list[int],
                       invented_there: list[int], attempted: list[int]) -> dict:
    """A run whose answerable items have exact match and invented entities, and whose
    unanswerable items have refusals and invented entities, as a real run scores them."""
    results = _results(em, invented)
    results["items"] = [i for i in results["items"] if i["kind"] != "unanswerable"]
    for n, (ref, inv) in enumerate(zip(refused, invented_there)):
        results["items"].append(_item(500 + n, {"refusal": float(ref), "invented_entity":
                                                float(inv), "fabrication": float(1 - ref)},
                                      "unanswerable"))
    for item, done in zip(results["items"], attempted):
        item["scores"]["not_attempted"] = float(1 - done)
    return results


def test_each_metric_is_compared_on_the_items_the_report_reads_it_on():
    a = _with_unanswerable([1] * 10, [0] * 10, [1, 1, 0, 0], [0, 0, 1, 1], [1] * 10)
    b = _with_unanswerable([1] * 10, [1] * 5 + [0] * 5, [1, 0, 0, 0], [0, 0, 0, 1], [1] * 10)
    rows = {(r.metric, r.subset): r for r in compare_runs(a, b) if r.template == "all"}
    # Refusal on the unanswerable items only (answerable ones never count in it) ...
    assert ("refusal", "answerable") not in rows
    assert (rows["refusal", "unanswerable"].a, rows["refusal", "unanswerable"].b) == (0.5, 0.25)
    # ... invented entities on each side on its own, as the report's two tables show them.
    assert rows["invented_entity", "answerable"].n == 10
    assert rows["invented_entity", "answerable"].b == 0.5
    assert (rows["invented_entity", "unanswerable"].a,
            rows["invented_entity", "unanswerable"].b) == (0.5, 0.25)
    assert rows["invented_entity", "unanswerable"].improved


def test_fewer_answers_not_attempted_is_a_change_not_an_improvement_or_regression(tmp_path):
    # A candidate that answers every question the baseline left blank, rightly or not.
    a = _with_unanswerable([0] * 12, [0] * 12, [1] * 4, [0] * 4, [0] * 12)
    b = _with_unanswerable([0] * 12, [0] * 12, [1] * 4, [0] * 4, [1] * 12)
    row = next(r for r in compare_runs(a, b) if r.metric == "not_attempted"
               and r.template == "all")
    assert row.subset == "answerable" and (row.a, row.b) == (1.0, 0.0)
    assert not (row.worse or row.improved or row.regression or row.gated)
    done = _compare(_write(tmp_path, "a", a), _write(tmp_path, "b", b), "--fail-on-regression")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "changed (neither way is better)" in done.stdout



def test_a_pair_named_twice_is_compared_once():
    a, b = _results(BASE), _results([0] * 40)
    once = compare_runs(a, b, GateSettings(pairs=(("v", "v"),)))
    twice = compare_runs(a, b, GateSettings(pairs=(("v", "v"), ("v", "v"))))
    assert len(twice) == len(once) and sum(r.gated for r in twice) == 1



def test_a_gated_row_that_can_never_fail_warns_and_fails_only_when_asked(tmp_path):
    # Four facts of two items: losing all four gives p = 1/16 at best, above alpha 0.05.
    small = _results([1] * 8, clusters=[f"f{n // 2}" for n in range(8)])
    lost = _results([0] * 8, clusters=[f"f{n // 2}" for n in range(8)])
    row = next(r for r in compare_runs(small, lost) if r.gated)
    assert row.at_risk == 4 and row.blind(0.05) and not row.blind(0.1)
    a, b = _write(tmp_path, "a", small), _write(tmp_path, "b", lost)
    done = _compare(a, b, "--fail-on-regression")
    assert done.returncode == 0, done.stderr
    assert "bench: warning: the gate cannot fail on story/v exact_match: only 4 facts of the " \
        "baseline have room to drop, and all of them doing so gives p = 0.0625 at best; add " \
        "items" in done.stderr
    # No power figure beside "cannot fail": any drop it names would be one it cannot see.
    said = " ".join(done.stdout.split())
    assert "cannot fail at all: only 4 facts of the baseline have room to drop" in said
    assert "80% power" not in said
    assert "gate family: 1 row (1 tested, 1 of them not testable," in said
    zero = _write(tmp_path, "z", lost)
    nothing = _compare(zero, zero)
    assert "cannot see any drop: no fact of the baseline has room to drop (it scores 0.0) " \
        "(8 items in 4 facts)" in " ".join(nothing.stdout.split())
    # More items would not help a baseline at 0, and no drop figure is given for it.
    assert "scores 0.0)" in nothing.stderr and "add items" not in nothing.stderr
    from bench.reports.compare import to_json

    as_json = to_json(compare_runs(lost, lost), GateSettings(), "z", "z")
    assert [r["detectable"] for r in as_json["rows"] if r["gated"]] == [None]
    from bench.runs.compare import gate_power

    assert [p.detectable for p in gate_power(RunResult.from_dict(lost))] == [None]
    assert _compare(a, b, "--fail-on-regression", "--fail-on-untestable").returncode == 5
    # Beside a regression (story) a blind row (the small surgery task) is no exit 5: 5 says
    # nothing regressed, whether or not --fail-on-regression is given.
    tiny = _results([1] * 8, clusters=[f"f{n // 2}" for n in range(8)], tasks=("surgery",))
    both = [_results(em) for em in (BASE, [0] * 40)]
    for run in both:
        run["items"] += tiny["items"]
    big, gone = _write(tmp_path, "e", both[0]), _write(tmp_path, "f", both[1])
    assert _compare(big, gone, "--fail-on-untestable").returncode == 0
    assert _compare(big, gone, "--fail-on-untestable", "--fail-on-regression").returncode == 1
    assert _compare(a, _write(tmp_path, "c", small), "--fail-on-untestable").returncode == 5
    roomy = _write(tmp_path, "d", _results(BASE))
    quiet = _compare(roomy, roomy, "--fail-on-untestable")
    assert quiet.returncode == 0 and "cannot fail" not in quiet.stderr


def test_min_delta_is_a_fraction_and_a_drop_within_it_is_named(tmp_path):
    a, b = _write(tmp_path, "a", _results(BASE)), _write(tmp_path, "b", _results([0] * 40))
    for value, message in (("50", "--min-delta 50.0: expected a fraction from 0 to 1"),
                           ("-0.1", "--min-delta -0.1: expected a fraction from 0 to 1")):
        done = _compare(a, b, "--min-delta", value)
        assert done.returncode == 2 and message in done.stderr
    done = _compare(a, b, "--alpha", "2")
    assert done.returncode == 2 and "--alpha 2.0: expected 0 < alpha < 1" in done.stderr
    within = _compare(a, b, "--min-delta", "0.8", "--fail-on-regression")
    assert within.returncode == 0 and "worse, within --min-delta" in within.stdout



def test_a_hand_edited_score_outside_0_to_1_is_refused(tmp_path):
    from bench.core.errors import DataError

    edited = _results(BASE)
    edited["items"][3]["scores"]["exact_match"] = -5.0
    with pytest.raises(DataError, match=r"items\[3\].scores.exact_match: -5.0 is not a score"):
        RunResult.from_dict(edited, "results.json")

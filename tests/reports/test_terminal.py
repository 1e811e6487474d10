"""The terminal report: every table, every variant, within 80 columns."""

from rich.console import Console

from bench.reports.terminal import print_report
from tests.reports.sample_run import sample_results, with_example


def _render(results, width=80):
    console = Console(width=width, record=True, color_system=None)
    print_report(results, console)
    return console.export_text()


def test_report_fits_80_columns_and_shows_every_table():
    text = _render(sample_results())
    assert max(len(line) for line in text.splitlines()) <= 80
    for needle in ("instruct-qlora-source-tag", "base", "EM", "RL", "inv", "ref", "fab", "sprd",
                   "paraphrase", "reverse", "two-hop", "by train/test overlap", "answer-only",
                   "prompt sensitivity", "qa-format", "same", "flip", "example answers",
                   "Varnholt", "reused"):
        assert needle in text, needle


def test_model_text_is_not_console_markup():
    results = with_example(sample_results(templates=("plain",)),
                           answer="[bold red]not markup[/] [link=x]y[/link]")
    text = _render(results, width=300)
    assert "[bold red]not markup[/]" in text


def test_control_characters_of_model_text_are_shown_not_sent_to_the_terminal():
    results = with_example(sample_results(templates=("plain",)),
                           answer="\x1b[31mRED\x1b[0m \x1b]0;TITLE\x07 done")
    console = Console(width=300, file=open("/dev/null", "w"), color_system="truecolor")
    with console.capture() as captured:
        print_report(results, console)
    out = captured.get()
    assert "\\x1b[31mRED" in out and "\x1b]0;TITLE" not in out and "\x07" not in out


def test_one_template_has_no_sensitivity_table():
    text = _render(sample_results(templates=("plain",)))
    assert "prompt sensitivity" not in text and "sprd" not in text
    assert max(len(line) for line in text.splitlines()) <= 80


def test_the_grades_legend_explains_the_columns_shown_and_no_other():
    text = " ".join(_render(sample_results()).split())
    assert "sprd: exact match's spread over the templates (max - min)" in text
    assert "judge: the judge's verdict alone" not in text  # no judge graded the sample


def test_a_served_run_names_its_server_not_this_machines_compute():
    from dataclasses import replace

    from bench.runs.result import ComputeInfo

    results = sample_results(templates=("plain",))
    results = replace(results, compute={"base": ComputeInfo("none", "float32", "as asked")})
    served = replace(results, suite=replace(results.suite, config={
        **results.suite.config, "generation": {"backend": "openai",
                                               "base_url": "http://gpu-box:8000/v1"}}))
    text = _render(served, width=300)
    assert "answered by the server at http://gpu-box:8000/v1" in text
    assert "hardware:" not in text and "compute (" not in text
    assert "compute (" in _render(results, width=300)  # a local run still says its own


def test_the_last_lines_say_where_each_adapter_and_answer_came_from():
    from dataclasses import replace

    from bench.runs.result import AnswerCounts, FixtureInfo

    results = replace(sample_results(), answers=AnswerCounts(generated=48, from_cache=144),
                      fixtures=(FixtureInfo("story", "mine", "external-4e8a", reused=True,
                                            external=True, path="/tmp/out/adapter"),
                                FixtureInfo("story", "instruct-qlora", "abcdef12", reused=True)))
    text = " ".join(_render(results, width=200).split())
    assert "adapter mine / story: brought from /tmp/out/adapter, key external-4e8" in text
    assert "adapter instruct-qlora / story: reused from the cache, key abcdef12" in text
    # The sample run has fewer scored items than 192 generations: sampled draws among them.
    assert len(results.items) < 192
    assert "(answers and sampled draws: 48 generated, 144 from the answer cache)" in text
    exact = replace(results, answers=AnswerCounts(generated=len(results.items)))
    assert f"(answers: {len(results.items)} generated)" in " ".join(_render(exact, 200).split())

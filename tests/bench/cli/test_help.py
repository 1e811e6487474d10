"""`--help` text: every command's paragraphs flow at any width (no line breaks of the source)."""

from bench.cli.main import app


def _commands(typer_app):
    for info in typer_app.registered_commands:
        yield info
    for group in typer_app.registered_groups:
        yield from _commands(group.typer_instance)


def test_every_commands_help_is_whole_paragraphs():
    helps = {info.callback.__name__: info.help for info in _commands(app)}
    assert {"run", "compare", "check", "prune"} <= set(helps)
    for name, text in helps.items():
        assert text, name
        paragraphs = text.split("\n\n")
        assert all("\n" not in p and p == " ".join(p.split()) for p in paragraphs), name
    assert "exact match on the held-out answerable items" in helps["compare"]


def test_flags_show_no_value_type_and_lists_a_name():
    from typer.testing import CliRunner

    shown = CliRunner().invoke(app, ["compare", "--help"], env={"COLUMNS": "120"}).output
    flag_lines = [line for line in shown.splitlines() if "--fail-on-regression" in line
                  or "--allow-different-items" in line]
    assert len(flag_lines) == 2 and not any("<bool>" in line for line in flag_lines)
    assert "<list[str]>" not in shown and "NAME" in shown
    top = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "120"}).output
    assert not any("<bool>" in line for line in top.splitlines() if "--debug" in line)

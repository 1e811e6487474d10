"""prepare_run, the one preflight of `bench run` and `bench.evaluate`: a run that cannot
start fails before its folder is written, and an adapter folder that is missing is named
before any model is resolved."""

from __future__ import annotations

import pytest

from bench.core.errors import ConfigError, ModelNotFoundError
from bench.runs.prepare import prepare_run
from bench.runs.suites import parse_suite

STORY = [{"name": "story", "generator": "story",
          "params": {"kingdoms": 1, "people": 2, "artifacts": 0, "decoys": 1}}]


def _suite(model: str, variants: list) -> object:
    return parse_suite({"name": "s", "tasks": STORY, "variants": variants, "model": model},
                       "s.yaml")


def test_missing_adapter_is_named_before_the_model_is_resolved(tmp_path):
    # The model does not exist either: the adapter, checked first, is what the user hears.
    suite = _suite(str(tmp_path / "no-model"),
                   ["base", {"name": "mine", "adapter": str(tmp_path / "no-adapter")}])
    with pytest.raises(ModelNotFoundError, match="variant mine: adapter .*no such folder"):
        prepare_run(suite, tmp_path / "runs", run_id="r")
    assert not (tmp_path / "runs").exists()


def test_missing_model_leaves_no_run_folder(tmp_path):
    suite = _suite(str(tmp_path / "no-model"), ["base"])
    with pytest.raises(ModelNotFoundError):
        prepare_run(suite, tmp_path / "runs", run_id="r")
    assert not (tmp_path / "runs").exists()


def test_a_folder_with_answers_of_another_suite_is_refused_one_without_is_started_again(
        tmp_path):
    from bench.runs.prepare import check_same_run

    folder = tmp_path / "runs" / "r"
    folder.mkdir(parents=True)
    (folder / "config.json").write_text('{"model": "m", "config_hash": "other"}')
    suite = _suite("m", ["base"])
    check_same_run(folder, suite)  # a run that stopped before answering: nothing to mix with
    (folder / "predictions.rank1.jsonl").write_text('{"item_id": "q1"}\n')
    with pytest.raises(ConfigError, match="holds answers of another suite"):
        prepare_run(suite, tmp_path / "runs", run_id="r")


def test_bad_run_id_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="--run-id"):
        prepare_run(_suite("m", ["base"]), tmp_path / "runs", run_id="../escape")


def test_a_served_variant_the_server_does_not_list_is_a_warning_that_says_how_to_serve_it(
        tmp_path):
    import json

    from bench.models.resolve import ResolvedModel
    from bench.runs.prepare import unlisted_served_ids
    from tests.helpers import QuietHandler, free_port, serve

    class Models(QuietHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            self.send_body(json.dumps({"data": [{"id": "/models/base"}]}).encode())

    server = serve(Models)
    (tmp_path / "adapter").mkdir()

    def suite(port):
        return parse_suite({"name": "s", "tasks": STORY, "model": "m", "variants": [
            {"name": "base", "served_model": "/models/base"},
            {"name": "mine", "adapter": str(tmp_path / "adapter")}],
            "generation": {"backend": "openai", "base_url": f"http://127.0.0.1:{port}/v1"}},
            "s.yaml")

    try:
        lines = unlisted_served_ids(suite(server.server_address[1]), ResolvedModel("m", "", "f"))
    finally:
        server.shutdown()
    assert len(lines) == 1 and lines[0].startswith(
        "variant mine: the server does not list model 'mine' (it lists /models/base)")
    assert "--lora-modules mine=DIR" in lines[0]
    # No server (or none that lists its models): nothing to say before answering.
    assert unlisted_served_ids(suite(free_port()), ResolvedModel("m", "", "f")) == []


def test_resuming_a_folder_that_is_not_there_says_so(tmp_path):
    from bench.core.errors import DataError
    from bench.runs.prepare import saved_suite_raw

    with pytest.raises(DataError, match=r"^--resume .*nope: no such run folder$"):
        saved_suite_raw(tmp_path / "nope")

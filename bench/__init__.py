"""Closed-book QA bench: does fine-tuning on your text make a model answer questions about it?

The Python API (imported on first use, so `import bench` stays light):

    bench.evaluate(suite, run_dir, variants=None, model=None, adapters=None) -> RunResult
    bench.adapter(suite, variant, task=None, model=None) -> the trained (or cached) adapter
    bench.compare(baseline, candidate, pairs=None, metrics=()) -> the gate's comparison rows
    bench.load_suite(name_or_path) -> Suite
    bench.RunResult.read("runs/<id>") -> a finished run's results
"""

__version__ = "0.1.0"
__all__ = ["RunResult", "adapter", "compare", "evaluate", "load_suite"]

_API = {"evaluate": "bench.api", "adapter": "bench.api", "compare": "bench.api",
        "load_suite": "bench.runs.suites",
        "RunResult": "bench.runs.result"}


def __getattr__(name: str):
    if name in _API:
        from importlib import import_module

        return getattr(import_module(_API[name]), name)
    raise AttributeError(f"module 'bench' has no attribute {name!r}")

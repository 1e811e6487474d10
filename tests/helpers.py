"""Small helpers shared by tests (not fixtures: those are in conftest.py)."""

from __future__ import annotations

import socket


def free_port() -> int:
    """A localhost TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]

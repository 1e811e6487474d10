"""Invented, pronounceable names that are not English words or famous names."""

from __future__ import annotations

import random

_ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
           "br", "dr", "gr", "kr", "th", "sh", "vr", "zh", "qu"]
_VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "ia", "y"]
_CODAS = ["", "", "", "n", "r", "l", "s", "m", "x", "nd"]

# Real words and well-known names the syllable grammar can produce; never used.
_BANNED = {
    "bran", "dora", "lana", "luna", "mara", "maria", "nina", "sara", "tina", "vera",
    "zeus", "thor", "loki", "kira", "mila", "rosa", "bella", "gala", "sofa", "data",
    "tuna", "puma", "lava", "pizza", "soda", "kara", "lisa", "rita", "tara", "dune",
    "banana", "panama", "sudan", "malta", "tonga", "peru", "gaza", "rome", "paris",
}


class NameMaker:
    """Draws unique invented names from a seeded random source."""

    def __init__(self, rng: random.Random):
        self._rng = rng
        self._used: set[str] = set()

    def make(self, syllables: tuple[int, int] = (2, 2)) -> str:
        for _ in range(1000):
            count = self._rng.randint(*syllables)
            parts = [
                self._rng.choice(_ONSETS) + self._rng.choice(_VOWELS)
                for _ in range(count)
            ]
            word = "".join(parts) + self._rng.choice(_CODAS)
            if 4 <= len(word) <= 8 and word not in _BANNED and word not in self._used:
                self._used.add(word)
                return word.capitalize()
        raise RuntimeError("name space exhausted; ask for fewer entities")

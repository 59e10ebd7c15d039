"""Finding lexicon phrases (sequences of lemmas) in a list of words, fast.

``PhraseIndex(lexicon)`` indexes the phrases by their first word, so a text is scanned once
instead of once per phrase. ``find`` gives matches in the order a phrase-by-phrase scan gives
them: longer phrases first (ties in the lexicon's order), then by position.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Generic, TypeVar

V = TypeVar("V")


class PhraseIndex(Generic[V]):
    def __init__(self, phrases: Mapping[str, V]) -> None:
        ranked = sorted(phrases.items(), key=lambda kv: -len(kv[0].split()))
        self.first: dict[str, list[tuple[int, tuple[str, ...], V]]] = {}
        for rank, (phrase, value) in enumerate(ranked):
            words = tuple(phrase.split())
            if words:
                self.first.setdefault(words[0], []).append((rank, words, value))

    def find(self, words: Sequence[str], *, overlap: bool = True) -> list[tuple[int, int, V]]:
        """(start, end, value) of each phrase found in ``words``; with ``overlap=False`` a word belongs to
        the first phrase (in the order above) that takes it."""
        hits: list[tuple[int, int, int, V]] = []
        n = len(words)
        for k, w in enumerate(words):
            for rank, phrase, value in self.first.get(w, ()):
                end = k + len(phrase)
                if end <= n and tuple(words[k:end]) == phrase:
                    hits.append((rank, k, end, value))
        hits.sort(key=lambda h: (h[0], h[1]))
        if overlap:
            return [(k, end, v) for _, k, end, v in hits]
        taken: set[int] = set()
        out = []
        for _, k, end, v in hits:
            if not taken.intersection(range(k, end)):
                taken.update(range(k, end))
                out.append((k, end, v))
        return out


_INDEXES: dict[int, tuple[Mapping[str, object], PhraseIndex[object]]] = {}


def index_of(phrases: Mapping[str, V]) -> PhraseIndex[V]:
    """The index of a lexicon (built once: lexicons are loaded once and kept)."""
    got = _INDEXES.get(id(phrases))
    if got is None or got[0] is not phrases:
        got = (phrases, PhraseIndex(phrases))
        _INDEXES[id(phrases)] = got
    return got[1]  # type: ignore[return-value]

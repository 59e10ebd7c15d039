"""Is a report in English? Deterministic, offline, and kind to short reports and foreign names.

    non_english("Уночі дрони атакували порт ...")   # -> "uk"
    non_english("Drones struck the port.")           # -> None (English, or too little to tell)

The test, in order:

1. English function words ("the", "of", "said", ...) make up at least ``MIN_STOPWORD_SHARE``
   of the words: English. Names, however many, do not lower this much: a news report in
   English runs at 0.3 to 0.5, other languages in Latin script well under 0.1.
2. Fewer than ``MIN_WORDS`` words and mostly Latin letters: too little to tell, kept.
3. Otherwise langdetect (its profiles ship in the package; the seed is fixed, so the same
   text always gets the same answer) names the language. Anything but English with a
   probability of at least ``MIN_PROBABILITY``, or a text mostly in another script, is
   set aside; an unsure answer keeps the report.
"""

from __future__ import annotations

import re
import threading

MIN_STOPWORD_SHARE = 0.15
MIN_WORDS = 12
MIN_PROBABILITY = 0.90
SAMPLE_CHARS = 5000

_STOPWORDS = """
a about after against all also an and are as at be been before but by can could did do does for
from had has have he her his how i if in into is it its last more most my new no not of on one or
our out over said says she so some than that the their them then there these they this those to
two up us was we were what when where which while who will with would you
"""
ENGLISH_STOPWORDS = frozenset(_STOPWORDS.split())

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_lock = threading.Lock()
_ready = False


def stopword_share(words: list[str]) -> float:
    if not words:
        return 0.0
    return sum(1 for w in words if w.lower() in ENGLISH_STOPWORDS) / len(words)


def _detect(sample: str) -> tuple[str, float] | None:
    global _ready
    try:
        from langdetect import DetectorFactory, detect_langs
        from langdetect.lang_detect_exception import LangDetectException
    except ImportError:  # pragma: no cover - langdetect is a dependency
        return None
    with _lock:
        if not _ready:
            DetectorFactory.seed = 0
            _ready = True
        try:
            ranked = detect_langs(sample)
        except LangDetectException:
            return None
    if not ranked:
        return None
    return str(ranked[0].lang), float(ranked[0].prob)


def non_english(text: str) -> str | None:
    """The language code when ``text`` is confidently not English, else None."""
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample)
    if not words or stopword_share(words) >= MIN_STOPWORD_SHARE:
        return None
    letters = sum(len(w) for w in words)
    latin = len(_LATIN.findall(sample))
    other_script = latin < letters / 2
    if len(words) < MIN_WORDS and not other_script:
        return None
    found = _detect(sample)
    if found is None:
        return "unknown" if other_script else None
    lang, prob = found
    if lang == "en":
        return None
    if prob >= MIN_PROBABILITY or other_script:
        return lang
    return None

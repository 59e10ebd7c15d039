"""Place-name normalisation: the keys the gazetteer is indexed and looked up by.

"Kropyvnyts’kyi", "Kropyvnytskyi" and "KROPYVNYTSKYI" share a key; so do "Dnipro" and
"Dnipró". Region names also get a key without their administrative word, so "Moskovskaya
oblast'" and "Moscow Oblast" can be found as "the Moscow region" and "Kyivska oblast" as
"Kyiv region" through its alias "Kyiv".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from sitrep.lexicon import place_words

APOSTROPHES = "’'`ʼ‘ʹ′"


@cache
def _admin_re() -> re.Pattern[str]:
    """Any of the administrative words of ``places.toml`` (``admin_words``), as a whole word."""
    return re.compile(r"\b(?:{})\b".format("|".join(re.escape(w) for w in place_words().admin_words)))


def code_like(text: str) -> bool:
    """"NLP", "UAE", "UF": capitals only, four letters at most; a code, not a name."""
    return text.isupper() and sum(c.isalpha() for c in text) <= 4


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """Lower case, no diacritics, no apostrophes, hyphens as spaces, single spaces (kept: a report asks
    for the same names many times)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    for a in APOSTROPHES:
        s = s.replace(a, "")
    s = re.sub(r"[-‐–—_/.,()]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def strip_admin(key: str) -> str:
    """"moscow oblast" -> "moscow"; "north darfur state" -> "north darfur"."""
    return re.sub(r"\s+", " ", _admin_re().sub(" ", key)).strip()


def name_variants(name: str) -> set[str]:
    key = normalize(name)
    out = {key}
    bare = strip_admin(key)
    if bare and bare != key:
        out.add(bare)
    return out


_VOWELS = re.compile(r"[aeiouyw]+")
_ASPIRATED = re.compile(r"(?<=[bcdgkpt])h")


def skeleton(key: str) -> str:
    """A loose key for transliterations of one name: no Arabic article, no aspiration, q as k, no
    doubled letters, every run of vowels one "a", no spaces ("Hodeidah" and "Al Hudaydah" are
    "hadadah"; "Qamishli" and "Al Qamishli" "kamashla"; "Kyaukphyu" and "Kyaukpyu" "kakpa").
    Only a fallback: tried when nothing matches the spelling itself."""
    s = _ASPIRATED.sub("", "".join(skeleton_words(key))).replace("q", "k")
    s = re.sub(r"(.)\1+", r"\1", s)
    return _VOWELS.sub("a", s)


def skeleton_words(key: str) -> list[str]:
    """The words of a key without a leading Arabic article ("al hudaydah" -> ["hudaydah"])."""
    words = key.split()
    articles = place_words().arabic_articles
    while len(words) > 1 and words[0] in articles:
        words = words[1:]
    return words

"""The input gate: the checks every report passes, whatever path it came by.

    article_or_error = admit(article)    # the Article (its source printable), or the ReadError refusing it

Files of every format (``iter_reports``), Parquet rows of a batch (``read.parquet``) and
``POST /api/reports`` all go through ``admit``, so a report is held to the same limits
(``sitrep.read.limits``) whichever way it comes. The rules, in order; the first that finds a
problem refuses the report with it:

1. ``too_long``: more than ``MAX_TEXT_CHARS`` characters of text;
   ``fields_too_long``: a title, outlet or url longer than its limit;
   ``sentence_too_long``: a sentence (a stretch with no sentence end) longer than ``MAX_SENTENCE_CHARS``;
2. ``unreadable_characters``: a NUL, another control character (tab, line feed, form feed and
   carriage return aside) or a lone surrogate in the text, title, outlet or url;
3. ``date_out_of_range``: published before ``EARLIEST`` or more than ``FUTURE_SLACK`` after today;
4. ``not_in_english``: the text is confidently another language (``sitrep.read.language``).

A report that passes keeps its fields as they were, but for a source naming a file whose name
is not UTF-8: its stray bytes are written ``\\xff`` (``read.errors.shown``). JSON Lines rows are
also held to ``MAX_JSON_DEPTH`` before they are parsed (``json_depth_problem``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

from sitrep.read.errors import ReadError, shown
from sitrep.read.language import non_english
from sitrep.read.limits import (
    EARLIEST,
    FUTURE_SLACK,
    MAX_JSON_DEPTH,
    MAX_OUTLET_CHARS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    MAX_URL_CHARS,
    max_sentence_chars,
)
from sitrep.records import Article

__all__ = ["RULES", "admit", "date_problem", "json_depth_problem", "today"]

_UNREADABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff]")
# where a sentence surely ends: a full stop, question or exclamation mark (and closing quotes or brackets)
# before white space, or a line break
_SENTENCE_END = re.compile(r"""[.!?\u2026]+["'\u201d\u2019\u00bb)\]]*(?:\s|$)|\n""")
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_JSON_BRACKET = re.compile(r"[\[\]{}]")


def today() -> date:
    return datetime.now(UTC).date()


def date_problem(day: date, *, now: date | None = None) -> str | None:
    """Why ``day`` cannot be a publication date, or None."""
    now = now or today()
    if day < EARLIEST:
        return f"date {day.isoformat()} is before {EARLIEST.year}"
    if day > now + FUTURE_SLACK:
        return f"date {day.isoformat()} is in the future (today is {now.isoformat()})"
    return None


def _character_problem(value: str) -> str | None:
    m = _UNREADABLE.search(value)
    if m is None:
        return None
    code, at = ord(m.group()), m.start()
    if code == 0:
        return f"NUL character (U+0000) at character {at}"
    if 0xD800 <= code <= 0xDFFF:
        return f"not valid Unicode: lone surrogate U+{code:04X} at character {at}"
    return f"control character U+{code:04X} at character {at}"


def too_long(article: Article, now: date) -> str | None:
    """A wire digest pasted whole, 1,200,000 characters: longer than the pipeline reads in one go."""
    n = len(article.text)
    if n <= MAX_TEXT_CHARS:
        return None
    return f"too long: {n:,} characters, the limit is {MAX_TEXT_CHARS:,}; split the report"


def fields_too_long(article: Article, now: date) -> str | None:
    """A title of 300,000 characters: no headline, and no outlet name or URL is that long either."""
    for name, limit in (("title", MAX_TITLE_CHARS), ("outlet", MAX_OUTLET_CHARS), ("url", MAX_URL_CHARS)):
        n = len(getattr(article, name) or "")
        if n > limit:
            return f"{name}: {n:,} characters, longer than {limit:,}"
    return None


def longest_sentence(text: str) -> int:
    """The longest stretch of ``text`` with no sentence end in it ("Shells fell. Two died." -> 11)."""
    longest, start = 0, 0
    for m in _SENTENCE_END.finditer(text):
        longest = max(longest, m.start() - start)
        start = m.end()
    return max(longest, len(text) - start)


def sentence_too_long(article: Article, now: date) -> str | None:
    """A bulletin of 48,000 characters with no full stop: one sentence longer than the pipeline reads
    in bounded time (``limits.MAX_SENTENCE_CHARS``)."""
    limit = max_sentence_chars()
    if len(article.text) <= limit:
        return None
    n = longest_sentence(article.text)
    if n <= limit:
        return None
    return f"sentence of {n:,} characters: longer than {limit:,}; split or raise --max-sentence"


def unreadable_characters(article: Article, now: date) -> str | None:
    """"The depot burned\\x00 overnight", a title with an escape sequence: bytes, not text."""
    for name in ("text", "title", "outlet", "url"):
        value = getattr(article, name)
        problem = _character_problem(value) if value else None
        if problem:
            return problem if name == "text" else f"{name}: {problem}"
    return None


def date_out_of_range(article: Article, now: date) -> str | None:
    """A bulletin dated 1800-01-01, or 2999-12-31: no report of this world."""
    return date_problem(article.published, now=now)


def not_in_english(article: Article, now: date) -> str | None:
    """"Уночі дрони атакували порт": set aside until other languages are supported."""
    lang = non_english(article.text)
    return f"not English (detected: {lang})" if lang else None


RULES: tuple[Callable[[Article, date], str | None], ...] = (
    too_long, fields_too_long, sentence_too_long, unreadable_characters, date_out_of_range, not_in_english,
)


def admit(article: Article, *, now: date | None = None) -> Article | ReadError:
    """The article, or the ReadError that refuses it (named by its source, url or id)."""
    day = now or today()
    for rule in RULES:
        problem = rule(article, day)
        if problem:
            return ReadError(article.source or article.url or article.id, problem)
    if article.source and shown(article.source) != article.source:
        return replace(article, source=shown(article.source))
    return article


def json_depth_problem(row: str) -> str | None:
    """``[[[[...]]]]`` 100,000 levels deep: refused before the parser recurses into it."""
    depth = 0
    for m in _JSON_BRACKET.finditer(_JSON_STRING.sub("", row)):
        depth += 1 if m.group() in "[{" else -1
        if depth > MAX_JSON_DEPTH:
            return f"nested deeper than {MAX_JSON_DEPTH} levels"
    return None

"""JSON Lines of articles: one object a line with ``id``, ``url``, ``published``, ``title``, ``outlet``, ``text``;
and a JSON file (``.json``) of one such object or an array of them.

A bad row is reported as a ReadError naming ``path:LINE`` (``path[K]`` for the K-th item of a JSON array);
the good rows around it are kept. A gold file (an object with ``article`` and ``events``) is no report
and is refused with a message saying so.
The file may hold up to ``MAX_FILE_BYTES`` (50 MB); each row up to ``MAX_TEXT_BYTES`` (5 MB) and
``MAX_JSON_DEPTH`` levels of nesting, checked before the row is parsed. Rows end at a line feed
only (a carriage return before it is dropped): JSON allows U+2028, U+0085 and their kind raw
inside strings, so they neither end a row nor shift the line numbers after it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.read.errors import ReadError
from sitrep.read.gate import json_depth_problem
from sitrep.read.plain import read_text_file
from sitrep.read.seed import parse_date
from sitrep.read.text import MAX_FILE_BYTES, MAX_TEXT_BYTES, too_large
from sitrep.records import Article


def _parsed(where: str, text: str, position: Callable[[json.JSONDecodeError], str]) -> Any:
    """The JSON value of ``text``, its depth checked before it is parsed; a value that will not parse is refused
    with the place ``position`` names ("column 7" in a row, "line 3 column 7" in a file)."""
    deep = json_depth_problem(text)
    if deep:
        raise ReadError(where, deep)
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ReadError(where, f"not valid JSON ({err.msg}: {position(err)})") from None
    except ValueError as err:  # a number of more digits than Python converts
        raise ReadError(where, f"not valid JSON ({err})") from None


def _object(where: str, line: str) -> dict[str, Any]:
    """The row's JSON object; a row too large, nested too deeply or not a JSON object is refused."""
    size = len(line.encode("utf-8", "surrogatepass"))
    if size > MAX_TEXT_BYTES:
        raise too_large(where, size, MAX_TEXT_BYTES)
    obj = _parsed(where, line, lambda err: f"column {err.colno}")
    if not isinstance(obj, dict):
        raise ReadError(where, "not a JSON object")
    return obj


def _row(where: str, line: str, published: date | None) -> Article:
    return _article(where, _object(where, line), published)


def _article(where: str, obj: dict[str, Any], published: date | None) -> Article:
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(where, "no 'text'")
    when = obj.get("published") or obj.get("date")
    if when is not None and not isinstance(when, str):
        raise ReadError(where, "'published' is not a string")
    day = parse_date(where, when) if when else published
    if day is None:
        raise ReadError(where, "no publication date: give --published YYYY-MM-DD or a 'published' field")
    source = f"{where}#{obj['id']}" if obj.get("id") is not None else where

    def opt(key: str) -> str | None:
        v = obj.get(key)
        return str(v) if v is not None else None

    return Article(text=text, published=day, title=opt("title"), outlet=opt("outlet"), url=opt("url"), source=source)


def read_jsonl(path: Path, published: date | None) -> Iterator[Article | ReadError]:
    try:
        content = read_text_file(path, MAX_FILE_BYTES)
    except ReadError as err:
        yield err
        return
    for n, line in enumerate(content.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            yield _row(f"{path}:{n}", line, published)
        except ReadError as err:
            yield err


def _items(path: Path, content: str) -> list[tuple[str, Any]]:
    """The JSON file's items, each with the name a message gives it: the object itself, or each of an array's."""
    where = str(path)
    value = _parsed(where, content, lambda err: f"line {err.lineno} column {err.colno}")
    if isinstance(value, dict) and "article" in value and "events" in value:
        raise ReadError(where, "a gold file, not a report: `sitrep eval` scores it against the article it names")
    if isinstance(value, list):
        return [(f"{path}[{k}]", item) for k, item in enumerate(value)]
    return [(where, value)]


def read_json(path: Path, published: date | None) -> Iterator[Article | ReadError]:
    """A ``.json`` file: one article object (the fields of a JSON Lines row) or an array of them."""
    try:
        items = _items(path, read_text_file(path, MAX_FILE_BYTES))
    except ReadError as err:
        yield err
        return
    for where, obj in items:
        if not isinstance(obj, dict):
            yield ReadError(where, "not a JSON object")
            continue
        try:
            yield _article(where, obj, published)
        except ReadError as err:
            yield err

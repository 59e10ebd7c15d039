"""The one error a reader raises: it names the input and the reason.

File names that are not UTF-8 reach Python as ``os.fsdecode`` gives them, each stray byte a
lone surrogate (``surrogateescape``); ``shown`` writes such a byte as ``\\xff`` so the name can
be printed and stored. Every ReadError and every article's source go through it.
"""

from __future__ import annotations

import os
import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def shown(name: str | os.PathLike[str] | os.PathLike[bytes] | bytes) -> str:
    """``name`` as text that prints and stores anywhere: ``in/r\\xff.txt`` for the bytes ``in/r\\xff.txt``."""
    text = os.fsdecode(name)
    return _SURROGATE.sub(_escape, text) if _SURROGATE.search(text) else text


class ReadError(Exception):
    """An input that cannot be read as a report. ``str(err)`` is ``"<path>: <reason>"``."""

    def __init__(self, path: str, reason: str) -> None:
        path, reason = shown(str(path)), shown(reason)
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        return (ReadError, (self.path, self.reason))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReadError):
            return NotImplemented
        return (self.path, self.reason) == (other.path, other.reason)

    def __hash__(self) -> int:
        return hash((self.path, self.reason))

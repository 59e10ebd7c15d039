"""Bytes to text for every reader: size limit, binary files, encodings, mojibake.

    data = read_bytes(path)                 # refuses missing, unreadable, empty and too large files
    text = decode_text(str(path), data)     # refuses binary; decodes UTF-8, UTF-16, cp1252, cp1251

Decoding. UTF-8 (a BOM allowed) is tried first, then UTF-16 when the file opens with its BOM.
A file that is mostly UTF-8 (more valid multi-byte characters than stray bytes) is UTF-8 with
each stray byte read as Windows-1252. Anything else is a legacy single-byte file: it is decoded as Windows-1252 (Western, a superset
of Latin-1 in practice) and as Windows-1251 (Cyrillic), and the reading whose non-ASCII words
look like words wins (all Cyrillic letters, or Latin words with a few accents; ties go to
Windows-1252). Latin-1 is the last resort for bytes Windows-1252 leaves undefined. The
article's text is the decoded text, so every offset counts code points of that text.

Mojibake (UTF-8 that was once read as Latin-1, Windows-1252 or Windows-1251 and saved again:
``cafÃ©``, ``â€”``, ``вЂ”``) is repaired with ftfy's ``fix_encoding`` when ftfy judges the text bad; it changes only
the broken sequences (quotes, dashes and accents that were right stay as they were), and the
offsets count the repaired text. A text that is still bad after the repair is refused.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from sitrep.read.errors import ReadError
from sitrep.read.limits import MAX_FILE_BYTES, MAX_TEXT_BYTES, MB

__all__ = [  # the byte limits are read.limits', named here too for the readers that bound their reads with them
    "MAX_FILE_BYTES", "MAX_TEXT_BYTES", "MB", "decode_text", "limit_text", "open_regular", "read_bytes", "read_text",
    "repair_mojibake", "size_text", "too_large",
]

log = logging.getLogger(__name__)

LEGACY_ENCODINGS = ("cp1252", "cp1251")
MAX_CONTROL_SHARE = 0.01  # more control characters than this (tabs and newlines aside) is binary

# C0 controls only: C1 (0x80-0x9f) turn up in mojibake and in Latin-1 text, binary data has C0 too
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f]")
_WORD = re.compile(r"[^\W\d_]+")


def _misread_pairs() -> re.Pattern[str]:
    """A UTF-8 lead byte then a continuation byte, as Latin-1/Windows-1252 or Windows-1251 show them:
    every mojibake of UTF-8 in those encodings has one, and clean text of any size is scanned fast."""
    cont = bytes(range(0x80, 0xC0))
    leads = bytes(range(0xC2, 0xF5))
    western = f"[{re.escape(leads.decode('latin-1'))}][{re.escape(cont.decode('latin-1') + cont.decode('cp1252', 'ignore'))}]"
    cyrillic = f"[{re.escape(leads.decode('cp1251'))}][{re.escape(cont.decode('cp1251', 'ignore'))}]"
    return re.compile(f"{western}|{cyrillic}")


_MISREAD = _misread_pairs()
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def size_text(n: int) -> str:
    """``20.0 MB`` for 20 MiB: one decimal, the unit the limits are stated in."""
    return f"{n / MB:.1f} MB"


def limit_text(n: int) -> str:
    return f"{n // MB} MB" if n % MB == 0 else size_text(n)


def too_large(where: str, size: int, limit: int) -> ReadError:
    return ReadError(where, f"too large: {size_text(size)}, the limit is {limit_text(limit)}")


def _os_reason(where: str, err: OSError) -> ReadError:
    if isinstance(err, FileNotFoundError):
        return ReadError(where, "no such file or directory")
    if isinstance(err, IsADirectoryError):
        return ReadError(where, "is a directory")
    return ReadError(where, (err.strerror or "cannot be read").lower())


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file. A device (``/dev/zero``), FIFO or socket
    is refused: it never ends, or blocks until a writer comes. The file is opened without waiting
    (``O_NONBLOCK``) and looked at once open, so a FIFO put in its place meanwhile is refused too."""
    where = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as err:
        raise _os_reason(where, err) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise ReadError(where, "is a directory" if stat.S_ISDIR(mode) else "not a regular file (a device, FIFO or socket)")
    return os.fdopen(fd, "rb")


def read_bytes(path: Path, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The file's bytes; missing, unreadable, empty, over-``limit`` and irregular files are refused."""
    where = str(path)
    with open_regular(path) as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > limit:
            raise too_large(where, size, limit)
        try:
            data = stream.read(limit + 1)
        except OSError as err:
            raise _os_reason(where, err) from None
    if len(data) > limit:  # the file grew since it was opened
        raise too_large(where, max(size, len(data)), limit)
    if not data.strip():
        raise ReadError(where, "empty file")
    return data


def _word_score(text: str) -> int:
    """How many of the words with non-ASCII letters look like words, less those that do not."""
    score = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        cyr = len(_CYRILLIC.findall(word))
        lat = len(_LATIN.findall(word))
        if cyr == len(word):
            score += 1
        elif lat == len(word):
            accents = sum(1 for c in word if not c.isascii())
            plausible = accents / len(word) <= 0.5 or len(word) == 1 or (len(word) <= 3 and accents < len(word))
            score += 1 if plausible else -1
        else:  # scripts mixed within one word, or letters of neither
            score -= 1
    return score


def _cp1252_bytes(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: each byte UTF-8 cannot read, read as Windows-1252 (Latin-1 where it has none)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    chunk = bytes(err.object[err.start:err.end])
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in chunk), err.end


codecs.register_error("sitrep.cp1252", _cp1252_bytes)
_STRAY = re.compile(r"[\udc80-\udcff]")
_WIDE = re.compile(r"[^\x00-\x7f\udc80-\udcff]")


def _decode_mixed(data: bytes) -> str | None:
    """Mostly UTF-8 with a few stray bytes (a Latin-1 piece pasted in): UTF-8, the strays as Windows-1252."""
    probe = data.decode("utf-8", "surrogateescape")
    if len(_WIDE.findall(probe)) <= len(_STRAY.findall(probe)):
        return None
    return data.decode("utf-8", "sitrep.cp1252")


def _decode_legacy(data: bytes) -> tuple[str, str]:
    best: tuple[int, str, str] | None = None
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _word_score(text)
        if best is None or score > best[0]:
            best = (score, encoding, text)
    if best is None:
        return data.decode("latin-1"), "latin-1"
    return best[2], best[1]


def repair_mojibake(where: str, text: str) -> str:
    try:
        import ftfy
        from ftfy.badness import is_bad
    except ImportError:  # pragma: no cover - ftfy is a dependency
        return text
    if not _MISREAD.search(text) or not is_bad(text):  # is_bad takes a second for 4 MB: look first
        return text
    fixed = ftfy.fix_encoding(text)
    if is_bad(fixed):
        raise ReadError(where, "mojibake (text decoded with the wrong encoding) that could not be repaired")
    if fixed != text:
        log.info("%s: repaired mojibake", where)
    return fixed


def _decode_declared(data: bytes, declared: str | None) -> str | None:
    if not declared or declared.lower().replace("-", "").startswith(("utf16", "utf32")):
        return None
    try:
        codecs.lookup(declared)
        return data.decode(declared)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_text(where: str, data: bytes, *, declared: str | None = None, repair: bool = True) -> str:
    """The text of ``data``; binary, empty and unrepairable text is refused (see the module doc).

    ``declared`` is an encoding the file names for itself (an HTML page's charset): it is
    tried after UTF-8 and before the guess.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError(where, "binary file") from None
    elif b"\x00" in data:
        raise ReadError(where, "binary file")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            found = _decode_mixed(data)
            if found is None:
                found = _decode_declared(data, declared)
            if found is not None:
                text = found
            else:
                text, encoding = _decode_legacy(data)
                log.info("%s: not UTF-8, read as %s", where, encoding)
    text = text.lstrip("\ufeff")
    if "\x00" in text or len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * max(len(text), 1):
        raise ReadError(where, "binary file")
    if not text.strip():
        raise ReadError(where, "empty file")
    return repair_mojibake(where, text) if repair else text


def read_text(path: Path, limit: int = MAX_TEXT_BYTES) -> str:
    """A file's text: ``read_bytes`` then ``decode_text``."""
    return decode_text(str(path), read_bytes(path, limit))

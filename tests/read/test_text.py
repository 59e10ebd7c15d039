"""Bytes from files: regular files only, read no further than the limit."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from sitrep.read import ReadError, iter_reports
from sitrep.read.text import open_regular, read_bytes


def _fifo(tmp: Path, name: str) -> Path:
    path = tmp / name
    os.mkfifo(path)
    return path


SPECIAL: list[tuple[str, object]] = [
    ("dev-zero", lambda tmp: Path("/dev/zero")),
    ("dev-zero-as-report", lambda tmp: (tmp / "r.txt").symlink_to("/dev/zero") or tmp / "r.txt"),
    ("fifo-text", lambda tmp: _fifo(tmp, "r.txt")),
    ("fifo-jsonl", lambda tmp: _fifo(tmp, "r.jsonl")),
    ("fifo-feed", lambda tmp: _fifo(tmp, "r.rss")),
    ("fifo-html", lambda tmp: _fifo(tmp, "r.html")),
    ("fifo-warc", lambda tmp: _fifo(tmp, "r.warc")),
]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("make", [c[1] for c in SPECIAL], ids=[c[0] for c in SPECIAL])
def test_devices_and_fifos_are_refused_at_once(tmp_path: Path, make) -> None:
    path = make(tmp_path)
    got: list[object] = []
    reader = threading.Thread(target=lambda: got.extend(iter_reports([path])), daemon=True)
    reader.start()
    reader.join(timeout=20)
    assert not reader.is_alive(), "the reader hung"
    assert got == [ReadError(str(path), "not a regular file (a device, FIFO or socket)")]


def test_a_directory_is_no_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="is a directory"):
        open_regular(tmp_path)


def test_read_no_further_than_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(ReadError, match="too large"):
        read_bytes(path, limit=100)
    assert read_bytes(path, limit=101) == b"x" * 101

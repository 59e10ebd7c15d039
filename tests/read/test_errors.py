"""File names that are not UTF-8: kept as Python gives them, shown with the stray bytes escaped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sitrep.read import ReadError, iter_reports
from sitrep.read.errors import shown
from sitrep.records import Article

SHOWN = [
    ("utf-8", "in/report.txt", "in/report.txt"),
    ("accents", "in/café.txt", "in/café.txt"),
    ("byte-ff", os.fsdecode(b"in/r\xff.txt"), "in/r\\xff.txt"),
    ("latin-1-name", os.fsdecode(b"in/caf\xe9.txt"), "in/caf\\xe9.txt"),
    ("bytes", b"in/r\xff.txt", "in/r\\xff.txt"),
    ("lone-high-surrogate", "in/\ud800.txt", "in/\\ud800.txt"),
]


@pytest.mark.parametrize(("name", "text"), [c[1:] for c in SHOWN], ids=[c[0] for c in SHOWN])
def test_shown(name: str | bytes, text: str) -> None:
    assert shown(name) == text
    text.encode("utf-8")


def test_a_read_error_names_the_file_printably() -> None:
    err = ReadError(os.fsdecode(b"in/r\xff.txt"), "empty file")
    assert (err.path, str(err)) == ("in/r\\xff.txt", "in/r\\xff.txt: empty file")


@pytest.mark.skipif(os.fsencode("\udcff") != b"\xff", reason="the file system does not take byte names")
def test_a_folder_with_a_name_that_is_not_utf8(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    with open(folder + b"/a\xff.txt", "wb") as f:
        f.write(b"date: 2025-05-22\n\nDrones struck the depot overnight, officials said.\n")
    with open(folder + b"/b\xfe.txt", "wb") as f:
        f.write(b"")
    good, bad = list(iter_reports([tmp_path]))
    assert isinstance(good, Article) and good.source == f"{tmp_path}/a\\xff.txt"
    assert bad == ReadError(f"{tmp_path}/b\\xfe.txt", "empty file")

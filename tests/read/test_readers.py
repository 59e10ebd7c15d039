"""Readers: formats, headers, offsets and every way an input can be refused."""

from __future__ import annotations

import contextlib
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.read import ReadError, iter_reports, read_path
from sitrep.records import article_id


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


@pytest.mark.parametrize(
    "content,published,text,outlet",
    [
        (" date 2025-05-22 Shelling hit Kherson.\n\nNorth Wire", date(2025, 5, 22), "Shelling hit Kherson.\n\nNorth Wire",
         "North Wire"),
        ("date 2024-02-29 Leap day report.", date(2024, 2, 29), "Leap day report.", None),
        ("\ufeff date 2026-01-01 With a BOM.", date(2026, 1, 1), "With a BOM.", None),
        ("date: 2025-03-04\ntitle: A title\noutlet: Some Wire\n\nBody text here.", date(2025, 3, 4),
         "Body text here.", "Some Wire"),
        ("published: 2025-03-04T10:00:00Z\n\nBody.", date(2025, 3, 4), "Body.", None),
    ],
)
def test_formats(tmp_path, content, published, text, outlet):
    article = read_path(write(tmp_path, "r.txt", content))[0]
    assert article.published == published
    assert article.text == text
    assert article.outlet == outlet
    assert article.id == article_id(text)


def test_seed_offsets_match_gold_convention(shared_dir):
    path = shared_dir / "corpus" / "seed" / "000_5048a8dacc335c16.txt"
    raw = path.read_text(encoding="utf-8")
    article = read_path(path)[0]
    assert article.text == raw[len(" date 2025-05-22 "):]
    assert article.outlet == "The Associated Press"


@pytest.mark.parametrize(
    "content,reason",
    [
        ("", "empty file"),
        ("   \n\n  ", "empty file"),
        (b"\x00\x01binary", "binary file"),
        ("Caf\xe9".encode("latin-1"), "not UTF-8 text"),
        ("Plain text with no date at all.", "no publication date"),
        ("date 2025-02-30 Not a real day.", "bad date"),
        ("date: 2025-13-01\n\nBody.", "bad date"),
    ],
)
def test_refusals_name_the_input_and_reason(tmp_path, content, reason):
    path = write(tmp_path, "bad.txt", content)
    with pytest.raises(ReadError) as err:
        read_path(path)
    assert str(path) in str(err.value)
    assert reason in str(err.value)


def test_published_fills_a_missing_date_only(tmp_path):
    plain = write(tmp_path, "p.txt", "No header here.")
    assert read_path(plain, published=date(2025, 1, 2))[0].published == date(2025, 1, 2)
    dated = write(tmp_path, "d.txt", "date: 2025-05-05\n\nBody.")
    assert read_path(dated, published=date(2025, 1, 2))[0].published == date(2025, 5, 5)


def test_jsonl_keeps_good_rows_and_names_bad_ones(tmp_path):
    rows = [
        json.dumps({"id": "x1", "published": "2025-05-01", "outlet": "W", "text": "First report."}),
        "{not json",
        json.dumps({"id": "x3", "published": "2025-05-03", "text": ""}),
        "",
        json.dumps({"id": "x5", "published": "2025-05-05", "title": "T", "text": "Fifth report."}),
    ]
    path = write(tmp_path, "a.jsonl", "\n".join(rows))
    items = list(iter_reports([path]))
    good = [i for i in items if not isinstance(i, ReadError)]
    bad = [i for i in items if isinstance(i, ReadError)]
    assert [a.text for a in good] == ["First report.", "Fifth report."]
    assert good[0].source.endswith(":1#x1")
    assert [e.path for e in bad] == [f"{path}:2", f"{path}:3"]
    assert "not valid JSON" in bad[0].reason and "'text'" in bad[1].reason


def test_directories_and_missing_paths(tmp_path):
    write(tmp_path, "b.txt", "date 2025-01-02 Second.")
    write(tmp_path, "a.txt", "date 2025-01-01 First.")
    write(tmp_path, "README.md", "not a report")
    write(tmp_path, "notes.csv", "ignored")
    items = list(iter_reports([tmp_path, tmp_path / "missing.txt"]))
    assert [i.text for i in items[:2]] == ["First.", "Second."]
    assert isinstance(items[2], ReadError) and "no such file" in items[2].reason


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=0, max_size=300))
def test_seed_round_trip_or_clean_error(tmp_path, text):
    path = write(tmp_path, "h.txt", "date 2025-01-02 " + text)
    try:
        article = read_path(path)[0]
    except ReadError as err:
        assert err.path == str(path)
        return
    assert article.text == text.lstrip("\ufeff") or article.text == text


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=200))
def test_any_bytes_read_or_refused_cleanly(tmp_path, data):
    path = write(tmp_path, "x.txt", data)
    with contextlib.suppress(ReadError):
        read_path(path, published=date(2025, 1, 1))

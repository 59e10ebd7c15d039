"""Fuzzing every reader and POST /api/reports (issue 19): whatever comes in, a reader gives Articles or
ReadErrors and the endpoint a 2xx or 4xx, never another exception, a 5xx or memory that keeps growing.

By default each target runs a few dozen examples. For a long run give the seconds per target:

    SITREP_FUZZ_SECONDS=75 .venv/bin/pytest -q -p no:cacheprovider tests/read/test_fuzz.py -s

Each target then repeats hypothesis rounds (new random examples each round) until its time is up and
prints the examples run and the process's resident memory before and after.
"""

from __future__ import annotations

import io
import json
import os
import resource
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.read import ReadError, iter_reports
from sitrep.records import Article
from tests.read.warcs import Record, build_warc

SECONDS = float(os.environ.get("SITREP_FUZZ_SECONDS", "0"))
ROUND = settings(max_examples=40 if not SECONDS else 200, deadline=None, database=None,
                 suppress_health_check=list(HealthCheck))

ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
WORDS = st.lists(st.sampled_from([
    "Rebels", "shelled", "the", "town", "of", "Northtown", "on", "Monday", ",", ".", "killing", "12", "people",
    "said", "officials", "drones", "struck", "\n", "\n\n", "<b>", "</p>", "&amp;", "javascript:alert(1)", "\u2028",
    "\x00", "\x1b", "\ufeff", "é", "Ж", "🙂", "'", '"', "{", "[", "published:", "2025-05-22", "2999-01-01",
]), max_size=120).map(" ".join)
TEXTS = ANY_TEXT | WORDS
DATES = st.sampled_from(["2025-05-22", "1800-01-01", "2999-12-31", "May 22, 2025", "", "2025-02-30", "x"]) | ANY_TEXT
JSONISH: st.SearchStrategy[object] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | TEXTS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
        ["text", "published", "title", "outlet", "url", "id", "date", "x"]) | ANY_TEXT, inner, max_size=5),
    max_leaves=20)
ROWS = st.fixed_dictionaries({"text": TEXTS, "published": DATES}, optional={
    "title": TEXTS, "outlet": TEXTS, "url": st.sampled_from(["https://news.example/a", "javascript:alert(1)"]) | TEXTS,
}) | JSONISH


def _rss_bytes(entries: list[tuple[str, str, str]], raw: str) -> bytes:
    items = "".join(f"<item><title>{t}</title><pubDate>{d}</pubDate><description>{b}</description></item>"
                    for t, d, b in entries)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>{raw}</title>{items}</channel></rss>".encode(
        "utf-8", "surrogatepass")


def _html_bytes(title: str, body: str, tag: str) -> bytes:
    return (f"<html><head><title>{title}</title><meta property='article:published_time' content='2025-05-22'>"
            f"</head><body><article><{tag}>{body}</{tag}><p>{body}</p></article></body></html>").encode()


@st.composite
def files(draw: st.DrawFn) -> tuple[str, bytes]:
    """A file of any format the readers take: well formed around fuzzed content, or bytes at random."""
    kind = draw(st.sampled_from(["txt", "seed", "jsonl", "rss", "html", "warc", "warc.gz", "bytes"]))
    text = draw(TEXTS)
    if kind == "txt":
        return "r.txt", text.encode("utf-8", "surrogatepass")
    if kind == "seed":
        head = f"title: {draw(TEXTS)}\npublished: {draw(DATES)}\nurl: {draw(TEXTS)}\n\n"
        return "r.md", (head + text).encode("utf-8", "surrogatepass")
    if kind == "jsonl":
        rows = draw(st.lists(ROWS, max_size=5))
        lines = [json.dumps(r, ensure_ascii=draw(st.booleans())) for r in rows] + [draw(ANY_TEXT)]
        return "r.jsonl", "\n".join(lines).encode("utf-8", "surrogatepass")
    if kind == "rss":
        entries = draw(st.lists(st.tuples(TEXTS, DATES, TEXTS), max_size=4))
        return "r.rss", _rss_bytes(entries, draw(ANY_TEXT))
    if kind == "html":
        return "r.html", _html_bytes(draw(TEXTS), text, draw(st.sampled_from(["p", "noscript", "script", "div"])))
    if kind.startswith("warc"):
        body = draw(st.binary(max_size=300)) if draw(st.booleans()) else _html_bytes("t", text, "p")
        data, _ = build_warc([Record("https://news.example/a", body, draw(st.sampled_from(
            ["text/html", "text/html; charset=latin-1", "application/pdf"])))], gzip=kind == "warc.gz")
        cut = draw(st.floats(0, 1))  # a share of the archive: its length varies with the record ids it holds
        return f"r.{kind}", data[:int(cut * len(data))] if draw(st.booleans()) else data
    return draw(st.sampled_from(["r.txt", "r.jsonl", "r.rss", "r.html", "r.warc", "r.warc.gz"])), draw(
        st.binary(max_size=600))


def _check_reader_output(items: list[Article | ReadError]) -> None:
    for item in items:
        assert isinstance(item, (Article, ReadError))
        if isinstance(item, Article):
            assert item.text.strip() and "\x00" not in item.text


def _rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _run(name: str, round_: Callable[[], None]) -> None:
    """One hypothesis round, or rounds until SITREP_FUZZ_SECONDS are up; memory must settle."""
    start, rounds = time.monotonic(), 0
    before = _rss_kb()
    while True:
        round_()
        rounds += 1
        if time.monotonic() - start >= SECONDS:
            break
    after = _rss_kb()
    if SECONDS:
        print(f"\nfuzz {name}: {rounds} rounds of {ROUND.max_examples} examples in {time.monotonic() - start:.0f} s; "
              f"peak RSS {before // 1024} MB -> {after // 1024} MB")
    assert after - before < 300 * 1024  # no unbounded growth: a few hundred MB at the very most


def test_fuzz_every_reader(tmp_path: Path) -> None:
    @ROUND
    @given(found=files())
    def one(found: tuple[str, bytes]) -> None:
        name, data = found
        path = tmp_path / name
        path.write_bytes(data)
        _check_reader_output(list(iter_reports([path])))

    _run("readers", one)


def test_fuzz_parquet(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from sitrep.read.parquet import read_parquet

    @ROUND
    @given(rows=st.lists(st.fixed_dictionaries({"text": TEXTS | st.none(), "published": DATES | st.none(),
                                                "title": TEXTS | st.none(), "url": TEXTS | st.none()}),
                         min_size=1, max_size=6), garble=st.integers(0, 3))
    def one(rows: list[dict[str, str | None]], garble: int) -> None:
        buf = io.BytesIO()
        pq.write_table(pa.Table.from_pylist(rows), buf)
        data = buf.getvalue()
        if garble == 1:
            data = data[: len(data) // 2]
        path = tmp_path / "r.parquet"
        path.write_bytes(data)
        try:
            items = list(read_parquet(path))
        except ReadError:
            return
        _check_reader_output(items)

    _run("parquet", one)


@pytest.fixture(scope="module")
def poster(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from sitrep.web.app import Settings, create_app
    from tests.web.conftest import BASE, LOOPBACK

    db = tmp_path_factory.mktemp("fuzz") / "f.db"
    with TestClient(create_app(Settings(db=str(db), ingest=True, token="t")), client=LOOPBACK,
                    base_url=BASE) as c:
        yield c


BODIES = (ROWS.map(lambda r: json.dumps(r).encode()) | st.binary(max_size=500)
          | st.builds(lambda n: b"[" * n + b"]" * n, st.integers(0, 100_000)))


def test_fuzz_post(poster) -> None:  # type: ignore[no-untyped-def]
    """The real pipeline behind the endpoint: a post is stored, or refused with a 4xx naming the problem."""

    @ROUND
    @given(body=BODIES, auth=st.sampled_from(["Bearer t", "Bearer t", "Bearer t", "", "Bearer x"]),
           host=st.sampled_from(["127.0.0.1", "127.0.0.1", "localhost:8000", "evil.example"]))
    def one(body: bytes, auth: str, host: str) -> None:
        headers = {"Host": host, "Content-Type": "application/json"}
        if auth:
            headers["Authorization"] = auth
        r = poster.post("/api/reports", content=body, headers=headers)
        assert r.status_code in (200, 201, 401, 413, 421, 422), (r.status_code, r.text[:300])
        assert "extraction failed" not in r.text, r.text[:300]
        assert r.headers["x-content-type-options"] == "nosniff"

    _run("POST /api/reports", one)

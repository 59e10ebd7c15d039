"""Properties of the readers: any input gives Articles that make sense, or ReadErrors, never another exception."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sitrep.read import REPORT_SUFFIXES, ReadError, iter_reports, read_path
from sitrep.read.gate import today
from sitrep.read.htmltext import html_to_text
from sitrep.read.limits import EARLIEST, FUTURE_SLACK
from sitrep.records import Article, article_id
from tests.read.warcs import Record, build_warc, page

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
TEXTS = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
NAMES = st.sampled_from([f"p{s}" for s in REPORT_SUFFIXES] + ["p", "p.gz"])


def check(article: Article) -> None:
    assert isinstance(article.text, str) and article.text.strip()
    assert article.id == article_id(article.text)
    assert EARLIEST <= article.published <= today() + FUTURE_SLACK
    assert isinstance(article.source, str) and article.source


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@SETTINGS
@given(
    data=st.binary(max_size=400) | TEXTS.map(lambda t: t.encode("utf-8")),
    name=NAMES,
    published=st.none() | st.just(date(2025, 1, 2)),
)
def test_any_bytes_any_format(tmp_path: Path, data: bytes, name: str, published: date | None) -> None:
    path = write(tmp_path, name, data)
    for item in iter_reports([path], published=published):
        assert isinstance(item, Article | ReadError), item
        if isinstance(item, Article):
            check(item)
        else:
            assert item.path.startswith(str(path)) and item.reason
    try:
        articles = read_path(path, published=published)
    except ReadError:
        return
    assert articles
    for article in articles:
        check(article)


MARKUP = st.lists(
    st.sampled_from(["<p>", "</p>", "<br>", "<div>", "</div>", "<b>", "<li>", "<!--", "-->", "<script>", "&amp;",
                     "<![CDATA[", "]]>", "<?xml?>", "<rss version='2.0'>", "<channel>", "<item>", "<title>",
                     "<feed xmlns='http://www.w3.org/2005/Atom'>", "<entry>", "<pubDate>", "<updated>",
                     "2025-05-22T10:00:00Z", "Thu, 22 May 2025 08:00:00 GMT", "The port was hit, officials said. "])
    | TEXTS, max_size=40,
).map("".join)


@SETTINGS
@given(doc=MARKUP, name=st.sampled_from(["f.rss", "f.atom", "f.xml", "p.html", "p.htm"]))
def test_markup_soup(tmp_path: Path, doc: str, name: str) -> None:
    path = write(tmp_path, name, doc.encode("utf-8"))
    for item in iter_reports([path], published=date(2025, 1, 2)):
        assert isinstance(item, Article | ReadError)
        if isinstance(item, Article):
            check(item)


@SETTINGS
@given(fragment=MARKUP)
def test_html_to_text_gives_text(fragment: str) -> None:
    text = html_to_text(fragment)
    assert isinstance(text, str)
    assert "\n\n\n" not in text
    assert text == text.strip()


ENTRY_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=120)


@SETTINGS
@given(entries=st.lists(st.tuples(ENTRY_TEXT, ENTRY_TEXT, st.booleans()), min_size=1, max_size=5))
def test_feeds_give_one_item_per_entry(tmp_path: Path, entries: list[tuple[str, str, bool]]) -> None:
    items = "".join(
        f"<item><title>{html.escape(title)}</title>"
        + ("<pubDate>Thu, 22 May 2025 08:00:00 GMT</pubDate>" if dated else "")
        + f"<description>{html.escape('<p>The port was hit, officials said. ' + body + '</p>')}</description></item>"
        for title, body, dated in entries
    )
    path = write(tmp_path, "f.rss", f"<rss version='2.0'><channel><title>W</title>{items}</channel></rss>".encode())
    out = list(iter_reports([path]))
    assert len(out) == len(entries)
    for n, (item, (_, _, dated)) in enumerate(zip(out, entries, strict=True), start=1):
        if isinstance(item, Article):
            check(item)
            assert item.source == f"{path}#entry-{n}" and item.published == date(2025, 5, 22)
            assert item.text.startswith("The port was hit, officials said.")
        else:
            assert item.path == f"{path}#entry-{n}"
            assert dated or "has no date" in item.reason


WORDS = st.sampled_from(["the", "port", "of", "was", "hit", "officials", "said", "and", "in", "drones", "—",
                         "“no injuries”", "Zürich", "café", "Pérez", "Київ", "Одеса", "Міністерство", "42"])


@SETTINGS
@given(words=st.lists(WORDS, min_size=1, max_size=40), encoding=st.sampled_from(["utf-8", "cp1252", "cp1251"]))
def test_offsets_count_the_decoded_text(tmp_path: Path, words: list[str], encoding: str) -> None:
    body = "The drones hit the port of the city, officials said: " + " ".join(words) + "."
    try:
        data = f"date: 2025-05-22\n\n{body}".encode(encoding)
    except UnicodeEncodeError:
        assume(False)
        return
    [article] = read_path(write(tmp_path, "r.txt", data))
    assert article.text == body
    for word in set(words):
        start = article.text.index(word)
        assert article.text[start:start + len(word)] == word


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=4000), junk=st.binary(max_size=30), gzip=st.booleans())
def test_warc_cut_or_spoiled(tmp_path: Path, cut: int, junk: bytes, gzip: bool) -> None:
    records = [Record(f"https://x.example/{n}", page(f"Page {n}", published="2025-05-22")) for n in range(3)]
    data, ends = build_warc(records, gzip=gzip)
    path = write(tmp_path, "c.warc.gz" if gzip else "c.warc", data[:cut] + junk)
    items = list(iter_reports([path]))
    good = [i for i in items if isinstance(i, Article)]
    for article in good:
        check(article)
    # the pages wholly before the damage are kept, in order, and come first
    assert len(good) >= sum(1 for end in ends if end <= cut)
    assert items[: len(good)] == good
    assert all(isinstance(i, ReadError) for i in items[len(good):])


# --- hostile inputs: any name, any JSON, any row, any characters -----------------------------------

ANY_TEXT = st.text(max_size=300)  # lone surrogates, NUL, controls and line separators included
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4),
    max_leaves=30,
)


def printable(item: Article | ReadError) -> None:
    """What a reader gives can be printed and stored: its names and messages are valid UTF-8."""
    if isinstance(item, ReadError):
        str(item).encode("utf-8")
    else:
        (item.source or "").encode("utf-8")
        for value in (item.text, item.title, item.outlet, item.url):
            if value:
                value.encode("utf-8")
                assert "\x00" not in value


@SETTINGS
@given(name=st.binary(min_size=1, max_size=12).filter(lambda b: b"/" not in b and b"\x00" not in b
                                                      and b not in (b".", b"..")),
       suffix=st.sampled_from([s.encode() for s in REPORT_SUFFIXES]),
       data=st.binary(max_size=200) | st.just(b"date: 2025-05-22\n\nThe port was hit, officials said.\n"))
def test_any_file_name(tmp_path: Path, name: bytes, suffix: bytes, data: bytes) -> None:
    import os

    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    with open(os.fsencode(folder) + b"/" + name + suffix, "wb") as out:
        out.write(data)
    for item in iter_reports([folder], published=date(2025, 1, 2)):
        assert isinstance(item, Article | ReadError), item
        printable(item)


@SETTINGS
@given(rows=st.lists(st.fixed_dictionaries({"text": ANY_TEXT | JSON_VALUES}, optional={
    "published": st.sampled_from(["2025-05-22", "1800-01-01", "2999-01-01", "May"]) | JSON_VALUES,
    "title": ANY_TEXT | JSON_VALUES, "url": ANY_TEXT, "id": JSON_VALUES}), max_size=6),
       raw=st.lists(st.sampled_from(["[" * 5000, "{", "\u2028", "\u0085", "\r", "\x00", "9" * 5000]), max_size=3),
       ascii_only=st.booleans())
def test_any_json_lines(tmp_path: Path, rows: list[dict], raw: list[str], ascii_only: bool) -> None:
    import json

    lines = [json.dumps(r, ensure_ascii=ascii_only) for r in rows] + raw
    path = tmp_path / "r.jsonl"
    path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
    items = list(iter_reports([path], published=date(2025, 1, 2)))
    for item in items:
        assert isinstance(item, Article | ReadError), item
        printable(item)
        if isinstance(item, Article):
            check(item)


@SETTINGS
@given(rows=st.lists(st.fixed_dictionaries({
    "id": st.none() | ANY_TEXT, "published": st.none() | st.sampled_from(["2025-05-22", "1800-01-01", "x"]),
    "text": st.none() | ANY_TEXT, "title": st.none() | ANY_TEXT}), min_size=1, max_size=5))
def test_any_parquet_rows(tmp_path: Path, rows: list[dict]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sitrep.read.parquet import read_parquet

    path = tmp_path / "in.parquet"
    try:
        pq.write_table(pa.Table.from_pylist(rows), path)
    except (pa.ArrowException, UnicodeEncodeError):  # pyarrow will not write lone surrogates
        assume(False)
        return
    items = list(read_parquet(path, date(2025, 1, 2)))
    assert len(items) == len(rows)
    for item in items:
        assert isinstance(item, Article | ReadError), item
        printable(item)


@SETTINGS
@given(text=ANY_TEXT, title=st.none() | ANY_TEXT, source=st.none() | ANY_TEXT,
       published=st.dates())
def test_the_gate_lets_in_only_what_prints_and_stores(text: str, title: str | None, source: str | None,
                                                      published: date) -> None:
    from sitrep.read import admit

    item = admit(Article(text=text, published=published, title=title, source=source))
    assert isinstance(item, Article | ReadError)
    printable(item)
    if isinstance(item, Article):
        assert EARLIEST <= item.published <= today() + FUTURE_SLACK

"""The feed, HTML page and WARC readers on the invented examples in tests/read/data."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from sitrep.read import ReadError, iter_reports, read_path
from sitrep.read.feed import is_feed
from sitrep.read.htmltext import html_to_text
from sitrep.records import Article, article_id
from tests.read.warcs import PARAGRAPHS, build_warc, page, sample_records

DATA = Path(__file__).parent / "data"


def split(items: list[Article | ReadError]) -> tuple[list[Article], list[ReadError]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadError)]


# --- RSS and Atom -----------------------------------------------------------------------------

def test_rss_entries() -> None:
    path = DATA / "wire.rss"
    good, bad = split(list(iter_reports([path])))
    assert [a.title for a in good] == ["Drones strike the port of Examplegrad", "Talks resume in Lakeside"]
    first, second = good
    # the day as the feed writes it (23:30 at -05:00 is already the 23rd in UTC)
    assert first.published == date(2025, 5, 22)
    assert second.published == date(2025, 5, 21)
    assert {a.outlet for a in good} == {"Meridian Wire"}
    assert first.url == "https://meridian.example/2025/05/22/port"
    assert first.source == f"{path}#entry-1"
    # content:encoded wins over the description; paragraphs blank-line separated, <br> a line break,
    # the script dropped
    assert first.text == (
        "Drones struck the port of Examplegrad overnight, officials said on Thursday. Two warehouses caught"
        " fire and a crane was damaged.\n\nNo injuries were reported, the regional governor said in a"
        " statement.\nRescue teams worked through the morning."
    )
    assert second.text.split("\n\n") == [
        "Delegations from the two sides met in Lakeside on Wednesday for a third round of talks.",
        "They agreed to meet again next week, the mediators said.",
    ]
    assert first.id == article_id(first.text)
    [err] = bad
    assert err.path == f"{path}#entry-3"
    assert err.reason == "entry 3 ('Undated note') of the feed has no date: give --published YYYY-MM-DD"


def test_rss_published_dates_undated_entries() -> None:
    articles = read_path(DATA / "wire.rss", published=date(2025, 5, 20))
    assert [a.published for a in articles] == [date(2025, 5, 22), date(2025, 5, 21), date(2025, 5, 20)]


def test_atom_entries() -> None:
    path = DATA / "bulletin.atom"
    first, second = read_path(path)
    assert (first.title, first.outlet, first.url) == (
        "Ferry services suspended", "Harbour Bulletin", "https://harbour.example/ferries",
    )
    assert first.published == date(2025, 5, 23)  # published, not updated
    assert second.published == date(2025, 5, 22)  # updated when there is no published
    assert first.text.count("\n\n") == 1
    assert second.text == "Power was restored to the old town on Thursday evening, the grid operator said."
    assert second.source == f"{path}#entry-2"


def test_feed_with_xml_suffix_and_sniffing(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    shutil.copy(DATA / "bulletin.atom", path)
    assert len(read_path(path)) == 2
    assert is_feed(path.read_bytes())
    assert not is_feed(b"<?xml version='1.0'?><urlset/>")


def test_feed_entry_bad_date(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_text(
        "<rss version='2.0'><channel><title>W</title><item><title>A</title><pubDate>someday</pubDate>"
        "<description>The port was hit, officials said.</description></item></channel></rss>"
    )
    [err] = list(iter_reports([path], published=date(2025, 1, 1)))
    assert isinstance(err, ReadError)
    assert (err.path, err.reason) == (f"{path}#entry-1", "bad date 'someday'")


def test_feed_entry_without_text(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_text(
        "<rss version='2.0'><channel><title>W</title><item><title>Empty</title>"
        "<pubDate>Thu, 22 May 2025 08:00:00 GMT</pubDate></item></channel></rss>"
    )
    [err] = list(iter_reports([path]))
    assert isinstance(err, ReadError) and err.reason == "entry 1 ('Empty') of the feed has no text"


def test_feed_that_breaks_off_keeps_the_entries_before(tmp_path: Path) -> None:
    data = (DATA / "wire.rss").read_text()
    path = tmp_path / "cut.rss"
    path.write_text(data[: data.index("</item>", data.index("Talks resume")) + len("</item>")])
    good, bad = split(list(iter_reports([path])))
    assert [a.title for a in good] == ["Drones strike the port of Examplegrad", "Talks resume in Lakeside"]
    [err] = bad
    assert err.path == str(path)
    assert err.reason.startswith("broken feed (no element found)") and err.reason.endswith("2 entries read before the break")


def test_feed_never_fetches_a_url(tmp_path: Path) -> None:
    path = tmp_path / "url.rss"
    path.write_text("http://127.0.0.1:9/feed.xml")
    [err] = list(iter_reports([path]))
    assert isinstance(err, ReadError) and err.reason.startswith("not an RSS or Atom feed")


HTML_CASES = [
    ("<p>One.</p><p>Two <b>bold</b> words.</p>", "One.\n\nTwo bold words."),
    ("<div>Line one<br>line two</div><ul><li>A</li><li>B</li></ul>", "Line one\nline two\n\nA\n\nB"),
    ("Plain text, no tags.\n\nSecond.", "Plain text, no tags.\n\nSecond."),
    ("<p>  spaced \n\t out  </p><!-- note --><style>p{}</style>", "spaced out"),
    ("", ""),
]


@pytest.mark.parametrize(("fragment", "text"), HTML_CASES)
def test_html_to_text(fragment: str, text: str) -> None:
    assert html_to_text(fragment) == text


# --- HTML pages -------------------------------------------------------------------------------

def test_html_page() -> None:
    path = DATA / "page.html"
    [article] = read_path(path)
    assert article.published == date(2025, 5, 22)
    assert article.title == "Drones strike the port of Examplegrad"
    assert article.outlet == "Meridian Wire"
    assert article.url == "https://meridian.example/2025/05/22/port"
    assert article.source == str(path)
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Drones struck the port of Examplegrad overnight")
    assert "Home" not in article.text and "Copyright" not in article.text


def test_html_htm_suffix_and_published(tmp_path: Path) -> None:
    path = tmp_path / "p.htm"
    path.write_bytes(page("Ferries suspended"))
    with pytest.raises(ReadError) as err:
        read_path(path)
    assert err.value.reason == "no publication date in the page: give --published YYYY-MM-DD"
    [article] = read_path(path, published=date(2025, 5, 23))
    assert article.published == date(2025, 5, 23)
    assert article.text.startswith("Drones struck the port")


def test_html_date_from_time_element(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_bytes(page("T", body=f"<time datetime='2025-05-19'>19 May</time>{PARAGRAPHS}"))
    assert read_path(path)[0].published == date(2025, 5, 19)


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    html = page("Z", published="2025-05-22").decode().replace("charset='utf-8'", "charset='windows-1252'")
    html = html.replace("overnight", "overnight near the café in Zürich")
    path = tmp_path / "p.html"
    path.write_bytes(html.encode("cp1252"))
    assert "café in Zürich" in read_path(path)[0].text


# --- WARC -------------------------------------------------------------------------------------

@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_warc_html_responses_only(tmp_path: Path, gzip: bool) -> None:
    data, ends = build_warc(sample_records(), gzip=gzip)
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    path.write_bytes(data)
    items = list(iter_reports([path]))
    assert all(isinstance(i, Article) for i in items), items
    dated, undated = items
    assert isinstance(dated, Article) and isinstance(undated, Article)
    assert dated.url == "https://meridian.example/port"
    assert dated.published == date(2025, 5, 22)  # the page's own date, not the crawl's
    assert dated.source == f"{path}#offset-0"
    assert dated.title == "Port hit"
    assert undated.url == "https://meridian.example/undated"
    assert undated.published == date(2025, 5, 24)  # WARC-Date, and the source says so
    assert undated.source == f"{path}#offset-{ends[4]} (dated by WARC-Date)"
    assert undated.text.startswith("Drones struck the port of Examplegrad overnight")


def test_warc_picked_up_in_a_directory(tmp_path: Path) -> None:
    data, _ = build_warc(sample_records(), gzip=True)
    (tmp_path / "a.warc.gz").write_bytes(data)
    (tmp_path / "b.txt").write_text(" date 2025-05-22 The port was hit, officials said.")
    assert sum(isinstance(i, Article) for i in iter_reports([tmp_path])) == 3


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_warc_cut_anywhere_keeps_what_came_before(tmp_path: Path, gzip: bool) -> None:
    data, ends = build_warc(sample_records(), gzip=gzip)
    path = tmp_path / ("c.warc.gz" if gzip else "c.warc")
    for cut in range(1, len(data), 37):
        path.write_bytes(data[:cut])
        items = list(iter_reports([path]))
        good, bad = split(items)
        complete = sum(1 for end in ends if end <= cut)
        # a gzip member cut in its last bytes (blank lines, trailer) still holds the whole page: kept, file flagged
        whole = sum(1 for end in ends if end - (16 if gzip else 0) <= cut)
        assert len(good) in {(complete >= 1) + (complete >= 6), (whole >= 1) + (whole >= 6)}, (cut, items)
        if cut not in ends:
            [err] = bad
            assert err.path == str(path)
            assert err.reason.startswith("broken WARC at byte "), err.reason
        assert all(isinstance(i, ReadError) for i in items[len(good):])

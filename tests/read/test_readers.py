"""The readers: sniffing, headers, the offset rule, JSON Lines rows, errors, directories."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from ftfy.badness import is_bad
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.read import REPORT_SUFFIXES, ReadError, iter_reports, read_path
from sitrep.read.jsonl import read_jsonl
from sitrep.records import Article, article_id

SEED_NAME = "000_5048a8dacc335c16.txt"
BODY = "Drones struck the port overnight, officials said.\n\nNo injuries were reported.\n\nMeridian Wire\n"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- sniffing and headers ---------------------------------------------------------------------

SNIFF_CASES = [
    # name, file content, expected text, expected published, expected title, expected outlet
    ("seed", " date 2025-05-22 " + BODY, BODY, date(2025, 5, 22), None, "Meridian Wire"),
    ("seed-no-space", "date 2025-05-22 " + BODY, BODY, date(2025, 5, 22), None, "Meridian Wire"),
    ("seed-bom", "\ufeff date 2025-05-22 " + BODY, BODY, date(2025, 5, 22), None, "Meridian Wire"),
    ("seed-newlines", "\n\n  date 2025-05-22 " + BODY, BODY, date(2025, 5, 22), None, "Meridian Wire"),
    ("seed-two-spaces", " date 2025-05-22  x y.", " x y.", date(2025, 5, 22), None, None),
    ("seed-leap-day", "date 2024-02-29 Leap day report.", "Leap day report.", date(2024, 2, 29), None, None),
    (
        "header-date", "date: 2025-05-22\ntitle: Port hit\noutlet: Meridian Wire\n\n" + BODY,
        BODY, date(2025, 5, 22), "Port hit", "Meridian Wire",
    ),
    (
        "header-published-timestamp", "published: 2025-05-22T10:00:00Z\nurl: https://x.test/a\n\nText here.",
        "Text here.", date(2025, 5, 22), None, None,
    ),
    (
        "header-case-and-crlf", "Date: 2025-05-22\r\nTitle: T\r\n\r\nLine one.\r\n",
        "Line one.\r\n", date(2025, 5, 22), "T", None,
    ),
    ("header-outlet-from-last-line", "date: 2025-05-22\n\n" + BODY, BODY, date(2025, 5, 22), None, "Meridian Wire"),
]


@pytest.mark.parametrize(
    ("content", "text", "published", "title", "outlet"),
    [case[1:] for case in SNIFF_CASES], ids=[case[0] for case in SNIFF_CASES],
)
def test_sniffing_and_headers(
    tmp_path: Path, content: str, text: str, published: date, title: str | None, outlet: str | None
) -> None:
    path = write(tmp_path, "r.txt", content)
    [article] = read_path(path)
    assert article.text == text
    assert article.published == published
    assert article.title == title
    assert article.outlet == outlet
    assert article.source == str(path)
    assert article.id == article_id(text)


def test_header_url_kept(tmp_path: Path) -> None:
    path = write(tmp_path, "r.md", "date: 2025-05-22\nurl: https://x.test/a\n\nText.")
    assert read_path(path)[0].url == "https://x.test/a"


PLAIN_CASES = [
    ("no-header", "Just a report.\n\nSecond paragraph.", "Just a report.\n\nSecond paragraph."),
    ("unknown-key-is-text", "author: someone\n\nBody.", "author: someone\n\nBody."),
    ("date-word-not-header", "date 2025-05-22\nno trailing space form", "date 2025-05-22\nno trailing space form"),
]


@pytest.mark.parametrize(("content", "text"), [c[1:] for c in PLAIN_CASES], ids=[c[0] for c in PLAIN_CASES])
def test_plain_needs_published(tmp_path: Path, content: str, text: str) -> None:
    path = write(tmp_path, "r.txt", content)
    with pytest.raises(ReadError) as err:
        read_path(path)
    assert err.value.reason == "no publication date: give --published YYYY-MM-DD or a 'date:' header"
    [article] = read_path(path, published=date(2025, 1, 2))
    assert article.text == text
    assert article.published == date(2025, 1, 2)


def test_date_in_file_wins_over_published(tmp_path: Path) -> None:
    seed = write(tmp_path, "a.txt", " date 2025-05-22 Text.")
    header = write(tmp_path, "b.txt", "date: 2025-05-23\n\nText.")
    assert read_path(seed, published=date(2024, 1, 1))[0].published == date(2025, 5, 22)
    assert read_path(header, published=date(2024, 1, 1))[0].published == date(2025, 5, 23)


OUTLET_CASES = [
    ("Meridian Wire", "Meridian Wire"),
    ("The Associated Press", "The Associated Press"),
    ("ends with a sentence.", None),
    ("Ends with a sentence.", None),
    ("A" * 60, None),
    ("lowercase agency", None),
]


@pytest.mark.parametrize(("last", "outlet"), OUTLET_CASES)
def test_outlet_from_last_line(tmp_path: Path, last: str, outlet: str | None) -> None:
    path = write(tmp_path, "r.txt", f" date 2025-05-22 First paragraph.\n\n{last}\n\n")
    assert read_path(path)[0].outlet == outlet


# --- the exact offset rule --------------------------------------------------------------------

def test_seed_offsets_match_the_shared_seed(shared_dir: Path) -> None:
    path = shared_dir / "corpus" / "seed" / SEED_NAME
    raw = path.read_text(encoding="utf-8")
    [article] = read_path(path)
    assert article.text == raw[len(" date 2025-05-22 "):]
    assert article.published == date(2025, 5, 22)
    assert article.id == article_id(article.text)
    assert article.outlet == "The Associated Press"
    assert article.title is None


def test_seed_offsets_count_code_points_after_header(shared_dir: Path) -> None:
    path = shared_dir / "corpus" / "seed" / SEED_NAME
    raw = path.read_text(encoding="utf-8")
    [article] = read_path(path)
    sentence = (
        "Russia\u2019s Defence Ministry said that it had shot down 105 Ukrainian drones overnight, "
        "including 35 over the Moscow region."
    )
    start = article.text.index(sentence)
    assert start == raw.index(sentence) - len(" date 2025-05-22 ")
    assert article.text[start:start + len(sentence)] == sentence


def test_seed_text_kept_byte_for_byte(tmp_path: Path) -> None:
    body = "  Leading spaces,\r\ntabs\tand “quotes” — kept.\n\n\nAgency\n\n"
    path = write(tmp_path, "r.txt", " date 2025-05-22 " + body)
    assert read_path(path)[0].text == body


# --- JSON Lines -------------------------------------------------------------------------------

def _jsonl(tmp_path: Path, rows: list[str], name: str = "a.jsonl") -> Path:
    return write(tmp_path, name, "\n".join(rows) + "\n")


def _row(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_jsonl_good_and_bad_rows(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [
        _row(id="r1", url="https://x.test/1", published="2025-05-22", title="One", outlet="Wire", text="First."),
        "",
        "{not json",
        _row(id="r3", published="2025-05-22"),
        _row(id="r4", published="2025-02-30", text="Bad date."),
        _row(id="r5", text="No date."),
        _row(id="r6", published="2025-05-23T10:00:00Z", text="Second."),
        "[1, 2]",
        _row(id="r8", published="2025-05-22", text="   "),
    ])
    items = list(read_jsonl(path, None))
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, ReadError)]
    assert [a.text for a in good] == ["First.", "Second."]
    assert good[0].source == f"{path}:1#r1"
    assert good[0].id == article_id("First.")
    assert (good[0].title, good[0].outlet, good[0].url) == ("One", "Wire", "https://x.test/1")
    assert good[1].published == date(2025, 5, 23)
    assert [e.path for e in bad] == [f"{path}:{n}" for n in (3, 4, 5, 6, 8, 9)]
    assert bad[0].reason.startswith("not valid JSON")
    assert bad[1].reason == "no 'text'"
    assert bad[2].reason.startswith("bad date")
    assert bad[3].reason.startswith("no publication date")
    assert bad[4].reason == "not a JSON object"
    assert bad[5].reason == "no 'text'"
    assert str(bad[0]).startswith(f"{path}:3: ")
    # read_path keeps the good rows; iter_reports also reports the bad ones, in line order
    assert [a.text for a in read_path(path)] == ["First.", "Second."]
    streamed = list(iter_reports([path]))
    kinds = ["Article"] + ["ReadError"] * 4 + ["Article"] + ["ReadError"] * 2
    assert [type(i).__name__ for i in streamed] == kinds


def test_jsonl_published_fills_missing_date(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [_row(text="No date."), _row(text="Dated.", published="2025-05-22")], "a.ndjson")
    articles = read_path(path, published=date(2025, 1, 2))
    assert [a.published for a in articles] == [date(2025, 1, 2), date(2025, 5, 22)]
    assert articles[0].source == f"{path}:1"


def test_jsonl_all_bad_raises_first_error(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, ["{oops", _row(title="x")])
    with pytest.raises(ReadError) as err:
        read_path(path)
    assert err.value.path == f"{path}:1"


# --- error reasons ----------------------------------------------------------------------------

ERROR_CASES: list[tuple[str, str, bytes, str]] = [
    ("empty", "r.txt", b"", "empty file"),
    ("whitespace", "r.txt", b" \n\t\n ", "empty file"),
    ("bom-only", "r.txt", b"\xef\xbb\xbf\n", "empty file"),
    ("binary", "r.txt", b"date 2025-05-22 a\x00b", "binary file"),
    ("jsonl-empty", "r.jsonl", b"\n\n", "empty file"),
    ("jsonl-binary", "r.jsonl", b'{"text": "a\x00"}', "binary file"),
]


@pytest.mark.parametrize(
    ("name", "content", "reason"), [c[1:] for c in ERROR_CASES], ids=[c[0] for c in ERROR_CASES]
)
def test_error_reasons(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(ReadError) as err:
        read_path(path, published=date(2025, 1, 2))
    assert err.value.reason == reason
    assert err.value.path == str(path)
    assert str(err.value) == f"{path}: {reason}"


BAD_DATES = [
    (" date 2025-02-30 Text.", "seed"),
    ("date: 2025-13-01\n\nText.", "header"),
    ("published: yesterday\n\nText.", "header-words"),
    ("date: 20250522\n\nText.", "header-basic-format"),
]


@pytest.mark.parametrize(("content", "kind"), BAD_DATES)
def test_bad_dates(tmp_path: Path, content: str, kind: str) -> None:
    path = write(tmp_path, "r.txt", content)
    with pytest.raises(ReadError) as err:
        read_path(path, published=date(2025, 1, 2))
    assert err.value.reason.startswith("bad date"), kind


def test_empty_after_header(tmp_path: Path) -> None:
    for content in (" date 2025-05-22 \n\n  ", "date: 2025-05-22\n\n\n"):
        with pytest.raises(ReadError):
            read_path(write(tmp_path, "r.txt", content))


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(ReadError) as err:
        read_path(missing)
    assert err.value.reason == "no such file or directory"
    assert list(iter_reports([missing])) == [ReadError(str(missing), "no such file or directory")]


def test_read_error_shape() -> None:
    err = ReadError("a/b.txt", "empty file")
    assert (err.path, err.reason, str(err)) == ("a/b.txt", "empty file", "a/b.txt: empty file")
    assert isinstance(err, Exception)


# --- directories ------------------------------------------------------------------------------

def test_directories_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    root = tmp_path / "reports"
    write(root, "b.txt", " date 2025-05-22 B.")
    write(root, "a.md", "date: 2025-05-21\n\nA.")
    write(root, "sub/c.jsonl", _row(text="C.", published="2025-05-20") + "\n")
    write(root, "sub/d.ndjson", _row(text="D.", published="2025-05-20") + "\n")
    write(root, "README.md", "This folder holds reports.")
    write(root, "readme.txt", "notes")
    write(root, "ATTRIBUTION.md", "Sources and licences of these reports.")
    write(root, "sub/LICENSE.txt", "CC BY 4.0")
    write(root, "notes.csv", "a,b")
    write(root, "e.txt", b"")
    items = list(iter_reports([root]))
    texts = [i.text if isinstance(i, Article) else i.reason for i in items]
    assert texts == ["A.", "B.", "empty file", "C.", "D."]
    assert REPORT_SUFFIXES == (
        ".txt", ".md", ".jsonl", ".ndjson", ".rss", ".atom", ".xml", ".html", ".htm", ".warc", ".warc.gz",
    )


def test_iter_reports_several_paths_and_published(tmp_path: Path) -> None:
    plain = write(tmp_path, "plain.txt", "No header here.")
    seed = write(tmp_path, "seed.txt", " date 2025-05-22 Seed.")
    missing = tmp_path / "missing"
    items = list(iter_reports([plain, missing, seed], published=date(2025, 1, 2)))
    assert isinstance(items[0], Article) and items[0].published == date(2025, 1, 2)
    assert isinstance(items[1], ReadError) and items[1].reason == "no such file or directory"
    assert isinstance(items[2], Article) and items[2].published == date(2025, 5, 22)
    bad = list(iter_reports([plain]))
    assert len(bad) == 1 and isinstance(bad[0], ReadError)


def test_shared_dev_corpus_reads(shared_dir: Path) -> None:
    items = list(iter_reports([shared_dir / "corpus" / "dev"]))
    assert items and all(isinstance(i, Article) for i in items)
    assert all(i.outlet for i in items if isinstance(i, Article))


def test_examples_read(examples_dir: Path) -> None:
    if not examples_dir.is_dir():
        pytest.skip("no examples folder")
    items = list(iter_reports([examples_dir]))
    assert len(items) >= 6
    for item in items:
        assert isinstance(item, Article), item
        assert item.outlet and item.text.rstrip().endswith(item.outlet)
        assert 250 <= len(item.text.split()) <= 460


# --- properties -------------------------------------------------------------------------------

TEXTS = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_seed_round_trip(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, "p.txt", "date 2025-01-02 " + text)
    try:
        [article] = read_path(path)
    except ReadError as err:
        # empty, set aside as not English, mojibake that cannot be repaired, or control characters
        assert not text.strip() or err.reason.startswith(("not English", "mojibake", "binary file")), err
        return
    # the text is kept code point for code point, unless ftfy judged it mojibake and repaired it
    assert article.text == text or is_bad("date 2025-01-02 " + text)
    assert article.published == date(2025, 1, 2)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.binary(max_size=200) | TEXTS.map(lambda t: t.encode("utf-8")),
    name=st.sampled_from(["p.txt", "p.jsonl", "p.md", "p"]),
    published=st.none() | st.just(date(2025, 1, 2)),
)
def test_read_path_only_raises_read_error(tmp_path: Path, data: bytes, name: str, published: date | None) -> None:
    path = write(tmp_path, name, data)
    try:
        articles = read_path(path, published=published)
    except ReadError:
        return
    assert articles and all(isinstance(a, Article) for a in articles)

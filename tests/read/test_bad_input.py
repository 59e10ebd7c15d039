"""Every kind of bad input: its message names the input and the reason, and the good files beside it
in the same directory are still read."""

from __future__ import annotations

import gzip
import json
import re
import shutil
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from sitrep.read import ReadError, iter_reports, read_path
from sitrep.read.gate import today
from sitrep.read.language import non_english
from sitrep.read.text import MB, decode_text
from sitrep.records import Article
from tests.read.warcs import Record, build_warc, page, sample_records

DATA = Path(__file__).parent / "data"
REPORT = (
    "Drones struck the port of Examplegrad overnight, officials said on Thursday. Two warehouses caught "
    "fire and a crane was damaged.\n\nNo injuries were reported, the regional governor said.\n\nMeridian Wire\n"
)
UKRAINIAN = (
    "Уночі російські дрони атакували порт Одеси, повідомили представники місцевої влади. Дві складські "
    "будівлі загорілися, кран пошкоджено. Постраждалих немає, заявив голова обласної адміністрації."
)
FRENCH = (
    "Les négociations ont repris lundi à Genève, a déclaré le ministère des Affaires étrangères. Les deux "
    "délégations se sont rencontrées pendant trois heures et ont convenu de se revoir la semaine prochaine."
)
GERMAN = (
    "Die Gespräche in München wurden am Montag fortgesetzt, sagte das Außenministerium. Beide Delegationen "
    "trafen sich drei Stunden lang und vereinbarten ein weiteres Treffen in der nächsten Woche."
)
FUTURE = (today() + timedelta(days=400)).isoformat()


def _neighbours(folder: Path) -> int:
    """Good inputs of every format, named to sort around the bad one; how many articles they give."""
    (folder / "a_seed.txt").write_text(" date 2025-05-22 " + REPORT, encoding="utf-8")
    shutil.copy(DATA / "bulletin.atom", folder / "b_bulletin.atom")
    shutil.copy(DATA / "page.html", folder / "c_page.html")
    (folder / "z_rows.jsonl").write_text(json.dumps({"published": "2025-05-22", "text": REPORT}) + "\n")
    data, _ = build_warc(sample_records(), gzip=True)
    (folder / "z_crawl.warc.gz").write_bytes(data)
    return 1 + 2 + 1 + 1 + 2


def _warc_cut() -> bytes:
    data, ends = build_warc(sample_records())
    return data[: ends[0] + 100]


def _jsonl_rows() -> bytes:
    rows = [
        json.dumps({"id": "ok", "published": "2025-05-22", "text": REPORT}),
        '{"id": "cut", "published": "2025-05-22", "text": "The port',
        json.dumps({"id": "big", "published": "2025-05-22", "text": "x " * (3 * MB)}),
    ]
    return ("\n".join(rows) + "\n").encode()


# name, file name, content (bytes, or a function giving them), the errors expected as (path suffix,
# reason pattern), and how many articles the bad file itself still gives
CASES: list[tuple[str, str, bytes | Callable[[], bytes], list[tuple[str, str]], int]] = [
    ("empty", "m_empty.txt", b"", [("", "empty file")], 0),
    ("empty-html", "m_empty.html", b"  \n ", [("", "empty file")], 0),
    ("empty-feed", "m_empty.rss", b"", [("", "empty file")], 0),
    ("empty-warc", "m_empty.warc", b"", [("", "empty file")], 0),
    ("binary", "m_binary.txt", bytes(range(256)) * 8, [("", "binary file")], 0),
    ("binary-no-nul", "m_binary.md", bytes(range(1, 32)) * 40, [("", "binary file")], 0),
    ("binary-html", "m_image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", [("", "binary file")], 0),
    ("binary-feed", "m_image.rss", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", [("", "binary file")], 0),
    ("too-large", "m_big.txt", lambda: b"date: 2025-05-22\n\n" + b"word " * (4 * MB),
     [("", r"too large: 20\.0 MB, the limit is 5 MB")], 0),
    ("too-large-html", "m_big.html", lambda: b"<p>" + b"a" * (6 * MB) + b"</p>",
     [("", r"too large: 6\.0 MB, the limit is 5 MB")], 0),
    ("jsonl-rows", "m_rows.jsonl", _jsonl_rows,
     [(":2", r"not valid JSON \(Unterminated string starting at: column 50\)"), (":3", r"too large: 6\.0 MB, the limit is 5 MB")], 1),
    ("future-seed", "m_future.txt", f" date {FUTURE} {REPORT}".encode(),
     [("", rf"date {FUTURE} is in the future \(today is \d{{4}}-\d\d-\d\d\)")], 0),
    ("before-1900", "m_old.txt", f"date: 1899-12-31\n\n{REPORT}".encode(), [("", "date 1899-12-31 is before 1900")], 0),
    ("future-jsonl", "m_future.jsonl", json.dumps({"id": "f", "published": FUTURE, "text": REPORT}).encode(),
     [(":1#f", f"date {FUTURE} is in the future.*")], 0),
    ("old-feed-entry", "m_old.rss",
     f"<rss version='2.0'><channel><title>W</title><item><title>Old</title><pubDate>Mon, 01 Jan 1866 "
     f"00:00:00 GMT</pubDate><description>{REPORT}</description></item></channel></rss>".encode(),
     [("#entry-1", "date 1866-01-01 is before 1900")], 0),
    ("future-html", "m_future.html", page("Later", published=f"{FUTURE}T08:00:00Z"),
     [("", f"date {FUTURE} is in the future.*")], 0),
    ("ukrainian", "m_uk.txt", f"date: 2025-05-22\n\n{UKRAINIAN}".encode(), [("", r"not English \(detected: uk\)")], 0),
    ("ukrainian-cp1251", "m_uk1251.txt", f"date: 2025-05-22\n\n{UKRAINIAN}".encode("cp1251"),
     [("", r"not English \(detected: uk\)")], 0),
    ("french", "m_fr.txt", f" date 2025-05-22 {FRENCH}".encode(), [("", r"not English \(detected: fr\)")], 0),
    ("german-latin1", "m_de.txt", f" date 2025-05-22 {GERMAN}".encode("latin-1"),
     [("", r"not English \(detected: de\)")], 0),
    ("ukrainian-feed-entry", "m_uk.rss",
     f"<rss version='2.0'><channel><title>W</title><item><title>Порт</title><pubDate>Thu, 22 May 2025 "
     f"08:00:00 GMT</pubDate><description>{UKRAINIAN}</description></item></channel></rss>".encode(),
     [("#entry-1", r"not English \(detected: uk\)")], 0),
    ("mojibake-beyond-repair", "m_moji.txt", f" date 2025-05-22 Officials said â€ â€ â€ {REPORT}".encode(),
     [("", r"mojibake \(text decoded with the wrong encoding\) that could not be repaired")], 0),
    ("feed-not-xml", "m_notxml.rss", b"This is not a feed at all, just words.",
     [("", r"not an RSS or Atom feed: not well-formed XML \(syntax error\)")], 0),
    ("feed-xml-not-feed", "m_sitemap.xml",
     b"<?xml version='1.0'?><urlset><url><loc>https://x.example/</loc></url></urlset>",
     [("", "not an RSS or Atom feed: the root element is <urlset>")], 0),
    ("feed-html", "m_page.atom", page("Port hit"), [("", "not an RSS or Atom feed: an HTML page")], 0),
    ("feed-undated-entry", "m_undated.rss", (DATA / "wire.rss").read_bytes(),
     [("#entry-3", r"entry 3 \('Undated note'\) of the feed has no date: give --published YYYY-MM-DD")], 2),
    ("html-undated", "m_undated.html", page("Ferries suspended"),
     [("", r"no publication date in the page: give --published YYYY-MM-DD")], 0),
    ("html-no-text", "m_nav.html", b"<html><head><title>T</title></head><body><script>x=1</script></body></html>",
     [("", "no main text found in the page")], 0),
    ("warc-cut", "m_cut.warc", _warc_cut,
     [("", r"broken WARC at byte 894: malformed or cut-short record \(AttributeError\); pages read before it: 1")], 1),
    ("warc-not-warc", "m_junk.warc.gz", b"these are not the records you are looking for",
     [("", "not a WARC file: it does not open with 'WARC/'")], 0),
    ("warc-gzip-not-warc", "m_text.warc.gz", lambda: gzip.compress(REPORT.encode()),
     [("", "not a WARC file: it does not open with 'WARC/'")], 0),
    ("warc-undecodable-page", "m_nav.warc",
     lambda: build_warc([Record("https://x.example/", b"<html><body><div></div></body></html>")])[0],
     [("#offset-0", "no main text found in the page")], 0),
]


@pytest.mark.parametrize(
    ("name", "content", "errors", "kept"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_input_is_named_and_the_rest_goes_on(
    tmp_path: Path, name: str, content: bytes | Callable[[], bytes], errors: list[tuple[str, str]], kept: int
) -> None:
    good = _neighbours(tmp_path)
    bad = tmp_path / name
    bad.write_bytes(content() if callable(content) else content)
    items = list(iter_reports([tmp_path]))
    found = [i for i in items if isinstance(i, ReadError)]
    assert [(e.path, e.reason) for e in found if not e.path.startswith(str(bad))] == []
    assert len(found) == len(errors), found
    for err, (suffix, pattern) in zip(found, errors, strict=True):
        assert err.path == f"{bad}{suffix}"
        assert re.fullmatch(pattern, err.reason), err.reason
        assert str(err) == f"{err.path}: {err.reason}"
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == good + kept
    assert sum(1 for a in articles if (a.source or "").startswith(str(bad))) == kept


# --- decoding: detected and decoded, not refused ----------------------------------------------

ENCODED = [
    ("latin-1", "Talks resumed in Zürich on Monday, the café owner said. Señor Pérez attended.", "latin-1"),
    ("cp1252-quotes", "Officials said \u201cwe are close\u201d \u2014 the envoy\u2019s words.", "cp1252"),
    ("cp1251-names", "Officials in Kyiv (Київ) said drones struck Odesa (Одеса) overnight.", "cp1251"),
    ("cp1251-one-name", "Officials in Kyiv said drones struck Odesa overnight, Міністерство said.", "cp1251"),
    ("utf-16", "Officials in Kyiv said drones struck Odesa (Одеса) overnight.", "utf-16"),
    ("utf-8-bom", "Officials said drones struck Odesa — “no injuries”.", "utf-8-sig"),
]


@pytest.mark.parametrize(("text", "encoding"), [c[1:] for c in ENCODED], ids=[c[0] for c in ENCODED])
def test_legacy_encodings_decoded_and_offsets_count_the_decoded_text(
    tmp_path: Path, text: str, encoding: str
) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(f"date: 2025-05-22\n\n{text}".encode(encoding))
    [article] = read_path(path)
    assert article.text == text
    for word in ("Zürich", "Київ", "Одеса", "Міністерство", "\u201cwe are close\u201d"):
        if word in text:
            start = article.text.index(word)
            assert article.text[start:start + len(word)] == word


MIXED = [
    ("stray-byte", "Officials said — “no injuries” in Zürich".encode() + b"\xff.", "Officials said — “no injuries” in Zürichÿ."),
    ("latin1-piece", "Officials in Київ said — ".encode() + b"caf\xe9 \xe9t\xe9.", "Officials in Київ said — café été."),
]


@pytest.mark.parametrize(("data", "text"), [c[1:] for c in MIXED], ids=[c[0] for c in MIXED])
def test_mostly_utf8_keeps_utf8_and_reads_stray_bytes_as_cp1252(tmp_path: Path, data: bytes, text: str) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(b"date: 2025-05-22\n\n" + data)
    [article] = read_path(path)
    assert article.text == text


MOJIBAKE = [
    ("utf8-as-cp1252", "Talks in Zürich resumed, the café owner said — “close”.", "sloppy-windows-1252"),
    ("utf8-as-latin1", "Talks in Zürich resumed, the café owner said — “close”.", "latin-1"),
    ("utf8-as-cp1251", "Officials in Kyiv (Київ) said drones struck Odesa — “no injuries”.", "cp1251"),
]


@pytest.mark.parametrize(("text", "misread"), [c[1:] for c in MOJIBAKE], ids=[c[0] for c in MOJIBAKE])
def test_mojibake_repaired(tmp_path: Path, text: str, misread: str) -> None:
    import ftfy  # noqa: F401 - the repair needs it

    garbled = text.encode("utf-8").decode(misread, "replace")
    assert garbled != text and ("Ã" in garbled or "вЂ" in garbled)
    path = tmp_path / "r.txt"
    path.write_text(" date 2025-05-22 " + garbled, encoding="utf-8")
    [article] = read_path(path)
    assert article.text == text


def test_good_accents_and_quotes_are_not_touched() -> None:
    text = "Señor Pérez met the envoy in Zürich — “a naïve façade”, he said; São Paulo’s mayor agreed."
    assert decode_text("x", text.encode("utf-8")) == text


# --- language, directly -----------------------------------------------------------------------

ENGLISH = [
    "Drones hit Kharkiv.",
    "Zelenskyy met Erdoğan.",
    "Kushner, Witkoff, Dmitriev, Umerov, Sybiha and Fidan met in Istanbul on Friday; Medinsky and "
    "Kyslytsya were in Abu Dhabi with al-Nahyan, while Budanov stayed in Kyiv.",
    "Ukrainian officials said Shahed drones hit Zaporizhzhia, Dnipropetrovsk, Kharkiv and Sumy oblasts, and "
    "the Verkhovna Rada’s speaker Ruslan Stefanchuk said “Слава Україні” at the end.",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_short_and_name_heavy_english_is_english(text: str) -> None:
    assert non_english(text) is None


def test_language_detection_is_deterministic() -> None:
    assert {non_english(UKRAINIAN) for _ in range(5)} == {"uk"}
    assert {non_english(FRENCH) for _ in range(5)} == {"fr"}


def test_bundled_and_shared_reports_are_english(examples_dir: Path, shared_dir: Path) -> None:
    roots = [examples_dir, shared_dir / "corpus"]
    items = list(iter_reports(roots))
    assert len(items) >= 15
    assert all(isinstance(i, Article) for i in items), [i for i in items if isinstance(i, ReadError)]

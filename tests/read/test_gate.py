"""The input gate: one set of checks, the same refusal on every path a report can come by."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from sitrep.read import ReadError, admit, iter_reports
from sitrep.read.gate import RULES, date_problem, json_depth_problem
from sitrep.read.limits import MAX_JSON_DEPTH, MAX_TEXT_CHARS
from sitrep.read.parquet import read_parquet
from sitrep.records import Article
from sitrep.store import open_store
from tests.read.warcs import Record, build_warc, page
from tests.web.conftest import BASE

REPORT = "Drones struck the depot of Examplegrad overnight, officials said on Thursday. Nobody was hurt."
FRENCH = (
    "Les négociations ont repris lundi à Genève, a déclaré le ministère des Affaires étrangères. Les deux "
    "délégations se sont rencontrées pendant trois heures et ont convenu de se revoir la semaine prochaine."
)
LONG = "The convoy was shelled near the bridge, officials said. " * (MAX_TEXT_CHARS // 56 + 1)
TODAY = r"\d{4}-\d\d-\d\d"


# --- the rules, one by one ----------------------------------------------------------------------

# name, text, published, title, the reason (a pattern), or None when the report is let in
RULE_CASES: list[tuple[str, str, date, str | None, str | None]] = [
    ("plain", REPORT, date(2025, 5, 22), "Depot hit", None),
    ("tabs-and-form-feeds", "Drones struck\tthe depot.\f\r\nNobody was hurt, officials said.", date(2025, 5, 22),
     None, None),
    ("just-long-enough", ("The convoy was shelled near the bridge" + "." * 61 + " ") * (MAX_TEXT_CHARS // 100), date(2025, 5, 22), None, None),
    ("run-on-sentence", "Shells fell on the town and " * 200 + "nobody knew why.", date(2025, 5, 22), None,
     "sentence of 5,615 characters: longer than 5,000; split or raise --max-sentence"),
    ("long-but-in-sentences", "Shells fell on the town. " * 400, date(2025, 5, 22), None, None),
    ("bullet-lines", "- a shell fell on the town and the market burned\n" * 200, date(2025, 5, 22), None, None),
    ("huge-title", REPORT, date(2025, 5, 22), "Depot hit " * 300, "title: 3,000 characters, longer than 1,000"),
    ("one-too-many", "a" * (MAX_TEXT_CHARS + 1), date(2025, 5, 22), None,
     "too long: 1,000,001 characters, the limit is 1,000,000; split the report"),
    ("nul", "Drones struck the depot\x00 overnight.", date(2025, 5, 22), None,
     r"NUL character \(U\+0000\) at character 23"),
    ("escape", "Drones struck \x1b[31mthe depot.", date(2025, 5, 22), None, "control character U\\+001B at character 14"),
    ("delete", "Drones struck\x7f the depot.", date(2025, 5, 22), None, "control character U\\+007F at character 13"),
    ("surrogate", "Drones struck \udcff the depot.", date(2025, 5, 22), None,
     r"not valid Unicode: lone surrogate U\+DCFF at character 14"),
    ("title-control", REPORT, date(2025, 5, 22), "Depot\x07 hit", "title: control character U\\+0007 at character 5"),
    ("before-1900", REPORT, date(1800, 1, 1), None, "date 1800-01-01 is before 1900"),
    ("far-future", REPORT, date(2999, 1, 1), None, rf"date 2999-01-01 is in the future \(today is {TODAY}\)"),
    ("french", FRENCH, date(2025, 5, 22), None, r"not English \(detected: fr\)"),
]


@pytest.mark.parametrize(("text", "published", "title", "reason"), [c[1:] for c in RULE_CASES],
                         ids=[c[0] for c in RULE_CASES])
def test_the_rules(text: str, published: date, title: str | None, reason: str | None) -> None:
    article = Article(text=text, published=published, title=title, source="in/r.txt")
    got = admit(article)
    if reason is None:
        assert got == article
    else:
        assert isinstance(got, ReadError) and got.path == "in/r.txt"
        assert re.fullmatch(reason, got.reason), got.reason


def test_rules_are_named_functions_with_an_example() -> None:
    for rule in RULES:
        assert rule.__name__.islower() and rule.__doc__


def test_date_bounds() -> None:
    now = date(2025, 5, 22)
    assert date_problem(date(2025, 5, 23), now=now) is None  # a day ahead: time zones
    assert date_problem(date(1900, 1, 1), now=now) is None
    assert date_problem(date(2025, 5, 24), now=now) == "date 2025-05-24 is in the future (today is 2025-05-22)"
    assert date_problem(date(1899, 12, 31), now=now) == "date 1899-12-31 is before 1900"


def test_a_source_naming_a_file_that_is_not_utf8_is_shown_escaped() -> None:
    got = admit(Article(text=REPORT, published=date(2025, 5, 22), source="in/r\udcff.txt"))
    assert isinstance(got, Article) and got.source == "in/r\\xff.txt"
    got.source.encode("utf-8")


JSON_DEPTHS = [
    ("row", '{"text": "x", "published": "2025-05-22"}', None),
    ("brackets-in-strings", json.dumps({"text": "[[[[" * 100 + "{" * 100}), None),
    ("escaped-quote", json.dumps({"text": 'say \\"[[[[' * 50}), None),
    ("just-deep-enough", "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH, None),
    ("too-deep", "[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1), f"nested deeper than {MAX_JSON_DEPTH} levels"),
    ("hostile", '{"a":' * 100_000 + "1" + "}" * 100_000, f"nested deeper than {MAX_JSON_DEPTH} levels"),
]


@pytest.mark.parametrize(("row", "problem"), [c[1:] for c in JSON_DEPTHS], ids=[c[0] for c in JSON_DEPTHS])
def test_json_depth(row: str, problem: str | None) -> None:
    assert json_depth_problem(row) == problem


# --- every path: the same refusal -----------------------------------------------------------------

def _text_file(tmp: Path, text: str, published: str) -> list[Article | ReadError]:
    path = tmp / "r.txt"
    path.write_bytes(f"date: {published}\n\n{text}".encode())
    return list(iter_reports([path]))


def _jsonl(tmp: Path, text: str, published: str) -> list[Article | ReadError]:
    path = tmp / "r.jsonl"
    path.write_text(json.dumps({"id": "x", "published": published, "text": text}) + "\n")
    return list(iter_reports([path]))


def _feed(tmp: Path, text: str, published: str) -> list[Article | ReadError]:
    path = tmp / "r.rss"
    day = date.fromisoformat(published)
    stamp = f"{day.strftime('%a')}, {day.day:02d} {day.strftime('%b')} {day.year} 08:00:00 GMT"
    path.write_text(f"<rss version='2.0'><channel><title>W</title><item><title>Depot</title><pubDate>{stamp}"
                    f"</pubDate><description>{html.escape(text)}</description></item></channel></rss>")
    return list(iter_reports([path]))


def _html_page(tmp: Path, text: str, published: str) -> list[Article | ReadError]:
    path = tmp / "r.html"
    path.write_bytes(page("Depot", published=f"{published}T08:00:00Z", body=f"<p>{html.escape(text)}</p>"))
    return list(iter_reports([path]))


def _warc(tmp: Path, text: str, published: str) -> list[Article | ReadError]:
    path = tmp / "r.warc"
    body = page("Depot", published=f"{published}T08:00:00Z", body=f"<p>{html.escape(text)}</p>")
    path.write_bytes(build_warc([Record("https://x.example/depot", body)])[0])
    return list(iter_reports([path]))


def _parquet(tmp: Path, text: str, published: str) -> list[Article | ReadError]:
    path = tmp / "r.parquet"
    pq.write_table(pa.Table.from_pylist([{"id": "x", "published": published, "text": text}]), path)
    return list(read_parquet(path))


def _post(tmp: Path, text: str, published: str) -> list[Article | ReadError]:
    from sitrep.web.app import Settings, create_app

    db = str(tmp / "s.db")
    app = create_app(Settings(db=db, ingest=True, token="t0ken"), extractor=lambda a: [])
    with TestClient(app, client=("127.0.0.1", 5000), base_url=BASE) as c:
        r = c.post("/api/reports", json={"text": text, "published": published},
                   headers={"Authorization": "Bearer t0ken"})
    if r.status_code != 201:
        return [ReadError("POST /api/reports", r.json()["error"])]
    with open_store(db) as st:
        return [st.article(r.json()["article"]) or ReadError("POST /api/reports", "not stored")]


PATHS: dict[str, Callable[[Path, str, str], list[Article | ReadError]]] = {
    "text": _text_file, "jsonl": _jsonl, "feed": _feed, "html": _html_page, "warc": _warc, "parquet": _parquet,
    "post": _post,
}
# name, text, published, the reason every path gives. HTML parsers drop control characters (XML cannot
# hold them), so pages and crawls are not asked about them; a feed that holds one is also broken XML.
HOSTILE = [
    ("year-1800", REPORT, "1800-01-01", "date 1800-01-01 is before 1900"),
    ("year-2999", REPORT, "2999-01-01", rf"date 2999-01-01 is in the future \(today is {TODAY}\)"),
    ("french", FRENCH, "2025-05-22", r"not English \(detected: fr\)"),
    ("escape", REPORT.replace("overnight", "\x1b[2Jovernight"), "2025-05-22",
     r"control character U\+001B at character 39"),
    ("nul", REPORT.replace("overnight", "\x00overnight"), "2025-05-22",
     r"NUL character \(U\+0000\) at character 39|binary file"),
]
MARKUP_CLEANS = {"html", "warc"}
HOSTILE_PATHS = [pytest.param(path, *case[1:], id=f"{case[0]}-{path}") for case in HOSTILE for path in PATHS
                 if path not in MARKUP_CLEANS or case[0] not in ("escape", "nul")]


@pytest.mark.parametrize(("path", "text", "published", "reason"), HOSTILE_PATHS)
def test_every_path_refuses_alike(tmp_path: Path, path: str, text: str, published: str, reason: str) -> None:
    item = PATHS[path](tmp_path, text, published)[0]
    assert isinstance(item, ReadError), item
    assert re.fullmatch(reason, item.reason), item.reason


@pytest.mark.parametrize("path", list(PATHS))
def test_every_path_lets_a_good_report_in(tmp_path: Path, path: str) -> None:
    [item] = PATHS[path](tmp_path, REPORT, "2025-05-22")
    assert isinstance(item, Article), item
    assert REPORT in item.text and item.published == date(2025, 5, 22)


@pytest.mark.parametrize("path", [p for p in PATHS if p != "post"])  # a post's text is bounded by its schema
def test_a_report_longer_than_the_pipeline_reads_is_refused_on_every_path(tmp_path: Path, path: str) -> None:
    [item] = PATHS[path](tmp_path, LONG, "2025-05-22")
    assert isinstance(item, ReadError)
    assert re.fullmatch(r"too long: 1,0\d\d,\d\d\d characters, the limit is 1,000,000; split the report", item.reason)

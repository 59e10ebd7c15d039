"""TIMEX3 values of made-up time expressions: (publication date, expression, tense, type, value, mod,
quant), worked out by hand from TimeML's conventions and the calendar, not from the code.

Calendar facts used: 2025-05-22 is a Thursday in ISO week 2025-W21 (Monday 19 .. Sunday 25 May);
2025-01-09 is a Thursday; the fourth quarter of 2024 began on 2024-10-01, 108 days before it.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.time.timeml import to_timeml
from sitrep.nlp.time.timex import resolve
from sitrep.nlp.time.value import find_values, names_no_time, timex, timex_extent

THU = "2025-05-22"
JAN = "2025-01-09"

# (published, expression, tense, type, value, mod, quant)
CASES = [
    # durations: a count and a unit, clock units after T, vague counts as X
    (THU, "three years", "past", "DURATION", "P3Y", None, None),
    (THU, "48 hours", "past", "DURATION", "PT48H", None, None),
    (THU, "ten minutes", "past", "DURATION", "PT10M", None, None),
    (THU, "for six weeks", "past", "DURATION", "P6W", None, None),
    (THU, "two days", "past", "DURATION", "P2D", None, None),
    (THU, "several months", "past", "DURATION", "PXM", None, None),
    (THU, "a few days", "past", "DURATION", "PXD", None, None),
    (THU, "years", "past", "DURATION", "PXY", None, None),
    (THU, "decades", "past", "DURATION", "PXDE", None, None),
    (THU, "a decade", "past", "DURATION", "P1DE", None, None),
    (THU, "a two-year", "past", "DURATION", "P2Y", None, None),
    (THU, "a 90-day", "past", "DURATION", "P90D", None, None),
    (THU, "the past week", "past", "DURATION", "P1W", None, None),
    (THU, "the past three years", "past", "DURATION", "P3Y", None, None),
    (THU, "the next two months", "future", "DURATION", "P2M", None, None),
    (THU, "the first six months", "past", "DURATION", "P6M", None, None),
    (THU, "the eight days", "past", "DURATION", "P8D", None, None),
    (THU, "an additional year", "future", "DURATION", "P1Y", None, None),
    (THU, "recent weeks", "past", "DURATION", "PXW", None, None),
    (THU, "the weeks ahead", "future", "DURATION", "PXW", None, None),
    (THU, "about four hours", "past", "DURATION", "PT4H", "APPROX", None),
    (THU, "almost two years", "past", "DURATION", "P2Y", "LESS_THAN", None),
    (THU, "more than 30 days", "past", "DURATION", "P30D", "MORE_THAN", None),
    (THU, "twenty-one days", "past", "DURATION", "P21D", None, None),
    (THU, "the last twenty four hours", "past", "DURATION", "PT24H", None, None),
    (THU, "a six-month-old", "past", "DURATION", "P6M", None, None),
    (THU, "two quarters", "past", "DURATION", "P2Q", None, None),
    # sets: one period, repeated
    (THU, "every day", "present", "SET", "P1D", None, "EVERY"),
    (THU, "each week", "present", "SET", "P1W", None, "EVERY"),
    (THU, "every two years", "present", "SET", "P2Y", None, "EVERY"),
    (THU, "every six hours", "present", "SET", "PT6H", None, "EVERY"),
    (THU, "daily", "present", "SET", "P1D", None, None),
    (THU, "weekly", "present", "SET", "P1W", None, None),
    (THU, "annually", "present", "SET", "P1Y", None, None),
    (THU, "hourly", "present", "SET", "PT1H", None, None),
    (THU, "twice a month", "present", "SET", "P1M", None, None),
    (THU, "three times a week", "present", "SET", "P1W", None, None),
    (THU, "every Monday", "present", "SET", "XXXX-WXX-1", None, "EVERY"),
    (THU, "each Friday", "present", "SET", "XXXX-WXX-5", None, "EVERY"),
    (THU, "on Sundays", "present", "SET", "XXXX-WXX-7", None, None),
    (THU, "Tuesday nights", "present", "SET", "XXXX-WXX-2TNI", None, None),
    # clock times and parts of the day, on the day named or (said) the publication day
    (THU, "8 p.m.", "past", "TIME", "2025-05-22T20:00", None, None),
    (THU, "10:30 a.m.", "past", "TIME", "2025-05-22T10:30", None, None),
    (THU, "at 21:15", "past", "TIME", "2025-05-22T21:15", None, None),
    (THU, "noon", "past", "TIME", "2025-05-22T12:00", None, None),
    (THU, "midnight", "past", "TIME", "2025-05-22T24:00", None, None),
    (THU, "around 6 a.m.", "past", "TIME", "2025-05-22T06:00", "APPROX", None),
    (THU, "noon on Tuesday", "past", "TIME", "2025-05-20T12:00", None, None),
    (THU, "this morning", "past", "TIME", "2025-05-22TMO", None, None),
    (THU, "this afternoon", "past", "TIME", "2025-05-22TAF", None, None),
    (THU, "this evening", "past", "TIME", "2025-05-22TEV", None, None),
    (THU, "tonight", "future", "TIME", "2025-05-22TNI", None, None),
    (THU, "last night", "past", "TIME", "2025-05-21TNI", None, None),
    (THU, "Sunday night", "past", "TIME", "2025-05-18TNI", None, None),
    (THU, "on Tuesday morning", "past", "TIME", "2025-05-20TMO", None, None),
    (THU, "yesterday afternoon", "past", "TIME", "2025-05-21TAF", None, None),
    (THU, "overnight", "past", "TIME", "2025-05-21TNI", None, None),
    # the present, the past, the future in general
    (THU, "now", "present", "DATE", "PRESENT_REF", None, None),
    (THU, "currently", "present", "DATE", "PRESENT_REF", None, None),
    (THU, "at the moment", "present", "DATE", "PRESENT_REF", None, None),
    (THU, "recently", "past", "DATE", "PAST_REF", None, None),
    (THU, "in the past", "past", "DATE", "PAST_REF", None, None),
    (THU, "in the future", "future", "DATE", "FUTURE_REF", None, None),
    (THU, "the near term", "future", "DATE", "FUTURE_REF", None, None),
    (THU, "several years ago", "past", "DATE", "PAST_REF", None, None),
    (THU, "a few months earlier", "past", "DATE", "PAST_REF", None, None),
    (THU, "just weeks ago", "past", "DATE", "PAST_REF", None, None),
    (THU, "only six months", "past", "DURATION", "P6M", None, None),
    (THU, "barely a week", "past", "DURATION", "P1W", None, None),
    (THU, "a few minutes", "past", "DURATION", "PTXM", None, None),
    # calendar units, with the part of them the words name
    (THU, "yesterday", "past", "DATE", "2025-05-21", None, None),
    (THU, "on Monday", "past", "DATE", "2025-05-19", None, None),
    (THU, "last week", "past", "DATE", "2025-W20", None, None),
    (THU, "late last week", "past", "DATE", "2025-W20", "END", None),
    (THU, "last month", "past", "DATE", "2025-04", None, None),
    (THU, "early last month", "past", "DATE", "2025-04", "START", None),
    (THU, "in late November", "past", "DATE", "2024-11", "END", None),
    (THU, "mid-February", "past", "DATE", "2025-02", "MID", None),
    (THU, "early 2023", "past", "DATE", "2023", "START", None),
    (THU, "in 2019", "past", "DATE", "2019", None, None),
    (THU, "three days ago", "past", "DATE", "2025-05-19", None, None),
    (THU, "April 3", "past", "DATE", "2025-04-03", None, None),
    (THU, "next year", "future", "DATE", "2026", None, None),
    # seasons, quarters, halves, decades, centuries
    (THU, "last summer", "past", "DATE", "2024-SU", None, None),
    (THU, "next spring", "future", "DATE", "2026-SP", None, None),
    (THU, "the winter of 2021", "past", "DATE", "2021-WI", None, None),
    (THU, "the third quarter", "future", "DATE", "2025-Q3", None, None),
    (JAN, "the fourth quarter", "past", "DATE", "2024-Q4", None, None),
    # a quarter without a year: publication's, unless it begins more than six months later
    ("2025-10-27", "the first quarter", "past", "DATE", "2025-Q1", None, None),
    ("2025-11-03", "the fiscal second quarter", "past", "DATE", "2025-Q2", None, None),
    ("2025-03-10", "the fourth quarter", "past", "DATE", "2024-Q4", None, None),
    ("2025-04-10", "the fourth quarter", "past", "DATE", "2025-Q4", None, None),
    (THU, "the second half", "past", "DATE", "2025-H2", None, None),
    # the coming weeks and months: the future in general
    (THU, "in the coming months", "future", "DATE", "FUTURE_REF", None, None),
    (THU, "coming quarters", "future", "DATE", "FUTURE_REF", None, None),
    (THU, "at a later date", "future", "DATE", "FUTURE_REF", None, None),
    (THU, "by year-end", "future", "DATE", "2025-12-31", None, None),
    # the NER cuts "at" off "at least": "least 30 days" is still a length, at least that long
    (THU, "least 30 days", "past", "DURATION", "P30D", "MORE_THAN", None),
    (THU, "least several years", "past", "DURATION", "PXY", "MORE_THAN", None),
    (THU, "at year's end", "past", "DATE", "2025-12-31", None, None),
    (THU, "the second half of 2026", "future", "DATE", "2026-H2", None, None),
    (THU, "Q1 2024", "past", "DATE", "2024-Q1", None, None),
    (THU, "the current quarter", "present", "DATE", "2025-Q2", None, None),
    (THU, "the latest quarter", "past", "DATE", "2025-Q1", None, None),
    (JAN, "the latest quarter", "past", "DATE", "2024-Q4", None, None),
    (THU, "the 1970s", "past", "DATE", "197", None, None),
    (THU, "the early 1960s", "past", "DATE", "196", "START", None),
    (THU, "the eighties", "past", "DATE", "198", None, None),
    (THU, "the '50s", "past", "DATE", "195", None, None),
    (THU, "the 18th century", "past", "DATE", "17", None, None),
    (THU, "the twentieth century", "past", "DATE", "19", None, None),
]


@pytest.mark.parametrize(("published", "expr", "tense", "kind", "value", "mod", "quant"), CASES)
def test_timex_value(published: str, expr: str, tense: str, kind: str, value: str, mod: str | None,
                     quant: str | None) -> None:
    pub = date.fromisoformat(published)
    got = timex(expr, resolve(expr, pub, tense=tense), pub)
    assert (got.type, got.value, got.mod, got.quant) == (kind, value, mod, quant)


@pytest.mark.parametrize(("expr", "label", "kind"), [
    ("the week", "DATE", "DATE"),  # no count, no value: never a guess
    ("the meantime", "TIME", "TIME"),
])
def test_unread_keeps_type_and_no_value(expr: str, label: str, kind: str) -> None:
    got = timex(expr, None, date(2025, 5, 22), label)
    assert (got.type, got.value) == (kind, None)


def test_clock_time_says_it_took_publication_day() -> None:
    assert timex("8 p.m.", None, date(2025, 5, 22)).anchor == "publication"
    pub = date(2025, 5, 22)
    assert timex("8 p.m. Monday", resolve("8 p.m. Monday", pub), pub).anchor is None


@pytest.mark.parametrize(("text", "found"), [
    ("Prices are now falling.", ["now"]),
    ("The ferry runs daily and stops every two weeks.", ["daily", "every two weeks"]),
    ("Officials meet twice a year, recently at 8 p.m.", ["twice a year", "recently", "8 p.m."]),
    ("In the future the council will vote each Monday.", ["In the future", "each Monday"]),
    ("Nothing here is a time.", []),
])
def test_find_values(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in find_values(text)] == found


@pytest.mark.parametrize(("expr", "extent"), [
    ("since 1990", "1990"),
    ("in the future", "the future"),
    ("just last month", "last month"),
    ("last year's", "last year"),
    ("on Sunday night", "Sunday night"),
    ("within 18 months", "within 18 months"),
    ("in", "in"),
])
def test_timex_extent(expr: str, extent: str) -> None:
    s, e = timex_extent(expr, 0, len(expr))
    assert expr[s:e] == extent


def test_timeml_document() -> None:
    text = "Talks resume on Monday & run daily."
    mentions = [
        {"start": 13, "end": 22, "timex_start": 16, "timex_end": 22, "type": "DATE", "timex_value": "2025-05-26"},
        {"start": 29, "end": 34, "type": "SET", "timex_value": "P1D", "mod": None, "quant": None},
    ]
    out = to_timeml(text, date(2025, 5, 22), mentions, "talks")
    assert '<DCT><TIMEX3 tid="t0" type="DATE" value="2025-05-22"' in out
    assert ('<TEXT>Talks resume on <TIMEX3 tid="t1" type="DATE" value="2025-05-26">Monday</TIMEX3> &amp; run '
            '<TIMEX3 tid="t2" type="SET" value="P1D">daily</TIMEX3>.</TEXT>') in out


def test_time_mentions_give_timex_and_timeml(extractor, tmp_path):
    from click.testing import CliRunner

    from sitrep.api import time_mentions
    from sitrep.cli import main
    from sitrep.records import Article

    text = ("The firm reports quarterly earnings. Shelling has now eased, but patrols run every day "
            "and the curfew of three weeks starts at 9 p.m. on Sunday.")
    rows = {r["text"]: r for r in time_mentions(Article(text, date(2025, 5, 22)), extractor=extractor)}
    assert "quarterly" not in rows  # an adjective: no time
    assert (rows["now"]["type"], rows["now"]["timex_value"]) == ("DATE", "PRESENT_REF")
    assert (rows["every day"]["type"], rows["every day"]["quant"]) == ("SET", "EVERY")
    assert next(r for t, r in rows.items() if "three weeks" in t)["timex_value"] == "P3W"
    for r in rows.values():
        assert text[r["timex_start"]:r["timex_end"]] in r["text"]

    p = tmp_path / "r.txt"
    p.write_text(f"date: 2025-05-22\n\n{text}")
    result = CliRunner().invoke(main, ["times", str(p), "--format", "timeml"])
    assert result.exit_code == 0, result.output
    assert '<TIMEX3 tid="t1" type="DATE" value="PRESENT_REF">now</TIMEX3>' in result.stdout
    assert 'functionInDocument="CREATION_TIME">2025-05-22</TIMEX3></DCT>' in result.stdout


@pytest.mark.parametrize(("expr", "timeless"), [
    ("52 years old", True), ("seven years old", True), ("a 40-year-old", True), ("annual", True),
    ("seasonally", True), ("two years", False), ("an 8-month-old strike", False), ("last year", False),
])
def test_names_no_time(expr: str, timeless: bool) -> None:
    assert names_no_time(expr) is timeless

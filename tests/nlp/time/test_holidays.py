"""Named days: the data files' integrity, and made-up expressions resolved to their day.

Calendar facts used (worked out by hand, not from the code): Easter Sunday fell on 31 March 2024,
20 April 2025, 5 April 2026 and 16 April 2028; Orthodox Easter on 5 May 2024 and 20 April 2025;
US Thanksgiving on 28 November 2024 and 27 November 2025; US Election Day on 5 November 2024 and
3 November 2026; Ramadan 2024 began on 11 March and Eid al-Fitr was on 10 April 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.lexicon import read_tsv
from sitrep.nlp.time.holidays import (
    easter,
    election_day,
    independence_days,
    islamic_days,
    orthodox_easter,
    thanksgiving,
)
from sitrep.nlp.time.timex import find_times, resolve

THU = date(2025, 5, 22)


@pytest.mark.parametrize(("rule", "year", "day"), [
    (easter, 2024, date(2024, 3, 31)), (easter, 2025, date(2025, 4, 20)), (easter, 2026, date(2026, 4, 5)),
    (easter, 2028, date(2028, 4, 16)), (orthodox_easter, 2024, date(2024, 5, 5)),
    (orthodox_easter, 2025, date(2025, 4, 20)), (thanksgiving, 2024, date(2024, 11, 28)),
    (thanksgiving, 2025, date(2025, 11, 27)), (election_day, 2024, date(2024, 11, 5)),
    (election_day, 2026, date(2026, 11, 3)),
])
def test_movable_days(rule, year: int, day: date) -> None:
    assert rule(year) == day


def test_easter_is_a_sunday_between_march_22_and_april_25() -> None:
    for y in range(1900, 2100):
        d = easter(y)
        assert d.weekday() == 6 and date(y, 3, 22) <= d <= date(y, 4, 25)
        assert orthodox_easter(y).weekday() == 6 and orthodox_easter(y) >= d


def test_islamic_table_covers_1990_to_2035_and_holds_together() -> None:
    days = islamic_days()
    assert set(range(1990, 2036)) <= set(days)
    for y, named in days.items():
        for name, firsts in named.items():
            assert firsts and all(d.year == y for d in firsts), (y, name)
    ramadans = sorted(d for named in days.values() for d in named["ramadan"])
    fitrs = sorted(d for named in days.values() for d in named["eid_al_fitr"])
    adhas = sorted(d for named in days.values() for d in named["eid_al_adha"])
    for a, b in zip(ramadans, ramadans[1:], strict=False):
        assert 354 <= (b - a).days <= 355  # a lunar year
    for r in ramadans:  # Ramadan lasts 29 or 30 days; Eid al-Adha is 10 Dhu al-Hijja, ~69 days after Eid al-Fitr
        fitr = next(f for f in fitrs if f > r)
        assert 29 <= (fitr - r).days <= 30
        adha = next((a for a in adhas if a > fitr), None)
        assert adha is None or 68 <= (adha - fitr).days <= 71
    assert days[2024]["ramadan"] == [date(2024, 3, 11)] and days[2024]["eid_al_fitr"] == [date(2024, 4, 10)]


def test_independence_table_is_well_formed() -> None:
    rows = read_tsv("holidays/independence.tsv")
    isos = [r[0] for r in rows]
    assert len(isos) == len(set(isos)) and all(len(i) == 3 and i.isupper() for i in isos)
    for iso, md, name in rows:
        date(2024, int(md[:2]), int(md[3:]))  # a real day of a leap year
        assert md[2] == "-" and name, iso
    assert independence_days()["ukraine"] == (8, 24) and independence_days()["ukrainian"] == (8, 24)


# (published, expression, tense, day) for invented sentences' named days
CASES = [
    (THU, "at Easter", "past", date(2025, 4, 20)),
    (THU, "over Easter", "future", date(2026, 4, 5)),
    (THU, "on Easter Sunday 2028", "past", date(2028, 4, 16)),
    (THU, "on Good Friday", "past", date(2025, 4, 18)),
    (THU, "Easter Monday", "past", date(2025, 4, 21)),
    (THU, "Orthodox Easter", "past", date(2025, 4, 20)),
    (THU, "on Thanksgiving", "future", date(2025, 11, 27)),
    (THU, "Thanksgiving Day", "past", date(2024, 11, 28)),
    (THU, "on Election Day", "past", date(2024, 11, 5)),
    (THU, "Election Day 2026", "future", date(2026, 11, 3)),
    (THU, "on Orthodox Christmas", "past", date(2025, 1, 7)),
    (THU, "at Nowruz", "past", date(2025, 3, 21)),
    (THU, "Christmas Eve", "past", date(2024, 12, 24)),
    (THU, "on Christmas Day", "future", date(2025, 12, 25)),
    (THU, "New Year's Day", "past", date(2025, 1, 1)),
    (date(2024, 5, 2), "during Ramadan", "past", date(2024, 3, 11)),
    (date(2024, 5, 2), "on Eid al-Fitr", "past", date(2024, 4, 10)),
    (THU, "Ukraine's Independence Day", "future", date(2025, 8, 24)),
    (THU, "Ghana's Independence Day", "past", date(2025, 3, 6)),
    (THU, "Mexican Independence Day", "past", date(2024, 9, 16)),
    (THU, "on Independence Day in Kenya", "past", date(2024, 12, 12)),
]


@pytest.mark.parametrize(("published", "expr", "tense", "day"), CASES)
def test_named_day(published: date, expr: str, tense: str, day: date) -> None:
    w = resolve(expr, published, tense=tense)
    assert w is not None and (w.start, w.end, w.value) == (day, day, day.isoformat())


@pytest.mark.parametrize(("published", "expr"), [
    (THU, "Independence Day"), (THU, "Freedonia's Independence Day"), (date(2060, 2, 1), "Eid al-Fitr"),
])
def test_named_day_without_a_date_is_no_guess(published: date, expr: str) -> None:
    assert resolve(expr, published) is None


@pytest.mark.parametrize(("text", "found"), [
    ("Parades marked Ukraine's Independence Day in the capital.", ["Ukraine's Independence Day"]),
    ("Shops closed for Eid al-Adha and reopened after Nowruz.", ["Eid al-Adha", "Nowruz"]),
    ("The count ended on Election Day 2020 at dawn.", ["Election Day 2020"]),
    ("An Independence Day parade was held.", ["Independence Day"]),
    ("Troops in the eastern hills held a Maytime fair.", []),  # "easter" inside a word is no Easter
])
def test_named_days_found(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in find_times(text)] == found

"""The court probe (``court_probe_cases.py``): for each invented report, the ``arrest`` records a
careful coder makes (how many, with what status) and the count of people detained; rows sitrep
does not read right yet are marked."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from sitrep.records import Article
from tests.nlp.court_probe_cases import CASES

# rows sitrep does not read right yet, by their opening words
GAPS: tuple[str, ...] = ()


def _status_problems(events, statuses: str) -> list[str]:
    if statuses == "-":
        return [] if not events else [f"records {[e.type for e in events]}"]
    got = Counter(e.status for e in events if e.type.split(".")[0] == "arrest")
    required = Counter(s for s in statuses.split() if not s.endswith("?"))
    allowed = Counter(s.rstrip("?") for s in statuses.split())
    fits = not (required - got) and not (got - allowed)
    return [] if fits else [f"arrest statuses {dict(got)}"]


def _problems(events, statuses: str, detained: int | None) -> list[str]:
    out = _status_problems(events, statuses)
    counts = [q.value for e in events for q in e.quantities if q.role == "detained"]
    if detained is not None and detained not in counts:
        out.append(f"detained {counts}")
    return out


def _params():
    for text, statuses, detained in CASES:
        marks = [pytest.mark.xfail(strict=False)] if text.startswith(GAPS) else []
        yield pytest.param(text, statuses, detained, marks=marks, id=text[:48])


@pytest.mark.parametrize(("text", "statuses", "detained"), list(_params()))
def test_the_court_probe(extractor, text, statuses, detained):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    assert _problems(events, statuses, detained) == []


def _arrests(extractor, text: str):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    return [e for e in events if e.type == "arrest"]


# (text, the statuses of its arrest records, in order of telling)
STATUS_CASES = [
    # an arrest verb joined by "and" to the serving of a warrant tells the act done
    ("Deputies served a search warrant at a Joplin home on Monday and arrested three people.", ["occurred"]),
    ("Officers executed a warrant at the apartment Tuesday and detained the tenant.", ["occurred"]),
    # a sentencing set or scheduled is a court act planned, beside the plea done
    ("A Dubuque woman pleaded guilty Monday to forgery. A judge set sentencing for Sept. 3.",
     ["occurred", "planned"]),
    ("Sentencing is scheduled for Oct. 2.", ["planned"]),
    ("The judge postponed sentencing.", []),
    # "gets N years for" is a sentence handed down
    ("Kokomo man gets 15 years for armed robbery", ["occurred"]),
    ("A Tupelo woman got five years of probation for embezzlement on Monday.", ["occurred"]),
    ("The library gets 20 years of funding for its new wing.", []),
    ("He got three years of experience before he joined the force.", []),
]


@pytest.mark.parametrize(("text", "statuses"), STATUS_CASES, ids=[t[:40] for t, _ in STATUS_CASES])
def test_court_acts_and_their_status(extractor, text, statuses):
    assert [e.status for e in _arrests(extractor, text)] == statuses


def test_a_day_set_for_sentencing_dates_no_past_act(extractor):
    """"set sentencing for Aug. 14": the day set is ahead, never last year's Aug. 14."""
    dates = [e.date.start for e in _arrests(extractor, "The judge set sentencing for Aug. 14.") if e.date]
    assert dates and all(d is not None and d >= "2025-05-22" for d in dates)


# (text, the count of people detained the arrest record carries, or None for no arrest record)
FATE_NOUN_CASES = [
    ("A weekend sweep by marshals in Hattiesburg ended with 27 arrests, officials said.", 27),
    ("Police made two arrests after the brawl outside a Joplin bar on Saturday.", 2),
    ("Arrests for shoplifting fell 15 percent last year, the sheriff said.", None),
    ("Burglaries and arrests both dropped by a third in 2024.", None),
]


@pytest.mark.parametrize(("text", "detained"), FATE_NOUN_CASES, ids=[t[:40] for t, _ in FATE_NOUN_CASES])
def test_arrests_counted_and_arrests_as_a_trend(extractor, text, detained):
    arrests = _arrests(extractor, text)
    if detained is None:
        assert arrests == []
    else:
        assert [q.value for e in arrests for q in e.quantities if q.role == "detained"] == [detained]


# (text, the dates of its arrest records): acts joined by "and", each with a day of its own, are one record a day
DAYS_APART_CASES = [
    ("He was arrested Friday and charged on Monday with arson.", ["2025-05-16", "2025-05-19"]),
    ("Police arrested a Joplin man on Friday and charged him Saturday.", ["2025-05-16", "2025-05-17"]),
    ("Police arrested a Joplin man on Friday and charged him with theft.", ["2025-05-16"]),
    ("Deputies arrested two men Tuesday and booked them into the county jail.", ["2025-05-20"]),
]


@pytest.mark.parametrize(("text", "days"), DAYS_APART_CASES, ids=[t[:40] for t, _ in DAYS_APART_CASES])
def test_acts_joined_on_days_apart(extractor, text, days):
    assert sorted(e.date.start for e in _arrests(extractor, text) if e.date) == days

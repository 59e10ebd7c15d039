"""One event told twice with nested windows ("this week", then "on Tuesday") takes the narrower one."""

from __future__ import annotations

import pytest

from sitrep.nlp.events.fold import _the_narrower_day
from sitrep.records import DateWindow, Event

# (text, the type, the day it happened); published Thursday 2025-05-22
NESTED = [
    ("Gunmen attacked a market in Velmora this week, killing four people. On Tuesday, gunmen attacked the market "
     "in Velmora, police said.", "attack.civilians", "2025-05-20"),
    ("Drones struck the power plant in Dunmarsk overnight, officials said. The drone attack on the plant in "
     "Dunmarsk on Thursday cut power to 5,000 homes.", "attack.drone", "2025-05-22"),
    ("Rebels shelled Oskavel this week. The shelling of Oskavel on Monday killed two civilians.",
     "attack.artillery", "2025-05-19"),
    ("Police arrested three men in Treligo last week. The men were arrested on May 14 in Treligo.",
     "arrest", "2025-05-14"),
]


@pytest.mark.parametrize(("text", "etype", "day"), NESTED)
def test_the_narrower_of_two_nested_windows(events_of, text, etype, day):
    found = [e for e in events_of(text) if e.type == etype]
    assert len(found) == 1
    assert (found[0].date.start, found[0].date.end) == (day, day)


def _ev(start, end, text):
    return Event(type="attack.ground", status="occurred", date=DateWindow(start, end, "day", text), location=None)


WINDOWS = [
    (("2025-05-19", "2025-05-25", "this week"), ("2025-05-20", "2025-05-20", "Tuesday"), True),
    (("2025-05-21", "2025-05-22", "overnight"), ("2025-05-22", "2025-05-22", "on Thursday"), True),
    # the same window, a wider one, or one apart: nothing to narrow
    (("2025-05-20", "2025-05-20", "Tuesday"), ("2025-05-20", "2025-05-20", "May 20"), False),
    (("2025-05-20", "2025-05-20", "Tuesday"), ("2025-05-19", "2025-05-25", "this week"), False),
    (("2025-05-12", "2025-05-18", "last week"), ("2025-05-20", "2025-05-20", "Tuesday"), False),
    # a day the publication gave, not words of the report, never narrows
    (("2025-05-19", "2025-05-25", "this week"), ("2025-05-22", "2025-05-22", None), False),
]


@pytest.mark.parametrize(("into", "other", "narrows"), WINDOWS)
def test_which_windows_narrow(into, other, narrows):
    assert _the_narrower_day(_ev(*into), _ev(*other)) == narrows

"""A present perfect takes no past time of its own: "police have arrested a man in the shooting of a woman
last month" dates the shooting, not the arrest. Every sentence is invented; published on a Thursday."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 1, 16)

# (text, the day the arrest record must have)
CASES = [
    ("Velden police have arrested a man in connection with the fatal shooting of a woman last month. "
     "The man was taken into custody on Monday, police said.", "2025-01-13"),
    ("Police have arrested a man in the stabbing of a teenager last week.", "2025-01-16"),
    # no phrase between the verb and its time: the time is the arrest's
    ("Police have arrested a man on Monday in Velden.", "2025-01-13"),
    ("Police arrested a man on Monday in connection with the shooting of a woman.", "2025-01-13"),
]


@pytest.mark.parametrize("text,day", CASES)
def test_the_day_of_an_arrest_told_in_the_perfect(parse, text, day):
    arrests = [e for e in parse(text, PUBLISHED)._.events if e.type == "arrest"]
    assert arrests and all(e.date.start == day for e in arrests), [(e.date.start, e.date.text) for e in arrests]

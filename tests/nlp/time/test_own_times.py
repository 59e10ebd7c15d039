"""Acts told with their own time: dates that head the entries of a chronology (``finder.heads_an_entry``,
``finder.the_next_in_a_chronology``), a perfect running from a day of the story's own week
(``triggers.a_perfect_of_background``) and an arrest made when the custody told with it began
(``when.the_day_held_since``).

Every text is invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.mentions import TimeMention
from sitrep.nlp.time.finder import heads_an_entry, paragraph_starts, the_next_in_a_chronology
from sitrep.nlp.time.timex import resolve

# (text, the expression, whether it heads an entry)
HEAD_CASES = [
    ("Dec. 11, 2007: A man stabbed a guard.", "Dec. 11, 2007", True),
    ("Key dates\n\nMarch 2 - Rebels seized the town.", "March 2", True),
    ("Key dates\n\nMarch 2 \u2014 Rebels seized the town.", "March 2", True),
    ("Key dates\n\nOn March 2, rebels seized the town.", "March 2", False),  # not alone at the head
    ("March 2 was a day the town remembers.", "March 2", False),  # no colon or dash after it
]


@pytest.mark.parametrize(("text", "words", "heads"), HEAD_CASES)
def test_a_date_heads_an_entry(text, words, heads):
    s = text.index(words)
    assert heads_an_entry(text, paragraph_starts(text), s, s + len(words)) is heads


def _entry(words: str, published: date) -> TimeMention:
    window = resolve(words, published, tense="past")
    assert window is not None
    return TimeMention(0, len(words), words, window, 0, None, "publication", heads_entry=True)


# (published, the entry before, this entry's date, the day it is read as)
NEXT_CASES = [
    # a year-less date after an entry of an older year: the first such date after it
    (date(2009, 6, 10), "Dec. 11, 2007", "March 2", "2008-03-02"),
    (date(2009, 6, 10), "Nov. 3, 2007", "Feb. 9", "2008-02-09"),
    # the last such date before publication is already after the entry before: it stays
    (date(2009, 6, 10), "Jan. 4, 2009", "March 2", "2009-03-02"),
    (date(2009, 1, 20), "Dec. 28, 2008", "Jan. 5", "2009-01-05"),
    # a date written with its year keeps it
    (date(2009, 6, 10), "Dec. 11, 2007", "March 2, 2009", "2009-03-02"),
]


@pytest.mark.parametrize(("published", "before", "words", "day"), NEXT_CASES)
def test_the_next_entry_runs_forward(published, before, words, day):
    window = resolve(words, published, tense="past")
    assert window is not None
    got = the_next_in_a_chronology(words, window, _entry(before, published), published)
    assert got.start is not None and got.start.isoformat() == day


def test_with_no_entry_before_a_date_stays():
    published = date(2009, 6, 10)
    window = resolve("March 2", published, tense="past")
    assert window is not None
    assert the_next_in_a_chronology("March 2", window, None, published) == window


THU = date(2021, 3, 18)

# (text, the type of the record it makes or None): a perfect "since" a day of the story's own week is its news
SINCE_CASES = [
    ("Two activists have been detained since Monday without charge, a rights group said.", "arrest"),
    ("Fighting has raged around the town of Ostrel since Sunday, residents said.", "attack.ground"),
    ("Protesters have blocked the main road into Dallin since Monday.", "protest.demonstration"),
    # a season, a year or an act that the perfect runs from is its background
    ("Rebels have shelled the town since the spring.", None),
    ("The war has killed thousands since 2019.", None),
    ("Police have detained hundreds of people since the coup.", None),
    ("The port has been struck repeatedly since Monday.", None),  # many strikes, no one act
]


@pytest.mark.parametrize(("text", "etype"), SINCE_CASES)
def test_a_perfect_since_a_day_of_the_week(parse, text, etype):
    doc = parse(text, THU)
    types = [e.type for e in doc._.events]
    assert types == ([etype] if etype else [])


# (text, the type of the record): a present passive in a dated entry is the chronology's present, an act
ENTRY_CASES = [
    ("The case\n\nMarch 12: The suspect is sentenced to 12 years in prison.", ["arrest"]),
    ("The suspect is sentenced to 12 years in prison.", []),  # a present passive alone: a state
]


@pytest.mark.parametrize(("text", "types"), ENTRY_CASES)
def test_a_present_passive_in_a_dated_entry(parse, text, types):
    doc = parse(text, THU)
    assert [e.type for e in doc._.events] == types


DEC = date(2019, 12, 10)

# (text, the arrest's date window): an arrest with no time of its own, made when the custody told with it began
# (``when.the_day_held_since``)
HELD_CASES = [
    ("The journalist was arrested in Varnby. He has been held since Oct. 12.", ("2019-10-12", "2019-10-12")),
    ("The journalist was arrested and has been held since October.", ("2019-10-01", "2019-10-31")),
    ("Police have detained 40 people since Monday.", ("2019-12-09", "2019-12-10")),  # arrests made since: a span
    ("The journalist was arrested in Varnby. His paper has been closed since Oct. 12.", ("2019-12-10", "2019-12-10")),
]


@pytest.mark.parametrize(("text", "window"), HELD_CASES)
def test_an_arrest_made_when_the_custody_began(parse, text, window):
    doc = parse(text, DEC)
    arrests = [e for e in doc._.events if e.type == "arrest"]
    assert [(e.date.start, e.date.end) for e in arrests] == [window]

"""A length of time before or after a thing the sentence names ("a day before a summit") is counted from
that thing, not from the last day the story set: it dates nothing and sets no day for what follows."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

# (text, an expression of it, is it read as a time of the story)
CASES = [
    ("The mayor was shot on Monday. It came a day before a summit on the war in Oslo.", "a day before", False),
    ("The envoy left on Monday, two days before the talks opened.", "two days before", False),
    ("Rebels took the pass on Monday, a week after the truce collapsed.", "a week after", False),
    # with nothing after it, it counts from the story's last day
    ("Rebels shelled the port on May 10. Troops had left the town the day before.", "the day before", True),
    ("Rebels shelled the port on May 10. A day later, troops stormed the town.", "A day later", True),
]


@pytest.mark.parametrize(("text", "expr", "kept"), CASES)
def test_a_length_before_a_named_thing_dates_nothing(parse, text, expr, kept):
    doc = parse(text)
    assert any(expr in t.text for t in doc._.times) == kept


STORY = [
    # the arrest counts from Monday, the day the story set, not from "the day before" a later meeting; an arrest
    # told after the attack with no day of its own came between the attack and the report
    ("A gunman killed the mayor of Brannock on Monday. It came a day before a summit on the war in Oslo. "
     "Police arrested the gunman's brother.", "arrest", ("2025-05-19", "2025-05-22")),
]


@pytest.mark.parametrize(("text", "etype", "window"), STORY)
def test_the_story_keeps_its_day(extractor, text, etype, window):
    found = [e for e in extractor.extract(Article(text, date(2025, 5, 22))) if e.type == etype]
    assert found and (found[0].date.start, found[0].date.end) == window

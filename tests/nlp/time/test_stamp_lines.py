"""A line of nothing but the times a story was filed or updated dates the story, no act (``a_stamp_line``)."""

from __future__ import annotations

import pytest

from sitrep.nlp.time.finder import a_stamp_line

CASES = [
    ("Headline\n\nBy A. Writer, Bamako\nFriday 14 June 2019 - 10:30 GMT | Updated 15:45 GMT\n\nBody.",
     "Friday 14 June 2019", True),
    ("Headline\n\nTuesday 23 October 2018 07.55 BST | Last modified 19.20 BST\n\nBody.", "19.20 BST", True),
    ("Headline\n\nUpdated at 14:05 GMT, 3 March 2016\n\nBody.", "3 March 2016", True),
    # a line of a chronology, or a sentence, has words of its own
    ("Timeline\n\n12 March: the army entered the town.\n\nBody.", "12 March", False),
    ("Rebels shelled the port on Friday 14 June, officials said.", "Friday 14 June", False),
]


@pytest.mark.parametrize("text,time,stamp", CASES)
def test_a_stamp_line(text, time, stamp):
    s = text.index(time)
    assert a_stamp_line(text, s, s + len(time)) == stamp


def test_a_stamped_headline_is_dated_by_its_body(parse):
    doc = parse("Mortar attack on UN camp in Kidal wounds six peacekeepers\n\nFriday 23 May 2025 - 10:30 GMT\n\n"
                "Six peacekeepers were wounded when mortar shells hit their camp in Kidal on Wednesday evening, "
                "the UN mission said.")
    attacks = [e for e in doc._.events if e.type.startswith("attack")]
    assert [(e.date.start, e.location.name if e.location else None) for e in attacks] == [("2025-05-21", "Kidal")]

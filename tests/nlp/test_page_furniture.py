"""Page furniture (links to other stories, notes of an update) tells no event (``furniture_of``)."""

from __future__ import annotations

import pytest

from sitrep.nlp.paragraphs import furniture_of


@pytest.mark.parametrize("line,furniture", [
    ("Read more: How kidnapping became a cottage industry in the south", True),
    ("Related: Army retakes the river town after a week of fighting", True),
    ("Updated at 16.30 GMT: adds details of the new sanctions.", True),
    ("See also: Is the army ready to fight alone?", True),
    # news that happens to hold a colon, or the words
    ("Police updated their figures on Monday: 12 dead and 30 hurt.", False),
    ("Readers of the paper said: no more strikes.", False),
])
def test_furniture_of(line, furniture):
    assert (furniture_of(line, 0, len(line)) is not None) == furniture


def test_a_link_to_another_story_makes_no_record(parse):
    doc = parse("Gunmen seized two engineers in Arauca on Monday, police said.\n\n"
                "Read more: How kidnapping became a cottage industry in the south\n\n"
                "Related: Rebels attack army post in Cauca")
    assert [e.type for e in doc._.events] == ["attack.civilians"]

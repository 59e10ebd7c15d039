"""Case tables for four readings of when a story's act happened, beside the one its sentence is told on:
an act in a "when" clause on a time ("since March, when ..."), an earlier time told after an act noun
under a verb with a day of its own ("jailed on Tuesday for a riot last month"), and an act a retold act
brought about ("The shelling of the camp forced hundreds to flee"), and a lede dated only by the day it
was said, whose next line goes on to tell its day ("The attackers came on Tuesday").
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

PUBLISHED = date(2025, 9, 18)  # a Thursday

# (text, the family of the record looked at, its date window)
CASES = [
    # a "when" clause on a time: the time itself, not the span "since" opens
    ("The raid was the deadliest on the garrison since March, when 22 soldiers died in an ambush near the "
     "border.", "attack", ("2025-03-01", "2025-03-31")),
    ("The protest was the largest in the town since June, when police arrested 40 students.", "arrest",
     ("2025-06-01", "2025-06-30")),
    ("Fighting has gone on in the hills since March, when rebels attacked a convoy.", "attack",
     ("2025-03-01", "2025-03-31")),
    # an earlier time after the act noun, under a verb told with its own day
    ("A court on Tuesday jailed a man for his part in a riot outside the town hall last month.", "protest",
     ("2025-08-01", "2025-08-31")),
    ("A court on Tuesday jailed a man for his part in a riot outside the town hall last month.", "arrest",
     ("2025-09-16", "2025-09-16")),
    ("Police on Monday charged two men over a shooting near the river last week.", "arrest",
     ("2025-09-15", "2025-09-15")),
    ("Gunmen attacked a bus on Monday near the river, killing four.", "attack", ("2025-09-15", "2025-09-15")),
    # a lede dated only by the day of saying, the next line naming an earlier day and no act of its own
    ("Gunmen killed 12 villagers near the town, officials said on Thursday. The attackers came on motorbikes "
     "on Tuesday and burned the granaries.", "attack", ("2025-09-16", "2025-09-16")),
    ("Gunmen killed 12 villagers near the town, officials said on Thursday. Troops shelled the hills on "
     "Tuesday.", "attack", ("2025-09-18", "2025-09-18")),
    ("Gunmen killed 12 villagers near the town, officials said on Thursday. The governor said on Tuesday "
     "that the region was calm.", "attack", ("2025-09-18", "2025-09-18")),
    # an act a retold act brought about: the day that act was told on
    ("Rebels shelled a camp outside the town on Tuesday, killing 11 people. On Sunday, a drone hit a market "
     "in the capital, killing five. The shelling of the camp forced hundreds of families to flee, aid "
     "workers said.", "humanitarian", ("2025-09-16", "2025-09-16")),
    ("Rebels shelled a camp outside the town on Tuesday, killing 11 people. On Sunday, a drone hit a market "
     "in the capital, killing five. Hundreds of families fled the area, aid workers said.", "humanitarian",
     ("2025-09-14", "2025-09-14")),
]


@pytest.mark.parametrize(("text", "kind", "window"), CASES, ids=[f"{c[1]}-{c[0][:40]}" for c in CASES])
def test_when_an_act_is_told_apart(extractor, text, kind, window):
    events = extractor.extract(Article(text=text, published=PUBLISHED, id="probe"))
    got = [(e.date.start, e.date.end) for e in events if e.type.split(".")[0] == kind]
    assert window in got

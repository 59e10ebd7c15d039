"""A vague time the story later tells to the day (``when.the_one_day_told_later_inside``), in made-up
reports published on Thursday 2025-05-22 ("last week" is 12-18 May, "last month" April)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

THU = date(2025, 5, 22)

# (text, event type, its date window)
CASES = [
    # the one day told later inside the vague time narrows it
    ("A man who fired at a patrol last week in Dravosk was arrested on Tuesday. The patrol had been stopped "
     "on May 14 near the bridge, police said.", "attack.ground", ("2025-05-14", "2025-05-14")),
    ("Police arrested a man in Dravosk last month. He was detained on April 9 at his home, the court heard.",
     "arrest", ("2025-04-09", "2025-04-09")),
    ("Police arrested a man in Dravosk last month. On April 9, officers say they found him hiding in a barn.",
     "arrest", ("2025-04-09", "2025-04-09")),
    # two days inside it: which one is not told
    ("Gunmen attacked a checkpoint in Dravosk last week. Witnesses saw the gunmen near the village on May 13 "
     "and on May 15.", "attack.ground", ("2025-05-12", "2025-05-18")),
    # the day of the lede's news, told before, is not the later act's
    ("Troops shelled Dravosk on May 13. Earlier this month, rebels ambushed a convoy near Quellbrook.",
     "attack.ground", ("2025-05-01", "2025-05-22")),
    # a day of saying is not the act's
    ("Rebels attacked a police post in Dravosk earlier this month. The governor said on Monday that the post "
     "would reopen.", "attack.ground", ("2025-05-01", "2025-05-22")),
    # the day of another kind of act is that act's
    ("Rebels attacked a police post in Dravosk last week. Troops shelled the hills on Friday.",
     "attack.ground", ("2025-05-12", "2025-05-18")),
]


@pytest.mark.parametrize(("text", "kind", "window"), CASES)
def test_a_vague_time_takes_the_one_day_told_later_inside_it(extractor, text: str, kind: str,
                                                             window: tuple[str, str]) -> None:
    got = {r.type: (r.date.start, r.date.end) for r in extractor.extract(Article(text, THU))}
    assert got.get(kind) == window, got


def test_the_narrowed_record_keeps_the_words_of_its_own_sentence(extractor) -> None:
    text = "Police arrested a man in Dravosk last month. He was detained on April 9 at his home, the court heard."
    [record] = [r for r in extractor.extract(Article(text, THU)) if r.type == "arrest"]
    assert record.date.text == "last month" and record.date.precision == "day"

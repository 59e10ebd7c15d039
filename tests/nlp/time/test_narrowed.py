"""A vague time the story later tells to the day (``when.the_one_day_told_later_inside``), in made-up
reports published on Thursday 2025-05-22 ("last week" is 12-18 May, "last month" April)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.time.timex import find_times
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


# -- the days a narrative carries over ---------------------------------------------------------------

# (text, event type, its date window): a deadline and a court's or a mourner's day date no later act
CARRIED = [
    # the end of a span ("by Wednesday") is no day anything happened
    ("Thirty states had filed reports by Wednesday. Rebels shelled Dravosk, killing two.",
     "attack.artillery", ("2025-05-22", "2025-05-22")),
    # a day of a court or a funeral comes after the attack the story tells next
    ("A Dravosk man appeared in court on Friday. Police say he shot a clerk during a robbery at a store.",
     "attack.civilians", ("2025-05-22", "2025-05-22")),
    ("Mourners gathered at Monday's funeral of a guard in Dravosk. The guard was shot by gunmen at a "
     "checkpoint.", "attack.civilians", ("2025-05-22", "2025-05-22")),
    ("Police arrested a man in Dravosk on Tuesday. He appeared in court on Wednesday. He stabbed a guard at a "
     "bar.", "attack.civilians", ("2025-05-22", "2025-05-22")),
    # a day of the narrative's own acts still carries over
    ("Rebels shelled Dravosk on Monday. A second shell hit a school, killing two.",
     "attack.artillery", ("2025-05-19", "2025-05-19")),
    ("On 9 May, about 300 people protested in Dravosk. Police dispersed them and arrested 12.",
     "arrest", ("2025-05-09", "2025-05-09")),
]


@pytest.mark.parametrize(("text", "kind", "window"), CARRIED)
def test_the_narrative_carries_only_the_days_of_its_own_acts(extractor, text: str, kind: str,
                                                              window: tuple[str, str]) -> None:
    got = {r.type: (r.date.start, r.date.end) for r in extractor.extract(Article(text, THU))}
    assert got.get(kind) == window, got


# -- a year before the noun it dates -------------------------------------------------------------------

YEARS = [
    ("Survivors of the 1998 bombings met the envoy.", ["1998"]),
    ("Relatives of those killed in the 2019 market bombings marched.", ["2019"]),
    ("Rebels fired 2000 shells at the town.", []),  # a count, not "the" before it
    ("The 2,000 soldiers left the town.", []),
]


@pytest.mark.parametrize(("text", "found"), YEARS)
def test_a_year_between_the_and_a_plural_noun_is_a_year(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in find_times(text)] == found


@pytest.mark.parametrize(("text", "kind", "window"), [
    # the year dates the bombings through "embassy", not the day it was said
    ("The 2024 embassy bombings in Dravosk killed 20 people, officials said on Tuesday.",
     "attack.explosive", ("2024-01-01", "2024-12-31")),
    # the arrest keeps its own day
    ("Police in Dravosk on Tuesday arrested two men over the 2024 embassy bombings, officials said.",
     "arrest", ("2025-05-20", "2025-05-20")),
])
def test_a_year_dates_the_act_through_a_compounded_noun(extractor, text: str, kind: str,
                                                         window: tuple[str, str]) -> None:
    got = {r.type: (r.date.start, r.date.end) for r in extractor.extract(Article(text, THU))}
    assert got.get(kind) == window, got


# -- "in recent days" ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind", "window"), [
    ("Rebels shelled Dravosk in recent days, killing two.", "attack.artillery", ("2025-05-19", "2025-05-22")),
    ("Police have arrested 40 people in Dravosk in recent weeks.", "arrest", ("2025-05-01", "2025-05-22")),
])
def test_recent_days_and_weeks_are_a_window_up_to_publication(extractor, text: str, kind: str,
                                                              window: tuple[str, str]) -> None:
    got = {r.type: (r.date.start, r.date.end) for r in extractor.extract(Article(text, THU))}
    assert got.get(kind) == window, got

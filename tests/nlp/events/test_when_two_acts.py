"""Two acts on two days, and an act told again (dates9): an arrest "at the scene" and a later charge.

``clauses._dated_apart`` keeps a charge with a day of its own apart from an arrest "at the scene" that
names none; ``when.at_the_scene_of_the_act`` dates such an arrest by the act told before it,
``when.not_before_the_act_it_follows`` keeps a jailing after a conviction off an earlier day, and
``merge.rules.told_apart`` keeps a night and a later day apart; ``when.the_last_time_before_a_retold_act``
dates "the arrests" told again by the last time the story set. Invented reports of a Thursday,
2025-05-22: Friday is 05-16, Saturday 05-17, Sunday 05-18, Monday 05-19, Tuesday 05-20.
"""

from __future__ import annotations

import pytest

from sitrep.lexicon import load_lexicon
from sitrep.nlp.events.clauses import done_at_the_scene

ARREST_DAYS = [
    # the arrest at the scene of Saturday's stabbing, the charge on Monday
    ("Two men were stabbed outside a bar in Carrowby on Saturday. A youth was arrested at the scene and "
     "charged on Monday with wounding.", {"2025-05-17", "2025-05-19"}),
    ("A gunman shot a guard at a bank in Carrowby on Sunday. Officers detained him on the spot and he was "
     "charged on Tuesday with attempted murder.", {"2025-05-18", "2025-05-20"}),
    # the arrest's own day wins
    ("A youth was arrested at the scene on Saturday and charged on Monday with wounding.",
     {"2025-05-17", "2025-05-19"}),
    # no act told before: nothing dates the arrest but its sentence's day
    ("A youth was arrested at the scene and charged on Monday with wounding.", {"2025-05-19"}),
    # arrested and charged with no scene: one act, one day
    ("A youth was arrested and charged on Monday with wounding.", {"2025-05-19"}),
    # a night and a later day are two days the report names
    ("Officers arrested a man in Carrowby on Friday night. He was charged on Sunday with assault.",
     {"2025-05-16", "2025-05-18"}),
    # jailed after a conviction of a named day: not on the earlier day the story told (not_before_the_act_it_follows)
    ("Gunmen shot a guard in Carrowby on Monday. A man was jailed for life after he was convicted of the "
     "killing on Wednesday.", {"2025-05-21"}),
]


@pytest.mark.parametrize(("text", "days"), ARREST_DAYS)
def test_an_arrest_at_the_scene_and_a_later_charge(events_of, text, days):
    assert {e.date.start for e in events_of(text) if e.type == "arrest"} == days


SCENES = [
    ("Police arrested a man at the scene.", "arrested", True),
    ("Officers detained the driver on the spot.", "detained", True),
    ("Police arrested a man at his home.", "arrested", False),
    ("Police arrested a man on Monday.", "arrested", False),
]


@pytest.mark.parametrize(("text", "verb", "scene"), SCENES)
def test_done_at_the_scene(parse, text, verb, scene):
    doc = parse(text)
    tok = next(t for t in doc if t.text == verb)
    assert done_at_the_scene(tok, load_lexicon().event_words.scene_nouns) is scene


RETOLD_ARRESTS = [
    # "the arrests" told again with no time of its own: the last time the story set, a month or a week
    ("In Carrowby, police last month found a drug lab in a motel. They sealed the room. A detective said "
     "officers seized the chemicals when they made the arrests.", ("2025-04-01", "2025-04-30")),
    ("Police raided a flat in Carrowby last week. A detective said on Thursday that the arrests followed a "
     "tip-off.", ("2025-05-12", "2025-05-18")),
    # the narrative's day still comes first
    ("Police raided a flat in Carrowby on Monday. A detective said the arrests followed a tip-off.",
     ("2025-05-19", "2025-05-19")),
]


@pytest.mark.parametrize(("text", "window"), RETOLD_ARRESTS)
def test_a_retold_arrest_takes_the_last_time_told(events_of, text, window):
    assert [(e.date.start, e.date.end) for e in events_of(text) if e.type == "arrest"] == [window]

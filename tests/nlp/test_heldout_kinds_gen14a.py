"""Issue 14's held-out failure kinds 1, 2, 3 and 9, each told again in invented sentences: words that
tell no event, frames not read, sides from the wrong words, and diplomacy without an obvious verb."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

THURSDAY = date(2025, 5, 22)


def _events(extractor, text: str):
    return extractor.extract(Article(text, THURSDAY))


def _families(events) -> set[str]:
    return {e.type.split(".")[0] for e in events}


# -- 1. words, not events: a trigger word in a sense that tells no event ---------------------------

WORDS_NOT_EVENTS = [
    # a court fight is no armed fight
    ("The mayor of Varnok lost a long custody battle with his former wife.", "attack"),
    ("The two firms are fighting in the courts over the Brindor contract.", "attack"),
    # a politician who "hits" rivals hits no one
    ("The senator hit out at her rivals over the budget in Varnok on Monday.", "attack"),
    # firefighters battle a fire, not a foe
    ("Firefighters battled a wildfire near Kalvik for three days.", "attack"),
    # a natural force or an accident is no attacker
    ("An earthquake hit the region around Oremna on Tuesday, killing four people.", "attack"),
    ("A boiler exploded at a school in Tessaly on Monday, injuring two workers.", "attack"),
    # an image caught on camera is no capture
    ("The thief was captured on CCTV leaving the shop in Varnok.", "arrest"),
    # a promise to keep striking is a plan, not a strike
    ("The air force will continue to strike rebel positions near Kalvik, a spokesman said.", "attack"),
    # a show of resolve is no protest
    ("The drills demonstrate our resolve to defend Brindor, the minister said.", "protest"),
    # an extradition carried out by a court is no request between governments
    ("A court in Varnok extradited the banker on Monday.", "diplomacy"),
]

# -- 2. frames not read: the act is hypothetical, negated, conditional or background ---------------

FRAMES_NOT_READ = [
    ("The man has not been charged, police in Varnok said.", "arrest"),
    ("The army will shell the town if the rebels do not retreat from Kalvik.", "attack"),
    ("The villagers said they were willing to accept help from the Red Cross.", "diplomacy"),
    ("Rebels could attack the garrison at Oremna at any time, officials warned.", "attack"),
]

# -- 9. diplomacy and statements without an obvious verb --------------------------------------------

DIPLOMACY = [
    # a request that another government extradite someone
    ("Chile asked Peru to extradite the former minister on Monday.", "diplomacy"),
    ("Chile has requested Peru to extradite two bankers.", "diplomacy"),
    ("Peru expelled two Chilean diplomats on Tuesday.", "diplomacy"),
    ("Chile cut diplomatic ties with Peru on Wednesday.", "diplomacy"),
    ("The rebels claimed responsibility for the bombing of a bridge near Kalvik on Monday.", "attack"),
    ("Chile demanded that Peru withdraw its troops from the border on Monday.", "diplomacy"),
]


@pytest.mark.parametrize(("text", "family"), WORDS_NOT_EVENTS + FRAMES_NOT_READ)
def test_no_event_from_these_words(extractor, text, family):
    assert family not in _families(_events(extractor, text))


@pytest.mark.parametrize(("text", "family"), DIPLOMACY)
def test_events_told_without_an_obvious_verb(extractor, text, family):
    assert family in _families(_events(extractor, text))


# -- 3. sides from the wrong words --------------------------------------------------------------

WRONG_SIDES = [
    # equipment made elsewhere is no side
    ("Rebels in Chilean-made trucks ambushed a patrol near Varnok, Peru, on Monday.", "initiator", "CHL"),
    # a speaker's title is no side
    ("A car bomb exploded in Kalvik, Peru, on Monday, Chilean President Ana Vell said.", "initiator", "CHL"),
    # the victim of a bombing is not its attacker
    ("Chilean tourists were the victims of a bombing in Oremna, Peru, on Monday.", "initiator", "CHL"),
    ("Two Chilean soldiers were the target of a sniper attack near Oremna, Peru, on Monday.", "initiator", "CHL"),
    ("A bomb killed three Chilean tourists at a hotel in Oremna, Peru, on Monday.", "initiator", "CHL"),
    # gunmen who attack Chilean forces do not take the Chileans' country
    ("Gunmen attacked Chilean forces near Oremna, Peru, on Monday.", "initiator", "CHL"),
    # the condemning state is not the initiator
    ("Chile condemned the attack on a market in Tessaly, Peru, on Sunday.", "initiator", "CHL"),
]


@pytest.mark.parametrize(("text", "role", "country"), WRONG_SIDES)
def test_no_side_from_the_wrong_words(extractor, text, role, country):
    events = [e for e in _events(extractor, text) if e.type.startswith("attack")]
    assert events
    assert all(country not in {a.country for a in e.actors if a.role == role} for e in events)


SUFFERERS = [
    # civilians hit abroad: their nationality is no side (the gold conventions: none for foreign victims); a
    # state's soldiers are their state's side wherever they are hit
    ("Chilean tourists were the victims of a bombing in Oremna, Peru, on Monday.", "target", []),
    ("Two Chilean soldiers were the target of a sniper attack near Oremna, Peru, on Monday.", "target", ["CHL"]),
]


@pytest.mark.parametrize(("text", "role", "countries"), SUFFERERS)
def test_the_subject_of_a_sufferer_was_acted_upon(extractor, text, role, countries):
    [event] = [e for e in _events(extractor, text) if e.type.startswith("attack")]
    assert sorted(a.country for a in event.actors if a.role == role) == countries

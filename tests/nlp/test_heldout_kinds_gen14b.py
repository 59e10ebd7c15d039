"""Issue 14, held-out failure kinds 4 (official strike report, one line per place), 6 (types from the
wrong cue), 7 (headline and telegraphic grammar) and 8 (local news grammar), as tables of invented
short reports with the outcome each should give."""

from __future__ import annotations

import pytest


def _xf(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


def _types(doc) -> list[str]:
    return [e.type for e in doc._.events]


def _count(doc, role: str) -> int | None:
    values = [q.value for e in doc._.events for q in e.quantities if q.role == role]
    return max(values) if values else None


# item 6: the strongest cue (weapon, delivery, target kind) types the event
TYPED = [
    ("A bombing at a market in Tamsk killed five people on Monday.", "attack.explosive"),
    ("A grenade attack on a bus station in Tamsk wounded six people on Monday.", "attack.explosive"),
    ("Protesters threw stones and burned cars in Tamsk on Monday.", "protest.riot"),
    ("A man stabbed two passengers on a train in Tamsk on Monday.", "attack.civilians"),
    ("A suicide bomber killed 12 people at a mosque in Tamsk on Monday.", "attack.explosive"),
    ("Two suicide bombers killed 30 people at a market in Orlov on Friday.", "attack.explosive"),
    ("A gunman killed three people at a school in Tamsk on Monday.", "attack.civilians"),
    ("Gunmen opened fire on civilians at a wedding in Tamsk on Monday.", "attack.civilians"),
]


@pytest.mark.parametrize(("text", "etype"), TYPED)
def test_types_from_the_strongest_cue(parse, text, etype):
    assert etype in _types(parse(text))


NOT_TYPED = [
    # a bomber killed is no bombing by the killers
    ("Police killed the bomber in Tamsk on Monday.", "attack.explosive"),
    ("The bomber was killed by soldiers in Tamsk on Monday.", "attack.explosive"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_TYPED)
def test_a_cue_of_the_wrong_side_does_not_type(parse, text, etype):
    assert etype not in _types(parse(text))


# item 6 ("killed N militants") and item 7: headline and telegraphic grammar gives a record and a count
COUNTED = [
    ("Troops killed 14 militants near Tamsk on Monday.", "killed", 14),
    ("Seven killed in Tamsk market blast.", "killed", 7),
    ("Car bomb leaves 9 dead in Tamsk.", "killed", 9),
    ("Death toll rises to 20 in Tamsk bombing.", "killed", 20),
    ("Three soldiers killed, two hurt in Tamsk ambush.", "killed", 3),
    ("Three soldiers killed, two hurt in Tamsk ambush.", "injured", 2),
    ("A grenade attack on a bus station in Tamsk wounded six people on Monday.", "injured", 6),
    # item 8: local news grammar
    ("A man was fatally shot in Tamsk on Monday night, police said.", "killed", 1),
    ("Two officers were wounded in a shoot-out with a suspect in Tamsk on Monday.", "injured", 2),
    ("One of the three men hit has died, police said after the shooting in Tamsk on Monday.", "killed", 1),
    ("Gunmen shot dead three villagers in Tamsk on Monday.", "killed", 3),
    ("Soldiers shot dead two men near Tamsk on Monday.", "killed", 2),
]


@pytest.mark.parametrize(("text", "role", "value"), COUNTED)
def test_headline_and_local_grammar_give_a_count(parse, text, role, value):
    assert _count(parse(text), role) == value


# item 8: an age beside the victim is no toll; side sentences are no events
NOT_A_TOLL = [
    ("The victim, 28, was shot dead outside a bar in Tamsk on Monday.", "killed", 28),
    ("The victim, 34, was wounded in the shooting in Tamsk on Monday.", "injured", 34),
]


@pytest.mark.parametrize(("text", "role", "value"), NOT_A_TOLL)
def test_an_age_is_no_toll(parse, text, role, value):
    assert _count(parse(text), role) != value


SIDE_SENTENCES = [
    ("A witness refused to cooperate with detectives in Tamsk, police said.", "diplomacy"),
    ("The suspect fled the scene before officers arrived in Tamsk.", "humanitarian"),
    ("Sign up for our newsletter to get the latest news from Tamsk.", "diplomacy"),
]


@pytest.mark.parametrize(("text", "family"), SIDE_SENTENCES)
def test_side_sentences_of_local_news_are_no_events(parse, text, family):
    assert family not in {t.split(".")[0] for t in _types(parse(text))}


# item 4: official strike reports, one record per place, each with its own count
STRIKE_REPORTS = [
    ("Near Tamsk, three strikes engaged a tactical unit; near Orlov, two strikes destroyed a bunker.", [3, 2]),
    ("Near Orlov, four strikes engaged two units and destroyed a vehicle; near Tamsk, one strike "
     "destroyed a mortar.", [4, 1]),
]


@pytest.mark.parametrize(("text", "counts"), STRIKE_REPORTS)
def test_one_record_per_place_in_strike_reports(parse, text, counts):
    events = [e for e in parse(text)._.events if e.type == "attack.air"]
    assert [next((q.value for q in e.quantities if q.role == "launched"), None) for e in events] == counts

"""Captures won by fighting, the dead found, people killed by armed men told in a participle, and a trade's
people who protest. Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2026, 1, 20)


def test_the_fighting_of_a_capture_is_the_capture(parse):
    text = "On 10 November 2025, militants took control of Kora following heavy fighting. 6 fatalities."
    events = parse(text, PUBLISHED)._.events
    assert [e.type for e in events] == ["territory.change"]
    assert [(q.role, q.value) for q in events[0].quantities] == [("killed", 6)]


# (sentence, the killed count a record must carry, or None for no record)
BODIES = [
    ("On 17 December 2025, the bodies of five men with gunshot wounds were found near Kora.", 5),
    ("On 17 December 2025, the bodies of 5 men killed by militants were found near Kora.", 5),
    ("On 17 December 2025, the bodies of 5 men killed by the storm were found near Kora.", None),
]


@pytest.mark.parametrize("text,killed", BODIES)
def test_the_dead_found(parse, text, killed):
    events = parse(text, PUBLISHED)._.events
    if killed is None:
        assert not events, [e.type for e in events]
    else:
        assert any(q.role == "killed" and q.value == killed for e in events for q in e.quantities)


def test_bodies_handed_over_stay_bodies(parse):
    events = parse("On 17 December 2025, Russia and Ukraine exchanged the bodies of 500 soldiers.", PUBLISHED)._.events
    assert [(q.item, q.role) for e in events for q in e.quantities] == [("body", "exchanged")]


# (sentence, whether it tells a protest)
PURPOSES = [
    ("On 9 October 2025, farmers blocked a road near Kora with tractors to protest against new laws.", True),
    ("On 9 October 2025, nurses walked out of hospitals in Kora to protest low pay.", True),
    ("On 9 October 2025, Kenya recalled its ambassador to protest the arrests.", False),
]


@pytest.mark.parametrize("text,protest", PURPOSES)
def test_people_who_act_to_protest(parse, text, protest):
    types = [e.type for e in parse(text, PUBLISHED)._.events]
    assert ("protest.demonstration" in types) == protest, types

"""Leaders of ``people.jsonl`` as actors: a head of state or government, a foreign minister, stands for
the country; a surname that is also a town is the leader only where the sentence reads a person."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

CASES = [
    # (text, type, {role: countries})
    ("President Clinton ordered cruise missile strikes on Sudan on Thursday.", "attack.missile",
     {"initiator": {"USA"}}),
    ("Yeltsin and Kuchma met in Sochi on Tuesday.", "diplomacy.talks", {"participant": {"RUS", "UKR"}}),
    ("Mr. Bush and President Gorbachev spoke by telephone on Friday.", "diplomacy.call",
     {"participant": {"USA", "RUS"}}),
    ("Chancellor Merkel held talks with Prime Minister Netanyahu in Berlin on Monday.", "diplomacy.talks",
     {"participant": {"DEU", "ISR"}}),
    ("Maduro expelled the German ambassador on Wednesday.", "diplomacy.sanctions", {"initiator": {"VEN"}}),
]


def _roles(event) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in event.actors:
        if a.country:
            out.setdefault(a.role, set()).add(a.country)
    return out


@pytest.mark.parametrize("text,etype,roles", CASES)
def test_a_leader_stands_for_the_country(extractor, text, etype, roles):
    events = [e for e in extractor.extract(Article(text, date(2025, 5, 22))) if e.type == etype]
    assert events, text
    got = _roles(events[0])
    assert all(got.get(role) == countries for role, countries in roles.items()), got


@pytest.mark.parametrize("text,place", [
    # a leader's surname that is also a town, used as the town
    ("Two men were shot dead in Clinton, Iowa, on Friday.", "Clinton"),
    ("A storm cut power in Blair on Monday.", "Blair"),
])
def test_a_surname_that_is_a_town_stays_a_place(parse, text, place):
    doc = parse(text)
    assert place in {p.text for p in doc._.places}
    assert not any(a.kind == "person" for a in doc._.actors if a.text == place)

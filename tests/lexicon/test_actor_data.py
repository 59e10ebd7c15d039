"""actors.jsonl and people.jsonl: known actors and leaders, each a name with a kind and a country, as facts
(no sentences)."""

from __future__ import annotations

import pytest

from sitrep.lexicon import load_lexicon
from sitrep.records import ACTOR_KINDS


@pytest.fixture(scope="module")
def actors():
    return load_lexicon().actors


def test_every_actor_has_a_kind_and_a_country_code_or_none(actors):
    for a in actors:
        assert a["kind"] in ACTOR_KINDS, a
        assert a.get("country") is None or (len(a["country"]) == 3 and a["country"].isupper()), a


def test_no_name_or_alias_stands_for_two_actors(actors):
    seen: dict[str, str] = {}
    for a in actors:
        for name in [a["name"], *a.get("aliases", [])]:
            assert seen.setdefault(name, a["name"]) == a["name"], name


@pytest.mark.parametrize("name,kind,country", [
    # an armed group of one country, and one that fights in many (it takes the country it fights in)
    ("RSF", "armed_group", "SDN"),
    ("Da’esh", "armed_group", None),
    ("JNIM", "armed_group", None),
    # a state's forces and a government body
    ("Peshmerga", "military", "IRQ"),
    ("Russian Defence Ministry", "government", "RUS"),
    # a state's police and intelligence services, movements of older wars, international bodies
    ("FBI", "government", "USA"),
    ("Tamil Tigers", "armed_group", "LKA"),
    ("OSCE", "international", None),
    # a leader stands for the country; a secretary-general for none
    ("Yeltsin", "person", "RUS"),
    ("Kofi Annan", "person", None),
])
def test_known_actor_kinds(name, kind, country):
    entry = load_lexicon().actor_names()[name]
    assert (entry["kind"], entry.get("country")) == (kind, country)

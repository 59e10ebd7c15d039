"""Local news grammar: shootings, stabbings, arrests and sentences, ages, the dateline's town.

Every sentence here is invented; names of towns are real only so that the gazetteer knows them.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.events import fold
from sitrep.nlp.events.sides import COMPLETION_RULES
from sitrep.nlp.quantities import ITEM_RULES
from sitrep.nlp.triggers import STATUS_RULES, has_a_victim_if_needed, looked_into

# (text, the event types it makes: attack.civilians for crimes, attack.ground for a shoot-out, arrest)
TRIGGER_CASES = [
    ("A man was shot dead Sunday night outside a bakery.", ["attack.civilians"]),
    ("A woman was fatally shot in her car on Friday.", ["attack.civilians"]),
    ("Police say a 17-year-old was shot Saturday night.", ["attack.civilians"]),
    ("Deputies said the man was shot several times.", ["attack.civilians"]),
    ("A teenager was gunned down on his porch on Saturday.", ["attack.civilians"]),
    ("Kowalczyk, 34, was stabbed in the chest on Friday.", ["attack.civilians"]),
    ("A woman died after being shot on a bridge on Monday.", ["attack.civilians"]),
    ("A farmer was murdered in his barn on Thursday.", ["attack.civilians"]),
    ("A baker was killed Saturday in a drive-by shooting.", ["attack.civilians"]),
    ("Officers found a man with a gunshot wound on Sunday.", ["attack.civilians"]),
    ("Police are investigating a homicide on Elm Street.", ["attack.civilians"]),
    ("A man robbed a pharmacy at gunpoint on Friday.", ["attack.civilians"]),
    ("A knife was held to a cashier's neck during an attempted robbery at a pharmacy on Friday.", ["attack.civilians"]),
    ("A robbery at the pharmacy on Friday left the shelves bare, the owner said.", []),  # no arms: a theft
    ("Two people were hurt when a gunman fired into a crowd outside a diner.", ["attack.civilians"]),
    ("Two men were hurt in a shoot-out with deputies on Friday.", ["attack.ground"]),
    ("The suspect died in a shootout with troopers.", ["attack.ground"]),
    ("A man was charged Tuesday in the robbery of a jeweller.", ["arrest"]),
    ("The woman was booked into the county jail on Monday.", ["arrest"]),
    ("He was found guilty of arson on Monday.", ["arrest"]),
    ("A cook was arraigned Wednesday on theft charges.", ["arrest"]),
    ("The crew shot a music video downtown on Friday.", []),  # has_a_victim_if_needed: a video is no one
    ("Shares of the bakery chain shot up on Friday.", []),
    ("The chef stabbed at the air with a fork.", []),
    # a rank names a person; an armed hold-up is a robbery, a bill held up is not
    ("A man stabbed a police sergeant with a kitchen knife on Tuesday.", ["attack.civilians"]),
    ("A gunman held up a petrol station on Friday night.", ["attack.civilians"]),
    ("The budget bill was held up in committee on Friday.", []),
]


@pytest.mark.parametrize("text,types", TRIGGER_CASES)
def test_crime_triggers(parse, text, types):
    doc = parse(text)
    assert sorted({t.type for t in doc._.triggers}) == sorted(types)


def test_a_victim_rule_is_an_entry_condition():
    from sitrep.nlp.triggers import ENTRY_CONDITIONS

    assert has_a_victim_if_needed in ENTRY_CONDITIONS
    assert looked_into in STATUS_RULES


def test_what_police_investigate_has_occurred(parse):
    doc = parse("Police are investigating a stabbing near the station.")
    assert [(t.type, t.status) for t in doc._.triggers] == [("attack.civilians", "occurred")]


# (text, the counts it gives as (item, role, value)): an age is no count
AGE_CASES = [
    ("The victim, 28, died at a hospital after the shooting on Sunday.", []),
    ("Kowalczyk, 34, was shot on Friday.", []),
    ("Police said a man aged 41 was stabbed on Friday.", []),
    ("A 19-year-old man was shot dead on Sunday.", []),
    # no comma after: no age, and no count of soldiers; the villagers shot are hurt (a_wound_by_a_weapon)
    ("Gunmen shot three villagers, 28 soldiers said.", [("person", "injured", 3)]),
    ("Gunmen killed 12 people, 28 soldiers and a guard.", [("person", "killed", 12), ("soldier", "killed", 28)]),
]


@pytest.mark.parametrize("text,counts", AGE_CASES)
def test_ages_are_not_counts(parse, text, counts):
    doc = parse(text)
    got = [(q.item, q.role, q.value) for q in doc._.quantities if q.value > 1]
    assert got == counts


def test_the_age_rule_comes_first():
    assert ITEM_RULES[0].__name__ == "an_age"


def _records(extractor, text: str, published: date = date(2025, 5, 22)):
    from sitrep.records import Article

    return extractor.extract(Article(text=text, published=published, id="crime"))


# (text, type, place name, precision): the dateline's town, else the one town the report names
TOWN_CASES = [
    ("TULSA, Okla. — A man was shot dead Sunday night outside a bakery, police said.",
     "attack.civilians", "Tulsa", "city"),
    ("DAYTON, Ohio — Two men were charged Monday with burglary, deputies said.", "arrest", "Dayton", "city"),
    ("A bakery in Dayton was robbed Friday. Two men were charged Monday with burglary.",
     "arrest", "Dayton", "city"),
]


@pytest.mark.parametrize("text,etype,name,precision", TOWN_CASES)
def test_the_dateline_town_places_local_news(extractor, text, etype, name, precision):
    ev = next(e for e in _records(extractor, text) if e.type == etype)
    assert ev.location is not None
    assert (ev.location.name, ev.location.precision) == (name, precision)


def test_a_foreign_event_keeps_its_own_country(extractor):
    text = "DAYTON, Ohio — Troops shelled villages in Syria on Monday, officials said."
    for ev in _records(extractor, text):
        assert ev.location is None or ev.location.name != "Dayton"


def test_the_town_only_for_its_own_country():
    from sitrep.geo.gazetteer import Place
    from sitrep.nlp.events.where import town_for

    town = Place("Lakeville", "USA", "US-MN", 44.6, -93.2, 1, "city")
    assert town_for(town, "USA") is town
    assert town_for(town, None) is town
    assert town_for(town, "SYR") is None
    assert town_for(None, "USA") is None


# (text, the initiator's country): an arrest with no one named is the state's
ARREST_CASES = [
    ("A man was arrested Monday in Dayton, Ohio, and charged with theft.", "USA"),
    ("A cook was sentenced to two years in prison on Friday in Leeds.", "GBR"),
]


@pytest.mark.parametrize("text,country", ARREST_CASES)
def test_the_state_arrests(extractor, text, country):
    ev = next(e for e in _records(extractor, text) if e.type == "arrest")
    assert [a.country for a in ev.actors if a.role == "initiator"] == [country]


def test_the_arrest_rule_is_a_completion_rule():
    assert "_the_state_arrests" in [r.__name__ for r in COMPLETION_RULES]


def test_an_undated_headline_is_the_first_dated_telling(extractor):
    text = ("Man with a ladder charged with burglary.\n\nA man carrying a ladder was stopped by deputies Saturday "
            "in Dayton, Ohio. He was charged Saturday with burglary in Dayton, Ohio.")
    arrests = [e for e in _records(extractor, text) if e.type == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].date.start == "2025-05-17"
    assert fold.the_same_event_undated in fold.FOLD_RULES

"""Readings found on invented notes in the style of human-coded conflict datasets: suspects who raid and
kill, forces that engage each other, mines run onto, vehicles rammed in, crowds that gather to voice a
grievance, crowds that stone and burn, and captures told with "full control". Every sentence is invented."""

from __future__ import annotations

import pytest

from sitrep.export.acled import acled_type

# (sentence, the type it must give, or None for no record)
READINGS = [
    # people a word marks as suspects are the doers of the violence
    ("On 3 May 2025, suspected herders raided two villages near Mangu, killing 11 farmers.", "attack.civilians"),
    ("On 3 May 2025, suspected Maoists killed a villager near Dantewada.", "attack.civilians"),
    ("On 3 May 2025, armed youths killed a trader near Mangu.", "attack.civilians"),
    ("On 3 May 2025, gunmen stopped a minibus near Mangu and executed five of them.", "attack.civilians"),
    ("On 3 May 2025, the herders moved their cattle near Mangu.", None),
    # forces that engage each other fight; strikes that engage a unit stay strikes
    ("On 3 May 2025, militiamen engaged army troops on the outskirts of Mangu.", "attack.ground"),
    ("On 3 May 2025, rebel fighters engaged the military in Mangu, killing two soldiers.", "attack.ground"),
    ("On 3 May 2025, army units advanced toward Mangu.", "attack.ground"),
    ("On 3 May 2025, the company engaged a lawyer in Mangu.", None),
    # a mine run onto is the weapon; a vehicle packed with explosives is the bomb
    ("On 3 May 2025, an army patrol hit a landmine near Mangu, killing two soldiers.", "attack.explosive"),
    ("On 3 May 2025, a bomber rammed an explosives-laden truck into the gate of a base in Mangu.",
     "attack.explosive"),
    ("On 3 May 2025, a man rammed his car into a crowd of shoppers in Mangu, injuring nine.", "attack.civilians"),
    # a crowd that gathers or blocks roads to voice a grievance protests
    ("On 3 May 2025, teachers gathered outside the ministry in Mangu to demand unpaid wages.",
     "protest.demonstration"),
    ("On 3 May 2025, pensioners gathered in front of the town hall in Mangu against cuts to their benefits.",
     "protest.demonstration"),
    ("On 3 May 2025, hundreds of nurses formed a human chain in Mangu, demanding better pay.",
     "protest.demonstration"),
    ("Farmers block Mangu roads with tractors over new land tax", "protest.demonstration"),
    ("On 3 May 2025, thousands of fans gathered outside the stadium in Mangu.", None),
    ("On 3 May 2025, police blocked the main road in Mangu against heavy traffic.", None),
    # a crowd that stones or burns tyres riots
    ("On 3 May 2025, protesters stoned police vehicles in Mangu.", "protest.riot"),
    ("On 3 May 2025, protesters blocked roads with burning tyres in Mangu.", "protest.riot"),
    # a group's initials in capitals are no verb
    ("On 3 May 2025, suspected IS Sahel fighters looted shops in Mangu.", "attack.civilians"),
    # "full control" is control taken
    ("On 3 May 2025, the rebels took full control of Mangu after the army withdrew.", "territory.change"),
    # ground given up: a town named after "the town of", one's own troops pulled out
    ("On 3 May 2025, the army withdrew from the town of Mangu after heavy fighting.", "territory.change"),
    ("On 3 May 2025, the army pulled its troops out of the town of Mangu.", "territory.change"),
    ("On 3 May 2025, police captured three escaped inmates in the hills near Mangu.", "arrest"),
]


@pytest.mark.parametrize("text,etype", READINGS)
def test_a_note_gives_its_type(parse, text, etype):
    types = [e.type for e in parse(text)._.events]
    if etype is None:
        assert types == []
    else:
        assert etype in types, types


# (sentence, the ACLED sub-event type of its protest)
PROTEST_FORCE = [
    ("On 3 May 2025, police beat unarmed demonstrators with batons in Mangu, injuring 12.",
     "Excessive force against protesters"),
    ("On 3 May 2025, police fired tear gas to disperse marchers in Mangu.", "Protest with intervention"),
]


@pytest.mark.parametrize("text,sub", PROTEST_FORCE)
def test_force_that_maims_a_peaceful_protest_is_excessive(parse, text, sub):
    subs = [(acled_type(e) or ("", "", ""))[2] for e in parse(text)._.events]
    assert sub in subs, subs


# (sentence, the place of its record, or None for one placed at no town)
ADVANCES = [
    ("On 3 May 2025, army units advanced toward Mangu.", "Mangu"),
    ("On 3 May 2025, rebels pushed towards Mangu from the north.", "Mangu"),
]


@pytest.mark.parametrize("text,place", ADVANCES)
def test_a_force_that_advances_toward_a_town_fights_there(parse, text, place):
    events = parse(text)._.events
    assert events and events[0].location is not None and events[0].location.name == place


def test_a_road_block_to_come_is_a_planned_protest(parse):
    """"Students will block the road on Friday to protest the arrests": a protest announced, not one held."""
    events = parse("Students will block the road on Friday to protest the arrests.")._.events
    assert [(e.type, e.status) for e in events] == [("protest.demonstration", "planned")]


# (note, the place of its record): a weapon's model name and a group's initials in brackets are no places
NAMES_NOT_PLACES = [
    ("On 3 May 2025, a Russian Iskander ballistic missile struck the centre of Sumy, killing six people.", "Sumy"),
    ("On 3 May 2025, an IED planted by Boko Haram (JAS) militants exploded near Damboa, killing four people.",
     "Damboa"),
]


@pytest.mark.parametrize("text,place", NAMES_NOT_PLACES)
def test_a_weapon_model_or_initials_are_no_place(parse, text, place):
    events = parse(text)._.events
    assert [e.location.name if e.location else None for e in events] == [place]
    assert [q.value for e in events for q in e.quantities if q.role == "killed"] in ([6], [4])


def test_a_weapon_model_is_no_side(parse):
    events = parse("On 3 May 2025, a Russian Iskander missile struck the centre of Sumy.")._.events
    assert [a.country for e in events for a in e.actors if a.role == "initiator"] == ["RUS"]


def test_a_country_before_a_weapon_owns_it(parse):
    events = parse("On 3 May 2025, U.S. airstrikes hit a depot near Sarmada, Syria.")._.events
    assert "USA" in [a.country for e in events for a in e.actors if a.role == "initiator"]


# (sentence, the killed count it must carry): lives lost are the dead; seats lost are none
LIVES_LOST = [
    ("Two soldiers lost their lives in the attack on the base in Mangu on Monday.", 2),
    ("Three police officers lost their lives when gunmen stormed a checkpoint in Mangu on Monday.", 3),
]


@pytest.mark.parametrize("text,killed", LIVES_LOST)
def test_lives_lost_are_the_dead(parse, text, killed):
    counts = [q.value for e in parse(text)._.events for q in e.quantities if q.role == "killed"]
    assert killed in counts, counts


def test_seats_lost_are_no_dead(parse):
    doc = parse("The ruling party lost three seats in the vote in Mangu on Monday.")
    assert not [q for q in doc._.quantities if q.role == "killed"]


def test_the_noun_a_headline_infinitive_hangs_on_acts(parse):
    """"Bloc to impose sanctions on Ruritania": the bloc is to impose them, a party, so the record stands."""
    events = parse("EU to impose sanctions on Ruritanian officials over crackdown")._.events
    assert [(e.type, e.status) for e in events] == [("diplomacy.sanctions", "planned")]
    assert [a.text for e in events for a in e.actors if a.role == "initiator"] == ["EU"]

"""A probe of weapons as the subject or the object of the act: "a car bomb went off", "shells landed", "rockets
rained down", "militants set off a bomb", "a grenade was hurled"; the type the weapon gives ("a bomb" planted
is an explosive, a shell or rocket artillery, a missile a missile, a drone a drone); and look-alikes in the
same words that are no event (a shell the clearers blow up, a rocket into space, egg shells, a wave of protests set off).
Each row is an invented sentence and the type a careful coder records, or ``None`` (no event). The entries it
exercises are the weapon-frame verbs of data/triggers.jsonl (``weapon_nouns`` of data/words/triggers.toml).
Rows the code still gets wrong are marked xfail."""

from __future__ import annotations

import pytest

XF = pytest.mark.xfail(strict=False, reason="not yet read right")


def _row(text: str, etype: str | None, fails: bool = False):
    return pytest.param(text, etype, marks=XF) if fails else (text, etype)


CASES = [
    # a planted or thrown explosive, its weapon the subject
    _row("A car bomb went off outside a police station in Varlenka on Tuesday, killing four people.",
         "attack.explosive"),
    _row("A bomb exploded at a crowded market in Dresnovo, wounding 11.", "attack.explosive"),
    _row("A roadside bomb struck an army convoy near Pellatine on Monday.", "attack.explosive"),
    _row("An improvised explosive device detonated beside a patrol, killing two soldiers.", "attack.explosive"),
    _row("A landmine killed three children in a field outside Korvesk.", "attack.explosive"),
    _row("A suicide bomber blew himself up at a checkpoint, killing nine.", "attack.explosive"),
    _row("Two bombs tore through a shopping street on Saturday evening, killing 20.", "attack.explosive"),
    _row("A powerful blast ripped through a mosque during Friday prayers.", "attack.explosive"),
    _row("The explosion of a car bomb killed six people in the city centre.", "attack.explosive"),
    _row("Six people died in a bomb attack on a police station.", "attack.explosive"),
    _row("A motorcycle bomb killed five people at a busy junction.", "attack.explosive"),
    _row("A mine exploded under a military truck, wounding four soldiers.", "attack.explosive"),
    _row("A suicide vest detonated at a wedding party, killing 30.", "attack.explosive"),
    _row("A parcel bomb wounded a judge at his home in Brelton.", "attack.explosive"),
    _row("A sticky bomb attached to a car exploded, killing its driver.", "attack.explosive"),
    _row("The explosive went off in a shop in the village on Sunday.", "attack.explosive"),
    _row("Bomb kills 7 in northern town", "attack.explosive"),
    _row("Blast hits army base, 12 dead", "attack.explosive"),
    _row("Car bomb rocks capital", "attack.explosive", fails=True),  # parsed as one noun phrase
    # ... its weapon the object, active and passive
    _row("Militants set off a bomb near a bus station in Brelton.", "attack.explosive"),
    _row("Insurgents detonated a car bomb outside the governor's office.", "attack.explosive"),
    _row("A bomb was detonated near the mayor's convoy on Friday.", "attack.explosive"),
    _row("Gunmen planted a bomb under a bridge that exploded as a bus passed.", "attack.explosive"),
    _row("A grenade was hurled into a cafe, wounding 12.", "attack.explosive"),
    _row("Attackers threw a grenade at a police post in Mirabeth.", "attack.explosive"),
    _row("Police said an explosive device was triggered remotely as the patrol passed.", "attack.explosive"),
    _row("Police said an explosive device had been placed under the car of a local official.", "attack.explosive"),
    # a bomb planted and defused is an attempted bombing; one the clearers set off is none
    _row("Police defused a bomb planted outside a bank in Brelton.", "attack.explosive"),
    _row("A bomb disposal officer was killed when a device exploded in Pellatine.", "attack.explosive"),
    # shells, mortars and rockets
    _row("Shells landed in a residential district overnight.", "attack.artillery"),
    _row("Rockets rained down on the town, wounding five.", "attack.artillery"),
    _row("Mortar rounds slammed into a market, killing eight.", "attack.artillery"),
    _row("A shell hit a school in Dernovka on Wednesday.", "attack.artillery"),
    _row("Rebels fired 30 rockets at the town overnight.", "attack.artillery"),
    _row("Rockets were fired at the airport from the south.", "attack.artillery"),
    _row("Militants lobbed mortars at the army base.", "attack.artillery"),
    _row("Heavy mortar fire struck the village at dawn.", "attack.artillery"),
    _row("The group said it was behind Sunday's rocket fire on Stelmark.", "attack.artillery"),
    _row("A hail of rockets fell on the border town on Thursday.", "attack.artillery"),
    _row("Artillery shells fell on the outskirts of the city, killing a woman.", "attack.artillery"),
    _row("Two mortar bombs fell near the ministry on Thursday.", "attack.artillery"),
    _row("Rebels in government-controlled areas fired rockets at the town.", "attack.artillery"),
    _row("A rocket crashed into an apartment block, wounding three.", "attack.artillery"),
    _row("Shelling killed two civilians in Varlenka.", "attack.artillery"),
    _row("Rockets hit the town of Dresnovo", "attack.artillery"),
    # missiles, drones, aircraft
    _row("A missile struck a shopping centre in the city, killing 14.", "attack.missile"),
    _row("The army launched 12 cruise missiles at the capital overnight.", "attack.missile"),
    _row("A ballistic missile hit a port facility on Sunday.", "attack.missile"),
    _row("Missiles slammed into an energy plant in the west.", "attack.missile"),
    _row("A missile landed in a field near Quorrin, injuring a farmer.", "attack.missile"),
    _row("A drone crashed into an apartment building in Korvesk, injuring two.", "attack.drone"),
    _row("A drone hit an oil depot overnight, starting a fire.", "attack.drone"),
    _row("Drones struck a power station near the border.", "attack.drone"),
    _row("Warplanes dropped bombs on the rebel-held town.", "attack.air"),
    _row("Jets bombed the district on Monday, killing 15.", "attack.air"),
    _row("A guided bomb destroyed a school in Pellatine.", "attack.air"),
    _row("An air strike killed 10 fighters.", "attack.air"),
    # the same words, no event
    _row("Army experts carried out a controlled explosion of a suspicious package.", None),
    _row("A gas explosion destroyed a block of flats, killing three.", None),
    _row("Fireworks exploded over the harbour at midnight.", None),
    _row("The film was a bomb at the box office.", None),
    _row("Prices rocketed after the announcement.", None),
    _row("The space agency launched a rocket carrying two satellites.", None, fails=True),
    _row("Shares went off a cliff on Monday.", None),
    _row("His alarm went off at six.", None),
    _row("The boiler exploded in the basement of the hotel.", None),
    _row("The mine collapsed, trapping 20 workers.", None),
    _row("Miners were killed when a mine shaft flooded.", None),
    _row("The team launched an attack on the goal in the second half.", None),
    _row("Fans threw bottles at the referee.", None),
    _row("The minister dropped a bombshell at the meeting.", None, fails=True),
    _row("A shell company was set up in the islands.", None),
    _row("Egg shells landed on the floor.", None, fails=True),
    _row("Oil prices fell after the report.", None),
    _row("Sales of drones rose sharply last year.", None),
    _row("The company set off a wave of protests with its decision.", None, fails=True),
    _row("A tyre exploded on the motorway, causing a crash.", None, fails=True),
    _row("The rocket lifted off from the launch pad at dawn.", None),
    _row("Population numbers exploded in the 1990s.", None),
    _row("The singer's new album dropped on Friday.", None),
    _row("A grenade from the Second World War was found on a beach.", None),
    _row("The bomb squad was called to a school after a hoax threat.", None),
    _row("The mortar between the bricks had crumbled.", None),
    _row("A transformer blast caused a power cut.", None),
    _row("Bomb disposal experts detonated the device in a field.", None),
    _row("A demining team blew up an old shell found on a farm near Quorrin.", None),
    _row("The plane crashed into a hillside, killing all 50 on board.", None),
    _row("Snow fell on the town overnight, closing schools.", None),
    _row("The gardeners planted roses along the river.", None),
    _row("The charity landed a grant from the council.", None),
    _row("Rain fell on the marchers as they reached the square.", None),
]


@pytest.mark.parametrize(("text", "etype"), CASES)
def test_a_weapon_as_subject_or_object(parse, text, etype):
    types = {e.type for e in parse(text)._.events}
    if etype is None:
        assert not types
    else:
        assert etype in types


COUNTS = [
    ("Three shells landed in a residential district of Varlenka overnight.", ("shell", "launched", 3)),
    ("Five missiles hit the port of Dresnovo on Monday.", ("missile", "launched", 5)),
    ("Twenty rockets slammed into the town of Korvesk.", ("rocket", "launched", 20)),
    ("Rebels fired 30 rockets at the town overnight.", ("rocket", "launched", 30)),
    ("Two drones were shot down over the region on Sunday.", ("drone", "intercepted", 2)),
]


@pytest.mark.parametrize(("text", "count"), COUNTS)
def test_a_weapon_counted_as_subject_or_object(parse, text, count):
    found = {(q.item, q.role, q.value) for q in parse(text)._.quantities}
    assert count in found


def test_bombs_that_went_off_count_no_launch(parse):
    """"three bombs went off" may have been planted: no bomb is counted launched."""
    found = {(q.item, q.role) for q in parse("Three bombs went off in the market of Brelton.")._.quantities}
    assert ("guided_bomb", "launched") not in found

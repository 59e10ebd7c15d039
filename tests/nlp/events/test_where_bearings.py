"""A town an event is measured from ("north of Velden", "12 kilometres from Velden") puts the event near it
when the sentence names no scene (``where.bearing_places``); the "from" of a word of leaving ("fled from
Velden") is the scene, its "to" the destination (``where.left_from``, ``where.left_for``).

Every sentence here is invented; the towns are real only so that the gazetteer knows them.
"""

from __future__ import annotations

import pytest

# (sentence, type of its event, the town it is put at, the location's text)
BEARINGS = [
    # a compass word: near the town, and the record's text says so
    ("Government troops cleared three villages north and west of Balakliia on Monday, the army said.",
     "territory.change", "Balakliya", "north and west of Balakliia"),
    # a distance and a compass word
    ("Rebels ambushed a patrol about 12 kilometres south of Lozova on Tuesday.",
     "attack.ground", "Lozova", "about 12 kilometres south of Lozova"),
    # a distance and "from"
    ("Gunmen attacked a checkpoint 20 miles from Nizhyn on Monday.",
     "attack.ground", "Nizhyn", "20 miles from Nizhyn"),
    # a local report's arrest at a home out of town
    ("A man was arrested Wednesday at a home about 2 miles east of Nizhyn, police said.",
     "arrest", "Nizhyn", "about 2 miles east of Nizhyn"),
    # a scene named beside the bearing is the place; the bearing only says where the scene is
    ("Fighting raged on Monday in Izium, 40 km south of Balakliia.", "attack.ground", "Izyum", "Izium"),
]


@pytest.mark.parametrize("text,etype,name,words", BEARINGS)
def test_an_event_measured_from_a_town_is_near_it(events_of, text, etype, name, words):
    ev = next(e for e in events_of(text) if e.type == etype)
    assert ev.location is not None and (ev.location.name, ev.location.text) == (name, words)


# (sentence, type of its event, the town it is put at, or None for the country alone)
DEPARTURES = [
    # "from" on a word of leaving: where the leaving happened
    ("Hundreds of families fled from Balakliia to Lozova on Tuesday.", "humanitarian.evacuation", "Balakliya"),
    ("The UN was asked to monitor the evacuations from eastern Izium.", "humanitarian.evacuation", "Izyum"),
    # "to" with no "from": the only place told
    ("Hundreds of families fled to Lozova on Tuesday.", "humanitarian.evacuation", "Lozova"),
    # "from" on firing stays a reference point: the target's town is the scene
    ("Shells were fired from Lozova at Nizhyn on Monday.", "attack.artillery", "Nizhyn"),
    # so is "from" before another preposition: "from over", "from across"
    ("Jets fired missiles from over Lozova at Nizhyn on Monday.", "attack.missile", "Nizhyn"),
    # the origin of a convoy is not where it was hit
    ("The convoy from Uman was hit by a drone on Monday.", "attack.drone", None),
]


@pytest.mark.parametrize("text,etype,name", DEPARTURES)
def test_the_from_of_a_leaving_is_its_scene(events_of, text, etype, name):
    ev = next(e for e in events_of(text) if e.type == etype)
    got = ev.location.name if ev.location is not None and ev.location.precision != "country" else None
    assert got == name


# (two paragraphs, the second's event type, the town it is put at, or None for the country alone)
GOES_ON = [
    # an attack that names no place goes on at the scene of the paragraph before, in its country
    ("Shells hit Nizhyn on Sunday.\n\nJets struck Lozova on Monday, killing two soldiers.\n\n"
     "On Tuesday, the coalition conducted five airstrikes in support of the offensive, the army said.",
     "attack.air", "Lozova"),
    # the paragraph before told no scene: the country alone, not a town told further back
    ("Shells hit Nizhyn on Sunday.\n\nJets struck Lozova on Monday, killing two soldiers.\n\n"
     "The governor thanked the rescuers on Tuesday.\n\n"
     "On Wednesday, the coalition conducted five airstrikes in support of the offensive, the army said.",
     "attack.air", None),
    # a scene in another country is no guide: the country alone
    ("Police arrested two men in Fukui on Monday.\n\n"
     "Also on Monday, Ukrainian jets conducted five airstrikes against Russian positions in Ukraine.",
     "attack.air", None),
]


@pytest.mark.parametrize("text,etype,name", GOES_ON)
def test_an_unplaced_attack_goes_on_at_the_last_paragraphs_scene(events_of, text, etype, name):
    ev = next(e for e in events_of(text) if e.type == etype and e.evidence[0].start > text.rindex("\n"))
    got = ev.location.name if ev.location is not None and ev.location.precision != "country" else None
    assert got == name

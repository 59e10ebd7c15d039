"""Readings of where an event is that wire copy needs: a compass word with an article names a part of a
place, not a bearing from it (``where.names_a_part``); the end of a journey "from X to Y" is a reference
point like its start (``where.ends_a_route``); a place under a word of what talks are about is their
topic, not their venue (``where.a_topic``); a name written as a town of its own is no quarter of the
dateline's city (``finder._named_as_towns``).

Every sentence here is invented; the towns are real only so that the gazetteer knows them.
"""

from __future__ import annotations

import pytest

# (sentence, type of its event, the place's name, its precision)
PARTS = [
    # "in the east of": inside the country or the town
    ("Shelling in the east of Ukraine killed two farmers on Monday.", "attack.artillery", "Ukraine", "country"),
    ("Rockets hit the south of Kharkiv on Monday, wounding four people.", "attack.artillery", "Kharkiv", "city"),
    # a dateline abroad does not take an event in a part of a named country
    ("LONDON (Reuters) - Shelling in the north of Syria killed six civilians on Sunday, a monitoring group said.",
     "attack.artillery", "Syria", "country"),
    # a compass word without an article, or after "to", still measures from the town
    ("Troops shelled villages to the north of Kharkiv on Monday.", "attack.artillery", "Kharkiv", "city"),
    ("Rebels ambushed a patrol north of Lozova on Tuesday.", "attack.ground", "Lozova", "city"),
    # the article of a region's name written before the compass word is not the compass word's
    ("Drones struck the Bryansk region southwest of Moscow on Tuesday, the governor said.", "attack.drone",
     "Bryansk Oblast", "admin1"),
]


@pytest.mark.parametrize("text,etype,name,precision", PARTS)
def test_a_compass_word_with_an_article_names_a_part(events_of, text, etype, name, precision):
    found = [e for e in events_of(text) if e.type == etype]
    assert found and all(e.location is not None for e in found)
    assert {(e.location.name, e.location.precision) for e in found} == {(name, precision)}


# (sentence, type of its event, the town it is put at, or None for the country alone)
ROUTES = [
    # the scene is where the journey was hit, not either end of it
    ("A convoy carrying food from Lozova to Izium was hit by a drone near Balakliia on Monday.",
     "attack.drone", "Balakliya"),
    ("A train from Uman to Nizhyn was struck by a missile near Pryluky on Tuesday.", "attack.missile", "Pryluky"),
    # no scene but the journey's ends: the country
    ("A convoy from Uman to Nizhyn was hit by a drone on Monday.", "attack.drone", None),
    # a leaving's "from" stays its scene
    ("Hundreds of families fled from Balakliia to Lozova on Tuesday.", "humanitarian.evacuation", "Balakliya"),
]


@pytest.mark.parametrize("text,etype,name", ROUTES)
def test_the_end_of_a_journey_is_no_scene(events_of, text, etype, name):
    ev = next(e for e in events_of(text) if e.type == etype)
    got = ev.location.name if ev.location is not None and ev.location.precision != "country" else None
    assert got == name


# (sentence, the talks' venue)
TOPICS = [
    ("In Brussels, the foreign ministers met on Monday to discuss the war in Sudan.", "Brussels"),
    ("The two presidents held talks in Ankara on Tuesday about the fighting in Syria.", "Ankara"),
    ("Envoys met in Geneva on Friday to debate the blockade of Yemen.", "Geneva"),
]


@pytest.mark.parametrize("text,venue", TOPICS)
def test_the_topic_of_talks_is_not_their_venue(events_of, text, venue):
    talks = [e for e in events_of(text) if e.type == "diplomacy.talks"]
    assert talks and {e.location.name for e in talks if e.location is not None} == {venue}


# (a dateline's report, the country its event is put in)
OWN_TOWNS = [
    ("BEIRUT (AP) — Syrian government jets bombed the rebel-held town of Saraqeb on Monday, killing five people.",
     "SYR"),
    ("AMMAN, Jordan (AP) — Syrian government jets bombed the village of Kafr Nabl on Tuesday, killing four people.",
     "SYR"),
    # a name the report's countries do not know, with no settlement's noun, is still a quarter of the dateline's
    ("BAGHDAD (AP) — A bomb exploded in Karrada on Monday, killing five people.", "IRQ"),
]


@pytest.mark.parametrize("text,country", OWN_TOWNS)
def test_a_town_written_as_one_is_no_quarter_of_the_dateline(events_of, text, country):
    found = [e for e in events_of(text) if e.location is not None and e.type.startswith("attack")]
    assert found and {e.location.country for e in found} == {country}


# (sentence, type of its event, the only scene its records may have)
CONJOINED = [
    # a verb joined by "and" with none of the event's words is another act: its places are not the scene
    ("A gunman shot a diplomat at a gallery in Ankara on Monday and then, turning to the crowd, condemned the war "
     "in Syria, shouting about Aleppo.", "attack.civilians", "Ankara"),
    ("Gunners shelled Izium on Monday and then drove back to their base in Lozova.", "attack.artillery", "Izyum"),
    # joined acts of the same event keep their places
    ("Rebels stormed a checkpoint near Izium on Monday and killed two soldiers.", "attack.ground", "Izyum"),
]


@pytest.mark.parametrize("text,etype,name", CONJOINED)
def test_a_place_of_a_conjoined_act_is_not_the_scene(events_of, text, etype, name):
    found = [e for e in events_of(text) if e.type == etype]
    assert found and {e.location.name for e in found if e.location is not None} == {name}


def test_a_hyphened_origin_gives_no_country(events_of):
    """"a Velden-based group": where the group is based is not where its man was abducted."""
    text = ("Rebels have held the north of Cambodia for years. The engineer had been working for a Britain-based "
            "mine clearing group when he was abducted by rebels with his interpreter on Monday.")
    found = [e for e in events_of(text) if e.type == "attack.civilians"]
    assert found and {e.location.country for e in found if e.location is not None} == {"KHM"}

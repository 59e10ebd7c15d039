"""A town read in a country the report names nowhere else, beside the country it is about, is a far
namesake, not the scene (``where.stray_readings``); after a word only places take it is kept.

Every sentence here is invented; the towns are real only so that the gazetteer knows them.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

REPORT = ("Shells hit Chuhuiv in the Kharkiv region of Ukraine on Monday. A second barrage hit Izium later "
          "that day, the Ukrainian army said. ")

# (the report's last sentence, the type of its event, the country it is put in)
CASES = [
    # a name the gazetteer knows only in a country the report never names: the scene told before
    ("Gunmen stormed Fukui on Tuesday.", "attack.ground", "UKR"),
    # written after "in": the report's own scene abroad, kept
    ("The envoys met in Fukui on Tuesday.", "diplomacy.talks", "JPN"),
    # a demonym names the far country too: kept
    ("Japanese police said the assault on Fukui lasted two days.", "attack.ground", "JPN"),
]


@pytest.mark.parametrize("tail,etype,country", CASES)
def test_a_lone_far_namesake_is_not_the_scene(extractor, tail, etype, country):
    events = extractor.extract(Article(text=REPORT + tail, published=date(2025, 5, 22), id="strays"))
    ev = next(e for e in events if e.type == etype and e.evidence[0].start >= len(REPORT))
    assert ev.location is not None and ev.location.country == country


def test_a_report_about_two_countries_keeps_both(extractor):
    """Each country named by several names: no name is a stray."""
    text = ("Shells hit Chuhuiv in Ukraine on Monday. Gunmen stormed Fukui in Japan on Tuesday, "
            "Japanese police said.")
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="strays2"))
    assert {"UKR", "JPN"} <= {e.location.country for e in events if e.location}


# (text, country, is it named as a country, a demonym or a place of a scene)
NAMED = [
    ("Fukui condemned the shelling. Fukui has backed the rebels for years.", "JPN", False),  # a town that acts
    ("Rebels shelled Fukui on Monday.", "JPN", True),  # a scene
    ("Japan condemned the shelling.", "JPN", True),  # the country itself, as its government
    ("Japanese officials condemned the shelling.", "JPN", True),  # a demonym
]


@pytest.mark.parametrize("text,country,named", NAMED)
def test_a_country_given_only_by_acting_towns_is_no_side(extractor, text, country, named):
    from sitrep.nlp.events.where import named_as_a_country

    doc = extractor.parse(Article(text=text, published=date(2025, 5, 22), id="named"))
    assert named_as_a_country(doc, country) is named

"""Actor mentions: the finders and their rules, each on an invented sentence."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Gazetteer
from sitrep.lexicon import load_lexicon
from sitrep.nlp.actors import country_in, institution_kind

MENTIONS = [
    # a known actor, by name
    ("The Kremlin said the talks had stalled.", "Kremlin", "Kremlin", "RUS", "government"),
    # a person of the side the title names, and later the surname alone
    ("Chilean navy commander John Miller visited the port on Monday.", "John Miller", "John Miller", "CHL", "person"),
    ("Chilean navy commander John Miller visited the port on Monday. Miller said the fleet was ready.", "Miller",
     "John Miller", "CHL", "person"),
    # a demonym is its country, or its country's institution
    ("Peruvian warplanes bombed a rebel camp on Tuesday.", "Peruvian", "Peru", "PER", "state"),
    ("Peruvian police arrested twelve people after the march.", "Peruvian", "Peruvian police", "PER", "government"),
    # an organisation of the country named before it
    ("Chile's Interior Ministry said the border crossing would stay closed.", "Interior Ministry", "Interior Ministry",
     "CHL", "government"),
    # a capital that speaks is its government
    ("Lima said it would retaliate against any incursion.", "Lima", "Lima", "PER", "government"),
    # armed men of no named side, and "militants" after a named armed group
    ("Gunmen attacked a village in northern Mali on Sunday, killing nine people.", "Gunmen", "Gunmen", None,
     "armed_group"),
    ("Hamas fighters stormed an outpost near the fence. Later, militants fired mortars at the base.", "militants",
     "militants", "PSE", "armed_group"),
    # a bare institution of a known country is named with its country
    ("The army shelled rebel positions near Arica, Chile, on Monday.", "army", "Chile army", "CHL",
     "military"),
    ("Police fired tear gas at protesters in Arequipa, Peru, on Monday.", "Police", "Peru police", "PER",
     "government"),
    # a headline's first word the tagger took for a name is still the institution
    ("Army retakes key town from rebels near Arica, Chile", "Army", "Chile army", "CHL", "military"),
    # the troops of a mission of states are no country's, unless their words name one
    ("Gunmen attacked peacekeepers near Arica, Chile, on Sunday.", "peacekeepers", "peacekeepers", None,
     "international"),
    ("Peruvian peacekeepers were attacked near Arica, Chile, on Sunday.", "Peruvian", "Peruvian peacekeepers",
     "PER", "international"),
    # rebels named by their creed are an armed group
    ("Maoists attacked a police camp in Sukma on Monday.", "Maoists", "Maoists", None, "armed_group"),
    # a known armed group, by an alias, with its kind
    ("Da’esh fighters attacked a checkpoint on Monday.", "Da’esh", "Islamic State", None, "armed_group"),
    ("JNIM fighters attacked a checkpoint on Monday.", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", None,
     "armed_group"),
    ("The PKK attacked a checkpoint on Monday.", "PKK", "Kurdistan Workers' Party", "TUR", "armed_group"),
    ("The Houthis fired a missile at a ship on Monday.", "Houthis", "Houthis", "YEM", "armed_group"),
]


@pytest.mark.parametrize("text,mention,name,country,kind", MENTIONS)
def test_actor_mentions(parse, text, mention, name, country, kind):
    doc = parse(text)
    found = [(a.name, a.country, a.kind) for a in doc._.actors if a.text == mention]
    assert found and found[-1] == (name, country, kind), [(a.text, a.name, a.country) for a in doc._.actors]


INSTITUTION_SIDES = [
    # the country named in its modifiers
    ("Chile's army shelled a rebel position near the border.", "army", "CHL"),
    # "its": the side named last before it in the sentence
    ("Peru said its forces had retaken the bridge.", "forces", "PER"),
    # the troops a side speaks of are its own
    ("The Chilean navy said troops had fired warning shots at a fishing boat.", "troops", "CHL"),
    # the army of the country where it happens
    ("Rebels ambushed an army convoy near Arica in Chile, killing four soldiers.", "army", "CHL"),
]


@pytest.mark.parametrize("text,mention,country", INSTITUTION_SIDES)
def test_the_side_of_a_bare_institution(parse, text, mention, country):
    doc = parse(text)
    assert [a.country for a in doc._.actors if a.text == mention] == [country]


NOT_ACTORS = [
    # a demonym that says where a town is names no side
    ("A fire broke out in the northern Peruvian town of Tumbes.", "Peruvian"),
    # a cause, not a side
    ("Pro-government militias clashed with students in Caracas.", "government"),
]


@pytest.mark.parametrize("text,word", NOT_ACTORS)
def test_words_that_are_no_actor(parse, text, word):
    assert all(a.text != word for a in parse(text)._.actors)


def test_mentions_are_in_token_order(parse):
    doc = parse("Rebels ambushed an army convoy near Arica in Chile, killing four soldiers. Chilean troops fired back.")
    starts = [a.tok_start for a in doc._.actors]
    assert starts == sorted(starts) and len(starts) >= 3


COUNTRIES = [
    ("the Peruvian navy", "PER"),
    ("Chile's army", "CHL"),
    ("the Kremlin", "RUS"),
    ("a rebel group", None),
]


@pytest.mark.parametrize("text,country", COUNTRIES)
def test_country_in(parse, text, country):
    doc = parse(text)
    assert country_in(list(doc), doc, load_lexicon().actor_names(), Gazetteer.load()) == country


KINDS = [
    ("the air force", "military"),
    ("the defence ministry", "government"),
    ("the rebels", "armed_group"),
    ("the weather", None),
]


@pytest.mark.parametrize("text,kind", KINDS)
def test_institution_kind(parse, text, kind):
    assert institution_kind(list(parse(text)), load_lexicon().institutions) == kind

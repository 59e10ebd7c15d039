"""Events real reports tell in words the vocabulary lacked: a held place taken by its common noun, a town
cleared by troops, a call "with" another leader; and the same words where they tell none."""

from __future__ import annotations

import pytest

EVENTS = [
    # a place that is held, named by its common noun, taken or freed
    ("Army units stormed Orlov at dawn and, after seizing the area, dug in.", "territory.change"),
    ("Government troops liberated more neighbourhoods in the west of Tamsk.", "territory.change"),
    # a place cleared of the enemy by fighting forces
    ("Marines assaulted Karvel on Monday and had cleared the city four days later.", "territory.change"),
    ("Rebel fighters cleared the village of Sorna on Friday.", "territory.change"),
    # ground measured, taken since a campaign began, is the progress the report tells
    ("The rebels have regained about 300 square miles since the offensive on Tamsk began last month.",
     "territory.change"),
    ("Government troops have cleared 20 percent of Orlov since the assault began in May.", "territory.change"),
    # a place freed is a place liberated
    ("The army freed the town of Orlov from the militants on Monday.", "territory.change"),
    # a call with someone
    ("The foreign minister raised the matter in a call with his Ruritanian counterpart on Monday.", "diplomacy.call"),
    # armed men killed: a fight, whoever tells it
    ("Troops killed 12 militants near Tamsk on Friday.", "attack.ground"),
    # a bomber who blows himself up
    ("A suicide bomber blew himself up at a checkpoint in Kirkuk on Sunday.", "attack.explosive"),
    # diplomacy without an obvious verb: an envoy recalled, an extradition requested
    ("Chile recalled its ambassador from Peru on Monday.", "diplomacy.sanctions"),
    ("Chile formally requested the extradition of the former minister on Monday.", "diplomacy.proposal"),
]

NO_EVENTS = [
    # cleared of mines, of snow, or by crews: no ground changes hands
    ("Army engineers cleared mines near Orlov on Monday.", "territory.change"),
    ("Crews cleared the road to Tamsk of snow on Friday.", "territory.change"),
    ("Police cleared the square in Karvel after the concert.", "territory.change"),
    # goods or people, not ground
    ("Customs officers seized the cargo at the port of Sorna.", "territory.change"),
    # what has been struck since a date, with no ground measured, is background
    ("The port of Orlov has been struck repeatedly since the spring.", "attack.air"),
    # people freed are no ground
    ("Rebels freed 20 hostages in Tamsk on Monday.", "territory.change"),
    # a meeting told to describe someone
    ("The banker, who met the president in Paris on Saturday, is a rival of the minister.", "diplomacy.talks"),
    # recalling goods is no sanction
    ("The firm recalled 20,000 cars in Chile on Monday.", "diplomacy.sanctions"),
]


@pytest.mark.parametrize(("text", "etype"), EVENTS)
def test_words_that_tell_the_event(parse, text, etype):
    assert etype in [e.type for e in parse(text)._.events]


@pytest.mark.parametrize(("text", "etype"), NO_EVENTS)
def test_the_same_words_telling_none(parse, text, etype):
    assert etype not in [e.type for e in parse(text)._.events]

"""Look-alikes in local news (nlp/triggers.py, NO_EVENT_RULES): a disaster that drives people out, a wound one
dealt oneself, an animal shot or put down, an act retold on its anniversary are no event; the same words told of
war or of a crime against a person keep their record. Every incident is invented (real towns, so that the
gazetteer knows them); each row gives the text, the event family, whether a careful coder records one of it,
and the day the report came out."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

CASES = [
    # evacuation from natural hazards: none
    ("Residents of Lismore were told to leave their homes on Tuesday as the Wilsons River rose past the flood mark.",
     "humanitarian", False, date(2024, 3, 14)),
    ("Thousands were ordered to evacuate the coast near Galveston ahead of the hurricane on Wednesday.",
     "humanitarian", False, date(2025, 5, 22)),
    ("About 200 households in Paradise were evacuated on Monday as the wildfire spread toward the ridge.",
     "humanitarian", False, date(2023, 10, 5)),
    ("Police evacuated a block of flats in Swindon on Tuesday after a gas leak was reported.",
     "humanitarian", False, date(2025, 1, 9)),
    ("Villagers on the slopes near Catania fled their homes on Sunday as the volcano spewed ash.",
     "humanitarian", False, date(2024, 3, 14)),
    ("Campers at the lake near Keswick were moved to higher ground overnight as the storm hit.",
     "humanitarian", False, date(2025, 5, 22)),
    ("Some 300 people were displaced by the floods in Carlisle, the council said on Monday.",
     "humanitarian", False, date(2023, 10, 5)),
    ("Families in Hebden Bridge fled as floodwater poured into the streets on Saturday.",
     "humanitarian", False, date(2025, 1, 9)),
    # evacuation from conflict: keep
    ("Residents of the town of Kupiansk were told to leave their homes on Tuesday as Russian forces advanced.",
     "humanitarian", True, date(2024, 3, 14)),
    ("Hundreds of families were evacuated from Sumy on Monday after the shelling destroyed the market.",
     "humanitarian", True, date(2025, 5, 22)),
    ("Thousands fled Goma on Sunday as rebel fighters entered the city.",
     "humanitarian", True, date(2023, 10, 5)),
    # self-harm: none
    ("A 34-year-old man from Bendigo died of a self-inflicted gunshot wound on Monday, police said.",
     "attack", False, date(2025, 1, 9)),
    ("The soldier shot himself at the barracks in Catterick on Tuesday, the army said.",
     "attack", False, date(2024, 3, 14)),
    ("Police said the woman took her own life at her home in Dundee on Friday.",
     "attack", False, date(2025, 5, 22)),
    ("The teenager died by suicide in Wigan last week, the coroner heard on Monday.",
     "attack", False, date(2023, 10, 5)),
    # self-harm look: keep
    ("A woman in Dundee died of a gunshot wound inflicted by her husband on Friday, police said.",
     "attack", True, date(2025, 1, 9)),
    ("A man shot his neighbour and then himself at a house in Bendigo on Monday, police said.",
     "attack", True, date(2024, 3, 14)),
    # animals: none
    ("Wildlife officers shot and killed a black bear near a campground in Aspen on Tuesday.",
     "attack", False, date(2025, 5, 22)),
    ("A dog that bit a child in Stockport was put down on Monday, the council said.",
     "attack", False, date(2023, 10, 5)),
    ("Rangers culled 40 deer in Richmond Park last week.",
     "attack", False, date(2025, 1, 9)),
    ("Police shot a bull that had escaped onto the motorway near Preston on Sunday.",
     "attack", False, date(2024, 3, 14)),
    ("A hiker was mauled by a grizzly near Banff on Monday, and the bear was later shot by wardens.",
     "attack", False, date(2025, 5, 22)),
    ("A farmer in Taunton shot two stray dogs that were attacking his sheep on Friday.",
     "attack", False, date(2023, 10, 5)),
    # animal look-alike: keep
    ("Police in Aspen said a man shot and killed a hiker who was walking his dog on Tuesday.",
     "attack", True, date(2025, 1, 9)),
    ("A gunman shot dead a farmer and his dog at a farm near Taunton on Friday, police said.",
     "attack", True, date(2024, 3, 14)),
    # anniversaries: none (or not on the publication day)
    ("A year on from the stabbing of a teenager in Croydon, his family held a vigil on Sunday.",
     "attack", False, date(2025, 5, 22)),
    ("Ten years after the bombing of the market in Omagh, survivors gathered on Saturday to remember the dead.",
     "attack", False, date(2023, 10, 5)),
    ("Friends marked the first anniversary of the fatal shooting of a shop owner in Leeds on Monday.",
     "attack", False, date(2025, 1, 9)),
    ("A memorial service for the victims of the 2019 attack was held in Christchurch on Friday.",
     "attack", False, date(2024, 3, 14)),
    # anniversary look: keep
    ("A man was stabbed at a vigil in Croydon on Sunday marking a year since his brother's death.",
     "attack", True, date(2025, 5, 22)),
    ("A bomb exploded near the war memorial in Omagh on Saturday during a remembrance service.",
     "attack", True, date(2023, 10, 5)),
    # more of the same kinds
    ("A gas leak forced the evacuation of a primary school in Bolton on Thursday morning.",
     "humanitarian", False, date(2025, 1, 9)),
    ("Hundreds of residents in Ventura were told to flee on Monday as the blaze jumped the highway.",
     "humanitarian", False, date(2024, 3, 14)),
    ("Coastal towns in Louisiana emptied on Sunday as the hurricane closed in.",
     "humanitarian", False, date(2025, 5, 22)),
    ("Two years on from the shooting of a taxi driver in Rotherham, police renewed their appeal on Monday.",
     "attack", False, date(2023, 10, 5)),
    ("The kangaroo was euthanised by a vet after it was hit by a car near Dubbo on Sunday.",
     "attack", False, date(2025, 1, 9)),
    ("Farmers shot dozens of wild boar in the woods near Cottbus last week.",
     "attack", False, date(2024, 3, 14)),
    ("The fox was shot by a gamekeeper on an estate near Thetford on Saturday.",
     "attack", False, date(2025, 5, 22)),
    ("A man was mauled by a dog in Hull on Monday and later died of his injuries.",
     "attack", False, date(2023, 10, 5)),
    ("Police said the man killed his wife and then turned the gun on himself in Bolton on Thursday.",
     "attack", True, date(2025, 1, 9)),
    ("Two days on from the shooting of a taxi driver in Rotherham, police arrested a man on Monday.",
     "attack", True, date(2024, 3, 14)),
    ("A man walking his dog was stabbed by two teenagers in Hull on Monday, police said.",
     "attack", True, date(2025, 5, 22)),
    ("Residents were evacuated from Kherson on Monday as Russian shelling intensified.",
     "humanitarian", True, date(2023, 10, 5)),
    # a vehicle that hits is a road accident; a driver who shoots uses arms (invented incidents)
    ("A pickup struck a cyclist on Route 9 near Keene on Tuesday, police said.", "attack", False, date(2024, 3, 14)),
    ("The car skidded on the ice and hit a wall in Barrie on Sunday.", "attack", False, date(2025, 1, 9)),
    ("The driver of the van pulled a pistol and shot at two deputies near Keene on Tuesday, police said.",
     "attack", True, date(2024, 3, 14)),
    ("A motorist opened fire on a trooper during a traffic stop in Barrie on Sunday, police said.",
     "attack", True, date(2025, 1, 9)),
]


@pytest.mark.parametrize("text,family,recorded,published", CASES)
def test_a_look_alike_is_no_event(extractor, text, family, recorded, published):
    events = extractor.extract(Article(text=text, published=published, id="probe"))
    got = [e.type for e in events if e.type.split(".")[0] == family]
    assert bool(got) == recorded, got

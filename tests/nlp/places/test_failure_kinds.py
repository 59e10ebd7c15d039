"""Places on real text, one table row per failure kind of issue 15 and its variants: the event's place,
not any place the sentence names. Every sentence is made up; the villages are invented (none is in the
development or evaluation files), the towns, regions and countries are well-known real ones.

Two tables: ``NAMES`` checks how ``sitrep places`` reads one name of a sentence (its country, region,
precision, whether it is refused as a government or an organisation); ``SCENES`` checks the place of the
event the sentence tells.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

# kinds, as numbered in the issue
DEMONYM = "1 nationality is an actor"
QUALIFIER = "2 qualifier binds"
NON_PLACE = "3 not a place"
NAMESAKE = "4 report context decides namesakes"
OTHER_CLAUSE = "5 a place named near the event"
COARSE = "6 not coarser than written"
MISSED = "7 missed names"

# (kind, sentence, name as written, fields its reading must have; None: the name is not read as a place)
NAMES = [
    # 1: a demonym is an actor; it never pulls a namesake into its country
    (DEMONYM, "Russian troops shelled Pokrovsk on Sunday, wounding four people.", "Pokrovsk", {"country": "UKR"}),
    (DEMONYM, "A Russian drone hit a house in Pokrovsk overnight.", "Pokrovsk", {"country": "UKR"}),
    (DEMONYM, "Russian artillery struck Vesele in the Donetsk region on Monday.", "Vesele", {"admin1": "UA-14"}),
    (DEMONYM, "Russian forces fired on Kupiansk in the Kharkiv region.", "Kupiansk", {"admin1": "UA-63"}),
    (DEMONYM, "Russian missiles hit Kramatorsk in the Donetsk region on Friday.", "Kramatorsk",
     {"admin1": "UA-14"}),
    (DEMONYM, "Ukrainian drones struck an oil depot in Bryansk region overnight.", "Bryansk region",
     {"country": "RUS", "precision": "admin1"}),
    (DEMONYM, "Syrian government forces shelled Douma on Monday.", "Douma", {"country": "SYR"}),
    (DEMONYM, "Israeli jets struck targets near Tyre in southern Lebanon.", "Tyre", {"country": "LBN"}),
    (DEMONYM, "Turkish jets bombed positions near Sinjar on Sunday.", "Sinjar", {"country": "IRQ"}),
    (DEMONYM, "Sudanese paratroopers landed near Omdurman on Monday.", "Omdurman", {"country": "SDN"}),
    (DEMONYM, "Russian troops shelled Pokrovsk on Sunday, wounding four people.", "Russian",
     {"metonymic": True}),
    (DEMONYM, "Israeli jets struck targets near Tyre in southern Lebanon.", "Israeli", {"metonymic": True}),
    (DEMONYM, "Turkish jets bombed positions near Sinjar on Sunday.", "Turkish", {"metonymic": True}),
    (DEMONYM, "American advisers arrived in Kyiv on Monday.", "American", {"metonymic": True}),
    (DEMONYM, "Iranian drones hit a tanker off the coast of Oman.", "Iranian", {"metonymic": True}),
    # 2: "X, Y region", "X in Y", "the village of X in Y": X inside Y, an unknown X at Y
    (QUALIFIER, "Gunmen killed three farmers near Hrazdovo, Kharkiv oblast, on Wednesday.", "Hrazdovo",
     {"admin1": "UA-63", "precision": "admin1"}),
    (QUALIFIER, "Russian troops shelled Pelykhivka, Donetsk region, on Tuesday.", "Pelykhivka",
     {"admin1": "UA-14", "precision": "admin1"}),
    (QUALIFIER, "Soldiers burned houses in Nyaungzin village, Sagaing region, on Friday.", "Nyaungzin",
     {"admin1": "MM-01", "precision": "admin1"}),
    (QUALIFIER, "The army shelled the village of Kostrubne in Donetsk oblast on Monday.", "Kostrubne",
     {"admin1": "UA-14", "precision": "admin1"}),
    (QUALIFIER, "Drones struck Selmirka, Zaporizhzhia oblast, overnight.", "Selmirka",
     {"admin1": "UA-23", "precision": "admin1"}),
    (QUALIFIER, "Fighting was reported near Tovarivka, Sumy region, on Thursday.", "Tovarivka",
     {"admin1": "UA-59", "precision": "admin1"}),
    (QUALIFIER, "Shelling hit Vyshkove, Kherson oblast, killing a woman.", "Vyshkove",
     {"admin1": "UA-65", "precision": "admin1"}),
    (QUALIFIER, "Artillery hit Shumkove, Dnipropetrovsk oblast, on Friday.", "Shumkove",
     {"admin1": "UA-12", "precision": "admin1"}),
    (QUALIFIER, "Militants attacked Tazmout, Idlib province, at dawn.", "Tazmout",
     {"admin1": "SY-ID", "precision": "admin1"}),
    (QUALIFIER, "Jets struck Qasrun, Aleppo governorate, on Monday.", "Qasrun",
     {"admin1": "SY-HL", "precision": "admin1"}),
    (QUALIFIER, "Russian artillery struck Vesele in the Donetsk region on Monday.", "the Donetsk region",
     {"admin1": "UA-14", "precision": "admin1"}),
    (QUALIFIER, "Flooding cut off Paris, Texas, on Monday.", "Paris", {"country": "USA", "admin1": "US-TX"}),
    (QUALIFIER, "A tornado hit Athens, Ga., late on Sunday.", "Athens", {"country": "USA", "admin1": "US-GA"}),
    (QUALIFIER, "Police in Salisbury, England, arrested a man on Thursday.", "Salisbury", {"country": "GBR"}),
    (QUALIFIER, "Gunmen attacked a bus in the Yarmouk district of Baghdad on Monday.", "the Yarmouk district",
     {"country": "IRQ"}),
    (QUALIFIER, "A bomb exploded in Yarmouk in Baghdad on Monday.", "Yarmouk", {"country": "IRQ"}),
    (QUALIFIER, "Shelling hit Beirut's Hamra district on Friday.", "Hamra district", {"country": "LBN"}),
    (QUALIFIER, "A fire broke out in Brooklyn, New York, on Tuesday.", "Brooklyn", {"country": "USA"}),
    (QUALIFIER, "Protesters gathered in Kreuzberg, Berlin, on Saturday.", "Kreuzberg", {"country": "DEU"}),
    (QUALIFIER, "Police raided a flat in Molenbeek, Brussels, on Wednesday.", "Molenbeek", {"country": "BEL"}),
    (QUALIFIER, "Drones hit Kharkiv, Ukraine, on Friday.", "Kharkiv", {"country": "UKR", "precision": "city"}),
    (QUALIFIER, "Troops entered Kupiansk, Kharkiv region, on Monday.", "Kupiansk", {"admin1": "UA-63"}),
    (QUALIFIER, "A strike hit Kale township, Sagaing region, on Monday.", "Kale township", {"country": "MMR"}),
    # 3: names that are not places: organisations, governments addressed or speaking
    (NON_PLACE, "The Springfield administration said on Monday that it would cut funding.", "Springfield",
     {"metonymic": True}),
    (NON_PLACE, "The Denver administration announced new rules on Friday.", "Denver", {"metonymic": True}),
    (NON_PLACE, "The Kharkiv administration said two people were hurt.", "Kharkiv", {"metonymic": True}),
    (NON_PLACE, "Moscow said on Tuesday that the talks had failed.", "Moscow", {"metonymic": True}),
    (NON_PLACE, "Officials said Kyiv was not interested in a truce.", "Kyiv", {"metonymic": True}),
    (NON_PLACE, "Damascus accused Ankara of shelling border villages.", "Ankara", {"metonymic": True}),
    (NON_PLACE, "Washington urged Islamabad to act against the militants.", "Islamabad", {"metonymic": True}),
    (NON_PLACE, "Ukraine's air force said it downed 30 drones overnight.", "Ukraine", {"metonymic": True}),
    (NON_PLACE, "Beijing and Manila traded accusations on Monday.", "Manila", {"metonymic": True}),
    (NON_PLACE, "Oxford Analytics Ltd opened an office on Monday.", "Oxford", {"metonymic": True}),
    (NON_PLACE, "Tehran warned on Sunday that it would respond.", "Tehran", {"metonymic": True}),
    (NON_PLACE, "Two cases of Marburg virus were confirmed on Monday.", "Marburg", {"metonymic": True}),
    (NON_PLACE, "Doctors reported a rise in Lassa fever cases on Friday.", "Lassa", {"metonymic": True}),
    (NON_PLACE, "Gunmen attacked a checkpoint near Lindovka on Monday.", "Lindovka", None),
    (NON_PLACE, "The convoy passed near Quenlow before dawn.", "Quenlow", None),
    (NON_PLACE, "Fighters from Marrowby were seen near the river.", "Marrowby", None),
    # 4: the report's own country and city before a namesake abroad
    (NAMESAKE, "Police in Salisbury, England, arrested a man on Thursday.", "England",
     {"country": "GBR", "precision": "admin1"}),
    (NAMESAKE, "A bomb exploded in Little Havana, Miami, on Friday.", "Little Havana",
     {"country": "USA", "admin1": "US-FL"}),
    (NAMESAKE, "Storms hit Atlanta on Monday, and schools across Georgia closed.", "Atlanta",
     {"country": "USA", "admin1": "US-GA"}),
    (NAMESAKE, "Russian forces shelled Georgia's Gori on Tuesday.", "Gori", {"country": "GEO"}),
    (NAMESAKE, "Syrian forces besieged Madaya near Damascus on Monday.", "Damascus", {"country": "SYR"}),
    (NAMESAKE, "Flooding hit Kharkiv on Monday, the Ukrainian rescue service said.", "Kharkiv",
     {"country": "UKR"}),
    (NAMESAKE, "Clashes broke out in Tripoli, Libya, on Friday.", "Tripoli", {"country": "LBY"}),
    (NAMESAKE, "Clashes broke out in Tripoli, Lebanon, on Friday.", "Tripoli", {"country": "LBN"}),
    (NAMESAKE, "A shooting in Paris, Texas, left two dead.", "Texas", {"country": "USA", "precision": "admin1"}),
    (NAMESAKE, "Rain flooded Alexandria, Egypt, on Sunday.", "Alexandria", {"country": "EGY"}),
    (NAMESAKE, "Rain flooded Alexandria, Virginia, on Sunday.", "Alexandria", {"country": "USA"}),
    (NAMESAKE, "A bomb exploded in Yarmouk in Baghdad on Monday.", "Baghdad", {"country": "IRQ"}),
    (NAMESAKE, "BAGHDAD — A bomb exploded in Yarmouk on Monday, police said.", "Yarmouk",
     {"country": "IRQ", "admin1": "IQ-BG"}),
    (NAMESAKE, "BAGHDAD — Iraqi troops advanced near Raqqa on Monday.", "Raqqa", {"country": "SYR"}),
    (NAMESAKE, "LONDON — A man was stabbed in Paris on Monday.", "Paris", {"country": "FRA"}),
    (NAMESAKE, "MIAMI — A bomb exploded in Little Havana on Friday.", "Little Havana", {"country": "USA"}),
    # 5: the place named near the event is no scene; a border is where the line runs
    (OTHER_CLAUSE, "Police arrested two smugglers near the Thai-Cambodia border on Tuesday.", "Thai",
     {"metonymic": True}),
    # 6: a town read at the town, a country at its precision
    (COARSE, "A rocket hit a school in Kiryat Shmona on Monday.", "Kiryat Shmona",
     {"country": "ISR", "precision": "city"}),
    (COARSE, "Clashes in Port Sudan killed six people on Saturday.", "Port Sudan",
     {"country": "SDN", "precision": "city"}),
    (COARSE, "Fighting spread across Sudan on Monday.", "Sudan", {"country": "SDN", "precision": "country"}),
    (COARSE, "Protests spread in Mexico on Sunday.", "Mexico", {"country": "MEX", "precision": "country"}),
    (COARSE, "A car bomb exploded in Mexico City on Sunday.", "Mexico City", {"country": "MEX", "precision": "city"}),
    (COARSE, "Shelling hit Donetsk on Monday.", "Donetsk", {"country": "UKR", "precision": "city"}),
    (COARSE, "A drone hit a house in the Donetsk region on Monday.", "the Donetsk region",
     {"country": "UKR", "precision": "admin1"}),
    (COARSE, "Flooding hit Canada's Quebec province on Monday.", "Quebec province",
     {"country": "CAN", "precision": "admin1"}),
    # 7: abbreviations, longer names
    (MISSED, "Drones struck a depot in the UAE on Monday.", "UAE", {"country": "ARE"}),
    (MISSED, "Oil prices rose across the Middle East on Monday.", "the Middle East",
     {"country": None, "precision": "point"}),
    (MISSED, "Storms battered the Atlantic coast on Sunday.", "Atlantic", {"country": None, "precision": "point"}),
    (MISSED, "Missiles were fired from the DPRK on Monday.", "DPRK", {"country": "PRK"}),
    (MISSED, "Officials in the United Arab Emirates said two tankers were hit.", "the United Arab Emirates",
     {"country": "ARE"}),
    (MISSED, "The DRC army said rebels had taken a town.", "DRC", {"country": "COD"}),
    (MISSED, "A bomb exploded in Little Havana, Miami, on Friday.", "Miami", {"country": "USA"}),
    (MISSED, "Strikes hit Deir ez-Zor on Monday.", "Deir ez-Zor", {"country": "SYR"}),
    (MISSED, "Jets struck Mazar-i-Sharif overnight.", "Mazar-i-Sharif", {"country": "AFG"}),
    (MISSED, "Rockets fell on East Jerusalem on Friday.", "East Jerusalem", {"country": "PSE"}),
    (MISSED, "Shelling hit the Gaza Strip on Monday.", "the Gaza Strip", {"country": "PSE"}),
]


@pytest.mark.parametrize(("kind", "text", "name", "fields"), NAMES,
                         ids=[f"{c[0][:1]}-{i}-{c[2]}" for i, c in enumerate(NAMES)])
def test_a_name_is_read_by_its_use(places, kind, text, name, fields):
    found = places(text)
    if fields is None:
        assert name not in found or found[name].get("refused") or found[name]["name"] is None
        return
    assert name in found, f"{name} not read in {sorted(found)}"
    assert {k: found[name][k] for k in fields} == fields


# (kind, sentence, what the event's place must be: fields it has, or ("not", country) it must not be in)
SCENES = [
    # 1: never the nationality of an actor
    (DEMONYM, "Russian forces shelled the village of Kostrubne in Donetsk oblast on Monday, killing two civilians.",
     {"admin1": "UA-14"}),
    (DEMONYM, "A Russian drone hit a house in Pokrovsk on Sunday, killing two people.", {"country": "UKR"}),
    (DEMONYM, "Russian troops shelled Pelykhivka, Donetsk region, on Tuesday, wounding three people.",
     {"admin1": "UA-14"}),
    (DEMONYM, "Russian artillery struck Vesele in the Donetsk region on Monday, killing one man.",
     {"admin1": "UA-14"}),
    (DEMONYM, "A Turkish airstrike killed five fighters in northern Iraq on Sunday.", {"country": "IRQ"}),
    (DEMONYM, "Ukrainian drones struck an oil depot in Bryansk region overnight.", {"admin1": "RU-BRY"}),
    (DEMONYM, "Israeli jets struck a house in Tyre on Monday, killing three people.", {"country": "LBN"}),
    (DEMONYM, "Russian missiles hit Odesa on Friday, killing four people.", {"country": "UKR"}),
    (DEMONYM, "Sudanese army drones hit a market in Nyala on Monday, killing 12 people.", {"country": "SDN"}),
    (DEMONYM, "Iranian missiles struck Erbil on Sunday, killing four people.", {"country": "IRQ"}),
    (DEMONYM, "American drones struck a camp in Somalia on Friday, killing two militants.", {"country": "SOM"}),
    (DEMONYM, "Pakistani jets bombed hideouts in Khost on Monday, killing eight people.", {"country": "AFG"}),
    (DEMONYM, "Russian forces shelled Gori in Georgia on Tuesday, killing two people.", {"country": "GEO"}),
    # 2: the qualifier binds the town to its region or city
    (QUALIFIER, "Gunmen attacked a bus in the Yarmouk district of Baghdad on Monday, killing four passengers.",
     {"country": "IRQ"}),
    (QUALIFIER, "A bomb exploded in Little Havana, Miami, on Friday, injuring two people.", {"country": "USA"}),
    (QUALIFIER, "Russian drones hit Selmirka, Zaporizhzhia oblast, overnight, killing two people.",
     {"admin1": "UA-23"}),
    (QUALIFIER, "Shelling hit Vyshkove, Kherson oblast, on Monday, killing a woman.", {"admin1": "UA-65"}),
    (QUALIFIER, "Troops shelled the village of Lindovka in the Kharkiv region on Monday, killing a man.",
     {"admin1": "UA-63"}),
    (QUALIFIER, "Artillery hit Kupiansk, Kharkiv region, on Monday, killing two people.", {"admin1": "UA-63"}),
    # 5: a place in another event's clause, or a border, is not the scene
    (OTHER_CLAUSE, "Police arrested two smugglers in Aranyaprathet near the Thai-Cambodia border on Tuesday.",
     {"country": "THA"}),
    (OTHER_CLAUSE, "Troops clashed near the border with Laos in northern Vietnam on Friday, killing two soldiers.",
     {"country": "VNM"}),
    (OTHER_CLAUSE, "Rebels shelled a village near the Ukraine-Russia border in the Sumy region, killing one man.",
     {"admin1": "UA-59"}),
    (OTHER_CLAUSE, "Troops clashed near the Syria-Turkey border in Idlib province on Monday, killing two soldiers.",
     {"admin1": "SY-ID"}),
    (OTHER_CLAUSE, "A drone hit a market in Aleppo on Monday, days after militants threatened to attack France.",
     {"country": "SYR"}),
    (OTHER_CLAUSE, "Jets struck a depot in Idlib on Friday, hours after the rebels vowed to attack Damascus.",
     {"country": "SYR"}),
    # 6: not coarser than written: a country written after an unknown town is narrowed to the scene told
    # last inside it; a country that is the scene stays the country
    (COARSE, "Airstrikes in Idlib province killed 20 militants on Monday.\n\n"
     "A strike on Tuesday hit two vehicles near Tazmout, Syria, killing four fighters.", {"admin1": "SY-ID"}),
    (COARSE, "Shelling hit villages in the Sumy region on Monday, killing two people.\n\n"
     "Another strike near Vyshkove, Ukraine, killed a man on Tuesday.", {"admin1": "UA-59"}),
    (COARSE, "A rocket hit a school in Kiryat Shmona on Monday, injuring two children.",
     {"precision": "city", "country": "ISR"}),
    (COARSE, "Clashes in Port Sudan killed six people on Saturday.", {"precision": "city", "country": "SDN"}),
    (COARSE, "A car bomb exploded in Mexico City on Sunday, killing three people.",
     {"precision": "city", "country": "MEX"}),
    (COARSE, "Drones hit Kharkiv on Monday, injuring five people.", {"precision": "city", "country": "UKR"}),
]


def test_a_country_that_is_the_scene_is_not_narrowed(extractor):
    """"Drones launched at Ukraine" after a paragraph on one region is the whole country's wave."""
    text = ("Shelling in the Kharkiv region killed two people on Monday.\n\n"
            "Russia launched 80 drones at Ukraine overnight, the air force said.")
    drones = [e for e in extractor.extract(Article(text, date(2024, 3, 1))) if e.type == "attack.drone"]
    assert drones and drones[0].location is not None and drones[0].location.precision == "country"


@pytest.fixture(scope="module")
def scene(extractor):
    def run(text: str):
        events = [e for e in extractor.extract(Article(text, date(2024, 3, 1))) if not e.type.startswith("statement")]
        assert events, f"no event in {text!r}"
        return events[0].location

    return run


@pytest.mark.parametrize(("kind", "text", "expected"), SCENES, ids=[f"{c[0][:1]}-{i}" for i, c in enumerate(SCENES)])
def test_the_events_place_is_its_scene(scene, kind, text, expected):
    loc = scene(text)
    if isinstance(expected, tuple):
        assert loc is None or loc.country != expected[1]
        return
    assert loc is not None
    assert {k: getattr(loc, k) for k in expected} == expected


# (sentence, name, how ``sitrep places`` says it was taken or refused)
REASONS = [
    ("Moscow said on Tuesday that the talks had failed.", "Moscow", "refused: subject of a verb"),
    ("The Denver administration announced new rules on Friday.", "Denver", "refused: organisation or disease"),
    ("Damascus accused Ankara of shelling border villages.", "Ankara", "refused: addressed government"),
    ("Ukraine's air force said it downed 30 drones overnight.", "Ukraine", "refused: owner of an institution"),
    ("Russian troops shelled Pokrovsk on Sunday.", "Russian", "refused: a demonym"),
    ("Gunmen killed three farmers near Hrazdovo, Kharkiv oblast, on Wednesday.", "Hrazdovo", "within:"),
    ("Shelling hit Pokrovsk on Sunday.", "Pokrovsk", "taken: entity GPE"),
    ("A drone hit a house in Pokrovsk overnight.", "Pokrovsk", "taken: after \"in\""),
    ("Fighting went on near Kupiansk on Monday.", "Kupiansk", "taken: after \"near\""),
    ("A drone hit a house in the Donetsk region on Monday.", "the Donetsk region", "taken: after \"in\"; region word"),
    ("Gunmen attacked a checkpoint near Lindovka on Monday.", "Lindovka", "refused: no place of this name"),
    ("Turkish police detained four suspects.", "Turkish", "refused: a demonym"),
]


@pytest.fixture(scope="module")
def listed():
    """``sitrep places`` as the command runs it: with the names refused as places."""
    from sitrep.api import default_extractor, place_mentions

    ex = default_extractor()

    def run(text: str) -> dict[str, dict]:
        rows = place_mentions(Article(text=text, published=date(2024, 3, 1)), extractor=ex, refused=True)
        return {row["text"]: row for row in rows}

    return run


@pytest.mark.parametrize(("text", "name", "why"), REASONS, ids=[f"{c[1]}-{c[2][:12]}" for c in REASONS])
def test_places_says_why(listed, text, name, why):
    found = listed(text)
    assert name in found, sorted(found)
    assert found[name]["reason"].startswith(why)

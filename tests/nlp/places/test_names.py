"""`sitrep places` beyond the event places (nlp/places/names.py): datelines, places inside names,
demonyms, untagged names.

Each report goes through ``api.place_mentions`` as the command does; the cases are written
for the rules, not taken from any benchmark corpus.
"""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Gazetteer
from sitrep.nlp.places.names import (
    FORM_RULES,
    NEXT,
    by_abbreviation,
    by_demonym,
    code,
    dotted,
    numeral_or_short,
)

# (rule, capitalised text, what the rule decides: a country or region code, None for no place, NEXT to go on)
FORM_CASES = [
    (by_demonym, "Norwegian", "NOR"),
    (by_demonym, "Brindlev", NEXT),
    (by_abbreviation, "Ga.", "US-GA"),
    (by_abbreviation, "Brindlev", NEXT),
    (dotted, "U.K.", "GBR"),  # "U.K. officials"
    (dotted, "Sen.", None),  # "Sen. Brindle": a senator, not Senegal
    (dotted, "Brindlev", NEXT),
    (numeral_or_short, "II", None),  # "World War II"
    (numeral_or_short, "Bo", None),  # a first name
    (numeral_or_short, "Brindlev", NEXT),
    (code, "DRC", "COD"),  # "DRC officials": a code reports use
    (code, "NLP", None),  # "shares of NLP": a ticker
    (code, "Brindlev", NEXT),
]


@pytest.mark.parametrize(("rule", "text", "decided"), FORM_CASES,
                         ids=[f"{c[0].__name__}:{c[1]}" for c in FORM_CASES])
def test_form_rules(rule, text, decided):
    result = rule(text, Gazetteer.load())
    if decided is NEXT or decided is None:
        assert result is decided
    else:
        assert result.admin1 == decided or result.country == decided, result


def test_form_rules_have_examples():
    for rule in FORM_RULES:
        assert rule.__doc__ and '"' in rule.__doc__, rule.__name__


def test_dateline_after_headline(places):
    found = places("Storm topples trucks on the interstate. SALINA, Kan. Strong winds toppled 13 vehicles on "
                   "Tuesday. A second storm hit later.")
    assert found["SALINA"]["admin1"] == "US-KS"
    assert found["Kan."]["admin1"] == "US-KS"


def test_dash_dateline(places):
    found = places("Council votes on budget. SPRINGFIELD, Ill. -- The city council voted on Monday.")
    assert found["SPRINGFIELD"]["admin1"] == "US-IL"


def test_places_inside_names(places):
    found = places("The Russian Foreign Ministry said the incident was under review. A spokesman for the "
                   "S.C. Highway Patrol said troopers arrived first. Patients went to the Hospital of the "
                   "University of Pennsylvania.")
    assert found["Russian"]["country"] == "RUS" and found["Russian"]["metonymic"]
    assert found["S.C."]["admin1"] == "US-SC"
    assert found["Pennsylvania"]["admin1"] == "US-PA"
    assert "University" not in found and "Hospital" not in found


def test_demonym_tagged_as_a_person(places):
    found = places("Nobody expects Sri Lankan politics to calm down before the elections.")
    assert found["Sri Lankan"]["country"] == "LKA"


def test_words_and_people_are_not_places(places):
    found = places("Sheriff John Moore said the Center for Rural Affairs and the Union Pacific railroad "
                   "will meet in Omaha, Neb. Moore said the talks begin on Friday. Sen. Smith agreed.")
    assert found["Omaha"]["admin1"] == "US-NE"
    for word in ("Moore", "Center", "Union", "Sen."):
        assert word not in found, found.get(word)


def test_town_comma_region_abbreviation(places):
    """A town written before its region's abbreviation is read inside that region."""
    found = places("When Lucy Lau was born in Churchill, Man. her parents worried. Later the family "
                   "moved to Gatineau, Que., and then to Ottawa.")
    assert found["Churchill"]["admin1"] == "CA-MB"
    assert found["Man."]["admin1"] == "CA-MB"
    assert found["Gatineau"]["admin1"] == "CA-QC"


# (report, mention, what the mention must be: country, ISO 3166-2 region, precision); invented reports
PAIRS_AND_DATELINES = [
    # a dateline is the town the reporter filed from, before a region of the same name
    ("VICTORIA — British Columbia's premier opened the new ferry terminal on Monday.",
     "VICTORIA", ("CAN", "CA-BC", "city")),
    ("WASHINGTON (AP) — The Senate passed the farm bill late on Tuesday after a long debate.",
     "WASHINGTON", ("USA", "US-DC", "city")),
    ("Mill to close\nDETROIT The carmaker said on Friday it would shut its oldest plant next year.",
     "DETROIT", ("USA", "US-MI", "city")),
    ("PARIS, Mo. — A grain elevator caught fire on Sunday, the county fire chief said.",
     "PARIS", ("USA", "US-MO", "city")),
    ("LOUISVILLE, KY--(Newswire) -- A bourbon maker said on Monday it would open a second distillery.",
     "KY", ("USA", "US-KY", "admin1")),
    ("Cemetery gates stolen\nBEIRUT: Thieves removed the iron gates of two cemeteries overnight, police said.",
     "BEIRUT", ("LBN", None, "city")),
    ("A man was shot on a county road, according to Denton County Sheriff Tracy Murphree.",
     "Denton County", ("USA", "US-TX", "district")),
    ("MARION CO. - Deputies found a stolen tractor in a barn on Wednesday.",
     "MARION CO.", ("USA", None, "district")),
    # a town written before its region, by the region's full name
    ("She grew up in Paris, Texas, and now farms near Richmond, Virginia.", "Paris", ("USA", "US-TX", "city")),
    ("She grew up in Paris, Texas, and now farms near Richmond, Virginia.", "Richmond", ("USA", "US-VA", "city")),
    ("He was survived by a brother, Leonard of Ada, Oklahoma, and two sisters.", "Ada", ("USA", "US-OK", "city")),
    ("The blaze spread to a barn outside Kupiansk, Ukraine, on Friday.", "Kupiansk", ("UKR", "UA-63", "city")),
    # a town the gazetteer knows only elsewhere: the region written after it is what is sure
    ("A truck overturned two miles south of Holliday, Missouri, on Route C.", "Holliday",
     ("USA", "US-MO", "admin1")),
    # regions in a list are no pair
    ("Drilling slowed in Alberta, Saskatchewan and Manitoba this winter.", "Alberta", ("CAN", "CA-AB", "admin1")),
    # a country's or region's name before a region that holds a town of that name is the town
    ("The new library in Lebanon, Pennsylvania, opens on Monday.", "Lebanon", ("USA", "US-PA", "city")),
    ("A cattle auction in Dublin, Georgia, drew buyers from three states.", "Dublin", ("USA", "US-GA", "city")),
    ("Trade grew between Georgia, Armenia and Turkey last year.", "Georgia", ("GEO", None, "country")),
    # a hamlet named like its state is not what the state's name means
    ("Deputies searched farms in six Iowa counties and two in Wisconsin.", "Iowa", ("USA", "US-IA", "admin1")),
]


@pytest.mark.parametrize(("text", "mention", "expected"), PAIRS_AND_DATELINES)
def test_pairs_and_datelines(places, text, mention, expected):
    found = places(text)
    assert mention in found, sorted(found)
    m = found[mention]
    country, admin1, precision = expected
    assert m["country"] == country
    assert admin1 is None or m["admin1"] == admin1, m
    assert m["precision"] == precision, m


@pytest.mark.parametrize("text", [
    "Shares of NLP rose four percent after the sale of its office building.",
    "The ticker KSA was added to the index.",
])
def test_codes_are_no_towns(places, text):
    assert not places(text)


# (report, mention, country, ISO 3166-2 region, precision): invented reports
NAMES_IN_CONTEXT = [
    # continents by their demonyms
    ("European and Asian buyers cancelled their orders for the harvest.", "European", None, None, "point"),
    ("European and Asian buyers cancelled their orders for the harvest.", "Asian", None, None, "point"),
    # a country opening a one-token compound
    ("A U.S.-led naval task force sailed on Monday.", "U.S.", "USA", None, "country"),
    # a region's office after the name asks for the region
    ("Former New York Gov. Tom Walsh opened the new bridge on Monday.", "New York", "USA", "US-NY", "admin1"),
    ("The Kharkiv governor said two people were hurt in the city.", "Kharkiv", "UKR", "UA-63", "admin1"),
    # a name the report uses as a place is that place at the head of another name
    ("A truck hit a bus in Glasgow, Kentucky on Monday.\nGlasgow Police said no one was hurt.",
     "Glasgow Police", "USA", "US-KY", "city"),
    # a province named alone is the province; the report's other names place the town
    ("Fuel prices rose in Quebec this week. Drivers in Montreal and Laval queued at pumps.",
     "Quebec", "CAN", "CA-QC", "admin1"),
    # a state named only in its police's name ("Brindshire State Police") places a bare town namesake
    ("A trooper stopped a truck near Lebanon on Monday, the Indiana State Police said.",
     "Lebanon", "USA", "US-IN", "city"),
    ("Troopers stopped a truck near Paris on Friday, the Texas Department of Public Safety said.",
     "Paris", "USA", "US-TX", "city"),
    # a country's name that is also a region's, with a town of that region and nothing else of the country
    ("Georgia deputies found a stolen tractor near Athens on Friday.", "Athens", "USA", "US-GA", "city"),
    ("Greek and Georgian ministers met in Athens on Friday.", "Athens", "GRC", None, "city"),
]


@pytest.mark.parametrize(("text", "mention", "country", "admin1", "precision"), NAMES_IN_CONTEXT)
def test_names_in_context(places, text, mention, country, admin1, precision):
    found = places(text)
    key = mention if mention in found else mention.split()[0]
    assert key in found, sorted(found)
    m = found[key]
    assert m["country"] == country and m["precision"] == precision, m
    assert admin1 is None or m["admin1"] == admin1, m
    if mention == "European":
        assert m["name"] == "Europe"


def test_pronouns_are_no_places(places):
    found = places('Police said the woman was taken to Winnipeg. "She had been driven there from Montreal," '
                   "an officer said.")
    assert "She" not in found and "Winnipeg" in found


# unknown villages and districts placed in the known place the sentence puts them in (invented reports)
CONTAINED = [
    ("Shells hit the villages of Zarqin and Bawfel in Idlib on Monday.", "Zarqin", "SYR", None),
    ("Shells hit the villages of Zarqin and Bawfel in Idlib on Monday.", "Bawfel", "SYR", None),
    ("A fire broke out in the town of Qarmoun in the Karak district, a statement said.", "Qarmoun", "JOR", None),
    ("Mud buried 30 homes in Lanxiao county in Sichuan province on Saturday.", "Lanxiao", "CHN", "admin1"),
]


@pytest.mark.parametrize(("text", "mention", "country", "precision"), CONTAINED)
def test_unknown_places_take_their_container(places, text, mention, country, precision):
    found = places(text)
    assert mention in found, sorted(found)
    assert found[mention]["country"] == country
    assert precision is None or found[mention]["precision"] == precision
    assert found[mention]["within"] == found[mention]["name"]  # says it was placed at its container


@pytest.mark.parametrize(("text", "absent"), [
    ("Kentucky State Police and the ATF were at the scene on Monday.", "ATF"),
    ("Residents of Lanxiao said the Xinhua report was wrong.", "Lanxiao"),  # no container named
])
def test_no_place_without_evidence(places, text, absent):
    assert absent not in places(text)


@pytest.mark.parametrize(("text", "mention", "admin1"), [
    ("A brick home in Barrie, Ont., was sold on Monday.", "Ont.", "CA-ON"),
    ("No deaths were reported in Tasmania or the ACT this week.", "ACT", "AU-ACT"),
    ("EDMONTON, Ky (WKRN) -- A barn fire burned for hours on Tuesday.", "Ky", "US-KY"),
])
def test_region_abbreviations(places, text, mention, admin1):
    found = places(text)
    assert mention in found, sorted(found)
    assert found[mention]["admin1"] == admin1


def test_a_site_a_town_possesses_is_in_it(places):
    found = places("Flights were delayed at London's Heathrow on Friday, the airport said.")
    assert found["Heathrow"]["country"] == "GBR"


def test_england_is_the_constituent_country(places):
    found = places("Fog closed roads across southern England on Tuesday.")
    assert found["England"]["admin1"] == "GB-ENG" and found["England"]["precision"] == "admin1"


def test_a_surname_is_no_town(places):
    found = places("The army spokesman, Major General Kyaw Thura Lin, said the strike hit only fighters.")
    assert "Lin" not in found

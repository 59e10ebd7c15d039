"""Where place names are in a report (nlp/places/spans.py): widening, the cues for untagged names,
water features, and the names the model cuts or splits. Invented sentences."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Gazetteer
from sitrep.lexicon import load_lexicon
from sitrep.nlp.places.spans import (
    CUES,
    acted_on,
    after_locative,
    before_region_word,
    is_feature,
    person_names,
    saint_of_a_house,
    second_of_pair,
    speaking_names,
    used_as_person,
    widen,
)


def _span(doc, text):
    start = doc.text.lower().index(text.lower())  # a lower-case headline reaches the model with its names' capitals
    span = doc.char_span(start, start + len(text))
    assert span is not None, text
    return span


# (cue, sentence, the name in it, is it cued)
CUE_CASES = [
    (after_locative, "Shelling hit homes near Brindlev overnight.", "Brindlev", True),
    (after_locative, "Brindlev said nothing on Monday.", "Brindlev", False),
    (before_region_word, "Troops entered the Brindlev district on Monday.", "Brindlev", True),
    (before_region_word, "Drones were downed over the Brindlev and Ostmark regions.", "Ostmark", True),
    (before_region_word, "Brindlev said nothing on Monday.", "Brindlev", False),
    (acted_on, "The soldiers shelled Ostmark on Monday.", "Ostmark", True),
    (second_of_pair, "The soldiers shelled Lindau and Ostmark on Monday.", "Ostmark", True),
    (second_of_pair, "Shelling hit Lindau on Monday.", "Lindau", False),
]


@pytest.mark.parametrize(("cue", "text", "name", "cued"), CUE_CASES,
                         ids=[f"{c[0].__name__}:{c[1]}" for c in CUE_CASES])
def test_cues(parse, cue, text, name, cued):
    doc = parse(text)
    assert cue(_span(doc, name), load_lexicon().place_words) is cued


def test_cues_have_examples():
    for cue in CUES:
        assert cue.__doc__ and '"' in cue.__doc__, cue.__name__


# (sentence, name, widened text, hint)
WIDEN_CASES = [
    ("Troops entered the Lindau district on Monday.", "Lindau", "the Lindau district", "district"),
    ("Floods hit the Lindau region on Monday.", "Lindau", "the Lindau region", "admin1"),
    ("Former Ostmark Gov. Brindle opened the bridge.", "Ostmark", "Ostmark", "admin1"),  # an office: no word taken
    ("Drones were downed over the Lindau, Ostmark and Brindlev regions.", "Lindau", "Lindau", "admin1"),  # a list
    ("Floods hit Lindau on Monday.", "Lindau", "Lindau", None),
    # a region or district word and "of" before the name
    ("Bombs hit Brindlev in the northwest province of Lindau.", "Lindau", "Lindau", "admin1"),
    ("Troops shelled the district of Lindau on Monday.", "Lindau", "Lindau", "district"),
    ("Floods hit the town of Lindau on Monday.", "Lindau", "Lindau", None),
]


@pytest.mark.parametrize(("text", "name", "widened", "hint"), WIDEN_CASES)
def test_widen(parse, text, name, widened, hint):
    doc = parse(text)
    span, got = widen(doc, _span(doc, name), Gazetteer.load(), load_lexicon().place_words)
    assert (span.text, got) == (widened, hint)


@pytest.mark.parametrize(("text", "name", "feature"), [
    ("Boats sank on the Lindau River on Monday.", "Lindau", True),
    ("Boats sank on Lake Ostmark on Monday.", "Ostmark", True),
    ("Troops held the left bank of the Ostmark.", "Ostmark", True),
    ("Troops held Ostmark on Monday.", "Ostmark", False),
    # a name as a brand is no place
    ("A thief took a Lindau brand drill from the shed.", "Lindau", True),
    ("A thief took a drill from a shed in Lindau.", "Lindau", False),
])
def test_water_and_mountains(parse, text, name, feature):
    doc = parse(text)
    assert is_feature(doc, _span(doc, name), load_lexicon().place_words) is feature


CONFLICT_NEWS = [
    ("Drones were downed over the Bryansk, Kursk and Oryol regions overnight.", "Oryol", None, "admin1"),
    ("Fighting raged in the Zaporizhzhia and Donetsk regions on Monday.", "Donetsk", None, "admin1"),
    ("Russian troops tried to cross the Oskil River near Kupiansk.", "Oskil", "", None),
    ("Russian troops tried to cross the Oskil River near Kupiansk.", "Kupiansk", None, "city"),
    ("Shelling hit the right bank of the Dnipro near Kherson.", "Dnipro", "", None),
    ("Boats capsized on Lake Chad on Monday, officials said.", "Chad", "", None),
    ("The breakaway region is backed by Moscow, Kyiv said on Monday.", "Kyiv", "Kyiv", "city"),
    ("The breakaway region is backed by Moscow, Kyiv said on Monday.", "Moscow", "Moscow", "city"),
    ("Air strikes hit Rafah in the Gaza Strip overnight.", "the Gaza Strip", "Gaza Strip", "admin1"),
    ("Shelling hit Kherson and Nikopol overnight.", "Nikopol", "Nikopol", "city"),
    # names the model cuts at a hyphen or connecting word, or splits at "and"
    ("US strikes hit Deir ez-Zor province on Friday.", "Deir ez-Zor province", None, "admin1"),
    ("A blast hit Mazar-i-Sharif on Monday.", "Mazar-i-Sharif", None, "city"),
    ("Floods hit Jammu and Kashmir on Monday.", "Jammu and Kashmir", None, "admin1"),
    # a name written as one hyphenated word, over its small words, in a bracket of coded notes too
    ("Residents blocked a road in Port-au-Prince (Ouest) on Monday.", "Port-au-Prince", "Port-au-Prince", "city"),
    ("A bus crashed near Stoke-on-Trent on Monday.", "Stoke-on-Trent", "Stoke-on-Trent", "city"),
    ("A Kherson-based group said the bridge was hit.", "Kherson-based", "", None),
    # a line of a strike list opened by "Near": a name spelt another way is placed by its loose reading
    ("Syria\n\n. Near Dayr Az Zayr, one strike destroyed a tank.", "Dayr Az Zayr", "Deir ez-Zor", "city"),
    ("Syria\n\n. Near Qwexo Blorpa, one strike destroyed a tank.", "Qwexo Blorpa", "", None),
    # the last name of a bracket after a town is the region the town is in, when a region has that name
    ("On 9 June, aircraft bombed the village of Kani (Sagaing).", "Sagaing", "Sagaing Region", "admin1"),
    ("On 9 June, shells hit Beryslav (Kherson).", "Kherson", None, "admin1"),
    ("Talks between Russia and Ukraine resumed.", "Ukraine", "Ukraine", "country"),
    ("Rebels killed 12 people in a village in DR Congo on Monday.", "DR Congo", "DR Congo", "country"),
    # a district is a district, not its town
    ("Shelling hit the Pokrovsk raion in the Donetsk region overnight.", "the Pokrovsk raion", None, "district"),
]


@pytest.mark.parametrize(("text", "mention", "name", "precision"), CONFLICT_NEWS)
def test_conflict_news_places(places, text, mention, name, precision):
    found = places(text)
    if name == "":
        assert mention not in found, found.get(mention)
        return
    assert mention in found, sorted(found)
    assert name is None or found[mention]["name"] == name, found[mention]
    assert precision is None or found[mention]["precision"] == precision, found[mention]



# (report, the name, which of its uses (0 first), is that use a person's name)
PERSON_CASES = [
    ("Former Sen. Alan Brindley was convicted on Monday. Brindley, free on bail, will be sentenced.",
     "Brindley", 1, True),
    ("Police questioned Mr. Brindley on Friday. Brindley said he was at home.", "Brindley", 1, True),
    ("Police questioned Mr. Brindley on Friday. A rally in Brindley drew hundreds.", "Brindley", 1, False),
    ("A rally in Brindley drew hundreds on Friday. Brindley has about 4,000 residents.", "Brindley", 1, False),
]


@pytest.mark.parametrize(("text", "name", "nth", "person"), PERSON_CASES, ids=[c[0][:60] for c in PERSON_CASES])
def test_used_as_person(parse, text, name, nth, person):
    doc = parse(text)
    words = load_lexicon().place_words
    starts = [t.i for t in doc if t.text == name]
    span = doc[starts[nth]:starts[nth] + 1]
    assert used_as_person(doc, span, person_names(doc, words), words) is person


# (report, is the town that speaks read as a person)
SPEAKING_CASES = [
    ("Police questioned the mayor on Friday. Lakeville said the talks had failed.", True),
    # a town the report also names as where people live, or after a word of place, speaks as a town
    ("About 50 Lakeville residents marched on Friday. Lakeville says no to the plan.", False),
    ("A rally in Lakeville drew hundreds on Friday. Lakeville said it would not pay.", False),
]


@pytest.mark.parametrize(("text", "person"), SPEAKING_CASES, ids=[c[0][:60] for c in SPEAKING_CASES])
def test_a_town_that_speaks(parse, text, person):
    lex = load_lexicon()
    names = speaking_names(parse(text), Gazetteer.load(), lex.reporting, lex.place_words)
    assert ("Lakeville" in names) is person


# (sentence, the place name, does it say where a thing was issued)
ORIGIN_CASES = [
    ("The suspect fled in a white sedan with Brindley registration.", "Brindley", True),
    ("Police stopped a truck with Brindley plates near the bridge.", "Brindley", True),
    ("Gunmen attacked a convoy near Brindley on Monday.", "Brindley", False),
]


@pytest.mark.parametrize(("text", "name", "origin"), ORIGIN_CASES, ids=[c[0] for c in ORIGIN_CASES])
def test_origin_of_a_thing(parse, text, name, origin):
    from sitrep.nlp.places.reasons import origin_of_a_thing

    doc = parse(text)
    assert origin_of_a_thing(_span(doc, name).root, load_lexicon()) is origin


# (sentence, the place name, is it the doer in a passive's "by" phrase)
PASSIVE_DOER_CASES = [
    ("Air defences shot down 40 drones launched by Ostmark overnight.", "Ostmark", True),
    ("The raid on the depot was ordered by Lindau, officials said.", "Lindau", True),
    ("Forty drones were launched at Brindley overnight.", "Brindley", False),
    ("A bomb was planted by the road near Brindley.", "Brindley", False),
]


@pytest.mark.parametrize(("text", "name", "doer"), PASSIVE_DOER_CASES, ids=[c[0] for c in PASSIVE_DOER_CASES])
def test_doer_of_a_passive(parse, text, name, doer):
    from sitrep.nlp.places.reasons import doer_of_a_passive

    doc = parse(text)
    assert doer_of_a_passive(_span(doc, name).root, load_lexicon()) is doer


# (sentence, the one-word name in it, is it a person): a first name after a noun of kin, and a title before
# a name, are people, though towns are named so; the same word as a place is still a place
KIN_AND_TITLE_CASES = [
    ("Police stopped the car in Dayton. His wife, Marietta, was charged with drunk driving.", "Marietta", True),
    ("Police stopped the car in Dayton. Her son Beulah was charged with theft.", "Beulah", True),
    ("The driver tried to hit Trooper Dale Kowalczyk and his partner, police said.", "Trooper", True),
    ("A man was shot in Marietta on Monday.", "Marietta", False),
    ("Her son moved to Marietta, police said.", "Marietta", False),
]


@pytest.mark.parametrize("text,name,person", KIN_AND_TITLE_CASES)
def test_kin_and_titles_are_people(parse, text, name, person):
    doc = parse(text)
    assert (name not in {p.text for p in doc._.places}) is person


# (report, the name's last use as written, is it a person): a surname of a person named in full, even one the
# tagger reads as a common noun ("O'Fallon"), and with its possessive ending ("Tuscola's lawyer"); a first name
# after a noun of kin, wherever the report names it again; a town's possessive stays the town
PERSON_AGAIN_CASES = [
    ("Sen. Alan Tuscola was convicted on Monday. Tuscola’s lawyer said he would appeal.", "Tuscola’s", True),
    ("Police said the tenant, Dana O’Fallon, 38, turned the music down. Later O’Fallon broke a neighbour’s door.",
     "O’Fallon", True),
    ("Her daughter, Luverne, was found unharmed. Officers said Luverne had walked to a friend’s house.",
     "Luverne", True),
    ("Storms hit Tuscola on Monday. Tuscola’s mayor asked for help.", "Tuscola’s", False),
]


@pytest.mark.parametrize("text,name,person", PERSON_AGAIN_CASES)
def test_a_persons_name_again_is_no_town(parse, text, name, person):
    doc = parse(text)
    words = load_lexicon().place_words
    start = text.rindex(name)
    span = doc.char_span(start, start + len(name))
    assert used_as_person(doc, span, person_names(doc, words), words) is person


# (report, the one-word name, is it a person): a name that speaks ("Harrison said") is a person wherever
# the report names it, though towns are named so; a capital that speaks is its government, still a
# place; a town after a locative word is the town
SPEAKER_CASES = [
    ("Harrison said the embargo would stay. Critics called Harrison weak.", "Harrison", True),
    ("Clinton told reporters the strikes were over. The Clinton plan was dropped.", "Clinton", True),
    ("Moscow said the talks had failed.", "Moscow", False),
    ("Police in Harrison said a man was shot on Main Street.", "Harrison", False),
    ("A storm cut power in Clinton on Monday.", "Clinton", False),
]


@pytest.mark.parametrize("text,name,person", SPEAKER_CASES)
def test_a_name_that_speaks_is_a_person(parse, text, name, person):
    doc = parse(text)
    assert (name not in {p.text for p in doc._.places}) is person


# (a line of a report, a name in it, is it a word of English in lower case, not a town)
LOWER_CASE_WORDS = [
    ("gang boss held in raid near airport", "airport", True),  # the word, not the town Airport
    ("fight at the union hall", "union", True),
    ("three soldiers killed in kandahar", "kandahar", False),  # no word of English: the town
    ("Shelling hit homes in Reading on Monday.", "Reading", False),  # written as a name
]


@pytest.mark.parametrize("text,name,word", LOWER_CASE_WORDS)
def test_a_word_of_a_lower_case_line_is_no_place(parse, text, name, word):
    from sitrep.nlp.places.spans import _a_lower_case_word

    doc = parse(text)
    assert _a_lower_case_word(_span(doc, name), Gazetteer.load()) is word


# (sentence, the saint's name as written, does it name a house of worship): after "church of" and in a list
# of saints, before a church word past the church's other capitalised words; a saint's town after "in" stays
# the town, and so does a church in it
SAINT_CASES = [
    ("A bomb hit the small church of St. Aldric and St. Ottilie on Sunday.", "St. Aldric", True),
    ("A bomb hit the small church of St. Aldric and St. Ottilie on Sunday.", "St. Ottilie", True),
    ("Mourners gathered at the Saint Wendelin and Saint Ottilie Coptic Orthodox Church.", "Saint Wendelin", True),
    ("Mourners gathered at St. Ottilie’s Cathedral after the blast.", "St. Ottilie", True),
    ("Police broke up a rally in St. Ottilie on Monday.", "St. Ottilie", False),
    ("A fire damaged a church in St. Ottilie on Monday.", "St. Ottilie", False),
    ("St. Ottilie police arrested two men.", "St. Ottilie", False),
]


@pytest.mark.parametrize("text,name,church", SAINT_CASES)
def test_a_saint_of_a_church_is_no_town(parse, text, name, church):
    doc = parse(text)
    assert saint_of_a_house(doc, _span(doc, name), load_lexicon().place_words) is church

"""Sides from invented sentences: a country joined by "and" to a side is one more side of the same role; a
speaker's pronoun joined to other names stands for the speaker beside them; a person "of" a country is its;
"allied" or "foreign" forces are not those of the country they fight in; the side an attack noun was done to
("an attack on X killed five") is no doer; nor one that backs the doers ("X-backed militias"); the owner
before an event noun ("Chile's proposal") did it."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article


def _sides(extractor, text: str, etype: str, role: str) -> list[str]:
    events = extractor.extract(Article(text, date(2025, 5, 22)))
    return sorted({a.country for e in events if e.type == etype for a in e.actors
                   if a.role == role and a.country})


JOINED = [
    # _countries_joined_to: the country in "the Peruvian army and Bolivia" is a side as the army is
    ("Chile accused the Peruvian army and Bolivia of shelling the border on Monday.",
     "statement.accusation", "target", ["BOL", "PER"]),
    ("Opposition leaders in Chile accused the Chilean government and Peru of blocking the deal on Monday.",
     "statement.accusation", "target", ["CHL", "PER"]),
    ("Chile threatened the Peruvian navy and Ecuador with sanctions on Monday.",
     "statement.threat", "target", ["ECU", "PER"]),
    # not a country outside the list ("the border with Bolivia")
    ("Chile accused the Peruvian army of shelling the border with Bolivia on Monday.",
     "statement.accusation", "target", ["PER"]),
    # subjects as before
    ("The Peruvian army and Bolivia accused Chile of shelling the border on Monday.",
     "statement.accusation", "initiator", ["BOL", "PER"]),
]


@pytest.mark.parametrize("text,etype,role,countries", JOINED)
def test_a_country_joined_to_a_side(extractor, text, etype, role, countries):
    assert _sides(extractor, text, etype, role) == countries


BESIDE = [
    # _the_speaker_and_those_beside: "he and X" is the speaker and X
    ("Peruvian President Ivo Kastrel said he and Chilean President Ana Velmar agreed in a phone call on "
     "Monday to open the border.", "diplomacy.call", ["CHL", "PER"]),
    ("Peruvian President Ivo Kastrel said he and Chilean President Ana Velmar had held talks in Lima on "
     "Monday.", "diplomacy.talks", ["CHL", "PER"]),
    # a pronoun alone stays the speaker; names alone stay as named
    ("Chilean President Ana Velmar and Peruvian President Ivo Kastrel held talks in Lima on Monday.",
     "diplomacy.talks", ["CHL", "PER"]),
]


@pytest.mark.parametrize("text,etype,countries", BESIDE)
def test_the_speaker_beside_those_named(extractor, text, etype, countries):
    assert _sides(extractor, text, etype, "participant") == countries


PEOPLE = [
    # _person: a name followed by "of" and a country is of that country, not an earlier namesake's
    ("Chilean President Ana Velmar met Bolivian officials in La Paz on Monday. On Tuesday, King Rafael Velmar of "
     "Peru spoke with Bolivian President Tomas Orlen by telephone.", "diplomacy.call", "participant",
     ["BOL", "PER"]),
    # a surname first named with no title takes the country a later titled mention gives
    ("Tomas Orlen arrived in Lima on Monday. Bolivian President Tomas Orlen then met Peruvian officials. Orlen "
     "said Peru should withdraw its troops from the border.", "diplomacy.proposal", "initiator", ["BOL"]),
]


@pytest.mark.parametrize("text,etype,role,countries", PEOPLE)
def test_a_persons_country(extractor, text, etype, role, countries):
    assert _sides(extractor, text, etype, role) == countries


OUTSIDE = [
    # _from_outside: "allied", "foreign" forces are not the forces of the country where they fight
    ("Allied forces pushed into Peru on Monday and shelled the border town of Tacna.", "attack.ground", []),
    ("Foreign troops attacked a village in Peru on Monday, killing five.", "attack.civilians", []),
    # a country named in their words is theirs
    ("Allied Chilean troops attacked a village in Peru on Monday, killing five.", "attack.civilians", ["CHL"]),
    # a bare home institution keeps the country of the place
    ("The army attacked a rebel camp in Peru on Monday, killing five.", "attack.ground", ["PER"]),
]


@pytest.mark.parametrize("text,etype,initiators", OUTSIDE)
def test_an_outside_force_is_not_the_places(extractor, text, etype, initiators):
    assert _sides(extractor, text, etype, "initiator") == initiators


DONE_TO = [
    # _what_the_noun_is_done_to: the side an attack noun was done to is no doer, though the noun is the subject
    ("An attack on Russian forces near Kherson killed five soldiers on Monday.", "attack.ground", "initiator", []),
    ("The shelling of Chilean positions near Tacna killed three soldiers on Monday.", "attack.artillery",
     "initiator", []),
    ("The bombing of the Chilean embassy in Lima wounded three guards on Monday.", "attack.explosive",
     "target", ["CHL"]),
    # the doer before the noun stays the doer; both sides of a clash stay sides
    ("Peruvian airstrikes on Chilean positions near Tacna killed three soldiers on Monday.", "attack.air",
     "initiator", ["PER"]),
    ("Clashes between the Chilean army and rebels near Tacna killed three on Monday.", "attack.ground",
     "initiator", ["CHL"]),
]


@pytest.mark.parametrize("text,etype,role,countries", DONE_TO)
def test_the_side_an_attack_was_done_to(extractor, text, etype, role, countries):
    assert _sides(extractor, text, etype, role) == countries


BACKED = [
    # backer_words: a country that backs those who act is no side; the armed men are their own
    ("Chilean-backed militias attacked a village near Tacna on Monday, killing five.", "attack.civilians",
     ["PER"]),
    ("Iranian-backed Houthi rebels fired a missile at a ship in the Red Sea on Monday.", "attack.missile", ["YEM"]),
    ("Russian-backed separatists shelled the town of Avdiivka on Monday, killing two civilians.",
     "attack.artillery", ["UKR"]),
    # a country that names the armed men as its own is their side
    ("Chilean rebels attacked a village near Tacna on Monday, killing five.", "attack.civilians", ["CHL"]),
]


@pytest.mark.parametrize("text,etype,initiators", BACKED)
def test_a_backer_is_no_side(extractor, text, etype, initiators):
    assert _sides(extractor, text, etype, "initiator") == initiators


OWNED = [
    # _the_nouns_owner: the owner named before an event noun did it, not the subject of the verb over the noun
    ("Peru rejected Chile's proposal for talks on Monday.", "diplomacy.proposal", "initiator", ["CHL"]),
    ("Peru condemned Chile's shelling of the port of Ilo on Monday.", "attack.artillery", "initiator", ["CHL"]),
    # the record's type decides whether the event is two-sided: a proposal of talks has an initiator
    ("Peru rejected Chile's proposal for talks on Monday.", "diplomacy.proposal", "participant", []),
    # in talks the owner and the subject both take part
    ("Peru accepted Chile's invitation to talks in Santiago on Monday.", "diplomacy.talks", "participant",
     ["CHL", "PER"]),
    # a pronoun owner is the subject's own
    ("Chile launched its attack on the Peruvian border post on Monday.", "attack.ground", "initiator", ["CHL"]),
]


@pytest.mark.parametrize("text,etype,role,countries", OWNED)
def test_the_owner_of_an_event_noun(extractor, text, etype, role, countries):
    assert _sides(extractor, text, etype, role) == countries


RELATIVE = [
    # _speaker_is_the_subject: "which" stands for what it follows, not the speaker; the arrest is the state's
    ("Peruvian state television said a bomb exploded outside a police station in Valparaiso, Chile on Monday, "
     "which led to dozens of arrests.", "arrest", ["CHL"]),
    # "it" after "said" is the speaker
    ("The Chilean interior ministry said on Monday it had arrested 20 people in Valparaiso.", "arrest", ["CHL"]),
]


@pytest.mark.parametrize("text,etype,initiators", RELATIVE)
def test_a_relative_pronoun_is_not_the_speaker(extractor, text, etype, initiators):
    assert _sides(extractor, text, etype, "initiator") == initiators


FIGHT_IN = [
    # _armed_groups_take_the_country_they_fight_in: the place's country, not the nationality of whom they hit
    ("Gunmen killed a British aid worker in Kabul on Monday.", "attack.civilians", ["AFG"]),
    ("Rebels shelled Chilean troops near Tacna on Monday.", "attack.artillery", ["PER"]),
]


@pytest.mark.parametrize("text,etype,initiators", FIGHT_IN)
def test_armed_men_fight_where_they_are(extractor, text, etype, initiators):
    assert _sides(extractor, text, etype, "initiator") == initiators


# (text, type, initiators): those an event word's own participle or relative clause acts on are no doers,
# though the parse puts them in the subject (_told_inside)
ACTED_ON_INSIDE = [
    ("Chilean air strikes killed at least 19 Peruvians near the border overnight, the civil defence agency said.",
     "attack.air", ["CHL"]),
    ("Chilean air strikes targeting Peruvian villages resumed near the border on Monday.", "attack.air", ["CHL"]),
]


@pytest.mark.parametrize("text,etype,initiators", ACTED_ON_INSIDE)
def test_those_acted_on_inside_the_subject_are_no_doers(extractor, text, etype, initiators):
    assert _sides(extractor, text, etype, "initiator") == initiators

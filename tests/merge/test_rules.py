"""May two records be one event: the rules shared by the fold within a report and merging across
reports, each on a table of invented records (made-up towns of a made-up Northland)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sitrep.merge import rules
from sitrep.merge.config import MergeConfig
from sitrep.merge.rules import FoldConfig
from tests.merge.factory import told

FOLD = FoldConfig.load()
CFG = MergeConfig.load()

MON, TUE, WED, THU = "2030-03-04", "2030-03-05", "2030-03-06", "2030-03-07"


# -- the same rule within a report and across reports ----------------------------------------

@pytest.mark.parametrize(("a", "b", "same"), [
    ("occurred", "occurred", True),
    ("occurred", "ongoing", True),  # "the town was besieged" / "the siege goes on"
    ("planned", "occurred", False),  # "a rally called for Sunday" / "the rally turned violent"
    ("planned", "planned", True),
    ("proposed", "agreed", False),  # "a truce was offered" / "a truce was signed"
])
def test_same_status(a: str, b: str, same: bool) -> None:
    assert rules.same_status(told(status=a), told(status=b)) is same


@pytest.mark.parametrize(("a", "b", "slack", "meet"), [
    ((MON, MON), (MON, MON), 0, True),  # "on Monday" / "on Monday"
    ((MON, MON), (TUE, TUE), 0, False),  # "on Monday" / "on Tuesday"
    ((MON, MON), (TUE, TUE), 1, True),
    ((MON, MON), (WED, WED), 1, False),
    ((MON, TUE), (TUE, TUE), 0, True),  # "on Monday and Tuesday" / "on Tuesday"
    ((None, None), (TUE, TUE), 0, True),  # no date meets any
])
def test_windows_overlap(a: tuple[str | None, str | None], b: tuple[str | None, str | None], slack: int,
                         meet: bool) -> None:
    ra, rb = told(day=a[0], until=a[1]), told(day=b[0], until=b[1])
    assert rules.windows_overlap(ra, rb, slack) is meet
    assert rules.windows_overlap(rb, ra, slack) is meet


@pytest.mark.parametrize(("a", "b", "key"), [
    (told(day=MON, until=TUE, precision="night", when="overnight"), told(day=TUE), ("d", TUE)),
    (told(day=MON), told(day=MON, when="on Monday morning"), ("d", MON)),
    (told(day=MON, until=THU, precision="week", when="this week"), None, ("w", MON, THU, "week")),
])
def test_when_key_meets_overnight_and_the_morning_after(a, b, key) -> None:
    assert rules.when_key(a) == key
    if b is not None:
        assert rules.when_key(b) == key


# -- within one report --------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b", "fold"), [
    ("attack.drone", "attack.missile", True),  # "drones and missiles struck the port"
    ("attack.drone", "attack.ground", False),  # "... as troops stormed the village"
    ("attack.ground", "attack.ground", True),
    ("protest.demonstration", "protest.riot", True),  # "the rally turned into a riot"
    ("attack.drone", "protest.riot", False),
    ("diplomacy.talks", "diplomacy.call", False),  # a family that is not loose
    ("arrest", "arrest", True),
])
def test_types_fold_together(a: str, b: str, fold: bool) -> None:
    assert rules.types_fold_together(told(type_=a), told(type_=b), FOLD) is fold


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Eastbrook", "Eastbrook", True),
    ("Eastbrook", "Eastbrook Port", False),  # a few km apart is one place only across reports
    ("Eastbrook", "Northvale", False),  # nor the region that holds it
    (None, None, True),
    (None, "Eastbrook", False),
    ("Northland", "Northland", True),
    ("Northland", "Eastbrook", False),
])
def test_same_named_place(a: str | None, b: str | None, same: bool) -> None:
    assert rules.same_named_place(told(place=a), told(place=b)) is same


@pytest.mark.parametrize(("type_", "a", "b", "same"), [
    ("statement.accusation", ("the ministry",), ("The Ministry",), True),
    ("statement.accusation", ("the ministry",), ("the army",), False),
    ("statement.accusation", ("the ministry",), (), True),  # "the accusation" names no one
    ("statement.denial", (), (), True),
    ("attack.drone", ("the governor",), ("the mayor",), True),  # only statements are their speaker's
])
def test_same_speaker(type_: str, a: tuple[str, ...], b: tuple[str, ...], same: bool) -> None:
    assert rules.same_speaker(told(type_=type_, speakers=a), told(type_=type_, speakers=b)) is same


@pytest.mark.parametrize(("a", "b", "apart"), [
    (told(day=MON), told(day=WED, when="on Wednesday"), True),  # "arrested on Monday ... freed on Wednesday"
    (told(day=MON), told(day=MON), False),
    (told(day=MON), told(day=WED, when=None), False),  # a date the report does not name itself
    (told(day=MON, until=TUE, precision="night"), told(day=WED), True),  # "Monday night ... on Wednesday"
    (told(day=MON, until=TUE, precision="night"), told(day=TUE), False),  # the night's morning
])
def test_told_apart(a, b, apart: bool) -> None:
    assert rules.told_apart(a, b) is apart


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ((("injured", 4),), (("injured", 6),), True),  # "four were hurt" / "six were hurt"
    ((("injured", 4),), (("injured", 4),), False),
    ((("injured", 4),), (("killed", 2),), False),
    ((), (("killed", 2),), False),
])
def test_counts_conflict(a, b, conflict: bool) -> None:
    assert rules.counts_conflict(told(counts=a), told(counts=b)) is conflict


@pytest.mark.parametrize(("broad", "specific", "inside"), [
    ("Northland", "Eastbrook", True),  # "strikes across the country ... in Eastbrook"
    ("Northvale", "Eastbrook", True),  # "in the Northvale region ... in Eastbrook"
    ("Southmoor", "Eastbrook", False),
    ("Eastbrook", "Harbour", False),  # by codes only: a town holds no district here
    ("Northvale", "Northvale", False),
    ("Northland", "Northland", False),
    ("Southland", "Eastbrook", False),
])
def test_place_within(broad: str, specific: str, inside: bool) -> None:
    assert rules.place_within(told(place=broad), told(place=specific)) is inside


@pytest.mark.parametrize(("broad", "specific", "lede_only", "retold"), [
    # "strikes across the country overnight" in the lede, "in Eastbrook ..." later
    (told(place="Northland"), told(), True, True),
    (told(place="Northland"), told(), False, False),  # a summary is only a summary in the lede
    (told(place="Northland", counts=(("killed", 3),)), told(), True, False),
    (told(place="Northland"), told(day=TUE), True, True),
    (told(place="Northland"), told(day=WED), True, False),
    # "three were killed in the Northvale region" ... "in Eastbrook three died": anywhere in the report
    (told(place="Northvale", counts=(("killed", 3),)), told(counts=(("killed", 3),)), False, True),
    (told(place="Northvale", counts=(("killed", 3),)), told(counts=(("killed", 5),)), True, False),
    (told(place="Northvale"), told(day=WED), True, True),  # a region's lede: two days of slack
    (told(place="Northvale"), told(day=THU), True, False),
    (told(place="Northvale"), told(type_="attack.missile"), True, False),
    (told(place="Southmoor"), told(), True, False),
])
def test_retold(broad, specific, lede_only: bool, retold: bool) -> None:
    assert rules.retold(broad, specific, lede_only, FOLD) is retold


@pytest.mark.parametrize(("counts", "wave"), [
    ((("launched", 41), ("intercepted", 30)), True),  # "30 of the 41 drones launched were downed"
    ((("killed", 2),), False),
    ((), False),
])
def test_wave_total(counts, wave: bool) -> None:
    assert rules.wave_total(told(counts=counts), FOLD) is wave


# -- across reports -----------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b", "weight"), [
    (told(), told(article="r2"), "same_type"),
    (told(), told(type_="attack.missile", article="r2"), "related_type"),  # "drones" / "a missile"
    (told(), told(type_="attack.artillery", article="r2"), "same_family"),  # "shelling" of the same town
    (told(), told(type_="attack.artillery", place="Northvale", article="r2"), None),  # ... not its region
    (told(place="Northland"), told(type_="attack.artillery", place="Northland", article="r2"), None),
    (told(), told(type_="protest.riot", article="r2"), None),
    (told(type_="diplomacy.talks"), told(type_="diplomacy.call", article="r2"), "related_type"),
])
def test_types_agree(a, b, weight: str | None) -> None:
    found = rules.types_agree(a, b, CFG)
    assert found is not None
    assert (None if found.apart else found.weight) == weight, found.reason


@pytest.mark.parametrize(("a", "b", "weight"), [
    ("Eastbrook", "Eastbrook", "same_place"),
    ("Eastbrook", "Eastbrook XS", None),  # one name in two countries
    ("Eastbrook", "Eastbrook Port", "same_place"),  # two entries a few km apart
    ("Eastbrook", "Westfield", None),  # two towns
    ("Eastbrook", "Northvale", "inside_place"),  # a town in its region
    ("Eastbrook", "Southmoor", None),
    ("Harbour", "Eastbrook", "inside_place"),  # a district near its town
    ("Farside", "Eastbrook", None),  # a district too far from the town
    ("Eastbrook", "Northland", None),  # a national total stands alone
    ("Northland", "Northland", "same_place"),
])
def test_places_agree(a: str, b: str, weight: str | None) -> None:
    for x, y in ((a, b), (b, a)):
        found = rules.places_agree(told(place=x), told(place=y, article="r2"), CFG)
        assert found is not None
        assert (None if found.apart else found.weight) == weight, found.reason


def test_a_country_holds_its_towns_when_told_so() -> None:
    loose = replace(CFG, country_level_alone=False)
    found = rules.places_agree(told(place="Eastbrook"), told(place="Northland", article="r2"), loose)
    assert found is not None and (found.weight, found.reason) == ("inside_place", "inside the country")
    found = rules.places_agree(told(place="Northland"), told(place="Southland", article="r2"), loose)
    assert found is not None and found.apart


NL_XS = (("participant", "XN"), ("participant", "XS"))


@pytest.mark.parametrize(("a", "b", "weight"), [
    (told(place=None), told(place=None, article="r2"), None),  # an attack with no place: any town
    (told("diplomacy.talks", place=None, sides=NL_XS), told("diplomacy.talks", place=None, sides=NL_XS),
     "no_place"),  # "talks resumed", both between Northland and Southland
    (told("diplomacy.talks", place=None, sides=NL_XS), told("diplomacy.talks", sides=NL_XS), "no_place"),
    (told("diplomacy.talks", place=None), told("diplomacy.talks", place=None), None),  # no one named
])
def test_placeless_records(a, b, weight: str | None) -> None:
    found = rules.places_agree(a, b, CFG)
    assert found is not None
    assert (None if found.apart else found.weight) == weight, found.reason


NL_STRUCK_XS = (("initiator", "XN"), ("target", "XS"))


@pytest.mark.parametrize(("a", "b", "reason"), [
    (NL_STRUCK_XS, NL_STRUCK_XS, None),
    (NL_STRUCK_XS, (("initiator", "XS"), ("target", "XN")), "initiators differ: XN vs XS"),
    (NL_STRUCK_XS, (("target", "XS"),), None),  # a side left out is not a different side
    (NL_XS, (("participant", "XA"), ("participant", "XB")), "participants differ"),
    (NL_XS, (("participant", "XN"), ("participant", "XB")), None),
])
def test_sides_agree(a, b, reason: str | None) -> None:
    found = rules.sides_agree(told(sides=a), told(sides=b, article="r2"), CFG)
    assert (found.reason if found else None) == reason
    assert found is None or found.apart


@pytest.mark.parametrize(("a", "b", "across", "within"), [
    (("the ministry",), ("The Ministry",), True, True),
    (("the ministry",), ("the army",), False, False),  # "the ministry denied it" / "the army denied it"
    (("the ministry",), (), False, True),  # "the denial": a report's retelling may drop its speaker
    ((), (), False, True),
])
def test_speakers_across_reports_and_within_one(a: tuple[str, ...], b: tuple[str, ...], across: bool,
                                                 within: bool) -> None:
    x, y = told("statement.denial", speakers=a), told("statement.denial", speakers=b, article="r2")
    found = rules.speakers_agree(x, y, CFG)
    assert (found is None) is across
    assert found is None or found.apart
    assert rules.same_speaker(x, y) is within


@pytest.mark.parametrize(("a", "b", "finding"), [
    (told(day=MON), told(day=MON, article="r2"), ("same_window", f"same date window {MON}..{MON}")),
    (told(day=MON, until=TUE, precision="night"), told(day=TUE, article="r2"), ("", f"same day {TUE}")),
])
def test_dates_agree(a, b, finding: tuple[str, str]) -> None:
    found = rules.dates_agree(a, b, CFG)
    assert found is not None and (found.weight, found.reason) == finding


def test_shared_actors_and_claimants_add_to_the_score() -> None:
    a = told(sides=NL_STRUCK_XS, speakers=("the governor",))
    b = told(sides=(("initiator", "XN"),), speakers=("The Governor",), article="r2")
    actor, claimant = rules.actors_shared(a, b, CFG), rules.claimants_shared(a, b, CFG)
    assert actor is not None and (actor.weight, actor.reason) == ("shared_actor", "shared actor XN, xn")
    assert claimant is not None and claimant.weight == "shared_claimant"
    c = told(article="r3")
    assert rules.actors_shared(a, c, CFG) is None and rules.claimants_shared(a, c, CFG) is None

"""One line per place, one record per place: strike reports in bullet lines, the attacker's country
named on the attack's noun, counts of strikes and munitions. Invented reports."""

from __future__ import annotations

from datetime import date

import pytest

THURSDAY = date(2025, 5, 22)


def _counts(ev):
    return sorted((q.item, q.role, q.value) for q in ev.quantities)


STRIKE_REPORT = (
    "On May 20, allied aircraft conducted 9 strikes against rebel targets in Ukraine.\n\n"
    ". Near Kupiansk, two strikes destroyed three vehicles.\n\n"
    ". Near Kramatorsk, four strikes engaged a tactical unit and destroyed two buildings.\n\n"
    ". Near Kherson, three strikes destroyed a bridge.\n\n"
)


def test_each_line_of_a_strike_report_is_its_places_record(events_of):
    evs = [e for e in events_of(STRIKE_REPORT) if e.type.startswith("attack")]
    by_place = {e.location.name: e for e in evs if e.location and e.location.precision == "city"}
    assert set(by_place) >= {"Kupyansk", "Kramatorsk", "Kherson"}, [e.location for e in evs]
    assert ("strike", "launched", 2) in _counts(by_place["Kupyansk"])
    assert ("vehicle", "destroyed", 3) in _counts(by_place["Kupyansk"])
    assert ("building", "destroyed", 2) in _counts(by_place["Kramatorsk"])
    assert _counts(by_place["Kherson"]) == [("strike", "launched", 3)]
    assert all(e.date.start == "2025-05-20" for e in by_place.values())


@pytest.mark.parametrize("text,country", [
    # the attacker's country on the attack's noun is whose attack, not where
    ("A series of precision U.S. airstrikes in Syria's Idlib province killed 20 militants on Monday.", "SYR"),
    ("A U.S. strike on Monday hit two vehicles near Aleppo, Syria, officials said.", "SYR"),
    ("Russian airstrikes destroyed eight vehicles in Ukraine's Kharkiv region on Monday.", "UKR"),
])
def test_the_attackers_country_on_the_attack_is_no_place(events_of, text, country):
    evs = [e for e in events_of(text) if e.type.startswith("attack")]
    assert evs
    assert all(e.location is not None and e.location.country == country for e in evs), [e.location for e in evs]


@pytest.mark.parametrize("text,counts", [
    # a lede's count before the event is told: the event of the next sentence
    ("Thirteen soldiers were killed and 40 wounded in central Ruritania, officials say. A car bomb "
     "exploded beside their bus in Kayseri on Monday.", [("soldier", "injured", 40), ("soldier", "killed", 13)]),
    ("Four people were killed on Monday, officials said. Shelling hit the market in Kharkiv.",
     [("person", "killed", 4)]),
])
def test_a_ledes_count_joins_the_event_told_next(events_of, text, counts):
    evs = [e for e in events_of(text) if e.type.startswith("attack")]
    assert len(evs) == 1, evs
    assert _counts(evs[0]) == counts


@pytest.mark.parametrize("text,place,counts", [
    # the dead told in headline grammar, with no trigger word: an attack of its own
    ("Three soldiers killed, fifteen wounded in the east of Ukraine", "UKR",
     [("soldier", "injured", 15), ("soldier", "killed", 3)]),
    ("Car bomb leaves 9 dead in Baghdad market", "IRQ", [("person", "killed", 9)]),
    ("Five killed in Kharkiv", "UKR", [("person", "killed", 5)]),
    # a killer that is neither a side nor a weapon, a cause told that no trigger took: no attack
    ("Fiery crash kills three", None, None),
    ("Two killed in highway crash near Tulsa", None, None),
    # full grammar: the auxiliary of the first of two joined verbs, an age standing for a noun
    ("Neighbours met on Sunday to mark a year since a 19-year-old was shot and killed near the river.", None, None),
    ("Neighbours met on Sunday to mark a year since a baker was stabbed and killed near the river.", None, None),
])
def test_the_dead_in_headline_grammar(events_of, text, place, counts):
    evs = [e for e in events_of(text) if e.type.startswith("attack")]
    if counts is None:
        assert evs == []
        return
    assert len(evs) == 1
    assert evs[0].location is not None and evs[0].location.country == place
    assert _counts(evs[0]) == counts


def test_an_unplaced_attack_is_in_the_country_of_the_last_scene(events_of):
    text = ("A command in Poland said on Monday that allied jets destroyed 14 tanks near Kupiansk.\n\n"
            "In addition to the 14 tanks, two buildings and two vehicles were also destroyed in the strike.")
    evs = [e for e in events_of(text) if e.type.startswith("attack")]
    assert evs and all(e.location is not None and e.location.country == "UKR" for e in evs), \
        [e.location for e in evs]


def test_a_heading_country_is_the_scene_of_the_lines_under_it(events_of):
    text = ("On May 20, allied aircraft conducted 4 strikes against the Ruritanian Liberation Army.\n\n"
            "Moldova\n\n. Near Brindlev, one strike destroyed two vehicles.\n\n"
            "Ukraine\n\n. Near Ostmarkiv, three strikes destroyed a bridge.\n")
    evs = [e for e in events_of(text) if e.type.startswith("attack")]
    by_country = {e.location.country: _counts(e) for e in evs if e.location}
    assert ("vehicle", "destroyed", 2) in by_country.get("MDA", []), by_country
    assert by_country.get("UKR") == [("strike", "launched", 3)], by_country

"""The field scores of a pair of a gold event and a prediction (sitrep.evaluate.fields).

Every expected value below is worked by hand from GOLD.md, not read off the code. Where the code and
GOLD.md is silent the case says so in a comment: see DISAGREEMENT markers.
"""

from __future__ import annotations

import pytest

from sitrep.evaluate.fields import FIELDS, field_scores
from tests.evaluate.records import PUB, actor, claim, gold, place, pred, qty, when

# -- fields of a pair --------------------------------------------------------------------------
KYIV_REGION = {"country": "UKR", "admin1": "UA-32", "point": [50.0, 30.0], "km": 20}
ABSENT = None  # the field is not scored for this pair

FIELD_CASES: list[tuple[str, dict, dict, str, float | None]] = [
    # status
    ("status equal", {}, {}, "status", 1.0),
    ("status differs", {"status": "agreed"}, {"status": "occurred"}, "status", 0.0),
    # date: the predicted window must lie inside gold's (no widening for the field)
    ("date equal", {}, {}, "date", 1.0),
    ("date one day inside", {}, {"date": when("2025-05-22", "2025-05-22")}, "date", 1.0),
    ("date starts before", {}, {"date": when("2025-05-20", "2025-05-22")}, "date", 0.0),
    ("date ends after", {}, {"date": when("2025-05-21", "2025-05-23")}, "date", 0.0),
    ("date the day after (pairs, but wrong)", {}, {"date": when("2025-05-23", "2025-05-23")}, "date", 0.0),
    ("date missing", {}, {"date": None}, "date", 0.0),
    ("null gold date, window before publication", {"date": None}, {"date": when("2025-05-01", "2025-05-22")},
     "date", 1.0),
    ("null gold date, window past publication", {"date": None}, {"date": when("2025-05-22", "2025-05-23")},
     "date", 0.0),
    ("null gold date, no predicted date", {"date": None}, {"date": None}, "date", 1.0),
    # location: country
    ("country equal", {}, {"location": place("RUS")}, "location", 1.0),
    ("country differs", {}, {"location": place("UKR")}, "location", 0.0),
    ("country missing", {}, {"location": None}, "location", 0.0),
    ("country null in the prediction", {}, {"location": place(None)}, "location", 0.0),
    ("gold no place, prediction none", {"location": None}, {"location": None}, "location", 1.0),
    ("gold no place, prediction without country", {"location": None}, {"location": place(None)}, "location", 1.0),
    ("gold no place, prediction has a country", {"location": None}, {"location": place("RUS")}, "location", 0.0),
    ("gold country null, prediction none", {"location": {"country": None, "admin1": None, "point": None, "km": None}},
     {"location": None}, "location", 1.0),
    ("gold country null, prediction has a country",
     {"location": {"country": None, "admin1": None, "point": None, "km": None}}, {"location": place("RUS")},
     "location", 0.0),
    # location: admin1
    ("admin1 equal", {"location": {"country": "RUS", "admin1": "RU-MOS", "point": None, "km": None}},
     {"location": place("RUS", "RU-MOS")}, "location", 1.0),
    ("admin1 differs", {"location": {"country": "RUS", "admin1": "RU-MOS", "point": None, "km": None}},
     {"location": place("RUS", "RU-BEL")}, "location", 0.0),
    ("admin1 missing", {"location": {"country": "RUS", "admin1": "RU-MOS", "point": None, "km": None}},
     {"location": place("RUS")}, "location", 0.0),
    ("gold admin1 null, prediction has one", {}, {"location": place("RUS", "RU-MOS")}, "location", 1.0),
    # location: point and km (0.1 degree of latitude is 11.1 km, 0.2 is 22.2 km)
    ("point 11 km away, 20 allowed", {"location": KYIV_REGION}, {"location": place("UKR", "UA-32", 50.1, 30.0)},
     "location", 1.0),
    ("point 22 km away, 20 allowed", {"location": KYIV_REGION}, {"location": place("UKR", "UA-32", 50.2, 30.0)},
     "location", 0.0),
    ("point 22 km away, 25 allowed", {"location": dict(KYIV_REGION, km=25)},
     {"location": place("UKR", "UA-32", 49.8, 30.0)}, "location", 1.0),
    ("point without coordinates", {"location": KYIV_REGION}, {"location": place("UKR", "UA-32")}, "location", 0.0),
    ("point near, admin1 wrong", {"location": KYIV_REGION}, {"location": place("UKR", "UA-30", 50.0, 30.0)},
     "location", 0.0),
    # actors: the set of countries per gold role
    ("initiator equal", {}, {}, "initiator", 1.0),
    ("target equal", {}, {}, "target", 1.0),
    ("initiator missing", {}, {"actors": [actor("target", "RUS")]}, "initiator", 0.0),
    ("initiator extra country", {}, {"actors": [actor("initiator", "UKR"), actor("initiator", "GBR"),
                                                actor("target", "RUS")]}, "initiator", 0.0),
    ("initiator twice the same country", {}, {"actors": [actor("initiator", "UKR", "Kyiv"),
                                                         actor("initiator", "UKR", "Ukrainian forces"),
                                                         actor("target", "RUS")]}, "initiator", 1.0),
    ("actor without country is ignored", {}, {"actors": [actor("initiator", "UKR"), actor("initiator", None),
                                                         actor("target", "RUS")]}, "initiator", 1.0),
    ("roles swapped: initiator", {}, {"actors": [actor("initiator", "RUS"), actor("target", "UKR")]},
     "initiator", 0.0),
    ("roles swapped: target", {}, {"actors": [actor("initiator", "RUS"), actor("target", "UKR")]}, "target", 0.0),
    ("gold empty role, prediction none", {"actors": {"initiator": [], "target": ["RUS"]}},
     {"actors": [actor("target", "RUS")]}, "initiator", 1.0),
    ("gold empty role, prediction gives one", {"actors": {"initiator": [], "target": ["RUS"]}}, {},
     "initiator", 0.0),
    ("role not in gold is not scored", {"actors": {"initiator": ["UKR"]}}, {}, "target", ABSENT),
    ("participant not in gold is not scored", {}, {}, "participant", ABSENT),
    # participant: every actor but a mediator
    ("participants equal", {"actors": {"participant": ["RUS", "UKR"]}},
     {"actors": [actor("participant", "RUS"), actor("participant", "UKR")]}, "participant", 1.0),
    ("participants given as initiator and target", {"actors": {"participant": ["RUS", "UKR"]}},
     {"actors": [actor("initiator", "RUS"), actor("target", "UKR")]}, "participant", 1.0),
    ("mediator left out", {"actors": {"participant": ["RUS", "UKR"]}},
     {"actors": [actor("participant", "RUS"), actor("participant", "UKR"), actor("mediator", "TUR")]},
     "participant", 1.0),
    ("host coded as participant", {"actors": {"participant": ["RUS", "UKR"]}},
     {"actors": [actor("participant", "RUS"), actor("participant", "UKR"), actor("participant", "TUR")]},
     "participant", 0.0),
    ("one side missing", {"actors": {"participant": ["RUS", "UKR"]}}, {"actors": [actor("participant", "RUS")]},
     "participant", 0.0),
    # quantities: F1 over (item, role, value) triples; the qualifier is not part of a triple
    ("quantities equal", {}, {}, "quantities", 1.0),
    ("qualifier does not matter", {}, {"quantities": [qty("drone", "intercepted", 105, "about")]},
     "quantities", 1.0),
    ("value differs", {}, {"quantities": [qty("drone", "intercepted", 35)]}, "quantities", 0.0),
    ("role differs", {}, {"quantities": [qty("drone", "launched", 105)]}, "quantities", 0.0),
    ("item differs", {}, {"quantities": [qty("missile", "intercepted", 105)]}, "quantities", 0.0),
    ("one right of two predicted (P 1/2, R 1)", {},
     {"quantities": [qty("drone", "intercepted", 105), qty("drone", "intercepted", 35)]}, "quantities", 2 / 3),
    ("one of two gold predicted (P 1, R 1/2)",
     {"quantities": [["drone", "intercepted", 105], ["drone", "launched", 112]]}, {}, "quantities", 2 / 3),
    ("two of two gold among three predicted (P 2/3, R 1)",
     {"quantities": [["drone", "intercepted", 105], ["drone", "launched", 112]]},
     {"quantities": [qty("drone", "intercepted", 105), qty("drone", "launched", 112), qty("person", "killed", 1)]},
     "quantities", 0.8),
    ("same triple twice counts once", {},
     {"quantities": [qty("drone", "intercepted", 105), qty("drone", "intercepted", 105, "at_least")]},
     "quantities", 1.0),
    ("negation: zero injured", {"quantities": [["person", "injured", 0]]},
     {"quantities": [qty("person", "injured", 0)]}, "quantities", 1.0),
    ("gold has none, prediction none: not scored", {"quantities": []}, {"quantities": []}, "quantities", ABSENT),
    ("gold has none, prediction one", {"quantities": []}, {}, "quantities", 0.0),
    ("gold one, prediction none", {}, {"quantities": []}, "quantities", 0.0),
    # claimants: accepted name in the predicted name or the predicted name in an accepted one
    ("accepted name inside the claimant", {}, {}, "claimants", 1.0),
    ("second accepted name", {}, {"claims": [claim("UK Ministry of Defence")]}, "claimants", 1.0),
    ("case-insensitive", {}, {"claims": [claim("the DEFENSE MINISTRY of Russia")]}, "claimants", 1.0),
    ("claimant inside an accepted name", {"claimants": [["regional governor Serhii Lysak"]]},
     {"claims": [claim("Governor")]}, "claimants", 1.0),
    ("no accepted name matches", {}, {"claims": [claim("the Kremlin")]}, "claimants", 0.0),
    ("no claims, gold one", {}, {"claims": []}, "claimants", 0.0),
    ("gold none, one claim", {"claimants": []}, {}, "claimants", 0.0),
    ("gold none, no claims: not scored", {"claimants": []}, {"claims": []}, "claimants", ABSENT),
    ("same claimant twice counts once", {},
     {"claims": [claim("Russia's Defence Ministry"), claim("Russia's Defence Ministry")]}, "claimants", 1.0),
    ("one of two claimants right (P 1/2, R 1)", {},
     {"claims": [claim("Russia's Defence Ministry"), claim("the Kremlin")]}, "claimants", 2 / 3),
    ("one claimant cannot match two gold claimants (P 1, R 1/2)",
     {"claimants": [["Defence Ministry"], ["Energy Ministry"]]}, {"claims": [claim("Ministry")]}, "claimants", 2 / 3),
    # "Ministry" fits both gold claimants, "Defence Ministry" only the first: the best pairing gives
    # both a partner (F1 1.0). The code used to take the first fitting gold claimant for each
    # predicted name in turn and scored 0.5 (fixed in scoring.field_scores).
    ("claimants paired one to one at best, not first come",
     {"claimants": [["Defence Ministry"], ["Energy Ministry"]]},
     {"claims": [claim("Ministry"), claim("Defence Ministry")]}, "claimants", 1.0),
    ("two gold claimants, both found",
     {"claimants": [["air force", "Air Force"], ["Defence Ministry", "Vetrov"]]},
     {"claims": [claim("Ukraine's air force"), claim("spokesman Vetrov")]}, "claimants", 1.0),
]


@pytest.mark.parametrize(("g_kw", "p_kw", "name", "expected"), [c[1:] for c in FIELD_CASES],
                         ids=[c[0] for c in FIELD_CASES])
def test_field_score(g_kw: dict, p_kw: dict, name: str, expected: float | None) -> None:
    scores = field_scores(gold(**g_kw), pred(**p_kw), PUB)
    if expected is None:
        assert name not in scores
    else:
        assert scores[name] == pytest.approx(expected, abs=1e-12)


def test_field_scores_of_a_perfect_pair_lists_the_gold_fields() -> None:
    assert field_scores(gold(), pred(), PUB) == {
        "status": 1.0, "date": 1.0, "location": 1.0, "initiator": 1.0, "target": 1.0,
        "quantities": 1.0, "claimants": 1.0,
    }


def test_field_scores_of_a_two_sided_act() -> None:
    g = gold(type="diplomacy.talks", status="agreed", location=None, actors={"participant": ["RUS", "UKR"]},
             quantities=[], claimants=[])
    p = pred(type="diplomacy.talks", status="planned", location=place("TUR"), quantities=[], claims=[],
             actors=[actor("participant", "RUS"), actor("participant", "UKR"), actor("mediator", "TUR")])
    assert field_scores(g, p, PUB) == {"status": 0.0, "date": 1.0, "location": 0.0, "participant": 1.0}


def test_fields_are_the_ones_gold_md_names() -> None:
    assert FIELDS == ("status", "date", "location", "initiator", "target", "participant", "quantities",
                      "claimants")

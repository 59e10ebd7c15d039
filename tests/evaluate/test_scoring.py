"""The scoring rules of ``spec/GOLD.md`` (sitrep.evaluate.scoring): which prediction may pair with which gold
event, how each field of a pair is scored, the one-to-one assignment, and loading gold files.

Every expected value below is worked by hand from GOLD.md, not read off the code. Where the code and
GOLD.md is silent the case says so in a comment: see DISAGREEMENT markers.
"""

from __future__ import annotations

import itertools
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sitrep.evaluate.scoring import (
    FIELDS,
    allowed,
    assignment,
    field_scores,
    gold_files,
    load_gold,
    type_right,
)

PUB = date(2025, 5, 22)  # a Thursday; "overnight" is 2025-05-21..2025-05-22


# -- builders: a gold event and a predicted record as GOLD.md / EVENTS.md write them ---------------
def gold(**kw: Any) -> dict:
    g: dict[str, Any] = {
        "id": "E1", "required": True, "type": "attack.drone", "alt_types": [], "status": "occurred",
        "date": ["2025-05-21", "2025-05-22"],
        "location": {"country": "RUS", "admin1": None, "point": None, "km": None},
        "actors": {"initiator": ["UKR"], "target": ["RUS"]},
        "quantities": [["drone", "intercepted", 105]],
        "claimants": [["Defence Ministry", "Defense Ministry", "Ministry of Defence"]],
        "note": "105 Ukrainian drones shot down overnight",
    }
    g.update(kw)
    return g


def when(start: str | None, end: str | None) -> dict:
    return {"start": start, "end": end, "precision": "day", "text": None}


def place(country: str | None, admin1: str | None = None, lat: float | None = None,
          lon: float | None = None, name: str = "somewhere") -> dict:
    return {"name": name, "country": country, "admin1": admin1, "lat": lat, "lon": lon,
            "precision": "admin1" if admin1 else "country", "text": name}


def actor(role: str, country: str | None, name: str = "someone") -> dict:
    return {"role": role, "name": name, "country": country, "kind": "state", "text": name}


def qty(item: str, role: str, value: int, qualifier: str = "exact") -> dict:
    return {"item": item, "role": role, "value": value, "qualifier": qualifier, "text": str(value)}


def claim(name: str) -> dict:
    return {"claimant": {"name": name, "kind": "government", "country": None}, "verb": "said",
            "channel": None, "stance": "asserts"}


def pred(**kw: Any) -> dict:
    p: dict[str, Any] = {
        "id": "ev_1", "type": "attack.drone", "status": "occurred",
        "date": when("2025-05-21", "2025-05-22"),
        "location": place("RUS", lat=61.5, lon=105.3, name="Russia"),
        "actors": [actor("initiator", "UKR"), actor("target", "RUS")],
        "quantities": [qty("drone", "intercepted", 105)],
        "damage": [], "claims": [claim("Russia's Defence Ministry")],
        "evidence": [], "articles": [], "confidence": 0.5,
    }
    p.update(kw)
    return p


# -- which prediction may pair with which gold event -------------------------------------------
ALLOWED_CASES = [
    # type / family
    ("same type", {}, {}, True),
    ("same family, other type", {}, {"type": "attack.missile"}, True),
    ("other family", {}, {"type": "diplomacy.talks"}, False),
    ("other family listed in alt_types", {"type": "diplomacy.proposal", "alt_types": ["statement.threat"]},
     {"type": "statement.threat"}, True),
    ("other family, alt_types lists another", {"type": "diplomacy.proposal", "alt_types": ["diplomacy.aid"]},
     {"type": "statement.threat"}, False),
    ("dotless family, same", {"type": "arrest"}, {"type": "arrest"}, True),
    ("dotless family vs attack", {"type": "arrest"}, {"type": "attack.ground"}, False),
    # date windows: gold 05-21..05-22 widened to 05-20..05-23
    ("window equal", {}, {"date": when("2025-05-21", "2025-05-22")}, True),
    ("day after the window (widened end)", {}, {"date": when("2025-05-23", "2025-05-23")}, True),
    ("two days after the window", {}, {"date": when("2025-05-24", "2025-05-25")}, False),
    ("day before the window (widened start)", {}, {"date": when("2025-05-20", "2025-05-20")}, True),
    ("two days before the window", {}, {"date": when("2025-05-18", "2025-05-19")}, False),
    ("prediction window covers gold's", {}, {"date": when("2025-05-01", "2025-05-31")}, True),
    ("prediction overlaps the widened start", {}, {"date": when("2025-05-15", "2025-05-20")}, True),
    ("prediction without a date: no window to overlap", {}, {"date": None}, False),
    # gold date null: any date up to publication
    ("null gold date, early prediction", {"date": None}, {"date": when("2025-01-01", "2025-01-02")}, True),
    ("null gold date, prediction on publication day", {"date": None}, {"date": when("2025-05-22", "2025-05-22")},
     True),
    ("null gold date, prediction two days after publication", {"date": None},
     {"date": when("2025-05-24", "2025-05-24")}, False),
    ("null gold date, prediction without a date", {"date": None}, {"date": None}, True),
    # countries: compared only when both have one
    ("same country", {}, {"location": place("RUS")}, True),
    ("other country", {}, {"location": place("UKR")}, False),
    ("prediction without location", {}, {"location": None}, True),
    ("prediction location without country", {}, {"location": place(None, name="Black Sea")}, True),
    ("gold without location", {"location": None}, {"location": place("UKR")}, True),
    ("gold country null", {"location": {"country": None, "admin1": None, "point": None, "km": None}},
     {"location": place("UKR")}, True),
    ("same country, other admin1 (a field, not a pairing rule)",
     {"location": {"country": "RUS", "admin1": "RU-MOS", "point": None, "km": None}},
     {"location": place("RUS", "RU-BEL")}, True),
]


@pytest.mark.parametrize(("g_kw", "p_kw", "expected"), [c[1:] for c in ALLOWED_CASES],
                         ids=[c[0] for c in ALLOWED_CASES])
def test_allowed(g_kw: dict, p_kw: dict, expected: bool) -> None:
    assert allowed(gold(**g_kw), pred(**p_kw), PUB) is expected


def test_allowed_null_gold_date_is_widened_by_a_day() -> None:
    assert allowed(gold(date=None), pred(date=when("2025-05-23", "2025-05-23")), PUB) is True


TYPE_CASES = [
    ("same type", {}, "attack.drone", True),
    ("alt type", {"alt_types": ["attack.missile"]}, "attack.missile", True),
    ("alt type of another family", {"type": "diplomacy.proposal", "alt_types": ["statement.threat"]},
     "statement.threat", True),
    ("same family, not listed", {}, "attack.missile", False),
    ("other family", {}, "diplomacy.talks", False),
    ("alt_types missing", {"alt_types": None}, "attack.drone", True),
]


@pytest.mark.parametrize(("g_kw", "p_type", "expected"), [c[1:] for c in TYPE_CASES],
                         ids=[c[0] for c in TYPE_CASES])
def test_type_right(g_kw: dict, p_type: str, expected: bool) -> None:
    g = gold(**g_kw)
    if g["alt_types"] is None:
        del g["alt_types"]
    assert type_right(g, pred(type=p_type)) is expected


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


# -- assignment: maximum-weight, one to one -----------------------------------------------------
ASSIGN_CASES: list[tuple[str, list[list[float]], set[tuple[int, int]]]] = [
    ("no gold", [], set()),
    ("no predictions", [[], []], set()),
    ("one pair", [[5.0]], {(0, 0)}),
    ("zero weight is no pair", [[0.0]], set()),
    ("diagonal", [[3.0, 0.0], [0.0, 3.0]], {(0, 0), (1, 1)}),
    # greedy takes the heaviest pair (0,0)=3 and is left with (1,1)=0: total 3; the best is 2+2=4
    ("greedy trap, square", [[3.0, 2.0], [2.0, 0.0]], {(0, 1), (1, 0)}),
    # greedy takes (0,0)=4 and nothing else fits: total 4; the best is 3+3=6, row 2 stays alone
    ("greedy trap, more gold than predictions", [[4.0, 3.0], [3.0, 0.0], [0.0, 0.0]], {(0, 1), (1, 0)}),
    ("greedy trap, more predictions than gold", [[4.0, 3.0, 0.0], [3.0, 0.0, 0.0]], {(0, 1), (1, 0)}),
    # two rows want column 0: 101+107+5 = 213 beats 108+5 = 113 (greedy's pick)
    ("hits first", [[108.0, 101.0, 0.0], [107.0, 0.0, 0.0], [0.0, 0.0, 5.0]], {(0, 1), (1, 0), (2, 2)}),
    ("one heavy pair beats two light ones", [[10.0, 1.0], [1.0, 0.0]], {(0, 0)}),
]


@pytest.mark.parametrize(("weights", "expected"), [c[1:] for c in ASSIGN_CASES], ids=[c[0] for c in ASSIGN_CASES])
def test_assignment(weights: list[list[float]], expected: set[tuple[int, int]]) -> None:
    pairs = assignment(weights)
    assert set(pairs) == expected
    assert len(pairs) == len(expected)


def _best_total(weights: list[list[float]]) -> float:
    """Brute force: the heaviest one-to-one matching, trying every permutation."""
    n, m = len(weights), len(weights[0])
    best = 0.0
    for cols in itertools.permutations(range(max(n, m)), n):
        best = max(best, sum(max(weights[i][j], 0.0) for i, j in enumerate(cols) if j < m))
    return best


BRUTE = [
    [[7, 3, 5], [6, 4, 2], [5, 9, 1]],
    [[1, 2, 3, 4], [2, 4, 6, 8], [3, 6, 9, 12]],
    [[0, 0, 9], [0, 9, 9], [9, 9, 9], [1, 1, 1]],
    [[102.5, 101.0, 0, 0], [0, 104.0, 103.0, 0], [101.0, 0, 0, 107.5], [0, 0, 2.0, 108.0]],
    [[2, 2, 2], [2, 2, 2]],
]


@pytest.mark.parametrize("weights", BRUTE)
def test_assignment_reaches_the_best_total(weights: list[list[float]]) -> None:
    pairs = assignment(weights)
    assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)  # one to one
    assert sum(weights[i][j] for i, j in pairs) == pytest.approx(_best_total(weights))


# -- gold files ---------------------------------------------------------------------------------
def _write_gold(path: Path, file: str, published: str = "2025-05-22", outlet: str | None = "Wire",
                events: list[dict] | None = None) -> Path:
    article: dict[str, Any] = {"file": file, "published": published}
    if outlet is not None:
        article["outlet"] = outlet
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"article": article, "events": events if events is not None else [gold()]}),
                    encoding="utf-8")
    return path


def test_load_gold_finds_the_report_relative_to_the_shared_folder(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "corpus" / "seed").mkdir(parents=True)
    (shared / "corpus" / "seed" / "a.txt").write_text("date 2025-05-22 text", encoding="utf-8")
    g = load_gold(_write_gold(shared / "gold" / "dev" / "a.gold.json", "corpus/seed/a.txt"))
    assert g.report_path.resolve() == (shared / "corpus" / "seed" / "a.txt").resolve()
    assert g.published == date(2025, 5, 22)
    assert g.outlet == "Wire"
    assert [e["id"] for e in g.events] == ["E1"]
    assert g.path == shared / "gold" / "dev" / "a.gold.json"


def test_load_gold_without_outlet(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("x", encoding="utf-8")
    g = load_gold(_write_gold(tmp_path / "gold" / "a.gold.json", "corpus/a.txt", outlet=None, events=[]))
    assert g.outlet is None
    assert g.events == []


def test_load_gold_without_the_report(tmp_path: Path) -> None:
    path = _write_gold(tmp_path / "gold" / "a.gold.json", "corpus/missing-report-4711.txt")
    with pytest.raises(FileNotFoundError, match="missing-report-4711"):
        load_gold(path)


def test_gold_files_of_a_directory_and_a_file(tmp_path: Path) -> None:
    d = tmp_path / "gold"
    for rel in ("b.gold.json", "a.gold.json", "sub/c.gold.json", "notes.json", "a.txt"):
        (d / rel).parent.mkdir(parents=True, exist_ok=True)
        (d / rel).write_text("{}", encoding="utf-8")
    got = gold_files([d])
    assert [p.relative_to(d).as_posix() for p in got] == ["a.gold.json", "b.gold.json", "sub/c.gold.json"]
    assert gold_files([d / "b.gold.json", d]) == [d / "b.gold.json", *got]


# -- the shipped dev gold -------------------------------------------------------------------------
STATUSES = {"occurred", "ongoing", "agreed", "planned", "proposed", "rejected", "cancelled"}
ISO3 = re.compile(r"[A-Z]{3}")


def _taxonomy(shared: Path) -> set[str]:
    text = (shared / "spec" / "EVENTS.md").read_text(encoding="utf-8")
    section = text.split("## Taxonomy", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([a-z_.]+)` \|", section, re.M))


def test_dev_gold_files_load(shared_dir: Path) -> None:
    files = gold_files([shared_dir / "gold" / "dev"])
    assert files, "no dev gold files"
    taxonomy = _taxonomy(shared_dir)
    assert {"attack.drone", "arrest", "diplomacy.talks"} <= taxonomy
    for path in files:
        g = load_gold(path)
        assert g.report_path.is_file(), path
        ids = [e["id"] for e in g.events]
        assert len(ids) == len(set(ids)), f"{path.name}: duplicate ids"
        for e in g.events:
            where = f"{path.name} {e['id']}"
            assert isinstance(e["required"], bool), where
            assert e["type"] in taxonomy, where
            assert set(e.get("alt_types", [])) <= taxonomy, where
            assert e["status"] in STATUSES, where
            if e["date"] is not None:
                start, end = (date.fromisoformat(x) for x in e["date"])
                assert start <= end <= g.published, where
            loc = e["location"]
            if loc is not None and loc["country"] is not None:
                assert ISO3.fullmatch(loc["country"]), where
            for role, countries in (e.get("actors") or {}).items():
                assert role in ("initiator", "target", "participant"), where
                assert all(ISO3.fullmatch(c) for c in countries), where
            for q in e.get("quantities") or []:
                assert len(q) == 3 and isinstance(q[2], int), where
            for accepted in e.get("claimants") or []:
                assert accepted and all(isinstance(n, str) and n for n in accepted), where
            # a gold event is allowed with, and scores perfectly against, a prediction built from it
            p = _pred_from_gold(e, g.published)
            assert allowed(e, p, g.published), where
            assert type_right(e, p), where
            assert set(field_scores(e, p, g.published).values()) <= {1.0}, where


def _pred_from_gold(e: dict, published: date) -> dict:
    loc = e["location"]
    location = None
    if loc is not None and loc["country"] is not None:
        lat, lon = loc["point"] if loc.get("point") else (None, None)
        location = place(loc["country"], loc.get("admin1"), lat, lon)
    window = e["date"] or [published.isoformat(), published.isoformat()]
    return pred(type=e["type"], status=e["status"], date=when(*window), location=location,
                actors=[actor(role, c) for role, cs in (e.get("actors") or {}).items() for c in cs],
                quantities=[qty(*q) for q in e.get("quantities") or []],
                claims=[claim(accepted[0]) for accepted in e.get("claimants") or []])

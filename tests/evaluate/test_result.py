"""Scores over a set of gold reports (sitrep.evaluate.result): totals, per-type counts, the text and
JSON output of ``sitrep eval``, and ``evaluate`` from gold files to an EvalResult.

Every expected value below is worked by hand from GOLD.md, not read off the code. Where the code and
GOLD.md is silent the case says so in a comment: see DISAGREEMENT markers.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sitrep.evaluate import EvalResult, GoldReport, ReportScore, evaluate
from tests.evaluate.test_score import PUB, TALKS, TEXT, G, P, counts


# -- totals, per type, output ---------------------------------------------------------------------------
def _three_reports() -> EvalResult:
    r1 = ReportScore("r1", tp=3, fp=1, fn=0, fields={"status": [1.0, 1.0, 0.0], "date": [1.0, 1.0, 1.0]},
                     false_positives=["attack.drone at - on None..None: ''"],
                     wrong_fields=["E3 status: occurred | got planned"], by_type={"attack.drone": [3, 1, 0]},
                     kinds=[("false +", "no-event", "no gold event"), ("field", "status", "status")])
    r2 = ReportScore("r2", tp=1, fp=0, fn=2, fields={"status": [1.0], "quantities": [0.0]},
                     misses=["E2 arrest: note E2"], by_type={"attack.drone": [1, 0, 1], "arrest": [0, 0, 1]},
                     kinds=[("miss", "missing", "no prediction of its family")])
    r3 = ReportScore("r3", tp=0, fp=1, fn=1, provenance_errors=["not in the report: 'x'", "not in the report: 'y'"],
                     by_type={"arrest": [0, 1, 1]},
                     kinds=[("miss", "provenance", "provenance"), ("false +", "provenance", "provenance")])
    return EvalResult([r1, r2, r3])


# tp 4, fp 2, fn 3: P 4/6, R 4/7, F1 8/13. Fields pooled over all hits (not a mean of the reports'
# means): status 3/4, date 3/3, quantities 0/1; field score 7/12; headline 8/13 x 7/12 = 14/39.
TOTALS = {
    "reports": 3, "gold": 7, "predicted": 6, "tp": 4, "fp": 2, "fn": 3,
    "precision": 0.6667, "recall": 0.5714, "f1": 0.6154,
    "fields": {"status": 0.75, "date": 1.0, "quantities": 0.0},
    "field_score": 0.5833, "headline": 0.359, "provenance_errors": 2,
}
# the kinds of the errors, pooled over the reports, by class, most first (a tie in name order)
ERROR_KINDS = {
    "false +": {"no-event": 1, "provenance": 1},
    "miss": {"missing": 1, "provenance": 1},
    "field": {"status": 1},
}
KIND_LINES = [
    "",
    "errors by kind             count",
    "false +        (all)           2",
    "               no-event        1",
    "               provenance      1",
    "miss           (all)           2",
    "               missing         1",
    "               provenance      1",
    "field          (all)           1",
    "               status          1",
]
BY_TYPE = {
    "arrest": {"tp": 0, "fp": 1, "fn": 2, "precision": 0.0, "recall": 0.0},
    "attack.drone": {"tp": 4, "fp": 1, "fn": 1, "precision": 0.8, "recall": 0.8},
}


def test_totals() -> None:
    t = _three_reports().totals
    assert t == TOTALS
    assert list(t["fields"]) == ["status", "date", "quantities"]  # in GOLD.md's order


def test_totals_of_nothing() -> None:
    t = EvalResult([]).totals
    assert t == {"reports": 0, "gold": 0, "predicted": 0, "tp": 0, "fp": 0, "fn": 0, "precision": 0.0,
                 "recall": 0.0, "f1": 0.0, "fields": {}, "field_score": 0.0, "headline": 0.0,
                 "provenance_errors": 0}


def test_by_type() -> None:
    bt = _three_reports().by_type()
    assert bt == BY_TYPE
    assert list(bt) == ["arrest", "attack.drone"]


def test_to_json() -> None:
    out = _three_reports().to_json()
    assert out == {**TOTALS, "by_type": BY_TYPE, "error_kinds": ERROR_KINDS, "per_report": {
        "r1": {"precision": 0.75, "recall": 1.0, "f1": 0.8571, "field_score": 0.8333, "provenance_errors": 0,
               "error_kinds": {"false +": {"no-event": 1}, "field": {"status": 1}}},
        "r2": {"precision": 1.0, "recall": 0.3333, "f1": 0.5, "field_score": 0.5, "provenance_errors": 0,
               "error_kinds": {"miss": {"missing": 1}}},
        "r3": {"precision": 0.0, "recall": 0.0, "f1": 0.0, "field_score": 0.0, "provenance_errors": 2,
               "error_kinds": {"miss": {"provenance": 1}, "false +": {"provenance": 1}}},
    }}
    json.dumps(out)  # plain JSON


REPORT_LINES = [
    ["r1", "0.750", "1.000", "0.857", "0.833", "0.714", "0"],
    ["r2", "1.000", "0.333", "0.500", "0.500", "0.250", "0"],
    ["r3", "0.000", "0.000", "0.000", "0.000", "0.000", "2"],
]
TOTAL_LINES = [
    "",
    "total: 3 reports, gold 7, predicted 6, tp 4 fp 2 fn 3",
    "event precision 0.667  recall 0.571  F1 0.615",
    "fields: status 0.750  date 1.000  quantities 0.000",
    "field score 0.583   headline (F1 x fields) 0.359   provenance errors 2",
]


def test_format_text() -> None:
    lines = _three_reports().format_text().splitlines()
    assert lines[0].split() == ["report", "P", "R", "F1", "fields", "headline", "prov"]
    assert [ln.split() for ln in lines[1:4]] == REPORT_LINES
    assert lines[4:] == TOTAL_LINES


def test_format_text_with_errors() -> None:
    lines = _three_reports().format_text(errors=True).splitlines()
    assert lines[1].split() == REPORT_LINES[0]
    assert lines[2:4] == ["    false +   attack.drone at - on None..None: ''",
                          "    field     E3 status: occurred | got planned"]
    assert lines[4].split() == REPORT_LINES[1]
    assert lines[5] == "    miss      E2 arrest: note E2"
    assert lines[6].split() == REPORT_LINES[2]
    assert lines[7:9] == ["    provenance not in the report: 'x'", "    provenance not in the report: 'y'"]
    assert lines[9:] == TOTAL_LINES + KIND_LINES  # the per-report detail, then the kinds


def test_format_by_type() -> None:
    lines = [ln.split() for ln in _three_reports().format_by_type().splitlines()]
    assert lines == [["type", "tp", "fp", "fn", "P", "R"],
                     ["arrest", "0", "1", "2", "0.000", "0.000"],
                     ["attack.drone", "4", "1", "1", "0.800", "0.800"]]


# -- evaluate: gold files in, an EvalResult out ------------------------------------------------------
def test_evaluate_reads_gold_files_and_scores_each_report(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "corpus").mkdir(parents=True)
    for name, events in (("a", [G()]), ("b", [G(), G("E2", **TALKS)])):
        (shared / "corpus" / f"{name}.txt").write_text(f"date 2025-05-22 {TEXT}", encoding="utf-8")
        gold_path = shared / "gold" / "dev" / f"{name}.gold.json"
        gold_path.parent.mkdir(parents=True, exist_ok=True)
        gold_path.write_text(json.dumps({"article": {"file": f"corpus/{name}.txt", "published": "2025-05-22"},
                                         "events": events}), encoding="utf-8")
    seen: list[tuple[str, str, date]] = []

    def extract(g: GoldReport) -> tuple[str, list[dict]]:
        seen.append((g.path.name, g.report_path.name, g.published))
        return TEXT, [P()] if g.path.name == "a.gold.json" else []

    result = evaluate([shared / "gold" / "dev"], extract)
    assert seen == [("a.gold.json", "a.txt", PUB), ("b.gold.json", "b.txt", PUB)]
    assert [(r.name, counts(r)) for r in result.reports] == [("a", (1, 0, 0)), ("b", (0, 0, 2))]
    t = result.totals
    # P 1, R 1/3, F1 1/2; the one hit is perfect: 7 fields at 1.0; headline 1/2
    assert (t["tp"], t["fp"], t["fn"], t["precision"], t["recall"], t["f1"]) == (1, 0, 2, 1.0, 0.3333, 0.5)
    assert t["field_score"] == 1.0 and t["headline"] == 0.5
    assert t["fields"] == {"status": 1.0, "date": 1.0, "location": 1.0, "initiator": 1.0, "target": 1.0,
                           "quantities": 1.0, "claimants": 1.0}

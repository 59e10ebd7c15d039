"""The kind of each error of a scored report (sitrep.evaluate.kinds): case tables of invented gold
events and predictions, each scored by score_report, and the kinds its errors get, in the order
score_report finds them (pairs, then unpaired gold events, then unpaired predictions)."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.evaluate import score_report
from sitrep.evaluate.kinds import FIELD_KINDS, Scene, _says_any, field_kind
from sitrep.lexicon import error_words
from tests.evaluate.test_score import TALKS, TEXT, G, P, place, qty, report, when

FP, MISS, FIELD = "false +", "miss", "field"


def said(sentence: str, **kw: Any) -> dict:
    """A prediction built from one sentence (the report's text is given with it, below)."""
    return P(evidence=[{"text": sentence}], **kw)


DEMO = {"type": "protest.demonstration", "location": place("RUS"), "quantities": [], "claims": []}
TALKS_P = {"type": "diplomacy.talks", "location": None, "quantities": [], "claims": [], "actors": []}
MOSCOW = {"country": "RUS", "admin1": "RU-MOS", "point": None, "km": None}

# (case, gold events, predictions, the kinds of the errors)
CASES: list[tuple[str, list[dict], list[dict], list[tuple[str, str]]]] = [
    ("a hit has no error", [G()], [P()], []),
    # -- false positives
    ("a report with no gold event at all", [], [P()], [(FP, "no-event")]),
    ("paired with another type of its family", [G()], [P(type="attack.missile")],
     [(MISS, "wrong-type"), (FP, "wrong-type")]),
    ("the event hit, told again", [G()], [P(), P()], [(FP, "duplicate")]),
    ("a plan the gold does not code", [G()], [P(), P(**TALKS_P, status="planned")], [(FP, "frame")]),
    ("an optional event of its family on other days",
     [G(), G("E2", required=False, **TALKS, date=["2025-05-01", "2025-05-01"])],
     [P(), P(**TALKS_P, status="occurred")], [(FP, "frame")]),
    ("a negated sentence", [G()], [P(), said("Police said no rally took place in the square.", **DEMO)],
     [(FP, "frame")]),
    ("a future sentence", [G()], [P(), said("Veterans vowed to march on the ministry.", **DEMO)], [(FP, "frame")]),
    ("a hypothetical sentence", [G()], [P(), said("Unions could protest if the plant closes.", **DEMO)],
     [(FP, "frame")]),
    ("a background sentence", [G()], [P(), said("Farmers have rallied there since spring.", **DEMO)],
     [(FP, "frame")]),
    ("a word read in the wrong sense", [G()], [P(), said("The figures demonstrate a disregard for the truce.", **DEMO)],
     [(FP, "sense")]),
    # -- misses, and their other side
    ("no prediction of its family", [G()], [P(**TALKS_P, status="occurred")],
     [(MISS, "missing"), (FP, "sense")]),
    ("its type in another country", [G()], [P(location=place("UKR", name="Ukraine"))],
     [(MISS, "wrong-place"), (FP, "wrong-place")]),
    ("its type two weeks early", [G()], [P(date=when("2025-05-08", "2025-05-08"))],
     [(MISS, "wrong-date"), (FP, "wrong-date")]),
    ("its record went to an optional event it agrees with more",
     [G(), G("E2", required=False, location=MOSCOW, quantities=[["drone", "intercepted", 35]])],
     [P(location=place("RUS", "RU-MOS", "Moscow Oblast"), quantities=[qty("drone", "intercepted", 35)])],
     [(MISS, "optional")]),
    ("a record of another type at its place went to an optional event of that type",
     [G(), G("E2", required=False, type="attack.missile")], [P(type="attack.missile")], [(MISS, "wrong-type")]),
    ("two gold events at two places, one record",
     [G(location=MOSCOW), G("E2", location={"country": "RUS", "admin1": "RU-BEL", "point": None, "km": None})],
     [P(location=place("RUS", "RU-MOS", "Moscow Oblast"))], [(MISS, "missing")]),
    ("a planned record of its type two weeks early is no stand-in", [G()],
     [P(status="planned", date=when("2025-05-08", "2025-05-08"))], [(MISS, "missing"), (FP, "frame")]),
    # -- wrong fields
    ("a wrong status and a wrong count", [G()], [P(status="planned", quantities=[qty("drone", "intercepted", 35)])],
     [(FIELD, "status"), (FIELD, "counts")]),
    ("a wrong side and no claimant", [G()], [P(actors=[], claims=[])],
     [(FIELD, "sides"), (FIELD, "sides"), (FIELD, "claims")]),
]


def _text(preds: list[dict]) -> str:
    return TEXT + " " + " ".join(e["text"] for p in preds for e in p["evidence"] if e["text"] not in TEXT)


@pytest.mark.parametrize(("events", "preds", "kinds"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_error_gets_its_kind(events: list[dict], preds: list[dict], kinds: list[tuple[str, str]]) -> None:
    s = score_report(report(events), preds, _text(preds))
    assert [(what, kind) for what, kind, _ in s.kinds] == kinds
    # one kind for each error listed (a false positive of a failed report's optional pair is not listed)
    assert sum(1 for what, _, _ in s.kinds if what == MISS) == len(s.misses) == s.fn
    assert sum(1 for what, _, _ in s.kinds if what == FP) == len(s.false_positives) == s.fp
    assert sum(1 for what, _, _ in s.kinds if what == FIELD) == len(s.wrong_fields)


def test_a_report_that_failed_provenance() -> None:
    """Its right pairs are a provenance miss and false positive; a wrong pair stays a wrong type."""
    preds = [P(), said("A drone that was never in the report.", type="attack.missile")]
    s = score_report(report([G(), G("E2", location=MOSCOW)]), preds, TEXT)
    assert sorted((what, kind) for what, kind, _ in s.kinds) == [
        (FP, "provenance"), (FP, "wrong-type"), (MISS, "provenance"), (MISS, "wrong-type")]


def test_kind_counts_of_a_report() -> None:
    """One record of the wrong type pairs with the attack; its twin has no gold event to stand for."""
    s = score_report(report([G()]), [P(type="attack.missile"), P(type="attack.missile")], TEXT)
    assert s.kind_counts() == {MISS: {"wrong-type": 1}, FP: {"wrong-type": 1, "sense": 1}}


# -- the sentence's words -------------------------------------------------------------------------
WORD_CASES = [
    ("negation_marks", "The army said it did not shell the village.", True),
    ("negation_marks", "The army didn’t shell the village.", True),
    ("negation_marks", "The army denied shelling the village.", True),
    ("negation_marks", "The army shelled the village at noon.", False),
    ("negation_marks", "Nothing was left of the village.", False),  # a word that starts with a mark
    ("future_marks", "The rebels will attack the convoy.", True),
    ("future_marks", "They'll attack the convoy.", True),
    ("future_marks", "The rebels plan to attack the convoy.", True),
    ("future_marks", "The party planned a rally.", True),
    ("future_marks", "The rebels attacked the convoy willingly.", False),
    ("hypothetical_marks", "The militia could strike the port if talks fail.", True),
    ("hypothetical_marks", "The militia struck the port in May.", False),  # "may" is no mark: it is a month too
    ("hypothetical_marks", "The militia struck the port at dawn.", False),
    ("background_marks", "The fighting has killed 300 people since March.", True),
    ("background_marks", "Strikes have killed 40 so far.", True),
    ("background_marks", "A strike killed 40 people on Monday.", False),
]


@pytest.mark.parametrize(("marks", "sentence", "expected"), WORD_CASES)
def test_sentence_marks(marks: str, sentence: str, expected: bool) -> None:
    assert _says_any(sentence, getattr(error_words(), marks)) is expected


# -- wrong fields ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "kind"), [
    ("status", "status"), ("date", "dates"), ("location", "places"), ("initiator", "sides"),
    ("target", "sides"), ("participant", "sides"), ("quantities", "counts"), ("claimants", "claims"),
])
def test_field_kind(name: str, kind: str) -> None:
    assert field_kind(name) == (kind, name)


def test_every_scored_field_has_a_kind() -> None:
    from sitrep.evaluate.fields import FIELDS
    assert set(FIELDS) == set(FIELD_KINDS)


def test_a_record_stands_for_one_miss_only() -> None:
    """Two missed attacks in Russia, one record of the type in Ukraine: it stands for one of them, and
    the other is missing."""
    scene = Scene(report([G(), G("E2", location=MOSCOW)]), [P(location=place("UKR", name="Ukraine"))], [])
    assert len(scene.near) == 1
    s = score_report(report([G(), G("E2", location=MOSCOW)]), [P(location=place("UKR", name="Ukraine"))], TEXT)
    assert sorted(kind for _, kind, _ in s.kinds) == ["missing", "wrong-place", "wrong-place"]

"""The recall yardstick (scripts/recall): its lines are checked, scored by family and overlap, and the
project's file holds only references and offsets of articles no gold file uses."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
EVENTS = ROOT / "evaluation" / "recall" / "events.jsonl"
SHARED = ROOT.parent / "shared"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[name] = mod  # a dataclass looks its module up while it is built
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


measure = _load("recall_measure", ROOT / "scripts" / "recall" / "measure.py")


@pytest.mark.parametrize(("row", "error"), [
    ({"ref": "eval/geo/x.xml#1", "start": 0, "end": 10, "type": "arrest"}, None),
    ({"ref": "eval/geo/x.xml#1", "none": True}, None),
    ({"ref": "notes.txt", "start": 0, "end": 10, "type": "arrest"}, "reference"),
    ({"ref": "eval/geo/x.xml#1", "start": 0, "end": 10, "type": "arrest.big"}, "type"),
    ({"ref": "eval/geo/x.xml#1", "start": 10, "end": 10, "type": "arrest"}, "span"),
    ({"ref": "eval/geo/x.xml#1", "start": "0", "end": 10, "type": "arrest"}, "span"),
])
def test_a_line_is_checked(row, error) -> None:
    if error is None:
        assert measure.checked({**row, "why": "a quote"}).keys() <= {"ref", "start", "end", "type", "none"}
    else:
        with pytest.raises(ValueError, match=error):
            measure.checked(row)


def _record(etype: str, *spans: tuple[int, int]):
    return SimpleNamespace(type=etype, evidence=[SimpleNamespace(start=a, end=b) for a, b in spans])


@pytest.mark.parametrize(("records", "found", "typed"), [
    ([_record("attack.ground", (100, 160))], 1, 1),
    ([_record("attack.civilians", (120, 130))], 1, 0),  # same family, another type
    ([_record("arrest", (100, 160))], 0, 0),  # another family
    ([_record("attack.ground", (0, 100))], 0, 0),  # the sentence before: spans touch, do not overlap
    ([], 0, 0),
])
def test_an_event_is_found_by_family_and_overlap(records, found, typed) -> None:
    tally = measure.Tally()
    measure.score_article([{"ref": "r", "start": 100, "end": 150, "type": "attack.ground"}], records, tally)
    assert (tally.events, tally.found, tally.typed, len(tally.missed)) == (1, found, typed, 1 - found)


def test_records_on_an_article_with_no_event_are_false_alarms() -> None:
    tally = measure.Tally()
    measure.score_article([{"ref": "r", "none": True}], [_record("arrest", (0, 5)), _record("arrest", (9, 20))], tally)
    assert (tally.events, tally.none_articles, tally.alarms) == (0, 1, 2)
    assert [(ref, etype) for ref, etype, _ in tally.false_alarms] == [("r", "arrest"), ("r", "arrest")]


def test_gather_keeps_offsets_only_and_events_overrule_none(tmp_path: Path) -> None:
    gather = _load("recall_gather", ROOT / "scripts" / "recall" / "gather.py")
    given = tmp_path / "recall_x.jsonl"
    given.write_text("\n".join(json.dumps(r) for r in [
        {"ref": "eval/a#1", "none": True}, {"ref": "eval/a#1", "start": 5, "end": 40, "type": "arrest", "why": "q"},
        {"ref": "eval/b#2", "none": True}, {"ref": "eval/b#2", "none": True}]) + "\n")
    assert gather.gather([given]) == [{"ref": "eval/a#1", "start": 5, "end": 40, "type": "arrest"},
                                      {"ref": "eval/b#2", "none": True}]


@pytest.mark.skipif(not EVENTS.exists(), reason="no recall events file yet")
def test_the_projects_file_names_only_articles_no_gold_uses() -> None:
    rows = [json.loads(line) for line in EVENTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows and all(measure.checked(r) == r for r in rows)
    if not (SHARED / "eval").exists():
        pytest.skip("../shared/eval is absent")
    select = _load("real_select", ROOT / "evaluation" / "real" / "select.py")
    gold_refs = set(select.chosen(220))
    assert not {r["ref"] for r in rows} & gold_refs


def _verdict(start: int, entry: str, verdict: str, etype: str | None = None) -> dict:
    return {"start": start, "end": start + 5, "entry": entry, "verdict": verdict, "type": etype}


@pytest.mark.parametrize(("verdicts", "cause", "kind"), [
    ([], "no trigger word", "no trigger word"),
    ([_verdict(3, "diplomacy.talks", "event", "diplomacy.talks")],
     "no trigger word (another family's event there)", "no trigger word"),
    ([_verdict(3, "attack.ground", "event", "attack.ground")], "dropped after the trigger",
     "dropped after the trigger"),
    ([_verdict(3, "attack", "unmet: has_its_particle")],
     "vetoed: attack unmet: has_its_particle", "vetoed by an entry condition"),
    ([_verdict(3, "attack", "unmet: has_its_particle"), _verdict(9, "attack.ground", "a_game_of_sport")],
     "vetoed: attack unmet: has_its_particle; attack.ground a_game_of_sport", "vetoed by a no-event rule"),
    ([_verdict(40, "attack.ground", "event", "attack.ground")], "no trigger word", "no trigger word"),  # another sentence
])
def test_a_missed_events_cause_is_read_from_the_verdicts_on_its_sentence(verdicts, cause, kind) -> None:
    row = {"start": 0, "end": 30, "type": "attack.ground"}
    assert measure.cause(row, verdicts) == cause
    assert measure.kind_of_cause(cause) == kind

"""Recall and false alarms on real articles no gold file uses, from hand-listed events.

Run:  .venv/bin/python scripts/recall/measure.py [--events evaluation/recall/events.jsonl] [--missed]

``evaluation/recall/events.jsonl`` lists, for articles of ../shared/eval after the first 220 of the
seeded shuffle in ``evaluation/real/select.py`` (no gold file uses them), the events a careful
reader found: one line per event, ``ref``, ``start``, ``end`` (the characters of the sentence that
tells it) and ``type``; or ``{"ref": ..., "none": true}`` for an article that reports no event of
the taxonomy. It is a second yardstick beside the gold files: cheaper to write (no fields), so it
can cover more articles, and it answers one question, whether a record is made at all.

An event is found when a record of the same family has an evidence span overlapping its
sentence, and typed right when that record's type is the listed one. Every record made on a
"none" article is a false alarm. The texts stay in ../shared; the run stops with a clear message
when they are absent.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.nlp.pipeline import Extractor
from sitrep.records import EVENT_TYPES, Article, Event, family

ROOT = Path(__file__).resolve().parents[2]
EVENTS = ROOT / "evaluation" / "recall" / "events.jsonl"


def _corpora():
    """``evaluation/real/show.py`` (the texts by reference) and ``sense/candidates.py`` (their dates)."""
    import importlib.util

    def load(name: str, path: Path):
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        spec.loader.exec_module(mod)  # type: ignore[union-attr]
        return mod

    return load("real_show", ROOT / "evaluation" / "real" / "show.py"), load(
        "sense_candidates", ROOT / "scripts" / "sense" / "candidates.py")


def checked(row: dict[str, Any]) -> dict[str, Any]:
    """A line of the events file, or ValueError naming the rule it breaks."""
    if not str(row.get("ref", "")).startswith("eval/"):
        raise ValueError("no corpus reference in 'ref'")
    if row.get("none") is True:
        return {"ref": row["ref"], "none": True}
    if row.get("type") not in EVENT_TYPES:
        raise ValueError(f"type {row.get('type')!r} is not a type of EVENTS.md")
    start, end = row.get("start"), row.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise ValueError(f"span {start!r}..{end!r} is not a span of characters")
    return {"ref": row["ref"], "start": start, "end": end, "type": row["type"]}


def load_events(path: Path) -> dict[str, list[dict[str, Any]]]:
    """The file's lines by article, checked; SystemExit naming the file and line of a bad one."""
    by_ref: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                row = checked(json.loads(line))
            except ValueError as err:
                raise SystemExit(f"{path}:{n}: {err}") from None
            by_ref[row["ref"]].append(row)
    return by_ref


@dataclass
class Tally:
    events: int = 0
    found: int = 0
    typed: int = 0
    none_articles: int = 0
    alarms: int = 0
    missed: list[tuple[str, str, int]] = field(default_factory=list)
    false_alarms: list[tuple[str, str, str]] = field(default_factory=list)  # (ref, type, evidence)

    def line(self) -> str:
        share = max(self.events, 1)
        return (f"events {self.events}: found {self.found} ({self.found / share:.3f}), type right {self.typed} "
                f"({self.typed / share:.3f}); articles with no event {self.none_articles}: "
                f"records on them {self.alarms}")


def score_article(rows: list[dict[str, Any]], records: list[Event], tally: Tally) -> None:
    """Add one article's events (or its false alarms) to the tally."""
    if any(r.get("none") for r in rows):
        tally.none_articles += 1
        tally.alarms += len(records)
        tally.false_alarms += [(rows[0]["ref"], e.type, getattr(e.evidence[0], "text", "") if e.evidence else "")
                               for e in records]
        return
    for row in rows:
        tally.events += 1
        hits = [e for e in records if family(e.type) == family(row["type"])
                and any(sp.start < row["end"] and row["start"] < sp.end for sp in e.evidence)]
        tally.found += bool(hits)
        tally.typed += any(e.type == row["type"] for e in hits)
        if not hits:
            tally.missed.append((row["ref"], row["type"], row["start"]))


def measure(path: Path = EVENTS, extractor: Extractor | None = None) -> Tally:
    show, candidates = _corpora()
    extractor = extractor or Extractor()
    tally = Tally()
    for ref, rows in load_events(path).items():
        try:
            info = show.article(ref)
        except (OSError, KeyError) as err:
            raise SystemExit(f"{ref}: the article's text is not in ../shared ({err})") from None
        records = extractor.extract(Article(text=info["text"], published=candidates.published(info), id=ref))
        score_article(rows, records, tally)
    return tally


def cause(row: dict[str, Any], verdicts: list[dict[str, Any]]) -> str:
    """Why a listed event got no record, from the trigger finder's verdicts on its sentence (``sitrep
    triggers``): a trigger of its family made but no record kept ("dropped after the trigger"), every
    match of its family read as no event ("vetoed: RULE", the first such rule), or no word of its
    family at all ("no trigger word")."""
    inside = [v for v in verdicts if row["start"] <= v["start"] < row["end"]]
    own = [v for v in inside if family(v["entry"]) == family(row["type"])
           or family(v["type"] or v["entry"]) == family(row["type"])]
    if any(v["verdict"] == "event" for v in own):
        return "dropped after the trigger"
    if own:  # each entry of the family that matched, and the rule that read it as no event
        return "vetoed: " + "; ".join(sorted({f"{v['entry']} {v['verdict']}" for v in own}))
    return "no trigger word" + (" (another family's event there)" if any(v["verdict"] == "event" for v in inside)
                                else "")


def kind_of_cause(why: str) -> str:
    """The cause counted: "no trigger word", "dropped after the trigger", "vetoed by an entry condition"
    (every match of the family failed one of its entry's conditions), or "vetoed by a no-event rule"."""
    if not why.startswith("vetoed: "):
        return why.split(" (")[0]
    readings = why.removeprefix("vetoed: ").split("; ")
    if all(" unmet: " in f" {r}" for r in readings):
        return "vetoed by an entry condition"
    return "vetoed by a no-event rule"


def why_missed(tally: Tally, extractor: Extractor | None = None) -> list[tuple[str, str, int, str]]:
    """Each missed event of ``tally`` with its ``cause``."""
    from sitrep.api import trigger_verdicts

    show, candidates = _corpora()
    extractor = extractor or Extractor()
    out = []
    by_ref: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for ref, etype, start in tally.missed:
        by_ref[ref].append((etype, start))
    events = {(r["ref"], r["start"], r["type"]): r for rows in load_events(EVENTS).values() for r in rows
              if not r.get("none")}
    for ref, missed in by_ref.items():
        info = show.article(ref)
        verdicts = trigger_verdicts(Article(text=info["text"], published=candidates.published(info), id=ref),
                                    extractor=extractor)
        for etype, start in missed:
            row = events.get((ref, start, etype), {"start": start, "end": start + 1, "type": etype})
            out.append((ref, etype, start, cause(row, verdicts)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=Path, default=EVENTS)
    ap.add_argument("--missed", action="store_true", help="list each missed event: reference, type, offset")
    ap.add_argument("--alarms", action="store_true", help="list each record on an article of no event: "
                    "reference, type, evidence")
    ap.add_argument("--why", action="store_true", help="each missed event's cause from the trigger finder's "
                    "verdicts on its sentence, then the causes counted")
    args = ap.parse_args()
    tally = measure(args.events)
    print(tally.line())
    if args.why:
        causes = why_missed(tally)
        for ref, etype, start, why in causes:
            print(f"missed  {ref}  {etype}  at {start}: {why}")
        counted: dict[str, int] = defaultdict(int)
        for *_, why in causes:
            counted[kind_of_cause(why)] += 1
        for why, n in sorted(counted.items(), key=lambda kv: -kv[1]):
            print(f"{n:4d}  {why}")
    if args.missed:
        for ref, etype, start in tally.missed:
            print(f"missed  {ref}  {etype}  at {start}")
    if args.alarms:
        for ref, etype, said in tally.false_alarms:
            print(f"alarm  {ref}  {etype}  {said[:160]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

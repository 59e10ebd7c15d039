"""How often each no-event rule is wrong: its vetoes on the hand-labelled lines the rules drop.

Run:  .venv/bin/python scripts/sense/veto_audit.py [--labels evaluation/sense/labels.jsonl] [--examples N]

The lines labelled with ``drawn: vetoed`` (``candidates.py --permissive``) are records the pipeline
makes only when its trigger finder reads no no-event rule; a reader then said whether the sentence
tells an event of the record's family. For each such line this finds the trigger the permissive
pipeline made the record from (a match of the record's family inside its sentence), asks the
default finder what it made of that very match (``TriggerFinder.find`` with ``verdicts``, as
``sitrep triggers`` shows it), and counts, by the rule or unmet entry condition that read it as no
event, the lines that were events and those that were not. A rule whose vetoes are often events is
one to read again; one whose vetoes are never events is doing its work. The sentences are read
from ../shared (``$SITREP_SHARED``); nothing is written.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from sitrep.nlp.pipeline import Extractor
from sitrep.nlp.triggers import TriggerFinder, TriggerVerdict
from sitrep.records import Article, family

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "evaluation" / "sense" / "labels.jsonl"
KEPT = "(no veto: an event of another type, or dropped later)"


def _candidates_module() -> Any:
    spec = importlib.util.spec_from_file_location("sense_candidates", ROOT / "scripts" / "sense" / "candidates.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def verdicts_of(extractor: Extractor, article: Article) -> list[TriggerVerdict]:
    """Every trigger match of the article and what the extractor's finder made of it."""
    finder = extractor.nlp.get_pipe("sitrep_triggers")
    assert isinstance(finder, TriggerFinder)
    doc = extractor.parse(article)
    out: list[TriggerVerdict] = []
    finder.find(doc, out)
    return out


def vetoes(row: dict[str, Any], permissive: list[TriggerVerdict], default: list[TriggerVerdict]) -> set[str]:
    """What the default finder made of the matches the permissive one read as events of the line's family
    inside its sentence: the rules that vetoed them, or ``KEPT`` (the default finder made the event too:
    its record has another type of the family, or a later step dropped it)."""
    fam = family(row["type"])
    made = {(v.start, v.end) for v in permissive if v.verdict == "event" and v.type
            and family(v.type) == fam and row["start"] <= v.start < row["end"]}
    found = {v.verdict for v in default if (v.start, v.end) in made and v.verdict != "event"}
    if any(v.verdict == "event" and (v.start, v.end) in made for v in default):
        found.add(KEPT)
    return found or {"(no match of the family)"}


def audit(rows: list[dict[str, Any]]) -> tuple[dict[str, list[int]], dict[str, list[str]]]:
    """For each veto: [not events, events] among the lines, and the events' sentences."""
    candidates = _candidates_module()
    select, show = candidates._chooser()
    default, permissive = candidates.extractor_without_sense(), candidates.permissive_extractor()
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    events: dict[str, list[str]] = defaultdict(list)
    by_ref: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_ref[row["ref"]].append(row)
    for ref, lines in by_ref.items():
        info = show.article(ref)
        article = Article(text=info["text"], published=candidates.published(info), id=ref)
        loose, strict = verdicts_of(permissive, article), verdicts_of(default, article)
        for row in lines:
            for name in vetoes(row, loose, strict):
                tally[name][row["label"]] += 1
                if row["label"]:
                    events[name].append(" ".join(info["text"][row["start"]:row["end"]].split()))
    return tally, events


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--examples", type=int, default=0, help="print up to N sentences of events per rule")
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("drawn") == "vetoed"]
    if not rows:
        print(f"{args.labels}: no line drawn as vetoed", file=sys.stderr)
        return 1
    tally, events = audit(rows)
    print(f"{len(rows)} vetoed lines, {sum(r['label'] for r in rows)} of them events")
    print(" events     not  share  veto")
    for name, (no, yes) in sorted(tally.items(), key=lambda kv: (-kv[1][1], -kv[1][0])):
        print(f"{yes:7d} {no:7d}  {yes / (yes + no):.2f}  {name}")
        for sentence in events[name][:args.examples]:
            print(f"{'':16}{sentence[:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

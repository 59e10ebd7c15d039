"""Pick, with a fixed seed, the real articles sitrep's own development gold is coded from.

Run:  .venv/bin/python evaluation/real/select.py [--count 100]
      .venv/bin/python evaluation/real/select.py --third     (the third batch, ``third_batch``)
      .venv/bin/python evaluation/real/select.py --fourth    (the fourth batch, ``fourth_batch``)

The articles are real news in ../shared/eval (TR-News, LGL, TimeBank); their texts stay there
and are never copied into the project. Each is named by a reference the evaluator reads
(``eval/geo/TR-News.xml#1040001``, ``eval/time/TimeBank/APW19980213.1310.tml``). The order
is a seeded shuffle of every article of the three corpora, so the choice is reproducible and
owes nothing to what the articles say. Which articles are held out (a quarter, never read
while rules change) is decided by the reference alone: see ``held_out``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import xml.etree.ElementTree as ET
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = 20261204
THIRD_SEED = 20261206
THIRD_COUNT = 52
RECALL_EVENTS = Path(__file__).resolve().parents[1] / "recall" / "events.jsonl"


def references(shared: Path = SHARED) -> list[str]:
    """Every article of the three corpora, by reference, in a fixed order."""
    refs: list[str] = []
    for name in ("TR-News.xml", "lgl.xml"):
        root = ET.parse(shared / "eval" / "geo" / name).getroot()
        refs += [f"eval/geo/{name}#{a.get('docid')}" for a in root.iter("article")]
    refs += [f"eval/time/TimeBank/{p.name}" for p in sorted((shared / "eval" / "time" / "TimeBank").glob("*.tml"))]
    return refs


def held_out(ref: str) -> bool:
    """A quarter of the articles, chosen by a hash of the reference: kept aside, unread."""
    return int(hashlib.sha256(ref.encode()).hexdigest(), 16) % 4 == 0


def chosen(count: int, shared: Path = SHARED) -> list[str]:
    refs = references(shared)
    random.Random(SEED).shuffle(refs)
    return refs[:count]


def third_batch(events: Path = RECALL_EVENTS, count: int = THIRD_COUNT) -> list[str]:
    """The third batch (``gold3/``): a seeded shuffle of the recall pool's articles that report an
    event (``evaluation/recall/events.jsonl``), the first ``count`` taken. Their events had been
    listed for the recall yardstick, so they are development text; their fields never were."""
    rows = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines() if line.strip()]
    refs = sorted({r["ref"] for r in rows if not r.get("none")})
    random.Random(THIRD_SEED).shuffle(refs)
    return refs[:count]


def fourth_batch(events: Path = RECALL_EVENTS) -> list[str]:
    """The fourth batch (``gold4/``): the rest of the same shuffle, every article of the recall pool that
    reports an event and was not in the third batch."""
    rows = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines() if line.strip()]
    pool = len({r["ref"] for r in rows if not r.get("none")})
    return third_batch(events, pool)[THIRD_COUNT:]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--third", action="store_true", help="the third batch's articles (gold3/)")
    ap.add_argument("--fourth", action="store_true", help="the fourth batch's articles (gold4/)")
    args = ap.parse_args()
    if args.fourth:
        print("\n".join(fourth_batch()))
        return 0
    if args.third:
        print("\n".join(third_batch()))
        return 0
    for ref in chosen(args.count):
        print(("heldout " if held_out(ref) else "dev     ") + ref)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

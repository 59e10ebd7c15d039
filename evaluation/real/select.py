"""Pick, with a fixed seed, the real articles sitrep's own development gold is coded from.

Run:  .venv/bin/python evaluation/real/select.py [--count 100]

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
import random
import xml.etree.ElementTree as ET
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = 20261204


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100)
    args = ap.parse_args()
    for ref in chosen(args.count):
        print(("heldout " if held_out(ref) else "dev     ") + ref)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

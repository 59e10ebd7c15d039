"""Gather the labellers' files into the project's label file, keeping references and offsets only.

Run:  .venv/bin/python scripts/sense/labels.py LABELS.jsonl [LABELS.jsonl ...] \
          [--out evaluation/sense/labels.jsonl]

Each input line labels one line of ``scripts/sense/candidates.py``'s output: ``id``, ``ref``,
``start``, ``end``, ``type``, ``label`` (1: the sentence tells an event of the type's family; 0:
not), ``kind`` (why not: sense, nature_accident, frame, background, out_of_scope, other),
``why``, ``better_type`` and ``drawn`` (optional; "vetoed" for a line of ``--permissive`` the
rules drop, so that the step never sees it at run time). The project holds no text of the corpora, so ``why``
(which may quote) and the sentence are dropped: the file keeps ``ref``, ``start``, ``end``,
``type``, ``label``, ``kind`` (label 0 only), ``better_type`` and ``drawn`` (where given), in the
candidates' order. A line that breaks these rules stops the run with its file and line named.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from sitrep.records import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evaluation" / "sense" / "labels.jsonl"
KINDS = ("sense", "nature_accident", "frame", "background", "out_of_scope", "other")
KEPT = ("ref", "start", "end", "type", "label", "kind", "better_type", "drawn")
DRAWN = ("vetoed",)  # a line the rules drop before the step sees it (candidates.py --permissive)


def checked(row: dict[str, Any]) -> dict[str, Any]:
    """The row with only the kept fields; ValueError naming the first rule it breaks."""
    for key in ("id", "ref", "start", "end", "type", "label"):
        if key not in row:
            raise ValueError(f"no {key!r}")
    if row["label"] not in (0, 1):
        raise ValueError(f"label {row['label']!r} is neither 0 nor 1")
    if row["type"] not in EVENT_TYPES:
        raise ValueError(f"type {row['type']!r} is not a type of EVENTS.md")
    if row["label"] == 0 and row.get("kind") not in KINDS:
        raise ValueError(f"kind {row.get('kind')!r} is not one of {', '.join(KINDS)}")
    if row.get("better_type") and row["better_type"] not in EVENT_TYPES:
        raise ValueError(f"better_type {row['better_type']!r} is not a type of EVENTS.md")
    if row.get("drawn") not in (None, *DRAWN):
        raise ValueError(f"drawn {row['drawn']!r} is not one of {', '.join(DRAWN)}")
    if not (isinstance(row["start"], int) and isinstance(row["end"], int) and 0 <= row["start"] < row["end"]):
        raise ValueError(f"span {row['start']!r}..{row['end']!r} is not a span of characters")
    kept = {k: row[k] for k in KEPT if row.get(k) not in (None, "")}
    if row["label"] == 1:
        kept.pop("kind", None)
    return kept


def gather(paths: list[Path]) -> list[dict[str, Any]]:
    """Every labelled line of the files, in the candidates' order (by ``id``); one label per id."""
    by_id: dict[int, dict[str, Any]] = {}
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                by_id[int(row["id"])] = checked(row)
            except (ValueError, KeyError, TypeError) as err:
                raise SystemExit(f"{path}:{n}: {err}") from None
    return [by_id[i] for i in sorted(by_id)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows = gather(args.inputs)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    kept = sum(r["label"] for r in rows)
    print(f"{args.out}: {len(rows)} labels, {kept} events, {len(rows) - kept} not")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Gather readers' recall files into ``evaluation/recall/events.jsonl``, keeping references and offsets only.

Run:  .venv/bin/python scripts/recall/gather.py FILE.jsonl [FILE.jsonl ...] [--out evaluation/recall/events.jsonl]

A reader's line may carry a ``why`` (which can quote the article); the project holds no text of
the corpora, so only ``ref``, ``start``, ``end``, ``type`` (or ``none``) are kept, checked as
``measure.py`` reads them, in article order, each line once. A bad line stops the run, naming its
file and line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import EVENTS, checked  # noqa: E402


def gather(paths: list[Path]) -> list[dict]:
    seen: dict[str, dict] = {}
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = checked(json.loads(line))
            except ValueError as err:
                raise SystemExit(f"{path}:{n}: {err}") from None
            seen.setdefault(json.dumps(row, sort_keys=True), row)
    told = {r["ref"] for r in seen.values() if not r.get("none")}  # a reader who found events overrules "none"
    rows = [r for r in seen.values() if not (r.get("none") and r["ref"] in told)]
    return sorted(rows, key=lambda r: (r["ref"], r.get("start", -1), r.get("type", "")))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=EVENTS)
    args = ap.parse_args()
    rows = gather(args.inputs)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    events = sum(1 for r in rows if not r.get("none"))
    print(f"{args.out}: {events} events, {len(rows) - events} articles with none, "
          f"{len({r['ref'] for r in rows})} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

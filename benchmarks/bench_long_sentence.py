"""Extraction cost of one long sentence: CPU time per character for sentences of 1, 2, 4, 8 and 16 KB.

Run:  .venv/bin/python benchmarks/bench_long_sentence.py [--sizes 1,2,4,8,16] [--repeat 3] [--kind own-subjects]
One run-on sentence of invented clauses joined by ", and " (each clause a trigger; ``--kind one-subject``
joins predicates of one subject by commas instead). The pipeline is loaded once (not timed); each size
is extracted ``--repeat`` times and the best CPU time kept. The input gate would refuse sentences over
5,000 characters (``sitrep --max-sentence``); this calls the pipeline directly, to measure it.
Prints, per size, the milliseconds and the microseconds per character, and the ratio of the largest
cost per character to the smallest (near-linear extraction keeps it under 2).

Recorded figures: see benchmarks/RESULTS.md.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402

from sitrep.nlp.pipeline import Extractor  # noqa: E402
from sitrep.records import Article  # noqa: E402

CLAUSES = ["rebels shelled the market in Northtown", "troops stormed the barracks near the river",
           "police arrested twelve protesters outside the ministry", "a drone struck a fuel depot",
           "militants attacked a convoy on the highway", "protesters marched through the capital"]
PREDICATES = ["shelled the market", "stormed the barracks", "burned the depot", "attacked the convoy"]


def sentence(chars: int, kind: str = "own-subjects") -> str:
    """One sentence of about ``chars`` characters."""
    parts, joiner = (CLAUSES, ", and ") if kind == "own-subjects" else (PREDICATES, ", ")
    head = "On Monday, " + ("the rebels " if kind == "one-subject" else "")
    out: list[str] = []
    while len(head) + sum(len(p) + len(joiner) for p in out) < chars:
        out.append(parts[len(out) % len(parts)])
    return head + joiner.join(out) + "."


def cpu_ms(ex: Extractor, text: str, repeat: int) -> tuple[float, int]:
    best, records = float("inf"), 0
    for _ in range(repeat):
        article = Article(text=text, published=date(2025, 5, 22), title="Long sentence")
        t0 = time.process_time()
        records = len(ex.extract(article))
        best = min(best, (time.process_time() - t0) * 1000)
    return best, records


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,2,4,8,16", help="sentence sizes in KB (1 KB = 1,000 characters)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--kind", choices=["own-subjects", "one-subject"], default="own-subjects")
    args = ap.parse_args()
    ex = Extractor()
    ex.extract(Article(text="Rebels shelled the town on Monday.", published=date(2025, 5, 22)))  # warm up
    per_char = []
    print(f"{'KB':>4} {'chars':>7} {'records':>7} {'ms':>9} {'us/char':>8}")
    for kb in (int(k) for k in args.sizes.split(",")):
        text = sentence(kb * 1000, args.kind)
        ms, records = cpu_ms(ex, text, args.repeat)
        per_char.append(ms * 1000 / len(text))
        print(f"{kb:>4} {len(text):>7} {records:>7} {ms:>9.1f} {per_char[-1]:>8.1f}")
    print(f"largest / smallest cost per character: {max(per_char) / min(per_char):.2f}")


if __name__ == "__main__":
    main()

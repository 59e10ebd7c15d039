"""Score gold sets with and without the sense step, in one run: the figures of benchmarks/RESULTS.md.

Run:  .venv/bin/python scripts/sense/measure.py GOLD_DIR [GOLD_DIR ...] [--model DIR] [--threshold T]

For each folder of gold files, one line per pipeline (the default pipeline without
``sitrep_sense``, and with it after ``sitrep_events``): the headline, event precision / recall /
F1, records predicted against events required, and the records made on the reports that
require none (false alarms on articles with no event).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sitrep.api import evaluate_gold
from sitrep.nlp import build, load_config
from sitrep.nlp.pipeline import Extractor


def pipelines(model: str | None = None, threshold: float | None = None) -> dict[str, Extractor]:
    """The default pipeline without the sense step, and with it (its model and threshold, if given)."""
    order = [n for n in load_config()["nlp"]["pipeline"] if n != "sitrep_sense"]
    sense: dict[str, object] = {"nlp.pipeline": [*order, "sitrep_sense"]}
    if model is not None:
        sense["components.sitrep_sense.model"] = model
    if threshold is not None:
        sense["components.sitrep_sense.threshold"] = threshold
    return {"without": Extractor(build(overrides={"nlp.pipeline": order})), "with": Extractor(build(overrides=sense))}


def line(name: str, folder: Path, extractor: Extractor) -> str:
    result = evaluate_gold([folder], extractor=extractor)
    t = result.totals
    empty = sum(r.fp for r in result.reports if r.tp + r.fn == 0)
    return (f"{folder}  {name:7}  headline {t['headline']:.3f}  P/R/F1 {t['precision']:.3f}/{t['recall']:.3f}/"
            f"{t['f1']:.3f}  predicted {t['predicted']} / required {t['gold']}  "
            f"records on reports with no event {empty}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--model", help="a sense model's folder (default: the packaged one)")
    ap.add_argument("--threshold", type=float, help="default: the config's")
    args = ap.parse_args()
    both = pipelines(args.model, args.threshold)
    for folder in args.folders:
        for name, extractor in both.items():
            print(line(name, folder, extractor), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

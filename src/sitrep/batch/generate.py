"""Synthetic reports for load tests, made from the bundled examples.

    python -m sitrep.batch.generate --count 10000 --out /tmp/corpus   # JSON Lines, 1,000 a file

Each report takes one example's first paragraph and up to two of its other paragraphs, in
order, with every number changed a little and the publication date moved by whole weeks
(so weekday words still name the same weekday); its closing line numbers it, so every
report's text, and so its id, is its own. The same count and seed give the same files.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from datetime import timedelta
from pathlib import Path

from sitrep.read import ReadError, iter_reports

NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]\d)")


def _nudge(m: re.Match[str], rng: random.Random) -> str:
    raw = m.group(1)
    value = int(raw.replace(",", ""))
    if 1900 <= value <= 2100:  # a year: left alone
        return raw
    new = max(1, value + rng.randint(-max(1, value // 5), max(1, value // 5)))
    return f"{new:,}" if "," in raw else str(new)


def generate(examples: Path, count: int, out: Path, *, per_file: int = 1000, seed: int = 13) -> list[Path]:
    """Write ``count`` reports as JSON Lines files in ``out``; gives the files written."""
    sources = [a for a in iter_reports([examples]) if not isinstance(a, ReadError)]
    if not sources:
        raise ValueError(f"{examples}: no reports to generate from")
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    handle = None
    for i in range(count):
        if i % per_file == 0:
            if handle:
                handle.close()
            files.append(out / f"generated-{i // per_file:04d}.jsonl")
            handle = files[-1].open("w", encoding="utf-8")
        art = sources[i % len(sources)]
        paras = [p for p in art.text.split("\n\n") if p.strip()]
        body = paras[:1] + sorted(rng.sample(paras[1:-1], k=min(2, max(0, len(paras) - 2))), key=paras.index)
        text = "\n\n".join(NUMBER.sub(lambda m: _nudge(m, rng), p) for p in body)
        text += f"\n\nGenerated Wire {i:06d}\n"
        published = art.published + timedelta(weeks=rng.randint(-20, 20))
        assert handle is not None
        handle.write(json.dumps({"published": published.isoformat(), "title": f"{art.title or 'Report'} ({i})",
                                 "outlet": "Generated Wire", "url": None, "text": text}) + "\n")
    if handle:
        handle.close()
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--examples", type=Path, default=Path(__file__).resolve().parents[3] / "examples")
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    files = generate(args.examples, args.count, args.out, seed=args.seed)
    print(f"{args.count} reports in {len(files)} files under {args.out}")


if __name__ == "__main__":
    main()

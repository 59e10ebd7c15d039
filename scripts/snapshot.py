"""Write everything sitrep extracts from a fixed set of texts, so a refactor can prove it changed nothing.

Run:  .venv/bin/python scripts/snapshot.py OUT_DIR [--jobs 2]
      diff -r BEFORE_DIR AFTER_DIR

For examples/, every report under ../shared/corpus, and the texts of ../shared/eval (TimeBank,
TR-News, LGL) it writes, one JSON line per report: every record (ids included) and what
``sitrep places`` and ``sitrep times`` list for it. It also ingests examples/ and
../shared/corpus into a fresh SQLite store and writes the stored events, so merging across
reports is covered too. Output is sorted and deterministic; the directory is outside the repo
by convention (it holds text from ../shared).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))


def _articles(name: str) -> list[Any]:
    """The articles of one named set, in a fixed order."""
    from sitrep.read import ReadError, iter_reports
    from sitrep.records import Article

    if name == "examples":
        paths = [ROOT / "examples"]
    elif name == "corpus":
        paths = [SHARED / "corpus"]
    elif name == "timebank":
        from bench_timebank import load_timeml

        files = sorted((SHARED / "eval" / "time" / "TimeBank").glob("*.tml"))
        return [Article(text=d.text, published=d.dct, id=f"tb_{d.name}") for d in map(load_timeml, files)]
    else:
        from bench_geo import read_corpus

        corpus = SHARED / "eval" / "geo" / {"tr-news": "TR-News.xml", "lgl": "lgl.xml"}[name]
        return [Article(text=d.text, published=date(2020, 1, 1), id=f"{name}_{d.docid}") for d in read_corpus(corpus)]
    return [a for a in iter_reports(paths) if not isinstance(a, ReadError)]


def _one(article: Any) -> dict[str, Any]:
    from sitrep import api

    ex = api.default_extractor()
    events = ex.extract(article)
    return {
        "article": article.id,
        "records": [e.to_dict() for e in events],
        "places": api.place_mentions(article, extractor=ex),
        "times": api.time_mentions(article, extractor=ex),
    }


def _chunk(args: tuple[str, int, int]) -> list[str]:
    name, k, n = args
    arts = _articles(name)[k::n]
    return [json.dumps(_one(a), sort_keys=True, ensure_ascii=False) for a in arts]


def _stored_events() -> list[str]:
    from sitrep import api
    from sitrep.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "snap.db"
        api.ingest_paths([ROOT / "examples", SHARED / "corpus"], db=db)
        st = open_store(db)
        try:
            rows = [json.dumps(e, sort_keys=True, ensure_ascii=False, default=str)
                    for e in _all_events(st)]
        finally:
            st.close()
    return sorted(rows)


def _all_events(st: Any) -> list[Any]:
    return [e.to_dict() for e in st.events()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--sets", default="examples,corpus,timebank,tr-news,lgl,store")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sets = args.sets.split(",")
    with ProcessPoolExecutor(args.jobs) as pool:
        for name in sets:
            if name == "store":
                lines = _stored_events()
            else:
                parts = pool.map(_chunk, [(name, k, args.jobs) for k in range(args.jobs)])
                lines = sorted(line for part in parts for line in part)
            (args.out / f"{name}.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            print(f"{name}: {len(lines)} lines", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

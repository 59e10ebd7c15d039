"""Geoparsing accuracy on the public corpora TR-News and LGL (../shared/eval/geo).

Run:  .venv/bin/python benchmarks/bench_geo.py [--limit N] [--corpus tr-news|lgl] [--errors FILE]

For each article, sitrep finds and resolves its place names exactly as ``sitrep places`` does
(``api.place_mentions`` on an Article built from the text); each gold toponym with a GeoNames
tag is matched to the predicted mention whose span overlaps it most. Printed per corpus:

- acc@161: share of ALL gold toponyms placed within 161 km (100 miles) of the gold point;
  a toponym sitrep did not find counts as wrong.
- mean km (found): mean error over the gold toponyms sitrep found.
- mean km (all, 20039 km for a miss): mean error over all gold toponyms, a missed one counted
  at half the Earth's circumference, as Gritta et al. (2019, "A Pragmatic Guide to Geoparsing
  Evaluation") recommend for end-to-end scoring.
- AUC: area under the curve of log errors (Jurgens et al. 2015; Gritta et al. 2018), over all
  gold toponyms with the same penalty for a miss (0 is perfect, 1 is worst).
- recall: share of gold toponyms overlapped by a predicted mention.
- precision: share of predicted mentions that overlap a gold toponym (tagged or not). The
  corpora's annotators left some place names out, so this is a lower bound.
- res-only acc@161: resolution with the gold span given: where sitrep read exactly the gold
  span, its own reading of it; otherwise the gold phrase resolved by the gazetteer with the
  article's own context (the countries of its other place names, the regions and town points
  sitrep found in it; a demonym as its country).
- gazetteer-only acc@161: every gold phrase resolved the second way (the figure this column
  gave before 2026-11-25, kept for comparison).

117 TR-News gold spans are a few characters off their phrase; each is moved to the nearest
occurrence of the phrase before matching. The benchmark skips with a message when
../shared is absent. Recorded figures: docs/benchmarks.md and benchmarks/RESULTS.md.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
from collections import Counter  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GEO = ROOT.parent / "shared" / "eval" / "geo"
CORPORA = {"tr-news": "TR-News.xml", "lgl": "lgl.xml"}
MISS_KM = 20039.0  # half the Earth's circumference: the error charged for a missed toponym
ACC_KM = 161.0


@dataclass
class Gold:
    phrase: str
    start: int
    end: int
    lat: float
    lon: float
    fcode: str


@dataclass
class Doc:
    docid: str
    text: str
    gold: list[Gold] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # every gold toponym, tagged or not


def _realign(text: str, g: Gold) -> Gold:
    if text[g.start:g.end] == g.phrase:
        return g
    hits = []
    i = text.find(g.phrase)
    while i >= 0:
        hits.append(i)
        i = text.find(g.phrase, i + 1)
    if not hits:
        return g
    s = min(hits, key=lambda h: abs(h - g.start))
    return Gold(g.phrase, s, s + len(g.phrase), g.lat, g.lon, g.fcode)


def read_corpus(path: Path) -> list[Doc]:
    docs = []
    for a in ET.parse(path).getroot().iter("article"):
        text = a.findtext("text") or ""
        doc = Doc(a.get("docid", ""), text)
        for t in a.iter("toponym"):
            phrase = t.findtext("phrase") or ""
            span = _realign(text, Gold(phrase, int(t.findtext("start") or 0), int(t.findtext("end") or 0), 0, 0, ""))
            doc.spans.append((span.start, span.end))
            tag = t.find("gaztag")
            if tag is None or tag.findtext("lat") is None:
                continue
            g = Gold(t.findtext("phrase") or "", int(t.findtext("start") or 0), int(t.findtext("end") or 0),
                     float(tag.findtext("lat") or 0), float(tag.findtext("lon") or 0), tag.findtext("fcode") or "")
            doc.gold.append(_realign(text, g))
        docs.append(doc)
    return docs


class _Recording:
    """The pipeline, remembering the last doc it parsed (for the article's context)."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.last: Any = None

    def __call__(self, doc: Any) -> Any:
        self.last = self.nlp(doc)
        return self.last

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)


def _auc(errors: list[float]) -> float:
    """Area under the curve of log(1 + error) normalised by log(1 + MISS_KM), as in Gritta et al. 2018."""
    if not errors:
        return float("nan")
    top = math.log(1 + MISS_KM)
    return sum(math.log(1 + min(e, MISS_KM)) / top for e in errors) / len(errors)


def score(name: str, docs: list[Doc], errors_out: list[dict[str, Any]] | None) -> dict[str, float]:
    from sitrep.api import default_extractor, place_mentions
    from sitrep.geo.distance import km
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.records import Article

    ex = default_extractor()
    rec = _Recording(ex.nlp)
    ex.nlp = rec  # type: ignore[assignment]
    gaz = Gazetteer.load()
    found_err: list[float] = []
    all_err: list[float] = []
    res_ok = 0
    gaz_ok = 0
    n = 0
    predicted = 0
    on_gold = 0
    try:
        for d in docs:
            mentions = place_mentions(Article(text=d.text, published=date(2020, 1, 1)), extractor=ex)
            info = rec.last._.info
            predicted += len(mentions)
            on_gold += sum(any(m["start"] < e and s < m["end"] for s, e in d.spans) for m in mentions)
            if errors_out is not None:
                errors_out.extend({"corpus": name, "doc": d.docid, "spurious": m["text"], "name": m["name"],
                                   "precision": m["precision"],
                                   "ctx": d.text[max(0, m["start"] - 60):m["end"] + 60].replace("\n", " ")}
                                  for m in mentions if not any(m["start"] < e and s < m["end"] for s, e in d.spans))
            first_reading: dict[str, str | None] = {}
            for m in mentions:
                first_reading.setdefault(m["text"].lower(), m["country"])
            admin1s = tuple(dict.fromkeys(m["admin1"] for m in mentions
                                          if m["precision"] in ("admin1", "district") and m["admin1"]))
            for g in d.gold:
                n += 1
                # the countries of the article's other place names, each name once, as sitrep weighs them
                counts = Counter(c for nm, c in first_reading.items() if c and nm != g.phrase.lower())
                ctx = [c for c, _ in counts.most_common(4)]
                if info.dateline_country and info.dateline_country not in ctx:
                    ctx.append(info.dateline_country)
                over = [(min(g.end, m["end"]) - max(g.start, m["start"]), m) for m in mentions
                        if m["start"] < g.end and g.start < m["end"] and m["lat"] is not None]
                err = MISS_KM
                pred = None
                if over:
                    pred = max(over, key=lambda om: om[0])[1]
                    err = km((g.lat, g.lon), (pred["lat"], pred["lon"]))
                    found_err.append(err)
                all_err.append(err)
                near = tuple(dict.fromkeys((round(m["lat"], 1), round(m["lon"], 1)) for m in mentions
                                           if m["precision"] in ("city", "district") and m["lat"] is not None
                                           and m["text"] != g.phrase))[:12]
                code = gaz.demonym(g.phrase)
                place = (gaz.country(code) if code else
                         gaz.resolve(g.phrase, context_countries=ctx, context_admin1=admin1s, near=near))
                gaz_err = km((g.lat, g.lon), (place.lat, place.lon)) if place and place.lat is not None else MISS_KM
                gaz_ok += gaz_err <= ACC_KM
                # the gold span given: sitrep's own reading where it read exactly that span, else the gazetteer's
                exact = next((m for m in mentions if m["start"] == g.start and m["end"] == g.end
                              and m["lat"] is not None), None)
                res_err = km((g.lat, g.lon), (exact["lat"], exact["lon"])) if exact is not None else gaz_err
                res_ok += res_err <= ACC_KM
                if errors_out is not None and (err > ACC_KM or res_err > ACC_KM):
                    errors_out.append({
                        "corpus": name, "doc": d.docid, "phrase": g.phrase, "fcode": g.fcode,
                        "gold": [g.lat, g.lon], "ctx": d.text[max(0, g.start - 60):g.end + 60].replace("\n", " "),
                        "pred": None if pred is None else {k: pred[k] for k in ("text", "name", "country", "admin1",
                                                                                  "precision", "lat", "lon")},
                        "err_km": round(err), "res": None if place is None else [place.name, place.country,
                                                                                   place.precision],
                        "res_km": round(res_err), "context": ctx,
                    })
    finally:
        ex.nlp = rec.nlp
    return {
        "articles": len(docs), "toponyms": n,
        "acc161": sum(e <= ACC_KM for e in all_err) / n if n else float("nan"),
        "mean_found": sum(found_err) / len(found_err) if found_err else float("nan"),
        "mean_all": sum(all_err) / n if n else float("nan"),
        "auc": _auc(all_err),
        "recall": len(found_err) / n if n else float("nan"),
        "acc161_found": sum(e <= ACC_KM for e in found_err) / len(found_err) if found_err else float("nan"),
        "res_acc161": res_ok / n if n else float("nan"),
        "gaz_acc161": gaz_ok / n if n else float("nan"),
        "precision": on_gold / predicted if predicted else float("nan"),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles of each corpus")
    ap.add_argument("--corpus", choices=sorted(CORPORA), action="append", help="one corpus (default: both)")
    ap.add_argument("--errors", type=Path, help="write every toponym placed wrong, and every mention on no gold toponym, to this JSON Lines file")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = ap.parse_args()
    if not GEO.is_dir():
        print(f"skipped: {GEO} is absent (the public geoparsing corpora live in ../shared/eval/geo)")
        return 0
    errors: list[dict[str, Any]] | None = [] if args.errors else None
    rows = {}
    for name in args.corpus or ["tr-news", "lgl"]:
        path = GEO / CORPORA[name]
        if not path.exists():
            print(f"skipped {name}: {path} is absent")
            continue
        docs = read_corpus(path)
        if args.limit:
            docs = docs[:args.limit]
        t0 = time.perf_counter()
        rows[name] = score(name, docs, errors)
        rows[name]["seconds"] = time.perf_counter() - t0
    head = ("corpus", "articles", "toponyms", "acc@161", "mean km (found)", "mean km (all, miss=20039)", "AUC",
            "recall", "precision", "acc@161 (found)", "res-only acc@161", "gazetteer-only acc@161", "s")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for name, r in rows.items():
        print(f"| {name} | {r['articles']} | {r['toponyms']} | {r['acc161']:.3f} | {r['mean_found']:.0f} | "
              f"{r['mean_all']:.0f} | {r['auc']:.3f} | {r['recall']:.3f} | {r['precision']:.3f} | {r['acc161_found']:.3f} | "
              f"{r['res_acc161']:.3f} | {r['gaz_acc161']:.3f} | {r['seconds']:.0f} |")
    if args.json:
        print(json.dumps(rows, indent=1))
    if errors is not None and args.errors:
        with args.errors.open("w", encoding="utf-8") as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Where records are put, on the geoparsing corpora: is each record's place one the article names?

Run:  .venv/bin/python scripts/places/measure.py [--corpus lgl|tr-news] [--limit N] [--misses] [--out FILE]

The corpora ../shared/eval/geo/lgl.xml and TR-News.xml tag every place name of every article with
its GeoNames point and country. For each article (but those a held-out gold file of
``evaluation/real/heldout*/`` uses, read by their ``article.file`` field only, and those of the
blind list ``evaluation/recall/fresh.jsonl``) sitrep extracts records with
the published date ``evaluation/real/show.py`` gives, and each record with a location is scored:

- country hit: its country is the country of some tagged place name of the article (the corpora's
  country names read as ISO alpha-3 by the project's own gazetteer);
- point hit: its point is within 161 km (100 miles) of some tagged place name's point (records
  placed only at a country are scored on the country alone and counted apart).

It is a development yardstick, not a gold standard: a record may rightly sit where no name is
tagged (a demonym, a place the annotators left out), so read the misses (``--misses`` lists each:
reference, type, place, country, evidence sentence), don't chase 100%. The texts stay in ../shared;
the run stops with a clear message when they are absent.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import contextlib  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

from sitrep.evaluate.gold import article_references  # noqa: E402
from sitrep.geo.distance import km  # noqa: E402
from sitrep.geo.gazetteer import Gazetteer  # noqa: E402
from sitrep.nlp.pipeline import Extractor  # noqa: E402
from sitrep.records import Article, Event  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
GEO = ROOT.parent / "shared" / "eval" / "geo"
CORPORA = {"lgl": "lgl.xml", "tr-news": "TR-News.xml"}
HELD_OUT = [ROOT / "evaluation" / "real" / "heldout", ROOT / "evaluation" / "real" / "heldout2"]
FRESH = ROOT / "evaluation" / "recall" / "fresh.jsonl"
ACC_KM = 161.0


@dataclass
class Tagged:
    """One article of a corpus: its text, date and the tagged places' countries and points."""
    ref: str
    text: str
    published: date
    countries: set[str] = field(default_factory=set)
    points: list[tuple[float, float]] = field(default_factory=list)


@dataclass
class Tally:
    articles: int = 0
    records: int = 0
    placed: int = 0
    country_hits: int = 0
    pointed: int = 0
    point_hits: int = 0
    misses: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # every placed record, hit or miss (``--records``)

    def line(self) -> str:
        def share(a: int, b: int) -> str:
            return f"{a}/{b} ({a / max(b, 1):.3f})"
        return (f"articles {self.articles}, records {self.records}, with a country {self.placed}: "
                f"country hit {share(self.country_hits, self.placed)}; below country level {self.pointed}: "
                f"point hit {share(self.point_hits, self.pointed)}")


def skipped_refs() -> set[str]:
    """The references of held-out gold files (their ``article.file`` only) and of the blind fresh list."""
    refs = article_references(HELD_OUT)
    if FRESH.is_file():
        refs.update(json.loads(line)["ref"] for line in FRESH.read_text(encoding="utf-8").splitlines() if line.strip())
    return refs


def published(dltime: str) -> date:
    """The download day as ``evaluation/real/show.py`` gives it (``scripts/sense/candidates.py``)."""
    m = re.search(r"(\d{4})-?(\d{2})-?(\d{2})", dltime)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    return date(2010, 1, 1)


def read_corpus(name: str, gaz: Gazetteer, skip: set[str]) -> list[Tagged]:
    """The articles of one corpus with their tagged places, but the skipped ones."""
    path = GEO / CORPORA[name]
    if not path.is_file():
        raise SystemExit(f"{path}: the geoparsing corpus is not in ../shared")
    codes: dict[str, str | None] = {}
    out = []
    for a in ET.parse(path).getroot().iter("article"):
        ref = f"eval/geo/{CORPORA[name]}#{a.get('docid')}"
        if ref in skip:
            continue
        doc = Tagged(ref, a.findtext("text") or "", published((a.findtext("dltime") or "").strip()))
        for tag in a.iter("gaztag"):
            country = (tag.findtext("country") or "").strip()
            if country not in codes:
                place = gaz.country(country)
                codes[country] = place.country if place is not None else None
            code = codes[country]
            if code:
                doc.countries.add(code)
            with contextlib.suppress(ValueError):  # a tag with no point still gives its country
                doc.points.append((float(tag.findtext("lat") or ""), float(tag.findtext("lon") or "")))
        out.append(doc)
    return out


def evidence(doc: Tagged, e: Event) -> str:
    return " ".join(doc.text[sp.start:sp.end] for sp in e.evidence[:1]).replace("\n", " ")[:220]


def score(doc: Tagged, records: list[Event], tally: Tally) -> None:
    """Add one article's records to the tally; a miss is listed with its evidence."""
    tally.articles += 1
    tally.records += len(records)
    for e in records:
        loc = e.location
        if loc is None or not loc.country:
            continue
        tally.placed += 1
        country_hit = loc.country in doc.countries
        tally.country_hits += country_hit
        point_hit = None
        if loc.precision != "country" and loc.lat is not None and loc.lon is not None:
            tally.pointed += 1
            point_hit = any(km((loc.lat, loc.lon), pt) <= ACC_KM for pt in doc.points)
            tally.point_hits += point_hit
        kind = "COUNTRY" if not country_hit else "POINT" if point_hit is False else "HIT"
        line = (f"{kind}\t{doc.ref}\t{e.type}\t{loc.name} ({loc.precision}, {loc.admin1 or ''})"
                f"\t{loc.country}\ttagged {','.join(sorted(doc.countries))}\t{evidence(doc, e)}")
        tally.lines.append(line)
        if kind != "HIT":
            tally.misses.append(line)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=sorted(CORPORA), action="append")
    ap.add_argument("--limit", type=int, default=0, help="at most N articles a corpus")
    ap.add_argument("--misses", action="store_true", help="list every miss")
    ap.add_argument("--out", help="write the misses to this file")
    ap.add_argument("--records", help="write every placed record, hit or miss, to this file (to compare runs)")
    args = ap.parse_args()
    extractor = Extractor()
    gaz = Gazetteer.load()
    skip = skipped_refs()
    totals = Tally()
    for name in args.corpus or sorted(CORPORA):
        docs = read_corpus(name, gaz, skip)
        tally = Tally()
        for doc in docs[:args.limit or None]:
            records = extractor.extract(Article(text=doc.text, published=doc.published, id=doc.ref))
            score(doc, records, tally)
        print(f"{name}: {tally.line()}")
        for attr in ("articles", "records", "placed", "country_hits", "pointed", "point_hits"):
            setattr(totals, attr, getattr(totals, attr) + getattr(tally, attr))
        totals.misses += tally.misses
        totals.lines += tally.lines
    print(f"all: {totals.line()}")
    if args.misses:
        print("\n".join(totals.misses))
    if args.out:
        Path(args.out).write_text("\n".join(totals.misses) + "\n", encoding="utf-8")
    if args.records:
        Path(args.records).write_text("\n".join(totals.lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

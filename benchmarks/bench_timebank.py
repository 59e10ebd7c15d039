"""Time expressions on TimeBank (TimeML news): found and resolved to exactly the gold window.

Run:  .venv/bin/python benchmarks/bench_timebank.py [DIR ...] [--errors] [--no-dateparser]
DIR defaults to ../shared/eval/time/TimeBank (skipped with a message when absent); any
folder of TimeML ``.tml`` files is scored the same way.

The measure: the gold ``<TIMEX3 type="DATE">`` expressions whose value is a calendar day
(``1998-01-08``), an ISO week (``1998-W02``), a month (``1998-01``) or a year (``1998``).
One counts as right when a mention of ``sitrep.api.time_mentions`` (the code path of
``sitrep times``; the DCT as publication date) overlaps its span and resolves to exactly
its window: a day is start = end = that day, a week Monday..Sunday, a month its first..last
day, a year 1 January..31 December. "found" is the share with any overlapping mention.

dateparser's ``search_dates`` runs on the same texts, paragraph by paragraph, English only,
with ``RELATIVE_BASE`` = the DCT, once for each ``PREFER_DATES_FROM`` setting
(``current_period``, its default and its best here; ``past``; ``future``), so that it is
scored at its best. It returns a datetime, so it can only match day values: a match is an
overlapping hit whose date is the gold day; its figures are given per granularity too
(weeks, months and years are 0 by construction; "found" shows how many it located at all).

``sitrep times`` gives two windows for each expression: ``start_date``..``end_date``, what an
act dated by it may occupy ("this week" said on a Thursday about a past act is Monday to
Thursday), and ``value``, the calendar unit the words name, written as TimeML writes it
(``2025-W21``). TimeML's gold values are calendar units, so the headline figure scores the
unit (``value``, and the window where there is no value); the line below it scores the
window alone.

Recorded figures: docs/benchmarks.md ("Time") and benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import calendar
import html
import re
import sys
import time
import warnings
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "time" / "TimeBank"
GRANULARITIES = ("day", "week", "month", "year")
PREFER = ("current_period", "past", "future")  # dateparser's three settings; current_period scores best


@dataclass
class Gold:
    start: int
    end: int
    text: str
    value: str
    granularity: str
    window: tuple[date, date]


@dataclass
class Doc:
    name: str
    dct: date
    text: str
    gold: list[Gold]


def gold_window(value: str) -> tuple[str, tuple[date, date]] | None:
    """The calendar window of a TimeML value, or None for anything but a day, ISO week, month or year."""
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return "day", (d, d)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return "week", (monday, monday + timedelta(days=6))
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            y, mo = int(m[1]), int(m[2])
            return "month", (date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]))
        if m := re.fullmatch(r"(\d{4})", value):
            return "year", (date(int(m[1]), 1, 1), date(int(m[1]), 12, 31))
    except ValueError:
        return None
    return None


TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")


def load_timeml(path: Path) -> Doc:
    raw = path.read_text(encoding="utf-8")
    m = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4})-?(\d{2})-?(\d{2})", raw) or re.search(
        r"<TIMEX3(?=[^>]*functionInDocument=\"CREATION_TIME\")[^>]*value=\"(\d{4})-?(\d{2})-?(\d{2})", raw)
    if not m:
        raise ValueError(f"{path}: no document creation time")
    dct = date(int(m[1]), int(m[2]), int(m[3]))
    opening = re.search(r"<TEXT[^>]*>", raw)
    if opening is None or "</TEXT>" not in raw:
        raise ValueError(f"{path}: no <TEXT>")
    body = raw[opening.end(): raw.index("</TEXT>")]
    out: list[str] = []
    pos = 0
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    gold: list[Gold] = []
    for tag in TAG.finditer(body):
        chunk = html.unescape(body[pos:tag.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag[2] != "TIMEX3":
            continue
        if not tag[1]:
            attrs = dict(re.findall(r"(\w+)=\"([^\"]*)\"", tag[3]))
            open_timex.append((length, attrs))
        elif open_timex:
            start, attrs = open_timex.pop()
            if attrs.get("type") != "DATE" or attrs.get("functionInDocument") == "CREATION_TIME":
                continue
            gw = gold_window(attrs.get("value", ""))
            if gw is None:
                continue
            text = "".join(out)
            gold.append(Gold(start, length, text[start:length], attrs["value"], gw[0], gw[1]))
    out.append(html.unescape(body[pos:]))
    return Doc(path.stem, dct, "".join(out), gold)


def sitrep_mentions(doc: Doc, extractor: object) -> list[dict[str, Any]]:
    from sitrep.api import time_mentions
    from sitrep.records import Article

    return time_mentions(Article(doc.text, doc.dct), extractor=extractor)  # type: ignore[arg-type]


def as_windows(ms: list[dict[str, Any]], strict: bool = False) -> list[tuple[int, int, date | None, date | None]]:
    """Each mention with the window scored: the calendar unit its ``value`` names, or with ``strict``
    (and for mentions without a value) its ``start_date``..``end_date``."""
    out: list[tuple[int, int, date | None, date | None]] = []
    for m in ms:
        unit = gold_window(m["value"]) if m.get("value") and not strict else None
        if unit:
            out.append((m["start"], m["end"], unit[1][0], unit[1][1]))
        else:
            out.append((m["start"], m["end"],
                        date.fromisoformat(m["start_date"]) if m["start_date"] else None,
                        date.fromisoformat(m["end_date"]) if m["end_date"] else None))
    return out


def dateparser_mentions(doc: Doc, prefer: str = "current_period") -> list[tuple[int, int, date | None, date | None]]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(doc.dct.year, doc.dct.month, doc.dct.day, 12),
                "PREFER_DATES_FROM": prefer}
    out: list[tuple[int, int, date | None, date | None]] = []
    offset = 0
    for para in re.split(r"(\n\s*\n)", doc.text):
        if para.strip():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    found = search_dates(para, languages=["en"], settings=settings) or []  # type: ignore[arg-type]
                except Exception:  # noqa: BLE001 - a parser failure is a miss, not a crash
                    found = []
            pos = 0
            for sub, dt in found:
                i = para.find(sub, pos)
                if i < 0:
                    i = para.find(sub)
                if i < 0:
                    continue
                pos = i + len(sub)
                out.append((offset + i, offset + i + len(sub), dt.date(), dt.date()))
        offset += len(para)
    return out


def score(docs: list[Doc], mentions: dict[str, list[tuple[int, int, date | None, date | None]]],
          errors: list[str] | None = None) -> dict[str, Counter[str]]:
    tally: dict[str, Counter[str]] = {g: Counter() for g in GRANULARITIES}
    for doc in docs:
        ms = mentions[doc.name]
        for g in doc.gold:
            over = [m for m in ms if m[0] < g.end and g.start < m[1]]
            right = any((m[2], m[3]) == g.window for m in over)
            t = tally[g.granularity]
            t["gold"] += 1
            t["found"] += bool(over)
            t["right"] += right
            if errors is not None and not right:
                what = "MISS " if not over else "WRONG"
                got = "; ".join(f"{doc.text[m[0]:m[1]]!r} -> {m[2]}..{m[3]}" for m in over)
                ctx = doc.text[max(0, g.start - 70):g.end + 50].replace("\n", " ")
                errors.append(f"{what} {doc.name} dct={doc.dct} {g.text!r} = {g.value} | {got} | {ctx}")
    return tally


def report(name: str, tally: dict[str, Counter[str]]) -> None:
    total: Counter[str] = Counter()
    for t in tally.values():
        total.update(t)
    n = max(total["gold"], 1)
    print(f"{name}: right {total['right']}/{total['gold']} = {total['right'] / n:.3f}"
          f"  (found {total['found'] / n:.3f})")
    for g in GRANULARITIES:
        t = tally[g]
        if t["gold"]:
            print(f"    {g:5s} right {t['right']:4d}/{t['gold']:<4d} = {t['right'] / t['gold']:.3f}"
                  f"  (found {t['found'] / t['gold']:.3f})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="*", default=[str(DEFAULT)])
    ap.add_argument("--errors", action="store_true", help="print every gold expression sitrep got wrong")
    ap.add_argument("--no-dateparser", action="store_true", help="score sitrep only")
    args = ap.parse_args()
    files = sorted(f for d in args.dirs if Path(d).is_dir() for f in Path(d).glob("*.tml"))
    if not files:
        print(f"skipped: no TimeML files in {', '.join(args.dirs)} (the ../shared folder is absent?)")
        return 0
    docs = []
    for f in files:
        try:
            docs.append(load_timeml(f))
        except ValueError as err:
            print(f"skipped {err}", file=sys.stderr)
    print(f"{len(docs)} documents, {sum(len(d.gold) for d in docs)} gold DATE expressions "
          f"with a day, week, month or year value")

    from sitrep.nlp.pipeline import Extractor

    ex = Extractor()
    t0 = time.perf_counter()
    raw = {d.name: sitrep_mentions(d, ex) for d in docs}
    t_ours = time.perf_counter() - t0
    errs: list[str] | None = [] if args.errors else None
    report(f"sitrep times, value ({t_ours:.0f} s)", score(docs, {k: as_windows(v) for k, v in raw.items()}, errs))
    report("sitrep times, start_date..end_date only",
           score(docs, {k: as_windows(v, strict=True) for k, v in raw.items()}))
    if errs:
        print("\n".join(errs), file=sys.stderr)
    if not args.no_dateparser:
        for prefer in PREFER:
            t0 = time.perf_counter()
            theirs = {d.name: dateparser_mentions(d, prefer) for d in docs}
            t_dp = time.perf_counter() - t0
            report(f"dateparser search_dates, PREFER_DATES_FROM={prefer} ({t_dp:.0f} s)", score(docs, theirs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Time expressions on TimeBank (TimeML news): found and resolved to exactly the gold window.

Run:  .venv/bin/python benchmarks/bench_timebank.py [DIR ...] [--errors] [--timex-errors] [--no-dateparser]
      [--recognizers PY]
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

The TempEval-3 measures (UzZaman et al. 2013) run over every gold ``<TIMEX3>`` but the DCT,
of all four types: strict span P/R/F1 (same characters), relaxed span P/R/F1 (overlapping,
matched one to one), value F1 (a relaxed match whose normalised value is the gold's, over
all gold and all predicted expressions) and type accuracy (right type among relaxed matches).
sitrep is scored with ``type``, ``timex_value`` and ``timex_start``..``timex_end`` of
``sitrep times`` (a tree without them
is scored as DATE with its ``value``: the figures "before"), dateparser as DATE with the
day it gives, Microsoft Recognizers-Text (``--recognizers PYTHON``: a Python of a separate
virtualenv with ``recognizers-text-suite``, never a project dependency) with its ``timex``,
its ambiguous ``XXXX`` year and weekday filled from its first (past) resolution and a bare
clock time put on the DCT.

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


@dataclass(frozen=True)
class Timex:
    """One TIMEX3, gold or predicted: character span, type and value."""

    start: int
    end: int
    type: str
    value: str | None


@dataclass
class Doc:
    name: str
    dct: date
    text: str
    gold: list[Gold]
    timexes: list[Timex]  # every TIMEX3 but the DCT, all types: the TempEval-3 gold


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
    timexes: list[Timex] = []
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
            if attrs.get("functionInDocument") != "CREATION_TIME":
                timexes.append(Timex(start, length, attrs.get("type", "DATE"), attrs.get("value")))
            if attrs.get("type") != "DATE" or attrs.get("functionInDocument") == "CREATION_TIME":
                continue
            gw = gold_window(attrs.get("value", ""))
            if gw is None:
                continue
            text = "".join(out)
            gold.append(Gold(start, length, text[start:length], attrs["value"], gw[0], gw[1]))
    out.append(html.unescape(body[pos:]))
    return Doc(path.stem, dct, "".join(out), gold, timexes)


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


def sitrep_timexes(ms: list[dict[str, Any]]) -> list[Timex]:
    """sitrep's TIMEX3s: ``type`` and ``timex_value``, or DATE and ``value`` on a tree without them."""
    return [Timex(m.get("timex_start", m["start"]), m.get("timex_end", m["end"]), m.get("type") or "DATE",
                  m["timex_value"] if "timex_value" in m else m["value"]) for m in ms]


def window_timexes(ms: list[tuple[int, int, date | None, date | None]]) -> list[Timex]:
    """A day-only tagger's TIMEX3s (dateparser): DATE, the day as value."""
    return [Timex(s, e, "DATE", a.isoformat() if a else None) for s, e, a, _ in ms]


def _overlap(a: Timex, b: Timex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _match(gold: list[Timex], pred: list[Timex]) -> list[tuple[Timex, Timex]]:
    """Gold and predicted expressions paired one to one, overlapping: exact spans first, then the largest overlap."""
    pairs = sorted(((g.start != p.start or g.end != p.end, -_overlap(g, p), i, j) for i, g in enumerate(gold)
                    for j, p in enumerate(pred) if _overlap(g, p) > 0))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((gold[i], pred[j]))
    return out


def tempeval(docs: list[Doc], preds: dict[str, list[Timex]]) -> Counter[str]:
    """The TempEval-3 counts: gold, predicted, strict and relaxed matches, right values and types."""
    c: Counter[str] = Counter()
    for doc in docs:
        gold, pred = doc.timexes, preds[doc.name]
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        for g, p in _match(gold, pred):
            c["relaxed"] += 1
            c["strict"] += (g.start, g.end) == (p.start, p.end)
            c["value"] += g.value is not None and g.value == p.value
            c["type"] += g.type == p.type
            c[f"gold_{g.type}"] += 1
            c[f"value_{g.type}"] += g.value is not None and g.value == p.value
    return c


def _error_line(kind: str, doc: Doc, g: Timex | None, p: Timex | None) -> str:
    def said(t: Timex | None) -> str:
        return f"{doc.text[t.start:t.end]!r}\t{t.value}" if t else "\t"

    return f"{kind}\t{g.type if g else ''}\t{said(g)}\t{said(p)}\t{doc.name}"


def timex_errors(docs: list[Doc], preds: dict[str, list[Timex]]) -> list[str]:
    """Every TempEval-3 error, one line each, sorted by kind: ``value`` (matched, wrong value), ``span``
    (matched, other characters), ``missed`` (gold with no match), ``spurious`` (predicted, no gold);
    each with the gold type, gold and predicted words and values, and the document."""
    out: list[str] = []
    for doc in docs:
        pairs = _match(doc.timexes, preds[doc.name])
        matched_g, matched_p = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
        for g, p in pairs:
            if g.value != p.value or (g.start, g.end) != (p.start, p.end):
                out.append(_error_line("value" if g.value != p.value else "span", doc, g, p))
        out += [_error_line("missed", doc, g, None) for g in doc.timexes if id(g) not in matched_g]
        out += [_error_line("spurious", doc, None, p) for p in preds[doc.name] if id(p) not in matched_p]
    return sorted(out)


def _f1(right: int, c: Counter[str]) -> str:
    p, r = right / max(c["pred"], 1), right / max(c["gold"], 1)
    return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f}"


def report_tempeval(name: str, c: Counter[str]) -> None:
    print(f"{name}: TempEval-3 over {c['gold']} gold TIMEX3 ({c['pred']} predicted)")
    print(f"    strict span  {_f1(c['strict'], c)}")
    print(f"    relaxed span {_f1(c['relaxed'], c)}")
    print(f"    value        {_f1(c['value'], c)}")
    print(f"    type accuracy {c['type'] / max(c['relaxed'], 1):.3f}   type {_f1(c['type'], c)}")
    per = "  ".join(f"{t} {c[f'value_{t}']}/{c[f'gold_{t}']}" for t in ("DATE", "TIME", "DURATION", "SET"))
    print(f"    right value among matched, by gold type: {per}")


RT_SCRIPT = r"""
import datetime, json, sys
from recognizers_date_time import recognize_datetime, Culture
for line in sys.stdin:
    doc = json.loads(line)
    ref = datetime.datetime.fromisoformat(doc["dct"] + "T12:00")
    out = []
    for r in recognize_datetime(doc["text"], Culture.English, reference=ref):
        vals = (r.resolution or {}).get("values") or [{}]
        out.append([r.start, r.end + 1, r.type_name, vals[0]])
    print(json.dumps(out))
"""
RT_TYPES = {"date": "DATE", "daterange": "DATE", "time": "TIME", "timerange": "TIME", "datetime": "TIME",
            "datetimerange": "TIME", "duration": "DURATION", "set": "SET"}


def rt_timex(kind: str, res: dict[str, Any], dct: date) -> Timex | None:
    """One Recognizers-Text result as a TIMEX3: its timex, an ``XXXX`` year or weekday filled from its
    first resolution (the past one), a bare clock time put on the DCT."""
    value = res.get("timex")
    first = str(res.get("start") or res.get("value") or "")[:10]
    if value and value.startswith("XXXX-WXX-") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", first):
        value = first + value[10:]
    elif value and value.startswith("XXXX") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", first):
        value = first[:4] + value[4:]
    elif value and value.startswith("T"):
        value = f"{dct.isoformat()}{value}" + (":00" if len(value) == 3 else "")
    typ = "DATE" if value and value.endswith("_REF") else RT_TYPES.get(kind.split(".")[-1], "DATE")
    return Timex(0, 0, typ, value)


def recognizers_timexes(docs: list[Doc], python: str) -> dict[str, list[Timex]] | None:
    """Recognizers-Text run in its own interpreter on every document; None (with a note) when it cannot run."""
    import json
    import subprocess

    feed = "".join(json.dumps({"dct": d.dct.isoformat(), "text": d.text}) + "\n" for d in docs)
    try:
        run = subprocess.run([python, "-c", RT_SCRIPT], input=feed, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError) as err:
        print(f"Recognizers-Text skipped: {err}")
        return None
    out: dict[str, list[Timex]] = {}
    for doc, line in zip(docs, run.stdout.splitlines(), strict=True):
        found = []
        for start, end, kind, res in json.loads(line):
            t = rt_timex(kind, res, doc.dct)
            if t is not None:
                found.append(Timex(start, end, t.type, t.value))
        out[doc.name] = found
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
    ap.add_argument("--timex-errors", action="store_true",
                    help="print every TempEval-3 error of sitrep (value, span, missed, spurious), by kind")
    ap.add_argument("--no-dateparser", action="store_true", help="score sitrep only")
    ap.add_argument("--recognizers", metavar="PYTHON",
                    help="a Python with recognizers-text-suite installed (its own virtualenv), to score it too")
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
    t0, c0 = time.perf_counter(), time.process_time()
    raw = {d.name: sitrep_mentions(d, ex) for d in docs}
    t_ours, c_ours = time.perf_counter() - t0, time.process_time() - c0
    print(f"sitrep times: {t_ours:.1f} s wall, {c_ours:.1f} s CPU, {1000 * c_ours / len(docs):.0f} ms CPU a document")
    errs: list[str] | None = [] if args.errors else None
    report(f"sitrep times, value ({t_ours:.0f} s)", score(docs, {k: as_windows(v) for k, v in raw.items()}, errs))
    report("sitrep times, start_date..end_date only",
           score(docs, {k: as_windows(v, strict=True) for k, v in raw.items()}))
    report_tempeval("sitrep times", tempeval(docs, {k: sitrep_timexes(v) for k, v in raw.items()}))
    if args.timex_errors:
        lines = timex_errors(docs, {k: sitrep_timexes(v) for k, v in raw.items()})
        print("\n".join(lines), file=sys.stderr)
        print("TempEval-3 errors by kind and gold type: " + ", ".join(
            f"{k} {n}" for k, n in sorted(Counter(" ".join(ln.split("\t")[:2]).strip() for ln in lines).items())))
    if errs:
        print("\n".join(errs), file=sys.stderr)
    if not args.no_dateparser:
        for prefer in PREFER:
            t0 = time.perf_counter()
            theirs = {d.name: dateparser_mentions(d, prefer) for d in docs}
            t_dp = time.perf_counter() - t0
            report(f"dateparser search_dates, PREFER_DATES_FROM={prefer} ({t_dp:.0f} s)", score(docs, theirs))
            report_tempeval(f"dateparser, {prefer}", tempeval(docs, {k: window_timexes(v) for k, v in theirs.items()}))
    if args.recognizers:
        t0 = time.perf_counter()
        rt = recognizers_timexes(docs, args.recognizers)
        if rt is not None:
            report_tempeval(f"Recognizers-Text ({time.perf_counter() - t0:.0f} s)", tempeval(docs, rt))
    else:
        print("Recognizers-Text not run: give --recognizers PYTHON (a virtualenv with recognizers-text-suite)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

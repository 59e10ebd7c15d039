"""Dates of records against TimeBank's own time expressions: a yardstick for the date of an event.

Run:  .venv/bin/python scripts/dates/measure.py [--list] [--limit N]

TimeBank (``../shared/eval/time/TimeBank/*.tml``) marks every time expression of its articles
(``TIMEX3`` with a normalised ``value``) and each article's creation time (the DCT). For every
TimeBank article except those a held-out gold file uses (``evaluation/real/heldout*/``: only their
``article.file`` is read), the current pipeline extracts its records (published on the DCT), and
for each record whose evidence sentence holds a TIMEX3 of type DATE with a day-precise
(``1998-02-13``) or month-precise (``1998-02``) value, the record's date window *agrees* when it
contains one of those windows or lies inside one. ``--list`` prints each disagreement: the
reference, the type and status, the record's window and the words it came from, the sentence's
TIMEX3 values and texts, and the evidence. Also counted: records with status ``occurred`` dated
after the creation time (a published story cannot tell what has not happened yet).

It is a development yardstick, not a gold: a sentence may name the date of something else
("said Friday the plant had closed in March"), so read the disagreements rather than chase 100%.
The texts stay in ../shared; the run stops with a clear message when they are absent.
"""

from __future__ import annotations

import argparse
import calendar
import html
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitrep.evaluate.gold import article_references
from sitrep.nlp.pipeline import Extractor
from sitrep.records import Article, Event

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
TIMEBANK = SHARED / "eval" / "time" / "TimeBank"
HELD_OUT = [ROOT / "evaluation" / "real" / "heldout", ROOT / "evaluation" / "real" / "heldout2"]
TAG = re.compile(r"<[^>]+>")
TIMEX = re.compile(r"<TIMEX3\b([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')
DAY_OR_MONTH = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T.*)?$")  # 1998-02-13, 1998-02, 1998-02-13TNI


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str

    def window(self) -> tuple[date, date] | None:
        """The days a day- or month-precise value covers; None for any other value."""
        m = DAY_OR_MONTH.match(self.value)
        if m is None:
            return None
        try:
            year, month = int(m[1]), int(m[2])
            if m[3]:
                day = date(year, month, int(m[3]))
                return day, day
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        except ValueError:
            return None


@dataclass(frozen=True)
class Document:
    ref: str
    text: str
    dct: date
    timexes: list[Timex]


def read_tml(path: Path) -> Document:
    """The text as ``evaluation/real/show.py`` gives it (tags dropped, entities read), its TIMEX3s with
    offsets into that text, and its creation time."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4})-?(\d{2})-?(\d{2})", raw)
    if dct is None:
        raise SystemExit(f"{path}: no creation time (DCT)")
    opening = re.search(r"<TEXT[^>]*>", raw)
    body = raw[opening.end():raw.index("</TEXT>")] if opening else ""
    out: list[str] = []
    length = 0
    open_timex: list[tuple[dict[str, str], int]] = []
    timexes: list[Timex] = []
    pos = 0
    for tag in TAG.finditer(body):
        piece = html.unescape(body[pos:tag.start()])
        out.append(piece)
        length += len(piece)
        pos = tag.end()
        if (m := TIMEX.match(tag[0])) is not None:
            open_timex.append((dict(ATTR.findall(m[1])), length))
        elif tag[0].startswith("</TIMEX3") and open_timex:
            attrs, start = open_timex.pop()
            timexes.append(Timex(start, length, "".join(out)[start:length], attrs.get("type", ""),
                                 attrs.get("value", "")))
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    ref = f"eval/time/TimeBank/{path.name}"
    return Document(ref, text, date(int(dct[1]), int(dct[2]), int(dct[3])), timexes)


@dataclass
class Tally:
    records: int = 0
    dated: int = 0  # records whose evidence holds a day- or month-precise DATE
    agree: int = 0
    after_dct: int = 0  # occurred, dated after the creation time
    kinds: Counter[str] = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)

    def summary(self) -> str:
        share = self.agree / max(self.dated, 1)
        return (f"records {self.records}; with a dated TIMEX in the sentence {self.dated}: date agrees "
                f"{self.agree} ({share:.3f}), disagrees {self.dated - self.agree}; "
                f"occurred dated after creation {self.after_dct}")


def _days(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def agrees(record: tuple[date, date], timex: tuple[date, date]) -> bool:
    """Does a record's window contain the expression's window, or lie inside it?"""
    (rs, re_), (ts, te) = record, timex
    return (rs <= ts and te <= re_) or (ts <= rs and re_ <= te)


def kind_of(window: tuple[date, date], dct: date, timexes: list[Timex], said: str | None) -> str:
    """A rough sort of a disagreement, for reading them: the publication day taken, a window
    before or after all the sentence's dates, or one between them."""
    spans = [w for t in timexes if (w := t.window()) is not None]
    if said is None:
        return "no words (publication day)" if window == (dct, dct) else "no words"
    if window[1] < min(s for s, _ in spans):
        return "earlier than every date"
    if window[0] > max(e for _, e in spans):
        return "later than every date"
    return "between the dates"


def score(doc: Document, records: list[Event], tally: Tally) -> None:
    for e in records:
        tally.records += 1
        start, end = _days(e.date.start), _days(e.date.end)
        if e.status == "occurred" and start is not None and start > doc.dct:
            tally.after_dct += 1
            tally.lines.append(f"AFTER  {doc.ref}  {e.type}  {e.date.start}..{e.date.end} {e.date.text!r}  "
                               f"(created {doc.dct})  | {' '.join(sp.text for sp in e.evidence)[:300]}")
        inside = [t for t in doc.timexes if t.type == "DATE" and t.window() is not None
                  and any(sp.start <= t.start and t.end <= sp.end for sp in e.evidence)]
        if not inside or start is None or end is None:
            continue
        tally.dated += 1
        if any(agrees((start, end), w) for t in inside if (w := t.window()) is not None):
            tally.agree += 1
            continue
        kind = kind_of((start, end), doc.dct, inside, e.date.text)
        tally.kinds[kind] += 1
        told = "; ".join(f"{t.value} {t.text!r}" for t in inside)
        tally.lines.append(f"DIFF   {doc.ref}  {e.type} {e.status}  {e.date.start}..{e.date.end} "
                           f"{e.date.text!r}  [{kind}]  timex: {told}  (created {doc.dct})\n"
                           f"       | {' '.join(sp.text for sp in e.evidence)[:400]}")


def measure(limit: int = 0, extractor: Extractor | None = None) -> Tally:
    if not TIMEBANK.is_dir():
        raise SystemExit(f"{TIMEBANK}: TimeBank is not in ../shared")
    skip = article_references(HELD_OUT)
    paths = [p for p in sorted(TIMEBANK.glob("*.tml")) if f"eval/time/TimeBank/{p.name}" not in skip]
    if limit:
        paths = paths[:limit]
    extractor = extractor or Extractor()
    tally = Tally()
    for path in paths:
        doc = read_tml(path)
        records = extractor.extract(Article(text=doc.text, published=doc.dct, id=doc.ref))
        score(doc, records, tally)
    return tally


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print each disagreement and each record dated too late")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles (a quick look)")
    args = ap.parse_args()
    tally = measure(args.limit)
    print(tally.summary())
    for kind, n in tally.kinds.most_common():
        if n:
            print(f"  {kind:28} {n}")
    if args.list:
        for line in tally.lines:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

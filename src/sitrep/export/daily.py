"""The daily situation report: one day's stored events as an analyst's brief, every line sourced.

    from sitrep.export.daily import daily_report, to_markdown
    print(to_markdown(daily_report(store, date(2025, 9, 14), country="UKR")))

Sections: attacks per side (by type and place), launched and intercepted totals with who
claims them, casualties, diplomacy, disruptions, and the rest. Each line ends with the
numbers of its sources, listed at the foot with outlet, date and address.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from sitrep.records import Article, Event
from sitrep.store import Store

CASUALTY_ROLES = ("killed", "injured", "missing", "detained", "displaced", "evacuated")
OTHER_FAMILIES = ("territory", "statement", "military", "humanitarian", "protest", "arrest")


@dataclass
class Line:
    text: str
    sources: list[int] = field(default_factory=list)


@dataclass
class Section:
    title: str
    lines: list[Line] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)

    def empty(self) -> bool:
        return not self.lines and all(s.empty() for s in self.subsections)


@dataclass
class DailyReport:
    day: date
    country: str | None
    sections: list[Section]
    sources: list[Article]
    events: int


def _on_day(ev: Event, day: date) -> bool:
    if not ev.date.start or not ev.date.end:
        return False
    start, end = date.fromisoformat(ev.date.start), date.fromisoformat(ev.date.end)
    if ev.date.precision == "night":
        return end == day
    return start <= day <= end and (end - start).days <= 7


def _involves(ev: Event, country: str) -> bool:
    return (ev.location is not None and ev.location.country == country) or any(
        a.country == country for a in ev.actors)


def _side(ev: Event) -> str:
    names = [a.country or a.name for a in ev.actors if a.role == "initiator"]
    return ", ".join(dict.fromkeys(names)) or "unattributed"


def _place(ev: Event) -> str:
    loc = ev.location
    return f"{loc.name} ({loc.country})" if loc and loc.country else (loc.name if loc else "no place given")


def _when(ev: Event) -> str:
    d = ev.date
    if d.precision == "night":
        return f"night of {d.start} to {d.end}"
    return str(d.start) if d.start == d.end else f"{d.start} to {d.end}"


def _who(ev: Event, claim: int | None) -> str:
    if claim is None or claim >= len(ev.claims):
        return "reported"
    return ev.claims[claim].claimant.name


def _counts(ev: Event, roles: tuple[str, ...]) -> str:
    """``2 killed (governor); 3 killed (emergency service); 5 injured (reported)`` for the roles asked."""
    parts: list[str] = []
    for role in roles:
        for q in ev.quantities:
            if q.role == role:
                item = "" if q.item == "person" else f" {q.item}"
                told = f"{q.value}{item} {role} ({_who(ev, q.claim)})"
                if told not in parts:
                    parts.append(told)
    return "; ".join(parts)


class _Sources:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.order: dict[str, int] = {}
        self.articles: list[Article] = []

    def of(self, ev: Event) -> list[int]:
        out = []
        for aid in ev.articles:
            if aid not in self.order:
                art = self.store.article(aid)
                if art is None:
                    continue
                self.articles.append(art)
                self.order[aid] = len(self.articles)
            out.append(self.order[aid])
        return out


def daily_report(store: Store, day: date, *, country: str | None = None) -> DailyReport:
    """What the store holds for ``day`` (optionally only events in or by ``country``)."""
    window = store.events(since=day.isoformat(), until=day.isoformat())
    events = [e for e in window if _on_day(e, day) and (country is None or _involves(e, country.upper()))]
    src = _Sources(store)
    attacks = Section("Attacks")
    by_side: dict[str, list[Event]] = defaultdict(list)
    for ev in events:
        if ev.family == "attack":
            by_side[_side(ev)].append(ev)
    for side in sorted(by_side):
        sub = Section(f"Attacks by {side}")
        for ev in sorted(by_side[side], key=lambda e: (e.type, _place(e))):
            extra = _counts(ev, ("hit",))
            damage = ", ".join(d.object for d in ev.damage)
            text = f"{ev.type} at {_place(ev)}, {_when(ev)}" + (f"; {extra}" if extra else "") + (
                f"; damaged: {damage}" if damage else "")
            sub.lines.append(Line(text, src.of(ev)))
        totals = _totals(by_side[side], src)
        if totals:
            sub.subsections.append(Section("Launched and intercepted", totals))
        attacks.subsections.append(sub)
    casualties = Section("Casualties", [
        Line(f"{_place(ev)} ({ev.type}): {_counts(ev, CASUALTY_ROLES)}", src.of(ev))
        for ev in events if any(q.role in CASUALTY_ROLES for q in ev.quantities)])
    diplomacy = Section("Diplomacy", [
        Line(f"{ev.type} ({ev.status}): {_parties(ev)}" + (f" at {_place(ev)}" if ev.location else "")
             + (f"; {_counts(ev, ('exchanged', 'released', 'returned'))}" if ev.family == "prisoners" else ""),
             src.of(ev))
        for ev in events if ev.family in ("diplomacy", "prisoners")])
    disruptions = Section("Disruptions", [
        Line(f"{ev.type} at {_place(ev)}" + (f": {c}" if (c := _counts(ev, ('delayed', 'cancelled'))) else ""),
             src.of(ev))
        for ev in events if ev.family == "disruption"])
    other = Section("Other events", [
        Line(f"{ev.type} ({ev.status}) at {_place(ev)}: {_parties(ev)}", src.of(ev))
        for ev in events if ev.family in OTHER_FAMILIES])
    sections = [s for s in (attacks, casualties, diplomacy, disruptions, other) if not s.empty()]
    return DailyReport(day, country.upper() if country else None, sections, src.articles, len(events))


def _parties(ev: Event) -> str:
    return ", ".join(dict.fromkeys(f"{a.name}" for a in ev.actors)) or "parties not named"


def _totals(events: list[Event], src: _Sources) -> list[Line]:
    told: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    where: dict[tuple[str, str], list[int]] = defaultdict(list)
    for ev in events:
        for q in ev.quantities:
            if q.role in ("launched", "intercepted", "fired"):
                key = (q.item, q.role)
                who = _who(ev, q.claim)
                told[key][who] = told[key].get(who, 0) + q.value
                where[key].extend(s for s in src.of(ev) if s not in where[key])
    return [Line(f"{item}s {role}: " + "; ".join(f"{n} ({who})" for who, n in sorted(by.items())), where[(item, role)])
            for (item, role), by in sorted(told.items())]


def _refs(sources: list[int], fmt: str) -> str:
    if fmt == "html":
        return " ".join(f'<a href="#src{n}">[{n}]</a>' for n in sources)
    return " ".join(f"[{n}]" for n in sources)


def _title(r: DailyReport) -> str:
    return f"Situation report, {r.day.isoformat()}" + (f", {r.country}" if r.country else "")


def _source_text(n: int, a: Article) -> str:
    parts = [a.title or a.id, a.outlet or "", a.published.isoformat(), a.url or a.source or ""]
    return f"[{n}] " + ", ".join(p for p in parts if p)


def web_address(url: str | None) -> bool:
    """Whether a report's URL may become a link: "https://news.example/a" may, "javascript:alert(1)" may not."""
    if not url:
        return False
    try:
        return urlsplit(url.strip()).scheme.lower() in ("http", "https")
    except ValueError:  # "http://[broken": no address at all
        return False


_MD_SPECIAL = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "\\[", "]": "\\]"})


def md_text(text: str) -> str:
    """Report text as Markdown shows it, never as HTML or a link: "<b>x</b>" -> "&lt;b&gt;x&lt;/b&gt;"."""
    return text.translate(_MD_SPECIAL)


def to_markdown(r: DailyReport) -> str:
    out = [f"# {md_text(_title(r))}", "", f"{r.events} events from {len(r.sources)} reports.", ""]

    def walk(s: Section, depth: int) -> None:
        out.extend([f"{'#' * depth} {md_text(s.title)}", ""])
        out.extend(f"- {md_text(line.text)} {_refs(line.sources, 'md')}".rstrip() for line in s.lines)
        if s.lines:
            out.append("")
        for sub in s.subsections:
            walk(sub, depth + 1)

    for s in r.sections:
        walk(s, 2)
    out.extend(["## Sources", ""])
    out.extend(f"- [{n}] {md_text(_source_text(n, a)[len(f'[{n}] '):])}" for n, a in enumerate(r.sources, 1))
    return "\n".join(out).rstrip() + "\n"


def to_html(r: DailyReport) -> str:
    esc = html.escape
    out = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(_title(r))}</title>",
           "<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
           "li{margin:.2em 0}.src{color:#555;font-size:90%}</style></head><body>",
           f"<h1>{esc(_title(r))}</h1>", f"<p>{r.events} events from {len(r.sources)} reports.</p>"]

    def walk(s: Section, depth: int) -> None:
        out.append(f"<h{depth}>{esc(s.title)}</h{depth}>")
        if s.lines:
            out.append("<ul>")
            out.extend(f"<li>{esc(line.text)} <span class=\"src\">{_refs(line.sources, 'html')}</span></li>"
                       for line in s.lines)
            out.append("</ul>")
        for sub in s.subsections:
            walk(sub, min(depth + 1, 6))

    for s in r.sections:
        walk(s, 2)
    out.append("<h2>Sources</h2><ol>")
    for n, a in enumerate(r.sources, 1):
        link = f' <a href="{esc(a.url)}">{esc(a.url)}</a>' if a.url and web_address(a.url) else ""
        out.append(f'<li id="src{n}">{esc(_source_text(n, a)[len(f"[{n}] "):])}{link}</li>')
    out.append("</ol></body></html>")
    return "\n".join(out) + "\n"

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

from sitrep.merge.figures import Figure, counts_toward_totals, deaths, event_day, event_figures, role_total
from sitrep.records import Article, Event
from sitrep.store import Store

CASUALTY_ROLES = ("killed", "injured", "missing", "detained", "displaced", "evacuated")
TOTAL_ROLES = ("launched", "intercepted", "killed", "injured", "detained")
"""The day's totals, each the sum of every counted event's one figure (``sitrep.merge.figures``): the
numbers ``/api/stats`` and the ACLED export's fatalities give for the same day and country."""
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
    totals: dict[str, int] = field(default_factory=dict)  # role -> the day's total (TOTAL_ROLES)
    chosen: str | None = None  # why this day, when none was asked for


def _on_day(ev: Event, day: date) -> bool:
    """Whether the event counts for ``day``: each event counts for one day only (``event_day``), as in
    ``/api/stats`` and the ACLED export, so the day's figures add up alike everywhere."""
    return event_day(ev) == day


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


def _figure_text(item: str, role: str, fig: Figure) -> str:
    """``2 killed (governor)``; where claimants differ ``35 killed (35-60: army 35; rebels 60)``."""
    told = f"{fig.best}{'' if item == 'person' else ' ' + item} {role}"
    if len(fig.claims) == 1:
        return f"{told} ({fig.claims[0][0]})"
    spread = "" if fig.low == fig.high else f"{fig.low}-{fig.high}: "
    return f"{told} ({spread}" + "; ".join(f"{who} {n}" for who, n in fig.claims) + ")"


def _counts(ev: Event, roles: tuple[str, ...]) -> str:
    """Each count of the roles asked, once, with its one figure (``sitrep.merge.figures``)."""
    figs = event_figures(ev)
    return "; ".join(_figure_text(item, role, figs[(item, role)])
                     for role in roles for (item, r) in figs if r == role)


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
    code = country.upper() if country else None
    day_sums = day_totals([ev for ev in events if _in_country(ev, code)])
    summary = Section("Totals" + (f" at places in {code}" if code else ""),
                      [Line(f"{role}: {n}") for role, n in day_sums.items() if n])
    sections = [s for s in (summary, attacks, casualties, diplomacy, disruptions, other) if not s.empty()]
    return DailyReport(day, code, sections, src.articles, len(events), day_sums)


def _parties(ev: Event) -> str:
    return ", ".join(dict.fromkeys(f"{a.name}" for a in ev.actors)) or "parties not named"


def _totals(events: list[Event], src: _Sources) -> list[Line]:
    """Launched and intercepted per item: the sum of each event's best figure, with the sum of the lows
    and highs where claims differ."""
    best: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    where: dict[tuple[str, str], list[int]] = defaultdict(list)
    for ev in events:
        for (item, role), fig in event_figures(ev).items():
            if role in ("launched", "intercepted", "fired"):
                sums = best[(item, role)]
                sums[0], sums[1], sums[2] = sums[0] + fig.best, sums[1] + fig.low, sums[2] + fig.high
                where[(item, role)].extend(s for s in src.of(ev) if s not in where[(item, role)])
    return [Line(f"{item}s {role}: {b}" + ("" if lo == hi else f" (claims {lo}-{hi})"), where[(item, role)])
            for (item, role), (b, lo, hi) in sorted(best.items())]


def day_totals(events: list[Event]) -> dict[str, int]:
    """The day's totals of TOTAL_ROLES over events that add to tolls (``counts_toward_totals``): deaths
    as ACLED's fatalities (``deaths``), the other roles each event's best figures added."""
    counted = [ev for ev in events if counts_toward_totals(ev)]
    totals = {role: sum(role_total(ev, role) for ev in counted) for role in TOTAL_ROLES}
    totals["killed"] = sum(deaths(ev) for ev in counted)
    return totals


def _in_country(ev: Event, country: str | None) -> bool:
    return country is None or (ev.location is not None and ev.location.country == country)


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
    if r.chosen:
        out.extend([md_text(r.chosen), ""])

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
    if r.chosen:
        out.append(f"<p>{esc(r.chosen)}</p>")

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

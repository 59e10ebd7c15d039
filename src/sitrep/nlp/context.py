"""The report's context: when it was published, its id, and where its dateline puts the reporter.

``sitrep_context`` runs first and sets ``doc._.info`` (a ``DocInfo``) for the components
after it. It reads the context ``nlp.pipe`` was given with each text::

    nlp.pipe([(text, {"published": "2025-05-22", "article_id": "a1"})], as_tuples=True)

or, for one doc, ``doc.user_data["sitrep"]`` (the same keys). ``published`` is a date or an ISO
date string; both keys are optional. With no context at all, ``nlp(text)`` still works: the
report is taken as published today and its id is the hash of its text
(``sitrep.records.article_id``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from spacy.tokens import Doc

from sitrep.geo.gazetteer import Gazetteer
from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.mentions import DocInfo, text_of
from sitrep.nlp.places.names import regions_named
from sitrep.nlp.time.explicit import MON
from sitrep.nlp.time.timex import resolve
from sitrep.records import article_id

CONTEXT_KEY = "sitrep"  # doc.user_data[CONTEXT_KEY]: the context of one doc
# "LAKEVILLE, Ore. — ", and with a news agency: "LAKEVILLE (Reuters) - ", "LAKEVILLE (AP) The ..."
DATELINE = re.compile(r"^\s*([A-Z][A-Z .’'-]+?)(?:,\s*([A-Z][\w .’'-]+?))?"
                      r"(?:\s+[—–-]{1,2}\s|\s*\([A-Z][A-Za-z .&]{1,19}\)\s*(?:[—–-]{1,2}\s+)?)")

# "Peoria, IL (WMBD) — ", "Mount Olive, N.C. — ": a town in title case, its region and a dash
TITLE_DATELINE = re.compile(r"^\s*([A-Z][a-z’'.-]+(?: (?:St\.|[A-Z][a-z’'.-]+)){0,3}),\s*"
                            r"([A-Z][A-Za-z.]{1,14}(?: [A-Z][a-z]+)?)(?:\s*\([A-Z][A-Za-z0-9 .&]{1,19}\))?\s*[—–-]{1,2}\s")

# "OSTREL, June 15 (Reuters) - ", "HALVIK, Ruritania, March 2 (AP) — ": a dateline that carries the day it was filed
DATED_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z .’'-]+(?:,\s*[A-Z][A-Za-z .’'-]{1,30}?)?,\s*"
                            rf"(?P<day>(?i:{MON})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
                            r"\s*(?:\([A-Za-z .&]{2,20}\)\s*)?(?:—|–|--|-|_)\s", re.MULTILINE)
DATELINE_CHARS = 600  # a dateline comes right after the headline
FILED_DAYS = 14  # a dateline's day this long before publication is the day the story speaks from


def given_context(doc: Doc) -> dict[str, Any]:
    """What the caller said about the report: ``doc.user_data["sitrep"]``, then the context
    ``nlp.pipe(..., as_tuples=True)`` carries (which wins where both say something)."""
    out: dict[str, Any] = dict(doc.user_data.get(CONTEXT_KEY) or {})
    if isinstance(doc._context, Mapping):
        out.update(doc._context)
    return out


def publication_date(value: date | str | None) -> date:
    """A date, an ISO string ("2025-05-22", "2025-05-22T08:00:00") or nothing (today)."""
    if value is None or value == "":
        return date.today()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.fromisoformat(str(value)).date()


def dateline(text: str, gaz: Gazetteer) -> tuple[str | None, int]:
    """The country of a dateline ("LAKEVILLE, Freedonia — ...") and where the dateline ends."""
    m = DATELINE.match(text)
    if not m:
        return title_dateline(text, gaz)
    for part in (m.group(2), m.group(1)):
        if part:
            # "BIRMINGHAM, Ala. —": an agency's abbreviation of a state before a country's name ("Ala" Åland)
            place = gaz.abbreviation(part) or gaz.country(part.strip()) or gaz.resolve(part.strip().title())
            if place and place.country:
                return place.country, m.end()
    return None, m.end()


def filed_day(text: str, published: date) -> tuple[date, tuple[int, int]] | None:
    """"OSTREL, June 15 (Reuters) - Gunmen killed four people on Saturday", a wire story published on June 16:
    the dateline dates the story, and its weekdays, "today" and "yesterday" count from that day, not from
    the day the outlet put it out. Only a day shortly before publication; and its characters, which date
    no act of the story."""
    m = DATED_DATELINE.search(text[:DATELINE_CHARS])
    window = resolve(m.group("day"), published, tense="past") if m else None
    if m is None or window is None or window.start is None or window.precision != "day":
        return None
    if not 0 <= (published - window.start).days <= FILED_DAYS:
        return None
    return window.start, (m.start("day"), m.end("day"))


def title_dateline(text: str, gaz: Gazetteer) -> tuple[str | None, int]:
    """"Peoria, IL (WMBD) — Two teenagers were ...": a town written in title case heads the text as a dateline
    when a region the gazetteer knows and a dash follow it; "Smith, Jones — ..." is none (no such region)."""
    m = TITLE_DATELINE.match(text)
    region = next((p for _, p in regions_named(gaz, m.group(2))), None) if m else None
    if m is None or region is None or not region.country:
        return None, 0
    return region.country, m.end()


def issuer_country(outlet: str | None, gaz: Gazetteer, bodies: frozenset[str]) -> str | None:
    """"Ruritanian Ministry of Foreign Affairs", "U.S. Department of State": a government body that issues the
    report speaks for its country; a news outlet ("Meridian Wire") for none."""
    words = re.findall(r"[\w.’'-]+", outlet or "")
    if not any(w.lower() in bodies for w in words):
        return None
    for w in words:
        place = gaz.demonym_place(w) or gaz.country(w)
        if place is not None and place.precision == "country" and place.country:
            return place.country
    return None


class ReportContext(SitrepComponent):
    """``doc._.info``: the report's publication date, article id and dateline."""

    def __call__(self, doc: Doc) -> Doc:
        given = given_context(doc)
        text = text_of(doc)
        country, end = dateline(text, self.gaz)
        published = publication_date(given.get("published"))
        filed = filed_day(text, published)
        doc._.info = DocInfo(published=filed[0] if filed else published,
                             article_id=str(given.get("article_id") or article_id(text)),
                             dateline_country=country, dateline_end=end,
                             issuer_country=issuer_country(given.get("outlet"), self.gaz,
                                                           self.lex.actor_words.government_bodies),
                             dateline_day=filed[1] if filed else None)
        return doc

"""Place mentions resolved against the offline gazetteer.

``sitrep_places`` takes the GPE/LOC/FAC entities (widened to "the Moscow region",
"Bucha district") and proper nouns after a locative preposition that the model missed,
resolves them with the report's own countries as context, and marks metonymic uses
("Moscow said", "Ukraine's air force") that name a government rather than a place.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from sitrep.geo.distance import km
from sitrep.geo.gazetteer import NEAR_KM, WEAK, Gazetteer, Place
from sitrep.geo.names import code_like
from sitrep.geo.phones import phone_places
from sitrep.geo.ranking import TOWNS_REGION
from sitrep.lexicon import Lexicon
from sitrep.lexicon.words import PlaceWords
from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.mentions import DocInfo, PlaceMention, ReportPlaces, entities, sent_index, text_of
from sitrep.nlp.places.facilities import facility_mentions, names_facility
from sitrep.nlp.places.homes import a_home_town
from sitrep.nlp.places.names import (
    PAIRED_TOWN,
    city_state,
    compounds,
    contained,
    datelines,
    inside,
    more_places,
    possessed,
    regions_named,
    town_regions,
)
from sitrep.nlp.places.reasons import metonymy
from sitrep.nlp.places.seats import capital_mentions, seat_mentions
from sitrep.nlp.places.spans import is_feature, person_names, place_spans, speaking_names, used_as_person

TOWNS = ("city", "district")


class PlaceFinder(SitrepComponent):
    def __init__(self, labels: list[str]) -> None:
        self.labels = set(labels)

    def __call__(self, doc: Doc) -> Doc:
        gaz = self.gaz
        lex = self.lex
        info: DocInfo = doc._.info
        people = person_names(doc, lex.place_words) | speaking_names(doc, gaz, lex.reporting, lex.place_words)
        spans = [(span, hint) for span, hint in place_spans(doc, self.labels, gaz, lex.place_words)
                 if not is_feature(doc, span, lex.place_words)
                 and not used_as_person(doc, span, people, lex.place_words)]
        countries = _first_countries(doc, spans, gaz, lex)
        phones = phone_places(text_of(doc), gaz)
        countries.update({p.country for p in phones if p.country})
        report = ReportPlaces([c for c, _ in countries.most_common()], dict(countries), phones)
        doc._.report_places = report
        context = _context(info, report)
        mentions = _first_readings(doc, spans, gaz, lex, context)
        places = _refine(doc, mentions, gaz, lex, _demonym_context(doc, gaz, lex, info),
                         _named_context(doc, gaz, lex, context))
        seats = seat_mentions(doc, gaz, lex.place_words, places) + capital_mentions(doc, gaz, places)
        if seats:  # "the White House" read as a town of that name gives way to the seat
            taken = {i for m in seats for i in range(m.tok_start, m.tok_end)}
            places = sorted([*(m for m in places if not taken & set(range(m.tok_start, m.tok_end))), *seats],
                            key=lambda m: m.tok_start)
        doc._.places = places
        doc._.report_places = _recounted(doc, report, gaz, lex)
        return doc


def _recounted(doc: Doc, first: ReportPlaces, gaz: Gazetteer, lex: Lexicon) -> ReportPlaces:
    """The report's countries counted again from its places as finally read: "Paris" three times beside
    "Urbana" and "Edgar County" first counts for France, but once read as the town in Illinois the
    report is about the USA (its demonyms and telephone numbers count as before). A country named as a
    person's home counts for none: "a tourist from Ruritania was killed in Lindau" is no report about Ruritania
    (a home town does count: local news names the homes of those it tells of, near the scene)."""
    countries = _office_countries(doc, lex.place_words)
    countries.update(m.place.country for m in doc._.places or [] if m.place.country
                     and not (m.place.precision == "country" and a_home_town(doc, m, lex)))
    countries.update(_demonym_countries(doc, gaz, lex))
    countries.update({p.country for p in first.phone_places if p.country})
    if not countries:
        return first
    return ReportPlaces([c for c, _ in countries.most_common()], dict(countries), first.phone_places)


def _first_countries(doc: Doc, spans: list[tuple[Span, str | None]], gaz: Gazetteer,
                     lex: Lexicon) -> Counter[str]:
    """Which countries the report is about, by its place names read without context and its
    demonyms of people ("Norwegian officials" count for Norway); not by the demonyms of fighters
    and weapons: "Ruritanian troops shelled Lindau" says who fired, not where Lindau is. A name in the
    dateline counts for the dateline's country: "PARIS, Texas —" is no French report."""
    countries: Counter[str] = _office_countries(doc, lex.place_words)
    info: DocInfo = doc._.info
    for span, hint in spans:
        if info.dateline_country and span.start_char < info.dateline_end:
            countries[info.dateline_country] += 1  # "ALEXANDRIA, Va. —": the town as its region reads it
            continue
        place = gaz.resolve(span.text, hint=hint)
        if place and place.country:
            countries[place.country] += 1
    countries.update(_demonym_countries(doc, gaz, lex))
    return countries


@functools.cache
def _home_country_cues(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the offices and sums of ``home_country_words``, each matched as whole words (the guard
    before them all at once: a word's middle is turned away before any phrase is tried)."""
    def whole(phrase: str) -> str:
        end = r"(?!\w)" if phrase[-1:].isalnum() else ""
        return re.escape(phrase) + end
    return re.compile(r"(?<!\w)(?:" + "|".join(whole(p) for p in sorted(phrases, key=len, reverse=True)) + ")")


def _office_countries(doc: Doc, words: PlaceWords) -> Counter[str]:
    """The countries whose own offices or money the report names, once each time: "the county sheriff said"
    is an American report, "Thornshire Constabulary said" a British one. They count before the bare place
    names, so that a tie between "state police" and a bare "Brindford" (read alone as the bigger namesake
    abroad) goes to the office's country. Read once a report (three steps ask); a new Counter each time."""
    found = doc.user_data.get("sitrep.office_countries")
    if found is None:
        pattern = _home_country_cues(tuple(sorted(words.home_country_words)))
        text = text_of(doc).lower().replace("\u2019", "'")
        found = doc.user_data["sitrep.office_countries"] = Counter(
            words.home_country_words[m.group(0)] for m in pattern.finditer(text))
    return Counter(found)


def _demonym_countries(doc: Doc, gaz: Gazetteer, lex: Lexicon) -> list[str]:
    """The countries of the report's demonyms, each time one is used, but those of an armed actor or a
    weapon ("Ruritanian forces", "a Ruritanian drone"): who fights is not where."""
    armed = lex.trigger_words.ground_subjects | set(lex.weapons)
    return [code for e in entities(doc) if e.label_ == "NORP" and (code := gaz.demonym(e.text))
            and e.root.head.lemma_.lower() not in armed]


def _context(info: DocInfo, report: ReportPlaces) -> list[str]:
    """The report's four main countries, and its dateline's."""
    context = report.countries[:4]
    if info.dateline_country and info.dateline_country not in context:
        context.append(info.dateline_country)
    return context


def _an_adjective_not_a_town(span: Span, place: Place, nouns: set[str]) -> bool:
    """One word the parser reads as an adjective ("in Arab countries", "an Arab nation") says what kind
    a thing is, not where: no town that shares the word ("Arab", a town somewhere), unless the report
    names the town as a noun too ("from Hounslow ... the Hounslow safer team", the parser's adjective).
    A country's adjective stays its country ("Afghan officials")."""
    return len(span) == 1 and span[0].tag_ == "JJ" and place.precision == "city" and span.text not in nouns


def _a_common_noun(span: Span, articles: frozenset[str]) -> bool:
    """"A Marine from Lakeville was killed", "an Eagle Scout": a name after an indefinite article that the
    article belongs to is a noun of a kind of person or thing; a town takes no article of its own ("a
    Lakeville man": the article is the man's)."""
    before = span.start - 1
    if before < 0:
        return False
    det = span.doc[before]
    return det.lower_ in articles and det.dep_ == "det" and span.start <= det.head.i < span.end


def _first_readings(doc: Doc, spans: list[tuple[Span, str | None]], gaz: Gazetteer, lex: Lexicon,
                    context: list[str]) -> list[PlaceMention]:
    """Each place name read in the report's countries and the regions named before it (and its
    telephone numbers' regions); not the dateline, which says where the reporter was."""
    info: DocInfo = doc._.info
    admin1s: list[str] = [p.admin1 for p in doc._.report_places.phone_places
                          if p.precision == "admin1" and p.admin1]
    mentions: list[PlaceMention] = []
    nouns = {span.text for span, _ in spans if len(span) > 1 or span[0].tag_ != "JJ"}
    for span, hint in spans:
        if span.start_char < info.dateline_end:
            continue
        place = _postal_region(span, gaz) or \
            gaz.resolve(span.text, context_countries=context, context_admin1=tuple(admin1s), hint=hint)
        if place is None or names_facility(span) and not gaz.is_known(span.text) or \
                _an_adjective_not_a_town(span, place, nouns) or \
                _a_common_noun(span, lex.place_words.indefinite_articles):
            continue  # "St. Michael's Hospital" is a facility (places/facilities.py), not the town "Hospital"
        if place.admin1 and place.precision == "admin1":
            admin1s.append(place.admin1)
        mentions.append(PlaceMention(
            start=span.start_char, end=span.end_char, text=span.text, place=place,
            tok_start=span.start, tok_end=span.end, sent=sent_index(doc, span.start),
            metonymic=metonymy(span, lex) is not None, hint=hint, context=(tuple(context), tuple(admin1s)),
        ))
    return mentions


def _postal_region(span: Span, gaz: Gazetteer) -> Place | None:
    """"shot in Lakeville, IL, on Sunday": two capitals written after a name and a comma are the postal code of
    the name's first-level region, not a namesake town abroad spelled with those letters."""
    doc = span.doc
    after_a_name = span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].pos_ == "PROPN"
    if len(span) != 1 or not re.fullmatch(r"[A-Z]{2}", span.text) or not after_a_name:
        return None
    return next((p for _, p in regions_named(gaz, span.text)), None)


def _demonym_context(doc: Doc, gaz: Gazetteer, lex: Lexicon, info: DocInfo) -> tuple[str, ...]:
    """The countries of the report's three commonest demonyms of people (not of fighters or weapons),
    those of its offices and money ("the county sheriff said"), and its dateline's."""
    demonyms = Counter(_demonym_countries(doc, gaz, lex))
    offices = _office_countries(doc, lex.place_words)
    return tuple(dict.fromkeys([*(c for c, _ in demonyms.most_common(3)), *(c for c, _ in offices.most_common(2)),
                                *([info.dateline_country] if info.dateline_country else [])]))


def _named_context(doc: Doc, gaz: Gazetteer, lex: Lexicon, context: list[str]) -> dict[str, Place]:
    """The regions and counties named only inside other names ("the Edgar County Sheriff's
    Department"), which are no event's place but say where the report is, and the places of its
    telephone numbers (context, not mentions)."""
    named = {span.text.lower(): place for span, place, _ in more_places(doc, gaz, lex.place_words, context, set())
             if place.precision in ("admin1", "district")}
    named.update({f"#phone {i}": p for i, p in enumerate(doc._.report_places.phone_places)})
    return named


def _readings(doc: Doc, gaz: Gazetteer, lex: Lexicon, mentions: list[PlaceMention]) -> dict[str, list[tuple[float, float]]]:
    """The points of the likely readings of the towns that head the report's local bodies ("Enfield
    Council", "Glasgow Police") and are no place mention of their own: every namesake that scores
    within two orders of magnitude of the name's best, read without context. A namesake near
    them is likelier (Edmonton beside Enfield Council is in north London), even where the name
    alone would be read as a bigger town far away."""
    own = {m.text for m in mentions}
    bodies = lex.place_words.local_bodies
    names = {e[0].text for e in entities(doc) if e.label_ in ("ORG", "FAC") and len(e) > 1 and e[0].pos_ == "PROPN"
             and e[0].text[:1].isupper() and e[1].lower_ in bodies} - own
    out: dict[str, list[tuple[float, float]]] = {}
    for name in names:
        ranked = [(p, sc) for p, sc in gaz.candidates(name) if p.precision == "city" and p.lat is not None
                  and p.lon is not None and gaz.by_own_name(name, p)]
        if len(ranked) > 1:
            best = ranked[0][1]
            out[name.lower()] = [(round(p.lat or 0, 1), round(p.lon or 0, 1)) for p, sc in ranked[:4]
                                 if sc >= best - 20]
    return out


def _unambiguous(gaz: Gazetteer, name: str) -> bool:
    """Does the gazetteer know one town or county by this name only ("Cuyahoga Falls", not "Columbia")?"""
    return sum(p.precision in ("city", "district") for p in gaz.lookup(name)) == 1


SHARED_REGIONS = 2  # at most this many regions where two names both have a namesake say where the report is


def _regions_of_namesakes(gaz: Gazetteer, name: str, country: str | None = None) -> set[str]:
    return {p.admin1 for p in gaz.lookup(name) if p.precision in ("city", "district") and p.admin1
            and (country is None or p.country == country)}


def _shared_regions(gaz: Gazetteer, name: str, others: list[str], own: Place | None) -> list[str]:
    """"Two men were held in Hollisford after a theft in Ambleton": two town names that each have
    namesakes in many regions of the country the name is read in, but both in one region only (or two),
    are read there; local news names towns near each other. A region shared with many names is no
    evidence (common names are everywhere), nor a namesake in another country than the name's reading
    ("Brussels" is no village of the report's country because another town has a namesake there)."""
    if own is None or own.precision not in TOWNS or not own.country:
        return []
    mine = _regions_of_namesakes(gaz, name, own.country)
    if len(mine) < 2:
        return []
    shared: list[str] = []
    for other in dict.fromkeys(others):
        theirs = _regions_of_namesakes(gaz, other)
        both = mine & theirs
        if len(theirs) > 1 and 0 < len(both) <= SHARED_REGIONS:
            shared += sorted(both)
    return list(dict.fromkeys(shared))


def _town_in(gaz: Gazetteer, name: str, region: Place) -> bool:
    """Does the region hold a town called ``name`` (not a hamlet)?"""
    return any(p.precision == "city" and p.admin1 == region.admin1 and p.population >= PAIRED_TOWN
               and gaz.by_own_name(name, p) for p in gaz.lookup(name))


def _other_countries(name: str, by_name: dict[str, Place], found: Counter[str],
                     context: tuple[str, ...]) -> tuple[str, ...]:
    """The report's countries, most named first, as its places other than ``name`` put them."""
    own = by_name.get(name)
    counts = found.copy()
    if own is not None and own.country:
        counts[own.country] -= 1
    ranked = [c for c, n in counts.most_common() if n > 0][:4]
    return tuple(dict.fromkeys([*ranked, *context]))[:5]


@dataclass(frozen=True)
class _Report:
    """One round's view of a report's places: each name's current reading (the pipeline's
    mentions first, then the names inside other names), the countries they are in (each name
    once), the regions they name and the names that name each, and the towns."""

    by_name: dict[str, Place]
    found: Counter[str]
    named_by: dict[str, set[str]]  # region -> the names that put the report there
    towns: list[tuple[str, Place]]
    # each name's context, read once a round: a report names its towns many times
    read: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[float, float], ...]]] = field(
        default_factory=dict)

    def context_of(self, name: str, ev: _Evidence, gaz: Gazetteer) -> tuple[
            tuple[str, ...], tuple[str, ...], tuple[tuple[float, float], ...]]:
        """(countries, regions, points) of the report's places other than ``name``: what it is read against."""
        if name not in self.read:
            self.read[name] = (_other_countries(name, self.by_name, self.found, ev.context),
                               self.regions(name, gaz), self.near(name, ev.readings))
        return self.read[name]

    @classmethod
    def of(cls, mentions: list[PlaceMention], named: dict[str, Place]) -> _Report:
        by_name: dict[str, Place] = {}
        for m in mentions:
            by_name.setdefault(m.text.lower(), m.place)
        for name, named_place in named.items():
            by_name.setdefault(name, named_place)
        named_by: dict[str, set[str]] = {}
        for name, p in by_name.items():
            if p.precision in ("admin1", "district") and p.admin1:
                named_by.setdefault(p.admin1, set()).add(name)
        towns = [(m.text.lower(), m.place) for m in mentions if m.place.precision in TOWNS]
        towns += [(n, p) for n, p in named.items() if p.precision in ("district", "city")]
        return cls(by_name, Counter(p.country for p in by_name.values() if p.country), named_by, towns)

    def regions(self, name: str, gaz: Gazetteer) -> tuple[str, ...]:
        """The regions the report's other names put it in ("Quebec" read as the province does not
        make "Quebec" the city in the province), then, marked ``WEAK``, the regions of its other
        towns that the gazetteer knows by one town or county only, and, marked ``TOWNS_REGION``, those of
        all its other towns."""
        regions = tuple(a for a, names in self.named_by.items() if names - {name})
        regions += tuple(a for a in self._states_of_lone_countries(name, gaz) if a not in regions)
        weak = tuple(dict.fromkeys(WEAK + p.admin1 for n, p in self.towns if n != name and p.admin1
                                   and p.admin1 not in regions and _unambiguous(gaz, n)))
        weak += tuple(WEAK + a for a in _shared_regions(gaz, name, [n for n, _ in self.towns if n != name],
                                                     self.by_name.get(name))
                      if a not in regions and WEAK + a not in weak)
        return regions + weak + tuple(dict.fromkeys(TOWNS_REGION + p.admin1 for n, p in self.towns
                                                    if n != name and p.admin1))

    def _states_of_lone_countries(self, name: str, gaz: Gazetteer) -> tuple[str, ...]:
        """"Brindshire police shot a man in Lakeville": another name read as a country that nothing else in
        the report is in, but that a region holding a town called ``name`` shares, names that region: the
        two names agree there and nowhere else (the country read alone has no town of the name)."""
        out: list[str] = []
        for other, p in self.by_name.items():
            if other == name or p.precision != "country" or not p.country or self.found[p.country] > 1:
                continue
            out += [r.admin1 for r in gaz.lookup(other) if r.precision == "admin1" and r.admin1
                    and gaz.by_own_name(other, r) and _town_in(gaz, name, r)]
        return tuple(dict.fromkeys(out))

    def near(self, name: str, readings: dict[str, list[tuple[float, float]]]) -> tuple[tuple[float, float], ...]:
        """The points of the report's other towns and of the likely readings of its local bodies' towns."""
        return tuple(dict.fromkeys([*((round(p.lat, 1), round(p.lon, 1)) for n, p in self.towns
                                      if n != name and p.lat is not None and p.lon is not None),
                                    *(q for n, points in readings.items() if n != name for q in points)]))[:24]


def _written_after(after: list[tuple[str, Place]], countries: tuple[str, ...],
                   regions: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """"Paris, Texas": the country and region written right after a name lead the context."""
    if not after:
        return countries, regions
    first = after[0][1]
    if first.country:
        countries = (first.country, *[c for c in countries if c != first.country])
    if first.admin1:
        regions = (first.admin1, *[a for a in regions if a != first.admin1])
    return countries, regions


def _inside_written(gaz: Gazetteer, text: str, place: Place | None, after: list[tuple[str, Place]]) -> Place | None:
    """"Paris, Texas" read as a town is the town inside the region written after it, or that region."""
    if not after or place is None or place.precision not in TOWNS:
        return place
    first = after[0][1]
    return next((t for _, r in after if (t := inside(gaz, text, r)) is not None), None) or (
        first if first.precision == "admin1" else place)


def _owned(place: Place | None, owner: Place | None) -> Place | None:
    """"London's Heathrow" is the airport by London, not Heathrow, Florida: a site far from the
    town that owns it is placed at the town."""
    if owner is not None and (place is None or place.lat is None or owner.lat is None or km(
            (place.lat, place.lon or 0.0), (owner.lat, owner.lon or 0.0)) > NEAR_KM):
        return owner
    return place


def _owners(doc: Doc, mentions: list[PlaceMention]) -> dict[int, Place]:
    """The first token of each mention right after a town's possessive -> that town ("London's Heathrow")."""
    ends = {m.tok_end: m.place for m in mentions if m.place.precision == "city"}
    return {m.tok_start: ends[m.tok_start - 1] for m in mentions
            if m.tok_start >= 2 and doc[m.tok_start - 1].text in ("'s", "’s") and m.tok_start - 1 in ends}


def _city_after(doc: Doc, m: PlaceMention, starts: dict[int, PlaceMention], words: PlaceWords) -> Place | None:
    """The city written right after a mention as the one it is in: "Little Lindau, Ostmark, on Friday",
    "the Lindau district of Ostmark", "Lindau in Ostmark"; not a list ("Lindau, Ostmark and Velden"), nor a town
    that names a local body after the comma ("arrested in Lindau, Ostmark police said": ``local_bodies``)."""
    i = m.tok_end
    if i >= len(doc) or (m.tok_start > 0 and doc[m.tok_start - 1].text == ","):
        return None
    link = doc[i].lower_
    if link == "of" and doc[m.tok_end - 1].lower_ not in words.district_words:
        return None  # "the region of Lindau" is no part of a city; "the Lindau district of Ostmark" is
    if link not in words.city_part_links:
        return None
    j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
    n = starts.get(j)
    if n is None or n.place.precision != "city" or n.metonymic:
        return None  # "backed by Lindau, Ostmark said": a speaker after a comma, not the town's city
    after = doc[n.tok_end] if n.tok_end < len(doc) else None
    if after is not None and (after.lower_ in ("and", "or") or after.pos_ in ("VERB", "AUX")
                              or after.lower_ in words.local_bodies
                              or after.text == "," and n.tok_end + 1 in starts):
        return None
    return n.place


def _cities_of_parts(doc: Doc, mentions: list[PlaceMention], words: PlaceWords) -> dict[int, Place]:
    """The first token of each town or quarter written as a part of a city -> that city: a namesake far
    from the city ("Little Havana, Miami" is not Havana) is placed at the city, as ``_owned`` does."""
    starts = {m.tok_start: m for m in mentions}
    out = {}
    for m in mentions:
        if m.place.precision in TOWNS and (city := _city_after(doc, m, starts, words)) is not None:
            out[m.tok_start] = city
    return out


def _a_city_part(doc: Doc, m: PlaceMention, words: PlaceWords) -> bool:
    """"the Lindau neighborhood", "the Lindau section": a name its noun makes a part of a city; and "the
    city's Lindau Side", "the town's North End": a name the report's own town owns is a part of it."""
    last = doc[m.tok_end - 1].lower_
    nxt = doc[m.tok_end].lower_ if m.tok_end < len(doc) else ""
    return m.place.precision in TOWNS and (last in words.city_part_nouns or nxt in words.city_part_nouns
                                           or _owned_by_the_town(doc, m.tok_start, words))


def _owned_by_the_town(doc: Doc, start: int, words: PlaceWords) -> bool:
    """"the city's West Side": the name stands after a possessive of a noun for the report's town."""
    return start >= 2 and doc[start - 1].text in words.possessives and doc[start - 2].lower_ in words.town_nouns


def _parts_of_home(doc: Doc, mentions: list[PlaceMention], words: PlaceWords, home: Place | None) -> dict[int, Place]:
    """"OSTMARK, Va. — A man was shot in the Lindau neighborhood": a part of a city is of the city the report
    is about, its dateline's, else the one other town it names ("..., Ostmark police said"); a namesake town
    far away is no reading of it (``_owned`` keeps a near one)."""
    parts = [m for m in mentions if _a_city_part(doc, m, words)]
    if not parts:
        return {}
    if home is None:
        towns = {(m.place.name, m.place.admin1): m.place for m in mentions
                 if m.place.precision == "city" and m not in parts}
        home = next(iter(towns.values())) if len(towns) == 1 else None
    if home is None:
        return {}
    # only a namesake in the city's own country: a quarter read abroad is ``_quarter_of_home``'s, and a
    # wire report's dateline abroad ("CAIRO —" over a Gaza story) is where the reporter was
    return {m.tok_start: home for m in parts if m.place.country == home.country}


@dataclass(frozen=True)
class _Evidence:
    """What a report says beside its mentions: the regions written after names, the points of its
    local bodies' towns, the towns that own sites, its base countries and its named regions."""

    pairs: dict[int, list[tuple[str, Place]]]
    readings: dict[str, list[tuple[float, float]]]
    owners: dict[int, Place]
    context: tuple[str, ...]
    named: dict[str, Place]
    home: Place | None = None  # the dateline's town: "BAGHDAD —"
    home_in_its_region: bool = False  # the dateline writes the town's state after it: "WICHITA, Kan. —"
    own_towns: frozenset[int] = frozenset()  # the first words of names a settlement's noun heads: "the town of X"
    lone_town: Place | None = None  # the one town the report names, when it names one: "Shreveport police say"


def _quarter_of_home(m: PlaceMention, countries: tuple[str, ...], ev: _Evidence) -> Place | None:
    """"BAGHDAD — A bomb exploded in Yarmouk": a name the report's countries know no place by, read first
    as a small town abroad (a namesake in another country), is a quarter of the dateline's town; not a name
    written as a town of its own ("the town of Kafr Zita"), which a wire dateline abroad does not hold. With no
    dateline, a neighbourhood ("Shreveport police say ... in the Queensborough neighborhood") is a quarter of the
    one town the report names."""
    home = ev.home or (ev.lone_town if m.hint == "district" else None)
    if home is None or m.place.precision not in TOWNS or m.place.country in (*countries, home.country) \
            or m.tok_start in ev.own_towns:
        return None
    return home


# a town of fewer people than this, in another region than the dateline's, is no town a local report names bare
OUT_OF_STATE_TOWN = 50_000


def _a_small_namesake_away(m: PlaceMention, place: Place, countries: tuple[str, ...], ev: _Evidence) -> bool:
    """"WICHITA, Kan. — A man was shot outside a store on South Broadway", "MEMPHIS, Tenn. — One person is dead
    after a shooting in Whitehaven": a report whose dateline writes its town's state writes a town of another
    state with its state too ("Broadway, Va."); a bare name the gazetteer reads only as a small town away from
    home, in another region of the dateline's country or in a country the report names nothing else in, is a
    street or quarter of the dateline's town (a city of its own size, "Memphis", is named bare; "the town of X"
    is a town; a report that names the country, "killed in Sangin ... served in Afghanistan", keeps it). A
    dateline with no region ("KYIV —") follows no such style: a war report names front-line villages bare."""
    home = ev.home
    if home is None or not ev.home_in_its_region or place.precision != "city" or place.population >= OUT_OF_STATE_TOWN \
            or m.tok_start in ev.own_towns:
        return False
    if place.country == home.country:
        return home.admin1 is not None and place.admin1 not in (None, home.admin1)
    return place.country is not None and place.country not in countries


def _the_lone_town(mentions: list[PlaceMention]) -> Place | None:
    """The one town the report's place names read as (each name once), if they read as one town only."""
    towns = {m.place for m in mentions if m.place.precision == "city"}
    return next(iter(towns)) if len(towns) == 1 else None


def _a_postal_code_read(m: PlaceMention) -> bool:
    """"Peoria, IL —": a postal code written after a town, already read as its first-level region, keeps that
    reading; read again by its letters alone it is a namesake town abroad ("Il")."""
    return m.place.precision == "admin1" and len(m.text) == 2 and m.text.isupper()


def _reread(m: PlaceMention, report: _Report, ev: _Evidence, gaz: Gazetteer) -> PlaceMention | None:
    """One mention read again in the whole report's context; None drops it."""
    name = m.text.lower()
    after = ev.pairs.get(m.end, [])
    others, regions, near = report.context_of(name, ev, gaz)
    countries, admin1s = _written_after(after, others, regions)
    place = gaz.resolve(m.text, context_countries=countries, context_admin1=admin1s, hint=m.hint, near=near)
    place = _owned(_inside_written(gaz, m.text, place, after), ev.owners.get(m.tok_start))
    if place is None and (home := _quarter_of_home(m, countries, ev)) is not None:
        return PlaceMention(start=m.start, end=m.end, text=m.text, place=home, tok_start=m.tok_start,
                            tok_end=m.tok_end, sent=m.sent, metonymic=m.metonymic, hint="within",
                            context=(countries, admin1s), near=near)
    if place is None and m.place.precision in TOWNS and m.place.country not in countries \
            and (code_like(m.text) or not gaz.by_own_name(m.text, m.place)):
        # a town abroad known by this name only in some list ("Kristina" for Ristiina, Finland), or by
        # letters that in a report on other countries stand for something else ("UF": a university)
        return None
    if place is None or gaz.abbreviation(m.text) or _a_postal_code_read(m):
        return m
    if not after and _a_small_namesake_away(m, place, countries, ev):
        place = ev.home or place
    return PlaceMention(start=m.start, end=m.end, text=m.text, place=place, tok_start=m.tok_start,
                        tok_end=m.tok_end, sent=m.sent, metonymic=m.metonymic, hint=m.hint,
                        context=(countries, admin1s), near=near)


def _refine(doc: Doc, mentions: list[PlaceMention], gaz: Gazetteer, lex: Lexicon, context: tuple[str, ...],
            named: dict[str, Place] | None = None, rounds: int = 2) -> list[PlaceMention]:
    """Resolve each mention again knowing the whole report: the countries its other places were
    found in (each name counted once, so ten mentions of "Paris" do not make a report French, and
    a name's own first guess left out, so that "Paris" in a report on Edgar County, Illinois is
    weighed against the report's other places, not against its own first reading), every
    region it names or names a county of, the region or country written right after a name
    ("Athens, Ga.", "Paris, Texas"), and the points of the other towns it names (local news
    names towns near each other)."""
    lines = [place for _, _, _, place, _ in datelines(doc, gaz, list(context), lex.place_words)]
    at = next((k for k, place in enumerate(lines) if place.precision == "city"), None)
    home = lines[at] if at is not None else None
    owners = _parts_of_home(doc, mentions, lex.place_words, home) \
        | _cities_of_parts(doc, mentions, lex.place_words) | _owners(doc, mentions)
    ev = _Evidence(pairs={end: regions for _, end, _, regions in town_regions(doc, gaz)},
                   readings=_readings(doc, gaz, lex, mentions), owners=owners,
                   context=context, named=named or {}, home=home,
                   home_in_its_region=_a_state_after(lines, at) or _a_bare_big_city(home, mentions, gaz),
                   own_towns=_named_as_towns(doc, mentions, lex.place_words), lone_town=_the_lone_town(mentions))
    for _ in range(rounds):
        report = _Report.of(mentions, ev.named)
        mentions = [r for m in mentions if (r := _reread(m, report, ev, gaz)) is not None]
    return _capitals_of_named_countries(_towns_in_their_counties(mentions, gaz), gaz, set(ev.pairs))


def _a_state_after(lines: list[Place], at: int | None) -> bool:
    """"WICHITA, Kan. —": the dateline's town is followed by a first-level region of it (not "KYIV, Ukraine —")."""
    return at is not None and at + 1 < len(lines) and lines[at + 1].precision == "admin1" \
        and lines[at + 1].admin1 == lines[at].admin1


# a dateline town of at least this many people is written bare ("CHICAGO —") where smaller ones carry their state
BARE_DATELINE_CITY = 250_000


def _a_bare_big_city(home: Place | None, mentions: list[PlaceMention], gaz: Gazetteer) -> bool:
    """"HOUSTON — A woman was stabbed in Sunnyside": a wire style that writes a small town's state after it
    ("WICHITA, Kan. —") leaves it off only for a large city, whose report still writes another state's towns
    with their state; a capital abroad ("KYIV —") follows no such style (its regions go unabbreviated). A
    report that names a district of another state ("COLUMBUS — ... in Platte County Court") is a small
    paper's, whose bare dateline is a namesake town of that state, not the large city."""
    return home is not None and home.admin1 is not None and home.population >= BARE_DATELINE_CITY \
        and gaz.abbreviates_regions_of(home.admin1) \
        and not any(m.place.precision == "district" and m.place.admin1 != home.admin1 for m in mentions)


def _named_as_towns(doc: Doc, mentions: list[PlaceMention], words: PlaceWords) -> frozenset[int]:
    """The first words of the names a settlement's noun and "of" head (``own_town_prefixes``): "the village of
    Eastbrook", "the rebel-held town of Eastbrook"."""
    return frozenset(m.tok_start for m in mentions if m.tok_start >= 2 and doc[m.tok_start - 1].lower_ == "of"
                     and doc[m.tok_start - 2].lower_ in words.own_town_prefixes)


def _capitals_of_named_countries(mentions: list[PlaceMention], gaz: Gazetteer,
                                 qualified: set[int]) -> list[PlaceMention]:
    """"LAKEVILLE, Ky. — A local doctor is in Ostmark on a family trip. ... gunfire in Lindau": a town
    named like the capital of a country the report names as a place is that capital, not a namesake near
    the dateline; not a town with its region written after it ("Lindau, Ky.", ``qualified``: the ends of
    such names)."""
    named = {m.place.country for m in mentions if m.place.precision == "country" and not m.metonymic
             and m.place.country}
    fixed: dict[str, Place] = {}
    for m in mentions:
        if m.place.precision == "city" and m.place.country not in named and m.text not in fixed \
                and not any(o.text == m.text and o.end in qualified for o in mentions):
            capital = next((c for country in sorted(named) if (c := gaz.capital_named(m.text, country))), None)
            if capital is not None:
                fixed[m.text] = capital
    return [replace(m, place=fixed[m.text]) if m.text in fixed else m for m in mentions]


IN_COUNTY_KM = 40.0  # a town this near a county's middle is in it (a county is some 50-80 km across)


def _town_and_county(gaz: Gazetteer, town: PlaceMention, county: PlaceMention) -> tuple[Place, Place] | None:
    """The one reading of a town and one of a county, among the places either name may be, that lie
    together ("Brindley" and "Alder County": the Brindley in an Alder County); None when the readings
    already lie together, or no pair or more than one does."""
    def together(t: Place, c: Place) -> bool:
        return t.country == c.country and t.lat is not None and c.lat is not None and km(
            (t.lat, t.lon or 0.0), (c.lat, c.lon or 0.0)) <= IN_COUNTY_KM

    if together(town.place, county.place) or _both_in_a_named_region(town, county):
        return None
    towns = [p for p, _ in gaz.candidates(town.text, context_countries=town.context[0]) if p.precision == "city"]
    counties = [p for p, _ in gaz.candidates(county.text, context_countries=county.context[0], hint="admin1")
                if p.precision == "district"]
    pairs = [(t, c) for t in towns[:12] for c in counties[:12] if together(t, c)]
    return pairs[0] if len(pairs) == 1 else None


def _both_in_a_named_region(town: PlaceMention, county: PlaceMention) -> bool:
    """"Columbia, Missouri" and "Monroe County" in a report that names Missouri: a town and a county both read in a
    region the report's other names name (not the county itself, nor a region of its other towns) stay there,
    though namesakes of the two lie together in another state."""
    def named(m: PlaceMention) -> set[str]:
        # the regions the report's other names name: a region marked WEAK or TOWNS_REGION is only one of its
        # towns', and a county's own region is left out of its own context
        return {a for a in m.context[1] if a[:1].isalnum()}

    region = town.place.admin1
    return region is not None and region == county.place.admin1 and region in named(town) & named(county)


def _towns_in_their_counties(mentions: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """"Jolly, of Brindley, has no arrest record in Alder County": a local report that names a town and a
    county means the town in that county, though each name alone is read as a bigger namesake elsewhere;
    each pair read so when one and only one reading of the pair lies together."""
    towns = {m.text: m for m in mentions if m.place.precision == "city" and not m.metonymic}
    counties = {m.text: m for m in mentions if m.place.precision == "district" and not m.metonymic}
    fixed: dict[str, Place] = {}
    for town in towns.values():
        for county in counties.values():
            pair = _town_and_county(gaz, town, county)
            if pair is not None and town.text not in fixed and county.text not in fixed:
                fixed[town.text], fixed[county.text] = pair
    return [replace(m, place=fixed[m.text]) if m.text in fixed and m.place.precision in TOWNS else m
            for m in mentions]


def extra_mentions(doc: Doc, gaz: Gazetteer, lex: Lexicon) -> list[PlaceMention]:
    """Place names that are no event's place but still name a place, for ``sitrep places``: those
    in datelines ("ATHENS, Ga. —"), places that organisations are named after ("the Ohio
    Department of Health"), demonyms ("Turkish" is Turkey) and names the model left untagged
    (see ``placenames``); the ones inside other names and the demonyms are marked metonymic."""
    words = lex.place_words
    info: DocInfo = doc._.info
    context = list(doc._.report_places.countries[:4])
    if info.dateline_country and info.dateline_country not in context:
        context.append(info.dateline_country)
    out: list[PlaceMention] = []
    covered = {i for m in doc._.places or [] for i in range(m.tok_start, m.tok_end)}
    for start, end, text, place, hint in [*datelines(doc, gaz, context, words), *compounds(doc, gaz),
                                          *city_state(doc, gaz)]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or covered & set(range(span.start, span.end)):
            continue
        covered.update(range(span.start, span.end))
        # a town read inside the region written after it ("Churchill, Man.") keeps that reading
        ctx = ((place.country or "",), (place.admin1 or "",)) if hint == "city" else (tuple(context), ())
        out.append(PlaceMention(start=start, end=end, text=text, place=place, tok_start=span.start,
                                tok_end=span.end, sent=sent_index(doc, span.start), hint=hint, context=ctx))
    for span, place, name_hint in more_places(doc, gaz, words, context, covered, {m.text: m.place for m in out}):
        inside = any(e.start <= span.start and span.end <= e.end and e.label_ not in ("GPE", "LOC")
                     for e in entities(doc))
        out.append(PlaceMention(start=span.start_char, end=span.end_char, text=span.text, place=place,
                                tok_start=span.start, tok_end=span.end, sent=sent_index(doc, span.start),
                                metonymic=name_hint == "demonym" or inside, hint=name_hint,
                                context=(tuple(context), ())))
    containers = {}
    for m in [*(doc._.places or []), *out]:
        containers[m.tok_start] = m.place
        if doc[m.tok_start].lower_ == "the":
            containers[m.tok_start + 1] = m.place
    taken = covered | {i for m in out for i in range(m.tok_start, m.tok_end)}
    towns = {m.tok_end - 1: m.place for m in [*(doc._.places or []), *out] if m.place.precision == "city"}
    sites = list(possessed(doc, towns, taken, skip=names_facility))  # "Toronto's Pearson Airport" is a facility's
    for span, place in [*contained(doc, gaz, words, containers, taken), *sites]:
        out.append(PlaceMention(start=span.start_char, end=span.end_char, text=span.text, place=place,
                                tok_start=span.start, tok_end=span.end, sent=sent_index(doc, span.start),
                                hint="within", context=(tuple(context), ())))
    out = [m for m in out if not is_feature(doc, doc[m.tok_start:m.tok_end], words)]
    agreed = _agree(doc, out, gaz, tuple(context))
    return agreed + facility_mentions(doc, agreed, gaz, tuple(context), words)


def _agree(doc: Doc, extra: list[PlaceMention], gaz: Gazetteer, context: tuple[str, ...]) -> list[PlaceMention]:
    """The extra names read like the report's other places: a name the pipeline resolved keeps that
    reading ("the Paris Police Department" in a report on Paris, Texas), the others are weighed
    against the report's other countries, regions and towns as ``_refine`` does."""
    mentions = [*(doc._.places or []), *extra]
    by_name: dict[str, Place] = {}
    for m in mentions:
        by_name.setdefault(m.text.lower(), m.place)
    phones = doc._.report_places.phone_places
    found = Counter(p.country for p in by_name.values() if p.country)
    regions = tuple(dict.fromkeys([*(p.admin1 for p in by_name.values()
                                     if p.precision in ("admin1", "district") and p.admin1),
                                   *(p.admin1 for p in phones if p.admin1)]))
    pipeline = {m.text.lower(): m.place for m in doc._.places or []}
    out = []
    for m in extra:
        if m.hint in ("demonym", "city", "within") or gaz.abbreviation(m.text) or (
                m.text.isupper() and m.place.precision == "country"):
            out.append(m)
            continue
        near = tuple(dict.fromkeys([*((round(t.place.lat or 0, 1), round(t.place.lon or 0, 1)) for t in mentions
                                      if t.text != m.text and t.place.precision in ("city", "district")
                                      and t.place.lat is not None),
                                    *((round(p.lat, 1), round(p.lon, 1)) for p in phones
                                      if p.precision == "city" and p.lat is not None and p.lon is not None)]))[:12]
        countries = _other_countries(m.text.lower(), by_name, found, context)
        text = m.text.title() if m.text.isupper() else m.text  # a dateline's "COLUMBUS"
        place = pipeline.get(m.text.lower()) or gaz.resolve(text, context_countries=countries,
                                                            context_admin1=regions, near=near)
        out.append(m if place is None else PlaceMention(
            start=m.start, end=m.end, text=m.text, place=place, tok_start=m.tok_start, tok_end=m.tok_end,
            sent=m.sent, metonymic=m.metonymic, hint=m.hint, context=(countries, regions), near=near))
    return out


def contains(outer: Place, inner: Place, gaz: Gazetteer) -> bool:
    """Is ``inner`` inside ``outer`` (a city in its region, a region in its country)?"""
    if outer.country is None or outer.country != inner.country or outer == inner:
        return False
    if outer.precision == "country":
        return inner.precision != "country"
    if outer.precision == "admin1":
        # a town in its region; a region in a named region that spans several ("Donetsk region" in the Donbas)
        kinds = ("city", "district", "point") if outer.admin1 else ("city", "district", "point", "admin1")
        if inner.precision not in kinds:
            return False
        if inner.admin1 is None and not outer.admin1 and None not in (inner.lat, inner.lon, outer.lat, outer.lon):
            # a town whose province the gazetteer does not know (Rafah) in a named region (the Gaza Strip):
            # no farther from the region's point than its provinces' points are, and a little
            centre = (outer.lat or 0.0, outer.lon or 0.0)
            reach = max((km(centre, (p.lat, p.lon)) for code in gaz.parts(outer) if (p := gaz.admin1(code))
                         and p.lat is not None and p.lon is not None), default=0.0) + 30
            return km((inner.lat or 0.0, inner.lon or 0.0), centre) <= reach
        return inner.admin1 is not None and inner.admin1 in gaz.parts(outer)
    return False

"""Place mentions resolved against the offline gazetteer.

``sitrep_places`` takes the GPE/LOC/FAC entities (widened to "the Moscow region",
"Bucha district") and proper nouns after a locative preposition that the model missed,
resolves them with the report's own countries as context, and marks metonymic uses
("Moscow said", "Ukraine's air force") that name a government rather than a place.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from sitrep.geo.distance import km
from sitrep.geo.gazetteer import NEAR_KM, WEAK, Gazetteer, Place
from sitrep.geo.phones import phone_places
from sitrep.lexicon import load_lexicon
from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.mentions import DocInfo, PlaceMention, ReportPlaces, sent_index, text_of
from sitrep.nlp.places.facilities import facility_mentions, names_facility
from sitrep.nlp.places.names import (
    city_state,
    compounds,
    contained,
    datelines,
    inside,
    more_places,
    possessed,
    town_regions,
)
from sitrep.nlp.places.spans import is_feature, place_spans

SUBJECT_DEPS = {"nsubj"}


def _is_metonymic(span: Span, institutions: dict[str, str], actor_like: set[str]) -> bool:
    root = span.root
    head = root.head
    if root.dep_ in SUBJECT_DEPS and head.pos_ in ("VERB", "AUX") and (
            head.lemma_ != "be" or any(c.dep_ == "acomp" for c in head.children)):
        return True  # "Moscow said", "Kyiv was not interested": the government; not "among the targets was X"
    if root.dep_ == "conj" and root.head.dep_ in SUBJECT_DEPS:
        return True
    if root.dep_ == "dobj" and head.lemma_.lower() in load_lexicon().place_words.addressed_verbs:
        return True  # "accused Ankara of", "urged Islamabad to": the government addressed
    if root.dep_ == "poss":
        owner = root.head
        words = {owner.lemma_.lower(), " ".join(t.lower_ for t in owner.subtree if t.i > root.i and t.i <= owner.i)}
        if words & (set(institutions) | actor_like):
            return True
    return False


class PlaceFinder(SitrepComponent):
    def __init__(self, labels: list[str]) -> None:
        self.labels = set(labels)

    def __call__(self, doc: Doc) -> Doc:
        gaz = self.gaz
        lex = self.lex
        info: DocInfo = doc._.info
        spans = [(span, hint) for span, hint in place_spans(doc, self.labels) if not is_feature(doc, span)]
        # first pass without context: which countries is the report about?
        countries: Counter[str] = Counter()
        for span, hint in spans:
            place = gaz.resolve(span.text, hint=hint)
            if place and place.country:
                countries[place.country] += 1
        for ent in doc.ents:
            if ent.label_ == "NORP":
                code = gaz.demonym(ent.text)
                if code:
                    countries[code] += 1
        phones = phone_places(text_of(doc), gaz)
        countries.update({p.country for p in phones if p.country})
        report = ReportPlaces([c for c, _ in countries.most_common()], dict(countries), phones)
        doc._.report_places = report
        context = report.countries[:4]
        if info.dateline_country and info.dateline_country not in context:
            context.append(info.dateline_country)
        actor_like = {"force", "forces", "army", "military", "ministry", "government", "official", "officials"}
        mentions: list[PlaceMention] = []
        admin1s: list[str] = [p.admin1 for p in report.phone_places if p.precision == "admin1" and p.admin1]
        for span, hint in spans:
            if span.start_char < info.dateline_end:
                continue  # the dateline says where the reporter was, not where anything happened
            place = gaz.resolve(span.text, context_countries=context, context_admin1=tuple(admin1s), hint=hint)
            if place is None and hint == "district":
                continue
            if place is None or names_facility(span) and not gaz.is_known(span.text):
                continue  # "St. Michael's Hospital" is a facility (nlp/facilities.py), not the town "Hospital"
            if place.admin1 and place.precision == "admin1":
                admin1s.append(place.admin1)
            mentions.append(PlaceMention(
                start=span.start_char, end=span.end_char, text=span.text, place=place,
                tok_start=span.start, tok_end=span.end, sent=sent_index(doc, span.start),
                metonymic=_is_metonymic(span, lex.institutions, actor_like), hint=hint,
                context=(tuple(context), tuple(admin1s)),
            ))
        demonyms: Counter[str] = Counter(c for e in doc.ents if e.label_ == "NORP" and (c := gaz.demonym(e.text)))
        base = tuple(dict.fromkeys([*(c for c, _ in demonyms.most_common(3)),
                                    *([info.dateline_country] if info.dateline_country else [])]))
        # regions and counties named only inside other names ("the Edgar County Sheriff's Department")
        # are no event's place, but they say where the report is
        named = {span.text.lower(): place for span, place, _ in more_places(doc, gaz, context, set())
                 if place.precision in ("admin1", "district")}
        named.update({f"#phone {i}": p for i, p in enumerate(report.phone_places)})  # context, not mentions
        doc._.places = _refine(doc, mentions, gaz, base, named)
        return doc


def _readings(doc: Doc, gaz: Gazetteer, mentions: list[PlaceMention]) -> dict[str, list[tuple[float, float]]]:
    """The points of the likely readings of the towns that head the report's local bodies ("Enfield
    Council", "Glasgow Police") and are no place mention of their own: every namesake that scores
    within two orders of magnitude of the name's best, read without context. A namesake near
    them is likelier (Edmonton beside Enfield Council is in north London), even where the name
    alone would be read as a bigger town far away."""
    own = {m.text for m in mentions}
    bodies = set(load_lexicon().place_words.local_bodies)
    names = {e[0].text for e in doc.ents if e.label_ in ("ORG", "FAC") and len(e) > 1 and e[0].pos_ == "PROPN"
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


def _other_countries(name: str, by_name: dict[str, Place], found: Counter[str],
                     context: tuple[str, ...]) -> tuple[str, ...]:
    """The report's countries, most named first, as its places other than ``name`` put them."""
    own = by_name.get(name)
    counts = found.copy()
    if own is not None and own.country:
        counts[own.country] -= 1
    ranked = [c for c, n in counts.most_common() if n > 0][:4]
    return tuple(dict.fromkeys([*ranked, *context]))[:5]


def _refine(doc: Doc, mentions: list[PlaceMention], gaz: Gazetteer, context: tuple[str, ...],
            named: dict[str, Place] | None = None, rounds: int = 2) -> list[PlaceMention]:
    """Resolve each mention again knowing the whole report: the countries its other places were
    found in (each name counted once, so ten mentions of "Paris" do not make a report French, and
    a name's own first guess left out, so that "Paris" in a report on Edgar County, Illinois is
    weighed against the report's other places, not against its own first reading), every
    region it names or names a county of, the region or country written right after a name
    ("Athens, Ga.", "Paris, Texas"), and the points of the other towns it names (local news
    names towns near each other)."""
    pairs = {end: regions for _, end, _, regions in town_regions(doc, gaz)}
    readings = _readings(doc, gaz, mentions)
    ends = {m.tok_end: m.place for m in mentions if m.place.precision == "city"}
    owners = {m.tok_start: ends[m.tok_start - 1] for m in mentions  # "London's Heathrow": London owns it
              if m.tok_start >= 2 and doc[m.tok_start - 1].text in ("'s", "’s") and m.tok_start - 1 in ends}
    for _ in range(rounds):
        by_name: dict[str, Place] = {}
        for m in mentions:
            by_name.setdefault(m.text.lower(), m.place)
        for name, named_place in (named or {}).items():
            by_name.setdefault(name, named_place)
        found = Counter(p.country for p in by_name.values() if p.country)
        named_by: dict[str, set[str]] = {}  # region -> the names that put the report there
        for name, p in by_name.items():
            if p.precision in ("admin1", "district") and p.admin1:
                named_by.setdefault(p.admin1, set()).add(name)
        towns = [(m.text.lower(), m.place) for m in mentions if m.place.precision in ("city", "district")]
        towns += [(n, p) for n, p in (named or {}).items() if p.precision in ("district", "city")]
        out = []
        for m in mentions:
            countries_ctx = _other_countries(m.text.lower(), by_name, found, context)
            # the regions the report's other names put it in: "Quebec" read as the province does not
            # make "Quebec" the city in the province
            regions = tuple(a for a, names in named_by.items() if names - {m.text.lower()})
            regions += tuple(dict.fromkeys(WEAK + p.admin1 for n, p in towns if n != m.text.lower() and p.admin1
                                           and p.admin1 not in regions and _unambiguous(gaz, n)))
            countries, admin1s = countries_ctx, regions
            after = pairs.get(m.end, [])
            if after:  # "Paris, Texas": the town inside the region written after it
                first = after[0][1]
                if first.country:
                    countries = (first.country, *[c for c in countries_ctx if c != first.country])
                if first.admin1:
                    admin1s = (first.admin1, *[a for a in regions if a != first.admin1])
            near = tuple(dict.fromkeys([*((round(p.lat, 1), round(p.lon, 1)) for n, p in towns
                                          if n != m.text.lower() and p.lat is not None and p.lon is not None),
                                        *(q for n, points in readings.items() if n != m.text.lower()
                                          for q in points)]))[:24]
            place = gaz.resolve(m.text, context_countries=countries, context_admin1=admin1s, hint=m.hint, near=near)
            if after and place is not None and place.precision in ("city", "district"):
                place = next((t for _, r in after if (t := inside(gaz, m.text, r)) is not None), None) or (
                    first if first.precision == "admin1" else place)
            owner = owners.get(m.tok_start)
            if owner is not None and (place is None or place.lat is None or owner.lat is None or km(
                    (place.lat, place.lon or 0.0), (owner.lat, owner.lon or 0.0)) > NEAR_KM):
                place = owner  # "London's Heathrow" is the airport by London, not Heathrow, Florida
            if place is None and m.place.precision in ("city", "district") and m.place.country not in countries \
                    and not gaz.by_own_name(m.text, m.place):
                continue  # a town abroad known by this name only in some list ("Kristina" for Ristiina, Finland)
            if place is None or gaz.abbreviation(m.text):
                out.append(m)
                continue
            out.append(PlaceMention(start=m.start, end=m.end, text=m.text, place=place, tok_start=m.tok_start,
                                    tok_end=m.tok_end, sent=m.sent, metonymic=m.metonymic, hint=m.hint,
                                    context=(countries, admin1s), near=near))
        mentions = out
    return mentions


def extra_mentions(doc: Doc) -> list[PlaceMention]:
    """Place names that are no event's place but still name a place, for ``sitrep places``: those
    in datelines ("ATHENS, Ga. —"), places that organisations are named after ("the Ohio
    Department of Health"), demonyms ("Turkish" is Turkey) and names the model left untagged
    (see ``placenames``); the ones inside other names and the demonyms are marked metonymic."""
    gaz = Gazetteer.load()
    info: DocInfo = doc._.info
    context = list(doc._.report_places.countries[:4])
    if info.dateline_country and info.dateline_country not in context:
        context.append(info.dateline_country)
    out: list[PlaceMention] = []
    covered = {i for m in doc._.places or [] for i in range(m.tok_start, m.tok_end)}
    for start, end, text, place, hint in [*datelines(doc, gaz, context), *compounds(doc, gaz), *city_state(doc, gaz)]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or covered & set(range(span.start, span.end)):
            continue
        covered.update(range(span.start, span.end))
        # a town read inside the region written after it ("Churchill, Man.") keeps that reading
        ctx = ((place.country or "",), (place.admin1 or "",)) if hint == "city" else (tuple(context), ())
        out.append(PlaceMention(start=start, end=end, text=text, place=place, tok_start=span.start,
                                tok_end=span.end, sent=sent_index(doc, span.start), hint=hint, context=ctx))
    for span, place, name_hint in more_places(doc, gaz, context, covered, {m.text: m.place for m in out}):
        inside = any(e.start <= span.start and span.end <= e.end and e.label_ not in ("GPE", "LOC")
                     for e in doc.ents)
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
    for span, place in [*contained(doc, gaz, containers, taken), *sites]:
        out.append(PlaceMention(start=span.start_char, end=span.end_char, text=span.text, place=place,
                                tok_start=span.start, tok_end=span.end, sent=sent_index(doc, span.start),
                                hint="within", context=(tuple(context), ())))
    out = [m for m in out if not is_feature(doc, doc[m.tok_start:m.tok_end])]
    agreed = _agree(doc, out, gaz, tuple(context))
    return agreed + facility_mentions(doc, agreed, gaz, tuple(context))


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


def contains(outer: Place, inner: Place) -> bool:
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
            gaz = Gazetteer.load()
            centre = (outer.lat or 0.0, outer.lon or 0.0)
            reach = max((km(centre, (p.lat, p.lon)) for code in gaz.parts(outer) if (p := gaz.admin1(code))
                         and p.lat is not None and p.lon is not None), default=0.0) + 30
            return km((inner.lat or 0.0, inner.lon or 0.0), centre) <= reach
        return inner.admin1 is not None and inner.admin1 in Gazetteer.load().parts(outer)
    return False

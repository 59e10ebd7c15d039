"""The towns and counties that head a report's acting local bodies: "the Athens Police Department",
"the Henderson County Jail". The last place a local report can be put at when its sentences name none
and it has no dateline: the police that arrest and the court that charges are the town's or county's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitrep.geo.distance import km
from sitrep.geo.gazetteer import Gazetteer, Place
from sitrep.lexicon.words import PlaceWords
from sitrep.nlp.mentions import entities

IN_COUNTY_KM = 40.0  # a town this near a county's middle is in it (a county is some 50-80 km across)
DWARFS = 10  # a town this many times bigger than every namesake is the one a bare name means


def body_names(doc: Doc, words: PlaceWords) -> list[str]:
    """The names heading the report's local bodies, in order, each once: "Athens" of "the Athens Police
    Department", "Henderson County" of "the Henderson County Jail" (a county word stays in the name)."""
    out: dict[str, None] = {}
    for ent in entities(doc):
        if ent.label_ in ("ORG", "FAC", "GPE") and len(ent) > 1:  # the model tags "the X County Jail" any of them
            name = _heading_name(ent, words)
            if name:
                out.setdefault(name)
    for name in _bare_body_names(doc, words):
        out.setdefault(name)
    return list(out)


def _bare_body_names(doc: Doc, words: PlaceWords) -> list[str]:
    """"Tupelo police said", "a Lakeville police officer": a capitalised name written right before a local
    body's word in lower case, which the model tags as no organisation, heads that body all the same (not a
    person's name: "Smith police" is no body)."""
    out = []
    for tok in doc:
        if not tok.is_lower or tok.lower_ not in words.local_bodies or tok.i == 0:
            continue
        k = tok.i
        while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title and doc[k - 1].ent_type_ != "PERSON":
            k -= 1
        if k < tok.i:
            out.append(doc[k:tok.i].text)
    return out


def _heading_name(ent: Span, words: PlaceWords) -> str | None:
    toks = [t for t in ent if t.pos_ != "DET"]
    k = 0
    while k < len(toks) and toks[k].pos_ == "PROPN" and toks[k].text[:1].isupper() \
            and toks[k].lower_ not in words.local_bodies:
        k += 1
    if k == 0 or k >= len(toks) or toks[k].lower_ not in words.local_bodies:
        return None
    if toks[k].lower_ in words.county_words:
        k += 1  # "Henderson County Jail": the county is the name
    return " ".join(t.text for t in toks[:k])


def _together(town: Place, county: Place) -> bool:
    return town.country == county.country and town.lat is not None and county.lat is not None and km(
        (town.lat, town.lon or 0.0), (county.lat, county.lon or 0.0)) <= IN_COUNTY_KM


def body_town(doc: Doc, gaz: Gazetteer, words: PlaceWords, countries: list[str]) -> Place | None:
    """"The Athens Police Department arrested a man Monday ... arraigned at the Henderson County Jail": the
    town a local body is named after, read beside the county another body names (the Athens inside a
    Henderson County), else in the report's own countries (``countries``), else the only town of its name;
    None when nothing says which
    namesake it is, so a bare "Athens Police" is never put in Greece by the name alone. Only for a report
    that names no town of its own."""
    if any(m.place.precision in ("city", "district", "point") for m in doc._.places or []):
        return None  # a report that names a town of its own is placed by it, not by its bodies' names
    names = body_names(doc, words)
    towns = [n for n in names if n.split()[-1].lower() not in words.county_words]
    counties = [n for n in names if n not in towns]
    for t in towns:
        for c in counties:
            pair = _town_in_county(gaz, t, c, countries)
            if pair is not None:
                return pair
    for n in towns + counties:
        place = _in_countries(gaz, n, countries) or _the_only_one(gaz, n) or _the_far_biggest(gaz, n)
        if place is not None:
            return place
    return None


def _in_countries(gaz: Gazetteer, name: str, countries: list[str]) -> Place | None:
    """The name read in the report's own countries, if it names a town or county there."""
    place = gaz.resolve(name, context_countries=countries) if countries else None
    ok = place is not None and place.country in countries and place.precision in ("city", "district")
    return place if ok else None


def _the_only_one(gaz: Gazetteer, name: str) -> Place | None:
    """The one town or county the gazetteer knows by the name ("Tulsa"), None for a namesake ("Athens"); a
    name known only as a county's, the county ("the Pointe Coupee Sheriff's Office" is Pointe Coupee Parish's)."""
    found = [p for p, _ in gaz.candidates(name) if p.precision in ("city", "district")] or \
        [p for p, _ in gaz.candidates(name, hint="admin1") if p.precision == "district"]
    return found[0] if len(found) == 1 else None


def _the_far_biggest(gaz: Gazetteer, name: str) -> Place | None:
    """"Officers with the Lakeport Police Department": a town that dwarfs every namesake (``DWARFS`` times the
    next biggest) is the one a body's name means when nothing else in the report says; None for a close
    race ("Athens": the Greek capital is not ten times the Georgia town, so a bare "Athens Police" stays
    unplaced)."""
    towns = [p for p, _ in gaz.candidates(name) if p.precision == "city"]
    if not towns:
        return None
    biggest = max(towns, key=lambda p: p.population)
    rest = [p.population for p in towns if p is not biggest]
    return biggest if not rest or biggest.population >= DWARFS * max(rest) else None


def _town_in_county(gaz: Gazetteer, town: str, county: str, countries: list[str]) -> Place | None:
    """The one reading of ``town`` that lies in a reading of ``county`` (None if none or several do)."""
    towns = [p for p, _ in gaz.candidates(town, context_countries=countries) if p.precision == "city"]
    counties = [p for p, _ in gaz.candidates(county, context_countries=countries, hint="admin1")
                if p.precision == "district"]
    found = {(t.name, t.admin1): t for t in towns[:12] for c in counties[:12] if _together(t, c)}
    return next(iter(found.values())) if len(found) == 1 else None

"""Where an event happened: the places of its clause, and the country when none is named.

A place is the scene unless it is a reference point ("south of Moscow", "launched from
Lebanon"), a speaker ("Ukraine's emergency service said") or a government ("Moscow said").
With no place named, the country is the target's, never the initiator's own (unless an
armed group fights at home).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.geo.distance import km
from sitrep.geo.gazetteer import Place
from sitrep.nlp.groups import Group
from sitrep.nlp.mentions import PlaceMention, QuantityMention
from sitrep.nlp.places import contains
from sitrep.records import Location, family

DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
              "northeastern", "northwestern", "southeastern", "southwestern"}
REFERENCE_PREPS = {"from", "toward", "towards"}


def is_reference_point(doc: Doc, pm: PlaceMention) -> bool:
    """"south of Moscow", "rockets launched from Lebanon", "Belgorod, which borders Ukraine"."""
    root = doc[pm.tok_start:pm.tok_end].root
    spans = [(p.tok_start, p.tok_end) for p in doc._.places or []]
    for anc in list(root.ancestors)[:6]:
        if anc.dep_ == "relcl" and any(s <= anc.head.i < e for s, e in spans):
            return True
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ in REFERENCE_PREPS:
        return True
    if root.dep_ == "pobj" and prep.head.lemma_.lower() in ("border", "frontier", "boundary"):
        return True  # "on the border with Ukraine"
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in DIRECTIONS


def choose_places(doc: Doc, g: Group, located: set[str], unlocated: set[str],
                  narrative: PlaceMention | None = None) -> list[PlaceMention]:
    fam = family(g.type)
    speakers = [c.subject_tokens for c in doc._.claims or [] if c.sent == g.sent]
    usable = [p for p in doc._.places or [] if not p.metonymic and not is_reference_point(doc, p)
              and not any(s <= p.tok_start < e for s, e in speakers)]
    scoped = [p for p in usable if p.tok_start in g.scope]
    if g.type in located and fam not in unlocated:
        scoped = scoped or [p for p in usable if p.sent == g.sent]
        if not scoped and narrative is not None:
            scoped = [narrative]
    elif g.type not in located:
        return []
    # keep the most specific of places that contain each other; a port named beside its sea is the place
    if any(p.place.precision != "point" for p in scoped):
        scoped = [p for p in scoped if p.place.precision != "point"]
    kept = [p for p in scoped if not any(contains(p.place, o.place) for o in scoped if o is not p)]
    if len(kept) > 1:
        # airports and suburbs of one city are that city: "Moscow's Vnukovo and Domodedovo airports"
        kept = [p for p in kept if not any(_near_bigger(o.place, p.place) for o in kept if o is not p)]
    if len(kept) > 1:
        # a place deep inside a phrase ("posts about air strikes in Sagaing") is a topic, not the scene
        depth = {id(p): _depth(doc, p, g.gov) for p in kept}
        best = min(depth.values())
        kept = [p for p in kept if depth[id(p)] <= best + 2]
    return kept



def quantity_place(doc: Doc, q: QuantityMention, places: list[PlaceMention]) -> PlaceMention | None:
    anchors = {q.tok_start, q.tok_end - 1} | ({q.noun} if q.noun is not None else set())
    for p in places:
        cur = doc[p.tok_start:p.tok_end].root
        for _ in range(5):
            cur = cur.head
            if cur.i in anchors:
                return p
    return None



def _near_bigger(big: Place, small: Place, radius: float = 50.0) -> bool:
    if big.precision != "city" or small.precision != "city" or big.population <= small.population:
        return False
    if None in (big.lat, big.lon, small.lat, small.lon):
        return False
    return km((big.lat, big.lon), (small.lat, small.lon)) <= radius  # type: ignore[arg-type]


def _depth(doc: Doc, p: PlaceMention, gov: Token) -> int:
    cur = doc[p.tok_start:p.tok_end].root
    for n in range(12):
        if cur == gov or cur.head == cur:
            return n
        cur = cur.head
    return 12


def location_of(p: PlaceMention) -> Location:
    pl = p.place
    return Location(pl.name, pl.country, pl.admin1, pl.lat, pl.lon, pl.precision, p.text, pl.geonameid)


def place_of(loc: Location | None, place: Place | None) -> Place | None:
    if place is not None or loc is None:
        return place
    return Place(loc.name, loc.country, loc.admin1, loc.lat, loc.lon, loc.geonameid, loc.precision)



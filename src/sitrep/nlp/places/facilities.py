"""Facilities and sites named in a report, placed at the town they are in, for ``sitrep places``.

A facility is a FAC entity, or a capitalised name whose last word (or the word before "of ...")
is a head word of ``data/facilities.tsv``: "Pearson International Airport", "St. Michael's
Hospital", "Stade de France", "the Champs-Elysees boulevard". Its town, by the rules of news
writing, in this order:

1. a town named inside the name ("Vancouver Art Gallery");
2. its owner, before a possessive ("Toronto's Pearson International Airport", "the city's ...");
3. the town written right after it ("University Hospital in Columbia", "Penn Park, Whittier");
4. the report's one clear town: its dateline's, or the town it names most.

A region or a country found by rules 1-3 is kept only when no town is found. The towns are
the mentions the report's other names were resolved to, so a facility reads its town as they
do. A facility with no town is left out, and none feeds an event: they are not ``doc._.places``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from sitrep.geo.gazetteer import Gazetteer, Place
from sitrep.lexicon import read_tsv
from sitrep.lexicon.words import PlaceWords
from sitrep.nlp.mentions import PlaceMention, entities, sent_index
from sitrep.nlp.places.names import datelines

NAME_POS = {"PROPN", "NOUN", "ADJ", "NUM"}
NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"}
TOWNS = ("city", "district")

@dataclass(frozen=True)
class Head:
    words: tuple[str, ...]
    kind: str  # "airport", "hospital", ...; "-" for words that only look like a head
    case: str  # "title", "lower" or "both": how the head is written
    named: bool  # also an institution's name: placed only by rules 1-3
    away: bool = False  # a town inside the name is where it leads ("London Road"), not where it is


@dataclass
class FacilityMention(PlaceMention):
    """A facility or site; ``place`` is the town it is in (or its region or country, no town found)."""

    kind: str = "facility"


@cache
def heads() -> dict[tuple[str, ...], Head]:
    out = {}
    for row in read_tsv("facilities.tsv"):
        words = tuple(row[0].lower().split())
        needs = row[3] if len(row) > 3 else ""
        out[words] = Head(words, row[1], row[2] if len(row) > 2 else "title", needs == "named", needs == "away")
    return out


def _title(tok: Token) -> bool:
    return tok.text[:1].isupper()


def head_ending(doc: Doc | Span, end: int) -> tuple[Head, int] | None:
    """The head word that ends right before token ``end``, as written, and where it starts."""
    table = heads()
    for n in (3, 2, 1):
        if end - n < 0:
            continue
        toks = doc[end - n:end]
        head = table.get(tuple(t.lower_ for t in toks))
        if head is None:
            continue
        if _title(toks[-1]) and head.case in ("title", "both") or toks[-1].text.islower() and head.case != "title":
            return head, end - n
    return None


def names_facility(span: Span) -> bool:
    """Is this span a facility's name ending in a capitalised head word ("St. Michael's Hospital")?"""
    found = head_ending(span, len(span))
    return found is not None and found[0].kind != "-" and _title(span[-1]) and found[1] > 0


def _name_token(tok: Token, ents: dict[int, str]) -> bool:
    return _title(tok) and tok.pos_ in NAME_POS and ents.get(tok.i) not in NOT_NAMES and tok.lower_ not in (
        "the", "a", "an")


def _name_end(doc: Doc, i: int, ents: dict[int, str], words: PlaceWords) -> int | None:
    """Where a name whose head word ends before token ``i`` ends: after a link word and the name it
    leads to ("Museum of Fine Arts", "Stade de France"); None when the head is not the name's last
    word ("Penn Park Fire Department")."""
    end = i
    if not _title(doc[i - 1]):
        return end
    k = i
    while k + 1 < len(doc) and doc[k].lower_ in words.facility_links and not doc[k].is_sent_start:
        m = k + 1 + (doc[k + 1].lower_ == "the")
        if m >= len(doc) or not _name_token(doc[m], ents):
            break
        while m < len(doc) and (_name_token(doc[m], ents) or doc[m].text in words.facility_joiners) \
                and not doc[m].is_sent_start:
            m += 1
        k = end = m
    if end < len(doc) and not doc[end].is_sent_start and _name_token(doc[end], ents):
        return None
    return end


def _owns(doc: Doc, k: int, ends: dict[int, PlaceMention], words: PlaceWords) -> bool:
    """Is token ``k`` a possessive after a town ("Toronto's") or the report's town ("the city's")?"""
    return k >= 1 and doc[k].text in words.possessives and (
        k - 1 in ends or doc[k - 1].lower_ in words.town_nouns)


def _name_start(doc: Doc, hs: int, ents: dict[int, str], ends: dict[int, PlaceMention],
                words: PlaceWords) -> tuple[int, int]:
    """(start, owner) of a name whose head word starts at ``hs``: back over its name words and
    joiners ("St. Michael's Hospital") to a possessive owner ("Toronto's Pearson Airport", owner
    the possessive's token) or the name's first word (owner -1)."""
    start = hs
    while start > 0 and not doc[start].is_sent_start:
        prev = doc[start - 1]
        if start >= 2 and _owns(doc, start - 1, ends, words):
            return start, start - 1
        if _name_token(prev, ents) or (prev.text in words.facility_joiners or prev.lower_ in words.facility_links) \
                and start >= 2 and _name_token(doc[start - 2], ents):
            start -= 1
        else:
            break
    k = start - 1
    while k > 0 and doc[k].pos_ == "ADJ" and doc[k].text.islower():
        k -= 1  # "Paris' iconic Champs-Elysees boulevard"
    return start, (k if _owns(doc, k, ends, words) else -1)


def _spans(doc: Doc, ents: dict[int, str], ends: dict[int, PlaceMention], taken: set[int],
           words: PlaceWords) -> list[tuple[int, int, Head, int]]:
    """(start, end, head, owner) of the names ending in a head word; owner is the possessive token
    right after an owner ("Toronto's"), or -1."""
    out: list[tuple[int, int, Head, int]] = []
    for i in range(1, len(doc) + 1):
        found = head_ending(doc, i)
        if found is None or found[0].kind == "-" or ents.get(i - 1) == "PERSON":
            continue  # no head; "Shirley Temple", "Michael Park": a surname
        head, hs = found
        end = _name_end(doc, i, ents, words)
        if end is None:
            continue
        start, owner = _name_start(doc, hs, ents, ends, words)
        if start == hs and end == i:
            continue  # a head alone ("the Museum") names nothing
        if not _title(doc[i - 1]) and all(t.i in taken for t in doc[start:hs]):
            continue  # "a Toronto street": the town's own name before a lower-case head
        out.append((start, end, head, owner))
    return out


def _report_town(doc: Doc, found: list[PlaceMention], gaz: Gazetteer, context: tuple[str, ...],
                 words: PlaceWords) -> PlaceMention | None:
    """The report's one clear town: its dateline's, or the town it names most (twice as often as any other)."""
    by_start = {m.start: m for m in found}
    for start, *_ in datelines(doc, gaz, list(context), words):
        m = by_start.get(start)
        if m is not None and m.place.precision == "city":
            return m
    counts: Counter[tuple[str, str | None, str | None]] = Counter()
    first: dict[tuple[str, str | None, str | None], PlaceMention] = {}
    for m in found:
        if m.place.precision == "city" and m.hint != "demonym":
            key = (m.place.name, m.place.country, m.place.admin1)
            counts[key] += 1
            first.setdefault(key, m)
    ranked = counts.most_common(2)
    if len(ranked) == 1 or ranked and ranked[0][1] >= 2 and ranked[0][1] >= 2 * ranked[1][1]:
        return first[ranked[0][0]]
    return None


def _better(coarse: PlaceMention | None, m: PlaceMention) -> PlaceMention:
    rank = {"admin1": 2, "country": 1}
    return m if coarse is None or rank.get(m.place.precision, 0) > rank.get(coarse.place.precision, 0) else coarse


def _inside(town: Place, coarse: Place) -> bool:
    return town.country == coarse.country and (coarse.precision == "country" or town.admin1 == coarse.admin1)


@dataclass
class _Report:
    """A report's place mentions as facilities read them: by first and last token, which the
    pipeline found, the facilities placed so far, and the report's one clear town (found once)."""

    doc: Doc
    gaz: Gazetteer
    words: PlaceWords
    context: tuple[str, ...]
    found: list[PlaceMention]
    pipeline: set[int] = field(default_factory=set)
    placed: dict[tuple[int, int], PlaceMention] = field(default_factory=dict)
    starts: dict[int, PlaceMention] = field(init=False)
    ends: dict[int, PlaceMention] = field(init=False)
    _town: list[PlaceMention | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts = {m.tok_start: m for m in self.found}
        self.ends = {m.tok_end - 1: m for m in self.found}

    def town(self) -> PlaceMention | None:
        if not self._town:
            self._town.append(_report_town(self.doc, self.found, self.gaz, self.context, self.words))
        return self._town[0]


def _candidates(r: _Report) -> list[tuple[int, int, Head, int]]:
    """The names ending in a head word, and the FAC entities none of them overlaps ("the Hoover
    Dam" tagged FAC: a named facility with no head word)."""
    doc = r.doc
    ents = {i: e.label_ for e in entities(doc) for i in range(e.start, e.end)}
    ends = r.ends
    taken = {i for m in r.found for i in range(m.tok_start, m.tok_end)}
    cands = _spans(doc, ents, ends, taken, r.words)
    for ent in entities(doc):
        if ent.label_ == "FAC":
            s = ent.start + (ent[0].lower_ == "the")
            if s < ent.end and not any(s < e and cs < ent.end for cs, e, _, _ in cands):
                o = s - 1 if s >= 2 and doc[s - 1].text in r.words.possessives and s - 2 in ends else -1
                cands.append((s, ent.end, Head(("",), "facility", "title", True), o))  # no head word: named
    return cands


def _read_already(found: list[PlaceMention], inner: list[PlaceMention], s: int, e: int) -> bool:
    """Did the pipeline read this stretch already, as a place or across its edge?"""
    return any(m.tok_start < e and s < m.tok_end for m in found if m not in inner) or \
        any(m.tok_start == s and m.tok_end == e for m in inner)


def _evidence(r: _Report, s: int, e: int, head: Head, owner: int,
              inner: list[PlaceMention]) -> list[PlaceMention | None]:
    """The places that may say where a facility is, in order (see the module's doc): the town
    written right after it ("Thomas Memorial Hospital in South Charleston" is not in Thomas), a
    place inside the name (the pipeline's first, a name found inside a name last), the owner."""
    after = None
    if e + 1 < len(r.doc) and r.doc[e].lower_ in r.words.facility_town_links:
        after = r.starts.get(e + 1) or next((r.placed[k] for k in r.placed if k[0] == e + 1), None)
    own = [] if head.away else inner
    return [after, *(m for m in own if id(m) in r.pipeline), r.ends.get(owner - 1) if owner >= 0 else None,
            *(m for m in own if id(m) not in r.pipeline and m.tok_start == s)]  # "Matthew Arnold School"


def _coarsest(ordered: list[PlaceMention | None]) -> PlaceMention | None:
    """The region (else the country) among the evidence: kept only when no town is found."""
    coarse = None
    for m in ordered:
        if m is not None and m.place.precision in ("admin1", "country"):
            coarse = _better(coarse, m)
    return coarse


def _owners_town(r: _Report, owner: int) -> PlaceMention | None:
    """"the city's Abbasiya district": the last town the report named before the owner."""
    if owner < 0 or owner - 1 in r.ends:
        return None
    return max((m for m in r.found if m.tok_end <= owner - 1 and m.place.precision == "city"
                and m.hint != "demonym"), key=lambda m: m.tok_end, default=None)


def _reports_town(r: _Report, head: Head, coarse: PlaceMention | None) -> PlaceMention | None:
    """"a fire in the kitchen of the Crown Hotel" in a report from one town: that town, unless the
    facility is an institution or a site far from towns ("the Alder Creek dam"), or the region
    found for it is elsewhere."""
    if head.named or head.kind in r.words.far_facility_kinds:
        return None
    town = r.town()
    if town is not None and (coarse is None or _inside(town.place, coarse.place)):
        return town
    return None


def _place_facility(r: _Report, s: int, e: int, head: Head, owner: int) -> PlaceMention | None:
    """The facility doc[s:e] placed at its town (or its region or country), or None."""
    inner = [m for m in r.found if s <= m.tok_start and m.tok_end <= e]
    if _read_already(r.found, inner, s, e):
        return None
    possessives = r.words.possessives  # a saint is no place: "St Anne's Primary School"
    inner = [m for m in inner if r.doc[m.tok_end - 1].text not in possessives
             and r.doc[m.tok_end].text not in possessives]
    if head.kind in r.words.premises_abroad:  # "the Ruritania Embassy" stands abroad, not in Ruritania
        inner = [m for m in inner if m.place.precision != "country"]
    ordered = _evidence(r, s, e, head, owner, inner)
    town = next((m for m in ordered if m is not None and m.place.precision in TOWNS), None)
    coarse = _coarsest(ordered)
    town = town or _owners_town(r, owner) or _reports_town(r, head, coarse)
    where = town or coarse
    if where is None or head.named and town is None:
        return None  # no town, or an institution ("the Coptic Orthodox Church") with no site
    if any(m.place != where.place and m.place.precision in ("admin1", "country") for m in inner):
        return None  # "the University of Nebraska at Omaha": "Nebraska" keeps its own reading
    span = r.doc[s:e]
    return FacilityMention(
        start=span.start_char, end=span.end_char, text=span.text, place=where.place, tok_start=s,
        tok_end=e, sent=sent_index(r.doc, s), hint="facility", context=where.context, near=where.near,
        kind=head.kind)


def facility_mentions(doc: Doc, extra: list[PlaceMention], gaz: Gazetteer, context: tuple[str, ...],
                      words: PlaceWords) -> list[PlaceMention]:
    """The facilities and sites a report names, each placed at its town (see the module's doc)."""
    r = _Report(doc, gaz, words, context, [*(doc._.places or []), *extra],
                pipeline={id(m) for m in doc._.places or []})
    # right to left: "a school in Hertford Road, Edmonton" reads the road's town
    for s, e, head, owner in sorted(_candidates(r), key=lambda c: -c[0]):
        m = _place_facility(r, s, e, head, owner)
        if m is not None:
            r.placed[(s, e)] = m
    out: list[PlaceMention] = []
    used: set[int] = set()
    for (s, e), m in sorted(r.placed.items()):
        if used.isdisjoint(range(s, e)):
            used.update(range(s, e))
            out.append(m)
    return out

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
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from sitrep.geo.gazetteer import Gazetteer, Place
from sitrep.lexicon import read_tsv
from sitrep.nlp.mentions import PlaceMention, sent_index
from sitrep.nlp.places.names import datelines

LINKS = {"of", "de", "du", "des", "del", "della", "di", "do", "da"}  # "Museum of Fine Arts", "Stade de France"
JOINERS = {"-", "'s", "’s", "&", "St.", "St"}  # inside a name: "Montreal-Pierre Elliott Trudeau", "St. Michael's"
POSSESSIVE = {"'s", "’s", "'", "’"}
AFTER = {"in", "at", "near", "outside", ","}  # "University Hospital in Columbia", "Penn Park, Whittier"
TOWN_WORDS = {"city", "town", "capital", "village"}  # "the city's Abbasiya district": the report's town
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


def _spans(doc: Doc, ents: dict[int, str], ends: dict[int, PlaceMention],  # noqa: C901
           taken: set[int]) -> list[tuple[int, int, Head, int]]:
    """(start, end, head, owner end) of the names ending in a head word; owner end is the token right
    after a possessive owner ("Toronto's"), or -1."""
    out: list[tuple[int, int, Head, int]] = []
    for i in range(1, len(doc) + 1):
        found = head_ending(doc, i)
        if found is None or found[0].kind == "-":
            continue
        head, hs = found
        if ents.get(i - 1) == "PERSON":
            continue  # "Shirley Temple", "Michael Park": a surname
        end = i
        if _title(doc[i - 1]):
            k = i  # "Museum of Fine Arts", "Stade de France": the name goes on after a link word
            while k + 1 < len(doc) and doc[k].lower_ in LINKS and not doc[k].is_sent_start:
                m = k + 1 + (doc[k + 1].lower_ == "the")
                if m < len(doc) and _name_token(doc[m], ents):
                    while m < len(doc) and (_name_token(doc[m], ents) or doc[m].text in JOINERS) \
                            and not doc[m].is_sent_start:
                        m += 1
                    k = end = m
                else:
                    break
            if end < len(doc) and not doc[end].is_sent_start and _name_token(doc[end], ents):
                continue  # the head is not the name's last word: "Penn Park Fire Department"
        start, owner = hs, -1
        while start > 0 and not doc[start].is_sent_start:
            prev = doc[start - 1]
            if prev.text in POSSESSIVE and start >= 2 and (start - 2 in ends or doc[start - 2].lower_ in TOWN_WORDS):
                owner = start - 1  # "Toronto's Pearson International Airport", "the city's ..."
                break
            if _name_token(prev, ents) or (prev.text in JOINERS or prev.lower_ in LINKS) and start >= 2 and \
                    _name_token(doc[start - 2], ents):
                start -= 1
            else:
                break
        k = start - 1
        while owner < 0 and k > 0 and doc[k].pos_ == "ADJ" and doc[k].text.islower():
            k -= 1  # "Paris' iconic Champs-Elysees boulevard"
        if owner < 0 and k >= 1 and doc[k].text in POSSESSIVE and (k - 1 in ends or doc[k - 1].lower_ in TOWN_WORDS):
            owner = k
        if start == hs and end == i:
            continue  # a head alone ("the Museum") names nothing
        if not _title(doc[i - 1]) and all(t.i in taken for t in doc[start:hs]):
            continue  # "a Toronto street": the town's own name before a lower-case head
        out.append((start, end, head, owner))
    return out


def _report_town(doc: Doc, found: list[PlaceMention], gaz: Gazetteer, context: tuple[str, ...]) -> PlaceMention | None:
    """The report's one clear town: its dateline's, or the town it names most (twice as often as any other)."""
    by_start = {m.start: m for m in found}
    for start, *_ in datelines(doc, gaz, list(context)):
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


# sites that lie outside towns or name a part of the country ("the Kech district", "the Tishrin Dam",
# "the Kerem Shalom crossing"): never placed at the report's town for want of a better one
FAR_KINDS = {"district", "dam", "checkpoint", "bridge", "military base", "power plant", "plant", "tunnel", "port"}


def facility_mentions(doc: Doc, extra: list[PlaceMention], gaz: Gazetteer,  # noqa: C901
                      context: tuple[str, ...]) -> list[PlaceMention]:
    """The facilities and sites a report names, each placed at its town (see the module's doc)."""
    found = [*(doc._.places or []), *extra]
    ents = {i: e.label_ for e in doc.ents for i in range(e.start, e.end)}
    starts = {m.tok_start: m for m in found}
    ends = {m.tok_end - 1: m for m in found}
    taken = {i for m in found for i in range(m.tok_start, m.tok_end)}
    cands = _spans(doc, ents, ends, taken)
    for ent in doc.ents:
        if ent.label_ == "FAC":
            s = ent.start + (ent[0].lower_ == "the")
            if s < ent.end and not any(s < e and cs < ent.end for cs, e, _, _ in cands):
                o = s - 1 if s >= 2 and doc[s - 1].text in POSSESSIVE and s - 2 in ends else -1
                cands.append((s, ent.end, Head(("",), "facility", "title", True), o))  # no head word: named
    pipeline = {id(m) for m in doc._.places or []}
    report_town: list[PlaceMention | None] = []
    placed: dict[tuple[int, int], PlaceMention] = {}
    out: list[PlaceMention] = []
    # right to left: "a school in Hertford Road, Edmonton" reads the road's town
    for s, e, head, owner in sorted(cands, key=lambda c: -c[0]):
        inner = [m for m in found if s <= m.tok_start and m.tok_end <= e]
        if any(m.tok_start < e and s < m.tok_end for m in found if m not in inner) or \
                any(m.tok_start == s and m.tok_end == e for m in inner):
            continue  # the pipeline read this stretch already
        # a saint is no place: "St Anne's Primary School"
        inner = [m for m in inner if doc[m.tok_end - 1].text not in POSSESSIVE
                 and doc[m.tok_end].text not in POSSESSIVE]
        after = None
        if e + 1 < len(doc) and doc[e].lower_ in AFTER:
            after = starts.get(e + 1) or next((placed[k] for k in placed if k[0] == e + 1), None)
        # the town written right after it ("Thomas Memorial Hospital in South Charleston" is not in Thomas),
        # a place inside the name (the pipeline's first, a name found inside a name last), the owner
        own = [] if head.away else inner
        ordered = [after, *(m for m in own if id(m) in pipeline), ends.get(owner - 1) if owner >= 0 else None,
                   *(m for m in own if id(m) not in pipeline and m.tok_start == s)]  # "Matthew Arnold School"
        town = next((m for m in ordered if m is not None and m.place.precision in TOWNS), None)
        coarse = None
        for m in ordered:
            if m is not None and m.place.precision in ("admin1", "country"):
                coarse = _better(coarse, m)
        if town is None and owner >= 0 and owner - 1 not in ends:  # "the city's": the last town named
            town = max((m for m in found if m.tok_end <= owner - 1 and m.place.precision == "city"
                        and m.hint != "demonym"), key=lambda m: m.tok_end, default=None)
        if town is None and not head.named and head.kind not in FAR_KINDS:  # 4. the report's town
            if not report_town:
                report_town.append(_report_town(doc, found, gaz, context))
            rt = report_town[0]
            if rt is not None and (coarse is None or _inside(rt.place, coarse.place)):
                town = rt
        where = town or coarse
        if where is None or head.named and town is None:
            continue  # no town, or an institution ("the Coptic Orthodox Church") with no site
        if any(m.place != where.place and m.place.precision in ("admin1", "country") for m in inner):
            continue  # "the University of Nebraska at Omaha": "Nebraska" keeps its own reading
        span = doc[s:e]
        placed[(s, e)] = FacilityMention(
            start=span.start_char, end=span.end_char, text=span.text, place=where.place, tok_start=s,
            tok_end=e, sent=sent_index(doc, s), hint="facility", context=where.context, near=where.near,
            kind=head.kind)
    used: set[int] = set()
    for (s, e), m in sorted(placed.items()):
        if used.isdisjoint(range(s, e)):
            used.update(range(s, e))
            out.append(m)
    return out

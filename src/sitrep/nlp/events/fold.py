"""Within one report: fold the retellings of one event into one record.

Reports tell an event several times (the lede, the figures, the damage, "the attack"). Two
records of a report are one event when they are of one type (or one attack wave whose
weapons differ), at one place, in overlapping date windows; a definite mention ("the
attack", "the prisoner swap") with nothing of its own joins the event it refers back to.
Counts in sentences without a trigger ("No injuries were reported.") join the event told
just before them in the same paragraph.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc

from sitrep.nlp.mentions import PlaceMention, sentences, text_of
from sitrep.records import Actor, Claim, Claimant, Event, Location, Quantity, Span, family


def _windows_overlap(a: Event, b: Event, slack: int = 0) -> bool:
    if not (a.date.start and b.date.start and a.date.end and b.date.end):
        return True
    a0, a1 = date.fromisoformat(a.date.start), date.fromisoformat(a.date.end)
    b0, b1 = date.fromisoformat(b.date.start), date.fromisoformat(b.date.end)
    pad = timedelta(days=slack)
    return a0 <= b1 + pad and b0 <= a1 + pad


def _told_apart(a: Event, b: Event) -> bool:
    """"Police detained 97 people late on Friday ... A court on Saturday ordered the mayor jailed": two days
    the report names, one for each, are two events."""
    return bool(a.date.text and b.date.text) and a.date.precision == b.date.precision == "day" \
        and not _windows_overlap(a, b)


def _same_speaker(a: Event, b: Event) -> bool:
    """Two accusations or denials are one only when one party makes them."""
    if family(a.type) != "statement":
        return True
    names = {c.claimant.name.lower() for c in a.claims}
    return not names or not b.claims or any(c.claimant.name.lower() in names for c in b.claims)


def _same_status(a: Event, b: Event) -> bool:
    """A march called for Sunday is not the riot of Friday night."""
    done = {"occurred", "ongoing"}
    return a.status == b.status or (a.status in done and b.status in done)


def _conflicting(a: Event, b: Event) -> bool:
    have = {(q.item, q.role): q.value for q in a.quantities}
    return any(have.get((q.item, q.role), q.value) != q.value for q in b.quantities)


def _inside(broad: Event, specific: Event) -> bool:
    """Is ``specific``'s place inside ``broad``'s (a city in the country the lede names)?"""
    lb, ls = broad.location, specific.location
    if lb is None or ls is None or lb.country != ls.country or ls.precision == "country":
        return False
    return lb.precision == "country" or (lb.precision == "admin1" and lb.admin1 == ls.admin1 and ls.precision != "admin1")


def _retold(broad: Event, specific: Event, lede_only: bool) -> bool:
    """The lede's "a drone strike in southern Lebanon killed two" is the Nabatieh strike told later."""
    if not _inside(broad, specific) or broad.type != specific.type:
        return False
    have = {(q.item, q.role, q.value) for q in specific.quantities}
    if broad.quantities and all((q.item, q.role, q.value) in have for q in broad.quantities):
        return _windows_overlap(broad, specific)
    if not lede_only or broad.location is None:
        return False
    if broad.location.precision == "country":
        return not broad.quantities and _windows_overlap(broad, specific, 1)
    # a lede that names the region and a later paragraph that names the village: one strike
    return not _conflicting(specific, broad) and _windows_overlap(broad, specific, 2)


def _wave_total(ev: Event) -> bool:
    """"Air defences downed 42 of the 55 drones launched across the country": a count of the whole wave,
    which is the country's record, not the city's told just before."""
    return any(q.role in ("launched", "intercepted") for q in ev.quantities)


def _same_place(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None:
        return la is None and lb is None
    if la.precision == "country" or lb.precision == "country":
        return la.precision == lb.precision and la.country == lb.country
    return (la.country, la.admin1, la.name) == (lb.country, lb.admin1, lb.name)


def _compatible_types(a: Event, b: Event) -> bool:
    if a.type == b.type:
        return True
    if family(a.type) == "protest" == family(b.type):
        return True  # a rally that turned violent is one riot
    return family(a.type) == "attack" == family(b.type) and "attack.ground" not in (a.type, b.type)


STATUS_STRENGTH = {"agreed": 3, "cancelled": 3, "rejected": 3, "proposed": 2, "planned": 1, "ongoing": 1, "occurred": 0}


def absorb(into: Event, other: Event) -> None:  # noqa: C901
    """Add ``other``'s evidence, claims, counts, damage and actors to ``into``."""
    if family(into.type) == "attack" and "attack.missile" in (into.type, other.type):
        into.type = "attack.missile"
    if "protest.riot" in (into.type, other.type):
        into.type = "protest.riot"
    if family(into.type) in ("prisoners", "diplomacy") and \
            STATUS_STRENGTH.get(other.status, 0) > STATUS_STRENGTH.get(into.status, 0):
        into.status = other.status
    for e in other.evidence:
        if all((e.start, e.end) != (x.start, x.end) for x in into.evidence):
            into.evidence.append(e)
    claim_index: dict[int, int] = {}
    for k, c in enumerate(other.claims):
        for j, x in enumerate(into.claims):
            if x.claimant.name == c.claimant.name and x.start == c.start:
                claim_index[k] = j
                break
        else:
            into.claims.append(c)
            claim_index[k] = len(into.claims) - 1
    have = {(q.item, q.role): q for q in into.quantities}
    for q in other.quantities:
        prior = have.get((q.item, q.role))
        claim = claim_index.get(q.claim) if q.claim is not None else None
        if prior is not None and prior.value == q.value:
            continue
        if prior is None or (into.claims and other.claims):
            # a new count, or two sources with two figures: each keeps its claim
            into.quantities.append(Quantity(q.item, q.role, q.value, q.qualifier, q.text, claim))
    for d in other.damage:
        if all(d.object != x.object for x in into.damage):
            into.damage.append(d)
    roles = {(a.role, a.country) for a in into.actors}
    for a in other.actors:
        if (a.role, a.country) not in roles and not any(x.role == a.role for x in into.actors):
            into.actors.append(a)
    if into.date.text is None and other.date.text is not None:
        into.date = other.date
    if into.location is None and other.location is not None:
        into.location = other.location
    into.confidence = max(into.confidence, other.confidence)
    into.sents = getattr(into, "sents", set()) | getattr(other, "sents", set())  # type: ignore[attr-defined]


def attach_orphan_quantities(doc: Doc, events: list[Event], used: set[int]) -> list[Event]:
    sents = sentences(doc)
    pars = paragraph_index(doc)
    from sitrep.nlp.events.assemble import ROLE_FAMILIES

    spawned: dict[int, Event] = {}
    for q in doc._.quantities or []:
        if id(q) in used or (q.value != 0 and q.role not in ("killed", "injured", "missing")):
            continue
        sent_text = sents[q.sent].text.lower()
        if any(w in sent_text for w in (" since ", " have been ", " has been ", " in total", " so far")):
            continue  # a running total or background, not this event's count
        fits = ROLE_FAMILIES.get(q.role, set())
        before = [e for e in events if getattr(e, "sent", -1) in (q.sent - 1, q.sent - 2)
                  and pars[getattr(e, "sent", 0)] == pars[q.sent] and family(e.type) in fits]
        if not before:
            continue
        last = max(getattr(e, "sent", 0) for e in before)
        targets = [e for e in before if getattr(e, "sent", 0) == last]  # "no arrests in either city": all
        named = {p.place.admin1 or p.place.country for p in doc._.places or [] if p.sent == q.sent}
        if named:  # "officials in the Moscow region said no one was hurt": that region's record
            here = [e for e in targets if e.location and (e.location.admin1 or e.location.country) in named]
            elsewhere = _scene(doc, q.sent) if not here else None
            if elsewhere is not None and family(targets[0].type) == "attack" and q.value != 0:
                # "In Chernihiv, a drone hit a building ... Two people were killed in the Sumy region": the same
                # kind of attack, at another place, is that place's record
                targets = [spawned.get(q.sent) or _spawn(doc, targets[0], elsewhere, q.sent, events, spawned)]
            else:
                targets = here or targets
        for ev in targets:
            if any((x.item, x.role) == (q.item, q.role) for x in ev.quantities):
                continue
            sent_claims = [c for c in doc._.claims or [] if c.sent == q.sent]
            sent = sents[q.sent]
            text = sent.text.strip()
            start = text_of(doc).index(text, sent.start_char)
            claim = None
            if sent_claims:
                c0 = sent_claims[0]
                claim = next((k for k, c in enumerate(ev.claims) if c.claimant.name == c0.claimant), None)
                if claim is None:  # "Officials in the Moscow region said no one had been hurt": they say so
                    ev.claims.append(Claim(Claimant(c0.claimant, c0.claimant_kind, c0.claimant_country), c0.verb_text,
                                           c0.channel, c0.stance, ev.articles[0], start, start + len(text), text))
                    claim = len(ev.claims) - 1
            ev.quantities.append(Quantity(q.item, q.role, q.value, q.qualifier, q.text, claim))
            if all(e.start != start for e in ev.evidence):
                ev.evidence.append(Span(ev.articles[0], start, start + len(text), text))
    return events


def _scene(doc: Doc, sent: int) -> PlaceMention | None:
    """The place a sentence tells of, if it names one below country level that is not a speaker's."""
    from sitrep.nlp.events.where import is_reference_point

    speakers = [c.subject_tokens for c in doc._.claims or [] if c.sent == sent]
    for p in doc._.places or []:
        if p.sent == sent and not p.metonymic and p.place.precision != "country" and not is_reference_point(doc, p) \
                and not any(s <= p.tok_start < e for s, e in speakers):
            return p
    return None


def _spawn(doc: Doc, like: Event, where: PlaceMention, sent_i: int, events: list[Event],
           spawned: dict[int, Event]) -> Event:
    """A record at ``where`` for the attack ``like`` tells of, from sentence ``sent_i``."""
    sent = sentences(doc)[sent_i]
    text = sent.text.strip()
    start = text_of(doc).index(text, sent.start_char)
    article = like.articles[0]
    claims = [Claim(Claimant(c.claimant, c.claimant_kind, c.claimant_country), c.verb_text, c.channel, c.stance,
                    article, start, start + len(text), text) for c in doc._.claims or [] if c.sent == sent_i]
    pl = where.place
    loc = Location(pl.name, pl.country, pl.admin1, pl.lat, pl.lon, pl.precision, where.text, pl.geonameid)
    actors = [Actor(a.role, a.name, a.country, a.kind, None) for a in like.actors]
    ev = Event(type=like.type, status=like.status, date=like.date, location=loc, actors=actors, claims=claims,
               evidence=[Span(article, start, start + len(text), text)], articles=[article],
               confidence=like.confidence)
    ev.sent = sent_i  # type: ignore[attr-defined]
    ev.sents = {sent_i}  # type: ignore[attr-defined]
    events.append(ev)
    spawned[sent_i] = ev
    return ev


def _fold_vague_into_next(events: list[Event], paragraphs: list[int]) -> None:
    """"Fighting continued on the ground." followed by "Clashes near Sake killed eight": a sentence with no
    place, count or speaker of its own introduces the event the paragraph goes on to tell."""
    for ev in list(events):
        if not getattr(ev, "inferred_place", False) or ev.quantities or ev.claims or family(ev.type) != "attack":
            continue
        sent = getattr(ev, "sent", 0)
        nxt = next((o for o in events if o is not ev and family(o.type) == "attack"
                    and getattr(o, "sent", 0) > sent and paragraphs[getattr(o, "sent", 0)] == paragraphs[sent]
                    and o.location and ev.location and o.location.country == ev.location.country), None)
        if nxt is not None:
            absorb(nxt, ev)
            nxt.type = nxt.type if nxt.type != "attack" else ev.type
            events.remove(ev)


def same_claimant(a: str, b: str) -> bool:
    """"regional governor Anton Sukharev" and, later, "Sukharev": one speaker."""
    a, b = a.lower(), b.lower()
    return a == b or (len(b) > 3 and b in a) or (len(a) > 3 and a in b)


def _shares_words(a: str, b: str) -> bool:
    stop = {"the", "a", "an", "of", "in", "for", "’s", "'s"}
    words = {w.strip("’'s") for w in b.lower().replace("’s", "").replace("'s", "").split()} - stop
    have = {w.strip("’'s") for w in a.lower().replace("’s", "").replace("'s", "").split()} - stop
    return bool({w for w in words if len(w) > 2} & have)


def _denials_as_claims(events: list[Event]) -> None:
    """A denial of what someone said is kept twice: as its own record and as a claim that denies on the
    event it denies: the event of the latest statement before it that another party made."""
    for den in events:
        if not getattr(den, "denies_claim", False) or not den.claims:
            continue
        mine = den.claims[0]
        claims = [c for ev in events for c in ev.claims]
        # "Sukharev denied ...": his side is the one his full title named before
        side = mine.claimant.country or next((c.claimant.country for c in claims if c.claimant.country
                                              and same_claimant(c.claimant.name, mine.claimant.name)), None)
        # a governor of no named country speaks for the place his earlier words were about
        side = side or next((ev.location.country for ev in events if ev is not den and ev.location and any(
            same_claimant(c.claimant.name, mine.claimant.name) for c in ev.claims)), None)
        said = [(c.start, ev) for ev in events if ev is not den and family(ev.type) != "statement"
                for c in ev.claims if c.start < mine.start and c.stance == "asserts"
                and c.claimant.country and side and c.claimant.country != side]
        source = getattr(den, "denied_source", None)
        if source:  # "dismissed the Ukrainian air force's figures": that speaker's claim, or none
            said = [(s, ev) for s, ev in said for c in ev.claims if c.start == s and _shares_words(c.claimant.name,
                                                                                                 source)]
        if not said:
            continue
        latest = max(s for s, _ in said)
        for start, ev in said:
            if start == latest and all(c.start != mine.start for c in ev.claims):
                ev.claims.append(Claim(mine.claimant, mine.verb, mine.channel, "denies", mine.article,
                                       mine.start, mine.end, mine.text))


def generic_claimant(name: str, generic: set[str]) -> bool:
    """"Ukrainian officials", "authorities": a speaker no one in particular is (not "officials in the Moscow
    region", not "the regional administration")."""
    words = name.replace("’s", "").replace("'s", "").split()
    return 0 < len(words) <= 3 and words[-1].lower() in generic and all(w[:1].isupper() for w in words[:-1])


def drop_generic_lede_claims(events: list[Event], lede_end: int, generic: set[str]) -> None:
    """The lede's "officials said" sums the report up; once a record has the words of a named speaker from
    the body, the lede's vague attribution is not a claim of its own."""
    for ev in events:
        named = [c for c in ev.claims if c.start >= lede_end and not generic_claimant(c.claimant.name, generic)]
        if not named:
            continue
        keep = [k for k, c in enumerate(ev.claims)
                if c.start >= lede_end or not generic_claimant(c.claimant.name, generic)]
        index = {old: new for new, old in enumerate(keep)}
        ev.claims = [ev.claims[k] for k in keep]
        for q in ev.quantities:
            q.claim = index.get(q.claim) if q.claim is not None else None


def paragraph_index(doc: Doc) -> list[int]:
    """The paragraph of each sentence (paragraphs are split by blank lines)."""
    out: list[int] = []
    par, prev_end = 0, 0
    for s in sentences(doc):
        if out and "\n\n" in text_of(doc)[prev_end:s.start_char + 1]:
            par += 1
        out.append(par)
        prev_end = s.start_char + len(s.text.rstrip())
    return out


def merge(events: list[Event], paragraphs: list[int]) -> list[Event]:
    out: list[Event] = []
    for ev in events:
        target = None
        if getattr(ev, "anaphoric", False) and not ev.quantities:
            target = next((o for o in reversed(out) if family(o.type) == family(ev.type)
                           and (o.type == ev.type or family(ev.type) == "attack")), None)
            if target is not None and family(ev.type) == "attack" and ev.location is not None \
                    and target.location is not None and not _same_place(target, ev):
                target = None if ev.location.precision != "country" else target
        if target is None and getattr(ev, "inferred_place", False):
            target = next((o for o in out if _compatible_types(o, ev) and _same_place(o, ev)
                           and _same_status(o, ev) and _windows_overlap(o, ev, 1) and not _told_apart(o, ev)), None)
        if target is None and getattr(ev, "inferred_place", False):
            # no place named: the last event of this type in that country, told in an earlier sentence
            target = next((o for o in reversed(out) if _compatible_types(o, ev) and o.location and ev.location
                           and o.location.country == ev.location.country and _same_status(o, ev)
                           and not (_wave_total(ev) and o.location.precision != "country")
                           and getattr(o, "sent", -1) < getattr(ev, "sent", 0)
                           and _windows_overlap(o, ev, 1) and not _told_apart(o, ev) and not _conflicting(o, ev)), None)
        if target is None:
            slack = 0 if family(ev.type) == "attack" else 1
            target = next((o for o in out if _compatible_types(o, ev) and _same_place(o, ev)
                           and _same_status(o, ev) and _same_speaker(o, ev) and _windows_overlap(o, ev, slack)
                           and not _told_apart(o, ev)),
                          None)
        if target is None:
            out.append(ev)
        else:
            absorb(target, ev)
    _denials_as_claims(out)
    _fold_vague_into_next(out, paragraphs)
    # a broad record whose counts all come back in a specific one is that event, told twice
    for broad in list(out):
        lede_only = all(paragraphs[k] == 0 for k in getattr(broad, "sents", {0}))
        if not broad.quantities and not lede_only:
            continue  # a summary is only a summary in the lede
        specific = next((o for o in out if o is not broad and _retold(broad, o, lede_only)), None)
        if specific is not None:
            if broad.location is not None and broad.location.precision == "country":
                broad.claims = []  # a lede's "officials said" speaks for the summary, not for each place
                broad.quantities = []
            absorb(specific, broad)
            out.remove(broad)
    return out

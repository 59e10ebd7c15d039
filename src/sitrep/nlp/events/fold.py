"""Within one report: fold the retellings of one event into one record.

Reports tell an event several times (the lede, the figures, the damage, "the attack"). Two
records of a report are one event when they are of one type (or one attack wave whose
weapons differ), at one place, in overlapping date windows; a definite mention ("the
attack", "the prisoner swap") with nothing of its own joins the event it refers back to.
Counts in sentences without a trigger ("Nobody was hurt.") join the event told
just before them in the same paragraph.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc

from sitrep.lexicon.words import EventWords
from sitrep.merge.rules import (
    FoldConfig,
    distance_km,
    retold,
    same_named_location,
    types_fold_together,
    wave_total,
)
from sitrep.merge.rules import counts_conflict as _conflicting
from sitrep.merge.rules import same_named_place as _same_place
from sitrep.merge.rules import same_speaker as _same_speaker
from sitrep.merge.rules import same_status as _same_status
from sitrep.merge.rules import told_apart as _told_apart
from sitrep.merge.rules import windows_overlap as _windows_overlap
from sitrep.nlp.events.draft import DraftEvent, claim_of, sentence_span
from sitrep.nlp.events.where import is_reference_point
from sitrep.nlp.mentions import ClaimMention, PlaceMention, QuantityMention, sentences, text_of
from sitrep.records import Actor, Claim, Claimant, Event, Location, Quantity, Span, family

# The "same event?" rules are sitrep.merge.rules, shared with merging across reports; the fold's
# steps call them by these names, the thresholds being the [fold] table of data/merge.toml.
FOLD = FoldConfig.load()


def _compatible_types(a: Event, b: Event) -> bool:
    """``sitrep.merge.rules.types_fold_together``."""
    return types_fold_together(a, b, FOLD)


def _retold(broad: Event, specific: Event, lede_only: bool) -> bool:
    """``sitrep.merge.rules.retold``."""
    return retold(broad, specific, lede_only, FOLD)


def _wave_total(ev: Event) -> bool:
    """``sitrep.merge.rules.wave_total``."""
    return wave_total(ev, FOLD)


STATUS_STRENGTH = {"agreed": 3, "cancelled": 3, "rejected": 3, "proposed": 2, "planned": 1, "ongoing": 1, "occurred": 0}
CASUALTY_ROLES = ("killed", "injured", "missing")
PEOPLE_TOTAL_ROLES = CASUALTY_ROLES + ("detained",)  # people whose figure told twice is a part and its whole

# the families of event a count of each role can belong to ("killed": an attack's, a protest's, a crisis's, or
# the fighting's of a capture: "militants took the town after heavy fighting. 6 fatalities")
ROLE_FAMILIES = {
    "killed": {"attack", "protest", "humanitarian", "territory"}, "injured": {"attack", "protest", "territory"},
    "missing": {"attack"}, "launched": {"attack"}, "intercepted": {"attack"}, "fired": {"attack"},
    "hit": {"attack"}, "destroyed": {"attack"}, "damaged": {"attack"},
    "evacuated": {"humanitarian"}, "displaced": {"humanitarian"},
    "delayed": {"disruption"}, "cancelled": {"disruption"},
    "detained": {"arrest", "protest"}, "exchanged": {"prisoners"}, "released": {"prisoners", "arrest"},
    "returned": {"prisoners"},
}
# fighters taken in a battle are the battle's count ("rebels captured 45 soldiers when they stormed a base"); a
# count of the held of any other item is an arrest's, never a shooting's
BATTLE_HELD = ("soldier", "detained")
BATTLE_FAMILIES = {"attack", "territory"}


def families_of(q: QuantityMention) -> set[str]:
    """The families of event a count can belong to: by its role, and a battle's for fighters taken."""
    fits = ROLE_FAMILIES.get(q.role, set())
    return fits | BATTLE_FAMILIES if (q.item, q.role) == BATTLE_HELD else fits


# -- one record absorbs another ----------------------------------------------------------------

def absorb(into: DraftEvent, other: DraftEvent) -> None:
    """Add ``other``'s evidence, claims, counts, damage and actors to ``into``."""
    a, b = into.event, other.event
    _take_the_stronger_type_and_status(a, b)
    _add_evidence(a, b)
    claim_index = _add_claims(a, b)
    _add_counts(a, b, claim_index)
    _add_damage(a, b)
    _add_actors(a, b)
    _fill_date_and_place(a, b)
    if _names_the_place_within(into, other):
        a.location = b.location
    a.confidence = max(a.confidence, b.confidence)
    into.sents = into.sents | other.sents
    named = [] if other.inferred_place else [b.location]  # a place given for want of one is not a telling's
    into.told_at.extend(loc for loc in [*named, *other.told_at] if loc is not None and loc != a.location)


def _names_the_place_within(into: DraftEvent, other: DraftEvent) -> bool:
    """"Two were stabbed at a station in Ruritania, police said. The attack happened at the station in Eastbrook":
    a retelling ("the attack", or the same sentence) that names a town inside the place the record has gives the
    act its narrower place."""
    a, b = into.event.location, other.event.location
    retells = other.anaphoric or other.sent in into.sents
    return retells and not other.inferred_place and a is not None and b is not None and holds(a, b)


def _take_the_stronger_type_and_status(into: Event, other: Event) -> None:
    """"Drones and a missile hit the plant" is a missile attack; a march that turned violent is a riot; talks
    told as planned and then as agreed are agreed."""
    if family(into.type) == "attack" and "attack.missile" in (into.type, other.type):
        into.type = "attack.missile"
    if "protest.riot" in (into.type, other.type):
        into.type = "protest.riot"
    if family(into.type) in ("prisoners", "diplomacy") and \
            STATUS_STRENGTH.get(other.status, 0) > STATUS_STRENGTH.get(into.status, 0):
        into.status = other.status


def _add_evidence(into: Event, other: Event) -> None:
    """The sentences ``other`` was told in, once each."""
    for e in other.evidence:
        if all((e.start, e.end) != (x.start, x.end) for x in into.evidence):
            into.evidence.append(e)


def _add_claims(into: Event, other: Event) -> dict[int, int]:
    """``other``'s claims ``into`` lacks; returns where each of ``other``'s claims now is in ``into``. A claimant
    the record has already, saying the same way, is one voice ("Army says it killed 20 rebels" over "the army
    said its troops killed 20 rebels"): its first claim stands for both, the other sentence being evidence."""
    claim_index: dict[int, int] = {}
    for k, c in enumerate(other.claims):
        j = next((j for j, x in enumerate(into.claims)
                  if x.claimant.name.lower() == c.claimant.name.lower() and x.stance == c.stance), None)
        if j is None:
            into.claims.append(c)
            j = len(into.claims) - 1
        claim_index[k] = j
    return claim_index


def _add_counts(into: Event, other: Event, claim_index: dict[int, int]) -> None:
    """A new count, or two sources with two figures ("the mayor said four, the army two"): each keeps its claim;
    one event's figure told twice with no two sources for it: the larger (``_the_larger_total``)."""
    have = {(q.item, q.role): q for q in into.quantities}
    for q in other.quantities:
        prior = have.get((q.item, q.role))
        claim = claim_index.get(q.claim) if q.claim is not None else None
        if prior is not None and prior.value == q.value:
            continue
        count = Quantity(q.item, q.role, q.value, q.qualifier, q.text, claim)
        if prior is None or _two_voices(into, prior, count):
            into.quantities.append(count)
        elif _the_larger_total(prior, count):
            into.quantities[into.quantities.index(prior)] = count
            have[(q.item, q.role)] = count


def _two_voices(into: Event, prior: Quantity, new: Quantity) -> bool:
    """"The mayor said four were killed; the army said two": each figure told by a claimant of its own (``into``'s
    claims already hold ``other``'s: a figure told by no one beside one a source gave is one voice)."""
    if prior.claim is None or new.claim is None or prior.claim == new.claim:
        return False
    return into.claims[prior.claim].claimant.name != into.claims[new.claim].claimant.name


def _the_larger_total(prior: Quantity, new: Quantity) -> bool:
    """"Police arrested 3 men at the gate. ... In all 31 people were arrested", "two were killed ... the toll rose
    to five": one event's two figures of the same people are a part told first and the whole, or a toll that
    rose; the larger is the event's own (a part is never more than its whole). Only people struck or held: two
    figures of strikes or things hit are of two places or two waves ("three strikes near the ford, five on the
    hills"), not a part and its whole."""
    return new.role in PEOPLE_TOTAL_ROLES and new.value > prior.value


def _add_damage(into: Event, other: Event) -> None:
    for d in other.damage:
        if all(d.object != x.object for x in into.damage):
            into.damage.append(d)


def _add_actors(into: Event, other: Event) -> None:
    """Every side ``other`` gives in a role ``into`` has no one in: "Talks collapsed." then "the talks between
    Chile and Peru" gives both parties, not the first alone."""
    filled = {a.role for a in into.actors}
    for a in other.actors:
        if a.role not in filled and not any((x.role, x.country) == (a.role, a.country) for x in into.actors):
            into.actors.append(a)


def _fill_date_and_place(into: Event, other: Event) -> None:
    """A date the report names, and a place, when ``into`` has none; not a year the day of publication is
    in ("a car bomb killed 13 ... a series of bombings in 2016" is still the day of the report); a
    narrower day the report names for it inside the window it has, or near the week it has."""
    named = into.date.text is None and other.date.text is not None and not _a_year_around(other, into)
    if named or _the_narrower_day(into, other) or _the_day_near_a_week(into, other):
        into.date = other.date
    if into.location is None and other.location is not None:
        into.location = other.location


def _the_narrower_day(into: Event, other: Event) -> bool:
    """"Gunmen attacked the market this weekend. ... On Saturday the group claimed the attack": one event
    told with two windows, one inside the other, happened in the narrower one (Saturday, not the weekend;
    "on Monday", not "overnight" into Monday). Both must be words of the report."""
    a, b = into.date, other.date
    if a.text is None or b.text is None or None in (a.start, a.end, b.start, b.end):
        return False
    return str(a.start) <= str(b.start) and str(b.end) <= str(a.end) and (a.start, a.end) != (b.start, b.end)


def _the_day_near_a_week(into: Event, other: Event) -> bool:
    """"A shooting last week" and "shot May 10": the report's day for the act, near the week it gave it
    (``the_day_of_a_vague_week``), is when it happened."""
    return into.date.precision == "week" and other.date.text is not None and _a_week_and_its_day(into, other)


def _a_year_around(wide: Event, day: Event) -> bool:
    """Is ``wide`` dated by a year only, the year ``day``'s date is in?"""
    w, d = wide.date, day.date
    return w.precision == "year" and None not in (w.start, w.end, d.start) \
        and str(w.start) <= str(d.start) <= str(w.end)


# -- counts told without a trigger ---------------------------------------------------------------

def attach_orphan_quantities(doc: Doc, drafts: list[DraftEvent], used: set[int],
                             words: EventWords) -> list[DraftEvent]:
    """"No one was hurt." after "A drone hit a barn.": a casualty count in a sentence with no event of its own
    joins the event told just before it in the paragraph."""
    pars = paragraph_index(doc)
    spawned: dict[int, DraftEvent] = {}
    for q in doc._.quantities or []:
        if not _orphan(q, used) or _in_a_running_total(doc, q, words):
            continue
        told = _told_just_before(q, drafts, pars)
        if not told:
            continue
        for draft in _records_for_the_count(doc, q, told, drafts, spawned, words):
            _add_orphan_count(doc, draft.event, q)
    return drafts


def _orphan(q: QuantityMention, used: set[int]) -> bool:
    """A count no event took that is a casualty count, or a zero: "two were killed", "no arrests were made"."""
    return id(q) not in used and (q.value == 0 or q.role in CASUALTY_ROLES)


def _in_a_running_total(doc: Doc, q: QuantityMention, words: EventWords) -> bool:
    """"Forty have been killed since the spring": a running total or background, not this event's count."""
    sent_text = sentences(doc)[q.sent].text.lower()
    return any(w in sent_text for w in words.running_total_markers)


def _told_just_before(q: QuantityMention, drafts: list[DraftEvent], pars: list[int]) -> list[DraftEvent]:
    """The records of the latest of the two sentences before the count, in its paragraph, that it fits;
    "no arrests in either city": all of them."""
    fits = families_of(q)
    before = [d for d in drafts if d.sent in (q.sent - 1, q.sent - 2)
              and pars[d.sent] == pars[q.sent] and family(d.event.type) in fits]
    if not before:
        return _told_just_after(q, drafts, pars, fits)
    last = max(d.sent for d in before)
    return [d for d in before if d.sent == last]


def _told_just_after(q: QuantityMention, drafts: list[DraftEvent], pars: list[int],
                     fits: set[str]) -> list[DraftEvent]:
    """"Thirteen soldiers have been killed, officials say. The blast destroyed a bus ...": a lede's count with
    no event told before it in the paragraph is of the event the next sentence tells."""
    if any(d.sent < q.sent and pars[d.sent] == pars[q.sent] for d in drafts):
        return []
    return [d for d in drafts if d.sent == q.sent + 1 and pars[d.sent] == pars[q.sent]
            and family(d.event.type) in fits]


def _records_for_the_count(doc: Doc, q: QuantityMention, told: list[DraftEvent], drafts: list[DraftEvent],
                           spawned: dict[int, DraftEvent], words: EventWords) -> list[DraftEvent]:
    """"Officials in the lake region said no one was hurt": the record of the place the count's sentence names.

    "In one town, a drone hit a barn ... Two were killed in the hill region": the same kind of attack at
    another place is that place's record.
    """
    named = {p.place.admin1 or p.place.country for p in doc._.places or [] if p.sent == q.sent}
    if not named:
        return told
    here = [d for d in told if d.event.location and (d.event.location.admin1 or d.event.location.country) in named]
    elsewhere = _scene(doc, q.sent, words) if not here else None
    if elsewhere is not None and family(told[0].event.type) == "attack" and q.value != 0:
        return [spawned.get(q.sent) or _spawn(doc, told[0], elsewhere, q.sent, drafts, spawned)]
    return here or told


def _add_orphan_count(doc: Doc, ev: Event, q: QuantityMention) -> None:
    """The count, its sentence as evidence and, when someone says it, their claim; an update ("the toll
    later rose to five") replaces the figure told before it."""
    told = [x for x in ev.quantities if (x.item, x.role) == (q.item, q.role)]
    said = count_speaker(doc, q)
    if told and not q.update and not _another_voice(ev, told, q, said):
        return
    span = sentence_span(doc, q.sent, ev.articles[0])
    if told and q.update:
        told[-1].value, told[-1].qualifier, told[-1].text = q.value, q.qualifier, q.text
    else:
        claim = _speakers_claim(ev, said, span) if said is not None else None
        ev.quantities.append(Quantity(q.item, q.role, q.value, q.qualifier, q.text, claim))
    if all(e.start != span.start for e in ev.evidence):
        ev.evidence.append(span)


def count_speaker(doc: Doc, q: QuantityMention) -> ClaimMention | None:
    """"The governor said 14 were killed, but the agency cited the army as saying 12 died": the speaker whose words
    hold the figure (the claim whose verb the figure hangs under), else the sentence's first speaker."""
    sent_claims = [c for c in doc._.claims or [] if c.sent == q.sent]
    tok = doc[q.tok_start]
    under = [c for c in sent_claims if c.subject_tokens != (0, 0) and doc[c.verb].is_ancestor(tok)]
    return max(under, key=lambda c: c.verb, default=None) or next(iter(sent_claims), None)


def _another_voice(ev: Event, told: list[Quantity], q: QuantityMention, said: ClaimMention | None) -> bool:
    """"The ministry said 14 rebels were killed; the army said 12 died": another speaker's different figure for
    the same count is kept beside the first, each with its claim (claims are kept, not judged)."""
    if said is None or any(x.value == q.value for x in told):
        return False
    voices = {ev.claims[x.claim].claimant.name if x.claim is not None else None for x in told}
    return None not in voices and said.claimant not in voices


def _speakers_claim(ev: Event, said: ClaimMention, span: Span) -> int:
    """The index of the speaker's claim on ``ev``; "Officials in the lake region said no one had been hurt": a
    speaker new to the record brings their claim."""
    claim = next((k for k, c in enumerate(ev.claims) if c.claimant.name == said.claimant), None)
    if claim is None:
        ev.claims.append(claim_of(said, span))
        claim = len(ev.claims) - 1
    return claim


def _scene(doc: Doc, sent: int, words: EventWords) -> PlaceMention | None:
    """The place a sentence tells of, if it names one below country level that is not a speaker's."""
    speakers = [c.subject_tokens for c in doc._.claims or [] if c.sent == sent]
    for p in doc._.places or []:
        if p.sent == sent and not p.metonymic and p.place.precision != "country" \
                and not is_reference_point(doc, p, words) and not any(s <= p.tok_start < e for s, e in speakers):
            return p
    return None


def _spawn(doc: Doc, like: DraftEvent, where: PlaceMention, sent_i: int, drafts: list[DraftEvent],
           spawned: dict[int, DraftEvent]) -> DraftEvent:
    """A record at ``where`` for the attack ``like`` tells of, from sentence ``sent_i``."""
    model = like.event
    span = sentence_span(doc, sent_i, model.articles[0])
    claims = [claim_of(c, span) for c in doc._.claims or [] if c.sent == sent_i]
    pl = where.place
    loc = Location(pl.name, pl.country, pl.admin1, pl.lat, pl.lon, pl.precision, where.text, pl.geonameid)
    actors = [Actor(a.role, a.name, a.country, a.kind, None) for a in model.actors]
    ev = Event(type=model.type, status=model.status, date=model.date, location=loc, actors=actors, claims=claims,
               evidence=[span], articles=[span.article], confidence=model.confidence)
    draft = DraftEvent.told_in(ev, sent_i)
    drafts.append(draft)
    spawned[sent_i] = draft
    return draft


def _fold_vague_into_next(drafts: list[DraftEvent], paragraphs: list[int]) -> None:
    """"Fighting went on in the hills." followed by "Clashes near the ford killed six": a sentence with no
    place, count or speaker of its own introduces the event the paragraph goes on to tell (not one the text
    dates apart from it)."""
    for d in list(drafts):
        ev = d.event
        if not d.inferred_place or ev.quantities or ev.claims or family(ev.type) != "attack":
            continue
        nxt = next((o for o in drafts if o is not d and family(o.event.type) == "attack"
                    and o.sent > d.sent and paragraphs[o.sent] == paragraphs[d.sent]
                    and o.event.location and ev.location and o.event.location.country == ev.location.country
                    and not _dated_apart(o.event, ev)), None)
        if nxt is not None:
            absorb(nxt, d)
            nxt.event.type = nxt.event.type if nxt.event.type != "attack" else ev.type
            drafts.remove(d)


def _dated_apart(a: Event, b: Event) -> bool:
    """"On 5 November marines began an assault ... Then on 10 November troops attacked": two attacks the text
    dates itself, on days apart, are two events, however vague the first."""
    def dated_itself(ev: Event) -> bool:  # by words of its own sentence, not a day the narrative carried over
        said = ev.date.text
        return said is not None and any(said in (e.text or "") for e in ev.evidence)
    return dated_itself(a) and dated_itself(b) and not _windows_overlap(a, b, 0)


def same_claimant(a: str, b: str) -> bool:
    """"regional governor Ivan Petrenko" and, later, "Petrenko": one speaker."""
    a, b = a.lower(), b.lower()
    return a == b or (len(b) > 3 and b in a) or (len(a) > 3 and a in b)


def _shares_words(a: str, b: str, stop: Collection[str]) -> bool:
    words = {w.strip("’'s") for w in b.lower().replace("’s", "").replace("'s", "").split()} - set(stop)
    have = {w.strip("’'s") for w in a.lower().replace("’s", "").replace("'s", "").split()} - set(stop)
    return bool({w for w in words if len(w) > 2} & have)


def _denials_as_claims(drafts: list[DraftEvent], words: EventWords) -> None:
    """A denial of what someone said is kept twice: as its own record and as a claim that denies on the
    event it denies: the event of the latest statement before it that another party made."""
    for den in drafts:
        if not den.denies_claim or not den.event.claims:
            continue
        mine = den.event.claims[0]
        said = _statements_denied(den, drafts, _denier_side(den, drafts), words)
        if not said:
            continue
        latest = max(s for s, _ in said)
        for start, ev in said:
            if start == latest and all(c.start != mine.start for c in ev.claims):
                ev.claims.append(Claim(mine.claimant, mine.verb, mine.channel, "denies", mine.article,
                                       mine.start, mine.end, mine.text))


def _denier_side(den: DraftEvent, drafts: list[DraftEvent]) -> str | None:
    """The country a denier speaks for: "Governor Ivan Petrenko ... Petrenko denied": the side his full title
    named before; a governor of no named country speaks for the place his earlier words were about."""
    mine = den.event.claims[0]
    claims = [c for d in drafts for c in d.event.claims]
    side = mine.claimant.country or next((c.claimant.country for c in claims if c.claimant.country
                                          and same_claimant(c.claimant.name, mine.claimant.name)), None)
    return side or next((d.event.location.country for d in drafts if d is not den and d.event.location and any(
        same_claimant(c.claimant.name, mine.claimant.name) for c in d.event.claims)), None)


def _statements_denied(den: DraftEvent, drafts: list[DraftEvent], side: str | None,
                       words: EventWords) -> list[tuple[int, Event]]:
    """The other side's assertions told before the denial, as (start, record); "dismissed the agency's figures":
    that speaker's, or none."""
    mine = den.event.claims[0]
    said = [(c.start, d.event) for d in drafts if d is not den and family(d.event.type) != "statement"
            for c in d.event.claims if c.start < mine.start and c.stance == "asserts"
            and _another_side(c.claimant, mine.claimant, side)]
    source = den.denied_source
    if source:
        said = [(s, ev) for s, ev in said for c in ev.claims
                if c.start == s and _shares_words(c.claimant.name, source, words.name_stopwords)]
    return said


def _another_side(speaker: Claimant, denier: Claimant, side: str | None) -> bool:
    """Does ``speaker`` speak for another side than the denier: another country ("Ruritania said ...; Osterlich
    denied the claim"); or, where neither is known to speak for a country ("The rebels said they downed a
    helicopter. The army denied the claim."), another speaker by name?"""
    if speaker.country and side:
        return speaker.country != side
    return not speaker.country and not side and not same_claimant(speaker.name, denier.name)


def generic_claimant(name: str, generic: Collection[str]) -> bool:
    """"Ruritanian officials", "authorities": a speaker no one in particular is (not "officials in the lake
    region", not "the regional administration")."""
    words = name.replace("’s", "").replace("'s", "").split()
    return 0 < len(words) <= 3 and words[-1].lower() in generic and all(w[:1].isupper() for w in words[:-1])


def drop_generic_lede_claims(events: list[Event], lede_end: int, generic: Collection[str]) -> None:
    """The lede's "officials said" sums the report up; once a record has the words of a named speaker from
    the body, the lede's vague attribution is not a claim of its own."""
    for ev in events:
        named = [c for c in ev.claims if c.start >= lede_end and not generic_claimant(c.claimant.name, generic)]
        if not named:
            continue
        _keep_claims(ev, [k for k, c in enumerate(ev.claims)
                          if c.start >= lede_end or not generic_claimant(c.claimant.name, generic)])


def drop_body_beside_its_officer(events: list[Event], bodies: Collection[str], ranks: Collection[str]) -> None:
    """"A man was shot, police said. ... said Capt. Ana Ruiz": a body that speaks through officers of a rank
    and an officer of such a rank in one record are one voice, the officer's: the bare body is dropped."""
    for ev in events:
        if not any(c.claimant.name.split()[0].lower() in ranks for c in ev.claims if c.claimant.name):
            continue
        _keep_claims(ev, [k for k, c in enumerate(ev.claims) if not generic_claimant(c.claimant.name, bodies)])


def drop_state_beside_its_body(events: list[Event]) -> None:
    """"Russia said its forces took the village ... Russia's Defence Ministry said ...": a state speaking by its bare
    name and a body or officer of that state in one record are one voice, the body's: the bare state is dropped."""
    for ev in events:
        spoken = {c.claimant.country for c in ev.claims if c.claimant.kind != "state" and c.claimant.country}
        if any(c.claimant.kind == "state" and c.claimant.country in spoken for c in ev.claims):
            _keep_claims(ev, [k for k, c in enumerate(ev.claims)
                              if not (c.claimant.kind == "state" and c.claimant.country in spoken)])


def one_name_per_speaker(events: list[Event]) -> None:
    """"Officials said ... Turkish officials say ...": a speaker a record names twice, once in fewer words than
    the other, is one voice: each of its claims keeps its words and takes the fuller name ("Turkish officials";
    "Capt. Ana Ruiz", not "Ruiz"), as "he said" takes the name told before."""
    for ev in events:
        for c in ev.claims:
            fuller = max((o.claimant for o in ev.claims if _fuller(o.claimant.name, c.claimant.name)),
                         key=lambda o: len(o.name), default=None)
            if fuller is not None:
                c.claimant = fuller


def _fuller(other: str, name: str) -> bool:
    """Is ``other`` a fuller name of the speaker ``name`` names ("Turkish officials" of "officials")?"""
    return len(other) > len(name) and f" {name.lower()} " in f" {other.lower()} "


def _keep_claims(ev: Event, keep: list[int]) -> None:
    """Keep the claims at ``keep``; a count's claim follows its claim, or is none when that one goes."""
    index = {old: new for new, old in enumerate(keep)}
    ev.claims = [ev.claims[k] for k in keep]
    for q in ev.quantities:
        q.claim = index.get(q.claim) if q.claim is not None else None


def paragraph_index(doc: Doc) -> list[int]:
    """The paragraph of each sentence (paragraphs are split by blank lines)."""
    cached = doc.user_data.get("sitrep.paragraph_index")
    if cached is not None:
        return list(cached)
    text = text_of(doc)
    out: list[int] = []
    par, prev_end = 0, 0
    for s in sentences(doc):
        if out and "\n\n" in text[prev_end:s.start_char + 1]:
            par += 1
        out.append(par)
        prev_end = s.start_char + len(text[s.start_char:s.end_char].rstrip())
    doc.user_data["sitrep.paragraph_index"] = out
    return list(out)


def merge(drafts: list[DraftEvent], paragraphs: list[int], words: EventWords) -> list[DraftEvent]:
    """The report's records with every retelling folded into the record it retells."""
    out: list[DraftEvent] = []
    for d in drafts:
        target = fold_target(d, out)
        if target is None:
            out.append(d)
        else:
            absorb(target, d)
    _denials_as_claims(out, words)
    _fold_vague_into_next(out, paragraphs)
    _fold_summaries_into_retellings(out, paragraphs)
    _fold_openings_into_the_body(out, paragraphs)
    return out


def fold_target(d: DraftEvent, out: list[DraftEvent]) -> DraftEvent | None:
    """The record ``d`` retells, by the first rule that finds one; None when it is an event of its own, or when
    its sentence says it tells another ("Separately, troops killed three rebels": ``DraftEvent.told_apart``),
    than any its own sentence told ("Separately, shelling killed a man": the shelling and the killing are one)."""
    if d.told_apart:
        out = [o for o in out if d.sent in o.sents]
    for rule in FOLD_RULES:
        target = rule(d, out)
        if target is not None:
            return target
    return None


def the_event_referred_back_to(d: DraftEvent, out: list[DraftEvent]) -> DraftEvent | None:
    """"A drone hit the depot. ... The attack started a fire": a definite mention with no count of its own
    is the latest event of its kind; an attack at another place below country level is not, unless that
    place is only the one it was given for want of its own (the dateline's town: "KYIV - A missile hit a
    school in Kharkiv. ... 'This strike was aimed at children,' the mayor said"); one whose doer is named is
    the latest of that doer's acts ("Gunmen stormed a post. Jets struck them. The Front claimed the attack")."""
    ev = d.event
    if not d.anaphoric or ev.quantities:
        return None
    told_last_first = sorted(out, key=lambda o: max(o.sents), reverse=True)  # the one told latest, not made latest
    kin = [o for o in told_last_first if family(o.event.type) == family(ev.type)
           and (o.event.type == ev.type or family(ev.type) == "attack")]
    doers = _named_doers(ev)
    target = next((o for o in kin if doers & _named_doers(o.event)), kin[0] if kin else None)
    if target is not None and family(ev.type) == "attack" and ev.location is not None \
            and target.event.location is not None and not _same_place(target.event, ev) \
            and ev.location.precision != "country" and not d.inferred_place \
            and not _a_place_of_its_act(target.event, ev.location):
        return None
    return target


def _named_doers(ev: Event) -> set[str]:
    """The initiators a record names that are no state: "the Lakeby Front claimed the attack" refers back to
    the latest attack the Front did, not to the strikes on it told since."""
    return {a.name.lower() for a in ev.actors if a.role == "initiator" and a.kind != "state" and a.name != a.country}


def _a_place_of_its_act(told: Event, place: Location) -> bool:
    """Is ``place`` inside the place of the act ``told``, not one place hit by a wave ``told`` counts as a whole
    ("Russia launched 128 drones at Ukraine. Among the targets was the Eastbrook region")?"""
    return told.location is not None and holds(told.location, place) and not _wave_total(told)


def the_same_event_at_its_inferred_place(d: DraftEvent, out: list[DraftEvent]) -> DraftEvent | None:
    """"Shelling killed two, the army said." with no place named: an event of that kind already at the
    country the clause was placed in."""
    ev = d.event
    if not d.inferred_place:
        return None
    return next((o for o in out if _compatible_types(o.event, ev) and _same_place(o.event, ev)
                 and _same_status(o.event, ev) and _windows_overlap(o.event, ev, FOLD.inferred_place_slack_days)
                 and not _told_apart(o.event, ev)), None)


def the_last_event_in_that_country(d: DraftEvent, out: list[DraftEvent]) -> DraftEvent | None:
    """"Rockets hit a village near the border. ... Two more were wounded, the army said.": no place named, the
    last event of this type in that country, told in an earlier sentence."""
    ev = d.event
    if not d.inferred_place:
        return None
    return next((o for o in reversed(out) if _compatible_types(o.event, ev) and o.event.location and ev.location
                 and o.event.location.country == ev.location.country and _same_status(o.event, ev)
                 and not (_wave_total(ev) and o.event.location.precision != "country")
                 and o.sent < d.sent and _windows_overlap(o.event, ev, FOLD.inferred_place_slack_days)
                 and not _told_apart(o.event, ev) and not _conflicting(o.event, ev)), None)


def the_same_event(d: DraftEvent, out: list[DraftEvent]) -> DraftEvent | None:
    """"Troops shelled the port on Monday. ... The shelling of the port on Monday": one type, place, status and
    speaker, in overlapping date windows (an attack on one day exactly)."""
    ev = d.event
    slack = FOLD.attack_slack_days if family(ev.type) == "attack" else FOLD.slack_days
    return next((o for o in out if _compatible_types(o.event, ev) and _a_place_it_was_told_at(o, ev)
                 and _same_status(o.event, ev) and _same_speaker(o.event, ev)
                 and _windows_overlap(o.event, ev, slack) and not _told_apart(o.event, ev)
                 and not _other_parties(o.event, ev)), None)


def _other_parties(a: Event, b: Event) -> bool:
    """"The Northland and Southland ministers spoke by phone. The Northland minister later spoke with
    Westland's": a two-sided act between another pair of parties is another act, though one party is in
    both; a retelling that names one party only ("the Northland minister said the call went well") is not."""
    pa, pb = (frozenset(x.country for x in ev.actors if x.role == "participant" and x.country) for ev in (a, b))
    return len(pa) >= 2 and len(pb) >= 2 and pa != pb


def _a_place_it_was_told_at(told: DraftEvent, ev: Event) -> bool:
    """The record's place, or another that a telling folded into it named: "A woman was stabbed in Northvale
    ... by a man who called police after the attack in Mill Lane, Eastbrook. ... 'He launched a vicious attack,'
    a detective in Eastbrook said": the one act, known at both places."""
    return _same_place(told.event, ev) or any(same_named_location(loc, ev.location) for loc in told.told_at)


def the_same_event_undated(d: DraftEvent, out: list[DraftEvent]) -> DraftEvent | None:
    """"Man charged with burglary." (a headline, no day told) and "Two men were charged Saturday in
    Lakeville": a first sentence with no day of its own tells the event the report dates later, of one family,
    place and status, when it is the first telling of that family after it ("Gunmen kill 12 in Lakeville" and
    "gunmen killed 12 shoppers in an attack on a market": the body's fuller sentence types it). Talks, expulsions
    and statements, often told with no place, are one event with no place when they share a side."""
    ev = d.event
    same_family = [o for o in out if family(o.event.type) == family(ev.type)]
    if len(same_family) != 1:  # only the first telling after the headline: later ones are events of their own
        return None
    o = same_family[0]
    # the headline; or a lede, the report's first telling, when it tells the very type: "ROCHESTER, Minn. — A
    # woman has been charged with theft. She was charged Monday" (a lede's words type it as well as the body's)
    opening = min(min(x.sents) for x in out)
    if opening and o.event.type != ev.type:
        opening = 0
    if not (_one_place(o.event, ev) and _same_status(o.event, ev) and not _told_apart(o.event, ev)
            and (_dated_before(o, d, opening) or _a_first_line_and_its_lede(o, d))):
        return None
    o.event.type = ev.type  # the headline's type gives way to the body's
    return o


def _a_first_line_and_its_lede(first: DraftEvent, lede: DraftEvent) -> bool:
    """"Girl, 16, attacked in Lakeville park." and "Detectives in Lakeville are looking for a man after an
    assault on a girl of 16": the report's first line and the first telling of that family in the two
    sentences after it, neither with a day of its own, are one event (the body may date it further on)."""
    return min(first.sents) == 0 and min(lede.sents) <= 2 and first.event.date.text is None \
        and lede.event.date.text is None


def _dated_before(undated: DraftEvent, dated: DraftEvent, opening: int = 0) -> bool:
    """Was ``undated`` first told in the report's first telling of any event (``opening``: the headline, or the
    lede after a dateline: "ROCHESTER, Minn. — A woman has been charged with theft. She was charged Monday"),
    never with a day, and ``dated`` given a day up to it?"""
    u, t = undated.event.date, dated.event.date
    return min(undated.sents) == opening and u.text is None and t.text is not None and t.end is not None \
        and u.start is not None and t.end <= u.start


def _one_place(a: Event, b: Event) -> bool:
    """One place by name, country and precision; or none for both ("Gunmen kill three" and "gunmen killed three
    officers"), with a side in common in a family often told with no place (``PLACELESS_FAMILIES``), where
    one report tells several acts with no town."""
    la, lb = a.location, b.location
    if la is None and lb is None:
        return family(a.type) not in PLACELESS_FAMILIES or _shared_side(a, b)
    return la is not None and lb is not None and (la.name, la.country, la.precision) == (lb.name, lb.country, lb.precision)


PLACELESS_FAMILIES = ("diplomacy", "prisoners", "statement")  # "Iran expels envoy": a state's act, no town


def _shared_side(a: Event, b: Event) -> bool:
    """A role both records give to one country: "Iran expels envoy" and "Iran ordered a diplomat out"."""
    return bool({(x.role, x.country) for x in a.actors if x.country} & {(x.role, x.country) for x in b.actors if x.country})


def the_act_its_own_sentence_tells(d: DraftEvent, out: list[DraftEvent]) -> DraftEvent | None:
    """"The guard was stabbed in Eastbrook by a man who called police after the attack in Mill Lane": a
    definite mention in the very sentence that tells an act of its type, on the same day, is that act,
    even where each is placed differently."""
    ev = d.event
    if not d.anaphoric:
        return None
    return next((o for o in out if o.sent == d.sent and family(o.event.type) == family(ev.type)
                 and _compatible_types(o.event, ev) and _same_status(o.event, ev)
                 and _windows_overlap(o.event, ev, 0)), None)


def the_same_victim(d: DraftEvent, out: list[DraftEvent]) -> DraftEvent | None:
    """"Gunmen shot Ana Ruiz at a farm near Eastbrook on Monday. ... Ruiz was hit as she opened the gate,
    court papers in Northvale say": one act against one named person, in one date window, is one event
    wherever each sentence places it."""
    ev = d.event
    names = _named_targets(ev)
    if not names:
        return None
    return next((o for o in out if _compatible_types(o.event, ev) and _same_status(o.event, ev)
                 and _windows_overlap(o.event, ev, 0) and not _told_apart(o.event, ev)
                 and not _conflicting(o.event, ev)
                 and any(_one_person(n, m) for n in names for m in _named_targets(o.event))), None)


def _named_targets(ev: Event) -> list[str]:
    """The people a record names as its target ("Ana Ruiz"), not a country or a body standing for one."""
    return [a.name for a in ev.actors if a.role == "target" and a.kind == "person" and a.name != a.country]


def _one_person(a: str, b: str) -> bool:
    """"Ana Ruiz" and, later, "Ruiz": every word of the shorter name is in the longer."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def the_same_count_told_again(d: DraftEvent, out: list[DraftEvent]) -> DraftEvent | None:
    """"A policeman was wounded in the shootout. ... One of the dealers shot and wounded a policeman": an attack
    at one place, on one day, with the very casualty counts of another is that attack told again, however
    differently each sentence types it."""
    ev = d.event
    mine = _casualties(ev)
    if not mine:
        return None
    return next((o for o in out if family(o.event.type) == family(ev.type) == "attack"
                 and _casualties(o.event) == mine and _same_place(o.event, ev) and _same_status(o.event, ev)
                 and _windows_overlap(o.event, ev, 0) and not _told_apart(o.event, ev)
                 and not _other_lone_victims(o.event, ev)), None)


def _other_lone_victims(a: Event, b: Event) -> bool:
    """"A policeman shot the ambassador dead ... The gunman was later killed by police": one killed in each, but
    the one killed is named by another noun in each (``ambassador``, ``gunman``), so two people, two acts; "a
    policeman was wounded" and "wounded a policeman" name one."""
    def lone_nouns(ev: Event) -> set[str]:
        return {q.text.split()[-1].lower().strip(".,") for q in ev.quantities
                if q.role in CASUALTY_ROLES and q.value == 1 and q.text and q.text.split()[-1].isalpha()
                and q.text.split()[-1].lower() not in LONE_COUNT_WORDS}
    na, nb = lone_nouns(a), lone_nouns(b)
    return bool(na and nb) and not na & nb


LONE_COUNT_WORDS = frozenset({"one", "another", "person", "people"})  # words of a count, not of whom it names


def _casualties(ev: Event) -> set[tuple[str, str, int]]:
    """The record's casualty counts, as (item, role, value): ("policeman", "injured", 1)."""
    return {(q.item, q.role, q.value) for q in ev.quantities if q.role in CASUALTY_ROLES}


def the_act_dated_by_its_neighbour(d: DraftEvent, out: list[DraftEvent]) -> DraftEvent | None:
    """"A neighbour stabbed the guard in Tarnvik on 3 May. ... He was jailed on Friday. An officer said: 'He
    launched a vicious attack on his victim.'": an act whose sentence names no day of its own, dated only by the
    day a neighbouring sentence gave another kind of event, is the one act of its family told before at or
    near its place."""
    ev = d.event
    if _dates_itself(ev) or family(ev.type) not in FOLD.carried_day_families:
        return None
    told = [o for o in out if family(o.event.type) == family(ev.type) and o.sent < d.sent]
    if any(_windows_overlap(o.event, ev, 0) for o in told):
        return None  # an act of its family on that day: the day may be its own
    if not any(family(o.event.type) != family(ev.type) and _dates_itself(o.event)
               and (o.event.date.start, o.event.date.end) == (ev.date.start, ev.date.end) for o in out):
        return None  # not the day of another kind of event told before ("On Friday troops entered the town")
    near = [o for o in told if _same_status(o.event, ev) and _dates_itself(o.event) and _near(o.event, ev)]
    return near[0] if len(near) == 1 and len(told) == 1 else None


def the_day_of_a_vague_week(d: DraftEvent, out: list[DraftEvent]) -> DraftEvent | None:
    """"Police arrested a man over a shooting that wounded two teenagers last week. ... The teens were shot May 10":
    an act dated by a week and one of its type at its place dated by a day in that week, or a few days outside it
    (``vague_week_slack_days``: "last week" is said loosely), are one act."""
    ev = d.event
    return next((o for o in out if _compatible_types(o.event, ev) and _same_place(o.event, ev)
                 and _same_status(o.event, ev) and not _told_apart(o.event, ev)
                 and _a_week_and_its_day(o.event, ev)), None)


def _a_week_and_its_day(a: Event, b: Event) -> bool:
    """Is one of ``a`` and ``b`` dated by a week and the other by a day near it?"""
    week, day = (a, b) if a.date.precision == "week" else (b, a)
    if week.date.precision != "week" or day.date.precision != "day" or not (week.date.start and day.date.start):
        return False
    return _windows_overlap(week, day, FOLD.vague_week_slack_days)


def _dates_itself(ev: Event) -> bool:
    """Is ``ev`` dated by words of its own sentences, not by a day the narrative carried over?"""
    said = ev.date.text
    return said is not None and any(said in (e.text or "") for e in ev.evidence)


def _near(a: Event, b: Event) -> bool:
    """One place, or two of one region whose centres are within ``nested_place_km``."""
    la, lb = a.location, b.location
    if _same_place(a, b):
        return True
    if la is None or lb is None or "country" in (la.precision, lb.precision) or (la.country, la.admin1) != (lb.country, lb.admin1):
        return False
    km = distance_km(la, lb)
    return km is not None and km <= FOLD.nested_place_km


def the_act_its_sentence_places_twice(d: DraftEvent, out: list[DraftEvent]) -> DraftEvent | None:
    """"A guard was beaten in the Northvale County jail in Eastbrook on Sunday": one sentence telling an act of one
    kind at a town and at the county or region that holds it is one act, placed twice (not "one man was shot in
    Eastbrook, the other in Westbrook": two towns, neither holding the other)."""
    ev = d.event
    return next((o for o in out if d.sent in o.sents and _compatible_types(o.event, ev)
                 and _same_status(o.event, ev) and _windows_overlap(o.event, ev, 0)
                 and not _told_apart(o.event, ev) and not _conflicting(o.event, ev)
                 and not _wave_total(o.event) and not _wave_total(ev)
                 and _nested(o.event.location, ev.location)), None)


def _nested(a: Location | None, b: Location | None) -> bool:
    """Does one of two places hold the other?"""
    return a is not None and b is not None and (holds(a, b) or holds(b, a))


def holds(broad: Location, fine: Location) -> bool:
    """Is ``fine`` a place inside ``broad``: a town in the country or in the region ``broad`` names, or in the
    county (a district) whose centre is within ``nested_place_km`` of it ("Northvale County" and "Eastbrook")?"""
    if broad.country != fine.country or PLACE_RANK.get(fine.precision, 0) <= PLACE_RANK.get(broad.precision, 0):
        return False
    if broad.precision == "country":
        return True
    if broad.admin1 is None or broad.admin1 != fine.admin1:
        return False
    if broad.precision == "admin1":
        return True
    km = distance_km(broad, fine)
    return km is not None and km <= FOLD.nested_place_km


# how fine a place's precision is: a country holds regions, a region districts, a district towns
PLACE_RANK = {"country": 1, "admin1": 2, "district": 3, "capital": 4, "city": 4, "point": 5}


FOLD_RULES: tuple[Callable[[DraftEvent, list[DraftEvent]], DraftEvent | None], ...] = (
    the_event_referred_back_to, the_same_event_at_its_inferred_place, the_last_event_in_that_country,
    the_same_event, the_same_event_undated, the_act_its_own_sentence_tells, the_same_victim,
    the_same_count_told_again, the_act_dated_by_its_neighbour, the_act_its_sentence_places_twice,
    the_day_of_a_vague_week,
)


def _fold_summaries_into_retellings(drafts: list[DraftEvent], paragraphs: list[int]) -> None:
    """"Strikes in the south killed two" in the lede and "a strike on the village killed two" later: a broad
    record whose counts all come back in a specific one is that event, told twice."""
    for broad in list(drafts):
        lede_only = all(paragraphs[k] == 0 for k in broad.sents)
        if not broad.event.quantities and not lede_only:
            continue  # a summary is only a summary in the lede
        specific = next((o for o in drafts if o is not broad and _retold(broad.event, o.event, lede_only)), None)
        if specific is None:
            continue
        loc = broad.event.location
        if loc is not None and loc.precision == "country":
            broad.event.claims = []  # a lede's "officials said" speaks for the summary, not for each place
            broad.event.quantities = []
        absorb(specific, broad)
        drafts.remove(broad)


def _fold_openings_into_the_body(drafts: list[DraftEvent], paragraphs: list[int]) -> None:
    """"Shelling kills 11 in Douma as evacuations stall" (a headline or a standfirst) over "Government shelling
    killed 11 people in Douma late on Monday": a record first told in the report's first two paragraphs, with no
    day of its own, retells the body's record of its type and status at its place (the same town, or the same
    country where either names no town), dated up to ``opening_slack_days`` before it; the body dates it."""
    for opening in list(drafts):
        if opening.event.date.text is not None or paragraphs[min(opening.sents)] > 1:
            continue
        body = next((o for o in drafts if o is not opening and min(o.sents) > min(opening.sents)
                     and _the_body_retold(opening.event, o.event)), None)
        if body is not None:
            absorb(body, opening)
            drafts.remove(opening)


def _the_body_retold(opening: Event, body: Event) -> bool:
    """Is ``body`` the event an undated opening line tells: types that fold together, one status and place, days
    that meet?"""
    return _compatible_types(opening, body) and _same_status(opening, body) \
        and _one_scene(opening.location, body.location) and body.date.text is not None \
        and _windows_overlap(opening, body, FOLD.opening_slack_days)


def _one_scene(a: Location | None, b: Location | None) -> bool:
    """The same town, or the same country where either names no town."""
    if a is None or b is None:
        return a is None and b is None
    if a.precision == "country" or b.precision == "country":
        return a.country == b.country
    return same_named_location(a, b)


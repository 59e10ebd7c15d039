"""The assembler: triggers, places, times, actors, counts and claims become event records.

``sitrep_events`` groups the triggers of a clause, gives the group the places, time, actors,
counts, damage and claims of its scope, splits it into one record per place (a count
attached to a place, "35 over the Moscow region", makes that place its own record), and
hands the records to ``fold`` to fold retellings of one event into one record.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.events import fold
from sitrep.nlp.events.clauses import Group, commentary, group_triggers
from sitrep.nlp.events.sides import choose_actors
from sitrep.nlp.events.where import (
    antecedent_place,
    choose_places,
    infer_country,
    location_of,
    place_of,
    quantity_place,
)
from sitrep.nlp.mentions import DocInfo, PlaceMention, QuantityMention, TimeMention, sentences, text_of
from sitrep.nlp.phrases import index_of
from sitrep.records import Actor, Claim, Claimant, Damage, DateWindow, Event, Location, Quantity, Span, family

SPEECH_FAMILIES = {"statement", "diplomacy", "prisoners"}
FIXED_STATUS = {"diplomacy.rejection": "occurred", "statement.denial": "occurred", "statement.accusation": "occurred",
                "statement.threat": "occurred", "diplomacy.proposal": "proposed"}


class EventAssembler(SitrepComponent):
    def __init__(self, located: list[str], unlocated_families: list[str]) -> None:
        self.located = set(located)
        self.unlocated = set(unlocated_families)

    # -- pieces ---------------------------------------------------------------------------
    def _date(self, doc: Doc, g: Group, status: str | None, last_time: TimeMention | None) -> DateWindow:
        times: list[TimeMention] = doc._.times or []
        info: DocInfo = doc._.info
        # "suspended flights until the end of the month": how long it lasts, not when it happened
        in_sent = [t for t in times if t.sent == g.sent and not t.background and not _is_bound(doc, t)]
        heads = {t.head for t in g.triggers}
        claim_verbs = {c.verb for c in doc._.claims or [] if c.sent == g.sent and c.verb not in heads}
        if status in ("planned", "proposed", "agreed"):
            # when it was said, which is never after publication ("called a new rally for Saturday")
            said = [t for t in in_sent if t.governor in claim_verbs and t.window.end and t.window.end <= info.published]
            past = [t for t in in_sent if t.window.end and t.window.end <= info.published and t not in said
                    and t.governor not in claim_verbs]
            chosen: TimeMention | None = (past or said or [None])[0]  # type: ignore[list-item]
        else:
            start_char = doc[min(g.scope)].idx if g.scope else 0
            end_char = doc[max(g.scope)].idx if g.scope else 0
            own = [t for t in in_sent if t.governor in g.scope and start_char <= t.start <= end_char + 1
                   and t.governor not in claim_verbs]
            inner = [t for t in in_sent if any(_within(doc, t, h) for h in (x.head for x in g.triggers))]
            # "marched in Belgrade on Friday ..., the first of two rallies planned this weekend": the time
            # the clause's own verb takes wins over one inside a modifier of another noun
            direct = [t for t in own if t.governor == g.gov.i and g.gov.pos_ in ("VERB", "AUX")]
            # "the junta cut internet access on Monday, a group said" (misparsed under the verb of saying):
            # a time between the trigger and the verb of saying that follows it is the reported act's
            first = doc[min(x.tok_start for x in g.triggers)].idx
            content = [t for t in in_sent if t.governor is not None and t.governor in claim_verbs
                       and first < t.start < doc[t.governor].idx]
            pool = direct or inner or own or [t for t in in_sent if t.governor not in claim_verbs] or content
            # "A day later, the ministry claimed its forces had struck ...": when it was said is not when it
            # happened; the narrative's time is, and the time of saying only when there is none
            if not pool and family(g.type) in SPEECH_FAMILIES:
                pool = in_sent  # a refusal or a denial happens when it is said
            chosen = pool[0] if pool else (last_time or (in_sent[0] if in_sent else None))
        if chosen is None:
            day = info.published.isoformat()
            return DateWindow(day, day, "day", None)
        w = chosen.window
        return DateWindow(w.start.isoformat() if w.start else None, w.end.isoformat() if w.end else None,
                          w.precision, chosen.text)

    def _claims(self, doc: Doc, g: Group, article: str) -> list[Claim]:
        out = []
        heads = {t.head for t in g.triggers}
        own = [c for c in doc._.claims or [] if c.verb in heads]
        if family(g.type) == "statement" and own:
            # a denial's or accusation's claimant is the one who denies or accuses
            heads = set()
            mine = own
        else:
            mine = [c for c in doc._.claims or [] if c.sent == g.sent]
        sent = sentences(doc)[g.sent]
        text = text_of(doc)[sent.start_char:sent.end_char].strip()
        start = text_of(doc).index(text, sent.start_char) if text else sent.start_char
        for c in mine:
            if c.verb in heads:
                continue
            out.append(Claim(Claimant(c.claimant, c.claimant_kind, c.claimant_country), c.verb_text, c.channel,
                             c.stance, article, start, start + len(text), text))
        return out

    def _refused_proposal(self, doc: Doc, g: Group, rejection: Event) -> list[Event]:
        """"Hamas rejected an Egyptian proposal for a 60-day truce": a refused proposal is two records, the
        proposal (by its owner, put forward by the time it was refused) and the refusal."""
        nouns = set(self.lex.event_words.proposal_nouns)
        for t in g.triggers:
            objs = [c for c in doc[t.head].children if c.dep_ == "dobj" and c.lemma_.lower() in nouns]
            for obj in objs:
                owners = {c.i for c in obj.children if c.dep_ in ("amod", "compound", "poss")}
                owners |= {x.i for c in obj.children if c.dep_ == "poss" for x in c.subtree}
                sides = [a for a in doc._.actors or [] if a.tok_start in owners and a.country]
                refuser = {a.country for a in rejection.actors if a.role == "initiator"}
                sides = [a for a in sides if a.country not in refuser]
                if sides:
                    a = sides[0]
                    prop = Event(type="diplomacy.proposal", status="proposed", date=rejection.date, location=None,
                                 actors=[Actor("initiator", a.name, a.country, a.kind, a.text)],
                                 evidence=list(rejection.evidence), articles=list(rejection.articles),
                                 confidence=rejection.confidence)
                    prop.sent = g.sent  # type: ignore[attr-defined]
                    prop.sents = {g.sent}  # type: ignore[attr-defined]
                    return [prop]
        return []

    def _damage(self, doc: Doc, g: Group) -> list[Damage]:
        if family(g.type) != "attack":
            return []
        idx = sorted(g.scope)
        out: dict[str, Damage] = {}
        for k, end, obj in index_of(self.lex.damage).find([doc[i].lemma_.lower() for i in idx]):
            if obj not in out:
                out[obj] = Damage(obj, doc[idx[k]:idx[end - 1] + 1].text)
        return list(out.values())

    # -- assembly -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        info: DocInfo = doc._.info
        gaz = self.gaz
        sents = sentences(doc)
        events: list[Event] = []
        last_type = "attack.ground"
        last_time_by_par: dict[int, TimeMention] = {}
        last_place_by_par: dict[int, PlaceMention] = {}
        last_initiator: dict[str, Actor] = {}  # target country -> who the report last said attacked it
        pars = fold.paragraph_index(doc)
        times_by_sent: dict[int, list[TimeMention]] = {}
        said_when = {c.verb for c in doc._.claims or []}
        for t in doc._.times or []:
            if not t.background and t.governor not in said_when:  # "..., officials said on Wednesday"
                times_by_sent.setdefault(t.sent, []).append(t)
        groups = group_triggers(doc, doc._.triggers or [])
        used_quantities: set[int] = set()
        for g in groups:
            par = pars[g.sent]
            for s in range(g.sent):
                # the narrative's last time: this paragraph's, else the one the report told last before it
                for t in times_by_sent.get(s, []):
                    if t.window.precision in ("day", "night") and t.window.end and \
                            t.window.end <= info.published:
                        last_time_by_par[par] = t
            etype = g.type
            if _anaphoric(doc, g) and commentary(doc, g, set(self.lex.event_words.commentary_verbs)):
                continue
            if etype == "attack":
                etype = last_type
            if family(etype) == "attack":
                last_type = etype
            status = next((t.status for t in g.triggers if t.status), None) or "occurred"
            status = FIXED_STATUS.get(etype, status)
            sent = sents[g.sent]
            text = sent.text.strip()
            start = text_of(doc).index(text, sent.start_char)
            evidence = Span(info.article_id, start, start + len(text), text)
            claims = self._claims(doc, g, info.article_id)
            date = self._date(doc, g, status, last_time_by_par.get(par))
            # "downed 42 of the 55 drones launched across the country": the whole wave, not the last town told
            nationwide = any(w in f" {text.lower()} " for w in self.lex.event_words.nationwide)
            places = choose_places(doc, g, self.located, self.unlocated,
                                   None if nationwide else last_place_by_par.get(par))
            specific = [p for p in places if p.place.precision != "country"]
            if specific and etype in self.located:
                last_place_by_par[par] = specific[-1]
            quants = [q for q in doc._.quantities or [] if q.sent == g.sent and q.tok_start in g.scope]
            quants += [q for q in doc._.quantities or [] if q.sent == g.sent and q not in quants
                       and not any(q.tok_start in o.scope for o in groups if o is not g and o.sent == g.sent)]
            quants = _fitting(quants, etype)
            used_quantities |= {id(q) for q in quants}
            attached: dict[int, list[QuantityMention]] = {}
            loose: list[QuantityMention] = []
            for q in quants:
                p = quantity_place(doc, q, places) if len(places) > 0 else None
                if p is not None and (len(places) > 1 or len(quants) > 1):
                    attached.setdefault(id(p), []).append(q)
                else:
                    loose.append(q)
            plan: list[tuple[Location | None, list[QuantityMention]]] = []
            free_places = [p for p in places if id(p) not in attached]
            for p in places:
                if id(p) in attached:
                    plan.append((location_of(p), attached[id(p)]))
            if free_places:
                for n, p in enumerate(free_places):
                    plan.append((location_of(p), loose if n == 0 else []))
            elif loose or not plan:
                plan.insert(0, (None, loose))
            damage = self._damage(doc, g)
            for location, qs in plan:
                inferred_place = False
                if location is not None and location.country is None and location.precision == "point":
                    # at sea: the coastal country the report names
                    coast = [c for c in doc._.report_places.countries if c in gaz.coastal(location.name)]
                    location.country = coast[0] if coast else None
                place = gaz.country(location.country) if location and location.country and \
                    location.precision == "country" else None
                actors = choose_actors(doc, g, place_of(location, place), claims)
                if location is None and etype in self.located and family(etype) not in self.unlocated:
                    earlier = antecedent_place(doc, g, set(self.lex.event_words.site_nouns))
                    if earlier is not None:
                        location = location_of(earlier)
                        actors = choose_actors(doc, g, earlier.place, claims)
                if location is None and etype in self.located and family(etype) not in self.unlocated:
                    tgt = infer_country(doc, info, g, etype, actors)
                    cp = gaz.country(tgt) if tgt else None
                    if cp is not None:
                        location = Location(cp.name, cp.country, None, cp.lat, cp.lon, "country", None, cp.geonameid)
                        actors = choose_actors(doc, g, cp, claims)
                        inferred_place = True
                if family(etype) == "attack":
                    actors = _narrative_initiator(actors, last_initiator)
                ev = Event(
                    type=etype, status=status, date=date, location=location, actors=actors,
                    quantities=[Quantity(q.item, q.role, q.value, q.qualifier, q.text, 0 if claims else None)
                                for q in _one_per_kind(qs)],
                    damage=list(damage) if location is plan[0][0] or len(plan) == 1 else [],
                    claims=list(claims), evidence=[evidence], articles=[info.article_id],  # each record its own
                    confidence=_confidence(location, date, claims),
                )
                ev.sent = g.sent  # type: ignore[attr-defined]
                ev.sents = {g.sent}  # type: ignore[attr-defined]
                ev.anaphoric = _anaphoric(doc, g)  # type: ignore[attr-defined]
                ev.inferred_place = inferred_place and len(plan) == 1  # type: ignore[attr-defined]
                ev.denies_claim = etype == "statement.denial" and _denies_a_claim(doc, g)  # type: ignore[attr-defined]
                ev.denied_source = _denied_source(doc, g)  # type: ignore[attr-defined]
                events.append(ev)
                if etype == "diplomacy.rejection":
                    events.extend(self._refused_proposal(doc, g, ev))
        events = fold.attach_orphan_quantities(doc, events, used_quantities)
        events = fold.merge(events, pars)
        lede = [s for k, s in enumerate(sentences(doc)) if pars[k] == 0]
        fold.drop_generic_lede_claims(events, lede[-1].end_char if lede else 0,
                                          set(self.lex.claim_words.generic_claimants))
        for ev in events:
            ev.assign_id()
        doc._.events = events
        return doc


def _narrative_initiator(actors: list[Actor], last: dict[str, Actor]) -> list[Actor]:
    """"Russian missiles struck Zaporizhzhia ... In a separate attack, a missile hit Dnipro": an attack
    that does not name its initiator has the one the report last named against the same target."""
    target = next((a.country for a in actors if a.role == "target" and a.country), None)
    if target is None:
        return actors
    named = [a for a in actors if a.role == "initiator" and a.text is not None and a.country]
    if named:
        last[target] = named[0]
        return actors
    prior = last.get(target)
    if prior is None:
        return actors
    kept = [a for a in actors if a.role != "initiator"]
    return [*kept, Actor("initiator", prior.name, prior.country, prior.kind, None)]


BOUNDS = {"until", "till", "through", "by"}


def _is_bound(doc: Doc, t: TimeMention) -> bool:
    """Is a time expression the end of a span ("until the end of the month"), not a time something happened?"""
    before = text_of(doc)[max(0, t.start - 12):t.start].split()
    return bool(before) and before[-1].lower() in BOUNDS


def _within(doc: Doc, t: TimeMention, head: int) -> bool:
    """Is a time expression inside the phrase a (noun) trigger heads: "his phone call with X on Monday"."""
    tok = doc[head]
    if tok.pos_ != "NOUN":
        return False
    sub = list(tok.subtree)
    return sub[0].idx <= t.start and t.end <= sub[-1].idx + len(sub[-1].text)


ROLE_FAMILIES = {
    "killed": {"attack", "protest", "humanitarian"}, "injured": {"attack", "protest"},
    "missing": {"attack"}, "launched": {"attack"}, "intercepted": {"attack"}, "fired": {"attack"},
    "hit": {"attack"}, "destroyed": {"attack"}, "damaged": {"attack"},
    "evacuated": {"humanitarian"}, "displaced": {"humanitarian"},
    "delayed": {"disruption"}, "cancelled": {"disruption"},
    "detained": {"arrest", "protest"}, "exchanged": {"prisoners"}, "released": {"prisoners", "arrest"},
    "returned": {"prisoners"},
}


def _fitting(quants: list[QuantityMention], etype: str) -> list[QuantityMention]:
    """The counts that can belong to an event of this type."""
    return [q for q in quants if family(etype) in ROLE_FAMILIES.get(q.role, {family(etype)})]


def _one_per_kind(quants: list[QuantityMention]) -> list[QuantityMention]:
    """One count per item and role: in "nine people, including two students" the subset repeats the item."""
    out: list[QuantityMention] = []
    seen: set[tuple[str, str]] = set()
    for q in quants:
        if (q.item, q.role) not in seen:
            seen.add((q.item, q.role))
            out.append(q)
    return out


CLAIM_NOUNS = {"claim", "report", "figure", "accusation", "allegation", "statement", "assertion", "charge"}


def _denies_a_claim(doc: Doc, g: Group) -> bool:
    """"denied that production had been affected", "dismissed the figures": a denial of what someone said."""
    for t in g.triggers:
        head = doc[t.head]
        kids = list(head.children)
        if any(c.dep_ == "ccomp" for c in kids) or any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS
                                                       for c in kids):
            return True
    return False


def _denied_source(doc: Doc, g: Group) -> str | None:
    """Whose words a denial names: "dismissed the Ukrainian air force's figures" -> "Ukrainian air force",
    "disputed a report in the Wall Street Journal" -> "Wall Street Journal"; None when it names nobody."""
    for t in g.triggers:
        for obj in (c for c in doc[t.head].children if c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS):
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children):
                return obj.text  # "disputed a report in the Wall Street Journal": one not told before
            for c in obj.children:
                if c.dep_ == "poss" and c.pos_ != "PRON":
                    return doc[c.left_edge.i:c.i + 1].text
                if c.dep_ == "prep" and c.lower_ in ("in", "by", "from"):
                    objs = [x for x in c.children if x.dep_ == "pobj"]
                    if objs:
                        return doc[objs[0].left_edge.i:objs[0].i + 1].text
    return None


def _anaphoric(doc: Doc, g: Group) -> bool:
    """"The attack prompted ...", "the major prisoner swap": a mention of an event told before."""
    for t in g.triggers:
        head = doc[t.head]
        if head.pos_ != "NOUN":
            return False
        if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "his", "its", "their")
                   for c in head.children):
            return False
    return True


def _confidence(location: Location | None, date: DateWindow, claims: list[Claim]) -> float:
    c = 0.55 + (0.15 if location else 0) + (0.15 if date.text else 0) + (0.1 if claims else 0)
    return min(c, 0.95)

"""The assembler: triggers, places, times, actors, counts and claims become event records.

``sitrep_events`` groups the triggers of a clause, gives the group the places, time, actors,
counts, damage and claims of its scope, splits it into one record per place (a count
attached to a place, "35 over the Moscow region", makes that place its own record), and
hands the records to ``docmerge`` to fold retellings of one event into one record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.geo.distance import km
from sitrep.geo.gazetteer import Gazetteer, Place
from sitrep.nlp import docmerge
from sitrep.nlp.lexicon import load_lexicon
from sitrep.nlp.mentions import (
    ActorMention,
    DocInfo,
    PlaceMention,
    QuantityMention,
    TimeMention,
    TriggerMention,
    sentences,
    text_of,
)
from sitrep.nlp.places import contains
from sitrep.nlp.triggers import governing_verb
from sitrep.records import Actor, Claim, Claimant, Damage, DateWindow, Event, Location, Quantity, Span, family

DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
              "northeastern", "northwestern", "southeastern", "southwestern"}
REFERENCE_PREPS = {"from", "toward", "towards"}
FIXED_STATUS = {"diplomacy.rejection": "occurred", "statement.denial": "occurred", "statement.accusation": "occurred",
                "statement.threat": "occurred", "diplomacy.proposal": "proposed"}
TWO_SIDED = {"diplomacy.talks", "diplomacy.call", "diplomacy.agreement", "prisoners.exchange", "diplomacy.ceasefire"}


@dataclass
class Group:
    """Triggers of one clause that tell one event."""

    triggers: list[TriggerMention]
    gov: Token
    scope: set[int] = field(default_factory=set)

    @property
    def type(self) -> str:
        types = [t.type for t in self.triggers]
        if "attack.civilians" in types:
            return "attack.civilians"  # "stormed two villages ..., looting homes": violence against civilians
        return types[0]

    @property
    def sent(self) -> int:
        return self.triggers[0].sent


def _is_reference_point(doc: Doc, pm: PlaceMention) -> bool:
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


def _group(doc: Doc, triggers: list[TriggerMention]) -> list[Group]:
    groups: dict[int, Group] = {}
    for t in triggers:
        gov = governing_verb(doc[t.head])
        key = gov.i
        g = groups.get(key)
        if g is not None and family(g.type) == family(t.type) and (family(t.type) in ("attack", "protest")
                                                                   or g.type == t.type):
            g.triggers.append(t)
            if g.type == "attack" and t.type != "attack":
                g.triggers.insert(0, g.triggers.pop())
        else:
            if g is not None:
                key = t.head + 100_000
            groups[key] = Group([t], gov)
    out = list(groups.values())
    # "recaptured the village after heavy fighting": the fighting is how the territory changed hands
    taken_by = {g.gov.i for g in out if g.type == "territory.change"}
    out = [g for g in out if not (g.type == "attack.ground" and g.gov.i in taken_by)]
    # a participle or infinitive inside another group's clause tells the same event:
    # "debris from drones downed over the Kyiv region damaged three houses"
    for g in list(out):
        for other in out:
            if other is g or family(other.type) != family(g.type) or g not in out:
                continue
            nested = g.gov.dep_ in ("acl", "amod", "xcomp") or (
                g.gov.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in g.gov.children)
                and any(t.interception for t in g.triggers) == any(t.interception for t in other.triggers))
            if nested and g.gov in other.gov.subtree and g.gov.head.i in {t.i for t in other.gov.subtree}:
                other.triggers.extend(g.triggers)
                if other.type == "attack" and g.type != "attack":
                    other.triggers.insert(0, other.triggers.pop())
                out.remove(g)
                break
    for g in out:
        g.scope = {t.i for t in g.gov.subtree} | {i for t in g.triggers for i in range(t.tok_start, t.tok_end)}
        for t in g.triggers:
            head = doc[t.head]
            if head.dep_ == "relcl":
                g.scope |= {x.i for x in head.head.subtree}
    for g in out:
        for other in out:
            if other is not g and other.gov.i in g.scope and other.gov != g.gov:
                g.scope -= {t.i for t in other.gov.subtree}
    return sorted(out, key=lambda g: g.triggers[0].tok_start)


class EventAssembler:
    def __init__(self, located: list[str], unlocated_families: list[str]) -> None:
        self.lex = load_lexicon()
        self.located = set(located)
        self.unlocated = set(unlocated_families)

    # -- pieces ---------------------------------------------------------------------------
    def _date(self, doc: Doc, g: Group, status: str | None, last_time: TimeMention | None) -> DateWindow:
        times: list[TimeMention] = doc._.times or []
        info: DocInfo = doc._.info
        in_sent = [t for t in times if t.sent == g.sent and not t.background]
        heads = {t.head for t in g.triggers}
        claim_verbs = {c.verb for c in doc._.claims or [] if c.sent == g.sent and c.verb not in heads}
        if status in ("planned", "proposed", "agreed"):
            said = [t for t in in_sent if t.governor in claim_verbs]
            past = [t for t in in_sent if t.window.end and t.window.end <= info.published and t not in said
                    and t.governor not in claim_verbs]
            chosen: TimeMention | None = (past or said or [None])[0]  # type: ignore[list-item]
        else:
            start_char = doc[min(g.scope)].idx if g.scope else 0
            end_char = doc[max(g.scope)].idx if g.scope else 0
            own = [t for t in in_sent if t.governor in g.scope and start_char <= t.start <= end_char + 1
                   and t.governor not in claim_verbs]
            inner = [t for t in in_sent if any(_within(doc, t, h) for h in (x.head for x in g.triggers))]
            pool = inner or own or [t for t in in_sent if t.governor not in claim_verbs] or in_sent
            chosen = pool[0] if pool else None
            if chosen is None and last_time is not None:
                chosen = last_time
        if chosen is None:
            day = info.published.isoformat()
            return DateWindow(day, day, "day", None)
        w = chosen.window
        return DateWindow(w.start.isoformat() if w.start else None, w.end.isoformat() if w.end else None,
                          w.precision, chosen.text)

    def _places(self, doc: Doc, g: Group, narrative: PlaceMention | None = None) -> list[PlaceMention]:
        fam = family(g.type)
        speakers = [c.subject_tokens for c in doc._.claims or [] if c.sent == g.sent]
        usable = [p for p in doc._.places or [] if not p.metonymic and not _is_reference_point(doc, p)
                  and not any(s <= p.tok_start < e for s, e in speakers)]
        scoped = [p for p in usable if p.tok_start in g.scope]
        if g.type in self.located and fam not in self.unlocated:
            scoped = scoped or [p for p in usable if p.sent == g.sent]
            if not scoped and narrative is not None:
                scoped = [narrative]
        elif g.type not in self.located:
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

    def _quantity_place(self, doc: Doc, q: QuantityMention, places: list[PlaceMention]) -> PlaceMention | None:
        anchors = {q.tok_start, q.tok_end - 1} | ({q.noun} if q.noun is not None else set())
        for p in places:
            cur = doc[p.tok_start:p.tok_end].root
            for _ in range(5):
                cur = cur.head
                if cur.i in anchors:
                    return p
        return None

    def _actors(self, doc: Doc, g: Group, location: Place | None, claims: list[Claim]) -> list[Actor]:
        info: DocInfo = doc._.info
        mentions = [a for a in doc._.actors or [] if a.sent == g.sent]
        heads = {t.head for t in g.triggers}
        claim_spans = [c.subject_tokens for c in doc._.claims or [] if c.sent == g.sent and c.verb not in heads]
        mentions = [a for a in mentions if not any(s <= a.tok_start < e for s, e in claim_spans)
                    or g.type.startswith("statement")]
        mentions = [a for a in mentions if a.country or a.kind in ("armed_group", "international")]
        actors: list[Actor] = []
        gov = g.gov
        subj_tokens: set[int] = set()
        obj_tokens: set[int] = set()
        subj = _subject_of(gov)
        if subj is not None and subj.head != gov:
            subj_tokens |= {t.i for t in subj.subtree}
        if family(g.type) == "diplomacy" and g.type not in TWO_SIDED:
            # "would provide 30 million pounds in aid for eastern Congo": the receiving side comes after the verb
            obj_tokens |= {t.i for t in gov.subtree if t.i > gov.i}
        for c in gov.children:
            if c.dep_ in ("nsubj", "nsubjpass", "agent", "csubj"):
                subj_tokens |= {t.i for t in c.subtree}
            elif c.dep_ in ("dobj", "dative", "attr") or (
                    c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "with", "to", "for")):
                obj_tokens |= {t.i for t in c.subtree}
        interception = any(t.interception for t in g.triggers)
        for t in g.triggers:
            head = doc[t.head]
            if head.pos_ == "NOUN" and not interception:
                subj_tokens |= {x.i for x in head.lefts for x in x.subtree}
                for c in head.children:
                    if c.dep_ == "prep" and c.lower_ == "by":  # "shelling by the RSF"
                        subj_tokens |= {x.i for x in c.subtree}
                    if c.dep_ == "prep" and c.lower_ in ("on", "against", "with", "between"):
                        obj_tokens |= {x.i for x in c.subtree}
                    if c.dep_ == "poss" and c.pos_ == "PRON":
                        people = [a for a in doc._.actors or [] if a.sent == g.sent and a.kind == "person"
                                  and a.tok_end <= c.i]
                        if people and people[-1] not in mentions:
                            mentions.append(people[-1])
                        if people:
                            subj_tokens.add(people[-1].tok_start)
        inits = [a for a in mentions if a.tok_start in subj_tokens]
        pron_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in gov.children)
        if not inits and pron_subject and claims and claims[0].claimant.country:
            # "Hezbollah said it fired rockets": the pronoun is the speaker
            speaker = claims[0].claimant
            inits = [ActorMention(0, 0, speaker.name, speaker.name, speaker.country, speaker.kind, g.sent)]
        targets = [a for a in mentions if a.tok_start in obj_tokens and a not in inits]
        if family(g.type) in ("diplomacy", "statement") and not targets:
            # "delivered to Ukraine", "sanctions on Rwanda": a place named as the receiving side
            for p in doc._.places or []:
                if p.tok_start in obj_tokens and p.place.precision == "country" and p.place.country:
                    targets.append(ActorMention(p.tok_start, p.tok_end, p.text, p.place.name, p.place.country,
                                                "state", p.sent))
        if interception:
            # "Russia's air defences shot down 105 Ukrainian drones": the weapon's owner attacked
            inits, targets = targets, inits
            defenders = {a.country for a in targets} | {c.claimant.country for c in claims[:1]}
            inits = [a for a in inits if a.country not in defenders] or inits
            if not targets and claims and claims[0].claimant.country:
                targets = []
                actors.append(Actor("target", claims[0].claimant.country, claims[0].claimant.country, "state"))
        if g.type in TWO_SIDED:
            for p in doc._.places or []:
                if p.tok_start in subj_tokens | obj_tokens and p.place.precision == "country" and p.place.country \
                        and not p.metonymic:
                    inits.append(ActorMention(p.tok_start, p.tok_end, p.text, p.place.name, p.place.country,
                                              "state", p.sent))
            parts = inits + targets or [a for a in mentions if a.kind in ("state", "government", "person")]
            for a in parts:
                governors = " ".join(t.lower_ for t in list(doc[a.tok_start].ancestors)[:3]) if a.tok_end else ""
                role = "mediator" if any(w in governors for w in ("mediat", "broker", "host")) else "participant"
                actors.append(Actor(role, a.name, a.country, a.kind, a.text))
            mediators = {a.country for a in actors if a.role == "mediator"}
            return _dedupe([a for a in actors if a.role == "mediator" or a.country not in mediators])
        for a in inits:
            actors.append(Actor("initiator", a.name, a.country, a.kind, a.text))
        for a in targets:
            actors.append(Actor("target", a.name, a.country, a.kind, a.text))
        if family(g.type) in ("statement", "diplomacy") and not inits:
            who: Claimant | None = claims[0].claimant if claims else None
            if who is not None and who.country:
                actors.append(Actor("initiator", who.name, who.country, who.kind, None))
            elif family(g.type) == "statement" and info.dateline_country:
                home = info.dateline_country
                actors.append(Actor("initiator", who.name if who else home, home, who.kind if who else "state", None))
        if family(g.type) == "protest" and not any(a.role == "initiator" for a in actors) and location:
            actors.append(Actor("initiator", "protesters", location.country, "civilians", None))
        if family(g.type) in ("attack", "territory"):
            roles = {a.role: a.country for a in actors}
            tgt = roles.get("target") or (location.country if location else None)
            if "target" not in roles and tgt:
                actors.append(Actor("target", tgt, tgt, "state", None))
            if "initiator" not in roles and tgt:
                other = _other_side(doc, info, tgt)
                if other:
                    actors.append(Actor("initiator", other, other, "state", None))
        return _dedupe(actors)

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

    def _damage(self, doc: Doc, g: Group) -> list[Damage]:
        lemmas = [(i, doc[i].lemma_.lower()) for i in sorted(g.scope)]
        out: dict[str, Damage] = {}
        for phrase, obj in sorted(self.lex.damage.items(), key=lambda kv: -len(kv[0].split())):
            words = phrase.split()
            for k in range(len(lemmas) - len(words) + 1):
                if [w for _, w in lemmas[k:k + len(words)]] == words and obj not in out:
                    i0, i1 = lemmas[k][0], lemmas[k + len(words) - 1][0]
                    out[obj] = Damage(obj, doc[i0:i1 + 1].text)
        return list(out.values()) if family(g.type) == "attack" else []

    # -- assembly -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        info: DocInfo = doc._.info
        gaz = Gazetteer.load()
        sents = sentences(doc)
        events: list[Event] = []
        last_type = "attack.ground"
        last_time_by_par: dict[int, TimeMention] = {}
        last_place_by_par: dict[int, PlaceMention] = {}
        pars = docmerge.paragraph_index(doc)
        times_by_sent: dict[int, list[TimeMention]] = {}
        for t in doc._.times or []:
            if not t.background:
                times_by_sent.setdefault(t.sent, []).append(t)
        groups = _group(doc, doc._.triggers or [])
        used_quantities: set[int] = set()
        for g in groups:
            par = pars[g.sent]
            for s in range(g.sent):
                if pars[s] == par:
                    for t in times_by_sent.get(s, []):
                        if t.window.precision in ("day", "night") and t.window.end and \
                                t.window.end <= info.published:
                            last_time_by_par[par] = t
            etype = g.type
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
            places = self._places(doc, g, last_place_by_par.get(par))
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
                p = self._quantity_place(doc, q, places) if len(places) > 0 else None
                if p is not None and (len(places) > 1 or len(quants) > 1):
                    attached.setdefault(id(p), []).append(q)
                else:
                    loose.append(q)
            plan: list[tuple[Location | None, list[QuantityMention]]] = []
            free_places = [p for p in places if id(p) not in attached]
            for p in places:
                if id(p) in attached:
                    plan.append((_location(p), attached[id(p)]))
            if free_places:
                for n, p in enumerate(free_places):
                    plan.append((_location(p), loose if n == 0 else []))
            elif loose or not plan:
                plan.insert(0, (None, loose))
            damage = self._damage(doc, g)
            for location, qs in plan:
                inferred_place = False
                if location is not None and location.country is None and location.precision == "point":
                    # at sea: the coastal country the report names
                    coast = [c for c in info.countries if c in gaz.coastal(location.name)]
                    location.country = coast[0] if coast else None
                place = gaz.country(location.country) if location and location.country and \
                    location.precision == "country" else None
                actors = self._actors(doc, g, _place_of(location, place), claims)
                if location is None and etype in self.located and family(etype) not in self.unlocated:
                    tgt = next((a.country for a in actors if a.role == "target" and a.country
                                and a.text is not None), None)
                    init = next((a.country for a in actors if a.role == "initiator" and a.country
                                 and a.text is not None), None)
                    armed = next((a.country for a in actors if a.role == "initiator" and a.kind == "armed_group"
                                  and a.country), None)
                    here = [p.place.country for p in doc._.places or [] if p.sent == g.sent and p.place.country]
                    if tgt is None and armed is not None:
                        tgt = armed  # an armed group fights in its own country
                    if tgt is None and here:
                        tgt = here[0]  # "Somalia's al-Shabaab attacked a base in the Lower Shabelle region"
                    if tgt is None and init is not None and family(etype) == "attack":
                        tgt = _other_side(doc, info, init)
                    tgt = tgt or next((c.claimant.country for c in claims if c.claimant.country), None)
                    tgt = tgt or (info.countries[0] if info.countries else info.dateline_country)
                    cp = gaz.country(tgt) if tgt else None
                    if cp is not None:
                        location = Location(cp.name, cp.country, None, cp.lat, cp.lon, "country", None, cp.geonameid)
                        actors = self._actors(doc, g, cp, claims)
                        inferred_place = True
                ev = Event(
                    type=etype, status=status, date=date, location=location, actors=actors,
                    quantities=[Quantity(q.item, q.role, q.value, q.qualifier, q.text, 0 if claims else None)
                                for q in _one_per_kind(qs)],
                    damage=damage if location is plan[0][0] or len(plan) == 1 else [],
                    claims=claims, evidence=[evidence], articles=[info.article_id],
                    confidence=_confidence(location, date, claims),
                )
                ev.sent = g.sent  # type: ignore[attr-defined]
                ev.sents = {g.sent}  # type: ignore[attr-defined]
                ev.anaphoric = _anaphoric(doc, g)  # type: ignore[attr-defined]
                ev.inferred_place = inferred_place and len(plan) == 1  # type: ignore[attr-defined]
                ev.denies_claim = etype == "statement.denial" and _denies_a_claim(doc, g)  # type: ignore[attr-defined]
                events.append(ev)
        events = docmerge.attach_orphan_quantities(doc, events, used_quantities)
        events = docmerge.merge(events, pars)
        for ev in events:
            ev.assign_id()
        doc._.events = events
        return doc


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


def _other_side(doc: Doc, info: DocInfo, target: str) -> str | None:
    """Who attacked, when the sentence does not say: the report's other main country, or, in a
    civil war (armed groups of the target's own country), that country."""
    counts = info.country_counts
    for c in info.countries:
        if c != target and counts.get(c, 0) >= 2:
            return c
    if any(a.kind == "armed_group" and a.country == target for a in doc._.actors or []):
        return target
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


def _subject_of(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it depends on: "negotiators are due to meet"."""
    cur = verb
    for _ in range(4):
        subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        if cur.dep_ not in ("xcomp", "acomp", "conj", "ccomp", "advcl") or cur.head == cur:
            return None
        cur = cur.head
    return None


def _location(p: PlaceMention) -> Location:
    pl = p.place
    return Location(pl.name, pl.country, pl.admin1, pl.lat, pl.lon, pl.precision, p.text, pl.geonameid)


def _place_of(loc: Location | None, place: Place | None) -> Place | None:
    if place is not None or loc is None:
        return place
    return Place(loc.name, loc.country, loc.admin1, loc.lat, loc.lon, loc.geonameid, loc.precision)


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


def _dedupe(actors: list[Actor]) -> list[Actor]:
    seen: set[tuple[str, str | None, str]] = set()
    out = []
    for a in actors:
        key = (a.role, a.country, a.name if a.country is None else "")
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


@Language.factory(
    "sitrep_events",
    default_config={
        "located": [
            "attack.drone", "attack.missile", "attack.air", "attack.artillery", "attack.ground", "attack.explosive",
            "attack.civilians", "attack", "territory.change", "diplomacy.talks", "disruption.transport",
            "disruption.communications", "disruption.power", "humanitarian.evacuation", "protest.demonstration",
            "protest.riot", "arrest", "military.mobilization",
        ],
        "unlocated_families": ["diplomacy", "statement", "prisoners"],
    },
)
def make_event_assembler(nlp: Language, name: str, located: list[str], unlocated_families: list[str]) -> EventAssembler:
    return EventAssembler(located, unlocated_families)

"""Who did it to whom: the initiator, target, participants and mediators of an event."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.geo.gazetteer import Place
from sitrep.nlp.events.clauses import Group
from sitrep.nlp.mentions import ActorMention, DocInfo, ReportPlaces
from sitrep.records import Actor, Claim, Claimant, family

MEDIATING = ("mediat", "broker", "host")
TWO_SIDED = {"diplomacy.talks", "diplomacy.call", "diplomacy.agreement", "prisoners.exchange", "diplomacy.ceasefire"}


def choose_actors(doc: Doc, g: Group, location: Place | None, claims: list[Claim]) -> list[Actor]:  # noqa: C901
    info: DocInfo = doc._.info
    mentions = [a for a in doc._.actors or [] if a.sent == g.sent]
    heads = {t.head for t in g.triggers}
    claim_spans = [c.subject_tokens for c in doc._.claims or [] if c.sent == g.sent and c.verb not in heads]
    # a speaker is not a side, whatever words of the name the mention and the claim each keep
    mentions = [a for a in mentions if not any(s < a.tok_end and a.tok_start < e for s, e in claim_spans)
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
    # "the Kremlin said it was ready to hand over ...": the pronoun may be the subject of the verb governing it
    pron_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in gov.children) or (
        subj is not None and subj.pos_ == "PRON" and subj.lower_ in ("it", "they", "we"))
    spans = [c.subject_tokens for c in doc._.claims or [] if claims and c.sent == g.sent
             and c.claimant == claims[0].claimant.name]
    # "Qatar and Egypt said they had submitted a proposal": every side the speaker's words name
    in_speaker = [a for a in doc._.actors or [] if (a.country or a.kind == "international")
                  and any(s <= a.tok_start < e for s, e in spans)]
    in_speaker += [ActorMention(p.tok_start, p.tok_end, p.text, p.place.name, p.place.country, "state", p.sent)
                   for p in doc._.places or [] if p.place.precision == "country" and p.place.country
                   and any(s <= p.tok_start < e for s, e in spans)
                   and not any(a.tok_start == p.tok_start for a in in_speaker)]
    if not inits and pron_subject and claims and len({a.country for a in in_speaker}) > 1:
        inits = in_speaker
    elif not inits and pron_subject and claims and claims[0].claimant.country:
        # "Hezbollah said it fired rockets": the pronoun is the speaker
        speaker = claims[0].claimant
        inits = [ActorMention(0, 0, speaker.name, speaker.name, speaker.country, speaker.kind, g.sent)]
    elif not inits and pron_subject and claims:
        # "The European Union said it would impose sanctions": a known body with no country of its own
        inits = [a for a in in_speaker if a.kind == "international"]
    if not inits and family(g.type) == "diplomacy":
        # "a ceasefire proposed by Washington": a place that proposes, agrees or refuses is its government
        inits = [ActorMention(p.tok_start, p.tok_end, p.text, p.place.name, p.place.country, "government", p.sent)
                 for p in doc._.places or [] if p.tok_start in subj_tokens and p.place.country]
    targets = [a for a in mentions if a.tok_start in obj_tokens and a not in inits]
    if family(g.type) in ("diplomacy", "statement") and g.type not in TWO_SIDED:
        # "Norway pledged military aid to Ukraine": a side does not act upon itself
        own = {a.country for a in inits if a.country}
        # ... but in a civil war an armed group and the state's forces are two sides of one country
        armed = any(a.kind == "armed_group" for a in inits)
        targets = [a for a in targets if a.country not in own or (a.kind == "armed_group") != armed]
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
            role = "mediator" if any(w in governors for w in MEDIATING) else "participant"
            actors.append(Actor(role, a.name, a.country, a.kind, a.text))
        # "in a swap brokered by the United Arab Emirates": the third party named as broker or host
        for p in doc._.places or []:
            governors = " ".join(t.lower_ for t in list(doc[p.tok_start].ancestors)[:3])
            if p.sent == g.sent and p.place.precision == "country" and p.place.country \
                    and any(w in governors for w in MEDIATING) and p.place.country not in {a.country for a in actors}:
                actors.append(Actor("mediator", p.place.name, p.place.country, "state", p.text))
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
        for a in actors:
            if a.role == "initiator" and a.kind == "armed_group" and a.country is None and tgt:
                a.country = tgt  # "gunmen attacked a village": armed groups take the country they fight in
        if "initiator" not in roles and tgt:
            other = other_side(doc, doc._.report_places, tgt)
            if other:
                actors.append(Actor("initiator", other, other, "state", None))
    return _dedupe(actors)



def other_side(doc: Doc, report: ReportPlaces, target: str) -> str | None:
    """Who attacked, when the sentence does not say: the report's other main country, or, in a
    civil war (armed groups of the target's own country), that country."""
    counts = report.country_counts
    for c in report.countries:
        if c != target and counts.get(c, 0) >= 2:
            return c
    if any(a.kind == "armed_group" and a.country == target for a in doc._.actors or []):
        return target
    return None


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


def _dedupe(actors: list[Actor]) -> list[Actor]:
    seen: set[tuple[str, str | None, str]] = set()
    out = []
    for a in actors:
        key = (a.role, a.country, a.name if a.country is None else "")
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out



"""The assembler: triggers, places, times, actors, counts and claims become event records.

``sitrep_events`` works like spaCy's span ruler, find then write. Find: group the triggers
of each clause, and give each group its type and status, date (``when``), places
(``where``), claims, counts and damage. Write: split the group into one draft per place (a
count attached to a place, "20 over the lake region", makes that place its own record),
give each its sides, fold the retellings of one event into one draft (``fold``), and hand
out the records.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from sitrep.geo.gazetteer import Gazetteer, Place
from sitrep.lexicon import Lexicon
from sitrep.lexicon.words import EventWords
from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.events import fold, gather
from sitrep.nlp.events.clauses import Group, commentary, done_by_doers_told_before, group_triggers
from sitrep.nlp.events.draft import DraftEvent, claim_of, sentence_span
from sitrep.nlp.events.gather import opens_apart
from sitrep.nlp.events.sense import eventive
from sitrep.nlp.events.sides import choose_actors
from sitrep.nlp.events.when import date_of, done_by_its_own_date, is_bound
from sitrep.nlp.events.where import (
    antecedent_place,
    choose_places,
    infer_country,
    location_of,
    place_of,
    places_of_counts,
    report_town,
    town_for,
)
from sitrep.nlp.headline import headline_grammar
from sitrep.nlp.mentions import (
    ActorMention,
    ClaimMention,
    DocInfo,
    PlaceMention,
    QuantityMention,
    ReportPlaces,
    TimeMention,
    TriggerMention,
    sentences,
)
from sitrep.nlp.phrases import index_of
from sitrep.nlp.quantities import an_age_for_a_person
from sitrep.nlp.time.finder import verb_tense
from sitrep.nlp.triggers import verbs_joined_with_its_doer, weapon_spans
from sitrep.records import Actor, Claim, Damage, DateWindow, Event, Location, Quantity, Span, family

FIXED_STATUS = {"diplomacy.rejection": "occurred", "statement.denial": "occurred", "statement.accusation": "occurred",
                "statement.threat": "occurred", "diplomacy.proposal": "proposed"}

Plan = list[tuple[Location | None, list[QuantityMention]]]  # each record's place and counts


@dataclass
class Report:
    """The report as the assembler goes through it: its groups and paragraphs, and what it told last."""

    groups: list[Group]
    paragraphs: list[int]  # the paragraph of each sentence
    dated: list[TimeMention]  # the narrative's days and nights, in the order told
    last_attack_type: str = "attack.ground"
    last_attack_paragraph: int = -1  # the paragraph that told it; -1 before any
    place_by_paragraph: dict[int, PlaceMention] = field(default_factory=dict)
    initiator_by_target: dict[str, Actor] = field(default_factory=dict)  # who the report last said attacked it
    used_quantities: set[int] = field(default_factory=set)  # ids of the counts some group took
    town: Place | None = None  # the dateline's town ("LAKEVILLE, Ore. —")

    def narrative_time(self, sent: int) -> TimeMention | None:
        """"Shells hit the port on Sunday. ... A second shell hit a school": the last day told before ``sent``."""
        earlier = [t for t in self.dated if t.sent < sent]
        return earlier[-1] if earlier else None


@dataclass
class Found:
    """What one clause tells, before it is split per place: "rockets hit two towns on Monday, the army said"."""

    group: Group
    type: str
    status: str
    date: DateWindow
    evidence: Span
    claims: list[Claim]
    damage: list[Damage]
    plan: Plan
    anaphoric: bool
    denies_claim: bool
    denied_source: str | None


class EventAssembler(SitrepComponent):
    noun_families: dict[str, str]  # "blast": attack, for ``gather``
    act_nouns: frozenset[str]  # the one-word trigger words ("bombing", "raid"), for ``where``
    casualty_words: frozenset[str]  # "killed", "hurt", for ``gather``
    account_keepers: frozenset[str]  # "sgt.", "police", "sheriff": who keeps a case's record, for ``gather``
    people: frozenset[str]  # "man", "suspect": the nouns that count people (items.tsv), for ``gather``

    def prepare(self) -> None:
        self.noun_families = gather.event_noun_families(self.lex)
        # a word whose entry reads it only as a verb names no act as a noun ("protesting fee increases")
        self.act_nouns = frozenset(t.words[0] for t in self.lex.triggers
                                   if t.type != "none" and len(t.words) == 1 and not t.weapon_frame
                                   and (not t.pos or "NOUN" in t.pos))
        self.casualty_words = gather.casualty_words(self.lex)
        words = self.lex.claim_words
        self.account_keepers = words.ranks | words.account_keepers | frozenset(self.lex.institutions)
        self.people = frozenset(w for w, item in self.lex.items.items() if item == "person")

    def __init__(self, located: list[str], unlocated_families: list[str]) -> None:
        self.located = set(located)
        self.unlocated = set(unlocated_families)

    def __call__(self, doc: Doc) -> Doc:
        """Find what each clause tells, write one draft per place, fold the drafts into records."""
        gaz = self.gaz
        report = read_report(doc, self.lex.event_words, self.lex)
        report.town = report_town(doc, gaz, self.lex)
        drafts: list[DraftEvent] = []
        for g in report.groups:
            found = self._find(doc, g, report)
            if found is not None:
                drafts += eventive(self._write(doc, found, report, gaz), sentences(doc), self.lex)
        doc._.events = self._records(doc, drafts, report)
        return doc

    # -- find ----------------------------------------------------------------------------------
    def _find(self, doc: Doc, g: Group, report: Report) -> Found | None:
        """What group ``g`` tells: type and status, date, claims, places with their counts, damage."""
        words = self.lex.event_words
        anaphoric = _anaphoric(doc, g, words)
        if anaphoric and commentary(doc, g, words.commentary_verbs):
            return None
        etype = _resolved_type(g, report)
        status = done_by_its_own_date(doc, g, status_of(g, etype), report.narrative_time(g.sent), words)
        etype = put_forward(etype, status)
        info: DocInfo = doc._.info
        evidence = sentence_span(doc, g.sent, info.article_id)
        claims = claims_of(doc, g, evidence, etype)
        date = date_of(doc, g, status, report.narrative_time(g.sent), words)
        places = self._places(doc, g, etype, evidence.text, report)
        counts = counts_of(doc, g, etype, report)
        etype = on_civilians(doc, etype, counts, self.lex.actor_words.state_agents)
        etype = on_a_person(doc, g, etype, counts, self.lex)
        etype = on_unarmed_people(doc, g, by_a_lone_shooter(doc, g, etype, self.lex), counts, self.lex)
        etype = on_soldiers(doc, etype, counts, self.lex.actor_words.state_agents)
        return Found(
            group=g, type=etype, status=status, date=date, evidence=evidence, claims=claims,
            damage=self._damage(doc, g), plan=split_per_place(doc, counts, places), anaphoric=anaphoric,
            denies_claim=etype == "statement.denial" and _denies_a_claim(doc, g, words),
            denied_source=_denied_source(doc, g, words),
        )

    def _places(self, doc: Doc, g: Group, etype: str, text: str, report: Report) -> list[PlaceMention]:
        """The places of the clause, else the paragraph's last place; "downed 40 of the 50 drones launched across
        the country" is the whole wave's, never the last town told."""
        words = self.lex.event_words
        par = report.paragraphs[g.sent]
        nationwide = any(w in f" {text.lower()} " for w in words.nationwide)
        places = choose_places(doc, g, self.located, self.unlocated, self.lex, self.gaz,
                               None if nationwide else report.place_by_paragraph.get(par),
                               None if nationwide else report.place_by_paragraph.get(par - 1), self.act_nouns)
        specific = [p for p in places if p.place.precision != "country"]
        if specific and etype in self.located:
            report.place_by_paragraph[par] = specific[-1]
        return places

    def _damage(self, doc: Doc, g: Group) -> list[Damage]:
        """"Shells hit the school, damaging its roof": what an attack damaged, once per kind of object."""
        if family(g.type) != "attack":
            return []
        idx = sorted(g.scope)
        out: dict[str, Damage] = {}
        for k, end, obj in index_of(self.lex.damage).find([doc[i].lemma_.lower() for i in idx]):
            if obj not in out:
                out[obj] = Damage(obj, doc[idx[k]:idx[end - 1] + 1].text)
        return list(out.values())

    # -- write ---------------------------------------------------------------------------------
    def _write(self, doc: Doc, f: Found, report: Report, gaz: Gazetteer) -> list[DraftEvent]:
        """One draft per place of the plan, each with its sides; a refused proposal adds the proposal."""
        drafts: list[DraftEvent] = []
        for location, counts in f.plan:
            draft = self._draft(doc, f, location, counts, report, gaz)
            drafts.append(draft)
            if f.type == "diplomacy.rejection":
                drafts += self._refused_proposal(doc, f.group, draft.event)
        return drafts

    def _draft(self, doc: Doc, f: Found, location: Location | None, counts: list[QuantityMention],
               report: Report, gaz: Gazetteer) -> DraftEvent:
        """The record of ``f`` at ``location``, with its counts and sides."""
        info: DocInfo = doc._.info
        location = at_sea(location, doc._.report_places, gaz)
        nationwide = any(w in f" {f.evidence.text.lower()} " for w in self.lex.event_words.nationwide)
        before = None if nationwide else report.place_by_paragraph.get(report.paragraphs[f.group.sent] - 1)
        location, actors, inferred = self._where_and_sides(doc, f, location, gaz, None if nationwide else report.town,
                                                           before)
        if family(f.type) == "attack":
            actors = _narrative_initiator(actors, report.initiator_by_target)
        ev = Event(
            type=f.type, status=f.status, date=f.date, location=location, actors=actors,
            quantities=[Quantity(q.item, q.role, q.value, q.qualifier, q.text, 0 if f.claims else None)
                        for q in _one_per_kind(doc, counts)],
            damage=list(f.damage) if location is f.plan[0][0] or len(f.plan) == 1 else [],
            claims=list(f.claims), evidence=[f.evidence], articles=[info.article_id],  # each record its own
            confidence=_confidence(location, f.date, f.claims),
        )
        return DraftEvent(ev, f.group.sent, {f.group.sent}, anaphoric=f.anaphoric,
                          inferred_place=inferred and len(f.plan) == 1, denies_claim=f.denies_claim,
                          denied_source=f.denied_source,
                          told_apart=opens_apart(doc, f.group.sent, self.lex.event_words.apart_openers)
                          or _counted_as_another(doc, f.group, self.lex.event_words.another_markers, self.lex.items))

    def _where_and_sides(self, doc: Doc, f: Found, location: Location | None, gaz: Gazetteer,
                         town: Place | None = None, before: PlaceMention | None = None,
                         ) -> tuple[Location | None, list[Actor], bool]:
        """The record's place and sides; with no place named, a site told before ("fled the camp"), else the
        dateline's town if the event is of its country, else the country of the target's side, narrowed for an
        attack to the paragraph before's scene in it (``before``). The flag says the place was inferred."""
        g, claims = f.group, f.claims
        place = gaz.country(location.country) if location and location.country and \
            location.precision == "country" else None
        actors = choose_actors(doc, g, place_of(location, place), claims, self.lex.actor_words, f.type)
        if location is not None or f.type not in self.located or family(f.type) in self.unlocated:
            return location, actors, False
        earlier = antecedent_place(doc, g, self.lex.event_words)
        if earlier is not None:
            return location_of(earlier), choose_actors(doc, g, earlier.place, claims, self.lex.actor_words, f.type), False
        tgt = infer_country(doc, doc._.info, g, f.type, actors, self.lex.event_words,
                            self.lex.place_words.placing_locatives, self.lex.trigger_words.ground_subjects,
                            self.lex.place_words.premises_abroad)
        local = town_for(town, tgt)
        if local is not None:
            loc = Location(local.name, local.country, local.admin1, local.lat, local.lon, local.precision, None,
                           local.geonameid)
            return loc, choose_actors(doc, g, local, claims, self.lex.actor_words, f.type), True
        cp = gaz.country(tgt) if tgt else None
        if cp is None:
            return None, actors, False
        if before is not None and before.place.country == tgt and family(f.type) == "attack":
            # "Jets struck Velden. / Also in the past day, the coalition conducted five strikes": the scene goes on
            return location_of(before), choose_actors(doc, g, before.place, claims, self.lex.actor_words, f.type), True
        country = Location(cp.name, cp.country, None, cp.lat, cp.lon, "country", None, cp.geonameid)
        return country, choose_actors(doc, g, cp, claims, self.lex.actor_words, f.type), True

    def _refused_proposal(self, doc: Doc, g: Group, rejection: Event) -> list[DraftEvent]:
        """"The rebels rejected a Ruritanian plan for a truce": a refused proposal is two records, the proposal
        (by its owner, put forward by the time it was refused) and the refusal."""
        refuser = {a.country for a in rejection.actors if a.role == "initiator"}
        for obj in _proposals_refused(doc, g, self.lex.event_words.proposal_nouns):
            sides = [a for a in _owners(doc, obj) if a.country not in refuser]
            if sides:
                a = sides[0]
                prop = Event(type="diplomacy.proposal", status="proposed", date=rejection.date, location=None,
                             actors=[Actor("initiator", a.name, a.country, a.kind, a.text)],
                             evidence=list(rejection.evidence), articles=list(rejection.articles),
                             confidence=rejection.confidence)
                return [DraftEvent.told_in(prop, g.sent)]
        return []

    # -- records -------------------------------------------------------------------------------
    def _records(self, doc: Doc, drafts: list[DraftEvent], report: Report) -> list[Event]:
        """Counts told without a trigger join their event, retellings fold, the speakers of sentences that tell a
        record again join it (``gather``), and the records get their ids."""
        words = self.lex.event_words
        drafts = fold.attach_orphan_quantities(doc, drafts, report.used_quantities, words)
        drafts = fold.merge(drafts, report.paragraphs, words)
        events = [d.event for d in drafts]
        lede = [s for k, s in enumerate(sentences(doc)) if report.paragraphs[k] == 0]
        fold.drop_generic_lede_claims(events, lede[-1].end_char if lede else 0,
                                      self.lex.claim_words.generic_claimants)
        gather.gather_restatements(doc, events, gather.Retelling(
            doc, events, self.noun_families, words.anaphoric_determiners, words.commentary_verbs,
            self.lex.claim_words.naming_verbs, self.casualty_words, report.paragraphs,
            self.lex.claim_words.account_pronouns, self.account_keepers, self.people, words.apart_openers))
        gather.told_in_one_voice(doc, events)
        fold.drop_body_beside_its_officer(events, self.lex.claim_words.ranked_bodies, self.lex.claim_words.ranks)
        fold.drop_state_beside_its_body(events)
        gather.drop_reactions(doc, events, self.lex.claim_words.reaction_words,
                              self.lex.claim_words.purpose_words, self.lex.claim_words.unknowing_words)
        fold.one_name_per_speaker(events)
        for ev in events:
            ev.assign_id()
        return events


# -- the report --------------------------------------------------------------------------------------

def read_report(doc: Doc, words: EventWords, lex: Lexicon | None = None) -> Report:
    """The report's groups and paragraphs, and the days its narrative names ("on Sunday", "overnight"), not
    those of saying ("..., the mayor said on Friday"), of background, or the end of a span ("had filed
    reports by Wednesday": a deadline, not a day anything happened)."""
    info: DocInfo = doc._.info
    said_when = {c.verb for c in doc._.claims or []}
    told = [t for t in doc._.times or [] if not t.background and t.governor not in said_when
            and not is_bound(doc, t, words.span_bounds)]
    dated = [t for t in sorted(told, key=lambda t: t.sent) if t.window.precision in ("day", "night")
             and t.window.end and t.window.end <= info.published]
    triggers = list(doc._.triggers or [])
    if lex is not None:
        triggers = sorted(triggers + headline_casualties(doc, triggers, lex), key=lambda t: t.tok_start)
    groups = group_triggers(doc, triggers, words, lex.actor_words.answer_nouns if lex is not None else ())
    return Report(groups, fold.paragraph_index(doc), dated)


HEADLINE_TAGS = {"VBN", "VBZ", "VBP"}  # "three soldiers killed", "gunmen kill six", "blast leaves nine dead"


def headline_casualties(doc: Doc, triggers: list[TriggerMention], lex: Lexicon) -> list[TriggerMention]:
    """"Three soldiers killed, fifteen wounded in the east": the dead told in headline grammar (a participle
    with no auxiliary, a verb in the present, the dead counted) in a sentence no trigger speaks for are an
    attack of their own, its weapon the one the report told last; "Fiery crash kills three" is not, its killer
    being neither a side nor a weapon."""
    told = {t.sent for t in triggers}
    out: list[TriggerMention] = []
    for q in doc._.quantities or []:
        if q.sent in told or q.value == 0 or q.role != "killed":
            continue
        word = _headline_word(doc, q)
        if word is not None and _killer_fits(doc, word, lex):
            out.append(TriggerMention(word.i, word.i + 1, word.i, _killers_weapon(doc, word, lex), None, q.sent))
            told.add(q.sent)
    return out


def _killers_weapon(doc: Doc, word: Token, lex: Lexicon) -> str:
    """"Car bomb leaves nine dead": a weapon that is the subject of the headline types its attack; otherwise
    the attack is bare, of the weapon the report told last (``on_unarmed_people`` then reads "Gunmen kill six
    villagers" as an attack on civilians, as it reads every attack)."""
    verb = word.head if word.pos_ == "ADJ" else word
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:  # "Shells rain on the town, killing 6": the weapon the headline names
        line = verb.sent
        named = weapon_spans(line, lex) if headline_grammar(line) else []
        return named[0][1] if named else "attack"
    sent = doc[subject.left_edge.i:subject.i + 1]
    return next((atype for _, atype, _ in weapon_spans(sent, lex)), "attack")


def _killer_fits(doc: Doc, word: Token, lex: Lexicon) -> bool:
    """"Gunmen kill six", "Car bomb leaves nine dead", "three soldiers killed": the subject that kills, if
    any, is a side the report names or a weapon, and no other cause is told ("killed in a crash")."""
    verb = word.head if word.pos_ == "ADJ" else word
    if _a_cause_told(doc, verb, lex):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return not _a_hazard_above(doc, verb, lex) and not _an_accident_in_the_line(verb, lex)
    subj = subjects[0]
    if _a_hazard(doc, subj, lex):
        return False  # "Hurricane Zelda kills 5": a natural force, even one named like a group
    sides = any(a.tok_start <= subj.i < a.tok_end for a in doc._.actors or [])
    return sides or lex.items.get(subj.lemma_.lower()) in lex.quantity_words.weapon_items or \
        _armed_or_a_weapon(doc, subj, lex)


def _an_accident_in_the_line(verb: Token, lex: Lexicon) -> bool:
    """"Bus plunges into gorge, 20 killed", "Boat capsizes off the coast, 14 dead": a line whose dead no one is
    said to kill, that tells a vehicle, a crash or a fire (``accidental_death_cues``) and names no weapon, tells
    an accident ("Bomb hits bus, 20 killed" has its trigger, and never comes here)."""
    line = verb.sent
    cues, armed = lex.trigger_words.accidental_death_cues, lex.actor_words.armed_nouns
    if not any(t.lemma_.lower() in cues or t.lower_ in cues for t in line):
        return False
    if any(t.lemma_.lower() in armed for t in line) or weapon_spans(line, lex):
        return False  # "Gunmen ambush bus, 12 killed": armed men are named, whatever the parse made of the verb
    nouns = gather.event_noun_families(lex)  # read only for a line that tells an accident's word
    return not any(nouns.get(t.lemma_.lower()) == "attack" for t in line)


def _a_hazard(doc: Doc, subj: Token, lex: Lexicon) -> bool:
    """Is the subject (with its modifiers) a natural force: "floods", "Hurricane Zelda", "a fire"?"""
    return any(t.lemma_.lower() in lex.status.hazard_words for t in doc[subj.left_edge.i:subj.i + 1])


def _a_hazard_above(doc: Doc, verb: Token, lex: Lexicon) -> bool:
    """"Floods swept through Eastbrook, killing six": a participle with no subject of its own kills with the
    subject of the clause it hangs on, here a natural force, no side ("Shells hit the town, killing 6" is
    left to the weapon)."""
    if verb.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    return any(c.dep_ == "nsubj" and _a_hazard(doc, c, lex) for c in verb.head.children)


def _armed_or_a_weapon(doc: Doc, subj: Token, lex: Lexicon) -> bool:
    """"Gunmen kill six", "Troops kill 4 rebels", "IED kills two", "Mortar rounds kill 3": a subject that is
    armed people, a force, or a weapon the weapon list names."""
    lemma = subj.lemma_.lower()
    if lemma in lex.actor_words.armed_nouns or lemma in lex.actor_words.home_institutions:
        return True
    return bool(weapon_spans(doc[subj.left_edge.i:subj.i + 1], lex))


def _a_cause_told(doc: Doc, verb: Token, lex: Lexicon) -> bool:
    """"Two killed in highway crash": a common noun after "in" or "by" that is no place, direction or weapon
    is a cause the headline tells, and no trigger took it for an attack."""
    places = {i for p in doc._.places or [] for i in range(p.tok_start, p.tok_end)}
    directions = lex.event_words.directions
    for prep in (c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by")):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"):
            weapon = lex.items.get(obj.lemma_.lower()) in lex.quantity_words.weapon_items
            placed = any(t.i in places for t in obj.subtree)  # "in Baghdad market"
            if not placed and obj.lower_ not in directions and not weapon:
                return True
    return False


def _headline_word(doc: Doc, q: QuantityMention) -> Token | None:
    """The word that tells a casualty count in headline grammar, or None for a sentence in full grammar."""
    if q.noun is not None and doc[q.noun].pos_ == "ADJ" and not an_age_for_a_person(doc[q.noun]):
        return doc[q.noun]  # "leaves nine dead"; not "a 19-year-old", an age that names the one it befell
    if q.governor is None:
        return None
    gov = doc[q.governor]
    joined_to = [gov.head] if gov.dep_ == "conj" else []  # "a man was shot and killed": the auxiliary is the first's
    if any(c.dep_ in ("aux", "auxpass", "mark") for v in (gov, *joined_to) for c in v.children):
        return None
    told = gov.tag_ in HEADLINE_TAGS or _a_bare_present(gov) or (gov.tag_ == "VBG" and headline_grammar(gov.sent))
    return gov if told else None  # "Shells rain on the town, killing 6": a headline's participle


def _a_bare_present(verb: Token) -> bool:
    """"Gunmen kill six" with "kill" tagged as a base form: a base form that heads its sentence and has a
    subject (no "to", no auxiliary) is a headline's present."""
    return verb.tag_ == "VB" and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children)


# -- find, step by step --------------------------------------------------------------------------

NO_WEAPON_TYPES = ("attack.ground", "attack.civilians")  # typed by who fought or who was hit, not by a weapon


def _resolved_type(g: Group, report: Report) -> str:
    """"Missiles hit the city. ... The attack killed two": a bare attack is of the weapon told last in its
    paragraph; failing that of its own word ("34 strikes" are from the air, "the bombings" explosive), or of
    the weapon told last before it. A shooting or a clash told before names no weapon, so a word that names
    one keeps it: "Gunmen shot a man. ... Bombings in Lindau killed 44" are bombings ("... the men killed
    him" stays the shooting's kind)."""
    paragraph = report.paragraphs[g.sent] if g.sent < len(report.paragraphs) else -1
    etype = g.type
    if etype == "attack":
        bare = next((t.bare for t in g.triggers if t.bare), None)
        weapon_over_none = report.last_attack_type in NO_WEAPON_TYPES and bare not in (None, *NO_WEAPON_TYPES)
        same = report.last_attack_paragraph == paragraph and not weapon_over_none
        etype = report.last_attack_type if same or not bare else bare
    if family(etype) == "attack":
        report.last_attack_type, report.last_attack_paragraph = etype, paragraph
    return etype


CIVILIAN_ITEMS = ("civilian", "child")  # counts that name the victims as civilians
ARMED_ITEMS = ("soldier",)


def on_civilians(doc: Doc, etype: str, counts: list[QuantityMention], agents: Collection[str]) -> str:
    """"Gunmen opened fire on a wedding party, killing eight civilians": armed men whose dead are counted as
    civilians, and no soldier or policeman among them, attack civilians (a strike or a shelling keeps its
    delivery; "killing seven police officers and two civilians" is a fight with armed men of the state)."""
    if etype != "attack.ground":
        return etype
    items = {q.item for q in counts if q.role in ("killed", "injured")}
    return "attack.civilians" if items & set(CIVILIAN_ITEMS) and not items & set(ARMED_ITEMS) \
        and not _state_agents_hurt(doc, counts, agents) else etype


def _state_agents_hurt(doc: Doc, counts: list[QuantityMention], agents: Collection[str]) -> bool:
    """"killing seven police officers and two civilians": a state's armed agents (``state_agents``) among the
    dead or wounded, counted as people."""
    return any(_of_state_agents(doc, q, agents) for q in counts if q.role in ("killed", "injured"))


def _of_state_agents(doc: Doc, q: QuantityMention, agents: Collection[str]) -> bool:
    """Does ``q`` count a state's armed agents by their noun ("two policemen", "a deputy")?"""
    return q.noun is not None and doc[q.noun].lemma_.lower() in agents


def on_soldiers(doc: Doc, etype: str, counts: list[QuantityMention], agents: Collection[str]) -> str:
    """"Gunmen shot dead two soldiers at a checkpoint", "a policeman was shot dead by unidentified gunmen": a
    killing or an assault whose dead and wounded are all soldiers, or all a state's armed agents (``state_agents``:
    police), is a clash with armed men, not violence against civilians."""
    if etype != "attack.civilians":
        return etype
    hurt = [q for q in counts if q.role in ("killed", "injured") and q.value > 0]
    return "attack.ground" if hurt and all(q.item in ARMED_ITEMS or _of_state_agents(doc, q, agents) for q in hurt) \
        else etype


PERSON_WORDS = frozenset({"he", "she", "him", "her", "them", "they"})


def _a_person_victim(t: Token, lex: Lexicon) -> bool:
    """"a woman", "his neighbour", "Sgt. Ruiz", "her": a person, not a post, a unit or a town."""
    return t.ent_type_ == "PERSON" or t.lower_ in PERSON_WORDS or t.lemma_.lower() in lex.status.victim_nouns


def on_a_person(doc: Doc, g: Group, etype: str, counts: list[QuantityMention], lex: Lexicon) -> str:
    """"Two men assaulted a woman in the car park", "he attacked a neighbour with a knife": a ground attack on
    a person, with no army, armed group or soldier in its clause, is violence against civilians ("gunmen
    attacked an army checkpoint" stays on the ground)."""
    if etype != "attack.ground" or any(q.item in ARMED_ITEMS for q in counts):
        return etype
    sent = sentences(doc)[g.sent]
    armed = [a for a in doc._.actors or [] if sent.start <= a.tok_start < sent.end
             and a.kind in ("military", "armed_group")]
    if armed:
        return etype
    verbs = [doc[t.head] for t in g.triggers]
    verbs += [j for v in verbs for j in verbs_joined_with_its_doer(v)]  # "attacked and beat a man"
    victims = [ch for v in verbs for ch in v.children if ch.dep_ in ("dobj", "nsubjpass")] + [
        o for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in ("on", "of")
        for o in p.children if o.dep_ == "pobj"]
    if any(_of_a_rank(v, lex) for v in victims):
        return etype  # "Corporal Ian Lowe was killed on patrol": a soldier by his rank
    return "attack.civilians" if any(_a_person_victim(v, lex) for v in victims) else etype


def by_a_lone_shooter(doc: Doc, g: Group, etype: str, lex: Lexicon) -> str:
    """"A gunman opened fire outside a tavern, wounding two", "a man fired at a car on the highway": one person,
    named in the singular (``lone_shooters``), who fires, with no army, armed group, police or soldier in the
    sentence (``armed_marks``; "..., police said" after the act names the teller: ``_speakers``), commits a crime
    against civilians; "a man opened fire on deputies" stays a clash, and so do "gunmen" in the plural."""
    if etype != "attack.ground":
        return etype
    verbs = [doc[t.head].head if doc[t.head].dep_ == "dobj" else doc[t.head] for t in g.triggers]  # "opened fire"
    shooters = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    if not shooters or not all(s.tag_ == "NN" and s.lemma_.lower() in lex.status.lone_shooters for s in shooters):
        return etype
    sent, own = sentences(doc)[g.sent], {s.i for s in shooters}
    others = [a for a in doc._.actors or [] if sent.start <= a.tok_start < sent.end
              and a.kind in ("military", "armed_group") and not own & set(range(a.tok_start, a.tok_end))]
    if others:  # the shooter may be an armed group's word itself ("a gunman"), but no other may be there
        return etype
    speakers = _tellers_after(doc, g.sent, max(v.i for v in verbs))
    armed = any(t.lemma_.lower() in lex.status.armed_marks and t.i not in speakers for t in sent)
    return etype if armed else "attack.civilians"


def _tellers_after(doc: Doc, k: int, act: int) -> set[int]:
    """"..., wounding two, police said", "..., a sheriff's spokesman said": the words of the claimants (``sitrep_claims``)
    whose verb comes after the act in sentence ``k`` name the source, not one who took part in it. A teller before
    it may be the one aimed at ("deputies said a man fired at them")."""
    return {i for c in doc._.claims or [] if c.sent == k and c.verb > act for i in range(*c.subject_tokens)}


def _of_a_rank(victim: Token, lex: Lexicon) -> bool:
    """"Corporal Ana Ruiz", "Sgt. Ivo Kos": a person named with a military rank is a soldier."""
    return any(t.lower_.rstrip(".") in lex.actor_words.military_ranks for t in victim.subtree if t.i <= victim.i)


def _victims(doc: Doc, g: Group) -> list[Token]:
    """What the attack words act on: their objects, what they are "on" or "of", and the noun a participle of
    theirs describes ("Aid worker killed in Darfur")."""
    heads = [doc[t.head] for t in g.triggers]
    return [ch for h in heads for ch in h.children if ch.dep_ in ("dobj", "nsubjpass")] + [
        o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "of", "at")
        for o in p.children if o.dep_ == "pobj"] + [
        h.head for h in heads if h.dep_ == "acl" and h.tag_ == "VBN" and h.head.pos_ == "NOUN"]


def on_unarmed_people(doc: Doc, g: Group, etype: str, counts: list[QuantityMention], lex: Lexicon) -> str:
    """"Gunmen attacked a village near Eastbrook, killing six", "militants stormed a church and killed 14
    worshippers", "armed men attacked people at a market": an armed attack on unarmed people, or on where they
    live or gather, is violence against civilians whoever attacked; a soldier or a policeman among the dead keeps
    it a clash ("killing nine people" in a clash names no one unarmed)."""
    if etype != "attack.ground" or any(q.item in ARMED_ITEMS for q in counts) \
            or _state_agents_hurt(doc, counts, lex.actor_words.state_agents):
        return etype
    targets, people = lex.status.unarmed_targets, lex.status.victim_nouns
    harmed = [q for q in counts if q.role in ("killed", "injured") and q.value > 0]
    if harmed:
        targets = targets | lex.status.inhabited_places  # "attacked a village, killing six"
    hit = [doc[q.noun] for q in harmed if q.noun is not None]
    armed = {i for a in doc._.actors or [] if a.kind in ("military", "armed_group") for i in range(a.tok_start, a.tok_end)}
    attacked = any(_named_as(t, targets | people) and t.i not in armed for t in _victims(doc, g))
    one = [doc[q.noun] for q in harmed if q.noun is not None and q.value == 1]
    attacked = attacked or any(_one_unarmed(t, armed, lex) for t in one if t in _victims(doc, g))
    return "attack.civilians" if attacked or any(t.lemma_.lower() in targets for t in hit) else etype


def _one_unarmed(victim: Token, armed: set[int], lex: Lexicon) -> bool:
    """"militants killed a tribal elder", "gunmen shot dead a school bursar": one person an armed attack killed
    or wounded, told by a trade or a standing that bears no arms (not "a police officer", "an army sergeant",
    "a rebel commander", "a Hamas commander"), is a civilian."""
    arms = lex.status.armed_marks | lex.trigger_words.killer_nouns | lex.actor_words.military_ranks
    told = [t for t in victim.subtree if t.i <= victim.i]
    return victim.tag_ == "NN" and not any(t.i in armed or t.lemma_.lower() in arms for t in told)


def _named_as(target: Token, words: frozenset[str]) -> bool:
    """Is what was attacked one of ``words``, by its own word or the one that says what kind it is ("a gold
    mining site", "a market stall")?"""
    kinds = [ch for ch in target.children if ch.dep_ in ("compound", "amod") and ch.i < target.i]
    return any(t.lemma_.lower() in words for t in (target, *kinds))


PUT_FORWARD_FAMILIES = ("diplomacy",)


def put_forward(etype: str, status: str) -> str:
    """"The envoy offered to host talks in Vienna", "Moldova urged both sides to sign a truce", "the minister
    called for an emergency summit": talks, a deal or a truce only put forward is a proposal, made when it is
    put forward (a refusal stays a refusal)."""
    if status != "proposed" or family(etype) not in PUT_FORWARD_FAMILIES or etype == "diplomacy.rejection":
        return etype
    return "diplomacy.proposal"


def status_of(g: Group, etype: str) -> str:
    """"Unions plan a strike" is planned; a denial or a refusal happens when it is said."""
    status = done_by_its_verb(g) or next((t.status for t in g.triggers if t.status), None) or "occurred"
    return FIXED_STATUS.get(etype, status)


def done_by_its_verb(g: Group) -> str | None:
    """"Police arrested two men on Monday on warrants for theft", "the two were arrested in a raid
    on a planned sale": the clause's own verb, an event word told plainly in the past or present (no
    plan, modal or future on it), says the act was done; a noun below it with a status of its own
    (the warrants, the planned sale) names something else."""
    if len(g.triggers) < 2 or g.gov is None or g.gov.pos_ != "VERB":
        return None
    verb = _the_acting_verb(g, g.gov)
    if verb is None or verb.status is not None:
        return None
    return "occurred" if verb_tense(g.gov) in ("past", "present") else None


def _the_acting_verb(g: Group, gov: Token) -> TriggerMention | None:
    """The clause's own verb, or, when that verb is no event word, an event verb joined to it by "and" that
    shares its subject: "deputies served a search warrant and arrested four people" is told done by
    "arrested" (the warrant it was served on names the means, not a planned arrest)."""
    own = next((t for t in g.triggers if t.head == gov.i), None)
    if own is not None:
        return own
    doc = gov.doc
    return next((t for t in g.triggers if doc[t.head].dep_ == "conj" and doc[t.head].head.i == gov.i
                 and doc[t.head].pos_ == "VERB" and doc[t.head].tag_ == gov.tag_), None)


SPOKEN_ACTS = ("diplomacy.proposal", "diplomacy.call")  # acts done by saying: "the ministry called for talks"


def claims_of(doc: Doc, g: Group, span: Span, etype: str | None = None) -> list[Claim]:
    """The claims of the clause's sentence: "a spokesman said"; a denial's or accusation's claimant is the one
    who denies or accuses ("the ministry denied the report"); an act done by saying (``SPOKEN_ACTS``: "the
    government called for talks", "the envoy urged a truce") has its speaker among its claimants, beside the
    other speakers of its sentence."""
    heads = {t.head for t in g.triggers}
    own = [c for c in doc._.claims or [] if c.verb in heads]
    if family(g.type) == "statement" and own:
        return [claim_of(c, span) for c in own]
    spoken = (etype or g.type) in SPOKEN_ACTS
    said = [c for c in doc._.claims or [] if c.sent == g.sent
            and (c.verb not in heads or spoken) and not said_aside(doc, c, heads)]
    said = _the_source_not_its_carrier(doc, _speakers_of_its_stretch(doc, said, heads))
    return [claim_of(c, span) for c in _one_voice_each(said)]


def _the_source_not_its_carrier(doc: Doc, said: list[ClaimMention]) -> list[ClaimMention]:
    """"The agency reported, citing an army officer, that ...", "the agency, citing an officer, said ...": one voice
    that reaches the reader through another is one claimant, the source the carrier names (its speaker after its
    verb, the verb hung on the carrier's); the carrier only passes it on."""
    carriers = {doc[c.verb].head.i for c in said if c.subject_tokens[0] > c.verb and doc[c.verb].head.i != c.verb}
    return [c for c in said if c.verb not in carriers] if carriers else said


def _one_voice_each(said: list[ClaimMention]) -> list[ClaimMention]:
    """"“We lost the patrol,” an officer said, adding that gunmen killed eight": one speaker who says a thing twice
    in a sentence (or goes on with "adding") is one claimant of what it tells, not two."""
    seen: set[tuple[str, str]] = set()
    out = []
    for c in said:
        if (c.claimant.lower(), c.stance) not in seen:
            seen.add((c.claimant.lower(), c.stance))
            out.append(c)
    return out


def _speakers_of_its_stretch(doc: Doc, said: list[ClaimMention], heads: set[int]) -> list[ClaimMention]:
    """"Rebels raided a post near Lakeby, the army said, while in Orford police held ten men, an official said": a
    sentence of two speakers, each set after the words it tells ("..., X said") or before them ("X said that ..."),
    gives the clause only the speakers whose stretch of the sentence holds it; a clause no stretch holds keeps
    them all, and so does a sentence whose stretches its words do not mark: a carried or "according to" speaker,
    or one whose verb hangs on another's ("the agency, citing an official, said ...": both tell it all)."""
    verbs = {c.verb for c in said}
    if len({c.claimant.lower() for c in said}) < 2 or any(
            c.subject_tokens == (0, 0) or c.verb_text.lower() == "according" or doc[c.verb].head.i in verbs - {c.verb}
            for c in said):
        return said
    order = sorted({c.verb: c for c in reversed(said)}.values(), key=lambda c: c.verb)  # speakers of one verb share it
    stretches = [_stretch(doc, order, n) for n in range(len(order))]
    mine = {c.verb for c, (lo, hi) in zip(order, stretches, strict=True) if any(lo <= h < hi for h in heads)}
    return [c for c in said if c.verb in mine] if mine else said


def _stretch(doc: Doc, order: list[ClaimMention], n: int) -> tuple[int, int]:
    """The tokens claim ``n`` of a sentence's claims (in order) speaks for: those from the claim before it up to
    its speaker, when it follows what it tells ("..., the army said"), else those from its verb up to the next
    claim's speaker ("the army said rebels raided ..."; "the rebels said they downed a jet, a claim the army
    denied": the jet is in both stretches)."""
    c = order[n]
    verb = doc[c.verb]
    if _sums_up(verb):
        return 0, min(c.subject_tokens[0], c.verb)
    if any(k.dep_ in ("ccomp", "xcomp") and k.i > c.verb for k in verb.children):
        nxt = order[n + 1] if n + 1 < len(order) else None
        return c.verb, min(nxt.subject_tokens[0], nxt.verb) if nxt is not None else len(doc)
    prev = order[n - 1] if n > 0 else None
    return _end_of(prev) if prev is not None else 0, min(c.subject_tokens[0], c.verb)


def _sums_up(verb: Token) -> bool:
    """"Rebels shelled the town, killing four, the governor said, a toll the army confirmed": a speaker whose verb
    describes a noun set off by a comma after all that was told ("a toll", "a figure") speaks of all of it, not
    only of the words after the speaker before it."""
    noun = verb.head
    return verb.dep_ == "relcl" and noun.i < verb.i and noun.dep_ in ("npadvmod", "appos") \
        and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","


def _end_of(c: ClaimMention) -> int:
    """Where a claim's own words end: after its verb, or after its speaker when the speaker follows the verb
    ("..., said the army"); a speaker's words that run on past the verb ("the rebels said ..., a claim" parsed as
    one name) end at the verb."""
    return c.subject_tokens[1] if c.subject_tokens[0] > c.verb else c.verb + 1


def said_aside(doc: Doc, c: ClaimMention, heads: set[int]) -> bool:
    """"The men were arrested three days after police said they shot a woman": a saying in a clause of time or
    cause ("after", "before", "since", "because" ...) tells what that clause says, not the act of the sentence
    that holds it (unless the act is in its words: "after police said two men were arrested"). A saying in the
    present ("was charged after police say he hit a car") is no time of saying but the teller of it all."""
    verb = doc[c.verb]
    if c.subject_tokens == (0, 0) or c.verb_text.lower() == "according" or verb.tag_ in ("VBP", "VBZ"):
        return False  # "charged on Sunday after police say he hit a car": "say" now tells who tells it all
    marked = any(ch.dep_ == "mark" and ch.lower_ not in ("that", "whether", "if") for ch in verb.children)
    in_phrase = verb.dep_ == "pcomp" and verb.head.dep_ == "prep"  # "three days after police said ..."
    return (marked or in_phrase) and not any(verb.is_ancestor(doc[h]) for h in heads)


def counts_of(doc: Doc, g: Group, etype: str, report: Report) -> list[QuantityMention]:
    """"Shelling killed three and wounded ten": the counts of the clause, and those of its sentence no other
    clause holds, that fit the event."""
    in_sent = [q for q in doc._.quantities or [] if q.sent == g.sent]
    counts = [q for q in in_sent if q.tok_start in g.scope]
    rest = [q for q in in_sent if q.tok_start not in g.scope]  # those not counted yet (equal ones start alike)
    if rest:  # the tokens other clauses of the sentence hold, gathered once rather than once a count
        held = set().union(*(o.scope for o in report.groups if o is not g and o.sent == g.sent))
        counts += [q for q in rest if q.tok_start not in held]
    counts = _fitting(counts, etype)
    if family(etype) == "protest":
        counts = [q for q in counts if not _of_the_act_protested(doc, g, q)]
        if _an_arrest_told_beside(g, report):
            counts = [q for q in counts if q.role != "detained" or q.value == 0]
    report.used_quantities |= {id(q) for q in counts}
    return counts


def _of_the_act_protested(doc: Doc, g: Group, q: QuantityMention) -> bool:
    """"Protesters burned a police station over the killing of a youth": the one a noun of killing or death
    other than the protest's own word is of died in the act protested, not at the protest ("two protesters
    were killed" is told by a verb, and stays)."""
    if q.governor is None:
        return False
    gov = doc[q.governor]
    own = {i for t in g.triggers for i in range(t.tok_start, t.tok_end)}
    return gov.pos_ == "NOUN" and gov.i not in own and q.role in ("killed", "injured")


def _an_arrest_told_beside(g: Group, report: Report) -> bool:
    """"Police arrested 12 supporters during a rally": a riot or a march with arrests is two records, and the
    people held are the arrest's count, not the protest's; a protest told alone keeps its "no one was held"."""
    return any(o is not g and o.sent == g.sent and family(o.type) == "arrest" for o in report.groups)


def split_per_place(doc: Doc, counts: list[QuantityMention], places: list[PlaceMention]) -> Plan:
    """"Drones hit two towns, killing three in one of them": a count attached to a place is that place's record;
    the counts attached to none go with the first place that has none, or with no place. A count over places
    joined by "and" ("34 strikes in Ruritania and Osterlich") is a total told for none of them alone: no
    record of one place carries it. A headline's one place is that of all its counts ("3 killed, 15 wounded in
    Lindau")."""
    attached: dict[int, list[QuantityMention]] = {}
    loose: list[QuantityMention] = []
    joined = _joined_places(doc, places)
    one_line = len(places) == 1 and headline_grammar(doc[places[0].tok_start].sent)
    for q, p in zip(counts, places_of_counts(doc, counts, places) if places else [None] * len(counts), strict=True):
        if p is not None and id(p) in joined:
            continue
        if p is not None and (len(places) > 1 or len(counts) > 1 and not one_line):
            attached.setdefault(id(p), []).append(q)
        else:
            loose.append(q)
    plan: Plan = [(location_of(p), attached[id(p)]) for p in places if id(p) in attached]
    free = [p for p in places if id(p) not in attached]
    if loose and not plan and len(free) > 1 and not _a_stretch_between(doc, free):
        plan = [(location_of(p), []) for p in free]  # "killed 34 in Ruritania and Osterlich": none's alone
    elif free:
        plan += [(location_of(p), loose if n == 0 else []) for n, p in enumerate(free)]
    elif loose or not plan:
        plan.insert(0, (None, loose))
    return plan


def _joined_places(doc: Doc, places: list[PlaceMention]) -> set[int]:
    """The places of a clause joined to another of them by a conjunction: "in Ruritania and Osterlich" (not
    "between Ruritania and Osterlich", one stretch)."""
    heads = {doc[p.tok_end - 1].i: p for p in places}
    out: set[int] = set()
    for p in places:
        root = doc[p.tok_end - 1]
        other = heads.get(root.head.i)
        if root.dep_ == "conj" and other is not None and other is not p and not _a_stretch_between(doc, [other]):
            out |= {id(p), id(other)}
    return out


def _a_stretch_between(doc: Doc, places: list[PlaceMention]) -> bool:
    """"on the road between Ruritania and Osterlich": one stretch of land, not several places."""
    return any(doc[p.tok_end - 1].head.lower_ == "between" for p in places)


def at_sea(location: Location | None, report: ReportPlaces, gaz: Gazetteer) -> Location | None:
    """"A tanker was struck in the strait": a point of no country is the coastal country the report names."""
    if location is not None and location.country is None and location.precision == "point":
        coast = [c for c in report.countries if c in gaz.coastal(location.name)]
        location.country = coast[0] if coast else None
    return location


def _counted_as_another(doc: Doc, g: Group, another: frozenset[str], items: Mapping[str, str]) -> bool:
    """"Gunmen attacked a bus on Monday. A second attack hit a village nearby", "another bombing struck the
    market": an act whose own noun is counted as one more, with "another" or "a" and an ordinal, is another act
    than those told before. Not "the fourth homicide of the year" (a rank in a tally, maybe this very act) nor
    "shot a second time" (the act done again)."""
    return any(_one_more(n, another) for t in g.triggers for n in _counted_nouns(doc[t.head], items))


def _counted_nouns(act: Token, items: Mapping[str, str]) -> list[Token]:
    """The act's own noun, or, for a verb, the people or things it was done to ("a second man had been stabbed");
    not a word of how often ("shot a second time": a time is no thing done to)."""
    if act.pos_ != "VERB":
        return [act] if act.pos_ == "NOUN" else []
    return [ch for ch in act.children if ch.dep_ in ("nsubjpass", "dobj") and ch.lemma_.lower() in items]


def _one_more(noun: Token, another: frozenset[str]) -> bool:
    """"another attack", "a second man": counted as one more; "the fourth homicide" is a rank, not one more.
    (``when.counted_as_another`` reads the looser mark for dates, where a rank misleads no one.)"""
    mods = [m.lower_ for m in noun.children if m.dep_ in ("amod", "det")]
    return "another" in mods or (bool({"a", "an"} & set(mods)) and bool(another & set(mods)))


def _narrative_initiator(actors: list[Actor], last: dict[str, Actor]) -> list[Actor]:
    """"Ruritanian missiles struck the port ... In a separate attack, a missile hit the capital": an attack
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


def _proposals_refused(doc: Doc, g: Group, nouns: frozenset[str]) -> Iterator[Token]:
    """"rejected the offer", "turned down a plan": the proposals the rejection's verbs take as objects."""
    for t in g.triggers:
        yield from (c for c in doc[t.head].children if c.dep_ == "dobj" and c.lemma_.lower() in nouns)


def _owners(doc: Doc, proposal: Token) -> list[ActorMention]:
    """"a Ruritanian plan", "the council's offer": the sides a proposal is said to be of."""
    owners = {c.i for c in proposal.children if c.dep_ in ("amod", "compound", "poss")}
    owners |= {x.i for c in proposal.children if c.dep_ == "poss" for x in c.subtree}
    return [a for a in doc._.actors or [] if a.tok_start in owners and a.country]


def _fitting(quants: list[QuantityMention], etype: str) -> list[QuantityMention]:
    """The counts that can belong to an event of this type: "20 were detained" not at an air strike."""
    return [q for q in quants if q.role not in fold.ROLE_FAMILIES or family(etype) in fold.families_of(q)]


def _one_per_kind(doc: Doc, quants: list[QuantityMention]) -> list[QuantityMention]:
    """One count per item and role: in "seven people, among them three children" the subset repeats the item.
    A second group joined by "and" to the first is counted too: "nine troops and 14 rebels were killed"."""
    out: list[QuantityMention] = []
    first: dict[tuple[str, str], QuantityMention] = {}
    for q in quants:
        kept = first.setdefault((q.item, q.role), q)
        if kept is q or _another_group(doc, q, kept):
            out.append(q)
    return out


def _another_group(doc: Doc, q: QuantityMention, kept: QuantityMention) -> bool:
    """"four soldiers and six rebels": a count whose noun is joined by "and" to the noun of the one kept, or
    whose verb is joined to its verb ("killed 25 militants and lost two soldiers"), is of other people, not a
    part of them; a sum spanning both ("ten") holds it already."""
    if q.part or q.noun is None or kept.noun is None or kept.tok_start <= q.tok_start < kept.tok_end:
        return False
    noun, verb = doc[q.noun], doc[q.governor] if q.governor is not None else None
    nouns_joined = noun.dep_ == "conj" and noun.head.i == kept.noun and q.noun != kept.noun
    verbs_joined = verb is not None and verb.dep_ == "conj" and verb.head.i == kept.governor  # "killed 25, lost two"
    return nouns_joined or verbs_joined


def _denies_a_claim(doc: Doc, g: Group, words: EventWords) -> bool:
    """"denied that the plant had been hit", "dismissed the figures": a denial of what someone said."""
    for t in g.triggers:
        kids = list(doc[t.head].children)
        if any(c.dep_ == "ccomp" for c in kids) or any(c.dep_ == "dobj" and c.lemma_.lower() in words.claim_nouns
                                                       for c in kids):
            return True
    return False


def _denied_source(doc: Doc, g: Group, words: EventWords) -> str | None:
    """Whose words a denial names: "dismissed the agency's figures" -> "the agency", "disputed a report in a
    weekly" -> "report" (words not told before); None when it names nobody."""
    for t in g.triggers:
        for obj in (c for c in doc[t.head].children if c.dep_ == "dobj" and c.lemma_.lower() in words.claim_nouns):
            source = _source_of(doc, obj, words)
            if source is not None:
                return source
    return None


def _source_of(doc: Doc, said: Token, words: EventWords) -> str | None:
    """"a report in a weekly": the words themselves, new to the report; "the agency's figures", "figures by the
    agency": the agency."""
    if any(c.dep_ == "det" and c.lower_ in words.indefinite_articles for c in said.children):
        return said.text
    for c in said.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return doc[c.left_edge.i:c.i + 1].text
        if c.dep_ == "prep" and c.lower_ in words.source_preps:
            objs = [x for x in c.children if x.dep_ == "pobj"]
            if objs:
                return doc[objs[0].left_edge.i:objs[0].i + 1].text
    return None


def _anaphoric(doc: Doc, g: Group, words: EventWords) -> bool:
    """"The strike drew condemnation", "their long march": a mention of an event told before; so is what
    "the attackers" did next ("The attackers set fire to houses": ``done_by_doers_told_before``)."""
    for t in g.triggers:
        head = doc[t.head]
        if head.pos_ != "NOUN":
            return done_by_doers_told_before(g.gov, words)
        if not any(c.dep_ in ("det", "poss") and c.lower_ in words.anaphoric_determiners for c in head.children):
            return False
    return True


def _confidence(location: Location | None, date: DateWindow, claims: list[Claim]) -> float:
    c = 0.55 + (0.15 if location else 0) + (0.15 if date.text else 0) + (0.1 if claims else 0)
    return min(c, 0.95)

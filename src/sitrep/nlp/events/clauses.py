"""Triggers of one clause grouped into one event, with the tokens that are that event's scope.

``group_triggers`` is a short sequence of named steps: group by the verb that governs each
trigger, drop the fighting a capture came after, fold a clause nested in another's into it,
then give each group its scope (its clause, less the clauses of the other groups inside it).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from sitrep.lexicon.words import EventWords
from sitrep.nlp.mentions import TriggerMention
from sitrep.nlp.tree import in_subtree, subtree_ids
from sitrep.nlp.triggers import governing_verb
from sitrep.records import family

SHARED_FAMILIES = ("attack", "protest")  # families whose triggers of different types in one clause are one event
NESTED_DEPS = ("acl", "amod", "xcomp")  # a participle, adjective or infinitive inside another clause
SPLIT_KEY = 100_000  # a trigger that cannot join its verb's group is keyed by its own head, past every token


@dataclass
class Group:
    """Triggers of one clause that tell one event."""

    triggers: list[TriggerMention]
    gov: Token
    scope: set[int] = field(default_factory=set)
    _type: str | None = field(default=None, init=False, repr=False, compare=False)  # read once, until ``_join``

    @property
    def type(self) -> str:
        if self._type is None:
            types = [t.type for t in self.triggers]
            # "raided the hamlet, burning barns": violence against civilians; "protesters threw stones at
            # officers": a protest that turned violent
            self._type = next((k for k in ("attack.civilians", "protest.riot") if k in types), types[0])
        return self._type

    @property
    def sent(self) -> int:
        return self.triggers[0].sent


def group_triggers(doc: Doc, triggers: list[TriggerMention], words: EventWords,
                   answers: Collection[str] = ()) -> list[Group]:
    """The events the triggers tell, one group per clause, in the order they are told; ``answers``: the nouns
    of answering an earlier act ("in retaliation for the expulsion")."""
    groups = by_governing_verb(doc, triggers, answers)
    groups = without_the_fighting_of_a_capture(groups, words.capture_preps)
    groups = with_nested_clauses_folded(groups, words.scene_nouns)
    for g in groups:
        g.scope = clause_scope(doc, g)
    less_inner_clauses(groups)
    return sorted(groups, key=lambda g: g.triggers[0].tok_start)


def by_governing_verb(doc: Doc, triggers: list[TriggerMention], answers: Collection[str] = ()) -> list[Group]:
    """"Drones and missiles struck the depot": triggers under one verb, of one event, are one group; a trigger
    of another kind of event under the same verb starts a group of its own, and so does the act another
    answers ("Chile expelled two envoys on Monday in retaliation for the expulsion of its consul": two
    expulsions, each with its own day)."""
    groups: dict[int, Group] = {}
    for t in triggers:
        gov = governing_verb(doc[t.head])
        key = gov.i
        g = groups.get(key)
        if g is not None and answered_act(doc[t.head], answers):
            g = None
            key = t.head + SPLIT_KEY
        if g is not None and _tells_the_same_event(g, t):
            _join(g, [t], t.type)
            continue
        if g is not None:
            key = t.head + SPLIT_KEY
        groups[key] = Group([t], gov)
    return list(groups.values())


def answered_act(noun: Token, answers: Collection[str]) -> bool:
    """"in retaliation for a raid", "in response to the expulsion": the act a noun of answering (``answers``)
    is "for" or "to" came before, and is not the act that answers it."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("for", "to") \
        and prep.head.lemma_.lower() in answers


def _tells_the_same_event(g: Group, t: TriggerMention) -> bool:
    """"Shelling and air strikes hit the town": one family, and one type unless an attack or a protest."""
    return family(g.type) == family(t.type) and (family(t.type) in SHARED_FAMILIES or g.type == t.type)


def _join(host: Group, triggers: list[TriggerMention], kind: str) -> None:
    """Add ``triggers`` to ``host``; a bare "attack" gives way to the weapon the last one names."""
    host.triggers.extend(triggers)
    host._type = None
    if host.type == "attack" and kind != "attack":
        host.triggers.insert(0, host.triggers.pop())
        host._type = None


def without_the_fighting_of_a_capture(groups: list[Group], preps: Collection[str]) -> list[Group]:
    """"Rebels took the hill after a week of fighting": the fighting is how the ground changed hands, whether
    it has a clause of its own or hangs from the capture's ("recaptured the village after heavy fighting")."""
    captures = [g for g in groups if g.type == "territory.change"]
    taken_by = {g.gov.i for g in captures}
    inside = {t.i for g in captures for t in g.gov.subtree if t.dep_ in ("pobj", "pcomp") and t.head.lower_ in preps}
    # "following heavy fighting": the parser may make "following" the verb the fighting hangs from
    return [g for g in groups if not (g.type == "attack.ground" and (
        g.gov.i in taken_by or g.gov.i in inside or all(t.head in inside for t in g.triggers)))]


def with_nested_clauses_folded(groups: list[Group], scenes: Collection[str] = ()) -> list[Group]:
    """"Debris from drones downed over the valley damaged two barns": a participle or infinitive inside another
    group's clause tells the same event (``scenes``: see ``_dated_apart``)."""
    out = list(groups)
    for g in list(out):
        kind = family(g.type)
        # a clause nests only in its own sentence's tree: the cheap test first
        host = next((o for o in out if o is not g and o.sent == g.sent and family(o.type) == kind
                     and _nested_in(g, o, scenes)), None)
        if host is not None:
            _join(host, g.triggers, g.type)
            out.remove(g)
    return out


def _nested_in(g: Group, other: Group, scenes: Collection[str] = ()) -> bool:
    """Is ``g``'s clause a modifier, or a subjectless conjunct of one kind, inside ``other``'s clause? A conjunct
    of another type is an act of its own: "spoke by phone with the minister and urged Moldova to withdraw" is a
    call and a proposal."""
    one_kind = g.type == other.type or family(g.type) in SHARED_FAMILIES
    nested = (g.gov.dep_ in NESTED_DEPS and not _a_participle_of_its_own_day(g.gov, other.gov)) or (
        one_kind and _says_when(g.gov, other.gov)) or (one_kind and _a_toll_clause(g.gov)) or (
        g.gov.dep_ == "conj" and one_kind and not any(c.dep_ in ("nsubj", "nsubjpass") for c in g.gov.children)
        and any(t.interception for t in g.triggers) == any(t.interception for t in other.triggers)
        and not _dated_apart(g.gov, other.gov, scenes))
    doc = g.gov.doc
    return nested and in_subtree(doc, g.gov.i, other.gov) and in_subtree(doc, g.gov.head.i, other.gov)


def _a_toll_clause(verb: Token) -> bool:
    """"Rebels overran the post late Tuesday, killing seven police officers in a five-hour battle": a clause in
    "-ing" with no subject or mark of its own, hung on the act, tells what that act did; the battle in it is the
    act (not "while fleeing ...", "before ...": a mark sets another time)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children)


WHEN_DAY_PREPS = frozenset({"on", "in", "at"})  # "hit on Monday, when ...": the act's own day; not "since March"


def _says_when(verb: Token, host: Token) -> bool:
    """"The town was hit on Monday, when a suicide bomber attacked a police post": a clause of "when" tells how
    the act it hangs on was done, one event (of one family: see ``_nested_in``); the parser may hang it on the
    act's own day, as a relative clause. Not on another day: "the deadliest since March, when 22 died"."""
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return False
    if verb.dep_ == "advcl":
        return True
    prep = verb.head.head
    return verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and prep.lower_ in WHEN_DAY_PREPS and prep.head == host


def _a_participle_of_its_own_day(verb: Token, host: Token) -> bool:
    """"A woman arrested Friday in the stabbing was charged Monday": a participle describing someone, with a day
    of its own other than every day of the verb it sits under, tells an earlier act of its own (one record per
    act and day); "a man arrested Friday was charged with theft" names one day, and is one act; "a man charged
    in last year's bombing" names the bombing's time, not the charge's."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    own, hosts = _days_on(verb, attached=True), _days_on(host)
    return bool(own) and bool(hosts) and not own & hosts


def _days_on(verb: Token, attached: bool = False) -> set[tuple[object, object]]:
    """The windows of the report's times, not told as background, that hang on ``verb``; ``attached``: only those
    said of the verb itself ("arrested Friday", "arrested on Friday"), not of a noun it governs."""
    doc = verb.doc
    out = set()
    for t in doc._.times or []:
        if t.governor != verb.i or t.background:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand") if attached else None
        if span is not None and not (span.root.head == verb or (span.root.head.dep_ == "prep"
                                                                and span.root.head.head == verb)):
            continue
        out.add((t.window.start, t.window.end))
    return out


def _dated_apart(verb: Token, host: Token, scenes: Collection[str] = ()) -> bool:
    """"Two men were arrested Monday and charged Tuesday": a conjunct whose verb names a day of its own, other
    than every day its host's verb names, tells an act of its own (one record per act and day). So does one
    whose host names no day but was done "at the scene" (a noun of ``scenes``): "a youth was arrested at the
    scene and charged on Monday" was arrested when the act the story told happened, charged later."""
    days: dict[int, set[tuple[object, object]]] = {verb.i: set(), host.i: set()}
    for t in verb.doc._.times or []:
        if t.governor in days and not t.background:
            days[t.governor].add((t.window.start, t.window.end))
    if days[verb.i] and not days[host.i]:
        return done_at_the_scene(host, scenes)
    return bool(days[verb.i]) and bool(days[host.i]) and not days[verb.i] & days[host.i]


def done_at_the_scene(verb: Token, scenes: Collection[str]) -> bool:
    """"arrested at the scene", "detained the gunman on the spot": a verb with a phrase of "at" or "on" whose
    noun is one of ``scenes``."""
    return any(ch.dep_ == "prep" and ch.lower_ in ("at", "on") and any(
        obj.dep_ == "pobj" and obj.lemma_.lower() in scenes for obj in ch.children) for ch in verb.children)


def clause_scope(doc: Doc, g: Group) -> set[int]:
    """"Shells hit a school that housed families": the governing verb's clause, the triggers' own tokens, and
    for a trigger in a relative clause the phrase it describes."""
    scope = set(subtree_ids(g.gov)) | {i for t in g.triggers for i in range(t.tok_start, t.tok_end)}
    for t in g.triggers:
        head = doc[t.head]
        if head.dep_ == "relcl":
            scope.update(subtree_ids(head.head))
    return scope


def less_inner_clauses(groups: list[Group]) -> None:
    """"Troops who shelled the town were pushed back": another group's clause inside a scope is that group's."""
    for g in groups:
        for other in groups:
            if other is not g and other.gov.i in g.scope and other.gov != g.gov:
                g.scope.difference_update(subtree_ids(other.gov))


def commentary(doc: Doc, g: Group, verbs: Collection[str]) -> bool:
    """"The ministry said the strike showed the rebels did not want peace": an event told before, named
    only as the subject of a speaker's judgement, is a comment on it, not a retelling."""
    return all(doc[t.head].pos_ == "NOUN" and doc[t.head].dep_ in ("nsubj", "nsubjpass")
               and doc[t.head].head.lemma_.lower() in verbs for t in g.triggers)


def done_by_doers_told_before(verb: Token, words: EventWords) -> bool:
    """"Gunmen killed 30 villagers. The attackers then set fire to houses": a verb whose subject is doers
    named only by an act (``act_doer_nouns``) with a determiner of one told before tells more of that act."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":  # "arrived on motorbikes and set fire to houses"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in words.act_doer_nouns or s.lower_ in words.act_doer_nouns
               for s in subjects if any(c.dep_ in ("det", "poss") and c.lower_ in words.anaphoric_determiners
                                        for c in s.children))

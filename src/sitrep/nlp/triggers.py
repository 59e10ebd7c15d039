"""Event triggers: words that carry an event, with its type and status.

``sitrep_triggers`` matches the lemma patterns of ``triggers.jsonl`` with spaCy's Matcher,
checks each entry's conditions against the sentence and the parse, resolves a bare
``attack`` to a weapon type from ``weapons.tsv``, reads the status from the governing verb
and modality (``data/words/status.toml``), and drops hypothetical, irrealis and habitual mentions.

Each decision is an ordered list of small named rules, each with an invented example:
``ENTRY_CONDITIONS`` (does a match meet its entry's conditions), ``NO_EVENT_RULES`` (is it
no event at all), ``HABIT_RULES``, ``IRREALIS_RULES``, ``NOT_AN_ACT_RULES``, ``GENERIC_RULES``
and ``STATUS_RULES`` (the first rule that names a status gives it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import islice
from typing import cast

from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from sitrep.lexicon import Lexicon, TriggerEntry
from sitrep.lexicon.words import StatusWords, TriggerWords
from sitrep.nlp.casing import base_forms
from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.headline import (
    bare_passive_subjects,
    headline_grammar,
    headline_infinitive,
    headline_participle,
)
from sitrep.nlp.mentions import WH_TAGS, TriggerMention, entities, sent_index, sentences, span_text
from sitrep.nlp.phrases import index_of
from sitrep.nlp.quantities import a_rank, a_span_up_to_now
from sitrep.nlp.tags import PLURAL_NOUNS
from sitrep.nlp.tree import in_subtree

Weapon = tuple[int, str, str]  # token index, attack type, item
SUBJECTS = ("nsubj", "nsubjpass")
PERFECT_AUX = ("has", "have", "'ve")
TIME_LABELS = ("DATE", "TIME")  # a day or an hour: when, never what or whom
NAME_LABELS = ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "LAW")  # entities a trigger word may be part of


def weapon_spans(sent: Span, lex: Lexicon) -> list[Weapon]:
    """(token index, attack type, item) for each weapon word in a sentence, longest phrase first."""
    lemmas = [t.lemma_.lower() if t.pos_ != "PROPN" else t.lower_.removesuffix("s") for t in sent]
    return [(sent.start + end - 1, atype, item)
            for _, end, (atype, item) in index_of(lex.weapons).find(lemmas, overlap=False)
            if not _of_a_hazard(sent[end - 1], lex) and not _the_site_attacked(sent[end - 1], lex)]


def _the_site_attacked(t: Token, lex: Lexicon) -> bool:
    """"Gunmen attacked a gold mine", "an attack on a mine": what a verb of fighting on the ground takes as its
    object, or an attack "on", is the target, a site, not the weapon ("a convoy struck a mine" stays one)."""
    tw = lex.trigger_words
    if t.dep_ == "dobj":
        return t.head.lemma_.lower() in tw.ground_verbs
    return t.dep_ == "pobj" and t.head.lower_ in ("on", "against") and \
        t.head.head.lemma_.lower() in (*tw.ground_verbs, *tw.attack_words)


def _of_a_hazard(t: Token, lex: Lexicon) -> bool:
    """"a coal mine blast", "a gas shell": a weapon word that a word of a hazard names the kind of is a pit or a
    vessel of the hazard, no weapon."""
    return any(m.dep_ == "compound" and m.lemma_.lower() in lex.status.hazard_words for m in t.children)


JOINED_CLAUSE_DEPS = ("conj", "advcl", "ccomp", "parataxis", "relcl")


def _joined_clause(t: Token) -> bool:
    """"the navy struck the port, and its minister threatened more": a verb joined with its own subject."""
    return t.dep_ in JOINED_CLAUSE_DEPS and t.pos_ in ("VERB", "AUX") and any(x.dep_ in SUBJECTS for x in t.children)


def _clause(verb: Token) -> list[Token]:
    """A verb's own clause: its subtree without the clauses joined to it that have their own subject.

    One walk down from the verb that stops at each joined clause (keeping its "since"), so it
    visits only the clause's own words and the marks of the clauses it stops at.
    """
    out, stack = [verb], list(verb.children)
    while stack:
        t = stack.pop()
        if _joined_clause(t):
            out.extend(x for x in t.children if x.dep_ == "mark")  # "since" stays
        else:
            out.append(t)
            stack.extend(t.children)
    return out


def governing_verb(tok: Token) -> Token:
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") or cur.head == cur:
            return cur
        cur = cur.head
    return cur


def _has_mark(tok: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)


def a_condition_clause(clause: Token, cues: StatusWords) -> bool:
    """"if the rebels cross the river", "should the rebels cross the river", "had the guard not shut the gate": a
    clause marked as a condition, or one that puts its auxiliary before its subject (``inverted_condition_aux``)
    hung on another clause."""
    if _has_mark(clause, cues.condition_marks):
        return True
    if clause.dep_ != "advcl":
        return False
    first = clause.left_edge
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    return first.head == clause and first.dep_ in ("aux", "auxpass") and first.lower_ in cues.inverted_condition_aux \
        and subject is not None and first.i < subject.i


def _conditional_threat(etype: str, status: str | None, head: Token, cues: StatusWords) -> bool:
    """"The bloc said it would impose sanctions ... if the offensive continued": force or sanctions promised on a
    condition are a threat, made now."""
    if status != "planned" or not (etype.startswith("attack") or etype == "diplomacy.sanctions"):
        return False
    return any(c.dep_ == "advcl" and a_condition_clause(c, cues) for c in governing_verb(head).children)


def _without_backreferences(doc: Doc, found: list[TriggerMention], words: TriggerWords) -> list[TriggerMention]:
    """"Power was cut to 40,000 homes after the attacks", "30,000 displaced by the fighting": a definite
    mention of an event told before, set beside another kind of event, is not an event of its own."""
    def backref(t: TriggerMention) -> bool:
        head = doc[t.head]
        definite = any(c.dep_ == "det" and c.lower_ in words.definite_determiners for c in head.children)
        # "detained 11 journalists covering the protests": the object of a participle describing someone
        described = head.dep_ == "dobj" and head.head.dep_ in ("acl", "relcl") and head.head.tag_ == "VBG"
        return head.pos_ == "NOUN" and definite and (
            (head.dep_ == "pobj" and head.head.lower_ in words.backreference_preps) or described)
    drop = set()
    for t in found:
        if backref(t) and any(o.sent == t.sent and o.type.split(".")[0] != t.type.split(".")[0] and not backref(o)
                              for o in found):
            drop.add(t.head)
    return [t for t in found if t.head not in drop]


def _without_accident_retellings(doc: Doc, found: list[TriggerMention], accidents: list[tuple[int, str]],
                                 words: TriggerWords) -> list[TriggerMention]:
    """"A gas explosion hit a cafe. ... The blast took place at noon": a definite mention of an accident told
    before (a hazard's event, ``a_hazard_not_a_foe``) is the accident again, no attack; so is a flight after
    a displacement an accident caused, in a report of no attack."""
    at_war = any(_family_of(t.type) == "attack" for t in found)

    def told_before(t: TriggerMention) -> bool:
        return any(i < t.head and _family_of(etype) == _family_of(t.type) for i, etype in accidents)

    def retelling(t: TriggerMention) -> bool:
        head = doc[t.head]
        definite = head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in words.definite_determiners
                                               for c in head.children)
        # "A fire displaced the tenants. ... All 18 residents evacuated safely": with no attack in the report,
        # the people who leave are those the accident displaced
        displaced = _family_of(t.type) == "humanitarian" and not at_war
        return (definite or displaced) and told_before(t)
    return [t for t in found if not retelling(t)] if accidents else found


def _without_tolls_beside_acts(found: list[TriggerMention], tolls: set[int]) -> list[TriggerMention]:
    """"Gunmen raided the village on Sunday. Four men were killed": a passive killing with no doer
    (``lone_toll``) in the sentence of an attack told, or next to it, is that attack's toll, no act of its own;
    only a toll told beside no act stands for one ("a boy who was killed after a fight at a party")."""
    acts = {t.sent for t in found if _family_of(t.type) == "attack" and t.head not in tolls}
    return [t for t in found if t.head not in tolls or not acts & {t.sent - 1, t.sent, t.sent + 1}]


def _without_what_a_proposal_names(doc: Doc, found: list[TriggerMention],
                                   offered: frozenset[str]) -> list[TriggerMention]:
    """"Moldova called for talks with Romania", "proposed a truce": the talks or the truce a word of proposing
    puts forward are that proposal, not a second one (the words above it, three at most, are looked at); so is a
    concession promised, offered or asked for (``offered_acts``): "promised to withdraw from the valley", "offered
    to free the hostages" are one proposal each, no withdrawal or release beside it."""
    proposing = {t.head for t in found if t.type == "diplomacy.proposal"}
    if not proposing:
        return found

    def put_forward(t: TriggerMention) -> bool:
        diplomacy = t.status == "proposed" and _family_of(t.type) == "diplomacy"
        conceded = doc[t.head].lemma_.lower() in offered  # asked, offered or promised, not yet done
        return diplomacy or conceded

    def named(t: TriggerMention) -> bool:
        return t.type != "diplomacy.proposal" and put_forward(t) \
            and any(a.i in proposing for a in islice(doc[t.head].ancestors, 3))
    return [t for t in found if not named(t)]


def _family_of(etype: str) -> str:
    return etype.split(".")[0]


def _without_governing_alone(doc: Doc, found: list[TriggerMention], alone: set[int]) -> list[TriggerMention]:
    """"agreed to exchange prisoners": a word that counts only alone ("agree") gives way to the event it governs."""
    alone = {t.head for t in found if t.head in alone}
    if not alone:
        return found
    heads = {t.head for t in found}

    def complement(head: int) -> set[int]:
        kids = [c for c in doc[head].children if c.dep_ in ("xcomp", "ccomp", "dobj")
                or (c.dep_ == "prep" and c.lower_ in ("to", "on", "upon"))]
        return {x.i for c in kids for x in c.subtree if not _described_within(x, c)}

    return [t for t in found if t.head not in alone or not (complement(t.head) & (heads - {t.head}))]


def _described_within(word: Token, top: Token) -> bool:
    """"agreed to resume flights suspended since 2020": a word in a clause that describes a noun of what was
    agreed (a participle or a relative clause under it) tells what that noun is, not the act agreed."""
    while word != top and word.head != word:
        if word.dep_ in ("acl", "relcl"):
            return True
        word = word.head
    return False


# a match and what the rules read of it --------------------------------------------------------


class SentenceFacts:
    """What the rules read of a whole sentence, read once for all the matches in it."""

    def __init__(self, sent: Span, lex: Lexicon) -> None:
        self.sent, self.lex = sent, lex

    @cached_property
    def weapons(self) -> list[Weapon]:
        return weapon_spans(self.sent, self.lex)

    @cached_property
    def words(self) -> set[str]:
        """The sentence's lemmas and words; a proper noun also without its plural "s" ("Flights were suspended")."""
        found: set[str] = set()
        for t in self.sent:  # one pass: each token is built once
            lower = t.lower_
            found.update((t.lemma_.lower(), lower))
            if t.pos_ == "PROPN":
                found.add(lower.removesuffix("s"))
        return found

    @cached_property
    def final_score(self) -> bool:
        return a_final_score(self.sent)

    @cached_property
    def is_question(self) -> bool:
        sent = self.sent
        return span_text(sent).rstrip(" \"'’”)").endswith("?")


@dataclass
class Candidate:
    """One match of a trigger entry in its sentence."""

    entry: TriggerEntry
    span: Span
    sent: Span
    lex: Lexicon
    facts: SentenceFacts | None = None  # shared by the sentence's matches; made here when not given

    def __post_init__(self) -> None:
        if self.facts is None:
            self.facts = SentenceFacts(self.sent, self.lex)

    @cached_property
    def head(self) -> Token:
        return self.span.root  # read by most of the rules: found once

    @property
    def weapons(self) -> list[Weapon]:
        assert self.facts is not None
        return self.facts.weapons

    @property
    def sentence_words(self) -> set[str]:
        assert self.facts is not None
        return self.facts.words

    def _a_title(self, word: Token) -> bool:
        lemma = word.lemma_.lower()
        return lemma in self.lex.trigger_words.leader_titles or lemma in self.lex.place_words.person_titles

    @cached_property
    def objects(self) -> set[str]:
        """What the head verb acts on: its object, whom it gives to ("gave the envoy a day"), its passive subject,
        what it makes its object ("called him a tyrant", "called the general a tyrant" parsed as an apposition)
        and what it names it as ("described him as a tyrant"), the noun its participle describes, a title before
        a name ("summoned Ambassador Ruiz"); what a
        preposition governs ("behind the bombing"); an adjective's "for" ("responsible for the blast"); a
        noun's "of" ("the rejection of the plan")."""
        head = self.head
        acted_on = [c for c in head.children if c.dep_ in ("dobj", "dative", "nsubjpass", "oprd") or
                    (head.pos_ == "ADP" and c.dep_ == "pobj")] + bare_passive_subjects(head)
        acted_on += [a for c in acted_on if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos"]
        # "dismissed the claims that hackers helped him": a noun before its own "that" clause, which the
        # parser may hang on the verb as the clause; a clause is never a noun, so it is the object
        acted_on += [c for c in head.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"]
        acted_on += _named_as(head, acted_on)
        acted_on += _partitive_wholes(acted_on, self.lex.quantity_words.vague_amounts)
        if head.pos_ == "ADJ":  # "responsible for the blast"
            acted_on += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                         for o in p.children if o.dep_ == "pobj"]
        if head.pos_ == "NOUN":  # "the rejection of the plan", "a boycott of the talks"
            acted_on += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"]
        # "summoned Ambassador Ruiz", "the Charge d'Affaires was summoned": a title written before a name; not a
        # word of an organisation's name ("asked to call Crime Stoppers")
        acted_on += [m for c in acted_on if c.pos_ == "PROPN" for m in c.children if m.dep_ == "compound"
                     and (c.ent_type_ == "PERSON" or self._a_title(m))]
        objects = {c.lemma_.lower() for c in acted_on}
        if head.dep_ in ("relcl", "acl"):
            objects.add(head.head.lemma_.lower())
        return objects


def _named_as(head: Token, acted_on: list[Token]) -> list[Token]:
    """What a verb names its object as, with the words that qualify that name: "described Sylvania as a rogue
    state" (the "as" phrase, and "rogue"), "called the council a puppet regime" ("puppet"): the name a speaker
    gives is often a plain noun made an insult by its modifier."""
    names = [c for c in acted_on if c.dep_ in ("oprd", "appos")]
    if head.pos_ == "VERB":
        names += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "as"
                  for o in p.children if o.dep_ == "pobj"]
    return names + [m for n in names for m in n.children if m.dep_ in ("amod", "compound")]


PARTITIVE_POS = ("NUM", "PRON", "DET", "ADJ")  # "two of", "some of", "all of", "several of"


def _partitive_wholes(acted_on: list[Token], amounts: Collection[str] = ()) -> list[Token]:
    """"two of its diplomats were ordered to leave", "expelled several of the envoys", "burned dozens of homes":
    what a count, a quantifier or a vague amount (``vague_amounts``) is taken of is acted on too."""
    return [o for c in acted_on if c.pos_ in PARTITIVE_POS or c.lower_ in amounts for p in c.children
            if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


Rule = Callable[[Candidate], bool]


# what a no-event rule needs before it can fire: read once per lexicon, so a match skips the rules that cannot --------


@dataclass(frozen=True)
class Gate:
    """What a rule of ``NO_EVENT_RULES`` needs before it can read a match as no event, declared with ``only_for``
    and ``needs_words`` beside the rule: the finder skips the rule for a match that lacks it, as spaCy's matcher
    rejects a pattern whose words are not in the doc. The rule still checks all of it itself."""

    types: tuple[str, ...] = ()  # the entry's type or family ("attack.explosive", "attack"); none: any entry
    words: tuple[str, ...] = ()  # lexicon word sets ("status.story_works"): one of their words in the sentence


GATES: dict[Rule, Gate] = {}


def only_for(*types: str) -> Callable[[Rule], Rule]:
    """Declare that a rule returns False unless its match's entry has one of these types or families: a rule that
    reads "a strike of work" only of an attack word (``_family(c.entry) != "attack"`` -> False)."""

    def declare(rule: Rule) -> Rule:
        GATES[rule] = Gate(types, GATES.get(rule, Gate()).words)
        return rule
    return declare


def needs_words(*word_sets: str) -> Callable[[Rule], Rule]:
    """Declare that a rule returns False unless a word of one of these lexicon sets ("status.story_works") is among
    the lemmas or lower-case words of the match's sentence: a rule that reads "in the novel" only by a word of
    ``story_works`` on a token of that sentence. Only for sets of single words compared with ``lemma_.lower()``
    or ``lower_`` of a token of the match's own sentence."""

    def declare(rule: Rule) -> Rule:
        GATES[rule] = Gate(GATES.get(rule, Gate()).types, word_sets)
        return rule
    return declare


def admits(gate: Gate, entry: TriggerEntry) -> bool:
    """"attack" admits "attack.air" and "attack"; "attack.explosive" only itself."""
    return not gate.types or entry.type in gate.types or _family(entry) in gate.types


def gate_words(gate: Gate, lex: Lexicon) -> frozenset[str] | None:
    """The words of a gate's lexicon sets, one of which the sentence must hold; None when it needs none."""
    if not gate.words:
        return None
    found: set[str] = set()
    for name in gate.words:
        group, field_name = name.split(".")
        found.update(getattr(getattr(lex, group), field_name))
    return frozenset(found)


GatedRules = tuple[tuple[Rule, "frozenset[str] | None"], ...]


def rules_for_each_entry(rules: tuple[Rule, ...], lex: Lexicon) -> dict[int, GatedRules]:
    """For each trigger entry (by ``id``: the lexicon's own objects), the rules that may fire on its matches, in
    their order, each with the words its sentence must hold (None: any sentence)."""
    words = {rule: gate_words(GATES.get(rule, Gate()), lex) for rule in rules}
    return {id(entry): tuple((rule, words[rule]) for rule in rules if admits(GATES.get(rule, Gate()), entry))
            for entry in lex.triggers}


def any_rule_fires(c: Candidate, rules: GatedRules) -> bool:
    """Whether a rule reads the match as no event, skipping each whose needed words are not in its sentence."""
    return any(rule(c) for rule, needed in rules if needed is None or not needed.isdisjoint(c.sentence_words))


# does a match meet its entry's conditions ------------------------------------------------------


def has_a_needed_word(c: Candidate) -> bool:
    """"Rail traffic was halted": halting is a disruption with a word of traffic in the sentence; a release
    needs its captives, named as such ("hostages") or marked as taken ("kidnapped aid workers")."""
    if not c.entry.needs or c.sentence_words & set(c.entry.needs):
        return True
    return tuple(c.entry.needs) == c.lex.trigger_words.freed_people and _captives_released(c)


TAKING_VERBS = ("kidnap", "abduct", "capture", "detain", "seize", "imprison")  # what makes people captives


def _captives_released(c: Candidate) -> bool:
    """"Three kidnapped aid workers released", "the army freed 20 abducted students": the people set free, marked
    by a participle of taking, are captives as "hostages" are; not "a video released by the kidnappers" (the
    thing released is marked by nothing of the kind)."""
    head = c.head
    freed = [ch for ch in head.children if ch.dep_ in ("dobj", "nsubjpass")] + bare_passive_subjects(head)
    if head.dep_ == "acl":
        freed.append(head.head)
    # the mark may hang on a noun compounded into the noun freed: "kidnapped aid workers"
    marks = [m for t in freed for m in [*t.children, *(g for ch in t.children if ch.dep_ == "compound"
                                                       for g in ch.children)]]
    return any(m.dep_ in ("amod", "acl", "compound") and _a_form_of(m, TAKING_VERBS) for m in marks)


def _a_form_of(t: Token, verbs: tuple[str, ...]) -> bool:
    """A word of one of ``verbs``, also as a participle the tagger read as an adjective ("abducted")."""
    return t.lemma_.lower() in verbs or any(form in verbs for form in base_forms(t.lower_))


def has_no_excluded_word(c: Candidate) -> bool:
    """"Police raided the flat and arrested two men": a raid beside police is no attack."""
    return not (c.entry.not_with and c.sentence_words & set(c.entry.not_with))


def has_its_part_of_speech(c: Candidate) -> bool:
    """"the talks stalled": "talk" counts as a noun, not as "she talked"."""
    return not c.entry.pos or c.span[0].pos_ in c.entry.pos  # a verb tagged as a noun: tags.verb_taken_for_a_noun


def is_negated_if_it_must_be(c: Candidate) -> bool:
    """"the rebels would not attend the summit": attending counts only when negated."""
    return not c.entry.negated or any(ch.dep_ == "neg" for ch in c.head.children)


def has_its_particle(c: Candidate) -> bool:
    """"the crew shot the drone down": "shoot" counts with its "down"; "called for Moldova to withdraw": the
    particle may open the clause the verb governs; "charged a Dunmore man with theft": a preposition the parser
    hangs on the person the verb acts on (``_particle_on_the_person``)."""
    particle = c.entry.particle
    # "set the house ablaze": a state the verb brings its object to may be parsed as the particle's
    return not particle or any(ch.dep_ in ("prt", "advmod", "prep", "oprd") and ch.lower_ == particle or
                               ch.dep_ in CLAUSE_DEPS and any(m.dep_ == "mark" and m.lower_ == particle
                                                              for m in ch.children)
                               for ch in c.head.children) or _particle_on_the_person(c, particle)


def _particle_on_the_person(c: Candidate, particle: str) -> bool:
    """"detectives charged a Dunmore man with fraud": the verb's "with" parsed as part of its object, a person."""
    return any(ch.dep_ == "dobj" and _a_person(ch, c.lex) and
               any(g.dep_ == "prep" and g.lower_ == particle for g in ch.children) for ch in c.head.children)


CLAUSE_DEPS = ("advcl", "ccomp", "xcomp")


def has_a_needed_object(c: Candidate) -> bool:
    """"the patrols exchanged shots": an exchange of fire needs fire for its object."""
    return not c.entry.needs_object or bool(c.objects & set(c.entry.needs_object))


def has_a_needed_subject(c: Candidate) -> bool:
    """"a suicide bomber killed 12 people", "12 people were killed by a bomber": killing is a bombing when a
    bomber does it (the subject, or the "by" agent of a passive, or what a word of counting acts counts: "a
    string of car bombs tore through the market"), not when police kill the bomber ("the bomber was killed by
    soldiers")."""
    if not c.entry.needs_subject:
        return True
    words = c.lex.trigger_words
    # "a string of car bombs tore through the market": the acts a noun counts do what it does
    parts = words.force_parts | words.event_counts | c.lex.quantity_words.vague_amounts
    doers = _doers_named(c.head, parts) + _headed_somewhere(c)
    if c.entry.needs_subject == words.armed_raiders and any(_a_suspect(t, words.suspect_marks) for t in doers):
        return True  # "suspected herders raided the village": marked as the raiders they were
    return any(_plain_lemma(t) in c.entry.needs_subject for t in doers)


DIRECTIONS = ("to", "for", "toward", "towards")  # the particles of a verb of going somewhere: "headed for"


def _headed_somewhere(c: Candidate) -> list[Token]:
    """"Two warships were headed to the gulf": a verb of going somewhere (its entry's particle a direction) in
    the passive form is a state of going, not something done to its subject: the subject goes."""
    if c.entry.particle not in DIRECTIONS or not any(ch.dep_ == "auxpass" for ch in c.head.children):
        return []
    subjects = [ch for ch in c.head.children if ch.dep_ == "nsubjpass"]
    return subjects + [j for s in subjects for j in s.conjuncts if j.pos_ in ("NOUN", "PROPN")]


def _a_suspect(tok: Token, marks: frozenset[str]) -> bool:
    """"suspected herders", "armed youths", "alleged smugglers": people a word marks as doers of a crime."""
    return tok.pos_ in ("NOUN", "PROPN") and any(m.dep_ in ("amod", "compound") and m.lower_ in marks
                                                 for m in tok.children)


def _plain_lemma(t: Token) -> str:
    """"Rockets rained down": a capitalised plural the tagger takes for a name, read as its common noun."""
    return t.lower_.removesuffix("s") if t.pos_ == "PROPN" else t.lemma_.lower()


def _doers_named(head: Token, parts: frozenset[str]) -> list[Token]:
    """Who does a verb: its subject, a passive's "by" agent, the noun its participle describes ("a bomber
    killing 12", "the marines arriving on Monday"), and through a part of a force, the force ("the vanguard of
    the contingent arrived", "thousands of troops assembled"), the subject of the verb that a verb with none of its
    own is joined to ("gunmen stormed the village and burned houses"), and every subject joined by "and" ("two
    jets and a carrier headed for the gulf")."""
    doers = [ch for ch in head.children if ch.dep_ == "nsubj"] + [
        g for ch in head.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
    if not doers and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        doers = [ch for ch in head.head.children if ch.dep_ == "nsubj"]
    if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN") and (
            head.tag_ in ("VBG", "VBN") or head.tag_ == "VBD" and head.head.dep_ == "ROOT"):
        doers.append(head.head)  # "two carriers headed for the gulf": a past tense hung on a root noun
    doers += [j for d in doers for j in d.conjuncts if j.pos_ in ("NOUN", "PROPN")]  # "jets and a carrier headed"
    return doers + [o for d in doers if d.lemma_.lower() in parts or d.lower_ in parts for p in d.children
                    if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def voices_a_grievance_if_needed(c: Candidate) -> bool:
    """"pensioners gathered outside parliament against the cuts", "workers formed a line demanding wages",
    "hundreds of farmers blocked the road over the trade deal": a gathering (``with_a_grievance``) is a protest
    when a crowd (``_a_crowd_of_people``) does it and voices a grievance (``grievance_verbs`` in a clause it governs,
    or a ``grievance_preps`` phrase that names no time), not "fans gathered outside the stadium" nor "police
    blocked the road against traffic"."""
    if not c.entry.with_a_grievance:
        return True
    words = c.lex.trigger_words
    doers = _doers_named(c.head, c.lex.quantity_words.vague_amounts)
    if not any(_a_crowd_of_people(t, c) for t in doers):
        return False
    verbs = [c.head, *(ch for ch in c.head.children if ch.dep_ == "conj" and ch.pos_ == "VERB")]
    if any(ch.dep_ in ("xcomp", "advcl", "conj") and ch.lemma_.lower() in words.grievance_verbs
           for v in verbs for ch in v.children):
        return True
    return any(t.dep_ == "prep" and t.lower_ in words.grievance_preps and  # "with tractors over the deal"
               any(o.dep_ == "pobj" and o.ent_type_ not in TIME_LABELS for o in t.children) for t in _clause(c.head))


def has_no_excluded_object(c: Candidate) -> bool:
    """"the governor signed a decree": signing a law is no agreement."""
    return not c.entry.not_object or not (c.objects & set(c.entry.not_object))


def is_governed_as_needed(c: Candidate) -> bool:
    """"the two sides reached a deal": a deal counts when made, not when merely named."""
    if not c.entry.governed:
        return True
    gov = _past_its_length(_first_of_its_list(c.head), c.lex.trigger_words.period_nouns).head
    return gov.lemma_.lower() in c.entry.governed or (
        gov.dep_ == "prep" and gov.head.lemma_.lower() in c.entry.governed) or _described_as_made(c)


def _first_of_its_list(tok: Token) -> Token:
    """"Dravia declared martial law and a general mobilization": a noun listed after another is governed by the
    verb of the first."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") and tok.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok


def _past_its_length(tok: Token, periods: frozenset[str]) -> Token:
    """"sent the six men to two months of pretrial custody": a noun told with a counted length is governed by
    the verb of the length ("sent ... to two months"); not "the second day of an offensive" (no count)."""
    of = tok.head
    period = of.head
    if tok.dep_ == "pobj" and of.lower_ == "of" and period.lemma_.lower() in periods and any(
            c.dep_ == "nummod" for c in period.children):
        return period
    return tok


def _described_as_made(c: Candidate) -> bool:
    """"a five-point plan unveiled by Freedonia on Monday": the participle that describes the noun is the verb that
    made it, as "Freedonia unveiled a plan" would be."""
    return any(ch.dep_ == "acl" and ch.tag_ == "VBN" and ch.lemma_.lower() in c.entry.governed
               for ch in c.head.children)


def has_a_weapon_if_needed(c: Candidate) -> bool:
    """"the navy launched three drones": a launch needs a weapon in the sentence, or an attack under it."""
    return not c.entry.needs_weapon or bool(c.weapons) or any(
        t.lemma_.lower() in c.lex.trigger_words.attack_words for t in c.head.subtree)


NOT_PLACES = frozenset({"PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "DATE", "TIME", "MONEY"})


def _acted_on(head: Token) -> list[Token]:
    """"seized the town", "the town was retaken", "a captured town", "control of the town"."""
    acted_on = [ch for ch in head.children if ch.dep_ in ("dobj", "nsubjpass")]
    if head.dep_ in ("amod", "acl", "relcl"):
        acted_on.append(head.head)
    if head.pos_ == "NOUN":
        acted_on += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj"]
    return acted_on


def _object_phrase(head: Token) -> list[Token]:
    """What a capture acts on and where it goes: the object, the passive subject, the objects of its own
    prepositions and of their "of", with the words compounded into each ("seized control of Port Vale", "fell
    to the rebels", "the town was retaken", "withdrew from the town of Avdiivka", "crossed into Uganda"); not the
    owner in "seized Mr. Lee's papers"."""
    def of_objects(t: Token) -> list[Token]:  # "control of Port Vale", "15 percent of the city"; not "his car"
        return [t, *(o for p in t.subtree if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj" and not any(d.dep_ == "poss" for d in o.children))]
    # "Army retakes Mosul": a headline's place name the parser hung on the verb as an adverb is its object
    acted_on = _acted_on(head) + [c for c in head.children if c.dep_ in ("advmod", "npadvmod") and c.i == head.i + 1
                                  and c.ent_type_ in ("GPE", "LOC")]
    preps = [p for p in head.children if p.dep_ == "prep" and p.lower_ in ("to", "from", "of", "into")]
    preps += [q for p in head.children if p.lower_ == "out" for q in p.children  # "pulled out of the town"
              if q.dep_ == "prep" and q.lower_ == "of"]
    nouns = [n for t in acted_on for n in of_objects(t)] + [  # "withdrew from the town of Avdiivka"
        n for p in preps for o in p.children if o.dep_ == "pobj" for n in of_objects(o)]
    return nouns + [ch for n in nouns for ch in n.children if ch.dep_ == "compound"]


def _a_named_place(t: Token, placed: set[int]) -> bool:
    return t.i in placed or t.ent_type_ in ("GPE", "LOC", "FAC")


def _owned_ground(head: Token) -> list[Token]:
    """"withdraw from Iranian territory", "pulled out of Syrian soil": ground a country's name qualifies, after
    "from" or "to" ("withdraw from cities" names no place)."""
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("from", "to", "of") for o in p.children
            if o.dep_ == "pobj" and any(m.dep_ in ("amod", "compound") and (m.ent_type_ in ("NORP", "GPE") or
                                                                          m.pos_ == "PROPN") for m in o.children)]


def _a_place_falls(c: Candidate, placed: set[int], acted_on: list[Token]) -> bool:
    """"the town of Port Vale fell to the rebels", "the garrison fell into the hands of the militia", "Port Vale
    came under the control of the army": the place that falls or comes under a side is the subject of the verb
    (of the verb whose preposition governs "hands" or "control"). A held-place noun with no name counts only when
    it goes to a fighting force: not "the position fell to his deputy"."""
    head = c.head
    lifted = head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prep"
    if acted_on and not lifted:
        return False
    verb = head.head.head if lifted else head
    subjects = [ch for ch in verb.children if ch.dep_ == "nsubj"]
    if any(_a_named_place(o, placed) for t in subjects for o in _with_its_of_objects(t)):
        return True
    held, forces = c.lex.trigger_words.held_places, c.lex.trigger_words.fighting_forces
    sides = _prep_objects(head, ("to", "of"))
    return any(t.lemma_.lower() in held for t in subjects) and any(o.lemma_.lower() in forces for o in sides)


def _with_its_of_objects(t: Token) -> list[Token]:
    """"the town of Port Vale": the noun and what its own "of" names."""
    return [t, *_prep_objects(t, ("of",))]


def names_a_place_if_needed(c: Candidate) -> bool:
    """"the militia seized Port Vale", "after seizing the area", "regained 300 square miles", "Port Vale fell to
    the rebels": a capture needs a place for what it acts on (a named one, a proper name not read as a person or
    a firm, a place held, an area measured), or a named place as its subject. Not "seized Mr. Lee's papers", not
    "lost control of his car"."""
    if not c.entry.needs_place:
        return True
    head = c.head
    ground = frozenset(c.lex.trigger_words.held_places) | c.lex.status.ground_measures
    placed = {i for p in head.doc._.places or [] for i in range(p.tok_start, p.tok_end)}
    acted_on = _acted_on(head)
    return _a_place_falls(c, placed, acted_on) or any(
        _a_named_place(t, placed) or (t.pos_ == "PROPN" and (t.ent_type_ not in NOT_PLACES or _a_name_read_as_a_people(t)))
        for t in _object_phrase(head)) or any(t.lemma_.lower() in ground for t in acted_on + _owned_ground(head)) or any(
        n.lemma_.lower() in ground for t in acted_on if t.lemma_.lower() in ("control", "percent", "%")
        for n in _object_phrase(head))


def _a_name_read_as_a_people(t: Token) -> bool:
    """"militants took control of Baraweyn": a proper name the tagger labels a nationality or group that no
    demonym of the gazetteer is ("Kurdish", "Ostmarkian" are) is a name it does not know, here the place taken."""
    return t.ent_type_ == "NORP" and not any(
        p.hint == "demonym" and p.tok_start <= t.i < p.tok_end for p in t.doc._.places or [])


def has_an_aid_object_if_needed(c: Candidate) -> bool:
    """"the ally delivered ammunition and fuel": aid needs what is given."""
    return not c.entry.needs_aid_object or bool(
        {t.lemma_.lower() for t in c.head.subtree} & c.lex.trigger_words.aid_objects)


NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "DATE", "TIME"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "who", "i", "me", "we", "us"})


def _a_person(tok: Token, lex: Lexicon) -> bool:
    """A person by its word: a name, a personal pronoun, a noun of people ("a man", "the victim") or a rank ("a
    police sergeant", "a lieutenant")."""
    lemma = tok.lemma_.lower()
    named = tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_PEOPLE  # "Smith, 34, was stabbed" (tagged ORG)
    return tok.ent_type_ == "PERSON" or named or (tok.pos_ == "PRON" and tok.lower_ in PERSONAL_PRONOUNS) or (
        lex.items.get(lemma) in lex.quantity_words.person_items) or lemma in lex.trigger_words.victim_nouns or \
        a_rank(tok, lex) or (tok.is_title and tok.text in _person_names(tok.doc))


PERSON_NAMES_KEY = "sitrep_person_names"


def _person_names(doc: Doc) -> frozenset[str]:
    """The words of the names the article gives people, read once per document: "Vanessa Varro" earlier makes
    a later bare "Varro" that the tagger took for a place ("the men killed Varro") that person."""
    if PERSON_NAMES_KEY not in doc.user_data:
        doc.user_data[PERSON_NAMES_KEY] = frozenset(
            t.text for e in entities(doc) if e.label_ == "PERSON" for t in e if t.is_title)
    return doc.user_data[PERSON_NAMES_KEY]


def _done_to(verb: Token) -> list[Token]:
    """Whom a verb acts on: its object or passive subject, those of the verb it is joined to ("shot and killed
    three men"), the person its relative clause describes ("a man who was shot"), and whom a number counts
    ("executed seven of them")."""
    verbs = [verb, *[c for c in verb.children if c.dep_ == "conj"]] + ([verb.head] if verb.dep_ == "conj" else [])
    out = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative", "nsubjpass")]  # "fined him $50"
    if verb.dep_ in ("relcl", "acl"):
        out.append(verb.head)
    out += [o for t in out if t.pos_ == "NUM" for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and o.pos_ != "NUM"]  # "executed seven of them"; not "9 of 12"
    if not out and any(c.dep_ == "auxpass" for c in verb.children):  # "a woman died after being shot"
        above = next((a for a in list(verb.ancestors)[:3] if a.pos_ in ("VERB", "AUX")), None)
        out += [c for c in above.children if c.dep_ in SUBJECTS] if above is not None else []
    return out or _found_in_that_state(verb)


def _found_in_that_state(verb: Token) -> list[Token]:
    """"a clerk was found strangled", "police found him stabbed", "she was left beaten": a participle that
    completes a verb of finding or leaving says what was done to that verb's object or passive subject."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("xcomp", "oprd", "ccomp"):
        return []
    own = [c for c in verb.children if c.dep_ == "nsubj"]  # "found the clerk strangled" parsed as a clause
    return own or [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]


def _a_gerund_noun(verb: Token) -> bool:
    """"killed in a drive-by shooting": an -ing form the parser calls a verb, used as a noun with its article (the
    parser may hang it on "in" as a clause: "wounded in a drive-by shooting in Eastbrook")."""
    if verb.tag_ != "VBG":
        return False
    return (verb.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "pcomp") and any(c.dep_ == "det" for c in verb.children)
            and not any(c.dep_ == "dobj" for c in verb.children)) \
        or _a_bare_gerund_subject(verb)


def _a_bare_gerund_subject(verb: Token) -> bool:
    """"Shooting leaves three wounded", "Stabbing at mall hurts two": an -ing form that opens a line written
    in headline grammar as its subject, with no object of its own, names the act ("Shooting people is a crime"
    and "Shooting remains a popular hobby." do not)."""
    return verb.dep_ in ("nsubj", "csubj") and verb.i == verb.sent.start and headline_grammar(verb.sent) and not any(
        c.dep_ in ("dobj", "nsubj", "aux") for c in verb.children)


def has_a_victim_if_needed(c: Candidate) -> bool:
    """"a man was shot Sunday", "police said she was stabbed", "shot dead", "shot into a crowd": a crime verb done
    to a person, to death, or aimed at a place of people (``_a_place_of_people``), not "shot a video" or "stabbed
    at the air"."""
    if not c.entry.needs_victim:
        return True
    head, words = c.head, c.lex.trigger_words
    placed = {i for p in head.doc._.places or [] for i in range(p.tok_start, p.tok_end)}  # "seize Goma": a town
    if _a_gerund_noun(head) or any((_a_person(t, c.lex) and t.i not in placed) or
                                   (c.entry.needs_agent and _a_counted_group(t)) for t in _done_to(head)) or \
            _a_noun_an_armed_hand_killed(c):
        return True
    near = [*head.children, *[g for ch in head.children if ch.dep_ == "prep" for g in ch.children]]
    return any(t.lower_ in words.death_words for t in near) or _dead_after(head, words.death_words) or \
        any(_a_place_of_people(t, c.lex) for t in _aims(head, words))


def _a_place_of_people(tok: Token, lex: Lexicon) -> bool:
    """"shot into a crowd", "fired into an occupied home", "shot at two officers": a shot aimed at a person or at
    a place people are in (``fired_into_places``, or one a word fills with people: ``filled_marks``) is aimed at
    people ("shot into the air", "shot at the basket" are not)."""
    words = lex.trigger_words
    named = tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON"  # "a shooting at Wal-Mart" names a place, no one
    return (_a_person(tok, lex) and not named) or tok.lemma_.lower() in words.fired_into_places or any(
        m.dep_ in ("amod", "compound") and m.lower_ in words.filled_marks for m in tok.children)


def _a_noun_an_armed_hand_killed(c: Candidate) -> bool:
    """"gunmen killed a school principal", "Air strike kills rebel quartermaster": what armed men or arms kill
    is a person, whatever their trade is called, when the counts read them as one killed or wounded
    (``quantities.one_struck``); not "the senate killed the bill" nor "the crew shot a film"."""
    if not c.entry.type.startswith("attack"):
        return False
    struck = {q.noun for q in c.head.doc._.quantities or [] if q.role in ("killed", "injured")}
    return any(t.i in struck for t in _done_to(c.head))


def _dead_after(head: Token, death_words: frozenset[str]) -> bool:
    """"Varro is dead after being stabbed on Friday": one said dead after it was done to them (whatever the
    parser makes of the name) is the person it was done to."""
    if head.dep_ != "pcomp" or head.head.dep_ != "prep":
        return False
    return any(c.dep_ == "acomp" and c.lower_ in death_words for c in head.head.head.children)


def _a_counted_group(tok: Token) -> bool:
    """"the gunman killed five", "killed three of the guards", "killed six traders": a number standing for the
    people it counts, or a noun counted by one."""
    return tok.pos_ == "NUM" or any(ch.dep_ == "nummod" for ch in tok.children)


RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
ARMED_KINDS = frozenset({"military", "armed_group", "state", "government"})


def _killers(head: Token) -> list[Token]:
    """Who does it: the active subject (of the first of joined verbs: "stormed the house and killed two"), for
    a relative pronoun the noun it describes ("the man who killed his wife"), the "by" agent, and the words
    joined to each ("by police and soldiers")."""
    subjects = [head.head if s.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl" else s
                for s in _first_subjects(head) if s.dep_ == "nsubj"]
    doers = subjects + [g for ch in head.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
    doers += _doers_when(head)
    return doers + [j for d in doers for j in d.children if j.dep_ == "conj"]


WHEN_MARKS = frozenset({"when", "as"})


def _doers_when(head: Token) -> list[Token]:
    """"a clerk was killed when two robbers fired into the shop": for a passive verb, the active subject of
    the "when" clause that tells how it was done."""
    if not any(ch.dep_ == "auxpass" for ch in head.children):
        return []
    return [s for cl in _when_clauses(head) for s in cl.children if s.dep_ == "nsubj"]


def _armed_when(c: Candidate) -> bool:
    """"a clerk was killed when two robbers fired into the shop": a passive verb whose "when" clause is done by
    a killer noun or with a weapon (not "when her father drove into a river")."""
    doers = _doers_when(c.head)
    armed = c.lex.trigger_words.killer_nouns
    clauses = [cl for cl in _when_clauses(c.head) if not _an_accident(cl, c.lex.trigger_words)]
    return bool(doers) and (any(d.lemma_.lower() in armed for d in doers) or any(
        cl.left_edge.i <= w[0] <= cl.right_edge.i for cl in clauses for w in c.weapons))


def _an_accident(verb: Token, words: TriggerWords) -> bool:
    """"soldiers were killed when two helicopters crashed": a craft that crashes, or a roof that falls, is an
    accident; a shell or a drone that falls or crashes (``weapon_nouns``) is fire ("killed when a rocket fell")."""
    subjects = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
    return verb.lemma_.lower() in words.accidental_death_cues and not any(
        _plain_lemma(s) in words.weapon_nouns for s in subjects)


def _when_clauses(head: Token) -> list[Token]:
    """The verbs of the "when" clauses under a verb ("when" read as a mark or an adverb)."""
    return [cl for cl in head.children if cl.dep_ == "advcl" and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in WHEN_MARKS for m in cl.children)]


def _without_tolls_of_told_acts(doc: Doc, found: list[TriggerMention]) -> list[TriggerMention]:
    """"a boy was killed when a gunman opened fire": the passive toll is the act its "when" clause tells, which
    is a mention of its own; only a toll whose clause is no mention ("when robbers emptied their pistols")
    stands for the act."""
    heads = {m.head for m in found}
    return [m for m in found if not (_doers_when(doc[m.head]) and any(
        cl.i in heads for cl in _when_clauses(doc[m.head])))]


def _an_armed_hand(tok: Token, c: Candidate) -> bool:
    """"a man", "she", "Smith", "militiamen", "police", "the rebel group" (an armed side or a state the actors
    read), "a roadside bomb" (a weapon in its phrase), "sniper fire" (fire of arms, ``_a_hazard``), "suspected
    herders" (``suspect_marks``), "Maoists" (people named by what they are, in the plural): one who kills, not
    "the flu", "the crash" or "a house fire"."""
    lemma, lex = tok.lemma_.lower(), c.lex
    if tok.ent_type_ == "PERSON" or (tok.pos_ == "PRON" and tok.lower_ in PERSONAL_PRONOUNS) or \
            lex.items.get(lemma) in lex.quantity_words.person_items or \
            lemma in lex.trigger_words.victim_nouns or lemma in lex.trigger_words.killer_nouns or \
            _a_suspect(tok, lex.trigger_words.suspect_marks) or (tok.ent_type_ == "NORP" and tok.tag_ in PLURAL_NOUNS):
        return True
    if lemma in lex.status.gunfire_words and lemma in lex.status.hazard_words and not _a_hazard(tok, c):
        return True
    if any(a.kind in ARMED_KINDS and a.tok_start <= tok.i and tok.left_edge.i < a.tok_end
           for a in tok.doc._.actors or []):
        return True  # "the rebels", "a rebel faction", "Ruritanian forces": a side among the words up to the noun
    return any(tok.left_edge.i <= w[0] <= tok.right_edge.i for w in c.weapons)


def done_by_someone_if_needed(c: Candidate) -> bool:
    """"gunmen killed five villagers", "two guards were killed by a bomb": a verb that counts only when a
    person, an armed force or a weapon does it, not "the flu killed two" nor "the crash killed a driver"."""
    if not c.entry.needs_agent:
        return True
    killers = _killers(c.head)
    attacks = c.lex.trigger_words.attack_words  # "the attack that killed a guard": the attack tells the toll
    return any(_an_armed_hand(t, c) for t in killers) and not any(t.lemma_.lower() in attacks for t in killers)


def has_no_object_if_intransitive(c: Candidate) -> bool:
    """"the strikes demonstrate our resolve": a verb that is an event only without an object."""
    return not c.entry.intransitive or not any(ch.dep_ in ("dobj", "ccomp") for ch in c.head.children)


def told_as_news_if_needed(c: Candidate) -> bool:
    """"The guns fell silent at midnight": an act told as the news of its clause; not "after the guns had fallen
    silent, the men went home", where it sets the time of another."""
    if not c.entry.news:
        return True
    verb = c.head if c.head.pos_ in ("VERB", "AUX") else c.head.head
    return not _has_mark(verb, c.lex.trigger_words.time_clause_marks)


def active_if_it_must_be(c: Candidate) -> bool:
    """"troops killed 12 militants": a verb that counts only active and finite, or in a finite passive with the
    one who did it ("12 militants were killed by troops"); "..., killing three soldiers" and "three soldiers
    were killed" tell the toll of an act told elsewhere."""
    head = c.head
    if not c.entry.active:
        return True
    passive = any(ch.dep_ == "auxpass" for ch in head.children) or headline_participle(head)
    if passive and (any(ch.dep_ == "agent" for ch in head.children) or _armed_when(c)):
        return True
    return (head.tag_ in ("VBD", "VBZ", "VBP") or _a_perfect(head)) and not passive or _done_to_them_by_armed_men(c)


def _done_to_them_by_armed_men(c: Candidate) -> bool:
    """"the bodies of five men killed by militants were found": a participle that describes the people it was
    done to, with armed men as its "by" doers (``killer_nouns``), tells the act they did; "the 12 people killed
    in the strike" hangs on an act told elsewhere, and "those killed by the storm" names no armed hand."""
    head = c.head
    if head.tag_ != "VBN" or head.dep_ != "acl":
        return False
    doers = [g for ch in head.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
    return any(_plain_lemma(d) in c.lex.trigger_words.killer_nouns for d in doers)


def _a_perfect(verb: Token) -> bool:
    """"the army said its men had killed 12 militants": a participle after "had" is the past told in reported
    speech, as finite and active as "killed". Not "have killed": the present perfect mostly tells a running
    total ("have killed 300 since March")."""
    return verb.tag_ == "VBN" and any(ch.dep_ == "aux" and ch.lower_ == "had" for ch in verb.children)


APPEAL_PREPOSITIONS = frozenset({"on", "upon", "for", "to"})  # "called on", "calls for X to", "appealed to"


def _addressees(head: Token) -> list[Token]:
    """Whom an appeal is made to: "urged Moldova to withdraw", "called on Moldova to withdraw", "calls for
    Moldova to withdraw", "demanded that Moldova withdraw" (the subject of the clause asked for); the one a modal
    of duty binds ("Moldova must withdraw its troops")."""
    if head.dep_ == "aux":
        return [s for s in head.head.children if s.dep_ in SUBJECTS]
    out = [ch for ch in head.children if ch.dep_ in ("dobj", "dative")]
    out += [o for p in head.children if p.dep_ == "prep" and p.lower_ in APPEAL_PREPOSITIONS
            for o in p.children if o.dep_ == "pobj"]
    return out + [s for cl in head.children if cl.dep_ in CLAUSE_DEPS
                  for s in cl.children if s.dep_ in SUBJECTS]


def made_to_a_state_if_needed(c: Candidate) -> bool:
    """"the envoy urged Moldova to withdraw its troops", "asked that the Moldovan government return him", "pressed
    the alliance's council to act": an appeal is diplomacy when it is made to a country, a government or a body
    of states, not "police urged residents to stay
    indoors", not "asked Moldova about the vote" (no act asked for)."""
    if not c.entry.to_a_state:
        return True
    asks_an_act = c.head.dep_ == "aux" or any(ch.dep_ in CLAUSE_DEPS for ch in c.head.subtree)  # not "asked
    # Moldova about the vote"
    return asks_an_act and any(t.ent_type_ != "NORP" and _an_acting_state(t, c.entry.to_a_state)
                               for t in _addressees(c.head))  # a people is no state: "urged Moldovans to vote"


STATE_KINDS = ("state", "government")


def _a_state(t: Token, nouns: tuple[str, ...]) -> bool:
    """"Moldova", "Chisinau" (its government), "the government": a country or a government the actors or the
    places read, or a noun of government; not a name the tagger alone calls a place, nor a people ("urged
    Moldovans to vote")."""
    doc = t.doc
    if t.ent_type_ == "NORP":
        return False
    return t.lemma_.lower() in nouns or any(
        a.kind in STATE_KINDS and a.tok_start <= t.i < a.tok_end for a in doc._.actors or []) or any(
        (p.place.precision == "country" or p.metonymic) and p.tok_start <= t.i < p.tok_end for p in doc._.places or [])


ACTING_KINDS = ("state", "government", "international")  # who acts as a state: "Moldova", "the cabinet", "the UN"


def _an_acting_state(t: Token, nouns: tuple[str, ...]) -> bool:
    """"Moldova", "the government", "the U.N. Security Council": a state, a government or a body of states."""
    return _a_state(t, nouns) or any(a.kind in ACTING_KINDS and a.tok_start <= t.i < a.tok_end
                                     for a in t.doc._.actors or [])


def _asked_for(head: Token) -> list[Token]:
    """What is asked for: "demanded the return of the remains", "called for a summit", "demanded that the
    council lift the embargo" (the act asked for and who is to do it), "a proposal to hold talks"."""
    return [ch for ch in head.children if ch.dep_ == "dobj" or (ch.dep_ == "acl" and ch.tag_ == "VB")] + [
        o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"] + _a_that_clause(head)


def _a_that_clause(head: Token) -> list[Token]:
    """"demanded that the council lift the embargo": the verb of a clause with "that" and its subject; not a
    clause of speech with no "that" ("demanded, it said, ...")."""
    return [x for cl in head.children if cl.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                      for m in cl.children)
            for x in (cl, *(s for s in cl.children if s.dep_ in SUBJECTS))]


def _proposers(head: Token) -> list[Token]:
    """Who asks or proposes: a verb's subject ("Moldova demanded ..."), a noun's owner ("Moldova's proposal to
    hold talks in Vienna")."""
    dep = "poss" if head.pos_ == "NOUN" else "nsubj"
    return [s for s in head.children if s.dep_ == dep]


def made_by_a_state_if_needed(c: Candidate) -> bool:
    """"Moldova called for an emergency session of the council", "the government demanded the return of the
    ship": a call a state makes is a proposal, not "residents called for a new school", nor a call for a mood
    ("the government called for calm")."""
    if not c.entry.by_a_state:
        return True
    subjects = _proposers(c.head)
    asked = _asked_for(c.head)
    return bool(asked) and any(_an_acting_state(s, c.entry.by_a_state) for s in subjects) and not any(
        t.lemma_.lower() in c.lex.trigger_words.moods_not_acts for t in asked)


def said_by_a_state_to_a_state_if_needed(c: Candidate) -> bool:
    """"Freedonia warned Sylvania that any incursion would mean war": a warning one state gives another, named as
    the one warned, is a threat; not "the embassy warned Freedonians to stay away", "police warned drivers", nor
    "analysts warned that Sylvania may fall" (a state only spoken of). A leader speaks for the state ("Freedonia's
    president warned Sylvania"). The state spoken to may stand after "to": "Freedonia protested to Sylvania over
    the flights"."""
    nouns = c.entry.state_to_state
    if not nouns:
        return True
    warned = [o for o in c.head.children if o.dep_ in ("dobj", "dative")] + _prep_objects(c.head, ("to",))
    leaders = c.lex.trigger_words.leader_titles
    return any(_an_acting_state(s, nouns) or _titled(s, leaders) for s in _proposers(c.head)) and any(
        _a_state(o, nouns) for o in warned)


def charged_in_a_that_clause_if_needed(c: Candidate) -> bool:
    """"Freedonia charged that Sylvanian troops had shelled the village": a charge a state lays in a clause with
    "that"; not "the government charged three men with treason" (no clause) nor a verb with no such entry."""
    return not c.entry.that_clause or bool(_a_that_clause(c.head))


def said_of_a_side_if_needed(c: Candidate) -> bool:
    """"Sylvania's president is a dictator, Freedonia's foreign minister said": a name of contempt that one
    side's voice (a state, its government or a known leader: an actor with a country) says a state or its
    leader is, in the clause it tells, accuses; not "he was a fighter, his mother said" (no name of contempt)
    nor "the suspect is a convicted murderer, police said" (no side is named a murderer)."""
    if not c.entry.said_of_a_side:
        return True
    be = c.head.head
    if c.head.dep_ != "attr" or be.lemma_.lower() != "be":
        return False
    said = _the_verb_that_says(be, c.head, c.lex)
    return said is not None and _a_side_in(be, c) and _a_side_in(said, c)


def _the_verb_that_says(clause: Token, name: Token, lex: Lexicon) -> Token | None:
    """The verb of saying a clause is told by: the one above it ("Chile said Peru's leader is a tyrant"), or
    the tag after it that the parser hung below the clause or below the name it gives ("Peru's leader is a
    tyrant, Chile's minister said"; a tag with no relative word, unlike "a tyrant who, they said, ...")."""
    says = [clause.head] if clause.dep_ in ("ccomp", "parataxis") else [
        ch for ch in clause.children if ch.dep_ in ("ccomp", "parataxis", "advcl") and ch.i > clause.i]
    says += [ch for ch in name.children if ch.dep_ == "relcl" and not any(w.tag_ in WH_TAGS for w in ch.children)]
    return next((v for v in says if lex.reporting.get(v.lemma_.lower()) == "asserts"), None)


def _a_side_in(verb: Token, c: Candidate) -> bool:
    """Whether the subject of ``verb`` is, or names, an actor with a country: "Sylvania's president",
    "Freedonia", "the Freedonian government"."""
    subject = next((s for s in verb.children if s.dep_ == "nsubj"), None)
    if subject is None:
        return False
    lo, hi = subject.left_edge.i, subject.right_edge.i
    doc = c.head.doc
    return any(a.country and lo <= a.tok_start <= hi for a in doc._.actors or []) or any(
        p.place.precision == "country" and lo <= p.tok_start <= hi for p in doc._.places or [])


TALK_PREPOSITIONS = frozenset({"with", "to"})


def _parties(head: Token) -> list[Token]:
    """Who talks: the subjects and whom they talk with, each with its conjuncts ("Chile and Peru spoke"); the
    parser may hang "with" on what is talked about: "discussed the crisis with Peru"."""
    holders = [head] + [o for o in head.children if o.dep_ == "dobj"]
    firsts = [s for s in head.children if s.dep_ == "nsubj"] + [
        o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in TALK_PREPOSITIONS
        for o in p.children if o.dep_ == "pobj"]
    return firsts + [cj for f in firsts for cj in f.conjuncts]


def _titled(t: Token, words: frozenset[str]) -> bool:
    """"President Ortiz", "the foreign minister", "Chile's envoy": a leader's word on the name or in it."""
    return t.lemma_.lower() in words or any(
        ch.lemma_.lower() in words for ch in t.children if ch.dep_ in ("compound", "nmod", "amod", "appos"))


def _a_party(t: Token, words: frozenset[str]) -> bool:
    """"Ortiz" (a person, or a name the tagger left untyped), "the minister", "Chile"; not "Reuters"; or a
    word a name stands beside: "his closest ally, Prime Minister Ortiz"."""
    return t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and not t.ent_type_) or _titled(t, words) or \
        _an_acting_state(t, ()) or any(_a_party(a, words) for a in t.children if a.dep_ == "appos")


def held_with_a_leader_if_needed(c: Candidate) -> bool:
    """"the foreign minister spoke with his Chilean counterpart", "Chile and Peru conferred": a talk counts
    between two parties, each a person, a leader or a state and one of them a leader or a state; not "the
    minister spoke with reporters", "the detective spoke with Smith", "the president spoke at the rally"."""
    if not c.entry.with_a_leader:
        return True
    words = c.lex.trigger_words.leader_titles
    parties = _parties(c.head)
    return len(parties) >= 2 and all(_a_party(t, words) for t in parties) and any(
        _a_leader_or_state(t, words) for t in parties)


def _a_leader_or_state(t: Token, words: frozenset[str]) -> bool:
    """"the foreign minister", "Chile", or a word beside one: "the one ally, Prime Minister Ortiz"; or a person
    the actors read as a state's (a leader known by name, or one a title gave a country before)."""
    return _titled(t, words) or _an_acting_state(t, ()) or _a_person_of_a_state(t) or any(
        _a_leader_or_state(a, words) for a in t.children if a.dep_ == "appos")


def _a_person_of_a_state(t: Token) -> bool:
    """"Ortiz and Ruiz discussed the border": a person the actors give a country ("President Ortiz" earlier, or
    a head of state known by name) speaks for it; "the detective spoke with Smith" has no such person."""
    return any(a.kind == "person" and a.country and a.tok_start <= t.i < a.tok_end for a in t.doc._.actors or [])


def promised_on_a_condition_if_needed(c: Candidate) -> bool:
    """"Moldova would retaliate if the troops crossed the river", "will use force unless the ships leave": a
    response promised on a condition is a threat; not "the army retaliated on Sunday"."""
    if not c.entry.conditional:
        return True
    verb = governing_verb(c.head)
    return any(ch.dep_ == "advcl" and a_condition_clause(ch, c.lex.status) for ch in verb.children)


def offered_if_needed(c: Candidate) -> bool:
    """"Moldova will withdraw its troops only if the rebels disarm": a concession that counts only as an offer
    (``offered``) is read only when it is one (``an_offer``); not "the firm withdrew its bid"."""
    return not c.entry.offered or an_offer(c)


TRADE_PREPOSITIONS = frozenset({"to", "from", "with"})  # "halted arms sales to Chile" (the phrase on the verb)
BARRED_TO = frozenset({"to"})  # "closed its ports to Freedonian cargo": the trade a place is shut to
BAN_ON = frozenset({"on", "of"})  # "a ban on Freedonian wine imports", "the interdiction of its shipments"


def _traded_goods(c: Candidate) -> list[Token]:
    """What trade a verb or a noun stops: "banned imports of wine", "arms sales were halted", "closed the port to
    Freedonian trade", "a ban on wine imports" (``trade_nouns``)."""
    nouns = c.lex.trigger_words.trade_nouns
    direct = [t for t in c.head.children if t.dep_ in ("dobj", "nsubjpass")]
    preps = BAN_ON if c.head.pos_ == "NOUN" else BARRED_TO
    barred = [o for p in c.head.children if p.dep_ == "prep" and p.lower_ in preps
              for o in p.children if o.dep_ == "pobj"]
    return [t for t in direct + barred if t.lemma_.lower() in nouns]


def trade_with_a_state_if_needed(c: Candidate) -> bool:
    """"Ruritania banned imports of Freedonian wine", "halted arms sales to Freedonia": a stop of trade is a
    sanction when the trade names another state (a country, its government or its people's adjective); not
    "banned exports of rice to keep prices down", nor "the shop halted sales of the cheese"."""
    if not c.entry.trade_with_a_state:
        return True
    goods = _traded_goods(c)
    named = [t for g in goods for t in g.subtree if t != g] + [
        t for p in c.head.children if goods and p.dep_ == "prep" and p.lower_ in TRADE_PREPOSITIONS for t in p.subtree]
    return any(t.ent_type_ == "NORP" or _a_state(t, ()) for t in named)


def _passive_with_no_doer(verb: Token) -> bool:
    """"a guard was killed", "a boy who was killed", "a clerk killed in a robbery", "Store clerk killed in
    robbery", "Militant killed in encounter": a passive verb with no "by" agent, a past participle that describes
    its noun, or one whose passive subject a headline sets before it with no "was"."""
    deps = {ch.dep_ for ch in verb.children}
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"
    bare = verb.tag_ == "VBN" and "nsubjpass" in deps
    return ("auxpass" in deps or reduced or bare) and "agent" not in deps


def _one_of_a_count(verb: Token) -> bool:
    """"of nine women who were killed last year, four cases were solved": a relative clause on a counted noun
    after "of" tells a share of many cases, a statistic."""
    noun = verb.head
    return verb.dep_ == "relcl" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and any(
        ch.dep_ == "nummod" for ch in noun.children)


def _words_of_sentence_before(sent: Span) -> set[str]:
    """The lemmas and words of the sentence before ``sent`` (none for the first)."""
    if sent.start == 0:
        return set()
    before = sent.doc[sent.start - 1].sent
    return {t.lemma_.lower() for t in before} | {t.lower_ for t in before}


WAR_SPANS = ("year", "decade")  # spans a war is summed up over: "this year", not "earlier this week"


def violent_if_a_lone_toll(c: Candidate) -> bool:
    """"a teenager who was killed after a fight at a party", "he was killed while on a combat patrol": a passive
    killing that names no doer (``lone_toll``) counts only when its sentence or the one before tells violence (a
    weapon, a wound, a fight: ``violent_death_cues``) and neither tells a crash, a fire, a fall or an illness
    (``accidental_death_cues``): "a driver was killed in a crash on Route 9" is no attack; nor is a toll summed
    up to now ("2,000 people killed since April")."""
    if not c.entry.lone_toll:
        return True
    if not _passive_with_no_doer(c.head) or _one_of_a_count(c.head):
        return False
    if a_span_up_to_now(c.head, c.lex, WAR_SPANS):
        return False  # "with 2,000 people killed since April": a running total, no act
    words, cues = c.sentence_words | _words_of_sentence_before(c.sent), c.lex.trigger_words
    violent = bool(c.weapons or words & cues.violent_death_cues) or _a_fighter_killed(c)
    # "killed in a car bomb": the words of a weapon's name are no vehicle of an accident
    weapons = [c.head.doc[i] for i, _, _ in c.weapons]
    of_weapons = {w.lower_ for t in weapons for w in (t, *(m for m in t.children if m.dep_ == "compound"))}
    return violent and not (words & cues.accidental_death_cues) - of_weapons


def _a_fighter_killed(c: Candidate) -> bool:
    """"A Marine was killed in the province on Sunday", "Cpl. Ana Ruiz was killed near the border": a soldier or a
    fighter (``combatant_nouns``, or a name after a military rank) killed with no doer named fell to the other
    side, unless the words of an accident say otherwise (a crash, a fall: checked by the caller)."""
    verb = c.head
    # a participle after its noun only in a headline's grammar ("Three soldiers killed in the north"), not a
    # noun it describes ("a song about a soldier killed in the war")
    headline = verb.dep_ == "acl" and verb.head.dep_ == "ROOT"
    killed = [ch for ch in verb.children if ch.dep_ == "nsubjpass"] or ([verb.head] if headline else [])
    fighters, ranks = c.lex.trigger_words.combatant_nouns, c.lex.actor_words.military_ranks
    return any(t.lemma_.lower() in fighters or t.lower_ in fighters
               or any(d.dep_ == "compound" and d.lower_.rstrip(".") in ranks for d in t.children)
               for t in killed)


def takes_ground_not_people(c: Candidate) -> bool:
    """"three escaped inmates were captured in the hills": a capture of people is no capture of ground, though
    a place is named beside it ("the rebels captured the town" still is; "pulled its troops out of the town"
    moves its own)."""
    if not c.entry.needs_place:
        return True
    places = {i for p in c.span.doc._.places or [] for i in range(p.tok_start, p.tok_end)}  # "rebels seize Goma"
    forces = c.lex.trigger_words.fighting_forces
    return not any(_a_person(t, c.lex) and t.i not in places and not _own_forces(t, forces)
                   for t in c.head.children if t.dep_ in ("dobj", "nsubjpass"))


def _own_forces(noun: Token, forces: Collection[str]) -> bool:
    """"pulled its troops out of the town": forces a possessive names as one's own are moved, not taken ("its
    embassy staff" are people)."""
    return noun.lemma_.lower() in forces and any(d.dep_ == "poss" and d.tag_ == "PRP$" for d in noun.children)


ENTRY_CONDITIONS: tuple[Rule, ...] = (
    has_a_needed_word, has_no_excluded_word, has_its_part_of_speech, is_negated_if_it_must_be,
    has_its_particle, has_a_needed_object, has_a_needed_subject, voices_a_grievance_if_needed,
    has_no_excluded_object, is_governed_as_needed,
    has_a_weapon_if_needed, names_a_place_if_needed, has_an_aid_object_if_needed, has_a_victim_if_needed,
    done_by_someone_if_needed, has_no_object_if_intransitive, active_if_it_must_be, made_to_a_state_if_needed,
    made_by_a_state_if_needed, held_with_a_leader_if_needed, promised_on_a_condition_if_needed,
    takes_ground_not_people, violent_if_a_lone_toll, offered_if_needed, trade_with_a_state_if_needed,
    said_by_a_state_to_a_state_if_needed, told_as_news_if_needed, said_of_a_side_if_needed,
    charged_in_a_that_clause_if_needed,
)


# irrealis: acts that may not happen -----------------------------------------------------------


def under_a_condition(verb: Token, cues: StatusWords) -> bool:
    """"if the talks resume", "whether the convoy leaves", "should the rebels attack": a condition or a
    question."""
    return _has_mark(verb, cues.irrealis_marks) or _has_mark(verb.head, cues.irrealis_marks) or \
        a_condition_clause(verb, cues)


def done_without(verb: Token, cues: StatusWords) -> bool:
    """"the meeting ended without agreeing on a ceasefire"."""
    return verb.head.lower_ == "without" or any(c.lower_ == "without" and c.dep_ in ("prep", "mark")
                                                for c in verb.children if c.i < verb.i)


def under_a_hypothetical_aux(verb: Token, cues: StatusWords) -> bool:
    """"the army could strike the depot"."""
    return any(c.dep_ == "aux" and c.lower_ in cues.hypothetical_markers for c in verb.children)


def _to_be_done(verb: Token) -> bool:
    """"a meeting to be held in Geneva", "the accord, to be signed on Friday": an infinitive in the passive on
    a noun (not "he is to be sentenced", a verb's complement) is what is scheduled, not a wish."""
    return verb.dep_ in ("acl", "relcl", "advcl") and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) and \
        any(c.dep_ == "auxpass" for c in verb.children)


def merely_desired(verb: Token, cues: StatusWords) -> bool:
    """"pressure on the sides to accept a truce": an infinitive governed by no word of status; not a headline's
    "Bloc to impose sanctions", what is to come (``planned_by_headline_infinitive``)."""
    if verb.dep_ == "ROOT" or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) \
            or _to_be_done(verb) or _arranged_by_be_to(verb, cues):
        return False
    if headline_infinitive(verb) and headline_grammar(verb.sent):
        return False  # "Bloc to impose sanctions": a headline's plan, not a wish
    gov = verb.head
    allowed = (cues.planned_governors | cues.agreed_governors | cues.proposed_governors | cues.rejected_governors
               | cues.causative_governors)
    return gov != verb and gov.lemma_.lower() not in allowed and gov.lower_ != "due"


def _arranged_by_be_to(verb: Token, cues: StatusWords) -> bool:
    """"The two sides are to meet on Friday", "talks were to resume": "be" with an infinitive in the active
    tells an arranged act; not a purpose ("the aim is to seize the port") nor "is to be sentenced"."""
    be = verb.head
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or be.lemma_.lower() != "be" or be == verb \
            or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    return subject is None or subject.lemma_.lower() not in cues.purpose_nouns


def counterfactual(verb: Token, cues: StatusWords) -> bool:
    """"such a speech would have triggered a riot", "would have liked to see them relocated": a modal with
    "have" tells what did not happen, and so does what it governs."""
    for v in [verb, *[a for a in list(verb.ancestors)[:3] if a.pos_ in ("VERB", "AUX")]]:
        kids = [c.lower_ for c in v.children if c.dep_ == "aux"]
        if "have" in kids and any(k in cues.future_aux or k in cues.hypothetical_markers for k in kids):
            return True
    return False


def merely_able(verb: Token, cues: StatusWords) -> bool:
    """"a place where people can meet": what can be done is no act done."""
    return any(c.dep_ == "aux" and c.lower_ in cues.ability_aux for c in verb.children)


def _an_obligation_met(gov: Token) -> bool:
    """"had to flee", "was obliged to withdraw", "has had to move": an obligation told in the past was met."""
    return gov.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have")
                                    for c in gov.children)


def _a_bare_participle(verb: Token) -> bool:
    """"..., negotiating deals one by one": a participle with no conjunction, hung on the verb it goes with."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children)


def under_an_obligation(verb: Token, cues: StatusWords) -> bool:
    """"the council must approve the accord", "the sides will have to talk", "the cabinet is obliged to honour
    the agreements": what one must do is owed, not done (``obligation_aux``, ``obligation_governors``); not
    "must have fled" (a guess at a past act) nor "had to flee" (an obligation met)."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxes & cues.obligation_aux:
        return "have" not in auxes
    gov = verb.head
    return verb.dep_ == "xcomp" and gov != verb and "to" in auxes and not _an_obligation_met(gov) and \
        bool({gov.lower_, gov.lemma_.lower()} & cues.obligation_governors)


def judged_in_general(verb: Token, cues: StatusWords) -> bool:
    """"it is wrong to attack civilians", "it's not a good idea to threaten to bomb the office": an infinitive
    judged after "it is", and what it governs, tells what one may or may not do, no act (not "it was a mistake
    to storm the compound": a judgement of the past tells the act done)."""
    chain = [verb]
    while _complement_or_gerund(chain[-1]) and chain[-1].head.lemma_ != "be" and len(chain) < 4:
        chain.append(chain[-1].head)
    return _judged(chain[-1])


def _complement_or_gerund(t: Token) -> bool:
    """"to threaten [to do]", "to do [a shooting]": an infinitive complement, or a gerund object."""
    return t.dep_ == "xcomp" or (t.dep_ == "dobj" and t.tag_ == "VBG")


def _judged(verb: Token) -> bool:
    """"[it is wrong] to attack": an infinitive complement of "it is" with a judgement."""
    be = verb.head
    return verb.dep_ in ("xcomp", "ccomp") and be != verb and be.lemma_ == "be" and be.tag_ != "VBD" and \
        any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) and \
        any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children) and \
        any(c.dep_ in ("attr", "acomp") for c in be.children)


def merely_likely(verb: Token, cues: StatusWords) -> bool:
    """"children there are likely to be beaten or detained", "the fleet is capable of blockading the coast": an
    act under an adjective of likelihood or capacity (``likelihood_adjectives``), or one joined to it, may be
    done; none is told (not "was able to flee": he fled)."""
    act = verb.head if verb.dep_ == "conj" else verb
    adj = act.head.head if act.dep_ == "pcomp" and act.head.dep_ == "prep" else act.head
    return act.dep_ in ("xcomp", "pcomp") and adj is not act and adj.pos_ == "ADJ" and \
        adj.lower_ in cues.likelihood_adjectives


PRESENT_TAGS = ("VB", "VBZ", "VBP", "VBG")  # "would let", "lets", "let", "letting": not a past "let"


def merely_permitted(verb: Token, cues: StatusWords) -> bool:
    """"the bill would let police detain suspects for a fortnight", "the law allows guards to search anyone": an
    act a verb of permission (``permission_verbs``) governs, outside the past, is what one may do, no act done
    ("the court let police hold him two more days" tells a decision taken)."""
    gov = verb.head
    return verb.dep_ in ("ccomp", "xcomp") and gov != verb and gov.lemma_.lower() in cues.permission_verbs and \
        gov.tag_ in PRESENT_TAGS


IRREALIS_RULES: tuple[Callable[[Token, StatusWords], bool], ...] = (
    under_a_condition, done_without, under_a_hypothetical_aux, merely_desired, counterfactual, merely_able,
    under_an_obligation, judged_in_general, merely_likely, merely_permitted,
)


def _served(verb: Token) -> Token:
    """The act ``verb`` is the manner or the means of: "will have to take a slower road, negotiating deals one
    by one", "could retaliate by shelling the port"; else the verb itself."""
    if _a_bare_participle(verb):
        return verb.head
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "by":
        return verb
    first = prep.head if prep.dep_ == "conj" and prep.head.pos_ == "ADP" else prep  # "through talks or by force"
    return first.head if first.head.pos_ in ("VERB", "AUX") else verb


def _irrealis(head: Token, cues: StatusWords) -> bool:
    """Hypothetical, conditional or merely desired acts, and the manner or means of a hypothetical one ("could
    retaliate by shelling the port": no shelling told; but "tried to end the siege by storming the compound"
    tells the storming)."""
    verb = governing_verb(head)
    host = _served(verb)
    return any(rule(verb, cues) for rule in IRREALIS_RULES) or host != verb and any(
        rule(host, cues) for rule in IRREALIS_RULES if rule is not merely_desired)


# offers: concessions put forward --------------------------------------------------------------


def _ready(chain: list[Token], cues: StatusWords) -> bool:
    """"is willing to withdraw", "said they were willing to free them": an adjective of willingness over the act."""
    return any(t.pos_ == "ADJ" and t.lower_ in cues.offer_adjectives for t in chain)


def _offer_condition(t: Token, cues: StatusWords) -> bool:
    """"... only if the rebels disarm" (a clause marked "if", "provided"), "provided the border is secured" (the
    word itself hung on the verb); not the verb's own mark ("if Moldova withdraws" is the condition, no offer)."""
    if t.dep_ == "advcl":
        return _has_mark(t, cues.offer_marks)
    return t.dep_ != "mark" and t.lower_ in cues.offer_marks and t.lower_ not in cues.condition_marks


def _on_offer_terms(chain: list[Token], cues: StatusWords) -> bool:
    """A future act bound to a condition: "will withdraw ... only if", "would free them provided ..."."""
    return any(_future(t, cues) for t in chain) and any(
        _offer_condition(ch, cues) for t in chain for ch in t.children)


OFFERING_LINKS = ("xcomp", "ccomp", "acomp")  # "is willing to withdraw", "said it would withdraw"


def _offering_chain(verb: Token) -> list[Token]:
    """The act and the words it complements, three at most ("said [that it is] willing to withdraw"); not the
    clause it is a condition or a time of ("will talk if Moldova withdraws": the withdrawal is no offer)."""
    chain = [verb]
    while chain[-1].dep_ in OFFERING_LINKS and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain


def an_offer(c: Candidate) -> bool:
    """"Moldova is willing to withdraw from the valley", "will pull its troops out only if the rebels disarm",
    "would free the hostages provided the shelling stops": a concession (``offered_acts``) one is ready to make,
    or promises on a condition, is an offer put forward now, a proposal (not an act planned or done). Force
    promised so is a threat (``_conditional_threat``), not an offer."""
    cues = c.lex.status
    if _family(c.entry) == "attack" or c.head.pos_ != "VERB" or c.head.lemma_.lower() not in cues.offered_acts:
        return False
    chain = _offering_chain(governing_verb(c.head))
    return _ready(chain, cues) or _on_offer_terms(chain, cues)


# acts told as no act --------------------------------------------------------------------------


def _family(entry: TriggerEntry) -> str:
    return entry.type.split(".")[0]


def none_of_them(entry: TriggerEntry, head: Token, words: TriggerWords) -> bool:
    """"no arrests were reported", "would respond with force to any attack", "reservations about any talks"."""
    dets = {c.lower_ for c in head.children if c.dep_ == "det"}
    # "no talks this week" is talks called off (a status), "no arrests" none at all
    return "any" in dets or ("no" in dets and _family(entry) in ("attack", "arrest", "protest"))


NOBODY = frozenset({"nobody", "none", "no-one", "noone"})


def done_to_no_one(entry: TriggerEntry, head: Token, words: TriggerWords) -> bool:
    """"nobody was arrested", "no one was hurt in the blast", "they detained none of them", "no suspects have
    been arrested": an act done to no one did not happen."""
    if _family(entry) not in ("attack", "arrest", "humanitarian", "prisoners") or head.pos_ != "VERB":
        return False
    done_to = [c for c in head.children if c.dep_ in ("nsubjpass", "dobj")]
    # "charged Baker with speeding, no insurance" (a charge misparsed as a second object) is done to Baker
    return bool(done_to) and all(_no_one(c) for c in done_to)


def _no_one(t: Token) -> bool:
    """"nobody", "none", "no one", "no country": a phrase that names no one."""
    return t.lower_ in NOBODY or any(d.dep_ == "det" and d.lower_ == "no" for d in t.children)


def done_by_no_one(entry: TriggerEntry, head: Token, words: TriggerWords) -> bool:
    """"no country would deliver a single weapon", "nobody fired a shot": a verb whose subject names no one
    tells an act not done ("no group has claimed the attack" still tells the attack: its verb is "claimed")."""
    return head.pos_ == "VERB" and any(c.dep_ == "nsubj" and _no_one(c) for c in head.children)


def did_not_happen(entry: TriggerEntry, head: Token, words: TriggerWords) -> bool:
    """"the group has not claimed any attacks", "troops did not advance", "I did not blame the market"; an act
    that is the subject of a negated verb of happening (``occurrence_verbs``): "the promised evacuations had
    not taken place" ("the raids did not stop" tells raids that went on)."""
    if _family(entry) not in ("attack", "arrest", "protest", "territory", "humanitarian", "prisoners", "diplomacy",
                              "statement") \
            or entry.negated:
        return False
    verb = governing_verb(head)
    if not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children):
        return False
    return verb == head or head.dep_ in ("dobj", "nsubjpass") or (
        head.dep_ == "nsubj" and head.head == verb and _a_verb_of_happening(verb, words))


def no_sign_of_it(entry: TriggerEntry, head: Token, words: TriggerWords) -> bool:
    """"Police said there was no evidence the fire was an arson attack", "no sign that rebels had attacked the
    post": an act in the clause a sign (``evidence_nouns``) with "no" takes is one nobody found happened."""
    clause = governing_verb(head)
    noun = clause.head
    return clause.dep_ in ("acl", "ccomp") and noun.lemma_.lower() in words.evidence_nouns and any(
        d.dep_ == "det" and d.lower_ == "no" for d in noun.children)


def _a_verb_of_happening(verb: Token, words: TriggerWords) -> bool:
    """"occurred", "took place", "went ahead": a verb, with its particle or object, of ``occurrence_verbs``."""
    lemma = verb.lemma_.lower()
    return lemma in words.occurrence_verbs or any(
        f"{lemma} {c.lower_}" in words.occurrence_verbs for c in verb.children if c.dep_ in ("dobj", "prt", "advmod"))


def describes_someone(entry: TriggerEntry, head: Token, words: TriggerWords) -> bool:
    """"a general accused of war crimes": a statement word describing a person."""
    return _family(entry) == "statement" and (
        head.dep_ == "relcl" or (head.dep_ in ("acl", "amod") and head.tag_ == "VBN"))


def told_as_an_allegation(entry: TriggerEntry, head: Token, words: TriggerWords) -> bool:
    """"accused the army of shelling the village": an allegation, told as such; not the case the law brings
    (``_the_law_alleges``)."""
    return _family(entry) != "statement" and any(a.lemma_.lower() in words.allegation_verbs and
                                                 not _the_law_alleges(a, words)
                                                 for a in _within_its_own_clauses(head, 5))


def _within_its_own_clauses(head: Token, reach: int) -> list[Token]:
    """The first ``reach`` words above ``head``, up to a clause joined on by "and" or "but" with a subject of its
    own: in "the ministry denied the report, but residents said drones hit two homes" the residents' clause is
    theirs, not the ministry's denial."""
    above, below = [], head
    for t in islice(head.ancestors, reach):
        if below.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children):
            break
        above.append(t)
        below = t
    return above


def _the_law_alleges(verb: Token, words: TriggerWords) -> bool:
    """"Prosecutors allege that the two men killed the clerk", "according to the warrant, deputies accuse him of
    stabbing his neighbor": the law's case tells a crime that was done, and who did it is what it alleges. Its
    voice is the verb's subject or its "according to" source (``case_accusers``)."""
    if verb.lemma_.lower() not in words.case_allegation_verbs:
        return False
    voices = [c for c in verb.children if c.dep_ == "nsubj"] + [
        t for p in verb.children if p.dep_ == "prep" and p.lower_ == "according" for t in p.subtree]
    return any(t.lemma_.lower() in words.case_accusers for t in voices)


def not_wanted(entry: TriggerEntry, head: Token, words: TriggerWords) -> bool:
    """"he did not want her to get hurt", "the army has no plan to strike": an act a negated wish or plan
    governs is no act, and no plan; so is one a plan counted by "no" governs ("Kenya has no plans to deploy
    troops")."""
    verb = governing_verb(head)
    gov = verb.head if verb.dep_ in ("xcomp", "ccomp", "acl") else None
    if gov is None or gov.lemma_.lower() not in words.wish_verbs:
        return False
    if verb.dep_ == "acl":
        return gov.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in gov.children)
    return any(c.dep_ == "neg" for c in gov.children)


def a_state(entry: TriggerEntry, head: Token, words: TriggerWords) -> bool:
    """"7 million people are displaced": a present passive is a state, not an act (not "two men are charged
    with murder": a charge named with its crime is the act of charging, told as news; nor "March 12: the
    suspect is sentenced", the present of a dated entry of a chronology; nor "suspected IS militants looted",
    whose "IS" in capitals amid lower-case words is a group's initials; nor "two carriers are headed to the
    gulf", a going under way, whose form only looks passive: ``_headed_somewhere``)."""
    return head.pos_ == "VERB" and any(c.dep_ == "auxpass" and c.lower_ in ("are", "is") and not _initials(c)
                                       for c in head.children) \
        and not _a_charge_named(entry, head) and not _in_a_dated_entry(head) and entry.particle not in DIRECTIONS


def _initials(tok: Token) -> bool:
    """"IS", "US" in a sentence written in lower case: a word in capitals is a name's initials."""
    return len(tok.text) > 1 and tok.text.isupper() and not tok.sent.text.isupper()


def _in_a_dated_entry(head: Token) -> bool:
    """"March 12: The suspect is sentenced to 12 years.": a line a date heads tells its act in the present."""
    doc = head.doc
    k = sent_index(doc, head.i)
    return any(t.heads_entry and (t.sent == k or t.sent == k - 1) for t in doc._.times or [])


def _a_charge_named(entry: TriggerEntry, head: Token) -> bool:
    """"is charged with murder", "are charged in the death of a man": an arrest word with its particle and a
    noun after it names the crime (not "is charged with overseeing the budget", a duty)."""
    return _family(entry) == "arrest" and entry.particle is not None and any(
        p.dep_ == "prep" and p.lower_ == entry.particle and any(o.dep_ == "pobj" and o.pos_ == "NOUN"
                                                                for o in p.children)
        for p in head.children)


def told_of_nothing(entry: TriggerEntry, head: Token, words: TriggerWords) -> bool:
    """"there were no roads closed", "no homes damaged in the storm": a participle on a noun counted by "no"
    tells of nothing done."""
    noun = head.head
    return head.dep_ == "acl" and head.tag_ == "VBN" and noun != head and any(
        d.dep_ == "det" and d.lower_ == "no" for d in noun.children)


def a_rush_not_a_charge(entry: TriggerEntry, head: Token, words: TriggerWords) -> bool:
    """"the man charged at deputies with a knife", "he charged toward the officers": an active "charge" with no
    object, at or toward someone (``rush_preps``), is a rush, not an accusation ("he was charged in the
    robbery", "police charged him at the station" still are)."""
    if entry.type != "arrest" or head.pos_ != "VERB" or head.lemma_.lower() != "charge":
        return False
    if any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in head.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in words.rush_preps for c in head.children)


def an_earlier_act(entry: TriggerEntry, head: Token, words: TriggerWords) -> bool:
    """"he had been convicted of theft twice before", "she had previously been arrested", "he had been jailed
    three times": a verb in the past perfect whose adverb counts its act or puts it before the story's time
    (``earlier_marks``) tells a record, not the news ("police said he had been shot in the head" still is)."""
    if head.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children):
        return False
    return any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in words.earlier_marks for c in head.children)


def who_they_are(entry: TriggerEntry, head: Token, words: TriggerWords) -> bool:
    """"A former clerk convicted of fraud was released from prison Friday", "a Dover man charged in a crash was freed
    on bond Monday": a participle of the law's acts describing the subject of a verb that names its own day, with
    no day of its own, tells who the person is, an act of some earlier time, not one of that day ("a man arrested
    Friday was charged Monday" names its day: an act)."""
    if _family(entry) != "arrest" or head.dep_ != "acl" or head.tag_ != "VBN" \
            or head.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head.head
    days = {t.governor for t in head.doc._.times or [] if not t.background}
    return verb.i in days and head.i not in days


NOT_AN_ACT_RULES: tuple[Callable[[TriggerEntry, Token, TriggerWords], bool], ...] = (
    none_of_them, done_to_no_one, done_by_no_one, did_not_happen, not_wanted, describes_someone, told_as_an_allegation, a_state,
    told_of_nothing, a_rush_not_a_charge, an_earlier_act, who_they_are, no_sign_of_it,
)


# attacks on no one in particular --------------------------------------------------------------


def a_topic(head: Token, words: TriggerWords) -> bool:
    """"posts about air strikes": a topic, not an event."""
    return head.head.lower_ in words.topic_preps


def shielded_from(head: Token, words: TriggerWords) -> bool:
    """"shelters protected from missile attacks": a bare plural one is shielded from."""
    return head.tag_ == "NNS" and head.head.lower_ in words.protection_preps and not any(
        c.dep_ in ("det", "poss", "nummod") for c in head.children)


def a_period_of(head: Token, words: TriggerWords) -> bool:
    """"after several days of assaults" (not "the third day of an offensive": one act, counted by its article;
    nor "two days of fighting ended on Sunday with ten dead": a stretch of fighting that does something
    itself, the subject of its clause, is one battle told by its length)."""
    one = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    return head.head.lower_ == "of" and head.head.head.lemma_.lower() in words.period_nouns and not one \
        and not _a_stretch_that_acts(head, words)


def _a_stretch_that_acts(head: Token, words: TriggerWords) -> bool:
    """"two days of fighting ended on Sunday", "a week of clashes left 30 dead": the period of the acts is the
    subject of its clause."""
    period = head.head.head
    return head.head.lower_ == "of" and period.lemma_.lower() in words.battle_lengths and \
        period.dep_ in ("nsubj", "nsubjpass")


def counted_acts(head: Token, words: TriggerWords) -> bool:
    """"carried out a series of attacks on Sunday": acts counted by a noun with its article ("a wave of
    strikes", "the latest string of raids"), the acts themselves, not acts in general."""
    counter = head.head.head
    return head.head.lower_ == "of" and counter.lemma_.lower() in words.event_counts and any(
        c.dep_ in ("det", "poss") for c in counter.children)


def inside_a_noun_phrase(head: Token, words: TriggerWords) -> bool:
    """"a halt to fighting", "a supporter of "lone wolf" attacks": a bare noun inside another noun's phrase (not
    one that counts acts, nor one its own day marks: "responsibility for Dec. 3 bombings")."""
    return head.head.head.pos_ == "NOUN" and not counted_acts(head, words) and not any(
        c.dep_ in ("det", "poss", "nummod", "amod", "compound") or c.dep_ == "nmod" and c.ent_type_ == "DATE"
        for c in head.children) and \
        not _a_stretch_that_acts(head, words)


def a_reason_in_the_plural(head: Token, words: TriggerWords) -> bool:
    """"imposes sanctions in response to the regime's attacks on civilians", "protests over police killings":
    acts in the plural, uncounted, named as the reason for another act, are the acts in general."""
    prep = head.head
    reason = prep.lower_ == "over" or prep.lower_ == "to" and prep.head.lower_ == "response"
    return reason and head.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in head.children)


def a_kind_after_an_adjective(head: Token, words: TriggerWords) -> bool:
    """"the town has grown used to deadly raids", "villages prone to attacks": acts in the bare plural after an
    adjective's preposition are a kind of act, not one (not "afraid of the raids", "responsible for attacks on the
    convoy": those named by an article, a number, a target or a clause)."""
    return head.tag_ == "NNS" and head.head.head.pos_ == "ADJ" and not any(
        c.dep_ in ("det", "poss", "nummod", "nmod", "compound", "relcl", "acl", "prep") for c in head.children)


GENERIC_RULES: tuple[Callable[[Token, TriggerWords], bool], ...] = (
    a_topic, shielded_from, a_period_of, inside_a_noun_phrase, a_reason_in_the_plural, a_kind_after_an_adjective,
)


def _generic(head: Token, words: TriggerWords) -> bool:
    """A noun in a prepositional phrase that names attacks in general, not one attack."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj":
        return False
    if head.tag_ != "NNS" and head.head.lower_ in words.protection_preps:
        return False  # "defended the town against attack": a singular one may be the event
    return any(rule(head, words) for rule in GENERIC_RULES)


def _after_aux(tok: Token) -> bool:
    """"had “liberated” the village": a quoted verb the parser took for an adjective."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    return k >= 0 and doc[k].lemma_ in ("have", "be") and doc[k].tag_ != "VBG"


# habits and background ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Clause:
    """What the habit rules read of a trigger's clause."""

    text: str  # the words of the trigger's own clause, lower case
    own_perfect: bool  # "has struck"
    verb: Token  # the verb whose subject is read: a conjoined verb's first verb when it is a relative clause
    perfect: bool
    subject: Token | None
    found: dict[tuple[str, ...], bool] = field(default_factory=dict, compare=False, repr=False)

    def says(self, phrases: tuple[str, ...], whole_words: bool = True) -> bool:
        """Whether the clause has one of the phrases (as whole words, or anywhere); read once per clause."""
        key = (*phrases, str(whole_words))
        if key not in self.found:
            text = f" {self.text} " if whole_words else self.text
            self.found[key] = any((f" {m} " if whole_words else m) in text for m in phrases)
        return self.found[key]


def _perfect(verb: Token) -> bool:
    return any(c.lower_ in PERFECT_AUX and c.dep_ == "aux" for c in verb.children)


class Clauses:
    """The clauses of one document, each read once however many triggers it holds.

    "the rebels shelled the town, stormed the barracks and burned the market": the three
    triggers share one clause, walked once; ``visited`` counts the words the walks touched.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.visited = 0
        self._words: dict[int, tuple[set[int], str]] = {}  # verb index -> its clause's words and text
        self._read: dict[tuple[int, tuple[int, ...]], _Clause] = {}
        self._sent_text: dict[int, str] = {}

    def _of_verb(self, verb: Token) -> tuple[set[int], str]:
        if verb.i not in self._words:
            toks = sorted(_clause(verb), key=lambda t: t.i)
            self.visited += len(toks)
            self._words[verb.i] = ({t.i for t in toks}, " ".join(t.lower_ for t in toks))
        return self._words[verb.i]

    def _sentence_text(self, i: int) -> str:
        k = sent_index(self.doc, i)
        if k not in self._sent_text:
            self._sent_text[k] = sentences(self.doc)[k].text.lower()
        return self._sent_text[k]

    def _text(self, verb: Token, span: Span, extra: tuple[int, ...]) -> str:
        if verb.pos_ not in ("VERB", "AUX"):
            return self._sentence_text(span.start)
        # the trigger's own clause: "the navy has repeatedly struck the port, and its minister threatened ..."
        words, text = self._of_verb(verb)
        if not extra:
            return text
        return " ".join(self.doc[i].lower_ for i in sorted(words | set(extra)))

    def of(self, span: Span) -> _Clause:
        """The clause of a trigger: its verb's, read once for every trigger under that verb; a progressive the
        parser split from its "be" reads the "be"'s clause (``_split_progressive``)."""
        verb = governing_verb(span.root)
        first = _split_progressive(verb)
        words = self._of_verb(first)[0] if verb.pos_ in ("VERB", "AUX") else set()
        extra = tuple(i for i in range(span.start, span.end) if i not in words) if words else ()
        key = (verb.i, extra)
        if key not in self._read:
            self._read[key] = _clause_of(span, verb, self._text(first, span, extra))
        return self._read[key]


def _split_progressive(verb: Token) -> Token:
    """"the gang's members are, for the most part, robbing kiosks, beating passers-by": a participle in "-ing" the parser
    hangs on its own "be" as a clause of its own, with no subject, is that "be"'s progressive, and so are the
    participles joined to it; their clause is the "be"'s."""
    first = verb
    while first.dep_ == "conj" and first.tag_ == "VBG" and first.head.tag_ == "VBG" and not any(
            ch.dep_ in SUBJECTS for ch in first.children):
        first = first.head
    if first is not verb and _split_progressive(first) is first:
        return verb  # joined participles keep their own clause unless the first is a split progressive
    verb = first
    be = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and be.lemma_ == "be" and be.i < verb.i and not any(
            ch.dep_ in SUBJECTS for ch in verb.children) and any(ch.dep_ in SUBJECTS for ch in be.children):
        return be
    return verb


def _clause_of(span: Span, verb: Token, text: str) -> _Clause:
    perfect = own_perfect = _perfect(verb)
    subj = [c for c in verb.children if c.dep_ in SUBJECTS]
    if verb.dep_ == "conj" and not subj:  # "the war has killed thousands and uprooted millions"
        subj = [c for c in verb.head.children if c.dep_ in SUBJECTS]
        perfect = perfect or _perfect(verb.head)
        verb = verb.head if verb.head.dep_ == "relcl" else verb
    if verb.dep_ == "relcl" and (not subj or subj[0].pos_ == "PRON"):
        subj = [verb.head]  # "the war, which has killed tens of thousands"
    return _Clause(text, own_perfect, verb, perfect, subj[0] if subj else None)


def since_something_began(span: Span, clause: _Clause, cues: StatusWords) -> bool:
    """"the worst unrest since demonstrations began in spring" (not "troops have retaken 300 square miles since
    the offensive began": ground measured is the progress the report tells)."""
    return not _ground_measured(span, cues) and any(
        _has_mark(anc, frozenset({"since"})) for anc in [span.root, *islice(span.root.ancestors, 4)])


def _ground_measured(span: Span, cues: StatusWords) -> bool:
    """"have retaken 300 square miles", "have cleared 20 percent of the city": ground measured."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in cues.ground_measures for c in span.root.children)


def marked_as_a_habit(span: Span, clause: _Clause, cues: StatusWords) -> bool:
    """"the town is shelled almost daily" (not "attacked him on March 3, repeatedly stabbing him": an act of
    one day named, its blows many)."""
    return clause.says(cues.habitual_markers) and not _one_day_named(clause.verb)


EVERY = ("every", "each")  # "on every Monday": days of a habit, not one day


def _one_day_named(verb: Token) -> bool:
    """"on Monday", "on March 3": the verb's own clause names one day (not "on Mondays", "on each Monday")."""
    return any(p.dep_ == "prep" and p.lower_ == "on" and any(
        o.dep_ == "pobj" and o.ent_type_ == "DATE" and o.tag_ not in ("NNS", "NNPS")
        and not any(d.lower_ in EVERY for d in o.children)
        for o in p.children) for p in verb.children)


def a_perfect_of_background(span: Span, clause: _Clause, cues: StatusWords) -> bool:
    """"the port has been struck repeatedly since the spring" (not ground measured: "troops have retaken 300
    square miles since May"; nor a perfect running from a day of the story's own week: "two activists have been
    detained since Monday")."""
    if not clause.own_perfect or _ground_measured(span, cues):
        return False
    others = tuple(m for m in cues.background_perfect_markers if m != SINCE)
    if clause.says(others, whole_words=False):
        return True
    return clause.says((SINCE,), whole_words=False) and not _since_a_day_of_its_own_week(clause.verb)


SINCE = "since"
OWN_WEEK_DAYS = 7  # how far before publication a "since" day may lie and still begin the story's own news


def _since_a_day_of_its_own_week(verb: Token) -> bool:
    """"Two activists have been detained since Monday", "fighting has raged around the town since Sunday
    night": a perfect running from a day of the week the story is published in tells its news, begun that day
    (not "since the spring", "since 2019", "since the coup": a season, a year or an act, its background)."""
    doc = verb.doc
    info, times = doc._.info, doc._.times or []
    objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == SINCE
               for o in p.children if o.dep_ == "pobj"]
    if info is None or len(objects) != 1:
        return False
    at = objects[0].idx
    begun = [t.window.start for t in times if t.start <= at < t.end and t.window.start is not None]
    return bool(begun) and 0 <= (info.published - begun[0]).days <= OWN_WEEK_DAYS


def the_war_as_subject(span: Span, clause: _Clause, cues: StatusWords) -> bool:
    """"the war ... has displaced more than a million people": the war, not an event (but "fighting has raged
    around the town since Sunday" is the fighting of the story's own week)."""
    return (clause.perfect or clause.verb.dep_ == "relcl") and clause.subject is not None and \
        clause.subject.lemma_.lower() in cues.background_subjects and not _since_a_day_of_its_own_week(clause.verb)


def a_present_habit(span: Span, clause: _Clause, cues: StatusWords) -> bool:
    """"the militia usually raids the road at night"."""
    verb = clause.verb
    return verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ in cues.habit_adverbs
                                               for c in verb.children)


def during_a_named_war(span: Span, clause: _Clause, cues: StatusWords) -> bool:
    """"thousands were deported during the Great Northern War", "documented the massacres of villagers during the
    Great Northern War": an act, verb or noun, dated by a war of the past is background."""
    holders = (clause.verb,) if span.root == clause.verb else (clause.verb, span.root)
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in cues.era_preps]
    return any(t.ent_type_ == "EVENT" and t.lemma_.lower() in cues.background_subjects
               for p in preps for t in p.subtree)


# "in the 1990s", "during the mid-1990s" (not "1980s-vintage rockets": a kind of thing, no date)
DECADE = re.compile(r"\b(?:in|during) the (?:(?:early|mid|late) ?-? ?)?(?:1\d|20)\d0s\b")


def in_a_past_decade(span: Span, clause: _Clause, cues: StatusWords) -> bool:
    """"he was jailed for arson in the mid-1990s": an act dated by a decade is background, no event of the
    report's days."""
    return DECADE.search(clause.text) is not None


def a_present_of_someone_described(span: Span, clause: _Clause, cues: StatusWords) -> bool:
    """"farmers who give so much aid to the valley want results": a simple present in a relative clause tells
    what someone does, as a habit; no event (not "the states which host the talks": acts on a thing named)."""
    verb, root = clause.verb, span.root
    if verb not in (root, root.head):  # the verb itself or its object: not "who has no arrest record"
        return False
    if root != verb and any(c.dep_ in ("det", "poss") for c in root.children):
        return False
    return verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBP") and verb.dep_ == "relcl" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def when_a_past_habit(span: Span, clause: _Clause, cues: StatusWords) -> bool:
    """"my father would hold me when they were shelling the town": an act in a clause of time under a verb of
    past habit ("would hold") happened on many days of a memory, no event of the report."""
    verb = clause.verb
    return verb.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and m.lower_ in cues.past_habit_marks
                                        for m in verb.children) and any(
        a.dep_ == "aux" and a.lower_ in cues.past_habit_aux for a in verb.head.children)


def _a_span_just_gone(prep: Token, cues: StatusWords) -> bool:
    """"over the past three years", "during the last two summers": a span of months or years just gone."""
    return prep.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in cues.span_units and any(
            m.dep_ == "amod" and m.lower_ in cues.span_recent for m in o.children) for o in prep.children)


def over_a_span_just_gone(span: Span, clause: _Clause, cues: StatusWords) -> bool:
    """"the slayings of nine hunters over the past three years", "gangs robbed shops throughout the last two
    summers": acts told over a span of months or years just gone are many, no single event (not "the
    deadliest raid in the past decade", "the first arrest in the last two years": one act picked out)."""
    root = span.root
    if any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" for c in root.children):
        return False
    return any(_a_span_just_gone(p, cues) for p in (*root.children, *clause.verb.children))


def where_a_rite_is_held(span: Span, clause: _Clause, cues: StatusWords) -> bool:
    """"each year the town lays flowers where the bus was bombed", "every spring veterans gather where their
    comrades fell": an act told in a "where" clause on a rite done every year, in the present, is the place the
    rite remembers ("reporters gathered on Monday where the bus was bombed" tells the bombing)."""
    verb = clause.verb
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return False
    host = governing_verb(verb.head)
    return host != verb and host.tag_ in ("VBZ", "VBP") and any(_said_every_time(c, cues) for c in host.children)


def _said_every_time(t: Token, cues: StatusWords) -> bool:
    """"each year", "every spring", "usually": a time said of every time, or an adverb of habit."""
    return (t.dep_ == "npadvmod" and any(d.lower_ in EVERY for d in t.children)) or (
        t.dep_ == "advmod" and t.lower_ in cues.habit_adverbs)


HABIT_RULES: tuple[Callable[[Span, _Clause, StatusWords], bool], ...] = (
    since_something_began, marked_as_a_habit, a_perfect_of_background, the_war_as_subject, a_present_habit,
    during_a_named_war, in_a_past_decade, a_present_of_someone_described, when_a_past_habit,
    over_a_span_just_gone, where_a_rite_is_held,
)


def _habitual(span: Span, cues: StatusWords, clauses: Clauses) -> bool:
    clause = clauses.of(span)
    return any(rule(span, clause, cues) for rule in HABIT_RULES)


# no event at all ------------------------------------------------------------------------------


def in_a_caption(c: Candidate) -> bool:
    """A photo caption: "Rescuers at a shelled building, 3 May"."""
    return any(cs <= c.sent.start_char < ce for cs, ce in c.span.doc._.captions or [])


@only_for("attack")
def a_generic_attack(c: Candidate) -> bool:
    """"protected from missile attacks": attacks in general."""
    return c.entry.type.startswith("attack") and _generic(c.head, c.lex.trigger_words)


def a_description(c: Candidate) -> bool:
    """"displaced people", "wounded soldiers", "a rally for the release of prisoners jailed abroad": a
    description, not an act (a participle after a noun only after "of" or "for", and with no "by": not "Man
    arrested", "a truce proposed by the envoy"; nor "stone-throwing youths", doing it as they are told of)."""
    head = c.head
    after_a_noun = head.dep_ == "acl" and head.tag_ == "VBN" and head.head.dep_ == "pobj" and \
        head.head.head.lower_ in ("of", "for") and not any(ch.dep_ == "agent" for ch in head.children)
    beside_an_adjective = head.dep_ == "conj" and head.head.dep_ == "amod"  # "poor and displaced families"
    # "stone-throwing youths": a participle written with what it acts on tells what they were doing
    told_with_its_object = len(c.span) > 1 and head.tag_ == "VBG"
    return head.pos_ == "VERB" and (head.dep_ == "amod" or after_a_noun or beside_an_adjective) \
        and not _after_aux(head) and not told_with_its_object


@only_for("attack")
def who_fight_whom(c: Candidate) -> bool:
    """"leaders of the militias fighting it signed a truce", "rebels fighting the government seized the town": a
    verb in "-ing" right after the armed people it describes, with no subject or auxiliary of its own, says
    who they are (a war going on), no act told ("clashes between rebels and troops" still are)."""
    head = c.head
    if _family(c.entry) != "attack" or head.tag_ != "VBG" or head.i == 0 or head.dep_ not in ("acl", "csubj"):
        return False
    before = head.doc[head.i - 1]
    # a subject the parser hung on it from before the noun is the sentence's, not its own
    if any(ch.dep_ in ("aux", "auxpass") or ch.dep_ == "nsubj" and ch.i > before.i for ch in head.children):
        return False
    # "Rebel shelling kills civilian": a finite verb hung on the "-ing" word is the line's own verb, and the
    # "-ing" word its subject, a noun the parser took for a verb
    if any(ch.tag_ in ("VBZ", "VBD", "VBP") and ch.dep_ in ("xcomp", "ccomp") for ch in head.children):
        return False
    words = c.lex.trigger_words
    return before.pos_ == "NOUN" and _plain_lemma(before) in (*words.armed_raiders, *words.fighting_forces)


def not_an_act(c: Candidate) -> bool:
    """"no arrests were reported", "accused the army of shelling the village"."""
    return any(rule(c.entry, c.head, c.lex.trigger_words) for rule in NOT_AN_ACT_RULES)


def fails_a_condition(c: Candidate) -> bool:
    """"police raided the flat": an entry's conditions unmet (``ENTRY_CONDITIONS``)."""
    return not all(rule(c) for rule in ENTRY_CONDITIONS)


def irrealis(c: Candidate) -> bool:
    """"if the talks fail, the army could launch an offensive" (not "troops attempted to seize the town": an
    attempt at force is force used)."""
    return not _attempted_force(c) and not _presupposed(c) and not _guessed_about(c) and \
        not _a_suspicion_voiced(c) and not an_offer(c) and not _the_aim_of_a_done_act(c) and \
        _irrealis(c.head, c.lex.status)


def _the_aim_of_a_done_act(c: Candidate) -> bool:
    """An infinitive of purpose ("to ...") hung on a verb of the past that is itself told as done: the act done
    for it is that act (``_brought_to_court``, ``_massed_in_protest``); not "threatened to protest" (an
    object, no purpose) nor "could face charges if extradited" (nothing done). "Police used tear gas to disperse
    the crowd": an infinitive after a verb's object is its purpose too, however the parser hangs it."""
    verb = c.head.head
    purpose = c.head.dep_ == "advcl" or (c.head.dep_ == "xcomp" and any(o.dep_ == "dobj" for o in verb.children))
    if not purpose or c.head.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or \
            any(ch.tag_ == "MD" for ch in verb.children):  # "will be flown to face charges": still to come
        return False
    return (_brought_to_court(c) or _massed_in_protest(c) or _a_crowd_met(c)) and not _irrealis(verb, c.lex.status)


def _a_crowd_met(c: Candidate) -> bool:
    """"Police fired live rounds to disperse a crowd": a crowd (``crowd_words``) that a done act was aimed at
    was there, whether or not it broke up: the protest happened."""
    return c.entry.type.startswith("protest") and any(
        o.dep_ == "dobj" and o.lemma_.lower() in c.lex.status.crowd_words and _one_there(o) for o in c.head.children)


def _one_there(noun: Token) -> bool:
    """"a crowd that had gathered", "the protesters": one told as there; not "any crowd that might gather"."""
    return not any(d.dep_ == "det" and d.lower_ in ("any", "no", "every") for d in noun.children) and not any(
        r.dep_ == "relcl" and any(a.tag_ == "MD" for a in r.children) for r in noun.children)


def _brought_to_court(c: Candidate) -> bool:
    """"the suspect was flown to Ruritania to face charges", "extradited him to stand trial": the purpose of a
    custody carried out names the charge it is for; the transfer done is the arrest."""
    return c.entry.type == "arrest" and c.head.head.lemma_.lower() in c.entry.governed


def _massed_in_protest(c: Candidate) -> bool:
    """"Thousands formed a human chain on the bridge to protest the strikes": a crowd or people as many
    (``crowd_words``, ``displaced_nouns``, a count of people) that did something to protest held a protest; not
    a state that "recalled its envoy to protest" (a protest in words)."""
    subject = next((ch for ch in c.head.head.children if ch.dep_ == "nsubj"), None)
    return c.entry.type == "protest.demonstration" and subject is not None and _a_crowd_of_people(subject, c)


def _a_crowd_of_people(tok: Token, c: Candidate) -> bool:
    """"protesters", "a crowd", "the displaced", "500 workers", "thousands": many people, by a crowd's word
    (``crowd_words``, ``displaced_nouns``) or a count; "farmers blocked a road", "nurses walked out": people of a
    trade or a place in the plural (a noun counted as people, ``items.tsv``) are a crowd; "the ministry
    recalled its envoy to protest" is a state."""
    lemma, cues = tok.lemma_.lower(), c.lex.status
    return tok.lower_ in cues.crowd_words or lemma in c.lex.trigger_words.crowd_words or \
        lemma in cues.displaced_nouns or tok.like_num or any(ch.dep_ == "nummod" for ch in tok.children) or \
        (tok.tag_ == "NNS" and c.lex.items.get(lemma) in c.lex.quantity_words.person_items)


def _a_suspicion_voiced(c: Candidate) -> bool:
    """"suggested that foreign agents could have been behind the blast": an accusation hedged with a modal of
    the past ("could have", "may have") is an accusation made all the same."""
    verb = governing_verb(c.head)
    auxes = {ch.lower_ for ch in verb.children if ch.dep_ == "aux"}
    return c.entry.type == "statement.accusation" and "have" in auxes and bool(auxes - {"have"})


def _presupposed(c: Candidate) -> bool:
    """"the UN was asked to monitor the evacuations", "urged them to stop the shelling": a definite attack or
    flight that a wished act would watch or end is there already."""
    head, cues = c.head, c.lex.status
    if _family(c.entry) not in ("attack", "humanitarian") or head.pos_ != "NOUN" or head.dep_ != "dobj":
        return False
    definite = any(ch.dep_ == "det" and ch.lower_ in c.lex.trigger_words.definite_determiners
                   for ch in head.children)
    return definite and head.head.lemma_.lower() in cues.presupposing_verbs


def _guessed_about(c: Candidate) -> bool:
    """"the blast at the base may have been caused by a drone", "the attack could have killed more": a definite
    act that is the subject of a modal of the past ("may have", "could have") was done; only what is said of it
    is a guess."""
    head = c.head
    if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    auxes = {ch.lower_ for ch in head.head.children if ch.dep_ == "aux"}
    definite = any(ch.dep_ == "det" and ch.lower_ in c.lex.trigger_words.definite_determiners for ch in head.children)
    return definite and "have" in auxes and bool(auxes & c.lex.status.hypothetical_markers)


def _attempted_force(c: Candidate) -> bool:
    """"troops attempted to seize the hospital", "gunmen tried to storm the building": a capture or an attack
    attempted, not negated."""
    if _family(c.entry) not in ("attack", "territory"):
        return False
    verb = governing_verb(c.head)
    gov = verb.head
    return verb.dep_ == "xcomp" and gov.lemma_.lower() in c.lex.status.attempt_verbs and gov.tag_ == "VBD" \
        and not any(ch.dep_ == "neg" for ch in gov.children)


@only_for("attack", "protest.demonstration")
def a_kind_of_thing(c: Candidate) -> bool:
    """"destroyed a fighting position", "an assault rifle", "attack helicopters": a word of fighting that
    names a kind of thing is no attack ("a bombing campaign", "shelling and air strikes", "a gunshot
    wound" still are); so is a word of protest written before another noun: "rally officials", "protest
    songs" ("a protest march" is the march's, which counts on its own)."""
    head = c.head
    words = c.lex.trigger_words
    # the words of a peaceful protest only: a riot's verb misread as a noun ("Protesters torch police station")
    # is still an act
    deps = ("compound", "amod") if _family(c.entry) == "attack" else \
        ("compound",) if c.entry.type == "protest.demonstration" else ()
    return head.dep_ in deps and head.head.pos_ == "NOUN" \
        and head.head.lemma_.lower() not in words.event_frames | words.attack_words | words.aftermath_nouns \
        and len(c.span) == 1


def acts_of_a_kind_described(c: Candidate) -> bool:
    """"Car bombings are a hallmark of the group", "kidnappings are common on that road": acts in the plural
    with no article, number or owner, as the subject of "is" or "are" now, are a kind of act described, no one
    event ("the bombings were the deadliest this year" tells of some; "two bombings are under investigation"
    counts them)."""
    head = c.head
    verb = head.head
    if head.tag_ != "NNS" or head.dep_ != "nsubj" or verb.lemma_ != "be" or verb.tag_ not in ("VBP", "VBZ"):
        return False
    return not any(ch.dep_ in ("det", "nummod", "poss") for ch in head.children)


def a_kind_of_record(c: Candidate) -> bool:
    """"according to the police arrest report", "he has no prior arrest record", "protest statistics": an event
    word written before a noun of a record kept of acts (``record_nouns``) names the kind of record, no act."""
    head = c.head
    return head.dep_ == "compound" and len(c.span) == 1 and \
        head.head.lemma_.lower() in c.lex.trigger_words.record_nouns


def part_of_a_date(c: Candidate) -> bool:
    """"announced on March 23": a month's name is no march; nor is "March" capitalised inside a sentence after
    a word that opens no name ("a warm-for-March day", "since early March"), which the tagger may leave untimed
    (not "the Women's March", "the March on the capital": a protest's name follows a capital or "the")."""
    head = c.head
    if head.ent_type_ in TIME_LABELS:
        return True
    if head.text != "March" or head.is_sent_start or head.i == 0:
        return False
    before = head.doc[head.i - 1]
    if before.text in ("'s", "’s") and before.i > 0:
        before = head.doc[before.i - 1]
    return not before.text[:1].isupper() and before.dep_ != "det" and before.lower_ not in ("a", "an", "the")


def part_of_a_name(c: Candidate) -> bool:
    """"shares of Raid Holdings fell": a word inside the name of a firm, a person or a work is no event."""
    return c.head.ent_type_ in NAME_LABELS


def verbs_joined_with_its_doer(verb: Token) -> list[Token]:
    """"A group of youths attacked and beat a man": the verbs joined to ``verb`` by "and" that have no subject of
    their own, whose object the parser hangs on the last of them and is the first's too; not "fired into the air,
    and police asked them to stop" (another doer: another act)."""
    return [v for v in verb.children if v.dep_ == "conj" and v.pos_ == "VERB"
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in v.children)]


@only_for("attack")
def no_one_to_strike(c: Candidate) -> bool:
    """"it always hits the coast first": a bare verb of striking (one word: "came under fire" is always fire) with
    a subject, but no weapon and no party in its sentence ("the depot was hit" leaves the striker untold). A
    person struck is struck by someone ("a man attacked a woman", "rammed his car into a crowd"); suspects strike ("suspected herders raided
    the village")."""
    if c.entry.type != "attack" or len(c.entry.words) > 1 or c.head.pos_ != "VERB" or c.weapons or \
            c.entry.needs_agent or not any(ch.dep_ == "nsubj" for ch in c.head.children):  # its doer is checked
        return False
    if any(ch.dep_ == "nsubj" and _a_suspect(ch, c.lex.trigger_words.suspect_marks) for ch in c.head.children):
        return False
    if any(_a_person(o, c.lex) or o.lemma_.lower() in c.lex.trigger_words.crowd_words for p in c.head.children
           if p.dep_ == "prep" and p.lower_ == c.entry.particle for o in p.children if o.dep_ == "pobj"):
        return False  # "rammed his car into a crowd": the particle's object is whom it strikes
    verbs = [c.head, *verbs_joined_with_its_doer(c.head)]  # "attacked and beat a man"
    if any(ch.dep_ == "dobj" and (ch.ent_type_ == "PERSON" or ch.lemma_.lower() in c.lex.status.victim_nouns)
           for v in verbs for ch in v.children):
        return False
    sent, cues = c.sent, c.lex.status
    return not any(sent.start <= a.tok_start < sent.end and (a.kind in cues.party_kinds or a.country)
                   for a in c.span.doc._.actors or [])


def in_a_question(c: Candidate) -> bool:
    """"Who would not love a cafe that proposes pickled fish?": a question tells no act."""
    return c.facts is not None and c.facts.is_question


OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})


def _a_vocative(subject: Token, verb: Token) -> bool:
    """"Villagers, fight them": a "subject" set off by a comma just before a bare verb is the one addressed."""
    # the comma may be parsed as the subject's own last word: its words end before it
    last = max((t.i for t in subject.subtree if not t.is_punct), default=subject.i)
    return last + 2 == verb.i and verb.doc[last + 1].text == ","


def a_command(c: Candidate) -> bool:
    """"'Fight them,' he urged the crowd", "'All villagers, fight them!'": a verb in the imperative, opening its
    sentence or a quote (after the one addressed, if named), with no subject or auxiliary of its own, orders an
    act; it tells none."""
    head = c.head
    subjects = [ch for ch in head.children if ch.dep_ in SUBJECTS]
    if head.tag_ != "VB" or any(ch.dep_ in ("aux", "auxpass") for ch in head.children) or len(subjects) > 1 or \
            subjects and not _a_vocative(subjects[0], head):
        return False
    first = subjects[0].left_edge if subjects else head
    return first.i == c.sent.start or head.doc[first.i - 1].text in OPENING_QUOTES


def _acting_words(head: Token) -> list[Token]:
    """Who acts and what is acted on: the verb's subject, object and "by" agent, the noun's modifiers; a
    participle's subject is its clause's ("a storm hit the coast, displacing thousands")."""
    kids = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "compound", "amod")]
    if head.tag_ == "VBG" and head.dep_ in ("advcl", "conj") and not any(c.dep_ in SUBJECTS for c in kids):
        kids += [c for c in head.head.children if c.dep_ in SUBJECTS]
    return kids + [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


@only_for("attack", "humanitarian")
@needs_words("status.hazard_words")
def a_hazard_not_a_foe(c: Candidate) -> bool:
    """"crews battled the blaze", "a gas explosion", "the quake hit the coast", "a storm displaced thousands":
    a natural force or an accident is no attacker, no target, and drives no one from war."""
    if _family(c.entry) not in ("attack", "humanitarian"):
        return False
    inside = set(range(c.span.start, c.span.end))
    return any(t.i not in inside and _a_hazard(t, c) for t in _acting_words(c.head))


def _a_hazard(t: Token, c: Candidate) -> bool:
    """A word of a hazard ("fire", "blaze") that no word of arms modifies: "artillery fire hit the market",
    "mortar fire killed two", "sniper fire killed a medic", "machine-gun fire" tell a weapon's fire (or the
    fire of one who bears arms), not a blaze; "a house fire killed two" is one."""
    if t.lemma_.lower() not in c.lex.status.hazard_words and t.lower_ not in c.lex.status.hazard_words:
        return False
    armed = {w[0] for w in c.weapons}
    arms = c.lex.arms_words | c.lex.status.fire_bearer_words
    return not any(m.i in armed or m.lemma_.lower() in arms or m.lower_ in arms
                   for m in t.children if m.dep_ in ("compound", "amod", "nmod"))


@only_for("humanitarian")
@needs_words("status.hazard_words")
def fleeing_a_hazard(c: Candidate) -> bool:
    """"residents were evacuated after a gas leak", "families fled because of the flood": displacement an
    accident or a natural force caused is no flight from war."""
    if _family(c.entry) != "humanitarian":
        return False
    hazards = c.lex.status.hazard_words
    causes = [o for p in c.head.children if p.dep_ == "prep" and p.lower_ in c.lex.status.cause_preps
              for o in p.subtree if o.dep_ in ("pobj", "compound")]
    return any(t.lemma_.lower() in hazards for t in causes)


@needs_words("status.condition_marks", "status.inverted_condition_aux")
def consequence_of_a_condition(c: Candidate) -> bool:
    """"if it is built well, the wall will capture the runoff": what follows on a condition has not happened
    (force or sanctions promised on a condition stay, as a threat, and so do words that are a threat only so:
    "would retaliate if")."""
    if _family(c.entry) == "attack" or c.entry.type == "diplomacy.sanctions" or c.entry.conditional or an_offer(c):
        return False
    verb = governing_verb(c.head)
    if _a_threat_spoken(c, verb):
        return False
    return any(ch.dep_ == "advcl" and a_condition_clause(ch, c.lex.status) for ch in verb.children)


def _a_threat_spoken(c: Candidate, verb: Token) -> bool:
    """"Ruritania threatened countermeasures if its neighbour goes ahead", "warned Ruritania of consequences if
    the envoy is harmed": the condition is on what is threatened; the threat itself is made now."""
    return c.entry.type == "statement.threat" and verb.i == c.head.i and verb.pos_ == "VERB"


@only_for("humanitarian")
@needs_words("status.law_enforcers")
def fleeing_the_law(c: Candidate) -> bool:
    """"jailed for fleeing from deputies": running from the police is no flight from war."""
    return _family(c.entry) == "humanitarian" and any(
        p.dep_ == "prep" and p.lower_ == "from" and any(o.lemma_.lower() in c.lex.status.law_enforcers
                                                        for o in p.children)
        for p in c.head.children)


@only_for("attack")
@needs_words("status.left_bodies")
def pushed_out_of_a_body(c: Candidate) -> bool:
    """"We were pushed out of the talks", "the party was forced out of the coalition", "drove the leader from
    power": a push out of a gathering, an office or a body of members (``left_bodies``) takes no ground and hurts
    no one ("rebels pushed the army out of the town" stays)."""
    if _family(c.entry) != "attack":
        return False
    head = c.head
    outs = [p for p in head.children if p.dep_ in ("prep", "prt", "advmod") and p.lower_ == "out"]
    left = [o for p in [*(q for x in outs for q in x.children), *head.children]
            if p.dep_ == "prep" and (p.lower_ == "of" and p.head.lower_ == "out" or p.lower_ == "from")
            for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in c.lex.status.left_bodies for o in left)


@only_for("attack")
def an_official_attacks_in_words(c: Candidate) -> bool:
    """"Minister launches attack on rival party leader", "the president attacked his critics on Monday": an attack
    whose doer is a leader or an official (a title of ``leader_titles``, or a person the actors give a country),
    with no weapon, no armed side and no one hurt in its sentence, is made in words ("the president's guards
    opened fire", "the minister ordered an attack on rebel positions" stay)."""
    if _family(c.entry) != "attack" or c.weapons or _armed_side_in(c) or _someone_hurt_in(c):
        return False
    if c.sentence_words & c.lex.actor_words.armed_nouns or not c.sentence_words.isdisjoint(c.lex.trigger_words.fighting_forces):
        return False  # "ordered an attack on rebel positions": armed people are named
    titles = c.lex.trigger_words.leader_titles
    return any(_titled(d, titles) or _a_person_of_a_state(d) for d in _doers_of_the_act(c.head))


MAKING_VERBS = ("launch", "make", "mount", "unleash")  # verbs whose subject makes the attack its object names


def _doers_of_the_act(head: Token) -> list[Token]:
    """Who does an act: a verb's subject; for a noun, its owner ("the minister's attack") and the subject of the
    verb that makes it ("the minister launched an attack"; not "ordered an attack", which others make)."""
    if head.pos_ in ("VERB", "AUX"):
        return [ch for ch in head.children if ch.dep_ == "nsubj"]
    owners = [ch for ch in head.children if ch.dep_ == "poss"]
    verb = head.head if head.dep_ == "dobj" and head.head.lemma_.lower() in MAKING_VERBS else None
    return owners + ([ch for ch in verb.children if ch.dep_ == "nsubj"] if verb is not None else [])


def _someone_hurt_in(c: Candidate) -> bool:
    """A count of people killed or hurt in the sentence."""
    sent = c.sent
    return any(sent.start <= q.tok_start < sent.end and q.role in ("killed", "injured")
               for q in c.span.doc._.quantities or [])


@only_for("attack", "territory")
@needs_words("status.arena_words", "status.recording_words")
def in_another_arena(c: Candidate) -> bool:
    """"a custody battle", "fighting in the courts", "an election battle", "captured on camera": a fight or a
    capture of another arena (``arena_words``, ``recording_words``) is no war."""
    if _family(c.entry) not in ("attack", "territory"):
        return False
    head, cues = c.head, c.lex.status

    def objects_of(prep: str) -> list[Token]:
        return [o for p in head.children if p.dep_ == "prep" and p.lower_ == prep for o in p.children
                if o.dep_ == "pobj"]
    mods = [ch for ch in head.children if ch.dep_ in ("compound", "amod")] + objects_of("in")
    return any(t.lemma_.lower() in cues.arena_words for t in mods) or any(
        t.lemma_.lower() in cues.recording_words for t in objects_of("on"))  # "an attack on the court" stays


MEMORY_PREPS = ("of", "on", "about")  # "the anniversary of the massacre", "a book on the bombing"


@needs_words("status.memory_nouns", "status.portrayal_verbs")
def remembered_or_portrayed(c: Candidate) -> bool:
    """"the tenth anniversary of the massacre", "a book on the bombing", "a play that dramatises the siege": an
    act named as what a work, a rite or a day of memory is of (``memory_nouns``), or as what one portrays or
    commemorates (``portrayal_verbs``), is remembered or shown, not told as news ("the bombing of the museum"
    is an act done to the museum and stays)."""
    head, cues = c.head, c.lex.status
    if head.pos_ != "NOUN":
        return False
    gov = head.head
    if head.dep_ == "pobj" and gov.lower_ in MEMORY_PREPS:
        return gov.head.lemma_.lower() in cues.memory_nouns and gov.head.pos_ == "NOUN"
    return head.dep_ == "dobj" and gov.lemma_.lower() in cues.portrayal_verbs


@only_for("attack", "arrest")
@needs_words("status.protest_heads")
def the_cause_of_a_protest(c: Candidate) -> bool:
    """"Crowds burned flags in protest at the Ruritanian missile attack", "a rally against the bombing", "hundreds
    rallied against the arrests of opposition leaders": an attack or an arrest (the rule's gate) named as what a
    protest is against is the cause of that protest, retold in it; the protest is the news (a report of the act
    itself tells it in a clause of its own)."""
    head, cues = c.head, c.lex.status
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in cues.protest_preps:
        return False
    return head.head.head.lemma_.lower() in cues.protest_heads


@needs_words("status.story_works")
def told_in_a_story(c: Candidate) -> bool:
    """"In the novel, a detective hunts the man who shot a priest", "in the film, two brothers rob a bank": a
    clause set "in" a work of fiction (``story_works``) tells its plot, no act in the world ("gunmen stormed a
    cinema in the town" stays); so does an act the work owns ("the film's closing shootout", "the novel's
    bombing")."""
    works = c.lex.status.story_works
    if any(p.dep_ == "poss" and p.lemma_.lower() in works for p in c.head.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in works
                                                            for o in p.children)
               for t in (c.head, *c.head.ancestors) for p in t.children)


@needs_words("status.mock_modifiers", "status.rehearsal_nouns", "status.rehearsal_verbs")
def only_rehearsed(c: Candidate) -> bool:
    """"a drill simulating an attack on the port", "schools held a mock evacuation", "Ruritania test-fired a
    missile": an act that a verb of rehearsal governs (``rehearsal_verbs``) or that a word of pretence or trial
    modifies (``mock_modifiers``) is practised, not done ("troops repelled an attack during the drill" stays);
    so is one that names the kind of a rehearsal it modifies (``rehearsal_nouns``: "the evacuation drill went
    smoothly", "an air raid exercise")."""
    cues = c.lex.status
    if any(m.dep_ in ("amod", "compound", "npadvmod") and m.lower_ in cues.mock_modifiers for m in c.head.children):
        return True
    if _fires_a_mock_round(c.head, cues.mock_modifiers, c.lex.trigger_words.weapon_nouns):
        return True
    if c.head.dep_ == "compound" and c.head.head.lemma_.lower() in cues.rehearsal_nouns:
        return True
    return any(a.lemma_.lower() in cues.rehearsal_verbs for a in islice(c.head.ancestors, 3))


def _fires_a_mock_round(head: Token, mocks: frozenset[str], munitions: tuple[str, ...]) -> bool:
    """"soldiers fired blank rounds", "the jet dropped dummy bombs": the munition a verb fires (``weapon_nouns``)
    is itself pretended ("jets struck a training camp" stays: a camp is no munition)."""
    fired = [o for o in head.children if o.dep_ == "dobj" and o.lemma_.lower() in munitions] \
        if head.pos_ == "VERB" else []
    return any(m.dep_ in ("amod", "compound") and m.lower_ in mocks for o in fired for m in o.children)


SPEECH_PREPS = ("in", "on", "with", "via", "through")  # "on social media", "in a new track", "with complaints"
NOUN_SPEECH_PREPS = ("in", "via", "through")  # "an attack on the government in his speech": not "on"


def _means_of(head: Token) -> list[Token]:
    """The media or means an act is done in or with: a verb's ("blasted him on social media"), a noun's ("an
    attack in a speech") and, for a noun that a verb launches or makes, that verb's ("launched an attack on
    the minister in a speech")."""
    if head.pos_ == "VERB":
        return _prep_objects(head, SPEECH_PREPS)
    means = _prep_objects(head, NOUN_SPEECH_PREPS)
    if head.dep_ == "dobj":
        means += _prep_objects(head.head, NOUN_SPEECH_PREPS)
    return means


@only_for("attack")
@needs_words("status.unarmed_means")
def done_in_words(c: Candidate) -> bool:
    """"the chef blasted the critic on social media", "he launched a blistering attack on the minister in a
    speech", "the crowd exploded with joy", "the firm was hit with a fine": an act of violence done in or with
    words, feelings or penalties (``unarmed_means``), with no weapon in its sentence, is no violence ("gunmen
    fired on the crowd" stays)."""
    if _family(c.entry) != "attack" or c.weapons:
        return False
    means = c.lex.status.unarmed_means
    return any(t.lemma_.lower() in means or t.lower_ in means for t in _means_of(c.head))


@needs_words("status.body_words")
def a_condition_of_the_body(c: Candidate) -> bool:
    """"the singer died of cardiac arrest", "suffered a heart attack": a word a word of the body modifies
    (``body_words``) names a condition, no event."""
    return c.head.pos_ == "NOUN" and any(m.dep_ in ("amod", "compound") and m.lower_ in c.lex.status.body_words
                                         for m in c.head.children)


@only_for("protest")
@needs_words("status.force_kinds")
def a_kind_of_force(c: Candidate) -> bool:
    """"a member of the riot squad", "officers in riot gear": a protest word that names a kind of force or kit
    (``force_kinds``) tells no protest when no crowd is in its sentence (``crowd_words``: "riot police
    scattered the mob" tells a riot, and "a riot broke out" stays)."""
    head, noun = c.head, c.head.head
    if _family(c.entry) != "protest" or head.dep_ != "compound" or noun.pos_ != "NOUN" or \
            c.sentence_words & c.lex.status.crowd_words:
        return False
    return any(t.lemma_.lower() in c.lex.status.force_kinds
               for t in (noun, *(k for k in noun.children if k.dep_ == "compound")))


@only_for("attack")
def a_fight_the_sides_stop(c: Candidate) -> bool:
    """"Freedonia and Sylvania agreed to halt the fighting", "agreed to a halt to attacks": the fight the sides
    bind themselves to stop is the truce's object, no fight of its own (the truce is read from the stopping
    verb or noun). A doer who stops doing it tells its end, no new act: "the troops stopped shelling the
    town", "he seemed to tire and stop fighting" ("guards stopped the attack" keeps the attack they stopped)."""
    words = c.lex.trigger_words
    stop = c.head.head
    if _family(c.entry) != "attack":
        return False
    if _a_halt_to(c.head, words):
        return True
    if stop.lemma_.lower() not in words.fight_stoppers:
        return False
    if c.head.dep_ == "xcomp" and c.head.tag_ == "VBG":
        return True
    return c.head.dep_ == "dobj" and stop.head.lemma_.lower() in words.truce_pledges


def _a_halt_to(head: Token, words: TriggerWords) -> bool:
    """"agreed to a 30-day halt to attacks on power plants", "an end to the shelling": the fight a noun of
    stopping stops."""
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "to" and prep.head.pos_ == "NOUN" and \
        prep.head.lemma_.lower() in words.fight_stoppers


@only_for("attack")
@needs_words("status.disposal_words")
def a_weapon_made_safe(c: Candidate) -> bool:
    """"bomb disposal experts detonated the shell", "the army carried out a controlled explosion": a blast
    that those who clear explosives set off (its doer or the blast itself named by ``disposal_words``) makes a
    weapon safe; it attacks no one. A bomb planted and then defused stays an attempted bombing."""
    if _family(c.entry) != "attack":
        return False
    verb, words = governing_verb(c.head), c.lex.status.disposal_words
    doers = [t for s in _subjects_of(verb) for t in s.subtree]  # by lemma: "government-controlled" is no clearing
    # the way it was done: "police blew up the bag in a controlled explosion"
    ways = [m for o in _prep_objects(c.head, ("in", "by", "with")) for m in (o, *o.children)]
    return any(t.lower_ in words for t in (c.head, *c.head.children, *ways)) or any(
        t.lemma_.lower() in words for t in doers)


@only_for("military.mobilization")
@needs_words("status.hazard_words")
def deployed_against_a_hazard(c: Candidate) -> bool:
    """"troops were deployed to help fight the floods", "the army sent soldiers to clear the snow": forces sent for
    a purpose that names a natural force or an accident are relief, no build-up for war ("troops were deployed to
    fight the rebels" stays: no hazard in its purpose)."""
    if c.entry.type != "military.mobilization" or c.head.pos_ != "VERB":
        return False
    purposes = [t for t in c.head.children if t.dep_ in ("advcl", "xcomp") and t.pos_ == "VERB"
                and any(m.lower_ == "to" for m in t.children)]
    purpose_words = [w for t in purposes for w in t.subtree]
    attack_words = c.lex.trigger_words.attack_words
    return any(_a_hazard(w, c) for w in purpose_words) and not any(
        w.lemma_.lower() in attack_words for w in purpose_words)


@only_for("military.mobilization")
@needs_words("status.civil_forces")
def mobilised_for_no_war(c: Candidate) -> bool:
    """"the candidate mobilised supporters", "the city deployed a wall of sandbags", "urged to mobilise all
    resources", "a mobilisation of their supporters": what is mobilised or deployed is no armed force
    (``civil_forces``, or a word it joins as a compound); no mobilisation for war ("mobilised 300,000
    reservists", "deployed troops", "a mobilisation of reservists" stay)."""
    if c.entry.type != "military.mobilization" or c.head.pos_ not in ("VERB", "NOUN"):
        return False
    # a verb's object; a noun's "of": "declared a general mobilisation of their supporters"
    moved = [o for o in c.head.children if o.dep_ in ("dobj", "nsubjpass")] if c.head.pos_ == "VERB" else \
        _prep_objects(c.head, ("of",))
    moved += [t for o in moved for t in o.children if t.dep_ in ("compound", "amod") or (
        t.dep_ == "prep" and t.lower_ == "of")]
    moved += [o for t in moved if t.dep_ == "prep" for o in t.children if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in c.lex.status.civil_forces for t in moved)


@only_for("protest")
@needs_words("status.parade_nouns")
def a_parade_marches(c: Candidate) -> bool:
    """"the annual parade marched through the old town", "the band's march into the charts": a march whose
    marchers are a show (``parade_nouns``) is no protest ("veterans marched to parliament" stays)."""
    if _family(c.entry) != "protest":
        return False
    marchers = [*_doers(c.head), *(p for p in c.head.children if p.dep_ == "poss")]
    return any(t.lemma_.lower() in c.lex.status.parade_nouns for t in marchers)


CONTEST_PREPS = ("with", "against", "between")
STATE_LABELS = ("GPE", "NORP", "LOC", "FAC")  # a side named by a country, a people or a place is a state's side


def _sides_of_a_contest(head: Token) -> list[Token]:
    """Who or what contends: the objects of "with", "against", "between" and, beside them, the subject of a verb,
    with the words joined to them ("a clash between the two firms and their banks"); none when no such object
    names the other side ("the brigade fought in the streets")."""
    sides = _prep_objects(head, CONTEST_PREPS)
    if sides and head.pos_ == "VERB":
        sides += [c for c in head.children if c.dep_ in SUBJECTS]
    return sides + [j for s in sides for j in s.conjuncts]


def _a_side_of_no_war(t: Token, c: Candidate, acting: set[int]) -> bool:
    """A firm ("the carmaker", "Orvane Motors" in a sentence that names a firm) or a thing ("the heritage rules"):
    no state, no armed men, no person, no actor the report names ("the Nuvel Front" with no firm named stays)."""
    if t.i in acting or t.ent_type_ in STATE_LABELS or t.lemma_.lower() in c.lex.actor_words.armed_nouns or \
            t.pos_ in ("NUM", "PRON"):  # "the two fought", "they clashed": people
        return False
    companies = c.lex.status.company_nouns
    if t.lemma_.lower() in companies or (t.ent_type_ == "ORG" and c.sentence_words & companies):
        return True
    return t.ent_type_ not in ("PERSON", "ORG") and not _a_person(t, c.lex)


@only_for("attack")
@needs_words("status.contest_words")
def a_contest_of_things_or_firms(c: Candidate) -> bool:
    """"Velmont readies a battle against Orvane Motors", "the stadium plan clashes with the heritage rules": a
    contest (``contest_words``) whose sides are all firms or things, with no weapon and no harm in its sentence,
    is rivalry or discord, no war ("rebels clashed with the army", "a clash between two clans left one dead"
    stay)."""
    if _family(c.entry) != "attack" or c.head.lemma_.lower() not in c.lex.status.contest_words or c.weapons:
        return False
    sides = _sides_of_a_contest(c.head)
    if not sides or c.sentence_words & c.lex.status.harm_words:
        return False
    sent = c.sent  # an actor of a known kind ("rebels", "the army", "Ruritania"); not "other", as a firm is
    acting = {i for a in c.span.doc._.actors or [] if sent.start <= a.tok_start < sent.end
              and (a.kind != "other" or a.country) for i in range(a.tok_start, a.tok_end)}
    return all(_a_side_of_no_war(t, c, acting) for t in sides)


@needs_words("status.standing_verbs")
def a_standing_intention(c: Candidate) -> bool:
    """"we will continue to strike the militants wherever they hide": a standing policy, no planned event."""
    cues = c.lex.status
    return any(v.lemma_.lower() in cues.standing_verbs and _future(v, cues)
               for v in [c.head, *list(c.head.ancestors)[:3]])


@needs_words("status.policy_marks")
def a_conditioned_policy(c: Candidate) -> bool:
    """"we would strike the tanks before they posed a threat", "the army will shell them whenever they cross": a
    future act bound to a condition of time is a policy, no planned event ("will shell the town on Friday" is)."""
    cues = c.lex.status
    verb = governing_verb(c.head)
    return _future(verb, cues) and any(
        ch.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in cues.policy_marks for m in ch.children)
        for ch in verb.children)


@needs_words("status.generic_objects")
def a_policy_on_whoever(c: Candidate) -> bool:
    """"we will find, arrest and punish those who attack our officers": a future act on whoever may do
    something (``generic_objects``) is a policy or a warning, no planned event ("will arrest the two men" is)."""
    cues = c.lex.status
    verb = governing_verb(c.head)
    chain = [verb, *verb.conjuncts]  # "will find, arrest and punish those who ...": the modal is the first's
    return any(_future(v, cues) for v in chain) and any(
        o.dep_ == "dobj" and o.lower_ in cues.generic_objects for v in chain for o in v.children)


@needs_words("status.indefinite_pronouns", "status.universal_determiners")
def an_act_of_whoever(c: Candidate) -> bool:
    """"police urged anyone who was attacked at the fair to come forward", "whoever shoots a ranger will hang": an
    act in a clause on an indefinite one (``indefinite_pronouns``) names whoever may have done it or suffered it,
    no act told ("gunmen attacked the fair on Sunday; police urged anyone who saw them to call" keeps the
    attack)."""
    head = c.head
    return head.dep_ == "relcl" and head.head.lower_ in c.lex.status.indefinite_pronouns or _an_act_of_any_one(c)


INDEFINITE_ARTICLES = ("a", "an")


def _an_act_of_any_one(c: Candidate) -> bool:
    """"Every family that has lost someone to a shooting deserves help": an indefinite act ("a shooting",
    "attacks") in a clause that describes a noun of any one of its kind (``universal_determiners``) happens to
    whichever one it is, no act told ("every soldier who took part in the raid" keeps its raid)."""
    head = c.head
    if head.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ not in INDEFINITE_ARTICLES for d in head.children):
        return False
    clause = next((a for a in [head, *islice(head.ancestors, 4)] if a.dep_ == "relcl"), None)
    return clause is not None and any(d.dep_ == "det" and d.lower_ in c.lex.status.universal_determiners
                                      for d in clause.head.children)


@needs_words("status.case_nouns")
def a_statistic_of_cases(c: Candidate) -> bool:
    """"arrests were made in 40 percent of robbery cases": acts counted as a share of many cases
    (``share_nouns`` of ``case_nouns``) are a statistic, no event."""
    cues = c.lex.status
    verb = governing_verb(c.head)
    counted = [o for h in (verb, c.head) for o in _prep_objects(h, ("in",))]
    shares = [o for o in counted if o.lemma_.lower() in cues.share_nouns]
    # "suspects were held in two cases": the act itself counted by the cases it falls in (not "held in two cases
    # after a shooting", whose shooting is told on its own)
    numbered = [o for o in _prep_objects(c.head, ("in",)) if o.lemma_.lower() in cues.case_nouns
                and any(n.dep_ == "nummod" for n in o.children)]
    return bool(numbered) or any(t.lemma_.lower() in cues.case_nouns for o in shares for t in o.subtree)


def a_tally_since_a_year(c: Candidate) -> bool:
    """"police have solved a third of the killings since 2004", "arrests since 1998 have doubled": acts named in the
    plural and counted from a year (a "since" with a year in it) are a tally of years, no act told ("the first
    shelling since the truce" and "three raids since Monday" stay); so are acts told in the perfect from a year
    ("since 2021 the regime has displaced a million people")."""
    head = c.head
    if head.pos_ == "VERB":
        return _perfect_since_a_year(head)
    if head.pos_ != "NOUN" or head.tag_ != "NNS":
        return False
    since = _prep_objects(head, ("since",))
    return any(t.shape_ == "dddd" for o in since for t in o.subtree)


def _perfect_since_a_year(verb: Token) -> bool:
    """"since the coup of 2021 the regime has killed thousands and displaced a million": a verb in the perfect
    (or one joined to it) whose clause counts from a year tells a tally of years ("has shelled the town since
    Monday" stays)."""
    first = verb.head if verb.dep_ == "conj" else verb
    perfect = any(a.dep_ == "aux" and a.lemma_ == "have" for v in (verb, first) for a in v.children)
    since = _prep_objects(first, ("since",)) + (_prep_objects(verb, ("since",)) if verb is not first else [])
    return perfect and any(t.shape_ == "dddd" for o in since for t in o.subtree)


@only_for("arrest")
@needs_words("status.civil_actions")
def charged_in_a_civil_case(c: Candidate) -> bool:
    """"Mr. Vale was charged in a civil suit filed by the securities regulator", "charged in a lawsuit": a charge
    made in a case a party brings (``civil_actions``: the case's noun, or "civil" said of it) is no arrest
    ("charged in a criminal complaint with fraud" is)."""
    if c.entry.type != "arrest" or c.head.lemma_.lower() != "charge":
        return False
    civil = c.lex.status.civil_actions
    cases = [o for p in c.head.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
             if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in civil or any(m.lower_ in civil for m in o.children if m.dep_ in ("amod", "compound"))
               for o in cases)


@only_for("statement.denial")
def a_charge_dropped(c: Candidate) -> bool:
    """"the county attorney dismissed an assault charge against the man", "prosecutors dropped the charges": a
    charge in law set aside, with no words of what it is called ("dismissed the charges as lies" is a denial by
    the accused) and no clause of what it says ("dismissed the charge that they shelled the town"), is the law's
    act, no denial of a claim."""
    head = c.head
    if head.pos_ != "VERB" or c.entry.type != "statement.denial":
        return False
    charges = [o for o in head.children if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() == "charge"
               and not any(ch.dep_ in ("acl", "ccomp", "relcl") for ch in o.children)]  # "the charge that ..."
    called = any(p.dep_ == "prep" and p.lower_ == "as" for p in head.children)
    return bool(charges) and not called


def _a_civil_case(tok: Token, civil: frozenset[str]) -> bool:
    """"a lawsuit", "a civil complaint": a case's noun, or one "civil" is said of."""
    return tok.lemma_.lower() in civil or any(m.lower_ in civil for m in tok.children if m.dep_ in ("amod", "compound"))


@only_for("arrest")
@needs_words("status.civil_actions")
def the_matter_of_a_suit(c: Candidate) -> bool:
    """"The family filed a lawsuit on Monday over his arrest", "a suit over her detention": an arrest named as what
    a civil case is about happened before, at its own time; the suit is no act of police ("arrested over the
    theft" is)."""
    head = c.head
    if _family(c.entry) != "arrest" or head.pos_ != "NOUN" or head.dep_ != "pobj" \
            or head.head.lower_ not in ("over", "for", "about"):
        return False
    held_by = head.head.head  # the suit itself, or the filing whose object the suit is
    civil = c.lex.status.civil_actions
    return _a_civil_case(held_by, civil) or any(
        o.dep_ == "dobj" and _a_civil_case(o, civil) for o in held_by.children)


@only_for("arrest")
@needs_words("status.appeal_verbs")
def an_arrest_asked_for(c: Candidate) -> bool:
    """"Anyone who may be wanted on a warrant is asked to turn himself in", "police urged the driver to surrender":
    an arrest or surrender someone is asked to give (``appeal_verbs``) is asked for, none made."""
    verb = governing_verb(c.head)
    return _family(c.entry) == "arrest" and verb.dep_ == "xcomp" \
        and verb.head.lemma_.lower() in c.lex.status.appeal_verbs


@needs_words("status.trend_verbs")
def a_trend_of_acts(c: Candidate) -> bool:
    """"Arrests for drunk driving fell 12 percent last year", "shootings rose by a third": acts named by a bare
    plural (no article, no number) that is the subject of a verb of rising or falling (``trend_verbs``)
    measured by a share (``share_nouns``) are a figure over time, no act."""
    head, cues = c.head, c.lex.status
    subject = head.head if head.dep_ == "conj" else head  # "burglaries and arrests both dropped"
    verb = subject.head
    bare_plural = head.tag_ == "NNS" and subject.dep_ == "nsubj" and not any(
        ch.dep_ in ("det", "poss", "nummod") for ch in head.children)
    if not bare_plural or verb.lemma_.lower() not in cues.trend_verbs:
        return False
    return any(t.lemma_.lower() in cues.share_nouns for ch in verb.children if ch.i != subject.i for t in ch.subtree)


@only_for("attack")
def a_running_toll(c: Candidate) -> bool:
    """"Dozens have been killed in sectarian clashes", "thousands have died in air raids": a vague amount told
    in the present perfect as the toll of acts in the bare plural is a total run up over time, no one act ("two
    guards have been killed in clashes at the gate" counts its dead, and "had been" tells the past of a story)."""
    head = c.head
    if _family(c.entry) != "attack" or head.tag_ != "NNS" or head.dep_ != "pobj" or head.head.lower_ != "in" or any(
            ch.dep_ in ("det", "poss", "nummod", "compound", "nmod") for ch in head.children):
        return False
    verb = head.head.head
    perfect = any(ch.dep_ == "aux" and ch.lower_ in ("have", "has", "'ve") for ch in verb.children)
    vague = c.lex.quantity_words.vague_amounts
    return perfect and any(ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ in vague for ch in verb.children)


@only_for("attack")
def fought_over_a_span_to_now(c: Candidate) -> bool:
    """"Since 1985, nearly 200 soldiers have been killed fighting the guerrillas", "attacks have killed 500
    people this year": an act whose clause, or the clause it hangs on, runs over a long span up to now is a war
    or a campaign summed up, no one event ("two soldiers have been killed since Monday", "rebels have attacked
    the town twice this week" are spans of days)."""
    head = c.head
    if _family(c.entry) != "attack":
        return False
    # not "the attack was the deadliest since March": a comparison over the span, not a sum
    return a_span_up_to_now(head, c.lex, WAR_SPANS) or (
        head.dep_ in ("advcl", "xcomp", "conj", "nsubj") and head.head.lemma_ != "be"
        and a_span_up_to_now(head.head, c.lex, WAR_SPANS))


@only_for("attack")
def fighting_for_a_cause(c: Candidate) -> bool:
    """"the kingdom backs several militias fighting to overthrow the prince": a participle of fighting with a
    purpose describes those who fight and what for; it tells no fight."""
    head = c.head
    return _family(c.entry) == "attack" and head.tag_ == "VBG" and head.dep_ == "acl" and any(
        x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in head.children)


@needs_words("status.purpose_verbs")
def a_purpose_of_design(c: Candidate) -> bool:
    """"the drills are designed to deter an attack", "radars meant to track missiles fired at the port": what a
    thing is made for (a passive of ``purpose_verbs`` governing the act) is no act done."""
    verb = governing_verb(c.head)
    gov = verb.head
    to = any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
    made_for = gov.tag_ == "VBN" and (gov.dep_ == "acl" or any(a.dep_ == "auxpass" for a in gov.children))
    return to and verb.dep_ in ("xcomp", "advcl") and made_for and gov.lemma_.lower() in c.lex.status.purpose_verbs


@needs_words("status.aim_verbs")
def an_aim(c: Candidate) -> bool:
    """"The truce was aimed at evacuating the wounded", "talks aimed at a ceasefire": what a thing is aimed at
    (the object of "at" under one of ``aim_verbs``) is not yet done ("the shelling aimed at the market killed
    six" keeps the shelling: it is the aim's subject, not its object)."""
    head = _first_of_its_list(c.head)
    at = head.head
    return head.dep_ in ("pobj", "pcomp") and at.lower_ == "at" and at.head.lemma_.lower() in c.lex.status.aim_verbs


@needs_words("status.possibility_modifiers")
def a_possibility(c: Candidate) -> bool:
    """"kept her options open on future talks", "an eventual pullout": an act named as a possibility
    (``possibility_modifiers``) is no event."""
    return c.head.pos_ == "NOUN" and any(m.dep_ == "amod" and m.lower_ in c.lex.status.possibility_modifiers
                                         for m in c.head.children)


def _a_that_clause_of(verb: Token, nouns: frozenset[str]) -> bool:
    """"signs that the militia is taking hostages": a clause with "that", told as what one of ``nouns`` says."""
    gov = verb.head
    return verb.dep_ in ("acl", "ccomp") and gov.pos_ == "NOUN" and gov.lemma_.lower() in nouns and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in verb.children)


@needs_words("status.possibility_nouns", "status.sign_nouns")
def what_may_come_or_is_signed(c: Candidate) -> bool:
    """"a risk of renewed fighting in the north", "fears of a new offensive", "there are signs that the militia
    is taking hostages": an act that a noun of possibility (``possibility_nouns``) is of, or that the clause of
    such a noun or of a noun of signs (``sign_nouns``) tells, may come or is inferred, and is no event told as
    news ("the risk grew after the shelling of the port" stays: the shelling is no noun's object)."""
    cues, head = c.lex.status, c.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        noun = head.head.head
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in cues.possibility_nouns:
            return True
    verb = governing_verb(head)
    return _a_that_clause_of(verb, cues.possibility_nouns | cues.sign_nouns)


@only_for("arrest")
@needs_words("status.continuing_verbs")
def held_on_in_a_state(c: Candidate) -> bool:
    """"both men remain in custody", "she stays under house arrest": a detention one goes on in
    (``continuing_verbs``) is a state of long standing, not an arrest told as news ("police took both men into
    custody on Monday" stays, and so does "the court ruled they should remain in custody" or "ordered them to
    stay in custody": a modal or an order over the verb makes it a decision to hold them)."""
    head = c.head
    if c.entry.type != "arrest" or head.pos_ != "NOUN" or head.dep_ != "pobj":
        return False
    verb = head.head.head
    decided = verb.dep_ == "xcomp" or any(a.dep_ == "aux" and a.tag_ == "MD" for a in verb.children)
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in c.lex.status.continuing_verbs and not decided


@only_for("arrest")
def a_standing_warrant(c: Candidate) -> bool:
    """"She had four warrants out for her arrest", "two men with outstanding arrest warrants": a warrant someone
    has (``warrant_holding_verbs``, or "with"), or one marked as still standing (``standing_warrant_marks``),
    tells that they are wanted, not an arrest ordered as news; nor is the arrest it is for. "A judge issued a
    warrant for his arrest" stays, and so does "he was arrested on an outstanding warrant" (the arresting verb)."""
    if _family(c.entry) != "arrest":
        return False
    warrant = _the_warrant_of(c.head, c.lex.status.warrant_nouns)
    if warrant is None:
        return False
    cues = c.lex.status
    marked = any(ch.lower_ in cues.standing_warrant_marks and ch.dep_ in ("amod", "advmod", "prt", "acomp")
                 for ch in warrant.children)
    holder = warrant.head
    held = warrant.dep_ == "dobj" and holder.lemma_.lower() in cues.warrant_holding_verbs or \
        warrant.dep_ == "pobj" and holder.lower_ == "with"
    return marked or held


def _the_warrant_of(head: Token, warrant_nouns: frozenset[str]) -> Token | None:
    """The warrant a match is, or is the arrest of: "warrants" itself, "arrest" in "a warrant for her arrest",
    "arrest" in "arrest warrants"."""
    if head.lemma_.lower() in warrant_nouns:
        return head
    if head.dep_ == "compound" and head.head.lemma_.lower() in warrant_nouns:
        return head.head
    above = head.head
    if head.dep_ != "pobj" or above.lower_ != "for":
        return None
    if above.head.lemma_.lower() in warrant_nouns:
        return above.head
    # "had four warrants out for her arrest": the parser may hang the "for" on the verb that has the warrant
    return next((o for o in above.head.children if o.dep_ == "dobj" and o.lemma_.lower() in warrant_nouns), None)


@only_for("arrest")
def held_since(c: Candidate) -> bool:
    """"the journalist, held without charge since 2019, was moved", "Ali, jailed since 2015, won a prize": a
    participle describing someone, with "since", tells the state they are in, not an arrest told as news
    ("Ali, jailed on Monday, appealed" stays)."""
    head = c.head
    return c.entry.type == "arrest" and head.dep_ == "acl" and head.tag_ == "VBN" and any(
        p.dep_ == "prep" and p.lower_ == "since" for p in head.children)


def named_as_missing(c: Candidate) -> bool:
    """"the journalist, held without charge since 2019", "a week passed without an attack": an act a "without"
    phrase names is one that did not happen."""
    head = c.head
    return head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "without"


SPAN_PREPS = ("after", "since")  # "ten years after the bombing", "two decades since the massacre"


@needs_words("status.long_span_units")
def a_mark_of_years_gone(c: Candidate) -> bool:
    """"ten years after the bombing, the square is rebuilt", "two decades since the massacre": an act that a
    span of years (``long_span_units``) is measured from is the past the report looks back on ("two days after
    the bombing, police arrested a man" stays: a span of days is the story's own time); so is an act that
    what is said "years later" is said of ("the murder still haunts the family ten years later")."""
    head = c.head
    prep = head.head
    units = c.lex.status.long_span_units
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and prep.lower_ in SPAN_PREPS:
        span_words = [*prep.children, prep.head]  # "ten years after": the span on the preposition, or it on the span
        return any(m.dep_ == "npadvmod" and m.lemma_.lower() in units for m in span_words)
    if head.dep_ == "pobj" and prep.lower_ == "from" and _years_on(prep.head, units):
        return True  # "a year on from the stabbing": the span runs from the act to now
    return _years_after_a_clause(head, units) or _told_of_years_later(head, units)


YEAR_DIGITS = 4
FIRST_YEAR = 1900  # "the 1500 arrests" is a count, not a year
BACKGROUND_DAYS = 365  # as the events' own check: an act wholly over a year before the report is its past


def a_case_of_an_old_year(c: Candidate) -> bool:
    """"relatives still mourn the victims of the 1998 massacre", "he was convicted of the 2016 killing of a
    shopkeeper": a crime or an arrest (``case_history_types``, which the check of dates lets through when their
    own clause dates them) named by a noun that carries its year, a year ended over a year before the report,
    is the past the report looks back on, not an act of its own clause. Not when a clause on the noun tells more
    of it ("the 2008 massacre, which killed 40"): the noun dates that clause, and the check of dates reads it."""
    head = c.head
    families = {_family_of(t) for t in c.lex.status.case_history_types}  # a bare "killing" may be typed a crime
    if head.pos_ != "NOUN" or _family(c.entry) not in families or any(
            ch.dep_ in ("relcl", "acl") for ch in head.children):
        return False
    return _named_by_an_old_year(head)


@only_for("attack")
def fought_in_an_old_war(c: Candidate) -> bool:
    """"Troops fought a 1994-96 war in the south", "the army fought a 2006 war against the militia": a verb
    of fighting whose object carries its year, a year ended over a year before the report, tells that old
    war, the report's background ("troops fought a fierce battle" has no year; "fought the 2025 battle" in a
    report of May 2025 is news)."""
    head = c.head
    return _family(c.entry) == "attack" and head.pos_ == "VERB" and any(
        o.dep_ == "dobj" and _named_by_an_old_year(o) for o in head.children)


def _named_by_an_old_year(head: Token) -> bool:
    """"the 1998 massacre": an act noun that carries its year as its own modifier, a year ended over a year
    before the report ("the 2025 bombing" in a report of May 2025 is not)."""
    info = head.doc._.info
    published = info.published if info else None
    if published is None:
        return False
    years = [int(c.text) for c in head.children if c.dep_ in ("nummod", "compound", "amod") and c.i < head.i
             and c.is_digit and len(c.text) == YEAR_DIGITS]  # not "the 1500 arrests": a year the report can see
    return any(FIRST_YEAR <= y <= published.year and (published - date(y, 12, 31)).days > BACKGROUND_DAYS
               for y in years)


def _years_after_a_clause(head: Token, units: Collection[str]) -> bool:
    """"letters still come, decades after the doctor was shot dead": a clause of "after" or "since" that a span
    of years is measured from tells the past looked back on ("hours after gunmen stormed the bank" stays, and
    so does "after the city recorded 38 murders last year": a year named, no span measured)."""
    verb = governing_verb(head)
    return any(m.dep_ == "mark" and m.lower_ in SPAN_PREPS for m in verb.children) and \
        any(m.dep_ == "npadvmod" and m.lemma_.lower() in units and m.tag_ == "NNS" for m in verb.children)


YEARS_ON_WORDS = ("later", "on")  # "ten years later", "two decades on"


def _years_on(word: Token, units: Collection[str]) -> bool:
    """"a year on", "two decades on": "on" and a span of years, the one hung on the other either way."""
    spans = [*(m for m in word.children if m.dep_ == "npadvmod"), word.head]
    return word.lower_ == "on" and any(m.lemma_.lower() in units and m.i != word.i for m in spans)


def _told_of_years_later(head: Token, units: Collection[str]) -> bool:
    """"The murder still haunts the family ten years later", "a shooting that killed a teacher remains unsolved
    two decades on": an act named in the subject of a verb said of a time years after it (a noun, or the verb
    of a clause on that noun)."""
    noun = head.head if head.dep_ == "relcl" else head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    said = [verb, *(ch for ch in verb.children if ch.dep_ in ("acomp", "xcomp"))]  # "remains unsolved ... later"
    return any(a.dep_ in ("advmod", "prep") and a.lower_ in YEARS_ON_WORDS
               and any(m.dep_ == "npadvmod" and m.lemma_.lower() in units for m in a.children)
               for w in said for a in w.children)


DESCRIBING_STEPS = 6  # how far up from the act a description of the one named is looked for


def _describing_participle(head: Token) -> Token | None:
    """The present participle on a noun that the act lies under ("the coalition bombing the militants")."""
    for t in islice([head, *head.ancestors], DESCRIBING_STEPS):
        if t.dep_ == "acl" and t.tag_ == "VBG":
            return t
        if t.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "conj"):
            return None
    return None


def _in_an_apposition(noun: Token) -> bool:
    """"Egypt, one of the countries ...", "Turkey, a member of the coalition ...": a noun in an apposition."""
    for t in islice([noun, *noun.ancestors], DESCRIBING_STEPS):
        if t.dep_ == "appos":
            return True
        if t.dep_ not in ("pobj", "prep"):
            return False
    return False


def describes_the_one_named(c: Candidate) -> bool:
    """"Egypt, one of the countries taking part in the attack on the rebels, said ...", "Turkey, a member of
    the coalition bombing the militants, has said little": an act told by a present participle inside an
    apposition describes the one named; the report's news is what they say or do (not "the victims, two boys
    shot on Monday": a past participle tells the act done to them)."""
    participle = _describing_participle(c.head)
    return participle is not None and _in_an_apposition(participle.head)


@needs_words("status.praise_verbs")
def praise_of_those_who_acted(c: Candidate) -> bool:
    """"we congratulate the fighters who fought to free the town", "thanked the crews who battled on": what those
    praised or thanked did describes them; the report tells the act, if at all, elsewhere."""
    verb = governing_verb(c.head)
    antecedent = verb.head
    return verb.dep_ == "relcl" and antecedent.dep_ == "dobj" and \
        antecedent.head.lemma_.lower() in c.lex.status.praise_verbs


PHONE_NOUNS = ("phone", "telephone")  # what talk is held over: the nouns the call entries of triggers.jsonl read


@only_for("diplomacy.talks")
def talked_over_the_phone(c: Candidate) -> bool:
    """"Ortiz and Ruiz discussed the border by phone", "the ministers conferred over the telephone": talk held by
    phone is a call (the "phone" entry reads it), not talks of parties who met."""
    return c.entry.type == "diplomacy.talks" and any(
        p.dep_ == "prep" and p.lower_ in ("by", "over", "on") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in PHONE_NOUNS for o in p.children)
        for p in c.head.children)


@only_for("diplomacy.talks")
def a_meeting_describing_someone(c: Candidate) -> bool:
    """"the banker, who met the minister on Saturday, is ...", "the squad whose members met the source": a
    meeting told in a relative clause describes someone; it is no talks the report tells."""
    return c.entry.type == "diplomacy.talks" and c.head.pos_ == "VERB" and c.head.dep_ == "relcl"


@needs_words("status.resolve_adjectives")
def a_stated_resolve(c: Candidate) -> bool:
    """"the group remains committed to carrying out attacks", "the rebels are willing to accept a truce": what
    one is resolved or willing to do is a standing stance, no event (a concession one is willing to make is an
    offer: ``an_offer``)."""
    cues = c.lex.status
    return not an_offer(c) and any(a.pos_ == "ADJ" and a.lower_ in cues.resolve_adjectives for a in islice(c.head.ancestors, 4))


def _given_up(verb: Token, cues: StatusWords) -> bool:
    """"at first believed", "initially identified": a verb of belief marked as the first, given-up view."""
    marks = [ch for ch in verb.children if ch.dep_ in ("advmod", "prep")]
    return verb.lemma_.lower() in cues.belief_verbs and any(
        m.lower_ in cues.given_up_marks or (m.lower_ == "at" and any(o.lower_ == "first" for o in m.children))
        for m in marks)


@needs_words("status.belief_verbs")
def a_belief_given_up(c: Candidate) -> bool:
    """"At first, police believed the man had kidnapped his neighbour", "a woman initially identified as a
    kidnapping victim": what was believed at first, and is told as no longer believed, is no event."""
    cues = c.lex.status
    return any(_given_up(a, cues) for a in islice(c.head.ancestors, 4))


@only_for("diplomacy.rejection")
def a_thing_refuses(c: Candidate) -> bool:
    """"the car refused to stop", "a witness refused to cooperate": a vehicle, a machine or a private person
    named by a common noun that "refuses" rejects no proposal ("the minister refused" still does, and so do
    armed men, who speak for a side: "the rebels rejected the clause")."""
    if c.entry.type != "diplomacy.rejection":
        return False
    lex = c.lex
    subjects = [ch for ch in c.head.children if ch.dep_ == "nsubj" and ch.pos_ == "NOUN"]
    return any(lex.items.get(t.lemma_.lower()) not in (None, "soldier") or t.lemma_.lower() in lex.status.private_nouns
               for t in subjects)


@only_for("diplomacy.agreement")
@needs_words("status.view_modals")
def agreed_on_a_view(c: Candidate) -> bool:
    """"the ministers agreed the first priority must be the protection of civilians", "agreed that the region
    needed investment": agreeing what must, should or needs be is a shared view, no agreement reached."""
    if c.entry.type != "diplomacy.agreement" or c.head.pos_ != "VERB":
        return False
    modals = c.lex.status.view_modals
    return any(ch.dep_ in ("ccomp", "conj") and (any(a.dep_ == "aux" and a.lower_ in modals for a in ch.children)
                                                 or ch.dep_ == "ccomp" and ch.lemma_.lower() in modals)
               for ch in c.head.children)  # the parser may join "must be" as a clause of its own


@only_for("diplomacy.agreement")
@needs_words("status.view_nouns")
def agreed_with_a_view(c: Candidate) -> bool:
    """"the agency agrees with the panel's conclusion that the fire was set", "the minister agreed with the
    assessment": agreeing with a view or a finding (``view_nouns``) shares it, no deal is made ("Chile agreed with
    Peru on a truce" stays: a party, not a view)."""
    if c.entry.type != "diplomacy.agreement" or c.head.pos_ != "VERB":
        return False
    views = c.lex.status.view_nouns
    return any(o.lemma_.lower() in views for o in _prep_objects(c.head, ("with",)))


def _antecedent(head: Token) -> list[Token]:
    """What a relative clause describes: "the gunmen who fled", "dozens of villagers who were freed"."""
    if head.dep_ != "relcl":
        return []
    noun = head.head
    return [noun, *(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj")]


@only_for("territory")
@needs_words("status.people_nouns", "status.seized_goods")
def no_ground_taken(c: Candidate) -> bool:
    """"villagers who were liberated from the camps", "the gang seized 50 rifles at the airfield": freeing
    people or seizing goods takes no ground."""
    if _family(c.entry) != "territory":
        return False
    head, cues = c.head, c.lex.status
    acted = [ch for ch in head.children if ch.dep_ in ("dobj", "nsubjpass")] + _antecedent(head) + (
        [head.head] if head.dep_ == "acl" else [])  # "equipment captured near the airfield"
    return any(t.lemma_.lower() in cues.people_nouns or t.lemma_.lower() in cues.seized_goods for t in acted)


@only_for("humanitarian")
@needs_words("actor_words.armed_nouns", "status.fugitive_nouns")
def armed_men_fleeing(c: Candidate) -> bool:
    """"troops pursued the gunmen who fled the village", "the suspect fled the scene": armed men who flee
    retreat, suspects escape; they are not displaced."""
    if _family(c.entry) != "humanitarian":
        return False
    head = c.head
    fleeing = [ch for ch in head.children if ch.dep_ in SUBJECTS] + _antecedent(head)
    return any(t.lemma_.lower() in c.lex.actor_words.armed_nouns or t.lemma_.lower() in c.lex.status.fugitive_nouns
               for t in fleeing)


@only_for("military.mobilization")
def the_fallen_carried(c: Candidate) -> bool:
    """"Two soldiers wounded in the blast were flown to the capital", "the bodies of the pilots were flown home":
    moving the wounded or the dead (``fallen_nouns``, or a force a casualty word describes) is no build-up of
    force ("two battalions were flown to the border" stays)."""
    if c.entry.type != "military.mobilization":
        return False
    lex = c.lex
    hurt = lex.quantity_words.casualty_roles
    moved = [ch for ch in c.head.children if ch.dep_ in ("dobj", "nsubjpass")]
    return any(t.lemma_.lower() in lex.status.fallen_nouns or t.lower_ in lex.status.fallen_nouns
               or any(d.dep_ in ("acl", "amod") and (lex.quantity_roles.get(d.lemma_.lower()) in hurt
                                                      or d.lower_ in lex.status.fallen_nouns)
                      for d in t.children)
               for t in moved)


@only_for("diplomacy.aid")
def aid_against_someone(c: Candidate) -> bool:
    """"a jet delivered two bombs against a convoy": what is delivered against someone is force, not aid."""
    return c.entry.type == "diplomacy.aid" and any(
        ch.dep_ == "prep" and ch.lower_ == "against" for ch in c.head.children)


def _prep_objects(head: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of a word's prepositions: "a battle with cancer" -> cancer, "an attack on the flames"."""
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children
            if o.dep_ == "pobj"]


def _doers(head: Token) -> list[Token]:
    """Who or what does it: the subject, the "by" agent, the noun a relative clause or participle describes
    ("an earthquake that struck the valley", "the car that hit her")."""
    doers = [c for c in head.children if c.dep_ in SUBJECTS] + [
        g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if head.dep_ in ("relcl", "acl"):
        doers.append(head.head)
    if head.dep_ == "conj" and not doers:  # "the driver left the car and fled": the first verb's subject
        doers = [c for c in head.head.children if c.dep_ in SUBJECTS]
    return doers


@only_for("attack", "humanitarian")
@needs_words("status.hazard_words")
def fought_against_a_hardship(c: Candidate) -> bool:
    """"died after a long battle with cancer", "crews launched an attack on the flames", "a quake that struck
    overnight", "counties hard hit by unemployment": a fight with an illness, a force of nature or a hardship,
    or a blow it strikes, is no attack."""
    if _family(c.entry) not in ("attack", "humanitarian"):
        return False
    inside = set(range(c.span.start, c.span.end))  # "opened fire" is no blaze
    struck = _prep_objects(c.head, ("with", "against", "on")) + _doers(c.head) + [
        o for o in c.head.children if o.dep_ == "dobj"]
    return any(t.i not in inside and _a_hazard(t, c) for t in struck)


def what_a_tip_would_lead_to(c: Candidate) -> bool:
    """"anyone with information that leads to the arrest of the vandals", "a reward for information leading to
    an arrest": what information would lead to has not happened."""
    head = c.head
    lead = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "to" else None
    # "the fire that led to his arrest" told what happened; "information leading to an arrest" has not
    return lead is not None and lead.lemma_.lower() == "lead" and lead.tag_ not in ("VBD", "VBN")


@only_for("attack")
@needs_words("status.charge_words")
def the_name_of_a_charge(c: Candidate) -> bool:
    """"charged with assault", "booked for teen assault", "arrested on a charge of aggravated assault", "pleaded
    guilty to the stabbing", "charged two men over the ambush", "a suspect in the consulate bombing": an attack
    named as the offence of a charge or the case of a suspect is the charge's, not an act the sentence tells
    (the report tells the act, if at all, where it dates it)."""
    if _family(c.entry) != "attack" or not (c.head.pos_ == "NOUN" or c.head.tag_ == "VBG"):
        return False
    if _dated_by_its_own_words(c.head) or _its_toll_told(c.head, c.lex):
        return False  # "over the May 9 bombing", "in a shooting last week": a restated act with its own date is told
    charges = c.lex.status.charge_words
    for t in islice(c.head.ancestors, 5):
        if t.pos_ == "ADP" and t.lower_ in ("with", "of", "for", "to", "in", "over") and (
                _a_charge(t.head, charges) or t.head.dep_ in ("dobj", "nsubjpass") and _a_charge(t.head.head, charges)):
            return True  # "charged a man in the bombing": the case hangs on the one charged
        if t.pos_ == "VERB" and t.tag_ != "VBG" and t.lemma_.lower() not in charges:
            return False  # "charged with disturbing the peace by fighting": a gerund is still the charge's
    return False


def _its_toll_told(noun: Token, lex: Lexicon) -> bool:
    """"arrested in connection with a shooting that wounded two teenagers": a relative clause of the act's noun that
    tells whom it killed or hurt tells the act, which the report then tells, not only names."""
    return any(ch.dep_ == "relcl" and lex.quantity_roles.get(ch.lemma_.lower()) in ("killed", "injured")
               for ch in noun.children)


DATING_DEPS = ("npadvmod", "nmod", "compound", "amod", "poss", "nummod")  # "the May 9 bombing", "a shooting last week"


def _dated_by_its_own_words(noun: Token) -> bool:
    """A noun of an act with a time of its own: a modifier before it ("the May 9 bombing", "Sunday's attack") or a
    bare time after it ("a shooting last week"); not a time a preposition brings ("charged in the shooting of a
    clerk on Monday": the parser hangs the charge's day on the noun as often as on the verb), nor one further
    down a clause or an aside hung on it."""
    return any(ch.dep_ in DATING_DEPS and any(w.ent_type_ in TIME_LABELS for w in ch.subtree)
               for ch in noun.children)


BARE_DEPS = ("nsubj", "nsubjpass", "dobj")  # "kidnapping carries", "makes assault a felony"
NAMING_DEPS = ("det", "poss", "nummod")  # "the assault", "his kidnapping", "two shootings": one or more acts
OFFENCE_DEPS = ("dobj", "attr", "oprd", "acomp")  # "carries a life sentence", "is a felony", "is illegal"


@only_for("attack")
@needs_words("status.prohibition_verbs")
def forbidden_by_a_rule(c: Candidate) -> bool:
    """"the treaty bans the bombing of hospitals", "the code forbids guards to shoot at fleeing men": an attack
    a verb of prohibition (``prohibition_verbs``) names is what a rule forbids, no act ("organisers called off
    the march" is a protest cancelled, read elsewhere)."""
    head = c.head
    return _family(c.entry) == "attack" and head.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") and \
        head.head.lemma_.lower() in c.lex.status.prohibition_verbs


@only_for("attack")
@needs_words("status.offence_words")
def an_offence_in_law(c: Candidate) -> bool:
    """"the law makes assault on an officer a felony", "kidnapping carries a life sentence", "arson is a crime":
    an act named bare, with no article or owner, beside an offence or a penalty (``offence_words``), is a kind
    of crime the law names, no act done ("the assault was a crime, the judge said" names one)."""
    head = c.head
    if _family(c.entry) != "attack" or head.dep_ not in BARE_DEPS or head.pos_ == "VERB" and head.tag_ != "VBG":
        return False
    if any(ch.dep_ in NAMING_DEPS for ch in head.children):
        return False
    offences = c.lex.status.offence_words
    if head.head.lemma_.lower() in offences:
        return True  # "makes kidnapping a felony", parsed with the act the subject of "felony"
    return any(o.dep_ in OFFENCE_DEPS and o is not head and o.lemma_.lower() in offences
               for o in head.head.children)


def _a_charge(t: Token, charges: Collection[str]) -> bool:
    return t.lemma_.lower() in charges or t.lower_ in charges


PLACING_LABELS = ("DATE", "TIME", "GPE", "LOC", "FAC")  # a date or a place that sets an act in the world
OWN_WORD_DEPS = ("nummod", "compound", "amod", "npadvmod", "prep")  # "two killings", "the Elm Street murder"


def _own_words(head: Token) -> list[Token]:
    """The words a noun of an act has of its own ("two", "in Elmvale", "of a clerk", "last week") and, when it
    is the subject, those of its verb ("the murder happened on Sunday"): children and what their prepositions
    govern, no deeper."""
    hosts = [head] + ([head.head] if head.dep_ in SUBJECTS else [])
    kids = [ch for h in hosts for ch in h.children if ch.dep_ in OWN_WORD_DEPS or h is not head]
    return kids + [g for ch in kids if ch.dep_ == "prep" for g in ch.children if g.dep_ == "pobj"]


def _places_the_act(t: Token, c: Candidate) -> bool:
    """A number, a date or a place, or whom the act was done to ("of a clerk", "of three guards")."""
    if t.pos_ == "NUM" or t.ent_type_ in PLACING_LABELS or any(w.ent_type_ in PLACING_LABELS for w in t.lefts):
        return True
    return t.dep_ == "pobj" and t.head.lower_ == "of" and (_a_person(t, c.lex) or _a_counted_group(t))


@needs_words("trigger_words.killing_nouns")
def a_killing_pointed_back_at(c: Candidate) -> bool:
    """"the assassination touched off riots", "her murder still haunts the town", "they filmed the killing": a
    noun of one killing (``killing_nouns``) with nothing of its own that places it, no one it was done to, no
    number, date or place, points back at a killing the reader already knows; it tells no event of its own
    (not "the murder of a clerk in Elmvale", "two killings last week", "the slaying happened on Sunday")."""
    head = c.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in c.lex.trigger_words.killing_nouns:
        return False
    # "survived an assassination attempt in Kano on Monday": the frame noun it names the kind of carries its words
    if head.dep_ == "compound" and head.head.lemma_.lower() in c.lex.trigger_words.event_frames:
        head = head.head
    return not any(_places_the_act(t, c) for t in _own_words(head))


def blasting_off(c: Candidate) -> bool:
    """"the crew blasts off to the space station", "fired off a letter": a verb of force with "off" after it
    launches or sends; it strikes nothing. A verb whose entry reads it with its "off" ("a bomb went off",
    "militants set off a bomb") is not one."""
    head = c.head
    if c.entry.particle == "off":
        return False
    return _family(c.entry) == "attack" and head.pos_ == "VERB" and any(
        ch.dep_ == "prt" and ch.lower_ == "off" for ch in head.children) or (
        head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "off" and head.lemma_.lower() in ("blast", "fire"))


@only_for("attack.explosive")
def an_accidental_blast(c: Candidate) -> bool:
    """"an explosion at a supermarket injured 37 people and may have been caused by a gas leak": a blast in a
    sentence that names a hazard (gas, a leak, a boiler) and no weapon, attacker or bomb is an accident."""
    if c.entry.type != "attack.explosive" or _set_off_by_someone(c):
        return False
    doc, words, cues = c.head.doc, c.sentence_words | _report_words(c.head.doc), c.lex.status.attack_cues
    # the hazard may be told in the report's next sentence ("The blast occurred at 12.45 a.m. ...")
    if not words & c.lex.status.hazard_words:
        return False
    denied = _only_denied(doc, cues) if words & cues else frozenset()
    return not (words & cues) - denied and all(doc[w[0]].lemma_.lower() in denied for w in c.weapons)


def _set_off_by_someone(c: Candidate) -> bool:
    """"saboteurs blew up a gas pipeline": a blast verb with an object has a doer who set it off, no accident;
    unless the doer is itself a hazard ("a gas leak blew up the house")."""
    head = c.head
    if head.pos_ != "VERB" or not any(ch.dep_ == "dobj" for ch in head.children):
        return False
    doers = [ch for ch in head.children if ch.dep_ == "nsubj"]
    return bool(doers) and not any(t.lemma_.lower() in c.lex.status.hazard_words for d in doers for t in d.subtree)


NEGATORS = frozenset({"not", "no", "never"})


def _only_denied(doc: Doc, cues: frozenset[str]) -> frozenset[str]:
    """The cues a report names only to deny them ("caused by a gas leak, not a bomb", "no sign of explosives"):
    each of their mentions carries a negation of its own. Read only for a blast beside a hazard, so seldom."""
    mentions: dict[str, list[bool]] = {}
    for t in doc:
        lemma = t.lemma_.lower()
        if lemma in cues:
            before = doc[t.i - 2:t.i] if t.i > 1 and doc[t.i - 1].pos_ == "DET" else doc[max(t.i - 1, 0):t.i]
            # a negation before the word: "not a bomb"; the parser may hang a later one on it ("a bomb, not a leak")
            denied = any(b.lower_ in NEGATORS for b in (*before, *(ch for ch in t.children if ch.i < t.i)))
            mentions.setdefault(lemma, []).append(denied)
    return frozenset(lemma for lemma, denials in mentions.items() if all(denials))


def _report_words(doc: Doc) -> frozenset[str]:
    """The lemmas of a whole report, read once a report."""
    found = doc.user_data.get("sitrep.report_lemmas")
    if found is None:
        strings = doc.vocab.strings  # each lemma once, from the doc's array: no Token built per word
        lemmas = set(cast("list[int]", doc.to_array([LEMMA]).ravel().tolist())) if len(doc) else set()
        found = doc.user_data["sitrep.report_lemmas"] = frozenset(strings[lemma].lower() for lemma in lemmas)
    return found


REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "itself", "ourselves", "themselves"})


@only_for("statement")
def blames_oneself(c: Candidate) -> bool:
    """"I blamed myself", "the coach blamed himself for the loss": blame taken on oneself accuses no one."""
    return _family(c.entry) == "statement" and any(ch.dep_ == "dobj" and ch.lower_ in REFLEXIVES
                                                   for ch in c.head.children)


ASKED_SUBJECTS = ("WP",)  # "who", "whoever", "what": a subject that asks
ASKING_CLAUSES = ("ccomp", "csubj", "xcomp", "pcomp")  # a clause under a verb or adjective: "unclear who ..."


@only_for("statement")
def asks_who_did_it(c: Candidate) -> bool:
    """"It was unclear who was behind the bombing", "police are trying to find out who set the fire": an accusation
    whose one accused is "who", in a clause that asks, accuses no one ("the man who was behind the bombing was
    arrested" is a relative clause: an act told of someone)."""
    if _family(c.entry) != "statement":
        return False
    head = c.head
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    return verb.dep_ in ASKING_CLAUSES and any(
        ch.dep_ in SUBJECTS and ch.tag_ in ASKED_SUBJECTS for ch in verb.children)


OWNING_PRONOUNS = frozenset({"it", "we", "they", "i"})  # the speaker, told of in the clause it says


@only_for("statement.accusation")
def owns_up_to_it(c: Candidate) -> bool:
    """"The Red Hand said it was behind the bombing", "the rebels said they were responsible for the raid":
    a speaker who says it did the act claims it, and accuses no one (the act's record names the speaker as
    its doer); "officials said the rebels were behind the bombing" stays an accusation."""
    if c.entry.type != "statement.accusation":
        return False
    verb = c.head if c.head.pos_ in ("VERB", "AUX") else c.head.head
    if verb.lemma_.lower() != "be" or verb.dep_ != "ccomp":
        return False
    said_by = any(ch.dep_ == "nsubj" for ch in verb.head.children)
    return said_by and any(ch.dep_ == "nsubj" and ch.lower_ in OWNING_PRONOUNS for ch in verb.children)


@only_for("statement.accusation")
def a_person_accused_by_no_one(c: Candidate) -> bool:
    """"The former mayor was accused of fraud": an accusation with no accuser named, laid on a person who is no
    side, is the charge of a case (its record is the arrest or the trial), not one side accusing another
    ("Sylvanian troops were accused of shelling the town" and "the mayor was accused by Freedonia" stay)."""
    if c.entry.type != "statement.accusation" or c.head.pos_ != "VERB" or \
            any(ch.dep_ == "agent" for ch in c.head.children):
        return False
    accused = [ch for ch in c.head.children if ch.dep_ == "nsubjpass"]
    return bool(accused) and all(_a_person(a, c.lex) and not _a_side(a) for a in accused)


def _a_side(tok: Token) -> bool:
    """A state or an armed side the actors read in the noun's phrase: "the rebel commander", "Sylvanian troops"."""
    return any(a.kind in ARMED_KINDS and tok.left_edge.i < a.tok_end and a.tok_start <= tok.right_edge.i
               for a in tok.doc._.actors or [])


@only_for("statement.accusation")
@needs_words("status.hazard_words")
def blames_a_hazard(c: Candidate) -> bool:
    """"officials blamed a gas leak for the blast", "police said a storm was behind the outage": blame laid on an
    accident or a natural force accuses no one ("blamed the fire on rebels" does: the rebels are blamed). Beside
    "for", the object is the one blamed and an "on" phrase is a place ("blamed icy roads for the crash on the
    ring road")."""
    if c.entry.type != "statement.accusation":
        return False
    verb = c.head if c.head.pos_ in ("VERB", "AUX") else c.head.head
    preps = [p for p in verb.children if p.dep_ == "prep"]
    blamed_for = any(p.lower_ == "for" for p in preps)
    blamed_on = [] if blamed_for else [o for p in preps if p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
    accused = blamed_on or [ch for ch in verb.children if ch.dep_ == "dobj" or (
        ch.dep_ == "nsubj" and verb.lemma_.lower() == "be")]
    return bool(accused) and all(any(_a_hazard(t, c) for t in a.subtree) for a in accused)


@only_for("attack")
@needs_words("status.vehicle_words")
def a_vehicle_collides(c: Candidate) -> bool:
    """"a cyclist was struck by a van", "the pickup that hit the pedestrian", "the sedan struck a tree": a
    vehicle that hits is a road accident. A vehicle hit stays a target ("a drone hit a bus"); a driver a
    passive verb is done to is its victim ("a taxi driver was robbed at knifepoint"); and a driver who shoots
    or fires uses arms, not the car ("the driver pulled a pistol and shot at the deputies", ``gunfire_words``)."""
    if _family(c.entry) != "attack" or _done_with_arms(c):
        return False
    vehicles = c.lex.status.vehicle_words
    return any(t.lemma_.lower() in vehicles and not (t.dep_ == "nsubjpass" and _a_person(t, c.lex))
               for t in _doers(c.head))


@only_for("attack")
@needs_words("status.civil_aircraft_words")
def a_civil_aircraft_hits(c: Candidate) -> bool:
    """"a light aircraft hit power lines", "the passenger jet struck a flock of birds": an aircraft its words make
    a civil one (``civil_aircraft_words``) that hits is an accident, no air attack ("Freedonian jets struck the
    depot" stays)."""
    if _family(c.entry) != "attack":
        return False
    civil = c.lex.status.civil_aircraft_words
    return any(t.dep_ == "nsubj" and t.head.i == c.head.i and t.i in {w[0] for w in c.weapons} and any(
        m.dep_ in ("amod", "compound") and m.lower_ in civil for m in t.children) for t in c.head.children)


def one_word_of_a_compound(c: Candidate) -> bool:
    """"a hit-and-run crash", "a smash-and-grab": a trigger word joined by hyphens into a phrase of its own
    names something else."""
    doc, i = c.head.doc, c.span.end
    return i + 2 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ in ("and", "or", "n") \
        and doc[i + 2].text == "-"


@only_for("attack")
@needs_words("status.abstract_patients")
def an_abstract_thing_struck(c: Candidate) -> bool:
    """"a deal was struck", "the film hits theaters", "shares were hit", "she attacked the plan", "the firm is
    the target of a lawsuit", "oil prices exploded": what no weapon can strike, or what bursts of itself with
    nothing struck, is struck in another sense."""
    if _family(c.entry) != "attack" or any(w[0] != c.head.i for w in c.weapons):  # "bombed" names itself
        return False
    head, abstract = c.head, c.lex.status.abstract_patients
    struck = [o for o in head.children if o.dep_ in ("dobj", "nsubjpass")] + [
        o for o in _prep_objects(head, ("of", "on")) if o.ent_type_ not in TIME_LABELS]  # not "on Monday"
    if head.pos_ == "VERB" and not struck:  # "oil prices exploded": what bursts of itself
        struck = [o for o in head.children if o.dep_ == "nsubj"]
    if head.dep_ in ("relcl", "acl") and head.tag_ == "VBN":
        struck.append(head.head)
    return any(t.lemma_.lower() in abstract for t in struck)


@only_for("attack", "protest")
def a_game_of_sport(c: Candidate) -> bool:
    """"a 90th-minute strike sealed the match", "the two sides clash again in the second leg of the tie",
    "the team rallied from ten points down": play in a sentence only sport uses is no fighting or protest."""
    if _family(c.entry) not in ("attack", "protest"):
        return False
    if not c.weapons and c.sentence_words & c.lex.status.sports_words:
        return not a_harm_no_game_has(c)
    score = c.facts.final_score if c.facts is not None else a_final_score(c.sent)
    return score and not a_harm_no_game_has(c)


def blamed_under_fire(c: Candidate) -> bool:
    """"the minister came under fire for the tax rise", "the agency came under fire for failing to warn
    residents", "the coach came under fire from critics": fire one comes under for a deed, or from those who
    answer in words (``word_opponents``), is blame, not gunfire ("the patrol came under fire for two hours",
    "for the second time" and "came under fire from the ridge" stay). Word sets: ``status.word_opponents``,
    ``status.spans_under_fire``."""
    if c.head.lemma_.lower() != "come" or "fire" not in c.sentence_words or c.weapons:
        return False
    preps = [p for p in c.head.children if p.dep_ == "prep"]
    preps += [q for p in preps for o in p.children if o.dep_ == "pobj" for q in o.children if q.dep_ == "prep"]
    opponents, periods = c.lex.status.word_opponents, c.lex.status.spans_under_fire
    for prep in preps:
        said = [o for o in prep.children if o.dep_ in ("pobj", "pcomp")]
        if prep.lower_ == "from" and any(o.lemma_.lower() in opponents for o in said):
            return True
        if prep.lower_ == "for" and any(o.ent_type_ not in TIME_LABELS and o.lemma_.lower() not in periods
                                        for o in said):
            return True
    return False


@only_for("protest.demonstration")
def protested_in_words(c: Candidate) -> bool:
    """"neighbours protested the developer's plans", "parents have protested the board's decision": to protest a
    plan, a decision or a price (``abstract_patients``) is to object to it, in words, when no word of a gathering
    (``gathering_words``: a rally, a march, a crowd, a street, a number of people) stands in the sentence
    ("hundreds protested the ruling outside the court" stays a protest). Word sets: ``status.abstract_patients``,
    ``status.gathering_words``."""
    head, cues = c.head, c.lex.status
    if head.lemma_.lower() != "protest" or head.pos_ != "VERB" or c.entry.type != "protest.demonstration":
        return False
    if c.sentence_words & cues.gathering_words:
        return False
    return any(o.dep_ == "dobj" and o.lemma_.lower() in cues.abstract_patients for o in head.children)


def a_harm_no_game_has(c: Candidate) -> bool:
    """"the club's steward was shot dead after the match", "the referee was kidnapped after the game": play
    attacks, strikes and shoots, but never kills anyone, kidnaps or stabs; a trigger whose word is such a harm
    (``harms_no_game_has``) or that is done to death (``death_words`` beside it: "shot dead", "stabbed to
    death", "fatally shot") is the act whatever words of sport stand near it.
    Word sets: ``status.harms_no_game_has``, ``trigger_words.death_words``."""
    if c.head.lemma_.lower() in c.lex.status.harms_no_game_has:
        return True
    deaths = c.lex.trigger_words.death_words
    if not c.sentence_words & deaths:
        return False
    near = [*c.head.children, *(g for ch in c.head.children if ch.dep_ == "prep" for g in ch.children)]
    return any(t.lower_ in deaths for t in near)


def a_final_score(sent: Span) -> bool:
    """"Hornets sting Rockets 112-98", "Rovers hammer City 4-1 in derby": two numbers joined by a dash that count
    nothing after them (not a range, "20-30 shells") nor part of a date ("May 21-22") are the score of a game."""
    for dash in sent:
        if dash.text not in ("-", "–") or dash.i == sent.start or dash.i + 1 >= sent.end:
            continue
        first, second = sent.doc[dash.i - 1], sent.doc[dash.i + 1]
        after = sent.doc[second.i + 1] if second.i + 1 < sent.end else None
        if not (first.like_num and second.like_num and first.text.isdigit() and second.text.isdigit()):
            continue
        counts = after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") and after.is_lower
        if not counts and first.ent_type_ not in TIME_LABELS and len(first.text) <= 3:
            return True
    return False


@only_for("attack")
def a_strike_of_work(c: Candidate) -> bool:
    """"cabin crew will strike before Christmas", "a 48-hour strike called by the union over pay", "a hunger
    strike": a strike of work is no air strike."""
    if "strike" not in c.sentence_words or _family(c.entry) != "attack" or c.weapons:
        return False
    labour = c.lex.status.labour_words
    doers = [d for v in [c.head, *islice(c.head.ancestors, 3)] for d in _doers(v)]
    near = [*c.head.subtree, *(t for d in doers for t in d.subtree)]
    return any(t.lower_ in labour or t.lemma_.lower() in labour for t in near) or bool(
        c.sentence_words & c.lex.status.labour_report_words)


def _a_fugitive_described(head: Token, fugitives: frozenset[str]) -> list[Token]:
    """"Dog helps catch fleeing suspect": a "fleeing" right before a bare fugitive's noun (``fugitive_nouns``) that
    the parser took for its object describes that noun, the one who flees ("fleeing the town" has a determiner,
    "fleeing persecution" no fugitive)."""
    if head.tag_ != "VBG":
        return []
    return [ch for ch in head.children if ch.dep_ == "dobj" and ch.i == head.i + 1
            and ch.lemma_.lower() in fugitives]


@only_for("humanitarian")
def one_flees_alone(c: Candidate) -> bool:
    """"the suspect fled on foot", "a fleeing driver", "he stopped, jumped out and fled", "charged with fleeing
    police": one who flees alone
    escapes; displacement is of many ("residents fled", "thousands fled the town")."""
    if _family(c.entry) != "humanitarian" or c.head.lemma_.lower() not in ("flee", "escape"):
        return False
    head = c.head
    if head.dep_ == "pcomp":  # "charged with fleeing", "arrested for fleeing"
        return True
    fleers = _doers(head) + ([head.head] if head.dep_ == "amod" else [])
    if head.dep_ == "conj" and not fleers:  # "the man stopped the van, jumped out and fled"
        fleers = _first_subjects(head.head)
    if head.tag_ == "VBG" and head.dep_ == "ROOT":  # a headline: "Fleeing suspect caught"
        fleers += [ch for ch in head.children if ch.dep_ == "dobj"]
    fleers += _a_fugitive_described(head, c.lex.status.fugitive_nouns)
    many = c.lex.status.displaced_nouns
    return bool(fleers) and not any(t.lemma_.lower() in many or t.tag_ in ("NNS", "NNPS", "CD") or t.lower_ in ("they", "we")
                                    or any(n.dep_ in ("nummod", "conj") for n in t.children) for t in fleers)


@only_for("humanitarian", "disruption")
@needs_words("status.hazard_words")
def caused_by_a_hazard(c: Candidate) -> bool:
    """"fire officials did not know how many residents were displaced", "roads were closed due to blowing snow",
    "thousands were without power as the blizzard hit": displacement, an outage or a closure in a sentence of a
    natural force or an accident, with no weapon or fighting in it, is none of war's."""
    if _family(c.entry) not in ("humanitarian", "disruption") or c.weapons:
        return False
    words = c.sentence_words
    return bool(words & c.lex.status.hazard_words) and not words & c.lex.trigger_words.attack_words


def a_show_not_a_protest(c: Candidate) -> bool:
    """"interactive demonstrations will cover gardening", "blacksmithing demonstrations from noon": a
    demonstration with nothing of a protest in its sentence is a show."""
    if c.head.lemma_.lower() != "demonstration":
        return False
    return not c.sentence_words & c.lex.status.protest_cues


def a_capitalised_name(c: Candidate) -> bool:
    """"the food pantry of Battle Creek", "money raised for the March of Dimes": a capitalised trigger word
    inside a run of capitalised words, in a sentence written in lower case, is part of a name."""
    head, sent = c.head, c.sent
    if not head.is_title or head.i == sent.start or len(c.span) != 1:
        return False
    titled = sum(t.is_title for t in sent if t.is_alpha)
    if titled * 2 > sum(t.is_alpha for t in sent):  # a headline in title case
        return False
    doc, i = head.doc, head.i
    after = doc[i + 1] if i + 1 < len(doc) else None
    before = doc[i - 1]
    joined = after is not None and (after.is_title and after.pos_ == "PROPN" or
                                    after.lower_ == "of" and i + 2 < len(doc) and doc[i + 2].is_title)
    return joined or (before.is_title and before.pos_ == "PROPN" and before.i > sent.start)


def _first_subjects(verb: Token) -> list[Token]:
    """The subjects of a chain of joined verbs, read from its first verb: "he stopped, got out and fled"."""
    for _ in range(4):
        subjects = [ch for ch in verb.children if ch.dep_ in SUBJECTS]
        if subjects or verb.dep_ != "conj":
            return subjects
        verb = verb.head
    return []


def _armed_side_in(c: Candidate) -> bool:
    """An army or an armed group among the sentence's actors ("rebels", "the 3rd Brigade")."""
    sent = c.sent
    return any(sent.start <= a.tok_start < sent.end and a.kind in ("military", "armed_group")
               for a in c.span.doc._.actors or [])


@only_for("attack")
@needs_words("status.road_words")
def struck_on_the_road(c: Candidate) -> bool:
    """"a woman was struck while crossing at the intersection", "the sedan veered into the oncoming lane and hit
    a truck": striking in a sentence only a road accident tells (``road_words``), with no weapon and no armed men, is no attack ("rebels struck a convoy near the intersection" is)."""
    if _family(c.entry) != "attack" or c.weapons or c.head.lemma_.lower() not in ("strike", "hit"):
        return False
    return bool(c.sentence_words & c.lex.status.road_words) and not _armed_side_in(c) and not any(
        t.lemma_.lower() in c.lex.actor_words.armed_nouns for t in _doers(c.head))


PERSONAL_OBJECTS = frozenset({"her", "him", "me"})
PERSONAL_SUBJECTS = frozenset({"he", "she", "i"})


@only_for("statement.threat")
def one_person_threatens_another(c: Candidate) -> bool:
    """"he threatened her and broke a window", "the man called out, threatening the woman": one private person
    threatening another is a crime, no threat between parties ("the minister threatened the reporter" stays)."""
    head = c.head
    if c.entry.type != "statement.threat" or head.pos_ != "VERB":
        return False
    objects = [ch for ch in head.children if ch.dep_ == "dobj"]
    doers = _doers(head) or ([ch for ch in head.head.children if ch.dep_ in SUBJECTS] if head.dep_ == "advcl" else [])
    one_threatened = bool(objects) and all(o.lower_ in PERSONAL_OBJECTS or (o.tag_ == "NN" and o.lemma_.lower() in
                                                                        c.lex.status.victim_nouns) for o in objects)
    return one_threatened and bool(doers) and all(d.lower_ in PERSONAL_SUBJECTS or d.ent_type_ == "PERSON"
                                                  for d in doers)


@only_for("humanitarian")
def fleeing_a_scene(c: Candidate) -> bool:
    """"the driver fled the scene", "he fled from the scene before officers arrived": one flees the scene of a
    crime or a crash; people driven from a war flee a town, a region, a country."""
    if _family(c.entry) != "humanitarian" or c.head.lemma_.lower() not in ("flee", "escape"):
        return False
    fled = [ch for ch in c.head.children if ch.dep_ == "dobj"] + _prep_objects(c.head, ("from",))
    return any(t.lemma_.lower() == "scene" for t in fled)


@only_for("humanitarian")
def fleeing_after_a_preposition(c: Candidate) -> bool:
    """"the driver crashed before jumping out and fleeing on foot", "crashed their car while fleeing the area": a
    flight told in a gerund after a preposition or "while" is one more step of whoever acts there, as "charged
    with fleeing" is (``one_flees_alone``); people driven out of a place are told fleeing in a clause of their
    own ("thousands fled the town")."""
    if _family(c.entry) != "humanitarian" or c.head.lemma_.lower() not in ("flee", "escape"):
        return False
    head = c.head
    if head.dep_ in ("advcl", "pcomp") and head.tag_ == "VBG":
        return True  # "crashed their car while fleeing the area", "was hurt after fleeing the house"
    return head.dep_ == "conj" and head.head.dep_ == "pcomp"


@only_for("attack")
@needs_words("status.animal_words")
def an_animal_attacks(c: Candidate) -> bool:
    """"a swarm of bees attacked two hikers", "the boy was hurt in a dog attack": an attack in a sentence of an
    animal (``animal_words``), with no weapon and no armed men, is an animal's; not when its doer is named and is
    no animal ("a man shot a hiker who was walking his dog")."""
    if _family(c.entry) != "attack" or c.weapons or not c.sentence_words & c.lex.status.animal_words:
        return False
    return not _armed_side_in(c) and not _done_by_no_animal(c)


def _done_by_no_animal(c: Candidate) -> bool:
    """The verb's doers (its subject, or the "by" of its passive) are named, are no pronoun (which may stand for
    the animal) and hold no animal word."""
    verb = c.head
    if verb.dep_ == "conj" and not any(ch.dep_ in SUBJECTS for ch in verb.children):
        verb = verb.head  # "a man shot and killed a hiker": the subject is on the first verb
    doers = [ch for ch in verb.children if ch.dep_ == "nsubj"] + [
        g for ch in verb.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
    animals = c.lex.status.animal_words
    return bool(doers) and not any(d.pos_ == "PRON" or any(t.lemma_.lower() in animals for t in d.subtree)
                                   for d in doers)


VICTIM_DEPS = ("dobj", "nsubjpass")  # "shot a bear", "the bear was shot"


@only_for("attack")
@needs_words("status.struck_animal_words")
def only_an_animal_struck(c: Candidate) -> bool:
    """"Wardens shot and killed a black bear", "the stray dog was put down": an attack whose every victim is an
    animal (``struck_animal_words``) is no event ("a gunman shot a farmer and his dog" stays: a person is
    struck too)."""
    if _family(c.entry) != "attack" or c.head.pos_ != "VERB":
        return False
    verbs = [c.head, *c.head.conjuncts]
    victims = [v for verb in verbs for o in verb.children if o.dep_ in VICTIM_DEPS for v in (o, *o.conjuncts)]
    animals = c.lex.status.struck_animal_words
    return bool(victims) and all(v.pos_ == "NOUN" and v.lemma_.lower() in animals for v in victims)


@only_for("attack")
def a_wound_done_to_oneself(c: Candidate) -> bool:
    """"died of a self-inflicted gunshot wound": a wound named as one's own deed (a "self-" word on it,
    ``self_words``) is no attack ("a gunshot wound inflicted by her husband" stays)."""
    if _family(c.entry) != "attack":
        return False
    noun = c.head.head if c.head.dep_ == "compound" else c.head
    selfs = c.lex.status.self_words
    mods = [m for m in (*c.head.children, *noun.children) if m.dep_ == "amod"]
    return any(m.lower_.split("-")[0] in selfs or any(w.lower_ in selfs for w in m.children) for m in mods)


@only_for("attack")
@needs_words("status.accident_adverbs")
def done_by_accident(c: Candidate) -> bool:
    """"a boy accidentally shot his brother while cleaning a rifle": an act of violence an adverb tells as unmeant
    (``accident_adverbs``) is an accident, no attack, when no army or armed group is in its sentence ("soldiers
    mistakenly shot two farmers at a checkpoint" stays an attack on them)."""
    if _family(c.entry) != "attack" or c.head.pos_ != "VERB":
        return False
    adverbs = c.lex.status.accident_adverbs
    return any(m.dep_ == "advmod" and m.lower_ in adverbs for m in c.head.children) and not _armed_side_in(c)


@only_for("attack.explosive")
def a_burst_of_a_mass(c: Candidate) -> bool:
    """"a blast of cold air swept the plains", "an explosion of colour": a blast word "of" a bare mass noun (no
    article, singular, no weapon) names a gust or a burst of that stuff, no explosion ("the blast of a car bomb"
    and "an explosion of shells" stay)."""
    head = c.head
    if c.entry.type != "attack.explosive" or head.pos_ != "NOUN":
        return False
    weapon_tokens = {w[0] for w in c.weapons}
    gunfire = c.lex.trigger_words.gunfire_words  # "a blast of gunfire" is still fire
    return any(o.tag_ == "NN" and o.ent_type_ == "" and o.i not in weapon_tokens and o.lemma_ not in gunfire
               and not any(d.dep_ in ("det", "poss", "nummod") for d in o.children)
               for o in _prep_objects(head, ("of",)))


OWNER_WORDS = ("their", "his", "her", "its", "our", "my")  # whose the thing burned is: the doer's own


@only_for("attack.civilians")
@needs_words("trigger_words.burned_places")
def burns_its_own(c: Candidate) -> bool:
    """"some villagers set fire to their homes before they fled": a place of people (``burned_places``) that
    residents set on fire as their own is no attack on anyone ("rebels set fire to their homes" and "two men
    set their house ablaze" stay: armed men, or men of no side, burning the home of those named before)."""
    if c.entry.type != "attack.civilians" or c.head.pos_ != "VERB":
        return False
    places = c.lex.trigger_words.burned_places
    burned = [ch for ch in c.head.children if ch.dep_ == "dobj"]
    burned += _prep_objects(c.head, ("to",)) + [o for b in burned for o in _prep_objects(b, ("to",))]
    owned = [b for b in burned if b.lemma_.lower() in places and
             any(m.dep_ == "poss" and m.lower_ in OWNER_WORDS for m in b.children)]
    return bool(owned) and _done_by_residents(c.head, c.lex.status.displaced_nouns)


def _done_by_residents(verb: Token, residents: frozenset[str]) -> bool:
    """The verb's subject (or that of the verb it is joined to) names people who live somewhere
    (``displaced_nouns``: "residents", "villagers", "civilians")."""
    return any(s.dep_ == "nsubj" and s.lemma_.lower() in residents for v in (verb, verb.head) for s in v.children)


def _planner(verb: Token) -> Token | None:
    """The verb whose plan a verb completes: "plotted to bomb", "planned to kill ... and then attack"."""
    if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.tag_ != "VB" and \
            not any(ch.dep_ in (*SUBJECTS, "aux") for ch in verb.children):
        # "planned to kill a guard and then attack the barracks", parsed with "attack" on "planned": a bare verb
        # hung on a finite one joins the infinitive before it
        before = verb.doc[verb.head.i + 1:verb.i]
        verb = next((t for t in reversed(before) if t.dep_ == "xcomp" and t.tag_ == "VB"), verb)
    if verb.dep_ == "conj" and verb.head.dep_ == "xcomp":
        verb = verb.head
    return verb.head if verb.dep_ == "xcomp" else None


PLOTTED_FAMILIES = ("attack", "territory", "humanitarian", "arrest", "protest")  # a plan of these is no record
PLAN_STEPS = 3  # "planned to kill a guard, film it and then use fire bombs": infinitives a plan runs through


def _plan_over(verb: Token, plots: Collection[str]) -> Token | None:
    """The verb of a plan that ``verb`` is the end of, through infinitives and bare verbs joined to them:
    "planned to kill a guard, film the killing, and then use fire bombs to attack a post"."""
    for _ in range(PLAN_STEPS):
        if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.tag_ == "VB" and verb.head.dep_ == "conj":
            verb = verb.head  # "..., film the killing, and then use": a bare verb on a bare verb joins it
        planner = _planner(verb)
        if planner is None or planner.lemma_.lower() in plots:
            return planner
        verb = planner
    return None


@needs_words("status.plot_verbs")
def a_plan_of_the_past(c: Candidate) -> bool:
    """"prosecutors said he plotted to bomb a depot", "the pair had conspired to attack the embassy", "she
    intended to poison the judge and flee abroad", "charged with planning to attack a temple", "planned to
    kill a guard, then use fire bombs": an act governed by a plan, a plot or a wish told in the past
    (``plot_verbs``), or named as what one is charged with or accused of, is the plan the report tells, no
    act; it is told, if carried out, in its own words ("the army plans to strike the bridge" stays, a plan
    ahead)."""
    if _family(c.entry) not in PLOTTED_FAMILIES:
        return False
    plots = c.lex.status.plot_verbs
    planner = _plan_over(c.head if c.head.pos_ == "VERB" else governing_verb(c.head), plots)
    return planner is not None and planner.lemma_.lower() in plots and (
        planner.tag_ in ("VBD", "VBN") or _a_gerund_charged(planner))


def _a_gerund_charged(verb: Token) -> bool:
    """"charged with planning", "accused of plotting": a gerund that a preposition governs names the content of
    a charge or a claim, not a plan still ahead ("the rebels are planning to attack" is one)."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp"


def _met(head: Token) -> list[Token]:
    """Whom a meeting verb meets: its object, its "with" object, and the ones joined to them."""
    met = [ch for ch in head.children if ch.dep_ == "dobj"] + _prep_objects(head, ("with",))
    return met + [cj for t in met for cj in t.conjuncts]


@only_for("diplomacy.talks", "diplomacy.call")
@needs_words("status.private_people", "status.private_bodies")
def meets_private_people(c: Candidate) -> bool:
    """"the former minister met with pupils to discuss their website", "the senator met voters and
    shareholders", "talks with other shareholders": a meeting with private people (``private_people``) is a visit or a hearing, no talks between
    parties ("the minister met rebel commanders" stays)."""
    if c.entry.type not in ("diplomacy.talks", "diplomacy.call"):
        return False
    met = _met(c.head)  # "met with pupils", "engaged in talks with other shareholders"
    if not met:
        return a_private_body_meets(c)
    return all(t.lemma_.lower() in c.lex.status.private_people for t in met)


def a_private_body_meets(c: Candidate) -> bool:
    """"the garden club met on Tuesday to plan its show", "the parish council's choir meets weekly": a verb of
    meeting with no one met, whose subject is a private body (``private_bodies``), is the body's own gathering,
    no talks between parties ("the two delegations met on Tuesday" stays). Word set: ``status.private_bodies``."""
    head = c.head
    if head.pos_ != "VERB" or head.lemma_.lower() != "meet":
        return False
    subjects = [ch for ch in head.children if ch.dep_ == "nsubj"]
    return bool(subjects) and all(t.lemma_.lower() in c.lex.status.private_bodies and not t.conjuncts
                                  for t in subjects)


def _vehicle_subjects(verb: Token, vehicles: frozenset[str]) -> bool:
    """The verb a participle or a joined verb hangs on has a vehicle for its subject: "the car overturned,
    striking a tree"."""
    host = verb.head
    return any(ch.dep_ in SUBJECTS and ch.lemma_.lower() in vehicles for ch in host.children)


@only_for("attack")
@needs_words("status.vehicle_words")
def a_vehicle_strikes_in_passing(c: Candidate) -> bool:
    """"the car went off the road and overturned, striking a tree", "the van skidded and hit a wall": a strike
    told by a participle or a joined verb with no subject of its own, whose host's subject is a vehicle, is a
    road accident ("the tank fired, striking a school" has a weapon and stays, and so does "the driver pulled
    a pistol and shot at the deputies")."""
    head = c.head
    if _family(c.entry) != "attack" or _done_with_arms(c) or head.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    if any(ch.dep_ in SUBJECTS for ch in head.children):
        return False
    return _vehicle_subjects(head, c.lex.status.vehicle_words)


def _done_with_arms(c: Candidate) -> bool:
    """A weapon in the sentence, or a verb of gunfire ("shot at the deputies", "opened fire"): no vehicle
    does that by hitting."""
    gunfire = c.lex.status.gunfire_words
    return bool(c.weapons) or any(t.lemma_.lower() in gunfire for t in c.span)


SERVICE_VERBS = ("fight", "serve")


@only_for("attack")
@needs_words("status.background_subjects")
def served_in_a_war(c: Candidate) -> bool:
    """"he did indeed fight in the war", "the men and women who have fought in wars": fighting in a war (a word of
    ``background_subjects``) is one's part in it, a life told, no event of its own ("the brigade fought in the
    streets of the town" and "fought a battle near the river" stay)."""
    head = c.head
    if _family(c.entry) != "attack" or head.lemma_.lower() not in SERVICE_VERBS:
        return False
    wars = c.lex.status.background_subjects
    return any(t.lemma_.lower() in wars for t in _prep_objects(head, ("in",)))


def _talk_of_something(t: Token) -> bool:
    """"talk of sanctions", "the incessant talk about his status", "talk radio": talk in the singular about a
    topic, or naming a kind of thing."""
    if t.lower_ != "talk" or t.tag_ != "NN":
        return False
    return t.dep_ == "compound" or any(p.dep_ == "prep" and p.lower_ in ("of", "about") for p in t.children)


def talk_in_the_singular(c: Candidate) -> bool:
    """"talk of sanctions was groundless", "the incessant talk about his status", "a talk-radio host": talk in the
    singular about a topic is speech, no talks between parties, and its topic is no act ("the sides held talks
    on Monday" and "the two leaders spoke in a talk lasting an hour" stay)."""
    head = c.head
    if c.entry.type == "diplomacy.talks" and _talk_of_something(head):
        return True
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ in ("of", "about") and _talk_of_something(prep.head)


@only_for("diplomacy.talks")
@needs_words("status.requirement_nouns")
def meets_a_requirement(c: Candidate) -> bool:
    """"the lender will have no problem meeting its capital requirements", "the firm met its sales target": to
    meet a requirement (``requirement_nouns``) is to satisfy it, no meeting of parties."""
    if c.entry.type != "diplomacy.talks" or c.head.lemma_.lower() != "meet":
        return False
    return any(ch.dep_ == "dobj" and ch.lemma_.lower() in c.lex.status.requirement_nouns for ch in c.head.children)


@only_for("attack")
def fires_what_no_gun_fires(c: Candidate) -> bool:
    """"potters fired their bowls in a kiln", "the plant fired 40 workers at its mill", "the club fired Ruiz": to fire
    something that is neither a shot nor an arm (``fired_things``, a weapon of ``weapons.tsv``), a person
    dismissed among them, is another sense ("fired three shots at the car", "fired a rifle at the house", "fired
    at the rebels", with no object, and "Ruiz was fired on", its "on" left behind, stay)."""
    if _family(c.entry) != "attack" or c.weapons or c.head.lemma_.lower() != "fire" or c.head.pos_ != "VERB":
        return False
    stranded = any(p.dep_ == "prep" and not any(o.dep_ == "pobj" for o in p.children) for p in c.head.children)
    fired = [ch for ch in c.head.children if ch.dep_ == "dobj" or (ch.dep_ == "nsubjpass" and not stranded)]
    status = c.lex.status  # "the ferry was fired on": a passive subject with its "on" left behind is the mark
    return bool(fired) and not any(t.lemma_.lower() in status.fired_things or t.lemma_.lower() in c.lex.weapons
                                   for t in fired)


@only_for("attack")
@needs_words("status.aimless_aims")
def fired_into_the_air(c: Candidate) -> bool:
    """"guests fired guns into the air at a wedding", "he shot into the sky to scare them off": fire aimed at the
    air (``aimless_aims``) hits no one; celebratory or warning fire is no attack."""
    if _family(c.entry) != "attack" or c.head.lemma_.lower() not in c.lex.trigger_words.gunfire_words:
        return False
    return any(t.lemma_.lower() in c.lex.status.aimless_aims for t in _aims(c.head, c.lex.trigger_words))


@only_for("attack")
@needs_words("status.word_opponents")
def answered_in_words(c: Candidate) -> bool:
    """"the senator fired back at critics", "the coach shot back at his detractors": fire aimed at those who
    spoke or at what they said (``word_opponents``), with no weapon in the sentence, is an answer in words."""
    if _family(c.entry) != "attack" or c.weapons or c.head.lemma_.lower() not in c.lex.trigger_words.gunfire_words:
        return False
    return any(t.lemma_.lower() in c.lex.status.word_opponents for t in _aims(c.head, c.lex.trigger_words))


def _aims(verb: Token, words: TriggerWords) -> list[Token]:
    """What a verb of fire is aimed at: the objects of its "at", "into" and "through" (``aim_preps``), and of
    those the parser hangs on its object ("fired guns into the air")."""
    heads = [verb, *[ch for ch in verb.children if ch.dep_ == "dobj"]]
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in words.aim_preps
            for o in p.children if o.dep_ == "pobj"]


@only_for("statement.denial")
@needs_words("status.request_nouns")
def denied_a_request(c: Candidate) -> bool:
    """"the judge denied a request to reopen the road", "the office denied his application for a permit": to deny
    a request (``request_nouns``) is to refuse it, no denial of what someone said ("the ministry denied the
    report" and "denied that its troops had crossed" stay, and so does a court's ruling on a request)."""
    if c.entry.type != "statement.denial":
        return False
    denied = [ch for ch in c.head.children if ch.dep_ in ("dobj", "nsubjpass")]
    if any(t.lemma_.lower() in c.lex.status.court_words for t in _doers(c.head)):
        return False  # "the supreme court denied his request for a stay": a ruling, a step of the case
    return bool(denied) and all(t.lemma_.lower() in c.lex.status.request_nouns for t in denied)


WARNED_PREPS = ("of", "about", "against", "with")


@only_for("attack")
@needs_words("status.warning_words")
def warned_of(c: Candidate) -> bool:
    """"the minister warned of new air strikes on the port", "alone in warning the regime of military strikes",
    "a warning against attacks", "the army threatened the town with shelling": what one warns of or threatens
    with (``warning_words``) may come, no act done; the warning is a threat of its own ("the minister warned that
    the strikes on the port had killed six" stays). Through a list and through a gerund before the act: "warned
    of raids and air strikes", "warned them of punishing air strikes"."""
    head = _first_of_its_list(c.head)
    if head.dep_ == "dobj" and head.head.dep_ == "pcomp" and head.head.tag_ == "VBG":
        head = head.head  # "of punishing air strikes", read by the parser as a gerund taking the strikes
    if _family(c.entry) != "attack" or head.dep_ not in ("pobj", "pcomp") or head.head.lower_ not in WARNED_PREPS:
        return False
    warned = head.head.head
    if warned.dep_ == "dobj":
        warned = warned.head  # "warned the rebels of air strikes": the parser may hang "of" on the one warned
    return warned.lemma_.lower() in c.lex.status.warning_words


AWAITED_FAMILIES = ("attack", "arrest", "protest")
AWAITED_PREPS = ("for", "of", "against")


def awaited_or_averted(c: Candidate) -> bool:
    """"Residents fled fearing more air strikes", "police braced for clashes", "troops were sent to prevent
    further fighting": an attack, an arrest or a riot that is the object of a word of fearing, awaiting or keeping off
    (``awaited_words``), itself or through "for", "of" or "against", may come or is kept from coming: no act
    done ("the shelling residents feared came on Monday" stays: the shelling is no object of "fear")."""
    head = _first_of_its_list(c.head)
    if _family(c.entry) not in AWAITED_FAMILIES or head.pos_ != "NOUN":
        return False
    gov = head.head
    if head.dep_ == "pobj" and gov.lower_ in AWAITED_PREPS:
        gov = gov.head
    elif head.dep_ != "dobj":
        return False
    return gov.lemma_.lower() in c.lex.status.awaited_words


@only_for(*AWAITED_FAMILIES)
@needs_words("status.fear_words")
def feared_to_come(c: Candidate) -> bool:
    """"Farmers are afraid that bandits will raid their villages", "residents fear the militia will return and
    burn the market": an act told with "will" or "would" in the clause of a word of fear (``fear_words``) may
    come; no act done and none planned ("they fear that dozens were killed" is told in the past and stays)."""
    verb = c.head
    if _family(c.entry) not in AWAITED_FAMILIES or verb.pos_ != "VERB":
        return False
    joined = [verb]
    while joined[-1].dep_ == "conj" and joined[-1].head.pos_ in ("VERB", "AUX"):  # "will return and burn"
        joined.append(joined[-1].head)
    future = c.lex.status.future_aux
    clause = joined[-1]
    return any(ch.dep_ == "aux" and ch.lower_ in future for v in joined for ch in v.children) and \
        clause.dep_ == "ccomp" and clause.head.lemma_.lower() in c.lex.status.fear_words


MEANS_PREPS = ("by", "through", "via")


@only_for("attack")
def a_means_of_what_might_be(c: Candidate) -> bool:
    """"the West would break the law by attacking the port", "it could start a war through a direct attack": an
    attack told as the means of an act under "would", "could" or "might" is one that may be, no act done."""
    head = c.head
    if _family(c.entry) != "attack" or head.dep_ not in ("pobj", "pcomp") or head.head.lower_ not in MEANS_PREPS:
        return False
    verb = head.head.head
    hypothetical = c.lex.status.hypothetical_markers
    return any(ch.dep_ == "aux" and (ch.lower_ in hypothetical or ch.lower_ == "would") for ch in verb.children)


WON_VERBS = ("capture", "take", "seize", "win", "grab", "claim")


def _won(head: Token) -> list[Token]:
    """What a verb takes: its object or passive subject, and what a share of it is taken of ("12 percent of the
    vote")."""
    taken = [ch for ch in head.children if ch.dep_ in ("dobj", "nsubjpass")]
    return taken + [o for t in taken for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]


@only_for("territory", "arrest")
@needs_words("status.prize_nouns")
def a_prize_won(c: Candidate) -> bool:
    """"the party captured 12 percent of the vote", "the mare captured the top award", "the film captured the mood
    of the town": a share of the vote, a prize or a feeling captured (``prize_nouns``) is won, no ground taken and
    no one held ("the rebels captured the town" and "police captured the suspect" stay)."""
    if _family(c.entry) not in ("territory", "arrest") or c.head.lemma_.lower() not in WON_VERBS:
        return False
    prizes = c.lex.status.prize_nouns
    return any(t.lemma_.lower() in prizes for t in _won(c.head))


@only_for("attack")
@needs_words("status.struggle_verbs")
def fought_for_a_goal(c: Candidate) -> bool:
    """"the mayor fought to open a new clinic", "parents battled to keep the library open": to fight "to" do something
    (``struggle_verbs`` with an infinitive) is to campaign for it, no fighting, when no weapon and no armed men are
    told ("the brigade fought to retake the town" stays)."""
    head = c.head
    if _family(c.entry) != "attack" or c.weapons or head.lemma_.lower() not in c.lex.status.struggle_verbs:
        return False
    aimed = any(ch.dep_ in ("xcomp", "advcl") and ch.tag_ == "VB" and any(a.tag_ == "TO" for a in ch.children)
                for ch in head.children)  # "fought to build", parsed as either
    return aimed and not _armed_side_in(c)


DEMONSTRATIVES = ("this", "that")
FIRST_PERSON = ("me", "us", "my", "our")


def _on_the_speaker(head: Token) -> bool:
    """"an attack on me", "an attack against our country": what is attacked is the speaker or the speaker's own."""
    return any(t.lower_ in FIRST_PERSON or any(p.dep_ == "poss" and p.lower_ in FIRST_PERSON for p in t.children)
               for t in _prep_objects(head, ("on", "against")))


@only_for("attack")
def this_is_an_attack(c: Candidate) -> bool:
    """"This is an attack on our way of life", "that is not simply an attack on me": calling what goes on now an attack
    on the speaker or the speaker's own (a demonstrative subject of "is", no weapon told) names it, no attack done
    ("this was a rocket attack" and "this is a cruel attack on the townspeople" stay)."""
    head = c.head
    if _family(c.entry) != "attack" or c.weapons or head.pos_ != "NOUN" or head.dep_ != "attr":
        return False
    verb = head.head
    if verb.lemma_.lower() != "be" or verb.tag_ not in ("VBZ", "VBP") or not _on_the_speaker(head):
        return False
    return any(ch.dep_ == "nsubj" and ch.lower_ in DEMONSTRATIVES for ch in verb.children)


@only_for("disruption")
def a_disruption_of_nature(c: Candidate) -> bool:
    """"Nearly 9,000 homes were left without power on Saturday" in a report of a snowstorm, "phone lines to the
    farms were cut off" in a report of an earthquake: a disruption in a report that names a force of nature
    (``natural_forces``) and no human cause (``human_causes``, words of attack) is the weather's or the earth's,
    no event, though its own sentence names neither (``caused_by_a_hazard`` reads the sentence)."""
    if _family(c.entry) != "disruption" or c.weapons:
        return False
    status, report = c.lex.status, _report_words(c.head.doc)
    human = status.human_causes | c.lex.trigger_words.attack_words | status.attack_cues
    return bool(report & status.natural_forces) and not report & human


@only_for("attack")
@needs_words("status.driving_words")
def struck_by_one_driving(c: Candidate) -> bool:
    """"she was struck by a sedan driven by a local man", "he was charged with driving drunk after police say he
    struck a cyclist": a strike or a hit in a sentence that tells driving, with no weapon, no armed men and no
    word of an attack or of gunfire, is a road accident ("the attacker drove into the crowd, hitting dozens" and "a
    driver was hit by sniper fire" stay)."""
    if _family(c.entry) != "attack" or c.weapons or c.head.lemma_.lower() not in ("strike", "hit"):
        return False
    words, status = c.sentence_words, c.lex.status
    return bool(words & status.driving_words) and not words & (status.attack_cues | status.gunfire_words) \
        and not _armed_side_in(c)


SPORT_REPORT_WORDS = 5  # distinct words only sport uses that make a whole report one of sport


@only_for("attack", "protest")
@needs_words("status.play_words")
def a_report_of_sport(c: Candidate) -> bool:
    """"the two sides meet again next week" after "the striker scored twice ... the league title ... the coach
    said": in a report that uses several words only sport uses (``sports_words``), a clash, a strike or a rally
    (``play_words``) with no weapon, no armed men and no word of an attack in its sentence is play, though its
    own sentence names no sport (``a_game_of_sport`` reads the sentence); a killing or a shooting stays."""
    if _family(c.entry) not in ("attack", "protest") or c.weapons or c.head.lemma_.lower() not in c.lex.status.play_words:
        return False
    sport = _report_words(c.head.doc) & c.lex.status.sports_words
    if len(sport) < SPORT_REPORT_WORDS or c.sentence_words & c.lex.status.attack_cues:
        return False
    return not _armed_side_in(c)


@only_for("attack")
def a_strike_in_a_report_of_labour(c: Candidate) -> bool:
    """"as the strike went on, clinics sent patients home" in a report of a union's walkout: a "strike" noun with
    no weapon, no armed men and no word of an attack, in a report that tells a strike of work
    (``labour_report_words``), is the walkout ("an air strike hit the depot" has its weapon and stays)."""
    head = c.head
    if _family(c.entry) != "attack" or c.weapons or head.lemma_.lower() != "strike" or head.pos_ != "NOUN":
        return False
    if c.sentence_words & c.lex.status.attack_cues or _armed_side_in(c):
        return False
    return bool(_report_words(head.doc) & c.lex.status.labour_report_words)


@only_for("diplomacy.ceasefire")
@needs_words("status.civil_parties", "status.company_nouns")
def a_truce_of_civil_parties(c: Candidate) -> bool:
    """"management and the dockers' union agreed a truce in their pay dispute", "the two families called a
    truce": a truce whose makers are all common nouns of working or private life (``civil_parties``, or a firm of
    ``company_nouns``) ends a quarrel, no war ("the army and the rebels agreed a truce" stays)."""
    if c.entry.type != "diplomacy.ceasefire":
        return False
    makers = _subjects_of(governing_verb(c.head))
    makers += [j for m in makers for j in m.conjuncts]
    civil = c.lex.status.civil_parties | c.lex.status.company_nouns
    return bool(makers) and all(m.pos_ == "NOUN" and m.lemma_.lower() in civil for m in makers)


@only_for("diplomacy.talks")
@needs_words("status.forum_modifiers")
def a_meeting_of_a_local_forum(c: Candidate) -> bool:
    """"the mayor took questions at a town hall meeting", "a school board meeting on Tuesday": a meeting named
    by a local or public forum (``forum_modifiers``, on the noun or on its modifier) is no talks between parties
    ("the ministers' meeting in Geneva" and "a Security Council meeting" stay)."""
    head = c.head
    if c.entry.type != "diplomacy.talks" or head.pos_ != "NOUN" or head.lemma_.lower() != "meeting":
        return False
    mods = [ch for ch in head.children if ch.dep_ in ("compound", "amod")]
    mods += [g for m in mods for g in m.children if g.dep_ in ("compound", "amod")]  # "town" of "town hall"
    return any(m.lemma_.lower() in c.lex.status.forum_modifiers for m in mods)


PROPERTY_STRIKES = ("strike", "hit", "attack", "target")


@only_for("attack")
@needs_words("status.property_crime_words")
def a_crime_against_property(c: Candidate) -> bool:
    """"vandals struck three shops overnight", "the latest street hit by a wave of burglaries": a strike, a hit
    or an attack told beside a crime against property (``property_crime_words``), with no weapon, no armed men
    and no one hurt (``harm_words``), is vandalism or theft, no attack ("thieves attacked a guard, leaving him
    injured" stays)."""
    if _family(c.entry) != "attack" or c.weapons or c.head.lemma_.lower() not in PROPERTY_STRIKES:
        return False
    words, status = c.sentence_words, c.lex.status
    if not words & status.property_crime_words or words & (status.harm_words | status.attack_cues):
        return False
    struck = [ch for ch in c.head.children if ch.dep_ in ("dobj", "nsubjpass")]
    people = any(t.ent_type_ == "PERSON" or t.lemma_.lower() in status.victim_nouns for t in struck)
    return not people and not _armed_side_in(c)  # "vandals attacked a woman" is an attack on her


@only_for("attack")
@needs_words("status.fall_verbs")
def struck_in_a_fall(c: Candidate) -> bool:
    """"she fell to the floor and hit her head", "he slipped on the ice, striking a railing": a hit or a strike
    joined to a verb of falling told before it (``fall_verbs``), with no weapon and no armed men, is the fall's
    blow, an accident ("he hit the clerk and the clerk fell to the floor" stays)."""
    head = c.head
    if _family(c.entry) != "attack" or c.weapons or head.lemma_.lower() not in ("hit", "strike"):
        return False
    joined = [ch for ch in head.children if ch.dep_ in ("conj", "advcl")]
    if head.dep_ in ("conj", "advcl", "xcomp"):
        joined.append(head.head)
    falls = c.lex.status.fall_verbs
    # the fall told first: "he hit the clerk and the clerk fell" is a blow that felled someone
    return any(t.pos_ == "VERB" and t.i < head.i and t.lemma_.lower() in falls for t in joined) \
        and not _armed_side_in(c)


@only_for("territory")
@needs_words("status.fall_landings")
def a_body_falls(c: Candidate) -> bool:
    """"the porter fell to the floor when the shelf gave way", "she fell to her knees": a fall that lands on the ground
    (``fall_landings``) is a body falling, no town that falls to a side ("the town fell to the rebels" stays)."""
    if _family(c.entry) != "territory" or c.head.lemma_.lower() != "fall":
        return False
    landings = c.lex.status.fall_landings
    return any(o.lemma_.lower() in landings for o in _prep_objects(c.head, ("to", "on", "onto")))


@only_for("diplomacy.aid")
@needs_words("status.trade_recipients")
def aid_to_trade(c: Candidate) -> bool:
    """"the new ferry will give support to the island's tourism industry", "aid for small firms": what is given to
    trade (``trade_recipients``) is business, no aid to a people or a state ("sent aid to the refugees" and
    "provided support to the army" stay)."""
    if c.entry.type != "diplomacy.aid":
        return False
    head = c.head
    givers = [head, *(ch for ch in head.children if ch.dep_ == "dobj")] + ([head.head] if head.dep_ == "dobj" else [])
    recipients = [o for g in givers for o in _prep_objects(g, ("to", "for"))] + [
        ch for ch in head.children if ch.dep_ == "dative" and ch.pos_ != "ADP"]
    trade = c.lex.status.trade_recipients
    return bool(recipients) and all(r.lemma_.lower() in trade for r in recipients)


@only_for("attack")
@needs_words("status.word_aimed_verbs")
def aimed_in_words(c: Candidate) -> bool:
    """"a mailing campaign by a farmers' lobby targeted two senators", "the new tax targets landlords": a thing of
    words, law or money (``word_doers``) that targets or attacks someone, with no weapon, no word of an attack
    and no armed side in the sentence, aims at them in another sense ("a bombing campaign targeted the port"
    stays)."""
    if _family(c.entry) != "attack" or c.weapons or c.head.lemma_.lower() not in c.lex.status.word_aimed_verbs:
        return False
    doers = [t for t in _doers(c.head) if t.dep_ != "nsubjpass"]  # "the senator was targeted by a campaign"
    if not doers or c.sentence_words & c.lex.status.attack_cues or _armed_side_in(c):
        return False
    return all(t.lemma_.lower() in c.lex.status.word_doers for t in doers)


@only_for("statement.threat")
def a_force_endangers_a_place(c: Candidate) -> bool:
    """"that spring a rebel force threatened the port town": a force (``fighting_forces``)
    that threatens a place, with no act it says it will do ("threatened to storm the capital") and nothing it
    threatens with ("threatened the town with shelling"), is war drawing near, no threat spoken."""
    head = c.head
    if c.entry.type != "statement.threat" or head.pos_ != "VERB":
        return False
    if any(ch.dep_ in ("xcomp", "ccomp") for ch in head.children) or any(t.lower_ == "with" for t in head.subtree):
        return False  # "with" may hang on the place: "threatened the town of Kharkiv with shelling"
    forces = c.lex.trigger_words.fighting_forces
    if not any(_plain_lemma(t) in forces for t in _doers(head)):
        return False
    places = c.lex.status.endangered_places
    threatened = [ch for ch in head.children if ch.dep_ == "dobj"]
    return bool(threatened) and all(t.lemma_.lower() in places or t.ent_type_ in ("GPE", "LOC", "FAC")
                                    for t in threatened)


@needs_words("status.wishing_verbs")
def wished_to_be_seen(c: Candidate) -> bool:
    """"Ruritania wants to see its neighbours negotiating", "the envoy would like to see talks resume": an act
    one wishes (``wishing_verbs``) to see (``seeing_verbs``) is wished for, not done ("officials saw the rebels
    shelling the town" tells what they saw and stays)."""
    verb = governing_verb(c.head)
    see = verb.head
    if verb.dep_ not in ("ccomp", "xcomp", "dobj") or see.lemma_.lower() not in c.lex.status.seeing_verbs:
        return False
    return see.dep_ == "xcomp" and see.head.lemma_.lower() in c.lex.status.wishing_verbs


@needs_words("status.wishing_verbs")
def an_act_wished_for(c: Candidate) -> bool:
    """"they want a massacre, not concessions", "the villagers hope for a truce", "police expect more arrests": an
    act named by a noun that a verb of wishing or awaiting (``wishing_verbs``) takes is wished for or awaited, no
    act done ("residents fled the attack" and "troops repelled an assault" stay)."""
    head = c.head
    if head.pos_ in ("VERB", "AUX"):  # a noun, though the tagger may take "a massacre" for an adjective
        return False
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "for":  # "hope for a truce"
        verb = verb.head
    elif head.dep_ != "dobj":
        return False
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in c.lex.status.wishing_verbs


SUPPOSING_DETS = frozenset({"a", "an", "any"})  # an act not yet singled out: "a strike on the dam"
SUPPOSING_AUX = frozenset({"would"})  # with ``hypothetical_markers``: "would", "could", "might", "may"


def an_act_supposed(c: Candidate) -> bool:
    """"a strike on the dam would flood the valley", "an attack on the port could halt all grain exports": an act
    named by an indefinite noun that is the subject of a verb under "would" or a modal of possibility is
    supposed, no act done ("the blast could be heard across the city", a passive, and "a strike may have killed
    ten", a guess at the past, stay)."""
    head = c.head
    if head.pos_ != "NOUN" or head.dep_ != "nsubj" or not any(
            d.dep_ == "det" and d.lower_ in SUPPOSING_DETS for d in head.children):
        return False
    auxes = {a.lower_ for a in head.head.children if a.dep_ in ("aux", "auxpass")}
    return bool(auxes & (SUPPOSING_AUX | c.lex.status.hypothetical_markers)) and not auxes & {"have", "be"}


@needs_words("status.indefinite_past_adverbs")
def done_once_upon_a_time(c: Candidate) -> bool:
    """"she once helped plan raids on army posts", "he formerly led attacks on convoys": an act whose verb, or a
    verb it is the complement of, has an adverb of a past at no one time (``indefinite_past_adverbs``) before it
    tells a life's history, no event ("troops once again shelled the town" repeats; "the drone struck once"
    counts)."""
    cues = c.lex.status
    verb = governing_verb(c.head)
    for _ in range(3):
        if any(a.dep_ == "advmod" and a.i < verb.i and a.lower_ in cues.indefinite_past_adverbs
               and not _a_repetition(a, cues) for a in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head == verb:
            return False
        verb = verb.head
    return False


def _a_repetition(adverb: Token, cues: StatusWords) -> bool:
    """"once again", "once more": "once" with a word of repetition after it, or hung on it."""
    doc = adverb.doc
    after = doc[adverb.i + 1].lower_ if adverb.i + 1 < len(doc) else ""
    return after in cues.repetition_words or any(k.lower_ in cues.repetition_words for k in adverb.children)


def _an_unarmed_blow(c: Candidate) -> bool:
    """An attack record's "hit" or "strike" with no weapon, no armed side and no word of an attack or gunfire in
    its sentence: "she hit the man" may be a car's blow, "gunmen hit the convoy" may not."""
    if _family(c.entry) != "attack" or c.weapons or c.head.lemma_.lower() not in ("hit", "strike"):
        return False
    return not (c.sentence_words & (c.lex.status.attack_cues | c.lex.status.gunfire_words) or _armed_side_in(c))


UNDER_PREPOSITIONS = frozenset({"under", "beneath", "underneath"})  # "trapping him under the car"
JOINED_DEPS = ("advcl", "conj", "xcomp")  # a clause joined to a verb: "hit the man, trapping him ..."


@only_for("attack")
@needs_words("status.vehicle_words")
def left_under_a_vehicle(c: Candidate) -> bool:
    """"she hit the man, trapping him under the car", "the van struck a cyclist and dragged her beneath it": a
    hit or a strike whose joined clause puts someone under a vehicle (``vehicle_words``), with no weapon, no armed
    men and no gunfire, was the vehicle's blow, a road accident ("the gunman hit the guard and hid under a truck"
    tells gunfire's man and stays; "he hit the clerk, then fled in a car" puts no one under it)."""
    head = c.head
    if not _an_unarmed_blow(c):
        return False
    vehicles = c.lex.status.vehicle_words
    return any(p.dep_ == "prep" and p.lower_ in UNDER_PREPOSITIONS and
               any(o.dep_ == "pobj" and o.lemma_.lower() in vehicles for o in p.children)
               for j in head.children if j.dep_ in JOINED_DEPS for p in j.children)


@only_for("attack")
@needs_words("status.pedestrian_verbs")
def struck_while_on_foot(c: Candidate) -> bool:
    """"a woman was hit while jogging on the shoulder", "he was struck while crossing the street": a person struck
    with no striker named (a passive with no "by"), while going on foot or by bicycle (``pedestrian_verbs``), with
    no weapon, no armed men and no word of an attack or gunfire, was struck by a vehicle ("he was struck by a
    gunman while walking home" names the striker and stays)."""
    head = c.head
    deps = {ch.dep_ for ch in head.children}
    if not _an_unarmed_blow(c) or "agent" in deps or not deps & {"auxpass", "nsubjpass"}:
        return False
    walking = c.lex.status.pedestrian_verbs
    return any(ch.dep_ == "advcl" and ch.lemma_.lower() in walking and _has_mark(ch, WHILE_MARKS)
               for ch in head.children)


WHILE_MARKS = frozenset({"while", "as", "when"})  # "struck while crossing", "hit as she walked home"


@only_for("humanitarian")
@needs_words("status.scene_people")
def people_of_a_scene_flee(c: Candidate) -> bool:
    """"the other customers fled", "investors fled the market", "the robbers fled in a grey car": people found at
    the scene of a crime or a scare (``scene_people``) who flee run from it, no one is displaced ("residents fled
    the shelling" and "thousands fled the town" stay)."""
    if _family(c.entry) != "humanitarian" or c.head.lemma_.lower() not in ("flee", "escape"):
        return False
    # the subject when there is one: "the panic of 1929, when investors fled the market" is no flight of the panic
    fleers = [t for t in c.head.children if t.dep_ in SUBJECTS] or _doers(c.head)
    return bool(fleers) and all(t.lemma_.lower() in c.lex.status.scene_people for t in fleers)


@only_for("diplomacy.proposal")
@needs_words("status.private_people")
def offered_to_private_people(c: Candidate) -> bool:
    """"suppliers will be offered new contracts", "the firm offered its workers a bonus": an offer made to private
    people (``private_people``) is business or a favour, no proposal between parties ("the rebels were offered
    safe passage" and "offered talks to the rebels" stay)."""
    if c.entry.type != "diplomacy.proposal" or c.head.pos_ != "VERB":
        return False
    head = c.head
    offered_to = [ch for ch in head.children if ch.dep_ in ("nsubjpass", "dative") and ch.pos_ != "ADP"] + \
        _prep_objects(head, ("to",))
    private = c.lex.status.private_people
    return bool(offered_to) and all(t.lemma_.lower() in private for t in offered_to)


NO_EVENT_RULES: tuple[Rule, ...] = (
    fails_a_condition,  # first: it is cheap and turns away most matches, so the rest run on few
    in_a_caption, part_of_a_date, part_of_a_name, in_a_question, a_command, no_one_to_strike, a_generic_attack, a_description,
    a_hazard_not_a_foe, fought_against_a_hardship, what_a_tip_would_lead_to, the_name_of_a_charge, an_offence_in_law, forbidden_by_a_rule, blasting_off, an_accidental_blast, blames_oneself, asks_who_did_it, owns_up_to_it, a_person_accused_by_no_one, blames_a_hazard, a_vehicle_collides, a_civil_aircraft_hits, one_word_of_a_compound, an_abstract_thing_struck,
    a_game_of_sport, pushed_out_of_a_body, blamed_under_fire, protested_in_words, a_strike_of_work, one_flees_alone, caused_by_a_hazard, a_show_not_a_protest, a_capitalised_name, fleeing_a_hazard, aid_against_someone, in_another_arena, an_official_attacks_in_words, fleeing_the_law, armed_men_fleeing, the_fallen_carried, no_ground_taken,
    a_standing_intention, a_conditioned_policy, a_stated_resolve, a_belief_given_up, praise_of_those_who_acted, a_meeting_describing_someone, talked_over_the_phone, a_thing_refuses, agreed_on_a_view, agreed_with_a_view, consequence_of_a_condition,
    not_an_act, irrealis, a_kind_of_thing, acts_of_a_kind_described, a_kind_of_record, a_charge_dropped, who_fight_whom,
    a_policy_on_whoever, an_act_of_whoever, a_statistic_of_cases, a_trend_of_acts, a_running_toll, fought_over_a_span_to_now, charged_in_a_civil_case, the_matter_of_a_suit, an_arrest_asked_for, fighting_for_a_cause, a_purpose_of_design, an_aim, a_possibility,
    what_may_come_or_is_signed, held_on_in_a_state, a_standing_warrant, held_since, describes_the_one_named, named_as_missing,
    a_mark_of_years_gone, a_case_of_an_old_year, fought_in_an_old_war,
    struck_on_the_road,
    one_person_threatens_another, fleeing_a_scene, an_animal_attacks, only_an_animal_struck, a_wound_done_to_oneself,
    done_by_accident, a_burst_of_a_mass, burns_its_own,
    a_plan_of_the_past, meets_private_people, a_vehicle_strikes_in_passing, served_in_a_war,
    talk_in_the_singular, meets_a_requirement, fires_what_no_gun_fires, fired_into_the_air,
    answered_in_words, denied_a_request,
    warned_of, awaited_or_averted, feared_to_come, a_means_of_what_might_be,
    fleeing_after_a_preposition,
    a_prize_won, fought_for_a_goal, this_is_an_attack, a_disruption_of_nature,
    struck_by_one_driving, a_report_of_sport, a_strike_in_a_report_of_labour,
    a_meeting_of_a_local_forum, a_crime_against_property, struck_in_a_fall,
    people_of_a_scene_flee, a_contest_of_things_or_firms, a_killing_pointed_back_at,
    left_under_a_vehicle, struck_while_on_foot,
    remembered_or_portrayed, the_cause_of_a_protest, told_in_a_story, only_rehearsed, done_in_words, a_parade_marches,
    a_condition_of_the_body, a_kind_of_force, mobilised_for_no_war, a_weapon_made_safe,
    deployed_against_a_hazard,
    a_fight_the_sides_stop, a_truce_of_civil_parties,
    a_body_falls, aid_to_trade, aimed_in_words, a_force_endangers_a_place, offered_to_private_people,
    a_tally_since_a_year, wished_to_be_seen, an_act_wished_for, an_act_supposed, done_once_upon_a_time,
)


# status ---------------------------------------------------------------------------------------


NAMES_ONLY = ""  # a governor that says nothing of the status: look further up


def agreed_by_governor(entry: TriggerEntry, tok: Token, cues: StatusWords) -> str | None:
    """"the sides agreed to exchange prisoners" -> agreed."""
    return "agreed" if tok.lemma_.lower() in cues.agreed_governors else None


def truce_set_by_governor(entry: TriggerEntry, tok: Token, cues: StatusWords) -> str | None:
    """"the guarantors announced a truce", "extended the ceasefire by two days" -> agreed: the sides set the truce
    by the word, whether or not it has held yet. A verb under another takes its status from it: "urged the sides to
    sign a truce" is asked for; "agreed to extend the truce" is agreed."""
    return "agreed" if entry.type == "diplomacy.ceasefire" and tok.lemma_.lower() in cues.truce_setting_verbs \
        and (tok.dep_ != "xcomp" or tok.head.lemma_.lower() in cues.agreed_governors) else None


def _said_with_particle(tok: Token) -> set[str]:
    """A verb as read, alone and with its particle: {"rule", "rule out"} of "ruled out talks"."""
    lemma = tok.lemma_.lower()
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    return {lemma, f"{lemma} {particle}"} if particle else {lemma}


def rejected_by_governor(entry: TriggerEntry, tok: Token, cues: StatusWords) -> str | None:
    """"the rebels refused to withdraw", "Chile ruled out talks" -> rejected; a rejection is not itself
    rejected."""
    return "rejected" if _said_with_particle(tok) & cues.rejected_governors and entry.type != "diplomacy.rejection" \
        else None


def proposed_by_governor(entry: TriggerEntry, tok: Token, cues: StatusWords) -> str | None:
    """"the envoy offered to host talks" -> proposed."""
    return "proposed" if tok.lemma_.lower() in cues.proposed_governors and entry.type.startswith("diplomacy") \
        else None


def cancelled_by_governor(entry: TriggerEntry, tok: Token, cues: StatusWords) -> str | None:
    """"the sides postponed the talks", "organisers called off the march", "banned the rally" -> cancelled: the
    act was set and is now off (a verb with its particle, "call off", is read whole)."""
    return "cancelled" if _said_with_particle(tok) & cues.cancelled_governors else None


def call_that_names(entry: TriggerEntry, tok: Token, cues: StatusWords) -> str | None:
    """"what it called unprovoked shelling": "call" names the act, it does not plan it."""
    return NAMES_ONLY if tok.lemma_.lower() == "call" and not any(c.lower_ in ("for", "on") for c in tok.children) \
        else None


def planned_by_governor(entry: TriggerEntry, tok: Token, cues: StatusWords) -> str | None:
    """"the army plans to strike the bridge", "the talks are due to resume" -> planned."""
    lemma = tok.lemma_.lower()
    return "planned" if lemma in cues.planned_governors or lemma == "due" else None


GOVERNOR_RULES: tuple[Callable[[TriggerEntry, Token, StatusWords], str | None], ...] = (
    truce_set_by_governor, agreed_by_governor, rejected_by_governor, proposed_by_governor, cancelled_by_governor, call_that_names,
    planned_by_governor,
)


def _governors(head: Token, cues: StatusWords) -> list[Token]:
    """The head and the words above it that may set its status."""
    chain = [head, *islice(head.ancestors, 3)]  # not the whole chain: a run-on sentence's may be hundreds long
    # "agreed to a ceasefire after talks hosted by the neighbours": the talks came before what was agreed
    cut = next((k for k, t in enumerate(chain) if t.dep_ == "prep" and t.lower_ in cues.earlier_preps
                or _a_setting(t, cues)), None)
    chain = chain[:cut] if cut is not None else chain
    for k, anc in enumerate(chain[1:], 1):
        if anc.lemma_.lower() in cues.light_verbs and anc.dep_ == "xcomp":
            return chain[:k + 1] + list(islice(anc.ancestors, 2))  # look past "hold" to what governs it
    return chain


def _a_setting(t: Token, cues: StatusWords) -> bool:
    """"in a meeting with the king, the envoy asked that ...": a preposition of place or time hung on a verb
    gives the act its setting; what the verb says (asked, agreed, refused) is not said of the act."""
    return t.dep_ == "prep" and t.lower_ in cues.setting_preps and t.head.pos_ in ("VERB", "AUX")


def _future(tok: Token, cues: StatusWords) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in cues.future_aux for c in tok.children) and \
        not _a_later_step_of_a_story(tok, cues)


def _a_later_step_of_a_story(tok: Token, cues: StatusWords) -> bool:
    """"On Monday soldiers surrounded the farm; hours later they would storm it": "would" with "later" or
    "eventually", in the reporter's own clause, tells the next step of a past story; not "the army said troops
    would later storm it" (what one says will come)."""
    return tok.dep_ not in ("ccomp", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children) \
        and any(c.dep_ == "advmod" and c.lower_ in cues.story_sequence_adverbs for c in tok.children)


def _under_a_deal(verb: Token, cues: StatusWords) -> bool:
    """"under a deal reached on Monday, the two sides will exchange 500 prisoners each": what a deal binds the
    sides to do is agreed, not merely planned."""
    return any(p.dep_ == "prep" and p.lower_ == "under" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in cues.agreed_governors for o in p.children) for p in verb.children)


def _told_in_its_own_past(head: Token) -> bool:
    """"would not say how many rebels they had killed", "vowed revenge after troops killed their commander": a
    verb with a past tense of its own (a past form, or "had", "has", "was" beside it) tells an act done, whatever
    the verb above it plans or foresees (not "talks that are held next week": a present may be a plan's)."""
    if head.pos_ != "VERB":
        return False
    return head.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and (
        c.tag_ == "VBD" or c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")) for c in head.children)


def status_of_governor(entry: TriggerEntry, head: Token, cues: StatusWords) -> str | None:
    """"agreed to exchange" -> agreed, "will strike" -> planned, "refused to withdraw" -> rejected."""
    said = _status_from_above(entry, head, cues)
    return None if said == "planned" and _told_in_its_own_past(head) else said


def _status_from_above(entry: TriggerEntry, head: Token, cues: StatusWords) -> str | None:
    """The status the head or the first words above it give (``GOVERNOR_RULES``, a future)."""
    for tok in _governors(head, cues):
        said = next((s for rule in GOVERNOR_RULES if (s := rule(entry, tok, cues)) is not None), None) \
            if tok != head else None
        if said == NAMES_ONLY:
            continue
        if said:
            return said
        if _future(tok, cues):
            return entry.status or ("agreed" if _under_a_deal(tok, cues) else "planned")
        if tok.pos_ in ("VERB", "AUX") and tok != head and not (
                tok.lemma_.lower() in cues.light_verbs and tok.dep_ == "xcomp"):
            break  # "agreed to hold another round of talks": holding says nothing of its own
    return None


def cancelled_by_no(entry: TriggerEntry, head: Token, cues: StatusWords) -> str | None:
    """"there will be no talks this week" -> cancelled."""
    return "cancelled" if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children) else None


def asked_for_in_a_that_clause(entry: TriggerEntry, head: Token, cues: StatusWords) -> str | None:
    """"Moldova demanded that the council lift the embargo" -> proposed: a diplomatic act in a clause with "that"
    hung on a word of asking is asked for, not done."""
    verb = governing_verb(head)
    if not entry.type.startswith("diplomacy") or verb.dep_ != "ccomp" or \
            verb.head.lemma_.lower() not in cues.proposed_governors:
        return None
    return "proposed" if any(m.dep_ == "mark" and m.lower_ == "that" for m in verb.children) else None


def planned_by_modifier(entry: TriggerEntry, head: Token, cues: StatusWords) -> str | None:
    """"ahead of a planned rally" -> planned."""
    return "planned" if any(c.dep_ == "amod" and c.lower_ in cues.planned_modifiers for c in head.children) \
        else None


def planned_by_to_be_done(entry: TriggerEntry, head: Token, cues: StatusWords) -> str | None:
    """"a meeting of the two ministers to be held in Geneva" -> planned: the event the subject of (or described
    by) an infinitive in the passive is still to come."""
    verbs = [governing_verb(head)] if head.dep_ == "nsubjpass" else []
    verbs += [ch for ch in head.children if ch.dep_ in ("acl", "relcl")]
    return "planned" if any(_to_be_done(v) for v in verbs) else None


def status_of_entry(entry: TriggerEntry, head: Token, cues: StatusWords) -> str | None:
    """"the envoy proposed a truce" -> proposed: the status the word carries itself."""
    return entry.status


def ongoing_by_progressive(entry: TriggerEntry, head: Token, cues: StatusWords) -> str | None:
    """"troops are storming the town", "civilians are facing shelling" -> ongoing; not "the clerk is facing
    charges", a state the charging left (``stative_progressives``)."""
    verb = governing_verb(head)
    if verb.lemma_.lower() in cues.stative_progressives and _family(entry) == "arrest":
        return None
    return "ongoing" if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children) \
        else None


def looked_into(entry: TriggerEntry, head: Token, cues: StatusWords) -> str | None:
    """"police are investigating a shooting", "the bureau will review the shooting" -> occurred: what is
    investigated has happened, whether the inquiry goes on or is still to come."""
    return "occurred" if head.pos_ in ("NOUN", "VERB") and head.dep_ == "dobj" and \
        head.head.lemma_.lower() in cues.inquiry_verbs else None


def planned_by_headline_infinitive(entry: TriggerEntry, head: Token, cues: StatusWords) -> str | None:
    """"Envoys to hold talks in the capital", "Bloc to impose sanctions on Ruritania": a headline's "to" and a
    base form, governed by no verb, tell what is to come -> planned."""
    verb = governing_verb(head)
    own = head == verb or (head.head == verb and head.dep_ in ("dobj", "nsubjpass"))  # not "over Lakeville riot"
    return "planned" if own and headline_infinitive(verb) else None


def planned_by_be_to(entry: TriggerEntry, head: Token, cues: StatusWords) -> str | None:
    """"the two sides are to meet in Geneva", "talks were to continue on Monday" -> planned: the act the
    infinitive after "be" tells, or the act that is the subject of "be" with one."""
    verb = governing_verb(head)
    if head.dep_ == "nsubj" and head.pos_ == "NOUN" and head.head.lemma_.lower() == "be":
        verb = next((c for c in head.head.children if c.dep_ == "xcomp"), verb)
    return "planned" if _arranged_by_be_to(verb, cues) else None


STATUS_RULES: tuple[Callable[[TriggerEntry, Token, StatusWords], str | None], ...] = (
    # an act looked into has happened, whatever the inquiry's own tense ("police will investigate the shooting")
    looked_into,
    cancelled_by_no, planned_by_be_to, asked_for_in_a_that_clause, status_of_governor, planned_by_modifier, planned_by_to_be_done,
    status_of_entry,
    ongoing_by_progressive,
    planned_by_headline_infinitive,
)


def status_of(entry: TriggerEntry, head: Token, cues: StatusWords) -> str | None:
    """The first status a rule of ``STATUS_RULES`` gives, or None for a plain act."""
    return next((s for rule in STATUS_RULES if (s := rule(entry, head, cues)) is not None), None)


# the type of a bare attack: the strongest cue in its clause ------------------------------------


def _patients(c: Candidate) -> set[int]:
    """What the attack acts on: "a strike destroyed a mortar", "strikes on a rocket depot" name a target,
    not the weapon. A word that launches or fires has its weapon for its object ("fired rockets"), unless an
    attack is its subject ("the strike destroyed a mortar")."""
    head, words = c.head, c.lex.trigger_words
    struck = [ch for ch in _subjects_of(head) if ch.lemma_.lower() in words.attack_words]
    verbs = [head] if head.pos_ == "VERB" and (not c.entry.needs_weapon or struck) else []
    if head.pos_ == "NOUN" and head.dep_ in SUBJECTS and head.head.pos_ == "VERB":
        verbs.append(head.head)
    verbs += [ch for v in verbs for ch in v.children if ch.dep_ == "conj" and ch.pos_ == "VERB"
              and not any(g.dep_ in SUBJECTS for g in ch.children)]  # "strikes engaged units and destroyed an IED"
    verbs += _struck_by_a_next_attack(verbs, words.attack_words)
    kids = [ch for v in verbs for ch in v.children if ch.dep_ in ("dobj", "nsubjpass")]
    kids += [g for h in [head, *struck] for ch in h.children if ch.dep_ == "prep" and ch.lower_ in words.target_preps
             for g in ch.children if g.dep_ == "pobj"]
    return {t.i for k in kids if not _a_vehicle_bomb(k, c) for t in k.subtree}


def _a_vehicle_bomb(tok: Token, c: Candidate) -> bool:
    """"rammed an explosives-laden truck into the gate", "a car packed with explosives": a vehicle an explosive
    fills is the bomb, not what the attack hits."""
    return tok.lemma_.lower() in c.lex.status.vehicle_words and any(
        tok.left_edge.i <= w[0] <= tok.right_edge.i and w[0] != tok.i and w[1] == "attack.explosive"
        for w in c.weapons)


def _struck_by_a_next_attack(verbs: list[Token], attack_words: frozenset[str]) -> list[Token]:
    """"near X, three strikes engaged a unit; near Y, one strike destroyed a mortar": a verb hung on the
    attack's verb whose own subject is another attack acts on what it names (the mortar is hit, not fired).
    The parser hangs either clause on the other, so this looks at the children of the attack's verbs and at
    the verb each is hung on, no further."""
    joins = ("conj", "advcl", "parataxis", "ccomp")
    ups = [v.head for v in verbs if v.dep_ in joins]
    ups += [u.head for u in ups if u.dep_ in joins]  # "engaged units and destroyed a car; one strike hit ..."
    near = [ch for v in verbs for ch in v.children if ch.dep_ in joins] + ups
    return [w for w in near if w.pos_ == "VERB" and w not in verbs
            and any(g.dep_ in SUBJECTS and g.lemma_.lower() in attack_words for g in w.children)]


def _subjects_of(verb: Token) -> list[Token]:
    """A verb's subjects, or those of the verb it is joined to when it has none ("strikes hit a depot and
    destroyed a mortar")."""
    own = [ch for ch in verb.children if ch.dep_ in SUBJECTS]
    if own or verb.dep_ != "conj":
        return own
    return [ch for ch in verb.head.children if ch.dep_ in SUBJECTS]


def _delivered(c: Candidate) -> list[Weapon]:
    """The weapons of the sentence less those the attack hits and those of another's act in a clause below its
    own, those of its own clause first."""
    patients = _patients(c)
    verb, doc = governing_verb(c.head), c.head.doc  # no walk of their subtrees: nlp.tree
    weapons = [w for w in c.weapons if w[0] not in patients and not _in_a_clause_of_its_own(doc, w[0], verb)]
    return [w for w in weapons if in_subtree(doc, w[0], verb) or in_subtree(doc, w[0], c.head)] or weapons


def _in_a_clause_of_its_own(doc: Doc, i: int, verb: Token) -> bool:
    """"Troops killed two gunmen in a clash, hours after militants fired mortar shells at a settlement": a weapon
    in a clause below the act's verb with a doer of its own is that doer's, another act's, not the clash's ("fired
    shells at the base, killing two": the clause above the killing is its own act's)."""
    own = governing_verb(doc[i])
    return own.i != verb.i and in_subtree(doc, own.i, verb) and any(ch.dep_ == "nsubj" for ch in own.children)


TypeRule = Callable[[Candidate, list[Weapon]], "str | None"]


def typed_by_its_word(c: Candidate, near: list[Weapon]) -> str | None:
    """"rebels stormed the barracks": a word of one kind of attack is that kind."""
    return c.entry.type if c.entry.type != "attack" else None


def carried_by_a_drone(c: Candidate, near: list[Weapon]) -> str | None:
    """"a bomb dropped by a drone hit the bus", "a drone dropped a grenade on the trench": whatever munition a
    drone lets fall, the drone that does it makes it a drone attack."""
    drones = {w[0] for w in c.weapons if w[1] == "attack.drone"}
    return "attack.drone" if drones and any(t.i in drones for t in _doers_named(c.head, frozenset())) else None


def missiles_among_the_weapons(c: Candidate, near: list[Weapon]) -> str | None:
    """"drones and missiles struck the port": missiles among the weapons make it a missile attack."""
    return "attack.missile" if "attack.missile" in {w[1] for w in near} else None


def a_bomb_from_no_aircraft(c: Candidate, near: list[Weapon]) -> str | None:
    """"a bomb killed two guards at the gate": the nearest weapon a bare "bomb" in a sentence that names no
    aircraft nor any dropping (``air_delivery_words``) is a planted explosive, not a bomb from the air."""
    if not near:
        return None
    w = min(near, key=lambda w: abs(w[0] - c.head.i))
    bomb, doc = c.head.doc[w[0]], c.head.doc
    named = any(ch.dep_ in ("amod", "compound") and {f"{ch.lemma_.lower()} bomb", f"{ch.lower_} bomb"} & set(
        c.lex.weapons) for ch in bomb.children)  # "a guided bomb"
    from_air = any(x[1] == "attack.air" and doc[x[0]].lemma_.lower() != "bomb" for x in c.weapons) or bool(
        c.sentence_words & c.lex.trigger_words.air_delivery_words)
    return "attack.explosive" if bomb.lemma_.lower() == "bomb" and not named and not from_air else None


def a_mine_run_onto(c: Candidate, near: list[Weapon]) -> str | None:
    """"a bus hit a landmine near Eastbrook", "an army truck struck an explosive device", "a patrol hit a
    roadside bomb": a vehicle that hits an explosive, or anyone that hits one named as the object itself, sets
    it off; the mine is the weapon, not the target (whoever the bus carried). Not "a missile hit a bomb
    factory" (the bomb only names the factory; the missile is the weapon)."""
    verb = governing_verb(c.head)
    subjects = _subjects_of(verb)
    explosives = {w[0] for w in c.weapons if w[1] == "attack.explosive"}
    if any(ch.lemma_.lower() in c.lex.status.vehicle_words for ch in subjects):
        objects = {t.i for ch in verb.children if ch.dep_ == "dobj" for t in ch.subtree}
    elif subjects and not any(t.i in {w[0] for w in c.weapons} for s in subjects for t in s.subtree):
        objects = {ch.i for ch in verb.children if ch.dep_ == "dobj"}
    else:
        return None
    return "attack.explosive" if objects & explosives else None


def the_nearest_weapon(c: Candidate, near: list[Weapon]) -> str | None:
    """"the town was hit by rockets", "the convoy was attacked from the air": the weapon or delivery nearest."""
    return min(near, key=lambda w: abs(w[0] - c.head.i))[1] if near else None


def fought_on_the_ground(c: Candidate, near: list[Weapon]) -> str | None:
    """"the militia attacked the camp": fighters who attack fight on the ground."""
    verb, words = governing_verb(c.head), c.lex.trigger_words
    subj = [ch for ch in verb.children if ch.dep_ in SUBJECTS]
    return "attack.ground" if subj and subj[0].lemma_.lower() in words.ground_subjects \
        and verb.lemma_.lower() in words.ground_verbs else None


def aimed_at_civilian_life(c: Candidate, near: list[Weapon]) -> str | None:
    """"gunmen attacked a village near Eastbrook", "militiamen raided a church": an attack with no weapon of war
    named, on a place or people of civilian life (``civilian_targets``) and on no armed men or post they hold, is
    an attack on civilians, whoever made it ("rebels attacked an army post" stays a clash; "a bomb hit the
    market" is typed by its bomb)."""
    words = c.lex.trigger_words
    if near or c.entry.bare not in (None, "attack.ground", "attack.civilians") or any(
            ch.dep_ in ("amod", "compound") and ch.lemma_.lower() in words.bare_modifiers for ch in c.head.children):
        return None  # "the bombings of three churches", "a terrorist attack on a market": typed by their words
    hit = {t.lemma_.lower() for t in _struck_directly(c.head, words.target_preps)}
    return "attack.civilians" if hit & words.civilian_targets and not hit & words.armed_targets else None


def _struck_directly(head: Token, preps: frozenset[str]) -> list[Token]:
    """What an attack's own word acts on: a verb's object or passive subject, a noun's "on" or "against" phrase;
    not those a verb it is the subject of acts on ("the attacks killed 35 civilians": bombings kill civilians
    too)."""
    if head.pos_ == "VERB":
        told = [ch for ch in head.children if ch.dep_ in ("dobj", "nsubjpass")]
    else:
        told = [g for ch in head.children if ch.dep_ == "prep" and ch.lower_ in preps for g in ch.children
                if g.dep_ == "pobj"]
    return [t for k in told for t in k.subtree]


def _come_under(c: Candidate) -> list[Token]:
    """"the convoy came under fire": the subject of "come under" is what was attacked."""
    return _subjects_of(c.head) if c.head.lemma_.lower() == "come" else []


def aimed_at_armed_men(c: Candidate, near: list[Weapon]) -> str | None:
    """"gunmen opened fire on a police patrol", "the officers came under fire from the house": gunfire with no
    weapon named, on the police, soldiers or a post they hold, is a clash on the ground, not an attack on
    civilians nor the kind of attack told before it."""
    doc, words = c.head.doc, c.lex.trigger_words
    if not any(t.lemma_.lower() in words.gunfire_words for t in c.span):
        return None  # "struck a gathering of soldiers" may be from the air
    armed = words.armed_targets
    hit = [doc[i] for i in _patients(c)] + [t for s in _come_under(c) for t in s.subtree]
    return "attack.ground" if any(t.lemma_.lower() in armed for t in hit) else None


TYPE_RULES: tuple[TypeRule, ...] = (
    typed_by_its_word, carried_by_a_drone, a_mine_run_onto, missiles_among_the_weapons, a_bomb_from_no_aircraft, the_nearest_weapon,
    aimed_at_civilian_life, fought_on_the_ground, aimed_at_armed_men,
)


def attack_type(c: Candidate) -> str:
    """A bare "attack" is typed by the first rule of ``TYPE_RULES`` that names a type, or left bare for the
    assembler (the attack the report is about)."""
    near = _delivered(c) if c.entry.type == "attack" else []
    return next((t for rule in TYPE_RULES if (t := rule(c, near)) is not None), "attack")


def bare_type(c: Candidate) -> str | None:
    """What a bare attack is when the report names no weapon near it: the word's own reading ("a strike" is
    from the air, "a bombing" a planted explosive) or its modifier's ("a terrorist attack" is a bombing)."""
    mods = {ch.lemma_.lower() for ch in c.head.children if ch.dep_ in ("amod", "compound")}
    by_modifier = next((t for m, t in c.lex.trigger_words.bare_modifiers.items() if m in mods), None)
    return by_modifier or c.entry.bare


@dataclass(frozen=True)
class TriggerVerdict:
    """One match of a trigger word and what the finder made of it: ``verdict`` is "event" (it became a
    trigger mention, of ``type`` and ``status``), or the name of the rule or step that read it as no
    event ("a_figure_of_speech", "_habitual", "_without_backreferences"), or "unmet: " and the entry's
    condition it failed ("unmet: has_a_needed_word", ``ENTRY_CONDITIONS``), or "inside a match taken" (a
    longer or earlier match holds its words), or "words of no event" (an entry of type none, "in protest")."""

    start: int  # characters in the text
    end: int
    text: str
    entry: str  # the lexicon entry's type
    verdict: str
    type: str | None = None  # the mention's, when it is an event (it may differ from the entry's)
    status: str | None = None


def verdict_of(c: Candidate, why: str, mention: TriggerMention | None = None) -> TriggerVerdict:
    return TriggerVerdict(c.span.start_char, c.span.end_char, c.span.text, c.entry.type, why,
                          mention.type if mention else None, mention.status if mention else None)


def first_rule_firing(c: Candidate, rules: GatedRules) -> str:
    """The name of the first rule of ``rules`` that reads the match as no event (the one ``find`` obeyed)."""
    for rule, needed in rules:
        if (needed is None or not needed.isdisjoint(c.sentence_words)) and rule(c):
            if rule is fails_a_condition:  # which of the entry's conditions: "unmet: has_a_needed_word"
                unmet = next(cond for cond in ENTRY_CONDITIONS if not cond(c))
                return f"unmet: {unmet.__name__}"
            return rule.__name__
    return "no rule"  # not reached: called when one fires


def mention_of(c: Candidate) -> TriggerMention:
    """The mention a candidate that is an event writes: its type and status, a conditional threat as a threat."""
    etype, status = attack_type(c), status_of(c.entry, c.head, c.lex.status)
    if _family_of(etype) == "territory" and _attempted_force(c):
        etype = "attack.ground"  # a capture attempted is an assault; whether the place fell is told elsewhere
    if _conditional_threat(etype, status, c.head, c.lex.status):
        etype, status = "statement.threat", None
    elif an_offer(c):
        etype, status = "diplomacy.proposal", "proposed"  # "is willing to withdraw": the offer, put forward now
    return TriggerMention(
        tok_start=c.span.start, tok_end=c.span.end, head=c.head.i, type=etype, status=status,
        sent=sent_index(c.span.doc, c.span.start), interception=c.entry.interception,
        bare=bare_type(c) if etype == "attack" else None,
    )


def _conditioned(entry: TriggerEntry) -> bool:
    """An entry that reads its word as an act only beside a weapon, a needed word or a needed object."""
    return entry.weapon_frame or bool(entry.needs or entry.needs_object)


class TriggerFinder(SitrepComponent):
    matcher: PhraseMatcher  # the lexicon's trigger phrases
    entries: dict[str, TriggerEntry]  # the trigger entry of each match key
    order: dict[int, int]  # the place of each match key (by its hash) in the lexicon's order
    no_event_rules: dict[int, GatedRules]  # by id of entry: the rules of NO_EVENT_RULES its matches may meet
    hazard_rule: dict[int, GatedRules]  # by id of entry: ``a_hazard_not_a_foe`` where its gate admits the entry

    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab

    def prepare(self) -> None:
        # lemma sequences matched by hash (PhraseMatcher on LEMMA); part of speech is checked after
        self.matcher = PhraseMatcher(self.vocab, attr="LEMMA")
        self.entries = {}
        for k, entry in enumerate(self.lex.triggers):
            key = f"T{k}"
            self.entries[key] = entry
            variants = {tuple(entry.words), (entry.words[0].capitalize(), *entry.words[1:])}
            self.matcher.add(key, [Doc(self.vocab, words=list(v), lemmas=list(v)) for v in variants])
        # each match key's place in the lexicon's order, by the key's hash as the matcher gives it
        self.order = {self.vocab.strings[key]: k for k, key in enumerate(self.entries)}
        # the no-event rules each entry's matches may meet, with the words each needs (see ``Gate``)
        self.no_event_rules = rules_for_each_entry(NO_EVENT_RULES, self.lex)
        self.hazard_rule = rules_for_each_entry((a_hazard_not_a_foe,), self.lex)

    def _candidates(self, doc: Doc) -> list[Candidate]:
        """Every entry matched, by position, longer matches first, then in the order of the entries."""
        sents = sentences(doc)
        order = self.order
        matches = sorted(self.matcher(doc),
                         key=lambda m: (m[1], -(m[2] - m[1]), order[m[0]]))
        facts: dict[int, SentenceFacts] = {}
        for k in {sent_index(doc, s) for _, s, _ in matches}:
            facts[k] = SentenceFacts(sents[k], self.lex)
        return [Candidate(self.entries[doc.vocab.strings[key_id]], doc[s:e], sents[sent_index(doc, s)], self.lex,
                          facts[sent_index(doc, s)]) for key_id, s, e in matches]

    def find(self, doc: Doc, verdicts: list[TriggerVerdict] | None = None) -> list[TriggerMention]:
        """The trigger mentions of a document, by position: a word belongs to the first match that is an event
        (or a word of no event, like "in protest"). Given ``verdicts``, every match is written to it with what
        became of it (``TriggerVerdict``): the debug view of ``sitrep triggers``."""
        found: list[TriggerMention] = []
        alone: set[int] = set()  # heads of words that count only alone
        tolls: set[int] = set()  # heads of passive killings with no doer, which count only beside no act
        taken: set[int] = set()
        clauses = Clauses(doc)  # each clause read once, whatever the number of triggers in it
        accidents: list[tuple[int, str]] = []  # (head, type) of the events a hazard made no attack
        told: dict[tuple[int, int], Candidate] = {}  # each mention's match, by its tokens, for the verdicts
        for c in self._candidates(doc):
            tokens = set(range(c.span.start, c.span.end))
            if taken & tokens or any_rule_fires(c, self.no_event_rules[id(c.entry)]):
                # an entry that reads its word only beside a weapon or a needed word or object ("set fire" to a
                # home) and finds none tells no accident either
                if any_rule_fires(c, self.hazard_rule[id(c.entry)]) and not (
                        _conditioned(c.entry) and fails_a_condition(c)):
                    accidents.append((c.head.i, c.entry.type))
                if verdicts is not None:
                    verdicts.append(verdict_of(c, "inside a match taken" if taken & tokens
                                               else first_rule_firing(c, self.no_event_rules[id(c.entry)])))
                continue
            if c.entry.type == "none":  # "summoned the envoy in protest": words that carry no event of their own
                taken |= tokens
                if verdicts is not None:
                    verdicts.append(verdict_of(c, "words of no event"))
                continue
            if _habitual(c.span, self.lex.status, clauses):
                if verdicts is not None:
                    verdicts.append(verdict_of(c, "_habitual"))
                continue
            taken |= tokens
            if c.entry.alone:
                alone.add(c.head.i)
            if c.entry.lone_toll:
                tolls.add(c.head.i)
            found.append(mention_of(c))
            told[(c.span.start, c.span.end)] = c
        steps: list[tuple[str, Callable[[list[TriggerMention]], list[TriggerMention]]]] = [
            ("_without_backreferences", lambda f: _without_backreferences(doc, f, self.lex.trigger_words)),
            ("_without_tolls_of_told_acts", lambda f: _without_tolls_of_told_acts(doc, f)),
            ("_without_tolls_beside_acts", lambda f: _without_tolls_beside_acts(f, tolls)),
            ("_without_governing_alone", lambda f: _without_governing_alone(doc, f, alone)),
            ("_without_accident_retellings",
             lambda f: _without_accident_retellings(doc, f, accidents, self.lex.trigger_words)),
            ("_without_what_a_proposal_names",
             lambda f: _without_what_a_proposal_names(doc, f, self.lex.status.offered_acts)),
        ]
        for name, step in steps:
            kept = step(found)
            if verdicts is not None:
                spans = {(m.tok_start, m.tok_end) for m in kept}
                verdicts += [verdict_of(told[(m.tok_start, m.tok_end)], name, m) for m in found
                             if (m.tok_start, m.tok_end) not in spans]
            found = kept
        if verdicts is not None:
            verdicts += [verdict_of(told[(m.tok_start, m.tok_end)], "event", m) for m in found]
            verdicts.sort(key=lambda v: (v.start, v.end))
        return sorted(found, key=lambda t: t.tok_start)

    def __call__(self, doc: Doc) -> Doc:
        doc._.triggers = self.find(doc)
        return doc

"""Counts: numbers in digits and words, their qualifier, the item counted and its role.

``sitrep_quantities`` writes ``doc._.quantities``. The item comes from the noun a number
counts (``items.tsv``), the role from the verb or noun that governs it
(``quantity_roles.tsv``); a bare number inherits both from the count before it in the
sentence ("31 over the Moscow region"); "killing a man" counts one; negations
("no injuries were reported") count zero. Vague amounts ("dozens", "hundreds") are not counts.
The words it reads are in ``data/words/quantities.toml``.

Each decision is an ordered list of named rules with an invented example: ``UPWARD_RULES``
(the role a word above the count gives), ``ITEM_RULES`` (what is counted) and ``ROLE_RULES``
(what happened to it); the first rule that answers decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy
from spacy.attrs import LEMMA, LIKE_NUM, LOWER, TAG
from spacy.tokens import Doc, Span, Token

from sitrep.lexicon import Lexicon
from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.headline import headline_grammar
from sitrep.nlp.mentions import (
    QuantityMention,
    entities,
    indices_of_lemmas,
    indices_tagged,
    sentence_of_each_token,
    token_texts,
)

Role = tuple[str | None, Token | None]  # a role and the word that gives it
NO_ROLE: Role = (None, None)  # the word above says what happened, and it is no role sitrep counts
DIGITS = re.compile(r"\d{1,3}(,\d{3})+|\d+")
YEAR = re.compile(r"1[89]\d\d|20\d\d")  # a year of modern history


def parse_number(words: list[str], lex: Lexicon) -> int | None:
    """"1,000" -> 1000, "three" -> 3, "30 million" -> 30000000, "a dozen" -> 12."""
    numbers = lex.quantity_words
    total = 0
    current: int | None = None
    for w in (w.lower() for w in words):
        if w in numbers.number_fillers:
            continue
        if DIGITS.fullmatch(w):
            current = (current or 0) + int(w.replace(",", ""))
        elif w in numbers.word_numbers:
            current = (current or 0) + numbers.word_numbers[w]
        elif w in numbers.multipliers and current is not None:
            total += current * numbers.multipliers[w]
            current = None
        else:
            return None
    if current is not None:
        total += current
    return total if (current is not None or total) else None


# the role a word above a count gives ----------------------------------------------------------


def _first_role(keys: list[str], lex: Lexicon) -> str | None:
    return next((lex.quantity_roles[k] for k in keys if k in lex.quantity_roles), None)


def _keys(tok: Token, particles: list[str]) -> list[str]:
    """A verb with each of its particles, then alone: "shoot down", "shoot"."""
    lemma = tok.lemma_.lower()
    return [f"{lemma} {p}" for p in particles] + [lemma]


def participle_after_it(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"the 12 people killed", "the 55 drones launched across the country", "two guards shot dead by rebels"."""
    if cur != tok:
        return None
    return next(((role, c) for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and (role := _first_role(_keys(c, _role_particles(c, lex)), lex)) is not None), None)


def _role_particles(verb: Token, lex: Lexicon) -> list[str]:
    """The words that finish a verb of a role: its particle ("shot down"), a result word ("shot dead",
    "fatally stabbed", "shot two guards dead", which the parser may hang as a clause of its own), "to death"
    ("beaten to death", "sent to prison": ``quantity_roles.tsv``), "out of" ("buses carried 350 civilians out of the
    town": people moved out of a place, kept apart from "carried out 20 strikes"), "into custody" ("the three
    suspects were taken into custody": held, kept apart from "took three hours"), an object that finishes the
    verb ("lost their lives": ``role_objects``)."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    particles += [c.lower_ for c in verb.children if c.dep_ in ("advmod", "acomp", "oprd", "advcl", "xcomp")
                  and c.lower_ in lex.quantity_words.role_particles]
    particles += [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"
                  and c.lemma_.lower() in lex.quantity_words.role_objects]  # "lost their lives"
    particles += ["out of" for p in verb.children if p.dep_ == "prep" and p.lower_ == "out"
                  and any(g.dep_ == "prep" and g.lower_ == "of" for g in p.children)]
    particles += [f"{p.lower_} {o.lower_}" for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "into")
                  for o in p.children if o.dep_ == "pobj"]  # "take into custody" (quantity_roles.tsv)
    return particles + [f"to {o.lower_}" for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                        for o in p.children if o.dep_ == "pobj"]  # "beaten to death", "sent to prison"


def the_doer_of_it(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"two gunmen killed three people", "16 jets fired 22 munitions": the subject of a verb that has an object
    of its own did the act and is not counted (a headline's "three soldiers killed", with no object, is); so did
    a noun joined to the subject by "and" ("two gunmen and a driver killed three people")."""
    subj = tok
    while subj.dep_ == "conj" and subj.head.pos_ in ("NOUN", "PROPN"):
        subj = subj.head
    if cur == tok or subj.head != cur or subj.dep_ != "nsubj" or cur.tag_ == "VBN" or _the_subject_moves(cur, lex):
        return None  # a participle's subject ("three killed and 10 wounded") suffered it
    # "a gunman shot dead the mayor", parsed with the mayor as the object of "dead": the result word's object
    objects = [c for w in (cur, *(r for r in cur.children if r.dep_ == "acomp")) for c in w.children]
    return NO_ROLE if any(c.dep_ == "dobj" and c.lemma_.lower() not in lex.quantity_words.role_objects
                          for c in objects) else None  # "two soldiers lost their lives": they died


def a_weapon_that_struck(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"three shells landed in the square", "five missiles hit the city": weapons counted as the subject of an
    active verb of the attack reached their mark, and were launched: the weapon nouns of ``weapon_nouns`` that
    are fired from afar (``FIRED_KINDS``); "three bombs went off" may have been planted, and counts no launch.
    A verb that names a weapon's own fate says it ("three drones shot down", a headline's participle:
    intercepted; ``WEAPON_FATES``)."""
    if cur == tok or tok.head != cur or tok.dep_ != "nsubj" or cur.pos_ != "VERB" or cur.tag_ == "VBN":
        return None
    if _first_role(_keys(cur, _role_particles(cur, lex)), lex) in WEAPON_FATES:
        return None
    plain = tok.lower_.removesuffix("s") if tok.pos_ == "PROPN" else tok.lemma_.lower()
    fired = lex.weapons.get(plain, ("", ""))[0] in FIRED_KINDS
    return ("launched", cur) if fired and plain in lex.trigger_words.weapon_nouns else None


FIRED_KINDS = ("attack.artillery", "attack.missile", "attack.drone")  # the weapons launched at a mark
WEAPON_FATES = ("launched", "intercepted")  # what a verb may say of a weapon: "fired", "shot down"


def the_agent_of_it(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"five villagers were killed by two gunmen", "a man was shot dead by a soldier": the "by" agent of a
    passive did the act and is not counted."""
    return NO_ROLE if cur == tok.head and cur.dep_ == "agent" else None


def _the_subject_moves(verb: Token, lex: Lexicon) -> bool:
    """"17,000 people fled the town", "300 families evacuated the village": the subject is the one counted."""
    return lex.quantity_roles.get(verb.lemma_.lower()) in lex.quantity_words.self_moving_roles


def the_whole_of_a_part(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"one of the three men hit has died": the casualty verb above tells of the part; the whole of "one of the
    three" takes no casualty role from it."""
    if cur == tok or not _whole_of_a_part(tok):
        return None
    return NO_ROLE if lex.quantity_roles.get(cur.lemma_.lower()) in lex.quantity_words.casualty_roles else None


def the_launched_whole_of_those_downed(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"shot down 64 of 81 drones", "destroyed 40 of the 52 missiles": the whole of a part that was intercepted
    is the count launched; the verb above tells of the part."""
    if cur == tok or not (_whole_of_a_part(tok) or _whole_told_with_its_part(tok)):
        return None
    above = role_word_above(tok, cur, lex)
    return ("launched", cur) if above is not None and above[0] == "intercepted" else None


def _whole_told_with_its_part(noun: Token) -> bool:
    """"drones" of "64 of 81 drones", parsed as one number of them (``_the_whole_of_a_part``)."""
    return any(_the_whole_of_a_part(q) == noun for n in noun.children if n.dep_ == "nummod"
               for q in n.children if q.dep_ == "quantmod")


def _whole_of_a_part(noun: Token) -> bool:
    """"the three men" of "one of the three men"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num


def a_state_it_is_in(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"four children are missing", "two soldiers remain missing", "three were dead", "the fighting ended with
    four guards left dead": the casualty word a verb of being (``state_verbs``) with no object sets after the
    counted subject says what happened to it; also when the parser took "are missing" for a verb in "-ing"
    with "are" as its auxiliary."""
    if cur != tok.head or tok.dep_ != "nsubj":
        return None
    states = lex.quantity_words.state_verbs
    if cur.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_.lower() in states for a in cur.children):
        role = lex.quantity_roles.get(cur.lower_)
        return (role, cur) if role in lex.quantity_words.casualty_roles else None
    if cur.lemma_.lower() not in states or any(c.dep_ == "dobj" for c in cur.children):
        return None
    return next(((role, c) for c in cur.children if c.dep_ in ("acomp", "oprd") and c.i > tok.i
                 and (role := _casualty_role(c, lex)) is not None), None)


def a_hurt_state_it_is_in(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"a man is in critical condition after the stabbing", "the boy remains in stable condition": a verb of
    being whose "in" phrase names a hurt person's state (``hurt_state_nouns``) tells its subject was hurt."""
    if cur != tok.head or tok.dep_ != "nsubj" or cur.lemma_.lower() not in lex.quantity_words.state_verbs:
        return None
    words = lex.quantity_words.hurt_state_nouns
    told = any(p.dep_ == "prep" and p.lower_ == "in" and any(o.lemma_.lower() in words for o in p.children)
               for p in cur.children)
    return ("injured", cur) if told else None


def a_recovery_it_makes(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"a 45-year-old man is recovering after being shot in the leg": the subject of a verb of getting over a
    wound (``recovery_verbs``) was hurt."""
    if cur != tok.head or tok.dep_ != "nsubj" or cur.lemma_.lower() not in lex.quantity_words.recovery_verbs:
        return None
    return "injured", cur


def a_wound_it_has(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"officers found a man with a gunshot wound", "a woman with stab wounds walked into the hospital": the
    person a wound is told "with" is hurt; the verb the person hangs on governs the count."""
    if cur != tok or tok.head.pos_ != "VERB":
        return None
    wounds = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
              if o.dep_ == "pobj" and lex.quantity_roles.get(o.lemma_.lower()) == "injured"]
    return ("injured", tok.head) if wounds else None


def a_wound_it_suffers(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"two guards suffered minor injuries", "a soldier sustained a gunshot wound", "a guard received a head injury":
    the subject of a verb of undergoing (``undergoing_verbs``) whose object is a wound is hurt, and killed when a
    word on the wound says it was fatal ("suffered fatal injuries"); "suffered losses" names no wound."""
    words = lex.quantity_words
    if cur != tok.head or tok.dep_ != "nsubj" or cur.lemma_.lower() not in words.undergoing_verbs:
        return None
    for wound in (o for o in cur.children if o.dep_ == "dobj"):
        if lex.quantity_roles.get(wound.lemma_.lower()) == "injured":
            fatal = any(a.lower_ in words.fatal_words for a in wound.children if a.dep_ in ("amod", "advmod"))
            return ("killed" if fatal else "injured"), cur
    return None


def a_part_told_by_its_manner(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"three men were shot, one fatally": a count the parser left beside the verb, with the verb's manner
    of killing ("fatally") on it, tells what befell that part ("shoot fatally" -> killed)."""
    if cur != tok or not tok.like_num or tok.head.pos_ != "VERB":
        return None
    lemma = tok.head.lemma_.lower()
    manners = [f"{lemma} {c.lower_}" for c in tok.children
               if c.dep_ == "advmod" and c.lower_ in lex.quantity_words.role_particles]
    role = _first_role(manners, lex)
    return (role, tok.head) if role is not None else None


def a_relative_clause_on_it(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"the nine women who had been killed", "the 40 people who died": a relative clause on the counted noun,
    whose relative word is the one the verb befell (a passive's subject, or the subject of a verb with no
    object), says what happened to them; "two gunmen who killed three men" (an object of its own) does not, nor
    does one on the subject of a verb of a role ("a man who was jailed in 2019 was shot dead": shot dead)."""
    if cur != tok or tok.dep_ in ("nsubj", "nsubjpass") and role_word_above(tok, tok.head, lex) is not None:
        return None
    for c in tok.children:
        if c.dep_ != "relcl" or c.pos_ != "VERB":
            continue
        who = [x.dep_ for x in c.children if x.dep_ in ("nsubj", "nsubjpass") and x.tag_ in ("WP", "WDT")]
        role = _first_role(_keys(c, _role_particles(c, lex)), lex)
        if role is None or not who:
            continue
        if who[0] == "nsubjpass" or (role in lex.quantity_words.casualty_roles
                                     and not any(x.dep_ == "dobj" for x in c.children)):
            return role, c
    return None


def a_casualty_it_is_said_to_have(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"51 people were reported killed", "two men are feared dead", "Smith was found shot to death", "Jones was
    pronounced dead": the word a passive verb of saying or finding sets after its counted subject (a participle
    of a role, or a casualty word) says what happened to it."""
    if cur != tok.head or tok.dep_ != "nsubjpass":
        return None
    for c in cur.children:
        if (c.dep_ not in ("xcomp", "oprd", "acomp") and not _a_bare_participle_clause(c)) or c.i < cur.i:
            continue
        role = _casualty_role(c, lex) or _first_role(_keys(c, _role_particles(c, lex)), lex)
        if role is not None:
            return role, c
    return None


def _a_bare_participle_clause(c: Token) -> bool:
    """"was found fatally shot" parsed with "shot" as a clause of "found": a participle with no subject of its
    own is the state the finding tells, as an "xcomp" is."""
    return c.dep_ == "ccomp" and c.tag_ == "VBN" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)


def an_undone_killing(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"the attempted murder of a guard", "a foiled assassination of two judges": a noun of killing that a word
    before it (``undone_killing_words``) says was not done kills no one it is of."""
    if cur == tok or not _a_killing_noun(cur, lex):
        return None
    undone = lex.quantity_words.undone_killing_words
    return NO_ROLE if any(c.dep_ in ("amod", "compound") and c.lower_ in undone for c in cur.children) else None


def _a_killing_noun(tok: Token, lex: Lexicon) -> bool:
    """"murder", "killings", "slaying" (``killing_nouns``), a noun that names a killing."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.trigger_words.killing_nouns


def _a_noun_of_a_death(noun: Token, lex: Lexicon) -> bool:
    """"murder", "the death", "a fatal shooting", "the deadly stabbing": a killing by its noun, a noun of death
    (``death_words``), or an attack a word before it (``fatal_words``) says killed."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    fatal = lemma in lex.attack_nouns and any(
        c.dep_ == "amod" and c.lower_ in lex.quantity_words.fatal_words for c in noun.children)
    return _a_killing_noun(noun, lex) or lemma in lex.trigger_words.death_words or fatal


def the_victim_of_a_killing(tok: Token, lex: Lexicon) -> Role | None:
    """"the killing of Tom Reddle", "the murder of his neighbour", "charged in the death of a clerk", "the
    fatal shooting of a man": the one a noun of killing, of death or of a deadly attack is of, done, was
    killed; the noun governs the count."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or not _a_noun_of_a_death(of.head, lex):
        return None
    if an_undone_killing(tok, of.head, lex) is not None:
        return None
    return "killed", of.head


def role_word_above(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"air defences shot down 42 drones", "gunmen shot dead three men": the first word above that names a
    role, with its particle or result word."""
    if cur == tok:
        return None
    particles = _role_particles(cur, lex) + _result_word_after(cur, tok, lex)
    role = _first_role(_keys(cur, particles), lex)
    return (role, cur) if role is not None else None


def _result_word_after(verb: Token, tok: Token, lex: Lexicon) -> list[str]:
    """"soldiers shot dead two men", parsed as if the men were "dead two men": the word right after the
    verb that the parser hung on the counted noun is still the verb's result word."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.head != tok or nxt.lower_ not in lex.quantity_words.role_particles:
        return []
    return [nxt.lower_]


def a_role_verb_joined(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"two men were shot and killed", "a woman was beaten and wounded": a verb of no role joined by "and" to
    one of a role, that has no subject or object of its own, tells what happened to the same people."""
    if cur == tok or cur.pos_ != "VERB":
        return None
    for c in cur.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.lemma_.lower() not in lex.quantity_roles:
            continue
        if not any(x.dep_ in ("nsubj", "nsubjpass", "dobj") for x in c.children):
            return lex.quantity_roles[c.lemma_.lower()], c
    return None


def a_result_beside_it(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"the blast left two people dead", "the crash left three soldiers wounded": the casualty word a verb sets
    after its object says what happened to the object."""
    if cur != tok.head or tok.dep_ != "dobj":
        return None
    return next(((role, c) for c in cur.children
                 if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.i > tok.i
                 and (role := _casualty_role(c, lex)) is not None), None)


def a_wound_by_a_weapon(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"a man shot two people at a gas station", "three people were stabbed at a bus stop": people shot or
    stabbed, the verb's object or passive subject, are hurt when nothing above said they died (``wounding_verbs``;
    "shot dead", "shot and killed" are read before this)."""
    if cur == tok or tok.head != cur or tok.dep_ not in ("dobj", "nsubjpass"):
        return None
    return ("injured", cur) if cur.pos_ == "VERB" and cur.lemma_.lower() in lex.quantity_words.wounding_verbs else None


def first_verb_above(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"the storm damaged about 20 houses": the first verb up says what happened to them."""
    if cur != tok and cur.pos_ == "VERB" and cur.lemma_.lower() not in lex.quantity_words.passing_verbs:
        return NO_ROLE
    return None


def among_the(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"four children were among the dead", "two women were among those killed"."""
    if cur.lemma_.lower() != "be":
        return None
    objects = [o for c in cur.children if c.dep_ == "prep" and c.lower_ == "among"
               for o in c.children if o.dep_ == "pobj"]
    told = [o for o in objects if o.lemma_.lower() in lex.quantity_roles]
    told += [a for o in objects if o.lower_ in lex.quantity_words.among_pronouns
             for a in o.children if a.dep_ == "acl" and a.lemma_.lower() in lex.quantity_roles]
    return (lex.quantity_roles[told[0].lemma_.lower()], told[0]) if told else None


def a_casualty_word_after_it(tok: Token, cur: Token, lex: Lexicon) -> Role | None:
    """"Ambush in the hills, 4 troops dead", "clashes leave 3 rebels dead": a headline's casualty word right
    after the counted noun, that the parser hung on the noun, says what happened to them."""
    if cur != tok or tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    role = _casualty_role(nxt, lex) if nxt.head == tok and nxt.dep_ == "amod" or _ends_a_headline_item(nxt) else None
    return (role, nxt) if role is not None else None


def _ends_a_headline_item(word: Token) -> bool:
    """"Bomber hits checkpoint, four soldiers dead": an adjective that closes its item (the line's end, a comma,
    "in", "and"), however the parser hung it on the verb before, tells the state of the noun just before it;
    not "two dead soldiers" (it modifies the noun after it)."""
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return word.pos_ == "ADJ" and word.dep_ != "amod" and (
        after is None or after.is_punct or after.pos_ in ("ADP", "CCONJ", "SCONJ"))


UPWARD_RULES: tuple[Callable[[Token, Token, Lexicon], Role | None], ...] = (
    participle_after_it, a_relative_clause_on_it, a_wound_it_suffers, a_weapon_that_struck, the_doer_of_it,
    the_agent_of_it, the_launched_whole_of_those_downed, the_whole_of_a_part, a_part_told_by_its_manner,
    a_wound_it_has, a_state_it_is_in, a_hurt_state_it_is_in, a_recovery_it_makes, an_undone_killing, role_word_above,
    a_casualty_it_is_said_to_have, a_role_verb_joined, a_result_beside_it, a_wound_by_a_weapon, first_verb_above, among_the, a_casualty_word_after_it,
)


def _role_of(tok: Token, lex: Lexicon) -> Role:
    """Walk up from a counted noun to the first word that says what happened to it."""
    cur = tok
    for _ in range(7):
        found = next((r for rule in UPWARD_RULES if (r := rule(tok, cur, lex)) is not None), None)
        if found is not None:
            return found
        if cur.head == cur:
            break
        cur = cur.head
    # a parse that hangs the count on the wrong verb: take the verb just before it ("killed at least 11")
    return _verb_before(tok, lex)


def _verb_before(tok: Token, lex: Lexicon) -> Role:
    doc = tok.doc
    for k in range(tok.i - 1, max(tok.i - 6, -1), -1):
        t = doc[k]
        if t.pos_ == "VERB" and t.lower_ != "including":
            particles = [c.lower_ for c in t.children
                         if c.dep_ in ("prt", "advmod") and c.lower_ in lex.quantity_words.role_particles]
            role = _first_role(_keys(t, particles), lex)
            return (role, t) if role is not None else NO_ROLE
    return NO_ROLE


def _qualifier(doc: Doc, start: int, lex: Lexicon) -> str:
    before = tuple(t.lower_ for t in doc[max(0, start - 2):start])
    for words, qual in lex.quantity_words.qualifiers.items():
        phrase = tuple(words.split())
        if before[-len(phrase):] == phrase:
            return qual
    return "exact"


def _after_subset_cue(doc: Doc, start: int, lex: Lexicon) -> bool:
    """Does the phrase at ``start`` follow "including" or "among them" (a part of the count before it)?"""
    words = lex.quantity_words
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    return (bool(before) and before[-1] in words.subset_cues) or (
        len(before) == 2 and before[0] == "among" and before[1] in words.among_pronouns)


# a number read as a count ---------------------------------------------------------------------


@dataclass
class Count:
    """A number in a sentence, the count before it in the same sentence, and what the rules read of them."""

    doc: Doc
    start: int
    end: int
    prev: QuantityMention | None
    lex: Lexicon

    @property
    def num(self) -> Token:
        return self.doc[self.end - 1]

    @cached_property
    def counted(self) -> tuple[Token | None, bool]:
        """The noun counted, and whether the number is a part of it ("42 of the 55 drones")."""
        num = self.num
        noun: Token | None
        if (whole := _the_whole_of_a_part(num)) is not None:
            noun, partitive = whole, True  # "shot down 64 of 81 drones", parsed as one number "64 of 81"
        elif num.dep_ == "nummod" or (num.dep_ in ("quantmod", "compound") and num.head.pos_ in ("NOUN", "PROPN")):
            noun, partitive = num.head, False
        elif (told := _noun_before_a_dash(num, self.lex)) is not None:
            noun, partitive = told, False  # "air strikes -- eight in the last 24 hours"
        elif (said := _casualty_word_after(num, self.lex)) is not None:
            noun, partitive = said, False  # "Five dead after a rocket attack": the dead are counted
        else:
            of = [c for c in num.children if c.dep_ == "prep" and c.lower_ == "of"]
            pobj = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
            noun = pobj[0] if pobj else None
            partitive = noun is not None
        if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and self.lex.items.get(noun.head.head.lemma_.lower()) == "body":
            noun = noun.head.head  # "the bodies of 1,000 soldiers": bodies are counted
        return noun, partitive

    @property
    def noun(self) -> Token | None:
        return self.counted[0]

    @cached_property
    def governed(self) -> Role:
        """The role the words above the count give, and the word that gives it."""
        noun, partitive = self.counted
        role, gov = _role_of(noun if noun is not None and not partitive else self.num, self.lex)
        if partitive and noun is not None and gov is not None and gov.i > noun.i and gov.tag_ == "VBN" and \
                not any(c.dep_ in ("aux", "auxpass") for c in gov.children):
            # "downed forty-two of the 55 drones launched ...", parsed as if the 42 were launched:
            # the participle after the whole says what happened to the whole; the part's verb comes before
            return _verb_before(self.num, self.lex)
        return role, gov


def _the_whole_of_a_part(num: Token) -> Token | None:
    """"shot down 64 of 81 drones": the parser reads "64 of 81" as one number of the drones, the 64 and the
    "of" both modifying the 81; the 64 is a part of the 81 drones, the noun the 81 counts."""
    doc = num.doc
    after = doc[num.i + 1] if num.i + 1 < len(doc) else None
    whole = num.head
    if num.dep_ != "quantmod" or after is None or after.lower_ != "of" or after.head.i != whole.i:
        return None
    return whole.head if whole.like_num and whole.dep_ == "nummod" and whole.head.pos_ == "NOUN" else None


def _noun_before_a_dash(num: Token, lex: Lexicon) -> Token | None:
    """"supports the troops with air strikes -- eight in the last day": a bare number after a dash counts the
    noun of a counted kind just before it."""
    doc = num.doc
    if num.i < 2 or doc[num.i - 1].text not in ("--", "-", "—", "–") or not doc[num.i - 1].whitespace_:
        return None
    noun = doc[num.i - 2]
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.items else None


def _casualty_word_after(num: Token, lex: Lexicon) -> Token | None:
    """"Five dead after a rocket attack", "leaves 9 dead": the casualty word just after a bare number, that
    the number heads or that shares its head."""
    if num.i + 1 >= len(num.doc):
        return None
    nxt = num.doc[num.i + 1]
    related = nxt.head == num or (nxt.head == num.head and nxt.dep_ in ("oprd", "acomp", "amod"))
    return nxt if related and nxt.pos_ == "ADJ" and _casualty_role(nxt, lex) is not None else None


def _casualty_role(tok: Token, lex: Lexicon) -> str | None:
    """The casualty role a word names by itself: "dead" -> killed, "wounded" -> injured."""
    role = lex.quantity_roles.get(tok.lemma_.lower()) or lex.quantity_roles.get(tok.lower_)
    return role if role in lex.quantity_words.casualty_roles else None


def a_toll(c: Count) -> bool:
    """"The death toll rose to 23", "raising the toll to 40", "a toll of 40": the figure a toll reaches."""
    words = c.lex.quantity_words
    num = c.num
    if _after_a_toll_and_colon(num, words.toll_words):
        return True
    if num.dep_ != "pobj" or num.head.lower_ not in words.toll_preps:
        return False
    above = num.head.head
    if above.lemma_.lower() in words.toll_words:
        return True
    return any(x.dep_ in ("nsubj", "dobj", "nsubjpass") and x.lemma_.lower() in words.toll_words
               for x in above.children)


def _after_a_toll_and_colon(num: Token, toll_words: frozenset[str]) -> bool:
    """"Fatalities: 8.", "Death toll: 12": a coded note's figure after its toll word and a colon."""
    doc = num.doc
    return num.i >= 2 and doc[num.i - 1].text == ":" and doc[num.i - 2].lemma_.lower() in toll_words


NOT_COUNTED = ""  # a count of something sitrep does not count


def an_age(c: Count) -> str | None:
    """"the victim, 28, died", "Smith, 34, was charged", "a man aged 41", "dies at 79": a person's age set off beside
    them is no count (a hyphenated "19-year-old" is no number at all)."""
    doc, words = c.doc, c.lex.quantity_words
    if c.end - c.start != 1 or c.start < 2:
        return None
    before, after = doc[c.start - 1], doc[c.end] if c.end < len(doc) else None
    if _after_an_age_word(doc, c.start, words.age_words):
        return NOT_COUNTED
    if before.lower_ == "at" and doc[c.start - 2].lemma_.lower() in words.age_at_verbs:
        return NOT_COUNTED  # "dies at 79", "retired at 60"
    set_off = before.text == "," and (after is None or after.text in (",", ".", ";", ")"))
    if set_off and doc[c.start - 2].pos_ in ("NOUN", "PROPN"):
        return NOT_COUNTED
    if _the_age_of_who(c.num):
        return NOT_COUNTED
    return NOT_COUNTED if _a_list_of_ages(doc, c.start) else None


def a_bare_term(c: Count) -> str | None:
    """"was jailed for 10 after a trial", "the flat sold for 200": a number with no noun after "for" is a span of
    time or a price, no count of people held."""
    num = c.num
    return NOT_COUNTED if c.noun is None and num.dep_ == "pobj" and num.head.lower_ == "for" else None


def _the_age_of_who(num: Token) -> bool:
    """"Smith, who was 34, was killed", "he is 19": a bare number that "be" says a person is, is their age."""
    verb = num.head
    if num.dep_ not in ("attr", "acomp") or verb.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("who", "he", "she") for c in verb.children)


def _a_list_of_ages(doc: Doc, start: int) -> bool:
    """"two others, 19 and 20, were hurt": numbers joined by "and" and set off by commas after people."""
    def joins(t: Token) -> bool:
        return t.like_num or t.lower_ in (",", "and")
    a = start
    while a > max(0, start - 8) and joins(doc[a - 1]):
        a -= 1
    b = start
    while b < min(len(doc), start + 8) and joins(doc[b]):
        b += 1
    run = doc[a:b]
    return a > 0 and doc[a - 1].pos_ in ("NOUN", "PROPN") and run[0].text == "," \
        and (run[-1].text == "," or b == len(doc) or doc[b].text in (".", ";", ")")) \
        and any(t.lower_ == "and" for t in run) and all(int(t.text) <= 120 for t in run if t.text.isdigit())


def _after_an_age_word(doc: Doc, start: int, age_words: frozenset[str]) -> bool:
    """"aged 41", "ages 19 and 21", "aged 9, 8 and 4": a number in a list of numbers after an age word."""
    k = start - 1
    while k >= max(0, start - 8) and (doc[k].like_num or doc[k].lower_ in (",", "and")):
        k -= 1
    return k >= 0 and doc[k].lower_ in age_words


def what_a_person_has(c: Count) -> str | None:
    """"a father of three was shot dead", "a man of 70 was hurt": a bare number after "of" on one person (a
    singular noun of people) counts what that person has, their children or years, not people the event befell
    ("a group of 20 was held" still counts)."""
    num = c.num
    if c.noun is not None or num.dep_ != "pobj" or num.head.lower_ != "of":
        return None
    owner = num.head.head
    one_person = owner.tag_ == "NN" and c.lex.items.get(owner.lemma_.lower()) in c.lex.quantity_words.person_items
    return NOT_COUNTED if one_person else None


def a_sum_of_money(c: Count) -> str | None:
    """"held on a bond of $2,500", "fined 300 dollars": a number after a currency sign or before a currency word
    is a sum of money, whatever the tagger made of it."""
    words = c.lex.quantity_words
    before = c.doc[c.start - 1].text if c.start > 0 else ""
    after = c.doc[c.end].lower_ if c.end < len(c.doc) else ""
    return NOT_COUNTED if before in words.currency_signs or after in words.currency_words else None


def a_year(c: Count) -> str | None:
    """"killed since 2003", "the 30 soldiers killed in 1994": a bare number of four digits in the years of
    modern history, the object of a preposition, is a year the tagger did not mark (a toll's "rose to 2010"
    is read before)."""
    num = c.num
    if c.end - c.start != 1 or c.noun is not None or num.dep_ != "pobj" or not YEAR.fullmatch(num.text):
        return None
    return NOT_COUNTED


def a_number_in_a_name(c: Count) -> str | None:
    """"found dead at 14 Mill Road", "the 3 Brook Lane house": a number before a singular proper name that counts
    no people (no group's name: "killed 12 Taliban" stays a count) is a house number, a route, a name."""
    noun = c.noun
    if noun is None or noun.i <= c.num.i or noun.tag_ != "NNP" or noun.ent_type_ in ("NORP", "ORG"):
        return None
    return NOT_COUNTED if c.lex.items.get(noun.lemma_.lower()) is None else None


def a_number_naming_a_thing(c: Count) -> str | None:
    """"near Route 9", "Flight 370", "Gate 4": a number right after the capitalised name it hangs on names a
    thing; it counts nothing (a headline's "Police Arrest 3" keeps its role word)."""
    noun = c.noun
    if noun is None or noun.i != c.start - 1 or noun.is_sent_start or not noun.text[:1].isupper():
        return None
    return None if noun.lemma_.lower() in c.lex.quantity_roles else NOT_COUNTED


def an_improvised_bomb(c: Count) -> str | None:
    """"The strikes destroyed 967 vehicle bombs": a car bomb or a homemade one is no air-dropped bomb, and not
    counted."""
    noun = c.noun
    if noun is None or c.lex.items.get(noun.lemma_.lower()) != "guided_bomb":
        return None
    words = c.lex.quantity_words.improvised_words
    return NOT_COUNTED if any(t.lower_ in words for t in noun.lefts for t in t.subtree) else None


def a_running_total(c: Count) -> str | None:
    """"Attacks have killed 500 people this year", "bringing the number killed this month to 61", "taking the
    number held since the protests began to 300": a count summed over a span up to now is a running total, no
    count of the act told ("raising the toll from Saturday's raid to 23" is the raid's own toll)."""
    frame = [w for w in (c.governed[1],) if w is not None]
    if c.num.dep_ == "pobj" and c.num.head.lower_ == "to":
        frame.append(c.num.head.head)  # "... to 61": the verb or figure the phrase ends
    return NOT_COUNTED if any(a_span_up_to_now(w, c.lex) for w in frame) else None


def a_span_up_to_now(word: Token, lex: Lexicon, spans: Collection[str] | None = None) -> bool:
    """Does ``word`` carry a span that reaches up to now: "since 2014" or "since the war began" (a "since" on
    it), "so far", or "this year" on a perfect ("have killed") or on a running figure ("the number killed this
    month")? Not "had fled since Friday": a span of days is the act's own window. ``spans``: the nouns of a span
    that count (``span_nouns`` if None)."""
    words = lex.quantity_words
    spans = words.span_nouns if spans is None else spans
    summed = any(c.dep_ == "aux" and c.lemma_ == "have" for c in word.children) or (
        word.dep_ in ("acl", "relcl") and word.head.lemma_.lower() in words.running_figures)
    if summed and _opened_since_a_year(word, words.span_marks):
        return True  # "Since 1985 _ when the zone was set up _ nearly 200 soldiers have been killed"
    for c in word.children:
        if c.dep_ in ("prep", "mark") and c.lower_ in words.span_marks and _a_long_span_from(c, word, lex):
            return True
        if c.lower_ == "far" and any(g.lower_ == "so" for g in c.children):
            return True
        if summed and c.dep_ == "npadvmod" and c.lemma_.lower() in spans and \
                any(d.lower_ in words.span_determiners for d in c.children):
            return True
    return False


def _opened_since_a_year(word: Token, marks: Collection[str]) -> bool:
    """Does the sentence of ``word`` open with "since" and a year ("Since 1985, ..."), however the parser hangs
    it?"""
    sent = word.sent
    return sent[0].lower_ in marks and any(YEAR.fullmatch(t.text) for t in sent[1:4])


def _a_long_span_from(since: Token, word: Token, lex: Lexicon) -> bool:
    """"since 2014" (a year), "since April" (a month with no day), "since the protests began" (the start of a
    long thing): a span longer than the act's own days, as "since Friday" and "since April 3" are not."""
    if since.dep_ == "mark":
        return word.lemma_.lower() in lex.quantity_words.span_beginnings
    objects = [o for o in since.children if o.dep_ == "pobj"]
    return any(YEAR.fullmatch(t.text) for o in objects for t in o.subtree) or any(
        o.lower_ in lex.time_words.months and o.text[:1].isupper() and not any(ch.like_num for ch in o.children)
        for o in objects)


def people_in_a_toll(c: Count) -> str | None:
    """"The death toll rose to 23": a toll counts people."""
    return "person" if a_toll(c) else None


def _casualty_counted(c: Count) -> str | None:
    """The casualty role of the word a number counts when that word is no noun of a thing: "nine dead", or a
    headline verb the tagger took for a noun before its number ("Shelling kills 4"), or a participle the
    number was hung on ("7 killed, 20 hurt")."""
    noun = c.noun
    participle = noun is not None and noun.i == c.num.i + 1 and (
        noun.tag_ in ("VBN", "VBD") or (noun.tag_ == "NNP" and noun.text.istitle()))  # a headline's "17 Slain"
    if noun is None or not (noun.pos_ == "ADJ" or noun.i < c.num.i or participle):
        return None
    return _casualty_role(noun, c.lex)


def _a_bare_casualty_word_after(num: Token, lex: Lexicon) -> str | None:
    """"Three dead, five hurt in market blast", "Two dead, 12 injured as bomb hits bus": in a telegraphic list a
    number and the casualty word just after it, that modifies no noun after it ("two wounded soldiers" counts
    soldiers), are the people it befell, however the parser hangs the list together."""
    doc = num.doc
    if num.i + 1 >= len(doc) or num.pos_ != "NUM":
        return None
    nxt = doc[num.i + 1]
    its_subject = nxt.tag_ == "VBD" and num.head == nxt and num.dep_ in ("nsubj", "nsubjpass")
    if nxt.tag_ not in ("JJ", "NN", "VBN", "VBD") or its_subject:
        return None  # "as saying 12 died": a verb of its own, read with its subject ("Shelling hits Lindau, 5
        # hurt" may be parsed with "hurt" as the line's verb and the number hung on the town)
    if nxt.head.i > nxt.i and nxt.head.pos_ in ("NOUN", "PROPN") and nxt.dep_ in ("amod", "compound", "nummod"):
        return None
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    if after is not None and not (after.is_punct or after.pos_ in ("ADP", "SCONJ", "CCONJ")):
        return None  # "five hurt" ends its item: a comma, "in", "as", "and" or the line's end
    return _casualty_role(nxt, lex)


def the_dead_counted(c: Count) -> str | None:
    """"A car bomb leaves nine dead", "Five dead after a rocket attack", "Shelling kills 4": people."""
    return "person" if _casualty_counted(c) else None


def people_in_a_casualty_list(c: Count) -> str | None:
    """"Three dead, five hurt in market blast": a number with a casualty word just after it counts people, of the
    kind the count before it named ("13 soldiers were killed and 40 wounded" counts soldiers)."""
    if not _a_bare_casualty_word_after(c.num, c.lex):
        return None
    before = c.prev.item if c.prev is not None else None
    return before if before in c.lex.quantity_words.person_items else "person"


def others_after_a_count(c: Count) -> str | None:
    """"killing two civilians and wounding four others": the others are of the kind counted before."""
    noun = c.noun
    if noun is None or c.prev is None or noun.lower_ not in c.lex.quantity_words.other_words:
        return None
    return c.prev.item if c.lex.items.get(noun.lemma_.lower()) == "person" else None


def item_of_lemma(c: Count) -> str | None:
    """"destroyed 12 armoured vehicles" -> vehicle."""
    return c.lex.items.get(c.noun.lemma_.lower()) if c.noun is not None else None


def item_of_word(c: Count) -> str | None:
    """A word the lemmatizer changed: "12 bodies" read as the word itself."""
    return c.lex.items.get(c.noun.lower_) if c.noun is not None else None


def item_of_a_name_in_the_plural(c: Count) -> str | None:
    """"10 Marines", "four Rangers": a capitalised plural the lemmatizer keeps as it is, read without its "s"."""
    noun = c.noun
    if noun is None or noun.tag_ != "NNPS" or not noun.lower_.endswith("s"):
        return None
    return c.lex.items.get(noun.lower_[:-1])


def people_of_any_name(c: Count) -> str | None:
    """"three dealers were arrested", "gunmen killed four brothers", "two hikers are missing": the subject or
    object of a word only people suffer (``people_verbs``), of no known item, counts people; so does a headline's
    noun that such a participle hangs on ("Six smugglers detained at the border")."""
    noun, (role, gov) = c.noun, c.governed
    if noun is None or c.counted[1] or gov is None:
        return None
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") and not (noun.dep_ == "ROOT" and gov.dep_ == "acl"
                                                                 and gov.head == noun):
        return None
    if gov.lemma_.lower() not in c.lex.quantity_words.people_verbs and gov.lower_ not in c.lex.quantity_words.people_verbs:
        return None
    return "person" if role is not None and gov in (noun.head, *noun.head.children) else None


def something_uncounted(c: Count) -> str | None:
    """"the offensive lasted 47 days": a count of something sitrep does not count."""
    noun = c.noun
    return NOT_COUNTED if noun is not None and noun.pos_ == "NOUN" and noun.lower_ != "others" else None


def item_before_it(c: Count) -> str | None:
    """"launched 40 drones, 31 of them over the coast": a bare number counts what the count before it did."""
    return c.prev.item if c.prev is not None else None


def people_by_role(c: Count) -> str | None:
    """"the shelling killed at least 11": casualties are people."""
    return "person" if c.governed[0] in c.lex.quantity_words.casualty_roles else None


def people_held(c: Count) -> str | None:
    """"police arrested 14 overnight", "police arrested 12 of them", "40 marchers, 12 of whom were held": a bare
    number, or a part of people told by a pronoun, held, freed or moved by force counts people."""
    words = c.lex.quantity_words
    noun, partitive = c.counted
    bare = noun is None or partitive and noun.lower_ in words.among_pronouns
    return "person" if bare and c.governed[0] in words.people_roles else None


ITEM_RULES: tuple[Callable[[Count], str | None], ...] = (
    an_age, a_bare_term, what_a_person_has, a_sum_of_money, a_running_total, people_in_a_toll, a_year, the_dead_counted, a_number_naming_a_thing, a_number_in_a_name,
    an_improvised_bomb, others_after_a_count, item_of_lemma,
    item_of_word, item_of_a_name_in_the_plural, people_of_any_name, people_in_a_casualty_list, something_uncounted, item_before_it, people_by_role,
    people_held,
)


def is_part(c: Count) -> bool:
    """Whether the count is a part of the count before it: "nine people, including four children"."""
    if c.prev is None:
        return False
    words = c.lex.quantity_words
    return any(a.lower_ in words.subset_words for a in list(c.num.ancestors)[:3]) or _after_subset_cue(
        c.doc, c.start, c.lex)


def part_of_the_count_before(c: Count, item: str) -> str | None:
    """"the blast killed nine people, including four children": the part shares the whole's role."""
    return c.prev.role if c.prev is not None and is_part(c) else None


def role_of_its_governor(c: Count, item: str) -> str | None:
    """"air defences shot down 42 drones" -> intercepted."""
    return c.governed[0]


def role_of_the_same_item_before(c: Count, item: str) -> str | None:
    """"downed 20 drones over the coast and 12 drones over the hills": the same item, the same role; not for
    the object of another verb ("killed 12 villagers and burned 30 others")."""
    if c.prev is None or c.prev.item != item:
        return None
    noun = c.noun
    if noun is not None and (_whole_of_a_part(noun) or noun.head.pos_ == "VERB" and noun.head.i != c.prev.governor):
        return None
    return c.prev.role


def role_of_the_item(c: Count, item: str) -> str | None:
    """"Near the ford, two strikes destroyed a bridge": strikes counted are strikes launched, whatever
    the verb above them says."""
    return c.lex.quantity_words.item_roles.get(item)


def role_of_a_toll(c: Count, item: str) -> str | None:
    """"The death toll rose to 23": a toll is of the killed."""
    return "killed" if a_toll(c) else None


def role_of_the_casualty_word(c: Count, item: str) -> str | None:
    """"leaves nine dead", "Shelling kills 4", "Three dead, five hurt": the word counted, or the casualty word
    just after the number, says what happened."""
    return _casualty_counted(c) or _a_bare_casualty_word_after(c.num, c.lex)


def role_of_a_fate_noun(c: Count, item: str) -> str | None:
    """"Gunmen attacked the market. 4 fatalities.", "the clash caused 7 deaths", "the sweep ended with 31
    arrests": a noun that names what befell people counts them in that role, whatever verb the parse hangs it
    on ("Troops returned fire. 3 fatalities." is no count of things returned)."""
    noun = c.noun
    return c.lex.quantity_words.fate_nouns.get(noun.lemma_.lower()) if noun is not None else None


ROLE_RULES: tuple[Callable[[Count, str], str | None], ...] = (
    role_of_the_item, role_of_a_toll, role_of_the_casualty_word, part_of_the_count_before, role_of_a_fate_noun,
    role_of_its_governor, role_of_the_same_item_before,
)


def _the_hit_of_whom_some_died(c: Count) -> str | None:
    """"three people were hit" tells no toll (it is told as killed or injured, if at all); but "one of the three
    people hit has died" tells that the three were hurt: people hit, the whole of a part, are the injured."""
    noun = c.noun
    return "injured" if noun is not None and _whole_of_a_part(noun) else None


def _the_dead_of_a_side(c: Count, item: str) -> str | None:
    """"The army lost three soldiers", "troops neutralised four militants": fighters a side loses, or puts out
    of action, are dead; a party losing seats or a firm losing jobs counts no toll."""
    return "killed" if item in c.lex.quantity_words.lost_items else None


def sought_as_wanted(noun: Token, lex: Lexicon) -> bool:
    """"Police are searching for two suspects": people sought as the wanted (``wanted_people``) are not the
    missing a search is for ("searching for two missing fishermen")."""
    return noun.lemma_.lower() in lex.trigger_words.wanted_people


def read_count(c: Count, sent: int) -> QuantityMention | None:
    """The count a number makes, or None for a number that counts nothing sitrep counts."""
    value = parse_number([t.text for t in c.doc[c.start:c.end]], c.lex)
    if value is None:
        return None
    item = next((i for rule in ITEM_RULES if (i := rule(c)) is not None), None)
    if not item:
        return None
    role = next((r for rule in ROLE_RULES if (r := rule(c, item)) is not None), None)
    if role == "hit" and item in c.lex.quantity_words.person_items:
        role = _the_hit_of_whom_some_died(c)
    if role == "lost":
        role = _the_dead_of_a_side(c, item)
    if role == "neutralised":
        role = "intercepted" if item in c.lex.quantity_words.weapon_items else _the_dead_of_a_side(c, item)
    if role is None and item == "body" and _the_dead_found(c):
        item, role = "person", "killed"  # "the bodies of five men were found": five people were killed
    if role == "launched" and item in c.lex.quantity_words.person_items:
        role = None  # "two men fired into a crowd": people fire; they are not what is fired
    if role is None:
        return None
    if value == 1 and role in c.lex.quantity_words.uncounted_one_roles:
        return None  # "one man was arrested" tells of an arrest, as "a man was arrested" does
    if role == "missing" and c.noun is not None and sought_as_wanted(c.noun, c.lex):
        return None
    if role == "detained" and item not in c.lex.quantity_words.held_items:
        return None  # "rebels captured three tanks": a thing taken is not counted as held
    if role == "intercepted" and item not in c.lex.quantity_words.weapon_items:
        role = "destroyed"  # "destroyed 12 vehicles": only weapons in the air are intercepted
    noun, gov = c.noun, c.governed[1]
    return QuantityMention(
        tok_start=c.start, tok_end=c.end, text=c.doc[c.start:c.end].text, value=value,
        qualifier=_qualifier(c.doc, c.start, c.lex), item=item, role=role, sent=sent,
        noun=noun.i if noun is not None else None, governor=gov.i if gov is not None else None,
        part=is_part(c), update=a_toll(c),
    )


def _the_dead_found(c: Count) -> bool:
    """"the bodies of five men were found": the people whose bodies a verb of finding (``body_finding_verbs``)
    is told of were killed; bare bodies found ("rescuers found twelve bodies", a toll's) and bodies handed
    over in an exchange are counted as bodies."""
    noun, people = c.noun, c.num.head
    if noun is None or people == noun or c.lex.items.get(people.lemma_.lower()) not in c.lex.quantity_words.person_items:
        return False  # "rescuers found twelve bodies": a running toll's, told as bodies
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in c.lex.quantity_words.body_finding_verbs


def _conjoined_runs(doc: Doc, counts: list[QuantityMention], lex: Lexicon) -> list[list[QuantityMention]]:
    """Runs of people counts whose nouns are joined by "and", of one role: "three officers and four
    protesters were injured" -> [[3 officers, 4 protesters]]."""
    people = lex.quantity_words.person_items
    by_noun = {q.noun: q for q in counts if q.noun is not None and not q.part and q.item in people}
    runs: dict[int, list[QuantityMention]] = {}
    for q in by_noun.values():
        noun = doc[q.noun]  # type: ignore[index]
        joined = noun.dep_ == "conj" and q.tok_start > 0 and doc[q.tok_start - 1].lower_ == "and"
        first = by_noun.get(noun.head.i) if joined else None  # "12 people, 28 soldiers": a list, not a sum
        if first is not None and first.role == q.role and first is not q:
            runs.setdefault(id(first), [first]).append(q)
    return [run for run in runs.values() if len(run) > 1]


def conjoined_totals(doc: Doc, counts: list[QuantityMention], lex: Lexicon) -> list[QuantityMention]:
    """"three officers and four protesters were injured": the people counted together, 7 injured, beside
    the parts (each stays a count of its own)."""
    out = []
    for run in _conjoined_runs(doc, counts, lex):
        first, last = run[0], run[-1]
        end = max(last.tok_end, (last.noun or 0) + 1)
        out.append(QuantityMention(
            tok_start=first.tok_start, tok_end=end, text=doc[first.tok_start:end].text,
            value=sum(q.value for q in run), qualifier=first.qualifier, item="person", role=first.role,
            sent=first.sent, noun=first.noun, governor=first.governor,
        ))
    return out


def named_victims(doc: Doc, sent_of: Sequence[int], lex: Lexicon) -> list[QuantityMention]:
    """"a neighbour gunned down Greene", "Smith was fatally stabbed", "the murder of Tom Reddle", "Smith is dead
    after the stabbing": a person named as the one a casualty verb struck, as the one a killing was of, or as the
    subject a verb of being sets in a casualty's state, is one person killed or injured (a casualty in the
    singular counts one); not a name read as a place."""
    out: list[QuantityMention] = []
    places = {p.tok_start for p in doc._.places or []}  # "Shelling pounds Lindau, 5 hurt": a town read as a name
    for ent in entities(doc):
        root = ent.root
        if ent.label_ != "PERSON" or root.i in places:
            continue
        role = the_victim_of_a_killing(root, lex)
        gov = role[1] if role is not None and role[1] is not None else root.head
        if role is None and root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB":
            role = role_word_above(root, root.head, lex) or a_casualty_it_is_said_to_have(root, root.head, lex)
        if role is None and root.dep_ == "nsubj":  # "Smith is dead after being stabbed", "... in critical condition"
            role = a_state_it_is_in(root, root.head, lex) or a_hurt_state_it_is_in(root, root.head, lex)
        if role is None or role[0] not in ("killed", "injured"):  # one abducted is told, not counted
            continue
        out.append(QuantityMention(
            tok_start=ent.start, tok_end=ent.end, text=ent.text, value=1, qualifier="exact", item="person",
            role=str(role[0]), sent=sent_of[root.i], noun=root.i, governor=gov.i,
        ))
    return out


def named_people_held(doc: Doc, sent_of: Sequence[int], found: list[QuantityMention],
                      lex: Lexicon) -> list[QuantityMention]:
    """"police arrested Ann Lowe and Tom Barr", "an indictment charging Ann Lowe and Tom Barr with fraud": two
    or more people named together as the ones a verb of holding or charging acted on are a count of the held;
    one named alone is told, not counted (an arrest of one is no figure an analyst sums), and a count in
    numbers in the sentence is the figure."""
    persons = {e.root.i: e for e in entities(doc) if e.label_ == "PERSON"}
    counted = {q.sent for q in found if q.role == "detained"}  # "arrested two men, Ann Lowe and Tom Barr"
    out: list[QuantityMention] = []
    for ent in persons.values():
        root = ent.root
        joined = _names_listed_after(root, persons)
        if root.dep_ not in ("dobj", "nsubjpass") or not joined or sent_of[root.i] in counted:
            continue
        role, gov = _role_of(root, lex)
        if role != "detained" or gov is None:
            continue
        end = max(e.end for e in joined)
        out.append(QuantityMention(
            tok_start=ent.start, tok_end=end, text=doc[ent.start:end].text, value=1 + len(joined),
            qualifier="exact", item="person", role="detained", sent=sent_of[root.i], noun=root.i, governor=gov.i,
        ))
    return out


def _names_listed_after(root: Token, persons: dict[int, Span]) -> list[Span]:
    """The people named after ``root`` in one list with it, all of them names: "Ann Lowe, Tom Barr and Eve
    Pike" (the parser may hang the second as an apposition); [] when a word of the list is no person's name or
    no "and" joins it."""
    listed, todo, joined = [], [root], False
    while todo:
        for c in todo.pop().children:
            joined |= c.dep_ == "cc"
            if c.dep_ in ("conj", "appos"):
                if c.i not in persons:
                    return []
                listed.append(persons[c.i])
                todo.append(c)
    return listed if joined else []  # a list ends in "and": "George R, Smith" is one man's name mistyped


DYING_VERBS = frozenset({"die", "succumb"})  # "he later died", "she succumbed to her wounds"
PERSONAL_PRONOUNS = ("he", "she")


def died_later(doc: Doc, sent_of: Sequence[int], counts: list[QuantityMention],
               lex: Lexicon) -> tuple[list[QuantityMention], set[int]]:
    """"A man was shot in Velden on Sunday. He later died at a hospital.": one person hurt in a sentence, and
    "he" or "she" who dies in the next, with no count of its own, is one killed, not one hurt: the count at the
    pronoun (the sentence that tells the death) and the ids of the counts of the hurt it replaces."""
    words = lex.quantity_words
    died: list[QuantityMention] = []
    replaced: set[int] = set()
    for i in indices_of_lemmas(doc, DYING_VERBS, "VERB"):
        verb = doc[i]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        k = sent_of[i]
        if len(subjects) != 1 or subjects[0].lower_ not in PERSONAL_PRONOUNS or k == 0 \
                or any(c.dep_ == "neg" for c in verb.children) or any(q.sent == k for q in counts):
            continue
        before = [q for q in counts if q.sent == k - 1 and q.role in words.casualty_roles]
        if len(before) != 1 or before[0].value != 1 or before[0].role != "injured" \
                or before[0].item not in words.person_items:
            continue
        he = subjects[0]
        died.append(QuantityMention(tok_start=he.i, tok_end=he.i + 1, text=he.text, value=1, qualifier="exact",
                                    item=before[0].item, role="killed", sent=k, noun=he.i, governor=verb.i))
        replaced.add(id(before[0]))
    return died, replaced


OBJECT_PRONOUNS = frozenset({"him", "her"})  # one person a verb acts on, told again


def the_one_told_by_a_pronoun(doc: Doc, sent_of: Sequence[int], counts: list[QuantityMention],
                              lex: Lexicon) -> tuple[list[QuantityMention], set[int]]:
    """"A mob beat a man in the market, killing him", "gunmen shot a trader, wounding him", "he stabbed her": "him"
    or "her" as what a done casualty verb acts on is one person killed or hurt. One told before in the sentence
    is that person: hurt there and killed here, the one count becomes a death; counted there with the same
    casualty, nothing is added. A verb not done ("threatened to kill him") counts no one. Returns the new counts
    and the ids of the counts of the hurt they replace."""
    words = lex.quantity_words
    told: list[QuantityMention] = []
    replaced: set[int] = set()
    for i in indices_tagged(doc, tags=("PRP",), words=tuple(OBJECT_PRONOUNS)):
        him, verb = doc[i], doc[i].head
        role = lex.quantity_roles.get(verb.lemma_.lower())
        if him.dep_ != "dobj" or verb.tag_ not in ("VBG", "VBD") or role not in ("killed", "injured") \
                or any(c.dep_ == "neg" for c in verb.children):
            continue
        k = sent_of[i]
        before = [q for q in counts if q.sent == k and q.tok_end <= i and q.value == 1
                  and q.item in words.person_items and q.role in ("killed", "injured")]
        if before and (before[-1].role == role or role == "injured"):
            continue  # the one counted already
        if before:
            replaced.add(id(before[-1]))
        told.append(QuantityMention(tok_start=i, tok_end=i + 1, text=him.text, value=1, qualifier="exact",
                                    item=before[-1].item if before else "person", role=role, sent=k, noun=i,
                                    governor=verb.i))
    return told, replaced


def one_more_of_them(doc: Doc, sent_of: Sequence[int], counts: list[QuantityMention],
                     lex: Lexicon) -> list[QuantityMention]:
    """"One soldier was killed and another was wounded", "killed one guard and wounded another", "left one man
    dead and another hurt": "another" standing for a person, after a count of people in its sentence, is one
    more of the same kind, with the casualty its own verb or state tells; not "another attack" (a noun's
    word) nor "another 20 people" (a count of its own)."""
    out: list[QuantityMention] = []
    for i in indices_tagged(doc, words=("another",)):  # no Token built for the other words
        t = doc[i]
        before = [q for q in counts if q.sent == sent_of[t.i] and q.tok_end <= t.i
                  and q.item in lex.quantity_words.person_items and q.role in lex.quantity_words.casualty_roles]
        role = _role_of_another(t, lex)
        if not before or role is None:
            continue
        out.append(QuantityMention(
            tok_start=t.i, tok_end=t.i + 1, text=t.text, value=1, qualifier="exact", item=before[-1].item,
            role=role, sent=sent_of[t.i], noun=t.i, governor=t.head.i,
        ))
    return out


def _role_of_another(t: Token, lex: Lexicon) -> str | None:
    """The casualty "another" tells: its verb's ("another was wounded", "wounded another") or the state the
    parser made its head ("another hurt", read as a noun), or its own relative clause's ("another who was hurt")."""
    if t.dep_ in ("nsubj", "nsubjpass", "dobj"):
        role = _role_of(t, lex)[0]
    elif any(c.dep_ == "relcl" for c in t.children):  # "a boy who was killed and another who was hurt"
        role = (a_relative_clause_on_it(t, t, lex) or NO_ROLE)[0]
    elif t.dep_ == "det" and t.head.pos_ in ("NOUN", "ADJ", "VERB") and not t.head.like_num:
        role = lex.quantity_roles.get(t.head.lemma_.lower()) or lex.quantity_roles.get(t.head.lower_)
    else:
        return None
    return role if role in lex.quantity_words.casualty_roles else None


def _lemmas_and_lowers(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's lemma in lower case and its lower-case form, read from the doc's arrays (building a Token
    object per word to ask costs more than the reading)."""
    if not len(doc):
        return [], []
    strings = doc.vocab.strings
    rows = doc.to_array([LEMMA, LOWER]).tolist()
    return [strings[lemma].lower() for lemma, _ in rows], [strings[lower] for _, lower in rows]


def headline_victims(doc: Doc, sent_of: Sequence[int], lex: Lexicon) -> list[QuantityMention]:
    """"Journalist shot dead in the capital", "Policeman wounded in ambush": a headline's person in the
    singular, with no article, that a casualty participle with no auxiliary and no object of its own tells
    of, is one person killed or injured; so is the bare object of a headline's active verb ("Sniper kills
    teen near the border")."""
    out: list[QuantityMention] = []
    nouns = {doc.vocab.strings[tag] for tag in ("NN", "NNP")}
    for i, tag in enumerate(doc.to_array([TAG]).tolist() if len(doc) else []):
        if tag not in nouns:
            continue  # read from the array: no Token is built for the other words
        t = doc[i]
        verb = _headline_participle(t) or _headline_object_of(t)
        if verb is None or any(c.dep_ in BARE_NOUN_BLOCKERS for c in t.children):
            continue
        item = lex.items.get(t.lemma_.lower()) or (
            "person" if one_struck(t, lex) or _shot_or_stabbed(t, verb, lex) else None)
        if item not in lex.quantity_words.person_items:
            continue
        if any(c.dep_ in ("aux", "auxpass") or c.dep_ == "dobj" and c != t for c in verb.children):
            continue
        role = role_word_above(t, verb, lex)
        if role is None or role[0] not in ("killed", "injured"):
            continue
        out.append(QuantityMention(
            tok_start=t.i, tok_end=t.i + 1, text=t.text, value=1, qualifier="exact", item=str(item),
            role=str(role[0]), sent=sent_of[t.i], noun=t.i, governor=verb.i,
        ))
    return out


def _people_negated(t: Token, lex: Lexicon) -> str | None:
    """The item of people a word counts none of: "nobody", "none of the soldiers" (their item), "no one",
    "no civilians"; None for a word that is no negation of people ("no houses", "none of the buildings")."""
    words = lex.quantity_words
    item: str | None
    if t.lower_ in words.nobody_words:
        of = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        item = lex.items.get(of[0].lemma_.lower(), "person") if of else "person"
    elif any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
        item = "person" if t.lower_ == "one" else lex.items.get(t.lemma_.lower())
    else:
        return None
    return item if item in words.person_items else None


def negated_people(doc: Doc, sent_of: Sequence[int], found: list[QuantityMention],
                   lex: Lexicon) -> list[QuantityMention]:
    """"No soldiers were killed", "the strike killed no one", "none of the passengers were injured": people a
    casualty verb befell that a negation counts none of, a count of zero of their kind (beside the fixed
    patterns of ``negated_casualties``, whose zero stands)."""
    told = {(q.sent, q.item, q.role) for q in found if q.value == 0}
    out: list[QuantityMention] = []
    nobody = lex.quantity_words.nobody_words
    # Only a word of nobody or the word under a "no" can be one: found from the doc's arrays, since a
    # Token built for every word of a long report costs more than the rest of this step.
    under_no = {doc[i].head.i for i in indices_tagged(doc, words=("no",)) if doc[i].dep_ == "det"}
    for i in sorted(under_no.union(indices_tagged(doc, words=nobody))):
        t = doc[i]
        item = _people_negated(t, lex) if t.pos_ in ("NOUN", "PRON") else None
        if item is None:
            continue
        role, gov = _role_of(t, lex)
        if role not in lex.quantity_words.casualty_roles or gov is None or not _a_verb_or_its_state(gov):
            continue
        if (sent_of[t.i], item, role) in told:
            continue
        told.add((sent_of[t.i], item, role))
        start = t.left_edge.i if t.left_edge.lower_ == "no" else t.i
        out.append(QuantityMention(
            tok_start=start, tok_end=t.i + 1, text=doc[start:t.i + 1].text, value=0, qualifier="exact",
            item=item, role=role, sent=sent_of[t.i], noun=t.i, governor=gov.i,
        ))
    return out


def one_struck(t: Token, lex: Lexicon) -> bool:
    """"gunmen killed a school principal", "Air strike kills rebel commander": a singular noun the lexicon does not
    count, the object of a verb that kills or wounds done by arms, is one person, whatever their trade is called; not
    "killed a total of 12" nor "killed a number of them" (a noun that measures the count after it), nor "the army
    killed off a plan to close the base" (a phrasal verb, or a noun with a clause of its own, names no one)."""
    if t.tag_ != "NN" or t.dep_ not in ("dobj", "nsubjpass") or t.head.pos_ != "VERB" or \
            lex.items.get(t.lemma_.lower()) is not None:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "acl" for c in t.children) or \
            any(c.dep_ == "prt" for c in t.head.children):
        return False  # "killed a number of them", "killed a plan to close it", "killed off the plan"
    role, verb = _role_of(t, lex)
    if role not in ("killed", "injured") or verb is None:
        return False
    if verb != t.head:
        return _wounded_by_arms_and(t, verb, lex)
    if t.dep_ == "nsubjpass":
        return _one_told(t) and _done_by_arms(verb, lex)
    if _wounded_by_arms_and(t, verb, lex):
        return True
    doing = [verb, verb.head] if verb.dep_ in ("conj", "advcl") else [verb]  # "shot and killed a clerk"
    return any(_armed(s, lex) for v in doing for s in v.children if s.dep_ == "nsubj")


def _wounded_by_arms_and(t: Token, verb: Token, lex: Lexicon) -> bool:
    """"a store clerk was shot and wounded", "a masked man stabbed and killed a cashier": a verb of a wound by
    a weapon (``wounding_verbs``) joined by "and" to the verb of the toll tells one person hurt by arms."""
    first = verb.head
    joined = verb.dep_ == "conj" and t.head in (verb, first) and first.lemma_.lower() in lex.quantity_words.wounding_verbs
    return joined and (t.dep_ == "dobj" or _one_told(t))


def _done_by_arms(verb: Token, lex: Lexicon) -> bool:
    """"a sergeant was killed by gunmen", "a commander was killed in an air strike", "an elder was shot dead in
    an ambush": a passive whose "by" or "in" phrase names an armed doer, a weapon or an attack."""
    objects = [o for p in verb.children if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "in")
               for o in p.children if o.dep_ == "pobj"]
    return any(_armed(o, lex) or o.lemma_.lower() in lex.attack_nouns for o in objects)


def _armed(doer: Token, lex: Lexicon) -> bool:
    """A doer that kills by arms: "gunmen", "the army", "a drone", "an air strike" (not "the senate", "a storm")."""
    forms = {doer.lemma_.lower(), doer.lower_, doer.lower_.removesuffix("s")}  # a line-initial "Militants" keeps its s
    return bool(forms & lex.arms_words)


def _shot_or_stabbed(t: Token, verb: Token, lex: Lexicon) -> bool:
    """"Teacher shot dead in the market", "Elder stabbed to death": a headline's bare singular noun that a
    participle of a wound by arms (``wounding_verbs``) tells of is one person, whatever their trade is called."""
    return t.tag_ == "NN" and verb.tag_ == "VBN" and verb.lemma_.lower() in lex.quantity_words.wounding_verbs


def _headline_participle(t: Token) -> Token | None:
    """The participle a headline's noun is the subject of ("Medic shot dead"), or that hangs on it when the
    noun heads the line ("Soldier killed in ambush")."""
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.tag_ in ("VBN", "VBD"):
        return t.head
    if t.dep_ == "ROOT":
        return next((c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == t.i + 1), None)
    return None


def _headline_object_of(t: Token) -> Token | None:
    """The active verb a headline's bare noun is the object of ("Gunmen kill policeman in the market"): a line
    in headline grammar, where "a" and "the" are left out, so a bare singular noun is one person."""
    if t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.tag_ in ("VBZ", "VBP", "VBD") \
            and headline_grammar(t.sent):
        return t.head
    return None


def a_rank(t: Token, lex: Lexicon) -> bool:
    """"a police sergeant was stabbed", "gunmen shot a lieutenant": a rank of the police or the forces names a
    person (``ranks``, ``military_ranks``)."""
    lemma = t.lemma_.lower()
    return lemma in lex.claim_words.ranks or lemma in lex.actor_words.military_ranks


AGE_NOUN_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")


def an_age_for_a_person(t: Token) -> bool:
    """"a 16-year-old was shot", "police arrested a 19-year-old", "the 70-year-old died": an age that stands
    where a noun would, with no noun after it, names one person; not "the man is 45 years old" (a state)."""
    return t.lower_ == "old" and t.dep_ in AGE_NOUN_DEPS and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() == "year" and any(n.dep_ == "nummod" for n in c.children)
        for c in t.children)


def _a_capitalised_role(t: Token, lex: Lexicon) -> bool:
    """"A U.S. Marine was killed", "another Marine was wounded": a word of people capitalised as a proper noun,
    with "a", "an" or "another" before it, is one of them (a name such as "Marine Le Roux" has none)."""
    return t.tag_ == "NNP" and lex.items.get(t.lower_) in lex.quantity_words.person_items and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)


def _one_told(t: Token) -> bool:
    """"a woman", "another guard", and "the driver was killed", "the guard was wounded": one person, with "a" or
    "another", or with "the" as the subject of a passive verb (the one it befell, told once; a count of the same
    one again is the same), or with "the" and an ordinal ("the 28th soldier killed")."""
    dets = [c.lower_ for c in t.children if c.dep_ == "det"]
    if any(d in ("a", "an", "another") for d in dets + _dets_of_its_compounds(t)) \
            or dets == ["the"] and _an_ordinal_on(t):
        return True
    if t.dep_ == "dobj" and _whose_one(t):
        return True
    return dets == ["the"] and t.dep_ == "nsubjpass" and t.head.pos_ == "VERB" or _the_one_of_a_toll_clause(t)


def the_one_it_befell(t: Token, lex: Lexicon) -> bool:
    """"gunmen killed the mayor", "a gunman shot dead the mayor": a noun of people the lexicon knows, with "the",
    as the object of an active verb (or of its result word, "dead"), with no count or second noun of its own, is
    one person (not "killed nine soldiers, the deadliest attack on the army": no person's noun)."""
    verb = t.head.head if t.head.dep_ == "acomp" else t.head
    dets = [c.lower_ for c in t.children if c.dep_ == "det"]
    return dets == ["the"] and t.dep_ == "dobj" and verb.pos_ == "VERB" and lex.items.get(t.lemma_.lower()) \
        in lex.quantity_words.person_items and not any(c.dep_ in ("nummod", "conj") for c in t.children)


def _whose_one(t: Token) -> bool:
    """"shot his neighbor to death", "wounding her husband": the object of an act, told by whose it is and with
    no count of its own, is one person."""
    return any(c.dep_ == "poss" for c in t.children) and not any(c.dep_ in ("nummod", "conj") for c in t.children)


def _the_one_of_a_toll_clause(t: Token) -> bool:
    """"a bomb exploded under a truck, killing its driver", "..., wounding the guard": the one the "-ing" clause
    of the act's toll names with "the" or whose it is, is one person this act befell (not one told before)."""
    verb = t.head
    return t.dep_ == "dobj" and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and _the_one(t) and \
        not any(c.dep_ in ("nummod", "conj") for c in t.children)


def _dets_of_its_compounds(t: Token) -> list[str]:
    """"a school bursar" parsed with "a" on "school": the article the noun's first compound word took."""
    return [d.lower_ for c in t.children if c.dep_ == "compound" for d in c.children if d.dep_ == "det"]


ORDINAL = re.compile(r"\d+(st|nd|rd|th)", re.IGNORECASE)


def _an_ordinal_on(t: Token) -> bool:
    """"the 28th soldier killed since 2003", "the fifth journalist shot this year": one person, the last of a
    series (the series is background; the one is this event's)."""
    return any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or ORDINAL.fullmatch(c.text)) for c in t.children)


def _the_one(t: Token) -> bool:
    """"the mayor", "his neighbour", "a clerk": one person, told with an article or whose he is."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in t.children)


def _a_verb_or_its_state(gov: Token) -> bool:
    """A verb ("a woman was injured", "a man is in critical condition") or the state a verb of being sets ("a
    woman is missing"); not "the dead" of
    "a woman was among the dead", a part of a count told before; not a verb denied ("taught us not to kill a
    child", "did not injure a man")."""
    if any(c.dep_ == "neg" for c in gov.children):
        return False
    return gov.pos_ in ("VERB", "AUX") or (gov.pos_ == "ADJ" and gov.dep_ in ("acomp", "oprd"))


# what makes a noun no bare headline victim: "the man", "his son", "two men", "men and women"
BARE_NOUN_BLOCKERS = ("det", "poss", "nummod", "conj", "cc")


def _number_starts(doc: Doc, tens: Collection[str]) -> list[int]:
    """Where a count may start: a number-like word, a tens word ("forty-two") or "dozen", in order, read
    from the doc's arrays (a Token built for every word costs more than the reading of the few that count)."""
    if not len(doc):
        return []
    like_num = numpy.flatnonzero(doc.to_array([LIKE_NUM])).tolist()
    return sorted(set(like_num) | set(indices_tagged(doc, words=(*tens, "dozen"))))


class QuantityFinder(SitrepComponent):
    def _numbers(self, doc: Doc) -> list[tuple[int, int]]:
        words = self.lex.quantity_words
        skip = {i for e in entities(doc) if e.label_ in words.uncounted_labels for i in range(e.start, e.end)}
        spans: list[tuple[int, int]] = []
        free = 0  # the first index no span has taken
        for i in _number_starts(doc, words.tens):
            if i < free:
                continue
            t = doc[i]
            negated = i > 0 and doc[i - 1].lower_ in ("no", "not")  # "no one was hurt" is a negation, not a count
            if t.lower_ in words.tens and i + 2 < len(doc) and doc[i + 1].text == "-" and \
                    doc[i + 2].lower_ in words.units and not negated:
                spans.append((i, i + 3))  # "forty-two"
                free = i + 3
            elif t.like_num and i not in skip and not negated and t.lower_ not in words.vague_amounts:
                j = i + 1
                while j < len(doc) and (doc[j].like_num or doc[j].lower_ in words.multipliers) and j not in skip:
                    j += 1
                # "3-1", "10-year-old", "Ana Ruiz, 19 - was charged": a number before a dash or joined to one is
                # part of a word, a score or an aside; one after a dash set off by spaces opens the text after a
                # dateline ("SALEM, Ore. - One person was killed")
                hyphen = (i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_) or (
                    j < len(doc) and doc[j].text == "-")
                if not hyphen:
                    spans.append((i, j))
                free = j
            elif t.lower_ == "dozen" and i > 0 and doc[i - 1].lower_ == "a" and i not in skip:
                spans.append((i - 1, i + 1))
                free = i + 1
        return spans

    def _counts(self, doc: Doc, sent_of: Sequence[int]) -> list[QuantityMention]:
        """Each number that counts something, read with the count before it in its sentence."""
        out: list[QuantityMention] = []
        last_in_sent: dict[int, QuantityMention] = {}
        for s, e in self._numbers(doc):
            k_sent = sent_of[e - 1]
            q = read_count(Count(doc, s, e, last_in_sent.get(k_sent), self.lex), k_sent)
            if q is not None:
                out.append(q)
                if not q.part:  # "killed 14 civilians, including five children, and wounded 30": 30 civilians
                    last_in_sent[k_sent] = q
        return out

    def find(self, doc: Doc) -> list[QuantityMention]:
        """Counts in numbers, then people counted one in the singular, then negated casualties, by position."""
        sent_of = sentence_of_each_token(doc)
        counts = self._counts(doc, sent_of)
        out = counts + self._singulars(doc, sent_of, counts) + self._negations(doc, sent_of)
        out += named_victims(doc, sent_of, self.lex)
        out += named_people_held(doc, sent_of, counts, self.lex)
        out += headline_victims(doc, sent_of, self.lex)
        out += one_more_of_them(doc, sent_of, out, self.lex)
        out += negated_people(doc, sent_of, out, self.lex)
        out += conjoined_totals(doc, counts, self.lex)
        died, hurt_before = died_later(doc, sent_of, out, self.lex)
        out = [q for q in out if id(q) not in hurt_before] + died
        told, hurt_before = the_one_told_by_a_pronoun(doc, sent_of, out, self.lex)
        out = [q for q in out if id(q) not in hurt_before] + told
        out.sort(key=lambda q: (q.tok_start, -q.tok_end))  # a total before the first of its parts
        return out

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = self.find(doc)
        return doc

    def _singulars(self, doc: Doc, sent_of: Sequence[int], counts: list[QuantityMention]) -> list[QuantityMention]:
        """"killing a 58-year-old man", "a woman was injured": one person; "killing a soldier and two civilians":
        one soldier (of the kind its noun names, so that it stands beside a count of people of another kind);
        "injuring seven people, including a child": one child, beside the seven."""
        words = self.lex.quantity_words
        out: list[QuantityMention] = []
        texts = token_texts(doc)
        # proper nouns only when their word is one of people ("a U.S. Marine"): a Token for every name costs
        capitalised = {i for i in indices_tagged(doc, tags=("NNP",))
                       if self.lex.items.get(texts[i].lower()) in words.person_items}
        for i in sorted(capitalised.union(indices_tagged(doc, tags=("NN",), words=("old",)))):
            t = doc[i]
            aged = an_age_for_a_person(t)
            named_role = i in capitalised and _a_capitalised_role(t, self.lex)
            if t.tag_ != "NN" and not aged and not named_role:
                continue
            killing = the_victim_of_a_killing(t, self.lex)
            item = self.lex.items.get(t.lower_) if named_role else \
                "person" if aged or a_rank(t, self.lex) else self.lex.items.get(t.lemma_.lower()) or (
                "person" if killing or one_struck(t, self.lex) else None)  # "of the mayor", "killed a principal"
            if item not in words.person_items:
                continue
            if not (_one_told(t) or killing is not None and _the_one(t) or the_one_it_befell(t, self.lex)):
                continue
            det = min(c.left_edge.i for c in t.children if c.dep_ in ("det", "poss", "compound"))
            whole = [q for q in counts
                     if q.sent == sent_of[t.i] and q.tok_end <= det and q.role in words.casualty_roles]
            if whole and _after_subset_cue(doc, det, self.lex):
                out.append(QuantityMention(
                    tok_start=det, tok_end=t.i + 1, text=doc[det:t.i + 1].text, value=1, qualifier="exact",
                    item=str(item), role=whole[-1].role, sent=sent_of[t.i], noun=t.i, governor=whole[-1].governor,
                ))
                continue
            role, gov = killing or _role_of(t, self.lex)
            # the subject of its own verb, however far, or of a verb joined to it ("was shot ... and died")
            far = gov is not None and gov.i - t.i > 6 and t.head not in (gov, gov.head)
            if role not in words.casualty_roles or gov is None or not (killing or _a_verb_or_its_state(gov)) or far:
                continue
            if role == "missing" and sought_as_wanted(t, self.lex):
                continue
            out.append(QuantityMention(
                tok_start=det, tok_end=t.i + 1, text=doc[det:t.i + 1].text, value=1, qualifier="exact",
                item=str(item), role=role, sent=sent_of[t.i], noun=t.i, governor=gov.i,
            ))
        return out

    def _negations(self, doc: Doc, sent_of: Sequence[int]) -> list[QuantityMention]:
        out: list[QuantityMention] = []
        lemmas, lowers = _lemmas_and_lowers(doc)
        at: dict[str, list[int]] = {}
        for j, (lem, low) in enumerate(zip(lemmas, lowers, strict=True)):
            at.setdefault(lem, []).append(j)
            if low != lem:
                at.setdefault(low, []).append(j)
        for rule in self.lex.quantity_words.negated_casualties:
            pat = rule.pattern
            last = len(doc) - len(pat)
            anchor = next((k for k, p in enumerate(pat) if p != "*"), None)
            starts = range(last + 1) if anchor is None else sorted(
                {j - anchor for j in at.get(pat[anchor], []) if 0 <= j - anchor <= last})
            for i in starts:
                if all(p == "*" or lemmas[i + k] == p or lowers[i + k] == p for k, p in enumerate(pat)):
                    if any(q.tok_start <= i < q.tok_end for q in out):
                        continue
                    for item, role in rule.quantities:
                        out.append(QuantityMention(
                            tok_start=i, tok_end=i + len(pat), text=doc[i:i + len(pat)].text, value=0,
                            qualifier="exact", item=item, role=role, sent=sent_of[i],
                        ))
        return out

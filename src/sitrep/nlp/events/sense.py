"""Is a draft an event at all: checks on who acts, made once its sides and claims are known.

A trigger word in another sense makes a draft no party takes part in: "the department offers
these tips", "a bistro that proposes herring", "people can meet and relax". ``NO_EVENT_CHECKS``
is an ordered list of small named rules, each with an invented example; a draft any rule
answers for is dropped before it is folded into a record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span

from sitrep.lexicon import Lexicon
from sitrep.nlp.events.draft import DraftEvent
from sitrep.records import Actor, family

SUBJECTS = ("nsubj", "nsubjpass")
ARMED_KINDS = ("military", "armed_group")


@dataclass(frozen=True)
class Draft:
    """A draft and the sentence that told it, as the checks read them."""

    draft: DraftEvent
    sent: Span
    lex: Lexicon


def _is_party(kind: str, country: str | None, lex: Lexicon) -> bool:
    """A state, government, official, international body or armed group, or anyone of a named country."""
    return kind in lex.status.party_kinds or country is not None


def _titled(name: str, lex: Lexicon) -> bool:
    """"regional governor Anna Ruiz": a name whose title is an office of a party's kind."""
    return any(lex.institutions.get(w.lower().strip(",.")) in lex.status.party_kinds for w in name.split())


def _official(name: str, d: Draft) -> bool:
    """"Ruiz denied it" after "regional governor Anna Ruiz said": a person the report gave an office."""
    surname = name.split()[-1] if name.split() else ""
    return bool(surname) and any(c.claimant.split()[-1:] == [surname] and _titled(c.claimant, d.lex)
                                 for c in d.sent.doc._.claims or [])


def _party_subject(sent: Span, lex: Lexicon) -> bool:
    """"Negotiators met in Geneva", "the rebel leader threatened ...": a subject named by an institution's word
    of a party's kind, itself or in its modifiers."""
    subjects = [t for t in sent if t.dep_ in SUBJECTS]
    mods = [c for t in subjects for c in t.children if c.dep_ in ("compound", "amod")]
    # a modifier only when armed: "the rebel leader", not "the company president" or "the authority board"
    return any(lex.institutions.get(t.lemma_.lower()) in lex.status.party_kinds for t in subjects) or any(
        lex.institutions.get(t.lemma_.lower()) in ARMED_KINDS for t in mods)


def _a_firms_country(actor: Actor, d: Draft) -> bool:
    """"Chilean oil giant Petrox": a country named only as the nationality of a firm is no party."""
    last = (actor.text or "").split()[-1:]
    return bool(last) and any(t.text == last[0] and t.dep_ in ("amod", "compound")
                              and t.head.lemma_.lower() in d.lex.status.company_nouns for t in d.sent)


def no_party_acts(d: Draft) -> bool:
    """"The shop offered Syrian refugees a discount": a proposal, a talk, a statement or a swap of prisoners
    needs a party among those who act or claim ("the ministry offered talks", "negotiators met"); one acted
    upon is not enough. A release of hostages or of the kidnapped (``captivity_words``) has its captors."""
    ev, lex = d.draft.event, d.lex
    if family(ev.type) not in lex.status.party_families or ev.type in lex.status.party_types_of_their_own:
        return False
    if family(ev.type) == "prisoners" and any(t.lemma_.lower() in lex.trigger_words.captivity_words
                                              or t.lower_ in lex.trigger_words.captivity_words for t in d.sent):
        return False  # "Hostages released after a 10-day ordeal": their captors are the party
    said = family(ev.type) == "statement"  # a denial by "the regional governor": an official's own words
    acting = [a for a in ev.actors if a.role != "target" and not _a_firms_country(a, d)]
    if any(_is_party(a.kind, a.country, lex) or (said and a.kind == "person" and _official(a.text or a.name, d))
           for a in acting):
        return False
    return not any(_is_party(c.claimant.kind, c.claimant.country, lex) or (said and _official(c.claimant.name, d))
                   for c in ev.claims) and not _party_subject(d.sent, lex) and not _talks_of_settlement(d)


def _talks_of_settlement(d: Draft) -> bool:
    """"Peace talks resumed in Belfast", "the truce negotiations stalled": talks a word of settlement names
    (``settlement_words``) are between the sides of a conflict, whether or not the sentence names them."""
    cues = d.lex.status
    return family(d.draft.event.type) == "diplomacy" and any(
        t.lemma_.lower() in cues.talks_nouns and any(
            m.dep_ in ("compound", "amod", "nmod") and m.lower_ in cues.settlement_words for m in t.children)
        for t in d.sent)


BACKGROUND_DAYS = 365  # a year: the reports' events are of the days and weeks before them, not of past years


def told_years_before(d: Draft) -> bool:
    """"In 2011, the firm signed a deal with the ministry" in a report of 2016: an act dated wholly more than a
    year before the report is background to it, no event of its own (its date is the one the report gave). Not
    a court's act: "in 1991 he was convicted" is the case a report of its appeal follows."""
    end = d.draft.event.date.end
    if d.draft.event.type in d.lex.status.case_history_types:
        return False
    published = d.sent.doc._.info.published
    return end is not None and (published - date.fromisoformat(end[:10])).days > BACKGROUND_DAYS


def a_rite_gathers(d: Draft) -> bool:
    """"The funeral service brought together ministers and priests": a rite or a feast that gathers people
    (its subject a funeral, a mass, a wedding, a concert) holds no talks."""
    if family(d.draft.event.type) != "diplomacy":
        return False
    return any(t.dep_ in SUBJECTS and t.lemma_.lower() in d.lex.status.rite_nouns for t in d.sent)


ABOVE_THE_STATE = ("international", "armed_group")


def _countries_told(d: Draft) -> set[str]:
    """The countries a draft's sides and claimants belong to, and those its sentence names."""
    ev, sent = d.draft.event, d.sent
    told = {a.country for a in ev.actors if a.country} | {c.claimant.country for c in ev.claims if c.claimant.country}
    told |= {a.country for a in sent.doc._.actors or [] if a.country and sent.start <= a.tok_start < sent.end}
    return told | {p.place.country for p in sent.doc._.places or []
                   if p.place.country and sent.start <= p.tok_start < sent.end}


def a_domestic_affair(d: Draft) -> bool:
    """"the county board met Monday", "the governor and the senate agreed to use reserve money", "the firm agreed
    to buy its rival", "police gave no details of the talks with the kidnappers": talks, deals and offers among
    bodies below the state or private ones, all of one country, are politics or business at home, no diplomacy."""
    ev, lex = d.draft.event, d.lex
    if family(ev.type) != "diplomacy" or any(a.kind in ABOVE_THE_STATE for a in ev.actors):
        return False
    if len(_countries_told(d)) > 1 or any(t.lemma_.lower() in lex.status.diplomatic_agents for t in d.sent):
        return False
    subjects = [t for t in d.sent if t.dep_ in SUBJECTS]
    words = {w.lemma_.lower() for t in subjects for w in (t, *t.children) if w.dep_ in SUBJECTS + ("compound", "amod", "poss")}
    words |= {w.lower().strip(".,") for a in ev.actors for w in (a.text or a.name).split()}
    firms = any(t.lemma_.lower() in lex.status.company_nouns for t in d.sent)  # "to combine the two carriers"
    return firms or bool(words & lex.status.domestic_bodies)


MONEY_TYPES = ("diplomacy.agreement", "diplomacy.proposal", "diplomacy.rejection")


def money_at_home(d: Draft) -> bool:
    """"the governor said he will refuse $700 million of federal cash", "the ministry agreed to pay her $1,000",
    "a plan to offer loans to first-time buyers": a deal, an offer or a refusal of money (a sum, or
    ``money_nouns``) by no state, that names one country at most and no international body, envoy or armed men,
    is budget or business at home, no diplomacy ("Russia agreed to pay Ukraine $3 billion" stays; aid is its
    own type)."""
    ev, lex = d.draft.event, d.lex
    if ev.type not in MONEY_TYPES or any(a.kind in (*ABOVE_THE_STATE, "state") for a in ev.actors):
        return False
    money = lex.status.money_nouns
    if not any(t.ent_type_ == "MONEY" or t.tag_ == "$" or t.lemma_.lower() in money for t in d.sent):
        return False
    if len(_countries_told(d)) > 1:
        return False
    outside = lex.status.diplomatic_agents | lex.actor_words.armed_nouns  # "offered the rebels $2 million"
    return not any(t.lemma_.lower() in outside for t in d.sent)


NO_EVENT_CHECKS: tuple[Callable[[Draft], bool], ...] = (
    no_party_acts,
    a_domestic_affair,
    told_years_before,
    a_rite_gathers,
    money_at_home,
)


def eventive(drafts: list[DraftEvent], doc_sents: list[Span], lex: Lexicon) -> list[DraftEvent]:
    """The drafts no rule of ``NO_EVENT_CHECKS`` says are no event."""
    return [d for d in drafts if not any(rule(Draft(d, doc_sents[d.sent], lex)) for rule in NO_EVENT_CHECKS)]


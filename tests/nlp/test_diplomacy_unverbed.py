"""The probe of diplomacy told without an obvious verb (``diplomacy_unverbed_cases.py``): calls, plans, refusals,
name-calling, demands and expulsions told by a noun, an idiom or from the other side, and look-alikes that report
no such act; the rows sitrep does not read right yet are marked.

Plus case tables for the readings added with it: the name a speaker calls a foe by, with the word that makes it an
insult ("a puppet regime"); a plan told by the participle that made it ("a plan unveiled on Monday"); a talk by
phone told apart from its phrase ("spoke for an hour by telephone"); an envoy given hours to leave; ties broken.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article
from tests.nlp.diplomacy_unverbed_cases import CASES

# rows sitrep does not read right yet, by their opening words
GAPS = (
    "The Chinese foreign minister told his",  # the caller speaks ("told"), and a speaker is kept from the sides
    "A Soviet-led peace plan worked out",  # the parser joins "was presented" to "worked out" as a conjunct
    "The allies dismissed",  # "the allies" names no state
    "Ukraine said on Friday that the Russian",  # a proposal judged "a non-starter" is no verb of refusal
    "Norway said on Tuesday it was sending home",  # "send" an envoy reads as talks, "home" not heard
    "The rupture of diplomatic relations",  # the states stand in the object's "between", not as sides
)


def _problems(events, want: str | None, not_want: str | None, sides) -> list[str]:
    types = [e.type for e in events]
    out = [] if not want or want in types else [f"missing {want} in {types}"]
    if not_want == "*" and events or not_want in types:
        out.append(f"read {types}")
    actors = [(a.role, a.country) for e in events if e.type == want for a in e.actors]
    return out + [f"side {side} not in {actors}" for side in sides if want in types and side not in actors]


def _params():
    for text, want, not_want, sides in CASES:
        marks = [pytest.mark.xfail(strict=False)] if text.startswith(GAPS) else []
        yield pytest.param(text, want, not_want, sides, marks=marks, id=text[:48])


@pytest.mark.parametrize(("text", "want", "not_want", "sides"), list(_params()))
def test_the_unverbed_diplomacy_probe(extractor, text, want, not_want, sides):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    assert _problems(events, want, not_want, sides) == []


# (text, the event types it must make, the types it must not make)
READING_CASES = [
    # the name a speaker calls a foe by, with the word that makes a plain noun an insult
    ("Freedonia described Sylvania as a rogue state on Monday.", {"statement.accusation"}, set()),
    ("Freedonia called the Sylvanian government a puppet regime on Monday.", {"statement.accusation"}, set()),
    ("Freedonia's president branded his Sylvanian counterpart a dictator on Monday.", {"statement.accusation"}, set()),
    ("Freedonia described Sylvania as a close partner on Monday.", set(), {"statement.accusation"}),
    ("The critic described the novel as a puppet show.", set(), {"statement.accusation"}),
    # a plan, offer or initiative told by the participle that made it
    ("Under a plan unveiled by Sylvania on Monday, both armies would pull back.", {"diplomacy.proposal"}, set()),
    ("Sylvania's offer, made on Friday, was welcomed by Freedonia.", {"diplomacy.proposal"}, set()),
    ("The plan drawn on a napkin was lost.", set(), {"diplomacy.proposal"}),
    # a talk by phone with words between the verb and the phone
    ("The Sylvanian and Freedonian presidents spoke for an hour by telephone on Monday.", {"diplomacy.call"}, set()),
    ("The Sylvanian president telephoned his Freedonian counterpart on Monday.", {"diplomacy.call"}, set()),
    ("The call between the Chilean and Peruvian presidents on Monday lasted an hour.", {"diplomacy.call"}, set()),
    ("The Sylvanian president spoke by the river on Monday.", set(), {"diplomacy.call"}),
    # an envoy given hours to leave, kicked out; ties broken
    ("Sylvania gave the Freedonian ambassador 48 hours to leave the country on Monday.", {"diplomacy.sanctions"}, set()),
    ("The Freedonian ambassador was kicked out of Sylvania on Monday.", {"diplomacy.sanctions"}, set()),
    ("Sylvania broke ties with Freedonia on Monday.", {"diplomacy.sanctions"}, set()),
    ("The teacher gave the pupils an hour to leave the hall.", set(), {"diplomacy.sanctions"}),
    # an appeal to a body of states is made to states
    ("Chile pressed the United Nations on Monday to send observers to the border.", {"diplomacy.proposal"}, set()),
    ("The singer pressed her fans on Monday to buy the new album.", set(), {"diplomacy.proposal"}),
    # refusals told by an idiom
    ("Sylvania spurned the Freedonian peace offer on Monday.", {"diplomacy.rejection"}, set()),
    ("Sylvania brushed aside the Freedonian plan on Monday.", {"diplomacy.rejection"}, set()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), READING_CASES)
def test_the_reading(parse, text, wanted, unwanted):
    types = {e.type for e in parse(text)._.events}
    assert wanted <= types and not unwanted & types


# (text, the call's participants): a talk told in a phrase that frames the clause is held by its subject
FRAMED_CASES = [
    ("In a call with his Peruvian counterpart on Monday, the Chilean president discussed trade.", {"CHL", "PER"}),
    ("During a phone call with the Bolivian president on Monday, the Chilean president raised the border.",
     {"CHL", "BOL"}),
]


@pytest.mark.parametrize(("text", "countries"), FRAMED_CASES)
def test_the_framed_talk_is_held_by_the_subject(parse, text, countries):
    calls = [e for e in parse(text)._.events if e.type == "diplomacy.call"]
    assert countries <= {a.country for e in calls for a in e.actors if a.role == "participant"}

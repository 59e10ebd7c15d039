"""The background probe (``background_probe_cases.py``): each invented sentence gives the event families a
careful coder records; the rows sitrep does not read right yet are marked.

Plus case tables for the readings added with it: an act a noun of possibility is of, or a noun of signs
tells; a detention one remains in, or is described as held in since a time; an act told by a present
participle in an apposition; an act named by "without"; an act a span of years is measured from.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp import triggers
from sitrep.records import Article
from tests.nlp.background_probe_cases import CASES
from tests.nlp.families_probe_check import params, problems

# rows sitrep does not read right yet, by their opening words
GAPS = (
    "It was here, in 1982",  # that a report is about (a cold case reopened, a trial of an old arrest)
    "A new film revisits",  # the year dates "hijacking", not the "shootout" it ended in
    "Jordan, which has carried out",  # "in the past" with a perfect: background, but also "in the past week"
    "The bombing suspect's lawyer",  # "would plead not guilty" read as a charge
    "Survivors of the shooting",  # a shooting that names who survived is told as news
)


@pytest.mark.parametrize(("text", "families"), list(params(CASES, GAPS)))
def test_the_background_probe(extractor, text, families):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    assert problems(events, families) == []


# (sentence, a kind of event its words do not make here, the rule that says so)
NO_EVENT = [
    ("Diplomats warned of a risk of renewed shelling near Tarvel.", "attack", triggers.what_may_come_or_is_signed),
    ("The prospect of a siege has emptied the Olsway markets.", "attack", triggers.what_may_come_or_is_signed),
    ("There are signs that the gang is kidnapping farmers near Tarvel.", "attack",
     triggers.what_may_come_or_is_signed),
    ("The two brothers remain in custody in Tarvel.", "arrest", triggers.held_on_in_a_state),
    ("The poet stays under house arrest in Olsway.", "arrest", triggers.held_on_in_a_state),
    ("The singer, jailed since 2016 for a song, turned 60 on Friday.", "arrest", triggers.held_since),
    ("Olsway, one of the states taking part in the offensive on the rebels, voted on Monday.", "attack",
     triggers.describes_the_one_named),
    ("Tarvel, a member of the alliance shelling the hills, has said little.", "attack",
     triggers.describes_the_one_named),
    ("The farmer was released without charge on Monday.", "arrest", triggers.named_as_missing),
    ("Twenty years after the massacre, the village of Tarvel has a new school.", "attack",
     triggers.a_mark_of_years_gone),
    ("Two decades since the bombing, the Olsway market is full again.", "attack", triggers.a_mark_of_years_gone),
    ("The Tarvel murder still haunts the family twelve years later.", "attack", triggers.a_mark_of_years_gone),
    ("A shooting that killed a Tarvel teacher remains unsolved 20 years later.", "attack",
     triggers.a_mark_of_years_gone),
    ("The bombing of the Olsway bridge is still remembered two decades on.", "attack",
     triggers.a_mark_of_years_gone),
]

# the same words telling an event
KEPT = [
    ("The risk grew after the rebels shelled the Tarvel depot on Monday.", "attack"),
    ("Police took the two brothers into custody in Tarvel on Monday.", "arrest"),
    ("A Tarvel court ruled on Monday that the two brothers should remain in custody.", "arrest"),
    ("The singer, jailed on Monday for a song, appealed on Friday.", "arrest"),
    ("The victims, two boys shot on Monday in Tarvel, were buried.", "attack"),
    ("Two days after the bombing, police arrested a man in Tarvel.", "arrest"),
    ("Ten days after the first blast, gunmen attacked the Tarvel market on Monday.", "attack"),
    ("The attack on the Tarvel depot left the town without power two days later.", "attack"),
    ("Gunmen attacked the Tarvel depot on Monday; a year later the town is still dark.", "attack"),
]


@pytest.mark.parametrize("text,kind,rule", NO_EVENT, ids=[r[0][:40] for r in NO_EVENT])
def test_no_event_in_a_frame(parse, text, kind, rule):
    doc = parse(text)
    assert not [t for t in doc._.triggers if t.type.startswith(kind)]


@pytest.mark.parametrize("text,kind", KEPT, ids=[r[0][:40] for r in KEPT])
def test_the_event_is_kept(parse, text, kind):
    doc = parse(text)
    assert [t for t in doc._.triggers if t.type.startswith(kind)]

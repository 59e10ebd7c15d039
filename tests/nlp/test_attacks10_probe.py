"""The attacks probe (``attacks10_probe_cases.py``): each invented report gives the attack and
arrest records a careful coder writes, with type, place, toll and day; rows not read right yet are
marked."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article
from tests.nlp import test_blast_probe as blast
from tests.nlp.attacks10_probe_cases import CASES

# rows sitrep does not read right yet, by their opening words
GAPS: tuple[str, ...] = (
    "A bomb exploded near a convoy carrying",  # the place after "the district governor in X" is read as his
    "Militants torched two girls' schools",  # a valley's name the gazetteer does not place
    "Miners set off explosives",  # explosives set off for work (a mine, a tunnel) are no attack
)


def _day_problems(events, day: str | None) -> list[str]:
    if day is None:
        return []
    attacks = [e for e in events if e.type.startswith("attack")]
    return [f"day {e.date.start} for {e.type}" for e in attacks if str(e.date.start) != day]


def _params():
    for text, records, optional, day in CASES:
        marks = [pytest.mark.xfail(strict=False)] if text.startswith(GAPS) else []
        yield pytest.param(text, records, optional, day, marks=marks, id=text[:48])


@pytest.mark.parametrize(("text", "records", "optional", "day"), list(_params()))
def test_the_attacks_probe(extractor, text, records, optional, day):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    assert blast.problems(events, records, optional) + _day_problems(events, day) == []


# the readings added with the probe: (text, whether an attack is told)
READING_CASES = [
    # a blast "of" a bare mass noun is a gust or a burst, no explosion
    ("A blast of hot desert wind swept across the plain on Monday.", False),
    ("An explosion of colour greeted the parade in the old town on Sunday.", False),
    ("The blast of a car bomb shook the old town on Monday, killing two guards.", True),
    # an act a work of fiction owns is its plot
    ("The novel's opening massacre takes place in a mountain village.", False),
    ("The gunmen's ambush killed four soldiers near the pass on Tuesday.", True),
    # a weapon fired that is itself pretended
    ("Troops fired blank rounds at the range near Velden on Tuesday.", False),
    ("Jets struck a training camp of the rebels near Velden on Tuesday.", True),
    ("Troops fired live rounds at a passing car near Velden on Tuesday, wounding four.", True),
    # a blast set off in a way that makes safe
    ("Police destroyed the abandoned suitcase in a controlled explosion on Tuesday.", False),
    # a deed an adverb tells as unmeant, with no armed side in its sentence
    ("A hunter accidentally shot his friend in the woods near Velden on Saturday.", False),
    ("A man deliberately shot his neighbour in the garden near Velden on Saturday.", True),
    # an attack in a forum of words
    ("The minister was attacked in parliament over the new fuel tax on Tuesday.", False),
    # a place of people torched or set on fire
    ("Gunmen torched a village school near Velden on Monday night.", True),
    ("Protesters set fire to tyres outside the ministry on Monday.", False),
    ("Farmers set fire to the stubble in their fields on Monday.", False),
    ("Some residents set fire to their houses before fleeing the advancing front on Monday.", False),
    ("Rebels stormed the hamlet and set fire to their homes on Monday.", True),
    ("Two masked men set a family's house ablaze near Velden on Sunday night.", True),
    ("The sunset set the hills ablaze with colour on Friday.", False),
    # shooting at someone is an attack, whether or not the shots hit
    ("The suspect pulled a pistol and shot at two deputies near Velden on Monday, police said.", True),
]


@pytest.mark.parametrize(("text", "told"), READING_CASES, ids=lambda v: v[:48] if isinstance(v, str) else None)
def test_the_attack_readings(extractor, text, told):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    assert any(e.type.startswith("attack") for e in events) == told


# a person shot who then died is one killed: (text, the toll it must carry)
@pytest.mark.parametrize("text", [
    "A taxi driver was shot twice by two men on a scooter in Velden on Monday and died in hospital.",
    "A guard was stabbed in the chest by robbers outside a bank in Velden and later died.",
])
def test_one_shot_who_died_is_killed(extractor, text):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    assert ("killed", 1) in {(q.role, q.value) for e in events for q in e.quantities}

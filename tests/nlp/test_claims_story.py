"""The whole-story claims probe (``claims_story_cases.py``): for each invented text, the claimants a careful coder
gives the record of the family named, and which of them deny; rows sitrep does not read right yet are marked."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article
from tests.nlp.claims_probe_check import probe_record
from tests.nlp.claims_story_cases import CASES

# rows sitrep does not read right yet, by their opening words
GAPS = (
    "Gunmen stormed a village near",  # "They killed ...": the pronoun's sentence is a record of its own
    "According to witnesses, soldiers",  # fire on protesters read as a riot, not an attack
    "Two rockets landed near the airport",  # "a statement on the city council's website": the body is its owner
    "Three soldiers were wounded by sniper",  # "wounded by sniper fire" is no trigger
    "In a post on Telegram, Governor",  # "drones had damaged an oil depot" is no trigger
    "The army's general staff reported",  # "repelled 32 attacks" is no trigger
    "Gunmen kill six in attack on bus",  # a survivor's quoted account: a bystander's words are not gathered
    "The ministry said on Sunday that air",  # the part over one place is not a record of its own
    "Gunmen killed a village chief",  # "the army blamed the attack on rebels": told on the accusation only
    "Troops clash with rebels",  # "lost no fighters" gives no count, so the other side is not gathered
)


def _matches(got: list[str], want: list[str]) -> bool:
    """As the scorer matches claimants: one name contained in the other, case aside, as many as wanted."""
    g, w = [x.lower() for x in got], [x.lower() for x in want]
    return len(g) == len(w) and all(any(a in b or b in a for b in g) for a in w)


def _params():
    for text, fam, claimants, key, deniers in CASES:
        marks = [pytest.mark.xfail(strict=False)] if text.startswith(GAPS) else []
        yield pytest.param(text, fam, claimants, key, deniers, marks=marks, id=text[:48])


@pytest.mark.parametrize(("text", "fam", "claimants", "key", "deniers"), list(_params()))
def test_who_says_so_across_the_story(extractor, text, fam, claimants, key, deniers):
    record = probe_record(extractor, text, fam, key)
    if record is None:
        return
    claims = record.claims
    assert _matches([c.claimant.name for c in claims], claimants)
    assert _matches([c.claimant.name for c in claims if c.stance == "denies"], deniers)


# the readings added with the probe, each with its look-alikes: (text, the claimants of the first attack record, and
# those of them that deny)
SIDE_CASES = [
    # a denial of the claim when neither side is known to speak for a country: the other speaker's
    ("The rebels said they shot down an army helicopter near Lakeby. The army denied the claim.",
     ["rebels", "army"], ["army"]),
    # the speaker denying his own words is no other side
    ("The ministry said 14 drones were downed over Lakeby. A ministry spokesman later denied the report.",
     ["ministry"], []),
    # a fighting side that gives its own figure in the next sentence tells the same fight
    ("Heavy fighting broke out near Lakeby on Sunday. The army said it had killed 40 rebels. The rebels said they "
     "had destroyed five army tanks.", ["army", "rebels"], []),
    ("Troops fought militants near Lakeby on Monday, the army said. The militants said 12 soldiers were killed.",
     ["army", "militants"], []),
    # not one who speaks of no figure and no dead, nor one who speaks in another paragraph or of another place
    ("Troops shelled Lakeby on Sunday, the governor said. The rebels said they would never surrender.",
     ["governor"], []),
    ("Troops fought rebels near Lakeby on Sunday, the army said.\n\nThe rebels said they had destroyed five "
     "army tanks.", ["army"], []),
    ("Troops fought rebels near Mosul on Sunday, the army said. The rebels said they had destroyed five army "
     "tanks in Basra.", ["army"], []),
    # a speaker who is no side in a fight, with a figure: not this reading's
    ("Troops shelled Lakeby on Sunday, the governor said. The bishop said 300 people came to pray for peace.",
     ["governor"], []),
]


@pytest.mark.parametrize(("text", "claimants", "deniers"), SIDE_CASES, ids=[t[:48] for t, _, _ in SIDE_CASES])
def test_another_side_tells_it(extractor, text, claimants, deniers):
    records = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    attack = next(r for r in records if r.type.split(".")[0] == "attack")
    assert _matches([c.claimant.name for c in attack.claims], claimants)
    assert _matches([c.claimant.name for c in attack.claims if c.stance == "denies"], deniers)


# "blame" reports as "accuse" does: an accusation's claimant is who blames (text, the claimants of the accusation)
BLAME_CASES = [
    ("The army blamed the rebels for the bombing of the bus station in Lakeby.", ["army"]),
    ("Lakeby police blamed a local gang for the shooting that wounded two men.", ["Lakeby police"]),
    ("The president blamed Osterlich for the missile strike on the port.", ["president"]),
    ("The rebels were blamed for the bombing of the bus station in Lakeby.", []),
]


@pytest.mark.parametrize(("text", "claimants"), BLAME_CASES, ids=[t[:48] for t, _ in BLAME_CASES])
def test_who_blames_accuses(extractor, text, claimants):
    records = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    accusation = next(r for r in records if r.type == "statement.accusation")
    assert _matches([c.claimant.name for c in accusation.claims], claimants)

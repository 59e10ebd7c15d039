"""The retold-acts probe (``retold_acts_cases.py``): one act told again in other words (a quote, a call reported,
the lede and the body, a new count, the headline, a follow-up) is one record; two acts the text tells apart stay
two. Rows sitrep does not read right yet are marked.

Plus the case tables of the readings added with it: a day hung on a later verb is not the day of an act told
below it in the past perfect (``when.of_a_later_verb``); an act counted as one more keeps its day
(``when.counted_as_another``); a record is also at the places its folded tellings named
(``fold._a_place_it_was_told_at``); "Separately" parts a sentence's act from earlier ones, not from its own.
"""

from __future__ import annotations

import pytest

from tests.nlp.events.retold_acts_cases import ONE_ACT_RETOLD, TWO_ACTS_APART

# rows sitrep does not read right yet, by their opening words
GAPS = (
    "A bus driver was punched",  # "punched in the face": no trigger for a blow of the fist
    "Armed men kidnapped 12",  # "marched the travellers into a forest": a march of captives read as a protest
    "Police arrested a man in Sunderland",  # the same
    "Police in Lagos arrested",  # the arrest told again at a district of the city: two places, two records
    "Police in Preston arrested one man",  # "and a second on Tuesday": the elided second arrest
    "Farmers blocked roads",  # a blockade with tractors read as no protest
    "Two bombs exploded in Baghdad",  # "one in X and the other in Y": one record for the two bombs
)


def _params(rows):
    for text, attacks, arrests, protests in rows:
        marks = [pytest.mark.xfail(strict=False)] if text.startswith(GAPS) else []
        yield pytest.param(text, (attacks, arrests, protests), marks=marks, id=text[:48])


def _counts(events) -> tuple[int, int, int]:
    families = [e.type.split(".")[0] for e in events]
    return families.count("attack"), families.count("arrest"), families.count("protest")


@pytest.mark.parametrize(("text", "expected"), list(_params(ONE_ACT_RETOLD)))
def test_one_act_retold_is_one_record(events_of, text, expected):
    assert _counts(events_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), list(_params(TWO_ACTS_APART)))
def test_two_acts_told_apart_stay_two(events_of, text, expected):
    assert _counts(events_of(text)) == expected


# (text, the days of its attack records): a day hung on a verb above an act told in the past perfect is that
# verb's; the act keeps the day the story gave it; a verb of saying, or an act counted as one more, keeps it
LATER_VERB_DAYS = [
    ("A teenager was assaulted in a park in Hull on Saturday. On Tuesday, police received a call from her father "
     "reporting that the girl had been assaulted.", ["2025-05-17"]),
    ("A guard was shot at a depot in Kano on Tuesday. On Thursday, investigators learned that the guard had been "
     "shot by a colleague.", ["2025-05-20"]),
    ("Rebels attacked a village near Beni on Saturday. On Monday, soldiers discovered that a second village had "
     "been attacked.", ["2025-05-17", "2025-05-19"]),
    # no past perfect: the verb's own day
    ("Gunmen attacked a village near Beni on Monday.", ["2025-05-19"]),
]


@pytest.mark.parametrize(("text", "days"), LATER_VERB_DAYS)
def test_a_later_verbs_day_is_not_the_acts(events_of, text, days):
    got = sorted(e.date.start for e in events_of(text) if e.type.startswith("attack"))
    assert got == days


# (text, attack records): the places a record's tellings named, and "Separately" within one sentence
PLACES_AND_APART = [
    ("A man was stabbed in London on Saturday by a neighbour who called police after the attack in Station Road, "
     "Enfield. \"He launched a cowardly attack on a man he had known for years,\" a detective said.", 1),
    ("A man was stabbed in London on Saturday. On Sunday a woman was stabbed in Enfield.", 2),
    ("Drones hit Kharkiv overnight, injuring five people. Separately, shelling killed a man in Nikopol on "
     "Wednesday.", 2),
    ("Shelling killed a man in Nikopol on Wednesday. Separately, shelling wounded two women in Nikopol on "
     "Wednesday.", 2),
]


@pytest.mark.parametrize(("text", "attacks"), PLACES_AND_APART)
def test_places_told_and_acts_told_apart(events_of, text, attacks):
    assert sum(e.type.startswith("attack") for e in events_of(text)) == attacks

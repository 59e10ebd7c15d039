"""Sides in wire, local and official news (the cases in ``sides_wire_cases``): an ordinary crime has no sides,
an attack on a state's agents has that state as target (``_a_crime_on_no_agent``); an arrest is the state's;
the nationality of a civilian attacked is no side (``_a_persons_nationality``);
hosts are no parties; who backs a militia is not its doer (``_who_backs_the_doers``, ``_maker_of_equipment``);
a police spokesman who tells of an attack is no side of it."""

from __future__ import annotations

import pytest

from tests.nlp.families_probe_check import check_sides
from tests.nlp.sides_wire_cases import ALL_CASES

XFAIL = pytest.mark.xfail(strict=False)

# still read wrongly: armed robbers read as an armed group of the country; a prison guard is not known for the
# state's; a host who talks read as a go-between
KNOWN_GAPS = {
    "Two gunmen robbed a jewellery shop in Marseille on Tuesday and shot the owner in the leg.",
    "Brazilian President Lia Montes hosted Argentine President Tomas Vidal in Brasilia on Monday for talks.",
    "Two prison guards were stabbed by an inmate at a jail in Birmingham on Wednesday.",
}

CASES = [pytest.param(*case, marks=XFAIL) if case[0] in KNOWN_GAPS else case for case in ALL_CASES]


@pytest.mark.parametrize("text,family,initiators,targets,participants", CASES)
def test_who_acted_on_whom(extractor, text, family, initiators, targets, participants):
    check_sides(extractor, text, family, initiators, targets, participants)

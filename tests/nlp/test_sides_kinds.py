"""Sides, third pass (the cases in ``sides_kinds_cases``): the hit side of an attack on a state's forces, the
doer named after "by" or "from", the state whose police or court acted, both parties to talks, and the
countries named as scene, speaker, title, maker or victim's nationality that take no side (``_a_persons_nationality``
in any attack when the victim is hit abroad; ``_doer_split_from_the_act`` and ``nominal`` for "by Sylvanian
shelling"; in ``actors``, a demonym the model took for a name, and a country's name before a post of its forces,
``_countries_holding_posts``)."""

from __future__ import annotations

import pytest

from tests.nlp.families_probe_check import check_sides
from tests.nlp.sides_kinds_cases import ALL_CASES

XFAIL = pytest.mark.xfail(strict=False)

# still read wrongly: no record for a fire set at a station, a weapon used "to hit", a boat damaged or rammed
# (triggers); no place for "at Kyiv" or for the words after "the port of"; the scene of the speech taken for the
# attack's; a helicopter shot down read as an interception, whose sides turn round
KNOWN_GAPS = {
    "Unknown attackers set fire to a police station in Dhaka on Tuesday night, injuring three officers.",
    "The strike on the port of Hodeidah on Sunday was carried out by US warplanes, the Houthis said.",
    "A fishing boat was damaged by Israeli shelling off the coast of Gaza on Saturday.",
    "Ukraine used US-made ATACMS missiles to hit an air base in the Kursk region on Sunday, Russia said.",
    "A Russian-made helicopter of the Malian army was shot down near Kidal on Monday, killing its crew.",
    "Speaking in Berlin, the Polish prime minister said Russian saboteurs had blown up a rail line on Saturday.",
    "Indonesian fishermen said their boat was rammed by a Chinese coast guard vessel near Natuna on Monday.",
}

CASES = [pytest.param(*case, marks=XFAIL) if case[0] in KNOWN_GAPS else case for case in ALL_CASES]


@pytest.mark.parametrize("text,family,initiators,targets,participants", CASES)
def test_who_acted_on_whom(extractor, text, family, initiators, targets, participants):
    check_sides(extractor, text, family, initiators, targets, participants)

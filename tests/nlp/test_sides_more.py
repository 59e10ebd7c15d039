"""More sides from invented sentences: the country that does an attack, named in its "by" phrase or as the
subject of the attack verb."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article


def _sides(extractor, text: str, etype: str, role: str) -> list[str]:
    events = extractor.extract(Article(text, date(2025, 5, 22)))
    return sorted({a.country for e in events if e.type == etype for a in e.actors
                   if a.role == role and a.country})


INITIATORS = [
    # _country_that_does_it: a country in the "by" phrase of an attack noun or of a passive attack verb
    ("An air strike by U.S. jets killed ten fighters near Mosul on Monday.", "attack.air", ["USA"]),
    ("The depot was shelled by Ukrainian guns near Kherson on Monday.", "attack.artillery", ["UKR"]),
    ("Airstrikes on Syria by Israel killed ten people on Monday.", "attack.air", ["ISR"]),
    # ... or as the attack verb's subject
    ("Syria shelled a depot near Aleppo on Monday.", "attack.artillery", ["SYR"]),
    # not the subject of a verb above the attack, nor of "be"
    ("Officials in Chile said rebels shelled a depot near Lima on Monday.", "attack.artillery", ["PER"]),
    ("Among the targets of the drones were Chile's northern ports on Monday.", "attack.drone", []),
    ("A car bomb killed eight people near Basra on Monday. The U.S. military confirmed the attack.",
     "attack.explosive", []),
]


@pytest.mark.parametrize("text,etype,initiators", INITIATORS)
def test_the_country_that_does_it(extractor, text, etype, initiators):
    assert _sides(extractor, text, etype, "initiator") == initiators

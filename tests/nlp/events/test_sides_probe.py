"""The sides probe (``sides_probe_cases``): who did it to whom, read from the event clause's grammar, on
invented wire-style sentences; look-alikes (equipment origin, titles, a condemning third state, a mediator,
a victim's or a suspect's nationality) want no side from those words."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article
from tests.nlp.events.sides_probe_cases import ATTACK, CASES

# still wrong: an act told only inside an accusation makes no record of its own, and the accused is not
# carried to an act told in an earlier sentence
OPEN = {
    "Armenia accused Azerbaijan of shelling a village in its southern Syunik province on Tuesday.",
    "Moscow accused Kyiv on Tuesday of attacking the Zaporizhzhia nuclear plant with drones.",
    "Ukraine accused Russia of striking a hospital in Kharkiv with a guided bomb on Tuesday.",
    "Artillery shells hit a school in the Armenian border village of Khnatsakh on Tuesday, wounding two "
    "teachers. Armenia accused Azerbaijan of the attack.",
    "A drone struck a power station in Ukraine's Sumy region on Tuesday. Kyiv blamed Moscow for the strike.",
}


def _of_type(etype: str, wanted: str) -> bool:
    return etype.startswith(ATTACK + ".") if wanted == ATTACK else etype == wanted


def _param(case: tuple) -> object:
    text, etype, role, countries, exact = case
    still_open = text in OPEN and not etype.startswith("statement")  # the accusation itself is read
    marks = [pytest.mark.xfail(strict=False)] if still_open else []
    return pytest.param(text, etype, role, countries, exact, marks=marks)


@pytest.mark.parametrize("text,etype,role,countries,exact", [_param(c) for c in CASES])
def test_sides_from_the_clause(extractor, text, etype, role, countries, exact):
    events = [e for e in extractor.extract(Article(text, date(2025, 5, 22))) if _of_type(e.type, etype)]
    found = sorted({a.country for e in events for a in e.actors if a.role == role and a.country})
    assert events
    if exact:
        assert found == sorted(countries)
    else:
        assert not set(found) & set(countries)

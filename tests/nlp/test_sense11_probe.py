"""The sense probe of round 11 (``sense11_probe_cases.py``): a word in a sense no event has makes no record,
and the look-alike that is an event keeps its family. Rows still read wrong are marked xfail."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article
from tests.nlp.sense11_probe_cases import CASES

XF = pytest.mark.xfail(strict=False, reason="not yet read right")

# rows sitrep does not read right yet, by their opening words
GAPS = (
    "A cold front swept",  # a weather system as the doer of a cut in power: "front" is also a war's front
    "The band's new album",  # "an assault on the senses": the lemmatizer makes "senses" "sens"
    "The goalkeeper was arrested development",  # a participle that names a kind of thing, no arrest
    "A mob attacked the referee",  # a mob's beating told beside words of sport, with no party named
)


def _rows():
    for text, family in CASES:
        yield pytest.param(text, family, marks=XF) if text.startswith(GAPS) else (text, family)


@pytest.mark.parametrize("text,family", list(_rows()))
def test_the_sense_probe(extractor, text, family):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    got = sorted({e.type.split(".")[0] for e in events})
    if family is None:
        assert not got
    else:
        assert set(family.split("|")) & set(got)

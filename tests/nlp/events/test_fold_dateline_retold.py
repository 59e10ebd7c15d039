"""Case table for a retelling placed only by the dateline: "KYIV - A missile hit a school in Kharkiv. ...
'This strike was aimed at children,' the mayor said" is the Kharkiv strike told again, not a second attack
at the dateline's town; a retelling that names its own other town stays apart."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

# (text, the towns of the attack records)
CASES = [
    ("KYIV (Reuters) - A Russian missile struck a school in Kharkiv on Wednesday, killing two teachers.\n\n"
     "\"This strike was aimed at children,\" the mayor wrote on Telegram.", ["Kharkiv"]),
    ("KYIV (Reuters) - A Russian missile struck a school in Kharkiv on Wednesday, killing two teachers.\n\n"
     "The attack destroyed the gym, the mayor said.", ["Kharkiv"]),
    ("KYIV (Reuters) - A Russian missile struck a school in Kharkiv on Wednesday, killing two teachers.\n\n"
     "Hours later the attack on a depot in Odesa started a fire, officials said.", ["Kharkiv", "Odesa"]),
]


@pytest.mark.parametrize(("text", "towns"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_a_retelling_placed_by_the_dateline(extractor, text, towns):
    events = extractor.extract(Article(text=text, published=date(2025, 1, 15), id="probe"))
    got = sorted(e.location.name if e.location else "" for e in events if e.type.startswith("attack"))
    assert got == towns

"""An arrest told after an attack of a known day, with no day of its own, came between that day and the report
(``when._from_that_day_on``); one made "in" the attack's case is not of its day; one with a day of its own keeps
it. Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

THURSDAY = date(2025, 5, 22)

# (text, the arrest's (start, end))
CASES = [
    ("Two men were shot dead in Lakeville on Saturday. Police have charged a 19-year-old man with murder.",
     ("2025-05-17", "2025-05-22")),
    ("Two people have been arrested in Saturday's fatal shooting of a man in Lakeville, deputies said. "
     "Ana Ruiz, 19, and Tom Lee, 29, are charged with murder in the death of the man, deputies said.",
     ("2025-05-17", "2025-05-22")),
    # an arrest "in" an attack is made in its case, not on its day (``when._the_case_of_an_arrest``) ...
    ("Police arrested two men in Saturday's shooting of a guard in Lakeville.", ("2025-05-22", "2025-05-22")),
    # ... but one "during" an act of another kind is made at it
    ("Police arrested 20 people during Saturday's march in Lakeville.", ("2025-05-17", "2025-05-17")),
    # its own day
    ("Two men were shot dead in Lakeville on Saturday. Police arrested a suspect on Sunday.",
     ("2025-05-18", "2025-05-18")),
]


@pytest.mark.parametrize(("text", "window"), CASES, ids=[c[0][:50] for c in CASES])
def test_an_arrest_after_an_attack_of_a_known_day(extractor, text, window):
    events = extractor.extract(Article(text=text, published=THURSDAY, id="after"))
    assert [(e.date.start, e.date.end) for e in events if e.type == "arrest"] == [window]

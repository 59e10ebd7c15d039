"""A case table for the day of an act told again by its own verb: "Police arrested a man on Monday. He appeared in
court on Tuesday. A detective said the man was arrested without a struggle." (the man named before, no time of its
own: Monday's arrest, not the narrative's Tuesday); an act of a subject not named before ("a second man") keeps the
narrative's day. With no earlier telling by its verb, an act of the same kind gives the day ("Vell stabbed a woman on
Monday. ... A detective said Vell launched a brutal attack"). Names are invented."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

PUBLISHED = date(2025, 9, 18)  # a Thursday

# (text, words of the sentence looked at, the family of its record, the record's date window)
CASES = [
    ("Police arrested a 30-year-old man on Monday on a charge of burglary. He appeared before magistrates on "
     "Tuesday. A detective said the man was arrested without a struggle.", "without a struggle", "arrest",
     ("2025-09-15", "2025-09-15")),
    ("Deputies arrested a woman on Monday after a stabbing at a bar. She was released on bail on Tuesday. The "
     "sheriff said she was arrested at her home.", "at her home", "arrest", ("2025-09-15", "2025-09-15")),
    ("Police arrested Tom Vell, 41, on Monday on a charge of theft. Vell was arraigned at the county jail on "
     "Tuesday. A detective said Vell was arrested without incident.", "without incident", "arrest",
     ("2025-09-15", "2025-09-15")),
    # no earlier telling by the same verb: the day of an act of the same kind
    ("Tom Vell stabbed a woman at her home in Harlow on Monday. Vell was charged on Wednesday. A detective said "
     "Vell launched a brutal attack on the woman.", "brutal attack", "attack", ("2025-09-15", "2025-09-15")),
    # a time on a noun of the verb's own word ("the 2021 shooting death") dates the act told again by the verb
    ("A Harlow man was sentenced on Monday to 25 years for the 2021 shooting death of his roommate. Tom Vell "
     "pleaded guilty in March. Prosecutors said Vell shot the roommate during an argument over rent.",
     "argument over rent", "attack", ("2021-01-01", "2021-12-31")),
    ("Police arrested a man on Monday after a robbery. Officers searched a house on Wednesday. A second man was "
     "arrested at the house.", "second man", "arrest", ("2025-09-17", "2025-09-17")),
    ("Police arrested a man on Monday after a robbery. He was charged on Tuesday with armed robbery.",
     "charged", "arrest", ("2025-09-16", "2025-09-16")),
]


@pytest.mark.parametrize(("text", "words", "kind", "window"), CASES, ids=[c[1] for c in CASES])
def test_an_act_told_again_by_its_verb(extractor, text, words, kind, window):
    events = extractor.extract(Article(text=text, published=PUBLISHED, id="probe"))
    mine = [e for e in events if e.type.split(".")[0] == kind and any(words in ev.text for ev in e.evidence)]
    assert mine
    assert (mine[0].date.start, mine[0].date.end) == window

"""Court news: fines, custody ordered or kept, charges whose "with" the parser hangs on the person charged.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

CASES = [
    # a fine imposed on a person is a court's act on a suspect (spaCy reads "fined" as the lemma "fin")
    ("A Dunmore woman was fined $200 on Monday for reckless driving.", "arrest"),
    ("Two fishermen were fined $900 each on Thursday.", "arrest"),
    # custody kept or ordered by a court, not only taken
    ("The court ruled on Monday that six men should remain in custody for two months.", "arrest"),
    ("A judge sent the three men to pretrial custody on Friday.", "arrest"),
    ("The driver is being held in custody at the county jail.", "arrest"),
    # has_its_particle: "with" hung on the person charged
    ("Detectives have charged a Dunmore man with fraud and theft.", "arrest"),
    ("Prosecutors charged a local teacher with assault on Tuesday.", "arrest"),
]

NOT_CASES = [
    ("The company was fined $2 million for polluting the river.", "arrest"),  # no person fined
    ("The weather was fine on Sunday.", "arrest"),  # another word
    ("The minister called the envoy for consultations.", "diplomacy.proposal"),  # no appeal to a state
]


@pytest.mark.parametrize("text,etype", CASES)
def test_fines_and_custody(parse, text, etype):
    assert etype in {t.type for t in parse(text)._.triggers}


@pytest.mark.parametrize("text,etype", NOT_CASES)
def test_not_fines_or_custody(parse, text, etype):
    assert etype not in {t.type for t in parse(text)._.triggers}

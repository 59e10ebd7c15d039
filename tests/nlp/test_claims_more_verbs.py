"""More verbs of reporting (reporting.tsv), each a claim only with what it reports after it (claims.toml
clause_verbs). Invented sentences."""

from __future__ import annotations

import pytest

# (text, the claimants found)
VERBS = [
    ("The governor tweeted that a missile hit a school in Ostravik.", ["governor"]),
    ("A detective testified that the man shot two guards in Varnholt in May.", ["detective"]),
    ("Two houses were destroyed by shelling in Myrtvale, the governor noted.", ["governor"]),
    ("“We shot down two drones over Ostravik,” the colonel explained.", ["colonel"]),
    ("The rebels maintained that they had downed a jet near Fessborough.", ["rebels"]),
    ("The ministry acknowledged that its aircraft had struck a market in Brenholm.", ["ministry"]),
    ("The army stressed that none of its soldiers were hurt in the raid.", ["army"]),
    # the same verbs with no clause after them report nothing
    ("The governor noted the time of the attack on Myrtvale.", []),
    ("Police revealed a plan to arrest the gang leaders in Varnholt.", []),
    ("The council declared a day of mourning in Tarvask.", []),
    ("Crews maintained the roads around Keswold all winter.", []),
]


@pytest.mark.parametrize("text,claimants", VERBS)
def test_verbs_that_report_with_a_clause(parse, text, claimants):
    assert [c.claimant for c in parse(text)._.claims] == claimants

"""Counts of the victims of a killing told by its noun ("the murder of a clerk", "the killings of two farmers"):
they are killed, with the noun as governor; a killing a word says was not done ("the attempted murder of a
guard") kills no one. A bare four-digit year after a preposition counts nothing.
Every sentence here is invented; Harwick and Fenmoor are made-up towns.
"""

from __future__ import annotations

import pytest

# (text, the counts of the sentence)
CASES = [
    # the_victim_of_a_killing: a number, a name, or one person told with an article or whose he is
    ("The killing of two farmers near Harwick on Monday angered villagers.", [("person", "killed", 2, "exact")]),
    ("The killing of Ned Ashdown in Harwick on Sunday shocked the town.", [("person", "killed", 1, "exact")]),
    ("The murder of a shopkeeper in Fenmoor on Sunday shocked the town.", [("person", "killed", 1, "exact")]),
    ("The assassination of the mayor of Fenmoor on Monday was condemned.", [("person", "killed", 1, "exact")]),
    ("The murder of his neighbour in Harwick on Sunday shocked the town.", [("person", "killed", 1, "exact")]),
    ("Police are investigating the slaying of a teenager in Fenmoor.", [("person", "killed", 1, "exact")]),
    ("The killings of a soldier and two civilians near Harwick angered the army.",
     [("soldier", "killed", 1, "exact"), ("civilian", "killed", 2, "exact")]),
    # the verbs
    ("Gunmen murdered two farmers near Harwick on Sunday.", [("person", "killed", 2, "exact")]),
    ("Gunmen assassinated three soldiers in Fenmoor.", [("soldier", "killed", 3, "exact")]),
    # an_undone_killing: attempted, foiled, planned
    ("The attempted murder of a guard in Harwick on Monday was condemned.", []),
    ("Police charged a man with the attempted murder of two guards in Fenmoor.", []),
    ("Police foiled the planned assassination of three judges in Harwick.", []),
    # a_year: a bare four-digit number after a preposition
    ("He was jailed for the murder of a clerk in 2005.", [("person", "killed", 1, "exact")]),
    ("He was the fifth soldier from Fenmoor killed since 2003.", [("soldier", "killed", 1, "exact")]),
    # _an_ordinal_on: the last of a series is one
    ("Ned Ashdown is the 28th person from Harwick killed since 2003.", [("person", "killed", 1, "exact")]),
    ("The fifth man arrived in Harwick on Monday.", []),
    ("The death toll in Harwick rose to 2010 on Monday.", [("person", "killed", 2010, "exact")]),
    ("Rebels freed 1500 prisoners near Fenmoor in 2004.", [("prisoner", "released", 1500, "exact")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_counts_of_a_killing_noun(parse, text, expected):
    doc = parse(text)
    got = [(q.item, q.role, q.value, q.qualifier) for q in doc._.quantities]
    assert got == expected


# the count goes to the killing's record, never to an arrest over it
RECORD_CASES = [
    ("The killing of two farmers near Harwick on Monday angered villagers.",
     [("attack.civilians", [("person", "killed", 2)])]),
    ("Two men were arrested in Fenmoor on Monday over the killing of three guards.",
     [("arrest", [("person", "detained", 2)])]),
]


@pytest.mark.parametrize("text,records", RECORD_CASES)
def test_a_killing_count_goes_to_the_killing(parse, text, records):
    doc = parse(text)
    got = [(e.type, [(q.item, q.role, q.value) for q in e.quantities]) for e in doc._.events]
    assert got == records

"""One event told in two sentences with two figures of the same people: the larger is the event's own (a part
told first, then the whole; a toll that rose), unless two claimants each gave one. Figures of strikes are not
folded so. Every sentence here is invented; Harwick and Fenmoor are made-up towns (Lozova is real, so that
its records have a place).
"""

from __future__ import annotations

import pytest

# (text, the counts of each record; a protest beside an arrest leaves the held to the arrest)
CASES = [
    # _the_larger_total: the part told first, then the whole
    ("Police arrested three protesters in Harwick on Monday. Police said 31 people were arrested in Harwick "
     "on Monday after the march.", [[("person", "detained", 31)], []]),
    # a toll that rose
    ("Two soldiers were killed in an ambush near Fenmoor on Monday. The army said on Tuesday that five soldiers "
     "were killed in the ambush near Fenmoor.", [[("soldier", "killed", 5)]]),
    # _two_voices: each claimant keeps the figure it gave
    ("The mayor of Harwick said four people were killed in the blast in Harwick on Monday. The army said two "
     "people were killed in the blast in Harwick on Monday.", [[("person", "killed", 4), ("person", "killed", 2)]]),
    # the whole first: it stays
    ("Police arrested 31 people in Harwick on Monday. Three protesters were arrested at the gate in Harwick on "
     "Monday.", [[("person", "detained", 31)], []]),
]


@pytest.mark.parametrize("text,records", CASES)
def test_one_figure_told_twice(parse, text, records):
    doc = parse(text)
    got = [[(q.item, q.role, q.value) for q in e.quantities] for e in doc._.events]
    assert got == records


# (text, how many attack records): one killed in each sentence, named by the same noun or by another
LONE_VICTIMS = [
    # the_same_count_told_again: one policeman wounded, told twice
    ("A policeman was wounded in a shootout in Harwick on Monday. One of the dealers shot and wounded a policeman "
     "in Harwick on Monday.", 1),
    # _other_lone_victims: the envoy and the gunman are two people, killed in two acts
    ("A policeman shot dead the ambassador at a gallery in Lozova on Monday. The assailant was later killed in a "
     "shootout with police.", 2),
]


@pytest.mark.parametrize("text,records", LONE_VICTIMS)
def test_one_killed_in_each_sentence(parse, text, records):
    attacks = [e for e in parse(text)._.events if e.type.startswith("attack")]
    assert len(attacks) == records

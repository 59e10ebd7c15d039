"""Killings told by a noun ("the murder of a clerk", "two killings last week") or by "assassinate".

A noun of one killing counts when it has something of its own that places the act (whom it was done to, a
number, a date, a place); told bare or by whose it was it points back at a killing the reader knows.
Every sentence here is invented; Elmvale, Brackenford and Quillmoor are made-up towns.
"""

from __future__ import annotations

import pytest

# (text, the types of the records it makes)
KILLING_NOUN_CASES = [
    # a killing named by its noun, placed by its victim, a number, a date or a place
    ("The murder of a shopkeeper in Elmvale on Sunday shocked the town.", ["attack.civilians"]),
    ("Police said two killings in Elmvale last week were linked.", ["attack.civilians"]),
    ("The assassination of the mayor of Brackenford on Monday was condemned.", ["attack.civilians"]),
    ("The slaying of a teenager in Quillmoor on Friday remains unsolved.", ["attack.civilians"]),
    ("The murder happened on Sunday in Elmvale.", ["attack.civilians"]),
    ("Two killings were reported in Brackenford on Sunday.", ["attack.civilians"]),
    ("The killing of a 16-year-old at a party in Elmvale on Sunday shocked the town.", ["attack.civilians"]),
    # an attempt at one, placed by the attempt's own words
    ("The governor survived an assassination attempt in Elmvale on Monday.", ["attack.civilians"]),
    ("The assassination attempt shocked the town.", []),
    # a weapon near it types it as any attack word is typed
    ("The killing of three soldiers by a roadside bomb near Elmvale on Tuesday angered the army.",
     ["attack.explosive"]),
    # the verb
    ("Gunmen assassinated the mayor of Brackenford on Monday.", ["attack.civilians"]),
    # the name of a charge, a kind of case, a compound: no act told
    ("He was charged with murder on Monday.", ["arrest"]),
    ("The murder suspect appeared in court in Quillmoor on Monday.", []),
    ("Murder detectives in Elmvale are investigating.", []),
    ("The murder trial opened in Brackenford on Monday.", []),
    ("Murder rates have fallen in Elmvale.", []),
    # a killing pointed back at: bare, or told by whose it was
    ("The assassination touched off a rampage by the militia.", []),
    ("Her murder was a black stain on the town.", []),
    ("They appealed for the killings to stop.", []),
    ("Police are treating the death as a murder.", []),
    # killings in general, a plot, a denial, a story
    ("Extrajudicial killings are common in the region.", []),
    ("The rebels carried out a campaign of killings in the 1990s.", []),
    ("Officials said the plot to assassinate the king was foiled.", []),
    ("He denied killing his neighbour.", []),
    ("The film is about a murder in a small town.", []),
]


@pytest.mark.parametrize("text,types", KILLING_NOUN_CASES)
def test_a_killing_told_by_its_noun(parse, text, types):
    doc = parse(text)
    assert sorted(e.type for e in doc._.events) == sorted(types)

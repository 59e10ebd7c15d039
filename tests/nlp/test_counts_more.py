"""More counts from invented sentences: the missing and the dead told by a verb of being, and people held
after a surrender or a capture (never a thing taken)."""

from __future__ import annotations

import pytest

CASES = [
    # a_state_it_is_in: the casualty word after "be", "remain", "stay"
    ("Four children are missing after the flood in Kelbridge.", [("child", "missing", 4, "exact")]),
    ("Two soldiers remain missing after the ambush near Kelbridge.", [("soldier", "missing", 2, "exact")]),
    ("Three people were dead after gunmen fired on a bus in Orvale.", [("person", "killed", 3, "exact")]),
    ("Two fishermen are still missing after the storm off Dunmore.", [("person", "missing", 2, "exact")]),
    ("A woman is missing after the fire in Tamsk.", [("person", "missing", 1, "exact")]),
    ("Three men were happy after the match in Orvale.", []),
    ("The police are missing two clues in the Kelbridge case.", []),
    # surrender and capture hold people; a thing captured is not counted
    ("More than 900 soldiers surrendered to the army near Tamsk.", [("soldier", "detained", 900, "at_least")]),
    ("About 300 soldiers were captured by rebels near Orvale.", [("soldier", "detained", 300, "about")]),
    ("Rebels said they captured 40 soldiers near Dunmore.", [("soldier", "detained", 40, "exact")]),
    ("Rebels captured three tanks near Kelbridge.", []),
    ("The coast guard detained two ships off Dunmore.", [("ship", "detained", 2, "exact")]),
    # people_of_any_name: a noun of no known item that only people can be, by the word above it
    ("Police said three dealers were arrested in Tamsk.", [("person", "detained", 3, "exact")]),
    ("Gunmen killed four brothers near Orvale.", [("person", "killed", 4, "exact")]),
    ("Two hikers are missing near Kelbridge.", [("person", "missing", 2, "exact")]),
    ("Three climbers were wounded in a blast in Dunmore.", [("person", "injured", 3, "exact")]),
    ("Rebels captured three villages near Tamsk.", []),
    ("Two people were killed in 3 days of fighting in Orvale.", [("person", "killed", 2, "exact")]),
    ("Troops destroyed 12 huts near Kelbridge.", []),
    # one in the singular is of the kind its noun names
    ("Gunmen fired on a bus near Tamsk, killing a soldier and two civilians.",
     [("soldier", "killed", 1, "exact"), ("civilian", "killed", 2, "exact")]),
    ("Two bombs killed six officers and a civilian in Orvale.",
     [("person", "killed", 6, "exact"), ("civilian", "killed", 1, "exact")]),
    # item_of_a_name_in_the_plural: a capitalised plural read without its "s"
    ("At least 10 Marines died in the battle for Tamsk.", [("soldier", "killed", 10, "at_least")]),
    ("Two Marines were wounded near Orvale.", [("soldier", "injured", 2, "exact")]),
    # _one_told: "the" one a passive casualty verb befell is one
    ("The victim was wounded in Kelbridge on Monday.", [("person", "injured", 1, "exact")]),
    ("The driver was killed when a bomb hit his car in Tamsk.", [("person", "killed", 1, "exact")]),
    ("The man was arrested in Orvale on Monday.", []),
    ("The group said it had taught its men not to kill a child.", []),
    # _the_age_of_who: "who was 34" is an age
    ("Kelly, who was 34, was killed in Dunmore on Monday.", [("person", "killed", 1, "exact")]),  # Kelly, not 34
    ("The driver said he is 52.", []),
    # hospitalised people are hurt
    ("Two men were hospitalized after a shooting in Dunmore.", [("person", "injured", 2, "exact")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_counts_more(parse, text, expected):
    doc = parse(text)
    got = [(q.item, q.role, q.value, q.qualifier) for q in doc._.quantities]
    assert got == expected


def test_one_among_the_dead_is_no_count_of_its_own(parse):
    """"a woman was among the dead": a part of the count told before, not one more killed."""
    doc = parse("Shelling killed two civilians in Orvale. A 60-year-old woman was among the dead.")
    assert [(q.item, q.role, q.value) for q in doc._.quantities] == [("civilian", "killed", 2)]

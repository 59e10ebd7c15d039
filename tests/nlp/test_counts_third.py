"""Counts from invented sentences: sums of money and numbers in names are no counts; a relative clause on the
counted noun, and a word a passive verb of saying or finding sets after its subject, say what happened."""

from __future__ import annotations

import pytest

CASES = [
    # a_sum_of_money: a number after a currency sign or before a currency word
    ("Police arrested two men in Orvale and set a bond of $5,000 each.", [("person", "detained", 2, "exact")]),
    ("The driver was fined 300 dollars in Tamsk.", []),
    ("A man was held in Kelbridge on a bond of £2,000.", []),
    # a_number_in_a_name: a house number before a singular proper name
    ("A man was found shot dead at 412 Mill Road in Dunmore.", [("person", "killed", 1, "exact")]),
    ("Gunmen killed 14 soldiers near Orvale.", [("soldier", "killed", 14, "exact")]),
    # a_relative_clause_on_it: the relative word is the one the verb befell
    ("The 40 people who died in the fire in Tamsk were buried on Monday.", [("person", "killed", 40, "exact")]),
    ("The nine people who had been killed in Orvale were buried on Monday.", [("person", "killed", 9, "exact")]),
    ("The three men who robbed a bank in Kelbridge were arrested.", [("person", "detained", 3, "exact")]),
    # a_casualty_it_is_said_to_have: "reported killed", "feared dead", "found shot to death", "pronounced dead"
    ("At least 51 people were reported killed in clashes near Orvale.", [("person", "killed", 51, "at_least")]),
    ("Two fishermen are feared dead after the storm off Dunmore.", [("person", "killed", 2, "exact")]),
    ("Three men were found shot to death in a car in Tamsk.", [("person", "killed", 3, "exact")]),
    ("Twelve people were reported missing after the flood in Dunmore.", [("person", "missing", 12, "exact")]),
    ("Four soldiers were believed captured near Orvale.", [("soldier", "detained", 4, "exact")]),
    ("John Kelly was pronounced dead at a hospital in Orvale.", [("person", "killed", 1, "exact")]),
    ("Two men were reported to the police in Tamsk.", []),
    # one in the singular, the subject of its own passive verb however far the verb is
    ("A woman who was waiting for a bus near the old market in Tamsk was killed on Monday.",
     [("person", "killed", 1, "exact")]),
    # a headline's participle in title case
    ("Three Killed in Kelbridge Blast.", [("person", "killed", 3, "exact")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_counts_third(parse, text, expected):
    doc = parse(text)
    got = [(q.item, q.role, q.value, q.qualifier) for q in doc._.quantities]
    assert got == expected



SUBJECTS = [
    # the_doer_of_it: a noun joined by "and" to the subject of a verb with an object of its own did the act too
    ("Two gunmen and a driver killed three people near Kelbridge.", [("person", "killed", 3, "exact")]),
    ("Gunmen killed two soldiers and wounded three civilians near Dunmore.",
     [("soldier", "killed", 2, "exact"), ("civilian", "injured", 3, "exact")]),
    ("Two soldiers and three civilians were killed near Orvale.",
     [("person", "killed", 5, "exact"), ("soldier", "killed", 2, "exact"), ("civilian", "killed", 3, "exact")]),
]


@pytest.mark.parametrize("text,expected", SUBJECTS)
def test_joined_subjects_did_the_act(parse, text, expected):
    doc = parse(text)
    got = [(q.item, q.role, q.value, q.qualifier) for q in doc._.quantities]
    assert got == expected

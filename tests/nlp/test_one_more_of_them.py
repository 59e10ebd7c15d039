""""Another" standing for one more person after a count of people: "one soldier was killed and another was
wounded" counts one soldier injured. Every sentence is invented."""

from __future__ import annotations

import pytest

# (sentence, the counts read, as (item, role, value))
CASES = [
    ("A shootout left one man dead and another hurt on Thursday.",
     [("person", "killed", 1), ("person", "injured", 1)]),
    ("One soldier was killed and another was wounded in the ambush.",
     [("soldier", "killed", 1), ("soldier", "injured", 1)]),
    ("A gunman killed one guard and wounded another.", [("person", "killed", 1), ("person", "injured", 1)]),
    # "another" of a noun, or of a count of its own, is no one more
    ("Two people were killed in the attack. Another attack hit the town on Monday.", [("person", "killed", 2)]),
    ("Five people were killed and another 20 were injured.", [("person", "killed", 5), ("person", "injured", 20)]),
    # no count of people before it: "another" stands for nothing counted
    ("Police arrested one suspect and questioned another.", []),
]


@pytest.mark.parametrize("text,counts", CASES)
def test_one_more_of_them(parse, text, counts):
    got = [(q.item, q.role, q.value) for q in parse(text)._.quantities]
    assert got == counts

"""Forces that head somewhere, gather or are flown in are a build-up; ships and people that do the same are
not. Every sentence is invented."""

from __future__ import annotations

import pytest

from sitrep.lexicon import load_lexicon
from sitrep.nlp.claims import event_nouns

# (sentence, whether it must give a mobilization)
MOVES = [
    ("Two more aircraft carriers headed for the Gulf of Varna on Tuesday.", True),
    ("A brigade of marines was heading to the border with Dravia on Tuesday.", True),
    ("Thousands of troops assembled near the Dravian border on Sunday.", True),
    ("Thousands of Dravian troops gathered along the river on Sunday.", True),
    ("Paratroopers were flown to the capital of Dravia overnight.", True),
    # "be headed to" looks passive and tells a going: its subject goes
    ("Two warships and a carrier were headed to the Gulf of Varna, officials said on Tuesday.", True),
    ("Two destroyers are also headed to Dravia to protect it.", True),
    ("The air force airlifted two battalions to the north of Dravia on Monday.", True),
    # people and freight that move build no force
    ("Two ferries headed for the island on Tuesday.", False),
    ("Thousands of fans gathered outside the stadium on Sunday.", False),
    ("The airline flew 300 tourists to the capital of Dravia on Monday.", False),
    ("The minister headed for talks in the capital of Dravia on Monday.", False),
    ("Thousands of tourists are headed to the coast of Dravia for the holiday.", False),
    ("The talks were headed for collapse, officials said on Tuesday.", False),
    # a move that may happen is no move
    ("A third carrier may head for the region within days, officials said.", False),
]


@pytest.mark.parametrize("text,moved", MOVES)
def test_forces_on_the_move_build_up(parse, text, moved):
    types = [e.type for e in parse(text)._.events]
    assert ("military.mobilization" in types) == moved, types


def test_a_verb_only_trigger_names_no_event():
    """"the head of the regional administration said": a trigger that is only ever a verb ("troops head north")
    leaves the noun free to be a speaker."""
    nouns = event_nouns(load_lexicon())
    assert "head" not in nouns
    assert "attack" in nouns


def test_the_head_of_an_administration_still_speaks(parse):
    doc = parse("A missile struck Velden on Monday, killing one person, according to the head of the regional "
                "administration, Ivan Petrenko.")
    assert [c.claimant for c in doc._.claims] != []

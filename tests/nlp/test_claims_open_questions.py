"""Words that say what is not known tell none of an event's facts (``gather._an_open_question``), and "who was
behind it" in a clause that asks accuses no one (``triggers.asks_who_did_it``). Invented sentences."""

from __future__ import annotations

import pytest

# (text, family of the record, the claimants it must have)
OPEN_QUESTIONS = [
    # a speaker who says what is not known: no claimant
    ("A bomb exploded outside a bank in Tarvask on Monday. A police official said it was too early to say who was "
     "behind the blast.", "attack", []),
    ("Two soldiers died in an ambush near Pralovo on Sunday. The army said it was too early to determine who "
     "carried out the attack.", "attack", []),
    ("Gunmen shot dead a judge in Tarvask on Monday. Police said it was unclear whether the attack was linked to "
     "his work.", "attack", []),
    ("Shells hit a school in Myrtvale on Sunday. The governor said it was not yet known how many people were hurt.",
     "attack", []),
    ("Rockets struck a depot outside Keswold overnight. Officials said they did not know who fired them.",
     "attack", []),
    # the same speaker telling a fact beside what is not known keeps the claim
    ("Rebels ambushed a convoy near Pralovo on Sunday, the army said, adding that it was not clear who carried it "
     "out.", "attack", ["army"]),
    ("Police said two men were shot dead in a bar in Varnholt and it was unclear who fired.", "attack", ["Police"]),
    ("Two soldiers died in an ambush near Pralovo on Sunday. The army said rebels carried out the attack.",
     "attack", ["army"]),
    # the event told only in the words of what is not known: theirs to tell
    ("Officials said it was unclear who bombed the bus in Keswold.", "attack", ["Officials"]),
    ("The army said it did not know how many rebels were killed in the strike on Halvorth.", "attack", ["army"]),
]


@pytest.mark.parametrize("text,fam,claimants", OPEN_QUESTIONS)
def test_what_is_not_known_is_no_claim(parse, text, fam, claimants):
    records = [e for e in parse(text)._.events if e.type.split(".")[0] == fam]
    assert records
    assert sorted({c.claimant.name for c in records[0].claims}) == claimants


# (text, whether an accusation is recorded)
ASKED = [
    ("Police said it was not clear who was behind the blast in Tarvask.", False),
    ("It remained unclear who was behind the bombing of the ferry.", False),
    ("Police said rebels were behind the blast in Tarvask.", True),
]


@pytest.mark.parametrize("text,accused", ASKED)
def test_who_was_behind_it_asks(parse, text, accused):
    assert any(e.type == "statement.accusation" for e in parse(text)._.events) == accused

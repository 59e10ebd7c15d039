"""Readings found on invented local crime stories: a victim named by a trade counts, a headline's bare
participle is a killing with no doer named, and an act that befalls any one of a kind is none told. Every
sentence is invented."""

from __future__ import annotations

import pytest

# (sentence, the killed count its attack must carry)
VICTIMS_BY_TRADE = [
    ("A gas station clerk was fatally shot during a robbery in Velden on Sunday night, police said.", 1),
    ("A cashier was shot and killed at a Velden grocery store on Sunday, police said.", 1),
    ("Two store owners were shot dead in Velden on Sunday, police said.", 2),
]


@pytest.mark.parametrize("text,killed", VICTIMS_BY_TRADE)
def test_a_victim_named_by_a_trade_is_counted(parse, text, killed):
    counts = [q.value for e in parse(text)._.events for q in e.quantities if q.role == "killed"]
    assert killed in counts, counts


# (headline, whether it must give an attack)
BARE_PARTICIPLES = [
    ("Store clerk killed in robbery on Velden's east side", True),
    ("Teenager killed in shooting near Velden park", True),
    ("Cyclist killed in crash on Velden highway", False),
]


# (sentence, whether it must give an attack)
ANY_ONE_OF_A_KIND = [
    ("Every family that has lost someone to a shooting deserves support, the pastor said.", False),
    ("Any driver who is robbed at a checkpoint should call the hotline, police said.", False),
    ("Every soldier who took part in the raid on the depot in Velden on Monday was decorated.", True),
    ("A family that lost a son to a shooting in Velden on Monday asked for help.", True),
]


@pytest.mark.parametrize("text,attack", BARE_PARTICIPLES + ANY_ONE_OF_A_KIND)
def test_an_attack_told_or_none(parse, text, attack):
    """A headline's bare participle with no doer is an attack; an act that befalls any one of a kind is none."""
    types = [e.type for e in parse(text)._.events]
    assert any(t.startswith("attack") for t in types) == attack, types

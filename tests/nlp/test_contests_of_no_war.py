"""False alarms: a contest (``contest_words``: "battle", "clash", "fight") whose sides are all firms or things is
rivalry or discord, no war (nlp/triggers.py, ``a_contest_of_things_or_firms``); the same words with an armed
side, a state, people or harm stay. Every text is invented."""

from __future__ import annotations

import pytest

NO_WAR = [
    # firms as the sides, in a sentence that names a firm
    "Carmaker Velmont is preparing for a battle against Orvane Motors for control of the Tessan firm.",
    "The bank faces a long fight with its rival lender over the merger.",
    "The airline is locked in a struggle with the carrier for the Quessingby routes.",
    # things as the sides
    "A new stadium plan in Harrowmere clashes with the town's heritage rules.",
    "The senator faces a battle with the winner of the primary in November.",
    "Observers expecting a battle between rival ideologies in Dunstreel will be disappointed.",
]

WAR = [
    # an armed side
    "Rebels fought with government troops near Harrowmere on Monday.",
    "Troops clashed with militants near Dunstreel on Monday.",
    # states as the sides
    "Ruritania and Borduria clashed along the border on Monday.",
    # a named group with no firm in the sentence
    "Fighting between Kessovar and the Nuvel Front raged near Dunstreel.",
    # harm in the sentence
    "Fighting between rival clans killed five people near Dunstreel.",
    # people as the sides
    "The two fought for control of the rifle before a guard shot one of them in Quessingby.",
    # no other side named: the fighters alone
    "The brigade fought in the streets of Quessingby on Monday.",
    "The two clans fought each other near Harrowmere on Sunday.",
]


def _families(doc) -> set[str]:
    return {e.type.split(".")[0] for e in doc._.events}


@pytest.mark.parametrize("text", NO_WAR)
def test_a_contest_of_firms_or_things_is_no_attack(parse, text):
    assert "attack" not in _families(parse(text))


@pytest.mark.parametrize("text", WAR)
def test_a_contest_with_an_armed_side_or_harm_stays(parse, text):
    assert "attack" in _families(parse(text))

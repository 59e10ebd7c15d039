"""Claims: claimant, channel and stance."""

from __future__ import annotations

import pytest

CASES = [
    ("Two people were killed, regional governor Oleh Syniehubov said on Telegram.",
     "regional governor Oleh Syniehubov", "Telegram", "asserts"),
    ("The ministry said in a statement that 40 drones had been destroyed.", "ministry", "statement", "asserts"),
    ("According to the city's mayor, Ihor Terekhov, a school was damaged.",
     "city's mayor, Ihor Terekhov", None, "asserts"),
    ("The military denied that it had targeted the hospital.", "military", None, "denies"),
    ("A spokesman disputed the figures, telling reporters they were inflated.", "spokesman", None, "disputes"),
    # a speaker the parser hangs off the count, with the verb's channel or time after it
    ("A Russian missile hit a depot in Dnipro, injuring two people, regional governor Serhiy Lysyi said on Telegram.",
     "Serhiy Lysyi", "Telegram", "asserts"),
    ("A drone hit a school in Sumy, injuring three people, regional governor Oleh Marchenko said in a statement.",
     "Oleh Marchenko", "statement", "asserts"),
    # a counted speaker is still a speaker
    ("Gunmen killed 11 soldiers near the border, two security sources said.", "two security sources", None,
     "asserts"),
    # the parser takes the strikes for the subject of "said": the speaker set off by commas says it
    ("Israeli air strikes killed at least 19 Palestinians across the Gaza Strip overnight, including nine members of "
     "one family in Khan Younis, Gaza's civil defence agency said, while Hezbollah fired rockets into Israel.",
     "Gaza's civil defence agency", None, "asserts"),
    # speakers joined by "and", set off by a comma before the verb
    ("M23 rebels captured the town of Walikale on Wednesday after two days of fighting with the Congolese army, "
     "residents and a rebel spokesman said.", "residents", None, "asserts"),
]


@pytest.mark.parametrize("text,claimant,channel,stance", CASES)
def test_claims(parse, text, claimant, channel, stance):
    doc = parse(text)
    assert doc._.claims, "no claim found"
    c = doc._.claims[0]
    assert claimant.lower() in c.claimant.lower()
    assert c.channel == channel
    assert c.stance == stance


def test_nobody_is_no_claimant(parse):
    doc = parse("No group claimed responsibility, but the army blamed the Rapid Support Forces.")
    assert all("No group" not in c.claimant for c in doc._.claims)


def test_pronoun_resolves_to_last_speaker(parse):
    doc = parse("Governor Vitaliy Kim said three houses burned. Nobody was hurt, he said.")
    assert [c.claimant for c in doc._.claims] == ["Governor Vitaliy Kim", "Governor Vitaliy Kim"]


SPEAKER_CASES = [
    # a pronoun after a sentence that quotes no one is that sentence's subject, not the last speaker
    ("Air strikes killed nine people, a local resistance group said. The junta did not respond to a request for "
     "comment. It has denied targeting civilians.", "denied", "junta"),
    ("Gunmen killed 20 people, residents said. The RSF did not comment on the attack. It has denied attacking "
     "civilians in the past.", "denied", "RSF"),
    # the name beside the claim says it, not "charge Kigali"
    ("Congo's government accused Rwanda of backing the rebels, a charge Kigali denied.", "denied", "Kigali"),
    ("The army accused the rebels of shelling the camp, an accusation the group rejected.", "rejected", None),
    # a ship that reports an explosion is not a speaker
    ("The agency said a second vessel reported an explosion near it off the port of Hodeidah.", "reported", None),
]


@pytest.mark.parametrize("text,verb,claimant", SPEAKER_CASES)
def test_who_speaks(parse, text, verb, claimant):
    doc = parse(text)
    got = [c.claimant for c in doc._.claims if c.verb_text == verb]
    if claimant is None:
        assert all(g.split()[0] not in ("accusation", "vessel", "second") for g in got), got
    else:
        assert got and got[0] == claimant

"""Capitals that stand for their states and the same names as places: whether the pipeline reads each
mention as a government (metonymic) or as the scene, and finds the capitals the model leaves untagged."""

from __future__ import annotations

import pytest

CASES = [
    # the object of a measure or a dealing is the government
    ("Washington imposed new sanctions on Caracas on Tuesday.", "Caracas", True),
    ("Brussels slapped fresh sanctions on Minsk over the crackdown.", "Minsk", True),
    ("Moscow laid the blame for the explosion squarely on Kyiv.", "Kyiv", True),
    ("The minister said talks with Tehran would resume.", "Tehran", True),
    # held to account
    ("Seoul held Pyongyang responsible for the sinking of the patrol boat.", "Pyongyang", True),
    pytest.param("Ankara will hold Damascus accountable for the shelling.", "Damascus", True,
                 marks=pytest.mark.xfail(strict=False)),
    # threatened
    ("Pyongyang threatened Seoul with a nuclear response.", "Seoul", True),
    # a capital the model leaves untagged, opening the sentence or joined to another
    ("Kyiv accused Moscow of deliberately targeting civilians.", "Kyiv", True),
    ("Moscow and Kyiv resumed negotiations on Monday.", "Kyiv", True),
    # the same names as places
    ("Kyiv came under a massive drone attack overnight.", "Kyiv", False),
    ("A missile hit a residential block in Kyiv on Tuesday.", "Kyiv", False),
    ("Russian drones struck Kyiv overnight, killing two people.", "Kyiv", False),
    ("Talks in Geneva ended without a deal.", "Geneva", False),
    ("A Russian attack on Kyiv killed four people.", "Kyiv", False),
    # a headline's name before a gerund a preposition governs is the act's place, not its subject
    ("Two arrested after Karachi shooting", "Karachi", False),
    ("Man held over Lahore bombing", "Lahore", False),
]


@pytest.mark.parametrize("text,name,metonymic", CASES)
def test_a_capital_is_its_state_or_a_place(parse, text, name, metonymic):
    found = [p for p in parse(text)._.places if p.text == name]
    assert found and found[0].metonymic is metonymic

"""A push out of a gathering, an office or a body of members takes no ground (``triggers.pushed_out_of_a_body``);
a push out of a place is still an offensive."""

from __future__ import annotations

import pytest

NOT_AN_ATTACK = [
    "We were unjustly pushed out of the Tarvel talks in February.",
    "The Olsway party was forced out of the coalition on Monday.",
    "Rivals pushed the mayor out of office.",
    "Protesters drove the president from power.",
]

AN_ATTACK = [
    "Rebels pushed the army out of Tarvel on Monday.",
    "Troops pushed the militants out of the town.",
]


def _attacks(doc) -> list[str]:
    return [t.type for t in doc._.triggers if t.type.startswith("attack")]


@pytest.mark.parametrize("text", NOT_AN_ATTACK)
def test_pushed_out_of_a_body_is_no_attack(parse, text):
    assert _attacks(parse(text)) == []


@pytest.mark.parametrize("text", AN_ATTACK)
def test_pushed_out_of_a_place_is_an_attack(parse, text):
    assert _attacks(parse(text))

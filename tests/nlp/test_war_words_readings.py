"""Case tables for the readings the war-words probe (test_war_words_no_event_probe.py) added: forces sent
against a hazard (``deployed_against_a_hazard``, nlp/triggers.py) and a strike of work that is a protest (the
"go on strike" entry of data/triggers.jsonl). Every text is invented."""

from __future__ import annotations

import pytest


def _families(parse, text: str) -> dict[str, str]:
    return {e.type.split(".")[0]: e.status for e in parse(text)._.events}


@pytest.mark.parametrize(("text", "mobilised"), [
    ("The army deployed 500 soldiers on Monday to fight the wildfires in the south.", False),
    ("Troops were deployed on Tuesday to help fight the floods in the east.", False),
    ("Troops were deployed on Tuesday to fight the rebels in the east.", True),
    ("The army deployed troops to the border on Monday.", True),
])
def test_forces_sent_against_a_hazard_are_no_build_up(parse, text, mobilised):
    assert ("military" in _families(parse, text)) is mobilised


@pytest.mark.parametrize(("text", "status"), [
    ("Nurses at the city hospital went on strike on Monday over pay.", "occurred"),
    ("Train drivers will go on strike next week, the union said.", "planned"),
    ("Cleaners at the airport went on strike on Tuesday, their union said.", "occurred"),
])
def test_a_strike_of_work_is_a_protest(parse, text, status):
    families = _families(parse, text)
    assert families.get("protest") == status
    assert "attack" not in families

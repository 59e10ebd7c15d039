"""What was agreed is the act a verb of agreeing governs, not one that describes a noun of it; a warning of
countermeasures is a threat. Every sentence is invented."""

from __future__ import annotations

import pytest


def test_a_description_inside_what_was_agreed_is_not_the_act(parse):
    doc = parse("The two leaders agreed on Friday to reopen the border crossing closed since 2020.")
    triggers = {doc[t.head].lemma_ for t in doc._.triggers}
    assert "agree" in triggers


def test_the_act_agreed_takes_the_place_of_agreeing(parse):
    doc = parse("Freedonia and Sylvania agreed on Friday to exchange prisoners.")
    assert [e.type for e in doc._.events] == ["prisoners.exchange"]


# (sentence, whether it gives a threat)
WARNINGS = [
    ("Freedonia warned on Wednesday that it would take countermeasures if the arms sale went ahead.", True),
    ("Freedonia warned Sylvania of reprisals on Wednesday.", True),
    ("Forecasters warned on Wednesday that heavy rain would continue.", False),
]


@pytest.mark.parametrize("text,threat", WARNINGS)
def test_a_warning_of_countermeasures(parse, text, threat):
    types = [e.type for e in parse(text)._.events]
    assert ("statement.threat" in types) == threat, types

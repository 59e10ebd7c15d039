"""Appeals made to a state are proposals: "urged Moldova to", "called on Chile to", "asked that the government",
"Moldova must withdraw"."""

from __future__ import annotations

import pytest

APPEALS = [
    "The foreign minister urged Moldova to withdraw its troops from the border.",
    "The European Union called on Chile to release the detained journalists.",
    "The president called for Peru to accept the mediation offer.",
    "The envoy asked that the Bolivian government return the seized ship.",
    "Ecuador demanded that Peru reopen the border crossing.",
    "The minister asked Paraguay to extradite the former general.",
    "Chile's president reiterated calls for Bolivia to resume talks.",
    # a duty a speaker lays on a state
    "Bolivia must withdraw its troops from the border, the Chilean foreign minister said.",
    "The Chilean president said the Bolivian government should release the detained journalists.",
]

NOT_APPEALS = [
    "Police urged residents to stay indoors.",
    "The mayor called for calm after the storm.",
    "Reporters asked Moldova about the vote.",
    "The minister called Bolivia a reliable partner.",
    "The coach asked the players to train harder.",
    "We must keep pushing for a return to talks.",
    "Smith should pay the fine, prosecutors said.",
    "The president urged Peruvians to vote on Sunday.",
]


@pytest.mark.parametrize("text", APPEALS)
def test_an_appeal_to_a_state_is_a_proposal(parse, text):
    assert "diplomacy.proposal" in [e.type for e in parse(text)._.events]


@pytest.mark.parametrize("text", NOT_APPEALS)
def test_an_appeal_to_no_state_is_no_proposal(parse, text):
    assert "diplomacy.proposal" not in [e.type for e in parse(text)._.events]


@pytest.mark.parametrize("text,types", [
    ("The U.S. deputy secretary of state spoke by phone on Tuesday with Chile's foreign minister and urged Peru "
     "to end its support for the militia.", {"diplomacy.call", "diplomacy.proposal"}),
])
def test_an_appeal_joined_to_a_call_is_an_act_of_its_own(parse, text, types):
    assert types <= {e.type for e in parse(text)._.events}

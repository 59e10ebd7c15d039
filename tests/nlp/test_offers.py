"""Offers: a concession one side is ready to make, or promises on a condition, is a proposal put forward now.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from sitrep.nlp.triggers import ENTRY_CONDITIONS, NO_EVENT_RULES, an_offer, offered_if_needed

# (text, the event types it makes, the status of its proposal or None)
OFFER_CASES = [
    # ready to concede: an offer, not a standing stance
    ("Moldova is willing to withdraw from the Dastrel valley.", ["diplomacy.proposal"], "proposed"),
    ("The rebels said on Monday they were willing to free the hostages.", ["diplomacy.proposal"], "proposed"),
    ("Romania is ready to hand over the prisoners.", ["prisoners.exchange"], None),  # ready: planned, no offer
    # a concession promised on a condition
    ("Moldova said it would withdraw from the Dastrel valley if the rebels laid down their arms.",
     ["diplomacy.proposal"], "proposed"),
    ("The president announced on Tuesday that he will withdraw his troops only if Romania withdraws first.",
     ["diplomacy.proposal"], "proposed"),
    ("The rebels would release the prisoners provided Romania paid a ransom.", ["diplomacy.proposal"], "proposed"),
    # a concession promised, offered or asked for is the proposal, no act of its own beside it
    ("Moldova promised on Monday to withdraw from Romanian territory.", ["diplomacy.proposal"], "proposed"),
    ("Moldova offered on Monday to hand over the prisoners.", ["diplomacy.proposal"], "proposed"),
    ("Romania urged Moldova to release the prisoners.", ["diplomacy.proposal"], "proposed"),
    # no offer: done, refused, the condition itself, force promised, a stance to fight on
    ("Moldovan troops withdrew from the Dastrel valley on Monday.", ["territory.change"], None),
    ("The firm withdrew its bid on Monday.", [], None),
    ("Moldova will send a delegation if Romania withdraws from the Dastrel valley.", [], None),
    ("Moldova would strike the depots if Romania withdrew its envoy.", ["statement.threat"], None),
    ("The rebels are willing to fight on until the end.", [], None),
]


@pytest.mark.parametrize("text,types,status", OFFER_CASES)
def test_a_concession_offered_is_a_proposal(parse, text, types, status):
    doc = parse(text)
    assert sorted({e.type for e in doc._.events}) == types
    proposals = [e for e in doc._.events if e.type == "diplomacy.proposal"]
    assert [e.status for e in proposals] == ([status] if status else [])


def test_the_offer_rules_are_listed():
    assert offered_if_needed in ENTRY_CONDITIONS
    assert an_offer not in NO_EVENT_RULES  # a reading of what the act is, not a reason to drop it


# (text, the type of its record, its initiator's name): a gerund after a preposition is done by the subject of
# the verb the phrase hangs on
GERUND_DOER_CASES = [
    ("Moldova's president today sought peace by promising to withdraw from Romanian territory.",
     "diplomacy.proposal", "Moldova"),
    ("Moldova ended the dispute on Monday by offering to hand over the prisoners.", "diplomacy.proposal", "Moldova"),
    ("Romania answered on Friday by shelling the border villages.", "attack.artillery", "Romania"),
]


@pytest.mark.parametrize("text,etype,initiator", GERUND_DOER_CASES)
def test_a_gerund_after_a_preposition_is_done_by_the_subject(parse, text, etype, initiator):
    doc = parse(text)
    [event] = [e for e in doc._.events if e.type == etype]
    assert any(a.role == "initiator" and initiator in a.name for a in event.actors)


# (text, the types it makes, the proposal's initiator or None): a proposal a state owns is one it put forward;
# an event noun's owner, not the verb's subject, did it
OWNED_PROPOSAL_CASES = [
    ("One sticking point has been Moldova's proposal to open its border posts for sixty days.",
     ["diplomacy.proposal"], "Moldova"),
    ("Romania rejected Moldova's proposal for talks in Vienna on Monday.",
     ["diplomacy.proposal", "diplomacy.rejection"], "Moldova"),
    ("The mayor's proposal to build a new bridge was approved.", [], None),
    ("The chef's proposal for a new menu pleased the guests.", [], None),
]


@pytest.mark.parametrize("text,types,initiator", OWNED_PROPOSAL_CASES)
def test_a_proposal_a_state_owns_is_put_forward(parse, text, types, initiator):
    doc = parse(text)
    assert sorted({e.type for e in doc._.events}) == types
    for e in doc._.events:
        if e.type == "diplomacy.proposal":
            assert [a.name for a in e.actors if a.role == "initiator"] == [initiator]

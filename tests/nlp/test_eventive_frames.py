"""Words in a frame that tells no event: a stated resolve, a negated wish, a thing that "refuses", a
shared view "agreed"; and the same words where they do tell one."""

from __future__ import annotations

import pytest

NO_EVENT = [
    # a standing resolve or willingness is no event
    ("The militia remains committed to carrying out attacks against the garrison.", "attack"),
    ("The rebels said they were willing to accept a truce.", "diplomacy"),
    ("The cartel is determined to attack the border posts.", "attack"),
    # an act a negated wish or plan governs
    ("She did not want her brother to get shot.", "attack"),
    ("The commander said he did not intend to storm the village.", "attack"),
    # a vehicle or a machine that "refuses" rejects no proposal
    ("The truck refused to stop at the checkpoint, a deputy said.", "diplomacy"),
    # an indefinite act wished for is not there yet
    ("The envoy urged the army to stop an offensive on Orlov.", "attack"),
    # a private person who refuses rejects no proposal
    ("A witness refused to cooperate with detectives, police said.", "diplomacy"),
    # a suspect who flees the scene is not displaced
    ("The suspect fled the scene before officers arrived in Tulsa.", "humanitarian"),
    # displacement an accident caused
    ("Residents were evacuated from the building after a gas leak in Leeds on Monday.", "humanitarian"),
    # an act done to no one
    ("Nobody was arrested.", "arrest"),
    ("No one was arrested in Leeds on Monday.", "arrest"),
    # attacks told as common in an era are no event
    ("Bombings were frequent in the city during the 1990s.", "attack"),
    # in a report of no attack, those who leave after an accident displaced people are its displaced
    ("A fire destroyed the roof of a house in Leeds on Tuesday, displacing the tenants. All 18 residents "
     "evacuated safely, the owner said.", "humanitarian"),
    # agreeing what must be is a shared view
    ("The ministers agreed the first priority must be the safety of civilians.", "diplomacy"),
    # "overrun" as a noun of cost
    ("The cost overrun delayed the bridge in Westfield by a year.", "attack"),
]

EVENTS = [
    # armed men speak for their side: their refusal is a rejection
    ("The rebels rejected the mediators' plan for a truce on Tuesday, their spokesman said.", "diplomacy"),
    ("The militia attacked the garrison on Monday.", "attack"),
    ("The driver refused to stop and the governor refused the envoy's proposal for talks.", "diplomacy"),
    ("The two governments agreed to exchange prisoners next week.", "prisoners"),
    ("She wanted the hostages to be freed, and rebels shot two guards in Tamsk on Monday.", "attack"),
    ("The government refused to attend the talks in Geneva.", "diplomacy"),
    ("Police arrested two men in Leeds on Monday.", "arrest"),
    # a definite attack or flight a wished act would watch or end is there already
    ("The resolution requested the UN to monitor the evacuations from eastern Tamsk.", "humanitarian"),
    ("The envoy urged the army to stop the shelling of Orlov.", "attack"),
    ("Shelling destroyed a house in Tamsk on Tuesday. A fire displaced the tenants. Hundreds of residents "
     "evacuated the town on Wednesday.", "humanitarian"),
    ("Thousands of civilians fled Tamsk after the shelling on Monday.", "humanitarian"),
]


def _families(doc) -> set[str]:
    return {e.type.split(".")[0] for e in doc._.events}


@pytest.mark.parametrize(("text", "family"), NO_EVENT)
def test_frames_that_tell_no_event(parse, text, family):
    assert family not in _families(parse(text))


@pytest.mark.parametrize(("text", "family"), EVENTS)
def test_the_same_words_telling_an_event(parse, text, family):
    assert family in _families(parse(text))


COMMENTS = [
    # "these strikes" named only as the subject of a judgement comment on strikes told before
    "Jets struck two depots near Tamsk on Monday. These strikes demonstrate our resolve.",
]


@pytest.mark.parametrize("text", COMMENTS)
def test_a_comment_on_events_told_before_is_no_new_event(parse, text):
    assert len([e for e in parse(text)._.events if e.type.startswith("attack")]) == 1


TYPED_BY_DELIVERY = [
    # what a strike destroys in a clause joined to it is its target, not its weapon
    ("Near Tamsk, 12 strikes engaged four units; destroyed an IED and a mortar; and damaged two roads.", "attack.air"),
    ("Near Orlov, two strikes hit a fighting position and destroyed a car bomb.", "attack.air"),
]


@pytest.mark.parametrize(("text", "etype"), TYPED_BY_DELIVERY)
def test_what_a_strike_destroys_does_not_type_it(parse, text, etype):
    assert [e.type for e in parse(text)._.events] == [etype]

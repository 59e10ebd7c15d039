"""The clause's own verb, told plainly, says the act was done; a noun below it with a status of its own
("on warrants", "a planned sale") names something else."""

from __future__ import annotations

import pytest

# (text, type, status); published Thursday 2025-05-22
CASES = [
    ("Police arrested two men in Velmora on Monday on warrants for theft.", "arrest", "occurred"),
    ("In a raid on their home Thursday, the two brothers were arrested on warrants for fraud.", "arrest", "occurred"),
    ("Deputies said the woman was arrested Tuesday on a warrant for assault.", "arrest", "occurred"),
    # a plan, a modal or a future on the verb itself still rules
    ("Police plan to arrest the two men on warrants for theft.", "arrest", "planned"),
    ("Police will arrest the two men on warrants for theft.", "arrest", "planned"),
    # an act looked into has happened, whatever the tense of the inquiry
    ("State police will investigate the shooting at the store in Velmora, the sheriff said.",
     "attack.civilians", "occurred"),
    ("The state bureau will review the shooting, as is routine.", "attack.civilians", "occurred"),
]


@pytest.mark.parametrize(("text", "etype", "status"), CASES)
def test_the_verb_says_the_act_was_done(events_of, text, etype, status):
    found = [e for e in events_of(text) if e.type == etype]
    assert found and found[0].status == status

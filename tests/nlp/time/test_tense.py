"""The direction of a bare weekday or month from the tense and modality of its verb, and times that
move with the story, in made-up sentences. Calendar: 2025-05-22 is a Thursday; 2024-05-02 was a
Thursday, so the week after it began on Monday 6 May 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

D = date.fromisoformat
THU = "2025-05-22"

# (published, text, expression, first day of its window)
SENTENCES = [
    # said, done: the most recent such day
    (THU, "Officials said Friday that the bridge was closed.", "Friday", "2025-05-16"),
    (THU, "The crew arrived as early as Monday.", "Monday", "2025-05-19"),
    (THU, "The ferry could have left on Saturday.", "Saturday", "2025-05-17"),
    (THU, "The envoy met the mayor on Tuesday.", "Tuesday", "2025-05-20"),
    # a phrase before "agreed" tells when the agreeing was; one after it, what was agreed
    (THU, "At talks in Geneva on Tuesday, the envoys agreed to exchange prisoners.", "Tuesday", "2025-05-20"),
    (THU, "The envoys agreed to a truce starting on Tuesday.", "Tuesday", "2025-05-27"),
    # announced, possible, earliest: the coming one
    (THU, "The convoy could arrive as soon as Tuesday.", "Tuesday", "2025-05-27"),
    (THU, "The ministers will meet Tuesday in the capital.", "Tuesday", "2025-05-27"),
    (THU, "Reinforcements may reach the town on Saturday.", "Saturday", "2025-05-24"),
    (THU, "Repairs can resume on Monday.", "Monday", "2025-05-26"),
    (THU, "The council said on Monday it would vote on Friday.", "Friday", "2025-05-23"),
    (THU, "A truce might begin in August.", "August", "2025-08-01"),
    (THU, "On Saturday, reinforcements may reach the town.", "Saturday", "2025-05-24"),
    (THU, "The envoy issued warnings on Tuesday that the talks could collapse.", "Tuesday", "2025-05-20"),
    (THU, "The inquiry was told the ferry sailed in August.", "August", "2024-08-01"),
    # a weekday that owns a violent act's noun: the day it was done, whatever the clause's tense
    (THU, "We want to send condolences to the victims of Saturday's bombing in the port.", "Saturday",
     "2025-05-17"),
    (THU, "The mayor will visit the families hurt in Monday's shooting.", "Monday", "2025-05-19"),
    (THU, "The mayor will visit the families on Monday.", "Monday", "2025-05-26"),
    (THU, "Police say he is suspected in the robbery Friday of two men.", "the robbery Friday", "2025-05-16"),
    # moving with the story: counted from the last day it named
    (THU, "The siege began on March 3, 2024. Two days later, the garrison surrendered.", "Two days later",
     "2024-03-05"),
    (THU, "Shelling hit the port on May 2, 2024. That night, the power failed.", "That night", "2024-05-02"),
    (THU, "Talks opened on May 2, 2024. The following week, they collapsed.", "The following week",
     "2024-05-06"),
    (THU, "Talks opened on May 2, 2024. The next day, they collapsed.", "The next day", "2024-05-03"),
    (THU, "The dam was finished in 2019. Later that year, the river flooded.", "Later that year", "2019-01-01"),
    (THU, "Fighting resumed in March 2023. That month, the port was shelled.", "That month", "2023-03-01"),
]


@pytest.mark.parametrize(("published", "text", "expr", "start"), SENTENCES)
def test_direction_and_story(parse, published: str, text: str, expr: str, start: str) -> None:
    doc = parse(text, D(published))
    found = {t.text: t.window for t in doc._.times}
    assert expr in found, found
    assert found[expr].start == D(start)

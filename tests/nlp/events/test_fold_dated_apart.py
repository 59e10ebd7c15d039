"""A vague attack folds into the attack its paragraph goes on to tell, unless the text dates the two apart."""

from __future__ import annotations

import pytest

APART = [
    "On 5 May, marines began their assault on Karvel. Then on 10 May troops attacked the town of Sorna.",
    "On Monday rebels stormed an outpost. On Thursday soldiers attacked a rebel camp in the same province.",
]

ONE = [
    # no day of its own: it introduces the attack told next
    "Britain said on Wednesday it would send aid to Mali. Fighting continued on the ground. Clashes between "
    "rebels and soldiers near the town of Gao killed eight people on Tuesday, a local official said.",
]


def _attacks(doc) -> list:
    return [e for e in doc._.events if e.type.startswith("attack")]


@pytest.mark.parametrize("text", APART)
def test_attacks_dated_apart_stay_apart(parse, text):
    assert len(_attacks(parse(text))) == 2


@pytest.mark.parametrize("text", ONE)
def test_a_vague_attack_introduces_the_next(parse, text):
    assert len(_attacks(parse(text))) == 1


EXECUTIONS = [
    ("Militants executed three hostages in Tamsk on Monday.", True),
    ("The gang executed two men near Orlov on Sunday.", True),
    # an operation or a plan executed is no killing
    ("The raid was a military operation executed by marines to cut the supply route.", False),
    ("The ministry executed the budget plan in March.", False),
]


@pytest.mark.parametrize(("text", "killing"), EXECUTIONS)
def test_executed_is_a_killing_only_of_people(parse, text, killing):
    assert ("attack.civilians" in [e.type for e in parse(text)._.events]) == killing


# a headline with no day, retold without a day, then dated: one event (the_same_event_undated)
HEADLINE_THEN_DAY = [
    ("Nairobi parents charged with hitting their son during fight.\n\nBoth were charged with disturbing the peace "
     "by fighting.\n\nShe told officers that her husband started a fight with her on Sunday and hit her in the face.",
     1),
    ("Nairobi parents charged with hitting their son during fight.\n\nShe told officers that her husband started a "
     "fight with her on Sunday and hit her in the face.", 1),
]


@pytest.mark.parametrize("text,attacks", HEADLINE_THEN_DAY)
def test_an_undated_headline_retold_is_the_dated_event(parse, text, attacks):
    assert len(_attacks(parse(text))) == attacks


# a first line and its lede, neither dated yet, tell one event; the body dates it further on
FIRST_LINE_AND_LEDE = [
    ("Girl, 16, attacked in Leeds park.\n\nDetectives in Leeds have released an e-fit of a man they want to trace "
     "after a serious assault on a 16-year-old girl.\n\nThe girl was attacked in a park in Leeds early on "
     "Saturday, May 17.", 1, "2025-05-17"),
    ("Girl, 16, attacked in Leeds park.\n\nIn a separate case, gunmen shot a driver in Leeds on Monday.", 2, None),
]


@pytest.mark.parametrize("text,attacks,day", FIRST_LINE_AND_LEDE)
def test_a_first_line_and_its_lede_are_one_event(parse, text, attacks, day):
    found = _attacks(parse(text))
    assert len(found) == attacks
    if day is not None:
        assert found[0].date.start == day


# a headline or standfirst with no day retells the body's record of its type and place, which dates it
OPENING_AND_BODY = [
    ("Shelling kills 11 in Douma as aid convoys wait\n\nRebel mortar fire on Damascus kills two\n\nGovernment "
     "shelling killed 11 people in Douma late on Tuesday, a monitoring group said. Rebel mortar fire killed two "
     "people in Damascus on Tuesday, state media said.", 2),
    # another type, or a place of its own, stays apart
    ("Rebels blame army for Douma shelling\n\nGovernment shelling killed 11 people in Douma late on Tuesday, a "
     "monitoring group said. The army denied the report on Wednesday.", 1),
    ("Shelling kills 11 in Douma\n\nSeparately, a car bomb killed four people in Aleppo on Tuesday.", 2),
]


@pytest.mark.parametrize("text,attacks", OPENING_AND_BODY)
def test_an_undated_opening_is_the_bodys_record(parse, text, attacks):
    assert len(_attacks(parse(text))) == attacks

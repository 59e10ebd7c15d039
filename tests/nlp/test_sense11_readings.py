"""Case tables for the readings of the sense probe of round 11 (nlp/triggers.py): a harm no game has stays an act
beside words of sport (``a_harm_no_game_has``), fire one comes under for a deed or from critics is blame
(``blamed_under_fire``), a plan protested with no one gathered is an objection (``protested_in_words``), and a private body that meets
with no one holds its own gathering (``a_private_body_meets``)."""

import pytest

NO_EVENT = [
    # play in a sentence of sport
    ("The striker shot the ball past the keeper to win the match.", "attack"),
    ("City attacked down the left wing for most of the second half of the match.", "attack"),
    # blame, not gunfire
    ("The mayor came under fire for the late snow clearing.", "attack"),
    ("The health board has come under fire for failing to publish the waiting lists.", "attack"),
    ("The broadcaster came under fire from critics over the new quiz show.", "attack"),
    # an objection in words
    ("Neighbours protested the developer's plans for a car park on the village green.", "protest"),
    ("Several parents have protested the board's decision to shorten the school day.", "protest"),
    # what no weapon strikes
    ("Investors are bracing for a fresh assault on the currency by speculators.", "attack"),
    # a private body's own gathering
    ("The village cycling club met on Monday to choose a new treasurer.", "diplomacy"),
    ("The church choir met on Thursday evening to rehearse for the carol service.", "diplomacy"),
]

STILL_AN_EVENT = [
    ("A club steward was shot dead outside the stadium after the match on Saturday.", "attack"),
    ("Two fans were stabbed to death outside the ground after the derby on Saturday.", "attack"),
    ("The referee was kidnapped by armed men on his way home from the game on Sunday.", "attack"),
    ("A police patrol came under fire for nearly an hour outside the village on Monday.", "attack"),
    ("The soldiers came under fire for the second time in a week near the border.", "attack"),
    ("A convoy carrying food came under fire from the hills on Tuesday.", "attack"),
    ("Hundreds of nurses protested the pay freeze outside the health ministry on Monday.", "protest"),
    ("Farmers protested the new fuel prices by blocking the highway with tractors.", "protest"),
    ("The two delegations met in Geneva on Tuesday.", "diplomacy"),
    ("The rebels and the army met on Tuesday to discuss a truce.", "diplomacy"),
]


@pytest.mark.parametrize("text,kind", NO_EVENT)
def test_another_sense_makes_no_event(parse, text, kind):
    doc = parse(text)
    assert not [t for t in doc._.triggers if t.type.startswith(kind)]


@pytest.mark.parametrize("text,kind", STILL_AN_EVENT)
def test_the_act_stays_an_event(parse, text, kind):
    doc = parse(text)
    assert [t for t in doc._.triggers if t.type.startswith(kind)]

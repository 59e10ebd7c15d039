"""False alarms, round three: readings of a whole report that make a trigger word no event (nlp/triggers.py,
``NO_EVENT_RULES``), and the same words where they do tell an event. Every text is invented."""

from __future__ import annotations

import pytest

SPORT = (
    "Quessingby Rovers beat the league leaders 3-1 on Saturday. The striker scored twice before halftime and "
    "the goalkeeper saved a penalty, the coach said after the match. "
)

NO_EVENT = [
    # an attack an official makes with no weapon, no armed side and no one hurt is made in words
    ("The foreign minister launched an attack on the opposition leader in Harrowmere on Monday.", "attack"),
    ("The president attacked his critics in a speech in Dunstreel on Monday.", "attack"),
    ("The minister launched a scathing attack on the judges on Tuesday.", "attack"),
    # "March" with a capital after a word that opens no name is the month, timed or not
    ("On a warm-for-March day last week, three crews worked on old houses in Harrowmere.", "protest"),
    # in a report of sport, a clash, a strike or a rally with no weapon is play
    (SPORT + "The two sides clash again next week in Harrowmere.", "attack"),
    (SPORT + "A late strike from the substitute settled it.", "attack"),
    (SPORT + "The visitors rallied late on to snatch it in Harrowmere.", "protest"),
    # in a report of a strike of work, "the strike" with no weapon is the walkout
    ("Nurses at the Harrowmere hospital walked out on Monday, their union said. As the strike went on, "
     "clinics sent patients home.", "attack"),
    ("Dock workers picketed the port gates for a third day. The strike has halted shipping, the port said.",
     "attack"),
    # a meeting named by a local or public forum is no talks
    ("The president took questions at a town hall meeting in Dunstreel on Tuesday.", "diplomacy"),
    ("The prime minister spoke at a school board meeting in Harrowmere on Monday.", "diplomacy"),
    ("The foreign minister and residents packed a community meeting in Dunstreel on Thursday.", "diplomacy"),
    # a strike beside a crime against property, with no one hurt, is vandalism or theft
    ("Vandals struck three shops on the high street in Quessingby overnight.", "attack"),
    ("Dunstreel is the latest village hit in a string of burglaries this month.", "attack"),
    # the earth giving way is a hazard: those it drives out are no displaced of war
    ("Officials said the slide forced the evacuation of one family in Quessingby.", "humanitarian"),
    ("A mudslide forced the evacuation of two families in Harrowmere on Monday.", "humanitarian"),
    # a hit joined to a fall is the fall's blow
    ("She fell to the floor and hit her head in Quessingby on Monday.", "attack"),
    ("He slipped on the wet steps, striking a railing, in Harrowmere on Sunday.", "attack"),
    ("The old man tripped on the kerb and hit his head in Dunstreel on Friday.", "attack"),
    # people at the scene of a crime or a scare who flee are no displaced
    ("The other customers fled the shop in Quessingby, and no one else was hurt.", "humanitarian"),
    ("Investors fled the market in Harrowmere after the crash.", "humanitarian"),
    ("The robbers fled in a grey car toward Dunstreel, police said.", "humanitarian"),
]

EVENTS = [
    # an official's armed men, a weapon or someone hurt make it an attack
    ("The minister's bodyguards attacked a driver with batons in Dunstreel on Monday, injuring him.", "attack"),
    ("The minister ordered an attack on rebel positions near Harrowmere on Monday.", "attack"),
    # a march told in lower case after "a" stays a march
    ("Thousands of people took part in a march in Harrowmere on Saturday, organisers said.", "protest"),
    # a killing in a report of sport stays
    (SPORT + "A fan was shot dead outside the stadium in Harrowmere late on Saturday, police said.", "attack"),
    # an attack with its attackers in a report of sport stays
    (SPORT + "Gunmen attacked the team bus near Harrowmere on Sunday, police said.", "attack"),
    # a strike with its weapon in a report that names a union stays
    ("The teachers' union called off classes in Dunstreel. A drone strike hit a depot near the town on "
     "Monday, the army said.", "attack"),
    # a strike of no work, in a report of no sport and no union
    ("An air strike hit a fuel depot near Dunstreel on Monday, killing two guards.", "attack"),
    # a meeting of parties stays
    ("The foreign ministers of Ruritania and Borduria held a meeting in Geneva on Monday.", "diplomacy"),
    ("The envoy met the rebel commanders in Dunstreel on Tuesday.", "diplomacy"),
    # a strike beside a theft that hurts someone stays
    ("Burglars attacked a pensioner in his home in Quessingby on Monday, leaving him in hospital.", "attack"),
    ("Burglars hit a pensioner on the head in Quessingby on Monday, injuring him.", "attack"),
    # residents driven out stay
    ("Hundreds of residents fled Quessingby after the shelling on Monday.", "humanitarian"),
    # a blow that made someone fall stays
    ("A man hit a shopkeeper in Harrowmere on Monday and he fell to the floor, police said.", "attack"),
]


def _families(doc) -> set[str]:
    return {e.type.split(".")[0] for e in doc._.events}


@pytest.mark.parametrize(("text", "family"), NO_EVENT)
def test_a_report_that_tells_no_event(parse, text, family):
    assert family not in _families(parse(text))


@pytest.mark.parametrize(("text", "family"), EVENTS)
def test_the_same_words_telling_an_event(parse, text, family):
    assert family in _families(parse(text))

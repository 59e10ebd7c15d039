"""ACLED's finer sub-event types, read from the words of an event's evidence (``SUB_EVENT_RULES`` and
``data/acled_sub_event_words.tsv``): invented events, each with the sentence it was read from."""

from __future__ import annotations

import pytest

from sitrep.export.acled import acled_type, sub_event_cues
from sitrep.records import DateWindow, Event, Location, Quantity, Span


def told(type_: str, text: str, killed: int = 0, injured: int = 0) -> Event:
    """An invented event at the invented town of Varnholt, read from ``text``."""
    counts = [Quantity("person", "killed", killed)] if killed else []
    counts += [Quantity("person", "injured", injured)] if injured else []
    return Event(type=type_, status="occurred", date=DateWindow("2031-04-07", "2031-04-07", "day", None),
                 location=Location("Varnholt", "MLI", None, 14.0, -4.0, "city", "Varnholt"),
                 quantities=counts, evidence=[Span("a1", 0, len(text), text)], articles=["a1"])


CASES = [
    # blasts: who carried the bomb, how it came
    ("attack.explosive", "A suicide bomber blew himself up at the gate of the Varnholt barracks.", 6, 0,
     "Suicide bomb"),
    ("attack.explosive", "The attacker self-detonated at a checkpoint outside Varnholt.", 2, 0, "Suicide bomb"),
    ("attack.explosive", "Unknown men threw a grenade into a bar in Varnholt.", 0, 4, "Grenade"),
    ("attack.explosive", "A roadside bomb hit a truck near Varnholt.", 3, 0, "Remote explosive/landmine/IED"),
    # a bomb made safe before it went off; one that went off stays a bombing
    ("attack.explosive", "Police defused an IED planted near a school in Varnholt.", 0, 0, "Disrupted weapons use"),
    ("attack.explosive", "Soldiers were defusing a mine near Varnholt when it exploded.", 2, 0,
     "Remote explosive/landmine/IED"),
    # people taken, unless people were killed too
    ("attack.civilians", "Gunmen abducted six farmers near Varnholt.", 0, 0, "Abduction/forced disappearance"),
    ("attack.civilians", "A trader was kidnapped on the Varnholt road.", 0, 0, "Abduction/forced disappearance"),
    ("attack.civilians", "Gunmen killed two villagers and kidnapped five in Varnholt.", 2, 0, "Attack"),
    ("attack.civilians", "Soldiers raped two women in Varnholt.", 0, 0, "Sexual violence"),
    ("attack.civilians", "Militia members sexually assaulted a girl near Varnholt.", 0, 0, "Sexual violence"),
    ("attack.civilians", "Gunmen shot dead a farmer near Varnholt.", 1, 0, "Attack"),
    # crowds
    ("attack.civilians", "A mob lynched a suspected thief in Varnholt.", 1, 0, "Mob violence"),
    ("protest.riot", "Villagers lynched two men accused of theft in Varnholt.", 2, 0, "Mob violence"),
    # goods taken, no one hurt
    ("attack.civilians", "Armed men looted shops and ransacked a clinic in Varnholt.", 0, 0,
     "Looting/property destruction"),
    ("attack.civilians", "Raiders looted the market and killed a guard in Varnholt.", 1, 0, "Attack"),
    # protests and what was done to them
    ("protest.demonstration", "Teachers marched in Varnholt over unpaid wages.", 0, 0, "Peaceful protest"),
    ("protest.demonstration", "Police dispersed students marching in Varnholt.", 0, 0, "Protest with intervention"),
    ("protest.demonstration", "Police arrested 12 demonstrators at a rally in Varnholt.", 0, 0,
     "Protest with intervention"),
    ("protest.riot", "Police fired tear gas at marchers in Varnholt.", 0, 0, "Protest with intervention"),
    ("protest.riot", "Protesters threw stones and police fired tear gas in Varnholt.", 0, 0, "Violent demonstration"),
    ("protest.riot", "Youths torched cars in Varnholt.", 0, 0, "Violent demonstration"),
    ("protest.demonstration", "The rally in Varnholt ended peacefully and no arrests were made.", 0, 0,
     "Peaceful protest"),
    ("protest.demonstration", "Soldiers opened fire on marchers in Varnholt, killing three.", 3, 0,
     "Excessive force against protesters"),
    # force that maims a peaceful protest and leaves people hurt
    ("protest.demonstration", "Police beat marchers with batons in Varnholt, injuring 12.", 0, 12,
     "Excessive force against protesters"),
    ("protest.demonstration", "Troops fired live rounds at students in Varnholt, wounding four.", 0, 4,
     "Excessive force against protesters"),
    ("protest.demonstration", "Police dispersed marchers in Varnholt; two were hurt in the crush.", 0, 2,
     "Protest with intervention"),
]


@pytest.mark.parametrize("etype,text,killed,injured,sub", CASES)
def test_sub_event_from_the_evidence(etype, text, killed, injured, sub):
    coded = acled_type(told(etype, text, killed, injured))
    assert coded is not None and coded[2] == sub


def test_event_types_of_the_finer_sub_events():
    assert acled_type(told("attack.civilians", "A mob beat a man in Varnholt.")) == (
        "Political violence", "Riots", "Mob violence")
    assert acled_type(told("attack.civilians", "Soldiers looted homes in Varnholt.")) == (
        "Strategic developments", "Strategic developments", "Looting/property destruction")
    assert acled_type(told("protest.riot", "Police dispersed marchers in Varnholt.")) == (
        "Demonstrations", "Protests", "Protest with intervention")


def test_every_cue_list_is_used():
    assert set(sub_event_cues()) == {"suicide", "grenade", "abduction", "sexual", "mob", "looting", "intervention",
                                     "crowd_violence", "negation", "defusal", "harsh_force"}

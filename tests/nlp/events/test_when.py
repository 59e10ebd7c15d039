"""When an event happened: each rule of the chain on invented sentences.

The sentences are parsed for their tree; the times and what governs them are given by the
case, so each rule is tested on the case it is for, whatever the time tagger makes of it.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.lexicon import load_lexicon
from sitrep.nlp.events import when
from sitrep.nlp.events.clauses import Group, clause_scope, group_triggers
from sitrep.nlp.mentions import TimeMention, TriggerMention
from sitrep.nlp.time.units import TimeWindow
from sitrep.nlp.triggers import governing_verb

THURSDAY = date(2025, 5, 22)
MONDAY, TUESDAY, FRIDAY, SUNDAY = "2025-05-19", "2025-05-20", "2025-05-23", "2025-05-18"


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


def _time(doc, text: str, governor: str | None, day: str) -> TimeMention:
    start = doc.text.index(text)
    window = TimeWindow(date.fromisoformat(day), date.fromisoformat(day), "day")
    gov = _token(doc, governor).i if governor else None
    return TimeMention(start, start + len(text), text, window, 0, gov, "publication")


def _clause(parse, text, trigger, etype, status, times, said, narrative=None) -> when.Clause:
    doc = parse(text, THURSDAY)
    head = _token(doc, trigger)
    g = Group([TriggerMention(head.i, head.i + 1, head.i, etype, status, 0)], governing_verb(head))
    g.scope = clause_scope(doc, g)
    mentions = [_time(doc, *t) for t in times]
    claim_verbs = frozenset(_token(doc, w).i for w in said)
    return when.Clause(doc, g, mentions, claim_verbs, THURSDAY, narrative)


# (rule expected to decide, sentence, trigger, type, status, times as (text, governor, day), verbs of saying,
#  the time chosen; None: no rule picks one, the event is of the day of publication)
RULE_CASES = [
    # an act announced for later is dated when it was announced ...
    ("a_past_time_of_the_act", "Envoys on Monday proposed talks for Friday.", "talks",
     "diplomacy.talks", "proposed", [("Monday", "proposed", MONDAY), ("Friday", "talks", FRIDAY)], [],
     "Monday"),
    ("when_it_was_announced", "Envoys said on Tuesday they would hold talks on Friday.", "talks",
     "diplomacy.talks", "planned", [("Tuesday", "said", TUESDAY), ("Friday", "talks", FRIDAY)], ["said"],
     "Tuesday"),
    # ... not by a time of what is asked about, but by one of a clause of time
    (None, "Ministers agreed to find out who fired on the convoy on Sunday.", "agreed", "diplomacy.agreement",
     "agreed", [("Sunday", "fired", SUNDAY)], [], None),
    ("a_past_time_of_the_act", "Mediators put forward a draft when the talks opened on Monday.", "put",
     "diplomacy.proposal", "proposed", [("Monday", "opened", MONDAY)], [], "Monday"),
    # ... not by a time of another clause joined by "and" with its own subject (the time of saying instead) ...
    ("when_it_was_announced", "The envoy met the family in March, and a spokesman said in April the ministry had "
     "proposed talks.", "talks", "diplomacy.talks", "proposed",
     [("March", "met", "2025-03-10"), ("April", "said", "2025-04-10")], ["said"], "April"),
    ("when_it_was_announced", "Rebels seized the port on Sunday, and the envoy said on Tuesday he had offered talks.",
     "talks", "diplomacy.talks", "proposed", [("Sunday", "seized", SUNDAY), ("Tuesday", "said", TUESDAY)], ["said"],
     "Tuesday"),
    # ... but by one of a verb that shares the act's subject
    ("a_past_time_of_the_act", "Envoys met on Monday and proposed new talks.", "talks", "diplomacy.talks",
     "proposed", [("Monday", "met", MONDAY)], [], "Monday"),
    # ... and never by its own later day
    (None, "Envoys proposed talks for Friday.", "talks", "diplomacy.talks", "proposed",
     [("Friday", "talks", FRIDAY)], [], None),
    # but a protest planned for a later day is dated on that day (issue 17, problem 7)
    ("the_time_it_is_planned_for", "Unions said on Tuesday they would strike on Friday.", "strike",
     "protest.demonstration", "planned", [("Tuesday", "said", TUESDAY), ("Friday", "strike", FRIDAY)], ["said"],
     "Friday"),
    ("the_time_it_is_planned_for", "Unions called a strike for Friday.", "strike", "protest.demonstration",
     "planned", [("Friday", "strike", FRIDAY)], [], "Friday"),
    ("a_past_time_of_the_act", "Students on Monday called a strike.", "strike", "protest.demonstration",
     "planned", [("Monday", "called", MONDAY)], [], "Monday"),
    # an act that happened: the time its own verb takes ...
    ("the_verbs_own_time", "Farmers marched in Dijon on Tuesday, the first of three rallies planned this week.",
     "marched", "protest.demonstration", None,
     [("this week", "planned", MONDAY), ("Tuesday", "marched", TUESDAY)], [], "Tuesday"),
    # ... one inside the phrase a noun trigger heads ...
    ("inside_the_trigger_phrase", "The phone call on Monday between the two leaders was brief.", "call",
     "diplomacy.call", None, [("Monday", "call", MONDAY)], [], "Monday"),
    # ... one the clause takes elsewhere ...
    ("in_the_clause", "Gunmen raided a village near the river on Sunday.", "raided", "attack.ground", None,
     [("Sunday", "village", SUNDAY)], [], "Sunday"),
    # ... a length of time from the main clause's act, told under "after" ...
    ("a_span_from_the_main_act", "The raid comes a week after gunmen killed four guards in the valley.", "killed",
     "attack.ground", None, [], [], "a week"),
    # ... one the parser hangs nowhere ...
    ("a_time_not_of_saying", "Shells hit the port, a week after talks on Sunday.", "hit", "attack.artillery", None,
     [("Sunday", None, SUNDAY)], [], "Sunday"),
    # ... one hung on the verb of saying that follows the act ...
    ("before_the_verb_of_saying", "The militia cut power to the valley on Monday, a monitor said.", "cut",
     "disruption.power", None, [("Monday", "said", MONDAY)], ["said"], "Monday"),
    # ... when a threat or a denial is said ...
    ("when_a_speech_act_was_said", "The party threatened to retaliate, its spokesman said on Friday.",
     "threatened", "statement.threat", None, [("Friday", "said", FRIDAY)], ["said"], "Friday"),
    # ... and with nothing else, when the report says it
    ("the_time_of_saying", "A shell struck the market, officials said on Monday.", "struck", "attack.artillery",
     None, [("Monday", "said", MONDAY)], ["said"], "Monday"),
    (None, "Airlines halted flights to the island.", "halted", "disruption.transport", None, [], [], None),
]


@pytest.mark.parametrize("rule,text,trigger,etype,status,times,said,chosen", RULE_CASES)
def test_the_first_rule_that_picks_a_time_decides(parse, rule, text, trigger, etype, status, times, said, chosen):
    c = _clause(parse, text, trigger, etype, status, times, said)
    decided, time = when.choose_time(c, when.rules_for(status))
    assert (decided.__name__ if decided else None) == rule
    assert (time.text if time else None) == chosen


def test_the_narratives_time_before_the_time_of_saying(parse):
    """"Drones hit the town on Sunday. A second drone hit a school, officials said on Monday.": Sunday."""
    sunday = TimeMention(0, 6, "Sunday", TimeWindow(date(2025, 5, 18), date(2025, 5, 18), "day"), 0, None, "")
    c = _clause(parse, "A second drone hit a school, officials said on Monday.", "hit", "attack.drone", None,
                [("Monday", "said", MONDAY)], ["said"], narrative=sunday)
    decided, time = when.choose_time(c, when.rules_for(None))
    assert decided is when.the_narratives_time and time is sunday


@pytest.mark.parametrize("status,rules", [
    ("planned", when.ANNOUNCED_RULES), ("proposed", when.ANNOUNCED_RULES), ("agreed", when.ANNOUNCED_RULES),
    ("occurred", when.OCCURRED_RULES), (None, when.OCCURRED_RULES), ("ongoing", when.OCCURRED_RULES),
])
def test_the_chain_follows_the_status(status, rules):
    assert when.rules_for(status) is rules


def test_every_rule_has_an_example():
    for rule in (*when.ANNOUNCED_RULES, *when.OCCURRED_RULES):
        assert rule.__doc__ and rule.__doc__.startswith('"'), rule.__name__


# -- the whole chain, from the report's own times ---------------------------------------------------

DATE_CASES = [
    # how long something lasts is not when it happened: the day of publication
    ("Airlines suspended flights to Oslo until the end of the month.", "disruption.transport",
     ("2025-05-22", "2025-05-22", "day", None)),
    ("Artillery shelled Lutsk on Sunday.", "attack.artillery", ("2025-05-18", "2025-05-18", "day", "Sunday")),
    ("Police detained twelve students in Rivne, a union said on Wednesday.", "arrest",
     ("2025-05-21", "2025-05-21", "day", "Wednesday")),
    # a year that modifies a thing (a model, a vintage) is no time of the event
    ("Gunmen abducted a farmer and fled in a white 1998 pickup.", "attack.civilians",
     ("2025-05-22", "2025-05-22", "day", None)),
    ("Gunmen abducted a farmer in 1998.", "attack.civilians", ("1998-01-01", "1998-12-31", "year", "1998")),
    # three days before the day of the report (a Thursday)
    ("The vote comes three days after artillery shelled the town.", "attack.artillery",
     ("2025-05-19", "2025-05-19", "day", "three days")),
    # what happened is never dated by a time after the report (not_after_publication): a party's holiday, a
    # month told later from an earlier story; a year written out is the text's own word
    ("A month later, gunmen abducted a farmer.", "attack.civilians", ("2025-05-22", "2025-05-22", "day", None)),
    ("Gunmen abducted a farmer on June 2, 2025.", "attack.civilians",
     ("2025-06-02", "2025-06-02", "day", "June 2, 2025")),
    # a time belongs to the nearest act whose phrase holds it (belongs_to): the act told after "after" keeps
    # its own day, the main act a length of time from it (a_span_from_the_act_it_follows) ...
    ("Troops stormed Velmora two days after rebels shelled the town on Sunday.", "attack.ground",
     ("2025-05-20", "2025-05-20", "day", "two days")),
    ("Troops stormed Velmora two days after rebels shelled the town on Sunday.", "attack.artillery",
     ("2025-05-18", "2025-05-18", "day", "Sunday")),
    ("Rebels shelled Korsunet on Monday, a day before troops stormed the town.", "attack.ground",
     ("2025-05-20", "2025-05-20", "day", "a day")),
    # a time in what someone is suspected of dates that deed, not the arrest (of_a_deed_ascribed); an act told
    # in the present perfect, dated only by its saying, was done in the days up to it (the_time_of_saying)
    ("Agents have arrested four men suspected of bombing a market last week, the ministry said on Wednesday.",
     "arrest", ("2025-05-15", "2025-05-21", "week", "Wednesday")),
    ("A shell struck the market, officials said on Monday.", "attack.artillery",
     ("2025-05-19", "2025-05-19", "day", "Monday")),
    # ... each act its own day ...
    ("A man was arrested on Sunday after a stabbing on Saturday.", "arrest",
     ("2025-05-18", "2025-05-18", "day", "Sunday")),
    ("A man was arrested on Sunday after a stabbing on Saturday.", "attack.civilians",
     ("2025-05-17", "2025-05-17", "day", "Saturday")),
    # ... and an act with no day of its own came between the other's day and the report
    ("A man was charged after a stabbing on Saturday.", "arrest", ("2025-05-17", "2025-05-22", "week", "Saturday")),
    ("A man was arrested and charged with theft after being accused of driving a stolen car early Saturday.", "arrest",
     ("2025-05-17", "2025-05-22", "week", "early Saturday")),
    ("A man was charged after a stabbing on Saturday.", "attack.civilians",
     ("2025-05-17", "2025-05-17", "day", "Saturday")),
    # ... but an act told after "after" with no day of its own has happened by the main act's
    ("After rebels ambushed a convoy, the army shelled Brodavin on Friday.", "attack.ground",
     ("2025-05-16", "2025-05-16", "day", "Friday")),
    ("After rebels ambushed a convoy, the army shelled Brodavin on Friday.", "attack.artillery",
     ("2025-05-16", "2025-05-16", "day", "Friday")),
    # a time that is itself what follows "after" is the act's
    ("Gunmen abducted a farmer after Sunday.", "attack.civilians", ("2025-05-18", "2025-05-18", "day", "Sunday")),
]


@pytest.mark.parametrize("text,etype,window", DATE_CASES)
def test_date_of(parse, text, etype, window):
    doc = parse(text, THURSDAY)
    [g] = [g for g in group_triggers(doc, doc._.triggers, load_lexicon().event_words) if g.type == etype]
    d = when.date_of(doc, g, None, None, load_lexicon().event_words)
    assert (d.start, d.end, d.precision, d.text) == window


def test_a_holiday_after_the_report_dates_nothing_that_happened(parse):
    """A report of Sunday 2025-12-14: the Christmas of a party is no day of the stabbing (not_after_publication)."""
    doc = parse("A company Christmas party turned deadly when a guest was stabbed.", date(2025, 12, 14))
    [g] = [g for g in group_triggers(doc, doc._.triggers, load_lexicon().event_words) if g.type == "attack.civilians"]
    d = when.date_of(doc, g, None, None, load_lexicon().event_words)
    assert (d.start, d.text) == ("2025-12-14", None)


def test_a_planned_protest_is_dated_on_its_own_day(extractor):
    """Issue 17, problem 7: "protest again next Saturday" is the Saturday ``sitrep times`` resolves."""
    from sitrep.records import Article

    text = "Thousands of students marched through Poltava on Wednesday. They said they would protest again next Saturday."
    events = extractor.extract(Article(text=text, published=THURSDAY))
    by_status = {ev.status: ev.date.start for ev in events if ev.type == "protest.demonstration"}
    assert by_status == {"occurred": "2025-05-21", "planned": "2025-05-24"}


# an announced act is dated when announced, never by the day it is set "for" (published Thursday 2025-05-22)
SET_FOR = [
    ("Envoys proposed talks for Friday.", "diplomacy.proposal", ("2025-05-22", "2025-05-22")),
    ("Envoys on Tuesday proposed talks for Friday.", "diplomacy.proposal", ("2025-05-20", "2025-05-20")),
    ("Envoys proposed talks for Saturday.", "diplomacy.proposal", ("2025-05-22", "2025-05-22")),
]


@pytest.mark.parametrize(("text", "etype", "window"), SET_FOR)
def test_the_day_an_act_is_set_for_is_not_when_it_was_announced(extractor, text, etype, window):
    from sitrep.records import Article

    found = [e for e in extractor.extract(Article(text, THURSDAY)) if e.type == etype]
    assert found and (found[0].date.start, found[0].date.end) == window


# (sentence, the act's trigger, the time, is it the act's?) -- belongs_to, on the parser's tree
BELONGS = [
    ("Police arrested a man on Sunday after a stabbing on Saturday.", "arrested", "Sunday", True),
    ("Police arrested a man on Sunday after a stabbing on Saturday.", "arrested", "Saturday", False),
    ("Police arrested a man on Sunday after a stabbing on Saturday.", "stabbing", "Saturday", True),
    ("Troops stormed Velmora after rebels shelled the town on Sunday.", "stormed", "Sunday", False),
    ("Troops stormed Velmora after rebels shelled the town on Sunday.", "shelled", "Sunday", True),
    ("Gunmen raided Ostrelka on Monday, killing two guards.", "killing", "Monday", True),
    ("Police arrested a man after Saturday.", "arrested", "Saturday", True),
    # "before" a bench or a person puts someone in front of them: no act told first
    ("He appeared before magistrates on Tuesday and was remanded in custody.", "remanded", "Tuesday", True),
    ("The driver was brought before a judge on Monday and was jailed.", "jailed", "Monday", True),
    ("She stood before the tribunal on Friday and was convicted.", "convicted", "Friday", True),
    ("Police arrested a man on Sunday before a robbery on Saturday.", "arrested", "Saturday", False),
]


# (sentence, the act's trigger, the time, inside the phrase the act is told in after "after", "before", "since"?)
OWN_PHRASE = [
    ("Police arrested a man on Sunday after a stabbing on Saturday.", "stabbing", "Saturday", True),
    ("Police arrested a man on Sunday after a stabbing on Saturday.", "stabbing", "Sunday", False),
    ("Troops stormed Velmora on Monday before rebels shelled the town.", "shelled", "Monday", False),
    ("Since gunmen burned the depot on Friday, convoys have stopped.", "burned", "Friday", True),
    ("Police arrested a man on Sunday after a stabbing on Saturday.", "arrested", "Sunday", False),
]


@pytest.mark.parametrize("text,trigger,time,inside", OWN_PHRASE)
def test_an_act_told_after_another_has_its_own_phrase(parse, text, trigger, time, inside):
    doc = parse(text, THURSDAY)
    head = _token(doc, trigger)
    g = Group([TriggerMention(head.i, head.i + 1, head.i, "attack.ground", None, 0)], governing_verb(head))
    benches = load_lexicon().event_words.benches
    assert when.inside_its_own_phrase(doc, _time(doc, time, None, SUNDAY), g, benches) is inside


@pytest.mark.parametrize("text,trigger,time,mine", BELONGS)
def test_a_time_belongs_to_the_nearest_act_whose_phrase_holds_it(parse, text, trigger, time, mine):
    doc = parse(text, THURSDAY)
    head = _token(doc, trigger)
    g = Group([TriggerMention(head.i, head.i + 1, head.i, "attack.ground", None, 0)], governing_verb(head))
    assert when.belongs_to(doc, _time(doc, time, None, SUNDAY), g, load_lexicon().event_words.benches) is mine


def test_what_goes_on_since_an_act_of_a_known_day_is_dated_from_it(parse):
    """"Police have detained dozens since the army seized power on May 2": May 2 to the report."""
    c = _clause(parse, "Police have detained dozens since the army seized power on May 2.", "detained", "arrest",
                None, [], [])
    c = when.replace(c, times=[], theirs=[_time(c.doc, "May 2", "seized", "2025-05-02")])
    decided, time = when.choose_time(c, when.rules_for(None))
    assert decided is when.from_what_it_is_told_since
    assert (time.window.start, time.window.end) == (date(2025, 5, 2), None)

"""Folding the retellings of one event within a report, on drafts made up for each case."""

from __future__ import annotations

import pytest

from sitrep.lexicon import load_lexicon
from sitrep.nlp.events import fold
from sitrep.nlp.events.draft import DraftEvent
from sitrep.records import Actor, Claim, Claimant, DateWindow, Event, Location, Quantity, Span

ART = "art_test"
MON, TUE = "2025-05-19", "2025-05-20"
DIJON = Location("Dijon", "FRA", "FR-BFC", 47.32, 5.04, "city", "Dijon")
BEAUNE = Location("Beaune", "FRA", "FR-BFC", 47.02, 4.84, "city", "Beaune")
FRANCE = Location("France", "FRA", None, 46.0, 2.0, "country", None)
FRONT = Actor("initiator", "Dijon Front", "FRA", "armed_group", None)
FRANCE_ITSELF = Actor("initiator", "FRA", "FRA", "state", None)


def _claim(name: str, country: str | None = None, start: int = 0, stance: str = "asserts") -> Claim:
    return Claim(Claimant(name, "official", country), "said", None, stance, ART, start, start + 10, "...")


def draft(etype: str = "attack.drone", *, sent: int = 0, place: Location | None = None, day: str = MON,
          day_text: str | None = None, status: str = "occurred", counts: tuple = (), claims: tuple = (),
          anaphoric: bool = False, inferred: bool = False, doer: Actor | None = None) -> DraftEvent:
    """A draft told in sentence ``sent``; counts are (item, role, value[, claim])."""
    ev = Event(etype, status, DateWindow(day, day, "day", day_text), place,
               actors=[doer] if doer is not None else [],
               quantities=[Quantity(*c[:3], claim=c[3] if len(c) > 3 else None) for c in counts],
               claims=list(claims), evidence=[Span(ART, sent * 100, sent * 100 + 10, f"sentence {sent}")],
               articles=[ART])
    return DraftEvent(ev, sent, {sent}, anaphoric=anaphoric, inferred_place=inferred)


# -- which record a draft retells ------------------------------------------------------------------

# (rule, records so far, the new draft, index of the record it folds into or None)
RULE_CASES = [
    # "A drone hit Dijon. ... The attack started a fire": a definite mention is the latest event of its kind
    (fold.the_event_referred_back_to, [draft(place=DIJON)], draft("attack.missile", sent=1, anaphoric=True), 0),
    (fold.the_event_referred_back_to, [draft(place=DIJON)], draft(sent=1, place=FRANCE, anaphoric=True), 0),
    # ... or, when it names its doer, the latest act of that doer ("The Front claimed the attack")
    (fold.the_event_referred_back_to, [draft("attack.ground", place=DIJON, doer=FRONT),
                                       draft("attack.air", sent=1, place=DIJON, doer=FRANCE_ITSELF)],
     draft(sent=2, anaphoric=True, doer=FRONT), 0),
    (fold.the_event_referred_back_to, [draft("attack.ground", place=DIJON, doer=FRONT),
                                       draft("attack.air", sent=1, place=DIJON, doer=FRANCE_ITSELF)],
     draft(sent=2, anaphoric=True, doer=FRANCE_ITSELF), 1),
    # ... not an attack at another town, not one with a count of its own, not another kind of protest
    (fold.the_event_referred_back_to, [draft(place=DIJON)], draft(sent=1, place=BEAUNE, anaphoric=True), None),
    (fold.the_event_referred_back_to, [draft(place=DIJON)],
     draft(sent=1, anaphoric=True, counts=(("person", "killed", 2),)), None),
    (fold.the_event_referred_back_to, [draft("protest.demonstration")],
     draft("protest.riot", sent=1, anaphoric=True), None),
    # no place named: the event already at that country ...
    (fold.the_same_event_at_its_inferred_place, [draft(place=FRANCE)], draft(sent=1, place=FRANCE, inferred=True),
     0),
    (fold.the_same_event_at_its_inferred_place, [draft(place=FRANCE, status="planned")],
     draft(sent=1, place=FRANCE, inferred=True), None),
    # ... or the last of its type in that country, told before, with no count against it
    (fold.the_last_event_in_that_country, [draft(place=DIJON)], draft(sent=1, place=FRANCE, inferred=True), 0),
    (fold.the_last_event_in_that_country, [draft(place=DIJON, sent=1)], draft(sent=1, place=FRANCE, inferred=True),
     None),
    (fold.the_last_event_in_that_country, [draft(place=DIJON, counts=(("person", "killed", 2),))],
     draft(sent=1, place=FRANCE, inferred=True, counts=(("person", "killed", 3),)), None),
    # "downed 40 of the 50 drones launched": the wave's total is the country's, not the town's
    (fold.the_last_event_in_that_country, [draft(place=DIJON)],
     draft(sent=1, place=FRANCE, inferred=True, counts=(("drone", "launched", 50),)), None),
    # one type, place, status and speaker in overlapping windows
    (fold.the_same_event, [draft(place=DIJON)], draft(sent=1, place=DIJON), 0),
    (fold.the_same_event, [draft(place=DIJON)], draft("attack.ground", sent=1, place=DIJON), None),
    (fold.the_same_event, [draft("diplomacy.talks", day_text="Monday")], draft("diplomacy.talks", sent=1, day=TUE),
     0),
    (fold.the_same_event, [draft(day_text="Monday")], draft(sent=1, day=TUE), None),
    # "detained late on Monday ... a court on Tuesday": two days the report names are two events
    (fold.the_same_event, [draft("arrest", day_text="Monday")], draft("arrest", sent=1, day=TUE, day_text="Tuesday"),
     None),
    (fold.the_same_event, [draft("statement.accusation", claims=(_claim("the ministry"),))],
     draft("statement.accusation", sent=1, claims=(_claim("the army"),)), None),
]


@pytest.mark.parametrize("rule,out,new,index", RULE_CASES)
def test_fold_rules(rule, out, new, index):
    assert rule(new, out) is (out[index] if index is not None else None)


def _last_week(etype: str = "attack.civilians", sent: int = 0) -> DraftEvent:
    d = draft(etype, sent=sent, place=DIJON)
    d.event.date = DateWindow("2025-05-12", "2025-05-18", "week", "last week")
    return d


@pytest.mark.parametrize("day,index", [
    # "a shooting last week" ... "the teens were shot May 10": a day near the week is the act's day
    ("2025-05-10", 0),
    ("2025-05-14", 0),
    # a day far from the week is another act
    ("2025-05-02", None),
])
def test_the_day_of_a_vague_week(day, index):
    out = [_last_week()]
    new = draft("attack.civilians", sent=1, place=DIJON, day=day, day_text="May 10")
    assert fold.the_day_of_a_vague_week(new, out) is (out[index] if index is not None else None)


def test_the_day_near_a_week_dates_the_record():
    into = _last_week()
    fold.absorb(into, draft("attack.civilians", sent=1, place=DIJON, day="2025-05-10", day_text="May 10"))
    assert (into.event.date.start, into.event.date.end) == ("2025-05-10", "2025-05-10")


def test_the_first_rule_that_finds_a_record_decides():
    """"A drone hit Dijon. A drone hit Beaune. The attack ...": the latest, not the first of its kind."""
    out = [draft(place=DIJON), draft(sent=1, place=BEAUNE)]
    assert fold.fold_target(draft(sent=2, anaphoric=True), out) is out[1]


def test_every_fold_rule_has_an_example():
    assert all(rule.__doc__ and rule.__doc__.startswith('"') for rule in fold.FOLD_RULES)


# -- one record absorbs another --------------------------------------------------------------------

@pytest.mark.parametrize("into,other,result", [
    # drones and a missile are a missile attack; a march that turned violent is a riot
    (("attack.drone", "occurred"), ("attack.missile", "occurred"), ("attack.missile", "occurred")),
    (("attack.missile", "occurred"), ("attack.drone", "occurred"), ("attack.missile", "occurred")),
    (("protest.demonstration", "occurred"), ("protest.riot", "occurred"), ("protest.riot", "occurred")),
    # talks planned and then agreed are agreed; an attack keeps its own status
    (("diplomacy.talks", "planned"), ("diplomacy.talks", "agreed"), ("diplomacy.talks", "agreed")),
    (("prisoners.exchange", "agreed"), ("prisoners.exchange", "proposed"), ("prisoners.exchange", "agreed")),
    (("attack.drone", "occurred"), ("attack.drone", "planned"), ("attack.drone", "occurred")),
])
def test_absorb_keeps_the_stronger_type_and_status(into, other, result):
    a, b = draft(into[0], status=into[1]), draft(other[0], sent=1, status=other[1])
    fold.absorb(a, b)
    assert (a.event.type, a.event.status) == result


@pytest.mark.parametrize("into,other,result", [
    # one figure told twice is one count
    (dict(counts=(("person", "killed", 2),)), dict(counts=(("person", "killed", 2),)), [("killed", 2, None)]),
    (dict(counts=(("person", "killed", 2),)), dict(counts=(("person", "injured", 5),)),
     [("killed", 2, None), ("injured", 5, None)]),
    # a second figure with no second source: the larger is the event's own (a part, then the whole; a toll
    # that rose); two sources with two figures keep one each
    (dict(counts=(("person", "killed", 2),)), dict(counts=(("person", "killed", 3),)), [("killed", 3, None)]),
    (dict(counts=(("person", "killed", 3),)), dict(counts=(("person", "killed", 2),)), [("killed", 3, None)]),
    (dict(counts=(("strike", "launched", 3),)), dict(counts=(("strike", "launched", 5),)), [("launched", 3, None)]),
    (dict(counts=(("person", "killed", 2, 0),), claims=(_claim("the mayor", start=0),)),
     dict(counts=(("person", "killed", 3, 0),), claims=(_claim("the army", start=100),)),
     [("killed", 2, 0), ("killed", 3, 1)]),
    # a claim both have is not repeated, and the count keeps pointing at it; one voice's two figures: the larger
    (dict(counts=(("person", "killed", 2, 0),), claims=(_claim("the mayor", start=0),)),
     dict(counts=(("person", "killed", 4, 0),), claims=(_claim("the mayor", start=0),)),
     [("killed", 4, 0)]),
])
def test_absorb_counts(into, other, result):
    a, b = draft(**into), draft(sent=1, **other)
    fold.absorb(a, b)
    assert [(q.role, q.value, q.claim) for q in a.event.quantities] == result


def test_absorb_fills_what_is_missing():
    a = draft(day_text=None)
    a.event.actors = [Actor("initiator", "Ruritania", "RUR", "state")]
    b = draft(sent=1, place=DIJON, day_text="Monday")
    b.event.actors = [Actor("initiator", "Freedonia", "FRE", "state"), Actor("target", "France", "FRA", "state")]
    b.event.confidence = 0.9
    fold.absorb(a, b)
    assert a.event.location is DIJON and a.event.date.text == "Monday"
    assert [(x.role, x.country) for x in a.event.actors] == [("initiator", "RUR"), ("target", "FRA")]
    assert [e.start for e in a.event.evidence] == [0, 100]
    assert a.sents == {0, 1} and a.event.confidence == 0.9


def test_absorb_takes_every_party_of_a_role_it_lacks():
    """"Talks collapsed." then "the talks between Chile and Peru": both parties, not the first alone."""
    a = draft("diplomacy.talks", day_text=None)
    b = draft("diplomacy.talks", sent=1)
    b.event.actors = [Actor("participant", "Chile", "CHL", "state"), Actor("participant", "Peru", "PER", "state")]
    fold.absorb(a, b)
    assert [(x.role, x.country) for x in a.event.actors] == [("participant", "CHL"), ("participant", "PER")]


# -- the whole fold --------------------------------------------------------------------------------

def _merge(drafts: list[DraftEvent], paragraphs: list[int]) -> list[DraftEvent]:
    return fold.merge(drafts, paragraphs, load_lexicon().event_words)


def test_a_ledes_summary_is_the_event_told_later():
    """"Drones killed two in France, officials said." in the lede, "a drone killed two in Dijon" below."""
    lede = draft(place=FRANCE, counts=(("person", "killed", 2),), claims=(_claim("officials"),))
    body = draft(sent=1, place=DIJON, counts=(("person", "killed", 2),))
    [one] = _merge([lede, body], [0, 1])
    assert one is body and one.sents == {0, 1}
    assert [(q.role, q.value) for q in one.event.quantities] == [("killed", 2)] and one.event.claims == []


def test_a_vague_sentence_introduces_the_next():
    """"Fighting went on." then "Shells hit Dijon, killing two.": one attack, at Dijon."""
    vague = draft("attack.artillery", place=FRANCE, inferred=True)
    told = draft("attack.artillery", sent=1, place=DIJON, counts=(("person", "killed", 2),))
    [one] = _merge([vague, told], [0, 0])
    assert one is told and one.sents == {0, 1}


@pytest.mark.parametrize("source,denied", [
    (None, True),
    ("the Freedonian army", True),
    ("a regional weekly", False),  # a report not told before
])
def test_a_denial_is_a_claim_on_the_other_sides_words(source, denied):
    """"The Freedonian army said its drones hit the depot. ... Governor Petrenko denied that the depot was hit"."""
    strike = draft(place=DIJON, claims=(_claim("Freedonian army", "FRE", start=0),))
    den = draft("statement.denial", sent=1, claims=(_claim("Governor Petrenko", "RUR", start=100),))
    den.denies_claim, den.denied_source = True, source
    _merge([strike, den], [0, 0])
    assert any(c.stance == "denies" and c.claimant.name == "Governor Petrenko" for c in strike.event.claims) is denied


@pytest.mark.parametrize("name,generic", [
    ("officials", True), ("Ruritanian officials", True), ("authorities", True),
    ("officials in the lake region", False), ("the district council", False), ("Governor Petrenko", False),
])
def test_generic_claimants(name, generic):
    assert fold.generic_claimant(name, load_lexicon().claim_words.generic_claimants) is generic


@pytest.mark.parametrize("a,b,same", [
    ("regional governor Ivan Petrenko", "Petrenko", True),
    ("the mayor", "the mayor", True),
    ("the mayor", "the army", False),
])
def test_same_claimant(a, b, same):
    assert fold.same_claimant(a, b) is same


# (example, the undated record's window, the other record's window, the window kept)
FILL_DATE = [
    ("a day the report names fills an undated record", DateWindow("2025-05-22", "2025-05-22", "day", None),
     DateWindow("2025-05-18", "2025-05-18", "day", "Sunday"), DateWindow("2025-05-18", "2025-05-18", "day", "Sunday")),
    ("a year the publication day is in adds nothing: \"a series of bombings in 2025\"",
     DateWindow("2025-05-22", "2025-05-22", "day", None), DateWindow("2025-01-01", "2025-12-31", "year", "2025"),
     DateWindow("2025-05-22", "2025-05-22", "day", None)),
    ("a year before: the record is of that year", DateWindow("2025-05-22", "2025-05-22", "day", None),
     DateWindow("2019-01-01", "2019-12-31", "year", "2019"), DateWindow("2019-01-01", "2019-12-31", "year", "2019")),
]


@pytest.mark.parametrize(("example", "undated", "other", "kept"), FILL_DATE, ids=[c[0] for c in FILL_DATE])
def test_fill_date(example, undated, other, kept):
    into = Event("attack.explosive", "occurred", undated, None)
    fold._fill_date_and_place(into, Event("attack.explosive", "occurred", other, None))
    assert into.date == kept


def test_a_years_toll_joins_no_event(events_of):
    # "a record 40 deaths last year": a year's total, background to the strike told before it
    [ev] = events_of("A drone hit a depot in Kherson on Monday, the army said. The army suffered a record 40 deaths "
                     "in the region last year.")
    assert ("killed", 40) not in [(q.role, q.value) for q in ev.quantities]

"""Headlines and telegraphic lines: a probe table of invented headlines and short reports, each with what a
careful coder records (a type or family, or no event, and one field). Headline grammar drops articles and
auxiliaries ("Man shot outside bar" is a passive), tells past acts in the present ("Army retakes town"), plans
with "to" ("Bloc to impose sanctions"), and a headline and its body's sentence tell one event. Lines the
readings do not yet get are marked xfail."""

from __future__ import annotations

import pytest

XFAIL = pytest.mark.xfail(strict=False)

PROBES = [
    ('Man shot outside bar.', 'attack', None),
    pytest.param('Man wounded outside bar.', 'attack', ('q', 'person', 'injured', 1), marks=XFAIL),
    ('Teen stabbed at bus stop.', 'attack', None),
    ('Woman shot dead in Varnholt.', 'attack', ('q', 'person', 'killed', 1)),
    ('Pakistan expels Indian diplomat.', 'diplomacy', None),
    ('Pakistan expels Indian diplomat', 'diplomacy', None),
    ('Moldova: gunmen kill 12.', 'attack', ('q', 'person', 'killed', 12)),
    ('Moldova: 12 dead as floods sweep north.', None, None),
    ('Three dead, five hurt in Varnholt market blast.', 'attack', ('q', 'person', 'killed', 3)),
    ('Three dead, five hurt in Varnholt market blast.', 'attack', ('q', 'person', 'injured', 5)),
    ('Seven die in Varnholt bombing.', 'attack', ('q', 'person', 'killed', 7)),
    ('Toll in Varnholt bombing climbs to 40.', 'attack', ('q', 'person', 'killed', 40)),
    ('Death toll from Varnholt attack rises to 23.', 'attack', ('q', 'person', 'killed', 23)),
    ('Four policemen among dead in Varnholt ambush.', 'attack', None),
    ('Suicide bomber kills 9, wounds 20 in Varnholt.', 'attack', ('q', 'person', 'injured', 20)),
    ('Suicide bomber kills 9, wounds 20 in Varnholt.', 'attack', ('q', 'person', 'killed', 9)),
    ('At least 30 feared dead in Varnholt attack.', 'attack', ('q', 'person', 'killed', 30)),
    ('Twelve killed in Varnholt car bombing.', 'attack', ('q', 'person', 'killed', 12)),
    ('Car bomb leaves eleven dead in Varnholt.', 'attack.explosive', ('q', 'person', 'killed', 11)),
    ('Militants storm police post, kill four.', 'attack', ('q', 'person', 'killed', 4)),
    ('Rebels seize key town of Varnholt.', 'territory.change', None),
    pytest.param('Army retakes Varnholt from rebels.', 'territory.change', None, marks=XFAIL),
    ('Police arrest 15 after Varnholt clashes.', 'arrest', None),
    ('Ex-minister arrested over bribes.', 'arrest', None),
    pytest.param('Suspect held in Varnholt killing.', 'arrest', None, marks=XFAIL),
    ('Opposition leader jailed for five years.', 'arrest', None),
    ('Thousands protest in Varnholt over fuel prices.', 'protest', None),
    ('Students rally against tuition hike.', 'protest', None),
    ('EU slaps new sanctions on Moldova.', 'diplomacy.sanctions', ('s', 'occurred')),
    ('EU to impose sanctions on Moldova.', 'diplomacy.sanctions', ('s', 'planned')),
    ('Foreign ministers to meet in Leeds next week.', 'diplomacy.talks', ('s', 'planned')),
    ('Moldova, Romania hold talks on border.', 'diplomacy.talks', ('s', 'occurred')),
    pytest.param('Foreign ministers meet in Varnholt.', 'diplomacy.talks', ('s', 'occurred'), marks=XFAIL),
    ('Moldova recalls ambassador from Romania.', 'diplomacy', None),
    ('Rebels free 20 hostages.', 'prisoners.exchange', None),
    ('Gunmen kidnap aid worker in Varnholt.', 'attack.civilians', None),
    ('Aid worker kidnapped in Varnholt.', 'attack.civilians', None),
    ('Journalist abducted in Varnholt.', 'attack.civilians', None),
    ('Drone strike kills five militants in Varnholt.', 'attack.drone', ('q', 'soldier', 'killed', 5)),
    pytest.param('Airstrikes pound rebel positions near Varnholt.', 'attack.air', None),
    ('Mortar shells hit Varnholt, two killed.', 'attack.artillery', ('q', 'person', 'killed', 2)),
    ('Roadside bomb kills two soldiers.', 'attack.explosive', ('q', 'soldier', 'killed', 2)),
    ('Two soldiers killed by roadside bomb', 'attack.explosive', ('q', 'soldier', 'killed', 2)),
    ('Soldier killed, three wounded in Varnholt clash.', 'attack', ('q', 'soldier', 'killed', 1)),
    ('Villagers flee as fighting nears Varnholt.', 'humanitarian', None),
    ('Thousands evacuated as rebels advance.', 'humanitarian', None),
    ('Moldova denies role in Varnholt blast.', 'statement.denial', None),
    ('Moldova accuses Romania of border raid.', 'statement.accusation', None),
    ('Moldova threatens to cut gas to Romania.', 'statement.threat', None),
    ('Troops massing on Moldova border.', 'military.mobilization', None),
    ('Airport closed after bomb threat.', 'disruption.transport', None),
    ('Ceasefire collapses in Varnholt.', 'diplomacy.ceasefire', None),
    pytest.param('Sudan, Chad sign peace deal in Varnholt.', 'diplomacy.agreement', None, marks=XFAIL),
    ('Gunman opens fire at Varnholt mall.', 'attack', None),
    ('Two hurt in Varnholt shooting.', 'attack', ('q', 'person', 'injured', 2)),
    ('Officer wounded in shootout.', 'attack', ('q', 'person', 'injured', 1)),
    ('Bomb blast rocks Varnholt.', 'attack.explosive', None),
    ('Clashes erupt in Varnholt; 6 dead.', 'attack', ('q', 'person', 'killed', 6)),
    ('Rovers shoot down Albion.', None, None),
    ('Firm axes 300 jobs.', None, None),
    pytest.param('Storm kills power to 3,000.', 'disruption.power', None, marks=XFAIL),
    ('Storm kills power to 3,000.', 'no attack', None),
    ('Hurricane kills 12 in Varnholt.', None, None),
    ('Four killed in highway crash.', None, None),
    ('Two die in house fire.', None, None),
    ('Flu kills 30 in Varnholt.', None, None),
    ('Toll from quake rises to 200.', None, None),
    pytest.param('United blast past Rovers.', None, None, marks=XFAIL),
    ('Stocks tumble as oil prices surge.', None, None),
    ('Senate to vote on budget.', None, None),
    ('Council approves new bus plan.', None, None),
    ('Mayor defends tax hike.', None, None),
    ('Film takes aim at corruption.', None, None),
    ('Rovers striker shot to fame.', None, None),
    ('Bank to cut 500 jobs.', None, None),
    ('Police launch road safety drive.', None, None),
    ('Firefighters battle blaze at warehouse.', None, None),
    ('Teen dies in river.', None, None),
    ('Man dies after fall from roof.', None, None),
    ('Team captures league title.', None, None),
    ('Coach fired after losing streak.', None, None),
    ('Rovers sack manager.', None, None),
    ('Price war hits airlines.', None, None),
    ('School board clashes over budget.', None, None),
    ('Varnholt hit by power cuts.', 'disruption.power', None),
    ('Varnholt bombing suspect charged.', 'arrest', None),
    ('Bomb disposal team defuses device.', None, None),
    ('Teen stabbed in Leeds. A 16-year-old boy was stabbed in the leg in Leeds on Friday evening, police said.', 'attack', ('n', 1)),
    ('Three soldiers killed in Kandahar blast. Three Canadian soldiers were killed on Sunday when a roadside bomb struck their vehicle near Kandahar, the military said.', 'attack', ('n', 1)),
    ('Iran expels British envoy. Iran on Sunday ordered a British diplomat to leave the country, state media said.', 'diplomacy', ('n', 1)),
    ('Rebels seize Goma. Rebels captured the city of Goma on Tuesday after a two-day battle, the United Nations said.', 'territory.change', ('n', 1)),
    ('Man shot outside Leeds bar. A man was shot and wounded outside a bar in Leeds on Saturday night, police said.', 'attack', ('n', 1)),
    ('Gunmen kill 12 in Peshawar. Gunmen killed 12 people in an attack on a market in Peshawar on Monday, officials said.', 'attack', ('n', 1)),
    ('Pakistan expels Indian diplomat. Pakistan on Tuesday ordered an Indian diplomat to leave the country within 24 hours.', 'diplomacy', ('n', 1)),
    ('Police arrest five in Denver. Police arrested five men on Friday in connection with the robbery of a jewellery store.', 'arrest', ('n', 1)),
]


@pytest.mark.parametrize("text,want,field", PROBES)
def test_headline_probe(events_of, text, want, field):
    evs = events_of(text)
    types = [e.type for e in evs]
    if want is None:
        assert evs == [], types
        return
    if want == "no attack":
        assert not any(t.startswith("attack") for t in types), types
        return
    hit = [e for e in evs if e.type.startswith(want)]
    assert hit, types
    if field is None:
        return
    if field[0] == "q":
        assert any((q.item, q.role, q.value) == tuple(field[1:]) for e in hit for q in e.quantities), \
            [e.quantities for e in hit]
    elif field[0] == "s":
        assert any(e.status == field[1] for e in hit), [e.status for e in hit]
    else:  # ("n", k): the headline and the body's sentence are k records
        assert len(evs) == field[1], types


@pytest.mark.parametrize("text,passive", [
    # a headline's bare participle of a verb done to people, no object: a passive, its subject the victim
    ("Man shot outside bar.", True),
    ("Two men shot outside Leeds pub.", True),
    ("Teen stabbed at bus stop", True),
    ("Aid worker kidnapped in Kabul.", True),
    # an object of its own, a verb done to no one, a line in full grammar, a pronoun: as parsed
    ("Gunmen killed three policemen in Kirkuk.", False),
    ("Protesters rallied in Leeds.", False),
    ("The man shot at the bar was a tourist.", False),
    ("He shot outside the bar.", False),
])
def test_a_headlines_reduced_passive(extractor, text, passive):
    doc = extractor.nlp(text)
    subjects = [t.dep_ for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    assert ("nsubjpass" in subjects) == passive, [(t.text, t.tag_, t.dep_) for t in doc]


@pytest.mark.parametrize("text", [
    # a word of English that opens a sentence, capitalised only for that, is no town
    "Officer was shot during a traffic stop.",
    "Man shot outside bar.",
])
def test_an_opening_word_is_no_place(extractor, text):
    doc = extractor.nlp(text)
    assert [p.place.name for p in doc._.places or []] == []


@pytest.mark.parametrize("text,counts", [
    # a telegraphic list: a number and the casualty word just after it
    ("Three dead, five hurt in Leeds market blast.", [("person", "injured", 5), ("person", "killed", 3)]),
    ("Two dead, 12 injured as bomb hits Leeds bus.", [("person", "injured", 12), ("person", "killed", 2)]),
    # a verb of judging the state, its "are" left out
    ("At least 30 feared dead in Peshawar attack.", [("person", "killed", 30)]),
    ("Twelve believed dead after Kandahar ambush.", [("person", "killed", 12)]),
    # a casualty word on a noun after it counts that noun; a verb of its own is read with its subject
    ("Blast kills two wounded soldiers.", [("soldier", "killed", 2)]),
])
def test_a_headlines_bare_casualty_counts(extractor, text, counts):
    doc = extractor.nlp(text)
    assert sorted((q.item, q.role, q.value) for q in doc._.quantities) == counts

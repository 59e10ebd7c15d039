"""The assembler on invented paragraphs: one record per event and place, with its parts."""

from __future__ import annotations

import re
from datetime import date

import pytest

from sitrep.lexicon import load_lexicon
from sitrep.nlp.events.assemble import (
    _anaphoric,
    _denied_source,
    _denies_a_claim,
    _fitting,
    _narrative_initiator,
    _one_per_kind,
    read_report,
    status_of,
)
from sitrep.nlp.events.clauses import Group
from sitrep.nlp.events.draft import sentence_span
from sitrep.nlp.mentions import QuantityMention, TriggerMention
from sitrep.records import Actor

THURSDAY = date(2025, 5, 22)


def test_one_record_per_place_with_its_count(events_of):
    evs = events_of("The defence ministry in Moscow said air defences destroyed 48 Ukrainian drones overnight, "
                    "including 20 over the Kursk region and 11 over the Bryansk region.")
    drones = [e for e in evs if e.type == "attack.drone"]
    by_place = {(e.location.admin1 or e.location.country): [q.value for q in e.quantities] for e in drones}
    assert by_place == {"RUS": [48], "RU-KRS": [20], "RU-BRY": [11]}
    for e in drones:
        roles = {a.role: a.country for a in e.actors}
        assert roles == {"initiator": "UKR", "target": "RUS"}
        assert e.date.start == "2025-05-21" and e.date.end == "2025-05-22" and e.date.precision == "night"


def test_damage_claim_and_negated_injuries(events_of):
    evs = events_of("Russian drones struck the port of Odesa overnight, damaging a warehouse and several homes, "
                    "regional governor Oleh Kiper said on Telegram. No one was injured.")
    assert len(evs) == 1
    ev = evs[0]
    assert ev.type == "attack.drone" and ev.location and ev.location.admin1 == "UA-51"
    assert {d.object for d in ev.damage} >= {"residential"}
    assert [(q.item, q.role, q.value) for q in ev.quantities] == [("person", "injured", 0)]
    assert ev.claims[0].channel == "Telegram" and "Kiper" in ev.claims[0].claimant.name
    assert len(ev.evidence) == 2


def test_background_gives_no_record(events_of):
    assert events_of("Russia has struck Ukraine's power grid every winter since the invasion began.") == []
    assert events_of("The two sides have been firing dozens of drones at each other almost daily.") == []


def test_agreed_exchange_and_its_later_mention(events_of):
    evs = events_of("Negotiators met in Geneva on Monday and agreed to exchange 300 prisoners of war each.\n\n"
                    "The prisoner swap will take several weeks, a spokesman for the Kremlin said.")
    swaps = [e for e in evs if e.type == "prisoners.exchange"]
    assert len(swaps) == 1 and swaps[0].status == "agreed"
    assert [(q.item, q.role, q.value) for q in swaps[0].quantities] == [("prisoner", "exchanged", 300)]
    talks = [e for e in evs if e.type == "diplomacy.talks"]
    assert talks and talks[0].location and talks[0].location.country == "CHE"
    assert talks[0].date.start == "2025-05-19"


def test_repelled_assault_is_the_attackers(events_of):
    evs = events_of("Ukrainian forces repelled 11 Russian assaults near Kostiantynivka on Wednesday, the General "
                    "Staff said.")
    ground = [e for e in evs if e.type == "attack.ground"]
    assert ground
    roles = {a.role: a.country for a in ground[0].actors}
    assert roles.get("initiator") == "RUS" and roles.get("target") == "UKR"


# -- where the event is, and who did it, when the report leaves it to the reader -------------------

PLACE_CASES = [
    # a claimant's possessive is the speaker, not the scene; with no usable place the target's side
    ("At least three people were killed when Russian drones hit apartment blocks overnight, "
     "Ukraine's emergency service said.", "UKR"),
    # the acting subject is not the place: a state does not attack itself
    ("Russia attacked Zubrivka with drones on Sunday, killing two people, the mayor, Petro Savchenko, said.", None),
    ("Houthi rebels in Yemen fired two missiles at a cargo ship late on Tuesday, Britain's maritime agency UKMTO "
     "said.", "YEM"),
    # where the negotiators come from is not where they meet
    ("Negotiators from Ukraine and Russia met in Geneva on Friday, Swiss officials said.", "CHE"),
    # a town the fighters push toward is not the one they took
    ("M23 rebels seized the town of Kavumu on Wednesday, pushing closer to Bukavu, residents said.", "COD"),
]


@pytest.mark.parametrize("text,country", PLACE_CASES)
def test_place_is_never_speaker_subject_or_origin(events_of, text, country):
    evs = [e for e in events_of(text) if e.type.split(".")[0] in ("attack", "diplomacy", "territory")]
    assert len(evs) == 1
    loc = evs[0].location
    assert (loc.country if loc else None) == country
    if text.startswith("M23"):
        assert loc is not None and loc.name != "Bukavu"


SIDE_CASES = [
    # an attack that names no attacker has the one the report last named against that side
    ("Russian missiles struck Zaporizhzhia overnight, injuring four people, officials said.\n\n"
     "In a separate attack, a missile hit Dnipro, injuring two, regional authorities said.", -1, "RUS", "UKR"),
    # armed men no side is named for fight in the country where they attack
    ("Suspected jihadists killed 11 soldiers near Boulkessi in Mali on Tuesday, two security sources said.\n\n"
     "In neighbouring Burkina Faso, gunmen attacked a village in the north on Sunday, killing at least 20 people, "
     "residents said.", -1, "BFA", "BFA"),
    # a demonym that says where a town is names no side
    ("An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil killed one person on Wednesday, "
     "Lebanon's health ministry said.", 0, "ISR", "LBN"),
    # a side does not give aid to itself
    ("Norway pledged on Friday 2 billion kroner in military aid to Ukraine, the Norwegian defence ministry said.",
     0, "NOR", "UKR"),
]


@pytest.mark.parametrize("text,index,initiator,target", SIDE_CASES)
def test_sides_from_the_narrative(events_of, text, index, initiator, target):
    ev = events_of(text)[index]
    assert sorted(a.country or "" for a in ev.actors if a.role == "initiator") == [initiator]
    assert sorted(a.country or "" for a in ev.actors if a.role == "target") == [target]


def test_undated_paragraph_takes_the_narratives_last_time(events_of):
    evs = events_of("Russian missiles struck Zaporizhzhia overnight, injuring four people, officials said on "
                    "Thursday.\n\nIn a separate attack, a missile hit Dnipro, injuring two, regional authorities said.")
    assert [(e.date.start, e.date.end) for e in evs] == [("2025-05-21", "2025-05-22")] * 2


DATE_CASES = [
    # how long something lasts is not when it happened
    ("Several airlines suspended flights to Tel Aviv until the end of the month, the airport said on Thursday.",
     "disruption.transport", ("2025-05-22", "2025-05-22")),
    # a planned act is dated when it was announced, even when the announcing verb carries the planned day
    ("Opposition leaders called a new rally for Saturday.", "protest.demonstration", ("2025-05-22", "2025-05-22")),
    # the time the trigger's own verb takes wins over one in a modifier of another noun
    ("Tens of thousands of people marched in Belgrade on Tuesday to demand early elections, the first of two "
     "rallies planned this weekend.", "protest.demonstration", ("2025-05-20", "2025-05-20")),
    # a time between the act and the verb of saying after it is the act's, however the parser hangs it
    ("Myanmar's junta cut internet access in 12 townships in the Sagaing region on Monday, a monitoring group said.",
     "disruption.communications", ("2025-05-19", "2025-05-19")),
]


@pytest.mark.parametrize("text,etype,window", DATE_CASES)
def test_dates_of_lasting_and_planned_acts(events_of, text, etype, window):
    [ev] = [e for e in events_of(text) if e.type == etype]
    assert (ev.date.start, ev.date.end) == window


def test_wave_total_is_the_countrys_record(events_of):
    evs = events_of("Russian forces launched dozens of drones at the southern city of Mykolaiv overnight, killing a "
                    "woman, regional governor Vitaliy Kravets said. Ukraine's air force said it had downed forty-two "
                    "of the 55 drones launched across the country.")
    by_place = {e.location.precision if e.location else None: {(q.item, q.role, q.value) for q in e.quantities}
                for e in evs}
    assert by_place["country"] == {("drone", "intercepted", 42), ("drone", "launched", 55)}
    assert ("drone", "intercepted", 42) not in by_place["city"]


def test_planned_rally_is_not_the_riot_before(events_of):
    evs = events_of("Police detained 37 people overnight after protesters threw stones at officers outside "
                    "parliament in Tbilisi.\n\nOpposition leaders called a new rally for Saturday.")
    assert sorted(e.status for e in evs if e.type.startswith("protest")) == ["occurred", "planned"]


def test_casualties_at_another_place_are_that_places_record(events_of):
    evs = events_of("In the northern city of Chernihiv, a drone hit a five-storey apartment building overnight, injuring "
                    "seven people, the regional military administration said. Two people were killed in the Sumy "
                    "region, regional governor Oleh Marchenko said in a statement.")
    by_admin1 = {e.location.admin1: {(q.item, q.role, q.value) for q in e.quantities} for e in evs if e.location}
    assert by_admin1["UA-59"] == {("person", "killed", 2)}
    assert ("person", "killed", 2) not in by_admin1["UA-74"]
    [sumy] = [e for e in evs if e.location and e.location.admin1 == "UA-59"]
    assert "Marchenko" in sumy.claims[0].claimant.name
    assert {a.role: a.country for a in sumy.actors}.get("target") == "UKR"


def test_a_claim_made_later_is_dated_by_the_narrative(events_of):
    evs = events_of("At least six people were killed after Russian glide bombs hit the centre of Zaporizhzhia on "
                    "Tuesday afternoon, according to regional governor Ivan Fedak.\n\nOn Wednesday, Russia's Defence "
                    "Ministry claimed its forces had struck a gathering of Ukrainian soldiers in the city.")
    attacks = [e for e in evs if e.family == "attack"]
    assert len(attacks) == 1 and attacks[0].date.start == "2025-05-20"
    assert len(attacks[0].claims) == 2


def test_troops_a_side_speaks_of_are_its_own(parse):
    doc = parse("Israeli forces opened fire near an aid site in Gaza, killing 27 Palestinians. The Israeli military "
                "said troops had fired warning shots at suspects.")
    troops = [a for a in doc._.actors if a.text == "troops"]
    assert troops and troops[0].country == "ISR"


def test_a_refused_proposal_is_two_records(events_of):
    evs = events_of("Hamas rejected an Egyptian proposal for a 60-day truce on Wednesday, saying it did not guarantee "
                    "an end to the war.")
    got = {e.type: {a.role: a.country for a in e.actors} for e in evs}
    assert got["diplomacy.rejection"]["initiator"] == "PSE"
    assert got["diplomacy.proposal"] == {"initiator": "EGY"}
    assert [e.status for e in evs if e.type == "diplomacy.proposal"] == ["proposed"]


DIPLOMACY_SIDES = [
    # a place that proposes is its government, even in a passive
    ("Moscow said on Thursday it would consider a 30-day ceasefire proposed by Washington.", "diplomacy.proposal",
     "initiator", ["USA"]),
    # "they" after two speakers is both
    ("Qatar and Egypt said on Wednesday they had submitted a new proposal for a 60-day ceasefire.",
     "diplomacy.proposal", "initiator", ["EGY", "QAT"]),
    # a third party that brokers is a mediator, not a participant
    ("Ukraine and Russia exchanged 84 prisoners of war each on Thursday in a swap brokered by the United Arab "
     "Emirates, Ukraine's president said.", "prisoners.exchange", "mediator", ["ARE"]),
]


@pytest.mark.parametrize("text,etype,role,countries", DIPLOMACY_SIDES)
def test_diplomatic_sides(events_of, text, etype, role, countries):
    [ev] = [e for e in events_of(text) if e.type == etype]
    assert sorted(a.country or "" for a in ev.actors if a.role == role) == countries


def test_a_protest_that_turns_violent_is_a_riot(events_of):
    evs = events_of("Police detained 37 people overnight after protesters threw stones and fireworks at officers "
                    "outside parliament in Tbilisi, the interior ministry said. Nine police officers were injured.")
    assert sorted(e.type for e in evs) == ["arrest", "protest.riot"]


DENIAL_CASES = [
    # a denial goes on the event of the latest statement of the other side
    ("In Yaroslavl, a drone attack set off a fire at an oil refinery, regional governor Anton Sukharev said.\n\n"
     "Flights were suspended at Moscow airports, Rosaviatsia said.\n\n"
     "Ukraine's General Staff said its drones had struck a processing unit at the refinery. "
     "Sukharev denied that production had been affected.", "Sukharev", "General Staff"),
    # a report not told before ("a report in the Wall Street Journal") is on no event
    ("Russia and Ukraine held talks in Istanbul on Friday, Ukrainian President Volodymyr Zelenskyy said.\n\n"
     "Peskov disputed a report in the Wall Street Journal that Trump had told European leaders otherwise.",
     "Peskov", None),
]


@pytest.mark.parametrize("text,denier,denied", DENIAL_CASES)
def test_a_denial_is_a_claim_on_what_it_denies(events_of, text, denier, denied):
    evs = [e for e in events_of(text) if not e.type.startswith("statement")]
    on = [e for e in evs if any(c.stance == "denies" and denier in c.claimant.name for c in e.claims)]
    if denied is None:
        assert on == []
    else:
        assert on and all(any(denied in c.claimant.name for c in e.claims) for e in on)


LEDE_CASES = [
    ("Flights were halted at Russian airports after a drone attack, Russian officials said on Thursday.\n\n"
     "Russia's Defence Ministry said air defences had destroyed 212 Ukrainian drones overnight.",
     "attack.drone", ["Russia’s Defence Ministry"]),
    ("Power was cut to thousands of homes after Russian strikes, Ukrainian officials said.\n\n"
     "Ukraine's national grid operator said emergency outages were imposed in the Kharkiv region on Thursday.",
     "disruption.power", ["Ukraine’s national grid operator"]),
]


@pytest.mark.parametrize("text,etype,claimants", LEDE_CASES)
def test_a_ledes_vague_officials_give_way_to_a_named_speaker(events_of, text, etype, claimants):
    evs = [e for e in events_of(text.replace("'", "’")) if e.type == etype]
    assert evs and all("officials" not in c.claimant.name for e in evs for c in e.claims)
    assert any([c.claimant.name for c in e.claims] == claimants for e in evs)


def test_the_body_handover_is_an_exchange_with_both_sides(events_of):
    evs = events_of("The Kremlin said on Thursday that it was ready to hand over the bodies of 1,000 soldiers.")
    swaps = [e for e in evs if e.type == "prisoners.exchange"]
    assert swaps and ("body", "returned", 1000) in [(q.item, q.role, q.value) for q in swaps[0].quantities]
    assert "RUS" in {a.country for a in swaps[0].actors if a.role == "participant"}


SITE_CASES = [
    ("The Rapid Support Forces shelled a displacement camp near El Fasher on Monday, killing 14 civilians.\n\n"
     "More than 2,000 people fled the camp after the attack, the International Organization for Migration said.",
     "humanitarian.evacuation", "El Fasher"),
    ("A drone struck a hospital in Kherson on Monday, injuring three people.\n\n"
     "About 200 patients were evacuated from the hospital, the regional administration said.",
     "humanitarian.evacuation", "Kherson"),
]


@pytest.mark.parametrize("text,etype,place", SITE_CASES)
def test_a_site_told_before_takes_its_place(events_of, text, etype, place):
    evs = [e for e in events_of(text) if e.type == etype]
    assert evs and evs[0].location and evs[0].location.name == place


# (report, type, place): a clause with no place whose subject is "they" goes on where the sentence before was
SENTENCE_BEFORE_CASES = [
    ("Police found explosives on Sunday in a shed in Kherson, far from the front. They arrested two men.",
     "arrest", "Kherson"),
    # "he" is as often another man than the one placed before: the report's own place stays
    ("Police in Kherson said a man was shot dead on Sunday. His cousin lives in Odesa. He arrested two suspects "
     "on Monday.", "arrest", "Kherson"),
    # "we" in a quote is the speaker, not those the sentence before placed
    ("Police in Kherson arrested a man on Sunday. His cousin lives in Odesa. \"We arrested two suspects on "
     "Monday,\" the police chief said.", "arrest", "Kherson"),
    # fighters told of before, named with "the", are where the sentence before put them, not at the dateline
    ("KYIV, Ukraine — Gunmen stormed a police post in the southern Kherson region overnight, killing 11 officers.\n\n"
     "Helicopters carried out strikes on the attackers, and 20 gunmen were killed, the army said.", "attack.air",
     "Kherson Oblast"),
]


@pytest.mark.parametrize("text,etype,place", SENTENCE_BEFORE_CASES)
def test_they_go_on_where_the_sentence_before_was(events_of, text, etype, place):
    last = re.split(r"\.\s+", text)[-1]
    evs = [e for e in events_of(text) if e.type == etype and any(last in x.text for x in e.evidence)]
    assert evs and evs[0].location and evs[0].location.name == place


CIVIL_WAR_ACCUSATIONS = [
    ("Myanmar's junta cut internet access in Sagaing. A day later, the military accused the TNLA of breaking the "
     "truce by attacking an army outpost near Lashio.", "MMR"),
    ("The army and the Rapid Support Forces agreed to a truce in El Fasher on Sunday. Hours later, the army accused "
     "the RSF of shelling a hospital in the city, killing five people.", "SDN"),
]


@pytest.mark.parametrize("text,country", CIVIL_WAR_ACCUSATIONS)
def test_an_accused_armed_group_of_the_same_country_is_the_target(events_of, text, country):
    evs = [e for e in events_of(text) if e.type == "statement.accusation"]
    assert evs and [a.country for a in evs[0].actors if a.role == "target"] == [country]


LEAK_CASES = [
    # a later sentence merged into one record of a sentence that made several does not reach the others
    ("Rosaviatsia said it had suspended flights at Moscow's Vnukovo airport and at the airports of Kaluga and "
     "Yaroslavl overnight. More than 180 flights were delayed at Moscow airports, the transport prosecutor's "
     "office said.", "Kaluga", "prosecutor"),
    # "the attack" named only as the subject of a speaker's judgement is a comment, not a retelling
    ("In the Sumy region, a strike on an energy facility left parts of the town of Shostka without electricity, "
     "the regional administration said.\n\nThe Kremlin said the attack showed that Kyiv was not interested in peace.",
     "Shostka", "Kremlin"),
]


@pytest.mark.parametrize("text,place,speaker", LEAK_CASES)
def test_claims_do_not_leak_onto_other_records(events_of, text, place, speaker):
    evs = [e for e in events_of(text) if e.location and e.location.name == place]
    assert evs, "no record at the place"
    assert all(speaker not in c.claimant.name for e in evs for c in e.claims)


def test_two_days_the_report_names_are_two_events(events_of):
    """A mass detention on Friday and a court jailing on Saturday, with no place named, are two arrests."""
    evs = events_of("Police detained 97 people in Istanbul late on Friday, the interior ministry said.\n\n"
                    "A court on Saturday ordered the mayor jailed pending trial, state media reported.",
                    date(2025, 3, 22))
    arrests = sorted(e.date.start for e in evs if e.type == "arrest")
    assert arrests == ["2025-03-21", "2025-03-22"]


@pytest.mark.parametrize("text", [
    "M23 rebels captured the town of Walikale on Wednesday after two days of fighting with the army.",
    "The army retook the village of Novoselivka on Monday following weeks of fighting.",
])
def test_the_fighting_a_capture_came_after_is_the_capture(events_of, text):
    assert [e.type for e in events_of(text)] == ["territory.change"]



@pytest.mark.parametrize("text,etype,status,not_place", [
    # talks held before what was agreed happened; a country that mediates is not where they were held
    ("The rebels agreed to a ceasefire with the army on Tuesday after talks hosted by China in Kunming.",
     "diplomacy.talks", "occurred", None),
    ("The two sides agreed to a truce on Sunday after talks mediated by Oman.", "diplomacy.talks", "occurred",
     "Oman"),
])
def test_talks_before_an_agreement(events_of, text, etype, status, not_place):
    evs = [e for e in events_of(text) if e.type == etype]
    assert evs and all(e.status == status for e in evs)
    assert all(e.location is None or e.location.name != not_place for e in evs)


@pytest.mark.parametrize("text,speaker", [
    ("Russia's Defence Ministry said air defences had destroyed 31 drones over the Moscow region overnight. "
     "Officials in the Moscow region said no one had been hurt.", "Officials in the Moscow region"),
    ("Ukraine's air force said 40 drones had been shot down over the Kyiv region overnight. "
     "Officials in the Kyiv region said no one had been hurt.", "Officials in the Kyiv region"),
])
def test_a_count_told_by_a_new_speaker_brings_the_speaker(events_of, text, speaker):
    evs = [e for e in events_of(text) if any(q.value == 0 for q in e.quantities)]
    assert evs and all(any(speaker in c.claimant.name for c in e.claims) for e in evs)


# -- the assembler's steps, one table each ---------------------------------------------------------

WORDS = load_lexicon().event_words


def _group_of(doc, word: str) -> Group:
    return next(g for g in read_report(doc, WORDS).groups if any(doc[t.head].text == word for t in g.triggers))


@pytest.mark.parametrize("statuses,etype,status", [
    ([None], "attack.drone", "occurred"),
    ([None, "planned"], "protest.demonstration", "planned"),  # "unions plan a march"
    (["planned"], "statement.denial", "occurred"),  # a denial happens when it is said
    ([None], "diplomacy.proposal", "proposed"),
])
def test_status_of(statuses, etype, status):
    g = Group([TriggerMention(k, k + 1, k, etype, s, 0) for k, s in enumerate(statuses)], gov=None)  # type: ignore[arg-type]
    assert status_of(g, etype) == status


RUR = Actor("initiator", "Ruritania", "RUR", "state", "Ruritanian")
FRE = Actor("target", "Freedonia", "FRE", "state", "Freedonian")


@pytest.mark.parametrize("told,actors,initiator", [
    # "Ruritanian drones hit a Freedonian town. ... A drone hit another town": the initiator told last
    ([[RUR, FRE]], [FRE], "RUR"),
    ([], [FRE], None),  # no one named before
    ([[RUR, FRE]], [Actor("initiator", "Sylvania", "SYL", "state", "Sylvanian"), FRE], "SYL"),  # one named now
    ([[RUR, FRE]], [], None),  # no target: nothing to go by
])
def test_the_narratives_initiator(told, actors, initiator):
    last: dict[str, Actor] = {}
    for earlier in told:
        _narrative_initiator(earlier, last)
    got = _narrative_initiator(actors, last)
    assert next((a.country for a in got if a.role == "initiator"), None) == initiator


def _count(item: str, role: str, value: int) -> QuantityMention:
    return QuantityMention(0, 1, str(value), value, "exact", item, role, 0)


@pytest.mark.parametrize("counts,kept", [
    # "nine people, including two students": the subset repeats the item
    ([("person", "killed", 9), ("person", "killed", 2)], [9]),
    ([("person", "killed", 9), ("person", "injured", 2)], [9, 2]),
])
def test_one_count_per_kind(parse, counts, kept):
    doc = parse("Nine people were killed.")  # counts with no noun: only the first of each kind is kept
    assert [q.value for q in _one_per_kind(doc, [_count(*c) for c in counts])] == kept


@pytest.mark.parametrize("role,etype,fits", [
    ("killed", "attack.drone", True), ("killed", "protest.riot", True), ("detained", "attack.drone", False),
    ("delayed", "disruption.transport", True), ("evacuated", "attack.air", False), ("unheard_of", "arrest", True),
])
def test_counts_that_fit_the_event(role, etype, fits):
    assert bool(_fitting([_count("person", role, 3)], etype)) is fits


@pytest.mark.parametrize("item,etype,fits", [
    # fighters taken in a battle are the battle's count; other people held are an arrest's
    ("soldier", "attack.ground", True), ("soldier", "territory.change", True), ("person", "attack.ground", False),
    ("soldier", "arrest", True),
])
def test_held_fighters_fit_a_battle(item, etype, fits):
    assert bool(_fitting([_count(item, "detained", 30)], etype)) is fits


@pytest.mark.parametrize("text,trigger,anaphoric", [
    ("The strike killed two people.", "strike", True),
    ("A strike killed two people.", "strike", False),
    ("Their march ended peacefully.", "march", True),
])
def test_a_definite_mention_refers_back(parse, text, trigger, anaphoric):
    doc = parse(text)
    assert _anaphoric(doc, _group_of(doc, trigger), WORDS) is anaphoric


@pytest.mark.parametrize("text,trigger,denies,source", [
    ("The ministry dismissed the agency's figures.", "dismissed", True, "the agency"),
    ("The ministry rejected figures by the monitoring group.", "rejected", True, "the monitoring group"),
    ("The ministry disputed a report in a local weekly.", "disputed", True, "report"),  # new to the report
    ("The ministry denied the claims.", "denied", True, None),
    ("The ministry denied that the plant had been hit.", "denied", True, None),
    ("The ministry denied wrongdoing.", "denied", False, None),
])
def test_what_a_denial_denies(parse, text, trigger, denies, source):
    doc = parse(text)
    g = _group_of(doc, trigger)
    assert (_denies_a_claim(doc, g, WORDS), _denied_source(doc, g, WORDS)) == (denies, source)


@pytest.mark.parametrize("text,by_place", [
    # a count attached to a place makes that place its own record
    ("Shelling killed three people in Lutsk and two in Rivne on Sunday.", {"Lutsk": [3], "Rivne": [2]}),
    # a count told after the event, in a sentence of no event, is the event's
    ("A drone hit a barn near Uman on Sunday. No one was hurt.", {"Uman": [0]}),
    # a running total is not this event's count
    ("A drone hit a barn near Uman on Sunday. Forty people have been killed since the spring.", {"Uman": []}),
])
def test_counts_per_place(events_of, text, by_place):
    got = {e.location.name: [q.value for q in e.quantities] for e in events_of(text) if e.location}
    assert got == by_place


def test_records_carry_no_working_state(events_of):
    evs = events_of("The strike on Uman killed two people. The ministry denied the claims.")
    assert evs and not any(hasattr(e, name) for e in evs for name in ("sent", "sents", "anaphoric", "denies_claim"))


def test_the_sentence_is_the_evidence(parse):
    doc = parse("Shells hit the port.  Two barns burned.")
    span = sentence_span(doc, 1, "art")
    assert (span.text, doc.text[span.start:span.end]) == ("Two barns burned.", "Two barns burned.")


# A bare attack word takes the weapon told last in its paragraph, but a shooting or a clash told before
# names no weapon: a word of its own ("bombings") then types it.
PARAGRAPH_WEAPON_CASES = [
    # the weapon before types a vague word
    ("Drones hit a power plant in Sumy overnight. A strike on a depot in Shostka also caused a fire.", 1,
     "attack.drone"),
    # a shooting before does not: "bombings" are bombings
    ("A gunman shot dead a shopkeeper in Lindau on Sunday. Militants claimed responsibility for Saturday's "
     "bombings in Kempten that killed 12 people.", 1, "attack.explosive"),
]


@pytest.mark.parametrize("text,index,etype", PARAGRAPH_WEAPON_CASES)
def test_a_bare_attack_takes_a_weapon_told_before_it(events_of, text, index, etype):
    events = sorted(events_of(text, date(2025, 5, 19)), key=lambda e: e.evidence[0].start)
    assert [e.type for e in events][index] == etype

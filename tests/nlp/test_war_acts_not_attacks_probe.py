"""A probe of the acts of war that are not attacks, as wire and official news tell them without the obvious
verb: a truce that takes effect, holds, is silent or collapses; a pause in the fighting; a corridor opened and
people carried out; residents told to leave; prisoners, hostages and bodies swapped or handed back; reservists
called up, conscription widened, troops massed; memoranda and deals signed. About a third are look-alikes that
tell no such act (a truce only called for, a truce in a pay dispute, an evacuation after a gas leak, a fire
drill, an exchange of views or an exchange rate, a player called up, volunteers mobilised, a club contract).
Every sentence is invented (real states and towns, invented acts). Each case gives what a careful coder
records: the type, its status (or None when either reading is fair), the sides a state takes and a count.
Cases the pipeline does not read yet are marked ``xfail``."""

from __future__ import annotations

import pytest

from tests.nlp.test_truces_and_forces_probe import _fits

XFAIL = pytest.mark.xfail(strict=False)

# (text, type, status or None, [(role, country)], (quantity role, value) or None)
EVENTS = [
    # truces told by their taking effect, holding, breaking, or as a pause
    ("A 48-hour truce between Armenia and Azerbaijan took effect at midnight on Friday.", "diplomacy.ceasefire", "occurred", [("participant", "ARM")], None),
    ("The guns along the border between Kyrgyzstan and Tajikistan have been silent since Sunday, officials said.", "diplomacy.ceasefire", None, [], None),
    ("Israel and Hamas agreed on Monday to a pause in the fighting to let aid into Gaza.", "diplomacy.ceasefire", "agreed", [("participant", "ISR")], None),
    ("India and Pakistan agreed on Wednesday to hold their fire along the frontier in Kashmir.", "diplomacy.ceasefire", "agreed", [("participant", "IND")], None),
    ("The truce in Khartoum collapsed within hours of taking effect on Saturday.", "diplomacy.ceasefire", "occurred", [], None),
    ("Heavy fighting erupted near Tskhinvali on Tuesday, shattering a week-old ceasefire.", "diplomacy.ceasefire", "occurred", [], None),
    ("The ceasefire between Thailand and Cambodia has largely held since Thursday, the army said.", "diplomacy.ceasefire", None, [], None),
    ("Ethiopia's government declared a unilateral humanitarian truce in Tigray on Monday.", "diplomacy.ceasefire", None, [], None),
    pytest.param("The two armies stopped firing at noon on Sunday under a deal brokered by Turkey.", "diplomacy.ceasefire", "occurred", [("mediator", "TUR")], None, marks=XFAIL),
    ("Israel and Hezbollah agreed on Friday to a halt to the shelling across the border.", "diplomacy.ceasefire", "agreed", [("participant", "ISR")], None),
    ("The warring parties in South Sudan signed a cessation of hostilities agreement in Addis Ababa on Friday.", "diplomacy.ceasefire", None, [], None),
    ("A truce brokered by Qatar between Congo and the M23 rebels went into effect on Wednesday.", "diplomacy.ceasefire", "occurred", [("mediator", "QAT")], None),
    # a truce only wished for is a demand or offer, not a truce
    ("Egypt called on Sunday for a three-day truce in Gaza to allow aid in.", "diplomacy.proposal", None, [("initiator", "EGY")], None),
    # corridors, people carried out, residents told to leave
    ("A humanitarian corridor opened on Saturday to let civilians leave the besieged city of Sievierodonetsk.", "humanitarian.evacuation", "occurred", [], None),
    ("Buses carried 350 civilians out of the besieged town of Avdiivka on Thursday.", "humanitarian.evacuation", "occurred", [], ("evacuated", 350)),
    ("Residents of three villages near Kursk were told to leave their homes on Monday as the fighting drew closer.", "humanitarian.evacuation", None, [], None),
    ("Ukraine ordered the evacuation of 11 frontline villages in the Kharkiv region on Wednesday.", "humanitarian.evacuation", None, [], None),
    ("The Red Cross helped move 120 wounded civilians out of Khan Younis on Tuesday.", "humanitarian.evacuation", "occurred", [], ("evacuated", 120)),
    ("About 1,500 people crossed into Chad on Sunday to escape the fighting in Darfur.", "humanitarian.evacuation", "occurred", [], None),
    ("More than 600 people were pulled out of the shelled town of Vovchansk over the weekend, the governor said.", "humanitarian.evacuation", "occurred", [], ("evacuated", 600)),
    # prisoners, hostages and bodies swapped or handed back
    ("Russia and Ukraine swapped 95 prisoners each on Friday in a deal brokered by the United Arab Emirates.", "prisoners.exchange", "occurred", [("participant", "RUS"), ("mediator", "ARE")], None),
    ("The bodies of 20 soldiers were handed over to Ukraine on Tuesday.", "prisoners.exchange", "occurred", [], None),
    ("Armenia returned two Azerbaijani servicemen on Wednesday in exchange for five of its own citizens.", "prisoners.exchange", "occurred", [("participant", "ARM")], None),
    ("Ukraine brought home 150 of its soldiers from Russian captivity on Saturday, the president said.", "prisoners.exchange", "occurred", [], None),
    ("Hamas freed three Israeli hostages on Saturday in return for 180 Palestinian prisoners.", "prisoners.exchange", "occurred", [], None),
    ("A prisoner swap brokered by Saudi Arabia on Thursday freed 48 detainees held by each side in Yemen.", "prisoners.exchange", "occurred", [("mediator", "SAU")], None),
    ("Under a deal reached on Monday, Russia and Ukraine will exchange 1,000 prisoners each.", "prisoners.exchange", "agreed", [("participant", "RUS")], None),
    ("Sudan's army and the RSF exchanged the remains of fallen fighters on Sunday under Red Cross supervision.", "prisoners.exchange", "occurred", [], None),
    # "ready to" is read as planned by the project's convention (tests/nlp/test_offers.py); an offer is fair too
    ("Ukraine is ready to exchange all prisoners for all prisoners, its foreign minister said on Monday.", "prisoners.exchange", None, [], None),
    # forces raised, called up or massed
    ("A partial mobilisation was declared in Armenia on Tuesday.", "military.mobilization", "occurred", [], None),
    ("Ukraine lowered the conscription age from 27 to 25 on Wednesday.", "military.mobilization", "occurred", [("initiator", "UKR")], None),
    ("Russian troops massed on the border with Ukraine on Monday, satellite images showed.", "military.mobilization", "occurred", [("initiator", "RUS")], None),
    ("Thousands of reservists reported to their units across Israel on Sunday after the call-up.", "military.mobilization", "occurred", [], None),
    pytest.param("Pakistan cancelled all military leave and recalled officers to their units on Tuesday.", "military.mobilization", "occurred", [("initiator", "PAK")], None, marks=XFAIL),
    ("Russia is building up forces near Kharkiv ahead of a summer offensive, Ukrainian intelligence said on Monday.", "military.mobilization", None, [("initiator", "RUS")], None),
    ("Taiwan extended compulsory military service to one year on Thursday.", "military.mobilization", "occurred", [("initiator", "TWN")], None),
    # agreements signed or initialled
    ("Sudan and South Sudan signed a memorandum of understanding on border security in Juba on Monday.", "diplomacy.agreement", None, [("participant", "SDN")], None),
    ("Ukraine and the United States signed a minerals deal in Washington on Wednesday.", "diplomacy.agreement", None, [("participant", "UKR")], None),
]

# (text, a type that must not be read, or None when the text tells no event at all)
LOOK_ALIKES = [
    ("The UN chief called for an immediate truce in Gaza on Monday.", "diplomacy.ceasefire"),
    ("Protesters in Tel Aviv demanded a ceasefire on Saturday.", "diplomacy.ceasefire"),
    ("Management and the dockers' union agreed a truce in their pay dispute on Tuesday.", "diplomacy.ceasefire"),
    ("Hopes of a ceasefire faded on Thursday as talks in Cairo stalled.", "diplomacy.ceasefire"),
    ("The ceasefire demanded by the rebels was rejected by the government on Monday.", "diplomacy.ceasefire"),
    ("Hundreds of residents were evacuated after a gas leak in the town centre on Monday.", "humanitarian.evacuation"),
    ("Pupils filed out of the school during a fire drill on Friday.", None),
    ("Thousands were evacuated from the coast as the hurricane approached on Sunday.", "humanitarian.evacuation"),
    ("Officials said the evacuation drill at the nuclear plant went smoothly.", "humanitarian.evacuation"),
    ("The ministers held a frank exchange of views on climate policy on Monday.", "prisoners.exchange"),
    ("The exchange rate of the lira fell to a record low on Tuesday.", None),
    ("The prisoners were transferred to a new jail in the capital on Tuesday.", "prisoners.exchange"),
    ("The bodies of three hikers were recovered from the mountain on Sunday.", "prisoners.exchange"),
    ("The handover of the keys to the new owners took place on Friday.", None),
    ("Two teenagers from the academy were called up to the under-21 squad on Monday.", None),
    ("The charity mobilised hundreds of volunteers to collect rubbish from the beach on Sunday.", "military.mobilization"),
    ("Party leaders declared a general mobilisation of their supporters ahead of the vote.", "military.mobilization"),
    ("Fans massed outside the stadium before the final on Saturday.", None),
    ("The striker signed a three-year contract with the club on Monday.", None),
    ("The company signed a memorandum of understanding with a Korean battery maker on Thursday.", None),
    ("The hall fell silent as the verdict was read out.", None),
    # people carried out of a fire or a fall of rubble are rescued, not evacuated from a war
    ("Firefighters carried three people out of the burning building on Monday.", "humanitarian.evacuation"),
    ("Rescuers pulled 12 people out of the rubble after the earthquake on Tuesday.", "humanitarian.evacuation"),
    ("The family escaped the fire unharmed on Sunday.", "humanitarian.evacuation"),
]


@pytest.mark.parametrize("text,etype,status,sides,count", EVENTS)
def test_the_act_is_read_with_its_status_and_sides(parse, text, etype, status, sides, count):
    events = [e for e in parse(text)._.events if e.type == etype]
    assert any(_fits(e, status, sides, count) for e in events), [
        (e.type, e.status, [(a.role, a.country) for a in e.actors], [(q.role, q.value) for q in e.quantities])
        for e in parse(text)._.events]


@pytest.mark.parametrize("text,etype", LOOK_ALIKES)
def test_the_look_alike_tells_no_such_act(parse, text, etype):
    types = [e.type for e in parse(text)._.events]
    assert (not types) if etype is None else etype not in types, types

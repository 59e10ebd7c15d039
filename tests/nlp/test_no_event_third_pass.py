"""False alarms, third pass: trigger words in another sense, background and talk of no event, beside the same
words telling an event (nlp/triggers.py). Every text is invented."""

from __future__ import annotations

import pytest

NO_EVENT = [
    # blame laid on a thing (a fault, the weather) accuses no one
    ("Most of the power cuts last winter were blamed on ageing cables, the utility said.", "statement.accusation"),
    ("The crash on the ring road was blamed on black ice, police said on Monday.", "statement.accusation"),
    ("Officials blamed the long delays at the border post on a software fault.", "statement.accusation"),
    ("Inspectors blamed the string of barn fires on a wiring fault in the old sheds.", "statement.accusation"),
    # a board or an office that denies a request refuses it: no denial of a charge (a court's ruling on a
    # request stays a record by the project's convention, see denied_a_request)
    ("The planning board denied the permit application for the quarry last month.", "statement.denial"),
    ("The consulate denied her visa application in March, her lawyer said.", "statement.denial"),
    # a person who falls to the ground is no town taken
    ("The old man fell to the ground when the bus braked sharply in Dunstreel.", "territory"),
    ("She fell down the stairs at her home in Quessingby on Sunday.", "territory"),
    ("The climber fell from the ridge on Sunday and broke his leg.", "territory"),
    ("Footage from the hallway shows the prisoner falling to the floor after the guards stunned him.", "territory"),
    ("The boxer fell to his knees in the third round in Harrowmere.", "territory"),
    # a thing deployed (a wall, a barrier, a system) is no force sent
    ("The city deployed a portable flood barrier along the river in Harrowmere on Monday.", "military"),
    ("Crews deployed steel barriers, the kind the army uses around its outposts, along the river.", "military"),
    ("The chain deployed new checkout software to its stores last week.", "military"),
    # a campaign of calls, letters or adverts that targets someone attacks no one
    ("A letter-writing campaign by a parents' group targeted the mayor of Dunstreel last week.", "attack"),
    ("The church council's phone drive targeted two wavering senators ahead of the budget vote.", "attack"),
    ("The radio advertisements targeted young voters in the suburbs of Harrowmere.", "attack"),
    ("A mailing campaign by a farmers' lobby in Ohio targeted two state senators in the spring.", "attack"),
    ("The senator was targeted by a phone campaign last week in Ohio.", "attack"),
    # a force that nears a place endangers it: no threat spoken
    ("In 1863 a rebel force of some 8,000 men threatened the city, and the mayor fled to the hills.",
     "statement.threat"),
    ("The rebel army threatened the capital on Monday, coming within five miles of the palace.",
     "statement.threat"),
    # met as acquaintance, or met one's own staff, is no talks
    ("The two teachers met at a college in Quessingby in the 1970s.", "diplomacy"),
    ("She first met her husband at the university in Harrowmere.", "diplomacy"),
    ("The governor met with his own chief of staff on Sunday, aides said.", "diplomacy"),
    # talks one wishes to see are wished for
    ("Ruritania has long wanted to see its neighbours negotiating with Borduria, its president wrote.",
     "diplomacy"),
    ("The envoy would like to see talks between Ruritania and Borduria resume soon, he said in Geneva on Monday.",
     "diplomacy"),
    # an offer of a service or a deal to no state is no proposal
    ("The town library will offer free classes in bookkeeping next month.", "diplomacy"),
    ("Suppliers will be offered a settlement under the restructuring plan.", "diplomacy"),
    ("The museum in Harrowmere offers guided tours every Saturday.", "diplomacy"),
    ("Subcontractors at the yard will be paid in full and offered new contracts, the receivers said.",
     "diplomacy"),
    ("The firm offered its workers a bonus in Ohio on Monday.", "diplomacy"),
    # what people of a kind do as a habit is no one act
    ("These youths are, for the most part, breaking into cars and robbing shops, the officer says.", "attack"),
    ("Gangs like these often assault people and steal their phones, the sergeant said.", "attack"),
    ("The inspector says the gang's members are, for the most part, robbing kiosks, beating passers-by and "
     "selling stolen phones.", "attack"),
    # acts counted over years, or by the cases they fall in, are a tally
    ("Police have solved only a third of the killings since 2004 in the county, the report found.", "attack"),
    ("Suspects were arrested in two cases, and the rest remain open, the council's report said.", "arrest"),
    # a rumour of an attack to come is no attack
    pytest.param("Messages passed around on phones claimed, falsely, that a gang would attack shoppers at the fair; "
                 "police said no such plan existed.", "attack", marks=pytest.mark.xfail(strict=False)),
    # history long past is background; a life lived or ended under arrest is a state, no arrest
    ("He died under house arrest in 1642, after years of quarrels with the church.", "arrest"),
    ("The old poet lived under house arrest in Dunstreel until his death.", "arrest"),
    ("When the rebel army threatened the capital in 1864, the president rode out to the forts.",
     "statement.threat"),
    # lines cut by a quake or a storm are no cut made by a side
    ("The tremor knocked out telephone service across the valley, and rescuers relied on radios.", "disruption"),
    ("The storm cut phone lines to the island on Sunday, the utility said.", "disruption"),
    # markets and trade
    ("Small investors fled the stock market after the slump of 1929.", "humanitarian"),
    ("Brokers still remember the panic of 1929, when small investors fled the market in droves.",
     "humanitarian"),
    ("The carrier said fewer flights by a rival on the coastal routes had helped its sales.", "attack"),
    ("The new ferry line will provide support to the island's tourism industry, the mayor said.", "diplomacy"),
    ("The regional fund will provide support to small firms in Quessingby, the mayor said.", "diplomacy"),
    # an ultimatum deplored in a dispute of money is no threat
    ('"This is an ultimatum, not a negotiation," the head of the provinces\' group said of the funding offer.',
     "statement.threat"),
    # protests told as the general state of things
    pytest.param("Anger over the land sales has led to many protests over the years, the historian writes.",
                 "protest", marks=pytest.mark.xfail(strict=False)),
]

EVENTS = [
    # blame laid on a side stays
    ("The army blamed the rebels for the bombing of the market in Dunstreel on Monday.", "statement.accusation"),
    ("The government blamed the blast in Harrowmere on an opposition militia on Tuesday.",
     "statement.accusation"),
    # a denial of a charge stays
    ("The interior ministry denied on Monday that its troops had fired on the protesters.", "statement.denial"),
    ("The rebel group denied any role in the attack on the convoy near Dunstreel.", "statement.denial"),
    # a town that falls to a side stays
    ("The town of Aleppo fell to the rebels on Monday after a week of fighting.", "territory"),
    # a force deployed stays
    ("The government deployed 2,000 troops to the border near Harrowmere on Monday.", "military"),
    ("The army deployed tanks along the frontier near Dunstreel on Tuesday.", "military"),
    # a side that targets people with arms stays
    ("Gunmen targeted a wedding party in Dunstreel on Saturday, killing four guests.", "attack"),
    ("A suicide bomber targeted a crowded market in Harrowmere on Monday, police said.", "attack"),
    ("A bombing campaign targeted the port of Odesa on Monday.", "attack"),
    ("Rebels targeted the mayor of Kandahar on Monday.", "attack"),
    # talks between states stay
    ("The foreign minister of Ruritania met his Bordurian counterpart in Geneva on Monday.", "diplomacy"),
    ("The envoy met the rebel commanders in Dunstreel on Tuesday.", "diplomacy"),
    ("Israel and Jordan held talks in Amman on Monday.", "diplomacy"),
    ("Witnesses saw the soldiers shelling the village of Kafr Nabl on Monday.", "attack"),
    # aid to a people or an army stays
    ("Germany sent aid to the refugees in the camps near Aleppo on Monday.", "diplomacy"),
    ("Germany provided support to the Ukrainian army on Monday, the ministry said.", "diplomacy"),
    # an offer between sides stays
    ("The government offered a ceasefire to the rebels on Monday.", "diplomacy"),
    ("The rebels were offered safe passage out of Aleppo on Monday.", "diplomacy"),
    ("The government offered talks to the rebels in Aleppo on Monday.", "diplomacy"),
    # one act of the same kind stays
    ("Two youths assaulted a shopkeeper in Harrowmere on Monday night, police said.", "attack"),
    ("Two youths were breaking into a shop in Toledo on Monday night, assaulting the owner, police said.",
     "attack"),
    ("Gunmen killed two guards in Toledo on Monday, the first killings there since the truce.", "attack"),
    ("Police arrested two men in Toledo on Monday in the case of the stolen tractors.", "arrest"),
    ("A gang attacked shoppers at the mall in Harrowmere on Saturday, injuring three.", "attack"),
    # arrests and threats of now stay
    ("Police placed the opposition leader under house arrest in Minsk on Monday.", "arrest"),
    ("Police arrested two men in Minsk on Monday; both remain in custody.", "arrest"),
    ("The rebels threatened on Monday to attack the capital if the talks failed.", "statement.threat"),
    ("The army threatened the town of Kharkiv with shelling on Monday.", "statement.threat"),
    ("Iran threatened Israel on Monday with a crushing response.", "statement.threat"),
    ("The militia threatened villagers in Goma on Monday.", "statement.threat"),
    # lines cut by a side stay
    ("Rebels cut the phone lines to Dunstreel on Monday before the assault.", "disruption"),
    # residents who flee fighting stay
    ("Hundreds of residents fled Quessingby after the shelling on Monday.", "humanitarian"),
    # an ultimatum to a side stays
    ("The army gave the rebels an ultimatum on Monday to leave Dunstreel by Friday.", "statement.threat"),
    # a protest of a day stays
    ("Hundreds of residents protested outside the town hall in Harrowmere on Monday against the new road.",
     "protest"),
]


def _types(doc) -> set[str]:
    return {e.type for e in doc._.events}


def _told(doc, kind: str) -> bool:
    return any(t == kind or t.startswith(kind + ".") for t in _types(doc))


@pytest.mark.parametrize(("text", "kind"), NO_EVENT)
def test_a_report_of_no_event(parse, text, kind):
    assert not _told(parse(text), kind)


@pytest.mark.parametrize(("text", "kind"), EVENTS)
def test_the_same_words_telling_an_event(parse, text, kind):
    assert _told(parse(text), kind)

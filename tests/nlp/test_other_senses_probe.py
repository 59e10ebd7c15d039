"""A probe of trigger words in their other senses: sport, business, politics as metaphor, nature and
accidents, medicine, works and days of memory, drills, parades; and the true events in the same words. Each
row is an invented sentence and what a careful coder records: an event family, or ``None`` (no event). The
rules it exercises: ``remembered_or_portrayed``, ``only_rehearsed``, ``done_in_words``, ``a_parade_marches``,
``an_abstract_thing_struck`` (nlp/triggers.py). Rows the code still gets wrong are marked xfail."""

from __future__ import annotations

import pytest

XF = pytest.mark.xfail(strict=False, reason="not yet read right")


def _row(text: str, family: str | None, fails: bool = False):
    return pytest.param(text, family, marks=XF) if fails else (text, family)


CASES = [
    # sport
    _row('The striker scored twice as United beat Hollowmere 3-1 on Saturday.', None),
    _row('Rovers launched a late attack but the keeper saved the header.', None),
    _row('The champion defended her title in Vellport on Sunday, beating the challenger in straight sets.', None),
    _row("The home side laid siege to the visitors' goal for the final twenty minutes.", None),
    _row('Quelby captured the world title with a knockout in the fourth round.', None),
    _row('The Lions raided the opposition half but could not find an equaliser.', None),
    _row('She shot a 68 to take a two-stroke lead at the Open.', None),
    _row('The defender was sent off for a late tackle on the winger.', None),
    _row('Police arrested two fans after the derby in Kelborne on Saturday.', 'arrest'),
    _row('Gunmen opened fire on a team bus near the stadium on Friday, killing the driver.', 'attack'),
    # business
    _row('The bank launched a hostile bid for its smaller rival on Monday.', None),
    _row('Supermarkets are locked in a price war that has hit profits.', None),
    _row("The airline's shares were hammered after it cut its forecast.", None),
    _row('The company seized on the opportunity to expand into Asia.', None),
    _row('Investors fled to safety as markets tumbled.', None),
    _row('Dock workers went on strike on Tuesday over pay, halting exports.', 'protest', fails=True),
    _row('The takeover battle for the brewer intensified this week.', None),
    _row('The league imposed sanctions on the club for breaching spending rules.', None),
    _row('The United States imposed sanctions on three militia leaders on Tuesday.', 'diplomacy'),
    _row('Oil prices exploded after the announcement.', None),
    # politics as metaphor
    _row("The senator attacked her rival's record on health care in a televised debate.", None),
    _row('The governor is fighting the new rules in the courts.', None),
    _row('The president hit back at critics on Tuesday, calling them hypocrites.', None),
    _row('The campaign launched a barrage of attack ads in the final week.', None),
    _row('The mayor vowed to wage war on potholes.', None),
    _row('The opposition leader slammed the budget as a disaster.', None),
    _row('The minister survived a bruising battle over the reform bill.', None),
    _row("The governor rejected federal aid for the state's schools.", None),
    _row("The party's leadership was torn apart by infighting.", None),
    _row('The war on drugs has cost billions, the report said.', None),
    _row("Lawmakers blasted the agency's handling of the crisis.", None),
    _row("A fierce custody battle over the couple's children ended in court on Monday.", None),
    # nature and accidents
    _row('A powerful earthquake hit the region on Tuesday, killing at least 40 people.', None),
    _row('A storm struck the coast overnight, tearing roofs off homes.', None),
    _row('A boiler exploded at a textile factory in Dunmarrow, injuring six workers.', None),
    _row('Firefighters battled wildfires in the hills above the town on Sunday.', None),
    _row('A fire destroyed a warehouse on the outskirts of the city.', None),
    _row('A gas explosion at an apartment block killed three people on Wednesday.', None),
    _row('Floods swept through the valley, forcing hundreds to flee.', 'humanitarian', fails=True),
    _row('Lightning struck a church tower during the storm.', None),
    _row('The tornado tore through the town, flattening dozens of homes.', None),
    _row('A bomb exploded outside a police station in the city on Monday, killing two officers.', 'attack'),
    # medicine
    _row('Children will receive a booster shot against measles this autumn.', None),
    _row('An outbreak of cholera has killed 12 people in the camp, health officials said.', None),
    _row('The vaccine campaign targets two million children.', None, fails=True),
    _row("Doctors fought to save the patient's life.", None),
    _row('The virus attacks the immune system.', None),
    _row('He was shot dead by a sniper on Tuesday, the army said.', 'attack'),
    # culture and memory
    _row('A new film about the war opens in cinemas next week.', None),
    _row('Her book on the bombing of the city was published on Monday.', None),
    _row('Veterans gathered at the memorial to mark the anniversary of the battle.', None),
    _row('The museum unveiled an exhibition on the siege of the capital.', None),
    _row('The play dramatises the massacre of 1944.', None),
    _row("Thousands marched through the capital on Saturday to demand the minister's resignation.", 'protest'),
    # police and military routine
    _row('Police held a drill at the airport on Tuesday to rehearse a hostage rescue.', None),
    _row('Troops took part in a training exercise simulating an attack on the port.', None),
    _row('Schools held a mock evacuation on Friday.', None),
    _row('The army conducted live-fire exercises near the border.', 'military'),
    _row('Officers seized 50 rifles and ammunition in a raid on a warehouse on Sunday.', None),
    _row('The robbery was captured on CCTV.', None),
    _row('Engineers cleared mines from the fields around the village.', None),
    _row('The minister said no country would deliver a single weapon to the rebels.', None, fails=True),
    _row('The drills are meant to demonstrate resolve, the admiral said.', None),
    _row('Police raided the home of the suspect on Thursday and arrested him.', 'arrest'),
    _row('Troops captured the town of Varnesk on Friday after a week of fighting.', 'territory'),
    # protests in name only
    _row('The annual parade marched through the old town on Sunday.', None),
    _row('The firm demonstrated its new tablet at a trade fair.', None),
    _row('The results demonstrate that the drug works.', None),
    _row("The band's march into the charts continued.", None),
    _row('Protesters clashed with police outside parliament on Monday.', 'protest'),
    # other senses
    _row('The news hit him hard.', None),
    _row('Shares in the defence firm rose after the strike was called off.', None, fails=True),
    _row('The storm cut power to 20,000 homes on Monday.', None),
    _row("The singer's tour was cancelled after she fell ill.", None),
    _row('The judge sentenced the fraudster to five years in prison.', 'arrest'),
    _row('Rebels attacked an army post near Tolmark on Sunday, killing four soldiers.', 'attack'),
    _row('The song is about a soldier killed in the war.', None),
    _row('The report examines the 2003 invasion and its aftermath.', None),
    _row('The region was hit hard by the recession.', None),
    _row('The teacher was fired after the incident.', None),
    _row('Artillery shelled the outskirts of Branwick overnight, officials said.', 'attack'),
    _row('The chef blasted the critic on social media.', None),
    _row('Fans stormed the pitch after the final whistle.', None),
    _row('Protesters stormed the parliament building on Tuesday.', 'protest'),
    _row('A lorry crashed into a bus shelter, injuring three people.', None),
    _row('The rapper fired shots at his rivals in a new track.', None),
    _row('A drone show lit up the sky over the harbour.', None),
    _row('Police used a drone to search for the missing hiker.', None),
    # headlines and more
    _row('Storm hits coast, thousands without power', None),
    _row('Quake strikes Dunmarrow, dozens feared dead', None),
    _row('Gunmen storm hotel in Tolmark, take guests hostage', 'attack'),
    _row('Police seize record cocaine haul at port', None),
    _row('Rebels seize airport in Varnesk after heavy fighting', 'territory'),
    _row('Minister under fire over hospital waiting lists', None),
    _row('Club fires manager after five straight defeats', None),
    _row('Army targets rebel hideouts with air strikes', 'attack'),
    _row('Firm targets growth in emerging markets', None),
    _row('Ministry rejects peace plan put forward by mediators', 'diplomacy'),
    _row("The striker's shot hit the post in the 89th minute.", None),
    _row('Analysts said the new tariffs were a shot across the bow of the rival economy.', None),
    _row('The coach blamed the referee for the defeat.', None),
    _row("The hospital came under attack from patients' groups over long waits.", None),
    _row('Critics have been bombarding the council with complaints.', None),
    _row('The film was shot in the desert near Kelborne last year.', None),
    _row("The party's vote collapsed in its northern heartlands.", None),
    _row('She captured the mood of the nation in her speech.', None),
    _row('The novel captures life under occupation.', None),
    _row('Students walked out of lectures on Wednesday in protest at fee rises.', 'protest', fails=True),
    _row('Hundreds of farmers blocked roads with tractors on Monday to protest against cheap imports.', 'protest', fails=True),
    _row('A memorial service was held for the victims of the 2015 attack.', None),
    _row("The town marked the tenth anniversary of the massacre with a minute's silence.", None),
    _row('A mine collapsed in the north of the country, trapping 30 miners.', None),
    _row('The army said a landmine killed two shepherds near the border on Tuesday.', 'attack'),
]


@pytest.mark.parametrize(("text", "family"), CASES)
def test_a_word_in_another_sense_is_no_event(parse, text, family):
    families = {e.type.split(".")[0] for e in parse(text)._.events}
    if family is None:
        assert not families
    else:
        assert family in families

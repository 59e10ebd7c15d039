"""Who says so, probed: invented sentences and short articles of many attributions ("X said", "said X", "according
to X", "a spokesman for X", quotes, two speakers on two incidents, the reporter's own voice), each with the
claimants a careful coder would give the record of the family named (``None``: no record at all), on the record
whose evidence holds ``key``. Names of towns and people are made up. Cases the pipeline does not meet yet are
marked xfail (most are not about claimants: a trigger missed, two incidents folded into one)."""

from __future__ import annotations

import pytest

from tests.nlp.claims_probe_check import probe_record

XFAIL = pytest.mark.xfail(strict=False)

PROBE = [
    # --- X said / said X / according to
    ('Gunmen killed four villagers in Dremmick on Sunday, the provincial governor said.', 'attack', ['provincial governor'], ''),
    ('Two soldiers were wounded when a roadside bomb exploded near Halvorth, said Colonel Ivo Marsk, an army spokesman.', 'attack', ['Ivo Marsk'], ''),
    ('According to the coast guard, the ferry was fired on twice near Sobrenna on Tuesday.', 'attack', ['coast guard'], ''),
    ('Rebels shelled the town of Kettlemoor overnight, according to residents.', 'attack', ['residents'], ''),
    ('The army said its jets struck rebel positions near Pralovo on Wednesday.', 'attack', ['army'], ''),
    ('Police said three men were arrested in Varnholt after a brawl outside a bar.', 'arrest', ['Police'], ''),
    ('Three men were arrested in Varnholt after a brawl outside a bar on Friday night, police said.', 'arrest', ['police'], ''),
    ('The interior ministry told reporters that 12 protesters had been detained in Quillmere.', 'arrest', ['interior ministry'], ''),
    ('The defence ministry said in a statement that air defences shot down 14 drones over Ostravik overnight.', 'attack', ['defence ministry'], ''),
    ('Health officials said at least 30 people were killed in the air strike on the market in Brenholm.', 'attack', ['Health officials'], ''),
    ('A car bomb killed nine people in the centre of Tarvask on Monday, officials said.', 'attack', ['officials'], ''),
    ('A car bomb killed nine people in the centre of Tarvask on Monday, local officials told the Associated Press.', 'attack', ['local officials'], ''),
    # --- a spokesman for X
    ('A spokesman for the Interior Ministry said 40 militants were detained in raids across Drennport province.', 'arrest', ['Interior Ministry'], ''),
    ('Insurgents attacked a checkpoint in Lomsk district, killing two policemen, a police spokesman said.', 'attack', ['police spokesman'], ''),
    ('A spokeswoman for the regional administration, Ana Velk, said two houses were destroyed by shelling in Myrtvale.', 'attack', ['Ana Velk'], ''),
    ('Military spokesman Maj. Tor Halden said troops killed 11 rebels in a clash near Fessborough.', 'attack', ['Tor Halden'], ''),
    # --- confirmed / claimed / denied
    ('The rebel group claimed responsibility for the ambush near Gravnitz that killed six soldiers.', 'attack', ['rebel group'], ''),
    ('The navy confirmed that one of its patrol boats was hit by a missile off Selvanna.', 'attack', ['navy'], ''),
    ('The ministry denied that its aircraft had bombed a hospital in Orlenko.', 'statement', ['ministry'], ''),
    ('The rebels denied carrying out the bombing of the bus station in Keswold.', 'statement', ['rebels'], ''),
    # --- outlet / agency
    ('Troops clashed with militants near Vardensk on Thursday, the Tarfax news agency reported.', 'attack', ['Tarfax'], ''),
    ('Troops clashed with militants near Vardensk on Thursday, state television reported.', 'attack', ['state television'], ''),
    ('Troops clashed with militants near Vardensk on Thursday, sources said.', 'attack', ['sources'], ''),
    ('Troops clashed with militants near Vardensk on Thursday, security sources told Reuters.', 'attack', ['security sources'], ''),
    # --- reporter's voice: a record, no claimant
    ('Gunmen killed four villagers in Dremmick on Sunday.', 'attack', [], ''),
    ('Police arrested three men in Varnholt on Friday after a brawl outside a bar.', 'arrest', [], ''),
    ('Fighter jets bombed a fuel depot outside Pralovo late on Tuesday, setting it ablaze.', 'attack', [], ''),
    ('Two rockets hit a residential block in Kettlemoor on Saturday, wounding five people.', 'attack', [], ''),
    ('Bomb kills nine in Tarvask market\n\nA bomb exploded in a crowded market in Tarvask on Monday, killing nine people.', 'attack', [], ''),
    # speaker of another sentence not carried to a reporter's-voice event
    ('Gunmen killed four villagers in Dremmick on Sunday. The mayor said the town would hold a day of mourning.', 'attack', [], ''),
    ('Police arrested three men in Varnholt on Friday. The chief constable said the town was safe for visitors.', 'arrest', [], ''),
    # --- it is too early / non-claims beside an event
    ('A bomb exploded outside a bank in Tarvask on Monday, wounding three. A police official said it was too early to say who was behind the blast.', 'attack', [], ''),
    ('A bomb exploded outside a bank in Tarvask on Monday, wounding three. Police said they were investigating.', 'attack', [], ''),
    # --- quotes
    pytest.param('Shells landed on the village of Myrtvale on Sunday, the governor said. “Three houses burned to the ground,” he said.', 'attack', ['governor'], ''),
    ('“We shot down four drones over the city,” said Gen. Piet Osterk, the air force commander. The drones came from the east.', 'attack', ['Piet Osterk'], ''),
    ('The governor, Ana Velk, spoke on Monday. “Our air defences destroyed six missiles over Ostravik last night,” she said.', 'attack', ['Ana Velk'], ''),
    # a speaker introduced once and several quotes
    ('Col. Ivo Marsk described the raid. “We went in at dawn,” he said. “Our men arrested 12 suspects in Lomsk.”', 'arrest', ['Ivo Marsk'], ''),
    # --- two speakers, two incidents
    ('Rebels shelled Kettlemoor on Sunday, the governor said. In a separate incident, police arrested five men in Varnholt, a police spokesman said.', 'attack', ['governor'], 'shelled'),
    ('Rebels shelled Kettlemoor on Sunday, the governor said. In a separate incident, police arrested five men in Varnholt, a police spokesman said.', 'arrest', ['police spokesman'], 'arrested'),
    ('Gunmen killed two guards at a mine in Gravnitz, the company said. Separately, troops killed three rebels near Fessborough, the army said.', 'attack', ['company'], 'guards'),
    ('Gunmen killed two guards at a mine in Gravnitz, the company said. Separately, troops killed three rebels near Fessborough, the army said.', 'attack', ['army'], 'rebels'),
    # --- long sentence, said at end
    ('Security forces backed by helicopters stormed a compound on the outskirts of Brenholm before dawn on Saturday, killing at least seven suspected militants and seizing weapons and explosives, a security official said.', 'attack', ['security official'], ''),
    # --- X said in a statement / on Telegram
    ('Governor Ana Velk said on Telegram that a drone hit an apartment block in Ostravik, injuring two residents.', 'attack', ['Ana Velk'], ''),
    ('In a statement, the army said its forces captured the village of Halvorth after heavy fighting.', 'territory', ['army'], ''),
    # --- British spelling, numbers in words
    pytest.param('Eleven people were injured when a lorry bomb went off outside a police station in Selvanna, the ministry of defence said.', 'attack', ['ministry of defence'], ''),
    ('Witnesses said soldiers opened fire on demonstrators in Keswold, killing two.', 'attack', ['Witnesses'], ''),
    ('A witness told Reuters that soldiers opened fire on demonstrators in Keswold, killing two.', 'attack', ['witness'], ''),
    # --- headlines
    ('Army says it killed 20 rebels\n\nThe army said on Sunday that its troops killed 20 rebels in fighting near Dremmick.', 'attack', ['army'], ''),
    ('Police: three held after Varnholt brawl\n\nThree men were arrested after a brawl in Varnholt, police said.', 'arrest', ['police'], ''),
    # --- state media / official outlet
    ('State media reported that troops repelled an attack on a border post near Vardensk.', 'attack', ['State media'], ''),
    # ===== no-event look-alikes (no record)
    pytest.param('The minister said he would visit Quillmere next week to open a new school.', None, [], '', marks=XFAIL),
    ('The governor said the town of Dremmick needs more money for roads.', None, [], ''),
    ('Police said they would step up patrols in Varnholt over the holiday weekend.', None, [], ''),
    ('The army said it had no plans to hold exercises near Pralovo this year.', None, [], ''),
    ('A spokesman for the ministry said the report was being studied.', None, [], ''),
    ('According to the census, the population of Tarvask has fallen by a tenth.', None, [], ''),
    ('Officials said the bridge to Sobrenna would reopen on Monday after repairs.', None, [], ''),
    ('The company said profits rose 12 percent in the third quarter.', None, [], ''),
    ('The rebels claimed the hill had always belonged to their people.', None, [], ''),
    ('The coach said his team struck twice in the second half to beat Kettlemoor.', None, [], ''),
    ("Critics said the mayor's plan would kill the town centre.", None, [], ''),
    ('The ministry told reporters that fuel prices would rise in spring.', None, [], ''),
    ('Residents said the storm knocked down trees across Myrtvale.', None, [], ''),
    ('The spokesman confirmed that the talks had been postponed to a later date.', None, [], ''),
    ('The agency reported a sharp rise in exports in October.', None, [], ''),
    ('Analysts say an attack on the port would be a major escalation.', None, [], ''),
    ('The general warned that any attack on Halvorth would be met with force.', None, [], ''),
    ('Sources said the president was considering a cabinet reshuffle.', None, [], ''),
    ('The police chief said crime in Varnholt fell last year.', None, [], ''),
    ('The opposition denied that it had received money from abroad.', None, [], ''),
    pytest.param('He told reporters the shooting of the film would begin in Brenholm in May.', None, [], ''),
    # ===== harder cases
    ('A police official, speaking on condition of anonymity, said two officers were shot dead in Lomsk on Monday.', 'attack', ['police official'], ''),
    ('Two officers were shot dead in Lomsk on Monday, a police official said on condition of anonymity because he was not authorised to speak to the media.', 'attack', ['police official'], ''),
    ('A statement from the defence ministry said troops killed 15 militants near Gravnitz.', 'attack', ['defence ministry'], ''),
    ("The ministry's statement said troops killed 15 militants near Gravnitz.", 'attack', ['ministry'], ''),
    ('The Tarfax news agency quoted a police officer as saying that four people were killed in the blast in Keswold.', 'attack', ['police officer'], ''),
    pytest.param('Officials, who asked not to be named, said the convoy was ambushed near Pralovo.', 'attack', ['Officials'], '', marks=XFAIL),
    ('The governor wrote on Facebook that a missile struck a warehouse in Ostravik, injuring a guard.', 'attack', ['governor'], ''),
    ('The army announced on Sunday that it had captured the village of Halvorth.', 'territory', ['army'], ''),
    ("The mayor's office said a gas explosion destroyed two homes in Myrtvale.", None, [], ''),
    ('Doctors at the city hospital said they had treated 23 people wounded in the shelling of Brenholm.', 'attack', ['Doctors'], ''),
    ('Police said a man was shot dead in Varnholt on Sunday. Hospital officials said a second man was wounded.', 'attack', ['Police', 'Hospital officials'], ''),
    ('SOBRENNA, Carvia (Reuters) - Gunmen killed four police officers at a checkpoint in Sobrenna on Sunday.', 'attack', [], ''),
    pytest.param('Gunmen killed four police officers at a checkpoint in Sobrenna on Sunday, Tarfax reported, citing a local official.', 'attack', ['local official'], ''),
    ('Four people were reportedly killed in clashes in Keswold on Sunday.', 'attack', [], ''),
    ('Four people were killed in clashes in Keswold on Sunday, the Red Crescent told AFP.', 'attack', ['Red Crescent'], ''),
    ('A drone attack set fire to a fuel depot in Ostravik overnight, regional governor Ana Velk said on Telegram.', 'attack', ['Ana Velk'], ''),
    pytest.param('Gunmen stormed a hotel in Tarvask on Friday. “They came in shooting,” said a waiter who hid in the kitchen.', 'attack', ['waiter'], '', marks=XFAIL),
    pytest.param('Gunmen stormed a hotel in Tarvask on Friday and killed six guests. The attack was the third this year, the police chief, Tom Vasker, said.', 'attack', [], 'stormed', marks=XFAIL),
    ('The interior minister said police had arrested the leader of the gang in a raid in Drennport on Tuesday.', 'arrest', ['interior minister'], ''),
    ('Authorities say the two men were detained at the border crossing near Vardensk.', 'arrest', ['Authorities'], ''),
    ('The rebels said they had shot down a government helicopter near Fessborough, a claim the army denied.', 'attack', ['rebels', 'army'], 'shot down'),
    ('Rebels claim to have downed a helicopter\n\nThe rebels said on Monday that they had shot down an army helicopter near Fessborough.', 'attack', ['rebels'], ''),
    ('Officials said the blast, which tore through a bus in Keswold, killed at least 12 people. It was not clear who was behind it.', 'attack', ['Officials'], ''),
    ('The army said its troops had killed 20 insurgents near Dremmick. The claim could not be independently verified.', 'attack', ['army'], ''),
    ('The governor said in a televised address that the situation in Myrtvale was calm.', None, [], ''),
    ('A spokesman said the ministry would respond in due course.', None, [], ''),
]


def _names_match(got: list[str], want: list[str]) -> bool:
    """As the scorer matches claimants: one name contained in the other, case aside, as many as wanted."""
    g, w = [x.lower() for x in got], [x.lower() for x in want]
    return len(g) == len(w) and all(any(a in b or b in a for b in g) for a in w)


@pytest.mark.parametrize("text,fam,claimants,key", PROBE)
def test_who_says_so(extractor, text, fam, claimants, key):
    record = probe_record(extractor, text, fam, key)
    if record is not None:
        assert _names_match([c.claimant.name for c in record.claims], claimants)

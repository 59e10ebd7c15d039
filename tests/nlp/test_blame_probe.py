"""A probe of responsibility and blame as wire reporters write them: claims of responsibility ("claimed
responsibility for", "said it was behind", "said its fighters attacked"), blame and accusations ("blamed X
for", "held X responsible", "said X was behind", "accused X of"), denials ("denied any role in", "rejected
accusations"), and the same words in no event (a club claiming a title, a ministry's responsibility for a
budget, blame laid on the weather or on a faulty wire). Each case is an invented sentence with what a careful
coder records: the type (a claimed act is the attack itself, done by the claimant; "attack." stands for any
attack type), and words of the initiator's and the target's name or country. ``None`` for the type: no
record at all. Cases the pipeline does not read yet are marked ``xfail``."""

from __future__ import annotations

import pytest

XFAIL = pytest.mark.xfail(strict=False)
A, D = "statement.accusation", "statement.denial"

CASES = [
    ('The Taliban claimed responsibility for the suicide bombing in Korvany on Tuesday.', 'attack.', 'Taliban', None),
    ("Hamas said it was behind Sunday's rocket fire on Belmisk.", 'attack.', 'Hamas', None),
    ("Mortar fire killed three soldiers near Dunmere on Friday.", 'attack.', None, None),
    ("The rebels said their artillery fire had destroyed two tanks outside Halvik.", 'attack.', None, None),
    ("The town has endured years of rocket fire.", None, None, None),
    ("The film shows artillery fire in the First World War.", None, None, None),
    ("Islamic State claimed responsibility for Friday's attack on a police post in Tarvelo.", 'attack.', 'Islamic State', None),
    ('The Pakistani Taliban claimed the attack, which killed six soldiers near Halvik.', 'attack.', 'Taliban', None),
    ('Al-Shabaab said its fighters had attacked an army base outside Velmora.', 'attack.', 'Shabaab', None),
    ('Hezbollah said it fired a barrage of rockets at an Israeli army post on Monday.', 'attack.', 'Hezbollah', None),
    ('The Houthis said they carried out a drone attack on a tanker in the Red Sea.', 'attack.', 'Houthi', None),
    ('A group calling itself the Free Korvany Front said it planted the bomb that killed two policemen.', 'attack.', None, None),
    ('Boko Haram admitted responsibility for the abduction of 40 villagers in Ondaru.', 'attack.', 'Boko Haram', None),
    pytest.param(*('The ELN claimed responsibility for a car bomb that wounded five soldiers in Velmora.', 'attack.', 'ELN', None), marks=XFAIL),
    pytest.param(*('In a statement, Islamic State said its militants carried out the shooting in Dunmere.', 'attack.', 'Islamic State', None), marks=XFAIL),
    ('Al-Qaeda in the Islamic Maghreb claimed the kidnapping of two aid workers.', 'attack.', 'Qaida', None),
    ('Taliban claims responsibility for Kabul blast', 'attack.', 'Taliban', None),
    ('Hamas claims rocket attack on Belmisk', 'attack.', 'Hamas', None),
    ('No group has claimed responsibility for the bombing in Tarvelo, which killed 12 people.', 'attack.', None, None),
    ('The PKK took responsibility for the ambush that killed three Turkish soldiers.', 'attack.', 'PKK', None),
    ("Hamas's armed wing said it had fired rockets at Tel Aviv.", 'attack.', 'Hamas', None),
    ('Israel blamed Hezbollah for the rocket attack on Belmisk.', A, 'Israel', 'Hezbollah'),
    ('The Afghan government blamed the Taliban for the bombing.', A, 'AFG', 'Taliban'),
    ('Ukraine accused Russia of shelling a hospital in Korvany.', A, 'Ukraine', 'Russia'),
    ('Pakistan held India responsible for the blast in Tarvelo.', A, 'Pakistan', 'India'),
    ('Officials pointed the finger at Iran for the drone strike.', A, None, 'Iran'),
    ('Ukraine pointed the finger at Russia for the blast in Korvany.', A, 'Ukraine', 'Russia'),
    ('Israel points finger at Iran over tanker attack', A, 'Israel', 'Iran'),
    ('The coach pointed the finger at the referee after the defeat.', None, None, None),
    ('The army said Hamas was behind the attack on the border crossing.', A, None, 'Hamas'),
    ('Kyiv accused Moscow of deliberately targeting civilians.', A, 'Kyiv', 'Moscow'),
    pytest.param(*('The United States charged that Syria used chemical weapons against rebels.', A, 'United States', 'Syria'), marks=XFAIL),
    pytest.param(*('Poland said Belarus was deliberately pushing migrants across the border.', A, 'Poland', 'Belarus'), marks=XFAIL),
    ('Russia blames Ukraine for attack on Kursk power plant', A, 'Russia', 'Ukraine'),
    ('Israel accuses Hamas of using hospitals as shields', A, 'Israel', 'Hamas'),
    ('Azerbaijan accused Armenian forces of violating the ceasefire overnight.', A, 'Azerbaijan', 'Armenia'),
    pytest.param(*("The foreign ministry accused Washington of interfering in the country's internal affairs.", A, 'ministry', 'Washington'), marks=XFAIL),
    ('Seoul held Pyongyang responsible for the sinking of the warship.', A, 'Seoul', 'Pyongyang'),
    ('The Ethiopian government blamed the TPLF for the massacre of civilians in Ondaru.', A, 'Ethiopia', 'TPLF'),
    pytest.param(*('India alleged that Pakistan-based militants carried out the attack.', A, 'India', 'Pakistan'), marks=XFAIL),
    ('Moscow laid the blame for the explosion squarely on Kyiv.', A, 'Moscow', 'Kyiv'),
    ('Iran said Israel was responsible for the killing of the nuclear scientist.', A, 'Iran', 'Israel'),
    pytest.param(*('The president accused the opposition of plotting a coup.', A, 'president', 'opposition'), marks=XFAIL),
    ('Russia denied any role in the attack on the pipeline.', D, 'Russia', None),
    ('Hezbollah denied involvement in the bombing.', D, 'Hezbollah', None),
    ('Iran rejected accusations that it supplied drones to Russia.', D, 'Iran', None),
    ('The Taliban denied responsibility for the attack in Korvany.', D, 'Taliban', None),
    ('Moscow dismissed the charges as baseless.', D, 'Moscow', None),
    ('Israel denies striking hospital', D, 'Israel', None),
    ('Hamas denied that its fighters had taken part in the raid.', D, 'Hamas', None),
    ('Beijing denied the allegations.', D, 'Beijing', None),
    ('The company claimed the top prize at the trade fair in Velmora.', None, None, None),
    ('The ministry has responsibility for the defence budget.', None, None, None),
    ('Farmers blamed the weather for the poor harvest.', None, None, None),
    ('The coach blamed himself for the defeat.', None, None, None),
    ("She claimed responsibility for the team's success in the final.", None, None, None),
    ('The minister took responsibility for the delays at the passport office.', None, None, None),
    ('Investors blamed rising interest rates for the market slump.', None, None, None),
    ('The striker was accused of diving by the opposing manager.', None, None, None),
    ('The report held the council responsible for the potholes.', None, None, None),
    ('Analysts said inflation was behind the fall in consumer spending.', None, None, None),
    ('The actor denied rumours of a split with his wife.', None, None, None),
    ('The firm denied any wrongdoing in the pricing dispute.', None, None, None),
    ('The club claimed its third title in four years.', None, None, None),
    pytest.param(*('Officials blamed a faulty wire for the fire at the Korvany market.', None, None, None)),
    ('The responsibility for security lies with the host nation.', None, None, None),
    ('Police said a gas leak was behind the explosion at the bakery.', None, None, None),
    ('He claimed that the election had been rigged.', None, None, None),
    ('The union blamed management for the breakdown in pay talks.', None, None, None),
    ('Scientists blame warming seas for coral loss', None, None, None),
    ('The senator denied that he would run for governor.', None, None, None),
    pytest.param(*('The bank accepted responsibility for the IT outage.', None, None, None), marks=XFAIL),
    ('Residents accused the council of ignoring their complaints about noise.', None, None, None),
    ('Who is behind the new fashion label?', None, None, None),
]


def _side(event, role: str, words: str) -> bool:
    return any(a.role == role and words.lower() in f"{a.name} {a.text or ''} {a.country or ''}".lower()
               for a in event.actors)


def _fits(event, etype: str, initiator: str | None, target: str | None) -> bool:
    return event.type.startswith(etype) and (initiator is None or _side(event, "initiator", initiator)) and (
        target is None or _side(event, "target", target))


@pytest.mark.parametrize("text,etype,initiator,target", CASES)
def test_blame_is_read(parse, text, etype, initiator, target):
    events = parse(text)._.events
    if etype is None:
        assert not events
    else:
        assert any(_fits(e, etype, initiator, target) for e in events)


NOT_THE_DOER = [
    # the act a word of blame is "for" was not done by the one who blames
    ("Pakistan held India responsible for the bombing in Tarvelo.", "PAK"),
    ("Russia put the blame for the blast on Ukraine.", "RUS"),
    ("Moscow laid the blame for the explosion squarely on Kyiv.", "RUS"),
    ("Chile held the rebels accountable for the ambush near Dunmere.", "CHL"),
    ("Israel points finger at Iran over tanker attack", "ISR"),
]


@pytest.mark.parametrize("text,accuser", NOT_THE_DOER)
def test_who_blames_did_not_do_it(parse, text, accuser):
    attacks = [e for e in parse(text)._.events if e.type.startswith("attack")]
    assert not any(a.role == "initiator" and a.country == accuser for e in attacks for a in e.actors)

"""A probe of where events happened in wire and world news, written before the rules it led to: invented
incidents at real places, told the way agencies write them. Wire copy names many places that are not the
scene: the dateline city of a story about somewhere else, where a statement was issued ("In Lisbon, the
ministry said ..."), the home town of a victim, a capital standing for its government, the two ends of a
convoy's road, the place of talks beside the place of fighting. Some rows have two acts at two places, or a
place named a sentence before the act; about a third are look-alikes whose only places are a speaker's or a
dateline's, with no event or one elsewhere.

Each row: (text, expected). ``expected`` is None when no placed record may come out, else a list of
(country, region code or None, part of the place's name or words, or None; "-" for a country-wide record):
every placed record must fit one entry, and every entry must be fitted by some record. Statements and
diplomacy other than talks have no place by the gold conventions and are not checked.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from sitrep.records import Article, Event, family

UNPLACED_FAMILIES = ("statement", "diplomacy")


def _plain(s: str | None) -> str:
    return unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()


def _placed(e: Event) -> bool:
    return family(e.type) not in UNPLACED_FAMILIES or e.type == "diplomacy.talks"


def _fits(e: Event, want: tuple) -> bool:
    country, region, name = want
    loc = e.location
    if loc is None or loc.country != country or (region is not None and loc.admin1 != region):
        return False
    if name == "-":
        return loc.precision == "country"
    return name is None or _plain(name) in _plain(loc.name) or _plain(name) in _plain(loc.text)


def check_places(extractor, text: str, expected: list[tuple] | None) -> None:
    events = extractor.extract(Article(text=text, published=date(2024, 4, 17), id="probe"))
    placed = [e for e in events if _placed(e)]
    shown = [(e.type, e.location and (e.location.name, e.location.country, e.location.admin1)) for e in placed]
    if expected is None:
        assert placed == [], shown
        return
    assert placed, [e.type for e in events]
    for e in placed:
        assert any(_fits(e, want) for want in expected), shown
    for want in expected:
        assert any(_fits(e, want) for e in placed), (want, shown)


def xfail(text: str, expected: list[tuple] | None):
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=False))


PROBES = [
    # a statement's place is not the scene
    ('In Washington, the Pentagon said a U.S. drone strike near Jilib killed four al-Shabaab fighters on Tuesday.', [('SOM', None, 'Jilib')]),
    ('Speaking in Paris on Monday, the foreign minister said an air strike on a school in Gaza had killed 20 people.', [('PSE', None, 'Gaza')]),
    ('Officials in Kyiv said Russian missiles struck a power plant in the Lviv region overnight.', [('UKR', 'UA-46', None)]),
    ('At a news conference in Geneva, a U.N. spokesman said 11 aid workers were abducted in Darfur last week.', [('SDN', None, None)]),
    # the dateline city of a story about somewhere else
    ('GENEVA (Reuters) - Shelling in the east of Ukraine killed three civilians overnight, the U.N. human rights office said on Friday.', [('UKR', None, None)]),
    ('BRUSSELS (AP) — Russian missiles struck a port facility in Odesa on Wednesday, wounding six workers, officials said.', [('UKR', None, 'Odesa')]),
    ("NAIROBI, Kenya (AP) — Gunmen killed 14 villagers in South Sudan's Jonglei state on Sunday, a local official said.", [('SSD', None, None)]),
    ('BEIRUT (AP) — Syrian government warplanes bombed the rebel-held town of Saraqeb on Monday, killing five people, activists said.', [('SYR', None, 'Saraqeb')]),
    ('CAIRO (AP) — An air strike hit a market in the Yemeni city of Taiz on Thursday, killing nine people.', [('YEM', None, 'Taiz')]),
    ('ISLAMABAD (Reuters) - A suicide bomber killed seven soldiers in North Waziristan on Saturday, the military said.', [('PAK', None, None)]),
    ('DAKAR, Senegal (AP) — Jihadists attacked an army post in central Mali on Tuesday, killing 11 soldiers.', [('MLI', None, None)]),
    ('ABUJA, Nigeria (AP) — Gunmen kidnapped 40 students from a boarding school in Kaduna state on Thursday, police said.', [('NGA', 'NG-KD', None)]),
    ("BANGKOK (AP) — Myanmar's military bombed a village in the Sagaing region on Tuesday, killing 30 people, residents said.", [('MMR', None, None)]),
    ('MOSCOW (Reuters) - Ukrainian drones attacked an oil depot in the Bryansk region overnight, the regional governor said.', [('RUS', None, 'Bryansk')]),
    ('WASHINGTON (Reuters) - A U.S. drone strike killed a senior al Qaeda commander in Yemen on Saturday, officials said.', [('YEM', None, None)]),
    ('KYIV, Ukraine (AP) — Russian drones hit an apartment block in Kharkiv overnight, wounding 12 people, the regional governor said.', [('UKR', None, 'Kharkiv')]),
    ('JOHANNESBURG (AP) — Insurgents raided the port town of Mocimboa da Praia in northern Mozambique on Friday, killing 20 people.', [('MOZ', None, None)]),
    # a capital standing for its government
    xfail('Moscow accused Kyiv of shelling a market in Donetsk on Saturday, killing 10 people.', [('UKR', None, 'Donetsk')]),
    ('Kabul said Pakistani jets had bombed villages in Khost province on Sunday, killing eight civilians.', [('AFG', 'AF-KHO', None)]),
    ('Ukrainian officials said Russian forces struck a hospital in Kherson on Sunday. Moscow denied it.', [('UKR', None, 'Kherson')]),
    ('Tehran said its air defences shot down two drones over Isfahan early on Friday.', [('IRN', None, 'Isfahan')]),
    # the home town or nationality of a victim
    ('A British aid worker from Manchester was killed in a rocket attack in Kharkiv on Tuesday.', [('UKR', None, 'Kharkiv')]),
    ('A Texas-born journalist was shot dead in Culiacan, in Sinaloa state, on Wednesday.', [('MEX', 'MX-SIN', None)]),
    ('The passengers, all from Kano, were killed when gunmen attacked their bus in Zamfara state on Friday.', [('NGA', 'NG-ZA', None)]),
    ('A French tourist was stabbed to death in Marrakech on Saturday, police said.', [('MAR', None, 'Marrak')]),
    ('Funerals were held in Tulsa on Sunday for two American soldiers killed in a bombing in Syria last week.', [('SYR', None, None)]),
    # a convoy's road: the scene is where it was hit
    ('A convoy carrying aid from Damascus to Deir ez-Zor was hit by an air strike near Palmyra on Sunday.', [('SYR', None, 'Palmyra')]),
    xfail('A bus travelling from Peshawar to Kabul was ambushed near Jalalabad on Friday, killing six passengers.', [('AFG', None, 'Jalalabad')]),
    # a bearing from a town
    ('Gunmen killed eight farmers in a village about 30 km north of Maiduguri on Thursday.', [('NGA', 'NG-BO', 'Maiduguri')]),
    ('A roadside bomb exploded 15 miles west of Mosul on Monday, killing three soldiers.', [('IRQ', 'IQ-NI', 'Mosul')]),
    ('Militants attacked a police post some 50 kilometres south of Peshawar on Saturday.', [('PAK', None, 'Peshawar')]),
    # the outskirts, a province of a country, a part of a country
    ('Russian artillery hit the outskirts of Zaporizhzhia on Tuesday, killing two people.', [('UKR', None, 'Zaporizhzhia')]),
    ('Clashes erupted on the outskirts of Tripoli, the Libyan capital, on Sunday, killing four fighters.', [('LBY', None, 'Tripoli')]),
    ('A suicide bomber attacked a mosque in the Kunduz province of Afghanistan on Friday, killing 40 worshippers.', [('AFG', 'AF-KDZ', None)]),
    ('Troops fought Islamic State militants in the Diyala province of Iraq on Wednesday, killing 12.', [('IRQ', 'IQ-DI', None)]),
    ('An Israeli air strike killed four people in southern Lebanon on Monday, the health ministry said.', [('LBN', None, None)]),
    ('Two soldiers were killed in a bombing in eastern Afghanistan on Wednesday.', [('AFG', None, '-')]),
    # a region or a sea
    ('Heavy fighting continued in the Donbas on Thursday, the general staff said.', [('UKR', None, None)]),
    ('Militants attacked a checkpoint in the Sinai on Saturday, killing five soldiers.', [('EGY', None, None)]),
    ("Houthi rebels fired a missile at a cargo ship in the Red Sea off Yemen's coast on Tuesday, the U.S. military said.", [('YEM', None, None)]),
    # two acts at two places in one sentence
    xfail('Russian forces shelled Kherson and carried out an air strike on Zaporizhzhia on Sunday.', [('UKR', None, 'Kherson'), ('UKR', None, 'Zaporizhzhia')]),
    ('A car bomb exploded in Baghdad on Tuesday and gunmen killed four policemen in Kirkuk.', [('IRQ', None, 'Baghdad'), ('IRQ', None, 'Kirkuk')]),
    # the place in the sentence before
    ('The town of Avdiivka came under fire again on Monday. Three civilians were killed, the regional governor said.', [('UKR', None, 'Avdiivka')]),
    ('Fighting resumed around Goma on Saturday. Rebels shelled an army camp, killing five soldiers.', [('COD', None, 'Goma')]),
    ('Tension has been high in Hebron for weeks. On Friday, soldiers shot dead a Palestinian man at a checkpoint.', [('PSE', None, 'Hebron')]),
    # talks in one place, fighting in another
    ('As negotiators met in Jeddah on Thursday, fighting raged on the outskirts of Khartoum.', [('SAU', None, 'Jeddah'), ('SDN', None, 'Khartoum')]),
    # look-alikes: the only place is a speaker's or a dateline's, and nothing happened there
    ('WASHINGTON (AP) — The Pentagon said on Tuesday it would send more air defence systems to the region.', None),
    ('LONDON (Reuters) - Oil prices rose on Monday as traders weighed the risk of a wider war in the region.', None),
    xfail('GENEVA (Reuters) - The U.N. refugee agency said on Friday that two million people had fled the country since the war began.', None),
    ('BEIRUT (AP) — Lebanon\'s parliament failed again on Thursday to elect a president.', None),
    ('NAIROBI, Kenya (AP) — Kenya\'s central bank left its main interest rate unchanged on Tuesday.', None),
    ('The Baghdad government has promised for years to rein in the militias.', None),
    xfail('ISTANBUL (Reuters) - Turkish shares fell on Monday amid worries over the fighting across the border.', None),
    ('A memorial service was held in Leeds on Sunday for the aid worker, who grew up in the city.', None),
    ('In Brussels, EU foreign ministers met on Monday to discuss the war in Sudan.', [('BEL', None, 'Brussels')]),
    xfail('KYIV (Reuters) - Ukraine\'s air force said on Monday it had shot down 30 Russian drones overnight.', [('UKR', None, '-')]),
    xfail('MOSCOW (AP) — Russia\'s defence ministry said on Sunday its air defences destroyed 25 Ukrainian drones overnight.', [('RUS', None, '-')]),
]


@pytest.mark.parametrize(("text", "expected"), PROBES)
def test_wire_place(extractor, text, expected):
    check_places(extractor, text, expected)

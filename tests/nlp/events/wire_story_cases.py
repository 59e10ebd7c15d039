"""Whole wire stories, invented (real towns, made-up incidents), each with the records a careful coder keeps.

A story tells its lead happening, retells it lower down in other words, gives background with its own
dates, reactions, and sometimes a round-up of other places. The coder keeps one record per happening at
one place on one date: a retelling folds into the lead, each place of a round-up is its own record, and
background before the report's week is left out or dated by its own words, never by the publication date.

Each expected record is ``Rec(family, start, end, place, killed, injured, optional)``: ``place`` is a
town (any of ``|``-separated names matches the record's place name), a three-letter country code, or
"" for any place;
``killed``/``injured`` of None are not checked; an optional record may be missing, but when sitrep
gives it, its date must fall in the window.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple


class Rec(NamedTuple):
    family: str
    start: str
    end: str
    place: str
    killed: int | None = None
    injured: int | None = None
    optional: bool = False


class Story(NamedTuple):
    key: str
    published: date
    text: str
    records: tuple[Rec, ...]


STORIES: list[Story] = [
    Story(
        "market_bomb_roundup",
        date(2024, 10, 16),  # a Wednesday
        "BAGHDAD (Reuters) - A car bomb exploded near a busy market in Baghdad on Tuesday, killing 14 people "
        "and wounding 31, police and medical sources said.\n\n"
        "The blast tore through stalls selling vegetables during the evening rush, witnesses said.\n\n"
        "No group claimed responsibility for the bombing, which came a week after the government announced "
        "new checkpoints across the capital.\n\n"
        "Elsewhere, gunmen killed two policemen at a checkpoint in Kirkuk and a roadside bomb wounded three "
        "soldiers in Mosul, police said.\n\n"
        "Violence in Iraq has fallen sharply since Islamic State lost its last strongholds in 2017.",
        (
            Rec("attack", "2024-10-15", "2024-10-15", "Baghdad", 14, 31),
            Rec("attack", "2024-10-14", "2024-10-16", "Kirkuk", 2),
            Rec("attack", "2024-10-14", "2024-10-16", "Mosul", None, 3),
        ),
    ),
    Story(
        "station_anniversary",
        date(2025, 11, 13),  # a Thursday
        "ANTALYA, Turkey (AP) - Hundreds of people gathered outside the main bus station in Antalya on "
        "Thursday to mark ten years since a suicide bombing there killed 23 people.\n\n"
        "Relatives laid carnations beside a memorial wall bearing the names of the dead.\n\n"
        "The attack, on a crowded holiday weekend in November 2015, was the deadliest in the city's history.\n\n"
        "Two men convicted of helping plan the bombing are serving life sentences.\n\n"
        "\"We will never forget them,\" the mayor told the crowd.",
        (Rec("attack", "2015-11-01", "2015-11-30", "Antalya", 23, None, True),),
    ),
    Story(
        "drone_retold",
        date(2025, 3, 12),  # a Wednesday
        "KYIV (Reuters) - Russian drones struck an apartment block in the Ukrainian city of Sumy overnight, "
        "killing four people including a child, regional officials said on Wednesday.\n\n"
        "Rescuers pulled two survivors from the rubble, and nine people were taken to hospital with injuries.\n\n"
        "The strike destroyed the top three floors of the building, the regional governor said on Telegram.\n\n"
        "Tuesday's attack on Sumy was the third on the city this month.\n\n"
        "Ukraine's air force said it shot down 57 of the 89 drones Russia launched overnight.",
        (
            Rec("attack", "2025-03-11", "2025-03-12", "Sumy", 4, 9),
            Rec("attack", "2025-03-11", "2025-03-12", "UKR", None, None, True),
        ),
    ),
    Story(
        "trial_of_old_attack",
        date(2025, 6, 5),  # a Thursday
        "BRUSSELS (AP) - A Belgian court on Thursday sentenced a man to 25 years in prison for his role in a "
        "shooting at a Liege cafe that killed three people in 2019.\n\n"
        "Prosecutors said the man drove the gunman to the cafe and helped him flee across the border.\n\n"
        "The gunman was killed in a shootout with police in France two weeks after the attack.\n\n"
        "Families of the victims wept as the verdict was read.",
        (
            Rec("arrest", "2025-06-05", "2025-06-05", "BEL"),
            Rec("attack", "2019-01-01", "2019-12-31", "Liege|Liège", 3, None, True),
            Rec("attack", "2019-01-01", "2019-12-31", "FRA", 1, None, True),
        ),
    ),
    Story(
        "kabul_mosque_retold",
        date(2024, 8, 20),  # a Tuesday
        "KABUL (Reuters) - A suicide bomber blew himself up inside a mosque in Kabul during Friday prayers, "
        "killing at least 11 worshippers and wounding 20, a police spokesman said on Tuesday.\n\n"
        "The explosion happened as the mosque was packed with worshippers, the spokesman said.\n\n"
        "Islamic State's regional branch claimed the bombing in a statement on its Amaq news agency.\n\n"
        "The group carried out a similar attack on a mosque in Kunduz in 2021.\n\n"
        "Taliban officials vowed to hunt down those responsible.",
        (
            Rec("attack", "2024-08-16", "2024-08-16", "Kabul", 11, 20),
            Rec("attack", "2021-01-01", "2021-12-31", "Kunduz", None, None, True),
        ),
    ),
    Story(
        "policy_piece_drones",
        date(2025, 2, 3),  # a Monday
        "LONDON (Reuters) - Britain will spend 1.5 billion pounds on air defences over the next five years, "
        "the defence ministry said on Monday, citing lessons from the war in Ukraine.\n\n"
        "Russia has fired thousands of drones and missiles at Ukrainian cities since it invaded in February "
        "2022, killing thousands of civilians.\n\n"
        "Officials said the new systems would protect bases and ports.\n\n"
        "The announcement follows a review of the armed forces published last year.",
        (),
    ),
    Story(
        "sahel_ambush",
        date(2025, 9, 18),  # a Thursday
        "NIAMEY (Reuters) - Suspected jihadists ambushed an army convoy near the town of Tillaberi in western "
        "Niger on Tuesday, killing 17 soldiers, the defence ministry said on Thursday.\n\n"
        "Another 12 soldiers were wounded in the attack, and the army said it killed dozens of the assailants.\n\n"
        "The ambush was the deadliest on the army since March, when 22 soldiers died in an attack near the "
        "Malian border.\n\n"
        "Niger's military government has struggled to contain an insurgency that has spread across the Sahel.",
        (
            Rec("attack", "2025-09-16", "2025-09-16", "Tillaberi|Tillabéri", 17, 12),
            Rec("attack", "2025-03-01", "2025-03-31", "NER", 22, None, True),
        ),
    ),
    Story(
        "gaza_strikes_places",
        date(2024, 12, 11),  # a Wednesday
        "CAIRO (Reuters) - Israeli air strikes killed at least 25 Palestinians across the Gaza Strip on "
        "Wednesday, Palestinian health officials said.\n\n"
        "In Khan Younis, a strike on a house killed nine members of one family.\n\n"
        "In Rafah, six people were killed when a missile hit a tent camp, medics said.\n\n"
        "The Israeli military said it was targeting militants and took steps to avoid harming civilians.\n\n"
        "The war began on Oct. 7, 2023, when Hamas-led gunmen attacked Israeli communities.",
        (
            Rec("attack", "2024-12-11", "2024-12-11", "Khan Younis|Khan Yunis", 9),
            Rec("attack", "2024-12-11", "2024-12-11", "Rafah", 6),
            Rec("attack", "2024-12-11", "2024-12-11", "PSE", 25, None, True),
            Rec("attack", "2023-10-07", "2023-10-07", "ISR", None, None, True),
        ),
    ),
    Story(
        "karachi_arrests_old_blast",
        date(2025, 7, 24),  # a Thursday
        "KARACHI, Pakistan (AP) - Pakistani police on Thursday arrested three men suspected of planning a "
        "bombing at a Karachi shopping centre last year that killed seven people.\n\n"
        "The men were detained in a raid on a house in the city's outskirts, a police official said.\n\n"
        "Investigators found explosives and detonators at the house, he said.\n\n"
        "The blast at the shopping centre in August last year also wounded more than 40 people.",
        (
            Rec("arrest", "2025-07-24", "2025-07-24", "Karachi"),
            Rec("attack", "2024-08-01", "2024-08-31", "Karachi", 7, 40, True),
        ),
    ),
    Story(
        "protest_turned_violent",
        date(2025, 4, 29),  # a Tuesday
        "NAIROBI (Reuters) - Kenyan police fired tear gas and live rounds at protesters in Nairobi on Tuesday, "
        "killing two people, a rights group said.\n\n"
        "Thousands had marched toward parliament to oppose a new tax bill.\n\n"
        "Police arrested 48 people during the clashes, a police spokesman said.\n\n"
        "Last year's protests against a similar bill left more than 60 people dead.",
        (
            Rec("protest", "2025-04-29", "2025-04-29", "Nairobi"),
            Rec("attack", "2025-04-29", "2025-04-29", "Nairobi", 2, None, True),
            Rec("arrest", "2025-04-29", "2025-04-29", "Nairobi"),
            Rec("protest", "2024-01-01", "2024-12-31", "Nairobi", None, None, True),
        ),
    ),
    Story(
        "memorial_service_only",
        date(2024, 5, 9),  # a Thursday
        "MANCHESTER, England (Reuters) - Families of the seven people killed when a gunman opened fire at a "
        "Manchester nightclub five years ago said on Thursday they would sue the city council.\n\n"
        "The families say warnings about security at the club were ignored.\n\n"
        "The gunman, who also wounded 19 people, was shot dead by police at the scene.\n\n"
        "A public inquiry into the shooting is due to report next month.",
        (Rec("attack", "2019-01-01", "2019-12-31", "Manchester", 7, 19, True),),
    ),
    Story(
        "kharkiv_missile_then_retell",
        date(2025, 1, 15),  # a Wednesday
        "KYIV (AP) - A Russian missile struck a university building in Kharkiv on Wednesday morning, killing "
        "three people and wounding 12, the city's mayor said.\n\n"
        "The Iskander missile hit the main hall as classes were starting, he said.\n\n"
        "\"This strike was aimed at children and teachers,\" the mayor wrote on Telegram.\n\n"
        "The attack came hours after Russian forces shelled the town of Kupiansk, wounding two residents, "
        "regional officials said.\n\n"
        "Kharkiv, Ukraine's second-largest city, has been hit repeatedly since the start of the full-scale "
        "invasion.",
        (
            Rec("attack", "2025-01-15", "2025-01-15", "Kharkiv", 3, 12),
            Rec("attack", "2025-01-14", "2025-01-15", "Kupiansk|Kupjansk|Kupyansk", None, 2),
        ),
    ),
    Story(
        "somalia_hotel_siege",
        date(2025, 10, 7),  # a Tuesday
        "MOGADISHU (Reuters) - Al Shabaab fighters stormed a hotel in Mogadishu on Monday night, killing at "
        "least eight people before security forces ended the siege early on Tuesday, police said.\n\n"
        "The attackers set off a car bomb at the hotel gate and then opened fire on guests, a police officer "
        "said.\n\n"
        "Security forces killed all five gunmen, he said. At least 15 people were wounded.\n\n"
        "The militant group, which is linked to al Qaeda, said it carried out the assault.\n\n"
        "In a separate incident in the southern port of Kismayo, a grenade thrown into a tea shop wounded "
        "four people on Monday, a local official said.",
        (
            Rec("attack", "2025-10-06", "2025-10-07", "Mogadishu", 8, 15),
            Rec("attack", "2025-10-06", "2025-10-06", "Kismayo", None, 4),
        ),
    ),
    Story(
        "court_reopens_massacre",
        date(2024, 11, 26),  # a Tuesday
        "GUATEMALA CITY (AP) - A Guatemalan court on Tuesday reopened the case against three former soldiers "
        "accused of taking part in a 1982 massacre in which more than 200 villagers were killed.\n\n"
        "The killings in the village were among the worst of the country's 36-year civil war, which ended "
        "in 1996.\n\n"
        "Lawyers for the victims' families welcomed the ruling.\n\n"
        "The defence said it would appeal.",
        (Rec("attack", "1982-01-01", "1982-12-31", "GTM", 200, None, True),),
    ),
    Story(
        "lebanon_strike_week",
        date(2025, 8, 14),  # a Thursday
        "BEIRUT (Reuters) - An Israeli drone strike on a car in the southern Lebanese town of Nabatieh on "
        "Thursday killed two men, Lebanon's health ministry said.\n\n"
        "The Israeli military said it had targeted a Hezbollah commander.\n\n"
        "On Monday, a strike near Tyre killed one person, the ministry said.\n\n"
        "Israel has kept up near-daily strikes in Lebanon despite a ceasefire agreed last November.",
        (
            Rec("attack", "2025-08-14", "2025-08-14", "Nabatieh|Nabatiye|Nabatiyeh|Nabatîyé", 2),
            Rec("attack", "2025-08-11", "2025-08-11", "Tyre|Sour|Tyr", 1),
            Rec("diplomacy", "2024-11-01", "2024-11-30", "", None, None, True),
        ),
    ),
    Story(
        "mali_village_attack",
        date(2025, 5, 22),  # a Thursday
        "BAMAKO (Reuters) - Gunmen killed at least 30 civilians in an attack on a village near Mopti in "
        "central Mali, local officials said on Thursday.\n\n"
        "The attackers arrived on motorbikes on Tuesday evening and set fire to houses and granaries, a local "
        "official said.\n\n"
        "The massacre was the deadliest in the region since 2023.\n\n"
        "Mali's junta has blamed such killings on jihadist groups linked to al Qaeda and Islamic State.",
        (Rec("attack", "2025-05-20", "2025-05-20", "Mopti", 30),),
    ),
    Story(
        "sentencing_over_riot",
        date(2024, 9, 3),  # a Tuesday
        "LONDON (Reuters) - A British court on Tuesday jailed a man for three years for his part in a riot "
        "outside a hotel housing asylum seekers in Rotherham last month.\n\n"
        "The man threw bricks at police officers during the disorder, the court heard.\n\n"
        "More than 1,000 people have been arrested since the riots broke out across England.\n\n"
        "Prime Minister Keir Starmer has promised swift justice for those involved.",
        (
            Rec("arrest", "2024-09-03", "2024-09-03", "GBR"),
            Rec("protest", "2024-08-01", "2024-08-31", "Rotherham", None, None, True),
        ),
    ),
    Story(
        "policy_sanctions_only",
        date(2025, 12, 1),  # a Monday
        "WASHINGTON (Reuters) - The United States on Monday imposed sanctions on five people it accused of "
        "financing Houthi attacks on shipping in the Red Sea.\n\n"
        "The Houthis have attacked dozens of merchant ships since late 2023, sinking two and killing at least "
        "four sailors.\n\n"
        "The Treasury said the network moved money through companies in the United Arab Emirates.\n\n"
        "A Houthi spokesman dismissed the sanctions as meaningless.",
        (Rec("diplomacy", "2025-12-01", "2025-12-01", "", None, None, True),),
    ),
    Story(
        "colombia_police_station",
        date(2025, 6, 30),  # a Monday
        "BOGOTA (Reuters) - Rebels attacked a police station in the Colombian city of Cali with explosives "
        "on Sunday, killing two police officers and wounding six, the defence minister said on Monday.\n\n"
        "The minister blamed dissidents of the former FARC guerrilla group for the attack.\n\n"
        "Hours later a motorbike bomb exploded near a military base in Jamundi, wounding three soldiers.\n\n"
        "The attacks came a day after the government suspended peace talks with the group.",
        (
            Rec("attack", "2025-06-29", "2025-06-29", "Cali", 2, 6),
            Rec("attack", "2025-06-29", "2025-06-30", "Jamundi|Jamundí", None, 3),
            Rec("diplomacy", "2025-06-28", "2025-06-28", "", None, None, True),
        ),
    ),
    Story(
        "book_review_war",
        date(2024, 7, 18),  # a Thursday
        "NEW YORK (AP) - A new history of the siege of Sarajevo draws on hundreds of interviews with "
        "survivors.\n\n"
        "The author spent a decade gathering accounts of the shelling that killed thousands of civilians "
        "between 1992 and 1996.\n\n"
        "One chapter describes a mortar attack on a bread queue in 1992 that killed more than 20 people.\n\n"
        "The book goes on sale next week.",
        (Rec("attack", "1992-01-01", "1992-12-31", "Sarajevo", 20, None, True),),
    ),
    Story(
        "syria_checkpoint_roundup",
        date(2025, 3, 27),  # a Thursday
        "DAMASCUS (Reuters) - Gunmen attacked a security checkpoint near Homs on Wednesday, killing four "
        "members of the security forces, the interior ministry said on Thursday.\n\n"
        "The ministry said its forces arrested two of the attackers after a chase.\n\n"
        "In Latakia province, clashes between security forces and armed men loyal to the former government "
        "killed three people on Wednesday, a war monitor said.\n\n"
        "Syria has been hit by waves of violence since the fall of the former government in December.",
        (
            Rec("attack", "2025-03-26", "2025-03-26", "Homs", 4),
            Rec("arrest", "2025-03-26", "2025-03-27", "Homs"),
            Rec("attack", "2025-03-26", "2025-03-26", "Latakia|Lattakia|Al Ladhiqiyah", 3),
        ),
    ),
    Story(
        "compensation_old_bombing",
        date(2025, 10, 21),  # a Tuesday
        "JAKARTA (Reuters) - Indonesia's government on Tuesday agreed to pay compensation to the families of "
        "those killed in a church bombing in Surabaya seven years ago.\n\n"
        "The bombings on three churches in May 2018 killed 13 people and were carried out by a single family.\n\n"
        "The payments will total 2 billion rupiah, a minister said.",
        (Rec("attack", "2018-05-01", "2018-05-31", "Surabaya", 13, None, True),),
    ),
    Story(
        "myanmar_airstrike_school",
        date(2024, 6, 12),  # a Wednesday
        "BANGKOK (AP) - A Myanmar military air strike hit a school in a village in Sagaing region on Monday, "
        "killing at least nine children, a resistance group said on Wednesday.\n\n"
        "A teacher said the jet dropped two bombs on the school building as classes were under way.\n\n"
        "The army did not comment on the air raid.\n\n"
        "The military has carried out hundreds of air strikes since it seized power in a coup in February "
        "2021.",
        (Rec("attack", "2024-06-10", "2024-06-10", "Sagaing", 9),),
    ),
    Story(
        "two_days_two_places",
        date(2025, 2, 19),  # a Wednesday
        "KHARTOUM (Reuters) - Paramilitary fighters shelled a displacement camp near El Fasher on Tuesday, "
        "killing 11 people, aid workers said on Wednesday.\n\n"
        "On Sunday, a drone strike on a market in Omdurman killed five people and wounded 14, a medical group "
        "said.\n\n"
        "The shelling of the camp forced hundreds of families to flee, the aid workers said.\n\n"
        "Sudan's war between the army and the paramilitary Rapid Support Forces began in April 2023.",
        (
            Rec("attack", "2025-02-18", "2025-02-18", "El Fasher|Al Fashir|El Fasher", 11),
            Rec("attack", "2025-02-16", "2025-02-16", "Omdurman", 5, 14),
            Rec("humanitarian", "2025-02-18", "2025-02-19", "SDN", None, None, True),
        ),
    ),
]

"""Dates of earlier and retold events in wire and web news: an invented probe table (dates7).

Each case is a short invented report (towns invented unless the place does not matter) with its day
of publication and what a careful coder records: for each family of event, the window its record's
date must lie in, as spec/GOLD.md scores it ("2012-10-22..2012-10-23" two days, "2012-10" a month,
"2002" a year). A family marked "?" is optional: no record is required, but one made must carry that
window; "*?" holds for a record of any family. ``None``: the report tells no event of the taxonomy.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article
from tests.nlp.dates_probe_check import Want, judge

MON = date(2014, 6, 16)  # a Monday: the weekend's news told on Monday
MON_MARCH = date(2013, 3, 4)  # a Monday
TUE_MARCH = date(2013, 3, 5)  # a Tuesday, the day after its datelines
THU = date(2010, 8, 26)  # a Thursday, late in a month
THU_APRIL = date(2011, 4, 7)  # a Thursday, a year after an older story
FRI = date(2012, 10, 26)  # a Friday



def _xf(pub: date, text: str, want: Want):
    return pytest.param(pub, text, want, marks=pytest.mark.xfail(strict=False))


CASES: list = [
    # -- a Monday's story of the weekend: "Saturday's clash" ------------------------------------
    (MON, "Three soldiers died on Sunday of wounds they suffered in Saturday's ambush near Ostrel, the army "
          "said.", [("attack", "2014-06-14..2014-06-15")]),
    (MON, "Rebels said on Sunday they had carried out Saturday's bombing of a fuel depot in Brennack.",
     [("attack", "2014-06-14")]),
    (MON, "Saturday's attack on a police post in Sorvane killed four officers, the interior ministry said on "
          "Monday.", [("attack", "2014-06-14")]),
    (MON, "Last Thursday's bombing of a bus in Sorvane killed nine people, officials said.",
     [("attack", "2014-06-12")]),
    (MON, "Friday's shooting at a shopping mall in Halvik left four people dead, police said.",
     [("attack", "2014-06-13")]),
    (MON, "The army said on Monday that Friday night's raid on a rebel camp near Brennack had killed 20 "
          "fighters.", [("attack", "2014-06-13..2014-06-14")]),
    (MON, "Rebels seized two villages near Brennack over the weekend, residents said on Monday.",
     [("territory", "2014-06-14..2014-06-15")]),
    (MON, "Police arrested 60 people over the weekend after riots in Halvik.",
     [("arrest", "2014-06-13..2014-06-16"), ("protest?", "2014-06-13..2014-06-15")]),
    (MON, "Police arrested 14 people after Saturday's clashes between rival fans in Halvik.",
     [("arrest", "2014-06-14..2014-06-16"), ("protest?", "2014-06-14"), ("attack?", "2014-06-14")]),
    # -- a dateline: the day the story was filed anchors its weekdays -----------------------------
    (MON, "Gunmen kill four in Ostrel\n\nOSTREL, June 15 (Reuters) - Gunmen killed four people at a market in "
          "Ostrel on Saturday, police said on Sunday.", [("attack", "2014-06-14")]),
    (MON, "HALVIK, June 11 (Reuters) - Gunmen shot dead a village elder near Halvik on Friday, police said.",
     [("attack", "2014-06-06")]),
    (MON, "MOSCOW, June 9 (Reuters) - Police detained 30 opposition activists on Thursday at a rally in "
          "central Moscow.", [("arrest", "2014-06-05"), ("protest?", "2014-06-05")]),
    (MON_MARCH, "MOSCOW, March 4 (Reuters) - Police detained dozens of protesters outside the Kremlin on "
                "Sunday.", [("arrest", "2013-03-03"), ("protest?", "2013-03-03")]),
    (TUE_MARCH, "OSTREL, March 4 (Reuters) - A car bomb killed seven people in the centre of Ostrel today, "
                "police said.", [("attack", "2013-03-04")]),
    (TUE_MARCH, "HALVIK, March 2 (AP) — Gunmen killed a police officer at a checkpoint outside Halvik "
                "yesterday.", [("attack", "2013-03-01")]),
    # -- "overnight" after a named day: that day's night ------------------------------------------
    (FRI, "On Tuesday, overnight shelling of Halvik killed five civilians, local officials said.",
     [("attack", "2012-10-22..2012-10-24")]),  # the night into Tuesday or Tuesday night
    (FRI, "Officials said on Tuesday that overnight shelling had killed three people in Halvik.",
     [("attack", "2012-10-22..2012-10-23")]),
    (FRI, "Gunmen stormed a hotel in Sorvane late on Wednesday and held guests hostage overnight.",
     [("attack", "2012-10-24..2012-10-25")]),
    (FRI, "Rebels shelled Halvik overnight, killing two civilians, officials said on Friday.",
     [("attack", "2012-10-25..2012-10-26")]),
    (FRI, "Rebels attacked army posts around Brennack on Monday, and overnight fighting left 11 soldiers "
          "dead, the army said.", [("attack", "2012-10-22..2012-10-23")]),
    # -- a week, earlier this month, a week ago today ------------------------------------------
    (FRI, "Last week's raid on a village near Dorvik left nine people dead, survivors told reporters on "
          "Thursday.", [("attack", "2012-10-15..2012-10-21")]),
    (FRI, "Police on Thursday charged two men over last week's armed raid on a jewellery store in Ostrel.",
     [("arrest", "2012-10-25"), ("attack?", "2012-10-15..2012-10-21")]),
    (FRI, "Militants killed two border guards earlier this month in an attack near Halvik.",
     [("attack", "2012-10")]),
    (FRI, "A week ago today, gunmen opened fire on a bus in Sorvane, killing six passengers.",
     [("attack", "2012-10-19")]),
    (FRI, "Exactly one week ago, a car bomb killed 14 people outside a bank in Brennack.",
     [("attack", "2012-10-19")]),
    (FRI, "The army said it had retaken the village of Marsk earlier this week.",
     [("territory", "2012-10-22..2012-10-26")]),
    (THU, "Troops arrested 23 suspected militants in raids last week, the army said on Thursday.",
     [("arrest", "2010-08-16..2010-08-22")]),
    # -- a day told from another act ---------------------------------------------------------------
    _xf(THU, "A bomb wrecked a bus station in Ostrel on Sunday. Two days after the attack, police arrested three "
          "suspects.", [("attack", "2010-08-22"), ("arrest", "2010-08-24")]),
    _xf(THU, "Police arrested a suspect on Tuesday. The previous day, a bomb had wrecked a bus station in Ostrel.",
     [("arrest", "2010-08-24"), ("attack", "2010-08-23")]),
    (THU, "Rebels ambushed a convoy near Halvik on Monday. The next day, troops shelled rebel positions in the "
          "hills.", [("attack", "2010-08-23..2010-08-24")]),
    (THU, "Police arrested two suspects on Aug. 14, two days after the attack on the Halvik market.",
     [("arrest", "2010-08-14"), ("attack?", "2010-08-12")]),
    (THU, "Gunmen attacked a police post in Halvik on Sunday, three days after the bombing of the town's "
          "market.", [("attack", "2010-08-19..2010-08-22")]),
    (FRI, "Police said on Wednesday they had arrested three men. The previous day, a grenade attack on a bar "
          "in Ostrel had killed two people.", [("arrest", "2012-10-19..2012-10-24"), ("attack", "2012-10-23")]),
    (THU, "Government forces have detained at least 200 people since the Aug. 3 ceasefire, a rights group "
          "said.", [("arrest?", "2010-08-03..2010-08-26"), ("diplomacy?", "2010-08-03")]),
    # -- an older act told by its own date, and a weekday of its own week ---------------------------
    (THU, "Police on Wednesday arrested a man suspected of planning the Aug. 9 bombing of a hotel in Sorvane.",
     [("arrest", "2010-08-25"), ("attack?", "2010-08-09")]),
    (THU, "The Aug. 9 bombing of a hotel in Sorvane killed 17 people and wounded dozens.",
     [("attack", "2010-08-09")]),
    (THU, "A suicide bomber struck a hotel in Sorvane on Aug. 9, killing 17 people. Police arrested the "
          "bomber's brother that Wednesday.", [("attack", "2010-08-09"), ("arrest", "2010-08-11")]),
    (FRI, "Police arrested a man on Thursday over the bombing of a bus in Ostrel on Oct. 2. The blast killed "
          "11 people.", [("arrest", "2012-10-25"), ("attack", "2012-10-02")]),
    (THU_APRIL, "Police arrested a man on Wednesday in connection with the 2010 bombing of a train in Halvik, "
                "which killed 31 people.", [("arrest", "2011-04-06"), ("attack?", "2010")]),
    (THU_APRIL, "The 2010 train bombing in Halvik killed 31 people.", [("attack?", "2010")]),
    (THU_APRIL, "Prosecutors say the man built the bomb that killed 31 people on a train in Halvik in "
                "November 2010.", [("attack?", "2010-11"), ("arrest?", "2011-04-07")]),
    # -- look-alikes: anniversaries, years gone by, votes, upcoming talks ----------------------------
    (FRI, "The country marks on Sunday the tenth anniversary of the 2002 bombing of a nightclub in Sorvane.",
     [("*?", "2002")]),
    _xf(FRI, "Wreaths were laid in Halvik on Tuesday, a year to the day after a gunman killed eight people at a "
          "school.", [("*?", "2011-10-23")]),
    (FRI, "Ten years after the 2002 coup attempt, the general who led it remains in exile.", [("*?", "2002")]),
    (FRI, "The region has known little peace since 2011, when rebels first took up arms.", [("*?", "2011")]),
    _xf(FRI, "Saturday marks a year since the shelling of Halvik that killed 40 people.", [("*?", "2011-10")]),
    (FRI, "The rebels have held Marsk since 2009.", [("*?", "2009")]),
    (FRI, "A court on Thursday adjourned until Nov. 12 the trial of five men accused of the 2008 bombing of a "
          "bus in Ostrel.", [("*?", "2008")]),
    (THU, "In a speech on Wednesday marking the anniversary of the 1991 siege of Marsk, the president called "
          "for unity.", [("attack?", "1991"), ("territory?", "1991"), ("statement?", "2010-08-25")]),
    (THU_APRIL, "Since the March 3 ceasefire, the army has not fired a shot in the valley, officers said.",
     [("*?", "2011-03-03")]),
    (FRI, "Peace talks between the government and the rebels are due to resume in Sorvane on Nov. 5.",
     [("diplomacy?", "2012-10-26")]),
    (FRI, "Next Tuesday's talks in Sorvane will focus on the release of prisoners.",
     [("diplomacy?", "2012-10-26")]),
    (FRI, "Tuesday's vote on the budget passed by a wide margin.", None),
    (FRI, "Monday's storm knocked out power across Halvik.", None),
    (FRI, "Wednesday's derby in Halvik ended in a 2-2 draw.", None),
    (FRI, "Police said on Thursday that burglaries in Ostrel had fallen since the March 3 curfew.", None),
]


@pytest.mark.parametrize(("published", "text", "want"), CASES)
def test_retold_dates_probe(extractor, published, text, want):
    records = list(extractor.extract(Article(text=text, published=published, id="probe")))
    assert judge(records, want, published) is None, judge(records, want, published)

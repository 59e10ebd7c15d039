"""Dates of acts told with their own time in local and wire news: an invented probe table (dates8).

Each case is a short invented report (towns invented unless the place does not matter) with its day
of publication and what a careful coder records: for each family of event, the window its record's
date must lie in, as spec/GOLD.md scores it ("2021-03-05..2021-03-06" two days, "2021-03" a month,
"2007" a year). A window ending in "+" holds the record's first day only: the record may run on
from it up to publication ("has been held since October"). A family marked "?" is optional: no
record is required, but one made must carry that window; "*?" holds for a record of any family.
``None``: the report tells no event of the taxonomy.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article
from tests.nlp.dates_probe_check import Want, judge

SAT = date(2021, 3, 13)  # a Saturday: Friday's court news told the next day
SUN = date(2021, 3, 14)
MON = date(2021, 3, 15)  # a Monday: the weekend's news
TUE = date(2021, 3, 16)  # a Tuesday: a wire story of the small hours
TUE_EARLY = date(2021, 3, 9)  # a Tuesday a few days after an early-month date
THU = date(2021, 3, 18)
DEC = date(2019, 12, 10)  # a Tuesday late in a year
SPRING = date(2008, 3, 20)  # a Thursday: a chronology reaching back into the year before
LATER = date(2009, 6, 10)  # a Wednesday: a chronology that begins two years before



def _xf(pub: date, text: str, want: Want):
    return pytest.param(pub, text, want, marks=pytest.mark.xfail(strict=False))


CASES: list = [
    # -- a chronology: each entry's date is its own ----------------------------------------------
    (SPRING, "Attacks on shops in Varnby\n\nDec. 11, 2007: A man stabbed a guard at a hardware store.\n\n"
             "Feb. 2: Two robbers shot a clerk at a gas station.\n\nMarch 18: Police arrested a suspect in the "
             "string of attacks.", [("arrest", "2008-03-18"), ("attack?", "2007-12-11"),
                                    ("attack?", "2008-02-02")]),
    (SPRING, "Timeline of the unrest\n\nJan. 9: Troops fired on protesters in Ostrel, killing four.\n\n"
             "Feb. 14: Rebels ambushed a convoy near Ostrel.\n\nMarch 17: Police detained 30 students in "
             "the capital.", [("arrest", "2008-03-17"), ("attack?", "2008-01-09"),
                              ("attack?", "2008-02-14"), ("protest?", "2008-01-09")]),
    (SPRING, "Key events\n\nNov. 3, 2007: Gunmen kidnapped two engineers near Dallin.\n\n"
             "March 19: Troops freed the engineers in a raid on a farm.",
     [("attack?", "2007-11-03..2008-03-19")]),
    (SPRING, "Feb. 28 - A bomb exploded at a bus stop in Dallin, wounding six.\n\n"
             "March 19 - Police charged a taxi driver over the blast.",
     [("arrest", "2008-03-19"), ("attack?", "2008-02-28")]),
    (LATER, "Attacks on shops in Varnby\n\nDec. 11, 2007: A man stabbed a guard at a hardware store.\n\n"
            "March 2: Two robbers shot a clerk at a gas station.\n\nJune 8, 2009: Police arrested a suspect.",
     [("arrest", "2009-06-08"), ("attack?", "2007-12-11"), ("attack?", "2008-03-02")]),
    (LATER, "Nov. 3, 2007 - Gunmen shot dead a judge in Karst.\n\nFeb. 9 - Rebels seized the town of Karst.\n\n"
            "June 7 - Troops retook Karst after a week of fighting.",
     [("attack?", "2007-11-03"), ("territory?", "2008")]),  # entries of a year before: background, if any
    (LATER, "The unrest in Dallin\n\nMarch 2: Two robbers shot a clerk at a gas station.\n\nJune 8: Police "
            "arrested a suspect.", [("arrest", "2009-06-08"), ("attack?", "2009-03-02")]),
    (LATER, "Police arrested a suspect in Dallin on Monday.\n\nMarch 2, 2008, is a date the town remembers: two "
            "robbers shot a clerk that day.", [("arrest", "2009-06-08"), ("attack?", "2008-03-02")]),
    (SAT, "The case of the Varnby store\n\nJune 3, 2020: A guard is stabbed at a store in Varnby.\n\n"
          "July 8, 2020: Police arrest a suspect.\n\nMarch 12: The suspect is sentenced to 12 years.",
     [("arrest", "2020-07-08"), ("arrest", "2021-03-12"), ("attack?", "2020-06-03")]),
    (SAT, "The Karst shelters\n\nMarch 12: The shelters are closed for repairs.\n\nMarch 13: The roof is "
          "fixed.", None),
    # -- held or camped "since": the act begins then, never on publication day --------------------
    _xf(DEC, "The journalist has been held since October on charges of spying, his lawyer said on Monday.",
     [("arrest", "2019-10+")]),
    (THU, "Two activists have been detained since Monday without charge, a rights group said.",
     [("arrest", "2021-03-15+")]),
    _xf(THU, "Hundreds of students have camped outside the ministry in Dallin since Monday to demand lower fees.",
     [("protest", "2021-03-15+")]),
    (THU, "Fighting has raged around the town of Ostrel since Sunday, residents said.",
     [("attack", "2021-03-14+")]),
    (DEC, "A man arrested in August over the killing of a shopkeeper has been held since then.",
     [("arrest", "2019-08+")]),
    (DEC, "The journalist was arrested in Varnby. He has been held since Oct. 12.", [("arrest", "2019-10-12")]),
    (DEC, "The journalist was arrested and has been held since October, his lawyer said.",
     [("arrest", "2019-10")]),
    (THU, "Police have detained 40 people since Monday, a rights group said.",
     [("arrest", "2021-03-15..2021-03-18")]),  # arrests made since Monday: a span
    (DEC, "The journalist was arrested in Varnby on Monday. His paper has been closed since October.",
     [("arrest", "2019-12-09")]),
    # -- two acts, two days ---------------------------------------------------------------------------
    (TUE, "Two men were stabbed outside a bar in Varnby on Sunday evening. On Monday, police charged a "
          "19-year-old with attempted murder.", [("attack", "2021-03-14"), ("arrest", "2021-03-15")]),
    (MON, "A woman was shot dead in her home in Varnby on Friday night. Police arrested her husband on "
          "Saturday.", [("attack", "2021-03-12..2021-03-13"), ("arrest", "2021-03-13")]),
    (THU, "Rebels shelled the market in Ostrel on Monday. On Wednesday, troops retook the nearby village of "
          "Karst.", [("attack", "2021-03-15"), ("territory", "2021-03-17")]),
    (TUE, "A gunman robbed a pharmacy in Dallin on Saturday. Police arrested a suspect on Monday.",
     [("attack?", "2021-03-13"), ("arrest", "2021-03-15")]),
    # -- last Thursday, early Saturday, late Friday --------------------------------------------------
    (MON, "A gunman opened fire at a bus stop in Varnby last Thursday, wounding two teenagers.",
     [("attack", "2021-03-11")]),
    (SUN, "Gunmen killed two guards early Saturday at a gold mine near Ostrel.", [("attack", "2021-03-13")]),
    (SAT, "Police arrested 12 people late Friday after clashes between rival fans in Dallin.",
     [("arrest", "2021-03-12..2021-03-13"), ("attack?", "2021-03-12"), ("protest?", "2021-03-12")]),
    (MON, "Late Saturday, a car bomb exploded outside a police station in Ostrel, killing three officers.",
     [("attack", "2021-03-13..2021-03-14")]),
    (TUE, "Militants stormed a checkpoint near Ostrel in the early hours of Tuesday, killing three soldiers.",
     [("attack", "2021-03-16")]),
    (TUE, "A bomb exploded at a bus depot in Dallin early Tuesday, police said.", [("attack", "2021-03-16")]),
    (TUE, "Two people were killed when a grenade was thrown into a cafe in Varnby in the early hours of "
          "Sunday.", [("attack", "2021-03-14")]),
    (SAT, "Gunmen attacked a village near Karst early on Thursday, killing five people.",
     [("attack", "2021-03-11")]),
    # -- the night of a date ----------------------------------------------------------------------
    (THU, "Rebels attacked the army garrison in Ostrel on the night of March 3, killing 11 soldiers.",
     [("attack", "2021-03-03..2021-03-04")]),
    (THU, "On the night of March 9, a mob set fire to a police post in Karst.",
     [("*", "2021-03-09..2021-03-10")]),  # an attack or a riot
    # -- a dateline: the day the story was filed, not the day it was fetched -----------------------
    (THU, "VARNBY, March 11 - A bomb exploded outside the courthouse here yesterday, wounding two guards.",
     [("attack", "2021-03-10")]),
    (THU, "DALLIN, March 12 (AP) - Police said today they had arrested four men over a string of bank "
          "robberies.", [("arrest", "2021-03-12")]),
    (MON, "OSTREL, March 10 (Reuters) - Troops detained 40 people in raids on Tuesday, the army said.",
     [("arrest", "2021-03-09")]),
    # -- a verdict told from the act it ends ---------------------------------------------------------
    (THU, "A jury on Wednesday convicted a man of killing a shopkeeper in Varnby. The verdict came two years "
          "after the killing.", [("arrest", "2021-03-17"), ("attack?", "2019")]),
    (THU, "A court in Dallin on Tuesday jailed a man for 20 years for a bombing that killed six people in "
          "2018.", [("arrest", "2021-03-16"), ("attack?", "2018")]),
    # -- sentenced Friday, told on Saturday --------------------------------------------------------
    (SAT, "A Varnby man was sentenced Friday to 12 years in prison for a string of armed robberies.",
     [("arrest", "2021-03-12"), ("attack?", "2018..2021-03-12")]),
    (SAT, "A former guard was sentenced on Friday to life in prison for the murder of an inmate.",
     [("arrest", "2021-03-12"), ("attack?", "2010..2021-03-12")]),
    (SAT, "Two men were charged Friday with the armed robbery of a jeweller in Dallin.",
     [("arrest", "2021-03-12"), ("attack?", "2010..2021-03-12")]),
    # -- a weekday after a date in the same paragraph --------------------------------------------
    (TUE_EARLY, "The siege of the rebel camp near Karst began on March 3. On Friday, troops stormed the camp and "
          "killed its commander.", [("attack", "2021-03-03..2021-03-05")]),
    (TUE_EARLY, "Police raided a farm near Dallin on March 2. On Thursday, they charged two brothers with "
          "smuggling rifles.", [("arrest", "2021-03-04")]),
    (THU, "Rebels ambushed a convoy near Karst on March 2. The army said on Wednesday that its troops had "
          "killed 14 rebels in a raid on Monday.", [("attack", "2021-03-02..2021-03-15")]),
    # -- look-alikes: the date of another thing -----------------------------------------------------
    (THU, "A man arrested on Tuesday over a stabbing in Varnby is due in court on Friday.",
     [("arrest", "2021-03-16"), ("attack?", "2021-03-01..2021-03-16")]),
    (THU, "The suspect, who turns 30 on Sunday, was arrested on Monday in Dallin.", [("arrest", "2021-03-15")]),
    _xf(THU, "A man was convicted on Tuesday of robbing a bank in Karst. Sentencing is set for May 4.",
     [("arrest", "2021-03-16")]),
    _xf(THU, "A hearing is set for April 2 in the case of a man arrested on Monday for the shooting of a cab "
          "driver.", [("arrest", "2021-03-15"), ("attack?", "2021-03-01..2021-03-15")]),
    _xf(TUE, "The teenager who was stabbed to death in Varnby on Saturday would have turned 17 on Monday.",
     [("attack", "2021-03-13")]),
    (THU, "Police arrested a man on Wednesday over the killing of a farmer. The farmer's funeral will be held "
          "on Saturday.", [("arrest", "2021-03-17")]),
    (THU, "Relatives will mark on Sunday the first anniversary of the bombing of the Karst market.",
     [("attack?", "2020")]),
    # -- look-alikes: no event -----------------------------------------------------------------------
    (THU, "Parliament will vote on Thursday on a bill to ban night-time marches.", None),
    (THU, "The council voted on Monday to close the old market in Varnby.", None),
    (THU, "The museum in Dallin has been closed since October for repairs.", None),
    (THU, "Since Monday, crews have been clearing the roads after the storm.", None),
    (SPRING, "Key dates\n\nFeb. 2: The council approves the budget.\n\nMarch 4: The new mayor is sworn in.", None),
    (SAT, "Late Friday, the company said it would cut 300 jobs at its Varnby plant.", None),
    (TUE, "In the early hours of Tuesday, fans in Dallin celebrated the club's first title.", None),
    (MON, "The singer, who was born on March 3, 1980, in Karst, played to a packed hall on Saturday.", None),
    (THU, "The night of March 9 saw the heaviest snowfall in Varnby in a decade.", None),
    (TUE, "Voting ended early Sunday and results are expected on Wednesday.", None),
    (SAT, "A Varnby woman was named teacher of the year on Friday.", None),
    (THU, "The trial of three men accused of the robbery will open on April 12.", [("*?", "2021-03-18")]),
    (DEC, "The bridge has been shut since October, when a truck hit one of its pillars.", None),
    (MON, "Two years after the flood, the houses of Karst have still not been rebuilt.", None),
]


@pytest.mark.parametrize(("published", "text", "want"), CASES)
def test_own_time_dates_probe(extractor, published, text, want):
    records = list(extractor.extract(Article(text=text, published=published, id="probe")))
    assert judge(records, want, published) is None, judge(records, want, published)

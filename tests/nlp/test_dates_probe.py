"""Dates of events in wire text: an invented probe table (dates5).

Each case is a short invented report with its day of publication and what a careful coder records: for
each family of event it tells, the date the record should start on ("2009-03" a month: the window lies in
it; "2009" a year). A family marked "?" is optional: a record of it is not required, but one made must
carry that date. ``None``: the report tells no event of the taxonomy (look-alikes of the same words).
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

WED = date(2009, 3, 25)  # a Wednesday
NEW_YEAR = date(2010, 1, 5)  # a Tuesday, just after a new year
AUG = date(1998, 8, 26)  # a Wednesday, late in a month
MAY = date(1999, 5, 20)  # a Thursday, a year after an older story

Want = list[tuple[str, str]] | None


def _xf(pub: date, text: str, want: Want):
    return pytest.param(pub, text, want, marks=pytest.mark.xfail(strict=False))


CASES: list = [
    # -- a weekday: the most recent one before publication for the report's own news ---------------
    (WED, "Gunmen killed three police officers in Kelvara on Monday.", [("attack", "2009-03-23")]),
    (WED, "Gunmen killed three police officers in Kelvara last Monday.", [("attack", "2009-03-23")]),
    (WED, "Gunmen kill three police officers in Kelvara\n\nGunmen killed three police officers in the town of "
          "Kelvara on Sunday, police said.", [("attack", "2009-03-22")]),
    (WED, "Militants ambush army convoy near Dorvik Saturday, killing four soldiers", [("attack", "2009-03-21")]),
    (WED, "Police arrested two men Tuesday in connection with the theft of rifles from an army depot.",
     [("arrest", "2009-03-24")]),
    (WED, "Rebels captured the town of Dorvik on Wednesday after two days of fighting.",
     [("territory", "2009-03-25")]),
    _xf(WED, "Rebels seized Dorvik on Thursday, residents said.", [("territory", "2009-03-19")]),
    (WED, "Protesters marched through Tervale on Friday to demand the release of jailed journalists.",
     [("protest", "2009-03-20")]),
    (WED, "On Sunday, a suicide bomber blew himself up at a checkpoint in Dorvik, killing five.",
     [("attack", "2009-03-22")]),
    (WED, "Two soldiers were killed and three wounded when their patrol hit a landmine near Dorvik on Saturday "
          "night.", [("attack", "2009-03-21")]),
    (WED, "The shooting happened about 10 p.m. Friday outside a bar in Kelvara, police said.",
     [("attack", "2009-03-20")]),
    (WED, "Police in Tervale arrested 15 people Thursday night after clashes with opposition supporters.",
     [("arrest", "2009-03-19"), ("protest?", "2009-03-19")]),
    (WED, "Yesterday, rebels fired rockets at Dorvik, killing two.", [("attack", "2009-03-24")]),
    (WED, "Rebels fired rockets at Dorvik today, killing two.", [("attack", "2009-03-25")]),
    (WED, "Troops on Tuesday retook the town of Dorvik from rebels, the defence ministry said.",
     [("territory", "2009-03-24")]),
    (WED, "Rebels attacked Dorvik in the early hours of Monday.", [("attack", "2009-03-23")]),
    (WED, "Rebels said on Tuesday they had shot down an army helicopter on Sunday.", [("attack", "2009-03-22")]),
    (WED, "Police said Tuesday that a man was arrested Sunday for the stabbing.", [("arrest", "2009-03-22")]),
    (NEW_YEAR, "Gunmen killed a judge in Kelvara on Thursday.", [("attack", "2009-12-31")]),
    # -- a week, a month, a year ------------------------------------------------------------------
    (WED, "Soldiers shelled villages near Dorvik earlier this week, residents said on Wednesday.",
     [("attack", "2009-03-23")]),
    (WED, "Police arrested 12 people earlier this month in raids across Tervale.", [("arrest", "2009-03")]),
    (WED, "A roadside bomb killed two soldiers near Dorvik last month.", [("attack", "2009-02")]),
    (WED, "Gunmen abducted an aid worker in Kelvara in January.", [("attack", "2009-01")]),
    (NEW_YEAR, "Gunmen abducted an aid worker in Kelvara in December.", [("attack", "2009-12")]),
    (NEW_YEAR, "Police arrested 40 people during protests last month.", [("arrest", "2009-12"),
                                                                        ("protest?", "2009-12")]),
    (NEW_YEAR, "Gunmen killed a judge in Kelvara last year.", [("attack", "2009")]),
    (WED, "Earlier this year, gunmen killed a judge in Kelvara.", [("attack", "2009")]),
    _xf(WED, "The army said on Monday it had retaken Dorvik last week.", [("territory", "2009-03-16")]),
    _xf(WED, "A week ago, gunmen killed a judge in Kelvara.", [("attack", "2009-03-18")]),
    (WED, "Gunmen killed a judge in Kelvara 10 days ago.", [("attack", "2009-03-15")]),
    (WED, "A year ago, a car bomb killed 30 people in the market of Tervale.", [("attack", "2008")]),
    # -- a date: the year inferred, across a new year ------------------------------------------
    (WED, "A bomb exploded on March 3 in the market of Tervale, killing six.", [("attack", "2009-03-03")]),
    (NEW_YEAR, "A bomb exploded on Dec. 28 in the market of Tervale, killing six.", [("attack", "2009-12-28")]),
    (NEW_YEAR, "Rebels shelled Dorvik on New Year's Eve, killing three.", [("attack", "2009-12-31")]),
    (WED, "Gunmen killed a judge in Kelvara on 12 March.", [("attack", "2009-03-12")]),
    (WED, "Gunmen killed a judge in Kelvara on the 12th of March.", [("attack", "2009-03-12")]),
    (WED, "Gunmen killed a judge in Kelvara on Thursday, March 12.", [("attack", "2009-03-12")]),
    (WED, "The attack on Dorvik took place on March 2, two days after the ceasefire.",
     [("attack", "2009-03-02")]),
    # -- an older act told by its own date; the news by the report ----------------------------------
    (NEW_YEAR, "Police said on Monday they had arrested two men over the Dec. 30 bombing in Tervale.",
     [("arrest", "2010-01-04"), ("attack?", "2009-12-30")]),
    (AUG, "Police arrested a man suspected of helping plan the Aug. 7 bombings of the embassies.",
     [("arrest", "1998-08-2"), ("attack?", "1998-08-07")]),
    (AUG, "Investigators said on Wednesday that the blasts on Aug. 7 had been planned for months.",
     [("attack?", "1998-08-07")]),
    (MAY, "A man charged in last year's bombing of the embassy in Tervale was arrested in Dorvik on Wednesday.",
     [("arrest", "1999-05-19"), ("attack?", "1998")]),
    (MAY, "A court in Tervale on Tuesday sentenced a man to life in prison for the 1998 bombing of a bus.",
     [("arrest", "1999-05-18"), ("attack?", "1998")]),
    (WED, "The trial opened on Monday of three men accused of killing a journalist in Kelvara in 2006.",
     [("attack?", "2006")]),
    (WED, "Kelvara police have arrested a man in connection with a shooting that left a teenager dead on "
          "March 14.", [("arrest", "2009-03-2"), ("attack?", "2009-03-14")]),
    _xf(WED, "Troops have detained dozens of people since the coup on May 2.", [("arrest", "2008-05-02")]),
    # -- a time of another thing the act is told about: not the act's ------------------------------
    (WED, "A suspect in a late January warehouse theft near Tervale has been arrested.",
     [("arrest", "2009-03-25")]),
    (WED, "Police detained a man over the March 3 robbery of a bank in Kelvara.", [("arrest", "2009-03-25")]),
    (WED, "Seven men were convicted over a brawl that broke out on a quiet street in Kelvara on March 3.",
     [("arrest", "2009-03-25")]),
    (WED, "Two men were sentenced for the March 3 brawl outside a bar in Kelvara.", [("arrest", "2009-03-25")]),
    (WED, "Police have arrested a man wanted for a robbery that left a guard dead on March 9.",
     [("arrest", "2009-03-25")]),
    (WED, "Three soldiers were killed in Sunday's ambush near Dorvik.", [("attack", "2009-03-22")]),
    (WED, "An armed group claimed responsibility for Sunday's raid on an army post near Dorvik, saying its "
          "fighters killed 12 soldiers.", [("attack", "2009-03-22")]),
    (WED, "Police arrested 20 people during Monday's march in Tervale.", [("arrest", "2009-03-23")]),
    (WED, "A Kelvara man was sentenced Friday to two years in a state prison facility.",
     [("arrest", "2009-03-20")]),
    (WED, "Riot police fired tear gas at a rally at the March 9 funeral of a student in Tervale.",
     [("protest?", "2009-03-09")]),
    # -- an act told again by "the blast": the date the story gave it -----------------------------
    (MAY, "A man was charged on Wednesday in the 1998 blast at a bus depot in Tervale. The blast killed 12 "
          "people, police said on Wednesday.", [("arrest", "1999-05-19"), ("attack", "1998")]),
    (AUG, "Police arrested a man suspected of helping plan the Aug. 7 bombings of two embassies. The bombings "
          "killed 224 people, officials said on Wednesday.", [("arrest", "1998-08-2"), ("attack", "1998-08-07")]),
    (WED, "Rebels shelled Dorvik on Monday. The shelling killed three children, officials said on Tuesday.",
     [("attack", "2009-03-23")]),
    (MAY, "Two men were convicted on Tuesday of bombing a bus in Tervale in 1998. The blast killed 12 people, "
          "prosecutors said on Tuesday.", [("arrest", "1999-05-18"), ("attack?", "1998")]),
    # -- a day told from another act, from the lead sentence, or later in the story ----------------
    (WED, "A bomb exploded in the market of Tervale on Sunday, killing five people. Two days later, police "
          "arrested a suspect.", [("attack", "2009-03-22"), ("arrest", "2009-03-24")]),
    (WED, "Police arrested a suspect two days after the bombing on Sunday.",
     [("arrest", "2009-03-24"), ("attack?", "2009-03-22")]),
    (WED, "Rebels attacked an army post near Dorvik on Monday. The day before, they had ambushed a convoy on "
          "the road to Kelvara.", [("attack", "2009-03-23"), ("attack", "2009-03-22")]),
    (WED, "Gunmen stormed a police station in Kelvara on Saturday. They killed four officers and freed two "
          "prisoners.", [("attack", "2009-03-21")]),
    (WED, "A suicide bomber struck a mosque in Tervale on Friday, killing 12 worshippers. The bomber had "
          "driven a car packed with explosives.", [("attack", "2009-03-20")]),
    (WED, "A roadside bomb killed three soldiers near Dorvik last week. The blast, on March 17, was the "
          "deadliest this year.", [("attack", "2009-03-17")]),
    (WED, "Rebels shell Dorvik\n\nRebels shelled the town of Dorvik overnight, killing two civilians, "
          "officials said on Tuesday.", [("attack", "2009-03-2")]),
    (WED, "Hundreds of people marched in Tervale on Sunday to mark the first anniversary of the bombing that "
          "killed 30 people.", [("protest", "2009-03-22"), ("attack?", "2008")]),
    # -- what is planned: a protest on its day, other acts when announced --------------------------
    (WED, "Thousands of farmers plan to march through Tervale on Friday.", [("protest", "2009-03-27")]),
    (WED, "Opposition supporters will march through Tervale on Saturday, organizers said.",
     [("protest", "2009-03-28")]),
    (WED, "Students said they would protest outside parliament in Tervale next Monday.",
     [("protest", "2009-03-30")]),
    _xf(WED, "Talks between the two sides are scheduled for Friday in Tervale.", [("diplomacy", "2009-03-25")]),
    # -- look-alikes: the same words in no event -------------------------------------------------
    (WED, "Monday's meeting of the city council was postponed.", None),
    (WED, "The museum will reopen on Friday after renovation.", None),
    (WED, "Shares fell sharply on Tuesday after the bank reported a loss.", None),
    (WED, "The home side was beaten 3-0 on Saturday.", None),
    (WED, "The film, which opens on Friday, tells the story of the 1998 bombings.", None),
    (WED, "Since 1998, the festival has drawn crowds to Kelvara every August.", None),
    (WED, "A year ago this week, the company launched its new phone.", None),
    (WED, "The senator attacked the plan on Tuesday as a waste of money.", None),
    (WED, "Police said on Monday the number of burglaries fell last year.", None),
    (WED, "The price of bread has exploded since March.", None),
    (WED, "On Tuesday, the mayor will unveil a statue honouring the victims of the 1998 bombing.", None),
    (WED, "The anniversary of the siege falls on Friday.", None),
    (WED, "Fans stormed the pitch on Saturday after the final whistle.", None),
    (WED, "Mortgage rates hit a record high on Monday.", None),
    (WED, "The exhibition, which runs until March 30, recalls the siege of Dorvik in 1943.", None),
    (WED, "Police will hold a press conference on Thursday about the case.", None),
    (WED, "She was born on March 3, 1970, in Kelvara.", None),
    (WED, "Tuesday's shooting of the film in Tervale drew crowds of onlookers.", None),
    (WED, "Every Friday, veterans march to the monument in Tervale.", None),
    (WED, "The band's new album drops on Friday, two years after their last one.", None),
    (WED, "A week after the election, the results have still not been announced.", None),
    (WED, "The company fired its chief executive on Monday after a year of losses.", None),
    (WED, "The striker shot twice on Sunday but failed to score.", None),
    (WED, "Voters went to the polls on Sunday in Kelvara to elect a new mayor.", None),
    (NEW_YEAR, "Fireworks exploded over Tervale on New Year's Eve as crowds cheered.", None),
]


def _matches(rec, want: str) -> bool:
    start, end = rec.date.start or "", rec.date.end or ""
    return start.startswith(want) and (len(want) > 7 or want.count("-") == 2 or end.startswith(want))


def judge(records, want: Want) -> str | None:
    """None when the records agree with the coder, else what is wrong."""
    if want is None:
        return None if not records else f"records {[(r.type, r.date.start) for r in records]}"
    for fam, day in want:
        optional = fam.endswith("?")
        fam = fam.rstrip("?")
        mine = [r for r in records if r.type.split(".")[0] == fam]
        if not optional and not any(_matches(r, day) for r in mine):
            return f"no {fam} on {day}: {[(r.type, r.date.start, r.date.end) for r in mine]}"
    for r in records:
        fam = r.type.split(".")[0]
        days = [d for f, d in want if f.rstrip("?") == fam]
        if days and not any(_matches(r, d) for d in days):
            return f"{r.type} dated {r.date.start}..{r.date.end} ({r.date.text!r}), want {days}"
    return None


@pytest.mark.parametrize(("published", "text", "want"), CASES)
def test_dates_probe(extractor, published, text, want):
    records = list(extractor.extract(Article(text=text, published=published, id="probe")))
    assert judge(records, want) is None, judge(records, want)

"""Dates, third pass: two acts on two days, retold acts, a day of another verb (dates9).

An invented probe table of wire and local reports (towns invented: Harrowby, Mellin, Tarnock), each
with its day of publication and what a careful coder records: for each family of event, the window
its record's date must lie in, as spec/GOLD.md scores it (see ``dates_probe_check``). A family may
carry "@status" ("prisoners@planned"): its records must also have that status. ``None``: the report
tells no event of the taxonomy (a hearing set for a day, a deadline, a birthday).
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article
from tests.nlp.dates_probe_check import Want, judge

TUE = date(2021, 6, 15)  # a Tuesday: Saturday is 06-12, Sunday 06-13, Monday 06-14
THU_MARCH = date(2022, 3, 24)  # a Thursday, a month after February
THU_JAN = date(2020, 1, 9)  # a Thursday, early in a new year
ANY = "1900..2021-06-15"  # any day up to publication


def _xf(pub: date, text: str, want: Want):
    return pytest.param(pub, text, want, marks=pytest.mark.xfail(strict=False))


CASES: list = [
    # -- arrested on one day, charged on another: two acts, two records ---------------------------
    (TUE, "A man was arrested at the scene on Saturday and charged the following day with attempted murder, "
          "police said.", [("arrest", "2021-06-12"), ("arrest", "2021-06-13")]),
    (TUE, "Officers arrested a man in Harrowby on Friday night. He was charged on Sunday with assault.",
     [("arrest", "2021-06-11..2021-06-12"), ("arrest", "2021-06-13")]),
    (TUE, "Police detained two teenagers on Thursday after a stabbing outside a school in Harrowby. Both were "
          "charged with wounding on Friday.", [("arrest", "2021-06-10"), ("arrest", "2021-06-11"),
                                                ("attack?", "2021-06-10")]),
    (TUE, "The suspect, who was arrested on June 2, was charged on Monday with the murder of a taxi driver.",
     [("arrest", "2021-06-02"), ("arrest", "2021-06-14"), ("attack?", "2021-05..2021-06-02")]),
    (TUE, "Two men were stabbed outside a nightclub in Harrowby on Saturday. A 19-year-old was arrested at the "
          "scene and was charged on Monday with wounding.",
     [("attack", "2021-06-12"), ("arrest", "2021-06-12"), ("arrest", "2021-06-14")]),
    (TUE, "A gunman opened fire in a cafe in Harrowby on Sunday, wounding three people. Officers arrested him at "
          "the scene.", [("attack", "2021-06-13"), ("arrest", "2021-06-13")]),
    _xf(TUE, "Police were called to a flat in Mellin on Sunday where a woman had been stabbed. Officers arrested "
          "her partner at the scene.", [("attack?", "2021-06-12..2021-06-13"), ("arrest", "2021-06-13")]),
    (TUE, "A 19-year-old was arrested and charged on Monday with wounding.", [("arrest", "2021-06-14")]),
    (TUE, "Forensic officers remained at the scene on Monday after a man was shot dead in Mellin on Saturday.",
     [("attack", "2021-06-12")]),
    (TUE, "Police said on Tuesday that a man arrested on Sunday had been charged with the murder of his "
          "neighbour.", [("arrest", "2021-06-13"), ("arrest?", "2021-06-13..2021-06-15"),
                         ("attack?", "2021-06-13")]),
    # -- an act told after another of a named day: that day or later, never an earlier day told before
    (TUE, "A man stabbed a shopkeeper in Mellin in March. He was jailed for eight years after he was found "
          "guilty of wounding on Friday.", [("attack", "2021-03"), ("arrest", "2021-06-11+")]),
    (TUE, "A man was charged on Monday after a stabbing in Mellin on Saturday.",
     [("arrest", "2021-06-14"), ("attack?", "2021-06-12")]),
    # -- a retold arrest: "when they made the arrests" is the arrest the story told ---------------
    (TUE, "Police arrested three men in a raid on a flat in Harrowby on Saturday. Officers found a loaded pistol "
          "and cash when they made the arrests, a police spokesman said on Tuesday.", [("arrest", "2021-06-12")]),
    (TUE, "Detectives arrested two men on Friday over a string of burglaries in Mellin. Neither man resisted when "
          "officers made the arrests, police said.", [("arrest", "2021-06-11")]),
    (TUE, "Three men were detained in a dawn raid in Mellin on Sunday. Police said on Tuesday that the arrests "
          "followed a month-long inquiry.", [("arrest", "2021-06-13")]),
    (TUE, "Police seized two rifles when they made the arrests last Thursday.", [("arrest", "2021-06-10")]),
    (TUE, "In Harrowby, police last month uncovered a drug lab in a motel. They sealed the room until the owner "
          "pays for a cleanup. A detective said officers found the chemicals when they made the arrests at the "
          "motel.", [("arrest", "2021-05")]),
    (TUE, "Police raided a flat in Mellin last week. A detective said on Tuesday that the arrests followed a "
          "tip-off.", [("arrest", "2021-06-07..2021-06-13")]),
    (TUE, "Soldiers detained 14 suspected smugglers near Tarnock on Friday. The detentions came after a tip-off, "
          "the army said on Monday.", [("arrest", "2021-06-11")]),
    # -- a day in a clause of another verb: the caller's, the witness's day is not the act's --------
    (TUE, "A man was stabbed in Harrowby. Police, who were called to the house on Monday, said the attack "
          "happened on Saturday night.", [("attack", "2021-06-12..2021-06-13")]),
    _xf(TUE, "Paramedics, who arrived on Sunday, said the woman had been beaten on Friday.",
     [("attack", "2021-06-11")]),
    (TUE, "Villagers, who fled on Sunday, said rebels shelled Tarnock on Friday.", [("attack", "2021-06-11")]),
    (TUE, "A witness, who spoke to police on Monday, said the gunman fired at least six shots in Mellin on "
          "Saturday night.", [("attack", "2021-06-12..2021-06-13")]),
    (TUE, "The victim's family, who were told on Sunday, said she had been attacked in Mellin on Thursday.",
     [("attack", "2021-06-10")]),
    _xf(TUE, "Police said the attack in Mellin, which residents reported on Sunday, happened on Friday evening.",
     [("attack", "2021-06-11")]),
    (TUE, "Rebels shelled Tarnock on Friday, residents who fled on Sunday said.", [("attack", "2021-06-11")]),
    # -- "in the early hours" of, or after, a named day ----------------------------------------
    (TUE, "Gunmen stormed a bar in Harrowby in the early hours of Sunday, killing two men.",
     [("attack", "2021-06-13")]),
    (TUE, "Gunmen stormed a bar in Harrowby on Sunday in the early hours, killing two men.",
     [("attack", "2021-06-13")]),
    (TUE, "Early on Sunday, gunmen stormed a bar in Harrowby, killing two men.", [("attack", "2021-06-13")]),
    (TUE, "The shooting happened shortly after 2 a.m. on Sunday outside a bar in Harrowby, police said.",
     [("attack", "2021-06-13")]),
    (TUE, "A man was stabbed in Mellin late on Saturday, police said on Monday.", [("attack", "2021-06-12")]),
    (TUE, "Rebels attacked an army post near Tarnock in the early hours of Tuesday, killing four soldiers.",
     [("attack", "2021-06-15")]),
    # -- "the night before", "the previous night" ----------------------------------------------
    (TUE, "Police arrested a man on Sunday over a stabbing in Mellin the night before.",
     [("arrest", "2021-06-13"), ("attack?", "2021-06-12..2021-06-13")]),
    (TUE, "A bomb exploded at a bus stop in Harrowby on Monday. The night before, gunmen had fired on a police "
          "post nearby.", [("attack", "2021-06-14"), ("attack", "2021-06-13..2021-06-14")]),
    _xf(TUE, "Troops raided a village near Tarnock on Monday. The previous night, rebels had ambushed a patrol on "
          "the road.", [("attack", "2021-06-14"), ("attack", "2021-06-13..2021-06-14")]),
    (TUE, "Residents said the shelling of Tarnock began the night before and lasted until dawn on Monday.",
     [("attack", "2021-06-13..2021-06-14")]),
    # -- a month: the window is the month, or the month up to the report -------------------------
    (TUE, "Gunmen abducted a priest in Harrowby in March.", [("attack", "2021-03")]),
    (TUE, "Police arrested 20 people earlier this month in raids on drug gangs in Mellin.",
     [("arrest", "2021-06-01..2021-06-15")]),
    (TUE, "Earlier this month, a bomb killed five people at a market in Tarnock.",
     [("attack", "2021-06-01..2021-06-15")]),
    (TUE, "In late May, rebels shelled the outskirts of Tarnock for three days.", [("attack", "2021-05")]),
    (TUE, "A court in Mellin jailed a man on Monday for a stabbing in March.",
     [("arrest", "2021-06-14"), ("attack?", "2021-03")]),
    (THU_JAN, "A roadside bomb killed four soldiers near Tarnock in December.", [("attack", "2019-12")]),
    (THU_JAN, "Police arrested 30 people earlier this month after riots in Mellin.",
     [("arrest", "2020-01-01..2020-01-09"), ("protest?", "2020-01-01..2020-01-09")]),
    _xf(THU_MARCH, "Two soldiers were killed in an ambush near Tarnock last February.", [("attack", "2021-02")]),
    (THU_MARCH, "Two soldiers were killed in an ambush near Tarnock in February.", [("attack", "2022-02")]),
    # -- since a day: what goes on from then to the report ----------------------------------------
    (TUE, "Rebels have shelled Tarnock repeatedly since March 2, killing dozens of civilians.",
     [("attack?", "2021-03-02+")]),
    (TUE, "Militants have killed 40 people in the region since January, officials said on Monday.",
     [("attack?", "2021-01+")]),
    (TUE, "Since June 2, troops have detained more than 300 people in the province.",
     [("arrest?", "2021-06-02+")]),
    # -- a year: a background act has that year or no record -----------------------------------
    (TUE, "The man was first arrested in 1998 for a bank robbery in Mellin.", [("*?", "1998")]),
    (TUE, "In 1998, rebels shelled Tarnock for a month, killing hundreds.", [("attack?", "1998")]),
    (TUE, "Police on Monday arrested a man over the killing of a shopkeeper in Mellin in 2005.",
     [("arrest", "2021-06-14"), ("attack?", "2005")]),
    (TUE, "The group, founded in 1998, has carried out dozens of bombings in Tarnock.", [("attack?", ANY)]),
    # -- what is said will happen: announced, dated when said --------------------------------------
    _xf(TUE, "The rebel leader said on Monday he will free 20 captured soldiers on Friday.",
     [("prisoners@planned", "2021-06-14")]),
    (TUE, "The army will begin withdrawing troops from Tarnock on Friday, the defence minister said.",
     [("*?", "2021-06-15")]),
    # -- look-alikes: a hearing set for a day, a deadline, a birthday -----------------------------
    (TUE, "The man's next court hearing is on Friday.", None),
    (TUE, "A sentencing hearing is set for July 2 in the case of a man convicted of a stabbing in Mellin.",
     [("attack?", ANY), ("arrest?", ANY)]),
    (TUE, "Residents have until Friday to register for the vote.", None),
    (TUE, "The mayor celebrated her 60th birthday on Sunday with a party in Harrowby.", None),
    (TUE, "Born in Mellin on March 3, 1961, the general led the army for a decade.", None),
    (TUE, "The trial of two men accused of the bombing of a bus in Tarnock is set to open on Monday.",
     [("attack?", ANY)]),
    (TUE, "Police will appeal for witnesses on Thursday at a news conference in Mellin.", None),
    (TUE, "The festival, first held in 1998, returns to Harrowby on Saturday.", None),
    (TUE, "The man had lived in Harrowby since 1998 and had no previous convictions, police said.", None),
    (TUE, "Schools in Mellin were closed on Monday for a public holiday.", None),
    (TUE, "The deadline for applications passed on Friday with hundreds still waiting.", None),
]


def _status_fault(records, want: Want) -> str | None:
    """What is wrong with the statuses a want names ("prisoners@planned"), else None."""
    for fam, _ in want or []:
        name, _, status = fam.partition("@")
        mine = [r for r in records if r.type.split(".")[0] == name.rstrip("?")]
        if status and any(r.status != status for r in mine):
            return f"{name} status {[r.status for r in mine]}, want {status}"
    return None


def _without_status(want: Want) -> Want:
    return None if want is None else [(fam.partition("@")[0], days) for fam, days in want]


@pytest.mark.parametrize(("published", "text", "want"), CASES)
def test_dates_third_probe(extractor, published, text, want):
    records = list(extractor.extract(Article(text=text, published=published, id="probe")))
    fault = judge(records, _without_status(want), published) or _status_fault(records, want)
    assert fault is None, fault

"""The recall probe (``recall9_probe_cases.py``): invented reports of events real reporters tell that sitrep
made no record of, with look-alikes that tell none; the rows sitrep does not read right yet are marked.

Plus a case table for the readings added with it: trade a place is shut to or a ban is laid on, a warship
on a voyage, people let out of a place, evacuees on the move, the law's case told as an allegation, a court's
ruling to send someone to a term of custody.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article
from tests.nlp.recall9_probe_cases import CASES

# rows sitrep does not read right yet, by their opening words
GAPS = (
    "Algeria shut down the pipeline",  # the trade is in a relative clause on what is shut
    "The embargo on arms shipments",  # a passive with no one who acts: no party, so no record
    "A round of talks on the Sudan",  # talks to be held, no party named
    "Officials said a second aircraft carrier",  # "could head": a possibility, read as no act
    "Police are investigating the death",  # a killing after a fight typed a fight, not one on civilians
    "The bodies of a woman",  # bodies found, with no word of how they died
    "Two men broke into the house",  # a home invasion and abduction told by "drove off with"
    "The president said on Tuesday that the navy may",  # a blockade that may be extended: a threat
    "The militia leader called on",  # a call to rise up
    "The suspect pulled a pistol",  # shots at deputies typed as on civilians
    "The Foreign Office called",  # a call of names with no name of contempt
    "The renewed shelling of the camp",  # "constitutes a war crime": an accusation
)


def _params():
    for text, etype, status in CASES:
        marks = [pytest.mark.xfail(strict=False)] if text.startswith(GAPS) else []
        yield pytest.param(text, etype, status, marks=marks, id=text[:48])


def _read(extractor, text: str) -> list[tuple[str, str]]:
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    return [(e.type, e.status) for e in events]


@pytest.mark.parametrize(("text", "etype", "status"), list(_params()))
def test_the_recall_probe(extractor, text, etype, status):
    got = _read(extractor, text)
    if etype is None:
        assert got == []
    else:
        assert (etype, status) in got, got


# (text, the event families it makes)
READING_CASES = [
    # trade a place is shut to, or a ban is laid on, when it is a named state's trade
    ("Turkey closed its ports to Cypriot cargo on Monday.", {"diplomacy"}),
    ("Ghana imposed a ban on Nigerian rice imports on Friday.", {"diplomacy"}),
    ("The Spanish navy intercepted Venezuelan oil shipments on Sunday.", {"diplomacy"}),
    ("The council closed the square to market trade on Sunday.", set()),
    ("The city imposed a ban on fireworks on Friday.", set()),
    # a warship on a voyage
    ("A Dutch frigate sailed into the Baltic on Thursday.", {"military"}),
    ("Two Greek destroyers are patrolling the Aegean alongside a French submarine.", {"military"}),
    ("The ferry sailed for Dover on Thursday.", set()),
    # people let out of a place, evacuees on the move
    ("The rebels said foreigners would be allowed to leave the town.", {"humanitarian"}),
    ("About 300 evacuees arrived in Cairo by bus on Tuesday.", {"humanitarian"}),
    ("Visitors were allowed to leave the stadium after the match.", set()),
    # the law's case told as an allegation
    ("Prosecutors allege that the woman shot her neighbor in Dayton on Friday.", {"attack"}),
    ("Freedonia alleges that Sylvanian troops shelled the village.", set()),
    # a court's ruling to send someone to a term of custody
    ("The appeals court ruled on Thursday to send the former mayor to three months of pretrial detention.",
     {"arrest"}),
    ("The judge sent the driver to pretrial detention in Bursa on Tuesday.", {"arrest"}),
    ("The referee ruled that the goal would stand.", set()),
    # a street clash stays a riot
    ("Students clashed with police outside the university on Monday.", {"protest"}),
]


@pytest.mark.parametrize(("text", "families"), READING_CASES, ids=[t[:40] for t, _ in READING_CASES])
def test_the_readings_added(extractor, text, families):
    got = {etype.split(".")[0] for etype, _ in _read(extractor, text)}
    assert got == families

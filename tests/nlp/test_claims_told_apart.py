"""A sentence that says it tells another event ("Separately, ...", "In a separate incident, ...") keeps its record
apart, with its own speaker (``fold.fold_target``, ``assemble.opens_apart``); a speaker who only comments on an
event ("the shelling shows ...") is no claimant of it (``gather._a_comment``). Invented sentences."""

from __future__ import annotations

import pytest

# (text, the record's family, how many records of it, the claimants of each in order)
APART = [
    ("Gunmen killed two guards in Gravnitz on Sunday, the company said. Separately, troops killed three rebels "
     "near Fessborough, the army said.", "attack", [["company"], ["army"]]),
    ("Rebels shelled Kettlemoor on Sunday, the governor said. In a separate attack, a drone hit a school in "
     "Myrtvale, the mayor said.", "attack", [["governor"], ["mayor"]]),
    ("Police arrested two men in Varnholt on Friday, police said. In another case, a woman was arrested in Lomsk "
     "for theft, a court spokesman said.", "arrest", [["police"], ["court spokesman"]]),
    ("Gunmen killed two guards in Gravnitz on Sunday, the company said. Elsewhere, troops killed three rebels "
     "near Fessborough, the army said.", "attack", [["company"], ["army"]]),
    # no such words: the same attack told on, one record with both speakers
    ("Gunmen killed two guards in Gravnitz on Sunday, the company said. Three more guards were wounded, the army "
     "said.", "attack", [["company", "army"]]),
]


@pytest.mark.parametrize("text,fam,claimants", APART)
def test_another_event_is_told_apart(parse, text, fam, claimants):
    records = [e for e in parse(text)._.events if e.type.split(".")[0] == fam]
    assert [[c.claimant.name for c in e.claims] for e in records] == claimants


@pytest.mark.parametrize("text,opens", [
    ("Separately, troops killed three rebels.", True),
    ("In a separate incident, a man was arrested.", True),
    ("In an unrelated case, a woman was charged.", True),
    ("Elsewhere in the city, shells hit a school.", True),
    ("In the village, shells hit a school.", False),
    ("Troops separately killed three rebels.", False),
])
def test_openers_of_another_event(nlp, text, opens):
    from sitrep.lexicon import load_lexicon
    from sitrep.nlp.events.assemble import opens_apart

    assert opens_apart(nlp(text), 0, load_lexicon().event_words.apart_openers) == opens


# (text, the claimants of the record)
COMMENTS = [
    ("Rebels shelled Kettlemoor on Sunday, killing two. The shelling shows the rebels do not want peace, the "
     "foreign minister said.", []),
    ("A man was shot dead in Varnholt on Saturday. The killing proves the town needs more police, the mayor said.",
     []),
    # an account that goes on keeps its speaker
    ("A man was shot dead in Varnholt on Saturday. The man was hit twice, police said.", ["police"]),
    ("A car bomb hit a bus in the market of Tarvask. A spokesman said civilians may also have been hurt.",
     ["spokesman"]),
]


@pytest.mark.parametrize("text,claimants", COMMENTS)
def test_a_comment_is_no_account(parse, text, claimants):
    records = parse(text)._.events
    assert [c.claimant.name for c in records[0].claims] == claimants

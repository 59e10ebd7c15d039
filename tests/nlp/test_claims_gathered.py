"""Who else says so: sentences that tell a record's event again add their speakers to it (``events.gather``)."""

from __future__ import annotations

import pytest

from sitrep.nlp.events.gather import GATHER_RULES, _its_toll_told_on, _said_by, _the_event_named_again

# (text, the record's family, a speaker it must have)
GATHERED = [
    # a definite event noun in the speaker's words: the event told before
    ("A car bomb killed nine soldiers in Quetta on Sunday, officials said. "
     "The governor said the blast was set off by a man in a parked van.", "attack", "governor"),
    ("Gunmen attacked a police post in Kandahar on Monday, killing four officers. "
     "According to the provincial police chief, the attack lasted two hours.", "attack", "provincial police chief"),
    ("Gunmen stormed a bank in Kandahar on Monday. "
     "Police said the gunmen had fled with the money and that the raid lasted ten minutes.", "attack", "Police"),
    ("Gunmen stormed a bank in Kandahar on Monday. "
     "The raid lasted ten minutes and the gunmen fled with the money, police said.", "attack", "police"),
    # a weapon told again names the attack it was used in
    ("A bomb exploded at a market in Quetta on Tuesday, wounding six people. "
     "Investigators said the bomb had been hidden in a cart.", "attack", "Investigators"),
    # the place the speaker names is the record's
    ("A car bomb killed nine soldiers in Quetta on Sunday. "
     "The governor said the blast in Quetta was set off by a man in a parked van.", "attack", "governor"),
    # the dead or hurt, with no figure, told right after the attack
    ("A car bomb hit a bus in Quetta on Sunday. A police spokesman said several passengers were hurt.",
     "attack", "police spokesman"),
    ("Gunmen stormed a bank in Kandahar on Monday. According to a hospital doctor, some of the guards died.",
     "attack", "hospital doctor"),
]


@pytest.mark.parametrize("text, fam, speaker", GATHERED)
def test_a_retelling_adds_its_speaker(parse, text, fam, speaker):
    doc = parse(text)
    records = [e for e in doc._.events if e.type.split(".")[0] == fam]
    assert records
    assert speaker in {c.claimant.name for c in records[0].claims}


# (text, a speaker no record may have)
NOT_GATHERED = [
    # no event noun: the speaker talks about something else
    ("Gunmen attacked a police post in Kandahar on Monday, killing four officers. "
     "The mayor said schools would reopen on Tuesday.", "mayor"),
    # a comment on the event, not a retelling of it
    ("A car bomb killed nine soldiers in Quetta on Sunday. "
     "The governor said the attack showed the rebels were desperate.", "governor"),
    # an event at another place is another event
    ("A car bomb killed nine soldiers in Quetta on Sunday. "
     "The governor said the blast in Peshawar was set off by a man in a parked van.", "governor"),
    # the dead told in another paragraph, or of another place, are not the attack's for sure
    ("A car bomb hit a bus in Quetta on Sunday.\n\nA police spokesman said several passengers were hurt.",
     "police spokesman"),
    ("A car bomb hit a bus in Quetta on Sunday. A police spokesman said several people were hurt in Peshawar.",
     "police spokesman"),
]


def _at(doc, town):
    return [e for e in doc._.events if e.location is None or e.location.name[:5] == town[:5]]


@pytest.mark.parametrize("text, speaker", NOT_GATHERED)
def test_no_retelling_adds_no_speaker(parse, text, speaker):
    doc = parse(text)
    first = _at(doc, "Kandahar") if "Kandahar" in text else _at(doc, "Quetta")
    assert first
    assert speaker not in {c.claimant.name for e in first for c in e.claims}


def test_gather_rules_are_listed():
    assert _the_event_named_again in GATHER_RULES
    assert _its_toll_told_on in GATHER_RULES


def test_a_gathered_claim_quotes_its_sentence(parse):
    text = ("Gunmen attacked a police post in Kandahar on Monday, killing four officers. "
            "According to the provincial police chief, the attack lasted two hours.")
    doc = parse(text)
    claim = next(c for e in doc._.events for c in e.claims if c.claimant.name == "provincial police chief")
    assert text[claim.start:claim.end] == claim.text
    assert claim.text.startswith("According to")


# (sentence, the event noun, is it in the speaker's words?)
SAID_BY = [
    ("Police said the raid lasted ten minutes.", "raid", True),
    ("The raid lasted ten minutes, police said.", "raid", True),
    ("According to the police, the raid lasted ten minutes.", "raid", True),
    # a saying in a clause of time gives only its own words: the blast is the narrator's
    ("The blast came a day after the army said attacks had fallen.", "blast", False),
]


@pytest.mark.parametrize("text, noun, said", SAID_BY)
def test_the_words_a_speaker_gives(parse, text, noun, said):
    doc = parse(text)
    tok = next(t for t in doc if t.text == noun)
    assert any(_said_by(tok, doc, c) for c in doc._.claims) is said


# (text, the names of the record's speakers): one speaker told in fewer words and in more is one voice
ONE_NAME = [
    ("A car bomb killed nine soldiers in Quetta on Sunday, officials said. "
     "Pakistani officials said the blast was set off by a man in a parked van.", {"Pakistani officials"}),
    ("Gunmen stormed a bank in Kandahar on Monday, police said. Kandahar police said the raid lasted ten minutes.",
     {"Kandahar police"}),
    # two speakers, neither a fuller name of the other, stay two
    ("Gunmen stormed a bank in Kandahar on Monday, police said. The raid lasted ten minutes, the governor said.",
     {"police", "governor"}),
]


@pytest.mark.parametrize("text, names", ONE_NAME)
def test_one_name_per_speaker(parse, text, names):
    doc = parse(text)
    assert {c.claimant.name for c in doc._.events[0].claims} == names
    assert all(text[c.start:c.end] == c.text for c in doc._.events[0].claims)


# (text, the speakers the attack keeps): a speaker whose own words react to it tells none of its facts
REACTIONS = [
    ("A bomb killed four people at a market in Quetta on Sunday. \"I send my deepest condolences to the "
     "families of the victims of this attack,\" the minister said.", set()),
    ("A bomb killed four people at a market in Quetta on Sunday. "
     "The minister said he condemned the attack on innocent shoppers.", set()),
    # the narrator's reaction frames another's claim, which stays
    ("The government condemned the bombing in Quetta on Sunday, which the rebels claimed.", {"rebels"}),
    # a speaker who gives the count and then reacts still tells the facts
    ("A bomb killed four people at a market in Quetta on Sunday, the governor said, condemning the attack.",
     {"governor"}),
]


@pytest.mark.parametrize("text, names", REACTIONS)
def test_a_reaction_is_no_claim(parse, text, names):
    doc = parse(text)
    attacks = [e for e in doc._.events if e.type.startswith("attack")]
    assert attacks
    assert {c.claimant.name for c in attacks[0].claims} == names


# (text, the speaker, a word before the comma that is no part of the name): a name the parser hangs on the
# clause before "said" is read without what the comma sets off
NAME_RUNS = [
    ("Mary Weller was charged with DUI, Department of Public Safety spokesman Tom Brandt said.", "Tom Brandt",
     "DUI"),
]


@pytest.mark.parametrize("text, speaker, word", NAME_RUNS)
def test_a_name_read_off_before_said(parse, text, speaker, word):
    doc = parse(text)
    assert any(speaker in c.claimant for c in doc._.claims)
    assert all(word not in c.claimant for c in doc._.claims)


# (text, the speakers the attack keeps): a reading of what the attack was for tells none of its facts
PURPOSES = [
    ("A bomb killed four people at a market in Quetta on Sunday. "
     "The bishop said the bombing was designed to wreck the peace talks.", set()),
    ("A bomb killed four people at a market in Quetta on Sunday. "
     "The governor described the bombing as an attempt to sow fear before the vote.", set()),
    ("A bomb killed four people at a market in Quetta on Sunday. "
     "The minister said the attack was meant to frighten voters.", set()),
    # no infinitive after it: where it was aimed is a fact of the attack
    ("A bomb killed four people at a market in Quetta on Sunday. "
     "The bomb was aimed at the crowded stalls, the governor said.", {"governor"}),
    # the act told with its aim in one clause: the speaker tells the act
    ("Troops shelled the ridge near Quetta on Sunday in an attempt to cut the road, the army said.", {"army"}),
    # a verb of trying that tells the act, not a reading of it
    ("Gunmen attempted to storm a police post in Quetta on Sunday, officials said.", {"officials"}),
    # a speaker who gives the count keeps the claim
    ("A bomb killed four people at a market in Quetta on Sunday, the governor said, calling it an attempt to "
     "sow fear.", {"governor"}),
]


@pytest.mark.parametrize("text, names", PURPOSES)
def test_a_reading_of_the_aim_is_no_claim(parse, text, names):
    doc = parse(text)
    attacks = [e for e in doc._.events if e.type.startswith("attack")]
    assert attacks
    assert {c.claimant.name for c in attacks[0].claims} == names

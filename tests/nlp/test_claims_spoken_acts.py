"""Acts done by saying: the speaker of a proposal, a call or a threat is its claimant (``assemble.claims_of``,
``claims.promise_verbs``); a feeling about an event is no telling of it (``gather.drop_reactions``)."""

from __future__ import annotations

import pytest

# (text, the record's type, a speaker it must have)
SPOKEN = [
    # the government's own appeal
    ("The Corvanian government has formally called for talks with the rebels in Pellaro.",
     "diplomacy.proposal", "Corvanian government"),
    # the appeal, and the agency that passes it on: both speak of it
    ("The Tessany foreign ministry called for a ceasefire in the north on Monday, the state news agency said.",
     "diplomacy.proposal", "Tessany foreign ministry"),
    ("The Tessany foreign ministry called for a ceasefire in the north on Monday, the state news agency said.",
     "diplomacy.proposal", "news agency"),
]


@pytest.mark.parametrize("text, etype, speaker", SPOKEN)
def test_the_speaker_of_a_spoken_act_is_its_claimant(parse, text, etype, speaker):
    doc = parse(text)
    records = [e for e in doc._.events if e.type == etype]
    assert records
    assert any(speaker in c.claimant.name for c in records[0].claims)


# (text, the family of the records checked, a speaker none of them may have)
NOT_SPOKEN = [
    # an arrest is no act of saying: the police who make it are its side, not its source
    ("Police in Pellaro arrested two men on Sunday.", "arrest", "Police"),
    # a saying in a clause of time tells what that clause says (the dam taken), not the appeal
    ("The Corvanian government called for talks on Friday, two days after rebels said they had seized a dam.",
     "diplomacy", "rebels"),
]


@pytest.mark.parametrize("text, fam, speaker", NOT_SPOKEN)
def test_no_claimant_from_the_doer_of_another_act(parse, text, fam, speaker):
    doc = parse(text)
    records = [e for e in doc._.events if e.type.split(".")[0] == fam]
    assert records
    assert all(speaker not in c.claimant.name for e in records for c in e.claims)


# (text, a speaker the attack may not have): a speaker whose own words tell a feeling about the attack (relief,
# hope, thanks) tells none of its facts (``gather.drop_reactions``, ``reaction_words``)
FEELINGS = [
    ("A bomb killed four people at a market in Eskerland on Sunday. "
     "The governor said he hoped the attack would not stop trade in the town.", "governor"),
    ("A gunman shot two guards at a bank in Eskerland on Friday. "
     "The mayor said she was relieved that the guards survived the attack.", "mayor"),
]


@pytest.mark.parametrize("text, speaker", FEELINGS)
def test_a_feeling_about_an_attack_is_no_claim(parse, text, speaker):
    doc = parse(text)
    attacks = [e for e in doc._.events if e.type.startswith("attack")]
    assert attacks
    assert all(speaker not in c.claimant.name for c in attacks[0].claims)


# (text, the speaker of the threat): a promise or a threat says what is promised after it ("vowed to", "pledged
# that"), in its maker's words
THREATS = [
    ("The Corvanian defence minister vowed to retaliate against Tessany on Monday.", "defence minister"),
    ("Standing beside the president, the Corvanian prime minister pledged to stand with him against Tessany, "
     "warning its leader that the threat of force is real.", "prime minister"),
]


@pytest.mark.parametrize("text, speaker", THREATS)
def test_the_maker_of_a_threat_is_its_claimant(parse, text, speaker):
    doc = parse(text)
    threats = [e for e in doc._.events if e.type == "statement.threat"]
    assert threats
    assert any(speaker in c.claimant.name for c in threats[0].claims)


# a threat with nothing promised after it is no one's words
NOT_PROMISED = [
    "Floods threatened villages near Pellaro on Monday.",
    "Donors pledged aid to Pellaro on Monday.",
    "The town of Pellaro was threatened by floods on Monday.",
]


@pytest.mark.parametrize("text", NOT_PROMISED)
def test_a_threat_of_no_one_says_nothing(parse, text):
    doc = parse(text)
    assert not any(c.verb_text.lower().startswith(("threat", "pledg", "vow")) for c in doc._.claims or [])


# (text, the speaker of the "-ing" verb or None): "saying" hung on a verb of no event speaks in its subject's words
# when the subject can speak; hung on a deed it gives the doer's reason, and the doer is no source of the deed
SAYING = [
    ("The Corvanian foreign minister sought to calm the row, saying on Friday that his country feels the talks "
     "with Tessany must wait.", "foreign minister"),
    ("The Corvanian army shelled Pellaro on Monday, saying rebels were hiding in the town.", None),
    ("All she got were doors slammed in her face or letters saying that nobody could help.", None),
]


@pytest.mark.parametrize("text, speaker", SAYING)
def test_saying_beside_another_verb(parse, text, speaker):
    doc = parse(text)
    said = [c.claimant for c in doc._.claims or [] if c.verb_text.lower() == "saying"]
    if speaker is None:
        assert not said
    else:
        assert any(speaker in name for name in said)

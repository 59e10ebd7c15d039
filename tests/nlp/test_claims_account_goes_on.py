"""The account goes on: a record's source named in the sentence or two after it (``gather._the_account_goes_on``),
and documents whose issuer is named beside them (``claims._authors``)."""

from __future__ import annotations

import pytest

from sitrep.nlp.events.gather import GATHER_RULES, _the_account_goes_on

# (text, the record's family, a speaker it must have)
GOES_ON = [
    # a pronoun for the man the record's sentence tells of
    ("A man was arrested in Brackmoor on Saturday. He had fled from a traffic stop, Sgt. Ana Ruiz said.",
     "arrest", "Ruiz"),
    # the same name again, one sentence further on, in the next paragraph
    ("Tom Vell was charged with burglary in Fenwold on Monday.\n\n"
     "He had broken into two shops in the town. "
     "Vell was caught on a camera, Capt. Lee Moss said.", "arrest", "Moss"),
    # "the" and a noun the record's sentence gave
    ("A woman was stabbed while jogging in Tillerby on Tuesday. "
     "The woman was taken to a hospital, a police spokeswoman said.", "attack", "police spokeswoman"),
    # records their keeper names
    ("A man was arrested in Marrowdale on Friday. He was held on a bond of $5,000, according to jail records.",
     "arrest", "jail records"),
    # a person by his part in it: "a man was stabbed ... the victim"
    ("A man was stabbed outside a bar in Tillerby on Sunday. The victim was taken to a hospital, Sgt. Ana Ruiz "
     "said.", "attack", "Ruiz"),
    # a source named once at the end of a sentence that tells a record of its own (``gather._told_at_its_end``)
    ("Deputies found a man with a gunshot wound near Brackmoor on Sunday. His stepson was arrested at the scene, the "
     "sheriff's office said.", "attack", "sheriff's office"),
    ("A woman was stabbed at her home in Fenwold on Friday. Her husband was charged with assault, according to "
     "jail records.", "attack", "jail records"),
]


@pytest.mark.parametrize("text, fam, speaker", GOES_ON)
def test_the_speaker_of_the_account_is_a_claimant(parse, text, fam, speaker):
    doc = parse(text)
    records = [e for e in doc._.events if e.type.split(".")[0] == fam]
    assert records
    assert any(speaker in c.claimant.name for c in records[0].claims)


# (text, a speaker no record may have)
NOT_GOING_ON = [
    # a neighbour reacts; she keeps no record of the case
    ("A man was arrested in Brackmoor on Saturday. He was always quiet, a neighbour, Ana Ruiz, said.", "Ruiz"),
    # the speaker's own pronoun points back at no one of the record's sentence
    ("Police arrested 20 people in Fenwold on Saturday. Officials said they would hold a festival next year.",
     "Officials"),
    # nothing of the record's sentence in the speaker's words
    ("A man was arrested in Tillerby on Saturday. The mayor said schools would reopen on Tuesday.", "mayor"),
    # three sentences on is another matter
    ("A man was arrested in Quennet on Saturday. It rained all day. The sky was grey. "
     "Police said he had been drinking.", "Police"),
    # a day's name is no one told of again: "Saturday" dates the speaker's own sentence
    ("A Lindmark man was arrested and charged with theft early Saturday. An officer saw three men in a parking "
     "lot at 1:20 a.m. Saturday, police spokesman Tom Vell said.", "Vell"),
    # "he" stands for no one of a sentence that names no one
    ("The roads into Quennet were shut on Saturday. Police said he had been drinking.", "Police"),
    # "the victim" of a sentence that names no one
    ("Two shops in Quennet burned on Saturday. The victim was taken to a hospital, Sgt. Ana Ruiz said.", "Ruiz"),
]


@pytest.mark.parametrize("text, speaker", NOT_GOING_ON)
def test_a_speaker_of_something_else_is_no_claimant(parse, text, speaker):
    doc = parse(text)
    assert all(speaker not in c.claimant.name for e in doc._.events for c in e.claims)


# (text, the claimants of the attack record): a source at the end of a sentence with a record of its own
TOLD_AT_THE_END = [
    ("A man was stabbed in Tillerby on Sunday. His brother was arrested on Monday, police said.", ["police"]),
    # a sentence that opens on another event keeps its source to itself
    ("A man was stabbed in Tillerby on Sunday. Separately, his brother was arrested on Monday, police said.", []),
    # a source named first speaks of its own sentence only
    ("A man was stabbed in Tillerby on Sunday. Police said his brother was arrested on Monday.", []),
    # a record with a source keeps it
    ("A man was stabbed in Tillerby on Sunday, a neighbour said. His brother was arrested on Monday, police said.",
     ["neighbour"]),
]


@pytest.mark.parametrize("text, claimants", TOLD_AT_THE_END)
def test_a_source_told_at_the_end(parse, text, claimants):
    attack = next(e for e in parse(text)._.events if e.type.startswith("attack"))
    assert [c.claimant.name for c in attack.claims] == claimants


def test_a_record_with_a_source_keeps_it():
    """The rule adds a source only to a record that has none yet; it is the last gather rule."""
    assert GATHER_RULES[-1] is _the_account_goes_on


# (text, the claimant a claim must have)
AUTHORED = [
    ("The man was charged on Monday, according to records released by the Fenwold county clerk's office.",
     "Fenwold county clerk's office"),
    ("Two men were arrested, according to documents filed by prosecutors in Brackmoor.", "prosecutors"),
    ("The mayor resigned, according to a report issued by the Tillerby police.", "Tillerby police"),
]


@pytest.mark.parametrize("text, claimant", AUTHORED)
def test_the_issuer_of_a_document_says_so(parse, text, claimant):
    assert claimant in {c.claimant for c in parse(text)._.claims}


def test_a_reader_of_a_document_is_no_author(parse):
    doc = parse("Mediators put forward a draft truce, according to a copy seen by reporters.")
    assert all("reporters" not in c.claimant for c in doc._.claims)


# (text, the claimant a claim must have, or None: no claim)
ADMITTED = [
    # an act in the "-ing" form: the one who admits it says it happened
    ("Tom Vell, 34, admitted fatally stabbing a neighbour at a house in Brackmoor in November.", "Tom Vell"),
    ("Tom Vell admitted to stabbing a neighbour in Fenwold on Sunday.", "Tom Vell"),
    ("Tom Vell admitted that he had stabbed a neighbour in Tillerby.", "Tom Vell"),
    # "admitted" a patient, "was admitted to a hospital": nobody says anything
    ("The hospital admitted 20 wounded after the blast in Marrowdale on Sunday.", None),
]


@pytest.mark.parametrize("text, claimant", ADMITTED)
def test_who_admits_an_act_says_so(parse, text, claimant):
    claimants = {c.claimant for c in parse(text)._.claims}
    assert claimant in claimants if claimant else not claimants

"""Who speaks, when the verb's subject cannot, and whose words reach the reader through someone else
(``claims.UNSAID_SUBJECT_RULES``, ``claims.PASSED_ON``)."""

from __future__ import annotations

import pytest

# (text, a claimant that must be found)
SPEAKERS = [
    # the speaker after the verb, parsed as its object
    ("A Lakeby man was arrested on Friday on theft charges, reported the Vorna County Sheriff's Office.",
     "Vorna County Sheriff's Office"),
    ("Two barns burned near Lakeby overnight, reported the county police.", "county police"),
    ("The Lakeby bridge was closed on Monday after a crash, announced the Highway Patrol.", "Highway Patrol"),
    # "-ing" saying hung on a verb of saying: that verb's subject speaks
    ("The ministry rejected the plan on Monday, saying the rebels must first leave Lakeby.", "ministry"),
    ("The army denied the raid on Lakeby, adding that its troops were far away.", "army"),
]


@pytest.mark.parametrize("text, speaker", SPEAKERS)
def test_the_speaker_is_found(parse, text, speaker):
    doc = parse(text)
    assert speaker in [c.claimant for c in doc._.claims]


# (text, a claimant that must NOT be found)
NOT_SPEAKERS = [
    # "found dead by police": finding is no saying without a clause after it
    ("The couple were found dead by Lakeby police on Friday.", "Lakeby police"),
    ("A body was found by deputies near Lakeby on Sunday.", "deputies"),
    # the object of a saying verb that does not end the sentence is what is said, not who says it
    ("A bomb exploded at a market in Lakeby on Friday, claimed the lives of three people.", "lives of three people"),
    # "-ing" saying hung on a deed gives a reason; the doer stays the deed's actor
    ("The army ordered residents of Lakeby to leave on Tuesday, saying rebels had fired rockets from there.", "army"),
    # testimony: told to the police or a court
    ("A man was shot in Lakeby on Friday, police said. The victim told police a man approached him and fired twice.",
     "victim"),
    ("Two men robbed a shop in Lakeby on Friday. The owner told officers the men carried knives.", "owner"),
    ("He was jailed in Lakeby on Monday. Ruiz told the judge that he had been clean for a year.", "Ruiz"),
    ("A woman was stabbed in Lakeby on Friday. The driver admitted to detectives that he had fled.", "driver"),
    # a person heard inside another's words
    ("A man was stabbed in Lakeby on Friday. According to the police report, the teens said a man approached them.",
     "teens"),
    ("Police said the woman told them that her husband had hit her in Lakeby on Friday.", "woman"),
    # a document of no one's: "the narrative of her arrest"
    ("According to the narrative of her arrest, she hit a deputy in Lakeby.", "narrative"),
]


@pytest.mark.parametrize("word, speaks", [("Wednesday", False), ("Last year", False), ("The mayor", True)])
def test_a_time_is_no_speaker(parse, word, speaks):
    from sitrep.nlp.claims import _a_time

    doc = parse(f"{word} said the road in Lakeby was closed.")
    subj = next(t for t in doc if t.text == word.split()[-1])
    assert _a_time(None, subj) is not speaks  # type: ignore[arg-type]


@pytest.mark.parametrize("text, speaker", NOT_SPEAKERS)
def test_no_claimant(parse, text, speaker):
    doc = parse(text)
    assert speaker not in [c.claimant for c in doc._.claims]


# speakers that keep their claim although another's words surround them
KEPT = [
    # a state or body so told: the one who denies or accuses
    ("The ministry said Chile had denied the raid on Lakeby.", "Chile"),
    # an officer inside a body's words is one of its voices
    ("Detective Ana Ruiz said a woman was stabbed in Lakeby on Friday, police said.", "Detective Ana Ruiz"),
    # a source cited by name
    ("Interfax cited the security service as saying 12 rebels died near Lakeby.", "security service"),
    # accusing the police is not telling them
    ("Opposition leaders accused police of beating protesters in Lakeby on Friday.", "Opposition leaders"),
    # telling reporters is a statement
    ("A man was shot in Lakeby on Friday. A witness told reporters she heard three shots.", "witness"),
]


@pytest.mark.parametrize("text, speaker", KEPT)
def test_the_claim_is_kept(parse, text, speaker):
    doc = parse(text)
    assert speaker in [c.claimant for c in doc._.claims]


# (text, record type, its claimants)
RECORD_CLAIMANTS = [
    # a saying in a clause of time tells that clause, not the act of the sentence
    ("The three men were arrested in Lakeby on Friday, three days after police said they shot a woman.",
     "arrest", []),
    ("Two men were arrested in Lakeby on Friday after the sheriff said they had robbed a bank.", "arrest", []),
    # ... but a saying in the present is the teller of it all, no time of saying
    ("A Lakeby man was charged on Sunday with assault after police say he struck a neighbour.", "arrest",
     ["police"]),
    # ... unless the act is in its words, or the saying frames the sentence
    ("A bomb exploded in a Lakeby market on Friday, killing six people, police said.", "attack.explosive", ["police"]),
    # a document named again with "the" is the one named before: its author speaks again
    ("A woman was robbed in Lakeby on Friday, according to a news release from the Lakeby police. "
     "A man was arrested on Saturday, according to the news release.", "arrest", ["Lakeby police"]),
    # a document no one wrote before is still nobody
    ("A man was arrested in Lakeby on Friday. The report said he had fled.", "arrest", []),
    # a court filing speaks for its authors, whatever it names elsewhere ("indicted")
    ("The indictment says the man stabbed a guard at the Lakeby jail on Friday.", "attack.civilians", ["indictment"]),
    ("An affidavit says the man stabbed a guard at the Lakeby jail on Friday.", "attack.civilians", ["affidavit"]),
]


@pytest.mark.parametrize("text, etype, claimants", RECORD_CLAIMANTS)
def test_the_record_claimants(parse, text, etype, claimants):
    doc = parse(text)
    ev = next(e for e in doc._.events if e.type == etype)
    assert [c.claimant.name for c in ev.claims] == claimants


# a state speaking by its bare name beside a body or officer of that state: one voice, the body's
# (claimant name, kind, country) of one record -> the names kept
STATE_AND_BODY = [
    ([("Chile", "state", "CHL"), ("Chile's defence ministry", "government", "CHL")], ["Chile's defence ministry"]),
    ([("Peru", "state", "PER"), ("army spokesman Ana Ruiz", "person", "PER"), ("Chile", "state", "CHL")],
     ["army spokesman Ana Ruiz", "Chile"]),
    # a state alone, or beside another state's body, stays
    ([("Chile", "state", "CHL")], ["Chile"]),
    ([("Chile", "state", "CHL"), ("Peru's foreign ministry", "government", "PER")], ["Chile", "Peru's foreign ministry"]),
]


@pytest.mark.parametrize("said, kept", STATE_AND_BODY)
def test_the_state_gives_way_to_its_body(said, kept):
    from sitrep.nlp.events.fold import drop_state_beside_its_body
    from sitrep.records import Claim, Claimant, DateWindow, Event

    claims = [Claim(Claimant(n, k, c), "said", None, "asserts", "a", 0, 1, "x") for n, k, c in said]
    ev = Event("territory.change", "occurred", DateWindow("2025-05-01", "2025-05-01", "day", None), None,
               claims=claims)
    drop_state_beside_its_body([ev])
    assert [c.claimant.name for c in ev.claims] == kept


@pytest.mark.parametrize("text, speaker, kind", [
    ("Chile said on Friday that its forces had captured the village of Lakeby.", "Chile", "state"),
    ("Chile's defence ministry said its troops had captured Lakeby.", "Chile's defence ministry", "government"),
])
def test_a_state_speaks_by_its_name(parse, text, speaker, kind):
    doc = parse(text)
    assert (speaker, kind) in [(c.claimant, c.claimant_kind) for c in doc._.claims]

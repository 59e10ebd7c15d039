"""Claims: claimant, channel and stance."""

from __future__ import annotations

import pytest

CASES = [
    ("Two people were killed, regional governor Oleh Syniehubov said on Telegram.",
     "regional governor Oleh Syniehubov", "Telegram", "asserts"),
    ("The ministry said in a statement that 40 drones had been destroyed.", "ministry", "statement", "asserts"),
    ("According to the city's mayor, Ihor Terekhov, a school was damaged.",
     "city's mayor, Ihor Terekhov", None, "asserts"),
    ("The military denied that it had targeted the hospital.", "military", None, "denies"),
    ("A spokesman disputed the figures, telling reporters they were inflated.", "spokesman", None, "disputes"),
    # a speaker the parser hangs off the count, with the verb's channel or time after it
    ("A Russian missile hit a depot in Dnipro, injuring two people, regional governor Serhiy Lysyi said on Telegram.",
     "Serhiy Lysyi", "Telegram", "asserts"),
    ("A drone hit a school in Sumy, injuring three people, regional governor Oleh Marchenko said in a statement.",
     "Oleh Marchenko", "statement", "asserts"),
    # a counted speaker is still a speaker
    ("Gunmen killed 11 soldiers near the border, two security sources said.", "two security sources", None,
     "asserts"),
    # the parser takes the strikes for the subject of "said": the speaker set off by commas says it
    ("Chilean air strikes killed at least 12 fighters across the northern valley overnight, including four commanders "
     "at one camp near Arica, Peru's civil defence agency said, while rebels fired mortars into Chile.",
     "Peru's civil defence agency", None, "asserts"),
    # speakers joined by "and", set off by a comma before the verb
    ("M23 rebels captured the town of Walikale on Wednesday after two days of fighting with the Congolese army, "
     "residents and a rebel spokesman said.", "residents", None, "asserts"),
    # "according to" names the speaker
    ("According to the coast guard, three boats sank near the island.", "coast guard", None, "asserts"),
    # channels: a preposition's object, or the object of "tell"
    ("The governor said on Facebook that the road had reopened.", "governor", "Facebook", "asserts"),
    ("A police spokesman told state radio that two men were held.", "police spokesman", "state radio", "asserts"),
    # the "of" phrase of a head or chief is part of the speaker
    ("The head of the port authority said the docks were closed.", "head of the port authority", None, "asserts"),
    # the name set off by commas is the speaker's
    ("The port's director, John Miller, said the cranes were idle.", "port's director, John Miller", None, "asserts"),
    # an adjective set after the speaker's noun keeps its preposition: "sources close" names no one
    ("Two men were held, sources close to the inquiry said.", "sources close to the inquiry", None, "asserts"),
    ("The talks had stalled, officials familiar with the matter said.", "officials familiar with the matter", None,
     "asserts"),
    ("According to a source close to the family, the boy was found on Sunday.", "source close to the family", None,
     "asserts"),
]


@pytest.mark.parametrize("text,claimant,channel,stance", CASES)
def test_claims(parse, text, claimant, channel, stance):
    doc = parse(text)
    assert doc._.claims, "no claim found"
    c = doc._.claims[0]
    assert claimant.lower() in c.claimant.lower()
    assert c.channel == channel
    assert c.stance == stance


EXACT_NAMES = [
    # a phrase set off by a comma after the speaker's noun is no part of the name, though the noun takes "of"
    ("The rebel leader, in a rare interview, said the truce had failed.", "rebel leader"),
    ("The rebel leader, in an \"offer\" meant for the press, said the truce had failed.", "rebel leader"),
    ("The leader of the rebels said the truce had failed.", "leader of the rebels"),
]


@pytest.mark.parametrize("text,claimant", EXACT_NAMES)
def test_the_speakers_words(parse, text, claimant):
    assert [c.claimant for c in parse(text)._.claims] == [claimant]


def test_nobody_is_no_claimant(parse):
    doc = parse("No group claimed responsibility, but the army blamed the Rapid Support Forces.")
    assert all("No group" not in c.claimant for c in doc._.claims)


def test_pronoun_resolves_to_last_speaker(parse):
    doc = parse("Governor Vitaliy Kim said three houses burned. Nobody was hurt, he said.")
    assert [c.claimant for c in doc._.claims] == ["Governor Vitaliy Kim", "Governor Vitaliy Kim"]


SPEAKER_CASES = [
    # a pronoun after a sentence that quotes no one is that sentence's subject, not the last speaker
    ("Air strikes killed six people, a village defence group said. The junta did not respond to a request for "
     "comment. It has denied targeting civilians.", "denied", "junta"),
    ("Gunmen killed 20 people, residents said. The RSF did not comment on the attack. It has denied attacking "
     "civilians in the past.", "denied", "RSF"),
    # the name beside the claim says it, not "charge Kigali"
    ("Congo's government accused Rwanda of backing the rebels, a charge Kigali denied.", "denied", "Kigali"),
    ("Chile accused Peru of arming the rebels, a charge Lima denied.", "denied", "Lima"),
    ("The army accused the rebels of shelling the camp, an accusation the group rejected.", "rejected", None),
    # a ship that reports an explosion is not a speaker
    ("The agency said a second vessel reported an explosion near it off the port of Hodeidah.", "reported", None),
]


@pytest.mark.parametrize("text,verb,claimant", SPEAKER_CASES)
def test_who_speaks(parse, text, verb, claimant):
    doc = parse(text)
    got = [c.claimant for c in doc._.claims if c.verb_text == verb]
    if claimant is None:
        assert all(g.split()[0] not in ("accusation", "vessel", "second") for g in got), got
    else:
        assert got and got[0] == claimant


NO_SPEAKER = [
    # nobody says so
    "No group claimed the bombing.",
    # a thing that radioed
    "A patrol boat reported gunfire near the harbour.",
    # a document
    "The report said the camp had been emptied.",
]


@pytest.mark.parametrize("text", NO_SPEAKER)
def test_subjects_that_are_no_speaker(parse, text):
    assert parse(text)._.claims == []


def test_a_count_is_no_speaker(parse):
    doc = parse("The blast wounded 14 people, police said.")
    assert [c.claimant for c in doc._.claims] == ["police"]


EARLIER_CLAIMANTS = [
    # "it" is the body that is the subject before it in the sentence
    ("The Treasury sanctioned two firms on Monday that it said had shipped arms to the rebels.",
     [("said", "Treasury", "other")]),
    ("The Foreign Ministry recalled its envoy, and it said the embassy would close.",
     [("said", "Foreign Ministry", "other")]),
    # a pronoun after a sentence that quotes no one is that sentence's subject
    ("Chile expelled two diplomats on Monday. It said they had been spying.", [("said", "Chile", "state")]),
    # "it" after a speaker is that speaker
    ("The Chilean navy said a fishing boat sank off the coast. It said two sailors were missing.",
     [("said", "Chilean navy", "military"), ("said", "Chilean navy", "military")]),
    # a bare noun that is part of an earlier claimant's name
    ("Chile's Interior Ministry said the crossing would close. The ministry added that trucks would wait.",
     [("said", "Chile's Interior Ministry", "government"), ("added", "Chile's Interior Ministry", "government")]),
]


@pytest.mark.parametrize("text,claims", EARLIER_CLAIMANTS)
def test_earlier_claimants(parse, text, claims):
    doc = parse(text)
    assert [(c.verb_text, c.claimant, c.claimant_kind) for c in doc._.claims] == claims


CLAIMANT_COUNTRIES = [
    # a country named in the claimant's words
    ("Chile's Interior Ministry said the border crossing would stay closed.", ["CHL"]),
    # an actor among them
    ("The army said it had repelled an attack near Arica in Chile.", ["CHL"]),
    # the same body as an earlier claimant
    ("Chile's Interior Ministry said the crossing would close. A ministry spokesman said trucks would wait.",
     ["CHL", "CHL"]),
    # a pronoun stands for the earlier claimant, country and all
    ("Chile expelled two diplomats on Monday. It said they had been spying.", ["CHL"]),
]


@pytest.mark.parametrize("text,countries", CLAIMANT_COUNTRIES)
def test_claimant_countries(parse, text, countries):
    assert [c.claimant_country for c in parse(text)._.claims] == countries


# -- who speaks: passive agents, negated verbs, documents, the same person again ----------------

WHO_SAYS = [
    # the "by" phrase of a passive reporting verb
    ("The blast at the depot was reported by the harbour police.", ["harbour police"]),
    # "claimed by" names the speaker even inside a description of the event
    ("Two bombings, also claimed by the Red Hand group, killed nine people in Arica.", ["Red Hand group"]),
    # a saying in what someone knows, thinks or wants is no claim of the report
    ("The march was meant to let people know that the town says no to the plan.", []),
    ("Police believe the gunman told the clerk to open the safe, a detective said.", ["detective"]),
    # a negated reporting verb is no claim
    ("The command does not report the number of aircraft used in each raid.", []),
    # a document: the body whose document it is says it
    ("Nine rebels were killed, according to a Harbour Authority news release.", ["Harbour Authority"]),
    ("The Chilean navy's statement said two boats were seized.", ["Chilean navy"]),
    ("Nine men were arrested in raids on Friday, according to a police statement.", ["police"]),
    # "which found that ...": the document the relative clause describes, and so its body, says so
    ("Chile welcomed the Harbour Board's report, which found that the ferry was hit by a mine.", ["Harbour Board"]),
    # "find" reports only with a clause after it
    ("Police found a body in a burned car near the port on Monday.", []),
    # a surname is the person named before in full
    ("Navy spokeswoman Ana Ruiz told reporters a patrol boat was hit. Ruiz said two sailors were hurt.",
     ["Navy spokeswoman Ana Ruiz", "Navy spokeswoman Ana Ruiz"]),
    # ... and so is a title with the surname
    ("Sgt. Ana Ruiz said a car was stolen. The driver fled on foot, Sgt. Ruiz said.",
     ["Sgt. Ana Ruiz", "Sgt. Ana Ruiz"]),
    ("The shop was robbed at noon, said Investigator Tom Brackley. The clerk was unhurt, Investigator Brackley "
     "said.", ["Investigator Tom Brackley", "Investigator Tom Brackley"]),
    # ... but not a surname shared with a different first name
    ("Sgt. Ana Ruiz said a car was stolen. The driver fled, Mayor Luis Ruiz said.",
     ["Sgt. Ana Ruiz", "Mayor Luis Ruiz"]),
    # a title said again is the person it belongs to
    ("Press Secretary Ana Ruiz said the talks went well. The press secretary said they would resume.",
     ["Press Secretary Ana Ruiz", "Press Secretary Ana Ruiz"]),
]


@pytest.mark.parametrize("text,claimants", WHO_SAYS)
def test_who_says(parse, text, claimants):
    assert [c.claimant for c in parse(text)._.claims] == claimants


# -- what a statement goes on to say -------------------------------------------------------------

GOES_ON = [
    # "X said:" and paragraphs of her words: each sentence of them is hers, the colon sentence none
    ("Following the meeting the Foreign Minister Ana Ruiz said:\n\nThe talks were useful. We agreed to meet "
     "again.\n\nFreedonian troops shelled the border post overnight.",
     {1: "Foreign Minister Ana Ruiz", 2: "Foreign Minister Ana Ruiz", 3: "Foreign Minister Ana Ruiz"}),
    # ... a claim she reports in the first person stays inside her statement
    ("Minister Ruiz said:\n\nI welcome the board's report, which found that the ferry sank. Nine people died.",
     {1: "Minister Ruiz", 2: "Minister Ruiz"}),
    # ... until a sentence names the speaker again: the narrator speaks
    ("Minister Ruiz said:\n\nThe convoy reached the town.\n\nMinister Ruiz will travel to Lima on Friday.",
     {1: "Minister Ruiz"}),
    # a quotation goes on after the sentence that names its speaker
    ("“We hit the depot,” the colonel said. “We will strike again.”", {0: "colonel", 1: "colonel"}),
    ("He added nothing. The colonel said, “We hit the depot. We will strike again.”", {1: "colonel", 2: "colonel"}),
    # ... or before the sentence where the quote closes and its speaker is named
    ("“The depot burned. Two trucks were lost,” the colonel said.", {0: "colonel", 1: "colonel"}),
    # a quote mark after the verb does not reach back
    ("The depot burned. The colonel said they would hold the town with an “iron fist”.", {1: "colonel"}),
]


@pytest.mark.parametrize("text,by_sentence", GOES_ON)
def test_a_statement_goes_on(parse, text, by_sentence):
    doc = parse(text)
    assert {c.sent: c.claimant for c in doc._.claims} == by_sentence


def test_a_by_phrase_names_the_speaker_whatever_the_parser_takes_for_the_subject(parse):
    doc = parse("We condemn the attacks. Today, multiple attacks, also claimed by the Silver Crescent group, have killed "
                "at least 35 civilians.")
    assert [c.claimant for c in doc._.claims] == ["Silver Crescent group"]


NOT_SPEAKERS_NOW = [
    # a dateline in capitals set off by a dash, wherever it stands, names no speaker
    ("Battle in the hills. LAKEVILLE -- Three days of fighting ended on Saturday with five officers dead, officials "
     "said.", "LAKEVILLE"),
]


@pytest.mark.parametrize("text,word", NOT_SPEAKERS_NOW)
def test_a_dateline_is_no_speaker(parse, text, word):
    claims = parse(text)._.claims
    assert all(word not in c.claimant for c in claims)
    assert [c.claimant for c in claims] == ["officials"]  # the speaker set off by a comma says it


def test_a_claimant_name_is_one_line(parse):
    doc = parse("A car bomb killed 13 soldiers in the city, officials\n            say.")
    assert [c.claimant for c in doc._.claims] == ["officials"]


CALLS = [
    # a telephone call says nothing: its one object is someone to ring
    ("The mother called police after the blast near the harbour.", []),
    ("A neighbour called 911 when the shooting began.", []),
    ("The man was stabbed by a stranger who called the police after the attack.", []),
    # naming what something is, or an appeal, is a claim
    ("The minister called the raid a massacre.", ["minister"]),
    ("The mayor called for calm after the blast.", ["mayor"]),
    ("The ministry called on the army to withdraw from the port.", ["ministry"]),
]


@pytest.mark.parametrize("text,claimants", CALLS)
def test_a_call_is_a_claim_only_when_it_says_something(parse, text, claimants):
    assert [c.claimant for c in parse(text)._.claims] == claimants


BODY_NAMES = [
    # a body's name whose last word names an event elsewhere ("cut phone service") still speaks
    ("The Coastal Rescue Service said two boats sank near the island.", ["Coastal Rescue Service"]),
    ("The Harbour House stated that the talks would resume on Monday.", ["Harbour House"]),
    # "cut phone service" names its event by "cut": a service still speaks
    ("The fire service said two houses burned near the port.", ["fire service"]),
    # an event, not a speaker
    ("The blast claimed nine lives in the valley.", []),
    # a thing, not a speaker
    ("A patrol boat reported gunfire near the harbour.", []),
]


@pytest.mark.parametrize("text,claimants", BODY_NAMES)
def test_a_body_named_like_an_event_speaks(parse, text, claimants):
    assert [c.claimant for c in parse(text)._.claims] == claimants


NAME_FORMS = [
    # a plural speaker after "a": the noun before it is the one the clause describes, not the speaker's
    ("A man authorities say was shot by a trooper was jailed on Tuesday.", ["authorities"]),
    ("A woman police say stole a car was arrested on Monday.", ["police"]),
    # a counted speaker keeps its count
    ("Two security sources said the town fell.", ["Two security sources"]),
    # an age set beside a name is not part of it
    ("Ivo Brandt, 42, said he heard two shots.", ["Ivo Brandt"]),
    ("The owner, Ana Ruiz, 54, said the shop was robbed.", ["owner, Ana Ruiz"]),
]


@pytest.mark.parametrize("text,claimants", NAME_FORMS)
def test_a_noun_before_the_speaker_is_not_the_speakers(parse, text, claimants):
    assert [c.claimant for c in parse(text)._.claims] == claimants


OFFICERS = [
    # the body and its officer in one record: one voice, the officer's
    ("A man was shot in the leg on Monday, police said. The man was hit twice, said Capt. Ana Ruiz.",
     ["Capt. Ana Ruiz"]),
    ("Detective Tom Barlow said a woman was stabbed twice on Friday, police said.", ["Detective Tom Barlow"]),
    # no officer of a rank: the body stays
    ("A man was shot in the leg on Monday, police said.", ["police"]),
]


@pytest.mark.parametrize("text,claimants", OFFICERS)
def test_a_body_and_its_officer_are_one_voice(extractor, text, claimants):
    from datetime import date

    from sitrep.records import Article

    records = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="officers"))
    assert [c.claimant.name for c in records[0].claims] == claimants


RECORDS = [
    # a record its keeper's word names is a source of its own
    ("She was held without bond on Monday, according to jail records.", ["jail records"]),
    ("The man was charged with assault, arrest affidavits say.", ["arrest affidavits"]),
    # a body's record: the body says so
    ("The man was arrested in May, court papers show.", ["court"]),
    # a document's author named by "by" or "from"
    ("Nine rebels were killed, according to a report by the harbour police.", ["harbour police"]),
    # a bare document, a poll, a picture: no speaker
    ("The report said the camp had been emptied.", []),
    ("Polls show the mayor is ahead.", []),
    ("State television showed a row of burned trucks on the road.", []),
    # what was heard, found or shown is no one's word
    ("He punched the guard twice, according to testimony at the inquest.", []),
    ("The man was acting on orders, according to the investigation.", []),
    ('About 50 residents marched on Friday, toting signs that said "No war".', []),
    ("The evidence shows the men fled on foot.", []),
]


@pytest.mark.parametrize("text,claimants", RECORDS)
def test_records_and_their_keepers(parse, text, claimants):
    assert [c.claimant for c in parse(text)._.claims] == claimants


CITED = [
    # the source a citing verb passes on says so
    ("Two soldiers were hurt near the port, but Tarfax cited the security service as saying three died.",
     ["security service"]),
    ("Two soldiers were hurt in a blast near the port, the news agency reported, citing the coast guard.",
     ["news agency", "coast guard"]),
    ("Reuters quoted a police officer as saying the road was closed.", ["police officer"]),
    # citing reasons passes on no one
    ("The ministry cited security concerns for the closure.", []),
]


@pytest.mark.parametrize("text,claimants", CITED)
def test_a_cited_source_says_so(parse, text, claimants):
    assert [c.claimant for c in parse(text)._.claims] == claimants

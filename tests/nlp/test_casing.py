"""``sitrep_casing``: a Title Case, ALL CAPS or lower case headline is given to the model in sentence case, and a
wire service's underscore dash as a dash, their offsets kept."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

# (line as written, the line the model reads)
RECASED = [
    ("Suicide Bomber Kills 14 At Funeral In Brennick", "Suicide bomber kills 14 at funeral in Brennick"),
    ("Rebels Seize Key Town In Eastern Congo", "Rebels seize key town in eastern Congo"),
    ("Israeli Strike On Beirut Suburb Kills Hezbollah Commander",
     "Israeli strike on Beirut suburb kills Hezbollah commander"),
    ("UN Envoy Holds Talks With Rebels", "UN envoy holds talks with rebels"),
    ("BLAST KILLS 5 SOLDIERS NEAR BRENNICK", "Blast kills 5 soldiers near Brennick"),
    ("GUNMEN ABDUCT 40 VILLAGERS IN NIGERIA", "Gunmen abduct 40 villagers in Nigeria"),
    # a first line all in lower case gets its first word's and its names' capitals back
    ("israeli raid on jenin kills 3", "Israeli raid on Jenin kills 3"),
    ("roadside bomb kills 2 soldiers in somalia", "Roadside bomb kills 2 soldiers in Somalia"),
    # sentence case, a line of names, and a line too short are left as they are
    ("Rebels seize key town in eastern Congo", "Rebels seize key town in eastern Congo"),
    ("Vladimir Putin", "Vladimir Putin"),
    ("The Minister Said", "The Minister Said"),
    ("Northbridge Press Agency", "Northbridge Press Agency"),
    ("Prime Minister Ana Velmar met Chilean Vice President Ivo Kos in Lima.",
     "Prime Minister Ana Velmar met Chilean Vice President Ivo Kos in Lima."),
]


# a wire service's underscore dash, standing alone, is read as a dash; an underscore inside a word is kept
DASHES = [
    ("Gunmen killed 12 people _ most of them women _ in a raid on Monday.",
     "Gunmen killed 12 people \u2014 most of them women \u2014 in a raid on Monday."),
    ("_ Top officials met on Sunday.", "\u2014 Top officials met on Sunday."),
    ("The file_name stayed.", "The file_name stayed."),
]


@pytest.mark.parametrize(("written", "read"), DASHES)
def test_a_wire_dash_is_read_as_a_dash(parse, written, read):
    doc = parse(written)
    assert doc.text == read
    assert len([s for s in doc.sents if any(t.is_alpha for t in s)]) == 1  # the dashes cut no sentence


def test_the_evidence_keeps_a_wire_dash_as_written(extractor):
    text = "Since 1990 _ when the war began _ rebels have often attacked the town. Gunmen _ three of them _ raided " \
           "a farm near Brennick on Monday, killing two people."
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    spans = [s for e in events for s in e.evidence]
    assert spans and all(text[s.start:s.end] == s.text and "_" in s.text for s in spans)


@pytest.mark.parametrize(("written", "read"), RECASED)
def test_a_shouted_or_titled_line_is_read_in_sentence_case(parse, written, read):
    assert parse(written).text == read


def test_the_evidence_keeps_the_text_as_written(extractor):
    text = "Suicide Bomber Kills 14 At Funeral In Jalalabad\n\nThe bomber struck at noon."
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    spans = [s for e in events for s in e.evidence]
    assert spans and all(text[s.start:s.end] == s.text for s in spans)
    assert any(s.text.startswith("Suicide Bomber Kills") for s in spans)


# (headline, the event family it makes)
TITLED_EVENTS = [
    ("Two Dead, 11 Injured As Rockets Strike Odesa", "attack"),
    ("SUICIDE BOMBER KILLS 9 IN NORTHWEST PAKISTAN", "attack"),
    ("REBELS CAPTURE TOWN IN EASTERN CONGO", "territory"),
    ("Knicks Hammer Pistons In Season Opener", ""),
    ("STOCKS TUMBLE AS TRADE WAR FEARS MOUNT", ""),
]


@pytest.mark.parametrize(("text", "families"), TITLED_EVENTS)
def test_titled_headlines_make_their_events(extractor, text, families):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    assert " ".join(sorted({e.type.split(".")[0] for e in events})) == families


def test_articles_piped_keep_their_own_context(extractor):
    """``Extractor.pipe`` (ingest, batch) hands each article's context through spaCy's ``as_tuples``: a
    re-cased headline makes a new doc, which must carry it on."""
    articles = [Article("SUICIDE BOMBER KILLS 14 AT FUNERAL IN JALALABAD", date(2025, 5, 22), id="shouted"),
                Article("Rebels shelled Goma on Tuesday.", date(2025, 5, 22), id="plain")]
    got = [(a.id, [e.type for e in events]) for a, events in extractor.pipe(articles)]
    assert [i for i, _ in got] == ["shouted", "plain"]
    assert all(types for _, types in got), got

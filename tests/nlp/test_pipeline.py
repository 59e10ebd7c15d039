"""The pipeline as spaCy sees it: built from its config, run with or without a report's context,
each component declaring what it reads and writes, and a component swapped in a config."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.geo.gazetteer import Place
from sitrep.lexicon import load_lexicon
from sitrep.nlp import build, load_config
from sitrep.nlp.context import dateline, filed_day, publication_date
from sitrep.nlp.mentions import DocInfo
from sitrep.records import Article, article_id

THURSDAY = date(2025, 5, 22)
RAID = "Gunmen attacked an army post on Monday, killing four soldiers, the army said."
STRIKE = "Drones struck a fuel depot overnight and two workers were injured, the governor said."


# -- the whole pipeline --------------------------------------------------------------------------

def test_a_text_alone_is_published_today(nlp):
    doc = nlp(RAID)
    assert doc._.info == DocInfo(published=date.today(), article_id=article_id(RAID))
    assert [e.type for e in doc._.events] == ["attack.ground"]


def test_context_in_user_data(nlp):
    doc = nlp.make_doc(RAID)
    doc.user_data["sitrep"] = {"published": "2025-05-22", "article_id": "a_made_up"}
    doc = nlp(doc)
    assert doc._.info.published == THURSDAY and doc._.info.article_id == "a_made_up"
    (event,) = doc._.events
    assert event.date.start == "2025-05-19" and event.articles == ["a_made_up"]


def test_pipe_as_tuples(nlp):
    given = [(RAID, {"published": THURSDAY, "article_id": "a_one"}),
             (STRIKE, {"published": date(2024, 1, 10), "note": "kept as given"})]
    out = list(nlp.pipe(given, as_tuples=True))
    assert [ctx for _, ctx in out] == [ctx for _, ctx in given]
    assert [(d._.info.published, d._.info.article_id) for d, _ in out] == [
        (THURSDAY, "a_one"), (date(2024, 1, 10), article_id(STRIKE))]
    assert [[e.type for e in d._.events] for d, _ in out] == [["attack.ground"], ["attack.drone"]]


def test_extractor_pipe_and_extract_agree(extractor):
    articles = [Article(RAID, THURSDAY), Article(STRIKE, THURSDAY)]
    piped = list(extractor.pipe(articles))
    assert [a for a, _ in piped] == articles
    assert [[e.to_dict() for e in evs] for _, evs in piped] == [
        [e.to_dict() for e in extractor.extract(a)] for a in articles]


def test_analyze_pipes_finds_no_problem(nlp):
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values())


def test_the_pipeline_is_its_config(nlp):
    assert nlp.pipe_names == load_config()["nlp"]["pipeline"]


@pytest.mark.parametrize(("name", "reads", "writes"), [
    ("sitrep_context", set(), {"doc._.info"}),
    ("sitrep_paragraphs", {"doc._.info"}, {"token.is_sent_start", "doc._.captions"}),
    ("sitrep_entities", {"doc.ents", "token.dep"}, {"doc.ents"}),
    ("sitrep_past_forms", {"token.tag"}, {"token.tag", "token.lemma"}),
    ("sitrep_times", {"doc._.info", "doc.ents", "token.dep"}, {"doc._.times"}),
    ("sitrep_places", {"doc._.info", "doc.ents"}, {"doc._.places", "doc._.report_places"}),
    ("sitrep_actors", {"doc._.info", "doc._.places", "doc._.report_places"}, {"doc._.actors"}),
    ("sitrep_quantities", {"doc.ents", "token.dep"}, {"doc._.quantities"}),
    ("sitrep_triggers", {"doc._.captions", "token.lemma"}, {"doc._.triggers"}),
    ("sitrep_claims", {"doc._.info", "doc._.actors"}, {"doc._.claims"}),
    ("sitrep_events", {"doc._.info", "doc._.report_places", "doc._.times", "doc._.places", "doc._.actors",
                       "doc._.quantities", "doc._.triggers", "doc._.claims"}, {"doc._.events"}),
])
def test_requires_and_assigns(nlp, name, reads, writes):
    meta = nlp.get_pipe_meta(name)
    assert reads <= set(meta.requires)
    assert set(meta.assigns) >= writes


def test_each_component_has_the_gazetteer_and_lexicon(nlp):
    for name in nlp.pipe_names:
        if name.startswith("sitrep_") and name != "sitrep_sense":  # the sense model reads neither
            assert nlp.get_pipe(name).lex is load_lexicon()


# -- a pipeline changed in its config --------------------------------------------------------------

@Language.factory("test_no_times", assigns=["doc._.times"])
def make_no_times(nlp: Language, name: str):
    def no_times(doc: Doc) -> Doc:
        doc._.times = []  # every event then falls on the publication date
        return doc

    return no_times


@pytest.fixture(scope="module")
def changed(tmp_path_factory):
    """The pipeline of a config file of one's own: sitrep_times made by the factory above,
    sitrep_quantities left out, and sitrep_events given its lexicon by an initialize block."""
    cfg = load_config()
    cfg["components"]["sitrep_times"] = {"factory": "test_no_times"}
    cfg["nlp"]["pipeline"] = [n for n in cfg["nlp"]["pipeline"] if n != "sitrep_quantities"]
    cfg["initialize"]["components"]["sitrep_events"] = {"lex": {"@misc": "sitrep.lexicon.v1"}}
    path = tmp_path_factory.mktemp("cfg") / "mine.cfg"
    cfg.to_disk(path)
    return build(path)


def test_a_config_swaps_and_drops_components(changed):
    assert "sitrep_quantities" not in changed.pipe_names
    assert changed.get_pipe_meta("sitrep_times").factory == "test_no_times"
    doc = next(changed.pipe([(RAID, {"published": THURSDAY})], as_tuples=True))[0]
    (event,) = doc._.events
    assert event.type == "attack.ground"
    assert (event.date.start, event.date.text) == ("2025-05-22", None)  # not Monday: no times found
    assert event.quantities == []  # no counts: sitrep_quantities is off


def test_a_config_initializes_with_its_blocks(changed):
    assert changed.get_pipe("sitrep_events").lex is load_lexicon()


def test_analyze_pipes_tells_what_is_missing(changed):
    problems = {name: missing for name, missing in changed.analyze_pipes()["problems"].items() if missing}
    assert problems == {"sitrep_events": ["doc._.quantities"]}


def test_settings_as_overrides():
    cfg = load_config(overrides={"components.sitrep_times.labels": ["DATE"]})
    assert cfg["components"]["sitrep_times"]["labels"] == ["DATE"]


def test_an_unknown_component_is_refused():
    with pytest.raises(ValueError, match="sitrep_nothing"):
        build(overrides={"nlp.pipeline": ["sitrep_context", "tok2vec", "sitrep_nothing"]})


# -- components on a blank English pipeline ------------------------------------------------------

class MadeUpGazetteer:
    """Knows one country, Freedonia."""

    def country(self, name: str) -> Place | None:
        return Place("Freedonia", "XFR", None, None, None, None, "country") if name == "Freedonia" else None

    def resolve(self, name: str) -> Place | None:
        return None

    def abbreviation(self, text: str) -> Place | None:
        """"Wm.", its agencies' short form of Westmark, a region of Freedonia."""
        return Place("Westmark", "XFR", "XF-WM", None, None, None, "admin1") if text.strip() == "Wm." else None


@pytest.fixture
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sitrep_context")
    nlp.add_pipe("sitrep_paragraphs")
    return nlp


@pytest.mark.parametrize(("text", "expected"), [
    ("LAKEVILLE, Freedonia — The bridge was closed on Monday.", ("XFR", 23)),
    ("LAKEVILLE, Nowhereland — The bridge was closed.", (None, 25)),
    ("The bridge was closed on Monday.", (None, 0)),
    # a news agency after the town, with a dash or none
    ("LAKEVILLE, Freedonia (Reuters) - The bridge was closed.", ("XFR", 33)),
    ("LAKEVILLE, Freedonia (AP) The bridge was closed.", ("XFR", 26)),
    # a region as agencies shorten it, read as the region before any country of that name
    ("LAKEVILLE, Wm. — The bridge was closed.", ("XFR", 17)),
    ("The BRIDGE (old) was closed.", (None, 0)),
])
def test_dateline(text, expected):
    assert dateline(text, MadeUpGazetteer()) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("given", "expected"), [
    (THURSDAY, THURSDAY),
    ("2025-05-22", THURSDAY),
    ("2025-05-22T06:30:00", THURSDAY),
    (None, None),  # today, read when the test runs (not when it was collected: a run may pass midnight)
])
def test_publication_date(given, expected):
    assert publication_date(given) == (expected or date.today())


def test_context_component_with_a_gazetteer_of_ones_own(blank):
    blank.get_pipe("sitrep_context").initialize(gaz=MadeUpGazetteer())
    doc = blank("LAKEVILLE, Freedonia — The bridge was closed on Monday.")
    assert (doc._.info.dateline_country, doc._.info.dateline_end) == ("XFR", 23)


def test_blank_pipeline_initializes_its_components(blank):
    blank.initialize()  # a blank pipeline has no trained weights to lose
    doc = blank("The ferry stopped running.\n\nA burned car on the road. (Photo: a made-up agency)")
    assert doc._.info.published == date.today()
    assert [s.text.strip() for s in doc.sents][:1] == ["The ferry stopped running."]
    assert [doc.text[s:e].strip()[:12] for s, e in doc._.captions] == ["A burned car"]


def test_a_component_called_before_initialize_initializes_itself(blank):
    doc = blank("The ferry stopped running.")  # no initialize(): the packaged gazetteer and lexicon
    assert doc._.info.article_id == article_id("The ferry stopped running.")
    assert blank.get_pipe("sitrep_paragraphs").lex is load_lexicon()
    with pytest.raises(AttributeError):
        blank.get_pipe("sitrep_paragraphs").no_such_attribute  # noqa: B018


# (text, its sentences): a shortened title's dot ends no sentence; a sentence's own full stop still does
TITLE_CASES = [
    ("Authorities say Brindley attacked Sgt. Dale Kowalczyk with a knife on Monday.", 1),
    ("The man hit Lt. Col. Dale Kowalczyk on Monday. Gov. Alan Brindley said so.", 2),
    ("The car was stopped by Det. Alan Brindley. He fled.", 2),
    ("No one else was hurt, said Dunmore police Const. Ana Ruiz on Sunday.", 1),
    ("The driver was arrested by Tpr. Ivo Kos and Dep. Alan Brindley. He was released.", 2),
]


@pytest.mark.parametrize(("text", "n"), TITLE_CASES)
def test_a_titles_dot_ends_no_sentence(parse, text, n):
    assert len(list(parse(text).sents)) == n


# a dated dateline: the day the story speaks from, when shortly before publication
FILED = [
    ("MARROWAY, June 11 (Reuters) - Gunmen shot a farmer on Friday.", "2014-06-16", "2014-06-11"),
    ("Gunmen shoot farmer\n\nMARROWAY, June 15 (AP) — Gunmen shot a farmer.", "2014-06-16", "2014-06-15"),
    ("MARROWAY, Ruritania, June 9 -- Gunmen shot a farmer.", "2014-06-16", "2014-06-09"),
    ("MARROWAY, June 16 (Reuters) - Gunmen shot a farmer.", "2014-06-16", "2014-06-16"),
    ("MARROWAY, March 2 (Reuters) - Gunmen shot a farmer.", "2014-06-16", None),  # months before: not the day
    ("MARROWAY (Reuters) - Gunmen shot a farmer on June 11.", "2014-06-16", None),  # a date in the story
    ("Police said, June 11 - the day of the fair - was quiet.", "2014-06-16", None),
]


@pytest.mark.parametrize(("text", "published", "filed"), FILED)
def test_a_dateline_dates_the_story(text, published, filed):
    got = filed_day(text, date.fromisoformat(published))
    assert (got[0].isoformat() if got else None) == filed

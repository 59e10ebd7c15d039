"""The lemma table gives the model's lemmatizer's lemmas, word for word."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from sitrep.nlp.casing import english_words
from sitrep.nlp.lemmas import LemmaTable, model_lookups
from sitrep.nlp.tags import PastForms


@pytest.fixture(scope="module")
def model(bare_model):
    return bare_model


@pytest.fixture(scope="module")
def table(model):
    table = LemmaTable(model.vocab)
    table.initialize(nlp=model)
    return table


def _before_lemmas(model, doc: Doc) -> Doc:
    for name in ("tok2vec", "tagger", "parser", "attribute_ruler"):
        doc = model.get_pipe(name)(doc)
    return doc


@pytest.mark.parametrize("text", [
    "Militias shelled the villages overnight, and two hospitals were hit; the wounded were carried out.",
    "She was being questioned by investigators who had arrested her brothers.",
    "ARMY RETAKES TOWN AS REBELS FLEE",
    "The talks broke down; the envoys flew home and the fighting worsened.",
    "",
])
def test_same_as_the_models_lemmatizer(model, table, text):
    ruled = model.get_pipe("lemmatizer")(_before_lemmas(model, model.make_doc(text)))
    tabled = table(_before_lemmas(model, model.make_doc(text)))
    assert [t.lemma_ for t in tabled] == [t.lemma_ for t in ruled]


WORDS = ["shelled", "villages", "was", "were", "fled", "fleeing", "bigger", "best", "Kyiv", "UN", "mice",
         "geese", "talks", "ran", "running", "them", "its", "the", "3", "...", "\n", "aid", "is"]
TAGS = ["VBD", "VBN", "VBG", "VBZ", "VBP", "VB", "NNS", "NN", "NNP", "JJ", "JJR", "JJS", "PRP", "DT", "CD",
        "RB", ".", "_SP"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(TAGS)), min_size=1, max_size=10))
def test_same_lemmas_for_any_tagged_words(model, table, rows):
    """Any words with any tags, their parts of speech set by the model's attribute rules: the same lemmas."""
    ruler = model.get_pipe("attribute_ruler")

    def make() -> Doc:
        return ruler(Doc(model.vocab, words=[w for w, _ in rows], tags=[t for _, t in rows]))

    ruled, tabled = model.get_pipe("lemmatizer")(make()), table(make())
    assert [t.lemma_ for t in tabled] == [t.lemma_ for t in ruled]


def test_a_lemma_already_set_is_kept(model, table):
    doc = _before_lemmas(model, model.make_doc("Rebels shelled the town."))
    doc[1].lemma_ = "bombard"
    assert table(doc)[1].lemma_ == "bombard"


def test_the_memory_starts_again_past_its_size(model):
    table = LemmaTable(model.vocab)
    table.initialize(nlp=model)
    table.MEMORY = 2
    text = "The rebels shelled the town and fled north."
    ruled = model.get_pipe("lemmatizer")(_before_lemmas(model, model.make_doc(text)))
    assert [t.lemma_ for t in table(_before_lemmas(model, model.make_doc(text)))] == [t.lemma_ for t in ruled]
    table(_before_lemmas(model, model.make_doc("Troops retook the bridge.")))
    assert len(table.known) <= 5  # started again before the second doc


def test_no_tables_is_a_clear_error(model):
    with pytest.raises(ValueError, match="lemmatizer tables"):
        LemmaTable(model.vocab).initialize(nlp=None)
    assert model_lookups(None) is None


def test_the_pipeline_reads_the_models_tables(nlp):
    """The tables the casing and the past forms read are there when those components are made."""
    assert isinstance(nlp.get_pipe("lemmatizer"), LemmaTable)
    assert "retake" in PastForms.of(nlp).bases
    assert "ceasefire" in english_words(nlp) or "fight" in english_words(nlp)
    assert nlp.pipe_names.index("lemmatizer") < nlp.pipe_names.index("ner")


def test_the_tables_it_was_made_with_are_kept(model):
    tables = model_lookups(model)
    table = LemmaTable(model.vocab, lookups=tables)
    table.initialize(nlp=None)
    assert table.lookups is tables

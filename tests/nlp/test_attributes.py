"""The attribute table gives what the model's attribute_ruler gives, token for token."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from sitrep.nlp.attributes import AttributeTable, Unreadable, model_patterns, token_test


@pytest.fixture(scope="module")
def model(bare_model):
    return bare_model


@pytest.fixture(scope="module")
def table(model):
    table = AttributeTable(model.vocab)
    table.initialize(nlp=model)
    return table


def _seen(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def _both(model, table, make):
    """The same doc, before the attribute rules, given to the model's ruler and to the table."""
    return model.get_pipe("attribute_ruler")(make()), table(make())


@pytest.mark.parametrize("text", [
    "Gunmen in two pickup trucks attacked a police post near Dravel on Tuesday, killing three officers.",
    "\"We will not give in,\" she told reporters, but he said that it was not over.",
    "Nobody has claimed the attack, and there's no sign that anyone was hurt in it.",
    "I'd have gone if they'd asked me; y'all know that's gonna be hard.",
    "The ministry  said  these were   the last shells fired.\n\nDid they get there? They did.",
    "ARMY RETAKES TOWN AS REBELS FLEE",
])
def test_same_as_the_models_ruler(model, table, text):
    """Invented sentences with pronouns, auxiliaries, spaces, contractions and a capitals headline."""
    names = [n for n in ("tok2vec", "tagger", "parser") if n in model.pipe_names]

    def make() -> Doc:
        doc = model.make_doc(text)
        for name in names:
            doc = model.get_pipe(name)(doc)
        return doc

    ruled, tabled = _both(model, table, make)
    assert _seen(tabled) == _seen(ruled)


TAGS = ["DT", "NN", "NNS", "PRP", "PRP$", "VBD", "VBZ", "VBP", "VB", "MD", "IN", "RB", "CC", "WDT", "_SP", "TO"]
DEPS = ["nsubj", "dobj", "pobj", "det", "aux", "auxpass", "advmod", "mark", "expl", "quantmod", "dep"]
WORDS = ["the", "a", "that", "it", "i", "you", "her", "his", "'s", "is", "was", "had", "do", "'d", "not",
         "n't", "gon", "na", "y'", "all", "there", "but", "something", "gets", "got", "convoy", " ", "\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(TAGS), st.sampled_from(DEPS)),
                min_size=1, max_size=12))
def test_same_as_the_ruler_on_any_tagged_words(model, table, rows):
    """Any words with any tags and dependencies: the two agree, two-token patterns and spaces included."""
    words = [w for w, _, _ in rows]

    def make() -> Doc:
        heads = [0] * len(rows)
        deps = ["ROOT"] + [d for _, _, d in rows[1:]]
        return Doc(model.vocab, words=words, spaces=[False] * len(rows), tags=[t for _, t, _ in rows],
                   heads=heads, deps=deps)

    ruled, tabled = _both(model, table, make)
    assert _seen(tabled) == _seen(ruled)


@pytest.mark.parametrize(("spec", "values", "expected"), [
    ({"TAG": "DT"}, {"TAG": "DT"}, True),
    ({"TAG": "DT"}, {"TAG": "NN"}, False),
    ({"TAG": "DT", "LOWER": "the"}, {"TAG": "DT", "LOWER": "a"}, False),
    ({"LOWER": {"IN": ["is", "'s"]}}, {"LOWER": "'s"}, True),
    ({"DEP": {"NOT_IN": ["det", ""]}}, {"DEP": ""}, False),
    ({"DEP": {"NOT_IN": ["det", ""]}}, {"DEP": "nsubj"}, True),
    ({"LOWER": {"REGEX": "^n'?t$"}}, {"LOWER": "n't"}, True),
    ({"LOWER": {"REGEX": "^n'?t$"}}, {"LOWER": "not"}, False),
    ({"IS_SPACE": True}, {"IS_SPACE": False}, False),
])
def test_token_test(spec, values, expected):
    assert token_test(spec)(values) is expected


@pytest.mark.parametrize("spec", [
    {"LOWER": "very", "OP": "+"},
    {"SHAPE": "Xxxx"},
    {"LENGTH": {">=": 3}},
])
def test_patterns_it_cannot_read(spec):
    with pytest.raises(Unreadable):
        token_test(spec)


def test_later_rules_win_and_an_index_counts_from_the_end(model):
    """Two rules on one token: the later one's value stands, as with the ruler; a two-token pattern with
    index -1 sets the second token."""
    rules = [
        {"patterns": [[{"LOWER": "convoy"}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"LOWER": "convoy"}]], "attrs": {"POS": "PROPN"}},
        {"patterns": [[{"LOWER": "aid"}, {"LOWER": "convoy"}]], "attrs": {"LEMMA": "caravan"}, "index": -1},
    ]
    table, ruler = AttributeTable(model.vocab), AttributeRuler(model.vocab)
    table.initialize(patterns=rules)
    ruler.add_patterns(rules)
    ruled = ruler(Doc(model.vocab, words=["aid", "convoy"]))
    tabled = table(Doc(model.vocab, words=["aid", "convoy"]))
    assert _seen(tabled) == _seen(ruled)
    assert (tabled[1].pos_, tabled[1].lemma_) == ("PROPN", "caravan")


def test_a_pattern_with_an_operator_goes_to_a_matcher(model):
    rules = [{"patterns": [[{"LOWER": "very", "OP": "+"}, {"LOWER": "large"}]], "attrs": {"POS": "ADJ"}, "index": -1}]
    table = AttributeTable(model.vocab)
    table.initialize(patterns=rules)
    assert len(table.fallback) == 1
    doc = table(Doc(model.vocab, words=["a", "very", "very", "large", "blast"]))
    assert doc[3].pos_ == "ADJ"
    assert doc[4].pos_ == ""


def test_the_models_rules_come_from_its_package(model):
    assert len(model_patterns(model)) == len(model.get_pipe("attribute_ruler").patterns)
    assert model_patterns(None) == []


def test_the_pipeline_uses_the_table(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable)


def test_initialize_replaces_the_rules_it_had(model):
    table = AttributeTable(model.vocab)
    table.initialize(nlp=model)
    table.initialize(nlp=model)
    assert len(table.attrs) == len(model_patterns(model))


def test_no_rules_is_a_clear_error(model):
    with pytest.raises(ValueError, match="attribute rules"):
        AttributeTable(model.vocab).initialize(nlp=None)

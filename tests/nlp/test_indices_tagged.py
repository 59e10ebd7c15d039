"""``mentions.indices_tagged``: the words of a kind read from the doc's arrays give the same words, in the same
order, as a scan that asks each Token (the scans of actors, counts, claims and names rely on it)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from sitrep.nlp.mentions import indices_tagged

# an invented sentence, tagged by hand: "According to police, gunmen shot a guard in Velmar and fled."
WORDS = ["According", "to", "police", ",", "gunmen", "shot", "a", "guard", "in", "Velmar", "and", "fled", "."]
TAGS = ["VBG", "IN", "NNS", ",", "NNS", "VBD", "DT", "NN", "IN", "NNP", "CC", "VBD", "."]
POS = ["VERB", "ADP", "NOUN", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "VERB", "PUNCT"]


@pytest.fixture(scope="module")
def doc() -> Doc:
    return Doc(spacy.blank("en").vocab, words=WORDS, tags=TAGS, pos=POS)  # English word tables: lower forms


@pytest.mark.parametrize(("asked", "expected"), [
    ({"tags": ("NN",)}, [7]),
    ({"tags": ("VBD", "VBN")}, [5, 11]),
    ({"pos": ("NOUN", "PROPN")}, [2, 4, 7, 9]),
    ({"pos": ("VERB",), "words": ("according",)}, [0, 5, 11]),  # "According" is a verb here and the word
    ({"words": ("according",)}, [0]),  # a lower form asked for matches the word in capitals
    ({"pos": ("ADJ",)}, []),
    ({"words": ("velmar", "unheard")}, [9]),  # a word no doc holds asks for nothing
    ({}, []),
])
def test_indices_tagged(doc: Doc, asked: dict[str, tuple[str, ...]], expected: list[int]) -> None:
    found = indices_tagged(doc, **asked)
    by_tokens = [t.i for t in doc if t.tag_ in asked.get("tags", ()) or t.pos_ in asked.get("pos", ())
                 or t.lower_ in asked.get("words", ())]
    assert found == expected == by_tokens


def test_an_empty_doc_has_none() -> None:
    assert indices_tagged(Doc(spacy.blank("en").vocab, words=[]), pos=("NOUN",)) == []

"""The model's rule lemmatizer, with each (word, part of speech, morphology) lemmatized once.

spaCy's English lemmatizer keeps the lemmas its suffix rules find, but not the ones it settles
before them (a singular noun, an infinitive, a proper noun: most words of a report), so it
reads the morphology again for every such token, and makes a Token for every word. The rules
depend only on the word, its part of speech and its morphology, so ``LemmaTable`` asks them
once per distinct triple, keeps the answer, and reads and writes the lemmas of a whole doc as
arrays. A lemma already set (the attribute rules give "be" for "was") is kept, as the model's
lemmatizer keeps it (``overwrite = false``). The lemmas are the model's, word for word.

    lemmas = LemmaTable(nlp.vocab)
    lemmas.initialize(nlp=nlp)       # the model's own tables, from its package
    doc = lemmas(doc)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, cast

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.types import Ints2d


class LemmaTable(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, its answers kept for each distinct word, tag and morphology."""

    # distinct words remembered; past it the memory starts again (an archive has millions)
    MEMORY = 200_000

    def __init__(self, vocab: Vocab, name: str = "lemmatizer", lookups: Lookups | None = None) -> None:
        super().__init__(vocab, None, name, mode="rule", overwrite=False)
        self.known: dict[tuple[int, int, int], int] = {}
        if lookups is not None:
            self.lookups = lookups

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *,
                   nlp: Language | None = None, lookups: Lookups | None = None) -> None:
        """The tables ``lookups`` gives, else those it was made with, else the model's own (its
        ``lemmatizer/lookups``)."""
        if lookups is None:
            lookups = self.lookups if self.lookups.has_table("lemma_rules") else model_lookups(nlp)
        if lookups is None:
            raise ValueError("sitrep_lemma_table: the pipeline's model holds no lemmatizer tables "
                             "(lemmatizer/lookups); give them as initialize(lookups=...)")
        self.lookups = lookups
        self._validate_tables()
        self.known.clear()

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(self.known) > self.MEMORY:
            self.known.clear()
        rows = cast(list[list[int]], doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist())
        lemmas = [lemma or self._lemma_of(doc, i, (orth, pos, morph))
                  for i, (orth, pos, morph, lemma) in enumerate(rows)]
        doc.from_array([LEMMA], cast(Ints2d, numpy.array(lemmas, dtype="uint64").reshape(len(doc), 1)))
        return doc

    def _lemma_of(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        """The lemma's id for a token of this word, part of speech and morphology, found by the rules once."""
        lemma = self.known.get(key)
        if lemma is None:
            lemma = self.vocab.strings.add(self.lemmatize(doc[i])[0])
            self.known[key] = lemma
        return lemma


def model_lookups(nlp: Language | None) -> Lookups | None:
    """The lemmatizer's tables the model's package holds, or None."""
    path = Path(nlp.path) / "lemmatizer" / "lookups" if nlp is not None and nlp.path else None
    if path is None or not path.exists():
        return None
    return Lookups().from_disk(path)


from __future__ import annotations

from datetime import date

import pytest
import spacy

from sitrep.nlp import Extractor, build
from sitrep.nlp.pipeline import load_config


@pytest.fixture(scope="session")
def nlp():
    return build()


@pytest.fixture(scope="session")
def bare_model():
    """The English model as spaCy loads it, its own components untouched: what sitrep's replacements of them
    are compared with."""
    return spacy.load(load_config()["nlp"]["model"], exclude=["senter"])


@pytest.fixture(scope="session")
def extractor(nlp):
    return Extractor(nlp)


@pytest.fixture(scope="session")
def parse(nlp):
    """Run the whole pipeline on a text published on a Thursday, 2025-05-22."""

    def run(text: str, published: date = date(2025, 5, 22)):
        doc = nlp.make_doc(text)
        doc.user_data["sitrep"] = {"published": published}
        return nlp(doc)

    return run

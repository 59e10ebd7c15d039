from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.mentions import DocInfo
from sitrep.nlp.pipeline import Extractor, build_nlp
from sitrep.records import Article


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


@pytest.fixture(scope="session")
def extractor(nlp):
    return Extractor(nlp)


@pytest.fixture(scope="session")
def parse(nlp):
    """Run the whole pipeline on a text published on a Thursday, 2025-05-22."""

    def run(text: str, published: date = date(2025, 5, 22)):
        doc = nlp.make_doc(text)
        doc._.info = DocInfo(published=published, article_id=Article(text, published).id)
        return nlp(doc)

    return run

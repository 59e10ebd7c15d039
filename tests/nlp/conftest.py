from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp import Extractor, build


@pytest.fixture(scope="session")
def nlp():
    return build()


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

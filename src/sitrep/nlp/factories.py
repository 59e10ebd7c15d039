"""Every sitrep component, registered with spaCy by name: what it reads and what it writes.

Importing this module registers the factories, so a config can name them (``pipeline.cfg``)
and ``nlp.add_pipe("sitrep_places")`` works on any English pipeline. Each declares
``requires`` and ``assigns``, so ``nlp.analyze_pipes(pretty=True)`` shows how the report
flows through the pipeline:

    sitrep_context     -> doc._.info            publication date, article id, dateline
    sitrep_casing      -> a new doc             a Title Case or ALL CAPS headline in sentence case
    sitrep_paragraphs  -> sentence starts, doc._.captions   (before the parser)
    (the model's tagger and parser)
    sitrep_attribute_table -> token pos, morph, lemma   the model's attribute rules, looked up
    sitrep_lemma_table -> token lemma           the model's lemmatizer, each word's lemma kept
    (the model's NER)
    sitrep_entities    -> doc.ents              the NER fixed with the gazetteer and actor names
    sitrep_past_forms  -> token tags and lemmas  a past form tagged present ("retook/VBP") retagged
    sitrep_times       -> doc._.times
    sitrep_places      -> doc._.places, doc._.report_places
    sitrep_actors      -> doc._.actors
    sitrep_quantities  -> doc._.quantities
    sitrep_triggers    -> doc._.triggers
    sitrep_claims      -> doc._.claims
    sitrep_events      -> doc._.events          the records
    sitrep_sense       -> doc._.events          those whose sentence reads as an event (sense model)

Two registered functions give ``initialize`` blocks the gazetteer and the lexicon:
``{"@misc": "sitrep.gazetteer.v1", "path": null}`` and ``{"@misc": "sitrep.lexicon.v1"}``.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.util import registry

from sitrep.geo.gazetteer import Gazetteer
from sitrep.lexicon import Lexicon, load_lexicon
from sitrep.nlp.actors import ActorFinder
from sitrep.nlp.attributes import AttributeTable
from sitrep.nlp.casing import CasingFixer
from sitrep.nlp.claims import ClaimFinder
from sitrep.nlp.context import ReportContext
from sitrep.nlp.entities import EntityFixer
from sitrep.nlp.events.assemble import EventAssembler
from sitrep.nlp.lemmas import LemmaTable, model_lookups
from sitrep.nlp.mentions import register_extensions
from sitrep.nlp.paragraphs import ParagraphSplitter
from sitrep.nlp.places.finder import PlaceFinder
from sitrep.nlp.quantities import QuantityFinder
from sitrep.nlp.sense_model import SenseFilter
from sitrep.nlp.tags import PastFormFixer, PastForms, model_reparser
from sitrep.nlp.time.finder import TimeFinder
from sitrep.nlp.triggers import TriggerFinder

# what the English model's components assign, as their factories declare it (its attribute_ruler
# sets token.pos from the tag but declares nothing, so the tag stands for both)
TAGGED = ["token.tag", "token.lemma"]
PARSED = [*TAGGED, "token.dep", "token.head", "doc.sents"]
NAMED = ["doc.ents", "token.ent_type", "token.ent_iob"]

register_extensions()


@Language.factory("sitrep_context", assigns=["doc._.info"])
def make_report_context(nlp: Language, name: str) -> ReportContext:
    return ReportContext()


@Language.factory("sitrep_casing", requires=["doc._.info"])
def make_casing_fixer(nlp: Language, name: str) -> CasingFixer:
    return CasingFixer(nlp)  # the model's own word tables


@Language.factory("sitrep_paragraphs", requires=["doc._.info"], assigns=["token.is_sent_start", "doc._.captions"])
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter()


@Language.factory("sitrep_attribute_table", requires=["token.tag", "token.dep"],
                  assigns=["token.pos", "token.morph", "token.lemma"])
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    return AttributeTable(nlp.vocab)  # its rules at initialize: the model's own


@Language.factory("sitrep_lemma_table", requires=["token.pos", "token.morph"], assigns=["token.lemma"])
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    return LemmaTable(nlp.vocab, name, model_lookups(nlp))  # the model's own tables


@Language.factory(
    "sitrep_entities",
    default_config={"relabel": ["PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"], "min_population": 5000},
    requires=[*PARSED, *NAMED],
    assigns=NAMED,
)
def make_entity_fixer(nlp: Language, name: str, relabel: list[str], min_population: int) -> EntityFixer:
    return EntityFixer(nlp, relabel, min_population)


@Language.factory("sitrep_past_forms", requires=TAGGED, assigns=[*TAGGED, "token.morph"])
def make_past_form_fixer(nlp: Language, name: str) -> PastFormFixer:
    return PastFormFixer(PastForms.of(nlp), model_reparser(nlp))  # the model's own verb tables and parser


@Language.factory("sitrep_times", default_config={"labels": ["DATE", "TIME"]},
                  requires=["doc._.info", *PARSED, "doc.ents"], assigns=["doc._.times"])
def make_time_finder(nlp: Language, name: str, labels: list[str]) -> TimeFinder:
    return TimeFinder(labels)


@Language.factory("sitrep_places", default_config={"labels": ["GPE", "LOC", "FAC"]},
                  requires=["doc._.info", *PARSED, "doc.ents"], assigns=["doc._.places", "doc._.report_places"])
def make_place_finder(nlp: Language, name: str, labels: list[str]) -> PlaceFinder:
    return PlaceFinder(labels)


@Language.factory("sitrep_actors", requires=["doc._.info", "doc._.places", "doc._.report_places", *PARSED, "doc.ents"],
                  assigns=["doc._.actors"])
def make_actor_finder(nlp: Language, name: str) -> ActorFinder:
    return ActorFinder()


@Language.factory("sitrep_quantities", requires=[*PARSED, "doc.ents"], assigns=["doc._.quantities"])
def make_quantity_finder(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder()


@Language.factory("sitrep_triggers", requires=["doc._.captions", "doc._.actors", *PARSED, "token.ent_type"],
                  assigns=["doc._.triggers"])
def make_trigger_finder(nlp: Language, name: str) -> TriggerFinder:
    return TriggerFinder(nlp)


@Language.factory("sitrep_claims", requires=["doc._.info", "doc._.actors", *PARSED, *NAMED],
                  assigns=["doc._.claims"])
def make_claim_finder(nlp: Language, name: str) -> ClaimFinder:
    return ClaimFinder()


@Language.factory(
    "sitrep_events",
    default_config={
        "located": [
            "attack.drone", "attack.missile", "attack.air", "attack.artillery", "attack.ground", "attack.explosive",
            "attack.civilians", "attack", "territory.change", "diplomacy.talks", "disruption.transport",
            "disruption.communications", "disruption.power", "humanitarian.evacuation", "protest.demonstration",
            "protest.riot", "arrest", "military.mobilization",
        ],
        "unlocated_families": ["diplomacy", "statement", "prisoners"],
    },
    requires=["doc._.info", "doc._.report_places", "doc._.times", "doc._.places", "doc._.actors",
              "doc._.quantities", "doc._.triggers", "doc._.claims", *PARSED],
    assigns=["doc._.events"],
)
def make_event_assembler(nlp: Language, name: str, located: list[str], unlocated_families: list[str]) -> EventAssembler:
    return EventAssembler(located, unlocated_families)


@Language.factory("sitrep_sense", default_config={"threshold": 0.5, "model": None},
                  requires=["doc._.events"], assigns=["doc._.events"])
def make_sense_filter(nlp: Language, name: str, threshold: float, model: str | None) -> SenseFilter:
    return SenseFilter(threshold, model)


@registry.misc("sitrep.gazetteer.v1")
def gazetteer(path: str | None = None) -> Gazetteer:
    """The packaged gazetteer (compiled on first use), or the compiled index at ``path``."""
    return Gazetteer(Path(path)) if path else Gazetteer.load()


@registry.misc("sitrep.lexicon.v1")
def lexicon() -> Lexicon:
    """The packaged lexicon (``sitrep/data``)."""
    return load_lexicon()

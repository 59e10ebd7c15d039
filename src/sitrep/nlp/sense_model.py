"""The learned event-sense step: does a record's sentence read as an event of the record's family?

``sitrep_events`` makes a record wherever a trigger word fits its rules, also where the word has
another sense ("fight your battles"), or tells an accident, a hypothetical or background. The
sense model is a small spaCy text classifier (bag of words and word pairs, ``spacy.TextCatBOW``)
trained by ``scripts/sense/train.py`` on sentences labelled by hand from real news (never on
sitrep's own output). It reads the record's family and type as two tokens before the sentence:

    sense_text("attack.ground", "Rebels stormed the Eastbrook garrison.")
    # -> "__attack__ __attack_ground__ rebels stormed the eastbrook garrison."

``sitrep_sense`` (after ``sitrep_events``) scores every record of a type the model judges by
its evidence sentences (the best of them), drops those under the threshold, and writes the score
on the records it keeps (``Event.sense``). The model judges only the types its labels teach it
(``judged`` in ``sense.json``: enough labels of events and non-events, and at the threshold
cross-validation drops at least twice as many of its wrong records as of its real ones); a record
of another type passes unjudged, its ``sense`` left empty: the score of a type seen a few times in
local news is only that type's prior there, no reading of the sentence. A record whose own sides
or counts vouch for its sense (``VOUCHES``: talks between countries or of an envoy, "the two
governments", a fight of an army or a clan, clashes with a toll or at a place the sentence names)
passes unjudged too: the model vetoes only records with weak evidence of their own. The model ships in ``sitrep/data/models/sense`` (a few MB, nothing fetched);
its folder holds the spaCy pipeline (tokenizer and classifier, no vocabulary) and ``sense.json``,
the threshold cross-validation chose and the figures it gave.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.lexicon import Lexicon, load_lexicon
from sitrep.records import Event, family

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "models" / "sense"
LABEL = "EVENT"  # the classifier's one label: the sentence tells an event of the family
CLASSIFIER = "textcat_multilabel"  # the pipe's name in the model: one label, scored 0..1 on its own
META = "sense.json"  # beside the model: the threshold chosen by cross-validation, its figures


def sense_text(event_type: str, sentence: str) -> str:
    """What the classifier reads: the family and the type as tokens, then the sentence, lower-cased
    with its spaces folded (a line break inside a sentence is no word). The type token as well as
    the family's: in cross-validation it told more (area under the curve 0.815 against 0.788)."""
    kind = event_type.replace(".", "_")
    return f"__{family(event_type)}__ __{kind}__ " + " ".join(sentence.lower().split())


def load_classifier(path: str | Path | None = None) -> Language:
    """The sense model at ``path`` (the packaged one when None). Raises ValueError naming the folder
    when it holds no model."""
    folder = Path(path) if path else MODEL_DIR
    if not (folder / "config.cfg").is_file():
        raise ValueError(f"{folder}: no sense model there (config.cfg missing); train one with "
                         "scripts/sense/train.py or leave sitrep_sense out of the pipeline")
    config = spacy.util.load_config(folder / "config.cfg")
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    # the folder has no vocab/: the bag of words hashes each word, it needs no string table
    return nlp.from_disk(folder, exclude=["vocab"])


def model_meta(path: str | Path | None = None) -> dict[str, Any]:
    """``sense.json`` of the model at ``path``: threshold, cross-validation figures, training set size."""
    folder = Path(path) if path else MODEL_DIR
    meta: dict[str, Any] = json.loads((folder / META).read_text(encoding="utf-8"))
    return meta


def scores(classifier: Language, texts: Sequence[str]) -> list[float]:
    """The classifier's EVENT score of each text, in order."""
    return [float(doc.cats[LABEL]) for doc in classifier.pipe(texts, batch_size=64)]


def a_country_as_a_side(ev: Event, lex: Lexicon) -> bool:
    """A country itself is a side: "Iraq and Jordan signed a trade accord" (a side of kind state)."""
    return any(a.kind == "state" for a in ev.actors)


def sides_of_two_countries(ev: Event, lex: Lexicon) -> bool:
    """Its sides come from two countries: "the Tarvish foreign minister met his Olmecan counterpart"."""
    return len({a.country for a in ev.actors if a.country}) >= 2


def an_armed_side(ev: Event, lex: Lexicon) -> bool:
    """An army or an armed group is a side: "the army fought rebels", "the militia signed a truce"."""
    return any(a.kind in ARMED_KINDS for a in ev.actors)


def an_international_body(ev: Event, lex: Lexicon) -> bool:
    """A body of states is a side: "the Security Council adopted a resolution", "the regional bloc
    suspended the junta" (an actor of kind international): statecraft, never a labour or business deal."""
    return any(a.kind == "international" for a in ev.actors)


def a_mediator(ev: Event, lex: Lexicon) -> bool:
    """A side mediates: "talks mediated by the Tarvish foreign ministry"."""
    return any(a.role == "mediator" for a in ev.actors)


def a_place_of_its_own(ev: Event, lex: Lexicon) -> bool:
    """It is held at a named place: "negotiators met in Tarvale on Monday" (a diplomacy record takes
    its place only from its own clause)."""
    return ev.location is not None


def an_agent_of_foreign_relations(ev: Event, lex: Lexicon) -> bool:
    """A side is an envoy, an ambassador, a foreign minister or a delegation: "Kessler and the Olmecan
    envoy met on Friday" (the words of the agents of foreign relations, ``diplomatic_agents``)."""
    agents = lex.status.diplomatic_agents
    return any(word in agents for a in ev.actors for word in a.name.lower().split())


def words_of(ev: Event) -> set[str]:
    """The words of the record's evidence sentences, lower-cased, their punctuation stripped."""
    return {word.strip(WORD_EDGES) for span in ev.evidence for word in span.text.lower().split()}


def several_states(ev: Event, lex: Lexicon) -> bool:
    """Its sentence names states together, which are two sides at least: "the two governments signed
    an accord", "both countries agreed to reopen the crossing" (``several_states``)."""
    return not words_of(ev).isdisjoint(lex.actor_words.several_states)


def clashes_at_a_named_place(ev: Event, lex: Lexicon) -> bool:
    """Its sentence tells fights of many (``fights_of_many``) and names the record's place: "Fresh
    clashes erupt in Tarvale" (a headline with no side and no count). A place alone says nothing of a
    fight ("the mayor of Tarvale vowed to fight on"), nor do the words alone ("rival clashes of style")."""
    name = ev.location.text if ev.location is not None else None
    if not name or not any(name in span.text for span in ev.evidence):
        return False
    return not words_of(ev).isdisjoint(lex.event_words.fights_of_many)


def a_count(ev: Event, lex: Lexicon) -> bool:
    """The record counts what it did: "clashes left 30 dead", "a raid that killed four"."""
    return bool(ev.quantities)


ARMED_KINDS = frozenset({"military", "armed_group"})
WORD_EDGES = ".,;:!?\"'()[]"  # stripped from a word of the sentence before it is looked up

# Signs in a record itself that its trigger has its family's sense, by family: where one holds, the
# model is not asked. The labels come from local news, where "talks" and "a deal" are mostly labour
# talks and business deals and a "fight" is often a brawl or an illness; a record with sides of
# countries or armed sides, or a fight with a toll, is what the model never saw much of, and it reads
# two governments' talks in an official statement, or a headline's "clashes leave 30 dead", as the
# local senses. What is left to judge is the record with weak evidence of its own.
VOUCHES: dict[str, list[Callable[[Event, Lexicon], bool]]] = {
    "diplomacy": [a_country_as_a_side, sides_of_two_countries, an_armed_side, an_international_body, a_mediator,
                  a_place_of_its_own, an_agent_of_foreign_relations, several_states],
    "attack": [an_armed_side, a_count, clashes_at_a_named_place],
}


def vouched(ev: Event, lex: Lexicon) -> bool:
    """Whether one of the ``VOUCHES`` of the record's family holds of it, read with ``lex``'s words."""
    return any(rule(ev, lex) for rule in VOUCHES.get(ev.family, ()))


class SenseFilter:
    """``sitrep_sense``: keeps the records whose sentence reads as an event of their family.

    The model loads at ``initialize`` (``model`` is a folder, or None for the packaged one), with
    the lexicon whose words the vouching rules read (the packaged one when not given); used before
    it, the component initializes itself. A record that vouches for itself (``vouched``) is
    not judged.
    """

    def __init__(self, threshold: float, model: str | None = None) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"sitrep_sense: threshold {threshold} is not between 0 and 1")
        self.threshold = threshold
        self.model = model
        self._classifier: Language | None = None
        self.judged: frozenset[str] = frozenset()
        self.lex: Lexicon | None = None

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *,
                   nlp: Language | None = None, lex: Lexicon | None = None) -> None:
        """Load the model and take the lexicon (``get_examples`` and ``nlp`` are spaCy's arguments:
        nothing is trained here)."""
        self.lex = lex if lex is not None else load_lexicon()
        self._classifier = load_classifier(self.model)
        self.judged = frozenset(model_meta(self.model)["judged"])

    def ready(self) -> tuple[Language, Lexicon]:
        """The classifier and the lexicon, the component initialized first when used before it."""
        if self._classifier is None or self.lex is None:
            self.initialize()
        assert self._classifier is not None and self.lex is not None
        return self._classifier, self.lex

    def __call__(self, doc: Doc) -> Doc:
        events: list[Event] = doc._.events or []
        if events:
            doc._.events = self.keep(events)
        return doc

    def judges(self, ev: Event, vouched_types: frozenset[str] = frozenset()) -> bool:
        """Whether the model judges the record: a type it was taught, no sign vouching for it, and
        no record of its type in the report that vouches for itself (``vouched_types``: once a
        report tells talks between two countries, its later "talks were to resume" are those)."""
        lex = self.ready()[1]
        return ev.type in self.judged and ev.type not in vouched_types and not vouched(ev, lex)

    def keep(self, events: Sequence[Event]) -> list[Event]:
        """The records not judged, and those scoring at least the threshold, each of these with its
        score as ``sense``."""
        classifier, lex = self.ready()
        vouched_types = frozenset(ev.type for ev in events if ev.type in self.judged and vouched(ev, lex))
        judged = [ev for ev in events if self.judges(ev, vouched_types)]
        texts = [sense_text(ev.type, span.text) for ev in judged for span in ev.evidence]
        flat = iter(scores(classifier, texts))
        for ev in judged:
            ev.sense = round(max((next(flat) for _ in ev.evidence), default=0.0), 3)
        dropped = {id(ev) for ev in judged if (ev.sense or 0.0) < self.threshold}
        return [ev for ev in events if id(ev) not in dropped]

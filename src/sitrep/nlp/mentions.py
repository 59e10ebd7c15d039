"""What the components find in a report, and the ``Doc`` extensions that carry it.

Each component reads the mentions of the ones before it from ``doc._`` and adds its own;
the last one, ``sitrep_events``, turns them into records.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

import numpy
from spacy.attrs import IDX, LEMMA, LENGTH, LOWER, POS, TAG
from spacy.tokens import Doc, Span

from sitrep.geo.gazetteer import Place
from sitrep.nlp.time.timex import TimeWindow


@dataclass
class TimeMention:
    start: int  # character offsets into the doc text
    end: int
    text: str
    window: TimeWindow
    sent: int  # index of the sentence
    governor: int | None  # token index of the verb the expression hangs from
    anchor: str  # "publication" or the text of the expression it was resolved against
    background: bool = False  # inside "since ... began in February": no event's date
    heads_entry: bool = False  # "March 2: Rebels seize the town": the date that heads an entry of a chronology


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place
    tok_start: int
    tok_end: int
    sent: int
    metonymic: bool = False  # "Moscow said", "Ukraine's air force": a government, not a place
    hint: str | None = None  # "admin1" when the mention carries a region word, "district" for a district
    context: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # the countries and regions it was resolved with
    near: tuple[tuple[float, float], ...] = ()  # the other places of the report it was resolved near


@dataclass
class ActorMention:
    tok_start: int
    tok_end: int
    text: str
    name: str
    country: str | None
    kind: str
    sent: int


@dataclass
class QuantityMention:
    tok_start: int
    tok_end: int
    text: str
    value: int
    qualifier: str
    item: str
    role: str
    sent: int
    noun: int | None = None  # token index of the counted noun
    governor: int | None = None  # token index of the verb or noun giving the role
    part: bool = False  # a part of the count before it ("including five children")
    update: bool = False  # a toll that replaces an earlier figure ("the toll rose to five")


@dataclass
class TriggerMention:
    tok_start: int
    tok_end: int
    head: int  # the token that carries the event
    type: str
    status: str | None
    sent: int
    interception: bool = False
    bare: str | None = None  # a bare "attack": the type its word takes when the report names no weapon near it


@dataclass
class ClaimMention:
    sent: int
    verb: int  # token index of the reporting verb, or of "according"
    verb_text: str
    claimant: str
    claimant_kind: str
    claimant_country: str | None
    channel: str | None
    stance: str
    subject_tokens: tuple[int, int] = (0, 0)


@dataclass
class DocInfo:
    """The report's context, set by ``sitrep_context``: publication date, article id, dateline."""

    published: date
    article_id: str
    dateline_country: str | None = None
    dateline_end: int = 0  # characters of the dateline ("KYIV, Ukraine — "): no mention there
    issuer_country: str | None = None  # the country of a government body that issues the report, if one does
    dateline_day: tuple[int, int] | None = None  # characters of a dateline's date ("June 15"), which dates no act


@dataclass
class ReportPlaces:
    """What the report's place names say about the whole report, set by ``sitrep_places``."""

    countries: list[str] = field(default_factory=list)  # countries the report is about, most mentioned first
    country_counts: dict[str, int] = field(default_factory=dict)
    phone_places: list[Place] = field(default_factory=list)  # where the report's telephone numbers are


# doc._.NAME, each set by one component: info (sitrep_context), captions (sitrep_paragraphs: the
# character ranges of photo captions), report_places (sitrep_places) and one per kind of mention
EXTENSIONS = ("info", "captions", "times", "places", "report_places", "actors", "quantities", "triggers",
              "claims", "events")


def register_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def sentences(doc: Doc) -> list[Span]:
    """The sentences of a doc, computed once (``doc.sents`` walks the whole doc on every call)."""
    cached = doc.user_data.get("sitrep.sents")
    if cached is None:
        cached = list(doc.sents)
        doc.user_data["sitrep.sents"] = cached
        index = [0] * len(doc)
        for k, s in enumerate(cached):
            for i in range(s.start, s.end):
                index[i] = k
        doc.user_data["sitrep.sent_of"] = index
    return cached


def sentence_of_each_token(doc: Doc) -> list[int]:
    """The index of the sentence each token is in, by token (computed once with ``sentences``)."""
    sentences(doc)
    return list(doc.user_data["sitrep.sent_of"])


def sent_index(doc: Doc, token_i: int) -> int:
    """The index of the sentence a token is in."""
    sentences(doc)
    return int(doc.user_data["sitrep.sent_of"][token_i])


def entities(doc: Doc) -> tuple[Span, ...]:
    """The doc's entities as ``sitrep_entities`` left them, kept once (``doc.ents`` walks every token on each
    call); before that component has run, the model's, read afresh."""
    cached = doc.user_data.get(ENTITIES_KEY)
    return tuple(doc.ents) if cached is None else cached


def entities_in(span: Span) -> list[Span]:
    """The entities inside a span, as ``Span.ents`` gives them, from the kept list."""
    return [e for e in entities(span.doc) if span.start <= e.start and e.end <= span.end]


def keep_entities(doc: Doc) -> None:
    """Keep the doc's entities as they now stand for ``entities`` (only the component that sets them calls this)."""
    doc.user_data[ENTITIES_KEY] = tuple(doc.ents)


WH_TAGS = frozenset({"WP", "WRB", "WDT", "WP$"})  # who, why, how, which, whose: a question's or a relative's word

ENTITIES_KEY = "sitrep.ents"


def token_texts(doc: Doc) -> list[str]:
    """The text of each token, read once (shared: not to be changed): a scan that asks ``doc[i].text`` builds a
    Token object each time."""
    cached = doc.user_data.get("sitrep.token_texts")
    if cached is None or len(cached) != len(doc):
        cached = [t.text for t in doc]
        doc.user_data["sitrep.token_texts"] = cached
    return cached


def indices_tagged(doc: Doc, tags: Collection[str] = (), pos: Collection[str] = (),
                   words: Collection[str] = ()) -> list[int]:
    """The indices of the tokens whose fine tag is one of ``tags``, whose part of speech is one of ``pos`` or
    whose lower-case form is one of ``words`` ("NN", "VERB", "according"), in order, read from the doc's arrays:
    a scan that asks each ``doc[i].tag_`` builds a Token per word, and most words are not the ones it wants.
    Read afresh on each call (not kept): a later stage may retag a word."""
    asked = [(attr, values) for attr, values in ((TAG, tags), (POS, pos), (LOWER, words)) if values]
    if not len(doc) or not asked:
        return []
    strings = doc.vocab.strings
    columns = doc.to_array([attr for attr, _ in asked]).reshape(len(doc), len(asked))  # one attribute: 1-D
    wanted = numpy.zeros(len(doc), dtype=bool)
    for k, (_, values) in enumerate(asked):
        for value in values:  # a few values each: a comparison per value is quicker than numpy.isin
            wanted |= columns[:, k] == strings[value]
    indices: list[int] = numpy.flatnonzero(wanted).tolist()
    return indices


def indices_of_lemmas(doc: Doc, lemmas: Collection[str], pos: str) -> list[int]:
    """The indices of the words of part of speech ``pos`` whose lower-case lemma is one of ``lemmas`` ("camp" for
    "Camps"), in order, read from the doc's arrays: only the words of that part of speech have their lemma
    looked up, and no Token is built."""
    if not len(doc) or not lemmas:
        return []
    strings = doc.vocab.strings
    columns = doc.to_array([POS, LEMMA]).reshape(len(doc), 2)
    lemma_ids = columns[:, 1].tolist()
    return [i for i in numpy.flatnonzero(columns[:, 0] == strings[pos]).tolist()
            if strings[lemma_ids[i]].lower() in lemmas]


def text_of(doc: Doc) -> str:
    """The doc's text, built once (``doc.text`` joins every token on each call)."""
    cached = doc.user_data.get("sitrep.text")
    if cached is None:
        cached = doc.text
        doc.user_data["sitrep.text"] = cached
    return str(cached)


def words_text(doc: Doc, start: int, end: int) -> str:
    """The text of tokens ``start`` to ``end`` (not past the doc's end), as ``doc[start:end].text`` gives it
    but sliced from the doc's text at offsets read once: a scan that tries many short spans builds no Span
    and no Token ("Port Said" for tokens 4 and 5 of "Smoke rose over Port Said")."""
    end = min(end, len(doc))
    if end <= start:
        return ""
    cached = doc.user_data.get("sitrep.token_offsets")
    if cached is None or len(cached[0]) != len(doc):
        columns = doc.to_array([IDX, LENGTH]).reshape(len(doc), 2)
        cached = (columns[:, 0].tolist(), (columns[:, 0] + columns[:, 1]).tolist())
        doc.user_data["sitrep.token_offsets"] = cached
    starts, ends = cached
    return text_of(doc)[starts[start]:ends[end - 1]]


def span_text(span: Span) -> str:
    """A span's text, sliced from the doc's (``Span.text`` builds a Token for each of its words)."""
    return text_of(span.doc)[span.start_char:span.end_char]

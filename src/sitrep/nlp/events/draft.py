"""The assembler's working state: an event record being built, and what the report told of it.

A ``DraftEvent`` carries the ``Event`` record plus the facts the folding of retellings needs
and no record keeps: the sentences that told it, whether it refers back ("the attack"),
whether its place was inferred, and whether it denies someone's words. The assembler makes
drafts, ``fold`` folds them, and the records come out at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from sitrep.nlp.casing import as_written
from sitrep.nlp.mentions import ClaimMention, sentences, span_text, text_of
from sitrep.records import Claim, Claimant, Event, Location, Span


@dataclass(eq=False)
class DraftEvent:
    """One record in the making: "drones hit the depot at dawn" told in sentence 3."""

    event: Event
    sent: int  # the sentence that first told it
    sents: set[int] = field(default_factory=set)  # every sentence folded into it
    anaphoric: bool = False  # a definite mention of an event told before: "the strike"
    inferred_place: bool = False  # no place named: the country is the target's side
    denies_claim: bool = False  # "denied that the plant had been hit": a denial of someone's words
    denied_source: str | None = None  # whose words it denies: "dismissed the agency's figures" -> "the agency"
    told_apart: bool = False  # its sentence says it tells another event: "Separately, ..."
    told_at: list[Location] = field(default_factory=list)  # other places its folded tellings named

    @classmethod
    def told_in(cls, event: Event, sent: int) -> DraftEvent:
        """A draft of ``event`` told in sentence ``sent`` and no other yet."""
        return cls(event, sent, {sent})


def sentence_span(doc: Doc, k: int, article: str) -> Span:
    """Sentence ``k`` as evidence: "Shells hit the market." with its offsets in the report."""
    found = doc.user_data.setdefault("sitrep.sentence_spans", {})  # each sentence found once, not once an event
    if k not in found:
        sent = sentences(doc)[k]
        text = span_text(sent).strip()
        start = text_of(doc).index(text, sent.start_char)
        found[k] = (start, as_written(doc, start, start + len(text)))  # a re-cased headline as written
    start, text = found[k]
    return Span(article, start, start + len(text), text)


def claim_of(c: ClaimMention, span: Span) -> Claim:
    """The claim a verb of saying makes, quoting ``span``: "the mayor said on the radio"."""
    return Claim(Claimant(c.claimant, c.claimant_kind, c.claimant_country), c.verb_text, c.channel, c.stance,
                 span.article, span.start, span.end, span.text)

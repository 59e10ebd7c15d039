"""The debug view of the trigger finder (``TriggerFinder.find`` with ``verdicts``; ``sitrep triggers``) shows
what the finder decided, not a second reading: the matches it calls "event" are exactly the mentions it
returns, every match gets one verdict, and a rule it names is one that reads the match as no event."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.api import trigger_verdicts
from sitrep.nlp.pipeline import Extractor
from sitrep.nlp.triggers import ENTRY_CONDITIONS, NO_EVENT_RULES
from sitrep.records import Article

from .test_trigger_gates import table_sentences

RULE_NAMES = {rule.__name__ for rule in NO_EVENT_RULES}
CONDITIONS = {rule.__name__ for rule in ENTRY_CONDITIONS}  # "unmet: has_a_needed_word"
STEPS = {"inside a match taken", "words of no event", "_habitual", "_without_backreferences",
         "_without_tolls_of_told_acts", "_without_tolls_beside_acts", "_without_governing_alone",
         "_without_accident_retellings", "_without_what_a_proposal_names", "event"}


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp)


def _doc(extractor, text):
    return extractor.parse(Article(text=text, published=date(2024, 5, 6), id="probe"))


@pytest.mark.parametrize("text", table_sentences(stride=12))
def test_the_events_of_the_verdicts_are_the_finders_mentions(extractor, text):
    doc = _doc(extractor, text)
    finder = extractor.nlp.get_pipe("sitrep_triggers")
    verdicts: list = []
    mentions = finder.find(doc, verdicts)
    events = [(v.start, v.end, v.type) for v in verdicts if v.verdict == "event"]
    assert events == [(doc[m.tok_start:m.tok_end].start_char, doc[m.tok_start:m.tok_end].end_char, m.type)
                      for m in mentions]
    assert all(v.verdict in STEPS | RULE_NAMES or v.verdict.split(": ")[-1] in CONDITIONS
               for v in verdicts), {v.verdict for v in verdicts}


@pytest.mark.parametrize(("text", "word", "verdict"), [
    # invented sentences: a word that is an event, one in another sense, one told as a habit
    ("Rebels stormed a checkpoint near Velden on Sunday, the army said.", "stormed", "event"),
    ("The striker fired a shot past the keeper in the second half.", "fired", "not event"),
    ("Police in Velden arrest speeding drivers on the ring road almost every week.", "arrest", "not event"),
])
def test_a_verdict_per_word(extractor, text, word, verdict):
    rows = [r for r in trigger_verdicts(Article(text=text, published=date(2024, 5, 6), id="probe"),
                                        extractor=extractor) if r["text"] == word]
    assert rows, f"{word!r} matched no trigger entry"
    if verdict == "event":
        assert any(r["verdict"] == "event" and r["record"] for r in rows)
    else:
        assert all(r["verdict"] != "event" for r in rows), rows

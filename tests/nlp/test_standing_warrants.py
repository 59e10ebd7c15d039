"""A warrant someone has, or one still standing, tells that they are wanted, not an arrest ordered as news
(``triggers.a_standing_warrant``); issuing a warrant, and an arrest made on one, stay events."""

from __future__ import annotations

import pytest

from sitrep.nlp import triggers

# (sentence, the words of no arrest in it)
WANTED = [
    ("Ms Varga had four warrants out for her arrest.", {"warrants", "arrest"}),
    ("Two men who had outstanding arrest warrants were stopped by deputies in Tarvel.", {"warrants", "arrest"}),
    ("Deputies stopped a driver with an active warrant for his arrest.", {"warrant", "arrest"}),
    ("The Olsway man, who carried an open warrant for his arrest, was questioned.", {"warrant", "arrest"}),
    ("He was taken into custody on an outstanding warrant from Tarvel County.", {"warrant"}),
]

# the same words telling an arrest, or an order for one
KEPT = [
    ("A Tarvel judge issued a warrant for his arrest on Monday.", {"warrant", "arrest"}),
    ("Police obtained a warrant for her arrest.", {"warrant", "arrest"}),
    ("The court issued an arrest warrant for the former minister.", {"warrant", "arrest"}),
    ("He was arrested on an outstanding warrant for theft.", {"arrested"}),
]


def _arrest_words(doc) -> set[str]:
    return {doc[t.tok_start:t.tok_end].text for t in doc._.triggers if t.type == "arrest"}


@pytest.mark.parametrize(("text", "words"), WANTED, ids=[r[0][:40] for r in WANTED])
def test_a_standing_warrant_is_no_arrest(parse, text, words):
    assert not _arrest_words(parse(text)) & words


@pytest.mark.parametrize(("text", "words"), KEPT, ids=[r[0][:40] for r in KEPT])
def test_an_order_or_an_arrest_stays(parse, text, words):
    assert words <= _arrest_words(parse(text))


def test_the_rule_is_a_no_event_rule():
    assert triggers.a_standing_warrant in triggers.NO_EVENT_RULES

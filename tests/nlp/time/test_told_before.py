"""Days read as the text tells them (made-up reports published on Thursday 2025-05-22): a past form the
tagger took for a present one (``sitrep.nlp.tags.PastForms``), a day told back to across a paragraph break
(``finder.a_day_told_before``) and a length of months counted from the month the story named."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.tags import PastForms
from sitrep.records import Article

THU = date(2025, 5, 22)

# (text, event type, its date window)
CASES = [
    # a past form tagged as a plural present: its weekday is the last one, not the coming one
    ("Troops retook the town of Varnel on Monday.", "territory.change", ("2025-05-19", "2025-05-19")),
    ("Rebels overran an army post near Ostrowa on Sunday, officials said.", "attack.ground",
     ("2025-05-18", "2025-05-18")),
    # a present in the present stays one: a weekday ahead is still not an act's day
    ("The talks in Varnel resume on Monday.", None, None),
    # a headline's present: an attack told as done is of the last Sunday, a rally may be the coming one
    ("Militants ambush a convoy near Ostrowa on Sunday, killing four soldiers.", "attack.ground",
     ("2025-05-18", "2025-05-18")),
    ("Police arrest two men in Kellmor on Monday over the shooting.", "arrest", ("2025-05-19", "2025-05-19")),
    ("Rebels will attack Ostrowa next Sunday, a commander warned.", "attack.ground", ("2025-05-22", "2025-05-22")),
    # a day told in an earlier paragraph, referred back to
    ("Gunmen attacked a bus near Kellmor on Monday.\n\nPolice arrested two men that day.", "arrest",
     ("2025-05-19", "2025-05-19")),
    ("Gunmen attacked a bus near Kellmor on May 12.\n\nThe same day, police arrested two men in the town.",
     "arrest", ("2025-05-12", "2025-05-12")),
    ("Gunmen attacked a bus near Kellmor on May 12.\n\nTwo days later, police arrested two men in the town.",
     "arrest", ("2025-05-14", "2025-05-14")),
    # with no day told before, nothing to count from: the day of publication, as before
    ("Gunmen attacked a bus near Kellmor.\n\nThe next day, police arrested two men in the town.", "arrest",
     ("2025-05-22", "2025-05-22")),
    # a length of months counted from the month the story named, not from publication
    ("The envoy warned the rebels at a summit in Drumcaster in February. A month later, the government "
     "accused the rebels of shelling Varnel.", "statement.accusation", ("2025-03-01", "2025-03-31")),
]


@pytest.mark.parametrize(("text", "kind", "window"), CASES)
def test_the_day_the_text_tells(extractor, text: str, kind: str | None, window: tuple[str, str] | None) -> None:
    got = {r.type: (r.date.start, r.date.end) for r in extractor.extract(Article(text, THU))}
    if kind is None:
        assert all(start <= THU.isoformat() for start, _ in got.values()), got
    else:
        assert got.get(kind) == window, got


FORMS = PastForms(frozenset({"retake", "storm", "seize", "need", "lay", "find", "found", "proceed"}),
                  {"retook": ["retake"], "lay": ["lie"], "found": ["find"], "are": ["be"]})


@pytest.mark.parametrize(("word", "base"), [
    ("retook", "retake"), ("stormed", "storm"), ("seized", "seize"),  # irregular and regular pasts
    ("need", None), ("proceed", None), ("lay", None), ("found", None),  # base forms themselves
    ("are", None), ("storm", None), ("shelling", None),
])
def test_a_past_form_is_no_base_form(word: str, base: str | None) -> None:
    assert FORMS.base_of(word) == base


def test_without_the_models_tables_nothing_is_a_past_form() -> None:
    assert PastForms().base_of("retook") is None

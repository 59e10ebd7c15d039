"""An event restated with its own date keeps it (``when.the_nouns_own_date``), in made-up reports
published on Thursday 2025-05-22; a weekday of the sentence's verb does not re-date it."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

THU = date(2025, 5, 22)

# (text, event type, first day of its date)
CASES = [
    ("Police on Wednesday arrested two men over the May 9 bombing of a bus depot in Velmora.",
     "attack.explosive", "2025-05-09"),
    ("Police on Wednesday arrested two men over the May 9 bombing of a bus depot in Velmora.",
     "arrest", "2025-05-21"),
    ("Investigators said on Wednesday that last month's attack on the fuel depot in Velmora killed four guards.",
     "attack.ground", "2025-04-01"),
    ("The May 9 bombing of a bus depot in Velmora killed six people, officials said on Wednesday.",
     "attack.explosive", "2025-05-09"),
    ("Drones struck a depot in Velmora on Tuesday, killing two guards.", "attack.drone", "2025-05-20"),
]


@pytest.mark.parametrize(("text", "kind", "start"), CASES)
def test_restated_event_keeps_its_date(extractor, text: str, kind: str, start: str) -> None:
    got = {r.type: r.date.start for r in extractor.extract(Article(text, THU))}
    assert got.get(kind) == start, got


def test_since_leaves_the_time_open_and_the_event_ends_at_publication(extractor) -> None:
    text = "An aid agency said more than 3,000 people had fled the town of Velmora since Friday, heading west."
    records = extractor.extract(Article(text, THU))
    assert records and all((r.date.start, r.date.end) == ("2025-05-16", "2025-05-22") for r in records)

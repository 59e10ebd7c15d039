"""Merging on invented reports that disagree: tests/fixtures/tolls holds short reports from made-up
outlets, two of each incident, with different tolls (28 and 70 soldiers killed, six and eight
injured, seven killed and 19 injured, 13 and eight detained), a town by two names (a spelling and the
town's older name) and a bomb "on the road between" two towns told by one report and placed at one
of them by the other. Each incident is stored once, keeping each report's numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.api import default_extractor
from sitrep.read import read_path
from sitrep.store import open_store

FIXTURES = Path(__file__).parent.parent / "fixtures" / "tolls"

TRUE_EVENTS = [
    ({"djibo_security", "djibo_group"}, {("killed", 28), ("killed", 70)}),
    ({"zhytomyr_governor", "zhitomir_agency"}, {("injured", 6), ("injured", 8)}),
    ({"mykolaiv_killed", "nikolaev_injured"}, {("killed", 7), ("injured", 19)}),
    ({"kaya_army", "ouahigouya_local"}, {("killed", 4), ("killed", 5)}),
    ({"kramatorsk_police", "kramatorsk_agency"}, {("detained", 13), ("detained", 8)}),
]


@pytest.fixture(scope="module")
def stored():
    ex = default_extractor()
    with open_store(":memory:") as st:
        names = {}
        for path in sorted(FIXTURES.glob("*.txt")):
            article = read_path(path)[0]
            names[article.id] = path.stem
            st.add_article(article, ex.extract(article))
        return [({names[a] for a in e.articles}, {(q.role, q.value) for q in e.quantities}) for e in st.events()]


def test_each_incident_is_stored_once(stored) -> None:
    assert sorted(sorted(reports) for reports, _ in stored) == sorted(sorted(r) for r, _ in TRUE_EVENTS)


@pytest.mark.parametrize(("reports", "counts"), TRUE_EVENTS, ids=[sorted(r)[0] for r, _ in TRUE_EVENTS])
def test_the_event_keeps_each_reports_numbers(stored, reports, counts) -> None:
    [found] = [c for r, c in stored if r == reports]
    assert found == counts

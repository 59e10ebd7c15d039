"""Merging on invented report groups: the same incidents told by several outlets, and look-alikes.

tests/fixtures/merge holds short reports from three invented outlets. The true events:
one Odesa drone attack told three times (different death tolls, one report dating it "on
Sunday", the morning after the night), the national drone totals told twice with different
numbers, Kharkiv struck on two different nights, Zaporizhzhia and Dnipro struck on one night
(told apart, then together in one report), a prisoner exchange told with 150 and 146, and one
round of talks in Geneva told twice.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from sitrep.api import default_extractor
from sitrep.read import read_path
from sitrep.store import open_store

FIXTURES = Path(__file__).parent.parent / "fixtures" / "merge"

TRUE_EVENTS = [
    {"odesa_a", "odesa_b", "odesa_c"},
    {"totals_a", "totals_b"},
    {"kharkiv_night1"},
    {"kharkiv_night2"},
    {"two_towns_a", "two_towns_c"},
    {"two_towns_b", "two_towns_c"},
    {"swap_a", "swap_b"},
    {"talks_a", "talks_b"},
]


@pytest.fixture(scope="module")
def extracted():
    ex = default_extractor()
    out = []
    for path in sorted(FIXTURES.glob("*.txt")):
        article = read_path(path)[0]
        out.append((path.stem, article, ex.extract(article)))
    return out


def _ingest(items) -> tuple[list[set[str]], list[tuple[str, list[str]]]]:
    with open_store(":memory:") as st:
        names = {}
        for stem, article, events in items:
            names[article.id] = stem
            st.add_article(article, [type(e).from_dict(e.to_dict()) for e in events])
        stored = st.events()
        groups = [{names[a] for a in e.articles} for e in stored]
        state = sorted((e.id, sorted(e.articles)) for e in stored)
    return groups, state


def test_stored_events_are_the_true_events(extracted):
    groups, _ = _ingest(extracted)
    assert sorted(map(sorted, groups)) == sorted(map(sorted, TRUE_EVENTS))


def test_the_merged_attack_keeps_each_claims_numbers(extracted):
    with open_store(":memory:") as st:
        for _, article, events in extracted:
            st.add_article(article, events)
        [swap] = [e for e in st.events() if e.type == "prisoners.exchange"]
        values = {q.value: swap.claims[q.claim].claimant.name for q in swap.quantities if q.claim is not None}
        assert set(values) == {146, 150}
        assert values[146] != values[150]
        [r] = [r for r in swap.ranges if r.role == "exchanged"]
        assert (r.low, r.high) == (146, 150)


@pytest.mark.parametrize("seed", range(4))
def test_ingest_order_does_not_change_the_store(extracted, seed):
    shuffled = list(extracted)
    random.Random(seed).shuffle(shuffled)
    assert _ingest(shuffled)[1] == _ingest(extracted)[1] == _ingest(extracted[::-1])[1]


def test_ingesting_twice_changes_nothing(extracted):
    assert _ingest(extracted + extracted)[1] == _ingest(extracted)[1]

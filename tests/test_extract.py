"""End to end: reports in, schema-valid records out, every quoted text found where it says."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from sitrep.api import default_extractor, extract_paths
from sitrep.read import ReadError, read_path
from sitrep.records import Event

SCHEMA_PATH = Path(__file__).resolve().parent.parent.parent / "shared" / "spec" / "event.schema.json"


@pytest.fixture(scope="module")
def schema(shared_dir):
    return json.loads((shared_dir / "spec" / "event.schema.json").read_text())


def check_provenance(text: str, record: dict) -> None:
    for span in record["evidence"] + record["claims"]:
        assert text[span["start"]:span["end"]] == span["text"]


@pytest.fixture(scope="module")
def example_records(examples_dir):
    out = []
    for item, events in extract_paths([examples_dir]):
        assert not isinstance(item, ReadError), str(item)
        out.append((item, events))
    return out


def test_examples_give_events_of_several_families(example_records):
    families = {e.family for _, events in example_records for e in events}
    assert len(example_records) >= 5
    assert {"attack", "diplomacy"} <= families
    assert len(families) >= 4


def test_example_records_are_schema_valid_and_sourced(example_records, schema):
    for article, events in example_records:
        for ev in events:
            d = ev.to_dict()
            jsonschema.validate(d, schema)
            check_provenance(article.text, d)
            assert d["articles"] == [article.id]
            assert Event.from_dict(d).to_dict() == d


def test_ids_are_stable(examples_dir):
    path = sorted(examples_dir.glob("*.txt"))[0]
    article = read_path(path)[0]
    ex = default_extractor()
    assert [e.id for e in ex.extract(article)] == [e.id for e in ex.extract(article)]


def test_seed_records(shared_dir, schema):
    seed = shared_dir / "corpus" / "seed" / "000_5048a8dacc335c16.txt"
    article = read_path(seed)[0]
    events = default_extractor().extract(article)
    assert len(events) >= 8
    for ev in events:
        d = ev.to_dict()
        jsonschema.validate(d, schema)
        check_provenance(article.text, d)
    by_type = {}
    for ev in events:
        by_type.setdefault(ev.type, []).append(ev)
    drones = by_type.get("attack.drone", [])
    moscow = [e for e in drones if e.location and e.location.admin1 == "RU-MOS"]
    assert moscow and any(q.value == 35 and q.role == "intercepted" for q in moscow[0].quantities)
    assert any(e.location and e.location.country == "RUS" and e.location.precision == "country"
               and any(q.value == 105 for q in e.quantities) for e in drones)


def test_quantities_point_at_existing_claims(example_records):
    for _article, events in example_records:
        for ev in events:
            for q in ev.quantities:
                assert q.claim is None or 0 <= q.claim < len(ev.claims)


def test_two_sources_two_figures_one_event():
    from datetime import date

    from sitrep.records import Article

    text = ("Russian missiles struck the city of Zaporizhzhia overnight, killing three people, regional governor "
            "Ivan Fedorov said on Telegram.\n\nThe city council said later that four people had been killed in "
            "the strike on Zaporizhzhia.")
    events = default_extractor().extract(Article(text, date(2025, 6, 5)))
    assert len(events) == 1
    ev = events[0]
    killed = {q.value: ev.claims[q.claim].claimant.name for q in ev.quantities if q.role == "killed"}
    assert killed == {3: "regional governor Ivan Fedorov", 4: "city council"}

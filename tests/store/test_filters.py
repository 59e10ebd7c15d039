"""The one filter set: ``parse_filter`` accepts what a person types and refuses the rest saying why, and
`sitrep events`, ``GET /api/events``, ``GET /api/stats`` and ``Store.events`` give the same events for
each filter and the same error for each bad value."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.store import open_store
from sitrep.store.filters import EventFilter, FilterError, parse_filter
from tests.web.fixture_store import build_store

LOOPBACK = ("127.0.0.1", 50000)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("filters") / "fixture.db")


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator:
    from fastapi.testclient import TestClient

    from sitrep.web.app import Settings, create_app

    with TestClient(create_app(Settings(db=str(db))), client=LOOPBACK, base_url="http://127.0.0.1") as c:
        yield c


PARSED = [  # what a person types -> the filter in the store's own form
    ({"country": "Ukraine"}, EventFilter(country="UKR")),
    ({"country": "ukr"}, EventFilter(country="UKR")),
    ({"country": "UA"}, EventFilter(country="UKR")),
    ({"country": "Russia"}, EventFilter(country="RUS")),
    ({"type": "Attack.Drone"}, EventFilter(type="attack.drone")),
    ({"type": "attack"}, EventFilter(type="attack")),
    ({"status": " Planned "}, EventFilter(status="planned")),
    ({"admin1": "ua-30"}, EventFilter(admin1="UA-30")),
    ({"actor": "  Air   Force "}, EventFilter(actor="air force")),
    ({"since": "2026-02-01", "until": "2026-02-01"}, EventFilter(since="2026-02-01", until="2026-02-01")),
    ({"claimant": None}, EventFilter()),
]


@pytest.mark.parametrize(("given", "expected"), PARSED)
def test_what_a_person_types_is_read(given, expected):
    assert parse_filter(**given) == expected


REFUSED = [  # (filter, the parameter named, words the message must hold)
    ({"type": "drone"}, "type", ["'drone'", "attack.drone", "families: attack"]),
    ({"country": "Narnia"}, "country", ["'Narnia'", "alpha-3"]),
    ({"since": "2025-06-10", "until": "2025-06-01"}, "since", ["2025-06-10 is after until 2025-06-01"]),
    ({"since": "yesterday"}, "since", ["'yesterday'", "YYYY-MM-DD"]),
    ({"until": "2025-02-30"}, "until", ["'2025-02-30'"]),
    ({"status": "maybe"}, "status", ["'maybe'", "planned"]),
    ({"admin1": "Kyiv region"}, "admin1", ["'Kyiv region'", "ISO 3166-2"]),
    ({"actor": "   "}, "actor", ["empty"]),
    ({"until": ""}, "until", ["''"]),
    ({"text": "x" * 201}, "text", ["at most 200"]),
]


@pytest.mark.parametrize(("given", "name", "words"), REFUSED)
def test_a_bad_value_is_refused_naming_it(given, name, words):
    with pytest.raises(FilterError) as caught:
        parse_filter(**given)
    assert caught.value.name == name
    assert str(caught.value).startswith(f"{name}: ")
    for w in words:
        assert w in str(caught.value)


@pytest.mark.parametrize(("given", "name", "words"), REFUSED)
def test_cli_and_api_refuse_alike(db, client, given, name, words):
    r = client.get("/api/events?" + urlencode(given))
    assert r.status_code == 422
    error = r.json()["error"]
    assert error.startswith(f"{name}: ") and r.json()["problems"][0]["parameter"] == name
    assert client.get("/api/stats?" + urlencode(given)).json()["error"] == error
    args = [a for k, v in given.items() for a in (f"--{k}", v)]
    out = CliRunner().invoke(main, ["events", "--db", str(db), *args])
    assert out.exit_code == 2
    assert f"--{name}" in out.output and error.split(": ", 1)[1] in " ".join(out.output.split())


CHOSEN = [  # a filter -> how many of the fixture store's 11 events pass it
    ({}, 11),
    ({"country": "UKR"}, 2),
    ({"country": "Ukraine"}, 2),
    ({"country": "Russia"}, 3),
    ({"type": "attack"}, 5),
    ({"type": "attack.drone"}, 3),
    ({"status": "agreed"}, 1),
    ({"admin1": "ua-30"}, 1),
    ({"admin1": "RU-MOS"}, 2),
    ({"actor": "rsf"}, 1),
    ({"actor": "UKR"}, 4),  # a country code on either side: the initiator of two strikes, a party to talks twice
    ({"actor": "russia"}, 5),  # "Russian forces" and "Russia", as initiator, target or participant
    ({"claimant": "air force"}, 1),
    ({"claimant": "ministry"}, 1),  # the ministry that is an actor of a denial is no claimant
    ({"text": "belgrade"}, 2),
    ({"since": "2025-06-01", "until": "2025-06-10"}, 3),
    ({"country": "Russia", "type": "attack", "since": "2025-05-22"}, 2),
]


@pytest.mark.parametrize(("given", "count"), CHOSEN)
def test_cli_api_and_store_choose_the_same_events(db, client, given, count):
    with open_store(db) as store:
        expected = [e.id for e in store.events(parse_filter(**given))]
    assert len(expected) == count
    page = client.get("/api/events?" + urlencode({**given, "limit": 1000})).json()
    assert [e["id"] for e in page["events"]] == expected and page["total"] == count
    assert client.get("/api/stats?" + urlencode(given)).json()["total"] == count
    args = [a for k, v in given.items() for a in (f"--{k}", v)]
    out = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "jsonl", *args])
    assert out.exit_code == 0, out.output
    assert [json.loads(line)["id"] for line in out.output.splitlines() if line.startswith("{")] == expected


def test_keyword_conditions_of_a_library_call_still_work(db):
    with open_store(db) as store:
        assert [e.id for e in store.events(type="attack", country="ukr")] == \
            [e.id for e in store.events(parse_filter(type="attack", country="UKR"))]


def test_each_store_kind_chooses_alike(store_url, db):
    from tests.web.fixture_store import fill

    with open_store(store_url) as store, open_store(db) as fixture:
        fill(store)
        for given, _count in CHOSEN:
            where = parse_filter(**given)
            assert [e.id for e in store.events(where)] == [e.id for e in fixture.events(where)], given

"""Hostile clients (issue 19): a post is refused before its body is read, bodies and fields are bounded,
extraction runs off the event loop within a time limit, only this server's Host is answered on loopback,
and every answer carries the security headers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from sitrep.read.limits import MAX_POST_BYTES
from sitrep.records import Article, Event
from sitrep.web.app import Settings, create_app, host_name
from tests.web.conftest import BASE, LOOPBACK
from tests.web.fixture_store import build_store

REPORT = {"text": "Drones hit the depot of Examplegrad overnight. Nobody was hurt.", "published": "2025-07-01"}
AUTH = {"Authorization": "Bearer s3cret"}


def _no_records(article: Article) -> list[Event]:
    return []


@pytest.fixture
def ingesting(tmp_path) -> Iterator[TestClient]:
    app = create_app(Settings(db=str(build_store(tmp_path / "a.db")), ingest=True, token="s3cret"),
                     extractor=_no_records)
    with TestClient(app, client=LOOPBACK, base_url=BASE) as c:
        yield c


class _Counted:
    """A body that counts the bytes the server pulled from it."""

    def __init__(self, size: int, chunk: int = 64 * 1024) -> None:
        self.size, self.chunk, self.pulled = size, chunk, 0

    def __iter__(self) -> Iterator[bytes]:
        while self.pulled < self.size:
            self.pulled += self.chunk
            yield b"x" * self.chunk


def test_the_token_is_checked_before_the_body_is_read(ingesting):
    body = _Counted(4 * 1024 * 1024)
    r = ingesting.post("/api/reports", content=body)  # no token, and a body that is not even JSON
    assert r.status_code == 401
    assert body.pulled <= 128 * 1024  # at most what the transport sends ahead


def test_ingest_off_is_said_before_the_body_is_read(tmp_path):
    with TestClient(create_app(Settings(db=str(build_store(tmp_path / "b.db")))), client=LOOPBACK,
                    base_url=BASE) as c:
        r = c.post("/api/reports", content=b"{not json", headers=AUTH)
        assert r.status_code == 403 and "--ingest" in r.json()["error"]


def test_a_body_over_the_limit_is_refused_by_its_length(ingesting):
    r = ingesting.post("/api/reports", content=b"x" * (MAX_POST_BYTES + 1), headers=AUTH)
    assert r.status_code == 413 and r.json()["error"] == "body of 8,388,609 bytes: the limit is 8,388,608"


def test_a_streamed_body_over_the_limit_is_refused_as_it_comes(ingesting):
    body = _Counted(MAX_POST_BYTES + 4 * 1024 * 1024)  # no length given: chunked
    r = ingesting.post("/api/reports", content=body, headers=AUTH)
    assert r.status_code == 413 and "limit" in r.json()["error"]


def test_the_body_reader_stops_at_the_limit():
    import asyncio

    from sitrep.web.app import ApiError, _body

    body = _Counted(10 * MAX_POST_BYTES)

    class Posted:
        headers: dict[str, str] = {}

        async def stream(self) -> Iterator[bytes]:  # type: ignore[misc]
            for chunk in body:
                yield chunk

    with pytest.raises(ApiError) as refused:
        asyncio.run(_body(Posted()))  # type: ignore[arg-type]
    assert refused.value.status == 413 and body.pulled <= MAX_POST_BYTES + body.chunk


@pytest.mark.parametrize(("field", "size"), [("title", 1_001), ("outlet", 201), ("url", 2_049)])
def test_title_outlet_and_url_are_bounded(ingesting, field, size):
    r = ingesting.post("/api/reports", json={**REPORT, field: "x" * size}, headers=AUTH)
    assert r.status_code == 422 and field in r.json()["error"]


def test_a_run_on_sentence_is_refused_with_its_length(ingesting):
    text = "Shells fell on the town and " * 300 + "nobody knew why."
    r = ingesting.post("/api/reports", json={**REPORT, "text": text}, headers=AUTH)
    assert r.status_code == 422
    assert r.json()["error"] == "sentence of 8,415 characters: longer than 5,000; split or raise --max-sentence"


def test_a_post_still_works_and_its_errors_name_the_field(ingesting):
    assert ingesting.post("/api/reports", json=REPORT, headers=AUTH).status_code == 201
    r = ingesting.post("/api/reports", content=b'{"published": "2025-07-01"}', headers=AUTH)
    assert r.status_code == 422 and r.json()["problems"][0]["parameter"] == "text"
    assert ingesting.post("/api/reports", content=b"[[[", headers=AUTH).status_code == 422


def test_extraction_runs_off_the_event_loop_and_within_its_time(tmp_path):
    threads: list[int] = []
    release = threading.Event()

    def slow(article: Article) -> list[Event]:
        threads.append(threading.get_ident())
        release.wait(5)
        return []

    app = create_app(Settings(db=str(build_store(tmp_path / "c.db")), ingest=True, token="s3cret",
                              extract_timeout=0.3), extractor=slow)
    with TestClient(app, client=LOOPBACK, base_url=BASE) as c:
        loop_thread = c.portal.call(threading.get_ident)  # type: ignore[union-attr]
        r = c.post("/api/reports", json=REPORT, headers=AUTH)
        assert r.status_code == 503 and "longer than 0.3 s" in r.json()["error"]
        assert threads and threads[0] != loop_thread
        assert c.get("/api/health").status_code == 200  # the API answers while the extraction goes on
        release.set()


def test_posts_are_extracted_one_at_a_time(tmp_path):
    running, most = [0], [0]
    lock = threading.Lock()

    def counting(article: Article) -> list[Event]:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.05)
        with lock:
            running[0] -= 1
        return []

    app = create_app(Settings(db=str(build_store(tmp_path / "d.db")), ingest=True, token="s3cret"),
                     extractor=counting)
    with TestClient(app, client=LOOPBACK, base_url=BASE) as c:
        posts = [threading.Thread(target=c.post, args=("/api/reports",),
                                  kwargs={"json": {**REPORT, "text": REPORT["text"] + f" Day {k}."}, "headers": AUTH})
                 for k in range(4)]
        for t in posts:
            t.start()
        for t in posts:
            t.join()
    assert most[0] == 1


# -- Host header and security headers --------------------------------------------------------------

@pytest.mark.parametrize(("header", "name"), [
    ("127.0.0.1:8000", "127.0.0.1"), ("localhost", "localhost"), ("[::1]:80", "::1"), ("Example.ORG:1", "example.org"),
])
def test_host_name(header, name):
    assert host_name(header) == name


@pytest.mark.parametrize(("host", "status"), [
    ("attacker.example", 421), ("attacker.example:8000", 421), ("localhost:8000", 200), ("127.0.0.1", 200),
    ("[::1]:8000", 200), ("sitrep.lan:8000", 200),
])
def test_only_this_servers_host_is_answered_on_loopback(store_path, host, status):
    app = create_app(Settings(db=str(store_path), host="sitrep.lan"))
    with TestClient(app, client=LOOPBACK, base_url=BASE) as c:
        r = c.get("/api/health", headers={"Host": host})
        assert r.status_code == status
        assert r.headers["x-frame-options"] == "DENY"


def test_a_public_server_answers_any_host(store_path):
    with TestClient(create_app(Settings(db=str(store_path), public=True)), client=LOOPBACK, base_url=BASE) as c:
        assert c.get("/api/health", headers={"Host": "sitrep.example.org"}).status_code == 200


@pytest.mark.parametrize("path", ["/", "/api/health", "/api/events", "/static/app.js", "/api/events/nope",
                                  "/no/such/page"])
def test_every_answer_carries_the_security_headers(client, path):
    r = client.get(path)
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"


def test_the_dashboard_links_only_web_addresses(client):
    js = client.get("/static/app.js").text
    assert "webLink(a.url)" in js and 'href: a.url' not in js


# -- sitrep serve ---------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["directory", "not-a-database"])
def test_serve_on_a_store_that_cannot_be_opened_is_an_error(tmp_path, kind):
    from sitrep.cli import main

    db = tmp_path / "d"
    if kind == "directory":
        db.mkdir()
    else:
        db.write_text("this is no database\n" * 100)
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--port", "0"])
    assert result.exit_code == 1 and "cannot open the store" in result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)

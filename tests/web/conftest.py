"""Fixtures for the API and dashboard tests: the fixture store on disk and a test client over it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.web.fixture_store import build_store

LOOPBACK = ("127.0.0.1", 50000)
BASE = "http://127.0.0.1"  # a Host header naming this server (the API refuses others on loopback)


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "fixture.db")


@pytest.fixture(scope="module")
def client(store_path: Path) -> Iterator:
    from fastapi.testclient import TestClient

    from sitrep.web.app import Settings, create_app

    with TestClient(create_app(Settings(db=str(store_path))), client=LOOPBACK, base_url=BASE) as c:
        yield c


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """``sitrep serve`` over ``db`` on a free loopback port, in a thread; gives its base URL."""
    import threading
    import time

    import uvicorn

    from sitrep.web.app import Settings, create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=str(db))), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(store_path: Path) -> Iterator[str]:
    """The server over the fixture store, for the whole session."""
    with serving(store_path) as url:
        yield url

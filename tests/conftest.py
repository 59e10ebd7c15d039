"""Shared fixtures: the ../shared folder (skipped when absent) and the bundled examples."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = Path(os.environ.get("SITREP_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "spec").is_dir():
        pytest.skip(f"the shared folder is absent ({SHARED}); tests that use it are skipped")
    return SHARED


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


# -- a PostgreSQL server for the store tests -------------------------------------------------
# $SITREP_TEST_PG_URL points at a server to use; otherwise the tests start a throwaway cluster
# with the machine's PostgreSQL binaries (Debian's postgresql package; `.ci/run` installs it)
# on a free loopback port, and stop it at the end. Without either, PostgreSQL cases are skipped.

def _pg_bin() -> Path | None:
    import glob

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


@pytest.fixture(scope="session")
def pg_server():
    import shutil
    import socket
    import subprocess
    import tempfile

    given = os.environ.get("SITREP_TEST_PG_URL")
    if given:
        yield given
        return
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql); PostgreSQL cases skipped")
    base = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))  # not under pytest's 0700 folders: postgres reads it
    data = base / "data"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres user
        base.chmod(0o777)
        as_user = ["runuser", "-u", "postgres", "--"]
    run = lambda *cmd: subprocess.run([*as_user, *cmd], check=True, capture_output=True, text=True)  # noqa: E731
    run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync")
    run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w", "-o",
        f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off", "start")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A fresh, empty store of each kind: the same tests run against both."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    import uuid

    import psycopg

    admin_url = request.getfixturevalue("pg_server")
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield admin_url.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def places():
    """``sitrep places`` on a text, as {mention text: mention} (dated 2024-03-01)."""
    from datetime import date

    from sitrep.api import default_extractor, place_mentions
    from sitrep.records import Article

    ex = default_extractor()

    def run(text: str) -> dict[str, dict]:
        found = place_mentions(Article(text=text, published=date(2024, 3, 1)), extractor=ex)
        return {m["text"]: m for m in found}

    return run

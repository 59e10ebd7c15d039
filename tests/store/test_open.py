"""Opening a store: every way it can fail is a StoreError saying why, and the command line prints it."""

from __future__ import annotations

import re
import socket
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.store import SchemaError, StoreError, open_store
from sitrep.store.postgres import shown_url


def _not_a_database(tmp: Path) -> str:
    (tmp / "notes.db").write_text("These are notes, not a database. " * 200)
    return str(tmp / "notes.db")


def _a_folder(tmp: Path) -> str:
    return str(tmp)


def _under_a_file(tmp: Path) -> str:
    (tmp / "file").write_text("x")
    return str(tmp / "file" / "s.db")


def _newer(tmp: Path) -> str:
    path = tmp / "future.db"
    with open_store(path):
        pass
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    return str(path)


def _no_server(tmp: Path) -> str:
    pytest.importorskip("psycopg")
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"postgresql://someone:s3cret@127.0.0.1:{port}/sitrep"


# name, the store's address, the message (a pattern)
FAILURES: list[tuple[str, Callable[[Path], str], str]] = [
    ("not-a-database", _not_a_database, r".*notes\.db: cannot open the store: file is not a database"),
    ("a-folder", _a_folder, r".*: cannot open the store: unable to open database file"),
    ("under-a-file", _under_a_file, r".*s\.db: cannot open the store: (not a directory|file exists)"),
    ("newer", _newer, r".*future\.db: schema version 99 is newer than this sitrep knows \(\d+\); upgrade sitrep"),
    ("no-server", _no_server, r"postgresql://someone:\*\*\*@127\.0\.0\.1:\d+/sitrep: cannot open the store: .*"),
    ("not-an-address", lambda tmp: "mysql://h/db", r"mysql://h/db: not a store address: .*"),
]


@pytest.mark.parametrize(("where", "message"), [c[1:] for c in FAILURES], ids=[c[0] for c in FAILURES])
def test_a_store_that_cannot_be_opened_says_why(tmp_path: Path, where: Callable[[Path], str], message: str) -> None:
    url = where(tmp_path)
    with pytest.raises(StoreError) as err:
        open_store(url)
    assert re.fullmatch(message, str(err.value), re.DOTALL), str(err.value)
    assert "s3cret" not in str(err.value)
    result = CliRunner().invoke(main, ["events", "--db", url])
    assert result.exit_code == 1 and "Traceback" not in result.output
    # a command that only reads says first that there is no store at a path that names no file
    missing = f"{url}: no store there"
    assert result.output.startswith("Error: ") and (str(err.value).splitlines()[0] in result.output
                                                     or missing in result.output)


def test_schema_error_is_a_store_error() -> None:
    assert issubclass(SchemaError, StoreError)


@pytest.mark.parametrize(("url", "shown"), [
    ("postgresql://u:pw@h:5432/db", "postgresql://u:***@h:5432/db"),
    ("postgresql://u@h/db", "postgresql://u@h/db"),
    ("postgres://h/db", "postgres://h/db"),
])
def test_passwords_are_not_shown(url: str, shown: str) -> None:
    assert shown_url(url) == shown

"""Crash safety: ``sitrep ingest`` killed with SIGKILL midway, then run again, stores every report once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from sitrep.store import open_store

TOWNS = ["Kharkiv", "Odesa", "Dnipro", "Sumy", "Poltava", "Kherson", "Mykolaiv", "Chernihiv", "Zaporizhzhia", "Lviv"]
N = 1000


def _write_reports(folder) -> set[str]:
    texts = set()
    for i in range(N):
        day = 1 + i % 28
        body = (f"Russian drones struck {TOWNS[i % len(TOWNS)]} overnight, injuring {i % 7 + 1} people "
                f"and damaging {i} homes, the regional governor said.\n")
        (folder / f"r{i:04d}.txt").write_text(f"date: 2025-09-{day:02d}\n\n{body}")
        texts.add(body)
    return texts


def _stored(db) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_sigkill_midway_then_resume(tmp_path):
    inbox = tmp_path / "reports"
    inbox.mkdir()
    texts = _write_reports(inbox)
    db = tmp_path / "s.db"
    cmd = [sys.executable, "-m", "sitrep.cli", "ingest", str(inbox), "--db", str(db), "--create"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while _stored(db) < 100 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _stored(db)
    assert 100 <= partial < N

    with open_store(db) as st:  # what the killed run left is whole
        assert st.check() == []

    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{partial} already stored" in done.stderr or partial == 0
    with open_store(db) as st:
        assert st.check() == []
        assert st.count_articles() == N
        stored = {row[0] for row in st.db.execute("SELECT text FROM articles")}  # type: ignore[attr-defined]
        assert stored == texts
        per_article = st.db.execute(  # type: ignore[attr-defined]
            "SELECT count(*) FROM (SELECT article_id FROM records GROUP BY article_id)").fetchone()[0]
        assert per_article == N  # every report's records are there, once
        dupes = st.db.execute(  # type: ignore[attr-defined]
            "SELECT count(*) FROM records GROUP BY id HAVING count(*) > 1").fetchall()
        assert dupes == []

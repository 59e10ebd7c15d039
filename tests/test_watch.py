"""``sitrep watch``: files taken in once they stop growing, once only, across restarts."""

from __future__ import annotations

import os

from click.testing import CliRunner

from sitrep.cli import main
from sitrep.store import open_store
from sitrep.watch import WatchState, watch_once

REPORT = "date: 2025-09-14\n\nRussian drones struck Kharkiv overnight, injuring {n} people, the mayor said.\n"


def test_a_file_is_taken_when_it_has_settled(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "one.txt").write_text(REPORT.format(n=3))
    with open_store(tmp_path / "s.db") as st:
        state = WatchState()
        assert watch_once(inbox, st, state).added == 0  # first sight: wait one pass
        got = watch_once(inbox, st, state)
        assert got.added == 1 and st.count_articles() == 1
        assert watch_once(inbox, st, state).added == 0  # nothing new


def test_a_restarted_watcher_skips_what_it_took(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "one.txt").write_text(REPORT.format(n=3))
    with open_store(tmp_path / "s.db") as st:
        watch_once(inbox, st, WatchState(), settle=False)
    (inbox / "two.txt").write_text(REPORT.format(n=5))
    with open_store(tmp_path / "s.db") as st:  # a new process: fresh state, same store
        got = watch_once(inbox, st, WatchState(), settle=False)
        assert (got.added, got.skipped) == (1, 0)
        assert st.count_articles() == 2


def test_a_changed_file_is_read_again(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    f = inbox / "one.txt"
    f.write_text(REPORT.format(n=3))
    with open_store(tmp_path / "s.db") as st:
        watch_once(inbox, st, WatchState(), settle=False)
        f.write_text(REPORT.format(n=4))
        os.utime(f, ns=(1, 10**18))
        got = watch_once(inbox, st, WatchState(), settle=False)
        assert got.added == 1 and st.count_articles() == 2


def test_watch_once_records_refusals(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_text(REPORT.format(n=3))
    (inbox / "empty.txt").write_text("")
    db = tmp_path / "s.db"
    runner = CliRunner()
    result = runner.invoke(main, ["watch", str(inbox), "--db", str(db), "--once"])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output
    listed = runner.invoke(main, ["rejects", "--db", str(db)])
    assert "empty.txt: empty file" in listed.output
    with open_store(db) as st:
        assert st.count_articles() == 1
    (inbox / "empty.txt").write_text(REPORT.format(n=9))  # mended: read, and no longer refused
    runner.invoke(main, ["watch", str(inbox), "--db", str(db), "--once"])
    assert "empty.txt" not in runner.invoke(main, ["rejects", "--db", str(db)]).output


def test_every_report_format_is_watched(tmp_path):
    from sitrep.watch import _candidates

    for name in ("a.txt", "b.jsonl", "c.warc.gz", "d.rss", "e.html", "README.txt", ".hidden.txt", "f.png"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in _candidates(tmp_path)] == ["a.txt", "b.jsonl", "c.warc.gz", "d.rss", "e.html"]

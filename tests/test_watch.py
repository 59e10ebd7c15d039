"""``sitrep watch``: files taken in once they are complete, once only, across restarts; partial copies
replaced by the whole; file names that are not UTF-8."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.store import open_store
from sitrep.watch import WatchState, watch_once

REPORT = "date: 2025-09-14\n\nRussian drones struck Kharkiv overnight, injuring {n} people, the mayor said.\n"
LONG_AGO = time.time_ns() - 3600 * 10**9


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    return inbox


def _age(path: Path, ns: int = LONG_AGO) -> None:
    """As if the file was last written ``ns`` (an hour ago by default)."""
    os.utime(path, ns=(ns, ns))


def test_a_file_is_taken_when_it_has_held_still_for_two_intervals(tmp_path):
    inbox = _inbox(tmp_path)
    (inbox / "one.txt").write_text(REPORT.format(n=3))
    with open_store(tmp_path / "s.db") as st:
        state = WatchState()
        assert watch_once(inbox, st, state).added == 0  # first sight
        assert watch_once(inbox, st, state).added == 0  # still for one interval: not yet
        got = watch_once(inbox, st, state)
        assert got.added == 1 and st.count_articles() == 1
        assert watch_once(inbox, st, state).added == 0  # nothing new


def test_a_file_still_growing_waits(tmp_path):
    inbox = _inbox(tmp_path)
    f = inbox / "one.txt"
    f.write_text(REPORT.format(n=3)[:30])
    with open_store(tmp_path / "s.db") as st:
        state = WatchState()
        for n in range(4):  # the writer adds a little before every pass
            assert watch_once(inbox, st, state).added == 0
            with f.open("a") as out:
                out.write(REPORT.format(n=3)[30 + n:31 + n])
            _age(f, time.time_ns() + n)
        assert st.count_articles() == 0


def test_a_file_quiet_for_two_intervals_by_the_clock_is_taken_at_once(tmp_path):
    inbox = _inbox(tmp_path)
    (inbox / "one.txt").write_text(REPORT.format(n=3))
    _age(inbox / "one.txt")
    with open_store(tmp_path / "s.db") as st:
        assert watch_once(inbox, st, WatchState()).added == 1


def test_once_leaves_a_file_written_just_now(tmp_path):
    inbox = _inbox(tmp_path)
    (inbox / "one.txt").write_text(REPORT.format(n=3))
    db = tmp_path / "s.db"
    runner = CliRunner()
    assert runner.invoke(main, ["watch", str(inbox), "--db", str(db), "--create", "--once"]).exit_code == 0
    with open_store(db) as st:
        assert st.count_articles() == 0
    _age(inbox / "one.txt")
    runner.invoke(main, ["watch", str(inbox), "--db", str(db), "--once"])
    with open_store(db) as st:
        assert st.count_articles() == 1


def test_a_restarted_watcher_skips_what_it_took(tmp_path):
    inbox = _inbox(tmp_path)
    (inbox / "one.txt").write_text(REPORT.format(n=3))
    with open_store(tmp_path / "s.db") as st:
        watch_once(inbox, st, WatchState(), interval=0)
    (inbox / "two.txt").write_text(REPORT.format(n=5))
    with open_store(tmp_path / "s.db") as st:  # a new process: fresh state, same store
        got = watch_once(inbox, st, WatchState(), interval=0)
        assert (got.added, got.skipped) == (1, 0)
        assert st.count_articles() == 2


def test_a_partial_copy_is_replaced_by_the_whole_file(tmp_path):
    inbox = _inbox(tmp_path)
    f = inbox / "one.txt"
    whole = REPORT.format(n=3) + "\nLater, a second drone hit a depot in Odesa, the governor said.\n"
    f.write_text(REPORT.format(n=3))  # the writer paused here
    with open_store(tmp_path / "s.db") as st:
        watch_once(inbox, st, WatchState(), interval=0)
        [partial] = st.file_reports(str(f))
        assert st.count_events() >= 1
        f.write_text(whole)
        _age(f, time.time_ns() + 1)
        got = watch_once(inbox, st, WatchState(), interval=0)
        assert got.added == 1
        [article] = st.file_reports(str(f))
        assert article != partial and st.article(partial) is None and st.count_articles() == 1
        assert st.article(article).text == whole.split("\n\n", 1)[1]
        assert all(partial not in e.articles for e in st.events())
        assert st.count_records() == st.count_records(article) and st.check() == []


def test_rows_appended_to_json_lines_keep_the_rows_before(tmp_path):
    inbox = _inbox(tmp_path)
    f = inbox / "rows.jsonl"
    rows = [json.dumps({"published": "2025-09-14", "text": REPORT.format(n=n).split("\n\n")[1]}) for n in (3, 4, 5)]
    f.write_text("\n".join(rows[:2]) + "\n" + rows[2][:20])  # the third row is being written
    with open_store(tmp_path / "s.db") as st:
        got = watch_once(inbox, st, WatchState(), interval=0)
        assert got.added == 2 and [e.path for e in got.refused] == [f"{f}:3"]
        first = st.file_reports(str(f))
        f.write_text("\n".join(rows) + "\n")
        _age(f, time.time_ns() + 1)
        got = watch_once(inbox, st, WatchState(), interval=0)
        assert (got.added, got.skipped, got.refused) == (1, 2, [])
        assert set(first) < set(st.file_reports(str(f))) and st.count_articles() == 3
        assert st.rejects() == []


def test_a_report_another_file_gives_too_is_kept(tmp_path):
    inbox = _inbox(tmp_path)
    (inbox / "a.txt").write_text(REPORT.format(n=3))
    (inbox / "b.txt").write_text(REPORT.format(n=3))
    with open_store(tmp_path / "s.db") as st:
        watch_once(inbox, st, WatchState(), interval=0)
        [shared] = st.file_reports(str(inbox / "a.txt"))
        (inbox / "a.txt").write_text(REPORT.format(n=7))
        _age(inbox / "a.txt", time.time_ns() + 1)
        watch_once(inbox, st, WatchState(), interval=0)
        assert st.article(shared) is not None and st.count_articles() == 2


@pytest.mark.skipif(os.fsencode("\udcff") != b"\xff", reason="the file system does not take byte names")
def test_a_file_name_that_is_not_utf8(tmp_path):
    inbox = _inbox(tmp_path)
    with open(os.fsencode(inbox) + b"/r\xff.txt", "wb") as out:
        out.write(REPORT.format(n=3).encode())
    with open(os.fsencode(inbox) + b"/e\xfe.txt", "wb") as out:
        out.write(b"")
    with open_store(tmp_path / "s.db") as st:
        got = watch_once(inbox, st, WatchState(), interval=0)
        assert got.added == 1 and [str(e) for e in got.refused] == [f"{inbox}/e\\xfe.txt: empty file"]
        assert st.file_seen(f"{inbox}/r\\xff.txt") is not None
        assert st.article(got.articles[0]).source == f"{inbox}/r\\xff.txt"
        assert watch_once(inbox, st, WatchState(), interval=0).added == 0  # taken once
        assert [r["path"] for r in st.rejects()] == [f"{inbox}/e\\xfe.txt"]
    result = CliRunner().invoke(main, ["ingest", str(inbox), "--db", str(tmp_path / "t.db"), "--create"])
    assert result.exit_code == 1 and "Traceback" not in result.output and "e\\xfe.txt: empty file" in result.output


def test_watch_once_records_refusals(tmp_path):
    inbox = _inbox(tmp_path)
    (inbox / "good.txt").write_text(REPORT.format(n=3))
    (inbox / "empty.txt").write_text("")
    for f in inbox.iterdir():
        _age(f)
    db = tmp_path / "s.db"
    runner = CliRunner()
    result = runner.invoke(main, ["watch", str(inbox), "--db", str(db), "--create", "--once"])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output
    listed = runner.invoke(main, ["rejects", "--db", str(db)])
    assert "empty.txt: empty file" in listed.output
    with open_store(db) as st:
        assert st.count_articles() == 1
    (inbox / "empty.txt").write_text(REPORT.format(n=9))  # mended: read, and no longer refused
    _age(inbox / "empty.txt", LONG_AGO + 1)
    runner.invoke(main, ["watch", str(inbox), "--db", str(db), "--once"])
    assert "empty.txt" not in runner.invoke(main, ["rejects", "--db", str(db)]).output


def test_every_report_format_is_watched(tmp_path):
    from sitrep.watch import _candidates

    for name in ("a.txt", "b.jsonl", "c.warc.gz", "d.rss", "e.html", "README.txt", ".hidden.txt", "f.png",
                 "g.txt.part", ".h.txt.tmp"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in _candidates(tmp_path)] == ["a.txt", "b.jsonl", "c.warc.gz", "d.rss", "e.html"]

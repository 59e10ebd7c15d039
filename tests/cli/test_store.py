"""The commands over a store (sitrep.cli.store): ``ingest``, ``events``, ``event``, ``split``, ``merge``,
``rejects``."""

from __future__ import annotations

import json

from sitrep.cli import main
from sitrep.store import open_store


def _merged_id(db) -> str:
    with open_store(db) as st:
        return next(e.id for e in st.events() if len(e.articles) == 3)


def test_ingest_twice_adds_nothing(runner, tmp_path, examples_dir):
    db = tmp_path / "s.db"
    first = runner.invoke(main, ["ingest", str(examples_dir), "--db", str(db), "--create"])
    assert first.exit_code == 0, first.stderr
    from sitrep.store import open_store

    with open_store(db) as st:
        counts = (st.count_articles(), st.count_events())
    second = runner.invoke(main, ["ingest", str(examples_dir), "--db", str(db)])
    assert second.exit_code == 0
    assert f"{counts[0]} articles read (0 added, {counts[0]} already stored)" in second.stderr
    assert "; 0 records; 0 events" in second.stderr
    with open_store(db) as st:
        assert (st.count_articles(), st.count_events()) == counts
    assert counts[0] >= 5 and counts[1] > 0


def test_ingest_refuses_a_bad_config(runner, tmp_path, examples_dir):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[merge]\nmin_scor = 2\n")
    result = runner.invoke(main, ["ingest", str(examples_dir), "--db", str(tmp_path / "x.db"), "--create", "--config", str(cfg)])
    assert result.exit_code != 0
    assert "min_scor" in result.output


def test_events_filters(runner, tmp_path, examples_dir):
    db = tmp_path / "s.db"
    runner.invoke(main, ["ingest", str(examples_dir), "--db", str(db), "--create"])
    result = runner.invoke(main, ["events", "--db", str(db), "--type", "attack", "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(r["type"].startswith("attack.") for r in records)


def test_events_table_and_csv(runner, store_path):
    table = runner.invoke(main, ["events", "--db", str(store_path)])
    assert table.exit_code == 0, table.output
    assert table.stdout.split()[:7] == ["date", "type", "status", "place", "actors", "counts", "claimants"]
    csv_out = runner.invoke(main, ["events", "--db", str(store_path), "--format", "csv", "--limit", "1"])
    assert csv_out.stdout.splitlines()[0] == "id,date,type,status,place,actors,counts,claimants,evidence"
    assert len(csv_out.stdout.splitlines()) == 2


def test_events_refuses_a_day_that_is_not_a_date(runner, store_path):
    result = runner.invoke(main, ["events", "--db", str(store_path), "--until", "yesterday"])
    assert result.exit_code == 2 and "'yesterday' is not a date" in result.output


def test_event_shows_records_side_by_side_and_why(runner, store_path):
    eid = _merged_id(store_path)
    result = runner.invoke(main, ["event", eid, "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "record 1" in result.output and "record 3" in result.output
    assert "person killed: 2 to 3" in result.output
    assert "why these records are one event" in result.output
    assert "same type attack.drone" in result.output
    shown = json.loads(runner.invoke(main, ["event", eid, "--db", str(store_path), "--format", "json"]).output)
    assert len(shown["records"]) == 3 and len(shown["pairs"]) == 3
    assert all(p["ok"] for p in shown["pairs"])


def test_event_unknown_id_is_a_clear_error(runner, store_path):
    result = runner.invoke(main, ["event", "ev_nope", "--db", str(store_path)])
    assert result.exit_code != 0
    assert "ev_nope: no such event" in result.output


def test_split_parts_the_records_and_event_says_why(runner, store_path):
    eid = _merged_id(store_path)
    result = runner.invoke(main, ["split", eid, "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    parted = result.stdout.split()
    assert len(parted) == 3
    with open_store(store_path) as st:
        assert all(len(st.records(i)) == 1 for i in parted)
    assert eid in parted  # the part with the earliest record keeps the event's id
    bad = runner.invoke(main, ["split", "ev_nope", "--db", str(store_path)])
    assert bad.exit_code != 0 and "no such event" in bad.output


def test_rejects_lists_what_was_refused(runner, tmp_path):
    db = tmp_path / "r.db"
    empty = tmp_path / "blank.txt"
    empty.write_text("")
    assert runner.invoke(main, ["ingest", str(empty), "--db", str(db), "--create"]).exit_code == 1
    table = runner.invoke(main, ["rejects", "--db", str(db)])
    assert table.exit_code == 0 and f"{empty}: empty file" in table.stdout
    assert "1 refused input(s)" in table.stderr
    rows = [json.loads(line) for line in runner.invoke(main, ["rejects", "--db", str(db), "--format", "jsonl"])
            .stdout.splitlines()]
    assert [(r["path"], r["reason"], r["times"]) for r in rows] == [(str(empty), "empty file", 1)]


def test_merge_joins_events_and_event_follows_an_old_id(runner, store_path):
    with open_store(store_path) as st:
        loners = sorted(e.id for e in st.events() if len(e.articles) == 1)[:2]
    result = runner.invoke(main, ["merge", *loners, "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    joined = result.stdout.strip()
    assert joined in loners and "are now one event" in result.stderr
    [old] = [i for i in loners if i != joined]
    shown = runner.invoke(main, ["event", old, "--db", str(store_path)])
    assert shown.exit_code == 0, shown.output
    assert f"{old} was merged into {joined}" in shown.stderr and shown.stdout.startswith(joined)
    assert "joined by `sitrep merge`" in shown.stdout
    as_json = json.loads(runner.invoke(main, ["event", old, "--db", str(store_path), "--format", "json"]).stdout)
    assert as_json["redirected_from"] == old and as_json["aliases"] == [old]


def test_merge_says_what_it_cannot_join(runner, store_path):
    eid = _merged_id(store_path)
    for ids, message in ((["ev_nope", eid], "ev_nope: no such event"), ([eid, eid], "two or more different events")):
        bad = runner.invoke(main, ["merge", *ids, "--db", str(store_path)])
        assert bad.exit_code != 0 and message in bad.output

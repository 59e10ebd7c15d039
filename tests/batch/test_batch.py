"""``sitrep batch`` and ``sitrep load``: shards, engines, a killed batch resumed, and loading."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sitrep.batch.engine import load_batch, plan_batch, run_batch
from sitrep.batch.generate import generate
from sitrep.batch.shards import PlanMismatch, is_done, read_shards
from sitrep.store import open_store

N = 24


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, examples_dir) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    generate(examples_dir, N, out, per_file=10)
    return out


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory) -> dict[str, list[str]]:
    """The records one process gives: the reference every engine must match."""
    out = tmp_path_factory.mktemp("single")
    run_batch([corpus], out, engine="local", workers=1, shard_size=4)
    return _records(out)


def _records(out: Path) -> dict[str, list[str]]:
    return {a.id: sorted(e.to_json() for e in events) for a, events in read_shards(out)}


def test_generator_is_deterministic_and_every_report_is_its_own(corpus, examples_dir, tmp_path):
    again = tmp_path / "again"
    generate(examples_dir, N, again, per_file=10)
    assert [p.read_text() for p in sorted(corpus.iterdir())] == [p.read_text() for p in sorted(again.iterdir())]
    plan, shards, refused = plan_batch([corpus], shard_size=5)
    assert refused == [] and sum(map(len, shards)) == N
    assert len({a.id for s in shards for a in s}) == N
    assert [len(s) for s in shards] == [5, 5, 5, 5, 4]


def test_local_pool_gives_the_single_process_records(corpus, single, tmp_path):
    rep = run_batch([corpus], tmp_path / "out", engine="local", workers=2, shard_size=4)
    assert rep.run == rep.shards == 6 and rep.articles == N
    assert _records(tmp_path / "out") == single
    assert sum(len(v) for v in single.values()) == rep.records > 0
    again = run_batch([corpus], tmp_path / "out", engine="local", workers=2, shard_size=4)
    assert (again.done_before, again.run) == (6, 0)


def test_other_inputs_in_the_same_folder_are_refused(corpus, tmp_path):
    run_batch([corpus], tmp_path / "out", engine="local", workers=1, shard_size=4)
    with pytest.raises(PlanMismatch, match="other inputs"):
        run_batch([corpus], tmp_path / "out", engine="local", workers=1, shard_size=5)


def test_killed_batch_resumes_without_redoing_a_shard(corpus, single, tmp_path):
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "sitrep.cli", "batch", str(corpus), "--out", str(out), "--workers", "2",
           "--shard-size", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None and sum(is_done(out, n) for n in range(12)) < 2:
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the whole process group: the main process and its workers
    proc.wait()
    done = {n: (out / f"records-{n:05d}.parquet").stat().st_mtime_ns for n in range(12) if is_done(out, n)}
    assert 2 <= len(done) < 12
    finished = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr
    assert f"{len(done)} done before" in finished.stderr
    for n, mtime in done.items():  # nothing done before was done again
        assert (out / f"records-{n:05d}.parquet").stat().st_mtime_ns == mtime
    assert not list(out.glob(".*.tmp"))
    assert _records(out) == single


def test_dask_engine_gives_the_single_process_records(corpus, single, tmp_path):
    pytest.importorskip("dask.distributed")
    rep = run_batch([corpus], tmp_path / "out", engine="dask", workers=2, shard_size=4)
    assert rep.run == 6
    assert _records(tmp_path / "out") == single


def test_load_merges_like_ingest_and_twice_adds_nothing(corpus, tmp_path):
    out = tmp_path / "out"
    run_batch([corpus], out, engine="local", workers=1, shard_size=6)
    with open_store(tmp_path / "s.db") as st:
        got = load_batch(out, st)
        assert got["added"] == N and st.count_articles() == N
        events = st.count_events()
        assert 0 < events <= got["records"]
        assert load_batch(out, st)["added"] == 0 and st.count_events() == events
        assert st.check() == []


def test_parquet_of_articles_is_an_input(tmp_path):
    table = pa.Table.from_pylist([
        {"id": "x1", "published": "2025-09-14", "title": "t", "outlet": "o", "url": None,
         "text": "Russian drones struck Kharkiv overnight, injuring four people, the mayor said."},
    ])
    pq.write_table(table, tmp_path / "in.parquet")
    (tmp_path / "broken.parquet").write_bytes(b"not parquet")
    rep = run_batch([tmp_path / "in.parquet", tmp_path / "broken.parquet"], tmp_path / "out", workers=1)
    assert rep.articles == 1 and rep.records >= 1
    assert [r["path"] for r in rep.refused] == [str(tmp_path / "broken.parquet")]
    assert json.loads((tmp_path / "out" / "rejects.jsonl").read_text().splitlines()[0])["reason"].startswith(
        "not a Parquet file")

"""Extraction over large inputs, on all local cores or on a Dask cluster, resumable.

    from sitrep.batch.engine import run_batch, load_batch
    run_batch(["archive/"], Path("out/"), engine="dask", workers=8)
    load_batch(Path("out/"), store)

The inputs are read once and cut into shards of ``shard_size`` reports in input order (the
plan, kept in ``out/plan.json``). Each shard is extracted with spaCy's ``nlp.pipe`` by a
worker that loads the pipeline once, and written as Parquet (``batch.shards``). A batch that
is killed and run again skips the shards that are done and redoes none twice; the records
are exactly those a single process gives, since each report's records depend on it alone.

Why Dask and not Ray: Dask's distributed scheduler is pure Python (a small install beside
spaCy), runs as a ``LocalCluster`` in the tests in seconds, and reaches a real cluster by its
scheduler address (``--address tcp://host:8786``); Ray would add a large binary runtime for
no gain in a job that is one map over shards. Workers write their shards to ``out/``, so on a
real cluster ``out/`` must be on storage every worker sees.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.batch.shards import Plan, append_rejects, is_done, read_shards, save_plan, write_shard
from sitrep.records import Article, Event

ENGINES = ("local", "dask")


@dataclass
class BatchReport:
    shards: int = 0
    done_before: int = 0
    run: int = 0
    articles: int = 0
    records: int = 0
    refused: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    workers: dict[int, dict[str, float]] = field(default_factory=dict)  # pid -> reports, seconds, peak MB


def _inputs(paths: Sequence[Path], published: date | None) -> Iterator[Article | tuple[str, str]]:
    """Every report under ``paths`` through the input gate: files of every format, and Parquet rows."""
    from sitrep.read import ReadError, iter_reports
    from sitrep.read.parquet import read_parquet

    for p in paths:
        files = sorted(p.rglob("*.parquet")) if p.is_dir() else [p] if p.suffix == ".parquet" else []
        for f in files:
            for row in read_parquet(f, published):
                yield (row.path, row.reason) if isinstance(row, ReadError) else row
        if p.suffix != ".parquet":
            for item in iter_reports([p], published=published):
                yield (item.path, item.reason) if isinstance(item, ReadError) else item


def plan_batch(inputs: Sequence[str | Path], shard_size: int = 200,
               published: date | None = None) -> tuple[Plan, list[list[Article]], list[dict[str, str]]]:
    """Read the inputs and cut them into shards (a report seen twice is kept once)."""
    shards: list[list[Article]] = [[]]
    seen: set[str] = set()
    refused: list[dict[str, str]] = []
    for item in _inputs([Path(p) for p in inputs], published):
        if isinstance(item, tuple):
            refused.append({"path": item[0], "reason": item[1]})
            continue
        if item.id in seen:
            continue
        seen.add(item.id)
        if len(shards[-1]) >= shard_size:
            shards.append([])
        shards[-1].append(item)
    shards = [s for s in shards if s]
    plan = Plan([str(p) for p in inputs], shard_size, [[a.id for a in s] for s in shards])
    return plan, shards, refused


def _extract(articles: list[Article]) -> list[tuple[Article, list[Event]]]:
    from sitrep.nlp.pipeline import default_extractor

    extractor = default_extractor()  # one per worker process
    try:
        return list(extractor.pipe(articles))
    except Exception:  # one bad report: extract one by one, the bad one gives no records
        out = []
        for a in articles:
            try:
                out.append((a, extractor.extract(a)))
            except Exception:
                out.append((a, []))
        return out


def run_shard(out: str, n: int, articles: list[Article]) -> dict[str, Any]:
    """One shard, in a worker: extract and write. Gives what it did, for the report."""
    t0 = time.perf_counter()
    results = _extract(articles)
    records = write_shard(Path(out), n, results)
    return {"shard": n, "articles": len(articles), "records": records, "seconds": time.perf_counter() - t0,
            "pid": os.getpid(), "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _progress(total: int, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="shard", disable=not enabled, file=sys.stderr, dynamic_ncols=True)


def run_batch(inputs: Sequence[str | Path], out: Path, *, engine: str = "local", workers: int | None = None,
              address: str | None = None, shard_size: int = 200, published: date | None = None,
              progress: bool = False, on_shard: Callable[[dict[str, Any]], None] | None = None) -> BatchReport:
    """Extract every report under ``inputs`` into Parquet shards in ``out``, skipping shards already done."""
    if engine not in ENGINES:
        raise ValueError(f"engine {engine!r}: choose one of {', '.join(ENGINES)}")
    t0 = time.perf_counter()
    plan, shards, refused = plan_batch(inputs, shard_size, published)
    save_plan(out, plan)
    for stale in out.glob(".*.tmp"):  # half-written by a batch that was killed: never counted as done
        stale.unlink(missing_ok=True)
    append_rejects(out, refused)
    report = BatchReport(shards=len(shards), refused=refused, articles=sum(map(len, shards)))
    todo = [n for n in range(len(shards)) if not is_done(out, n)]
    report.done_before = len(shards) - len(todo)
    n_workers = workers or os.cpu_count() or 1
    bar = _progress(len(todo), progress)

    def took(result: dict[str, Any]) -> None:
        report.run += 1
        report.records += result["records"]
        w = report.workers.setdefault(result["pid"], {"reports": 0, "seconds": 0.0, "peak_mb": 0.0})
        w["reports"] += result["articles"]
        w["seconds"] += result["seconds"]
        w["peak_mb"] = max(w["peak_mb"], result["peak_mb"])
        bar.update(1)
        if on_shard is not None:
            on_shard(result)

    try:
        if engine == "local" and n_workers == 1:
            for n in todo:
                took(run_shard(str(out), n, shards[n]))
        elif engine == "local":
            from concurrent.futures import ProcessPoolExecutor, as_completed

            with ProcessPoolExecutor(max_workers=n_workers) as pool:
                futures = [pool.submit(run_shard, str(out), n, shards[n]) for n in todo]
                for f in as_completed(futures):
                    took(f.result())
        else:
            _run_dask(out, todo, shards, n_workers, address, took)
    finally:
        bar.close()
    report.seconds = time.perf_counter() - t0
    return report


def _run_dask(out: Path, todo: list[int], shards: list[list[Article]], n_workers: int, address: str | None,
              took: Callable[[dict[str, Any]], None]) -> None:
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None if address else LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                                dashboard_address=None, silence_logs=40)
    client = Client(address) if address else Client(cluster)
    try:
        futures = [client.submit(run_shard, str(out.resolve()), n, shards[n], pure=False, key=f"shard-{n}")
                   for n in todo]
        for f in as_completed(futures):
            took(f.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def load_batch(out: Path, store: Any, on_report: Callable[[str], None] | None = None) -> dict[str, int]:
    """Put a finished batch into a store, merging as ingest does; reports already there are skipped.
    Gives the reports added and skipped, the records stored, and the events the added reports are in:
    ``new_events`` (told by them alone) and ``merged_events`` (joined to reports stored before).
    ``on_report`` is told each report's id once it is dealt with (a progress bar)."""
    import json

    added = skipped = events = 0
    added_ids: list[str] = []
    for article, records in read_shards(out):
        if on_report is not None:
            on_report(article.id)
        if store.has_article(article.id) or not store.add_article(article, records):
            skipped += 1
            continue
        added += 1
        added_ids.append(article.id)
        events += store.count_records(article.id)  # what was stored: a record read twice is one
    rejects = out / "rejects.jsonl"
    if rejects.exists():
        for line in rejects.read_text().splitlines():
            r = json.loads(line)
            store.add_reject(r["path"], r["reason"])
    new, merged = store.tally_events(added_ids)
    return {"added": added, "skipped": skipped, "records": events, "new_events": new, "merged_events": merged}

"""A batch's folder: the plan, one pair of Parquet files per shard, and the inputs refused.

    out/
      plan.json                 inputs, shard size, and the article ids of every shard
      rejects.jsonl             inputs that could not be read, with the reason
      articles-00000.parquet    the shard's reports (id, published, title, outlet, url, source, text)
      records-00000.parquet     the shard's records: a row each, the record's main fields in
                                columns and the whole record as JSON (``record``)

A shard is done when its records file exists: files are written under a temporary name and
renamed, articles first, so a killed batch leaves no half-written shard that counts as done.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from sitrep.records import Article, Event

ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()), ("published", pa.date32()), ("title", pa.string()), ("outlet", pa.string()),
    ("url", pa.string()), ("source", pa.string()), ("text", pa.string()),
])
RECORD_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("id", pa.string()), ("type", pa.string()), ("status", pa.string()),
    ("date_start", pa.string()), ("date_end", pa.string()), ("date_precision", pa.string()),
    ("location", pa.string()), ("country", pa.string()), ("admin1", pa.string()), ("lat", pa.float64()),
    ("lon", pa.float64()), ("confidence", pa.float64()), ("record", pa.string()),
])


class PlanMismatch(RuntimeError):
    """The folder holds a batch of other inputs: resuming into it would mix two batches."""


@dataclass
class Plan:
    inputs: list[str]
    shard_size: int
    shards: list[list[str]]  # article ids, per shard

    def digest(self) -> str:
        return hashlib.sha256(json.dumps(self.shards).encode()).hexdigest()[:16]

    def to_json(self) -> str:
        return json.dumps({"inputs": self.inputs, "shard_size": self.shard_size, "digest": self.digest(),
                           "shards": self.shards}, indent=1)


def shard_name(kind: str, n: int) -> str:
    return f"{kind}-{n:05d}.parquet"


def is_done(out: Path, n: int) -> bool:
    return (out / shard_name("records", n)).exists()


def _atomic_write(table: pa.Table, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def save_plan(out: Path, plan: Plan) -> None:
    """Write the plan, or check that the one in ``out`` is the same batch."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "plan.json"
    if path.exists():
        old = json.loads(path.read_text())
        if old.get("digest") != plan.digest():
            raise PlanMismatch(f"{out}: holds a batch of other inputs (or another shard size); "
                               "give a new --out folder, or delete this one")
        return
    tmp = path.with_name(".plan.json.tmp")
    tmp.write_text(plan.to_json())
    os.replace(tmp, path)


def write_shard(out: Path, n: int, results: Sequence[tuple[Article, list[Event]]]) -> int:
    """Store one shard's reports and records; gives the number of records."""
    arts = pa.Table.from_pylist([
        {"id": a.id, "published": a.published, "title": a.title, "outlet": a.outlet, "url": a.url,
         "source": a.source, "text": a.text} for a, _ in results], schema=ARTICLE_SCHEMA)
    rows = []
    for a, events in results:
        for ev in events:
            loc = ev.location
            rows.append({
                "article_id": a.id, "id": ev.id, "type": ev.type, "status": ev.status,
                "date_start": ev.date.start, "date_end": ev.date.end, "date_precision": ev.date.precision,
                "location": loc.name if loc else None, "country": loc.country if loc else None,
                "admin1": loc.admin1 if loc else None, "lat": loc.lat if loc else None,
                "lon": loc.lon if loc else None, "confidence": ev.confidence, "record": ev.to_json(),
            })
    _atomic_write(arts, out / shard_name("articles", n))
    _atomic_write(pa.Table.from_pylist(rows, schema=RECORD_SCHEMA), out / shard_name("records", n))
    return len(rows)


def read_shards(out: Path) -> Iterator[tuple[Article, list[Event]]]:
    """Every report of a finished batch with its records, shard by shard in plan order."""
    plan = json.loads((out / "plan.json").read_text())
    for n in range(len(plan["shards"])):
        if not is_done(out, n):
            raise FileNotFoundError(f"{out}: shard {n} is not done; run the batch again to finish it")
        records: dict[str, list[Event]] = {}
        for row in pq.read_table(out / shard_name("records", n), columns=["article_id", "record"]).to_pylist():
            records.setdefault(row["article_id"], []).append(Event.from_dict(json.loads(row["record"])))
        for row in pq.read_table(out / shard_name("articles", n)).to_pylist():
            published = row["published"]
            art = Article(text=row["text"], published=published if isinstance(published, date) else
                          date.fromisoformat(str(published)), title=row["title"], outlet=row["outlet"],
                          url=row["url"], source=row["source"], id=row["id"])
            yield art, records.get(art.id, [])


def append_rejects(out: Path, rejects: list[dict[str, Any]]) -> None:
    path = out / "rejects.jsonl"
    tmp = path.with_name(".rejects.jsonl.tmp")
    tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rejects))
    os.replace(tmp, path)

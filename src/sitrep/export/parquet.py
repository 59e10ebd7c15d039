"""Parquet: the nested record kept whole (structs and lists, as ``pyarrow`` or ``pandas`` read them),
with the event's family as a column of its own and numeric ``killed``/``injured`` columns (the one
best figure, and its low and high: ``sitrep.export.figures``)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from sitrep.export.figures import PEOPLE_COLUMNS, people_columns
from sitrep.records import Event

_S, _I, _F = pa.string(), pa.int64(), pa.float64()
SPAN = pa.struct([("article", _S), ("start", _I), ("end", _I), ("text", _S)])
SCHEMA = pa.schema([
    ("id", _S), ("type", _S), ("family", _S), ("status", _S),
    ("date", pa.struct([("start", _S), ("end", _S), ("precision", _S), ("text", _S)])),
    ("location", pa.struct([("name", _S), ("country", _S), ("admin1", _S), ("lat", _F), ("lon", _F),
                            ("geonameid", _I), ("precision", _S), ("text", _S)])),
    ("actors", pa.list_(pa.struct([("role", _S), ("name", _S), ("country", _S), ("kind", _S), ("text", _S)]))),
    ("quantities", pa.list_(pa.struct([("item", _S), ("role", _S), ("value", _I), ("qualifier", _S), ("text", _S),
                                       ("claim", _I), ("article", _S)]))),
    ("ranges", pa.list_(pa.struct([("item", _S), ("role", _S), ("low", _I), ("high", _I),
                                   ("quantities", pa.list_(_I))]))),
    ("damage", pa.list_(pa.struct([("object", _S), ("text", _S)]))),
    ("claims", pa.list_(pa.struct([
        ("claimant", pa.struct([("name", _S), ("kind", _S), ("country", _S)])), ("verb", _S), ("channel", _S),
        ("stance", _S), ("article", _S), ("start", _I), ("end", _I), ("text", _S)]))),
    ("evidence", pa.list_(SPAN)),
    ("articles", pa.list_(_S)),
    ("confidence", _F),
    *[(name, _I) for name in PEOPLE_COLUMNS],
])


def _row(ev: Event) -> dict[str, Any]:
    d = ev.to_dict()
    d["family"] = ev.family
    d.update(people_columns(ev))
    d.setdefault("ranges", [])
    for q in d["quantities"]:
        q.setdefault("claim", None)
        q.setdefault("article", None)
    return d


def table(events: Iterable[Event]) -> pa.Table:
    return pa.Table.from_pylist([_row(ev) for ev in events], schema=SCHEMA)


def write_parquet(events: Iterable[Event], out: str | Path | IO[bytes], *, batch: int = 5000) -> int:
    """Write the events to one Parquet file, ``batch`` rows at a time; gives the number of rows."""
    n = 0
    with pq.ParquetWriter(out, SCHEMA) as writer:
        rows: list[dict[str, Any]] = []
        for ev in events:
            rows.append(_row(ev))
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=SCHEMA))
                n, rows = n + len(rows), []
        writer.write_table(pa.Table.from_pylist(rows, schema=SCHEMA))
        n += len(rows)
    return n

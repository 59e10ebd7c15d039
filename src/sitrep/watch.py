"""``sitrep watch DIR``: ingest report files as they appear in a folder, and survive restarts.

    from sitrep.watch import watch
    watch(Path("inbox/"), store, interval=2.0, rounds=1)   # one pass; rounds=None runs until stopped

A file is taken in once it is complete, as far as a watcher can tell: its size and
modification time have held still for two intervals, either seen unchanged on three passes
in a row or, by the clock, not modified for two intervals (what a single pass, ``--once``,
goes by). A writer that can pause longer than that should write under a name the watcher
skips (a dotfile, or a suffix that is not a report's: ``.part``, ``.tmp``) and rename the file
into place when it is whole: a rename is atomic, so the watcher never sees half of it.

What was taken in is recorded in the store (path, size, mtime, and the reports the file gave),
so a restarted watcher skips it. A file that changes is read again: its new reports are
added, and a report it gave before and no longer gives (a partial copy taken while the file
was still being written) is taken out of the store, its events grouped anew without it.

File names that are not UTF-8 are kept as Python gives them for reading and recorded with
their stray bytes escaped (``read.errors.shown``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.api import IngestReport, ingest_paths
from sitrep.nlp.pipeline import Extractor
from sitrep.read import REPORT_SUFFIXES
from sitrep.read.errors import shown
from sitrep.store import Store

SETTLED_PASSES = 3  # seen unchanged on this many passes in a row: still across two intervals
QUIET_INTERVALS = 2  # not modified for this many intervals, by the clock


@dataclass
class WatchState:
    # path as stored -> its (size, mtime_ns) at the last pass, and on how many passes in a row it was so
    pending: dict[str, tuple[tuple[int, int], int]] = field(default_factory=dict)
    totals: IngestReport = field(default_factory=IngestReport)


def _candidates(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name.lower().endswith(REPORT_SUFFIXES)
                  and not p.name.startswith(".") and not p.name.lower().startswith("readme"))


def _settled(key: str, now: tuple[int, int], state: WatchState, quiet_ns: int) -> bool:
    """Whether the file has held still for two intervals (counting this pass's sighting)."""
    last, passes = state.pending.get(key, (None, 0))
    passes = passes + 1 if last == now else 1
    state.pending[key] = (now, passes)
    return passes >= SETTLED_PASSES or time.time_ns() - now[1] >= quiet_ns


def _add(total: IngestReport, part: IngestReport) -> None:
    total.added += part.added
    total.skipped += part.skipped
    total.records += part.records
    total.new_events += part.new_events
    total.merged_events += part.merged_events
    total.refused.extend(part.refused)
    total.articles.extend(part.articles)


FileReport = Callable[[str, IngestReport], None]


def watch_once(folder: Path, store: Store, state: WatchState, *, extractor: Extractor | None = None,
               interval: float = 2.0, on_file: FileReport | None = None) -> IngestReport:
    """One pass over ``folder``: ingest the files that are new or changed and have held still for two
    intervals (``interval=0`` takes every such file at once). ``on_file`` is told of each file taken
    in (its path as stored, and what it gave: reports added, records, refusals)."""
    done = IngestReport()
    quiet_ns = int(QUIET_INTERVALS * interval * 1e9)
    for path in _candidates(folder):
        try:
            st = path.stat()
        except FileNotFoundError:
            continue  # gone between listing and looking
        now = (st.st_size, st.st_mtime_ns)
        key = shown(path)
        if store.file_seen(key) == now:
            state.pending.pop(key, None)
            continue
        if not _settled(key, now, state, quiet_ns):
            continue  # still being written, or seen too briefly: a later pass
        got = ingest_paths([path], store=store, extractor=extractor)
        store.mark_file(key, *now, reports=got.articles)
        state.pending.pop(key, None)
        _add(done, got)
        _add(state.totals, got)
        if on_file is not None:
            on_file(key, got)
    return done


def watch(folder: Path, store: Store, *, interval: float = 2.0, rounds: int | None = None,
          extractor: Extractor | None = None, on_pass: Callable[[IngestReport], None] | None = None,
          on_file: FileReport | None = None) -> IngestReport:
    """Watch ``folder`` until interrupted (or for ``rounds`` passes); gives what was taken in overall.
    ``on_file`` is told of each file taken in, ``on_pass`` of each pass."""
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder}: not a directory")
    state = WatchState()
    n = 0
    while rounds is None or n < rounds:
        got = watch_once(folder, store, state, extractor=extractor, interval=interval, on_file=on_file)
        if on_pass is not None:
            on_pass(got)
        n += 1
        if rounds is None or n < rounds:
            time.sleep(interval)
    return state.totals

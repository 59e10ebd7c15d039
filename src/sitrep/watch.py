"""``sitrep watch DIR``: ingest report files as they appear in a folder, and survive restarts.

    from sitrep.watch import watch
    watch(Path("inbox/"), store, interval=2.0, rounds=1)   # one pass; rounds=None runs until stopped

A file is taken in once its size and modification time have held still for one interval (a
file still being written is left for the next pass). What was taken in is recorded in the
store (path, size, mtime), so a restarted watcher skips it; a file that changes is read
again, and its report is added only if its text is new (article ids are hashes of the text).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.api import IngestReport, ingest_paths
from sitrep.nlp.pipeline import Extractor
from sitrep.read import REPORT_SUFFIXES
from sitrep.store import Store


@dataclass
class WatchState:
    pending: dict[str, tuple[int, int]] = field(default_factory=dict)  # path -> (size, mtime) last pass
    totals: IngestReport = field(default_factory=IngestReport)


def _candidates(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name.lower().endswith(REPORT_SUFFIXES)
                  and not p.name.startswith(".") and not p.name.lower().startswith("readme"))


def watch_once(folder: Path, store: Store, state: WatchState, *, extractor: Extractor | None = None,
               settle: bool = True) -> IngestReport:
    """One pass over ``folder``: ingest the files that are new or changed and have stopped growing."""
    done = IngestReport()
    for path in _candidates(folder):
        try:
            st = path.stat()
        except FileNotFoundError:
            continue  # gone between listing and looking
        now = (st.st_size, st.st_mtime_ns)
        key = str(path)
        if store.file_seen(key) == now:
            state.pending.pop(key, None)
            continue
        if settle and state.pending.get(key) != now:
            state.pending[key] = now  # seen for the first time (or still changing): next pass
            continue
        got = ingest_paths([path], store=store, extractor=extractor)
        store.mark_file(key, *now)
        state.pending.pop(key, None)
        for part, total in ((got, done), (got, state.totals)):
            total.added += part.added
            total.skipped += part.skipped
            total.events += part.events
            total.refused.extend(part.refused)
    return done


def watch(folder: Path, store: Store, *, interval: float = 2.0, rounds: int | None = None,
          extractor: Extractor | None = None, on_pass: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Watch ``folder`` until interrupted (or for ``rounds`` passes); gives what was taken in overall."""
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder}: not a directory")
    state = WatchState()
    n = 0
    while rounds is None or n < rounds:
        got = watch_once(folder, store, state, extractor=extractor, settle=rounds is None or rounds > 1)
        if on_pass is not None:
            on_pass(got)
        n += 1
        if rounds is None or n < rounds:
            time.sleep(interval)
    return state.totals

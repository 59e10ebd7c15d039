"""Across reports: the records that tell one event, folded into one stored event.

Each report gives records (``Event`` objects with one article). The store keeps every record
and groups them into events, one block (one family, one day) at a time:

* ``rules``: may two records be one event? The rules, each small and named, shared with the
  fold within one report (``sitrep.nlp.events.fold``);
* ``cluster``: ``compare(a, b)`` says whether two records may be one event and how strongly,
  with the reasons; ``cluster(records)`` makes the groups, the same in any order;
* ``combine``: ``combine(records)`` makes the stored event: every article, evidence sentence
  and claim, each count with its claim, and the range where claims disagree;
* ``figures``: ``event_figures(event)``, one best/low/high number per count of a stored event, the
  one every reader (report, stats, exports) takes;
* ``explain``: ``explain_event(...)``, what ``sitrep event ID`` shows;
* ``config``: ``MergeConfig``, the thresholds of ``data/merge.toml``; a ``[merge]`` table in a
  user's file overrides them.
"""

from __future__ import annotations

from sitrep.merge.cluster import Pair, Verdict, block_key, cluster, compare
from sitrep.merge.combine import combine, event_id, ranges
from sitrep.merge.config import MergeConfig
from sitrep.merge.explain import explain, explain_event
from sitrep.merge.rules import PLACE_RANK, article_of

__all__ = ["PLACE_RANK", "MergeConfig", "Pair", "Verdict", "article_of", "block_key", "cluster", "combine",
           "compare", "event_id", "explain", "explain_event", "ranges"]

"""Why records were merged: what ``sitrep event ID`` and ``/api/events/ID`` show.

Given the records of one event and the pairs kept apart by ``sitrep split`` or joined by
``sitrep merge``; the store gathers them (``Store.explain_event``), this module reads no store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sitrep.merge.cluster import Pair, verdicts
from sitrep.merge.config import MergeConfig
from sitrep.merge.figures import event_figures
from sitrep.records import Article, Event


def explain(records: Sequence[Event], cfg: MergeConfig, splits: Iterable[Pair] = (),
            joins: Iterable[Pair] = ()) -> list[dict[str, Any]]:
    """Every pair of an event's records with the verdict that joined (or would part) them."""
    return [{"a": a, "b": b, "ok": v.ok, "score": v.score, "reasons": v.reasons}
            for (a, b), v in verdicts(records, cfg, splits, joins).items()]


def report_of(article: Article | None) -> dict[str, Any]:
    """Who told it: outlet, title, date and where it was read ({} when the report is not stored)."""
    if article is None:
        return {}
    return {"outlet": article.outlet, "title": article.title, "published": article.published.isoformat(),
            "source": article.url or article.source}


def explain_event(event: Event, records: Sequence[Event], articles: Mapping[str, Article | None],
                  cfg: MergeConfig, splits: Iterable[Pair] = (), joins: Iterable[Pair] = ()) -> dict[str, Any]:
    """The stored ``event``, its one figure per count (``figures``: item, role, best, low, high, the
    claims and the rule that chose), its ``records`` as read, the reports that told them (``articles``
    by id) and each pair's verdict."""
    reports = {aid: report_of(articles.get(aid)) for r in records for aid in r.articles}
    figures = [{"item": item, "role": role, **fig.to_dict()} for (item, role), fig in event_figures(event).items()]
    return {"event": event.to_dict(), "figures": figures, "records": [r.to_dict() for r in records],
            "reports": reports, "pairs": explain(records, cfg, splits, joins)}

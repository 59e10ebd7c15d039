"""A report with its time expressions as TimeML: what a TempEval-3 scorer reads.

    to_timeml("Talks resume Monday.", date(2025, 5, 22),
              [{"start": 13, "end": 19, "type": "DATE", "timex_value": "2025-05-26"}], "talks")

gives a ``<TimeML>`` document with a ``<DCT>`` (the publication date, ``t0``) and the text in
``<TEXT>`` with a ``<TIMEX3 tid type value [mod] [quant]>`` around each expression, numbered
``t1``, ``t2``... in order (over ``timex_start``..``timex_end`` when given: TimeML leaves
"since" or "in" outside); an expression without a value is written with ``value=""``.
Expressions that overlap an earlier one are left out (TimeML tags do not cross).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any
from xml.sax.saxutils import escape, quoteattr

__all__ = ["to_timeml"]


def _tag(tid: int, m: dict[str, Any], text: str) -> str:
    attrs = [f'tid="t{tid}"', f"type={quoteattr(m.get('type') or 'DATE')}",
             f"value={quoteattr(m.get('timex_value') or '')}"]
    attrs += [f"{k}={quoteattr(m[k])}" for k in ("mod", "quant") if m.get(k)]
    return f"<TIMEX3 {' '.join(attrs)}>{escape(text)}</TIMEX3>"


def to_timeml(text: str, published: date, mentions: Iterable[dict[str, Any]], docid: str = "") -> str:
    """The TimeML document of ``text``: the DCT and a TIMEX3 around each mention (``sitrep times``)."""
    dct = published.isoformat()
    body: list[str] = []
    pos = 0
    tid = 0
    for m in sorted(mentions, key=lambda m: (m["start"], -m["end"])):
        start, end = m.get("timex_start", m["start"]), m.get("timex_end", m["end"])
        if start < pos:
            continue
        tid += 1
        body.append(escape(text[pos:start]))
        body.append(_tag(tid, m, text[start:end]))
        pos = end
    body.append(escape(text[pos:]))
    return ('<?xml version="1.0" ?>\n<TimeML>\n'
            f"<DOCID>{escape(docid)}</DOCID>\n"
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
            f"<TEXT>{''.join(body)}</TEXT>\n</TimeML>\n")

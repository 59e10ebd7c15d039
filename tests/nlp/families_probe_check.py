"""What the probes of event families share: a report's records against the families a coder wants.

``families`` is a space-separated list ("attack arrest?"): each family must have a record, one marked
"?" may, and no other family may; an empty string wants no record.
"""

from __future__ import annotations

import pytest


def problems(events, families: str) -> list[str]:
    got = {e.type.split(".")[0] for e in events}
    required = {f for f in families.split() if not f.endswith("?")}
    allowed = {f.rstrip("?") for f in families.split()}
    return [] if required <= got <= allowed else [f"families {sorted(got)}"]


def params(cases, gaps: tuple[str, ...]):
    """The cases as test parameters, those opening with a known gap marked xfail."""
    for text, families in cases:
        marks = [pytest.mark.xfail(strict=False)] if text.startswith(gaps) else []
        yield pytest.param(text, families, marks=marks, id=text[:48])

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


def status_label(event) -> str:
    """"attack" for an act done, "attack:planned" for one of another status."""
    fam = event.type.split(".")[0]
    return fam if event.status == "occurred" else f"{fam}:{event.status}"


def status_problems(events, labels: str) -> list[str]:
    """As ``problems``, over families with their status ("attack arrest:planned?")."""
    got = {status_label(e) for e in events}
    required = {w for w in labels.split() if not w.endswith("?")}
    allowed = {w.rstrip("?") for w in labels.split()}
    return [] if required <= got <= allowed else [f"got {sorted(got)}"]


def record_counts(extractor, text: str) -> set[tuple[str, str, str, int]]:
    """The counts of a report's records, each with its record's family: ("attack", "person", "killed", 2)."""
    from datetime import date

    from sitrep.records import Article

    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    return {(e.type.split(".")[0], q.item, q.role, q.value) for e in events for q in e.quantities}


def sides(events, role: str) -> list[str]:
    """The countries of a role over the records: ["RUS"] for the initiators of a Russian strike."""
    return sorted({a.country for e in events for a in e.actors if a.role == role and a.country})


def check_sides(extractor, text: str, family: str | None, initiators, targets, participants) -> None:
    """The records of ``family`` in ``text`` have these sides (``family`` None: the text gives no record)."""
    from datetime import date

    from sitrep.records import Article

    events = extractor.extract(Article(text, date(2025, 5, 22)))
    if family is None:
        assert events == []
        return
    events = [e for e in events if e.type.startswith(family)]
    assert events
    assert (sides(events, "initiator"), sides(events, "target"), sides(events, "participant")) == (
        initiators, targets, participants)

"""What the date probes share: whether a report's records fall in the windows a coder gave.

A want is a list of (family, window): the family of a record ("attack", "*" for any, a trailing "?"
when the record may be left out), the window a day or a span of ISO dates ("2021-03", "2021-03-02",
"2021-03-01..2021-03-05"; a trailing "+" asks for a start in the window and an end no later than
publication); None wants no record at all.
"""

from __future__ import annotations

from datetime import date

Want = list[tuple[str, str]] | None


def window(want: str) -> tuple[str, str]:
    """The first and last day of a wanted window: '2021-03' is 2021-03-01..2021-03-31."""
    first, _, last = want.partition("..")
    last = last or first
    low = first + "-01-01"[len(first) - 4:] if len(first) < 10 else first
    high = last + "-12-31"[len(last) - 4:] if len(last) < 10 else last
    return low, high


def inside(rec, want: str, published: date) -> bool:
    start = rec.date.start or ""
    end = rec.date.end or start
    if want.endswith("+"):  # the first day in the window, running on no later than publication
        low, high = window(want[:-1])
        return bool(start) and low <= start <= high and end[:10] <= published.isoformat()
    low, high = window(want)
    return bool(start) and low <= start and end[:10] <= high


def judge(records, want: Want, published: date) -> str | None:
    """None when the records agree with the coder, else what is wrong."""
    if want is None:
        return None if not records else f"records {[(r.type, r.date.start) for r in records]}"
    for fam, days in want:
        mine = [r for r in records if fam.rstrip("?") in (r.type.split(".")[0], "*")]
        if not fam.endswith("?") and not any(inside(r, days, published) for r in mine):
            return f"no {fam} in {days}: {[(r.type, r.date.start, r.date.end) for r in mine]}"
    for r in records:
        fam = r.type.split(".")[0]
        windows = [d for f, d in want if f.rstrip("?") in (fam, "*")]
        if windows and not any(inside(r, d, published) for d in windows):
            return f"{r.type} dated {r.date.start}..{r.date.end} ({r.date.text!r}), want {windows}"
    return None

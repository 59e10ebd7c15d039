"""Property tests on the whole pipeline: any text gives records whose offsets and quoted texts agree
with the report (and valid field values), or nothing; never an exception."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.records import DATE_PRECISIONS, EVENT_TYPES, STATUSES, Article

WORDS = [
    "Russian", "Ukrainian", "drones", "missiles", "struck", "shelled", "hit", "Kyiv", "Kharkiv", "Odesa",
    "the", "Black", "Sea", "overnight", "on", "Tuesday", "last", "week", "killed", "injured", "wounded",
    "at", "least", "three", "12", "1,200", "dozens", "no", "people", "were", "said", "governor", "Oleh",
    "Marchuk", "on", "Telegram", "according", "to", "the", "ministry", "denied", "talks", "in", "Geneva",
    "agreed", "to", "exchange", "prisoners", "would", "if", "power", "outage", "flights", "delayed",
    "protesters", "police", "detained", "Sudan", "El", "Fasher", "RSF", "—", "’s", "'s", "(", ")", "\"",
    "May", "21–22", "2025", "Gaza", "Strip", "Israeli", "air", "strike", "évacuation", "Київ", "🙂",
]
PUNCT = [" ", " ", " ", ", ", ". ", ".\n\n", "; ", " - ", "\n"]


@st.composite
def reports(draw) -> str:
    n = draw(st.integers(1, 60))
    parts = []
    for _ in range(n):
        parts.append(draw(st.sampled_from(WORDS)) if draw(st.booleans()) or not parts else
                     draw(st.text(min_size=1, max_size=8)))
        parts.append(draw(st.sampled_from(PUNCT)))
    return "".join(parts)


def _check(article: Article, events) -> None:
    text = article.text
    for ev in events:
        assert ev.type in EVENT_TYPES and ev.status in STATUSES and ev.date.precision in DATE_PRECISIONS
        assert ev.evidence, "a record with no evidence"
        for span in [*ev.evidence, *ev.claims]:
            assert span.article == article.id
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start:span.end] == span.text
        for q in ev.quantities:
            assert q.value >= 0
            assert q.claim is None or 0 <= q.claim < len(ev.claims)
            assert q.text is None or q.text in text
        for a in ev.actors:
            assert a.text is None or a.text in text
        if ev.location is not None and ev.location.text is not None:
            assert ev.location.text in text
        if ev.date.start and ev.date.end:
            assert ev.date.start <= ev.date.end


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=reports(), published=st.dates(date(1990, 1, 1), date(2030, 12, 31)))
def test_any_text_gives_sound_records_or_none(extractor, text, published):
    if not text.strip():
        return
    article = Article(text=text, published=published)
    _check(article, extractor.extract(article))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(min_size=1, max_size=400))
def test_arbitrary_unicode_never_raises(extractor, text):
    article = Article(text=text, published=date(2025, 5, 22))
    _check(article, extractor.extract(article))

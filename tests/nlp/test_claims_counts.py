"""Whose figure is it: a count told without a trigger takes the speaker whose words hold it, and another speaker's
different figure is kept beside the first (``events.fold.count_speaker``)."""

from __future__ import annotations

import pytest

# (text, [(value, speaker of that figure)])
FIGURES = [
    ("Gunships fired on rebel camps near Lakeby on Saturday. The regional governor said 14 rebels were killed, "
     "but the agency cited the army as saying 12 died.", [(14, "regional governor"), (12, "army")]),
    ("Gunships fired on rebel camps near Lakeby on Saturday. The police said nine people were killed, "
     "while the hospital director said 11 died.", [(9, "police"), (11, "hospital director")]),
    # one speaker, one figure
    ("Gunships fired on rebel camps near Lakeby on Saturday. The regional governor said 14 rebels were killed.",
     [(14, "regional governor")]),
]


@pytest.mark.parametrize("text, figures", FIGURES)
def test_each_figure_keeps_its_speaker(parse, text, figures):
    doc = parse(text)
    ev = next(e for e in doc._.events if e.type.startswith("attack"))
    killed = [(q.value, ev.claims[q.claim].claimant.name if q.claim is not None else None)
              for q in ev.quantities if q.role == "killed"]
    assert len(killed) == len(figures)
    for (value, speaker), (got_value, got_speaker) in zip(figures, killed, strict=True):
        assert got_value == value
        assert got_speaker is not None and speaker in got_speaker

"""An act counted as one more ("a second attack", "another bombing") is another act than the one told before
it; a rank in a tally ("the fourth homicide of the year") or an act done again ("shot a second time") is not
(``assemble._one_more``). Every report is invented; the towns are real so that the gazetteer knows them."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

# (report, the number of attack records it gives)
CASES = [
    ("Gunmen attacked a bus near Kaduna on Monday. A second attack hit a village nearby the same day.", 2),
    ("Gunmen attacked a bus near Kaduna on Monday. Another attack hit a village nearby the same day.", 2),
    ("A man was shot outside a bar in Leeds on Monday. As he ran, he was shot a second time in the back.", 1),
    ("A man was shot dead in Leeds on Monday. His death marks the fourth homicide of the year in Leeds.", 1),
]


@pytest.mark.parametrize(("text", "attacks"), CASES)
def test_an_act_counted_as_one_more(extractor, text, attacks):
    records = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="t"))
    assert len([r for r in records if r.type.startswith("attack")]) == attacks, [r.type for r in records]

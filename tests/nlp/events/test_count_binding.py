"""Issue 17, problem 2: counts land on their own place and people (invented reports, real place names
that no development file uses, so the gazetteer places them)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.merge.figures import event_figures
from sitrep.records import Article, Event


def _events(extractor, text: str) -> list[Event]:
    return extractor.extract(Article(text=text, published=date(2031, 6, 12)))


@pytest.mark.parametrize("text", [
    "Air defences shot down 58 drones over Russia overnight, 27 over the Smolensk region, 18 over the Lipetsk "
    "region and 13 over the Tambov region, the defence ministry said.",
    # the parse hangs the first region on the drones: the region right after the 27 is the 27's
    "Ukrainian drones attacked Russia overnight. Air defences shot down 58 drones, 27 over the Smolensk region, "
    "18 over the Lipetsk region and 13 over the Tambov region, the ministry said.",
])
def test_a_distributive_list_gives_each_place_its_own_count(extractor, text):
    events = _events(extractor, text)
    by_place = {ev.location.name if ev.location else None: [(q.item, q.role, q.value) for q in ev.quantities]
                for ev in events}
    assert by_place["Smolensk Oblast"] == [("drone", "intercepted", 27)]
    assert by_place["Lipetsk Oblast"] == [("drone", "intercepted", 18)]
    assert by_place["Tambov Oblast"] == [("drone", "intercepted", 13)]
    assert by_place["Russia"] == [("drone", "intercepted", 58)]  # the total, at the country


@pytest.mark.parametrize(("text", "item", "role", "best", "absent"), [
    # a subset is no second figure for another role
    ("Shelling of Cherkasy on Monday killed 11 civilians, including three children, and wounded 26.",
     "civilian", "injured", 26, ("child", "injured")),
    # an update replaces the earlier figure
    ("Two people were killed when a missile hit a market in Poltava on Monday, the governor said. "
     "The toll later rose to six.", "person", "killed", 6, None),
    # people counted together add up
    ("Three officers and five protesters were injured when police dispersed a rally in Vinnytsia on Sunday.",
     "person", "injured", 8, None),
    # jammed drones are intercepted
    ("Air defences shot down or jammed 73 drones over the Zhytomyr region overnight, the air force said.",
     "drone", "intercepted", 73, None),
])
def test_each_count_is_bound_to_its_noun_phrase(extractor, text, item, role, best, absent):
    figures: dict = {}
    for ev in _events(extractor, text):
        figures.update(event_figures(ev))
    assert figures[(item, role)].best == best
    assert absent not in figures


@pytest.mark.parametrize(("text", "parts"), [
    # a count over two places joined by "and" is a total, told for neither alone; each place tells its own
    ("On Monday, the coalition conducted 30 strikes in Moldova and Estonia. In Moldova, the coalition "
     "conducted 18 strikes against the militia's positions.",
     {"Moldova": [("strike", "launched", 18)]}),
    ("Rebel shelling killed 14 people in Moldova and Estonia on Monday, officials said.",
     {"Moldova": [], "Estonia": []}),
    # a stretch between two places is no total over them
    ("A roadside bomb exploded on the road between Moldova and Estonia on Monday, killing six soldiers.",
     {"Moldova": [("soldier", "killed", 6)]}),
    # a count of one place of a list stays that place's
    ("Rebel shelling killed 14 people in Moldova on Monday and wounded three in Estonia, officials said.",
     {"Moldova": [("person", "killed", 14)]}),
])
def test_a_count_over_joined_places_is_no_one_places(extractor, text, parts):
    by_place = {ev.location.name if ev.location else None: [(q.item, q.role, q.value) for q in ev.quantities]
                for ev in _events(extractor, text)}
    for place, counts in parts.items():
        assert by_place[place] == counts


@pytest.mark.parametrize(("text", "expected"), [
    # each clause names its own place: its count is that place's
    ("A car bomb killed five people in Rivne; a roadside bomb killed two soldiers in Lutsk on Monday.",
     {"Rivne": ("killed", 5), "Lutsk": ("killed", 2)}),
    ("Shelling killed four civilians in Rivne and wounded 10 in Lutsk on Monday.",
     {"Rivne": ("killed", 4), "Lutsk": ("injured", 10)}),
    # one clause over joined places: the count is told for none of them alone
    ("Bombs exploded in Rivne, Lutsk and Ternopil on Monday, killing 12 people.",
     {"Rivne": None, "Lutsk": None, "Ternopil": None}),
])
def test_a_count_goes_to_the_place_of_its_own_clause(extractor, text, expected):
    by_place = {ev.location.name: [(q.role, q.value) for q in ev.quantities] for ev in _events(extractor, text)
                if ev.location is not None}
    for place, count in expected.items():
        got = next(v for k, v in by_place.items() if k.startswith(place))
        assert got == ([count] if count else [])

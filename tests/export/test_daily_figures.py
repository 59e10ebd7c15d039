"""Issue 17, problem 1: the daily report counts each claim once and says what the dashboard's API says.

Invented: one air-command statement about a night over the invented town of Velmorsk, told by two
outlets (112 and 115 drones, two missiles each), and a ministry's total of drones shot down with
two of its parts (64, 31 over Ashwick, 14 over Brenholt)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sitrep.export.daily import daily_report, to_markdown
from sitrep.records import Actor, Article, Claim, Claimant, DateWindow, Event, Location, Quantity, Span
from sitrep.store import open_store
from sitrep.web.index import EventIndex, Filters

VELMORSK = Location("Velmorsk", "UKR", "UA-63", 49.9, 36.3, "city", "Velmorsk")
NIGHT = DateWindow("2031-05-02", "2031-05-03", "night", "overnight")


def _told(n: int, outlet: str, sentence: str, claimant: str, counts: list[tuple[str, str, int]]) -> tuple[Article,
                                                                                                         list[Event]]:
    art = Article(text=sentence, published=date(2031, 5, 3), title=f"Night {n}", outlet=outlet)
    claim = Claim(Claimant(claimant, "military", "UKR"), "said", None, "asserts", art.id, 0, len(sentence), sentence)
    ev = Event(type="attack.drone", status="occurred", date=NIGHT, location=VELMORSK,
               actors=[Actor("initiator", "Russian forces", "RUS", "military")],
               quantities=[Quantity(item, role, value, "exact", str(value), 0) for item, role, value in counts],
               claims=[claim], evidence=[Span(art.id, 0, len(sentence), sentence)], articles=[art.id])
    ev.assign_id()
    return art, [ev]


def test_one_statement_told_twice_and_a_total_with_its_parts_count_once(tmp_path: Path) -> None:
    with open_store(tmp_path / "night.db") as store:
        store.add_article(*_told(1, "Kestrel Wire", "The air command said 112 drones and two missiles were launched.",
                                 "air command", [("drone", "launched", 112), ("missile", "launched", 2)]))
        store.add_article(*_told(2, "Harbour Post", "The air command said 115 drones and two missiles were launched.",
                                 "Air Command", [("drone", "launched", 115), ("missile", "launched", 2)]))
        store.add_article(*_told(3, "Lantern Daily", "The air command said 64 drones were downed, 31 over Ashwick "
                                 "and 14 over Brenholt.", "air command",
                                 [("drone", "intercepted", 64), ("drone", "intercepted", 31),
                                  ("drone", "intercepted", 14)]))
        brief = daily_report(store, date(2031, 5, 3), country="UKR")
        text = to_markdown(brief)
        stats = EventIndex(store).stats(Filters(country="UKR"))
    lines = [line.split(" [")[0] for line in text.splitlines()]
    assert "- drones launched: 115" in lines  # not 112 + 115
    assert "- missiles launched: 2" in lines  # not 2 + 2
    assert "- drones intercepted: 64" in lines  # not 64 + 31 + 14
    assert brief.totals["launched"] == stats["launched"] == 117
    assert brief.totals["intercepted"] == stats["intercepted"] == 64


def test_without_a_day_the_report_takes_the_latest_day_with_events_that_occurred(tmp_path: Path) -> None:
    """Issue 17, problem 7: a protest planned for a later day does not become the report's day."""
    from sitrep.api import daily_brief

    with open_store(tmp_path / "planned.db") as store:
        store.add_article(*_told(1, "Kestrel Wire", "The air command said 40 drones were launched.", "air command",
                                 [("drone", "launched", 40)]))
        art = Article(text="Students said they would march in Velmorsk on Saturday.", published=date(2031, 5, 3))
        planned = Event(type="protest.demonstration", status="planned",
                        date=DateWindow("2031-05-10", "2031-05-10", "day", "on Saturday"), location=VELMORSK,
                        evidence=[Span(art.id, 0, len(art.text), art.text)], articles=[art.id])
        planned.assign_id()
        store.add_article(art, [planned])
        brief = daily_brief(store)
    assert brief.day == date(2031, 5, 3)
    assert brief.chosen is not None and "latest day with events that occurred" in brief.chosen

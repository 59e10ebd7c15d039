"""Issue 17, problem 3: one incident with two tolls from two claimants is one event with two claims, and
its figure is 35 (35-60), not 95 fatalities (invented: an attack on the invented town of Kessoura)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from sitrep.export.acled import write_acled
from sitrep.merge.figures import event_figures
from sitrep.records import Actor, Article, Claim, Claimant, DateWindow, Event, Location, Quantity, Span
from sitrep.store import open_store

KESSOURA = Location("Kessoura", "MLI", "ML-6", 16.7, -3.0, "city", "Kessoura")


def _told(outlet: str, claimant: str, kind: str, killed: int) -> tuple[Article, list[Event]]:
    sentence = f"Gunmen attacked Kessoura on Sunday, killing {killed} people, {claimant} said."
    art = Article(text=sentence, published=date(2031, 7, 7), title=f"{outlet} on Kessoura", outlet=outlet)
    ev = Event(type="attack.ground", status="occurred", date=DateWindow("2031-07-06", "2031-07-06", "day", "on Sunday"),
               location=KESSOURA, actors=[Actor("initiator", "gunmen", "MLI", "armed_group")],
               quantities=[Quantity("person", "killed", killed, "exact", str(killed), 0)],
               claims=[Claim(Claimant(claimant, kind, "MLI"), "said", None, "asserts", art.id, 0, len(sentence),
                             sentence)],
               evidence=[Span(art.id, 0, len(sentence), sentence)], articles=[art.id], confidence=0.7)
    ev.assign_id()
    return art, [ev]


def test_two_tolls_from_two_claimants_are_one_event_with_a_range(tmp_path: Path) -> None:
    with open_store(tmp_path / "disputed.db") as store:
        store.add_article(*_told("Lantern Daily", "security sources", "military", 35))
        store.add_article(*_told("Harbour Post", "the Red Ridge Front", "armed_group", 60))
        [event] = store.events()
        out = io.StringIO()
        write_acled(store.events(), out, store.article)
    fig = event_figures(event)[("person", "killed")]
    assert (fig.best, fig.low, fig.high, fig.rule) == (35, 35, 60, "lowest_of_disputed")
    assert sorted(fig.claims) == [("security sources", 35), ("the Red Ridge Front", 60)]
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["fatalities"] == "35"

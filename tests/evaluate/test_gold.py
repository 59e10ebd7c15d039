"""Gold files (sitrep.evaluate.gold): finding and loading them, and the shipped dev gold."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sitrep.evaluate.fields import field_scores
from sitrep.evaluate.gold import article_references, gold_files, load_gold
from sitrep.evaluate.match import allowed, type_right
from tests.evaluate.records import actor, claim, gold, place, pred, qty, when


# -- gold files ---------------------------------------------------------------------------------
def _write_gold(path: Path, file: str, published: str = "2025-05-22", outlet: str | None = "Wire",
                events: list[dict] | None = None) -> Path:
    article: dict[str, Any] = {"file": file, "published": published}
    if outlet is not None:
        article["outlet"] = outlet
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"article": article, "events": events if events is not None else [gold()]}),
                    encoding="utf-8")
    return path


def test_load_gold_finds_the_report_relative_to_the_shared_folder(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "corpus" / "seed").mkdir(parents=True)
    (shared / "corpus" / "seed" / "a.txt").write_text("date 2025-05-22 text", encoding="utf-8")
    g = load_gold(_write_gold(shared / "gold" / "dev" / "a.gold.json", "corpus/seed/a.txt"))
    assert g.report_path.resolve() == (shared / "corpus" / "seed" / "a.txt").resolve()
    assert g.published == date(2025, 5, 22)
    assert g.outlet == "Wire"
    assert [e["id"] for e in g.events] == ["E1"]
    assert g.path == shared / "gold" / "dev" / "a.gold.json"


def test_load_gold_without_outlet(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("x", encoding="utf-8")
    g = load_gold(_write_gold(tmp_path / "gold" / "a.gold.json", "corpus/a.txt", outlet=None, events=[]))
    assert g.outlet is None
    assert g.events == []


def test_load_gold_without_the_report(tmp_path: Path) -> None:
    path = _write_gold(tmp_path / "gold" / "a.gold.json", "corpus/missing-report-4711.txt")
    with pytest.raises(FileNotFoundError, match="missing-report-4711"):
        load_gold(path)


def test_gold_files_of_a_directory_and_a_file(tmp_path: Path) -> None:
    d = tmp_path / "gold"
    for rel in ("b.gold.json", "a.gold.json", "sub/c.gold.json", "notes.json", "a.txt"):
        (d / rel).parent.mkdir(parents=True, exist_ok=True)
        (d / rel).write_text("{}", encoding="utf-8")
    got = gold_files([d])
    assert [p.relative_to(d).as_posix() for p in got] == ["a.gold.json", "b.gold.json", "sub/c.gold.json"]
    assert gold_files([d / "b.gold.json", d]) == [d / "b.gold.json", *got]


# -- the shipped dev gold -------------------------------------------------------------------------
STATUSES = {"occurred", "ongoing", "agreed", "planned", "proposed", "rejected", "cancelled"}
ISO3 = re.compile(r"[A-Z]{3}")


def _taxonomy(shared: Path) -> set[str]:
    text = (shared / "spec" / "EVENTS.md").read_text(encoding="utf-8")
    section = text.split("## Taxonomy", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([a-z_.]+)` \|", section, re.M))


def test_dev_gold_files_load(shared_dir: Path) -> None:
    files = gold_files([shared_dir / "gold" / "dev"])
    assert files, "no dev gold files"
    taxonomy = _taxonomy(shared_dir)
    assert {"attack.drone", "arrest", "diplomacy.talks"} <= taxonomy
    for path in files:
        g = load_gold(path)
        assert g.report_path.is_file(), path
        ids = [e["id"] for e in g.events]
        assert len(ids) == len(set(ids)), f"{path.name}: duplicate ids"
        for e in g.events:
            where = f"{path.name} {e['id']}"
            assert isinstance(e["required"], bool), where
            assert e["type"] in taxonomy, where
            assert set(e.get("alt_types", [])) <= taxonomy, where
            assert e["status"] in STATUSES, where
            if e["date"] is not None:
                start, end = (date.fromisoformat(x) for x in e["date"])
                assert start <= end <= g.published, where
            loc = e["location"]
            if loc is not None and loc["country"] is not None:
                assert ISO3.fullmatch(loc["country"]), where
            for role, countries in (e.get("actors") or {}).items():
                assert role in ("initiator", "target", "participant"), where
                assert all(ISO3.fullmatch(c) for c in countries), where
            for q in e.get("quantities") or []:
                assert len(q) == 3 and isinstance(q[2], int), where
            for accepted in e.get("claimants") or []:
                assert accepted and all(isinstance(n, str) and n for n in accepted), where
            # a gold event is allowed with, and scores perfectly against, a prediction built from it
            p = _pred_from_gold(e, g.published)
            assert allowed(e, p, g.published), where
            assert type_right(e, p), where
            assert set(field_scores(e, p, g.published).values()) <= {1.0}, where


def _pred_from_gold(e: dict, published: date) -> dict:
    loc = e["location"]
    location = None
    if loc is not None and loc["country"] is not None:
        lat, lon = loc["point"] if loc.get("point") else (None, None)
        location = place(loc["country"], loc.get("admin1"), lat, lon)
    window = e["date"] or [published.isoformat(), published.isoformat()]
    return pred(type=e["type"], status=e["status"], date=when(*window), location=location,
                actors=[actor(role, c) for role, cs in (e.get("actors") or {}).items() for c in cs],
                quantities=[qty(*q) for q in e.get("quantities") or []],
                claims=[claim(accepted[0]) for accepted in e.get("claimants") or []])


def test_article_references_read_only_the_article_file(tmp_path):
    folder = tmp_path / "kept"
    folder.mkdir()
    (folder / "a.gold.json").write_text(json.dumps({"article": {"file": "eval/geo/lgl.xml#1"}, "events": [1]}))
    (folder / "b.gold.json").write_text(json.dumps({"article": {}, "events": []}))
    assert article_references([folder, tmp_path / "absent"]) == {"eval/geo/lgl.xml#1"}

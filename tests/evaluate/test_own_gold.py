"""The project's own gold on real news (evaluation/real): every file loads, names a corpus
article, sits in the part its reference's hash puts it in (the third batch: among the articles
``third_batch`` chose; the fourth: among those ``fourth_batch`` names), and stores no article text."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from sitrep.api import gold_article
from sitrep.evaluate.gold import load_gold

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "evaluation" / "real"
SHARED = ROOT.parent / "shared"
PARTS = {"gold": False, "heldout": True, "gold2": False, "heldout2": True, "gold3": False,
         "gold4": False}  # part -> held out
# development whatever the hash: their articles had been read for the recall yardstick
POOL_BATCHES = {"gold3": "third_batch", "gold4": "fourth_batch"}
FILES = sorted(p for part in PARTS for p in (REAL / part).glob("*.gold.json"))
MAX_NOTE_WORDS = 30


def _select():
    spec = importlib.util.spec_from_file_location("real_select", REAL / "select.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_the_parts_hold_what_the_readme_says() -> None:
    counts = {part: len(list((REAL / part).glob("*.gold.json"))) for part in PARTS}
    assert counts == {"gold": 78, "heldout": 22, "gold2": 92, "heldout2": 28, "gold3": 52, "gold4": 51}


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_gold_file_is_in_its_part_and_quotes_no_article(path: Path) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    ref = raw["article"]["file"]
    assert ref.startswith("eval/"), "own gold names a corpus article, it holds no text"
    if path.parent.name in POOL_BATCHES:
        assert ref in getattr(_select(), POOL_BATCHES[path.parent.name])()
    else:
        assert _select().held_out(ref) == PARTS[path.parent.name]
    for event in raw["events"]:
        assert len(str(event.get("note", "")).split()) <= MAX_NOTE_WORDS


@pytest.mark.skipif(not SHARED.is_dir(), reason="the corpora in ../shared are not here")
@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_gold_file_loads_against_its_corpus(path: Path) -> None:
    article = gold_article(load_gold(path))
    assert article.text.strip()

"""JSON files: one article object or an array of them; a bad item is refused by its place, a gold file as such."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.read import ReadError, iter_reports, read_path
from sitrep.read.limits import MAX_JSON_DEPTH
from sitrep.records import Article

REPORT = {"published": "2025-05-22", "text": "Drones struck the depot of Examplegrad overnight, officials said."}
OTHER = {"published": "2025-05-21", "text": "Two ferries were held at the quay of Lindau, the port said.", "id": 7}

# name, the file's content, what each item gives: the text read, or the reason it is refused
CASES: list[tuple[str, str, list[str]]] = [
    ("one-object", json.dumps(REPORT), [REPORT["text"]]),
    ("an-array", json.dumps([REPORT, OTHER]), [REPORT["text"], OTHER["text"]]),
    ("bad-item-kept-apart", json.dumps([REPORT, 3, {"published": "2025-05-22"}, OTHER]),
     [REPORT["text"], "not a JSON object", "no 'text'", OTHER["text"]]),
    ("a-gold-file", json.dumps({"article": {"file": "corpus/a.txt"}, "events": []}),
     ["a gold file, not a report: `sitrep eval` scores it against the article it names"]),
    ("not-json", "{'text': 'single quotes'}",
     ["not valid JSON (Expecting property name enclosed in double quotes: line 1 column 2)"]),
    ("a-bare-string", json.dumps("Drones struck the depot."), ["not a JSON object"]),
    ("too-deep", "[" * 100 + "]" * 100, [f"nested deeper than {MAX_JSON_DEPTH} levels"]),
    ("no-date", json.dumps({"text": "The depot burned."}),
     ["no publication date: give --published YYYY-MM-DD or a 'published' field"]),
]


@pytest.mark.parametrize(("name", "content", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_json_file(tmp_path: Path, name: str, content: str, expected: list[str]) -> None:
    path = tmp_path / f"{name}.json"
    path.write_text(content, encoding="utf-8")
    items = list(iter_reports([path]))
    assert [i.text if isinstance(i, Article) else i.reason for i in items] == expected


def test_an_array_item_is_named_by_its_place(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([REPORT, 3, OTHER]), encoding="utf-8")
    items = list(iter_reports([path]))
    assert isinstance(items[1], ReadError) and items[1].path == f"{path}[1]"
    assert isinstance(items[2], Article) and items[2].source == f"{path}[2]#7"
    assert items[2].published == date(2025, 5, 21)


def test_a_folder_leaves_its_json_files_alone(tmp_path: Path) -> None:
    """A folder's .json files are often no reports (a batch's plan.json, gold files): read only when named."""
    (tmp_path / "plan.json").write_text('{"shards": []}', encoding="utf-8")
    (tmp_path / "b.txt").write_text(" date 2025-05-22 The quay was shut, the port said.", encoding="utf-8")
    assert [a.text if isinstance(a, Article) else a.reason for a in iter_reports([tmp_path])] == [
        "The quay was shut, the port said."]


@settings(max_examples=100, deadline=None)
@given(texts=st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80)
                      .filter(str.strip), min_size=1, max_size=4))
def test_any_array_of_articles_reads_back_whole(tmp_path_factory: pytest.TempPathFactory, texts: list[str]) -> None:
    path = tmp_path_factory.mktemp("json") / "many.json"
    path.write_text(json.dumps([{"published": "2025-05-22", "text": t} for t in texts]), encoding="utf-8")
    items = list(iter_reports([path]))
    assert len(items) == len(texts)
    for item in items:
        if isinstance(item, Article):
            assert item.published == date(2025, 5, 22) and item.text.strip()
        else:  # the input gate may refuse a text (not English, mojibake): by name, with a reason
            assert item.path.startswith(f"{path}[") and item.reason
    articles = [i for i in items if isinstance(i, Article)]
    if articles:
        assert read_path(path) == articles

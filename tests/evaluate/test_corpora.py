"""Gold files that name an article of an evaluation corpus (sitrep.evaluate.corpora, gold.load_gold)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sitrep.api import gold_article
from sitrep.evaluate.corpora import corpus_text, is_corpus_reference, timeml_text
from sitrep.evaluate.gold import load_gold

CORPUS = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="11"><title>A</title><text><![CDATA[Gunmen attacked a checkpoint in Northvale on Monday.]]></text></article>
  <article docid="12"><text><![CDATA[The council approved a budget.]]></text></article>
</articles>
"""
TIMEML = """<?xml version="1.0" ?>
<TimeML><DOCID>X1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13">1998-02-13</TIMEX3></DCT>
<TEXT>Police arrested two men <TIMEX3 tid="t1" type="DATE" value="1998-02-12">Thursday</TIMEX3> &amp; charged them.</TEXT>
</TimeML>
"""


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    root = tmp_path / "shared"
    (root / "eval" / "geo").mkdir(parents=True)
    (root / "eval" / "geo" / "news.xml").write_text(CORPUS, encoding="utf-8")
    (root / "eval" / "time").mkdir()
    (root / "eval" / "time" / "X1.tml").write_text(TIMEML, encoding="utf-8")
    return root


def _gold(project: Path, name: str, ref: str) -> Path:
    path = project / "evaluation" / f"{name}.gold.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"article": {"file": ref, "published": "1998-02-13", "outlet": None},
                                "events": []}), encoding="utf-8")
    return path


@pytest.mark.parametrize(("ref", "text"), [
    ("eval/geo/news.xml#11", "Gunmen attacked a checkpoint in Northvale on Monday."),
    ("eval/geo/news.xml#12", "The council approved a budget."),
    ("eval/time/X1.tml", "Police arrested two men Thursday & charged them."),
])
def test_a_gold_file_beside_the_shared_folder_reads_its_corpus_article(shared: Path, ref: str, text: str) -> None:
    project = shared.parent / "project"
    gold = load_gold(_gold(project, "g", ref))
    article = gold_article(gold)
    assert article.text.strip() == text
    assert article.published == date(1998, 2, 13)


def test_a_docid_the_corpus_lacks_is_an_error(shared: Path) -> None:
    with pytest.raises(KeyError):
        corpus_text(shared / "eval" / "geo" / "news.xml", "99")


def test_a_missing_corpus_says_where_it_was_looked_for(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="not found above the gold file"):
        load_gold(_gold(tmp_path / "project", "g", "eval/geo/absent.xml#1"))


@pytest.mark.parametrize(("path", "docid", "expected"), [
    (Path("eval/geo/news.xml"), "11", True),
    (Path("eval/time/X1.tml"), None, True),
    (Path("corpus/dev/dev_01.txt"), None, False),
])
def test_corpus_references_are_told_from_reports(path: Path, docid: str | None, expected: bool) -> None:
    assert is_corpus_reference(path, docid) is expected


def test_timeml_without_text_is_an_error() -> None:
    with pytest.raises(ValueError, match="no <TEXT>"):
        timeml_text("<TimeML></TimeML>")

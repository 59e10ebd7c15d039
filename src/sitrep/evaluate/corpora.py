"""Texts of the public evaluation corpora that gold files may name instead of a report file.

A gold file's ``article.file`` is a report sitrep reads like any other, or an article inside a
corpus of ../shared/eval, named by a reference:

- ``eval/geo/TR-News.xml#1040001``: the ``<article docid=...>`` of a geoparsing corpus (TR-News,
  LGL), its ``<text>``;
- ``eval/time/TimeBank/APW19980213.1310.tml``: a TimeML document, the text of its ``<TEXT>``
  element with the tags taken out (so TimeML's own offsets hold).

The texts stay in ../shared; sitrep only reads them.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

TIMEML_SUFFIX = ".tml"
_TAG = re.compile(r"<[^>]+>")


def is_corpus_reference(path: Path, docid: str | None) -> bool:
    """Is this an article of an evaluation corpus (``corpus.xml#docid``, a ``.tml`` file), not a report?"""
    return docid is not None or path.suffix == TIMEML_SUFFIX


def corpus_text(path: Path, docid: str | None) -> str:
    """The text of the article a reference names. Raises KeyError for a docid the corpus lacks."""
    if docid is not None:
        return _articles(path)[docid]
    return timeml_text(path.read_text(encoding="utf-8"))


@cache
def _articles(path: Path) -> dict[str, str]:
    root = ET.parse(path).getroot()
    return {a.get("docid", ""): a.findtext("text") or "" for a in root.iter("article")}


def timeml_text(raw: str) -> str:
    """The text of a TimeML document's ``<TEXT>`` element, tags out and entities read."""
    opening = re.search(r"<TEXT[^>]*>", raw)
    if opening is None or "</TEXT>" not in raw:
        raise ValueError("a TimeML document with no <TEXT> element")
    return html.unescape(_TAG.sub("", raw[opening.end():raw.index("</TEXT>")]))

"""HTML (a feed entry's content, or trafilatura's extracted body) to plain text.

Each block (paragraph, heading, list item, quote, table row, ...) becomes one paragraph; the
paragraphs are separated by a blank line. Inside a block, runs of white space become one
space and ``<br>`` a line break. Scripts, styles and comments are dropped.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

_BLOCKS = (
    "p div section article header footer aside main nav figure figcaption blockquote pre "
    "h1 h2 h3 h4 h5 h6 ul ol dl li dt dd table thead tbody tr th td hr address "
    # trafilatura's output tree
    "head item list quote code row cell"
)
BLOCKS = frozenset(_BLOCKS.split())
BREAKS = frozenset({"br", "lb"})
DROPPED = frozenset({"script", "style", "noscript", "template", "head_meta"})
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")


class _Collector:
    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.buffer: list[str] = []

    def flush(self) -> None:
        lines = [_SPACE.sub(" ", line).strip() for line in "".join(self.buffer).split("\n")]
        block = "\n".join(line for line in lines if line)
        if block:
            self.paragraphs.append(block)
        self.buffer = []

    def walk(self, el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag:  # comments and processing instructions: only their tail is text
            self.buffer.append(el.tail or "")
            return
        tag = tag.rsplit("}", 1)[-1].lower()
        if tag in DROPPED:
            self.buffer.append(el.tail or "")
            return
        if tag in BREAKS:
            self.buffer.append("\n")
            self.buffer.append(el.tail or "")
            return
        block = tag in BLOCKS
        if block:
            self.flush()
        self.buffer.append((el.text or "").replace("\n", " "))
        for child in el:
            self.walk(child)
        if block:
            self.flush()
        self.buffer.append((el.tail or "").replace("\n", " "))


def element_text(root: Any) -> str:
    """The paragraphs of an lxml element, blank-line separated."""
    collector = _Collector()
    collector.walk(root)
    collector.flush()
    return "\n\n".join(collector.paragraphs)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment or page; text without tags comes back stripped as it was."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    return element_text(root)

"""Paragraphs: a sentence never runs across a blank line, and photo captions tell no events.

``sitrep_paragraphs`` runs before the parser: it starts a sentence after every paragraph
break and records the character ranges of caption paragraphs (a paragraph that ends with a
parenthesised photo credit) in ``doc._.info.captions``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.nlp.mentions import text_of

CREDIT = re.compile(r"\((?:[^()]*\b(?:Photo|photo|PHOTO|Video|Pool)\b[^()]*)\)\s*$")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
        if m.group().strip():
            out.append((m.start(), m.end()))
    return out


class ParagraphSplitter:
    def __call__(self, doc: Doc) -> Doc:
        starts = {s for s, _ in paragraph_spans(text_of(doc))}
        for tok in doc:
            if tok.i == 0:
                continue
            if tok.idx in starts or (doc[tok.i - 1].is_space and "\n\n" in doc[tok.i - 1].text):
                tok.is_sent_start = True
        info = doc._.info
        if info is not None and info.dateline_end:
            # the dateline ("KYIV, Ukraine — ") is not part of the lede's grammar
            for tok in doc:
                if tok.idx >= info.dateline_end:
                    tok.is_sent_start = True
                    for nxt in doc[tok.i + 1:tok.i + 6]:  # and the parser may not cut the lede's subject off
                        if not nxt.is_space:
                            nxt.is_sent_start = False
                    break
        if info is not None:
            info.captions = [(s, e) for s, e in paragraph_spans(text_of(doc)) if CREDIT.search(text_of(doc)[s:e])]
        return doc


@Language.factory("sitrep_paragraphs", default_config={})
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter()

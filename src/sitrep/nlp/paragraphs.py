"""Paragraphs: a sentence never runs across a blank line, and photo captions and page furniture tell no events.

``sitrep_paragraphs`` runs before the parser: it starts a sentence after every paragraph
break and after a quoted sentence that ends a line, and records the character ranges of
caption paragraphs (a paragraph that ends with a parenthesised photo credit) and of page furniture (a
paragraph that opens with "Read more:", "Updated at ...:") in ``doc._.captions``.
"""

from __future__ import annotations

import re

from spacy.attrs import IDX, IS_SPACE
from spacy.tokens import Doc

from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.mentions import text_of, token_texts

CREDIT = re.compile(r"\((?:[^()]*\b(?:Photo|photo|PHOTO|Video|Pool)\b[^()]*)\)\s*$")
# A paragraph that opens with a label of the page around the story, a link to another story or a note of an
# update, tells no event of its own: "Read more: How kidnapping became an industry", "Updated at 16.30: adds
# details of the sanctions".
FURNITURE = re.compile(
    r"\s*(?:Read more|Related|See also|Also read|More on this story|Watch|Listen|Sign up|Subscribe|"
    r"Updated(?: at)?[^:\n]{0,40})\s*:", re.IGNORECASE)
CAPTION_MAX = 500  # characters: a longer paragraph that ends with a credit is an article run into its caption
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=\S)")
QUOTE_ENDS_LINE = re.compile(r"[.!?][\"”][ \t]*\n\s*")  # 'the nation."' and a line break: the quotation ends there


def caption_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The caption of a paragraph that ends with a photo credit: the whole paragraph when it is short, else
    only its last sentence and the credit. "Rescuers search the rubble. (AP Photo)" is all caption; an article
    printed as one paragraph whose last line is a caption ("... Police said on Monday. Varro at the inquest.
    (AP Photo/Pat Ode)") keeps its news."""
    credit = CREDIT.search(text, start, end)
    if credit is None:
        return None
    if end - start <= CAPTION_MAX:
        return (start, end)
    ends = [m.end() for m in SENTENCE_END.finditer(text, start, credit.start())]
    return (ends[-1] if ends else start, end)


def furniture_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """"Read more: Is the army ready to fight alone?": a paragraph that opens with a label of the page around
    the story (``FURNITURE``) is no part of the story's news."""
    return (start, end) if FURNITURE.match(text, start, end) else None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
        if m.group().strip():
            out.append((m.start(), m.end()))
    return out


def start_paragraphs(doc: Doc, starts: set[int]) -> None:
    """A sentence starts at every paragraph: after a blank line, whatever the parser would make of it."""
    if len(doc) < 2:
        return
    # read from the doc's arrays: building a Token for every word costs more than the rest of the stage
    offsets, spaces = doc.to_array([IDX, IS_SPACE]).T.tolist()
    for i in range(1, len(doc)):
        if offsets[i] in starts or (spaces[i - 1] and "\n\n" in doc[i - 1].text):
            doc[i].is_sent_start = True


def start_after_a_closed_quote(doc: Doc, text: str) -> None:
    """'"We will rebuild the bridge."' at the end of a line, and 'Work began on Monday.' on the next: a line that
    ends a quoted sentence, its closing mark too, ends the sentence; the next line is the narrator's own, and a
    speaker's quotation carried on does not reach it."""
    ends = {m.end() for m in QUOTE_ENDS_LINE.finditer(text)}
    if not ends:
        return
    for tok in doc:
        if tok.i > 0 and tok.idx in ends and not tok.is_space:
            tok.is_sent_start = True
            mark = doc[tok.i - 1] if not doc[tok.i - 1].is_space else doc[tok.i - 2]
            if mark.text in ('"', "”") and mark.i > 0:
                mark.is_sent_start = False


def start_after_dateline(doc: Doc, dateline_end: int) -> None:
    """The dateline ("LAKEVILLE, Freedonia — ") is not part of the lede's grammar: a sentence
    starts after it, and the parser may not cut the lede's subject off."""
    for tok in doc:
        if tok.idx >= dateline_end:
            tok.is_sent_start = True
            for nxt in doc[tok.i + 1:tok.i + 6]:
                if not nxt.is_space:
                    nxt.is_sent_start = False
            break


def no_start_after_a_title(doc: Doc, titles: frozenset[str]) -> None:
    """"said Dunmore police Const. Ana Ruiz": a shortened title (``title_abbreviations``) and its dot, before a
    proper noun, start no sentence at the name, whatever the parser would make of the dot. Read before the
    parser, from the tokens' texts. Not a shortened word written after a name ("on Main St. Police came", "by
    Alan Brindley Jr. Police said"), which may end its sentence: one after a capitalised word that is no title."""
    texts = token_texts(doc)

    def a_title(word: str) -> bool:
        return word.endswith(".") and word[:-1].lower() in titles

    for i in range(len(doc) - 1):
        if not a_title(texts[i]) or doc[i + 1].tag_ != "NNP":
            continue
        before = texts[i - 1] if i else ""
        if before[:1].isupper() and not a_title(before):
            continue
        doc[i + 1].is_sent_start = False


class ParagraphSplitter(SitrepComponent):
    """Sentence starts at paragraphs and after the dateline; photo captions and page furniture in
    ``doc._.captions``."""

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        paragraphs = paragraph_spans(text)
        no_start_after_a_title(doc, self.lex.place_words.title_abbreviations)
        start_paragraphs(doc, {s for s, _ in paragraphs})
        start_after_a_closed_quote(doc, text)
        info = doc._.info
        if info is not None and info.dateline_end:
            start_after_dateline(doc, info.dateline_end)
        doc._.captions = [cap for s, e in paragraphs
                          if (cap := caption_of(text, s, e) or furniture_of(text, s, e)) is not None]
        return doc

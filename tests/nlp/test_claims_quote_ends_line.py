"""A quoted sentence that ends a line ends there (``paragraphs.start_after_a_closed_quote``): the next line is the
narrator's, and the speaker of the quotation is no claimant of what it tells."""

from __future__ import annotations

import pytest

from sitrep.nlp.mentions import sentences

# (text, the first words of a sentence that must start on the next line, a speaker no record may have)
NEXT_LINE = [
    # a question quoted, then a protest told on the next line
    ('"We are barely coping," one farmer said. "Who will pay for the fuel?"\n'
     "More than 500 people marched in Orrinford on Sunday against the tax.", "More than 500", "farmer"),
    # the closing mark set off by the parser: it stays with its quotation
    ('"The town will not forget them," the priest said. "We pray for their families."\n'
     "Two men were arrested in Gelmoor on Friday over the fire.", "Two men", "priest"),
    # a curly closing mark and an indented line
    ("“We saw smoke everywhere,” a shopkeeper said. “It was frightening.”\n"
     "    Police arrested a man in Orrinford on Tuesday after the blaze.", "Police arrested", "shopkeeper"),
]


@pytest.mark.parametrize("text, start, speaker", NEXT_LINE)
def test_the_next_line_is_the_narrators(parse, text, start, speaker):
    doc = parse(text)
    sents = [s.text.strip() for s in sentences(doc)]
    k = next(k for k, s in enumerate(sents) if start in s)
    assert sents[k].startswith(start) and sents[k - 1].endswith(('"', "”"))
    assert all(speaker not in c.claimant.name for e in doc._.events for c in e.claims)


# (text, a sentence that must stay whole)
ONE_SENTENCE = [
    # a line broken inside a sentence, with no quotation closed before it
    ("Police said a man was arrested\nin Orrinford on Friday.", "Police said a man was arrested"),
    # a quotation closed in the middle of a line
    ('"We will rebuild," the mayor said on Friday in Gelmoor.', '"We will rebuild,"'),
]


@pytest.mark.parametrize("text, first", ONE_SENTENCE)
def test_other_line_breaks_leave_the_sentence_whole(parse, text, first):
    doc = parse(text)
    assert len(sentences(doc)) == 1
    assert sentences(doc)[0].text.startswith(first)

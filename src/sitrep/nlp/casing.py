"""Headline casing undone: ``sitrep_casing`` gives the model a Title Case, ALL CAPS or all lower case headline
in sentence case, and a wire service's underscore dash as a dash (``wire_dashes``).

"Suicide Bomber Kills 14 At Funeral In Jalalabad" and "BLAST KILLS 5 SOLDIERS NEAR KIDAL" are read by a
tagger trained on running prose as strings of proper names: no verb, no subject, no event. A line whose
every long word is capitalized (and one of them a common English word), or whose every word is in capitals,
is re-cased word by word before the model sees it: a word the English model's own word tables know becomes
lower case, unless it names a country, a people, a known place or a known armed group; other words keep
a capital ("Suicide bomber kills 14 at funeral in Jalalabad"). A first line all in lower case gets its
capitals back on the names of countries, peoples, places and armed groups ("raid on jenin" -> "raid on
Jenin"). Only the case of letters changes, so every offset stays; the text as written is kept in
``doc.user_data["sitrep.as_written"]`` for the evidence.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.mentions import text_of

AS_WRITTEN = "sitrep.as_written"  # doc.user_data key: the report's text before its headline was re-cased
LINE_MAX_TOKENS = 30  # a headline, not a paragraph
MIN_WORDS = 4  # "Vladimir Putin", "Northbridge News Agency" are names, not headlines
LONG_WORD = 4  # a Title Case line leaves "in", "at", "of" as they are or capitalizes them; never "Kills"
SHORT_CONTENT = 3  # "met" in "Minister Ana Ruiz met Vice President Ivo Kos" is a sentence's, not a title's
ACRONYM_MAX = 3  # "UN", "RSF" in an ALL CAPS line stay in capitals


def english_words(nlp: Language) -> frozenset[str]:
    """Every word the model's lemmatizer tables list (base forms and irregular forms) and its stop words."""
    words: set[str] = set(nlp.Defaults.stop_words)
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        for name in ("lemma_index", "lemma_exc"):
            if lookups is not None and lookups.has_table(name):
                for forms in lookups.get_table(name).values():
                    words.update(forms)
    return frozenset(w for w in words if "_" not in w)


def base_forms(word: str) -> Iterator[str]:
    """The word and what a regular ending hides: "kills" kill, "rebels" rebel, "raided" raid, "raiding" raid."""
    yield word
    for ending, put in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            yield word[: -len(ending)] + put


def lines(doc: Doc) -> Iterator[list[Token]]:
    """The doc's tokens line by line."""
    line: list[Token] = []
    for tok in doc:
        if "\n" in tok.text:
            yield line
            line = []
        else:
            line.append(tok)
    yield line


def shouted(words: list[Token]) -> bool:
    """"BLAST KILLS 5 SOLDIERS NEAR KIDAL": every word in capitals."""
    return len(words) >= MIN_WORDS and all(w.is_upper for w in words)


def whispered(words: list[Token]) -> bool:
    """"gunmen kill 8 in attack on police station in nigeria": every word in lower case."""
    return len(words) >= MIN_WORDS and all(w.is_lower for w in words)


class CasingFixer(SitrepComponent):
    """``sitrep_casing``: a Title Case, ALL CAPS or lower case headline re-cased (module docstring); any other doc
    as it is."""

    def __init__(self, nlp: Language) -> None:
        self.words = english_words(nlp)
        self.function_words = frozenset(nlp.Defaults.stop_words)  # what Title Case may leave in lower case
        self.group_words: frozenset[str] = frozenset()

    def prepare(self) -> None:
        names = [n for a in self.lex.actors for n in [a["name"], *a.get("aliases", [])]]
        self.group_words = frozenset(w.lower() for n in names for w in n.replace("-", " ").split()
                                     if not self.common(w.lower()) or len(n.split()) == 1)

    def common(self, lower: str) -> bool:
        return any(b in self.words for b in base_forms(lower))

    def proper(self, word: str) -> bool:
        """A country, a people, a place that is no English word, an armed group's name."""
        gaz = self.gaz
        return bool(gaz.country(word) or gaz.demonym(word) or word.lower() in self.group_words
                    or (gaz.is_known(word) and not gaz.is_word(word)))

    def titled(self, words: list[Token]) -> bool:
        """"Rebels Seize Key Town In North Kivu": every long word capitalized, one of them a common word, and no
        word but a short function word ("in", "of") left in lower case."""
        long = [w for w in words if len(w) >= LONG_WORD]
        content = [w for w in words if len(w) >= SHORT_CONTENT and w.lower_ not in self.function_words]
        return len(words) >= MIN_WORDS and len(long) >= MIN_WORDS - 1 and \
            all(w.text[0].isupper() for w in long + content) and \
            any(not w.is_upper and self.common(w.lower_) and not self.proper(w.text) for w in long)

    def recased(self, tok: Token, in_capitals: bool) -> str:
        """One word of a re-cased line."""
        text = tok.text
        if in_capitals and len(text) <= ACRONYM_MAX and self.gaz.country(text):
            return text  # "US", "UK"
        if not in_capitals and text.isupper():
            return text  # an acronym in a Title Case line: "ISIS", "UN"
        if self.proper(text.title()):
            return text.title()
        if self.common(tok.lower_):
            return tok.lower_
        return text if in_capitals and len(text) <= ACRONYM_MAX else text.title()

    def named(self, word: str) -> str:
        """A word of a headline written all in lower case, with its capital back if it names a country, a
        people, a known place or an armed group: "jenin", "israeli"."""
        return word.title() if self.proper(word.title()) else word

    def line_words(self, line: list[Token]) -> dict[int, str]:
        """The new spelling of each word of a line to re-case (none when it is written in sentence case)."""
        words = [t for t in line if t.is_alpha and len(t) > 1]
        if len(line) > LINE_MAX_TOKENS or not words:
            return {}
        if whispered(words) and line[0].i == 0:
            out = {t.i: self.named(t.text) for t in line if t.is_alpha}
        elif shouted(words) or self.titled(words):
            out = {t.i: self.recased(t, shouted(words)) for t in line if t.is_alpha}
        else:
            return {}
        first = next(t for t in line if t.is_alpha)
        out[first.i] = out[first.i][:1].upper() + out[first.i][1:]
        doc = line[0].doc
        return {i: w for i, w in out.items() if len(w) == len(doc[i].text)}  # offsets must hold

    def __call__(self, doc: Doc) -> Doc:
        changed: dict[int, str] = wire_dashes(doc)
        for line in lines(doc):
            changed.update(self.line_words(line))
        if not changed or all(doc[i].text == w for i, w in changed.items()):
            return doc
        words = [changed.get(t.i, t.text) for t in doc]
        out = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
        out.user_data.update(doc.user_data)
        out.user_data.pop("sitrep.text", None)  # text_of's cache of the text before it was re-cased
        out.user_data[AS_WRITTEN] = doc.text
        out._context = doc._context  # nlp.pipe(as_tuples=True) reads each doc's context back from it
        return out


WIRE_DASH, DASH = "_", "\u2014"  # a wire service's dash, typed as an underscore, and the dash it stands for


def wire_dashes(doc: Doc) -> dict[int, str]:
    """"Gunmen killed 12 people _ most of them women _ in a raid": an underscore standing alone between words (or
    opening a line) is a wire service's dash; the model, trained on prose, reads it as a word, and may cut the
    sentence there. It is read as the dash it stands for (one character for one: the offsets hold)."""
    return {t.i: DASH for t in doc if t.text == WIRE_DASH and (t.i == 0 or doc[t.i - 1].whitespace_
                                                              or "\n" in doc[t.i - 1].text)}


def as_written(doc: Doc, start: int, end: int) -> str:
    """The report's own text from ``start`` to ``end``, as written before any headline was re-cased."""
    written = doc.user_data.get(AS_WRITTEN)
    return str(written[start:end]) if written is not None else text_of(doc)[start:end]

"""The model's attribute rules (a tag's part of speech and morphology, a pronoun's lemma), applied
by table lookup instead of spaCy's Matcher.

The English model maps each fine tag to its part of speech with an ``attribute_ruler``: some 180
patterns such as ``[{"TAG": "DT", "LOWER": "the"}] -> MORPH Definite=Def|PronType=Art``. Its
Matcher tests every pattern's set and regex predicates on every token, and that costs as much
as the tagger and the parser together. Almost every pattern is one token long, and a token's
outcome depends only on the few attributes the patterns read (tag, lower form, dependency,
space), so ``AttributeTable`` works out once per distinct combination which patterns match,
and keeps it. Patterns it cannot read as plain token tests (operators, other attributes) go to
a Matcher of their own. The result is the ruler's, token for token: matches are applied in the
ruler's order (a later pattern wins), as ``AttributeRuler.set_annotations`` does.

    table = AttributeTable(nlp.vocab)
    table.initialize(nlp=nlp)           # the model's own patterns, from its package
    doc = table(doc)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, cast

import srsly
from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs
from spacy.vocab import Vocab

# the token attributes a pattern may test here, each read as a string or a flag
STRING_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "ENT_TYPE"})
FLAG_ATTRS = frozenset({"IS_SPACE", "IS_PUNCT", "IS_DIGIT", "IS_ALPHA", "LIKE_NUM"})
# the names spacy.attrs gives the attributes a pattern may name otherwise
ATTR_IDS = {"TEXT": "ORTH"}
TokenTest = Callable[[dict[str, Any]], bool]


class Unreadable(ValueError):
    """A pattern this table does not read as plain token tests: the Matcher takes it."""


def _value_test(attr: str, spec: Any) -> Callable[[Any], bool]:
    """One attribute's test: equal to a value, in or out of a list, or a regex search."""
    if not isinstance(spec, dict):
        return lambda value: value == spec
    if len(spec) != 1:
        raise Unreadable(f"{attr}: {spec}")
    (op, arg), = spec.items()
    if op == "IN":
        members = frozenset(arg)
        return lambda value: value in members
    if op == "NOT_IN":
        outsiders = frozenset(arg)
        return lambda value: value not in outsiders
    if op == "REGEX" and attr in STRING_ATTRS:
        search = re.compile(arg).search
        return lambda value: search(value) is not None
    raise Unreadable(f"{attr}: {spec}")


def token_test(spec: dict[str, Any]) -> TokenTest:
    """``{"TAG": "DT", "LOWER": {"IN": ["a", "an"]}}`` as a test of a token's attribute values."""
    if "OP" in spec:
        raise Unreadable(f"operator {spec['OP']}")
    unknown = set(spec) - STRING_ATTRS - FLAG_ATTRS
    if unknown:
        raise Unreadable(f"attributes {sorted(unknown)}")
    tests = [(attr, _value_test(attr, value)) for attr, value in spec.items()]
    return lambda values: all(test(values[attr]) for attr, test in tests)


class AttributeTable:
    """The model's attribute_ruler, with each distinct token's matches looked up, not searched."""

    # distinct tokens remembered; past it the memory starts again (an archive has millions)
    MEMORY = 200_000

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._clear()

    def _clear(self) -> None:
        """No rules."""
        self.attrs: list[dict[int, Any]] = []
        self.indices: list[int] = []
        self.read: tuple[str, ...] = ()  # the attributes some pattern tests, in a fixed order
        # one-token patterns filed under an attribute value they require ("TAG", "DT"), or under None
        self.single: dict[tuple[str, Any] | None, list[tuple[int, TokenTest]]] = {}
        self.longer: list[tuple[int, list[TokenTest]]] = []
        self.fallback = Matcher(self.vocab, validate=False)
        self._seen: dict[tuple[Any, ...], tuple[list[int], list[int]]] = {}

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *,
                   nlp: Language | None = None, patterns: list[dict[str, Any]] | None = None) -> None:
        """The rules ``patterns`` gives, else the model's own (its ``attribute_ruler/patterns``), in place of
        any it had, as ``AttributeRuler.initialize`` does."""
        if patterns is None:
            patterns = model_patterns(nlp)
            if not patterns:
                raise ValueError("sitrep_attribute_table: the pipeline's model holds no attribute rules "
                                 "(attribute_ruler/patterns); give them as initialize(patterns=...)")
        self._clear()
        for rule in patterns:
            self.add(rule["patterns"], rule.get("attrs", {}), rule.get("index", 0))

    def add(self, patterns: list[list[dict[str, Any]]], attrs: dict[str, Any], index: int = 0) -> None:
        """One rule, as ``AttributeRuler.add`` takes it: its patterns, what it sets, on which token."""
        rule = len(self.attrs)
        self.attrs.append(normalize_token_attrs(self.vocab, attrs))
        self.indices.append(index)
        for pattern in patterns:
            try:
                tests = [token_test(spec) for spec in pattern]
            except Unreadable:
                self.fallback.add(str(rule), [pattern])
                continue
            self.read = tuple(sorted({*self.read, *(a for spec in pattern for a in spec)}))
            if len(tests) == 1:
                self.single.setdefault(_filed_under(pattern[0]), []).append((rule, tests[0]))
            else:
                self.longer.append((rule, tests))
        self._seen.clear()

    def __call__(self, doc: Doc) -> Doc:
        for rule, start, end in sorted(self.matches(doc)):
            index = self.indices[rule]
            if not -(end - start) <= index < end - start:
                raise ValueError(f"attribute rule {rule}: token {index} of a {end - start}-token match")
            set_token_attrs(doc[start + index if index >= 0 else end + index], self.attrs[rule])
        return doc

    def matches(self, doc: Doc) -> set[tuple[int, int, int]]:
        """(rule, start, end) of every pattern that matches, as the ruler's Matcher finds them."""
        found: set[tuple[int, int, int]] = set()
        if len(self._seen) > self.MEMORY:
            self._seen.clear()
        keys = self._keys(doc)
        for i, key in enumerate(keys):
            rules, starts = self._outcome(key)
            found.update((rule, i, i + 1) for rule in rules)
            for k in starts:
                rule, tests = self.longer[k]
                if self._goes_on(tests, keys[i + 1:i + len(tests)]):
                    found.add((rule, i, i + len(tests)))
        if len(self.fallback):
            found.update((int(self.vocab.strings[key]), s, e) for key, s, e in self.fallback(doc, allow_missing=True))
        return found

    def _keys(self, doc: Doc) -> list[tuple[int, ...]]:
        """The tested attributes of every token at once, as the vocabulary's ids: no Token made."""
        if not self.read or not len(doc):
            return []
        ids = [IDS[ATTR_IDS.get(a, a)] for a in self.read]
        rows = cast(list[list[int]], doc.to_array(ids).reshape(len(doc), len(ids)).tolist())
        return [tuple(row) for row in rows]

    def _outcome(self, key: tuple[Any, ...]) -> tuple[list[int], list[int]]:
        """The rules whose one-token patterns match a token of these values, and the longer
        patterns it may open."""
        outcome = self._seen.get(key)
        if outcome is None:
            values = self._values(key)
            candidates = [*self.single.get(None, ()), *(
                pair for attr, value in values.items() for pair in self.single.get((attr, value), ()))]
            outcome = ([rule for rule, test in candidates if test(values)],
                       [k for k, (_, tests) in enumerate(self.longer) if tests[0](values)])
            self._seen[key] = outcome
        return outcome

    def _values(self, key: tuple[int, ...]) -> dict[str, Any]:
        """A token's tested attributes by name, from their ids: strings, and flags as booleans."""
        strings = self.vocab.strings
        return {attr: (strings[v] if v else "") if attr in STRING_ATTRS else bool(v)
                for attr, v in zip(self.read, key, strict=True)}

    def _goes_on(self, tests: list[TokenTest], following: list[tuple[int, ...]]) -> bool:
        """Whether the tokens after a longer pattern's first pass the rest of its tests."""
        return len(following) == len(tests) - 1 and all(
            test(self._values(key)) for test, key in zip(tests[1:], following, strict=True))


def _filed_under(spec: dict[str, Any]) -> tuple[str, Any] | None:
    """The attribute value a one-token pattern requires, to file it under: its tag, else its lower
    form, else any plain value it tests; None when it requires none."""
    plain = {attr: value for attr, value in spec.items() if not isinstance(value, dict)}
    attr = next((a for a in ("TAG", "LOWER") if a in plain), next(iter(plain), None))
    return None if attr is None else (attr, plain[attr])


def model_patterns(nlp: Language | None) -> list[dict[str, Any]]:
    """The attribute rules the model's package holds, or none for a pipeline not loaded from one."""
    path = Path(nlp.path) / "attribute_ruler" / "patterns" if nlp is not None and nlp.path else None
    if path is None or not path.exists():
        return []
    return list(srsly.read_msgpack(path))

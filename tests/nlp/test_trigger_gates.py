"""The gates of ``NO_EVENT_RULES`` (nlp/triggers.py: ``only_for``, ``needs_words``) are a speed-up only: the finder
skips a rule for a match whose entry's type or sentence's words the rule declares it needs, and a rule so skipped
could not have fired. Proved on the sentences of the project's own test tables (every string of tests/nlp that
reads as a sentence, one in ``STRIDE``): each gated rule run on a match its gate turns away returns False, and the
finder's mentions are those it finds with every rule run."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from sitrep.lexicon import TriggerEntry
from sitrep.nlp.triggers import GATES, NO_EVENT_RULES, Gate, admits, gate_words

STRIDE = 6  # about 600 of the ~3,700 sentences: the whole set runs in a minute, this share in seconds


def _looks_like_a_sentence(s: str) -> bool:
    return 25 <= len(s) <= 400 and s[0].isupper() and s.rstrip().endswith((".", '"', "?")) \
        and s.count(" ") >= 4 and "\n" not in s.strip()


def table_sentences(stride: int = STRIDE) -> list[str]:
    """The sentences written in the test tables of tests/nlp, in a fixed order, one in ``stride``."""
    found: dict[str, None] = {}
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _looks_like_a_sentence(node.value):
                found.setdefault(node.value)
    return list(found)[::stride]


@pytest.fixture(scope="module")
def finder(nlp):
    return nlp.get_pipe("sitrep_triggers")


@pytest.fixture(scope="module")
def docs(parse):
    return [parse(text) for text in table_sentences()]


def gate_shuts(rule, c, lex) -> bool:
    """Whether the rule's gate turns the match away, as the finder reads it."""
    gate = GATES.get(rule)
    if gate is None:
        return False
    needed = gate_words(gate, lex)
    return not admits(gate, c.entry) or (needed is not None and needed.isdisjoint(c.sentence_words))


def test_a_rule_its_gate_turns_away_would_not_fire(finder, docs):
    fired = [(rule.__name__, c.span.text, c.sent.text) for doc in docs for c in finder._candidates(doc)
             for rule in NO_EVENT_RULES if gate_shuts(rule, c, finder.lex) and rule(c)]
    assert not fired


def test_the_gated_finder_finds_what_every_rule_finds(finder, docs):
    gated = finder.no_event_rules
    finder.no_event_rules = {k: tuple((rule, None) for rule in NO_EVENT_RULES) for k in gated}
    try:
        ungated = [finder.find(doc) for doc in docs]
    finally:
        finder.no_event_rules = gated
    assert [finder.find(doc) for doc in docs] == ungated


def test_every_gate_names_lexicon_sets_of_single_words(finder):
    for rule, gate in GATES.items():
        assert rule in NO_EVENT_RULES, rule.__name__
        words = gate_words(gate, finder.lex) or frozenset()
        assert all(w == w.lower() and " " not in w for w in words), rule.__name__


def _entry(etype: str) -> TriggerEntry:
    return TriggerEntry(words=("storm",), type=etype)


# (the gate's types, the entry's type, whether the rule may run on it)
ADMITTED = [
    ((), "diplomacy.talks", True),
    (("attack",), "attack", True),
    (("attack",), "attack.air", True),
    (("attack",), "attacker.air", False),
    (("attack.explosive",), "attack.explosive", True),
    (("attack.explosive",), "attack.air", False),
    (("attack.explosive",), "attack", False),
    (("humanitarian", "disruption"), "disruption.power", True),
    (("protest.demonstration",), "protest.riot", False),
    (("arrest",), "arrest", True),
]


@pytest.mark.parametrize("types,etype,admitted", ADMITTED)
def test_a_gate_admits_its_types_and_families(types, etype, admitted):
    assert admits(Gate(types), _entry(etype)) is admitted

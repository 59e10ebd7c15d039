"""triggers.jsonl: the lists its entries name by ``"@key"`` are those of data/words/triggers.toml."""

from __future__ import annotations

import typing

import pytest

from sitrep.lexicon import TriggerEntry, _trigger, load_lexicon, read_jsonl, word_list
from sitrep.lexicon.words import LexiconError, TriggerWords


def _named() -> list[tuple[int, str, str]]:
    """(entry number, field, name) of every list an entry names."""
    return [(k, key, value) for k, d in enumerate(read_jsonl("triggers.jsonl")) for key, value in d.items()
            if isinstance(value, str) and value.startswith("@")]


def test_every_name_an_entry_refers_to_is_a_list() -> None:
    lists = set(TriggerWords.__dataclass_fields__)
    assert _named()
    missing = [(k, key, name) for k, key, name in _named() if name[1:] not in lists]
    assert not missing


def test_every_shared_list_is_used() -> None:
    """The tuples are the lists entries share (the frozensets are read by the trigger finder)."""
    hints = typing.get_type_hints(TriggerWords)
    shared = {name for name, hint in hints.items() if typing.get_origin(hint) is tuple}
    assert {name[1:] for _, _, name in _named()} == shared


def test_a_named_list_loads_as_its_words() -> None:
    words = load_lexicon().trigger_words
    entry = _trigger({"lemma": "parley", "type": "diplomacy.talks", "needs": "@talks_words",
                      "not_with": ["picnic"]}, words)
    assert entry == TriggerEntry(words=("parley",), type="diplomacy.talks", needs=words.talks_words,
                                 not_with=("picnic",))


@pytest.mark.parametrize("value", ["@no_such_list", "talks_words"])
def test_a_name_that_is_no_list_is_an_error(value: str) -> None:
    with pytest.raises(LexiconError, match="names no list"):
        word_list(value, load_lexicon().trigger_words)

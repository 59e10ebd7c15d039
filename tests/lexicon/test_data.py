"""The lexicon's data files: each parses, each typed word file matches its class, no list repeats itself."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from importlib import resources

import pytest

from sitrep.lexicon import load_lexicon, read_jsonl, read_tsv
from sitrep.lexicon.words import AREAS, LexiconError, build, load_words

DATA = resources.files("sitrep").joinpath("data")
WORDS = DATA.joinpath("words")


def _names(suffix: str) -> list[str]:
    return sorted(p.name for p in DATA.iterdir() if p.name.endswith(suffix))


@pytest.mark.parametrize("name", _names(".tsv"))
def test_tsv_files_parse_with_a_value_per_row(name: str) -> None:
    rows = read_tsv(name)
    assert rows, name
    assert all(r and r[0] for r in rows), name


def test_the_items_name_each_noun_once() -> None:
    nouns = [r[0] for r in read_tsv("items.tsv")]
    assert sorted({n for n in nouns if nouns.count(n) > 1}) == []


@pytest.mark.parametrize("name", _names(".jsonl"))
def test_jsonl_files_parse(name: str) -> None:
    assert all(isinstance(row, dict) for row in read_jsonl(name))


@pytest.mark.parametrize("area", sorted(AREAS))
def test_every_word_file_is_read_by_its_class(area: str) -> None:
    text = WORDS.joinpath(f"{area}.toml").read_text(encoding="utf-8")
    words = load_words(AREAS[area], text, area)
    assert {f.name for f in fields(words)} == set(tomllib.loads(text))


def test_every_word_file_has_a_class() -> None:
    files = {p.name.removesuffix(".toml") for p in WORDS.iterdir() if p.name.endswith(".toml")}
    assert files == set(AREAS)


@pytest.mark.parametrize("area", sorted(AREAS))
def test_word_lists_do_not_repeat_themselves(area: str) -> None:
    data = tomllib.loads(WORDS.joinpath(f"{area}.toml").read_text(encoding="utf-8"))
    for key, value in data.items():
        if isinstance(value, list) and value and isinstance(value[0], str):
            assert len(value) == len(set(value)), f"{area}.{key} repeats a word"


@pytest.mark.parametrize("area", sorted(AREAS))
def test_every_list_is_commented(area: str) -> None:
    lines = WORDS.joinpath(f"{area}.toml").read_text(encoding="utf-8").splitlines()
    seen: set[str] = set()
    for k, line in enumerate(lines):
        key = line.split("=")[0].strip().strip("[]")
        if line and not line.startswith((" ", "#", "]")) and key in AREAS[area].__dataclass_fields__ \
                and key not in seen:
            seen.add(key)
            assert lines[k - 1].startswith("#"), f"{area}.toml: {key} has no comment above it"


@dataclass(frozen=True)
class _Two:
    a: frozenset[str]
    b: tuple[str, ...]


@pytest.mark.parametrize(("data", "message"), [
    ({"a": ["x"], "b": ["y"], "c": ["z"]}, "keys not read by _Two: ['c']"),
    ({"a": ["x"]}, "missing: ['b']"),
])
def test_a_file_that_does_not_match_its_class_is_an_error(data: dict[str, list[str]], message: str) -> None:
    with pytest.raises(LexiconError, match=message.replace("[", r"\[").replace("]", r"\]")):
        build(_Two, data, "test")


def test_lists_load_as_their_annotated_types() -> None:
    two = build(_Two, {"a": ["x", "x"], "b": ["y", "z"]}, "test")
    assert two.a == frozenset({"x"})
    assert two.b == ("y", "z")


def test_the_whole_lexicon_loads() -> None:
    lex = load_lexicon()
    assert "will" in lex.status.future_aux
    assert lex.place_words.plural_regions["oblasts"] == "admin1"
    assert lex.quantity_words.negated_casualties[0].quantities[0] == ("person", "injured")

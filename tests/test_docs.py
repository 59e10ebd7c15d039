"""The README as tests: every ``sitrep ...`` command it shows (in its code blocks and inline code)
exists, answers ``--help``, and takes every option the README gives it; every command is shown."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from sitrep.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"
FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.M | re.S)
INLINE = re.compile(r"`([^`]+)`")


@dataclass(frozen=True)
class Shown:
    text: str  # the line or inline code as the README shows it
    command: str | None  # None: the bare `sitrep`
    options: tuple[str, ...]


def _invocation(text: str) -> Shown | None:
    """The sitrep command a line runs, and the options it gives; None when it runs no sitrep."""
    try:
        words = shlex.split(text, comments=True)
    except ValueError:
        return None
    at = next((k for k, w in enumerate(words) if w == "sitrep" or w.endswith("/sitrep")), None)
    if at is None:
        return None
    rest = words[at + 1:]
    command = rest[0] if rest and not rest[0].startswith("-") else None
    options = tuple(dict.fromkeys(w.split("=", 1)[0] for w in rest if w.startswith("-") and w != "-"))
    return Shown(" ".join(text.split()), command, options)


def shown_in(markdown: str) -> list[Shown]:
    """Every sitrep invocation in the code blocks, then in the inline code, of ``markdown``."""
    blocks = FENCE.findall(markdown)
    lines = [line for block in blocks for line in block.splitlines()]
    inline = INLINE.findall(FENCE.sub("", markdown))
    found = [_invocation(text) for text in [*lines, *inline]]
    return list(dict.fromkeys(s for s in found if s is not None))


SHOWN = shown_in(README.read_text(encoding="utf-8"))


def _options(command: click.Command) -> set[str]:
    return {opt for p in command.params for opt in (*p.opts, *p.secondary_opts)} | {"--help"}


def test_the_readme_shows_commands():
    assert len([s for s in SHOWN if s.command]) >= 10


def test_every_command_is_shown():
    shown = {s.command for s in SHOWN}
    assert set(main.commands) <= shown, f"commands the README does not show: {sorted(set(main.commands) - shown)}"


@pytest.mark.parametrize("shown", SHOWN, ids=[s.text for s in SHOWN])
def test_a_shown_command_exists_and_takes_its_options(shown: Shown):
    command = main.commands.get(shown.command) if shown.command else main
    assert command is not None, f"README shows `sitrep {shown.command}`, which is no command"
    result = CliRunner().invoke(main, [*([shown.command] if shown.command else []), "--help"])
    assert result.exit_code == 0, result.output
    unknown = [o for o in shown.options if o not in _options(command) | ({"--version"} if command is main else set())]
    assert not unknown, f"`{shown.text}`: no such option {', '.join(unknown)}"


@pytest.mark.parametrize(("text", "expected"), [
    (".venv/bin/sitrep extract report.txt --format jsonl   # records", Shown(
        ".venv/bin/sitrep extract report.txt --format jsonl # records", "extract", ("--format",))),
    ("sitrep export --format=csv -o out.csv", Shown("sitrep export --format=csv -o out.csv", "export",
                                                    ("--format", "-o"))),
    ("sitrep --version", Shown("sitrep --version", None, ("--version",))),
    ("sitrep events", Shown("sitrep events", "events", ())),
    ("pip install 'sitrep[postgres]'", None),
    ("python -m sitrep.batch.generate --count 10", None),
    ("make run", None),
])
def test_invocation(text, expected):
    assert _invocation(text) == expected


def test_shown_in_reads_code_blocks_and_inline_code_across_lines():
    markdown = ("Run `sitrep\nreport --date 2024-01-02` daily.\n\n```sh\nsitrep watch inbox/ --once\n"
                "echo done\n```\n")
    assert [(s.command, s.options) for s in shown_in(markdown)] == [("watch", ("--once",)),
                                                                    ("report", ("--date",))]

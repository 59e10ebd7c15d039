"""JSON Lines rows: a row ends at a line feed only, and a row nested too deeply is refused unparsed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.read import ReadError, iter_reports
from sitrep.read.limits import MAX_JSON_DEPTH
from sitrep.records import Article

REPORT = "Drones struck the depot of Examplegrad overnight, officials said on Thursday."


def _row(text: str, **fields: object) -> str:
    return json.dumps({"published": "2025-05-22", "text": text, **fields}, ensure_ascii=False)


# name, a row (raw), what it gives: the text read, or the reason it is refused
ROWS: list[tuple[str, str, str]] = [
    ("line-separator", _row("The depot burned.\u2028Nobody was hurt, officials said."),
     "The depot burned.\u2028Nobody was hurt, officials said."),
    ("paragraph-separator", _row("The depot burned.\u2029Nobody was hurt, officials said."),
     "The depot burned.\u2029Nobody was hurt, officials said."),
    ("next-line", _row("The depot burned.\u0085 Nobody was hurt, officials said."),
     "The depot burned.\u0085 Nobody was hurt, officials said."),
    ("carriage-return-line-feed", _row("The depot burned, officials said.") + "\r",
     "The depot burned, officials said."),
    ("nested-array", "[" * 100_000 + "]" * 100_000, f"nested deeper than {MAX_JSON_DEPTH} levels"),
    ("nested-field", _row("The depot burned.", extra="!").replace('"!"', '{"a":' * 5000 + "1" + "}" * 5000),
     f"nested deeper than {MAX_JSON_DEPTH} levels"),
    ("huge-number", _row("The depot burned.", id=0).replace('"id": 0', '"id": ' + "9" * 5000),
     "not valid JSON (Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
     "use sys.set_int_max_str_digits() to increase the limit)"),
    ("escaped-nul", _row("The depot\u0000 burned, officials said."), "NUL character (U+0000) at character 9"),
    ("escaped-surrogate", _row("The depot\udcff burned, officials said.").replace("\udcff", "\\udcff"),
     "not valid Unicode: lone surrogate U+DCFF at character 9"),
]


@pytest.mark.parametrize(("row", "gives"), [c[1:] for c in ROWS], ids=[c[0] for c in ROWS])
def test_a_row_and_the_rows_after_it(tmp_path: Path, row: str, gives: str) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join([_row(REPORT), row, "{not json", _row(REPORT + " Again.")]) + "\n", encoding="utf-8",
                    errors="surrogatepass")
    items = list(iter_reports([path]))
    assert len(items) == 4
    first, got, broken, last = items
    assert isinstance(first, Article) and isinstance(last, Article) and last.source == f"{path}:4"
    assert isinstance(broken, ReadError) and broken.path == f"{path}:3"  # the line numbers after it hold
    if isinstance(got, Article):
        assert got.text == gives and got.source == f"{path}:2"
    else:
        assert (got.path, got.reason) == (f"{path}:2", gives)

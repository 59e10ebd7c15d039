"""What the commands share (sitrep.cli.console): the date option and the tables they print."""

from __future__ import annotations

from datetime import date

import click
import pytest

from sitrep.cli.console import _cut, parse_day, print_columns


@pytest.mark.parametrize(("value", "expected"), [
    (None, None),
    ("2024-02-29", date(2024, 2, 29)),
    ("1999-12-31", date(1999, 12, 31)),
])
def test_parse_day(value, expected):
    assert parse_day(value) == expected


@pytest.mark.parametrize("value", ["2023-02-29", "yesterday", "31/12/1999", ""])
def test_parse_day_refuses_what_is_not_a_day(value):
    with pytest.raises(click.BadParameter, match="not a date in the form YYYY-MM-DD"):
        parse_day(value)


@pytest.mark.parametrize(("cell", "width", "expected"), [
    ("12 drones", 20, "12 drones"),
    ("12 drones", 9, "12 drones"),
    ("drone launched 1200", 10, "drone lau…"),
])
def test_a_cell_that_does_not_fit_ends_with_an_ellipsis(cell, width, expected):
    assert _cut(cell, width) == expected


def test_columns_are_as_wide_as_their_widest_cell_up_to_a_limit(capsys):
    print_columns(["name", "n"], [["Riverton", "3"], ["a very long place name indeed", "12"]], widest=10)
    assert capsys.readouterr().out.splitlines() == [
        "name        n",
        "Riverton    3",
        "a very lon  12",
    ]

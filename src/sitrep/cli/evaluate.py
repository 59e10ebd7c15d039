"""``sitrep eval``: score extraction against gold files."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the totals as one JSON object.")
@click.option("--errors", is_flag=True, help="List every miss, false positive and wrong field with its sentence, then count them by kind.")
@click.option("--by-type", is_flag=True, help="Add precision and recall for each event type.")
def eval_(gold: tuple[Path, ...], as_json: bool, errors: bool, by_type: bool) -> None:
    """Score extraction against gold files (a directory means every *.gold.json in it)."""
    from sitrep.api import evaluate_gold

    result = evaluate_gold(gold)
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False))
        return
    click.echo(result.format_text(errors=errors))
    if by_type:
        click.echo("")
        click.echo(result.format_by_type())

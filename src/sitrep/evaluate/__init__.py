"""Scoring extraction against gold files, as ``spec/GOLD.md`` says.

    result = evaluate([Path("gold/dev")], extract)   # extract(gold) -> (article text, [record dicts])
    print(result.format_text(errors=True))

gold.py reads gold files; match.py says which prediction may pair with which gold event and pairs
them one to one; fields.py scores the fields of a pair; score.py scores one report; result.py
pools the reports into totals. The headline is event F1 times the field score.
"""

from __future__ import annotations

from sitrep.evaluate.gold import GoldReport, gold_files, load_gold
from sitrep.evaluate.result import EvalResult, evaluate
from sitrep.evaluate.score import ReportScore, score_report

__all__ = ["EvalResult", "GoldReport", "ReportScore", "evaluate", "gold_files", "load_gold", "score_report"]

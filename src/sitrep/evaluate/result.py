"""Scores over a set of gold reports: totals, per-type counts, and the text and JSON output of
``sitrep eval``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.evaluate.fields import FIELDS
from sitrep.evaluate.gold import GoldReport, gold_files, load_gold
from sitrep.evaluate.kinds import CLASSES
from sitrep.evaluate.score import ReportScore, score_report


@dataclass
class EvalResult:
    reports: list[ReportScore]

    @property
    def totals(self) -> dict[str, Any]:
        tp = sum(r.tp for r in self.reports)
        fp = sum(r.fp for r in self.reports)
        fn = sum(r.fn for r in self.reports)
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        pooled: dict[str, list[float]] = {}
        for r in self.reports:
            for k, v in r.fields.items():
                pooled.setdefault(k, []).extend(v)
        fields = {k: round(sum(pooled[k]) / len(pooled[k]), 4) for k in FIELDS if pooled.get(k)}
        field_score = sum(fields.values()) / len(fields) if fields else 0.0
        return {
            "reports": len(self.reports), "gold": tp + fn, "predicted": tp + fp, "tp": tp, "fp": fp, "fn": fn,
            "precision": round(p, 4), "recall": round(rc, 4), "f1": round(f1, 4), "fields": fields,
            "field_score": round(field_score, 4), "headline": round(f1 * field_score, 4),
            "provenance_errors": sum(len(r.provenance_errors) for r in self.reports),
        }

    def by_type(self) -> dict[str, dict[str, float]]:
        """Precision and recall per event type, over all reports."""
        pooled: dict[str, list[int]] = {}
        for r in self.reports:
            for t, (tp, fp, fn) in r.by_type.items():
                acc = pooled.setdefault(t, [0, 0, 0])
                acc[0], acc[1], acc[2] = acc[0] + tp, acc[1] + fp, acc[2] + fn
        out = {}
        for t, (tp, fp, fn) in sorted(pooled.items()):
            out[t] = {"tp": tp, "fp": fp, "fn": fn,
                      "precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
                      "recall": round(tp / (tp + fn), 3) if tp + fn else 0.0}
        return out

    def error_kinds(self) -> dict[str, dict[str, int]]:
        """How many errors of each kind over all reports, by class (``false +``, ``miss``, ``field``),
        most first."""
        pooled: dict[str, dict[str, int]] = {what: {} for what in CLASSES}
        for r in self.reports:
            for what, kinds in r.kind_counts().items():
                for kind, n in kinds.items():
                    pooled[what][kind] = pooled[what].get(kind, 0) + n
        return {what: dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))) for what, kinds in pooled.items()}

    def format_kinds(self) -> str:
        """The table of error kinds: each class with its kinds and their counts, and the class's total."""
        lines = [f"{'errors by kind':26} {'count':>5}"]
        for what, kinds in self.error_kinds().items():
            lines.append(f"{what:14} {'(all)':11} {sum(kinds.values()):5}")
            lines += [f"{'':14} {kind:11} {n:5}" for kind, n in kinds.items()]
        return "\n".join(lines)

    def format_by_type(self) -> str:
        lines = [f"{'type':28} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6}"]
        for t, v in self.by_type().items():
            lines.append(f"{t:28} {v['tp']:4} {v['fp']:4} {v['fn']:4} {v['precision']:6.3f} {v['recall']:6.3f}")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        out = dict(self.totals)
        out["by_type"] = self.by_type()
        out["error_kinds"] = self.error_kinds()
        out["per_report"] = {r.name: {"precision": round(r.precision, 4), "recall": round(r.recall, 4),
                                      "f1": round(r.f1, 4), "field_score": round(r.field_score, 4),
                                      "provenance_errors": len(r.provenance_errors),
                                      "error_kinds": r.kind_counts()} for r in self.reports}
        return out

    def format_text(self, errors: bool = False) -> str:
        lines = [f"{'report':28} {'P':>6} {'R':>6} {'F1':>6} {'fields':>7} {'headline':>9}  prov"]
        for r in self.reports:
            lines.append(f"{r.name:28} {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f} {r.field_score:7.3f} "
                         f"{r.f1 * r.field_score:9.3f}  {len(r.provenance_errors)}")
            if errors:
                lines += [f"    miss      {m}" for m in r.misses]
                lines += [f"    false +   {m}" for m in r.false_positives]
                lines += [f"    field     {m}" for m in r.wrong_fields]
                lines += [f"    provenance {m}" for m in r.provenance_errors]
        t = self.totals
        lines.append("")
        lines.append(f"total: {t['reports']} reports, gold {t['gold']}, predicted {t['predicted']}, "
                     f"tp {t['tp']} fp {t['fp']} fn {t['fn']}")
        lines.append(f"event precision {t['precision']:.3f}  recall {t['recall']:.3f}  F1 {t['f1']:.3f}")
        lines.append("fields: " + "  ".join(f"{k} {v:.3f}" for k, v in t["fields"].items()))
        lines.append(f"field score {t['field_score']:.3f}   headline (F1 x fields) {t['headline']:.3f}   "
                     f"provenance errors {t['provenance_errors']}")
        if errors:
            lines += ["", self.format_kinds()]
        return "\n".join(lines)


def evaluate(paths: Sequence[Path], extract: Callable[[GoldReport], tuple[str, list[dict]]]) -> EvalResult:
    reports = []
    for path in gold_files(paths):
        gold = load_gold(path)
        text, predictions = extract(gold)
        reports.append(score_report(gold, predictions, text))
    return EvalResult(reports)

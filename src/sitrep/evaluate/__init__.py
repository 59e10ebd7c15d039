"""Scoring extraction against gold files, as ``spec/GOLD.md`` says.

    result = evaluate([Path("gold/dev")], extract)   # extract(gold) -> (article text, [record dicts])
    print(result.format_text(errors=True))

Predictions and gold events of a report are paired one to one by maximum-weight matching
among allowed pairs; hits are pairs with the right type; fields are scored on hits; the
headline is event F1 times the field score. A report with a provenance error (a quoted
text that is not in the report) scores no hits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.evaluate.scoring import (
    FIELDS,
    GoldReport,
    allowed,
    assignment,
    field_scores,
    gold_files,
    load_gold,
    type_right,
)

__all__ = ["EvalResult", "GoldReport", "ReportScore", "evaluate", "gold_files", "load_gold", "score_report"]


@dataclass
class ReportScore:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields: dict[str, list[float]] = field(default_factory=dict)
    provenance_errors: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    wrong_fields: list[str] = field(default_factory=list)
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [tp, fp, fn]

    def count(self, etype: str, slot: int) -> None:
        self.by_type.setdefault(etype, [0, 0, 0])[slot] += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def field_score(self) -> float:
        means = [sum(v) / len(v) for v in self.fields.values() if v]
        return sum(means) / len(means) if means else 0.0


def _describe(p: dict) -> str:
    loc = (p.get("location") or {}).get("name") or "-"
    d = p.get("date") or {}
    ev = (p.get("evidence") or [{}])[0].get("text", "")
    return f"{p['type']} at {loc} on {d.get('start')}..{d.get('end')}: {ev[:160]!r}"


def _provenance(text: str, preds: list[dict]) -> list[str]:
    errors = []
    for p in preds:
        for span in (p.get("evidence") or []) + (p.get("claims") or []):
            quoted = span.get("text", "")
            if quoted not in text:
                errors.append(f"not in the report: {quoted[:80]!r}")
            elif "start" in span and text[span["start"]:span["end"]] != quoted:
                errors.append(f"offsets {span['start']}:{span['end']} do not give {quoted[:60]!r}")
    return errors


def score_report(gold: GoldReport, predictions: list[dict], text: str) -> ReportScore:
    score = ReportScore(gold.path.name.removesuffix(".gold.json"))
    events = gold.events
    weights = []
    for g in events:
        row = []
        for p in predictions:
            if not allowed(g, p, gold.published):
                row.append(0.0)
                continue
            fs = field_scores(g, p, gold.published)
            row.append(1.0 + (100.0 if type_right(g, p) else 0.0) + sum(fs.values()))
        weights.append(row)
    pairs = assignment(weights) if events and predictions else []
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    score.provenance_errors = _provenance(text, predictions)
    failed = bool(score.provenance_errors)
    counted: set[int] = set()  # predictions already counted as false positives
    for i, j in pairs:
        g, p = events[i], predictions[j]
        if not g.get("required", True):
            continue
        if type_right(g, p) and not failed:
            score.tp += 1
            score.count(g["type"], 0)
            fs = field_scores(g, p, gold.published)
            for name, value in fs.items():
                score.fields.setdefault(name, []).append(value)
                if value < 1.0:
                    score.wrong_fields.append(f"{g['id']} {name}: {_expected(g, name)} | got {_got(p, name)}")
        else:
            score.fn += 1
            score.fp += 1
            score.count(g["type"], 2)
            score.count(p["type"], 1)
            why = "the report failed provenance" if type_right(g, p) else "paired with a wrong type"
            score.misses.append(f"{g['id']} {g['type']} ({why}): {g.get('note', '')}")
            score.false_positives.append(_describe(p))
            counted.add(j)
    for i, g in enumerate(events):
        if i not in matched_gold and g.get("required", True):
            score.fn += 1
            score.count(g["type"], 2)
            score.misses.append(f"{g['id']} {g['type']}: {g.get('note', '')}")
    optional = [g for g in events if not g.get("required", True)]  # another telling of one is no error
    for j, p in enumerate(predictions):
        if j in counted or (j in matched_pred and not failed):
            continue
        if j in matched_pred:  # paired with an optional event in a failed report
            score.fp += 1
            continue
        if any(allowed(g, p, gold.published) for g in optional):
            continue
        score.fp += 1
        score.count(p["type"], 1)
        score.false_positives.append(_describe(p))
    if failed:
        score.tp, score.fields = 0, {}
        score.fn = sum(1 for g in events if g.get("required", True))
    return score


def _expected(g: dict, name: str) -> Any:
    if name in ("initiator", "target", "participant"):
        return (g.get("actors") or {}).get(name)
    return {"claimants": g.get("claimants"), "quantities": g.get("quantities")}.get(name, g.get(name))


def _got(p: dict, name: str) -> Any:
    if name in ("initiator", "target", "participant"):
        return sorted({a.get("country") or "-" for a in p.get("actors") or [] if a["role"] == name})
    if name == "claimants":
        return [c["claimant"]["name"] for c in p.get("claims") or []]
    if name == "quantities":
        return [(q["item"], q["role"], q["value"]) for q in p.get("quantities") or []]
    if name == "date":
        return [(p.get("date") or {}).get("start"), (p.get("date") or {}).get("end")]
    if name == "location":
        loc = p.get("location") or {}
        return [loc.get("name"), loc.get("country"), loc.get("admin1"), loc.get("lat"), loc.get("lon")]
    return p.get(name)


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

    def format_by_type(self) -> str:
        lines = [f"{'type':28} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6}"]
        for t, v in self.by_type().items():
            lines.append(f"{t:28} {v['tp']:4} {v['fp']:4} {v['fn']:4} {v['precision']:6.3f} {v['recall']:6.3f}")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        out = dict(self.totals)
        out["by_type"] = self.by_type()
        out["per_report"] = {r.name: {"precision": round(r.precision, 4), "recall": round(r.recall, 4),
                                      "f1": round(r.f1, 4), "field_score": round(r.field_score, 4),
                                      "provenance_errors": len(r.provenance_errors)} for r in self.reports}
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
        return "\n".join(lines)


def evaluate(paths: Sequence[Path], extract: Callable[[GoldReport], tuple[str, list[dict]]]) -> EvalResult:
    reports = []
    for path in gold_files(paths):
        gold = load_gold(path)
        text, predictions = extract(gold)
        reports.append(score_report(gold, predictions, text))
    return EvalResult(reports)

"""One report scored as ``spec/GOLD.md`` says: its predictions paired one to one with its gold events
(maximum-weight matching among allowed pairs), hits counted and their fields scored, and every miss,
false positive and wrong field listed. A report with a provenance error (a quoted text that is not in
the report) scores no hits."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sitrep.evaluate.fields import field_scores
from sitrep.evaluate.gold import GoldReport
from sitrep.evaluate.kinds import (
    FALSE_POSITIVE,
    FIELD,
    MISS,
    Scene,
    false_positive_kind,
    field_kind,
    miss_kind,
)
from sitrep.evaluate.match import allowed, assignment, type_right

TP, FP, FN = 0, 1, 2  # the slots of ReportScore.by_type's counts


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
    kinds: list[tuple[str, str, str]] = field(default_factory=list)  # (miss|false +|field, kind, rule)

    def count(self, etype: str, slot: int) -> None:
        self.by_type.setdefault(etype, [0, 0, 0])[slot] += 1

    def kind_counts(self) -> dict[str, dict[str, int]]:
        """How many errors of each kind, by class (``false +``, ``miss``, ``field``)."""
        out: dict[str, dict[str, int]] = {}
        for what, kind, _ in self.kinds:
            out.setdefault(what, {}).setdefault(kind, 0)
            out[what][kind] += 1
        return out

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


def _required(g: dict) -> bool:
    return bool(g.get("required", True))


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
    pairs = _pairs(gold, predictions)
    score.provenance_errors = _provenance(text, predictions)
    scene = Scene(gold, predictions, pairs, bool(score.provenance_errors))
    counted = _score_pairs(score, scene)
    _score_unpaired_gold(score, scene)
    _score_unpaired_predictions(score, scene, counted)
    if scene.failed:
        score.tp, score.fields = 0, {}
        score.fn = sum(1 for g in gold.events if _required(g))
    return score


def _pairs(gold: GoldReport, predictions: list[dict]) -> list[tuple[int, int]]:
    """Gold events and predictions paired one to one, most weight first: allowed pairs weigh 1, the
    right type 100 more, and each field's score on top."""
    if not gold.events or not predictions:
        return []
    return assignment([[_weight(g, p, gold) for p in predictions] for g in gold.events])


def _weight(g: dict, p: dict, gold: GoldReport) -> float:
    if not allowed(g, p, gold.published):
        return 0.0
    fs = field_scores(g, p, gold.published)
    return 1.0 + (100.0 if type_right(g, p) else 0.0) + sum(fs.values())


def _score_pairs(score: ReportScore, scene: Scene) -> set[int]:
    """Each pair with a required gold event is a hit or a miss and a false positive; gives the
    predictions so counted as false positives."""
    counted: set[int] = set()
    for i, j in scene.pairs:
        g, p = scene.gold.events[i], scene.predictions[j]
        if not _required(g):
            continue
        if i in scene.hits:
            _hit(score, g, p, scene.gold)
        else:
            kinds = [(MISS, *miss_kind(scene, i)), (FALSE_POSITIVE, *false_positive_kind(scene, j))]
            _wrong_pair(score, g, p, kinds[0][1], kinds[1][1])
            score.kinds += kinds
            counted.add(j)
    return counted


def _hit(score: ReportScore, g: dict, p: dict, gold: GoldReport) -> None:
    score.tp += 1
    score.count(g["type"], TP)
    for name, value in field_scores(g, p, gold.published).items():
        score.fields.setdefault(name, []).append(value)
        if value < 1.0:
            score.wrong_fields.append(f"{g['id']} {name}: {_expected(g, name)} | got {_got(p, name)}")
            score.kinds.append((FIELD, *field_kind(name)))


def _wrong_pair(score: ReportScore, g: dict, p: dict, miss: str, false_positive: str) -> None:
    """A pair of the wrong type, or any pair of a report that failed provenance: a miss and a false
    positive (their kinds ``miss`` and ``false_positive`` lead their lines)."""
    score.fn += 1
    score.fp += 1
    score.count(g["type"], FN)
    score.count(p["type"], FP)
    why = "the report failed provenance" if type_right(g, p) else "paired with a wrong type"
    score.misses.append(f"[{miss}] {g['id']} {g['type']} ({why}): {g.get('note', '')}")
    score.false_positives.append(f"[{false_positive}] {_describe(p)}")


def _score_unpaired_gold(score: ReportScore, scene: Scene) -> None:
    for i, g in enumerate(scene.gold.events):
        if i not in scene.pred_of and _required(g):
            score.fn += 1
            score.count(g["type"], FN)
            kind = miss_kind(scene, i)
            score.misses.append(f"[{kind[0]}] {g['id']} {g['type']}: {g.get('note', '')}")
            score.kinds.append((MISS, *kind))


def _score_unpaired_predictions(score: ReportScore, scene: Scene, counted: set[int]) -> None:
    """Predictions left over are false positives, except another telling of an optional event."""
    optional = [g for g in scene.gold.events if not _required(g)]
    for j, p in enumerate(scene.predictions):
        paired = j in scene.gold_of
        if j in counted or (paired and not scene.failed):
            continue
        if paired:  # paired with an optional event in a failed report
            score.fp += 1
            score.kinds.append((FALSE_POSITIVE, *false_positive_kind(scene, j)))
            continue
        if any(allowed(g, p, scene.gold.published) for g in optional):
            continue
        score.fp += 1
        score.count(p["type"], FP)
        kind = false_positive_kind(scene, j)
        score.false_positives.append(f"[{kind[0]}] {_describe(p)}")
        score.kinds.append((FALSE_POSITIVE, *kind))


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

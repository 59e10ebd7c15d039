"""Train the event-sense model on the hand labels, choose its threshold by cross-validation, save it.

Run:  .venv/bin/python scripts/sense/train.py [--labels evaluation/sense/labels.jsonl]
          [--out src/sitrep/data/models/sense] [--folds 5] [--epochs 10] [--seed 0] [--no-save]

The labels (``evaluation/sense/labels.jsonl``, gathered by ``labels.py``) name sentences of real
articles in ../shared/eval by reference and character offsets; the texts are read from there
(``$SITREP_SHARED`` or the folder beside the project) and never stored. Without that folder the
script says so and stops, having changed nothing.

Each example is ``sitrep.nlp.sense_model.sense_text(type, sentence)`` ("__attack__ rebels
stormed ...") with the label EVENT 1 or 0. The classifier is spaCy's ``textcat_multilabel`` with
the bag-of-words architecture ``spacy.TextCatBOW.v3`` (words and word pairs), trained with a fixed
seed in a fixed order: the same labels give the same model, byte for byte.

The model judges only the types the labels teach it: those with at least ``--minimum`` labels of
each kind (events and not), and of those only the ones where it pays: at the chosen threshold,
their held-out labels lose at least twice as many wrong records as real ones (``paying_types``). Its score of a type it saw only a few times is that type's prior in
the labelled pool, which says nothing of war reports (a drone strike, an air strike: rare in local
news); records of the other types pass the step unjudged.

It prints cross-validation by article (no article's sentences in both the training and the
testing part of a fold): precision, recall and F1 of "keep" at each threshold (records of the
types not judged are kept), and picks the threshold with the best F1 over the held-out
predictions of all folds (never a gold eval set). Then it trains on every label and saves the
model and ``sense.json`` (threshold, judged types, figures).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from sitrep.evaluate.corpora import corpus_text
from sitrep.evaluate.gold import article_references
from sitrep.nlp.sense_model import CLASSIFIER, LABEL, META, MODEL_DIR, scores, sense_text

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "evaluation" / "sense" / "labels.jsonl"
GOLD = ROOT / "evaluation" / "real"  # every gold set: with --clean, none of their articles trains
KEPT_ASIDE = [GOLD / "heldout", GOLD / "heldout2"]  # never trained on, whatever the flags
SHARED = Path(os.environ.get("SITREP_SHARED", ROOT.parent / "shared"))
THRESHOLDS = [round(0.05 * k, 2) for k in range(1, 20)]  # 0.05 .. 0.95
MODEL = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
         "no_output_layer": False, "length": 2**18}  # 2**18 hashed features: 1 MB of weights


@dataclass(frozen=True)
class Labelled:
    """One training example: its article (the group of the folds), the classifier's text, the label."""

    ref: str
    type: str
    text: str
    label: int
    live: bool = True  # a record the rules make, which the step judges at run time (not ``drawn: vetoed``)


@dataclass(frozen=True)
class Figures:
    threshold: float
    precision: float
    recall: float
    f1: float
    kept: int


def read_labels(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def trainable(rows: Sequence[dict[str, Any]], gold_refs: set[str], leave_out: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The labels to train on: none from an article of ``gold_refs`` (the step is measured on those,
    so it must not have read them), none of the kinds left out."""
    kept = [r for r in rows if r["ref"] not in gold_refs and r.get("kind") not in leave_out]
    dropped = sum(1 for r in rows if r["ref"] in gold_refs)
    if dropped:
        print(f"{dropped} labels left out: their articles are gold")
    return kept


def unseen_gold(clean: bool, held: Sequence[Path] = ()) -> set[str]:
    """The gold articles the model must not read: the kept-aside parts always; with ``clean``, every
    gold set, and the folders ``held`` (a model trained without a set's articles measures how the step
    carries to articles it never saw)."""
    return article_references([GOLD] if clean else [*KEPT_ASIDE, *held])


def article_text(ref: str, shared: Path) -> str:
    """The text of the article a reference names (``eval/geo/lgl.xml#123``, a TimeML file)."""
    path, _, docid = ref.partition("#")
    return corpus_text(shared / path, docid or None)


def examples_of(rows: Sequence[dict[str, Any]], text_of: Any) -> list[Labelled]:
    """The classifier's examples: each label's sentence, cut from its article by its offsets."""
    out = []
    for row in rows:
        sentence = text_of(row["ref"])[row["start"]:row["end"]]
        out.append(Labelled(row["ref"], row["type"], sense_text(row["type"], sentence), int(row["label"]),
                            row.get("drawn") != "vetoed"))
    return out


def train(examples: Sequence[Labelled], seed: int = 0, epochs: int = 10) -> Language:
    """A blank English pipeline with the classifier, trained on ``examples`` in a seeded order."""
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe(CLASSIFIER, config={"model": MODEL})
    textcat.add_label(LABEL)
    data = [Example.from_dict(nlp.make_doc(e.text), {"cats": {LABEL: float(e.label)}}) for e in examples]
    optimizer = nlp.initialize(lambda: data)
    order = random.Random(seed)
    for _ in range(epochs):
        batch_order = list(data)
        order.shuffle(batch_order)
        for batch in minibatch(batch_order, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return nlp


def judged_types(examples: Sequence[Labelled], minimum: int) -> list[str]:
    """The types with at least ``minimum`` examples labelled 1 and as many labelled 0."""
    counts = Counter((e.type, e.label) for e in examples)
    return sorted({e.type for e in examples if min(counts[(e.type, 0)], counts[(e.type, 1)]) >= minimum})


def paying_types(examples: Sequence[Labelled], held: Sequence[float], types: Sequence[str], threshold: float,
                 ratio: int = 2) -> list[str]:
    """Of ``types``, those whose held-out labels, at ``threshold``, lose at least ``ratio`` times as
    many wrong records (label 0) as real ones, and at least one: a type the step drops real events
    of about as often as wrong ones (or drops none of) is better left unjudged."""
    dropped = Counter((e.type, e.label) for e, s in zip(examples, held, strict=True) if s < threshold)
    return [t for t in types if dropped[(t, 0)] >= max(1, ratio * dropped[(t, 1)])]


def folds_of(refs: Sequence[str], k: int, seed: int = 0) -> dict[str, int]:
    """Each article's fold: the articles in a seeded shuffle, dealt round the ``k`` folds."""
    articles = sorted(set(refs))
    random.Random(seed).shuffle(articles)
    return {ref: n % k for n, ref in enumerate(articles)}


def cross_validate(examples: Sequence[Labelled], k: int, seed: int, epochs: int) -> list[float]:
    """Each example's score from the model trained on the folds its article is not in."""
    fold = folds_of([e.ref for e in examples], k, seed)
    held: list[float] = [0.0] * len(examples)
    for f in range(k):
        train_part = [e for e in examples if fold[e.ref] != f]
        test_idx = [i for i, e in enumerate(examples) if fold[e.ref] == f]
        model = train(train_part, seed, epochs)
        for i, s in zip(test_idx, scores(model, [examples[i].text for i in test_idx]), strict=True):
            held[i] = s
    return held


def figures_at(threshold: float, held: Sequence[float], gold: Sequence[int]) -> Figures:
    """Precision, recall and F1 of keeping the examples scoring at least ``threshold``."""
    kept = [s >= threshold for s in held]
    tp = sum(1 for k, g in zip(kept, gold, strict=True) if k and g)
    p = tp / sum(kept) if any(kept) else 0.0
    r = tp / sum(gold) if any(gold) else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Figures(threshold, round(p, 3), round(r, 3), round(f1, 3), sum(kept))


def choose(table: Sequence[Figures]) -> Figures:
    """The threshold of the best F1; of equal ones, the lowest (it drops fewer records)."""
    return max(table, key=lambda f: (f.f1, -f.threshold))


def save(model: Language, out: Path, meta: dict[str, Any]) -> None:
    """The pipeline without its vocabulary (the words of the training sentences), and ``sense.json``."""
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    model.to_disk(out, exclude=["vocab"])
    (out / META).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def report(table: Sequence[Figures], best: Figures, examples: Sequence[Labelled], k: int) -> None:
    n_events = sum(e.label for e in examples)
    print(f"{len(examples)} labels ({n_events} events) from {len({e.ref for e in examples})} articles; "
          f"{k}-fold cross-validation by article")
    print("threshold  precision  recall  F1     kept")
    for f in table:
        mark = "  <- chosen" if f == best else ""
        print(f"{f.threshold:9.2f}  {f.precision:9.3f}  {f.recall:6.3f}  {f.f1:.3f}  {f.kept:4d}{mark}")
    keep_all = figures_at(0.0, [1.0] * len(examples), [e.label for e in examples])
    print(f"keeping every record: precision {keep_all.precision:.3f} recall 1.000 F1 {keep_all.f1:.3f}")


def report_judged(examples: Sequence[Labelled], judged: Sequence[str]) -> None:
    counts = Counter((e.type, e.label) for e in examples)
    print("judged types (events / not): " + ", ".join(f"{t} ({counts[(t, 1)]}/{counts[(t, 0)]})" for t in judged))


def run(examples: Sequence[Labelled], k: int, seed: int, epochs: int,
        minimum: int = 10) -> tuple[Language, dict[str, Any]]:
    """Cross-validate, choose the threshold, train on everything: the model and its ``sense.json``.

    Every label trains; the threshold and the judged types are chosen on the live labels only (the
    records the rules make): a line the rules already drop never reaches the step, and counting the
    easy no's among them would make any threshold look good."""
    scored = [(s, e) for s, e in zip(cross_validate(examples, k, seed, epochs), examples, strict=True) if e.live]
    raw, live = [s for s, _ in scored], [e for _, e in scored]
    taught = judged_types(live, minimum)
    held = [s if e.type in taught else 1.0 for s, e in zip(raw, live, strict=True)]
    gold = [e.label for e in live]
    table = [figures_at(t, held, gold) for t in THRESHOLDS]
    best = choose(table)
    report(table, best, live, k)
    judged = paying_types(live, raw, taught, best.threshold)
    report_judged(live, judged)
    kept = figures_at(best.threshold, [s if e.type in judged else 1.0 for s, e in zip(raw, live, strict=True)], gold)
    print(f"judging those only, at {best.threshold}: precision {kept.precision:.3f} recall {kept.recall:.3f} "
          f"F1 {kept.f1:.3f} ({kept.kept} kept)")
    meta = {"threshold": best.threshold, "cv": {"folds": k, "precision": best.precision, "recall": best.recall,
                                                 "f1": best.f1, "keep_all_precision": figures_at(0.0, held, gold).precision},
            "judged": judged, "taught": taught, "minimum": minimum, "labels": len(examples),
            "live": len(live), "events": sum(e.label for e in examples),
            "articles": len({e.ref for e in examples}),
            "seed": seed, "epochs": epochs, "model": MODEL}
    return train(examples, seed, epochs), meta


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--minimum", type=int, default=10, help="labels of each kind a type needs to be judged")
    ap.add_argument("--no-save", action="store_true", help="cross-validate only")
    ap.add_argument("--leave-out", nargs="*", default=[], metavar="KIND",
                    help="train without the labels 0 of these kinds (out_of_scope, background, ...)")
    ap.add_argument("--clean", action="store_true",
                    help="leave out the labels of every gold article, development too (to measure transfer "
                         "on gold3 and gold4), not only the kept-aside parts")
    ap.add_argument("--hold-out", nargs="+", type=Path, default=[], metavar="DIR",
                    help="leave out the labels of these gold folders' articles too (to measure on them)")
    ap.add_argument("--with-vetoed", action="store_true",
                    help="train on the lines the rules drop too (drawn: vetoed); off: on the gold sets "
                         "they lowered the headline (benchmarks/RESULTS.md)")
    args = ap.parse_args()
    if not (args.shared / "eval").is_dir():
        print(f"{args.shared / 'eval'}: not there; the labelled sentences are read from it, so nothing "
              "was trained (set SITREP_SHARED or --shared)", file=sys.stderr)
        return 0
    texts: dict[str, str] = {}
    rows = trainable(read_labels(args.labels), unseen_gold(args.clean, args.hold_out), args.leave_out)
    if not args.with_vetoed:
        rows = [r for r in rows if r.get("drawn") != "vetoed"]
    examples = examples_of(rows,
                           lambda ref: texts.setdefault(ref, article_text(ref, args.shared)))
    model, meta = run(examples, args.folds, args.seed, args.epochs, args.minimum)
    if not args.no_save:
        save(model, args.out, meta)
        print(f"saved to {args.out} (threshold {meta['threshold']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

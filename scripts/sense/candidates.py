"""List the sentences sitrep makes a record from, in real news no gold file uses: the pool the
event-sense labels are drawn from.

Run:  .venv/bin/python scripts/sense/candidates.py --out /tmp/candidates.jsonl [--skip 220] [--limit N]

The articles are those of ../shared/eval (TR-News, LGL, TimeBank) after the first ``--skip`` of
the seeded shuffle in ``evaluation/real/select.py``, less every article a gold file of
``evaluation/real`` scores (sitrep's own gold, development and kept aside, never trains anything)
and, with ``--new``, those the label file already names. For every record the current pipeline makes, one line:
the article's reference, the record's type and status, and the character span of each
evidence sentence. The sentence text is written too, for whoever labels the lines; the labels
kept in the project (``evaluation/sense/labels.jsonl``) hold only references and offsets.
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from pathlib import Path

from sitrep.evaluate.gold import article_references
from sitrep.nlp import build, load_config
from sitrep.nlp.pipeline import Extractor
from sitrep.nlp.triggers import TriggerFinder
from sitrep.read.dates import read_day
from sitrep.records import Article

ROOT = Path(__file__).resolve().parents[2]


def _chooser():
    import importlib.util
    spec = importlib.util.spec_from_file_location("real_select", ROOT / "evaluation" / "real" / "select.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    show = importlib.util.spec_from_file_location("real_show", ROOT / "evaluation" / "real" / "show.py")
    smod = importlib.util.module_from_spec(show)  # type: ignore[arg-type]
    show.loader.exec_module(smod)  # type: ignore[union-attr]
    return mod, smod


def articles_named(path: Path) -> set[str]:
    """The articles a file of JSON lines names by ``ref`` (the label file, the blind recall list)."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return {json.loads(line)["ref"] for line in lines if line.strip()}


def labelled_lines(path: Path) -> set[tuple[str, int, int, str]]:
    """(article, start, end, type) of each label already given."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(r["ref"], r["start"], r["end"], r["type"]) for r in rows}


def extractor_without_sense() -> Extractor:
    """The default pipeline without the sense step: the records the rules make, which the labels judge."""
    order = [n for n in load_config()["nlp"]["pipeline"] if n != "sitrep_sense"]
    return Extractor(build(overrides={"nlp.pipeline": order}))


def permissive_extractor() -> Extractor:
    """The pipeline without the sense step, its trigger finder with no no-event rule: every match of
    a trigger word that meets its entry's conditions becomes a record, whatever its sense."""
    extractor = extractor_without_sense()
    finder = extractor.nlp.get_pipe("sitrep_triggers")
    assert isinstance(finder, TriggerFinder)
    finder.no_event_rules = {entry: () for entry in finder.no_event_rules}
    return extractor


def published(info: dict[str, str]) -> date:
    """The download time or the TimeML DCT where it reads as a date; else a fixed day (labels ignore it)."""
    for key in ("dct", "dltime"):
        m = re.search(r"(\d{4})-?(\d{2})-?(\d{2})", info.get(key, ""))
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                pass
    return read_day(info.get("dltime", "")) or date(2010, 1, 1)  # "17 December 2016"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--skip", type=int, default=220)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--new", action="store_true", help="only articles no label names yet")
    ap.add_argument("--permissive", action="store_true",
                    help="also the records the no-event rules and the sense step would drop, less the lines "
                         "already labelled: more sentences of each trigger word, in each of its senses")
    ap.add_argument("--gold", nargs="+", type=Path, metavar="DIR",
                    help="the articles of these development gold folders instead (never a kept-aside one)")
    args = ap.parse_args()
    select, show = _chooser()
    labels = ROOT / "evaluation" / "sense" / "labels.jsonl"
    skip = article_references([ROOT / "evaluation" / "real"])  # gold is measured, never labelled for training
    skip |= articles_named(ROOT / "evaluation" / "recall" / "fresh.jsonl")  # the blind check stays unread
    if args.new:
        skip |= articles_named(labels)
    refs = [r for r in select.chosen(10**6)[args.skip:] if r not in skip]
    if args.gold:
        if any(d.name.startswith("heldout") for d in args.gold):
            ap.error("the kept-aside gold is never labelled for training")
        refs = sorted(article_references(args.gold) - articles_named(labels))
    if args.limit:
        refs = refs[:args.limit]
    ex = permissive_extractor() if args.permissive else Extractor()
    done = labelled_lines(labels) if args.permissive else set()
    with open(args.out, "w", encoding="utf-8") as out:
        for ref in refs:
            info = show.article(ref)
            text = info["text"]
            art = Article(text=text, published=published(info), id=ref)
            for ev in ex.extract(art):
                for sp in ev.evidence:
                    if (ref, sp.start, sp.end, ev.type) in done:
                        continue
                    out.write(json.dumps({"ref": ref, "type": ev.type, "status": ev.status,
                                          "start": sp.start, "end": sp.end, "sentence": text[sp.start:sp.end]},
                                         ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

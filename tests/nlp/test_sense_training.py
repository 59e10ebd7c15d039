"""The sense model's data and training: the label file holds references only, from articles no gold
file uses; the labellers' files are checked as they are gathered; training is deterministic."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from sitrep.nlp.sense_model import sense_text
from sitrep.records import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "evaluation" / "sense" / "labels.jsonl"


def script(path: Path) -> ModuleType:
    """A script of the repository, imported as a module."""
    name = "sense_" + path.stem
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # its dataclasses look their module up by name
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="module")
def train() -> ModuleType:
    return script(ROOT / "scripts" / "sense" / "train.py")


@pytest.fixture(scope="module")
def gather() -> ModuleType:
    return script(ROOT / "scripts" / "sense" / "labels.py")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]


# -- the label file -----------------------------------------------------------------------------------

def test_every_label_names_a_span_a_type_and_a_verdict(rows, gather):
    assert len(rows) >= 500
    for row in rows:
        assert set(row) <= set(gather.KEPT), row  # no sentence, no labeller's note: nothing quoted
        assert isinstance(row["ref"], str) and row["ref"].startswith("eval/")
        assert 0 <= row["start"] < row["end"]
        assert row["type"] in EVENT_TYPES and row["label"] in (0, 1)
        assert (row["label"] == 0) == ("kind" in row) and row.get("kind", "sense") in gather.KINDS
        assert all(len(v) < 60 for v in row.values() if isinstance(v, str))


def test_no_label_comes_from_an_article_of_the_gold_sets(rows, shared_dir):
    select = script(ROOT / "evaluation" / "real" / "select.py")
    gold_pool = set(select.chosen(220, shared_dir))  # development and held-out gold are drawn from these
    assert not {r["ref"] for r in rows} & gold_pool


def test_labels_of_a_gold_article_or_of_a_kind_left_out_are_not_trained_on(train):
    rows = [{"ref": "eval/x#1", "label": 1}, {"ref": "eval/x#2", "label": 0, "kind": "background"},
            {"ref": "eval/x#3", "label": 0, "kind": "sense"}, {"ref": "eval/x#4", "label": 1}]
    kept = train.trainable(rows, gold_refs={"eval/x#4"}, leave_out=["background"])
    assert [r["ref"] for r in kept] == ["eval/x#1", "eval/x#3"]


def test_the_packaged_model_read_no_kept_aside_article_and_no_vetoed_line(train, rows, shared_dir):
    """The kept-aside gold parts measure the step, so no label of theirs trains it (the labels' pool
    never held them; gold3 and gold4, development sets drawn from that pool, may train it, and
    ``train.py --clean`` leaves them out to measure transfer); lines the rules drop are not trained
    on. The model's label count is what those rules leave."""
    from sitrep.nlp.sense_model import model_meta
    left = [r for r in train.trainable(rows, train.unseen_gold(clean=False)) if r.get("drawn") != "vetoed"]
    assert model_meta()["labels"] == len(left)
    assert not {r["ref"] for r in rows} & train.unseen_gold(clean=False)


def test_the_gold_a_model_may_not_read_grows_with_the_flags(train):
    kept_aside = train.unseen_gold(clean=False)
    held = train.unseen_gold(clean=False, held=[ROOT / "evaluation" / "real" / "gold4"])
    every = train.unseen_gold(clean=True)
    assert kept_aside and kept_aside < held < every


@pytest.mark.parametrize(("row", "error"), [
    ({"id": 1, "ref": "eval/x#1", "start": 5, "end": 9, "type": "attack.ground"}, "no 'label'"),
    ({"id": 1, "ref": "eval/x#1", "start": 5, "end": 9, "type": "attack.ground", "label": 2}, "neither 0 nor 1"),
    ({"id": 1, "ref": "eval/x#1", "start": 5, "end": 9, "type": "attack.laser", "label": 1}, "not a type"),
    ({"id": 1, "ref": "eval/x#1", "start": 5, "end": 9, "type": "arrest", "label": 0, "kind": "vibes"}, "kind"),
    ({"id": 1, "ref": "eval/x#1", "start": 9, "end": 5, "type": "arrest", "label": 1}, "not a span"),
])
def test_a_bad_labelled_line_is_refused_with_its_reason(gather, row, error):
    with pytest.raises(ValueError, match=error):
        gather.checked(row)


def test_gathering_drops_the_sentence_and_the_note(gather, tmp_path):
    given = tmp_path / "labels_x.jsonl"
    given.write_text(json.dumps({"id": 3, "ref": "eval/x#1", "start": 0, "end": 20, "type": "arrest", "label": 0,
                                 "kind": "sense", "why": "made-up note", "sentence": "Made-up words here."}) + "\n"
                     + json.dumps({"id": 1, "ref": "eval/x#2", "start": 4, "end": 9, "type": "attack.ground",
                                   "label": 1, "kind": "", "better_type": "attack.civilians"}) + "\n")
    assert gather.gather([given]) == [
        {"ref": "eval/x#2", "start": 4, "end": 9, "type": "attack.ground", "label": 1, "better_type": "attack.civilians"},
        {"ref": "eval/x#1", "start": 0, "end": 20, "type": "arrest", "label": 0, "kind": "sense"}]


# -- training -----------------------------------------------------------------------------------------

TINY = [  # (article, type, sentence, label): invented
    ("r1", "attack.ground", "Rebels stormed the barracks at Quillbrook overnight.", 1),
    ("r1", "attack.ground", "The coach said his team would fight its battles on the field.", 0),
    ("r2", "arrest", "Officers detained three suspects after the robbery in Quillbrook.", 1),
    ("r2", "arrest", "The council charged a fee for parking by the river.", 0),
    ("r3", "attack.ground", "Gunmen raided a checkpoint on the road to Quillbrook.", 1),
    ("r3", "attack.ground", "She battled a cold through the spring.", 0),
    ("r4", "arrest", "Police arrested a man for the assault on a shopkeeper.", 1),
    ("r4", "arrest", "The striker was charged with leading the attack in the final.", 0),
]


def tiny(train: ModuleType) -> list:
    return [train.Labelled(ref, t, sense_text(t, s), label) for ref, t, s, label in TINY]


def test_training_twice_gives_the_same_model(train, tmp_path):
    first, second = train.train(tiny(train), seed=3, epochs=3), train.train(tiny(train), seed=3, epochs=3)
    texts = [e.text for e in tiny(train)]
    assert train.scores(first, texts) == train.scores(second, texts)
    train.save(first, tmp_path / "a", {"threshold": 0.5})
    train.save(second, tmp_path / "b", {"threshold": 0.5})
    for path in sorted(p for p in (tmp_path / "a").rglob("*") if p.is_file()):
        assert path.read_bytes() == (tmp_path / "b" / path.relative_to(tmp_path / "a")).read_bytes(), path
    assert not (tmp_path / "a" / "vocab").exists()


def test_a_saved_model_loads_and_scores_alike(train, tmp_path):
    from sitrep.nlp.sense_model import load_classifier

    model = train.train(tiny(train), seed=0, epochs=3)
    train.save(model, tmp_path / "m", {"threshold": 0.5, "judged": ["arrest"]})
    texts = [e.text for e in tiny(train)]
    assert train.scores(load_classifier(tmp_path / "m"), texts) == train.scores(model, texts)


def test_folds_keep_each_article_whole(train):
    fold = train.folds_of(["r1", "r2", "r1", "r3", "r4", "r2"], k=2, seed=0)
    assert set(fold) == {"r1", "r2", "r3", "r4"} and set(fold.values()) == {0, 1}
    assert fold == train.folds_of(["r4", "r3", "r2", "r1"], k=2, seed=0)  # by article, not by order


@pytest.mark.parametrize(("minimum", "judged"), [(1, ["arrest", "attack.ground"]), (3, [])])
def test_a_type_is_judged_only_with_enough_labels_of_each_kind(train, minimum, judged):
    assert train.judged_types(tiny(train), minimum) == judged


# (held-out scores of the type's labels, their labels, whether the type is judged at 0.5): judged
# only where the step drops at least twice as many wrong records as real ones, and one at least
@pytest.mark.parametrize(("held", "labels", "judged"), [
    ([0.2, 0.3, 0.9, 0.1], [0, 0, 1, 1], True),   # two wrong dropped for one real: just pays
    ([0.2, 0.3, 0.9, 0.8], [0, 0, 1, 1], True),   # two wrong dropped, no real one
    ([0.2, 0.7, 0.9, 0.1], [0, 0, 1, 1], False),  # one wrong for one real
    ([0.6, 0.7, 0.9, 0.8], [0, 0, 1, 1], False),  # nothing dropped: no use judging it
    ([0.2, 0.3, 0.1, 0.4, 0.9], [0, 0, 0, 0, 1], True),
])
def test_a_type_is_judged_only_where_the_step_pays(train, held, labels, judged):
    examples = [train.Labelled(f"r{i}", "attack.ground", "x", g) for i, g in enumerate(labels)]
    assert (train.paying_types(examples, held, ["attack.ground"], 0.5) == ["attack.ground"]) is judged


def test_the_threshold_of_the_best_f1_is_chosen(train):
    held, gold = [0.9, 0.8, 0.3, 0.6, 0.2], [1, 1, 1, 0, 0]
    table = [train.figures_at(t, held, gold) for t in (0.25, 0.5, 0.7)]
    assert [(f.precision, f.recall) for f in table] == [(0.75, 1.0), (0.667, 0.667), (1.0, 0.667)]
    assert train.choose(table).threshold == 0.25


def test_without_the_shared_folder_nothing_is_trained(train, tmp_path, monkeypatch, capsys):
    out = tmp_path / "model"
    monkeypatch.setattr(sys, "argv", ["train.py", "--shared", str(tmp_path / "absent"), "--out", str(out)])
    assert train.main() == 0
    assert "nothing was trained" in capsys.readouterr().err and not out.exists()


# -- the veto audit -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def audit() -> ModuleType:
    return script(ROOT / "scripts" / "sense" / "veto_audit.py")


def test_the_audit_names_what_the_default_finder_made_of_the_permissive_match(audit):
    from sitrep.nlp.triggers import TriggerVerdict
    row = {"type": "attack.ground", "start": 0, "end": 60, "label": 1}
    # the permissive finder made attacks of "stormed" (10..17) and "raid" (40..44); the default one vetoed
    # "stormed" by a rule and kept "raid"; a diplomacy match in the sentence is another family's
    loose = [TriggerVerdict(10, 17, "stormed", "attack.ground", "event", "attack.ground"),
             TriggerVerdict(40, 44, "raid", "attack", "event", "attack.ground"),
             TriggerVerdict(50, 55, "talks", "diplomacy.talks", "event", "diplomacy.talks")]
    strict = [TriggerVerdict(10, 17, "stormed", "attack.ground", "a_game_of_sport"),
              TriggerVerdict(40, 44, "raid", "attack", "event", "attack.ground"),
              TriggerVerdict(50, 55, "talks", "diplomacy.talks", "irrealis")]
    assert audit.vetoes(row, loose, strict) == {"a_game_of_sport", audit.KEPT}
    assert audit.vetoes({**row, "start": 61, "end": 90}, loose, strict) == {"(no match of the family)"}

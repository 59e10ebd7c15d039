"""Bounded work on long sentences (issue 19): the trigger rules read each clause and each sentence once,
however many triggers the sentence holds, so their work grows with the sentence, not with its square."""

from __future__ import annotations

import pytest

from sitrep.nlp import triggers

# invented clauses, each with a trigger; joined by "and" into one run-on sentence
CLAUSES = ["rebels shelled the market in Northtown", "troops stormed the barracks near the river",
           "police arrested twelve protesters outside the ministry", "a drone struck a fuel depot",
           "militants attacked a convoy on the highway", "protesters marched through the capital"]
SHARED_SUBJECT = ["shelled the market", "stormed the barracks", "burned the depot", "attacked the convoy"]


def run_on(n: int, parts: list[str], joiner: str = ", and ") -> str:
    return "On Monday, " + ("the rebels " if parts is SHARED_SUBJECT else "") + \
        joiner.join(parts[k % len(parts)] for k in range(n)) + "."


class _Counting:
    """Counts what the trigger finder's clause and sentence reads visit."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.clause_words = 0
        self.sentence_reads = 0
        clause, weapons = triggers._clause, triggers.weapon_spans

        def counted_clause(verb):  # type: ignore[no-untyped-def]
            out = clause(verb)
            self.clause_words += len(out)
            return out

        def counted_weapons(sent, lex):  # type: ignore[no-untyped-def]
            self.sentence_reads += 1
            return weapons(sent, lex)

        monkeypatch.setattr(triggers, "_clause", counted_clause)
        monkeypatch.setattr(triggers, "weapon_spans", counted_weapons)


@pytest.mark.parametrize(("parts", "joiner"), [(CLAUSES, ", and "), (SHARED_SUBJECT, ", "), (CLAUSES, " and ")],
                         ids=["own-subjects", "one-subject", "bare-and"])
def test_clause_reads_grow_with_the_sentence(parse, monkeypatch, parts, joiner):
    work = []
    for n in (10, 40):
        counting = _Counting(monkeypatch)
        doc = parse(run_on(n, parts, joiner))
        assert len(doc._.triggers) >= n // 2
        assert counting.sentence_reads <= 1  # one sentence: its words and weapons read once
        work.append(counting.clause_words / len(doc))
    assert work[1] <= 2 * work[0] + 1  # words visited per word of text: flat, not growing with the length


def test_each_verb_clause_is_walked_once(parse, monkeypatch):
    counting = _Counting(monkeypatch)
    doc = parse(run_on(30, SHARED_SUBJECT, ", "))
    assert counting.clause_words <= 3 * len(doc)  # nested verbs share words, a few times at most


@pytest.mark.parametrize(("text", "trigger", "clause"), [
    # a joined clause with its own subject is left out, its "since" kept
    ("The navy has struck the port since the talks began, and its minister threatened more strikes.",
     "struck", "the navy has struck the port since , and"),
    ("The town is shelled almost daily, officials said.", "shelled", "the town is shelled almost daily"),
    ("Rebels stormed the barracks and burned the depot.", "stormed",
     "rebels stormed the barracks and burned the depot ."),
])
def test_clause_words(parse, text, trigger, clause):
    doc = parse(text)
    verb = next(t for t in doc if t.text == trigger)
    assert " ".join(t.lower_ for t in sorted(triggers._clause(verb), key=lambda t: t.i)) == clause


@pytest.mark.parametrize("text", [
    "Rebels who had shelled the town of Northtown were pushed back by troops, officials said on Monday.",
    "The convoy, which carried food, was stopped near the river and its drivers were detained.",
    "Two drones struck a depot. A third was shot down over the bay, the navy said.",
    "",
])
def test_the_tree_layout_gives_each_subtree(parse, text):
    from sitrep.nlp.tree import in_subtree, subtree_ids

    doc = parse(text)
    for tok in doc:
        ids = [t.i for t in tok.subtree]
        assert subtree_ids(tok) == ids
        assert [i for i in range(len(doc)) if in_subtree(doc, i, tok)] == sorted(ids)

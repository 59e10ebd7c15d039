"""Triggers grouped into one event per clause, each step on invented sentences."""

from __future__ import annotations

import pytest

from sitrep.lexicon import load_lexicon
from sitrep.nlp.events.clauses import Group, _join, group_triggers
from sitrep.nlp.mentions import TriggerMention


def _groups(parse, text: str) -> list[Group]:
    doc = parse(text)
    return group_triggers(doc, doc._.triggers or [], load_lexicon().event_words)


GROUP_CASES = [
    # triggers of one family under one verb are one attack, of the first weapon named
    ("Shelling and air strikes hit the town.", [("attack.artillery", ["Shelling", "strikes", "hit"])]),
    # a march that turns violent is one riot
    ("Protesters marched to parliament and threw stones at officers.",
     [("protest.riot", ["Protesters", "marched", "threw"])]),
    # a participle inside another clause of the same family tells the same event
    ("Debris from drones downed over the valley damaged two barns near Lutsk.",
     [("attack.drone", ["Debris", "downed"])]),
    # the fighting a capture came after is how the ground changed hands
    ("The army retook the hill on Monday following weeks of fighting.", [("territory.change", ["retook"])]),
    # another kind of event under the same verb is a group of its own; another clause is another group
    ("Police detained 20 protesters after a drone hit the depot.",
     [("arrest", ["detained"]), ("protest.demonstration", ["protesters"]), ("attack.drone", ["hit"])]),
    ("The envoys met in Oslo and agreed to exchange prisoners.",
     [("diplomacy.talks", ["met"]), ("prisoners.exchange", ["exchange"])]),
    # a clause of "when" tells how the act it hangs on was done: a bare attack takes its weapon
    ("The town was hit on Monday, when a suicide bomber attacked a police post.",
     [("attack.explosive", ["attacked", "hit"])]),
    # another clause of another family stays an event of its own
    ("Police detained 20 people when a drone hit the depot.", [("arrest", ["detained"]), ("attack.drone", ["hit"])]),
    # a toll clause in "-ing" tells what the act did: the battle in it is the act (_a_toll_clause)
    ("Rebels overran the post late Tuesday, killing seven guards in a five-hour battle.",
     [("attack.ground", ["overran", "battle"])]),
]


@pytest.mark.parametrize("text,groups", GROUP_CASES)
def test_one_group_per_event_of_a_clause(parse, text, groups):
    doc = parse(text)
    got = [(g.type, [doc[t.head].text for t in g.triggers])
           for g in group_triggers(doc, doc._.triggers or [], load_lexicon().event_words)]
    assert got == groups


ANSWER_CASES = [
    # the act another answers is an act of its own, though of the same kind
    ("Chile expelled two envoys on Monday in retaliation for the expulsion of its consul.",
     [["expelled"], ["expulsion"]]),
    ("Rebels shelled the port in response to a raid on their camp.", [["shelled"], ["raid"]]),
    # a noun of the act's own kind after another preposition stays the act's
    ("Chile expelled two envoys on Monday in an expulsion ordered by the president.", [["expelled", "expulsion"]]),
]


@pytest.mark.parametrize("text,groups", ANSWER_CASES)
def test_an_answered_act_is_its_own_group(parse, text, groups):
    doc = parse(text)
    lex = load_lexicon()
    got = [[doc[t.head].text for t in g.triggers]
           for g in group_triggers(doc, doc._.triggers or [], lex.event_words, lex.actor_words.answer_nouns)]
    assert got == groups


SCOPE_CASES = [
    # the clause of another group inside a scope is that group's
    ("Gunmen stormed two villages, while others looted homes and killed five.", "stormed",
     "Gunmen stormed two villages , ."),
    ("Gunmen stormed two villages, while others looted homes and killed five.", "looted",
     "while others looted homes and killed five"),
    ("The envoys met in Oslo and agreed to exchange prisoners.", "met", "The envoys met in Oslo and agreed ."),
    ("Police detained 20 protesters after a drone hit the depot.", "hit", "after a drone hit the depot"),
]


@pytest.mark.parametrize("text,trigger,scope", SCOPE_CASES)
def test_the_scope_of_a_group(parse, text, trigger, scope):
    doc = parse(text)
    groups = group_triggers(doc, doc._.triggers or [], load_lexicon().event_words)
    [g] = [g for g in groups if any(doc[t.head].text == trigger for t in g.triggers)]
    assert " ".join(doc[i].text for i in sorted(g.scope)) == scope


def _trigger(etype: str, head: int) -> TriggerMention:
    return TriggerMention(head, head + 1, head, etype, None, 0)


@pytest.mark.parametrize("first,joined,order", [
    # "an attack ... by drones": the bare attack gives way to the weapon
    ("attack", "attack.drone", ["attack.drone", "attack"]),
    ("attack.drone", "attack.missile", ["attack.drone", "attack.missile"]),
    ("attack", "attack", ["attack", "attack"]),
])
def test_a_bare_attack_gives_way_to_its_weapon(first, joined, order):
    g = Group([_trigger(first, 0)], gov=None)  # type: ignore[arg-type]
    _join(g, [_trigger(joined, 1)], joined)
    assert [t.type for t in g.triggers] == order


@pytest.mark.parametrize("types,group_type", [
    (["attack.ground", "attack.civilians"], "attack.civilians"),
    (["protest.demonstration", "protest.riot"], "protest.riot"),
    (["attack.air", "attack.drone"], "attack.air"),
])
def test_the_type_of_a_group(types, group_type):
    g = Group([_trigger(t, k) for k, t in enumerate(types)], gov=None)  # type: ignore[arg-type]
    assert g.type == group_type

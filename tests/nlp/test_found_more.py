"""Events a reader finds that the triggers missed: acts counted by a noun, an offensive under way, a coup
staged, a soldier killed in action, a fine given to someone.

Every sentence here is invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

CASES = [
    # counted_acts: "a series of attacks" with its article is those attacks, not attacks in general
    ("Gunmen carried out a series of attacks in the valley on Sunday.", "attack"),
    ("A wave of strikes hit the port of Brellmouth overnight, officials said.", "attack"),
    ("Militants staged a string of raids on border posts on Tuesday.", "attack"),
    # a_period_of: "the third day of an offensive" is one offensive under way, counted by its article
    ("It was the third day of an offensive by the army against the hill villages.", "attack.ground"),
    # an offensive pressed, resumed or stepped up is fighting under way
    ("The army pressed its offensive on the town of Quarrendon on Monday.", "attack.ground"),
    ("Rebels resumed their offensive in the north on Wednesday.", "attack.ground"),
    # a coup staged, mounted or attempted is an armed seizure of power
    ("The general staged a coup against the president in July.", "attack.ground"),
    ("Officers attempted a coup on Friday night.", "attack.ground"),
    ("Last year the minister staged a coup d'etat against the prime minister.", "attack.ground"),
    # a soldier killed in action or in combat was killed in fighting
    ("A corporal was killed in action in the southern province on Monday.", "attack.ground"),
    ("Two marines were killed in combat on Saturday, the ministry said.", "attack.ground"),
    # _done_to: the one fined may be the verb's indirect object
    ("The judge fined him 300 dollars on Monday.", "arrest"),
    # _armed_when: killed when someone armed did something is the killing ("when" clause of a killer noun
    # or with a weapon)
    ("A clerk was killed on Tuesday when two robbers fired their pistols into the shop.", "attack"),
    ("A guard was killed when a man threw a grenade at the gate of the depot.", "attack"),
    # _person_names: a bare surname the tagger misreads is the person the article named before
    ("Police named the victim as Vanessa Tarrow, 26. Authorities say the men killed Tarrow to keep her from "
     "talking with police.", "attack"),
]

NOT_CASES = [
    ("Shelters protected the town from missile attacks.", "attack"),  # attacks in general
    ("He has written a series of books about attacks on shipping.", "attack"),  # "attacks" counts no acts
    ("After several days of assaults the town fell silent.", "attack"),  # a period, no one assault
    ("This offensive was part of a larger operation.", "attack.ground"),  # told before, no new act
    ("The coup was a surprise to everyone.", "attack.ground"),  # named, not staged
    ("The scheme was killed in committee on Tuesday.", "attack.ground"),  # no action, no combat
    ("A girl was killed when her father drove into a river.", "attack"),  # no one armed, no weapon
    ("Two officers were killed when a truck crashed into their car.", "attack"),  # a crash
]


def test_a_toll_told_by_its_when_clause_is_one_mention(parse):
    """_without_tolls_of_told_acts: "killed when a gunman opened fire" is the firing, not a second attack."""
    doc = parse("A boy was killed as a gunman opened fire on the crowd in the square.")
    assert len([t for t in doc._.triggers if t.type.startswith("attack")]) == 1


def _types(doc) -> set[str]:
    types = {t.type for t in doc._.triggers}
    return types | {t.split(".")[0] for t in types}


@pytest.mark.parametrize("text,etype", CASES)
def test_found_more(parse, text, etype):
    assert etype in _types(parse(text))


@pytest.mark.parametrize("text,etype", NOT_CASES)
def test_not_found(parse, text, etype):
    assert etype not in _types(parse(text))


RUN_TOGETHER = (
    "Gunmen shot a shopkeeper in the market of Tessendry on Monday, police said. "
    + "Officers searched the streets around the market for the rest of the day and questioned witnesses. " * 5
    + "Soldiers stormed a barricade at the bridge. (AP Photo/Pat Ode)"
)


@pytest.mark.parametrize("text,kept,dropped", [
    # caption_of: an article printed as one paragraph keeps its news; only its last sentence is the caption
    (RUN_TOGETHER, "attack.civilians", "attack.ground"),
    # a short paragraph with a credit is all caption
    ("A man shot a shopkeeper in a market. (Photo: a made-up agency)", None, "attack.civilians"),
])
def test_only_the_caption_before_a_credit_is_no_news(parse, text, kept, dropped):
    types = {t.type for t in parse(text)._.triggers}
    assert (kept is None or kept in types) and dropped not in types


@pytest.mark.parametrize("text,etype", [
    # a_bomb_from_no_aircraft: a bare bomb with no aircraft nor dropping named is a planted explosive
    ("Two guards were killed by a bomb at the gate of the depot on Friday.", "attack.explosive"),
    ("A bomb killed three traders in the market of Tessendry on Monday.", "attack.explosive"),
    # a bomb from the air
    ("Jets dropped bombs on the town on Friday, killing two.", "attack.air"),
    ("Warplanes struck the bridge with bombs on Sunday.", "attack.air"),
    ("A guided bomb hit the school on Friday.", "attack.air"),
])
def test_a_bomb_is_typed_by_its_delivery(extractor, text, etype):
    assert etype in {e.type for e in extractor.extract(Article(text=text, published=date(2025, 5, 22), id="t"))}

"""The learned event-sense step: the packaged model, the sitrep_sense component, its switch.

Every sentence here is invented. The model is deterministic: the same text gets the same score on
every run, so the kept and dropped cases below hold until the model is retrained (then check them
with ``scripts/sense/train.py``'s figures and update the table).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sitrep.lexicon import load_lexicon
from sitrep.nlp import build, load_config
from sitrep.nlp.sense_model import (
    MODEL_DIR,
    SenseFilter,
    load_classifier,
    model_meta,
    scores,
    sense_text,
    vouched,
)
from sitrep.records import Actor, Article, DateWindow, Event, Location, Quantity, Span

ROOT = Path(__file__).resolve().parents[2]
LEX = load_lexicon()


def record(event_type: str, *sentences: str, sides: tuple[tuple[str, str | None], ...] = ()) -> Event:
    spans = [Span("a_made_up", 0, len(s), s) for s in sentences]
    actors = [Actor("participant", f"side {n}", country, kind) for n, (kind, country) in enumerate(sides)]
    return Event(type=event_type, status="occurred", date=DateWindow(None, None, "unknown"), location=None,
                 evidence=spans, articles=["a_made_up"], actors=actors)


@pytest.fixture(scope="module")
def sense() -> SenseFilter:
    component = SenseFilter(load_config()["components"]["sitrep_sense"]["threshold"])
    component.initialize()
    return component


@pytest.mark.parametrize(("event_type", "sentence", "expected"), [
    ("attack.ground", "Rebels stormed the garrison.", "__attack__ __attack_ground__ rebels stormed the garrison."),
    ("arrest", "Police  held\ntwo men.", "__arrest__ __arrest__ police held two men."),
])
def test_what_the_classifier_reads(event_type, sentence, expected):
    assert sense_text(event_type, sentence) == expected


# a record of a judged type is kept when its sentence tells an event of the family, dropped when
# the trigger word has another sense; both read by the model, no rule
@pytest.mark.parametrize(("event_type", "sentence", "kept"), [
    ("attack.ground", "Rebels stormed the army barracks in Marrowfield overnight, the ministry said.", True),
    ("attack.ground", "Gunmen attacked a police post in Marrowfield on Tuesday, killing three officers.", True),
    ("diplomacy.talks", "The two foreign ministers met in Marrowfield on Monday for talks on the ceasefire.", True),
    ("attack.ground", "She battled the flu all winter, her coach said.", False),
    ("attack.ground", "She battled cancer for years.", False),
    ("attack.ground", "He said the team would fight its battles on the pitch next season.", False),
    ("diplomacy.talks", "The company is in talks to buy a rival bakery chain.", False),
])
def test_a_judged_record_is_kept_by_its_reading(sense, event_type, sentence, kept):
    assert event_type in sense.judged
    (ev,) = [record(event_type, sentence)]
    out = sense.keep([ev])
    assert (out == [ev]) is kept
    assert ev.sense is not None and (ev.sense >= sense.threshold) is kept


# (type, sides of the record as (kind, country), a count or not, whether it vouches for its sense):
# talks between countries or armed sides; a fight of an army or an armed group, or with a toll
@pytest.mark.parametrize(("event_type", "sides", "counted", "vouches"), [
    ("diplomacy.talks", (("state", "XTA"),), False, True),  # "Tarvish and its neighbour signed an accord"
    ("diplomacy.talks", (("government", "XTA"), ("government", "XOL")), False, True),  # two ministers
    ("diplomacy.agreement", (("armed_group", "XTA"), ("person", "XTA")), False, True),  # "the militia signed"
    ("diplomacy.talks", (("government", "XTA"),), False, False),  # "the ministry is in talks with the union"
    ("diplomacy.agreement", (("other", "XTA"), ("person", "XTA")), False, False),  # "the bakery agreed a deal"
    ("diplomacy.agreement", (("international", None),), False, True),  # "the Security Council adopted"
    ("diplomacy.talks", (), True, False),  # a count says nothing of talks: "300 delegates met"
    ("diplomacy.talks", (("other", None),), False, False),  # "the chamber of commerce met the union"
    ("attack.ground", (("military", "XTA"),), False, True),  # "the army fought rebels"
    ("attack.ground", (), True, True),  # "clashes left 30 dead"
    ("attack.ground", (("state", "XTA"), ("state", "XOL")), False, False),  # "she battled the flu" read oddly
    ("attack.ground", (("person", "XTA"),), False, False),  # "he fought his battles in court"
    ("arrest", (("military", "XTA"),), True, False),  # a family with no vouches: the model decides
])
def test_sides_and_counts_vouch_for_a_record(event_type, sides, counted, vouches):
    ev = record(event_type, "Made-up words.", sides=sides)
    assert not ev.location
    if counted:
        ev.quantities = [Quantity("people", "killed", 30)]
    assert vouched(ev, LEX) is vouches


def test_a_mediator_or_a_place_vouches_for_talks():
    mediated = record("diplomacy.talks", "Made-up words.", sides=(("government", "XTA"),))
    mediated.actors[0].role = "mediator"  # "talks mediated by the Tarvish ministry"
    held_there = record("diplomacy.talks", "Made-up words.")
    held_there.location = Location("Tarvale", "XTA", None, None, None, "city", "Tarvale")
    counted = record("attack.ground", "Made-up words.")  # a place alone says nothing of a fight
    counted.location = held_there.location
    assert vouched(mediated, LEX) and vouched(held_there, LEX) and not vouched(counted, LEX)


def test_a_later_mention_of_vouched_talks_is_not_judged(sense):
    first = record("diplomacy.talks", "Tarvish and Olmecan ministers held talks on Monday.",
                   sides=(("government", "XTA"), ("government", "XOL")))
    later = record("diplomacy.talks", "The company is in talks to buy a rival bakery chain.")
    assert sense.keep([first, later]) == [first, later] and later.sense is None
    assert sense.keep([later]) == []  # told alone, the model reads it as a business deal


# a record that vouches for itself passes unjudged however the model reads its sentence; the same
# sentence with weak evidence is judged (and the model reads it as a business deal: dropped)
@pytest.mark.parametrize(("event_type", "sides", "judged"), [
    ("diplomacy.talks", (("government", "XTA"), ("government", "XOL")), False),
    ("diplomacy.talks", (("state", "XTA"),), False),
    ("diplomacy.talks", (("other", "XTA"),), True),
    ("diplomacy.talks", (), True),
])
def test_a_record_that_vouches_for_itself_is_not_judged(sense, event_type, sides, judged):
    ev = record(event_type, "The company is in talks to buy a rival bakery chain.", sides=sides)
    assert sense.judges(ev) is judged
    out = sense.keep([ev])
    assert (ev.sense is not None) is judged
    assert (out == []) is judged


def test_a_type_the_model_is_not_taught_passes_unjudged(sense):
    unjudged = sorted({"attack.drone", "attack.missile", "disruption.power"} - sense.judged)
    assert unjudged
    records = [record(t, "She battled the flu all winter.") for t in unjudged]
    assert sense.keep(records) == records
    assert all(ev.sense is None for ev in records)


def test_the_best_sentence_of_a_record_counts(sense):
    told = "Gunmen attacked a police post in Marrowfield on Tuesday."
    told_twice = record("attack.ground", "He battled the flu.", told)
    (kept,) = sense.keep([told_twice])
    one = scores(sense.ready()[0], [sense_text("attack.ground", told)])[0]
    assert kept.sense == round(one, 3)


def test_the_score_is_the_same_on_every_run(sense):
    text = sense_text("attack.ground", "Gunmen raided a village near Marrowfield at dawn.")
    again = load_classifier()
    assert scores(sense.ready()[0], [text] * 3) == scores(again, [text]) * 3


def test_the_score_is_kept_in_the_record():
    ev = record("arrest", "Police arrested a man.")
    ev.sense = 0.8123
    assert ev.to_dict()["sense"] == 0.812
    assert Event.from_dict(ev.to_dict()).sense == 0.812
    assert "sense" not in record("arrest", "Police arrested a man.").to_dict()  # not run: not said


@pytest.mark.parametrize("threshold", [-0.1, 1.5])
def test_a_threshold_outside_0_1_is_refused(threshold):
    with pytest.raises(ValueError, match="threshold"):
        SenseFilter(threshold)


def test_a_folder_with_no_model_is_named(tmp_path):
    with pytest.raises(ValueError, match=str(tmp_path)):
        load_classifier(tmp_path)


# -- the packaged model -------------------------------------------------------------------------------

def test_the_config_threshold_is_the_one_cross_validation_chose():
    assert load_config()["components"]["sitrep_sense"]["threshold"] == model_meta()["threshold"]


def test_the_model_is_small_and_holds_no_words():
    files = [p for p in MODEL_DIR.rglob("*") if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 3 * 2**20
    assert not (MODEL_DIR / "vocab").exists()  # the training sentences' words stay out of the package
    meta = json.loads((MODEL_DIR / "sense.json").read_text())
    assert {"threshold", "judged", "cv", "labels"} <= set(meta)


def test_the_package_ships_the_model():
    import tomllib

    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["sitrep"]
    shipped = {p.relative_to(MODEL_DIR.parents[2]) for pat in patterns for p in MODEL_DIR.parents[2].glob(pat)}
    assert {p.relative_to(MODEL_DIR.parents[2]) for p in MODEL_DIR.rglob("*") if p.is_file()} <= shipped


# -- the switch ---------------------------------------------------------------------------------------

IDIOM = "The mayor said the town would fight its battles in court."


def pipeline_without(names: list[str]) -> list[str]:
    return [n for n in names if n != "sitrep_sense"]


def test_the_step_runs_after_the_records_are_made():
    order = load_config()["nlp"]["pipeline"]
    if "sitrep_sense" in order:
        assert order.index("sitrep_sense") == order.index("sitrep_events") + 1


def test_leaving_it_out_of_the_pipeline_turns_it_off():
    order = pipeline_without(load_config()["nlp"]["pipeline"])
    off = build(overrides={"nlp.pipeline": order})
    on = build(overrides={"nlp.pipeline": [*order, "sitrep_sense"]})
    assert "sitrep_sense" not in off.pipe_names and on.pipe_names[-1] == "sitrep_sense"
    made = off(IDIOM)._.events
    assert [e.type for e in made] == ["attack.ground"]  # the rules take the word in its war sense
    assert made[0].sense is None
    assert on(IDIOM)._.events == []


def named(event_type: str, sentence: str, *, sides: tuple[tuple[str, str, str | None], ...] = (),
          place: str | None = None) -> Event:
    """A record of the sentence, with sides as (name, kind, country) and a place by its name."""
    ev = record(event_type, sentence)
    ev.actors = [Actor("participant", name, country, kind) for name, kind, country in sides]
    if place is not None:
        ev.location = Location(place, "XTA", None, None, None, "city", place)
    return ev


# (type, sentence, sides as (name, kind, country), the record's place, whether it vouches): an envoy
# or a minister of foreign affairs as a side, states named together, fights of many at a named place
@pytest.mark.parametrize(("event_type", "sentence", "sides", "place", "vouches"), [
    ("diplomacy.talks", "Kessler and the Olmecan envoy met on Friday.", (("Olmecan envoy", "government", "XOL"),),
     None, True),
    ("diplomacy.talks", "The Tarvish ambassador held talks with the governor.",
     (("Tarvish ambassador", "government", "XTA"),), None, True),
    ("diplomacy.talks", "The ministry is in talks with the bakers' union.", (("ministry", "government", "XTA"),),
     None, False),
    ("diplomacy.agreement", "The two governments signed an accord on the border on Thursday.", (), None, True),
    ("diplomacy.agreement", "Both countries agreed to reopen the crossing.", (), None, True),
    ("diplomacy.agreement", "The two bakeries signed a supply deal on Thursday.", (), None, False),
    ("attack.ground", "Fresh clashes erupt in Quennelby", (), "Quennelby", True),
    ("attack.ground", "Skirmishes broke out near Quennelby on Sunday.", (), "Quennelby", True),
    ("attack.ground", "Fresh clashes erupt at dawn", (), None, False),  # no place: the model decides
    ("attack.ground", "The mayor of Quennelby vowed to fight on.", (), "Quennelby", False),  # a place alone
    ("attack.ground", "The clashes of style delighted critics.", (), "Quennelby", False),  # place not named
])
def test_envoys_states_and_clashes_at_a_place_vouch(event_type, sentence, sides, place, vouches):
    assert vouched(named(event_type, sentence, sides=sides, place=place), LEX) is vouches


# clans and tribesmen fight with arms: an armed side (``armed_nouns``), which vouches for the fight
@pytest.mark.parametrize(("text", "side"), [
    ("The two clans fought each other near Brindlemoor on Sunday.", "clans"),
    ("Tribesmen attacked a convoy on the road to Brindlemoor on Monday.", "tribesmen"),
])
def test_clans_and_tribesmen_are_armed_sides(extractor, text, side):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="clans"))
    fights = [e for e in events if e.family == "attack"]
    assert fights and any(a.kind == "armed_group" and a.name.lower() == side for a in fights[0].actors)
    assert vouched(fights[0], LEX)


def test_the_vouching_rules_read_the_lexicon_given_at_initialize():
    """A user's lexicon reaches the vouches: with "twin" among the words of several states, "the twin
    cities signed an accord" vouches for itself and is not judged."""
    from dataclasses import replace

    words = LEX.actor_words.several_states | {"twin"}
    lex = replace(LEX, actor_words=replace(LEX.actor_words, several_states=words))
    component = SenseFilter(0.4)
    component.initialize(lex=lex)
    ev = record("diplomacy.agreement", "The twin cities signed an accord.")
    assert not vouched(ev, LEX) and vouched(ev, lex)
    assert not component.judges(ev)

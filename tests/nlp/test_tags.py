"""Tags and trees fixed after the model: a past form the model read as a noun ("a sniper shot dead ...")."""

from __future__ import annotations

import pytest

# text, the word that must be read as the verb (None: no word changes), its subject, its object
SHOT_DEAD = [
    ("A sniper shot dead a civilian near the bridge on Monday.", "shot", "sniper", "civilian"),
    ("A militant shot dead a teacher outside the school.", "shot", "militant", "teacher"),
    ("An army sniper shot dead a boy near the fence.", "shot", "sniper", "boy"),
    ("Gunmen shot dead two guards at the gate.", "shot", "Gunmen", "guards"),
    # look-alikes: a noun "shot" that stays a noun
    ("The sniper shot was heard across the valley.", None, None, None),
    ("His last shot went wide of the goal.", None, None, None),
    ("The dead were buried on Tuesday.", None, None, None),
]


@pytest.mark.parametrize("text,verb,subject,obj", SHOT_DEAD)
def test_a_past_form_read_as_a_noun_is_the_verb(parse, text, verb, subject, obj):
    doc = parse(text)
    shot = next((t for t in doc if t.lower_ == "shot"), None)
    if verb is None:
        assert shot is None or shot.pos_ != "VERB"
        return
    assert shot is not None and shot.pos_ == "VERB" and shot.lemma_ == "shoot"
    assert {c.text for c in shot.children if c.dep_ == "nsubj"} == {subject}
    assert obj in {c.text for c in shot.children if c.dep_ in ("dobj", "npadvmod")}
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text", [
    "A sniper shot dead a medic near the river crossing on Monday.",
    "A militant shot dead a teacher in a village outside the town on Sunday.",
])
def test_shot_dead_by_one_gives_an_attack(extractor, text):
    from datetime import date

    from sitrep.records import Article
    records = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="t"))
    assert [r.type for r in records] and all(r.type.startswith("attack") for r in records)


# a headline's verb the model read as a noun: (headline, the verb, its subject, its object); None: no word is
# read as a verb that was not one
HEADLINE_VERBS = [
    ("Jets pound rebel positions in Idlib", "pound", "Jets", "positions"),
    ("Militants attack checkpoint in north Sinai", "attack", "Militants", "checkpoint"),
    ("Gunmen attack checkpoint in Sinai", "attack", "Gunmen", "checkpoint"),
    ("Militants overrun army base in Borno", "overrun", "Militants", "base"),
    # look-alikes: a singular name before the noun, a line with a verb of its own, full grammar
    ("Kabul attack victims", None, None, None),
    ("Sales tax revenues", None, None, None),
    ("The militants attack checkpoint was closed on Monday.", None, None, None),
]


@pytest.mark.parametrize("text,verb,subject,obj", HEADLINE_VERBS)
def test_a_headline_verb_read_as_a_noun_is_the_verb(parse, text, verb, subject, obj):
    doc = parse(text)
    if verb is None:
        assert not [t for t in doc if t.pos_ == "VERB" and t.tag_ == "VBP" and t.dep_ == "ROOT"]
        return
    tok = next(t for t in doc if t.text == verb)
    assert tok.pos_ == "VERB" and tok.dep_ == "ROOT"
    assert {c.text for c in tok.children if c.dep_ == "nsubj"} == {subject}
    assert {c.text for c in tok.children if c.dep_ == "dobj"} == {obj}


@pytest.mark.parametrize("text,verb", [
    ("Al-Shabaab fighters storm military base near Baidoa", "storm"),
])
def test_a_headline_noun_with_an_object_is_a_verb(parse, text, verb):
    assert next(t for t in parse(text) if t.text == verb).pos_ == "VERB"


# (word, the model's lemma, the base form it comes from, or None when the lemma is right)
SILENT_E = [
    ("raped", "rap", "rape"),
    ("hoping", "hop", "hope"),
    ("taped", "tap", "tape"),
    ("coped", "cop", "cope"),
    ("visited", "visit", None),  # no doubling after an unstressed syllable, and "visite" is no verb
    ("planned", "plan", None),  # the doubled consonant is the short verb's
    ("opened", "open", None),
    ("wiped", "wipe", None),  # the lemma is already whole
    ("showed", "show", None),  # a final "w" is never doubled
]


@pytest.mark.parametrize("word,lemma,base", SILENT_E)
def test_a_lemma_that_lost_its_silent_e(nlp, word, lemma, base):
    from sitrep.nlp.tags import PastForms, silent_e_lemma
    assert silent_e_lemma(word, lemma, PastForms.of(nlp).bases) == base


# a headline with no verb, parsed again with its verb in the past: (headline, the verb, its subject); None: no
# word becomes the verb
REPARSED = [
    ("Toll from Velden market blast climbs to 31", "climbs", "Toll"),
    ("Roadside bomb in Velden wounds 7", "wounds", "bomb"),
    ("Knife attack at Velden bus stop wounds 4", "wounds", "attack"),
    ("Dravia and Ruritania sign border accord", "sign", "Dravia"),
    ("Militia fires rocket barrage into Velden", "fires", "Militia"),
    ("Dravian strikes on Velden kill 12, officials say", "kill", "strikes"),
    # right after the name of a group, a bare form or an "-s" form may be the verb: its number is its own
    ("Taliban storm police HQ in Velden", "storm", "Taliban"),
    ("Houthis fire missiles at Velden", "fire", "Houthis"),
    # a present form parsed as the auxiliary of a noun is the line's verb
    ("Ruritania threatens strike on Velden", "threatens", "Ruritania"),
    # a plural read as the verb, with the verb hung on it bare: the bare verb is the line's
    ("Mortar rounds kill 2 children in Velden", "kill", "rounds"),
    # a clause that "as" opens has its own subject
    ("Three dead as bomb rips through Velden cafe", "rips", "bomb"),
    # a bare form after a singular noun is no verb ("death toll", "knife attack"); a line with a verb stays
    ("Velden death toll", None, None),
    ("Knife attack victims in Velden", None, None),
    ("Three soldiers killed in Velden", None, None),
]


@pytest.mark.parametrize("text,verb,subject", REPARSED)
def test_a_headline_with_no_verb_is_parsed_again(parse, text, verb, subject):
    doc = parse(text)
    if verb is None:
        assert not [t for t in doc if t.tag_ in ("VBZ", "VBP") and t.dep_ == "ROOT"]
        return
    tok = next(t for t in doc if t.text == verb)
    assert tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP", "VB")
    assert tok.dep_ == "ROOT" or tok.head.lemma_ == "say" or (tok.dep_ == "advcl" and tok.head.dep_ == "ROOT")
    assert subject in {c.text for c in tok.children if c.dep_ == "nsubj"}


@pytest.mark.parametrize("base,past", [("fight", "fought"), ("wound", "wounded"), ("sign", "signed"),
                                       ("carry", "carried"), ("raze", "razed")])
def test_the_past_form_of_a_base(nlp, base, past):
    from sitrep.nlp.tags import PastForms
    assert PastForms.of(nlp).past_of(base) == past


def test_a_headline_verb_reparsed_keeps_its_event(extractor):
    from sitrep.records import Article
    events = extractor.extract(Article(text="Roadside bomb in Velden wounds 7", published="2025-05-22", id="h"))
    assert [(e.type, [(q.role, q.value) for q in e.quantities]) for e in events] == [
        ("attack.explosive", [("injured", 7)])]

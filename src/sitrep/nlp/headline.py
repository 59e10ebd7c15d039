"""Headline grammar: the telegraphic English of headlines and wire summaries, read in one place.

    headline_grammar(sent)     # "Verbove blast kills four": no article, no auxiliary, short
    headline_line(sent)        # ... and the report's first line, or a line of its own
    reduced_passive(verb, ...) # "Man shot outside bar": a participle with no "was", its subject the victim
    headline_infinitive(verb)  # "Bloc to impose sanctions": "to" and a base form, what is to come
    headline_participle(verb)  # "Guard killed by gunmen": a participle hung on the line's noun, its predicate
    bare_passive_subjects(verb) # "Airport closed after drone attack": what a bare past form was done to

A headline drops articles and auxiliaries, tells a past act in the present ("Army retakes town")
and a passive by its bare participle ("Teen stabbed at bus stop"); the parser, trained on full
sentences, reads the last as an active past whose subject did the stabbing.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from sitrep.nlp.mentions import text_of

HEADLINE_MAX_TOKENS = 20


def headline_grammar(sent: Span) -> bool:
    """"Verbove blast kills four", "Two soldiers killed in Lypky.", "Envoys to meet in Lypky": a short line with no
    article and no auxiliary (the "to" of an infinitive is none) is written in headline grammar ("The blast
    killed four." and "Power was cut." are not)."""
    return len(sent) <= HEADLINE_MAX_TOKENS and not any(
        t.lower_ in ("a", "an", "the") or (t.dep_ in ("aux", "auxpass") and t.lower_ != "to"
                                           and not a_false_auxiliary(t)) for t in sent)


AUXILIARIES = frozenset({"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might",
                         "must", "'s", "'re", "'ve", "'ll", "'d", "is", "are", "has", "does"})


def a_false_auxiliary(tok: Token) -> bool:
    """"North Korea threatens strike on Seoul" parsed with "threatens" as the auxiliary of a noun: a present form
    hung as an auxiliary that is no auxiliary verb is the line's verb the parser missed."""
    return tok.dep_ in ("aux", "auxpass") and tok.tag_ in ("VBZ", "VBP") and tok.lower_ not in AUXILIARIES \
        and tok.lemma_.lower() not in AUXILIARIES


def headline_line(sent: Span) -> bool:
    """"Teen stabbed at bus stop. Police said ...": a line in headline grammar that opens the report, or that
    stands on a line of its own (a wire round-up's item); not a short sentence inside running prose ("Rebels
    attacked overnight." amid a paragraph)."""
    if not headline_grammar(sent):
        return False
    text = text_of(sent.doc)
    before = text[:sent.start_char].rstrip(" \t")
    after = text[sent.end_char:].lstrip(" \t")
    return not before.strip() or (before.endswith("\n") and (not after or after.startswith("\n")))


PASSIVE_SUBJECTS = ("NN", "NNS", "NNP", "NNPS")  # a noun, never a pronoun: headlines name who it befell


def reduced_passive(verb: Token, done_to_people: Collection[str], prepositions: Collection[str]) -> bool:
    """"Man shot outside bar", "Teen stabbed at bus stop", "Two aid workers kidnapped": in a headline line, a
    past form of a verb done to people (``done_to_people``), with no auxiliary and a noun for its subject but
    no object, is a passive with its "was" left out: the subject is the one it was done to. An "object" that
    opens with a preposition ("outside bar", parsed outside/amod bar) is a place the parser misread. Not "Gunmen
    killed three policemen" (an object) nor "Rebels rallied in the square" (no verb done to people)."""
    if verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in done_to_people:
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubjpass", "dative", "ccomp") for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ in PASSIVE_SUBJECTS for c in verb.children):
        return False
    if any(c.dep_ == "dobj" and not _a_misread_place(c, prepositions) for c in verb.children):
        return False
    return verb.dep_ == "ROOT" and headline_line(verb.sent)


def _a_misread_place(obj: Token, prepositions: Collection[str]) -> bool:
    """"shot outside bar" read as outside/amod bar/dobj, or outside/advmod before the object: a noun phrase a
    preposition opens is where, not whom."""
    first = obj.left_edge
    before = obj.doc[first.i - 1] if first.i > 0 else None
    return first.lower_ in prepositions or (before is not None and before.lower_ in prepositions
                                           and before.head == obj.head)


def headline_infinitive(verb: Token) -> bool:
    """"Envoys to hold talks in the capital", "Bloc to impose sanctions on Ruritania": "to" and a base form that
    heads the line, or hangs on the noun that opens it, tell in a headline what is to come (in prose, "pressure
    on the sides to accept a truce" hangs on a noun inside a clause)."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.dep_ == "ROOT" or (verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i
                                   and verb.head.pos_ in ("PROPN", "NOUN"))


def headline_participle(verb: Token) -> bool:
    """"Soldier killed by sniper fire in the east", "Three soldiers killed by roadside bomb": the parser hangs a headline's
    bare participle on the noun that heads the line, as if it only described it; in a headline line it is the
    line's passive predicate with its "was" left out. Not a noun phrase inside prose ("a soldier killed in the
    war was buried": the line has a verb of its own) nor a participle before its noun."""
    return (verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i
            and verb.head.pos_ in ("NOUN", "PROPN") and headline_line(verb.sent))


def bare_passive_subjects(verb: Token) -> list[Token]:
    """"Kyiv airport closed after drone attack", "Rail traffic halted in the north": in a headline line, a past
    form that heads the line with no auxiliary and no object may be a passive with its "was" left out; its
    noun subject is then what was done to (the caller asks whether the verb's entry wants such a thing: an
    airport closes no one)."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "ROOT":
        return []
    if any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in verb.children) or not headline_line(verb.sent):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in PASSIVE_SUBJECTS]

"""Where a person lives or comes from: a place named as someone's home is not where an event happened.

"Kowalczyk, 42, of Lakeville, was charged", "a Lakeville man was shot", "a tourist from Lakeville was killed":
``a_home_town`` tells such a mention, for the scene of an event and for the side of a bare institution
("four police officers and a tourist from Ruritania were killed": Ruritania owns neither the police nor
the scene); ``a_hyphened_origin`` tells "a Lakeville-born aid worker", born there, not hurt there.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.lexicon import Lexicon
from sitrep.nlp.mentions import PlaceMention


def a_home_town(doc: Doc, p: PlaceMention, lex: Lexicon) -> bool:
    """"Kowalczyk, 42, of Lakeville, was charged", "her son, Al Roe, 19, of Lakeville", "a Lakeville man was
    shot near the mill", "another Lakeville student died", "a Lakeville couple was charged", "a tourist from
    Lakeville was killed": a place that says where a person lives or comes from (after "of" beside a name, an
    age or a noun a name stands beside; after "from" beside a noun of a person; or before a singular noun of a
    person after "a" or "another", ``home_determiners``)
    is their home, not the scene; the scene is the sentence's other place, the paragraph's, or the report's
    town."""
    root = doc[p.tok_start:p.tok_end].root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        owner = head.head.head if head.head.like_num else head.head
        return owner.ent_type_ == "PERSON" or (owner.pos_ == "PROPN" and _aged(owner)) \
            or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in owner.children) \
            or _a_persons_home_noun(owner, lex)  # "her son, Al Roe, of", "Gomez, a native of"
    if root.dep_ == "pobj" and head.lower_ == "from":  # "a tourist from Velden was killed in Lindau"
        return _one_person(_the_visitor(head.head, lex), lex)  # not "civilians evacuated from Velden": where they fled
    if root.dep_ == "appos":  # "Kowalczyk, 60, Lakeville, was arrested"
        return head.pos_ == "PROPN" and _aged(head)
    return root.dep_ in ("compound", "amod", "nmod") and _one_person(head, lex)


def _one_person(noun: Token, lex: Lexicon) -> bool:
    """"a man", "another student", "a couple": a singular noun of a person (or of a household) after "a" or
    "another" (``home_determiners``), whose home a place beside it names."""
    lemma = noun.lemma_.lower()
    return noun.tag_ == "NN" and (lemma in lex.status.victim_nouns or lemma in lex.place_words.home_nouns) \
        and any(d.dep_ == "det" and d.lower_ in lex.place_words.home_determiners for d in noun.children)


def _the_visitor(word: Token, lex: Lexicon) -> Token:
    """"a woman visiting from Velden": the person a participle of the "from" phrase describes (the parse hangs
    "from" on the participle), who comes from there; not one leaving (``departure_words``: "a man fleeing from
    Velden" tells where he fled). Any other word is itself."""
    visiting = word.tag_ == "VBG" and word.dep_ == "acl" and word.lemma_.lower() not in lex.event_words.departure_words
    return word.head if visiting else word


def _a_persons_home_noun(owner: Token, lex: Lexicon) -> bool:
    """"Gomez, a native of Velden", "Ruiz, a longtime resident of Velden": a noun of where one lives or comes
    from (``home_nouns``) set beside a person's name."""
    return owner.lemma_.lower() in lex.place_words.home_nouns and owner.dep_ == "appos" \
        and (owner.head.ent_type_ == "PERSON" or owner.head.pos_ == "PROPN")


def a_hyphened_origin(doc: Doc, p: PlaceMention) -> bool:
    """"a Lakeville-born aid worker", "a Velden-based militia", "a Velden-bound ship": a place joined by a
    hyphen to a participle or an adjective that describes a noun says where someone was born, is based or
    is going, not where the act was ("a Velden-area hospital", a noun, stays the place)."""
    k = p.tok_end
    if k + 1 >= len(doc) or doc[k].text != "-" or doc[k].whitespace_:
        return False
    word = doc[k + 1]
    return word.tag_ in ("VBN", "JJ") and word.dep_ == "amod" and word.head.pos_ in ("NOUN", "PROPN")


def _aged(person: Token) -> bool:
    """"Kowalczyk, 42, ...": a name with an age beside it is a person's."""
    return any(ch.dep_ == "appos" and ch.like_num for ch in person.children)

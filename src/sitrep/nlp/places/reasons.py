"""Why a name was read as a place, or as a government, an organisation or an actor instead.

``metonymy`` runs the ordered rules of ``METONYMY``: the first that fires names the use of a
place name that is no place (``"subject of a verb"`` for "Lindau said"). ``reason`` gives the
line ``sitrep places`` shows for each mention (the rule that took it or refused it as an event's
place), and ``refused_names`` the names the model tagged that no rule took as a place.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from sitrep.lexicon import Lexicon
from sitrep.nlp.mentions import PlaceMention, entities

SUBJECT_DEPS = {"nsubj"}


# -- metonymy: a place name that names a government or an organisation ---------------------------
def subject_of_a_verb(root: Token, lex: Lexicon) -> bool:
    """"Lindau said", "Ostmark was not interested": the government; not "among the targets was Lindau", nor a
    headline's "after Lindau shooting" (``a_gerund_named_by_its_place``)."""
    head = root.head
    return root.dep_ in SUBJECT_DEPS and head.pos_ in ("VERB", "AUX") and (
        head.lemma_ != "be" or any(c.dep_ == "acomp" for c in head.children)) and not _suffers(head, lex) \
        and not a_gerund_named_by_its_place(root)


def a_gerund_named_by_its_place(root: Token) -> bool:
    """"Two arrested after Lindau shooting", "Man held over Lindau bombing": a name right before a gerund that a
    preposition governs, parsed as its subject, is the place of the act the gerund names ("the Lindau
    shooting" with its article left out), no government acting."""
    head = root.head
    return head.tag_ == "VBG" and head.dep_ == "pcomp" and root.i == head.i - 1 and not any(
        c.dep_ in ("dobj", "aux") for c in head.children)


def _suffers(verb: Token, lex: Lexicon) -> bool:
    """"Lindau came under heavy fire", "Lindau fell to the rebels": a verb whose subject suffers what its "under"
    phrase names, or a verb the subject undergoes (``undergoing_verbs``)."""
    words = lex.place_words
    return verb.lemma_.lower() in words.undergoing_verbs or any(
        c.dep_ == "prep" and c.lower_ in words.suffering_preps for c in verb.children)


def conjoined_subject(root: Token, lex: Lexicon) -> bool:
    """"Lindau and Ostmark agreed": every subject conjunct is a government."""
    return root.dep_ == "conj" and root.head.dep_ in SUBJECT_DEPS


def organisation_or_disease(root: Token, lex: Lexicon) -> bool:
    """"The Lindau administration said", "Lindau Holdings Ltd", "a case of Lindau fever": a place that
    opens a noun compound ending in an organisation's or a disease's head noun names that, not a place."""
    cur = root
    for _ in range(4):
        if cur.dep_ != "compound" or cur.head == cur:
            return False
        cur = cur.head
        # "Lindau fever cases": the head word may be a sibling between the name and the compound's head
        if any(t.lower_ in lex.place_words.other_name_heads for t in root.doc[root.i + 1:cur.i + 1]):
            return True
    return False


def addressed_government(root: Token, lex: Lexicon) -> bool:
    """"accused Lindau of", "urged Ostmark to": the government addressed."""
    return root.dep_ == "dobj" and root.head.lemma_.lower() in lex.place_words.addressed_verbs


def spoken_to(root: Token, lex: Lexicon) -> bool:
    """"protested to Ostmark over the flights", "complained to Lindau": the government a complaint is made to."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lemma_.lower() in lex.place_words.spoken_to_verbs


def held_to_account(root: Token, lex: Lexicon) -> bool:
    """"held Lindau responsible for the blast", "will hold Ostmark accountable": the government held to
    account, the object of a verb that a word of ``account_words`` completes."""
    return root.dep_ == "dobj" and any(
        c.lemma_.lower() in lex.place_words.account_words for c in root.head.children if c.i > root.i)


def object_of_a_measure(root: Token, lex: Lexicon) -> bool:
    """"sanctions on Lindau", "laid the blame on Lindau", "cut ties with Ostmark": the government a measure or
    a dealing (``addressed_nouns``) is on, against or with, whether the preposition hangs on the noun or on
    the verb that takes it ("imposed sanctions on Lindau")."""
    words = lex.place_words
    if root.dep_ != "pobj" or root.head.lower_ not in words.addressed_preps:
        return False
    owner = root.head.head
    return owner.lemma_.lower() in words.addressed_nouns or (owner.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words.addressed_nouns for c in owner.children))


def owner_of_an_institution(root: Token, lex: Lexicon) -> bool:
    """"Ostmark's air force", "Lindau's ministry": the state that owns an institution."""
    if root.dep_ != "poss":
        return False
    owner = root.head
    words = {owner.lemma_.lower(), " ".join(t.lower_ for t in owner.subtree if root.i < t.i <= owner.i)}
    return bool(words & (set(lex.institutions) | lex.place_words.government_owners))


def owner_of_a_weapon(root: Token, lex: Lexicon) -> bool:
    """"Ostmark's drones hit the depot", "Lindau's missiles": a place that owns a weapon is the state that fires
    it, not where it struck."""
    return root.dep_ == "poss" and root.head.lemma_.lower() in lex.weapons


def origin_of_a_thing(root: Token, lex: Lexicon) -> bool:
    """"a white sedan with Lindau registration", "a car with Ostmark plates": a place that modifies a noun of
    registration says where the thing was issued, not where anything happened."""
    return root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in lex.place_words.origin_nouns


def doer_of_a_passive(root: Token, lex: Lexicon) -> bool:
    """"drones launched by Ostmark", "the raid was ordered by Lindau": the "by" phrase of a passive names who
    did it, the state, not where it was done."""
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def initials_in_brackets(root: Token, lex: Lexicon) -> bool:
    """"Boko Haram (JAS) militants", "the Allied Democratic Forces (ADF)": initials in brackets right after a name
    repeat that name, a group's; a town named before its region in brackets ("Sumy (Sumy Oblast)") is written
    in words."""
    doc = root.doc
    before, after = root.i - 1, root.i + 1
    return root.text.isupper() and len(root.text) > 1 and before > 0 and after < len(doc) and \
        doc[before].text == "(" and doc[after].text == ")" and doc[before - 1].pos_ == "PROPN"


MetonymyRule = Callable[[Token, Lexicon], bool]
METONYMY: tuple[MetonymyRule, ...] = (subject_of_a_verb, conjoined_subject, organisation_or_disease,
                                      addressed_government, held_to_account, object_of_a_measure,
                                      owner_of_an_institution, owner_of_a_weapon, origin_of_a_thing, doer_of_a_passive,
                                      initials_in_brackets)


def metonymy(span: Span, lex: Lexicon) -> str | None:
    """The rule that reads a place name as a government or an organisation, or None for a place.
    After a locative word it is a place whatever the parse says ("Near Lindau, one strike hit ...")."""
    if organisation_or_disease(span.root, lex):
        return "organisation or disease"  # "cases of Lindau fever": a name whatever the preposition
    if spoken_to(span.root, lex):
        return "spoken to"  # "protested to Lindau": its "to" names whom, not whither
    if span.start > 0 and span.doc[span.start - 1].lower_ in lex.place_words.locative_words:
        return None
    return next((rule.__name__.replace("_", " ") for rule in METONYMY if rule(span.root, lex)), None)


# -- the reason shown for each mention -----------------------------------------------------------
HINT_REASONS = {
    "demonym": "refused: a demonym names an actor, not a place",
    "within": "within: a name the gazetteer does not place, put in the place written around it",
    "facility": "facility: a site, put in the town it is in",
    "city": "town written before its region (\"Lindau, Ostmark\")",
    "admin1": "region word",
    "district": "district word",
}


def _cue(doc: Doc, m: PlaceMention, lex: Lexicon) -> str:
    """What marks a taken name as a place: a locative word, else the model's entity label."""
    if m.tok_start > 0 and doc[m.tok_start - 1].lower_ in lex.place_words.locative_words:
        return f"after \"{doc[m.tok_start - 1].lower_}\""
    label = next((e.label_ for e in entities(doc) if e.start <= m.tok_start < e.end), None)
    return f"entity {label}" if label else "known place name"


def reason(doc: Doc, m: PlaceMention, lex: Lexicon, pipeline: bool) -> str:
    """Why ``sitrep places`` lists a mention as it does: refused as an event's place (a government, an
    organisation, a demonym, a name inside another name), or taken, and by what."""
    if m.hint in ("demonym", "within", "facility"):
        return HINT_REASONS[m.hint]
    if m.metonymic:
        why = metonymy(doc[m.tok_start:m.tok_end], lex) if pipeline else None
        return f"refused: {why or 'inside another name'} (a government or organisation, not the scene)"
    if not pipeline:
        return "context only: a dateline or a name inside another name"
    taken = f"taken: {_cue(doc, m, lex)}"
    return f"{taken}; {HINT_REASONS[m.hint]}" if m.hint in HINT_REASONS else taken


def refused_names(doc: Doc, listed: list[PlaceMention], labels: frozenset[str]) -> list[tuple[Span, str]]:
    """The model's place and nationality entities that no listed mention covers, each with why: a
    nationality is an actor, any other the gazetteer does not know (or a rule took it for a river or
    a facility)."""
    covered = {i for m in listed for i in range(m.tok_start, m.tok_end)}
    out = []
    for e in entities(doc):
        if e.label_ not in labels or covered & set(range(e.start, e.end)):
            continue
        why = ("a nationality or group names an actor, not a place" if e.label_ == "NORP"
               else "no place of this name where the report is, or a river, lake or facility")
        out.append((e, f"refused: {why}"))
    return out

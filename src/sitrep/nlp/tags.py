"""Tags fixed: ``sitrep_past_forms`` retags a past form the model's tagger read as a present one.

"Troops retook the town on Monday" comes tagged ``retook/VBP``, so its clause reads as present
and every later stage follows the tag: the time finder takes Monday as the coming one, the
trigger rules read an act going on. The model's own lemmatizer tables know "retook" is a past
of "retake" and no base form; the component retags such a word once, after the model and
before sitrep's readings, so that all of them see the same tags.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import cast

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Span, Token
from thinc.types import Ints2d

from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.headline import a_false_auxiliary, headline_line, reduced_passive
from sitrep.nlp.mentions import indices_tagged


@dataclass(frozen=True)
class PastForms:
    """The English model's own verb tables (its lemmatizer's), to tell a past form the tagger took for a
    present one: "Troops retook the town on Monday" comes tagged VBP, so Monday would read as the coming
    one. A form that is no verb's base form but an inflection of one (an irregular past, "retook",
    "fought", or a regular "-ed" one, "stormed") cannot be a plural present; "need", "lay" and "found",
    base forms themselves, stay present."""

    bases: frozenset[str] = frozenset()
    irregular: Mapping[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, nlp: Language) -> PastForms:
        """The tables of ``nlp``'s lemmatizer; none (nothing is retagged) when it has no rule tables."""
        if "lemmatizer" not in nlp.pipe_names:
            return cls()
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is None or not lookups.has_table("lemma_index") or not lookups.has_table("lemma_exc"):
            return cls()
        return cls(frozenset(lookups.get_table("lemma_index").get("verb", [])),
                   lookups.get_table("lemma_exc").get("verb", {}))

    def past_of(self, base: str) -> str:
        """A past form of a base form, from the tables or by rule: "fight" -> "fought", "rise" -> "rose",
        "wound" -> "wounded", "carry" -> "carried"."""
        irregular = [form for form, bases in self.irregular.items() if bases and bases[0] == base
                     and not form.endswith(("ing", "s")) and form != base]
        if irregular:
            return min(irregular, key=len)
        if base.endswith("e"):
            return base + "d"
        if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
            return base[:-1] + "ied"
        return base + "ed"

    def present_base(self, word: str) -> str | None:
        """The base form a present form is of: "wounds" -> "wound", "pushes" -> "push", "sign" -> "sign";
        None when the tables know no such verb."""
        candidates = (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else "")
        return next((c for c in candidates if c and c in self.bases), None)

    def base_of(self, word: str) -> str | None:
        """The base form ``word`` is a past of, or None: "retook" -> "retake", "stormed" -> "storm"."""
        if not self.bases or word in self.bases:
            return None
        listed = self.irregular.get(word)
        if listed:
            return listed[0] if listed[0] not in (word, "be") else None
        if word.endswith("ed"):
            return next((b for b in (word[:-2], word[:-1]) if b in self.bases), None)
        return None


def past_forms_tagged_present(doc: Doc, forms: PastForms) -> None:
    """Retag a past form the tagger read as a plural present (``PastForms``): "retook" becomes VBD with
    the lemma "retake", so its clause is told in the past and its weekday is the last one."""
    for tok in (doc[i] for i in indices_tagged(doc, tags=("VBP",))):
        if tok.tag_ == "VBP" and (base := forms.base_of(tok.lower_)) is not None:
            tok.tag_ = "VBD"
            tok.lemma_ = base
            tok.morph = MorphAnalysis(doc.vocab, "Tense=Past|VerbForm=Fin")


def headline_passives(doc: Doc, done_to_people: frozenset[str], prepositions: frozenset[str]) -> None:
    """"Man shot outside bar" parsed as an active past (the man shooting the bar): a headline's reduced passive
    (``reduced_passive``) relabelled as the passive it is, its subject the one it was done to, its participle
    VBN, and an object a preposition opens a phrase of place ("outside bar"), so every later stage reads the
    victim as the victim."""
    # only a past form can be one; retagging one VBN moves no other word in or out of the two tags
    for tok in (doc[i] for i in indices_tagged(doc, tags=("VBD", "VBN"))):
        if not reduced_passive(tok, done_to_people, prepositions):
            continue
        tok.tag_ = "VBN"
        tok.morph = MorphAnalysis(doc.vocab, "Tense=Past|VerbForm=Part")
        for c in tok.children:
            if c.dep_ == "nsubj":
                c.dep_ = "nsubjpass"
            elif c.dep_ == "dobj":
                c.dep_ = "npadvmod"


VOWELS = frozenset("aeiou")


def silent_e_lemma(word: str, lemma: str, bases: frozenset[str]) -> str | None:
    """The base form a "-ed" or "-ing" form comes from when the model's lemmatizer dropped its silent "e":
    "raped" and "hoping" read as "rap" and "hop" are of "rape" and "hope", for a short verb that ends in a
    vowel and one consonant doubles it before the ending ("rapped", "hopping"). None when the lemma is right
    ("visited": "visite" is no verb; "planned" has its doubled "n")."""
    if len(lemma) < 3 or word not in (lemma + "ed", lemma + "ing"):
        return None
    if lemma[-1] in VOWELS or lemma[-1] in "wxy" or lemma[-2] not in VOWELS:
        return None
    return lemma + "e" if lemma + "e" in bases else None


def silent_e_lemmas(doc: Doc, forms: PastForms) -> None:
    """Every verb form whose lemma lost its silent "e" (``silent_e_lemma``) given its base: "soldiers raped two
    women" has the lemma "rape", so the lexicon's entries match it."""
    for tok in (doc[i] for i in indices_tagged(doc, tags=("VBD", "VBN", "VBG"))):
        base = silent_e_lemma(tok.lower_, tok.lemma_.lower(), forms.bases)
        if base is not None:
            tok.lemma_ = base


def past_form_read_as_a_noun(doc: Doc, forms: PastForms) -> None:
    """"A sniper shot dead a civilian" parsed as a noun phrase ("a sniper shot") that is "dead", with the
    civilian as the adjective's object: a past form taken for a noun, right before the "dead" that heads it and
    governs an object, is the sentence's verb. The tree is rewired so that every later stage reads the sniper as
    the one who shot, the civilian as the one shot: the verb takes the adjective's place and its children, the
    adjective becomes what the verb made of its object, and the words before the verb in its phrase its
    subject."""
    for d in indices_tagged(doc, words=("dead",)):  # only the word before a "dead" can be such a noun
        if not d:
            continue
        tok = doc[d - 1]
        dead = tok.head
        if tok.tag_ != "NN" or tok.dep_ != "nsubj" or dead.i != d \
                or not any(c.dep_ in ("dobj", "npadvmod") and c.i > dead.i for c in dead.children):
            continue
        base = forms.base_of(tok.lower_)
        if base is None:
            continue
        _verb_in_place_of(tok, dead, base)


def _verb_in_place_of(verb: Token, adjective: Token, base: str) -> None:
    """Make ``verb`` the head ``adjective`` was, with its children; the adjective its complement, the words
    the noun reading gave it its subject."""
    doc = verb.doc
    modifiers = [c for c in verb.children if c.dep_ in ("compound", "amod", "nmod")]
    others = [c for c in adjective.children if c.i != verb.i]
    head, dep = adjective.head, adjective.dep_
    verb.head = verb if head.i == adjective.i else head
    verb.dep_ = dep
    adjective.head, adjective.dep_ = verb, "oprd"
    for c in others:
        c.head = verb
    if modifiers:
        subject = modifiers[-1]
        subject.dep_, subject.tag_, subject.pos_ = "nsubj", "NN", "NOUN"
        for c in verb.children:
            if c.i < subject.i:
                c.head = subject
    verb.tag_, verb.pos_, verb.lemma_ = "VBD", "VERB", base
    verb.morph = MorphAnalysis(doc.vocab, "Tense=Past|VerbForm=Fin")


def participle_read_as_the_verb(doc: Doc) -> None:
    """"A Tacoma man wanted in a robbery was arrested Friday" parsed with "wanted" as the verb and "was arrested
    Friday" as what he wanted: a past form with a noun subject and no object, whose complement clause has its
    auxiliary but no subject of its own, is a participle describing that noun; the complement is the sentence's
    verb. Rewired so that every later stage reads the arrest as done, on its own day. A real complement names
    its own subject ("he wanted the man arrested", "police said he was arrested")."""
    for tok in (doc[i] for i in indices_tagged(doc, tags=("VBD", "VBN"))):
        clause = next((c for c in tok.rights if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if clause is None:  # the rare part first: most past forms have no complement clause
            continue
        subject = next((c for c in tok.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None or _named_subject_or_object(tok, clause):
            continue
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        clause.head, clause.dep_ = (clause if tok.head.i == tok.i else tok.head), tok.dep_
        subject.head, subject.dep_ = clause, "nsubjpass" if passive else "nsubj"
        tok.head, tok.dep_, tok.tag_ = subject, "acl", "VBN"
        tok.morph = MorphAnalysis(doc.vocab, "Tense=Past|VerbForm=Part")


def _named_subject_or_object(verb: Token, clause: Token) -> bool:
    """Has ``verb`` an object, or ``clause`` a subject of its own before it, or no auxiliary ("a man wanted in a
    theft was arrested" has one: "was")?"""
    before = [t for c in clause.lefts for t in c.subtree]  # "the docks were closed": a subject hung on "were"
    return any(c.dep_ in ("dobj", "dative") for c in verb.children) or any(
        t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for t in before) or not any(
        c.dep_ in ("aux", "auxpass") for c in clause.lefts)


PLURAL_NOUNS = ("NNS", "NNPS")


def headline_verb_read_as_a_noun(doc: Doc, forms: PastForms, event_verbs: frozenset[str]) -> None:
    """"Jets pound rebel positions in Idlib" parsed as one noun phrase (jets, pound and rebel compounds of
    "positions"): in a headline line with no verb at all, a verb's base form tagged as a noun, right after a
    plural noun and before the noun it hangs on, is the line's verb, the plural noun its subject (a plural is
    seldom a compound's first word, and a singular one would take "pounds"). Rewired so that every later stage
    reads who acted and on what. Not "Kabul attack victims" (a singular name), not a line that has a verb
    ("Mumbai attack suspects arrested"), nor one in full grammar; only verbs of an event (``event_verbs``), so
    that "Sales tax revenues" stays a noun phrase."""
    for i in indices_tagged(doc, tags=("NN",)):
        if not i:
            continue
        tok, subject = doc[i], doc[i - 1]
        if tok.lower_ not in event_verbs or tok.lower_ not in forms.bases or tok.dep_ not in ("compound", "nmod") \
                or subject.tag_ not in PLURAL_NOUNS:
            continue
        obj = _end_of_compound(tok)
        if obj.i <= i or obj.pos_ not in ("NOUN", "PROPN") or subject.head.i not in range(i, obj.i + 1):
            continue
        sent = tok.sent
        if any(t.pos_ in ("VERB", "AUX") for t in sent) or not headline_line(sent):
            continue
        _verb_heads_its_phrase(tok, subject, obj)


def _end_of_compound(tok: Token) -> Token:
    """The noun a chain of compounds ends on: "positions" for "pound" in "pound rebel positions"."""
    while tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _verb_heads_its_phrase(verb: Token, subject: Token, obj: Token) -> None:
    """Make ``verb`` the head ``obj`` was, ``obj`` its object and ``subject`` its subject; words before the
    subject that hung on the phrase hang on the subject."""
    doc = verb.doc
    earlier = [c for c in obj.lefts if c.i < subject.i]
    verb.head, verb.dep_ = (verb, "ROOT") if obj.head.i == obj.i else (obj.head, obj.dep_)
    obj.head, obj.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    for c in earlier:
        c.head = subject
    verb.tag_, verb.pos_, verb.lemma_ = "VBP", "VERB", verb.lower_
    verb.morph = MorphAnalysis(doc.vocab, "Tense=Pres|VerbForm=Fin")


def verb_taken_for_a_noun(doc: Doc, forms: PastForms, event_verbs: frozenset[str]) -> None:
    """"Fighters storm base near Baidoa", "Gunmen storm hotel": an event verb tagged as a noun that the parser
    still gave a direct object is a verb (no noun takes one), in a headline line, or anywhere with a subject of
    its own as well. Retagged once here, so that the trigger rules and every later stage read a verb."""
    for i in indices_tagged(doc, tags=("NN", "NNS")):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if lemma not in event_verbs or lemma not in forms.bases:
            continue
        deps = {c.dep_ for c in tok.children}
        if "dobj" in deps and ("nsubj" in deps or headline_line(tok.sent)):
            plural = tok.tag_ == "NNS"  # "Army storms base": the singular present
            tok.tag_, tok.pos_ = ("VBZ" if plural else "VBP"), "VERB"
            tok.morph = MorphAnalysis(doc.vocab, "Tense=Pres|VerbForm=Fin")


Reparse = Callable[[list[str], list[bool]], Doc]  # words and their spaces -> the model's parse of them
LINE_ATTRS = (HEAD, DEP, TAG, POS, LEMMA, MORPH)


def model_reparser(nlp: Language, names: tuple[str, ...] = ("tok2vec", "tagger", "parser", "attribute_ruler",
                                                             "lemmatizer")) -> Reparse:
    """The model's own tagger and parser, run again on a line's words (the pipes looked up when called, so a
    pipeline still being built may make one)."""
    def reparse(words: list[str], spaces: list[bool]) -> Doc:
        line = Doc(nlp.vocab, words=words, spaces=spaces)
        for name in names:
            if name in nlp.pipe_names:
                line = nlp.get_pipe(name)(line)
        return line
    return reparse


def headline_verb_reparsed(doc: Doc, forms: PastForms, reparse: Reparse | None,
                           saying: Collection[str] = frozenset()) -> None:
    """"Market bomb in Eastbrook wounds 7", "Toll from Eastbrook blast climbs to 31", "Dravia and Ruritania sign
    border accord": a headline line parsed with no verb at all, its verb taken for a noun ("wounds" the plural of
    "wound"). Each word after the first that the tagger took for a common noun and that is a present form of a
    verb (``PastForms.present_base``) is tried in turn: the line is parsed again with that word in its past form,
    which no tagger takes for a noun ("wounded"); the first try in which the word heads the whole line, with a
    subject or an object, gives the line its parse, the word tagged as the present it is written in. Not a line
    that has a verb ("Mumbai attack suspects arrested"), nor one in full grammar. A line whose only verb tells
    who says so, after a comma ("Strikes on Velden kill 27, officials say"), is read so too: the word then heads
    what is said."""
    if reparse is None:
        return
    for sent in list(doc.sents):
        if not headline_line(sent):
            continue
        said = _said_after_a_comma(sent, saying)
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and t not in said and not a_false_auxiliary(t)]
        plural = _a_plural_read_as_the_verb(verbs)
        if plural is not None:
            _parsed_as_the_verb(sent, plural, plural.lemma_.lower(), forms, reparse, saying)
            continue
        if verbs:
            continue
        for tok in sent[1:]:
            base = forms.present_base(tok.lower_) if _agrees_as_a_verb(tok) or a_false_auxiliary(tok) else None
            if base is not None and _parsed_as_the_verb(sent, tok, base, forms, reparse, saying):
                break


CAUSATIVES = frozenset({"make", "let", "help", "see", "hear", "watch", "have"})  # "helps find": a bare verb after


def _a_plural_read_as_the_verb(verbs: list[Token]) -> Token | None:
    """"Mortar rounds kill 2 children": a plural noun the tagger took for the line's verb ("rounds"), with the
    real verb hung on it as a bare infinitive (no "to", which English never drops after it but for a few verbs
    of making and letting, ``CAUSATIVES``); the bare verb, to be tried as the line's verb."""
    if len(verbs) != 2:
        return None
    first, second = verbs
    if first.tag_ != "VBZ" or second.tag_ != "VB" or second.dep_ != "xcomp" or second.head != first \
            or first.lemma_.lower() in CAUSATIVES or any(c.dep_ == "aux" for c in second.children):
        return None
    return second


def _said_after_a_comma(sent: Span, saying: Collection[str]) -> list[Token]:
    """", officials say", ", Velden police said": the verbs after the line's last comma, when every one of them is
    a verb of saying (``reporting.tsv``)."""
    commas = [t.i for t in sent if t.text == ","]
    if not commas:
        return []
    tail = [t for t in sent if t.i > commas[-1]]
    verbs = [t for t in tail if t.pos_ in ("VERB", "AUX")]
    return verbs if verbs and all(t.lemma_.lower() in saying for t in verbs) else []


def _agrees_as_a_verb(tok: Token) -> bool:
    """Could this noun be the line's present verb, by agreement with the line's subject (``_line_subject``)?
    "-s" after a singular ("Market bomb in Velden wounds 7", "Toll from blast climbs"), a bare form after a
    plural or a pair ("Strikes on Velden kill 27", "Dravia and Ruritania sign"); either right after the name
    of a group, whose number the tagger cannot tell ("Taliban storm", "Hamas fires"); not "death toll", "knife
    attack" (a bare form after a singular)."""
    subject = _line_subject(tok)
    if subject is None:
        return False
    if subject.ent_type_ in GROUP_LABELS and subject.i == tok.i - 1:
        return tok.tag_ in ("NN", "NNS")  # "Taliban storm", "Hamas fires": a group's number is its own
    plural = subject.tag_ in PLURAL_NOUNS or any(c.dep_ == "conj" for c in subject.children) or \
        subject.dep_ == "conj"
    if tok.tag_ == "NNS" and tok.lower_.endswith("s"):
        return not plural
    return tok.tag_ == "NN" and plural


def _line_subject(tok: Token) -> Token | None:
    """The noun a headline's verb at ``tok`` would agree with: the last noun before the line's first
    preposition, or before ``tok`` when none comes first ("Israeli strikes on Khan Younis kill": "strikes"); in a
    clause that "as", "after" or "when" opens, counted from that word ("Three dead as bomb rips": "bomb")."""
    subject = None
    start = tok.sent.start
    # "Three dead as bomb rips through cafe": a clause opened by a word of time or cause has its own subject
    opener = next((t.i for t in reversed(tok.doc[start:tok.i]) if t.lower_ in CLAUSE_OPENERS), None)
    for t in tok.doc[start if opener is None else opener + 1:tok.i]:
        if t.tag_ == "IN":
            break
        if t.pos_ in ("NOUN", "PROPN") or t.ent_type_ in GROUP_LABELS:  # "Houthis" tagged an adjective
            subject = t
    return subject


CLAUSE_OPENERS = frozenset({"as", "after", "when", "while", "since", "because", "amid"})
GROUP_LABELS = ("ORG",)  # a named body of people, however tagged ("Houthis" as an adjective)


def _parsed_as_the_verb(sent: Span, tok: Token, base: str, forms: PastForms, reparse: Reparse,
                        saying: Collection[str]) -> bool:
    """Parse ``sent`` again with ``tok`` in its past form; when it then heads the line (or what its verb of
    saying says, or the clause an opener such as "as" begins), with a subject or an object, write that parse into
    the doc and say so."""
    k = tok.i - sent.start
    words = [t.text for t in sent]
    words[k] = forms.past_of(base)
    line = reparse(words, [bool(t.whitespace_) for t in sent])
    verb = line[k]
    roots = [t for t in line if t.dep_ == "ROOT"]
    said = verb.dep_ in ("ccomp", "parataxis") and verb.head.dep_ == "ROOT" and verb.head.lemma_.lower() in saying
    # "Three dead as bomb rips through cafe": the verb of the clause "as" opens, hung on the line's head
    opened = verb.dep_ == "advcl" and verb.head.dep_ == "ROOT" and any(
        c.dep_ == "mark" and c.lower_ in CLAUSE_OPENERS for c in verb.children)
    if len(roots) != 1 or not (roots == [verb] or said or opened) or verb.pos_ != "VERB" or \
            not any(c.dep_ in ("nsubj", "dobj") for c in verb.children):
        return False
    doc = sent.doc
    rows = numpy.asarray(doc.to_array(list(LINE_ATTRS)), dtype=numpy.uint64)
    rows[sent.start:sent.end] = line.to_array(list(LINE_ATTRS))
    doc.from_array(list(LINE_ATTRS), cast(Ints2d, rows))  # every row at once: no tree half rewired
    written = doc[tok.i]
    written.tag_ = "VBZ" if written.lower_ != base else "VBP"
    written.lemma_ = base
    written.morph = MorphAnalysis(doc.vocab, "Tense=Pres|VerbForm=Fin")
    return True


class PastFormFixer(SitrepComponent):
    """``sitrep_past_forms``: every past form tagged as a plural present retagged (``past_forms_tagged_present``),
    a headline's reduced passive read as one (``headline_passives``), and a participle parsed as the verb read as
    the participle it is (``participle_read_as_the_verb``)."""

    def __init__(self, forms: PastForms, reparse: Reparse | None = None) -> None:
        self.forms = forms
        self.reparse = reparse

    def __call__(self, doc: Doc) -> Doc:
        headline_verb_reparsed(doc, self.forms, self.reparse, self.lex.reporting)
        silent_e_lemmas(doc, self.forms)
        past_forms_tagged_present(doc, self.forms)
        past_form_read_as_a_noun(doc, self.forms)
        participle_read_as_the_verb(doc)
        headline_verb_read_as_a_noun(doc, self.forms, self.lex.event_verbs)
        verb_taken_for_a_noun(doc, self.forms, self.lex.event_verbs)
        headline_passives(doc, self.lex.trigger_words.done_to_people, self.lex.place_words.locative_words)
        return doc

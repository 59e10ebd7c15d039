"""Claims: who says so, through which channel, asserting or denying.

``sitrep_claims`` finds the claims, then writes them to ``doc._.claims``. For each token, in order:

1. a cue (``CUE_RULES``, the first that answers): "according to X", or a reporting verb
   (``reporting.tsv``) with its subject, and the stance; each speaker joined to the subject by "and"
   ("police and witnesses said") makes a claim of its own;
2. the subject is dropped if any of ``NOT_A_SPEAKER`` says so (a document, a count, nobody ...);
3. the claimant: a pronoun or a short definite name stands for an earlier claimant
   (``RESOLVE_RULES``, the first that answers: "he said", "the ministry added"); anything else is
   named by its own words (the speaker or body, not the outlet), with the country the first of
   ``COUNTRY_RULES`` finds;
4. the channel ("on Telegram", "in a statement", "told state television");
5. what a statement goes on to say (``CARRY_RULES``, the first that answers for a sentence): the
   paragraphs after "X said:" and the sentences of a quotation are X's claims too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span, Token

from sitrep.geo.gazetteer import Gazetteer
from sitrep.lexicon import Lexicon
from sitrep.lexicon.words import ClaimWords
from sitrep.nlp.actors import country_in, institution_kind
from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.mentions import (
    ClaimMention,
    entities,
    entities_in,
    indices_tagged,
    sent_index,
    sentence_of_each_token,
    sentences,
)

CUT_DEPS = {"relcl", "acl", "punct", "cc", "conj", "advcl", "prep"}  # what a claimant's name leaves out
LEAD_MARKS = (",", "—", "-")  # marks a claimant's name does not start with
SINGULAR_ARTICLES = ("a", "an")  # never before a plural speaker: "a man authorities say was shot"
MODIFIER_DEPS = ("poss", "compound", "amod")
JOINING_WORDS = ("and", "&")  # what joins two speakers: "police and witnesses said" ("or" names one again)
JOINED_MODIFIER_DEPS = ("nmod", "compound")  # how a parser may hang the first of two joined speakers on the second
LONG_NAME = 14  # tokens: longer is a description, not a name
NAME_REACH = 20  # tokens from a description's head to the name set beside it


def claimant_span(subj: Token, words: ClaimWords) -> Span:
    """The subject's words, without relative clauses and trailing punctuation."""
    doc = subj.doc
    toks = [subj]
    stack = list(subj.children)
    while stack:
        t = stack.pop()
        # "the leader of the party", not "the leader, in a speech": a phrase set off by a comma is no part of it
        keep = (t.dep_ == "prep" and doc[t.i - 1].text != "," and (
            t.head.lemma_.lower() in words.titled_heads or _after_a_set_adjective(t))) \
            or (t.dep_ == "punct" and t.text == "’")
        if (t.dep_ in CUT_DEPS and not keep) or _an_age(t) or _set_off_before(t) or _joined_before(t):
            continue
        toks.append(t)
        stack.extend(t.children)
    lo, hi = min(t.i for t in toks), max(t.i for t in toks) + 1
    lo = max([lo, *(_and_of(c) + 1 for c in subj.children if _joined_before(c))])  # "(the port authority and) harbour staff"
    while lo < hi and (doc[lo].lower_ in words.articles or doc[lo].lower_ in LEAD_MARKS or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].tag_ == "POS" or doc[hi - 1].is_space):
        hi -= 1  # "the navy's statement said", a line break before "say"
    return doc[lo:hi]


def _after_a_set_adjective(prep: Token) -> bool:
    """"sources close to the inquiry", "officials familiar with the talks": the preposition of an adjective set after
    the speaker's noun is part of the name ("sources close" says nothing)."""
    adj = prep.head
    return adj.pos_ == "ADJ" and adj.dep_ == "amod" and adj.i > adj.head.i


def _set_off_before(tok: Token) -> bool:
    """"with theft, Port Authority spokesman Ana Ruiz said" parsed with "theft" hung on the name: a modifier set off
    by a comma before the name is no part of it."""
    doc = tok.doc
    return tok.dep_ == "nmod" and tok.i < tok.head.i and any(t.text == "," for t in doc[tok.i:tok.head.i])


def _joined_before(tok: Token) -> bool:
    """"according to the port authority and hospital staff", parsed with "authority" (and its "and") hung on
    "staff" as a modifier: a modifier before its head that takes "and" is a speaker of its own, no part of the
    head's name; the words of one name stay together ("the Health and Safety Board": one entity)."""
    return tok.dep_ in JOINED_MODIFIER_DEPS and tok.i < tok.head.i and _takes_and(tok) and not _one_name(tok, tok.head)


def _one_name(first: Token, last: Token) -> bool:
    """Are ``first`` to ``last`` the words of one named entity?"""
    doc = first.doc
    return bool(first.ent_type_) and all(doc[j].ent_iob_ == "I" for j in range(first.i + 1, last.i + 1))


def _takes_and(tok: Token) -> bool:
    return _and_of(tok) > tok.i


def _and_of(tok: Token) -> int:
    """Where the "and" after ``tok`` stands (-1: none): the words after it, up to the head, name the head's speaker,
    whether the parser hung them on the head or on ``tok`` ("the port authority and hospital staff")."""
    return next((c.i for c in tok.children if c.dep_ == "cc" and c.lower_ in JOINING_WORDS and c.i > tok.i), -1)


def _an_age(tok: Token) -> bool:
    """"Ana Ruiz, 54, said": a number set beside a name is the speaker's age, not part of the name."""
    return tok.dep_ == "appos" and tok.like_num


@dataclass
class Reading:
    """What the rules read while they go through one doc: the claims found so far among them."""

    doc: Doc
    lex: Lexicon
    gaz: Gazetteer
    known: dict[str, dict[str, Any]]
    event_nouns: set[str]
    found: list[ClaimMention] = field(default_factory=list)
    deeds: frozenset[int] = frozenset()  # the tokens that carry an event ("shelled", "arrested")

    @property
    def words(self) -> ClaimWords:
        return self.lex.claim_words

    def country_in(self, span: Span) -> str | None:
        return country_in(list(span), self.doc, self.known, self.gaz)

    def kind_of(self, span: Span) -> str:
        """"person" if a person is named in it, else the institution's kind ("ministry": government), else "other"."""
        if any(e.label_ == "PERSON" for e in entities_in(span)):
            return "person"
        if len(entities_in(span)) == 1 and entities_in(span)[0].label_ == "GPE" and len(entities_in(span)[0]) == len(span):
            return "state"  # "Russia said", "Kyiv rejected": a state speaks by its name
        return institution_kind(list(span), self.lex.institutions) or "other"


class Speaker(NamedTuple):
    name: str
    kind: str
    country: str | None
    span: Span  # the words that name it here


def find_claims(doc: Doc, lex: Lexicon, gaz: Gazetteer, known: dict[str, dict[str, Any]],
                event_nouns: set[str]) -> list[ClaimMention]:
    """Every claim of the doc, in token order."""
    r = Reading(doc, lex, gaz, known, event_nouns, deeds=frozenset(t.head for t in doc._.triggers or []))
    sent_of = sentence_of_each_token(doc)
    for i in indices_tagged(doc, pos=CUE_POS, words=CUE_WORDS):  # no Token built for the words no cue starts at
        r.found += _claims_at(r, sent_of[i], doc[i])
    r.found = [c for c in r.found if not any(rule(r, c) for rule in PASSED_ON)]
    return carry_statements(r)


def _claims_at(r: Reading, k: int, tok: Token) -> list[ClaimMention]:
    """The claims whose cue is ``tok``, in sentence ``k``: one for each speaker of its subject ("police and
    witnesses said": two)."""
    cue = next((found for rule in CUE_RULES if (found := rule(r, tok)) is not None), None)
    if cue is None or cue[0] is None:
        return []
    first = _name_beside(r, cue[0])
    claims = (_claim_of(r, k, tok, subj, cue[1]) for subj in (first, *_joined_speakers(r, first)))
    return [c for c in claims if c is not None]


def _joined_speakers(r: Reading, subj: Token) -> list[Token]:
    """"the army and local officials said", "police and hospital staff said": the speakers joined to the subject by
    "and" speak too, each in its own name; a name whose parts are so joined ("the Ministry of Justice and Security")
    stays one (the name's entity holds them), and so does a name given again after "or" ("the Lomar Brigade, or
    LB, said": one speaker)."""
    out: list[Token] = [c for c in subj.children if _joined_before(c) and c.pos_ in ("NOUN", "PROPN")]
    cur = subj
    while (nxt := next((c for c in cur.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)) is not None:
        joined_by_and = any(c.dep_ == "cc" and c.lower_ in JOINING_WORDS for c in (*cur.children, *nxt.children))
        if not joined_by_and or (nxt.ent_iob_ == "I" and nxt.ent_type_ == subj.ent_type_):
            break  # another name of the same speaker, or inside one name with the subject
        out.append(nxt)
        cur = nxt
    return out


def _claim_of(r: Reading, k: int, tok: Token, subj: Token, stance: str) -> ClaimMention | None:
    """The claim of speaker ``subj`` at cue ``tok``, unless the subject is no speaker."""
    if _the_document_again(r, subj) is None and any(rule(r, subj) for rule in NOT_A_SPEAKER):
        return None
    who = _speaker(r, subj)
    if who is None:
        return None
    according = tok.lower_ == "according"
    return ClaimMention(
        sent=k, verb=tok.i, verb_text=tok.text, claimant=who.name, claimant_kind=who.kind,
        claimant_country=who.country, channel=None if according else _channel(tok, r.lex),
        stance=stance, subject_tokens=(who.span.start, who.span.end),
    )


# -- 1. cues: the first that answers; a cue may have no subject --------------------------------

def _according_to(r: Reading, tok: Token) -> tuple[Token | None, str] | None:
    """"according to the coast guard, ...": the object of "to" says so."""
    doc = tok.doc
    if tok.lower_ not in CUE_WORDS or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
    return (objs[0] if objs else None), "asserts"


def _reporting_verb(r: Reading, tok: Token) -> tuple[Token | None, str] | None:
    """"the coast guard said", "the ministry denied": a reporting verb's subject, with the verb's stance.
    "Floods cut off three villages, the regional governor said", parsed with the floods (or a dateline) as
    the subject: the speaker set off by commas before the verb says it."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in r.lex.reporting or _says_nothing(r, tok) or _a_thought(r, tok):
        return None  # "the command does not report the number of aircraft": nobody says so
    agent = _passive_agent(tok, lemma, r.words)
    if agent is not None:
        return agent, r.lex.reporting[lemma]
    if lemma in r.words.clause_verbs and not _a_clause_after(tok):
        return None  # "police found a body" reports nothing; "the inquiry found that ..." does
    if lemma in r.words.promise_verbs and not _a_promise_after(tok):
        return None  # "floods threatened the villages" says nothing; "the army threatened to strike" does
    if lemma in r.words.naming_verbs and _a_telephone_call(tok, r.lex):
        return None  # "the mother called police" says nothing
    antecedent = _antecedent(tok)
    if antecedent is not None:
        return antecedent, r.lex.reporting[lemma]
    if _describes(tok):
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    cannot_speak = not subjects or subjects[0].lemma_.lower() in r.event_nouns or _a_dateline_word(r, subjects[0])
    trailing = next((who for rule in UNSAID_SUBJECT_RULES if (who := rule(r, tok)) is not None), None) \
        if cannot_speak else None
    return trailing or (subjects[0] if subjects else None), r.lex.reporting[lemma]


def _a_thought(r: Reading, verb: Token) -> bool:
    """"to let locals know that the city says no", "police believe the gunman told her to run": a saying in the
    clause a verb of knowing, thinking or wanting (``thought_verbs``) takes is what someone has in mind, not
    words the report passes on."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in r.words.thought_verbs


def _says_nothing(r: Reading, verb: Token) -> bool:
    """"the command did not report the toll", "police said nothing about a motive": a verb of saying denied, or
    whose object is nothing, says nothing."""
    return any(c.dep_ == "neg" or (c.dep_ == "dobj" and c.lower_ in r.words.silent_objects) for c in verb.children)


def _speaker_after_the_verb(r: Reading, verb: Token) -> Token | None:
    """"A man was arrested on Friday, reported the county sheriff's office.": a reporting verb set off by a comma,
    with no subject, whose object is a body or a name and ends the sentence, parsed as the verb's object: the
    object is the speaker ("..., claimed the lives of three" names no one)."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _ends_sentence(obj):
        return None
    return obj if obj.pos_ == "PROPN" or obj.lemma_.lower() in r.lex.institutions else None


def _subject_of_the_deed(r: Reading, verb: Token) -> Token | None:
    """"The ministry rejected the plan on Monday, saying the rebels must first withdraw": a reporting verb in the
    "-ing" form hung on another verb, with no subject of its own, says in the words of that verb's subject, when
    that verb is one of saying or of no event ("the envoy sought to calm the row, saying talks would resume").
    Hung on a deed ("the army shelled the town, saying rebels hid there") it gives a reason, and the doer stays
    the deed's actor, not its speaker."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.pos_ != "VERB":
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if head.lemma_.lower() in r.lex.reporting or subj is None:
        return subj
    return subj if head.i not in r.deeds and _one_who_speaks(r, subj) else None


SPEAKING_ENTITIES = ("PERSON", "ORG", "GPE", "NORP")  # names of those who can speak: "Ruiz", "the ministry"


def _one_who_speaks(r: Reading, tok: Token) -> bool:
    """Is ``tok`` a name, a body or an office ("the minister", "Ruiz", "the army"), not a thing ("doors")?"""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "PROPN" or tok.ent_type_ in SPEAKING_ENTITIES or lemma in r.lex.institutions \
        or lemma in r.words.titled_heads or lemma in r.words.ranks


def _ends_sentence(tok: Token) -> bool:
    """Does the phrase ``tok`` heads end the sentence (a full stop, or nothing, after it)?"""
    doc = tok.doc
    end = max(t.i for t in tok.subtree) + 1
    return end >= len(doc) or doc[end].is_sent_start is True or doc[end].text in (".", "!", "?", ",")


def _set_off_speaker(r: Reading, verb: Token) -> Token | None:
    return _trailing_speaker(verb) or _name_run_before(verb)


# Who says so when the verb's subject cannot (none, an event, a dateline): the first that answers.
UNSAID_SUBJECT_RULES: tuple[Callable[[Reading, Token], Token | None], ...] = (
    _set_off_speaker, _speaker_after_the_verb, _subject_of_the_deed,
)


def _a_telephone_call(verb: Token, lex: Lexicon) -> bool:
    """"the mother called police", "a neighbour called 911", "she called him after the attack": a naming verb
    whose one object is someone to ring (a body, a person, a number) and that says nothing of them; "called the
    raid a massacre", "called it barbaric", "called for calm", "called on the army to withdraw" say something."""
    kids = list(verb.children)
    objects = [c for c in kids if c.dep_ in ("dobj", "oprd", "dative")]
    said = any(c.dep_ in ("ccomp", "xcomp", "acomp") for c in kids)
    appeal = any(c.dep_ == "prep" and c.lower_ in lex.claim_words.appeal_prepositions for c in kids)
    if said or appeal or len(objects) != 1:
        return False
    obj = objects[0]
    return obj.lemma_.lower() in lex.institutions or obj.ent_type_ == "PERSON" or obj.like_num or obj.pos_ == "PRON"


def _passive_agent(verb: Token, lemma: str, words: ClaimWords) -> Token | None:
    """"a blast was reported by the ministry", "attacks, also claimed by the rebels": the "by" phrase of a
    reporting verb says who speaks; in a description ("a truce announced by Chile") only for the verbs
    of ``agent_claims``."""
    if _describes(verb) and lemma not in words.agent_claims:
        return None
    if lemma in words.clause_verbs and not _a_clause_after(verb):
        return None  # "the couple were found dead by the police" reports nothing
    if lemma in words.promise_verbs and not _a_promise_after(verb):
        return None  # "the town was threatened by floods" says nothing
    agents = [c for c in verb.children if c.dep_ == "agent"]  # a "by" phrase: a passive, whatever its subject
    objs = [c for a in agents for c in a.children if c.dep_ == "pobj"]
    return objs[0] if objs else None


def _a_clause_after(verb: Token) -> bool:
    """Does the verb report something: a clause ("found that the convoy was hit"), or an act in the "-ing" form
    ("admitted stabbing him", "admitted to stabbing him"); "admitted 20 patients" reports nothing."""
    kids = list(verb.children)
    acts = [c for c in kids if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    acts += [g for p in kids if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
             if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return any(c.dep_ == "ccomp" and not _a_sight(c) for c in kids) or bool(acts)


def _a_sight(clause: Token) -> bool:
    """"deputies found the man hiding in a shed": a bare "-ing" form with its own subject after a verb of finding
    is what was seen, not a clause reported ("found that the man had hidden there", "found the man had hidden")."""
    return clause.tag_ == "VBG" and not any(c.dep_ in ("aux", "mark") for c in clause.children) \
        and any(c.dep_ == "nsubj" for c in clause.children)


def _a_promise_after(verb: Token) -> bool:
    """Does a verb of promise or threat say what is promised: an act ("vowed to retaliate") or a clause ("pledged
    that troops would stay"); "threatened the villages" says nothing."""
    return any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
               for c in verb.children)


def _antecedent(verb: Token) -> Token | None:
    """"the board's report, which found that ...": a relative pronoun that speaks stands for the noun the
    clause describes."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "relcl" or subj is None or subj.tag_ not in ("WDT", "WP"):
        return None
    return verb.head


def _cited_source(r: Reading, tok: Token) -> tuple[Token | None, str] | None:
    """"Interfax cited the security service as saying 12 died", "the agency reported, citing the coast guard":
    the source a citing verb passes on says so ("as saying ...", or beside another reporting verb); "the
    ministry cited security concerns" passes on no one."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in r.words.citing_verbs:
        return None
    source = next((c for c in tok.children if c.dep_ == "dobj"), None)
    as_saying = any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)
    beside = tok.dep_ == "advcl" and tok.head.lemma_.lower() in r.lex.reporting
    if source is None or not (as_saying or beside):
        return None
    return source, "asserts"


CUE_RULES: tuple[Callable[[Reading, Token], tuple[Token | None, str] | None], ...] = (
    _according_to, _cited_source, _reporting_verb,
)
# what a cue's word is: each rule of CUE_RULES turns away any other word first (a verb that says or cites,
# or "according"), so that only these are read
CUE_POS = ("VERB",)
CUE_WORDS = ("according",)


def _describes(verb: Token) -> bool:
    """"a general it accused of smuggling": a reporting verb inside a description, not a statement."""
    if verb.dep_ in ("acl", "amod"):
        return True
    return verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children)


def _trailing_speaker(verb: Token) -> Token | None:
    """"..., the head of the port authority, Ana Ruiz, said." parsed with no subject: the noun phrase
    set off by commas just before the verb."""
    doc = verb.doc
    k = verb.i - 1
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    # "... said." and "... said on Telegram", "said in a statement", "said on Sunday": nothing of the verb's own
    # before the end but its channel or its time
    if k < 1 or (after is not None and not after.is_punct and not (
            after.head == verb and after.dep_ in ("prep", "npadvmod", "advmod") and all(
                t.i > verb.i for t in after.subtree) and _ends_clause(after))):
        return None
    cur = doc[k - 1] if doc[k].text == "," else doc[k]  # "..., X, said." or "..., X said, while ..."
    if cur.pos_ not in ("PROPN", "NOUN"):
        return None
    for _ in range(6):
        start = min(t.i for t in cur.subtree)
        if start > 0 and doc[start - 1].text == ",":
            return cur
        if cur.dep_ == "conj" and cur.head.pos_ in ("NOUN", "PROPN"):
            cur = cur.head  # "..., farmers and a police officer said": the first of the speakers
            continue
        if cur.dep_ not in ("appos", "compound", "flat") or cur.head.i > cur.i:
            return None
        cur = cur.head
    return None


NAME_RUN_POS = ("PROPN", "NOUN")  # the words of a name read off the text: "Port Authority spokesman Ana Ruiz"
NAME_RUN_LINKS = ("of", ".")  # and what joins them: "Department of Safety", "Capt."
NAME_RUN_MAX = 8


def _name_run_before(verb: Token) -> Token | None:
    """"Two men were charged with theft, Port Authority spokesman Ana Ruiz said." parsed with the name inside the
    charge ("with theft, ... Ruiz"): the words of a name read off the text between a comma and a verb that ends the
    sentence; its last word stands for it."""
    doc = verb.doc
    if verb.i + 1 < len(doc) and not doc[verb.i + 1].is_punct:
        return None
    k = verb.i - 1
    while k >= 0 and verb.i - k <= NAME_RUN_MAX and (
            doc[k].pos_ in NAME_RUN_POS or doc[k].lower_ in NAME_RUN_LINKS or doc[k].text.endswith(".")):
        k -= 1
    run = doc[k + 1:verb.i]
    if k < 0 or doc[k].text != "," or not run or run[0].pos_ not in NAME_RUN_POS or run[-1].pos_ not in NAME_RUN_POS:
        return None
    return run[-1]


def _ends_clause(tok: Token) -> bool:
    """Does the phrase ``tok`` heads end the sentence or the clause (a full stop or comma after it)?"""
    doc = tok.doc
    end = max(t.i for t in tok.subtree) + 1
    return end >= len(doc) or doc[end].is_punct or doc[end].is_space


def _name_beside(r: Reading, subj: Token) -> Token:
    """"an accusation Tirana rejected": the name set beside a subject that cannot speak says it;
    "according to a Harbour Authority news release", "the ministry's statement said", "according to a police
    statement": the body whose document it is says it."""
    if subj.lemma_.lower() not in r.words.non_claimants:
        return subj
    names = [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    owners = [c for c in subj.children if (c.dep_ == "poss" and c.pos_ != "PRON")
              or (c.dep_ == "compound" and (c.pos_ == "PROPN" or c.lemma_.lower() in r.lex.institutions))]
    return (names or owners or _authors(r, subj) or [subj])[0]


def _authors(r: Reading, doc_word: Token) -> list[Token]:
    """"an order from U.S. District Judge Ana Ruiz", "a report by the harbour police", "records released by the
    county clerk's office": the author a document's "from" or "by" phrase names (a name or a body), on the
    document or on the participle that tells who issued it ("a copy seen by reporters" names none)."""
    issued = [c for c in doc_word.children
              if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in r.words.issuing_verbs]
    preps = [c for w in (doc_word, *issued) for c in w.children
             if c.dep_ in ("prep", "agent") and c.lower_ in r.words.author_prepositions]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"
            and (o.pos_ == "PROPN" or o.lemma_.lower() in r.lex.institutions)]


# -- 2. subjects that are not speakers (any one says so) ---------------------------------------

def _in_dateline(r: Reading, subj: Token) -> bool:
    """"PORTO NOVO, Benin (Reuters) —": the dateline names no speaker."""
    return bool(subj.idx < r.doc._.info.dateline_end)


def _names_the_event(r: Reading, subj: Token) -> bool:
    """"the flood claimed nine lives": an event, not a speaker; "the Harbour Service said" is a body's name,
    whatever its last word names elsewhere ("cut phone service"); "the indictment says" is a court filing that
    speaks, whatever it names elsewhere ("the indictment of two men")."""
    lemma = subj.lemma_.lower()
    return lemma in r.event_nouns and subj.pos_ != "PROPN" and lemma not in r.words.court_filings


def _speechless_item(r: Reading, subj: Token) -> bool:
    """"a patrol boat reported gunfire nearby": a thing that radioed, not a speaker; "the Harbour House said"
    is a body's name, whatever its last word is elsewhere."""
    return r.lex.items.get(subj.lemma_.lower()) in r.words.speechless_items and subj.pos_ != "PROPN"


def _a_document(r: Reading, subj: Token) -> bool:
    """"according to a draft seen by reporters", "the report said": a document or a figure, not a speaker;
    "according to jail records", "arrest affidavits say": a record its keeper's word names is a source, and so is a
    court filing alone ("the indictment says")."""
    lemma = subj.lemma_.lower()
    kept = lemma in r.words.court_filings or (
        lemma in r.words.kept_records and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in subj.children))
    return lemma in r.words.non_claimants and not kept


def _nobody(r: Reading, subj: Token) -> bool:
    """"no group claimed the bombing": nobody says so."""
    return any(c.dep_ == "det" and c.lower_ in r.words.nobody_determiners for c in subj.children)


def _a_count(r: Reading, subj: Token) -> bool:
    """"the blast wounded 14 people, police said" parsed with the people as the subject: a count, not a
    speaker ("two guards said" is one: a guard is an institution's)."""
    lemma = subj.lemma_.lower()
    return any(c.dep_ == "nummod" for c in subj.children) and lemma in r.lex.items \
        and lemma not in r.lex.institutions


def _a_dateline_word(r: Reading, subj: Token) -> bool:
    """"Battle in the hills. MAKHACHKALA -- Fighting ended Saturday, officials said": a place in capitals set
    off by a dash is a dateline, wherever it stands, and names no speaker."""
    doc = r.doc
    nxt = doc[subj.i + 1] if subj.i + 1 < len(doc) else None
    return subj.text.isupper() and len(subj.text) > 3 and nxt is not None and nxt.text in ("--", "—", "–", "-")


def _a_time(r: Reading, subj: Token) -> bool:
    """"... about 11 p.m. / Wednesday, said a lieutenant" split after "p.m.": a day or an hour names no speaker."""
    return subj.ent_type_ in ("DATE", "TIME")


NOT_A_SPEAKER: tuple[Callable[[Reading, Token], bool], ...] = (
    _in_dateline, _a_dateline_word, _names_the_event, _speechless_item, _a_document, _nobody, _a_count, _a_time,
)


# -- 2b. words the reader has from someone else (any one says so): dropped once all are found ---------------

def _testimony(r: Reading, c: ClaimMention) -> bool:
    """"The victim told police a man had fired twice", "the driver admitted to detectives that he had fled", "she
    told the judge she was clean": what someone tells the police or a court reaches the reader through them; the
    teller is a witness, not the source (an officer of such a body speaking is one: "a detective told the court")."""
    verb = r.doc[c.verb]
    # "the opposition accused police of beating detainees": the police are accused, not told; "according to police
    # and the council": the council is a source beside the police, not their witness
    if c.stance != "asserts" or c.verb_text.lower() == "according":
        return False
    audiences = r.words.testimony_audiences
    told = verb.lemma_.lower() in r.words.channel_verbs  # "told police": the hearer is the object of "tell"
    heard = [t for t in verb.children if told and t.dep_ in ("dative", "dobj")] + \
        [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    if not any(t.lemma_.lower() in audiences for t in heard):
        return False
    speaker = {w.lower().strip(".,") for w in c.claimant.split()}
    return not any(w in audiences or w in r.words.ranks or w in r.lex.institutions for w in speaker)


def _inside_other_words(r: Reading, c: ClaimMention) -> bool:
    """"Police said the teen told them he ran", "according to the police report, the teens said a man approached":
    a person who speaks inside another's words (under their verb, or under "according to") is heard through them;
    only the one who passes it on is a claimant. A body, a state or an officer so told keeps its claim ("the
    ministry said Chile had denied it": Chile denies), and so does a source cited by name ("Interfax cited the
    security service")."""
    verb = r.doc[c.verb]
    if c.stance != "asserts" or c.verb_text.lower() == "according" or verb.lemma_.lower() in r.words.citing_verbs:
        return False
    if _a_body(r, c):
        return False
    outer = {o.verb for o in r.found if o.sent == c.sent and o is not c}
    return any(a.i in outer for a in verb.ancestors) or any(
        ch.lower_ == "according" and ch.i in outer for ch in verb.children)


def _a_body(r: Reading, c: ClaimMention) -> bool:
    """Is the claimant a body, a state, a people or one who speaks for them: an institution's word or a rank
    ("Detective Ana Ruiz"), or a name of an organisation or place that is no person's the doc names?"""
    span = r.doc[c.subject_tokens[0]:c.subject_tokens[1]]
    if any(w in r.words.ranks or w in r.lex.institutions for t in span for w in (t.lemma_.lower(), t.lower_)):
        return True
    named = [t for t in span if t.ent_type_ in ("ORG", "GPE", "NORP")]
    return bool(named) and not _a_persons_name(r.doc, named)


def _a_persons_name(doc: Doc, named: list[Token]) -> bool:
    """"Deputies arrested Carl Brandt ... the sheriff said Brandt seemed confused, saying ...", with the bare
    "Brandt" taken for an organisation: a name whose every word is a word of a person's name the doc gives is that
    person, no body."""
    persons = {w for e in entities(doc) if e.label_ == "PERSON" for w in e.text.split()}
    return all(t.text in persons for t in named)


PASSED_ON: tuple[Callable[[Reading, ClaimMention], bool], ...] = (
    _testimony, _inside_other_words,
)


# -- 3. the claimant ---------------------------------------------------------------------------

def _speaker(r: Reading, subj: Token) -> Speaker | None:
    """Who the subject is: an earlier claimant it stands for, else the body or person its words name
    (none for a pronoun that stands for no one)."""
    earlier = next((c for rule in RESOLVE_RULES if (c := rule(r, subj)) is not None), None)
    if earlier is not None:
        return Speaker(earlier.claimant, earlier.claimant_kind, earlier.claimant_country,
                       r.doc[subj.i:subj.i + 1])
    if subj.lower_ in r.words.pronouns or subj.pos_ == "PRON":
        return None
    span = _claimant_words(r, subj)
    if not span.text:
        return None
    span = _with_apposed_name(span)
    country = next((code for rule in COUNTRY_RULES if (code := rule(r, span))), None)
    return Speaker(" ".join(span.text.split()), r.kind_of(span), country, span)  # one line, as a label


def _claimant_words(r: Reading, subj: Token) -> Span:
    """The subject's words (``claimant_span``), widened to the whole of a name it is part of, and cut to
    the head word and the name set beside it when they are a long description."""
    doc = r.doc
    span = claimant_span(subj, r.words)
    ent = next((e for e in entities(doc) if e.start <= subj.i < e.end), None) \
        if subj.ent_type_ and subj.ent_iob_ != "O" else None
    if ent is not None and (ent.start < span.start or ent.end > span.end):
        span = doc[min(ent.start, span.start):max(ent.end, span.end)]
        while span and span[0].lower_ in r.words.articles:
            span = span[1:]
        while span and span[-1].tag_ == "POS":  # "the Board of Inquiry's (report)"
            span = span[:-1]
    if _a_noun_before_the_speaker(subj) and span.start < subj.i:
        span = doc[subj.i:span.end]
    if len(span) > LONG_NAME:
        names = [c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        span = doc[subj.i:names[0].i + 1] if names and names[0].i - subj.i <= NAME_REACH else doc[subj.i:subj.i + 1]
    return span


def _a_noun_before_the_speaker(subj: Token) -> bool:
    """"A man authorities say was shot ...", parsed with "man" as part of the speaker: a plural speaker with
    "a" or "an" before it is a noun the speaker's clause describes, then the speaker; the speaker is its head
    on."""
    return subj.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "det" and c.lower_ in SINGULAR_ARTICLES and c.i < subj.i for c in subj.children)


def _with_apposed_name(span: Span) -> Span:
    """"the port's director, Ana Ruiz, said": the name set off by commas belongs to the speaker."""
    doc = span.doc
    k = span.end
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].ent_type_ == "PERSON":
        j = k + 1
        while j < len(doc) and doc[j].ent_type_ == "PERSON":
            j += 1
        if j >= len(doc) or doc[j].is_punct:
            return doc[span.start:j]
    return span


# -- 3a. an earlier claimant the subject stands for: the first rule that answers ----------------

def _body_named_before(r: Reading, subj: Token) -> ClaimMention | None:
    """"the ministry fined a firm it accused of smuggling": "it" is the body that is the subject before
    it in the sentence."""
    if subj.lower_ not in r.words.body_pronouns:
        return None
    k = sent_index(r.doc, subj.i)
    for ent in entities_in(sentences(r.doc)[k]):
        if ent.end <= subj.i and ent.label_ in ("ORG", "GPE", "NORP") and ent.root.dep_ == "nsubj":
            span = claimant_span(ent.root, r.words)
            return ClaimMention(k, subj.i, "", span.text, "other", r.country_in(span), None, "asserts")
    return None


def _topic_of_a_quiet_sentence(r: Reading, subj: Token) -> ClaimMention | None:
    """"The rebels did not respond to a request for comment. They have denied ...": a pronoun after a
    sentence that quotes no one stands for that sentence's subject, not for the last speaker."""
    if subj.lower_ not in r.words.pronouns:
        return None
    doc = r.doc
    k = sent_index(doc, subj.i)
    if k == 0 or any(c.sent == k - 1 for c in r.found):
        return None
    topic = next((c for c in sentences(doc)[k - 1].root.children if c.dep_ == "nsubj"), None)
    if topic is None or not _can_be_a_topic(r, topic):
        return None
    span = claimant_span(topic, r.words)
    want = r.words.pronouns[subj.lower_]
    kind = r.kind_of(span)
    if want != "any" and (want == "person") != (kind == "person"):
        return None
    country = r.country_in(span) or _side_in(r, span)
    return ClaimMention(k - 1, topic.i, "", span.text, kind, country, None, "asserts",
                        subject_tokens=(span.start, span.end))


def _can_be_a_topic(r: Reading, subj: Token) -> bool:
    """A noun or name that is no event, document or thing: "the rebels", "the governor", not "the flood", "the
    report" or "the drone" (a counted thing; counted people can speak)."""
    lemma = subj.lemma_.lower()
    item = r.lex.items.get(lemma)
    return subj.pos_ in ("NOUN", "PROPN") and lemma not in r.event_nouns \
        and lemma not in r.words.non_claimants and (item is None or item in r.lex.quantity_words.person_items)


def _last_speaker(r: Reading, subj: Token) -> ClaimMention | None:
    """"The governor said three houses burned. No one was hurt, he said.": the last claimant the pronoun
    can stand for ("he", "she": a person; "it": not a person; "they": anyone)."""
    want = r.words.pronouns.get(subj.lower_)
    if want is None:
        return None
    return next((prev for prev in reversed(r.found)
                 if want == "any" or (want == "person") == (prev.claimant_kind == "person")), None)


def _short_name(r: Reading, subj: Token) -> ClaimMention | None:
    """"The Chilean interior ministry said ... the ministry added", "the press secretary said" after "Press
    Secretary Ana Ruiz said": a bare noun (and the nouns before it) that is part of an earlier claimant's name."""
    if subj.pos_ != "NOUN" or subj.lower_ in r.words.pronouns \
            or any(c.dep_ in ("poss", "amod") for c in subj.children):
        return None
    words = [c.lower_ for c in subj.children if c.dep_ == "compound"] + [subj.lemma_.lower()]
    return next((prev for prev in reversed(r.found) if all(w in prev.claimant.lower() for w in words)), None)


def _same_person(r: Reading, subj: Token) -> ClaimMention | None:
    """"Navy spokeswoman Ana Ruiz told reporters ... Ruiz said", "Ana Ruiz, a port official, said ... Ruiz said",
    "Sgt. Ana Ruiz said ... Sgt. Ruiz said": a name that ends as an earlier person claimant's name (or one part of
    it a comma sets apart) ends, its other words (a title) among that name's words, is that person."""
    name = _person_words(subj)
    if name is None:
        return None
    return next((prev for prev in reversed(r.found) if any(
        _names_the_same(name, part.split()) for part in _name_parts(prev.claimant))), None)


def _person_words(subj: Token) -> list[str] | None:
    """The words of a speaker told by name: a person's name the model finds ("Sgt. Ana Ruiz"), or a proper noun
    with nothing before it but other proper nouns ("Investigator Ruiz", read as a place or not at all)."""
    if subj.pos_ != "PROPN" or not subj.text[:1].isupper():
        return None
    ent = next((e for e in entities(subj.doc) if e.start <= subj.i < e.end and e.label_ == "PERSON"), None)
    if ent is not None:
        return ent.text.split()
    before = [c for c in subj.children if c.i < subj.i]
    if any(c.dep_ != "compound" or c.pos_ != "PROPN" for c in before):
        return None
    return [t.text for t in subj.doc[subj.left_edge.i:subj.i + 1]] if before else [subj.text]


def _names_the_same(name: list[str], earlier: list[str]) -> bool:
    """"Ruiz" or "Sgt. Ruiz" against "Sgt. Ana Ruiz": the same last word, the earlier name the longer, and
    every other word of the shorter in it."""
    return len(earlier) > len(name) and earlier[-1] == name[-1] and set(name[:-1]) <= set(earlier)


def _name_parts(claimant: str) -> list[str]:
    """"Ana Ruiz, a port official" names her in its first part, "a spokeswoman for the port, Ana Ruiz" in its
    last: the parts a comma sets apart, each of which may end in the name."""
    return [part.strip() for part in claimant.split(",")]


def _the_document_again(r: Reading, subj: Token) -> ClaimMention | None:
    """"according to a news release from the Lakeby police ... according to the news release": a document named
    again with "the" is the one named before, and its author says so again."""
    lemma = subj.lemma_.lower()
    if lemma not in r.words.non_claimants or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None
    doc = r.doc
    return next((prev for prev in reversed(r.found) if prev.subject_tokens != (0, 0) and any(
        t.lemma_.lower() == lemma for t in doc[min(prev.verb, prev.subject_tokens[0]):max(prev.verb, prev.subject_tokens[1])])),
        None)


RESOLVE_RULES: tuple[Callable[[Reading, Token], ClaimMention | None], ...] = (
    _the_document_again, _body_named_before, _topic_of_a_quiet_sentence, _last_speaker, _same_person, _short_name,
)


# -- 3b. a named claimant's country: the first rule that finds one ----------------------------

def _country_named(r: Reading, span: Span) -> str | None:
    """"the Chilean navy", "Peru's foreign ministry": a country named in the claimant's words."""
    return r.country_in(span)


def _side_in(r: Reading, span: Span) -> str | None:
    """"the Kremlin": an actor (with a country) among the claimant's words."""
    return next((a.country for a in r.doc._.actors or [] if span.start <= a.tok_start < span.end and a.country),
                None)


def _same_body_as_before(r: Reading, span: Span) -> str | None:
    """"a ministry spokesman" after "Chile's interior ministry said": the same side as the earlier
    claimant that shares a noun with it."""
    nouns = {t.lemma_.lower() for t in span if t.pos_ == "NOUN"}
    return next((prev.claimant_country for prev in reversed(r.found)
                 if prev.claimant_country and nouns & set(prev.claimant.lower().split())), None)


COUNTRY_RULES: tuple[Callable[[Reading, Span], str | None], ...] = (
    _country_named, _side_in, _same_body_as_before,
)


# -- 4. the channel ----------------------------------------------------------------------------

def _channel(verb: Token, lex: Lexicon) -> str | None:
    """"said on Telegram", "said in a statement", "told state radio": the channel phrase, without its
    article."""
    for c in _channel_candidates(verb, lex.claim_words):
        if c.lemma_.lower() in lex.channels or c.lower_ in lex.channels:
            words = [t for t in c.subtree if t.dep_ != "prep" and t.i <= c.i
                     and t.lower_ not in lex.claim_words.articles]
            if words:
                return c.doc[words[0].i:c.i + 1].text
    return None


def _channel_candidates(verb: Token, words: ClaimWords) -> Iterator[Token]:
    """The nouns that may name the channel: of the verb's "on", "in" ... phrases, and the object of
    "tell"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in words.channel_prepositions:
            yield from (c for c in child.subtree if c.dep_ == "pobj")
        elif child.dep_ in ("dobj", "dative") and verb.lemma_ in words.channel_verbs:
            yield child


# -- 5. what a statement goes on to say --------------------------------------------------------

OPENING_QUOTES = ("“", "‘")
CLOSING_QUOTES = ("”", "’")


def quoted_sentences(doc: Doc) -> list[bool]:
    """For each sentence, does it open inside a quotation (or with an opening quote mark)? One pass over
    the tokens: "“" opens, "”" closes, a straight quote turns the state round."""
    out: list[bool] = []
    inside = False
    for sent in sentences(doc):
        # a quotation that runs on into the next paragraph opens it again: "“" at its start
        inside = inside and not (sent.start > 0 and "\n" in doc[sent.start - 1].text)
        first = next((t for t in sent if not t.is_space), None)
        out.append(inside or (first is not None and first.text in (*OPENING_QUOTES, '"')))
        for t in sent:
            if t.text in OPENING_QUOTES:
                inside = True
            elif t.text == "”":
                inside = False
            elif t.text == '"':
                inside = not inside
    return out


@dataclass
class Statement:
    """What the carry rules read: the claims of each sentence, which sentences are quoted, and the
    statement "X said:" opened, if one is open."""

    doc: Doc
    by_sent: dict[int, list[ClaimMention]]
    quoted: list[bool]
    first_person: frozenset[str] = frozenset()  # "we", "our": the speaker's own words
    opened: ClaimMention | None = None
    carried: dict[int, ClaimMention] = field(default_factory=dict)  # what each sentence was given so far


def _introduces(doc: Doc, c: ClaimMention) -> bool:
    """"The minister said:": a reporting verb whose words come after a colon that ends its sentence."""
    k = c.verb + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k >= len(doc) or doc[k].text != ":":
        return False
    return k + 1 >= len(doc) or doc[k + 1].is_space or doc[k + 1].is_sent_start is True


def _names_the_speaker(sent: Span, c: ClaimMention) -> bool:
    """"... the Foreign Secretary will travel on to Riyadh": a sentence that names the speaker is the
    narrator's again, not the speaker's."""
    names = {w for w in c.claimant.split() if w[:1].isupper() and len(w) > 2}
    return any(t.text in names for t in sent)


def _after_a_colon(st: Statement, k: int, sent: Span) -> ClaimMention | None:
    """"The minister said:" and then paragraphs of her words: each is her claim, until a sentence names
    her again, or another speaker's words stand outside quotation marks in a sentence that does not speak in
    the first person ("I welcome the board's report, which found ..." is still hers)."""
    if st.opened is None:
        return None
    other = bool(st.by_sent.get(k)) and not st.quoted[k] and not any(t.lower_ in st.first_person for t in sent)
    if _names_the_speaker(sent, st.opened) or other:
        st.opened = None
    return st.opened


def _quotation_goes_on(st: Statement, k: int, sent: Span) -> ClaimMention | None:
    """"“We hit the depot,” the colonel said. “We will strike again.”": a quoted sentence with no
    speaker of its own is the speaker's of the sentence before, else of the next quoted one."""
    if not st.quoted[k] or st.by_sent.get(k):
        return None
    before = st.by_sent.get(k - 1) or ([st.carried[k - 1]] if k - 1 in st.carried else [])
    if before:
        return before[-1]
    for j in range(k + 1, len(st.quoted)):
        if st.by_sent.get(j):
            return next((c for c in st.by_sent[j] if _quote_closes_before(st.doc, c)), None)
        if not st.quoted[j]:
            break
    return None


def _quote_closes_before(doc: Doc, c: ClaimMention) -> bool:
    """"... the last depot,” the colonel said.": a quote mark between the sentence's start and the verb."""
    start = sentences(doc)[c.sent].start
    return any(t.text in (*CLOSING_QUOTES, '"') for t in doc[start:c.verb])


CARRY_RULES: tuple[Callable[[Statement, int, Span], ClaimMention | None], ...] = (
    _after_a_colon, _quotation_goes_on,
)


def carry_statements(r: Reading) -> list[ClaimMention]:
    """The claims found, and for each sentence the claim a statement or quotation carries into it (the
    first of ``CARRY_RULES`` that answers), unless its own claims are already that speaker's. The
    sentence "X said:" itself tells nothing in X's words: its claim moves to the next sentence."""
    doc = r.doc
    words = r.lex.actor_words
    st = Statement(doc, {}, quoted_sentences(doc), words.first_person | words.first_person_possessives)
    for c in r.found:
        st.by_sent.setdefault(c.sent, []).append(c)
    out: list[ClaimMention] = []
    for k, sent in enumerate(sentences(doc)):
        own = st.by_sent.get(k, [])
        carried = next((found for rule in CARRY_RULES if (found := rule(st, k, sent)) is not None), None)
        opening = next((c for c in own if _introduces(doc, c)), None)
        out += [c for c in own if c is not opening]
        if carried is not None:
            st.carried[k] = carried
        if carried is not None and all(c.claimant != carried.claimant for c in own):
            out.append(replace(carried, sent=k, verb=sent.start, subject_tokens=(0, 0)))
        if opening is not None:
            st.opened = opening
    return out


def event_nouns(lex: Lexicon) -> set[str]:
    """The words that name an event: a trigger word, and a phrase's last word ("phone call"; its first may be a
    speaker: "military drill"), unless the phrase starts with a trigger word of its own, which names the event
    while the last word is what it acts on ("cut phone service": the security service still speaks). A word
    that is a trigger only as a verb names no event ("the head of the region said": troops "head" north)."""
    triggers = [t for t in lex.triggers if t.type != "none" and not t.weapon_frame and
                (not t.pos or "NOUN" in t.pos or "PROPN" in t.pos)]
    single = {t.words[0] for t in triggers if len(t.words) == 1}
    return {t.words[-1] for t in triggers if len(t.words) == 1 or t.words[0] not in single} | set(lex.weapons)


class ClaimFinder(SitrepComponent):
    known: dict[str, dict[str, Any]]  # the known actors by name
    event_nouns: set[str]

    def prepare(self) -> None:
        self.known = self.lex.actor_names()
        self.event_nouns = event_nouns(self.lex)

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = find_claims(doc, self.lex, self.gaz, self.known, self.event_nouns)
        return doc

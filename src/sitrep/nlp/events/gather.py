"""Who else says so: a sentence that tells a record's event again adds its speakers to the record.

"A car bomb killed nine soldiers at the market, officials said. ... The governor said the blast was set
off by a man in a parked van." The second sentence makes no record of its own (nothing new happens in
it), yet the governor speaks of the bombing: he is one of its claimants. For each sentence that has
claims and is no record's evidence, the first of ``GATHER_RULES`` that answers names the record it
tells again; its speakers who assert something join that record, each claim quoting the sentence.
A rule answers only when the sentence points at one record; one that could be another event's
(another place, another figure) adds nothing. A sentence that tells a record of its own and names its
source at its end ("His stepson was arrested, the sheriff's office said.") is the story told on: its
source is also that of the record told just before it in the reporter's voice (``_told_at_its_end``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice

from spacy.tokens import Doc, Span, Token

from sitrep.lexicon import Lexicon
from sitrep.nlp.events.draft import claim_of, sentence_span
from sitrep.nlp.mentions import ClaimMention, entities_in, sentences
from sitrep.records import Event, family

CASUALTY_ROLES = ("killed", "injured", "missing")


def event_noun_families(lex: Lexicon) -> dict[str, str]:
    """The family each event noun names whatever its context ("blast": attack, "talks": diplomacy): the
    one-word triggers a noun can be that need nothing of the sentence, and only those of one family
    ("reject" may be diplomacy or a statement: left out); a weapon ("the bomb") names an attack."""
    seen: dict[str, set[str]] = {}
    for t in lex.triggers:
        free = not (t.needs or t.governed or t.needs_weapon or t.needs_object or t.needs_subject or t.negated)
        if len(t.words) == 1 and t.type != "none" and free and (not t.pos or "NOUN" in t.pos):
            seen.setdefault(t.words[0], set()).add(family(t.type))
    for w in lex.weapons:
        if " " not in w:
            seen.setdefault(w, set()).add("attack")
    return {w: next(iter(fams)) for w, fams in seen.items() if len(fams) == 1}


@dataclass
class Retelling:
    """What the gather rules read: the report's records, and the event nouns with their families."""

    doc: Doc
    events: list[Event]
    families: dict[str, str]
    determiners: frozenset[str]  # "the", "this": a noun that refers back
    commentary_verbs: frozenset[str]  # "the attack shows ...": a comment, not a retelling
    naming_verbs: frozenset[str]  # "called the attack a massacre": a judgement of it, not a retelling
    casualty_words: frozenset[str]  # "killed", "wounded", "dead": a toll told
    paragraphs: list[int]  # the paragraph of each sentence
    account_pronouns: dict[str, str] = field(default_factory=dict)  # "he": "one"; words that carry a report on
    keepers: frozenset[str] = frozenset()  # "sgt.", "police", "sheriff": who keeps a case's record
    people: frozenset[str] = frozenset()  # "man", "suspect": nouns a pronoun can stand for
    apart_openers: tuple[str, ...] = ()  # "separately", "in a separate incident": a sentence of another event


def gather_restatements(doc: Doc, events: list[Event], r: Retelling) -> None:
    """Add to each record the speakers of the sentences that tell it again (``GATHER_RULES``), or that tell the
    story on with a record of their own and name their source at its end (``_told_at_its_end``), unless all they
    say comments on it (``_a_comment``)."""
    if not events:
        return
    article = events[0].articles[0]
    told = {e.start for ev in events for e in ev.evidence}
    by_sent: dict[int, list[ClaimMention]] = {}
    for c in doc._.claims or []:
        by_sent.setdefault(c.sent, []).append(c)
    for k, claims in sorted(by_sent.items()):
        span = sentence_span(doc, k, article)
        if _a_comment(r, claims):
            continue
        ev = _told_at_its_end(r, k, claims) if span.start in told else \
            next((found for rule in GATHER_RULES if (found := rule(r, k, claims)) is not None), None)
        if ev is None:
            continue
        for c in claims:
            if c.stance == "asserts" and all(x.claimant.name != c.claimant for x in ev.claims):
                ev.claims.append(claim_of(c, span))


QUOTE_MARKS = ('"', "“", "‘", "'")


def told_in_one_voice(doc: Doc, events: list[Event]) -> None:
    """"Police arrested two men ... Police say they found a stolen van. ... They say one man had a warrant.":
    a report whose every attribution names one speaker, who tells facts in more than one sentence of reported
    speech, is that speaker's account; a record that names no source of its own is told by that voice, quoting
    the first sentence that names it. A second speaker anywhere ("..., a neighbour said") leaves the sources as
    the sentences give them; so do quotations, which give a speaker's words, not the story ("\"We pray for
    them,\" the priest said."), and a report a government body issues, whose own words are no claim of another's."""
    said = [c for c in doc._.claims or [] if c.stance == "asserts" and c.claimant]
    told = [c for c in said if not sentences(doc)[c.sent].text.lstrip().startswith(QUOTE_MARKS)]
    if len({c.sent for c in told}) < 2 or not events or doc._.info.issuer_country \
            or len({_voice(c.claimant) for c in said}) != 1:
        return
    if any(x.claimant.name and _voice(x.claimant.name) != _voice(said[0].claimant)
           for ev in events for x in ev.claims):
        return
    first = told[0]
    claim = claim_of(first, sentence_span(doc, first.sent, events[0].articles[0]))
    for ev in events:
        if not ev.claims:
            ev.claims.append(claim)


def _voice(name: str) -> str:
    """The head of a speaker's name: "London Police" and "police" are one voice."""
    words = name.lower().replace("’", "'").removesuffix("'s").split()
    return words[-1] if words else ""


def casualty_words(lex: Lexicon) -> frozenset[str]:
    """The one-word lemmas that tell the dead, hurt or missing ("die", "wound", "dead"), from the count roles."""
    return frozenset(w for w, role in lex.quantity_roles.items() if " " not in w and role in CASUALTY_ROLES)


def _first_told(ev: Event) -> int:
    return min(e.start for e in ev.evidence)


def _refers_back(r: Retelling, tok: Token, claims: list[ClaimMention]) -> str | None:
    """"the blast", "this attack": the family of an event noun that refers back, in the words a speaker
    says (not in the speaker's name, not what a verb of naming judges: "called the attack a massacre", not
    the subject of a comment: "the attack shows")."""
    fam = r.families.get(tok.lemma_.lower())
    if fam is None or tok.pos_ != "NOUN":
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ in r.determiners for c in tok.children):
        return None
    if _in_a_name(tok, claims) or not any(_said_by(tok, r.doc, c) for c in claims):
        return None
    if tok.head.lemma_.lower() in r.naming_verbs and any(tok.head.i == c.verb for c in claims):
        return None
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in r.commentary_verbs:
        return None
    return fam


def _the_event_named_again(r: Retelling, k: int, claims: list[ClaimMention]) -> Event | None:
    """"The governor said the blast was set off from a parked van": a noun that refers back to an event of
    its family names the latest record of that family told before; when the sentence names the place of
    such records, one of them ("the blast in Lakeby"), and when it names only other places, none."""
    doc = r.doc
    sent = sentences(doc)[k]
    fams = {f for t in sent if (f := _refers_back(r, t, claims)) is not None}
    if len(fams) != 1:
        return None
    fam = fams.pop()
    start = sent.start_char
    before = [ev for ev in r.events if family(ev.type) == fam and _first_told(ev) < start]
    named = _places_said(doc, k, claims)
    there = [ev for ev in before if _at(ev, named)]
    if named and not there:
        return None
    return max(there or before, key=_first_told, default=None)


def _places_said(doc: Doc, k: int, claims: list[ClaimMention]) -> set[str]:
    """The places below country level a sentence's speakers speak of (not those in their names: "the Lakeby
    police said")."""
    return {p.place.name for p in doc._.places or [] if p.sent == k and not p.metonymic
            and p.place.precision != "country" and not any(s <= p.tok_start < e for c in claims for s, e in [c.subject_tokens])}


def _its_toll_told_on(r: Retelling, k: int, claims: list[ClaimMention]) -> Event | None:
    """"A car bomb hit a bus in the market. A spokesman said civilians may also have been hurt.": a speaker
    who tells of the dead or hurt, with no figure, in the sentence right after an attack, in its paragraph,
    speaks of that attack (when the sentence before told only one). A figure is a count of its own, which
    ``fold.attach_orphan_quantities`` gives its event with its speaker."""
    doc = r.doc
    if k == 0 or r.paragraphs[k] != r.paragraphs[k - 1] or any(q.sent == k for q in doc._.quantities or []):
        return None
    if not any(t.lemma_.lower() in r.casualty_words and not _in_a_name(t, claims) for t in sentences(doc)[k]):
        return None
    before = sentence_span(doc, k - 1, r.events[0].articles[0]).start
    told = [ev for ev in r.events if family(ev.type) == "attack" and any(e.start == before for e in ev.evidence)]
    named = _places_said(doc, k, claims)
    return told[0] if len(told) == 1 and (not named or _at(told[0], named)) else None


def _at(ev: Event, named: set[str]) -> bool:
    return ev.location is not None and ev.location.name in named


def _said_by(tok: Token, doc: Doc, c: ClaimMention) -> bool:
    """Is ``tok`` in the words claim ``c`` gives? "according to X, ..." and a quotation carried on give the
    whole sentence; a reporting verb its own clause ("police said the raid ..."), or the sentence it ends
    ("The raid ..., police said"); not "The blast came a day after the army said attacks had fallen": a
    saying in a clause of time gives only its own words."""
    if c.subject_tokens == (0, 0) or c.verb_text.lower() == "according":
        return True
    verb = doc[c.verb]
    if verb.is_ancestor(tok):
        return True
    return verb.head == verb.sent.root and tok.i < verb.i and not any(ch.dep_ == "mark" for ch in verb.children)


def _in_a_name(tok: Token, claims: list[ClaimMention]) -> bool:
    """Is ``tok`` in the words that name a speaker?"""
    return any(s <= tok.i < e for c in claims for s, e in [c.subject_tokens])


TIME_NAMES = ("DATE", "TIME")  # entity labels of names that tell when ("Saturday", "March"), not who or what
ACCOUNT_REACH = 2  # sentences: a speaker further on than this from the record's sentence tells something else


def _the_account_goes_on(r: Retelling, k: int, claims: list[ClaimMention]) -> Event | None:
    """"A woman was stabbed on Elm Street on Sunday. The victim was taken to hospital, the sheriff said.": a
    sentence that tells no event of its own, one or two sentences after a record's sentence (in its paragraph or
    the next, with no other record's sentence between), whose speaker's words point back at it (a pronoun, or a
    name or "the" noun of that sentence: "the victim", "Ruiz") goes on with its account; its speaker is a claimant
    of the record that sentence tells, when it tells just one and no one is yet its source (not a statement: its
    claimant is who makes it)."""
    doc, article = r.doc, r.events[0].articles[0]
    if not all(_keeps_the_record(r, c) for c in claims if c.stance == "asserts"):
        return None
    for j in range(k - 1, max(k - 1 - ACCOUNT_REACH, -1), -1):
        start = sentence_span(doc, j, article).start
        told = [ev for ev in r.events if any(e.start == start for e in ev.evidence)]
        if not told:
            continue
        if len(told) != 1 or told[0].claims or family(told[0].type) == "statement" \
                or r.paragraphs[k] - r.paragraphs[j] > 1:
            return None
        return told[0] if _points_back(r, sentences(doc)[j], k, claims) else None
    return None


def _told_at_its_end(r: Retelling, k: int, claims: list[ClaimMention]) -> Event | None:
    """"Deputies found a man shot in his yard on Sunday. His stepson was arrested at the scene, the sheriff's office
    said.": a source named once, after a comma at the end of a sentence that tells a record of its own, is the
    source of the story told before it in the reporter's voice too, as ``_the_account_goes_on`` reads it (a keeper of
    the record whose words point back: "his"), unless the sentence opens on another event ("Separately, ...")."""
    if opens_apart(r.doc, k, r.apart_openers) or not all(_named_at_the_end(r.doc, c) for c in claims):
        return None
    return _the_account_goes_on(r, k, claims)


ARTICLES = ("the", "a", "an")


def _named_at_the_end(doc: Doc, c: ClaimMention) -> bool:
    """"..., the sheriff's office said.", "..., according to a police report.": the claim's words come after a
    comma, behind what they tell ("Police said the man ..." names its source first)."""
    if c.subject_tokens == (0, 0):
        return False
    j = min(c.verb, c.subject_tokens[0]) - 1
    while j > 0 and doc[j].lower_ in ARTICLES:
        j -= 1
    return j > 0 and doc[j].text == ","


def opens_apart(doc: Doc, k: int, openers: tuple[str, ...]) -> bool:
    """"Separately, troops killed three rebels near the border", "In a separate incident, a man was arrested":
    does sentence ``k`` open with words that say it tells another event than the one before it?"""
    words = " ".join(islice((t.lower_ for t in sentences(doc)[k] if not t.is_space and not t.is_punct), 4)).split()
    return any(words[:len(o.split())] == o.split() for o in openers)


def _a_comment(r: Retelling, claims: list[ClaimMention]) -> bool:
    """"The shelling shows the rebels do not want peace, the minister said": words whose every clause comments on
    what happened ("shows", "proves") give no more of its account."""
    said = [t for c in claims if c.subject_tokens != (0, 0) for t in _said_clauses(r.doc[c.verb])]
    return bool(said) and all(t.lemma_.lower() in r.commentary_verbs for t in said)


def _keeps_the_record(r: Retelling, c: ClaimMention) -> bool:
    """Is the speaker one who keeps the case's record ("Sgt. Ana Ruiz", "the police", "a ministry spokesman", "jail
    records"), named in the sentence: a rank, an institution or an organisation's name ("Ana Ruiz, a neighbour"
    reacts)?"""
    words = r.doc[c.subject_tokens[0]:c.subject_tokens[1]]
    return any(t.lemma_.lower() in r.keepers or t.lower_ in r.keepers or t.ent_type_ == "ORG" for t in words)


def _points_back(r: Retelling, earlier: Span, k: int, claims: list[ClaimMention]) -> bool:
    """Do the words the speakers of sentence ``k`` give point back at sentence ``earlier``: a pronoun ("he") when
    it names someone ("a man", "Ruiz"; "the roads were shut" does not), a name it gives ("Ruiz"; not a day's name:
    "Saturday, the spokesman said" dates the speaker's own sentence), a noun it gives with "the" before it
    ("the man"), or, when it names someone, a person by his part in it ("a man was shot ... the victim")?"""
    names = {t.text for t in earlier if t.pos_ == "PROPN" and t.ent_type_ not in TIME_NAMES}  # not "Saturday"
    nouns = {t.lemma_.lower() for t in earlier if t.pos_ == "NOUN"}
    someone = bool(nouns & r.people) or any(e.label_ == "PERSON" for e in entities_in(earlier))  # "he" stands for
    for t in sentences(r.doc)[k]:
        speakers = [c for c in claims if _said_by(t, r.doc, c)]
        if _in_a_name(t, claims) or not speakers:
            continue
        definite = t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        number = r.account_pronouns.get(t.lower_)
        if (number is not None and someone and not all(_may_be_the_speaker(r.doc, c, t, number) for c in speakers)) \
                or (t.pos_ == "PROPN" and t.text in names) \
                or (definite and (t.lemma_.lower() in nouns or (someone and t.lemma_.lower() in r.people))):
            return True
    return False


def _may_be_the_speaker(doc: Doc, c: ClaimMention, pronoun: Token, number: str) -> bool:
    """Can ``pronoun`` stand for claim ``c``'s speaker: only when it comes after the speaker's name ("the chief said
    he was proud": the chief; "He had fled, Sgt. Ana Ruiz said": someone told before), with its number."""
    return c.subject_tokens != (0, 0) and pronoun.i >= c.subject_tokens[1] and _of_the_number(doc, c, number)


def _of_the_number(doc: Doc, c: ClaimMention, number: str) -> bool:
    """Can a pronoun of ``number`` ("one", "many"; "pair": "both", never the speaker) stand for claim ``c``'s
    speaker: "many" for a plural name ("officials"), "one" for a person ("Sgt. Ana Ruiz") or one title ("the police
    chief")?"""
    head = doc[c.subject_tokens[1] - 1] if c.subject_tokens[1] > 0 else None
    if number == "one":
        return c.claimant_kind == "person" or (head is not None and head.tag_ == "NN" and head.ent_type_ != "ORG")
    return number == "many" and head is not None and head.tag_ in ("NNS", "NNPS")


SIDE_KINDS = ("military", "armed_group")  # the kinds of speaker that fight: an army, a militia


def _the_other_side_counts(r: Retelling, k: int, claims: list[ClaimMention]) -> Event | None:
    """"Troops fought rebels near Lakeby, the army said. The rebels said they destroyed five tanks.": a side in a
    fight (an army, an armed group) that gives its own figure or toll in the sentence right after one that tells
    a single attack, in its paragraph, whose source is someone else, tells that fight as it saw it: it is one more
    claimant of that attack (not when it names another place than the attack's)."""
    doc = r.doc
    asserting = [c for c in claims if c.stance == "asserts"]
    if k == 0 or not asserting or r.paragraphs[k] != r.paragraphs[k - 1]:
        return None
    if not all(c.claimant_kind in SIDE_KINDS for c in asserting) or not _a_toll_or_figure(r, k, asserting):
        return None
    before = sentence_span(doc, k - 1, r.events[0].articles[0]).start
    told = [ev for ev in r.events if any(e.start == before for e in ev.evidence)]
    if len(told) != 1 or family(told[0].type) != "attack" or not told[0].claims:
        return None
    named = _places_said(doc, k, claims)
    return told[0] if not named or _at(told[0], named) else None


def _a_toll_or_figure(r: Retelling, k: int, claims: list[ClaimMention]) -> bool:
    """Do the speakers' own words give a count ("destroyed five tanks") or tell of dead or hurt ("lost men
    killed")?"""
    doc = r.doc
    figures = [doc[q.tok_start] for q in doc._.quantities or [] if q.sent == k]
    words = [t for t in sentences(doc)[k] if t.lemma_.lower() in r.casualty_words] + figures
    return any(not _in_a_name(t, claims) and any(_said_by(t, doc, c) for c in claims) for t in words)


GATHER_RULES: tuple[Callable[[Retelling, int, list[ClaimMention]], Event | None], ...] = (
    _the_event_named_again, _its_toll_told_on, _the_other_side_counts, _the_account_goes_on,
)


def drop_reactions(doc: Doc, events: list[Event], reaction_words: frozenset[str],
                   purpose_words: frozenset[str] = frozenset(), unknowing_words: frozenset[str] = frozenset()) -> None:
    """"'I convey my deepest condolences to the families of the victims of the attack,' the minister said": a
    speaker whose own words react to an event (condolences, a condemnation) in a sentence that gives none of the
    record's counts tells none of its facts, and is no claimant of it; a statement's own speaker stays, and so
    does one the narrator's reaction merely frames ("The ministry condemned the attack, which the rebels
    claimed"). A reading of what the event was for ("the bishop said the killing was designed to wreck the
    peace") is such a reaction too (``_a_purpose``), and so are words that say what is not known ("police said it
    was too early to say who set the fire": ``_an_open_question``), unless they are where the record is first told
    ("officials said it was unclear who bombed the bus": the bombing is theirs to tell)."""
    reacting = _reactions(doc, reaction_words, purpose_words)
    asked = _open_questions(doc, unknowing_words)
    if not reacting and not asked:
        return
    for ev in events:
        if family(ev.type) == "statement":
            continue
        counted = {c.start for c in ev.claims if any(q.text and q.text in c.text for q in ev.quantities)}
        first = min(e.start for e in ev.evidence)
        keep = [k for k, c in enumerate(ev.claims) if c.start in counted or (
            (c.start, c.claimant.name) not in reacting and ((c.start, c.claimant.name) not in asked or c.start == first))]
        if len(keep) < len(ev.claims):
            index = {old: new for new, old in enumerate(keep)}
            ev.claims = [ev.claims[k] for k in keep]
            for q in ev.quantities:
                q.claim = index.get(q.claim) if q.claim is not None else None


def _reactions(doc: Doc, reaction_words: frozenset[str],
               purpose_words: frozenset[str] = frozenset()) -> set[tuple[int, str]]:
    """The (sentence start, speaker) of each claim whose own words hold a word of reaction or of purpose."""
    out: set[tuple[int, str]] = set()
    for c in doc._.claims or []:
        sent = sentences(doc)[c.sent]
        if any(((t.lemma_.lower() in reaction_words or t.lower_ in reaction_words) or _a_purpose(t, purpose_words))
               and not _in_a_name(t, [c]) and _said_by(t, doc, c) for t in sent):
            out.add((sentence_span(doc, c.sent, "").start, c.claimant))
    return out


QUESTION_MARKS = ("whether", "if")  # what opens a clause that asks, beside the wh-words: "unclear whether ..."
QUESTION_TAGS = ("WP", "WRB", "WDT", "WP$")  # "who", "how", "which", "whose"
UNKNOWING_LINKS = ("acomp", "xcomp", "attr", "oprd")  # "was unclear", "too early to say", "was a mystery"


def _open_questions(doc: Doc, unknowing: frozenset[str]) -> set[tuple[int, str]]:
    """The (sentence start, speaker) of each speaker whose every claim in a sentence is an open question."""
    asked: dict[tuple[int, str], bool] = {}
    for c in doc._.claims or []:
        key = (sentence_span(doc, c.sent, "").start, c.claimant)
        asked[key] = asked.get(key, True) and _an_open_question(doc, c, unknowing)
    return {key for key, only in asked.items() if only}


def _an_open_question(doc: Doc, c: ClaimMention, unknowing: frozenset[str]) -> bool:
    """"Police said it was too early to say who set the fire", "officials said they did not know whether anyone was
    hurt", "It was unclear who fired, the mayor said": a speaker whose words all say what is not known (a word of
    not knowing, or a denied knowing, over a clause that asks) tells none of an event's facts; "police said two
    died and it was unclear who fired" tells the deaths."""
    if c.subject_tokens == (0, 0) or c.verb_text.lower() == "according":
        return False
    said = _said_clauses(doc[c.verb])
    return bool(said) and all(_asks_what_is_not_known(s, unknowing) for s in said)


def _said_clauses(verb: Token) -> list[Token]:
    """The clauses a reporting verb gives: its complement ("said it was unclear ..."), or the sentence it ends
    ("It was unclear ..., police said"), each with the clauses joined to it by "and" or "but"."""
    heads = [ch for ch in verb.children if ch.dep_ == "ccomp"]
    if not heads and verb.head is not verb and verb.head.i < verb.i and verb.dep_ in ("ccomp", "parataxis"):
        heads = [verb.head]
    return [t for h in heads for t in (h, *h.conjuncts) if t is not verb]


def _asks_what_is_not_known(clause: Token, unknowing: frozenset[str]) -> bool:
    """Does the clause say that something is not known: a word of ``unknowing`` or a negation, on the clause or
    on what it predicates ("was unclear", "too early to say", "did not know"), over a clause that asks ("who
    ...", "whether ...", "how many ...")?"""
    chain = [clause]
    for _ in range(2):
        chain += [ch for t in chain for ch in t.children if ch.dep_ in UNKNOWING_LINKS and ch not in chain]
    unknown = any(t.lemma_.lower() in unknowing or t.lower_ in unknowing for t in chain) \
        or any(ch.dep_ == "neg" for t in chain for ch in t.children)
    return unknown and any(ch.dep_ in ("ccomp", "csubj") and _asks(ch) for t in chain for ch in t.children)


def _asks(clause: Token) -> bool:
    """Does the clause ask: opened by a wh-word ("who fired", "how many died") or by "whether" or "if"?"""
    return clause.left_edge.tag_ in QUESTION_TAGS \
        or any(ch.dep_ == "mark" and ch.lower_ in QUESTION_MARKS for ch in clause.children)


def _a_purpose(tok: Token, purpose_words: frozenset[str]) -> bool:
    """"the raid was designed to sow fear", "called it an attempt to wreck the talks": a word of aim, a noun or a
    participle that is no perfect ("he had attempted to flee" tells an act), said of the event (what a clause
    predicates: not "an attempt to storm the jail failed", not "troops shelled the ridge in an attempt to cut the
    road", which tell the act with its aim), with the aim told by an infinitive after it."""
    if (tok.lemma_.lower() not in purpose_words and tok.lower_ not in purpose_words) or not _predicated(tok):
        return False
    if not (tok.pos_ == "NOUN" or (tok.tag_ == "VBN" and not any(ch.lemma_ == "have" for ch in tok.children))):
        return False
    return any(ch.dep_ in ("xcomp", "acl", "advcl") and ch.pos_ in ("VERB", "AUX")
               and any(a.tag_ == "TO" for a in ch.children) for ch in tok.children)


PREDICATE_DEPS = ("ROOT", "ccomp", "conj", "attr", "oprd", "acomp")  # "was designed", "was an attempt", "called it one"


def _predicated(tok: Token) -> bool:
    """Is ``tok`` what a clause says of its subject or object ("the raid was designed to", "described it as an
    attempt to"), not a subject or an adverbial ("in a bid to")?"""
    return tok.dep_ in PREDICATE_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ == "as")

"""Who did it to whom: the initiator, target, participants and mediators of an event.

``choose_actors`` reads one clause (a ``Group`` of triggers) in this order:

1. ``read_clause``: the sides its sentence names (``_sides_in_sentence``) and the tokens of its
   subject and of its object, each gathered by a list of named steps (``SUBJECT_STEPS``,
   ``OBJECT_STEPS``; every step adds tokens);
2. the initiators: ``INITIATOR_RULES`` in order, the first that finds any wins;
3. the targets: ``TARGET_RULES`` in order, the first that finds any wins;
4. an interception turns the two round (``_turn_interception``);
5. a two-sided event (talks, a swap) has ``_participants`` and ``_mediators`` instead; any other
   has its initiators and targets, then ``COMPLETION_RULES`` in order, each adding a side still
   missing.

Every rule's docstring gives a made-up phrase it is for.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from spacy.tokens import Doc, Token

from sitrep.geo.gazetteer import Place
from sitrep.lexicon.words import ActorWords
from sitrep.nlp.events.clauses import Group, answered_act
from sitrep.nlp.headline import headline_infinitive
from sitrep.nlp.mentions import ActorMention, DocInfo, PlaceMention, ReportPlaces, indices_tagged
from sitrep.records import Actor, Claim, Claimant, family

SUBJECT_DEPS = ("nsubj", "agent", "csubj")  # "by" (agent) of a passive: who acted
OBJECT_DEPS = ("dobj", "dative", "attr", "nsubjpass")  # the subject of a passive: who was acted upon
PRONOUN_SUBJECT_DEPS = ("nsubj", "nsubjpass")
PERSONAL_PRONOUN = "PRP"  # "it", "they", "he"; not "which", "that", "who" (WDT, WP)
STATELESS_KINDS = ("armed_group", "international")  # a side even with no country of its own
PARTY_KINDS = ("state", "government", "person")  # who takes part in talks when no side is parsed
SPEAKING_FAMILIES = ("diplomacy", "statement")
FIGHTING_FAMILIES = ("attack", "territory")
NOMINAL_DEPS = ("pobj", "dobj", "nsubj", "nsubjpass")  # where only a noun can stand


@dataclass
class Clause:
    """What the rules read: one clause, and the sides and subject and object tokens found in it."""

    doc: Doc
    g: Group
    location: Place | None
    claims: list[Claim]
    words: ActorWords
    mentions: list[ActorMention] = field(default_factory=list)
    subj_tokens: set[int] = field(default_factory=set)
    obj_tokens: set[int] = field(default_factory=set)
    etype: str = ""  # the record's type, once the weapon and the victims have typed it ("attack.explosive")
    noun_heads: list[Token] | None = None  # the event nouns, once read (``_noun_heads``)
    reacted_to: bool | None = None  # read once (``_reacted_to``)

    @property
    def family(self) -> str:
        return family(self.g.type)

    @property
    def two_sided(self) -> bool:
        """Talks, a call, a swap: by the record's type ("Peru rejected Chile's proposal for talks" is a proposal,
        one side's act, though its words name talks)."""
        return (self.etype or self.g.type) in self.words.two_sided_types

    @property
    def interception(self) -> bool:
        return any(t.interception for t in self.g.triggers)

    @property
    def speaker(self) -> Claimant | None:
        return self.claims[0].claimant if self.claims else None

    @property
    def places(self) -> list[PlaceMention]:
        return self.doc._.places or []

    @property
    def info(self) -> DocInfo:
        info: DocInfo = self.doc._.info
        return info


def choose_actors(doc: Doc, g: Group, location: Place | None, claims: list[Claim],
                  words: ActorWords, etype: str | None = None) -> list[Actor]:
    """The sides of the event ``g`` tells, at ``location``, said by ``claims`` (``words``: the
    lexicon's actor words; ``etype``: the record's type, if typed further than the clause's words)."""
    c = read_clause(doc, g, location, claims, words, etype or g.type)
    inits = next((found for rule in INITIATOR_RULES if (found := rule(c))), [])
    targets = next((found for rule in TARGET_RULES if (found := rule(c, inits))), [])
    first: list[Actor] = []
    if c.interception:
        inits, targets, first = _turn_interception(c, inits, targets)
    left = _the_country_left(c)
    if left is not None:
        inits, targets = _turn_expulsion(c, left, inits, targets)
    elif (host := _country_sent_from(c, c.words.recalling_verbs)) is not None:
        inits, targets = _turn_recall(c, host, inits, targets)
    elif c.g.type == "diplomacy.sanctions":
        inits, targets = _turn_envoys_sent_away(c, inits, targets)
    elif c.family == "protest":
        inits, targets = _turn_force_on_a_protest(c, inits, targets)
    if c.two_sided:
        return _two_sided(c, inits, targets, first)
    actors = first + [_actor("initiator", a) for a in inits] + [_actor("target", a) for a in targets]
    for rule in COMPLETION_RULES:
        actors += rule(c, actors)
    _armed_groups_take_the_country_they_fight_in(c, actors)
    return _dedupe(actors)


# -- 1. the clause: its sides, its subject's and object's tokens ------------------------------

def read_clause(doc: Doc, g: Group, location: Place | None, claims: list[Claim], words: ActorWords,
                etype: str = "") -> Clause:
    """The clause's sides and the tokens of its subject and object; the person a possessive pronoun
    of an event noun stands for ("her talks") is one more side, in the subject."""
    c = Clause(doc, g, location, claims, words, _sides_in_sentence(doc, g, words), etype=etype)
    c.mentions = [a for a in c.mentions if not _a_persons_nationality(c, a)]
    for step in SUBJECT_STEPS:
        c.subj_tokens |= step(c)
    for step in OBJECT_STEPS:
        c.obj_tokens |= step(c)
    c.subj_tokens -= _what_the_noun_is_done_to(c) | _who_is_said_to_be_behind(c) | _who_backs_the_doers(c)
    owner = _the_nouns_owner(c) if not c.two_sided else set()  # in talks, the owner and the subject both take part
    if owner:
        c.subj_tokens, c.obj_tokens = owner, c.obj_tokens - owner
    for person in _possessors(c):
        if person not in c.mentions:
            c.mentions.append(person)
        c.subj_tokens.add(person.tok_start)
    return c


def _sides_in_sentence(doc: Doc, g: Group, words: ActorWords) -> list[ActorMention]:
    """The actors of the clause's sentence that can be sides: with a country, or an armed group or a
    body such as the UN; not the speaker of another verb ("the navy said the freighter was hit": the
    navy speaks, it is no side), unless the event is the statement itself."""
    heads = {t.head for t in g.triggers}
    speaking = [c.subject_tokens for c in doc._.claims or [] if c.sent == g.sent and c.verb not in heads]
    return [a for a in doc._.actors or [] if a.sent == g.sent
            and (not any(s < a.tok_end and a.tok_start < e for s, e in speaking) or g.type.startswith("statement"))
            and (a.country or a.kind in STATELESS_KINDS) and not _maker_of_equipment(doc, a, words)]


NATIONALITY_DEPS = ("amod", "compound")  # "French" of "a French aid worker"


def _a_persons_nationality(c: Clause, a: ActorMention) -> bool:
    """"A Ruritanian aid worker was kidnapped in Velden", "Ruritanian shot dead in Velden" (a headline's demonym
    standing for the person): in an attack on civilians, a demonym before a plain noun
    (no force or institution, which have kinds of their own: "a Ruritanian soldier") tells where the victim is
    from; that country is no side. (An arrest of one state's citizen by another keeps the citizen's state as its
    target: "Iran detained a Ruritanian national".)"""
    if c.family != "attack" or a.kind != "state" or a.tok_end - a.tok_start != 1:
        return False
    tok = c.doc[a.tok_start]
    demonym = tok.ent_type_ == "NORP" or tok.pos_ == "ADJ"
    # "Ruritanian shot dead by troops": a headline's demonym standing for a person, hung on the verb
    standing_alone = tok.dep_ == "amod" and tok.head.pos_ == "VERB" and tok.i < tok.head.i
    before_a_noun = tok.dep_ in NATIONALITY_DEPS and tok.head.pos_ == "NOUN"
    if not demonym or not (standing_alone or before_a_noun):
        return False
    return c.etype == "attack.civilians" or (not standing_alone and _a_foreigner_hit_abroad(c, a, tok.head))


def _a_foreigner_hit_abroad(c: Clause, a: ActorMention, noun: Token) -> bool:
    """"A Ruritanian aid worker was killed in a Sylvanian strike on Velden": in any other attack, a demonym before
    a civilian (``civilian_nouns``) hit in another country than his own is where he is from, no side (Velden's
    country is the one hit); one hit at home stays his country's side."""
    scene = c.location.country if c.location else None
    return noun.lemma_.lower() in c.words.civilian_nouns and scene is not None and scene != a.country


def _maker_of_equipment(doc: Doc, a: ActorMention, words: ActorWords) -> bool:
    """"gunmen in U.S.-made trucks": a country that made the equipment is no side of the event; nor one that
    backs those who act ("Ruritanian-backed militias shelled the town"); not those the participle after them
    describes ("fighters backed by Ruritania shelled the town": the fighters did)."""
    after = [t for t in doc[a.tok_end:a.tok_end + 2] if t.text not in ("-", "–")]
    if not after or a.tok_start <= after[0].head.i < a.tok_end:
        return False  # "fighters backed by Ruritania": the participle tells of the mention, who is backed
    return after[0].lower_ in words.origin_words or after[0].lower_ in words.backer_words


def _who_backs_the_doers(c: Clause) -> set[int]:
    """"fighters backed by Ruritania attacked the post": the "by" phrase of a participle of backing
    (``backer_words``) in the subject names who backs the doers, not who did it."""
    subjects = [ch for ch in c.g.gov.children if ch.dep_ in SUBJECT_DEPS]
    backing = [p for s in subjects for p in s.subtree if p.dep_ == "acl" and p.lower_ in c.words.backer_words]
    return {t.i for p in backing for ch in p.children if ch.dep_ == "agent" for t in ch.subtree}


def _reacted_to(c: Clause) -> bool:
    """``_read_as_reacted_to``, read once a clause: six rules ask it."""
    if c.reacted_to is None:
        c.reacted_to = _read_as_reacted_to(c)
    return c.reacted_to


def _read_as_reacted_to(c: Clause) -> bool:
    """"The ministry condemned the bombing" (and "the bombing of the market, which killed two"): an event noun that
    another's verb of reaction governs, or that a
    word of blame is for ("held Peru responsible for the bombing"), or the occasion of another act ("arrested
    20 during the march"); that verb's subject and object are no sides of it."""
    heads = [c.doc[t.head] for t in c.g.triggers]
    if all(_the_occasion_of_another_act(c, h) for h in heads):
        return True
    # "condemned the attack on the camp, which killed two": a relative clause inside the noun's phrase tells of it
    nouns = [h for h in heads if nominal(h)]
    heads = [h for h in heads if not (h.dep_ == "relcl" and any(n.is_ancestor(h) for n in nouns))]
    return all(nominal(h) and h != c.g.gov for h in heads) and (
        c.g.gov.lemma_.lower() in c.words.reaction_verbs or all(_blamed_on_another(h, c.words) for h in heads)
        or all(_an_earlier_act(h, c.words) for h in heads))


def _the_occasion_of_another_act(c: Clause, noun: Token) -> bool:
    """"Police arrested 20 people during the march": an event noun in a phrase of time ("during", "amid",
    ``occasion_preps``) of a verb that tells an act of another family is the occasion of that act; the verb's
    subject and object are its sides, not the noun's (the police did not march). "Rebels killed five during an
    offensive" keeps them: the killing is of the offensive's family."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in c.words.occasion_preps or prep.head != c.g.gov:
        return False
    acts = {family(t.type) for t in c.doc._.triggers or [] if t.head == c.g.gov.i}
    return bool(acts) and c.family not in acts


def _another_act(c: Clause, noun: Token) -> bool:
    """"fired missiles in retaliation for a Freedonian raid", "Ruritania shelled the port after a Freedonian
    drone attack": beside the act a subject does, an act it answered or came after is another's, whose words
    name the other side ("two soldiers were killed after a Ruritanian strike" has no such subject: one act)."""
    acting = any(ch.dep_ == "nsubj" for ch in c.g.gov.children)
    return answered_act(noun, c.words.answer_nouns) or (acting and _an_earlier_act(noun, c.words))


def _an_earlier_act(noun: Token, words: ActorWords) -> bool:
    """"police arrested a man after a stabbing", "in retaliation for a raid": an act named as what the clause's
    verb came after or answered; that verb's subject and object are no sides of it."""
    return answered_act(noun, words.answer_nouns) or (noun.dep_ == "pobj" and noun.head.lower_ in words.sequence_preps)


BLAMED_FOR = frozenset({"for", "over"})  # "held Peru responsible for the blast", "pointed the finger at Peru over it"


def _blamed_on_another(noun: Token, words: ActorWords) -> bool:
    """"Chile held Peru responsible for the bombing", "put the blame for the blast on Peru": an act named after
    "for" (or "over") of a word of blame; neither the one who blames nor the one blamed is read from the verb over it."""
    prep = noun.head
    over = prep.head  # "responsible", or the verb whose object is "the blame"
    blaming = {over.lemma_.lower()} | {ch.lemma_.lower() for ch in over.children if ch.dep_ == "dobj"}
    return noun.dep_ == "pobj" and prep.lower_ in BLAMED_FOR and bool(blaming & words.blame_words)


def _owned_by_its_doer(c: Clause) -> bool:
    """"Romania rejected Moldova's proposal", "the army repelled the rebels' attack": an event noun with an
    owner named (not a pronoun) is the owner's act; the verb's subject did something else to it."""
    heads = _noun_heads(c)
    return bool(heads) and all(_named_owners(h) for h in heads)


def _named_owners(noun: Token) -> list[Token]:
    """The owners a noun names before it ("Chile's" of "Chile's proposal"), not a pronoun ("its attack")."""
    return [ch for ch in noun.children if ch.dep_ == "poss" and ch.pos_ != "PRON"]


def _subject_of_governing_verb(c: Clause) -> set[int]:
    """"the envoys are due to meet": the subject of the verb the event verb depends on."""
    if _reacted_to(c) or _subject_suffered(c) or _owned_by_its_doer(c):
        return set()
    subj = _subject_of(c.g.gov)
    return {t.i for t in subj.subtree} if subj is not None and subj.head != c.g.gov else set()


def _verb_subjects(c: Clause) -> set[int]:
    """"rebel units shelled the depot": the event verb's own subject (or agent: "shelled by rebel units"; the
    subject of a passive, "the depot was shelled", was acted upon: an object)."""
    if _reacted_to(c) or _subject_suffered(c) or _owned_by_its_doer(c) or _came_under(c):
        return set()
    return {t.i for ch in c.g.gov.children if ch.dep_ in SUBJECT_DEPS for t in ch.subtree} - _told_inside(c)


def _told_inside(c: Clause) -> set[int]:
    """"Ruritanian strikes killed 19 Freedonians, the agency said", parsed as strikes "killed 19 Freedonians"
    that the agency's words are about; "strikes targeting the port": the object of a participle or relative
    clause on the event's own word was acted upon, not acting, though it sits in the subject."""
    out: set[int] = set()
    for trig in c.g.triggers:
        head = c.doc[trig.head]
        clauses = [head] if head.dep_ in ("acl", "relcl") else []
        clauses += [ch for ch in head.children if ch.dep_ in ("acl", "relcl")]
        out.update(t.i for v in clauses if v != c.g.gov for ch in v.children if ch.dep_ in OBJECT_DEPS
                   for t in ch.subtree)
    return out


HEADLINE_LIST_DEPS = ("dep", "npadvmod", "nsubj", "appos", "advcl")  # the parse of a bare name there varies


def _headline_list_subject(c: Clause) -> set[int]:
    """"Ruritania, Freedonia agree to truce": a headline's list of two names with a comma for "and"; the parse
    hangs the first on the verb apart from the subject, but both are its subject. Not a date or time
    ("Friday, Ruritania signed")."""
    subj = _subject_of(c.g.gov)
    if subj is None or _reacted_to(c):
        return set()
    k = subj.left_edge.i
    if k < 2 or c.doc[k - 1].text != ",":
        return set()
    first = c.doc[k - 2]
    if first.pos_ != "PROPN" or first.ent_type_ in ("DATE", "TIME") or first.dep_ not in HEADLINE_LIST_DEPS \
            or first.head not in (subj.head, subj):
        return set()
    return {t.i for t in first.subtree if t.i < k - 1}


def _headline_infinitive_subject(c: Clause) -> set[int]:
    """"Bloc to impose sanctions on Ruritania", "Envoys to meet in Velden": the noun that opens a headline and
    the "to" and base form hang on is what is to act (``headline_infinitive``)."""
    gov = c.g.gov
    if not headline_infinitive(gov) or gov.dep_ != "acl":
        return set()
    return {t.i for t in gov.head.subtree if t.i < gov.i}


def _subject_suffered(c: Clause) -> bool:
    """"Chilean tourists were the victims of a bombing": an event noun that names what a sufferer suffered
    ("victims of", "the target of"); the subject of the verb over them was acted upon, it did not act."""
    for head in _noun_heads(c):
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in c.words.sufferer_nouns:
            return True
    return False


def _came_under(c: Clause) -> bool:
    """"the patrol came under fire", "the town was under attack": a verb whose "under" phrase names the act its
    subject suffered (not "troops attacked under cover of darkness": the phrase names no act)."""
    told = {i for t in c.g.triggers for i in range(t.tok_start, t.tok_end)}
    return any(ch.dep_ == "prep" and ch.lower_ in c.words.suffering_preps
               and ({ch.i} | {p.i for p in ch.children if p.dep_ == "pobj"}) & told for ch in c.g.gov.children)


def _source_of_the_fire(c: Clause) -> set[int]:
    """"the patrol came under fire from Freedonian positions": the "from" phrase of such a verb, or of the noun
    its "under" phrase names, is who did it."""
    if not _came_under(c):
        return set()
    gov = c.g.gov
    holders = [gov] + [p for ch in gov.children if ch.dep_ == "prep" and ch.lower_ in c.words.suffering_preps
                       for p in ch.children if p.dep_ == "pobj"]
    return {t.i for h in holders for ch in h.children if ch.dep_ == "prep" and ch.lower_ in c.words.source_preps
            for t in ch.subtree}


def _subject_who_suffered(c: Clause) -> set[int]:
    """"Chilean tourists were the victims of a bombing", "Chilean troops came under fire": the subject of a
    sufferer is the one acted upon."""
    if not (_subject_suffered(c) or _came_under(c)):
        return set()
    return {t.i for ch in c.g.gov.children if ch.dep_ in ("nsubj", "nsubjpass") for t in ch.subtree}


def _agent_of_governing_verb(c: Clause) -> set[int]:
    """"residents were ordered to leave by the militia": the "by" phrase of the event verb, of the verb it
    depends on, or of the verb that depends on it, wherever the parser hangs it."""
    gov = c.g.gov
    if _reacted_to(c):
        return set()
    verbs = [gov] + [ch for ch in gov.children if ch.dep_ == "xcomp"] + ([gov.head] if gov.dep_ == "xcomp" else [])
    return {t.i for v in verbs for ch in v.children if ch.dep_ == "agent" for t in ch.subtree}


def _doer_split_from_the_act(c: Clause) -> set[int]:
    """"wounded by Sylvanian shelling", parsed as "by" with two children, the demonym and the act: the words
    the parser hung beside the act, before it, are the act's own modifiers, who did it."""
    gov = c.g.gov
    if gov.dep_ != "pcomp" or gov.head.dep_ != "agent":
        return set()
    return {t.i for ch in gov.head.children if ch.dep_ == "pobj" and ch.i < gov.i for t in ch.subtree}


def _first_of_between(c: Clause) -> set[int]:
    """"clashes between the army and the militia": in a fight between two sides, the first named is one
    side (the initiator) and the others are acted upon."""
    if c.family not in FIGHTING_FAMILIES:
        return set()
    firsts = [p for head in _noun_heads(c) for ch in head.children if ch.dep_ == "prep" and ch.lower_ == "between"
              for p in ch.children if p.dep_ == "pobj"]
    return {t.i for p in firsts for t in p.subtree if not any(a.dep_ == "conj" for a in _up_to(t, p))}


FRAMING_PREPS = ("in", "during")  # "in a call with ...", "during talks with ...": a talk that frames the clause


def _holder_of_a_framing_talk(c: Clause) -> set[int]:
    """"In a call with his Peruvian counterpart, the Chilean president discussed trade": a talk told in a phrase
    that frames the clause is held by the subject of the verb it frames, one side of it."""
    if not c.two_sided:
        return set()
    verbs = [h.head.head for h in _noun_heads(c) if h.dep_ == "pobj" and h.head.lower_ in FRAMING_PREPS
             and h.head.head.pos_ in ("VERB", "AUX")]
    return {t.i for v in verbs for ch in v.children if ch.dep_ == "nsubj" for t in ch.subtree}


def _up_to(t: Token, top: Token) -> list[Token]:
    """The tokens from ``t`` up to (not including) ``top``."""
    out = []
    while t != top and t.head != t:
        out.append(t)
        t = t.head
    return out


def _noun_modifiers(c: Clause) -> set[int]:
    """"the Chilean airstrike": the words before an event noun."""
    return {t.i for head in _noun_heads(c) for left in head.lefts for t in left.subtree}


def _noun_agents(c: Clause) -> set[int]:
    """"the shelling by militia units", "an attack carried out by militia units", "a march held by the union":
    the "by" phrase of an event noun, or of the participle that describes it."""
    found = set()
    for head in _noun_heads(c):
        for ch in head.children:
            if ch.dep_ == "prep" and ch.lower_ == "by":
                found |= {t.i for t in ch.subtree}
            elif ch.dep_ == "acl":
                found |= {t.i for a in ch.children if a.dep_ == "agent" for t in a.subtree}
    return found


def _what_a_giver_gives(c: Clause) -> set[int]:
    """"would send 20 tonnes of grain to the flooded north": in a one-sided act of diplomacy the
    receiving side comes after the verb."""
    if c.family != "diplomacy" or c.two_sided:
        return set()
    gov = c.g.gov
    return {t.i for t in gov.subtree if t.i > gov.i}


THREAT_CLAUSE_DEPS = ("xcomp", "ccomp")  # "threatened to cut ...", "warned it would strike ..."


def _what_a_threat_would_hit(c: Clause) -> set[int]:
    """"Chile threatened to cut gas supplies to Peru", "vowed to retaliate against Peru": a threat is made
    against the one the threatened act would be done to, the object of the verb it governs."""
    if c.g.type != "statement.threat":
        return set()
    acts = [ch for ch in c.g.gov.children if ch.dep_ in THREAT_CLAUSE_DEPS]
    return {t.i for verb in acts for ch in verb.children
            if ch.dep_ in OBJECT_DEPS or (ch.dep_ == "prep" and ch.lower_ in c.words.verb_object_prepositions)
            for t in ch.subtree}


def _who_is_said_to_be_behind(c: Clause) -> set[int]:
    """"officials said Ruritanian agents were behind the blast", "Chile said Peru was responsible for the
    killing", "Peru's troops were to blame for the blast": an accusation told with "be" has the accused for its
    subject; the one who says it accuses."""
    gov = c.g.gov
    if gov.dep_ == "xcomp" and gov.head.lemma_.lower() == "be":  # "were to blame": the blame hangs from "be"
        gov = gov.head
    if c.g.type != "statement.accusation" or gov.lemma_.lower() != "be":
        return set()
    return {t.i for ch in gov.children if ch.dep_ == "nsubj" for t in ch.subtree}


def _verb_objects(c: Clause) -> set[int]:
    """"rebels shelled the garrison", "fired on the patrol": the event verb's object."""
    if _reacted_to(c):
        return set()
    return {t.i for ch in c.g.gov.children
            if ch.dep_ in OBJECT_DEPS or (ch.dep_ == "prep" and ch.lower_ in c.words.verb_object_prepositions)
            for t in ch.subtree}


def _noun_objects(c: Clause) -> set[int]:
    """"raids against the militia", "clashes between the two armies": an event noun's object; not the topic
    of talks ("talks on the situation in Peru": Peru takes no part)."""
    topics = c.words.topic_prepositions if c.two_sided else frozenset()
    return _event_noun_phrases(c, c.words.noun_object_prepositions - topics)


def _event_noun_phrases(c: Clause, preps: Collection[str]) -> set[int]:
    """The tokens of the phrases the clause's event nouns lead with one of ``preps`` ("raids against the militia")."""
    return {t.i for head in _noun_heads(c) for ch in head.children
            if ch.dep_ == "prep" and ch.lower_ in preps for t in ch.subtree}


def _the_nouns_owner(c: Clause) -> set[int]:
    """"Peru rejected Chile's proposal", "Chile condemned Peru's shelling of the port": the owner an event noun
    names before it ("Chile's") did it; the subject of the verb over the noun only answered it. Not a
    pronoun ("its attack": the subject's own). The noun a phrase hangs from counts too: "Chile's proposal for
    talks", "Chile's call for a truce"."""
    nouns = [n for head in _noun_heads(c) for n in (head, _noun_above(head)) if n is not None]
    return {t.i for n in nouns for owner in _named_owners(n) for t in owner.subtree}


def _noun_above(tok: Token) -> Token | None:
    """"proposal" of "proposal for talks": the noun whose prepositional phrase the word is in."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
        return None
    return prep.head


PATIENT_OF = "of"  # "the shelling of Chilean positions": what an attack noun is "of" was attacked


def _what_the_noun_is_done_to(c: Clause) -> set[int]:
    """"An attack on Chilean troops killed five", "the shelling of Chilean positions": the phrase of an event
    noun that names who it was done to ("on", "against", "with"; "of" for an attack) is no part of the doer,
    though the noun stands in the subject of the verb above it. Not "between" (both sides of a clash)."""
    preps = (c.words.noun_object_prepositions - {"between"}) | ({PATIENT_OF} if c.family in FIGHTING_FAMILIES
                                                                 else set())
    return _event_noun_phrases(c, preps)


def _what_an_attack_is_of(c: Clause) -> set[int]:
    """"the shelling of Chilean positions": what an attack noun is "of" was attacked."""
    return _event_noun_phrases(c, {PATIENT_OF}) if c.family in FIGHTING_FAMILIES else set()


def _possessors(c: Clause) -> Iterator[ActorMention]:
    """"the minister ended her visit": the person a possessive pronoun of an event noun stands for,
    the last one named before it in the sentence."""
    for head in _noun_heads(c):
        for ch in head.children:
            if ch.dep_ == "poss" and ch.pos_ == "PRON":
                people = [a for a in c.doc._.actors or [] if a.sent == c.g.sent and a.kind == "person"
                          and a.tok_end <= ch.i]
                if people:
                    yield people[-1]


def _noun_heads(c: Clause) -> list[Token]:
    """The event nouns of the clause ("the shelling"); none for an interception, whose noun's words
    name the weapon, not who fired it. Read once a clause: most steps ask."""
    if c.noun_heads is None:
        heads = [] if c.interception else [c.doc[t.head] for t in c.g.triggers]
        own = [head for head in heads if not _another_act(c, head)]
        c.noun_heads = [head for head in (own or heads) if nominal(head)]
    return c.noun_heads


NOUN_MARKS = ("det", "amod", "poss")  # "the", "Sylvanian", "its" before a word: it is a noun, whatever the tag


def nominal(tok: Token) -> bool:
    """A noun, or a word the tagger took for a verb where only a noun can stand: "a series of U.S. airstrikes";
    or one with an article or an adjective of its own ("wounded by Sylvanian shelling")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "VERB" and (
        tok.dep_ in NOMINAL_DEPS or any(ch.dep_ in NOUN_MARKS for ch in tok.lefts)))


SUBJECT_STEPS: tuple[Callable[[Clause], set[int]], ...] = (
    _subject_of_governing_verb, _agent_of_governing_verb, _verb_subjects, _noun_modifiers, _noun_agents,
    _doer_split_from_the_act, _first_of_between, _headline_list_subject, _holder_of_a_framing_talk, _source_of_the_fire,
    _headline_infinitive_subject,
)
OBJECT_STEPS: tuple[Callable[[Clause], set[int]], ...] = (
    _what_a_giver_gives, _verb_objects, _noun_objects, _what_an_attack_is_of, _subject_who_suffered,
    _what_a_threat_would_hit, _who_is_said_to_be_behind,
)


# -- 2. initiators: the first rule that finds any ---------------------------------------------

def _the_taker_of_a_fallen_place(c: Clause) -> list[ActorMention]:
    """"Kunduz fell to the Taliban", "the town fell to the rebels": the side a place falls to took it."""
    gov = c.g.gov
    if c.family != "territory" or gov.lemma_.lower() != "fall":
        return []
    taken_by = {t.i for p in gov.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree}
    return [a for a in c.mentions if a.tok_start in taken_by]


def _named_in_subject(c: Clause) -> list[ActorMention]:
    """"Chilean troops shelled the ridge": a side among the subject's words."""
    named = [a for a in c.mentions if a.tok_start in c.subj_tokens]
    return named + _countries_joined_to(c, named)


def _forces_sent(c: Clause) -> list[ActorMention]:
    """"Thousands of Sylvanian troops have been deployed to the border": forces sent, massed or called up with
    no sender named are their own state's, which moves them (not the target of their own deployment)."""
    if (c.etype or c.g.type) != "military.mobilization":
        return []
    return [a for a in c.mentions if a.tok_start in c.obj_tokens and a.kind in FORCE_KINDS]


def _countries_joined_to(c: Clause, sides: list[ActorMention]) -> list[ActorMention]:
    """"accused the Peruvian army and Bolivia": a country joined by "and" or "or" to a side is one more side
    of the same role, though the name alone would read as a place."""
    tops = {_top_of_list(_noun_it_names(c.doc[a.tok_start:a.tok_end].root)).i for a in sides if a.tok_end}
    if not tops:
        return []
    have = {a.country for a in sides} | {i for a in sides for i in range(a.tok_start, a.tok_end)}
    found: list[ActorMention] = []
    for p in c.places:
        if p.place.precision != "country" or not p.place.country or p.place.country in have or p.tok_start in have:
            continue
        root = c.doc[p.tok_start:p.tok_end].root
        if root.dep_ != "conj" or _top_of_list(root).i not in tops:
            continue
        have.add(p.place.country)
        found.append(ActorMention(p.tok_start, p.tok_end, p.text, p.place.name, p.place.country, "state", p.sent))
    return found


def _noun_it_names(tok: Token) -> Token:
    """The noun a side's words modify: "navy" of "the Peruvian navy", "army" of "Chile's army"."""
    while tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head != tok:
        tok = tok.head
    return tok


def _top_of_list(tok: Token) -> Token:
    """The first item of the list ("X, Y and Z") a word is one of: up the "conj" links."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def _every_side_the_speaker_names(c: Clause) -> list[ActorMention]:
    """"Chile and Peru said they had reopened the crossing": the pronoun is every side the speaker's
    words name, when they name more than one country."""
    if not _speaker_is_the_subject(c):
        return []
    sides = _sides_the_speaker_names(c)
    return sides if len({a.country for a in sides}) > 1 else []


def _the_speaker(c: Clause) -> list[ActorMention]:
    """"the militia said it shelled the barracks": the pronoun is the speaker, who has a country."""
    who = c.speaker
    if not _speaker_is_the_subject(c) or who is None or not who.country:
        return []
    return [ActorMention(0, 0, who.name, who.name, who.country, who.kind, c.g.sent)]


def _a_body_the_speaker_names(c: Clause) -> list[ActorMention]:
    """"the African Union said it would send observers": a known body with no country of its own."""
    if not _speaker_is_the_subject(c):
        return []
    return [a for a in _sides_the_speaker_names(c) if a.kind == "international"]


def _place_as_government(c: Clause) -> list[ActorMention]:
    """"a truce proposed by Lima": in diplomacy a place that proposes, agrees or refuses is its government; not
    the venue inside the subject ("talks in Lima between ... broke down")."""
    if c.family != "diplomacy":
        return []
    return [ActorMention(p.tok_start, p.tok_end, p.text, p.place.name, p.place.country, "government", p.sent)
            for p in c.places if p.tok_start in c.subj_tokens and p.place.country and not _a_venue(c, p)]


VENUE_PREPOSITIONS = frozenset({"in", "at", "near"})


def _a_venue(c: Clause, p: PlaceMention) -> bool:
    """"talks in Lima": a place after "in", "at" or "near" is where, not who."""
    root = c.doc[p.tok_start:p.tok_end].root
    return root.dep_ == "pobj" and root.head.lower_ in VENUE_PREPOSITIONS


def _country_before_the_attack(c: Clause) -> list[ActorMention]:
    """"a Ruritanian strike hit the depot", "a U.S. strike": a country named before an attack noun made it."""
    if c.family not in FIGHTING_FAMILIES:
        return []
    before = _noun_modifiers(c)
    return [ActorMention(p.tok_start, p.tok_end, p.text, p.place.name, p.place.country, "state", p.sent)
            for p in c.places if p.tok_start in before and p.place.precision == "country" and p.place.country]


def _country_that_does_it(c: Clause) -> list[ActorMention]:
    """"an air strike by U.S. jets", "the depot was shelled by Ruritanian guns", "Ruritania shelled the depot": a
    country named in the "by" phrase or the subject of an attack did it (not in the subject of a verb above it:
    "Chile said rebels shelled the depot", "Chile confirmed the attack"; nor of "be": "among the targets were
    Peru's ports")."""
    if c.family not in FIGHTING_FAMILIES or c.g.gov.lemma_.lower() == "be":
        return []
    doers = _noun_agents(c)
    if any(t.head == c.g.gov.i for t in c.g.triggers) and not nominal(c.g.gov):
        doers |= _agent_of_governing_verb(c) | _verb_subjects(c)  # not "the U.S. army confirmed the attack"
    doers -= c.obj_tokens | _who_backs_the_doers(c)
    return [ActorMention(p.tok_start, p.tok_end, p.text, p.place.name, p.place.country, "state", p.sent)
            for p in c.places if p.tok_start in doers and p.place.precision == "country" and p.place.country]


BEHIND_WORDS = frozenset({"behind"})  # "Ruritania was behind the bombing": the one behind an act did it


def _country_behind_it(c: Clause) -> list[ActorMention]:
    """"officials said Ruritania was behind the bombing": the country (or its capital) an attack is said to be
    behind did it, though "be" is its verb."""
    gov = c.g.gov
    if c.family not in FIGHTING_FAMILIES or gov.lemma_.lower() != "be" or not any(
            h.dep_ == "pobj" and h.head.lower_ in BEHIND_WORDS and h.head.head == gov for h in _noun_heads(c)):
        return []
    subj = {t.i for ch in gov.children if ch.dep_ == "nsubj" for t in ch.subtree}
    return [ActorMention(p.tok_start, p.tok_end, p.text, p.place.name, p.place.country, "state", p.sent)
            for p in c.places if p.tok_start in subj and p.place.country
            and (p.place.precision == "country" or p.metonymic)]


def _the_speakers_own_men(c: Clause) -> list[ActorMention]:
    """"the Red Hand said its fighters attacked the post", "Ruritania said its troops shelled the town": the
    men a speaker calls its own ("its", "their", "our") are the speaker's, who did it."""
    subj = _subject_of(c.g.gov)
    who = c.speaker
    if c.family not in FIGHTING_FAMILIES or subj is None or who is None or not (who.country or who.kind in STATELESS_KINDS):
        return []
    if not any(ch.dep_ == "poss" and ch.lower_ in c.words.speaker_possessives for ch in subj.children):
        return []
    return [ActorMention(0, 0, who.name, who.name, who.country, who.kind, c.g.sent)]


def _who_claims_it(c: Clause) -> list[ActorMention]:
    """"the Red Hand claimed the bombing", "bombings for which the Red Hand claimed responsibility", "the
    army claims control of the town": who claims an act (not a statement: "claimed that rebels fired")
    did it."""
    heads = {t.head for t in c.g.triggers}
    found: list[ActorMention] = []
    for cl in c.doc._.claims or []:
        verb = c.doc[cl.verb]
        if cl.sent == c.g.sent and verb.lemma_.lower() in c.words.claiming_verbs \
                and _claims_the_act(verb, heads, c.words.responsibility_nouns):
            s, e = cl.subject_tokens
            found += [a for a in c.doc._.actors or [] if s <= a.tok_start < e and (a.country or a.kind in STATELESS_KINDS)]
    return found


def _claims_the_act(verb: Token, heads: set[int], responsibility: frozenset[str]) -> bool:
    """Is the event the object of the claim ("claimed the bombing", "claimed responsibility for it"), the
    noun the claim describes ("bombings, claimed by the rebels"), or the act of the sentence whose
    responsibility is claimed ("attacks in two towns, for which the rebels claimed responsibility")?"""
    if verb.dep_ in ("relcl", "acl") and verb.head.i in heads:
        return True
    objects = [ch for ch in verb.children if ch.dep_ in ("dobj", "prep")]
    if any(t.i in heads for ch in objects for t in ch.subtree):
        return True
    return verb.dep_ == "relcl" and any(ch.lemma_.lower() in responsibility for ch in objects)


def _the_speaker_and_those_beside(c: Clause) -> list[ActorMention]:
    """"President Kos said he and his Chilean counterpart agreed on a truce": a pronoun subject joined by "and"
    to other names stands for the speaker (who has a country), one more side beside those named."""
    subj = _subject_of(c.g.gov)
    who = c.speaker
    if subj is None or subj.pos_ != "PRON" or who is None or not who.country \
            or not any(ch.dep_ == "conj" for ch in subj.children):
        return []
    speaker = ActorMention(0, 0, who.name, who.name, who.country, who.kind, c.g.sent)
    return [speaker] + [a for a in _named_in_subject(c) if a.country != who.country]


FORCE_KINDS = ("military",)  # the kind of a side that is a force: "Sylvanian troops", "the Sylvanian navy"


INITIATOR_RULES: tuple[Callable[[Clause], list[ActorMention]], ...] = (
    _the_taker_of_a_fallen_place, _who_claims_it, _the_speakers_own_men, _the_speaker_and_those_beside, _named_in_subject, _forces_sent,
    _country_before_the_attack,
    _country_that_does_it, _country_behind_it,
    _every_side_the_speaker_names, _the_speaker, _a_body_the_speaker_names,
    _place_as_government,
)


def _speaker_is_the_subject(c: Clause) -> bool:
    """Is the clause's subject a pronoun that may stand for the claim's speaker ("X said it ...")? A personal
    one: "which" of "a bombing, which led to arrests" stands for the bombing, not the speaker."""
    if not c.claims:
        return False
    gov = c.g.gov
    if any(ch.dep_ in PRONOUN_SUBJECT_DEPS and ch.pos_ == "PRON" and ch.tag_ == PERSONAL_PRONOUN
           for ch in gov.children):
        return True
    subj = _subject_of(gov)
    return subj is not None and (subj.pos_ == "PRON" and subj.lower_ in c.words.speaker_pronouns or
                                 _announces_its_own_act(c))


CALLED_TYPES = ("military.mobilization",)  # acts a speaker calls by saying so: "announced a mobilization"


def _announces_its_own_act(c: Clause) -> bool:
    """"Sylvania announced a general mobilization": the speaker whose verb of saying takes a mobilization for its
    object is the one who calls it; not a noun with an owner, who did it, nor an attack the speaker confirms
    ("the army confirmed the attack")."""
    gov, claim = c.g.gov, c.claims[0]
    heads = {t.head for t in c.g.triggers}
    return (c.etype or c.g.type) in CALLED_TYPES and claim.verb == gov.text and claim.stance == "asserts" and any(
        ch.dep_ == "dobj" and ch.i in heads and not any(o.dep_ == "poss" for o in ch.children)
        for ch in gov.children)


def _sides_the_speaker_names(c: Clause) -> list[ActorMention]:
    """The actors (with a country, or a body such as the UN) and the countries named in the words of
    the claim's speaker in this sentence, with those who speak beside it by the same verb: "Chile and Peru" of
    "Chile and Peru said ..."."""
    name = c.claims[0].claimant.name
    said = [cl for cl in c.doc._.claims or [] if cl.sent == c.g.sent]
    verbs = {cl.verb for cl in said if cl.claimant == name}
    spans = [cl.subject_tokens for cl in said if cl.verb in verbs]
    sides = [a for a in c.doc._.actors or [] if (a.country or a.kind == "international")
             and any(s <= a.tok_start < e for s, e in spans)]
    sides += [ActorMention(p.tok_start, p.tok_end, p.text, p.place.name, p.place.country, "state", p.sent)
              for p in c.places if p.place.precision == "country" and p.place.country
              and any(s <= p.tok_start < e for s, e in spans)
              and not any(a.tok_start == p.tok_start for a in sides)]
    return sides


# -- 3. targets: the first rule that finds any ------------------------------------------------

def _named_in_object(c: Clause, inits: list[ActorMention]) -> list[ActorMention]:
    """"rebels shelled the Chilean garrison": a side among the object's words. A side that gives,
    warns or pledges does not act upon itself ("Chile pledged aid to Peru"), but in a civil war an
    armed group and the state's forces are two sides of one country."""
    targets = [a for a in c.mentions if a.tok_start in c.obj_tokens and a not in inits]
    targets += _countries_joined_to(c, targets)
    if c.family not in SPEAKING_FAMILIES or c.two_sided:
        return targets
    own = {a.country for a in inits if a.country}
    armed = any(a.kind == "armed_group" for a in inits)
    return [a for a in targets if a.country not in own or (a.kind == "armed_group") != armed]


def _receiving_place(c: Clause, inits: list[ActorMention]) -> list[ActorMention]:
    """"delivered to Peru", "sanctions on Chile": in diplomacy or a statement, a country named in the
    object is the receiving side."""
    if c.family not in SPEAKING_FAMILIES:
        return []
    return [ActorMention(p.tok_start, p.tok_end, p.text, p.place.name, p.place.country, "state", p.sent)
            for p in c.places if p.tok_start in c.obj_tokens and p.place.precision == "country"
            and p.place.country]


def _where_a_threat_would_land(c: Clause, inits: list[ActorMention]) -> list[ActorMention]:
    """"Chile threatened to bomb the ministries in Lima", "vowed to strike hideouts inside Peru": a threat is
    made against the state where the threatened act would land, when that is not the threatener's own."""
    if c.g.type != "statement.threat":
        return []
    acts = {t.i for ch in c.g.gov.children if ch.dep_ in THREAT_CLAUSE_DEPS for t in ch.subtree}
    own = {a.country for a in inits if a.country}
    return [ActorMention(p.tok_start, p.tok_end, p.text, p.place.name, p.place.country, "state", p.sent)
            for p in c.places if p.tok_start in acts and p.place.country and p.place.country not in own]


TARGET_RULES: tuple[Callable[[Clause, list[ActorMention]], list[ActorMention]], ...] = (
    _named_in_object, _receiving_place, _where_a_threat_would_land,
)


# -- 4. interceptions --------------------------------------------------------------------------

def _turn_interception(c: Clause, inits: list[ActorMention], targets: list[ActorMention]
                       ) -> tuple[list[ActorMention], list[ActorMention], list[Actor]]:
    """"Chilean air defences downed 12 Peruvian drones": the drones' owner attacked and the defender
    was attacked; with no defender named, the speaker's country was ("..., the navy said").
    Returns the initiators, the targets and the actors to list first."""
    inits, targets = targets, inits
    defenders = {a.country for a in targets} | {cl.claimant.country for cl in c.claims[:1]}
    inits = [a for a in inits if a.country not in defenders] or inits
    who = c.speaker
    if not targets and who is not None and who.country:
        return inits, [], [Actor("target", who.country, who.country, "state")]
    return inits, targets, []


# -- 4b. expulsions told from the expelled side ------------------------------------------------

def _passive_sanction(c: Clause) -> bool:
    gov = c.g.gov
    return c.g.type == "diplomacy.sanctions" and any(ch.dep_ in ("nsubjpass", "auxpass") for ch in gov.children)


def _country_under(c: Clause, head: Token, dep: str) -> ActorMention | None:
    """The country named as ``head``'s ``dep`` ("Ruritania" of "leave Ruritania", of "from Ruritania"), or its
    capital standing for it."""
    for p in c.places:
        root = c.doc[p.tok_start:p.tok_end].root
        if root.head == head and root.dep_ == dep and (p.place.precision == "country" or p.metonymic) \
                and p.place.country:
            return ActorMention(p.tok_start, p.tok_end, p.text, p.place.name, p.place.country, "state", p.sent)
    return None


def _country_sent_from(c: Clause, verbs: frozenset[str]) -> ActorMention | None:
    """"were expelled from Ruritania": the country of the "from" phrase of a passive verb of ``verbs``."""
    gov = c.g.gov
    if not _passive_sanction(c) or gov.lemma_.lower() not in verbs:
        return None
    return next((found for p in gov.children if p.dep_ == "prep" and p.lower_ == "from"
                 and (found := _country_under(c, p, "pobj")) is not None), None)


def _the_country_left(c: Clause) -> ActorMention | None:
    """"two of its diplomats were ordered to leave Ruritania" (``leaving_verbs``), "two Freedonian diplomats were
    expelled from Ruritania" (``expelling_verbs``): in a passive expulsion the country left is who expelled them;
    None when the clause is no such order."""
    if not _passive_sanction(c):
        return None
    for verb in c.g.gov.children:
        if verb.dep_ == "xcomp" and verb.lemma_.lower() in c.words.leaving_verbs:
            left = _country_under(c, verb, "dobj")
            if left is not None:
                return left
    return _country_sent_from(c, c.words.expelling_verbs)


def _turn_force_on_a_protest(c: Clause, inits: list[ActorMention], targets: list[ActorMention]
                             ) -> tuple[list[ActorMention], list[ActorMention]]:
    """"Police fired tear gas at protesters", "troops dispersed the march": the force that acts on a protest is
    what the protest meets, not who protests; the protesters stay its initiators (named, or the place's
    people: ``_protesters``)."""
    force = [a for a in inits if _a_force(a, c.words)]
    if not force:
        return inits, targets
    return [a for a in inits if a not in force], force + targets


def _a_force(a: ActorMention, words: ActorWords) -> bool:
    """An army or a police force: "security forces", "riot police", "the Kenyan police"."""
    return a.kind == "military" or (a.kind == "government" and any(
        w in words.state_agents for w in a.text.lower().split()))


def _turn_recall(c: Clause, host: ActorMention, inits: list[ActorMention], targets: list[ActorMention]
                 ) -> tuple[list[ActorMention], list[ActorMention]]:
    """"the Freedonian ambassador was recalled from Ruritania" (``recalling_verbs``): the envoys' own state
    recalled them and acts against the country they leave."""
    own = [a for a in inits + targets if a.country and a.country != host.country]
    return own[:1], [host]


def _turn_expulsion(c: Clause, left: ActorMention, inits: list[ActorMention], targets: list[ActorMention]
                    ) -> tuple[list[ActorMention], list[ActorMention]]:
    """The country left expels; every other side is expelled, else the speaker ("Freedonia said two of its
    envoys were ordered to leave Ruritania")."""
    others = [a for a in inits + targets if a.country != left.country]
    who = c.speaker
    if not others and who is not None and who.country and who.country != left.country:
        others = [ActorMention(0, 0, who.name, who.name, who.country, "state", c.g.sent)]
    return [left], others


def _of_an_envoy(c: Clause, a: ActorMention) -> bool:
    """"two Ruritanian diplomats", "the Ruritanian attache": the side names the state of an envoy."""
    tok = c.doc[a.tok_start:a.tok_end].root
    return tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.lemma_.lower() in c.words.envoy_nouns


def _subject_above(c: Clause, skip: list[ActorMention]) -> list[ActorMention]:
    """The sides named in the subject of a verb over the event ("Freedonia declared the attache persona non
    grata": Freedonia), other than ``skip``."""
    for verb in islice(c.g.gov.ancestors, 2):
        subj = [t.i for ch in verb.children if ch.dep_ == "nsubj" for t in ch.subtree]
        found = [a for a in c.mentions if a.tok_start in subj and a not in skip]
        if found:
            return found
    return []


def _the_speaker_of_other_state(c: Clause, others: set[str | None]) -> list[ActorMention]:
    """"Freedonia declared the Ruritanian attache persona non grata": the state that declares it, the speaker of
    the verb over the act, when it is not of ``others``."""
    who = c.speaker
    if who is None or not who.country or who.country in others:
        return []
    return [ActorMention(0, 0, who.name, who.name, who.country, "state", c.g.sent)]


def _turn_envoys_sent_away(c: Clause, inits: list[ActorMention], targets: list[ActorMention]
                           ) -> tuple[list[ActorMention], list[ActorMention]]:
    """"Freedonia expelled two Ruritanian diplomats", "the expulsion of four Ruritanian envoys": in a sanction the
    state of the envoys sent away (``envoy_nouns``) is its target, never its initiator; the one who expels is
    then the subject of the verb over it. With no one named who expels, the sides stay as read (a sanction needs
    a party that acts, and a record of the envoys' state is nearer than none)."""
    envoys = [a for a in inits + targets if _of_an_envoy(c, a)]
    expelled = {a.country for a in envoys}
    expellers = [a for a in inits if a not in envoys and a.country not in expelled] or \
        _subject_above(c, envoys) or _the_speaker_of_other_state(c, expelled)
    if not envoys or not expellers:
        return inits, targets
    return expellers, envoys + [a for a in targets if a not in envoys]


# -- 5a. two-sided events: participants and mediators -----------------------------------------

def _two_sided(c: Clause, inits: list[ActorMention], targets: list[ActorMention], first: list[Actor]
               ) -> list[Actor]:
    actors = first + _participants(c, inits, targets)
    actors = actors or _the_two_named_before(c)
    _armed_groups_at_home(c, actors)
    actors += _the_issuer_takes_part(c, actors)
    actors += _the_host_takes_part(c, actors)
    actors += _mediators(c, actors)
    mediators = {a.country for a in actors if a.role == "mediator"}
    # a country that brokers the talks is not also one of the parties to them
    return _dedupe([a for a in actors if a.role == "mediator" or a.country not in mediators])


def _armed_groups_at_home(c: Clause, actors: list[Actor]) -> None:
    """"Elders brokered a truce between the rival militias", "the government and the militias fighting it signed
    a cease-fire": an armed group of no country at the table is of the country it fights in: the one country
    the other parties share, else the place's, else the report's."""
    named = {a.country for a in actors if a.role == "participant" and a.country}
    home = next(iter(named)) if len(named) == 1 else None
    home = home or (c.location.country if c.location and not named else None)
    countries = c.doc._.report_places.countries
    home = home or (countries[0] if countries and not named else None)
    for a in actors:
        if a.role == "participant" and a.kind == "armed_group" and a.country is None:
            a.country = home


BACK_SENTENCES = 3  # how far back "the two leaders" looks for the two it names again
PAIR_WORDS = ("two", "both")  # "the two leaders met", "both sides agreed"


def _the_two_named_before(c: Clause) -> list[Actor]:
    """"President Ortiz flew to Lima to see his Peruvian counterpart. The two leaders met for three hours": a
    subject that counts two ("the two leaders", "both sides", "the heads of the two services") or names the
    sides of a deal ("the sides agreed", "the parties signed") with no side named takes the two sides (a
    country, else a person of no known country) the nearest of the sentences just before names, if it names
    two, else the report's title: "Joint statement of Ruritania and Freedonia ... The sides agreed"."""
    if not any(_counts_two(c.doc[i], c.words) for i in c.subj_tokens):
        return []
    nearest = range(c.g.sent - 1, max(c.g.sent - 1 - BACK_SENTENCES, -1), -1)
    for back in dict.fromkeys([*nearest, 0, 1]):  # then the title, or a dateline's lede
        if back >= c.g.sent:
            continue
        named = [a for a in c.doc._.actors or [] if a.sent == back]
        said = [a for a in named if a.kind in PARTY_KINDS] + [
            ActorMention(p.tok_start, p.tok_end, p.text, p.place.name, p.place.country, "state", p.sent)
            for p in c.doc._.places or [] if p.sent == back and p.place.precision == "country" and p.place.country]
        for pair in (_one_each(a for a in said + named if a.country), _one_each(said)):
            if len(pair) == 2:
                return [Actor("participant", a.name, a.country, a.kind, a.text) for a in pair]
    return []


def _counts_two(t: Token, words: ActorWords) -> bool:
    """"the two leaders", "both sides"; "the sides", "the parties" (``side_nouns``): the two of a deal."""
    if t.lower_ in PAIR_WORDS and t.dep_ in ("nummod", "det", "predet"):
        return True
    return t.tag_ == "NNS" and t.lemma_.lower() in words.side_nouns and any(
        d.dep_ == "det" and d.lower_ == "the" for d in t.children)


def _one_each(said: Iterable[ActorMention]) -> list[ActorMention]:
    """The first mention of each side: of each country, or of each name with none."""
    named: dict[str, ActorMention] = {}
    for a in said:
        named.setdefault(a.country or a.name, a)
    return list(named.values())


def _participants(c: Clause, inits: list[ActorMention], targets: list[ActorMention]) -> list[Actor]:
    """"Chile and Peru held talks": every side of the subject and object, and the countries there
    ("talks between Chile and Peru"); else the sentence's states, governments and people. A side the
    words above it call a go-between ("talks hosted by Oman") is a mediator; one in the talks' topic ("talks on
    the dispute with Bolivia") is none."""
    parts = inits + _countries_taking_part(c) + targets or [a for a in c.mentions if a.kind in PARTY_KINDS]
    parts = [a for a in parts if not (a.tok_end and _in_topic(c, a.tok_start))]
    return [Actor("mediator" if a.tok_end and _mediating(c, a.tok_start) else "participant",
                  a.name, a.country, a.kind, a.text) for a in parts]


def _the_issuer_takes_part(c: Clause, actors: list[Actor]) -> list[Actor]:
    """"Ruritanian Ministry of Foreign Affairs: The Minister met her Freedonian counterpart": the government
    that issues the report takes part in the talks and calls it reports; a participant of no country is
    its own, else it is one more side when the words name one at most."""
    home = c.info.issuer_country
    parts = [a for a in actors if a.role == "participant"]
    if c.family != "diplomacy" or not home or home in {a.country for a in actors}:
        return []
    unknown = [a for a in parts if a.country is None and a.kind == "person"]
    if unknown:
        unknown[0].country = home
        return []
    named = {a.country for a in parts if a.country}
    return [Actor("participant", home, home, "state", None)] if len(named) <= 1 else []


def _the_host_takes_part(c: Clause, actors: list[Actor]) -> list[Actor]:
    """"Prime Minister Ana Ruiz met Ruritanian envoy Ivo Kos in Velden": a named person of no stated country who
    meets one side's official at a place of another country is that country's: the host, a second side."""
    if c.family != "diplomacy" or c.location is None or not c.location.country:
        return []
    named = {a.country for a in actors if a.role == "participant" and a.country}
    host = c.location.country
    if len(named) != 1 or host in named or any(a.country == host for a in actors):
        return []
    people = [c.doc[i] for i in c.subj_tokens | c.obj_tokens if c.doc[i].ent_type_ == "PERSON"]
    mine = {i for a in c.mentions if a.country for i in range(a.tok_start, a.tok_end)}
    if not any(t.i not in mine and not _has_a_country_word(t) for t in people):
        return []
    name = c.location.name if c.location.precision == "country" else host
    return [Actor("participant", name, host, "state", None)]


def _has_a_country_word(tok: Token) -> bool:
    """"Ruritanian envoy Ivo Kos": a demonym or a country among the words of the name's phrase."""
    return any(t.ent_type_ in ("NORP", "GPE") for t in tok.subtree)


def _countries_taking_part(c: Clause) -> list[ActorMention]:
    """"talks between Chile and Peru": the countries (as places, not as their governments) in the
    subject or the object."""
    return [ActorMention(p.tok_start, p.tok_end, p.text, p.place.name, p.place.country, "state", p.sent)
            for p in c.places if p.tok_start in c.subj_tokens | c.obj_tokens
            and p.place.precision == "country" and p.place.country and not p.metonymic
            and not _in_topic(c, p.tok_start)]


def _in_topic(c: Clause, i: int) -> bool:
    """"joined partners for talks on the war in Peru", "discussed the crisis in Peru with Chile": a word in the
    topic phrase of an event noun of the clause, or in the object of a verb of talking about (up to six words
    above it), takes no part."""
    heads = {t.head for t in c.g.triggers}
    for tok in [c.doc[i], *list(c.doc[i].ancestors)[:6]]:
        if tok.dep_ == "prep" and tok.lower_ in c.words.topic_prepositions and (
                tok.head.i in heads or tok.head.lemma_.lower() in c.words.talk_nouns):
            return True
        if tok.dep_ == "dobj" and tok.head.i in heads and tok.head.lemma_.lower() in c.words.topic_verbs:
            return True
    return False


def _mediators(c: Clause, actors: list[Actor]) -> list[Actor]:
    """"in a swap brokered by Oman": a country of the sentence named as broker or host, not yet a side."""
    found: list[Actor] = []
    for p in c.places:
        if p.sent == c.g.sent and p.place.precision == "country" and p.place.country \
                and _mediating(c, p.tok_start) and p.place.country not in {a.country for a in actors + found}:
            found.append(Actor("mediator", p.place.name, p.place.country, "state", p.text))
    return found


def _mediating(c: Clause, i: int) -> bool:
    """Do the (up to three) words governing token ``i`` make it a go-between ("hosted by", "mediation")? Words
    above a "between" do not: in "Oman hosted talks between Chile and Peru" Chile and Peru are the sides. Nor
    does the talk's own word: "the Chilean president hosted his Peruvian counterpart" makes the host a side."""
    above = list(c.doc[i].ancestors)[:3]
    cut = next((k for k, t in enumerate(above) if t.lower_ == "between"), None)
    own = {t.head for t in c.g.triggers}
    governors = " ".join(t.lower_ for t in above[:cut] if t.i not in own)
    return any(stem in governors for stem in c.words.mediating_stems)


# -- 5b. completion rules: each adds a side still missing, in order ---------------------------

def _the_speaker_acts(c: Clause, actors: list[Actor]) -> list[Actor]:
    """"Talks will resume next week, the Chilean foreign ministry said": with no initiator named, the
    speaker (with a country) of a statement or an act of diplomacy."""
    who = c.speaker
    if c.family not in SPEAKING_FAMILIES or _has(actors, "initiator") or who is None or not who.country:
        return []
    return [Actor("initiator", who.name, who.country, who.kind, None)]


def _the_issuer_speaks(c: Clause, actors: list[Actor]) -> list[Actor]:
    """"Ruritanian Ministry of Foreign Affairs: We urge the government of Freedonia to ...": "we" of a report
    a government body issues is that government."""
    home, subj = c.info.issuer_country, _subject_of(c.g.gov)
    if c.family not in SPEAKING_FAMILIES or _has(actors, "initiator") or not home or subj is None \
            or subj.lower_ not in c.words.first_person:
        return []
    return [Actor("initiator", home, home, "state", None)]


def _the_dateline_country_speaks(c: Clause, actors: list[Actor]) -> list[Actor]:
    """"LIMA — A curfew was announced, officials said": a statement with no side named is the
    dateline's country's (in the speaker's name, if there is one)."""
    home = c.info.dateline_country
    if c.family != "statement" or _has(actors, "initiator") or not home:
        return []
    who = c.speaker
    return [Actor("initiator", who.name if who else home, home, who.kind if who else "state", None)]


def _protesters(c: Clause, actors: list[Actor]) -> list[Actor]:
    """"crowds marched through the capital": with no one named, the protesters of the place's country."""
    if c.family != "protest" or _has(actors, "initiator") or not c.location:
        return []
    return [Actor("initiator", "protesters", c.location.country, "civilians", None)]


def _attacked_place_is_target(c: Clause, actors: list[Actor]) -> list[Actor]:
    """"a drone hit a school in the port city": with no target named, the country of the place hit."""
    attacked = _attacked_country(c, actors)
    if c.family not in FIGHTING_FAMILIES or _has(actors, "target") or not attacked \
            or _a_crime_on_no_agent(c, actors, attacked):
        return []
    return [Actor("target", attacked, attacked, "state", None)]


def _a_crime_on_no_agent(c: Clause, actors: list[Actor], attacked: str) -> bool:
    """"A man was stabbed outside a bar in Velden", "two men shot a shopkeeper, police said": an attack of a kind
    whose doer is no state by default (``doers_unknown_types``), with no doer named, in a report of no other side
    or named armed group, done to no state's agent (``state_agents``: "a police officer was stabbed" is), is an
    ordinary crime: the country it happened in is not its target."""
    if c.etype not in c.words.doers_unknown_types or _has(actors, "initiator"):
        return False
    if any(c.doc[i].lemma_.lower() in c.words.state_agents for i in c.obj_tokens | _the_noun_described(c)) \
            or _an_agent_by_title(c):
        return False
    return other_side(c.doc, c.doc._.report_places, attacked) is None and not _a_named_armed_group(c.doc)


def _a_named_armed_group(doc: Doc) -> bool:
    """"attacks claimed by the Red Hand": a report that names an armed group by its name (not "gunmen") tells of
    a war, whose attacks hit the state they are fought in."""
    return any(a.kind == "armed_group" and doc[a.tok_start].pos_ == "PROPN" for a in doc._.actors or [])


TITLE_WINDOW = 3  # "police Constable Ivo Kos": how far before a surname its title may stand


def _an_agent_by_title(c: Clause) -> bool:
    """"the killing of Mr Kos" in a report that calls him "Constable Ivo Kos" elsewhere: a person hit whom the
    report names with a state agent's title is one."""
    names = {c.doc[i].text for i in c.obj_tokens if c.doc[i].ent_type_ == "PERSON"}
    named = (c.doc[i] for i in indices_tagged(c.doc, words={n.lower() for n in names}))  # a Token only for those
    return bool(names) and any(
        t.text in names and any(w.lower_ in c.words.state_agents for w in c.doc[max(t.i - TITLE_WINDOW, 0):t.i])
        for t in named)


DESCRIBING_DEPS = ("amod", "acl")  # "a murdered policeman", "a policeman shot on patrol"


def _the_noun_described(c: Clause) -> set[int]:
    """"the coffin of a murdered policeman": the phrase of the noun an attack word describes, who suffered it."""
    words = [c.doc[t.head] for t in c.g.triggers]
    return {t.i for w in words if w.dep_ in DESCRIBING_DEPS for t in w.head.subtree if t.i != w.i}


def _other_side_attacked(c: Clause, actors: list[Actor]) -> list[Actor]:
    """"a drone hit a school in the port city": with no initiator named, the report's other side. A state's
    side only for what states fire from afar or take ground with; a bombing, a shooting or a killing of no
    named doer in a report that names another country ("a suicide bomber hit a police post" in a story that
    also tells of a foreign envoy's visit) is no act of that country."""
    attacked = _attacked_country(c, actors)
    if c.family not in FIGHTING_FAMILIES or _has(actors, "initiator") or not attacked:
        return []
    other = other_side(c.doc, c.doc._.report_places, attacked)
    if other is not None and other == attacked:
        return _the_armed_group_at_home(c, attacked, actors)
    if c.etype in c.words.doers_unknown_types:
        return []
    return [Actor("initiator", other, other, "state", None)] if other else []


def _the_armed_group_at_home(c: Clause, country: str, actors: list[Actor]) -> list[Actor]:
    """"Rebels of the Frente Sur have fought the army for years. A mortar hit a barracks in the north": in a
    civil war the attacker no sentence names is the report's armed group of that country (the last one named
    before the event, by its own name), not the country itself; the target then is the state's side."""
    groups = [a for a in c.doc._.actors or [] if a.kind == "armed_group" and a.country == country
              and a.sent <= c.g.sent]
    if not groups:
        return []
    g = groups[-1]
    for a in actors:
        if a.role == "target" and a.country == country and a.kind == "armed_group":
            return []  # the target is the armed group: the attacker is the state, not named here
    return [Actor("initiator", g.name, country, "armed_group", None)]


def _the_state_arrests(c: Clause, actors: list[Actor]) -> list[Actor]:
    """"a man was arrested Monday in Lakeville", "was sentenced to two years": with no one named, an arrest,
    a charge or a sentence is the act of the police and courts of the place's country."""
    if c.family != "arrest" or _has(actors, "initiator") or not c.location or not c.location.country:
        return []
    return [Actor("initiator", c.location.country, c.location.country, "state", None)]


def _we_the_issuer_fight(c: Clause, actors: list[Actor]) -> list[Actor]:
    """"Peruvian Ministry of Defence: On Monday we struck a rebel depot", "we intercepted 12 drones": "we" of a
    report a government body issues is its country, the attacker, or the defender of an interception."""
    home, subj = c.info.issuer_country, _subject_of(c.g.gov)
    if c.family not in FIGHTING_FAMILIES or not home or subj is None or subj.lower_ not in c.words.first_person \
            or _reacted_to(c):
        return []  # "we condemn the bombing": we did not bomb
    role = "target" if c.interception else "initiator"
    return [] if _has(actors, role) else [Actor(role, home, home, "state", subj.text)]


COMPLETION_RULES: tuple[Callable[[Clause, list[Actor]], list[Actor]], ...] = (
    _the_speaker_acts, _the_issuer_speaks, _the_dateline_country_speaks, _the_state_arrests, _protesters,
    _we_the_issuer_fight, _attacked_place_is_target,
    _other_side_attacked,
)


def _armed_groups_take_the_country_they_fight_in(c: Clause, actors: list[Actor]) -> None:
    """"gunmen attacked a village": an armed group of no country takes the country of the place, else the
    attacked country ("gunmen killed a Chilean engineer in Lima": the gunmen fight in Peru, whoever they
    kill); "strikes on militants near the dam": one attacked takes the country of the place."""
    attacked = _attacked_country(c, actors)
    if c.family not in FIGHTING_FAMILIES or not attacked:
        return
    scene = c.location.country if c.location else None
    for a in actors:
        if a.kind == "armed_group" and a.country is None:
            a.country = (scene or attacked) if a.role == "initiator" else scene if a.role == "target" else None


def _attacked_country(c: Clause, actors: list[Actor]) -> str | None:
    """The country of the (last) target, else of the event's place."""
    roles = {a.role: a.country for a in actors}
    return roles.get("target") or (c.location.country if c.location else None)


def _has(actors: list[Actor], role: str) -> bool:
    return any(a.role == role for a in actors)


def other_side(doc: Doc, report: ReportPlaces, target: str) -> str | None:
    """Who attacked, when the sentence does not say: the report's other main country, or, in a
    civil war (armed groups of the target's own country), that country."""
    counts = report.country_counts
    for c in report.countries:
        if c != target and counts.get(c, 0) >= 2:
            return c
    if any(a.kind == "armed_group" and a.country == target for a in doc._.actors or []):
        return target
    return None


SUBJECTS_KEY = "sitrep.subject_of"  # the subject of each verb asked about, read once a doc


def _subject_of(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it depends on: "the envoys are due to meet"; a gerund after a
    preposition is done by the subject of the verb the phrase hangs on ("Moldova sought peace by promising to
    withdraw": Moldova promised). Many rules ask it of one verb: read once a doc."""
    found: dict[int, int] = verb.doc.user_data.setdefault(SUBJECTS_KEY, {})  # token indices: -1 for none
    if verb.i not in found:
        subj = _read_subject_of(verb)
        found[verb.i] = subj.i if subj is not None else -1
    return verb.doc[found[verb.i]] if found[verb.i] >= 0 else None


def _read_subject_of(verb: Token) -> Token | None:
    cur = verb
    for _ in range(4):
        subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX"):
            cur = cur.head.head
            continue
        if cur.dep_ not in ("xcomp", "acomp", "conj", "ccomp", "advcl") or cur.head == cur:
            return None
        cur = cur.head
    return None


def _actor(role: str, a: ActorMention) -> Actor:
    return Actor(role, a.name, a.country, a.kind, a.text)


def _dedupe(actors: list[Actor]) -> list[Actor]:
    seen: set[tuple[str, str | None, str]] = set()
    out = []
    for a in actors:
        key = (a.role, a.country, a.name if a.country is None else "")
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out

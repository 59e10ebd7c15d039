"""Actor mentions: who can do something to whom, with a country and a kind.

``sitrep_actors`` finds the mentions, then writes them, in token order, to ``doc._.actors``.
The finders run in the order of ``FINDERS``, each seeing the mentions found before it:

1. named entities (``ENTITY_RULES``, the first that answers for an entity wins): known actors
   (``actors.jsonl``: armed groups, organisations, leaders, metonyms such as "the Kremlin"),
   people, with the side their title names ("Chilean navy chief Ana Ruiz"; later "Ruiz" alone; an
   office of state with no country, the dateline's), and earlier mentions of them by the later ones,
   demonyms ("Peruvian warplanes") and organisations, owned by a country ("Chile's interior ministry");
2. places used as governments ("Lima would propose", "Santiago's forces");
3. demonyms the model did not tag;
4. armed men of no named side ("gunmen");
5. bare institutions ("the army"), whose side ``INSTITUTION_SIDE_RULES`` find in order (one a person's
   name owns, "the Velmar administration", is that person's).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import takewhile
from typing import Any

from spacy.tokens import Doc, Span, Token

from sitrep.geo.gazetteer import Gazetteer
from sitrep.lexicon import Lexicon
from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.mentions import ActorMention, DocInfo, ReportPlaces, entities, indices_tagged, sent_index
from sitrep.nlp.places.homes import a_home_town

MODIFIER_DEPS = ("amod", "compound", "nmod")  # "Peruvian" in "Peruvian warplanes"
OWNER_DEPS = ("poss", "amod", "compound")  # "Chile's", "Chilean", "border" of "border police"
ARMED_NOUN_DEPS = ("nsubj", "nsubjpass", "pobj", "dobj")
INSTITUTION_DEPS = ("nsubj", "nsubjpass", "pobj", "dobj", "compound", "amod")
DEMONYM_POS = ("ADJ", "PROPN")  # "Peruvian" of "Peruvian artillery", tagged an adjective or a name
ARMED_NOUN_POS = ("NOUN", "PROPN")  # "gunmen", and "Militants" first in a sentence, tagged a name
INSTITUTION_POS = ("NOUN", "ADJ")  # "army", and "police" where the tagger read it as an adjective


def institution_kind(tokens: list[Token], institutions: dict[str, str]) -> str | None:
    words = [t.lemma_.lower() for t in tokens]
    for n in (2, 1):
        for k in range(len(words) - n, -1, -1):
            phrase = " ".join(words[k:k + n])
            if phrase in institutions:
                return institutions[phrase]
    return None


def country_in(tokens: list[Token], doc: Doc, known: dict[str, dict[str, Any]], gaz: Gazetteer) -> str | None:
    """The country named in a stretch of tokens: a demonym, a country, a capital, a known actor
    (an entity starting there first, then word by word). A name the story gives a person is no town's
    ("Velmar administration officials ... President Velmar")."""
    idx = {t.i for t in tokens}
    for ent in entities(doc):
        if ent.start in idx and not (ent.label_ in ("GPE", "LOC") and persons_surname(ent)):
            code = _read_as_a_town(doc, ent, gaz) or _entity_country(ent, known, gaz)
            if code:
                return code
    for t in tokens:
        code = _word_country(t, gaz)
        if code:
            return code
    return None


def persons_surname(span: Span) -> bool:
    """Is a one-word name read as a place the surname of a person the story names in full or with a title,
    before or after ("Velmar aides said ... President Velmar said")?"""
    return len(span) == 1 and any(p.label_ == "PERSON" and p[-1].text == span.text and _full_or_titled(p)
                                  for p in entities(span.doc))


def _full_or_titled(person: Span) -> bool:
    """"Ivo Velmar", "President Velmar", "Mr. Velmar": a person's name no town could be."""
    before = person.doc[person.start - 1] if person.start else None
    return len(person) > 1 or (before is not None and before.head == person[0] and before.text[:1].isupper())


def _read_as_a_town(doc: Doc, ent: Span, gaz: Gazetteer) -> str | None:
    """"Carl Vance of Lebanon" in a report from Indiana: a country's name that the report's places read as a
    town (Lebanon, Indiana) is of that town's country, not of the country the name alone would give. Other
    names keep their own reading: a capital stands for its government wherever a namesake is."""
    if ent.label_ not in ("GPE", "LOC") or gaz.country(ent.text) is None:
        return None
    return next((m.place.country for m in doc._.places or [] if m.tok_start == ent.start and m.tok_end == ent.end
                 and m.place.precision in ("city", "district")), None)


def _entity_country(ent: Span, known: dict[str, dict[str, Any]], gaz: Gazetteer) -> str | None:
    """"Peruvian" -> PER, "Lima" -> PER, "the Kremlin" -> RUS."""
    if ent.label_ == "NORP":
        return gaz.demonym(ent.text)
    if ent.label_ in ("GPE", "LOC"):
        place = gaz.country(ent.text) or gaz.resolve(ent.text)
        return place.country if place else None
    if ent.text in known and known[ent.text].get("country"):
        return str(known[ent.text]["country"])
    return None


def _word_country(t: Token, gaz: Gazetteer) -> str | None:
    """A capitalised demonym the model did not tag ("Chilean"), or a country's proper name ("U.S. Navy")."""
    code = gaz.demonym(t.text) if t.pos_ in ("ADJ", "PROPN", "NOUN") and t.text[:1].isupper() else None
    if code:
        return code
    if t.pos_ == "PROPN":
        place = gaz.country(t.text)
        if place and place.country:
            return place.country
    return None


@dataclass
class Finding:
    """What the finders share while they read one doc: the mentions found so far, and the people
    named so far (surname -> (country, full name)), so that a surname alone is the same person."""

    doc: Doc
    lex: Lexicon
    gaz: Gazetteer
    known: dict[str, dict[str, Any]]
    found: list[ActorMention] = field(default_factory=list)
    people: dict[str, tuple[str | None, str]] = field(default_factory=dict)

    @property
    def info(self) -> DocInfo:
        info: DocInfo = self.doc._.info
        return info

    def mention(self, span: Span, name: str, country: str | None, kind: str) -> ActorMention:
        return ActorMention(span.start, span.end, span.text, name, country, kind, sent_index(self.doc, span.start))

    def add(self, span: Span, name: str, country: str | None, kind: str) -> None:
        self.found.append(self.mention(span, name, country, kind))

    def tokens(self, pos: tuple[str, ...]) -> Iterator[Token]:
        """The doc's words of these parts of speech, in order: a scan for a kind of word builds no Token
        for the others."""
        return (self.doc[i] for i in indices_tagged(self.doc, pos=pos))

    def covered(self) -> set[int]:
        """The tokens of the mentions found so far."""
        return {i for a in self.found for i in range(a.tok_start, a.tok_end)}

    def country_in(self, tokens: list[Token]) -> str | None:
        return country_in(tokens, self.doc, self.known, self.gaz)

    def institution_kind(self, tokens: list[Token]) -> str | None:
        return institution_kind(tokens, self.lex.institutions)


def find_actors(doc: Doc, lex: Lexicon, gaz: Gazetteer, known: dict[str, dict[str, Any]]) -> list[ActorMention]:
    """Every actor mention of the doc, in token order; not a country named as a person's home ("a tourist
    from Ruritania was killed": Ruritania is no side of the killing)."""
    f = Finding(doc, lex, gaz, known)
    for finder in FINDERS:
        finder(f)
    homes = {(p.tok_start, p.tok_end) for p in doc._.places or [] if a_home_town(doc, p, lex)}
    return sorted((a for a in f.found if (a.tok_start, a.tok_end) not in homes), key=lambda a: a.tok_start)


# -- 1. named entities: the first rule that answers for an entity -----------------------------

def _known_actor(f: Finding, ent: Span) -> ActorMention | None:
    """"the Kremlin", "Hamas": an actor of ``actors.jsonl``, by name or alias; a leader of ``people.jsonl``
    only where the words are read as a person ("Clinton" of "Clinton County" is no president)."""
    entry = f.known.get(ent.text)
    if entry is None or (entry["kind"] == "person" and ent.label_ != "PERSON"):
        return None
    name = entry["name"]
    if entry["kind"] == "person":
        # a bare surname keeps its words: "President Bush" of 1991 and of 2003 are two men of one country
        name = name if " " in ent.text else ent.text
        f.people[ent.text.split()[-1]] = (entry.get("country"), name)
    return f.mention(ent, name, entry.get("country"), entry["kind"])


def _person(f: Finding, ent: Span) -> ActorMention | None:
    """"Chilean navy chief Ana Ruiz": a person, of the side the title names; later "Ruiz" alone is
    the same person."""
    if ent.label_ != "PERSON" or _a_demonym_read_as_a_name(f, ent):
        return None
    surname = ent.text.split()[-1]
    title = _title_of(ent) + _of_country_after(ent)
    own = (f.country_in(title) if title else None) or _office_of_the_dateline(f, title)
    known, full = f.people.get(surname, (None, ent.text))
    if surname not in f.people or (own and known is None and full in ent.text):
        # "Velmar: no talks" in a headline, then "Chilean President Ana Velmar": the titled mention tells
        # (not of "Tomas Velmar" before "Chilean President Ana Velmar": another Velmar)
        f.people[surname] = (own, max(full, ent.text, key=len))
        known, full = f.people[surname]
    if own and own != known:
        return f.mention(ent, ent.text, own, "person")  # "King Rafael Velmar of Peru" is no earlier Velmar
    return f.mention(ent, full, known, "person")


def _office_of_the_dateline(f: Finding, title: list[Token]) -> str | None:
    """"LIMA -- Prime Minister Ana Ruiz met ...": a person whose title is an office of state (``national_offices``,
    capitalised) but names no country is an official of the dateline's country; none without a dateline."""
    offices = f.lex.actor_words.national_offices
    if not any(t.lower_ in offices and t.text[:1].isupper() for t in title):
        return None
    return f.info.dateline_country


def _people_named_again(f: Finding) -> None:
    """"Ruiz: no talks yet" in a headline, then "Chilean President Ana Ruiz": a person first named with no
    country is of the country a later mention of the same person gives (the earlier words are part of the
    later full name)."""
    for k, a in enumerate(f.found):
        if a.kind != "person" or a.country is not None:
            continue
        country, full = f.people.get(a.text.split()[-1], (None, a.text))
        if country is not None and a.text in full:
            f.found[k] = ActorMention(a.tok_start, a.tok_end, a.text, full, country, a.kind, a.sent)


def _of_country_after(ent: Span) -> list[Token]:
    """"of Peru" of "King Rafael Velmar of Peru": the country a person's name is followed by."""
    return [t for ch in ent.root.children if ch.dep_ == "prep" and ch.lower_ == "of" and ch.i == ent.end
            for t in ch.children if t.dep_ == "pobj" and t.ent_type_ == "GPE"]


def _title_of(ent: Span) -> list[Token]:
    """The (up to eight) words before a name that belong to it: "Chilean navy chief" of "Chilean navy
    chief Ana Ruiz", or of "the navy chief, Ana Ruiz" when the name is set beside them."""
    title = [t for t in ent.root.subtree if t.i < ent.start]
    if ent.root.dep_ == "appos":
        title += [t for t in ent.root.head.subtree if t.i < ent.start]
    return title[-8:]


def _demonym_entity(f: Finding, ent: Span) -> ActorMention | None:
    """"Peruvian warplanes": a people, or its institution ("Peruvian police"); not in "the northern
    Peruvian town of ...", which is where, not who."""
    if ent.label_ != "NORP" and not _a_demonym_read_as_a_name(f, ent):
        return None
    code = f.gaz.demonym(ent.text)
    if not code:
        return None
    head = ent.root.head if ent.root.dep_ in MODIFIER_DEPS else ent.root
    if head != ent.root and (head.lemma_.lower() in f.lex.actor_words.place_nouns or _kin_of_armed_men(f, ent[0], head)):
        return None
    kind = f.institution_kind([head]) or "state"
    country = f.gaz.country(code)
    name = f"{ent.text} {head.text}" if head != ent.root and kind != "state" else (
        country.name if country else ent.text)
    return f.mention(ent, name, code, kind)


def _a_demonym_read_as_a_name(f: Finding, ent: Span) -> bool:
    """"killed by Sylvanian shelling", where the model took "Sylvanian" for a person's name: a lone word tagged a
    person that is a people's name is the people."""
    return ent.label_ == "PERSON" and len(ent) == 1 and bool(f.gaz.demonym(ent.text))


def _kin_of_armed_men(f: Finding, first: Token, head: Token) -> bool:
    """"ethnic Albanian rebels", "ethnic Serb gunmen": a people that a kin word (``kin_words``) marks as kin of
    armed men is no state's side; the men take the country they fight in. A bare people keeps its state
    ("Velmari rebels" are Velmar's own, as "Velmari police" are)."""
    words = f.lex.actor_words
    return head.pos_ in ARMED_NOUN_POS and _singular(head) in words.armed_nouns \
        and (first.lower_ in words.kin_words or (first.i > 0 and f.doc[first.i - 1].lower_ in words.kin_words))


def _organisation(f: Finding, ent: Span) -> ActorMention | None:
    """"Chile's interior ministry", "the Peruvian Red Cross": an organisation, of the country named
    before it or in its name."""
    if ent.label_ != "ORG":
        return None
    owner = [t for t in ent.root.subtree if t.i < ent.start][-4:]
    country = f.country_in(owner) or _a_towns_body(f, ent) or f.country_in(list(ent))
    return f.mention(ent, ent.text, country, f.institution_kind(list(ent)) or "other")


def _a_towns_body(f: Finding, ent: Span) -> str | None:
    """"the Athens Police Department" in a report from Texas: a body a town's name heads ("Paris Police", "Orlov
    City Council") is that town's, in the report's own country when a town of that name is there, not the
    capital's country the name alone would give."""
    words = [t for t in ent if t.pos_ != "DET"]
    town = list(takewhile(lambda t: t.pos_ == "PROPN" and t.text[:1].isupper() and
                          t.lower_ not in f.lex.place_words.local_bodies, words))
    if not town or not any(t.lower_ in f.lex.place_words.local_bodies for t in words[len(town):]):
        return None
    name = " ".join(t.text for t in town)
    for home in dict.fromkeys([f.info.dateline_country, _home_country(f.info, f.doc._.report_places)]):
        here = f.gaz.resolve(name, context_countries=(home,), hint="city") if home else None
        if here is not None and here.country == home:
            return home
    return None


ENTITY_RULES: tuple[Callable[[Finding, Span], ActorMention | None], ...] = (
    _known_actor, _person, _demonym_entity, _organisation,
)


def _named_entities(f: Finding) -> None:
    for ent in entities(f.doc):
        found = next((m for rule in ENTITY_RULES if (m := rule(f, ent)) is not None), None)
        if found is not None:
            f.found.append(found)


# -- 2-4. places as governments, untagged demonyms, armed men ---------------------------------

def _governing_places(f: Finding) -> None:
    """"Lima would propose", "Santiago's forces": a place used for its government; not the surname of a person
    the story names ("President Ivo Velmar ... the Velmar administration said", though a town is called Velmar)."""
    for place in f.doc._.places or []:
        span = f.doc[place.tok_start:place.tok_end]
        if place.metonymic and place.place.country and not persons_surname(span):
            kind = "state" if place.place.precision == "country" else "government"
            f.add(f.doc[place.tok_start:place.tok_end], place.place.name, place.place.country, kind)


def _countries_holding_posts(f: Finding) -> None:
    """"rockets hit a Sylvanian base", "a U.S. convoy was ambushed": a country's name set before a post or a
    unit of its forces (``state_agents``) is the state that holds it, not where anything happened. Not before
    an institution ("U.S. troops"), which ``_home_institutions`` reads with the words around it."""
    agents, institutions = f.lex.actor_words.state_agents, f.lex.institutions
    for place in f.doc._.places or []:
        root = f.doc[place.tok_end - 1]
        post = root.head.lemma_.lower()
        if place.metonymic or place.place.precision != "country" or not place.place.country \
                or root.dep_ not in MODIFIER_DEPS or post not in agents or post in institutions:
            continue
        f.add(f.doc[place.tok_start:place.tok_end], place.place.name, place.place.country, "state")


def _untagged_demonyms(f: Finding) -> None:
    """"Peruvian artillery fire" where the model tagged no entity; not a place's ("Peruvian coast")."""
    covered = f.covered()
    for tok in f.tokens(pos=DEMONYM_POS):
        if tok.i in covered or not tok.text[:1].isupper() or tok.idx < f.info.dateline_end:
            continue
        code = f.gaz.demonym(tok.text)
        head = tok.head if tok.dep_ in ("amod", "compound") else tok
        if not code or (head != tok and (head.lemma_.lower() in f.lex.actor_words.place_nouns
                                         or _kin_of_armed_men(f, tok, head))):
            continue
        kind = f.institution_kind([head]) or "state"
        f.add(f.doc[tok.i:tok.i + 1], f"{tok.text} {head.text}" if head != tok else tok.text, code, kind)


def _armed_men(f: Finding) -> None:
    """"gunmen attacked a village": armed men no side is named for, of no country (the event gives them
    the country they fight in); "the rebels" after "Frente Sur fighters" are the group named before."""
    covered = f.covered()
    for tok in f.tokens(pos=ARMED_NOUN_POS):
        # "Militants attacked ...": a sentence's first word may be tagged a name
        if tok.i in covered or (tok.pos_ == "PROPN" and tok.ent_type_) \
                or not (_singular(tok) in f.lex.actor_words.armed_nouns or _armed(f, tok)) \
                or tok.dep_ not in ARMED_NOUN_DEPS or _has_named_modifier(tok, covered, f.lex.actor_words.backer_words) \
                or _one_lone_attacker(f, tok):
            continue
        named = [a for a in f.found if a.kind == "armed_group" and a.country and a.tok_end <= tok.i]
        start = tok.i - 1 if _armed(f, tok) else tok.i
        f.add(f.doc[start:tok.i + 1], f.doc[start:tok.i + 1].text, named[-1].country if named else None,
              "armed_group")


def _one_lone_attacker(f: Finding, tok: Token) -> bool:
    """"a gunman killed two people at a cafe", "the attacker was overpowered": one man named by what he does
    (``lone_attackers``, in the singular) is no armed group; an ordinary crime has no sides."""
    return tok.tag_ == "NN" and tok.lemma_.lower() in f.lex.actor_words.lone_attackers


def _armed(f: Finding, tok: Token) -> bool:
    """"armed men", "unidentified armed individuals": people that "armed" just before makes armed men."""
    return tok.i > 0 and f.doc[tok.i - 1].lower_ == "armed" and f.doc[tok.i - 1].head == tok \
        and tok.lemma_.lower() in f.lex.actor_words.armed_people


def _singular(tok: Token) -> str:
    """The lemma, lower case; a plural the tagger took for a name keeps its "s" ("Militants"): drop it."""
    lemma = tok.lemma_.lower()
    return lemma[:-1] if tok.pos_ == "PROPN" and lemma.endswith("s") else lemma


def _has_named_modifier(tok: Token, covered: set[int], backing: frozenset[str]) -> bool:
    """"Chilean rebels", "rebels of the Frente Sur": a modifier that is already a mention names the side; not
    one that names a backer ("Chilean-backed rebels": the rebels are their own side)."""
    return any(t.i in covered for c in tok.children if c.dep_ in ("amod", "compound", "poss", "prep")
               and c.lower_ not in backing for t in c.subtree)


# -- 5. bare institutions, and the rules for their side ---------------------------------------

def _home_institutions(f: Finding) -> None:
    """"the army", "police": an institution with no side named before it; its side is the first
    answer of ``INSTITUTION_SIDE_RULES``, else the report's own country."""
    covered = f.covered()
    home = _home_country(f.info, f.doc._.report_places)
    for tok in f.tokens(pos=(*INSTITUTION_POS, "PROPN")):
        if tok.i in covered or not _is_bare_institution(f, tok):
            continue
        owners = [tok, tok.head] if tok.dep_ in ("compound", "amod") else [tok]
        mods = [c for o in owners for c in o.children if c.dep_ in OWNER_DEPS and c != tok]
        leader = _leader_named(f, mods)
        if leader is not None:  # "the Velmar government": the leader's country, or none known
            country = f.people[leader.text][0]
        elif _from_outside(f, mods) or f.institution_kind([tok]) == "international":
            # "allied forces pushed into Peru", "peacekeepers in Mali": only a country named in its words
            country = _owner_named(f, tok, mods)
        else:
            country = next((code for rule in INSTITUTION_SIDE_RULES if (code := rule(f, tok, mods))), None) or home
        f.add(f.doc[tok.i:tok.i + 1], _institution_name(f, tok, country), country,
              f.institution_kind([tok]) or "other")


def _leader_named(f: Finding, mods: list[Token]) -> Token | None:
    """"the Velmar government", "Velmar government officials": an institution owned by the name of a person the
    story names (``Finding.people``) is that person's, of the person's country; of none when the story gives
    the person none (never the country of a place nearby: "Velmar government officials in Cairo" are no
    Egyptian body)."""
    return next((m for m in mods if m.text[:1].isupper() and m.text in f.people), None)


def _from_outside(f: Finding, mods: list[Token]) -> bool:
    """"allied forces", "foreign troops": an institution its modifiers call no home one; no country of the
    places around it is its own, only one named in its words ("allied Chilean troops")."""
    return any(m.lower_ in f.lex.actor_words.outside_force_words for m in mods)


def _institution_name(f: Finding, tok: Token, country: str | None) -> str:
    """"the army" of Chile: "Chile army", so that a record names whose army it is (and an export can give
    ACLED's label for it); of no known country it keeps its word."""
    place = f.gaz.country(country) if country else None
    return f"{place.name} {tok.lower_}" if place else tok.text


def _is_bare_institution(f: Finding, tok: Token) -> bool:
    """"the army fired", "police said", and "Army retakes town" (a headline's first word, tagged a name); not a
    cause ("pro-government militias")."""
    headword = tok.pos_ == "PROPN" and tok.is_sent_start and not tok.ent_type_
    if not (tok.pos_ in INSTITUTION_POS or headword) or tok.dep_ not in INSTITUTION_DEPS \
            or (tok.lower_ if headword else tok.lemma_.lower()) not in f.lex.actor_words.home_institutions:
        return False
    doc = f.doc
    return not (tok.i >= 2 and doc[tok.i - 1].text == "-"
                and doc[tok.i - 2].lower_ in f.lex.actor_words.cause_prefixes)


def _home_country(info: DocInfo, report: ReportPlaces) -> str | None:
    """The report's own country: the dateline's, if the report is about it, else the one it is most about."""
    if info.dateline_country in report.countries[:2]:
        return info.dateline_country
    return report.countries[0] if report.countries else info.dateline_country


def _owner_named(f: Finding, tok: Token, mods: list[Token]) -> str | None:
    """"Chile's army", "the Peruvian police": a country named in its modifiers; or a side found there already,
    such as a capital standing for its government ("Lima's forces")."""
    if not mods:
        return None
    at = {m.i for m in mods}
    found = (a.country for a in f.found if a.country and any(a.tok_start <= i < a.tok_end for i in at))
    return f.country_in(mods) or next(found, None)


def _possessive_pronoun(f: Finding, tok: Token, mods: list[Token]) -> str | None:
    """"Peru said its forces ...": the side named last before the pronoun in the sentence."""
    if not any(m.dep_ == "poss" and m.pos_ == "PRON" for m in mods):
        return None
    k = sent_index(f.doc, tok.i)
    before = [a for a in f.found if a.sent == k and a.tok_end <= tok.i and a.country]
    return before[-1].country if before else None


def _speakers_side(f: Finding, tok: Token, mods: list[Token]) -> str | None:
    """"The Chilean navy said troops had fired warning shots": the troops a side speaks of are its own."""
    for anc in list(tok.ancestors)[:4]:
        if anc.pos_ == "VERB" and anc.lemma_.lower() in f.lex.reporting and tok.i > anc.i:
            subj = [c for c in anc.children if c.dep_ == "nsubj"]
            if not subj:
                return None
            span = {t.i for t in subj[0].subtree}
            sides = [a.country for a in f.found if a.tok_start in span and a.country]
            return sides[0] if sides else None
    return None


def _where_it_happens(f: Finding, tok: Token, mods: list[Token]) -> str | None:
    """"rebels ambushed an army convoy near a town in Peru": the country of the sentence's places, or of
    the sentence before; not a person's home ("police and a tourist from Peru were killed")."""
    k = sent_index(f.doc, tok.i)
    for sent in (k, k - 1):
        here = [p.place.country for p in f.doc._.places or [] if p.sent == sent and p.place.country
                and not a_home_town(f.doc, p, f.lex)]
        if here:
            return here[0]
    return None


def _ours(f: Finding, tok: Token, mods: list[Token]) -> str | None:
    """"Peruvian Ministry of Defence: our forces struck a depot": "our" in a report a government body issues
    is that government's."""
    if not any(m.dep_ == "poss" and m.lower_ in f.lex.actor_words.first_person_possessives for m in mods):
        return None
    return f.info.issuer_country


INSTITUTION_SIDE_RULES: tuple[Callable[[Finding, Token, list[Token]], str | None], ...] = (
    _owner_named, _ours, _possessive_pronoun, _speakers_side, _where_it_happens,
)

FINDERS: tuple[Callable[[Finding], None], ...] = (
    _named_entities, _people_named_again, _governing_places, _countries_holding_posts, _untagged_demonyms,
    _armed_men, _home_institutions,
)


class ActorFinder(SitrepComponent):
    known: dict[str, dict[str, Any]]  # the known actors by name

    def prepare(self) -> None:
        self.known = self.lex.actor_names()

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = find_actors(doc, self.lex, self.gaz, self.known)
        return doc

"""Actor mentions: who can do something to whom, with a country and a kind.

``sitrep_actors`` writes ``doc._.actors`` from known actors (``actors.jsonl``: armed groups,
organisations, leaders, metonyms such as the Kremlin), demonyms ("Ukrainian drones",
"Israeli warplanes"), organisations owned by a country ("Russia's Defence Ministry"),
places used as governments ("Moscow would propose", "Kyiv's forces") and people whose title
names a side ("Kremlin spokesman Dmitry Peskov"; later "Peskov" alone).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from sitrep.geo.gazetteer import Gazetteer
from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.mentions import ActorMention, DocInfo, ReportPlaces, sent_index

HOME_INSTITUTIONS = {"army", "military", "police", "court", "government", "authority", "troop", "force", "soldier"}


def institution_kind(tokens: list[Token], institutions: dict[str, str]) -> str | None:
    words = [t.lemma_.lower() for t in tokens]
    for n in (2, 1):
        for k in range(len(words) - n, -1, -1):
            phrase = " ".join(words[k:k + n])
            if phrase in institutions:
                return institutions[phrase]
    return None


def country_in(tokens: list[Token], doc: Doc, known: dict[str, dict]) -> str | None:
    """The country named in a stretch of tokens: a demonym, a country, a capital, a known actor."""
    gaz = Gazetteer.load()
    idx = {t.i for t in tokens}
    for ent in doc.ents:
        if ent.start not in idx:
            continue
        if ent.label_ == "NORP":
            code = gaz.demonym(ent.text)
            if code:
                return code
        elif ent.label_ in ("GPE", "LOC"):
            place = gaz.country(ent.text) or gaz.resolve(ent.text)
            if place and place.country:
                return place.country
        elif ent.text in known and known[ent.text].get("country"):
            return str(known[ent.text]["country"])
    for t in tokens:
        code = gaz.demonym(t.text) if t.pos_ in ("ADJ", "PROPN", "NOUN") and t.text[:1].isupper() else None
        if code:
            return code
        if t.pos_ == "PROPN":
            place = gaz.country(t.text)  # "U.S. Central Command"
            if place and place.country:
                return place.country
    return None


def _speakers_side(tok: Token, found: list[ActorMention], reporting: dict[str, str]) -> str | None:
    """"The Israeli military said troops had fired warning shots": the troops a side speaks of are its own."""
    for anc in list(tok.ancestors)[:4]:
        if anc.pos_ == "VERB" and anc.lemma_.lower() in reporting and tok.i > anc.i:
            subj = [c for c in anc.children if c.dep_ == "nsubj"]
            if not subj:
                return None
            span = {t.i for t in subj[0].subtree}
            sides = [a.country for a in found if a.tok_start in span and a.country]
            return sides[0] if sides else None
    return None


class ActorFinder(SitrepComponent):
    known: dict[str, dict[str, Any]]  # the known actors by name

    def prepare(self) -> None:
        self.known = self.lex.actor_names()

    def __call__(self, doc: Doc) -> Doc:  # noqa: C901
        gaz = self.gaz
        info: DocInfo = doc._.info
        report: ReportPlaces = doc._.report_places
        place_nouns = set(self.lex.actor_words.place_nouns)
        armed_nouns = set(self.lex.actor_words.armed_nouns)
        people: dict[str, tuple[str | None, str]] = {}
        country: str | None  # surname -> (country, full name)
        out: list[ActorMention] = []

        def add(span: Span, name: str, country: str | None, kind: str) -> None:
            out.append(ActorMention(span.start, span.end, span.text, name, country, kind,
                                    sent_index(doc, span.start)))

        for ent in doc.ents:
            if ent.text in self.known:
                entry = self.known[ent.text]
                add(ent, entry["name"], entry.get("country"), entry["kind"])
                if entry["kind"] == "person":
                    people[ent.text.split()[-1]] = (entry.get("country"), entry["name"])
            elif ent.label_ == "PERSON":
                surname = ent.text.split()[-1]
                if surname in people:
                    country, full = people[surname]
                else:
                    head = ent.root.head
                    title = [t for t in ent.root.subtree if t.i < ent.start] + (
                        [t for t in head.subtree if t.i < ent.start] if ent.root.dep_ == "appos" else [])
                    title = title[-8:]
                    country = country_in(title, doc, self.known) if title else None
                    full = ent.text
                    people[surname] = (country, full)
                add(ent, full, country, "person")
            elif ent.label_ == "NORP":
                code = gaz.demonym(ent.text)
                if not code:
                    continue
                head = ent.root.head if ent.root.dep_ in ("amod", "compound", "nmod") else ent.root
                if head != ent.root and head.lemma_.lower() in place_nouns:
                    continue  # "the southern Lebanese town of Bint Jbeil": where, not who
                kind = institution_kind([head], self.lex.institutions) or "state"
                country_place = gaz.country(code)
                name = f"{ent.text} {head.text}" if head != ent.root and kind != "state" else (
                    country_place.name if country_place else ent.text)
                add(ent, name, code, kind)
            elif ent.label_ == "ORG":
                country = country_in([t for t in ent.root.subtree if t.i < ent.start][-4:], doc, self.known)
                if country is None:
                    country = country_in(list(ent), doc, self.known)
                kind = institution_kind(list(ent), self.lex.institutions) or "other"
                add(ent, ent.text, country, kind)
        for place in doc._.places or []:
            if place.metonymic and place.place.country:
                span = doc[place.tok_start:place.tok_end]
                kind = "state" if place.place.precision == "country" else "government"
                add(span, place.place.name, place.place.country, kind)
        # demonyms the model did not tag: "Ukrainian artillery fire"
        covered = {i for a in out for i in range(a.tok_start, a.tok_end)}
        for tok in doc:
            if tok.i not in covered and tok.text[:1].isupper() and tok.pos_ in ("ADJ", "PROPN") \
                    and tok.idx >= info.dateline_end:
                code = gaz.demonym(tok.text)
                if code:
                    head = tok.head if tok.dep_ in ("amod", "compound") else tok
                    if head != tok and head.lemma_.lower() in place_nouns:
                        continue
                    kind = institution_kind([head], self.lex.institutions) or "state"
                    add(doc[tok.i:tok.i + 1], f"{tok.text} {head.text}" if head != tok else tok.text, code, kind)
        # armed men no side is named for: "gunmen attacked a village" (their country is where they fight)
        covered = {i for a in out for i in range(a.tok_start, a.tok_end)}
        for tok in doc:
            if tok.i in covered or tok.pos_ != "NOUN" or tok.lemma_.lower() not in armed_nouns:
                continue
            if tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "dobj") or any(
                    c.i in covered for c in tok.children if c.dep_ in ("amod", "compound", "poss", "prep")
                    for c in c.subtree):
                continue
            # "the rebels" after "M23 fighters": the armed group named before; else none yet
            named = [a for a in out if a.kind == "armed_group" and a.country and a.tok_end <= tok.i]
            add(doc[tok.i:tok.i + 1], tok.text, named[-1].country if named else None, "armed_group")
        # bare institutions with no side named: "the army", "police" -> the report's own country
        covered = {i for a in out for i in range(a.tok_start, a.tok_end)}
        home = info.dateline_country if info.dateline_country in report.countries[:2] else (
            report.countries[0] if report.countries else info.dateline_country)
        for tok in doc:
            if tok.i in covered or tok.pos_ not in ("NOUN", "ADJ"):
                continue
            ikind = institution_kind([tok], self.lex.institutions)
            if tok.lemma_.lower() not in HOME_INSTITUTIONS or tok.dep_ not in (
                    "nsubj", "nsubjpass", "pobj", "dobj", "compound", "amod"):
                continue
            if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("pro", "anti"):
                continue  # "pro-government militias"
            owners = [tok, tok.head] if tok.dep_ in ("compound", "amod") else [tok]
            mods = [c for o in owners for c in o.children if c.dep_ in ("poss", "amod", "compound") and c != tok]
            country = country_in(mods, doc, self.known) if mods else None
            if country is None and any(m.dep_ == "poss" and m.pos_ == "PRON" for m in mods):
                # "its forces", "their troops": the side named last before them in the sentence
                before = [a for a in out if a.sent == sent_index(doc, tok.i) and a.tok_end <= tok.i
                          and a.country]
                country = before[-1].country if before else None
            if country is None:
                country = _speakers_side(tok, out, self.lex.reporting)
            if country is None:
                # "jihadists ambushed an army convoy near Boni, Mali": the army of the country where it happens
                k = sent_index(doc, tok.i)
                for sent in (k, k - 1):  # this sentence, then the one before
                    here = [p.place.country for p in doc._.places or [] if p.sent == sent and p.place.country]
                    if here:
                        country = here[0]
                        break
            add(doc[tok.i:tok.i + 1], tok.text, country or home, ikind or "other")
        out.sort(key=lambda a: a.tok_start)
        doc._.actors = out
        return doc

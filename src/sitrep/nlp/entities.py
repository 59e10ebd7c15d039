"""Entity fixes: the small model's NER, corrected with the gazetteer and the actor lexicon.

``sitrep_entities`` relabels person-or-organisation entities that are known places ("Kyiv"
tagged PERSON), drops entities with no letters ("n't" tagged GPE), and tags the known
actors of ``actors.jsonl`` (RSF, M23, Hezbollah, the Kremlin ...) as ORG and the people of
``people.jsonl`` (leaders: "Yeltsin", "Hosni Mubarak") as PERSON.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.headline import headline_line
from sitrep.nlp.mentions import keep_entities, span_text
from sitrep.nlp.places.names import people_names

HEADLINE_CITY = 100_000  # people in a town read as a place when it opens a headline

TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "president", "sheriff", "judge", "mayor", "chief",
          "sgt", "lt", "col", "gen", "capt", "officer", "detective", "coach", "prof", "rev", "father", "sister"}


class EntityFixer(SitrepComponent):
    actor_names: dict[str, dict[str, Any]]
    nouns: set[str]  # common nouns the model tags as names ("Missiles struck ..." tagged PERSON)
    calendar_words: frozenset[str]  # "may", "sept", "friday": words of time, never places
    matcher: PhraseMatcher  # the known actors' names

    def __init__(self, nlp: Language, relabel: list[str], min_population: int) -> None:
        self.nlp = nlp
        self.relabel = set(relabel)
        self.min_population = min_population

    def prepare(self) -> None:
        lex = self.lex
        self.actor_names = lex.actor_names()
        self.nouns = set(lex.items) | set(lex.weapons) | set(lex.damage) | set(lex.institutions)
        # the names of months and days (``time.toml``): never a place however the model tags them
        self.calendar_words = frozenset(lex.time_words.months) | frozenset(lex.time_words.weekdays)
        self.matcher = PhraseMatcher(self.nlp.vocab)
        for label in ("ACTOR", "PERSON"):
            names = [name for name, entry in self.actor_names.items()
                     if (entry["kind"] == "person") == (label == "PERSON") and not self._also_a_place(name, entry)]
            self.matcher.add(label, [self.nlp.make_doc(name) for name in names])

    def _also_a_place(self, name: str, entry: dict[str, Any]) -> bool:
        """A leader's surname that is also a town ("Clinton", "Blair") is tagged only where the model reads a
        person ("President Clinton said"); "Clinton County" stays a place."""
        if entry["kind"] != "person" or " " in name:
            return False
        return any(self.gaz.by_own_name(name, p) for p in self.gaz.lookup(name)[:3])  # not "Xi", a region's alias

    def _is_place(self, text: str) -> bool:
        gaz = self.gaz
        if text in self.actor_names and self.actor_names[text]["kind"] != "person":
            return False  # "Hamas" is no town; "Clinton" may be one
        for place in gaz.lookup(text)[:3]:
            if place.precision in ("country", "admin1") or (
                    place.population >= self.min_population and gaz.by_own_name(text, place)):
                return True  # a town by its own name only: "Lin" is a surname, not Lynn, Massachusetts
        return False

    def _a_person_acting(self, ent: Span) -> bool:
        """"Kowalski met with the envoy", "the envoy met with Kowalski": a name that is the subject of a verb only
        people do (``person_verbs``), or met "with", is a person, though a town has the name; a country or a
        capital stands for its government and stays a place ("Lima met with the rebels")."""
        verbs = self.lex.actor_words.person_verbs
        root = ent.root
        while root.dep_ == "conj" and root.head != root:
            root = root.head  # "Kowalski and the envoy met"
        head = root.head
        acting = (root.dep_ == "nsubj" and head.lemma_.lower() in verbs) or (
            root.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in verbs)
        return acting and self._only_a_town(ent.text)

    def _a_nationality(self, ent: Span) -> bool:
        """"Ostmarkian troops shelled the post" with "Ostmarkian" tagged PERSON: one word that is a demonym and
        modifies the noun after it names a people, not a person (a person's name is no modifier of a noun)."""
        root = ent.root
        return len(ent) == 1 and root.dep_ in ("amod", "compound") and root.head.i > root.i \
            and root.head.pos_ == "NOUN" and bool(self.gaz.demonym(ent.text))

    def _a_weapon_model(self, ent: Span) -> bool:
        """"an Iskander ballistic missile", "a Shahed drone": a name that qualifies a weapon noun (``weapons.tsv``)
        names the weapon's model, not a place nor a person, though a town has the name; a country or an actor
        that qualifies one owns it ("U.S. airstrikes", "Hamas rockets")."""
        if self.gaz.country(span_text(ent)) or span_text(ent) in self.actor_names:
            return False
        head = ent.root
        while head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i:
            head = head.head
        return head.i >= ent.end and head.lemma_.lower() in self.lex.weapons

    def _only_a_town(self, text: str) -> bool:
        """A name the gazetteer knows, and only as a town or a region: no country, no capital."""
        gaz = self.gaz
        found = gaz.lookup(text)[:3]
        return bool(found) and not any(p.precision == "country" or gaz.capital_named(text, p.country or "") is not None
                                       for p in found)

    def _headline_places(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Shells rain on Donetsk", "Peshawar blast leaves 11 dead": a headline writes every word with a capital,
        and the model, trained on prose, tags few of its names; a capitalised name the model left untagged, after
        a word of place ("in", "on", "near") or written before the noun it modifies, is a place where the
        gazetteer knows it as one (``_is_place``). Not a common noun of the lexicon ("Rebels", "Missiles")."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        before = self.lex.place_words.locative_words | {"on"}
        found: list[Span] = []
        for sent in doc.sents:
            if not headline_line(sent):
                continue
            for start, end in _capitalised_runs(sent, taken):
                last = doc[end - 1]
                placed = start > sent.start and doc[start - 1].lower_ in before
                modifies = last.dep_ in ("compound", "amod", "nmod") and last.head.i >= end and last.head.pos_ == "NOUN"
                text = doc[start:end].text
                if (placed or modifies) and text.lower() not in self.nouns and self._is_place(text) and (
                        start > sent.start or self._a_big_place(text)):
                    found.append(Span(doc, start, end, label="GPE"))
        return found

    def _places_read_as_a_time(self, ent: Span) -> list[Span]:
        """"drones at Kyiv overnight" tagged TIME, "found near Kora" tagged DATE: a capitalised name inside a
        time the model tagged, right after a word of place ("at", "near"), that is no name of a month or a day
        and that the gazetteer knows as a place (``_is_place``), is that place; the words of time around it are
        left to the time finder, which reads them on its own."""
        doc, before = ent.doc, self.lex.place_words.locative_words
        out = []
        for t in ent:
            if t.i > 0 and doc[t.i - 1].lower_ in before and t.is_title and t.pos_ == "PROPN" \
                    and t.lower_ not in self.calendar_words and self._is_place(t.text):
                out.append(Span(doc, t.i, t.i + 1, label="GPE"))
        return out

    def _a_big_place(self, text: str) -> bool:
        """A country, a region or a city of ``HEADLINE_CITY`` people or more: the first word of a headline has
        its capital whatever it is ("Twin blasts rock ..."), so only a name known far and wide is read as a
        place there ("Peshawar blast leaves 11 dead")."""
        return any(p.precision in ("country", "admin1") or p.population >= HEADLINE_CITY
                   for p in self.gaz.lookup(text)[:3] if self.gaz.by_own_name(text, p))

    def __call__(self, doc: Doc) -> Doc:
        ents: list[Span] = []
        # a name the model tagged as a place once is a place everywhere in the report
        places = {span_text(e) for e in doc.ents if e.label_ in ("GPE", "LOC")}
        # ... and a word of a person's full name is that person when it stands alone ("Obama said")
        people = people_names(doc, self.gaz) - places
        for ent in doc.ents:
            text = span_text(ent)
            if not any(c.isalpha() for c in text) or (ent.label_ == "GPE" and text.islower()):
                continue
            low = text.lower()
            if ent.label_ in ("PERSON", "ORG", "GPE") and len(ent) == 1 and (
                    {low, low[:-1] if low.endswith("s") else low, ent.root.lemma_.lower()} & self.nouns):
                continue  # "Missiles struck ..." tagged PERSON: a common noun, not a name
            if ent.label_ == "NORP" and not self.gaz.demonym(text) and self._is_place(text):
                ents.append(Span(doc, ent.start, ent.end, label="GPE"))  # "the Belgorod region" tagged NORP
            elif ent.label_ in self.relabel and self._a_nationality(ent):
                ents.append(Span(doc, ent.start, ent.end, label="NORP"))
            elif ent.label_ == "PERSON" and (text in people or (
                    ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in TITLES)):
                ents.append(ent)  # "Mr Obama", "Obama" after "Barack Obama": not Obama, Japan
            elif ent.label_ in ("GPE", *self.relabel) and self._a_person_acting(ent):
                ents.append(Span(doc, ent.start, ent.end, label="PERSON"))
            elif ent.label_ in ("GPE", "LOC", *self.relabel) and self._a_weapon_model(ent):
                ents.append(Span(doc, ent.start, ent.end, label="PRODUCT"))  # "an Iskander missile"
            elif ent.label_ in self.relabel and (text in places or self._is_place(text)):
                ents.append(Span(doc, ent.start, ent.end, label="GPE"))
            elif ent.label_ in ("DATE", "TIME"):
                ents += self._places_read_as_a_time(ent) or [ent]
            else:
                ents.append(ent)
        ents += self._headline_places(doc, ents)
        actor_spans = [Span(doc, s, e, label="PERSON" if self.nlp.vocab.strings[m] == "PERSON" else "ORG")
                       for m, s, e in self.matcher(doc)]
        # known actors win over the model's guesses where they overlap
        kept = [e for e in ents if not any(e.start < a.end and a.start < e.end for a in actor_spans)]
        doc.ents = filter_spans(actor_spans + kept)
        keep_entities(doc)
        return doc


def _capitalised_runs(sent: Span, taken: set[int]) -> list[tuple[int, int]]:
    """The runs of capitalised nouns and names in a sentence that no entity holds, as (start, end) token indices."""
    runs: list[tuple[int, int]] = []
    start = None
    for t in [*sent, None]:
        inside = t is not None and t.i not in taken and t.is_title and t.pos_ in ("PROPN", "NOUN")
        if inside and start is None:
            start = t.i
        elif not inside and start is not None:
            runs.append((start, t.i if t is not None else sent.end))
            start = None
    return runs

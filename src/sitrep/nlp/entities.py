"""Entity fixes: the small model's NER, corrected with the gazetteer and the actor lexicon.

``sitrep_entities`` relabels person-or-organisation entities that are known places ("Kyiv"
tagged PERSON), drops entities with no letters ("n't" tagged GPE), and tags the known
actors of ``actors.jsonl`` (RSF, M23, Hezbollah, the Kremlin ...) as ORG.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitrep.geo.gazetteer import Gazetteer
from sitrep.lexicon import load_lexicon
from sitrep.nlp.places.names import people_names

TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "president", "sheriff", "judge", "mayor", "chief",
          "sgt", "lt", "col", "gen", "capt", "officer", "detective", "coach", "prof", "rev", "father", "sister"}


class EntityFixer:
    def __init__(self, nlp: Language, relabel: list[str], min_population: int) -> None:
        self.relabel = set(relabel)
        self.min_population = min_population
        lex = load_lexicon()
        self.actor_names = lex.actor_names()
        self.nouns = set(lex.items) | set(lex.weapons) | set(lex.damage) | set(lex.institutions)
        self.matcher = PhraseMatcher(nlp.vocab)
        self.matcher.add("ACTOR", [nlp.make_doc(name) for name in self.actor_names])

    def _is_place(self, text: str) -> bool:
        gaz = Gazetteer.load()
        if text in self.actor_names:
            return False
        for place in gaz.lookup(text)[:3]:
            if place.precision in ("country", "admin1") or (
                    place.population >= self.min_population and gaz.by_own_name(text, place)):
                return True  # a town by its own name only: "Lin" is a surname, not Lynn, Massachusetts
        return False

    def __call__(self, doc: Doc) -> Doc:
        ents: list[Span] = []
        # a name the model tagged as a place once is a place everywhere in the report
        places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")}
        # ... and a word of a person's full name is that person when it stands alone ("Obama said")
        people = people_names(doc, Gazetteer.load()) - places
        for ent in doc.ents:
            if not any(c.isalpha() for c in ent.text) or (ent.label_ == "GPE" and ent.text.islower()):
                continue
            low = ent.text.lower()
            if ent.label_ in ("PERSON", "ORG", "GPE") and len(ent) == 1 and (
                    {low, low[:-1] if low.endswith("s") else low, ent.root.lemma_.lower()} & self.nouns):
                continue  # "Missiles struck ..." tagged PERSON: a common noun, not a name
            gaz = Gazetteer.load()
            if ent.label_ == "NORP" and not gaz.demonym(ent.text) and self._is_place(ent.text):
                ents.append(Span(doc, ent.start, ent.end, label="GPE"))  # "the Belgorod region" tagged NORP
            elif ent.label_ == "PERSON" and (ent.text in people or (
                    ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in TITLES)):
                ents.append(ent)  # "Mr Obama", "Obama" after "Barack Obama": not Obama, Japan
            elif ent.label_ in self.relabel and (ent.text in places or self._is_place(ent.text)):
                ents.append(Span(doc, ent.start, ent.end, label="GPE"))
            else:
                ents.append(ent)
        actor_spans = [Span(doc, s, e, label="ORG") for _, s, e in self.matcher(doc)]
        # known actors win over the model's guesses where they overlap
        kept = [e for e in ents if not any(e.start < a.end and a.start < e.end for a in actor_spans)]
        doc.ents = filter_spans(actor_spans + kept)
        return doc


@Language.factory(
    "sitrep_entities",
    default_config={"relabel": ["PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"], "min_population": 5000},
)
def make_entity_fixer(nlp: Language, name: str, relabel: list[str], min_population: int) -> EntityFixer:
    return EntityFixer(nlp, relabel, min_population)

"""Event triggers: words that carry an event, with its type and status.

``sitrep_triggers`` matches the lemma patterns of ``triggers.jsonl`` with spaCy's Matcher,
checks each entry's conditions against the sentence and the parse, resolves a bare
``attack`` to a weapon type from ``weapons.tsv``, reads the status from the governing verb
and modality (``data/words/status.toml``), and drops hypothetical, irrealis and habitual mentions.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from sitrep.lexicon import Lexicon, TriggerEntry
from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.mentions import TriggerMention, sent_index, sentences
from sitrep.nlp.phrases import index_of

DURATIONS = {"day", "week", "month", "year", "hour", "night"}
GROUND_SUBJECTS = {"troop", "force", "fighter", "unit", "soldier", "rebel", "militant", "militia", "insurgent"}
STATUS_ORDER = {"agreed": 0, "proposed": 1, "planned": 2, "rejected": 3, "cancelled": 4, "ongoing": 5}
AID_OBJECTS = {"aid", "system", "weapon", "missile", "tank", "ammunition", "package", "assistance", "fund",
               "support", "equipment", "interceptor", "shell", "jet", "defence", "defense", "pound", "dollar", "euro"}


def weapon_spans(sent: Span, lex: Lexicon) -> list[tuple[int, str, str]]:
    """(token index, attack type, item) for each weapon word in a sentence, longest phrase first."""
    lemmas = [t.lemma_.lower() if t.pos_ != "PROPN" else t.lower_.removesuffix("s") for t in sent]
    return [(sent.start + end - 1, atype, item)
            for _, end, (atype, item) in index_of(lex.weapons).find(lemmas, overlap=False)]


def _clause(verb: Token) -> set[Token]:
    """A verb's own clause: its subtree without the clauses joined to it that have their own subject."""
    out = set(verb.subtree)
    for t in verb.subtree:
        if t != verb and t.dep_ in ("conj", "advcl", "ccomp", "parataxis", "relcl") and t.pos_ in ("VERB", "AUX") and any(
                x.dep_ in ("nsubj", "nsubjpass") for x in t.children):
            out -= {x for x in t.subtree if not (x.head == t and x.dep_ == "mark")}  # "since" stays
    return out


def governing_verb(tok: Token) -> Token:
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") or cur.head == cur:
            return cur
        cur = cur.head
    return cur


def _conditional_threat(etype: str, status: str | None, head: Token) -> bool:
    """"The EU said it would impose sanctions ... if the offensive continued": force or sanctions promised on a
    condition are a threat, made now."""
    if status != "planned" or not (etype.startswith("attack") or etype == "diplomacy.sanctions"):
        return False
    verb = governing_verb(head)
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in verb.children)


BACKREF_PREPS = {"after", "following", "by", "amid", "since", "despite", "during"}


def _without_backreferences(doc: Doc, found: list[TriggerMention]) -> list[TriggerMention]:
    """"Power was cut to 40,000 homes after the attacks", "30,000 displaced by the fighting": a definite
    mention of an event told before, set beside another kind of event, is not an event of its own."""
    def backref(t: TriggerMention) -> bool:
        head = doc[t.head]
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in head.children)
        # "detained 11 journalists covering the protests": the object of a participle describing someone
        described = head.dep_ == "dobj" and head.head.dep_ in ("acl", "relcl") and head.head.tag_ == "VBG"
        return head.pos_ == "NOUN" and definite and (
            (head.dep_ == "pobj" and head.head.lower_ in BACKREF_PREPS) or described)
    drop = set()
    for t in found:
        if backref(t) and any(o.sent == t.sent and o.type.split(".")[0] != t.type.split(".")[0] and not backref(o)
                              for o in found):
            drop.add(t.head)
    return [t for t in found if t.head not in drop]


class TriggerFinder(SitrepComponent):
    matcher: PhraseMatcher  # the lexicon's trigger phrases
    entries: dict[str, TriggerEntry]  # the trigger entry of each match key

    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab

    def prepare(self) -> None:
        # lemma sequences matched by hash (PhraseMatcher on LEMMA); part of speech is checked after
        self.matcher = PhraseMatcher(self.vocab, attr="LEMMA")
        self.entries = {}
        for k, entry in enumerate(self.lex.triggers):
            key = f"T{k}"
            self.entries[key] = entry
            variants = {tuple(entry.words), (entry.words[0].capitalize(), *entry.words[1:])}
            self.matcher.add(key, [Doc(self.vocab, words=list(v), lemmas=list(v)) for v in variants])

    # conditions ---------------------------------------------------------------------------
    def _accepts(self, entry: TriggerEntry, span: Span, weapons: list[tuple[int, str, str]], doc: Doc) -> bool:
        sent = sentences(doc)[sent_index(doc, span.start)]
        lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent} | {
            t.lower_.removesuffix("s") for t in sent if t.pos_ == "PROPN"}  # "Flights were suspended"
        if entry.needs and not lemmas & set(entry.needs):
            return False
        if entry.not_with and lemmas & set(entry.not_with):
            return False
        head = span.root
        if entry.pos and span[0].pos_ not in entry.pos:
            return False
        if entry.negated and not any(c.dep_ == "neg" for c in head.children):
            return False
        if entry.particle and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == entry.particle
                                      for c in head.children):
            return False
        if entry.needs_object or entry.not_object:
            objects = {c.lemma_.lower() for c in head.children if c.dep_ in ("dobj", "nsubjpass")}
            if head.dep_ in ("relcl", "acl"):
                objects.add(head.head.lemma_.lower())
            if entry.needs_object and not objects & set(entry.needs_object):
                return False
            if objects & set(entry.not_object):
                return False
        if entry.governed:
            gov = head.head
            if gov.lemma_.lower() not in entry.governed and not (
                gov.dep_ == "prep" and gov.head.lemma_.lower() in entry.governed
            ):
                return False
        if entry.needs_weapon and not weapons and not any(
                t.lemma_.lower() in ("attack", "strike") for t in head.subtree):
            return False
        if entry.needs_place:
            after = [t for t in head.subtree if t.i > head.i] + ([head.head] if head.dep_ == "amod" else [])
            if not any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC") for t in after):
                return False
        if entry.needs_aid_object:
            objs = {t.lemma_.lower() for t in head.subtree}
            if not objs & AID_OBJECTS:
                return False
        return True

    def _irrealis(self, head: Token) -> bool:
        """Hypothetical, conditional or merely desired acts: "pressure to accept a ceasefire"."""
        cues = self.lex.status
        hypo = set(cues.hypothetical_markers)
        status_words = set(cues.planned_governors) | set(cues.agreed_governors) | set(
            cues.proposed_governors) | set(cues.rejected_governors)
        verb = governing_verb(head)
        for tok in (verb, verb.head):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children):
                return True
        if verb.head.lower_ == "without" or any(c.lower_ == "without" and c.dep_ in ("prep", "mark")
                                                   for c in verb.children if c.i < verb.i):
            return True  # "without agreeing on a ceasefire"
        if any(c.dep_ == "aux" and c.lower_ in hypo for c in verb.children):
            return True
        if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) and verb.dep_ != "ROOT":
            gov = verb.head
            allowed = status_words | set(cues.causative_governors)
            if gov != verb and gov.lemma_.lower() not in allowed and gov.lower_ != "due":
                return True
        return False

    @staticmethod
    def _after_aux(tok: Token) -> bool:
        """"had “liberated” X": a quoted verb the parser took for an adjective."""
        doc = tok.doc
        k = tok.i - 1
        while k >= 0 and doc[k].is_punct:
            k -= 1
        return k >= 0 and doc[k].lemma_ in ("have", "be") and doc[k].tag_ != "VBG"

    @staticmethod
    def _not_an_act(entry: TriggerEntry, head: Token) -> bool:
        """"No arrests were reported", "a general it accused of ...", "7 million people are displaced"."""
        fam = entry.type.split(".")[0]
        if fam in ("attack", "arrest", "protest") and any(c.dep_ == "det" and c.lower_ in ("no", "any")
                                                          for c in head.children):
            return True  # "no arrests were reported", "would respond with force to any attack"
        verb = governing_verb(head)
        if fam in ("attack", "arrest", "protest", "territory") and not entry.negated and any(
                c.dep_ == "neg" for c in verb.children) and (verb == head or head.dep_ in ("dobj", "nsubjpass")):
            return True  # "Hezbollah has not claimed any attacks", "troops did not advance"
        if fam == "statement" and (head.dep_ == "relcl" or (head.dep_ in ("acl", "amod") and head.tag_ == "VBN")):
            return True
        if fam != "statement" and any(a.lemma_.lower() in ("accuse", "deny", "blame", "allege")
                                      for a in list(head.ancestors)[:5]):
            return True  # "accused Kyiv of shelling the village": an allegation, told as such
        return head.pos_ == "VERB" and any(c.dep_ == "auxpass" and c.lower_ in ("are", "is") for c in head.children)

    @staticmethod
    def _generic(head: Token) -> bool:
        """"protected from missile attacks": a bare plural noun in a prepositional phrase is no one event."""
        if head.pos_ != "NOUN" or head.dep_ != "pobj":
            return False
        if head.tag_ != "NNS" and head.head.lower_ in ("from", "against"):
            return False
        if head.head.lower_ in ("about", "regarding", "concerning"):
            return True  # "posts about air strikes": a topic, not an event
        if head.tag_ == "NNS" and head.head.lower_ in ("from", "against") and not any(
                c.dep_ in ("det", "poss", "nummod") for c in head.children):
            return True
        if head.head.lower_ == "of" and head.head.head.lemma_.lower() in DURATIONS:
            return True  # "after several days of assaults"
        # "a halt to fighting": a bare noun inside another noun's phrase
        return head.head.head.pos_ == "NOUN" and not any(
            c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in head.children)

    def _habitual(self, span: Span) -> bool:
        for anc in [span.root, *list(span.root.ancestors)[:4]]:
            if any(c.dep_ == "mark" and c.lower_ == "since" for c in anc.children):
                return True  # "since anti-government demonstrations began in February"
        cues = self.lex.status
        verb = governing_verb(span.root)
        # the markers of the trigger's own clause: "Israel has repeatedly struck Hodeidah, and its defence
        # minister threatened ..." is a habit and a threat
        sent_text = " ".join(t.lower_ for t in sorted(_clause(verb) | set(span), key=lambda t: t.i)) if verb.pos_ in ("VERB", "AUX") else \
            sentences(span.doc)[sent_index(span.doc, span.start)].text.lower()
        if any(f" {m} " in f" {sent_text} " for m in cues.habitual_markers):
            return True
        perfect = any(c.lower_ in ("has", "have", "'ve") and c.dep_ == "aux" for c in verb.children)
        if perfect and any(m in sent_text for m in cues.background_perfect_markers):
            return True
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "conj" and not subj:  # "the war has killed thousands and uprooted millions"
            subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            perfect = perfect or any(c.lower_ in ("has", "have", "'ve") and c.dep_ == "aux" for c in verb.head.children)
            verb = verb.head if verb.head.dep_ == "relcl" else verb
        if verb.dep_ == "relcl" and not subj:
            subj = [verb.head]
        elif verb.dep_ == "relcl" and subj and subj[0].pos_ == "PRON":
            subj = [verb.head]  # "the war, which has killed tens of thousands"
        if (perfect or verb.dep_ == "relcl") and subj and subj[0].lemma_.lower() in cues.background_subjects:
            return True  # "the war ... has displaced more than 12 million people": the war, not an event
        return verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ in ("usually", "often")
                                                    for c in verb.children)

    def _status(self, entry: TriggerEntry, head: Token) -> str | None:
        cues = self.lex.status
        if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return "cancelled"
        light = set(cues.light_verbs)
        chain = [head, *list(head.ancestors)[:3]]
        # "agreed to a ceasefire after talks hosted by China": the talks came before what was agreed
        cut = next((k for k, t in enumerate(chain) if t.dep_ == "prep" and t.lower_ in ("after", "following")), None)
        chain = chain[:cut] if cut is not None else chain
        for k, anc in enumerate(chain[1:], 1):
            if anc.lemma_.lower() in light and anc.dep_ == "xcomp":
                chain = chain[:k + 1] + list(anc.ancestors)[:2]  # look past "hold" to what governs it
                break
        for tok in chain:
            lemma = tok.lemma_.lower()
            if tok != head:
                if lemma in cues.agreed_governors:
                    return "agreed"
                if lemma in cues.rejected_governors and entry.type != "diplomacy.rejection":
                    return "rejected"
                if lemma in cues.proposed_governors and entry.type.startswith("diplomacy"):
                    return "proposed"
                if lemma == "call" and not any(c.lower_ in ("for", "on") for c in tok.children):
                    continue  # "what it called unprovoked shelling" names, it does not plan
                if lemma in cues.planned_governors or lemma == "due":
                    return "planned"
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in cues.future_aux for c in tok.children):
                return entry.status or "planned"
            if tok.pos_ in ("VERB", "AUX") and tok != head and not (lemma in light and tok.dep_ == "xcomp"):
                break  # "agreed to hold another round of talks": holding says nothing of its own
        if any(c.dep_ == "amod" and c.lower_ in ("planned", "proposed", "scheduled", "upcoming", "expected")
               for c in head.children):
            return "planned"  # "ahead of a planned rally"
        if entry.status:
            return entry.status
        verb = governing_verb(head)
        if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
            return "ongoing"
        return None

    def _attack_type(self, entry: TriggerEntry, span: Span, weapons: list[tuple[int, str, str]]) -> str:
        if entry.type != "attack":
            return entry.type
        head = span.root
        verb = governing_verb(head)
        scope = {t.i for t in verb.subtree} | {t.i for t in head.subtree}
        near = [w for w in weapons if w[0] in scope] or weapons
        types = {w[1] for w in near}
        if "attack.missile" in types:
            return "attack.missile"
        if near:
            return min(near, key=lambda w: abs(w[0] - head.i))[1]
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        ground_verbs = ("attack", "assault", "storm", "fight", "clash", "advance", "raid")
        if subj and subj[0].lemma_.lower() in GROUND_SUBJECTS and verb.lemma_.lower() in ground_verbs:
            return "attack.ground"
        return "attack"  # left to the assembler: the attack the report is about

    def __call__(self, doc: Doc) -> Doc:
        sents = sentences(doc)
        self.entries_by_head: dict[int, bool] = {}
        weapons_by_sent: dict[int, list[tuple[int, str, str]]] = {}
        found: list[TriggerMention] = []
        taken: set[int] = set()
        order = {key: k for k, key in enumerate(self.entries)}
        matches = sorted(self.matcher(doc),
                         key=lambda m: (m[1], -(m[2] - m[1]), order[doc.vocab.strings[m[0]]]))
        for key_id, s, e in matches:
            entry = self.entries[doc.vocab.strings[key_id]]
            span = doc[s:e]
            if taken & set(range(s, e)):
                continue
            sent = sents[sent_index(doc, span.start)]
            if any(cs <= sent.start_char < ce for cs, ce in doc._.captions or []):
                continue
            if entry.type.startswith("attack") and self._generic(span.root):
                continue
            if span.root.pos_ == "VERB" and span.root.dep_ == "amod" and not self._after_aux(span.root):
                continue  # "displaced people", "wounded soldiers": a description, not an act
            if self._not_an_act(entry, span.root):
                continue
            weapons = weapons_by_sent.setdefault(sent.start, weapon_spans(sent, self.lex))
            if not self._accepts(entry, span, weapons, doc) or self._irrealis(span.root):
                continue
            if entry.type == "none":  # "summoned the envoy in protest": words that carry no event of their own
                taken.update(range(s, e))
                continue
            if self._habitual(span):
                continue
            taken.update(range(s, e))
            self.entries_by_head[span.root.i] = entry.alone
            etype, status = self._attack_type(entry, span, weapons), self._status(entry, span.root)
            if _conditional_threat(etype, status, span.root):
                etype, status = "statement.threat", None
            found.append(TriggerMention(
                tok_start=s, tok_end=e, head=span.root.i, type=etype, status=status,
                sent=sent_index(doc, span.start), interception=entry.interception,
            ))
        found = _without_backreferences(doc, found)
        alone = {t.head for t in found if self.entries_by_head.get(t.head, False)}
        if alone:
            heads = {t.head for t in found}
            def complement(head: int) -> set[int]:
                kids = [c for c in doc[head].children if c.dep_ in ("xcomp", "ccomp", "dobj")
                        or (c.dep_ == "prep" and c.lower_ in ("to", "on", "upon"))]
                return {x.i for c in kids for x in c.subtree}

            found = [t for t in found if t.head not in alone or not (complement(t.head) & (heads - {t.head}))]
        doc._.triggers = sorted(found, key=lambda t: t.tok_start)
        return doc

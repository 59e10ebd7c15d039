"""Claims: who says so, through which channel, asserting or denying.

``sitrep_claims`` writes ``doc._.claims``: for each reporting verb (``reporting.tsv``) with a
subject, and for each "according to X", the claimant (the speaker or body, not the outlet),
resolved through pronouns ("he said", "it said") and short definite names ("the ministry
added") to the last claimant they can stand for; the channel ("on Telegram", "in a
statement", "told state television") and the stance.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from sitrep.nlp.actors import country_in, institution_kind
from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.mentions import ClaimMention, sent_index, sentences

PRONOUNS = {"he": "person", "she": "person", "it": "org", "they": "any"}
CUT_DEPS = {"relcl", "acl", "punct", "cc", "advcl", "prep"}
KEEP_PREP_HEADS = {"head", "chief", "spokesman", "spokeswoman", "spokesperson", "member", "leader", "official"}


def claimant_span(subj: Token) -> Span:
    """The subject's words, without relative clauses and trailing punctuation."""
    doc = subj.doc
    toks = [subj]
    stack = list(subj.children)
    while stack:
        t = stack.pop()
        keep = (t.dep_ == "prep" and t.head.lemma_.lower() in KEEP_PREP_HEADS) or (t.dep_ == "punct" and t.text == "’")
        if t.dep_ in CUT_DEPS and not keep:
            continue
        toks.append(t)
        stack.extend(t.children)
    lo, hi = min(t.i for t in toks), max(t.i for t in toks) + 1
    while lo < hi and doc[lo].lower_ in ("the", "a", "an", ",", "—", "-"):
        lo += 1
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    return doc[lo:hi]


def _describes(verb: Token) -> bool:
    """"a general it accused of directing ...": a reporting verb inside a description, not a statement."""
    if verb.dep_ in ("acl", "amod"):
        return True
    return verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children)


def _trailing_speaker(verb: Token) -> Token | None:
    """"..., the head of the city administration, Andrii Hnatenko, said." parsed with no subject: the
    noun phrase set off by commas just before the verb."""
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
            cur = cur.head  # "..., residents and a rebel spokesman said": the first of the speakers
            continue
        if cur.dep_ not in ("appos", "compound", "flat") or cur.head.i > cur.i:
            return None
        cur = cur.head
    return None


def _ends_clause(tok: Token) -> bool:
    """Does the phrase ``tok`` heads end the sentence or the clause (a full stop or comma after it)?"""
    doc = tok.doc
    end = max(t.i for t in tok.subtree) + 1
    return end >= len(doc) or doc[end].is_punct or doc[end].is_space


def _with_apposed_name(span: Span) -> Span:
    """"the city's mayor, Ihor Terekhov, said": the name set off by commas belongs to the speaker."""
    doc = span.doc
    k = span.end
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].ent_type_ == "PERSON":
        j = k + 1
        while j < len(doc) and doc[j].ent_type_ == "PERSON":
            j += 1
        if j >= len(doc) or doc[j].is_punct:
            return doc[span.start:j]
    return span


class ClaimFinder(SitrepComponent):
    known: dict[str, dict[str, Any]]  # the known actors by name
    event_nouns: set[str]

    def prepare(self) -> None:
        self.known = self.lex.actor_names()
        # a phrase's last word names the event ("phone call"); its first may be a speaker ("military drill")
        self.event_nouns = {t.words[-1] for t in self.lex.triggers if t.type != "none"} | set(self.lex.weapons)

    def _channel(self, verb: Token) -> str | None:
        for child in verb.children:
            cands: list[Token] = []
            if child.dep_ == "prep" and child.lower_ in ("on", "in", "via", "through", "during"):
                cands = [c for c in child.subtree if c.dep_ == "pobj"]
            elif child.dep_ in ("dobj", "dative") and verb.lemma_ in ("tell",):
                cands = [child]
            for c in cands:
                if c.lemma_.lower() in self.lex.channels or c.lower_ in self.lex.channels:
                    words = [t for t in c.subtree if t.dep_ not in ("prep",) and t.i <= c.i]
                    words = [t for t in words if t.lower_ not in ("a", "an", "the")]
                    if words:
                        return c.doc[words[0].i:c.i + 1].text
        return None

    def _resolve(self, subj: Token, history: list[ClaimMention]) -> ClaimMention | None:
        lower = subj.lower_
        if lower in ("it", "they"):
            # "the Treasury imposed sanctions on a general it accused of ...": the subject named before it
            for ent in sentences(subj.doc)[sent_index(subj.doc, subj.i)].ents:
                if ent.end <= subj.i and ent.label_ in ("ORG", "GPE", "NORP") and ent.root.dep_ in ("nsubj",):
                    span = claimant_span(ent.root)
                    return ClaimMention(sent_index(subj.doc, subj.i), subj.i, "", span.text, "other",
                                        country_in(list(span), subj.doc, self.known), None, "asserts")
        if lower in PRONOUNS:
            want = PRONOUNS[lower]
            topic = self._topic_before(subj, history, want)
            if topic is not None:
                return topic
            for prev in reversed(history):
                if want == "any" or (want == "person") == (prev.claimant_kind == "person"):
                    return prev
            return None
        if subj.pos_ == "NOUN" and not any(c.dep_ in ("poss", "compound", "amod") for c in subj.children):
            for prev in reversed(history):
                if subj.lemma_.lower() in prev.claimant.lower():
                    return prev
        return None

    def _topic_before(self, pron: Token, history: list[ClaimMention], want: str) -> ClaimMention | None:
        """"The junta did not respond to a request for comment. It has denied ...": a pronoun after a sentence
        that quotes no one stands for that sentence's subject, not for the last speaker."""
        doc = pron.doc
        k = sent_index(doc, pron.i)
        if k == 0 or any(c.sent == k - 1 for c in history):
            return None
        prev = sentences(doc)[k - 1]
        subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.lemma_.lower() in self.event_nouns \
                or subj.lemma_.lower() in self.lex.claim_words.non_claimants or subj.lemma_.lower() in self.lex.items:
            return None
        span = claimant_span(subj)
        is_person = any(e.label_ == "PERSON" for e in span.ents)
        if (want == "person") != is_person and want != "any":
            return None
        kind = "person" if is_person else (institution_kind(list(span), self.lex.institutions) or "other")
        country = country_in(list(span), doc, self.known) or next(
            (a.country for a in doc._.actors or [] if span.start <= a.tok_start < span.end and a.country), None)
        return ClaimMention(k - 1, subj.i, "", span.text, kind, country, None, "asserts",
                            subject_tokens=(span.start, span.end))

    def __call__(self, doc: Doc) -> Doc:  # noqa: C901
        out: list[ClaimMention] = []
        for k, sent in enumerate(sentences(doc)):
            for tok in sent:
                lemma = tok.lemma_.lower()
                subj: Token | None = None
                verb = tok
                if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                    objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
                    subj = objs[0] if objs else None
                    stance = "asserts"
                elif tok.pos_ == "VERB" and lemma in self.lex.reporting and not _describes(tok):
                    subjects = [c for c in tok.children if c.dep_ in ("nsubj",)]
                    # "Israeli air strikes killed 19 ..., Gaza's civil defence agency said" parsed with the strikes
                    # as the subject: the speaker set off by commas before the verb says it
                    trailing = _trailing_speaker(tok) if not subjects or \
                        subjects[0].lemma_.lower() in self.event_nouns else None
                    subj = trailing or (subjects[0] if subjects else None)
                    stance = self.lex.reporting[lemma]
                if subj is not None and subj.lemma_.lower() in self.lex.claim_words.non_claimants:
                    # "a charge Kigali denied": the name set beside the claim says it
                    names = [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
                    subj = names[0] if names else subj
                if subj is None or subj.idx < doc._.info.dateline_end or subj.lemma_.lower() in self.event_nouns:
                    continue
                if self.lex.items.get(subj.lemma_.lower()) in self.lex.claim_words.speechless_items:
                    continue  # "a second vessel reported an explosion": a thing that radioed, not a speaker
                if subj.lemma_.lower() in self.lex.claim_words.non_claimants:
                    continue  # "according to a copy seen by ...": a document, not a speaker
                if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj.children):
                    continue  # "no group claimed responsibility": nobody says so
                if any(c.dep_ == "nummod" for c in subj.children) and subj.lemma_.lower() in self.lex.items \
                        and subj.lemma_.lower() not in self.lex.institutions:
                    continue  # "killed at least 11 people, ... said": a count, not a speaker ("two sources said" is)
                resolved = self._resolve(subj, out)
                if resolved is not None:
                    name, kind, country = resolved.claimant, resolved.claimant_kind, resolved.claimant_country
                    span = doc[subj.i:subj.i + 1]
                elif subj.lower_ in PRONOUNS or subj.pos_ == "PRON":
                    continue
                else:
                    span = claimant_span(subj)
                    if subj.ent_type_ and subj.ent_iob_ != "O":
                        ent = next((e for e in doc.ents if e.start <= subj.i < e.end), None)
                        if ent is not None and (ent.start < span.start or ent.end > span.end):
                            span = doc[min(ent.start, span.start):max(ent.end, span.end)]
                            while span and span[0].lower_ in ("the", "a", "an"):
                                span = span[1:]
                    if len(span) > 14:  # a long description: keep the head word and the name set off from it
                        names = [c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
                        span = doc[subj.i:names[0].i + 1] if names and names[0].i - subj.i <= 20 else \
                            doc[subj.i:subj.i + 1]
                    if not span.text:
                        continue
                    span = _with_apposed_name(span)
                    name = span.text
                    is_person = any(e.label_ == "PERSON" for e in span.ents)
                    kind = "person" if is_person else (institution_kind(list(span), self.lex.institutions) or "other")
                    country = country_in(list(span), doc, self.known)
                    if country is None:
                        for a in doc._.actors or []:
                            if span.start <= a.tok_start < span.end and a.country:
                                country = a.country
                                break
                    if country is None:
                        # "a ministry spokesman" after "Russia's Defence Ministry said": the same side
                        nouns = {t.lemma_.lower() for t in span if t.pos_ == "NOUN"}
                        for prev in reversed(out):
                            if prev.claimant_country and nouns & set(prev.claimant.lower().split()):
                                country = prev.claimant_country
                                break
                out.append(ClaimMention(
                    sent=k, verb=verb.i, verb_text=verb.text, claimant=name, claimant_kind=kind,
                    claimant_country=country, channel=self._channel(verb) if tok.lower_ != "according" else None,
                    stance=stance, subject_tokens=(span.start, span.end),
                ))
        doc._.claims = out
        return doc

"""Counts: numbers in digits and words, their qualifier, the item counted and its role.

``sitrep_quantities`` writes ``doc._.quantities``. The item comes from the noun a number
counts (``items.tsv``), the role from the verb or noun that governs it
(``quantity_roles.tsv``); a bare number inherits both from the count before it in the
sentence ("31 over the Moscow region"); "killing a man" counts one; negations
("no injuries were reported") count zero. Vague amounts ("dozens", "hundreds") are not counts.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sitrep.lexicon import Lexicon
from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.mentions import QuantityMention, sentences

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
UNITS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
QUALIFIERS = [
    (("more", "than"), "at_least"), (("at", "least"), "at_least"), (("over",), "at_least"),
    (("up", "to"), "at_most"), (("nearly",), "at_most"), (("almost",), "at_most"), (("fewer", "than"), "at_most"),
    (("less", "than"), "at_most"), (("under",), "at_most"), (("about",), "about"), (("around",), "about"),
    (("some",), "about"), (("roughly",), "about"), (("approximately",), "about"), (("an", "estimated"), "about"),
]
SKIP_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}
WEAPON_ITEMS = {"drone", "missile", "rocket", "aircraft", "shell", "guided_bomb"}
PERSON_ITEMS = {"person", "civilian", "child", "soldier"}
CASUALTY_ROLES = {"killed", "injured", "missing"}


def parse_number(words: list[str]) -> int | None:
    """"1,000" -> 1000, "three" -> 3, "30 million" -> 30000000, "a dozen" -> 12."""
    total = 0
    current: int | None = None
    for w in (w.lower() for w in words):
        if w in ("a", "an", "and", "-"):
            continue
        if re.fullmatch(r"\d{1,3}(,\d{3})+|\d+", w):
            current = (current or 0) + int(w.replace(",", ""))
        elif w in WORD_NUMBERS:
            current = (current or 0) + WORD_NUMBERS[w]
        elif w in MULTIPLIERS and current is not None:
            total += current * MULTIPLIERS[w]
            current = None
        else:
            return None
    if current is not None:
        total += current
    return total if (current is not None or total) else None


def _role_of(tok: Token, lex: Lexicon) -> tuple[str | None, Token | None]:
    """Walk up from a counted noun to the first word that says what happened to it."""
    for c in tok.children:  # "the 55 drones launched across the country", "the 12 people killed"
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.quantity_roles:
            return lex.quantity_roles[c.lemma_.lower()], c
    cur = tok
    for _ in range(7):
        lemma = cur.lemma_.lower()
        prt = [c.lower_ for c in cur.children if c.dep_ == "prt"]
        prt += [c.lower_ for c in cur.children if c.dep_ == "advmod" and c.lower_ in ("down", "off", "out")]
        for key in ([f"{lemma} {p}" for p in prt] + [lemma]):
            if key in lex.quantity_roles and cur != tok:
                return lex.quantity_roles[key], cur
        if cur != tok and cur.pos_ == "VERB" and lemma not in ("include", "be", "say", "report", "add"):
            return None, None  # "damaged about 20 houses": the first verb up says what happened to them
        if lemma == "be":  # "four children were among the dead"
            for c in cur.children:
                if c.dep_ == "prep" and c.lower_ == "among":
                    for o in c.children:
                        if o.dep_ == "pobj" and o.lemma_.lower() in lex.quantity_roles:
                            return lex.quantity_roles[o.lemma_.lower()], o
        if cur.head == cur:
            break
        cur = cur.head
    # a parse that hangs the count on the wrong verb: take the verb just before it ("killed at least 11")
    return _verb_before(tok, lex)


def _verb_before(tok: Token, lex: Lexicon) -> tuple[str | None, Token | None]:
    doc = tok.doc
    for k in range(tok.i - 1, max(tok.i - 6, -1), -1):
        t = doc[k]
        if t.pos_ == "VERB" and t.lower_ != "including":
            key = t.lemma_.lower()
            prt = [c.lower_ for c in t.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "off", "out")]
            for k2 in [f"{key} {p}" for p in prt] + [key]:
                if k2 in lex.quantity_roles:
                    return lex.quantity_roles[k2], t
            return None, None
    return None, None


def _qualifier(doc: Doc, start: int) -> str:
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    for words, qual in QUALIFIERS:
        if tuple(before[-len(words):]) == words:
            return qual
    return "exact"


class QuantityFinder(SitrepComponent):
    def _numbers(self, doc: Doc) -> list[tuple[int, int]]:
        skip = {i for e in doc.ents if e.label_ in SKIP_LABELS for i in range(e.start, e.end)}
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(doc):
            t = doc[i]
            negated = i > 0 and doc[i - 1].lower_ in ("no", "not")  # "no one was hurt" is a negation, not a count
            if t.lower_ in TENS and i + 2 < len(doc) and doc[i + 1].text == "-" and \
                    doc[i + 2].lower_ in UNITS and not negated:
                spans.append((i, i + 3))  # "forty-two"
                i += 3
            elif t.like_num and i not in skip and not negated and t.lower_ not in (
                    "hundreds", "thousands", "dozens", "millions"):
                j = i + 1
                while j < len(doc) and (doc[j].like_num or doc[j].lower_ in MULTIPLIERS) and j not in skip:
                    j += 1
                hyphen = (i > 0 and doc[i - 1].text == "-") or (j < len(doc) and doc[j].text == "-")
                if not hyphen:
                    spans.append((i, j))
                i = j
            elif t.lower_ == "dozen" and i > 0 and doc[i - 1].lower_ == "a" and i not in skip:
                spans.append((i - 1, i + 1))
                i += 1
            else:
                i += 1
        return spans

    def __call__(self, doc: Doc) -> Doc:
        lex = self.lex
        out: list[QuantityMention] = []
        sent_of: dict[int, int] = {}
        for k, sent in enumerate(sentences(doc)):
            for t in sent:
                sent_of[t.i] = k
        last_in_sent: dict[int, QuantityMention] = {}
        for s, e in self._numbers(doc):
            value = parse_number([t.text for t in doc[s:e]])
            if value is None:
                continue
            num = doc[e - 1]
            noun: Token | None = None
            partitive = False  # "42 of the 55 drones": what happened to the 42 is said of the number
            if num.dep_ == "nummod" or (num.dep_ in ("quantmod", "compound") and num.head.pos_ in ("NOUN", "PROPN")):
                noun = num.head
            else:
                of = [c for c in num.children if c.dep_ == "prep" and c.lower_ == "of"]
                pobj = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
                noun = pobj[0] if pobj else None
                partitive = noun is not None
            if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                    and lex.items.get(noun.head.head.lemma_.lower()) == "body":
                noun = noun.head.head  # "the bodies of 1,000 soldiers": bodies are counted
            k_sent = sent_of[num.i]
            prev = last_in_sent.get(k_sent)
            item = lex.items.get(noun.lemma_.lower()) if noun is not None else None
            if item == "person" and noun is not None and noun.lower_ in ("other", "others") and prev is not None:
                item = prev.item  # "killing two civilians and wounding four others"
            if item is None and noun is not None and noun.lower_ in lex.items:
                item = lex.items[noun.lower_]
            role, gov = _role_of(noun if noun is not None and not partitive else num, lex)
            if partitive and noun is not None and gov is not None and gov.i > noun.i and gov.tag_ == "VBN" and \
                    not any(c.dep_ in ("aux", "auxpass") for c in gov.children):
                # "downed forty-two of the 55 drones launched ...", parsed as if the 42 were launched:
                # the participle after the whole says what happened to the whole; the part's verb comes before
                role, gov = _verb_before(num, lex)
            if item is None:
                if noun is not None and noun.pos_ == "NOUN" and noun.lower_ not in ("others",):
                    continue  # a count of something sitrep does not count ("47 times", "14 regions")
                if prev is None:
                    if role in CASUALTY_ROLES:
                        item = "person"
                    else:
                        continue
                else:
                    item = prev.item
                    role = role or prev.role
            subset = any(a.lower_ in ("including", "among") for a in list(num.ancestors)[:3]) or _after_subset_cue(
                doc, s)
            if subset and prev is not None:
                role = prev.role  # "killed 11 people, including three children"
            if role is None:
                if prev is not None and prev.item == item:
                    role = prev.role
                else:
                    continue
            if role == "intercepted" and item not in WEAPON_ITEMS:
                role = "destroyed"
            q = QuantityMention(
                tok_start=s, tok_end=e, text=doc[s:e].text, value=value, qualifier=_qualifier(doc, s),
                item=item, role=role, sent=k_sent, noun=noun.i if noun is not None else None,
                governor=gov.i if gov is not None else None,
            )
            out.append(q)
            last_in_sent[k_sent] = q
        out.extend(self._singulars(doc, sent_of, out))
        out.extend(self._negations(doc, sent_of))
        out.sort(key=lambda q: q.tok_start)
        doc._.quantities = out
        return doc

    def _singulars(self, doc: Doc, sent_of: dict[int, int], counts: list[QuantityMention]) -> list[QuantityMention]:
        """"killing a 58-year-old man", "a woman was injured": one person; "injuring seven people, including a
        child": one child, beside the seven."""
        out: list[QuantityMention] = []
        for t in doc:
            item = self.lex.items.get(t.lemma_.lower())
            if t.tag_ != "NN" or item not in PERSON_ITEMS:
                continue
            if not any(c.lower_ in ("a", "an") and c.dep_ == "det" for c in t.children):
                continue
            det = min(c.i for c in t.children if c.dep_ == "det")
            whole = [q for q in counts if q.sent == sent_of[t.i] and q.tok_end <= det and q.role in CASUALTY_ROLES]
            if whole and _after_subset_cue(doc, det):
                out.append(QuantityMention(
                    tok_start=det, tok_end=t.i + 1, text=doc[det:t.i + 1].text, value=1, qualifier="exact",
                    item=str(item), role=whole[-1].role, sent=sent_of[t.i], noun=t.i, governor=whole[-1].governor,
                ))
                continue
            role, gov = _role_of(t, self.lex)
            if role not in CASUALTY_ROLES or gov is None or gov.pos_ != "VERB" or gov.i - t.i > 6:
                continue
            out.append(QuantityMention(
                tok_start=det, tok_end=t.i + 1, text=doc[det:t.i + 1].text, value=1, qualifier="exact",
                item="person", role=role, sent=sent_of[t.i], noun=t.i, governor=gov.i,
            ))
        return out

    def _negations(self, doc: Doc, sent_of: dict[int, int]) -> list[QuantityMention]:
        out: list[QuantityMention] = []
        lemmas = [t.lemma_.lower() for t in doc]
        lowers = [t.lower_ for t in doc]
        at: dict[str, list[int]] = {}
        for j, (lem, low) in enumerate(zip(lemmas, lowers, strict=True)):
            at.setdefault(lem, []).append(j)
            if low != lem:
                at.setdefault(low, []).append(j)
        for rule in self.lex.quantity_words.negated_casualties:
            pat = rule.pattern
            last = len(doc) - len(pat)
            anchor = next((k for k, p in enumerate(pat) if p != "*"), None)
            starts = range(last + 1) if anchor is None else sorted(
                {j - anchor for j in at.get(pat[anchor], []) if 0 <= j - anchor <= last})
            for i in starts:
                if all(p == "*" or lemmas[i + k] == p or lowers[i + k] == p for k, p in enumerate(pat)):
                    if any(q.tok_start <= i < q.tok_end for q in out):
                        continue
                    for item, role in rule.quantities:
                        out.append(QuantityMention(
                            tok_start=i, tok_end=i + len(pat), text=doc[i:i + len(pat)].text, value=0,
                            qualifier="exact", item=item, role=role, sent=sent_of[i],
                        ))
        return out


def _after_subset_cue(doc: Doc, start: int) -> bool:
    """Does the phrase at ``start`` follow "including" or "among them" (a part of the count before it)?"""
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    return before[-1:] == ["including"] or (len(before) == 2 and before[0] == "among"
                                            and before[1] in ("them", "those", "whom"))

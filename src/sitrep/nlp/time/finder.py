"""Time expressions: found by the NER and by ``timex.find_times``, resolved to calendar windows.

``sitrep_times`` writes ``doc._.times``: each expression with its window, the verb it hangs
from (so an event can take the time of its own clause) and what it was resolved against.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from sitrep.lexicon import Lexicon
from sitrep.nlp.component import SitrepComponent
from sitrep.nlp.mentions import TimeMention, entities, sent_index, sentences, span_text, text_of
from sitrep.nlp.time.timex import find_times, resolve
from sitrep.nlp.time.units import TimeWindow


def governor(span: Span) -> Token | None:
    """The verb a phrase hangs from: up the tree from its root to the first verb."""
    tok: Token = span.root
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and tok not in span:
            return tok
        if tok.head == tok:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return None


def verb_tense(verb: Token) -> str:
    """``past`` for verbs in a past tense or perfect, ``present`` for the present tense (which news
    also uses for what is scheduled: "the talks resume Monday"), ``unknown`` for infinitives and
    modals ("could", "may")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    tags = [verb.tag_] + [a.tag_ for a in aux]
    if any(a.lower_ in ("had", "was", "were", "did") or a.tag_ == "VBD" for a in aux) or (
            verb.tag_ == "VBD" and not aux):
        return "past"
    if any(a.lemma_ == "have" for a in aux):
        return "past"  # "has launched": done
    if any(a.tag_ == "MD" for a in aux) or "TO" in tags:
        return "unknown"
    if any(t in ("VBZ", "VBP") for t in tags):
        return "present"
    if verb.tag_ == "VBN":
        return "past"  # a participle without auxiliaries: "the agreement, announced Friday"
    return "unknown"


def _may_yet_happen(verb: Token, lex: Lexicon) -> bool:
    """"could arrive", "may resume": a modal of possibility and no perfect ("could have arrived")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ in lex.time_words.possibility_modals for a in aux) and not any(
        a.lemma_ == "have" for a in aux)


def _clause_between(span: Span | None, verb: Token) -> bool:
    """"warnings on Thursday that strikes could ...": a "that" between the time and a verb after it says
    the time belongs to what comes before the clause, not to the clause's modal."""
    if span is None or span.end > verb.i:
        return False
    return any(t.lower_ == "that" and t.dep_ == "mark" for t in span.doc[span.end:verb.i])


def clause_tense(verb: Token | None, lex: Lexicon, span: Span | None = None) -> str:
    """``future`` for acts announced or planned ("will meet", "due to meet", "would provide", "is to
    resume"); otherwise the tense of the verb (``verb_tense``), ``unknown`` when there is none."""
    if verb is None:
        return "unknown"
    future_aux = lex.status.future_aux
    planned = lex.time_words.future_governors
    participle = verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl", "amod") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)  # "the agreement, announced Friday, would ..."
    for tok in [verb] if participle else [verb, verb.head]:
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in future_aux for c in tok.children):
            return "future"
        if tok == verb and _may_yet_happen(verb, lex) and not _clause_between(span, verb):
            return "future"
        if tok.lemma_.lower() in planned and tok != verb:
            return "future"
    to_inf = any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in verb.children)
    if to_inf and (verb.head.lemma_.lower() in planned or any(c.lower_ == "due" for c in verb.head.children)):
        return "future"
    if to_inf and verb.head.lemma_ == "be" and verb.dep_ == "xcomp":
        return "future"  # "is to resume trading Tuesday"
    tense = verb_tense(verb)
    if span is not None and tense in ("past", "present"):
        before = span.doc[span.start - 1] if span.start > 0 else None
        head = span.root.head
        if span.root.dep_ in ("poss", "compound", "nmod") or head.pos_ in ("ADJ", "NOUN") or (
                head.pos_ == "ADP" and head.head.pos_ in ("NOUN", "PROPN", "ADJ")):
            return "unknown"  # "Tuesday's declaration", "payable Dec. 15", "a cutback in September"
        if tense == "past" and before is not None and before.lower_ in lex.time_words.deadline_preps:
            return "unknown"  # "extended to Nov. 20", "loans through January"
    return tense


def phrase_tense(span: Span, lex: Lexicon) -> str:
    """Future when the expression hangs from something announced: "called for a march on Sunday",
    "due to meet on Thursday"; otherwise the tense of its clause (``clause_tense``)."""
    if a_done_acts_day(span, lex):
        return "past"
    cues = lex.status
    planned = set(cues.planned_governors) - {"call", "set"} | {"due", "schedule"}
    prev = span.root
    own_prep = span.root.head if span.root.head.pos_ == "ADP" else None
    agreed = set(cues.agreed_governors)
    for anc in list(span.root.ancestors)[:5]:
        lemma = anc.lemma_.lower()
        if lemma in ("call", "set") and prev.lower_ == "for":
            return "future"  # "called for a march on Sunday", "set sentencing for Aug. 14"
        if lemma in agreed and prev != own_prep and prev.dep_ in ("xcomp", "dobj", "ccomp", "prep", "pobj") \
                and prev.i > anc.i:
            # "agreed to a truce starting on Friday": the date of what was agreed; not a phrase before the verb,
            # which tells when the agreeing was: "At talks on Wednesday, the envoys agreed to ..."
            return "future"
        prev = anc
        if lemma in planned:
            return "future"
        if anc.pos_ == "VERB" and lemma in lex.reporting:
            break
    tense = clause_tense(governor(span), lex, span)
    return "future" if tense != "past" and _earliest_cue(span, lex) else tense


def a_done_acts_day(span: Span, lex: Lexicon) -> bool:
    """"We grieve for the victims of Saturday's bombing", "he is suspected in the robbery Friday of two
    men": a weekday that owns a violent act's noun, or follows it, is the day the act was done, the last
    such day, whatever the tense of the clause around it."""
    nouns = lex.time_words.done_act_nouns
    day = next((t for t in span if t.lower_ in lex.time_words.weekdays), None)
    if day is None:
        return False
    before = span.doc[day.i - 1] if day.i > 0 else None
    return (day.dep_ == "poss" and day.head.lower_ in nouns) or (before is not None and before.lower_ in nouns)


def _earliest_cue(span: Span, lex: Lexicon) -> bool:
    """"as soon as Tuesday", "as early as next month": the words just before the expression."""
    before = span.doc[max(0, span.start - 4):span.start].text.lower()
    inside = span.text.lower()
    return any(before.endswith(cue) or inside.startswith(cue) for cue in lex.time_words.earliest_cues)


SEQUENCE_WORDS = frozenset({"before", "after"})


def counted_from_what_follows(span: Span) -> bool:
    """"It came a day before a summit in Oslo", "two days after the talks collapsed": a length of time
    before or after a thing the sentence goes on to name is counted from that thing, whose day the words
    do not give; it is not counted from the last day the story set ("The raid was on May 3. Two days
    after, ..." is). Such a phrase dates nothing and sets no day for what follows."""
    last = span[-1]
    if last.lower_ not in SEQUENCE_WORDS or span.end >= len(span.doc):
        return False
    nxt = span.doc[span.end]
    return not (nxt.is_punct or nxt.is_space or nxt.pos_ in ("CCONJ", "PART"))


def paragraph_starts(text: str) -> list[int]:
    starts = [0]
    i = text.find("\n\n")
    while i != -1:
        starts.append(i + 2)
        i = text.find("\n\n", i + 2)
    return starts


def paragraph_of(starts: list[int], offset: int) -> int:
    p = 0
    for i, s in enumerate(starts):
        if s <= offset:
            p = i
    return p


# What a line that stamps the story's own time holds besides its times: "Tuesday 23 October 2018 07.55 BST |
# Last modified 19.20 BST", "Updated at 14:05 GMT, Friday 14 June 2019".
STAMP_WORDS = re.compile(
    r"(?i)\b(?:updated|published|posted|first|last|modified|at|on|gmt|bst|utc|est|edt|cet|cest|[ap]\.?m\.?|"
    r"mon|tue|wed|thu|fri|sat|sun)\w*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|[\d\s|:.,\-–—/()]+")


def a_stamp_line(text: str, s: int, e: int) -> bool:
    """"Tuesday 23 October 2018 07.55 BST | Last modified 19.20 BST": a line of nothing but the times at which
    the story was filed or updated dates the story, no act told in it (a line of a chronology, "12 March: the
    army entered the town", has words of its own)."""
    start = text.rfind("\n", 0, s) + 1
    end = text.find("\n", e)
    line = text[start:end if end != -1 else len(text)]
    if len(line) > 120:
        return False
    rest = line[:s - start] + line[e - start:]
    return not STAMP_WORDS.sub("", rest).strip() and not STAMP_WORDS.sub("", text[s:e]).strip()


COUNTED_FROM_A_UNIT = re.compile(  # "In March ... The following month", "... A month later"
    r"\b(?:following|subsequent|that|the same)\s+(?:year|month|week)\b|\b(?:weeks?|months?|years?)\s+(?:later|earlier)\b",
    re.IGNORECASE)
TOLD_BEFORE = re.compile(  # words that can only count from a day the story has told
    r"\b(?:that|the same|the following|the next|the previous|the preceding)\s+(?:day|night|morning|afternoon|"
    r"evening)\b|\bthe day (?:before|after)\b|\b(?:days?|hours?|nights?)\s+(?:later|earlier)\b", re.IGNORECASE)


def a_day_told_before(anchor_by_par: dict[int, TimeMention], par: int, words: str) -> TimeMention | None:
    """"Gunmen attacked a bus on Monday.  (new paragraph) Police arrested two men that day": "that day",
    "the same day", "the next morning", "two days later" count from a day the story has told, never from
    the day of publication; with none in their own paragraph, the last one of an earlier paragraph."""
    if not TOLD_BEFORE.search(words):
        return None
    earlier = [p for p in anchor_by_par if p < par]
    return anchor_by_par[max(earlier)] if earlier else None


def the_night_after_a_told_day(doc: Doc, span: Span, last: TimeMention | None, lex: Lexicon,
                               published: date) -> date | None:
    """"Rebels attacked the posts on Monday, and overnight fighting left 11 dead": "overnight" after the day
    of an act named earlier in its sentence is that day's night (the day it ends on is returned), not the
    night before the report; after a day of saying ("officials said on Monday that overnight shelling ...")
    it is the night before that day. None for "overnight" alone or after a later night."""
    if span.text.lower() != "overnight" or last is None or last.window.precision != "day":
        return None
    if last.sent != sent_index(doc, span.start) or last.window.start is None:
        return None
    said = last.governor is not None and doc[last.governor].lemma_ in lex.reporting
    end = last.window.start + timedelta(days=0 if said else 1)
    return end if end < published else None


ENTRY_MARK = re.compile(r"\s*(?::|-|\u2013|\u2014)")  # "March 2: ...", "March 2 - ...": the date that heads a line
WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # "Dec. 11, 2007": a date with its year


def heads_an_entry(text: str, pstarts: list[int], s: int, e: int) -> bool:
    """"Dec. 11, 2007: A man stabbed a guard.": a date alone at the head of its paragraph, then a colon or a
    dash, heads an entry of a chronology."""
    start = pstarts[paragraph_of(pstarts, s)]
    return not text[start:s].strip() and ENTRY_MARK.match(text, e) is not None


def the_next_in_a_chronology(text: str, window: TimeWindow, before: TimeMention | None,
                             published: date) -> TimeWindow:
    """"Dec. 11, 2007: A man stabbed a guard.  March 2: Two robbers shot a clerk.": the entries of a chronology
    run forward, so a date its entry gives without a year is the first such date after the entry before it
    (March 2, 2008), not the last one before publication; a date written with its year keeps it."""
    last = before.window.start if before is not None else None
    if last is None or WRITTEN_YEAR.search(text) or window.start is None or window.start <= last:
        return window
    year_on = last.replace(year=last.year + 1) if (last.month, last.day) != (2, 29) else last.replace(
        year=last.year + 1, day=28)
    forward = resolve(text, year_on - timedelta(days=1), tense="past")
    if forward is None or forward.start is None or forward.start < last or forward.start > published:
        return window
    return forward


class TimeFinder(SitrepComponent):
    def __init__(self, labels: list[str]) -> None:
        self.labels = set(labels)

    def _candidates(self, doc: Doc) -> list[tuple[int, int]]:
        spans = [(e.start_char, e.end_char) for e in entities(doc) if e.label_ in self.labels]
        for sent in sentences(doc):
            for s, e in find_times(span_text(sent)):
                spans.append((sent.start_char + s, sent.start_char + e))
        spans.sort(key=lambda se: (se[0], -(se[1] - se[0])))
        kept: list[tuple[int, int]] = []
        for s, e in sorted(spans, key=lambda se: -(se[1] - se[0])):
            if not any(s < ke and ks < e for ks, ke in kept):
                kept.append((s, e))
        return sorted(kept)

    def __call__(self, doc: Doc) -> Doc:
        info = doc._.info
        published = info.published
        lex = self.lex
        pstarts = paragraph_starts(text_of(doc))
        times: list[TimeMention] = []
        anchor_by_par: dict[int, TimeMention] = {}
        unit_by_par: dict[int, TimeMention] = {}  # the last day, week, month or year named
        filed = info.dateline_day or (0, 0)
        entry: TimeMention | None = None  # the date that heads the last entry of a chronology
        for s, e in self._candidates(doc):
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or filed[0] <= s < filed[1]:  # "OSTREL, June 15 (Reuters) -": the story's day, no act's
                continue
            if a_stamp_line(text_of(doc), s, e):  # "Friday 14 June 2019 - 10:30 GMT": when it was filed
                continue
            if counted_from_what_follows(span):
                continue
            gov = governor(span)
            par = paragraph_of(pstarts, s)
            last = anchor_by_par.get(par) or a_day_told_before(anchor_by_par, par, text_of(doc)[s:e])
            relative = re.search(r"\b(earlier|later|previous|next|following|same|that|before|after)\b",
                                 text_of(doc)[s:e], re.IGNORECASE)
            anchor = last.window.start if relative and last and last.window.precision in ("day", "night") else None
            # "the following month" points back even across a paragraph break: to the last unit named
            unit_last = unit_by_par.get(par) or (unit_by_par[max(unit_by_par)] if unit_by_par else None)
            if anchor is None and unit_last is not None and COUNTED_FROM_A_UNIT.search(text_of(doc)[s:e]):
                last, anchor = unit_last, unit_last.window.start  # "In March ... The following month"
            anchor = anchor or the_night_after_a_told_day(doc, span, last, lex, published)
            window = resolve(text_of(doc)[s:e], published, anchor=anchor, tense=phrase_tense(span, lex))
            if window is None:
                continue
            heads = heads_an_entry(text_of(doc), pstarts, s, e)
            if heads:
                window = the_next_in_a_chronology(text_of(doc)[s:e], window, entry, published)
            background = any(c.dep_ == "mark" and c.lower_ == "since" for a in list(span.root.ancestors)[:4]
                             for c in a.children)  # "the worst since protests began in February"
            mention = TimeMention(
                start=s, end=e, text=text_of(doc)[s:e], window=window,
                sent=sent_index(doc, span.start), governor=gov.i if gov is not None else None,
                anchor=last.text if anchor is not None and last is not None else "publication",
                background=background, heads_entry=heads,
            )
            times.append(mention)
            entry = mention if heads else entry
            if window.precision in ("day", "night") and not background:
                anchor_by_par[par] = mention
            if window.value and not background:
                unit_by_par[par] = mention
        doc._.times = times
        return doc

"""When an event happened: the time expression of its clause, chosen by an ordered chain of rules.

Like dateparser's chain of parsers, each rule looks at the times of the event's sentence and
either picks one or passes; the first that picks wins. An act announced for later ("agreed to
talks next month") is dated when it was announced, but a protest planned for a named later day on
that day; anything else by the time its own clause
takes, else the narrative's last time. With no time at all, the event is of the day of
publication.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from sitrep.lexicon.words import EventWords
from sitrep.nlp.events.clauses import Group, done_at_the_scene, done_by_doers_told_before
from sitrep.nlp.mentions import WH_TAGS, DocInfo, TimeMention, TriggerMention, text_of
from sitrep.nlp.time.timex import resolve
from sitrep.nlp.time.units import TimeWindow, span
from sitrep.records import DateWindow, family

ANNOUNCED = frozenset({"planned", "proposed", "agreed"})  # statuses of acts told before they happen
WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # "December 11, 2016": a date with its year
SPEECH_FAMILIES = frozenset({"statement", "diplomacy", "prisoners"})  # events that happen when they are said


@dataclass(frozen=True)
class Clause:
    """What the rules look at: the event's group and the times of its sentence."""

    doc: Doc
    group: Group
    times: list[TimeMention]  # the sentence's times, not background, not the end of a span
    claim_verbs: frozenset[int]  # verbs of saying in the sentence that are not the event's own
    published: date
    narrative: TimeMention | None  # the report's last time before this sentence
    theirs: list[TimeMention] = field(default_factory=list)  # the sentence's times of other acts (see belongs_to)
    later_stages: frozenset[str] = frozenset()  # a court's and a mourner's words (``EventWords.later_stages``)
    scenes: frozenset[str] = frozenset()  # "at the scene", "on the spot" (``EventWords.scene_nouns``)

    def not_said(self) -> list[TimeMention]:
        return [t for t in self.times if t.governor not in self.claim_verbs]

    def own(self) -> list[TimeMention]:
        """Times hanging from the clause, inside its stretch of text, not from a verb of saying."""
        g = self.group
        start_char = self.doc[min(g.scope)].idx if g.scope else 0
        end_char = self.doc[max(g.scope)].idx if g.scope else 0
        return [t for t in self.not_said() if t.governor in g.scope and start_char <= t.start <= end_char + 1]


Rule = Callable[[Clause], TimeMention | None]


def _first(times: list[TimeMention]) -> TimeMention | None:
    return times[0] if times else None


def _by_publication(c: Clause, times: list[TimeMention]) -> list[TimeMention]:
    return [t for t in times if t.window.end and t.window.end <= c.published]


# -- whose time it is --------------------------------------------------------------------------

SEQUENCE_WORDS = frozenset({"after", "before", "since", "following"})  # "after a stabbing": one act told from another


def _sequence_phrase(tok: Token, benches: frozenset[str]) -> bool:
    """Does ``tok`` head what an act is told after, before or since: the noun of "after a stabbing on
    Saturday", the verb of "after rebels shelled the town", "since the envoy was expelled"? Not the bench or
    person "before" sets someone in front of (``_in_front_of``)."""
    if tok.dep_ == "pobj" and tok.head.lower_ in SEQUENCE_WORDS:
        return not _in_front_of(tok, benches)
    return tok.pos_ in ("VERB", "AUX") and any(ch.dep_ == "mark" and ch.lower_ in SEQUENCE_WORDS for ch in tok.children)


def _in_front_of(noun: Token, benches: frozenset[str]) -> bool:
    """"He appeared before magistrates on Monday", "was brought before Judge Ana Ruiz": "before" a bench or a
    named person places someone in front of them; it tells no act that came first."""
    return noun.head.lower_ == "before" and (noun.lemma_.lower() in benches or noun.ent_type_ == "PERSON")


def _phrase_above(tok: Token, benches: frozenset[str]) -> Token | None:
    """The nearest phrase told after, before or since that holds ``tok`` (itself included)."""
    return next((a for a in (tok, *tok.ancestors) if _sequence_phrase(a, benches)), None)


def belongs_to(doc: Doc, t: TimeMention, g: Group, benches: frozenset[str]) -> bool:
    """A time inside a phrase told after, before or since belongs to the act of that phrase. "Police charged
    a man after a stabbing on Saturday": Saturday is the stabbing's, never the charge's (which has no day of
    its own). "Police charged a man after Saturday" keeps its day: a time that is itself what follows
    "after" is the act's own."""
    t_span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if t_span is None:
        return True
    heads = {x.head for x in g.triggers}
    for tok in t_span.root.ancestors:
        if tok.i in heads:
            return True
        if _sequence_phrase(tok, benches):  # inside a phrase told after another act: whose is it?
            return any(tok.left_edge.i <= h <= tok.right_edge.i for h in heads)
    return True


def of_another_kind_of_act(doc: Doc, t: TimeMention, g: Group, acts: dict[int, str]) -> bool:
    """"Police arrested a man suspected of helping plan the Aug. 7 bombings", "detained a man over a shooting
    that left a boy dead on March 4": a time inside the phrase of an act of another kind (a trigger of
    ``acts``, head to type, whose phrase does not hold this act's own words) dates that act, not this one;
    the arrest has no day of its own. But "rebels took the town on Sunday, killing five": the killing,
    inside the taking's phrase, shares its day; so does "arrested 20 during Monday's march"
    (``_when_the_act_is``)."""
    t_span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if t_span is None:
        return False
    heads = {x.head for x in g.triggers}
    own = family(g.type)
    for tok in t_span.root.ancestors:
        if tok.i in heads:
            return False
        other = acts.get(tok.i)
        if other is not None and family(other) != own:
            return not any(tok.left_edge.i <= h <= tok.right_edge.i for h in heads) and not _when_the_act_is(tok, heads)
    return False


def of_a_later_verb(doc: Doc, t: TimeMention, g: Group, another: frozenset[str]) -> bool:
    """"On Monday a neighbour called police to report that the boy had been beaten": an act told in the past
    perfect below another verb happened before that verb's time; the time hung on the verb above (the call's
    Monday) is not the act's, which keeps the day the story gave it before. Not a verb of saying: "police said
    on Monday a man had been shot" is often all the report tells of the shooting's day; nor an act counted as
    one more ("on Monday soldiers found that a second village had been attacked": found that day, for all the
    report tells)."""
    if t.governor is None or t.governor in g.scope or not _past_perfect(g.gov) \
            or any(c.verb == t.governor for c in doc._.claims or []) or counted_as_another(g.gov, another):
        return False
    above = doc[t.governor]
    return above.pos_ in ("VERB", "AUX") and above in g.gov.ancestors


def past_a_perfect_cannot_take(doc: Doc, t: TimeMention, g: Group) -> bool:
    """"Police have arrested a man in the fatal shooting of a woman last month": the present perfect takes no
    past time of its own (no one writes "have arrested last month"), so a time the parser hangs on such a verb,
    after a phrase of a preposition between them, dates the thing of that phrase (here the shooting), not this
    act; "police have arrested a man on Monday", with no such phrase, keeps its day."""
    verb = g.gov
    if t.governor != verb.i or not _present_perfect(verb) or not _over_before_publication(doc, t):
        return False  # "has raged around the town since Sunday", "in the past week": spans up to now
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and any(w.dep_ == "pobj" and w.pos_ == "NOUN" for w in doc[verb.i + 1:span.start])


def _over_before_publication(doc: Doc, t: TimeMention) -> bool:
    """Does the time end before the day of publication ("last month", "on Dec. 12"; not "since Sunday")?"""
    info: DocInfo = doc._.info
    return t.window.end is not None and t.window.end < info.published


def _present_perfect(verb: Token) -> bool:
    """"have arrested", "has been charged": a past participle with the present tense of "have"."""
    return verb.tag_ == "VBN" and any(ch.dep_ == "aux" and ch.tag_ in ("VBP", "VBZ") and ch.lemma_.lower() == "have"
                                      for ch in verb.children)


def _past_perfect(verb: Token) -> bool:
    """"had been beaten", "had stabbed": a past participle with the past tense of "have" as its auxiliary."""
    return verb.tag_ == "VBN" and any(ch.dep_ == "aux" and ch.tag_ == "VBD" and ch.lemma_.lower() == "have"
                                      for ch in verb.children)


def counted_as_another(act: Token, another: frozenset[str]) -> bool:
    """"a second attack", "another bombing", "a second village had been attacked": the act's own noun, or what
    the act was done to, counted as one more than an act told before (a word of ``another``)."""
    patients = [ch for ch in act.children if ch.dep_ in ("nsubjpass", "dobj")] if act.pos_ == "VERB" else [act]
    return any(m.dep_ in ("amod", "det") and m.lower_ in another for p in patients for m in p.children)


NOUN_MODS = frozenset({"compound", "nmod", "amod", "poss", "nummod", "det"})  # "the June 3 raid", "a late May raid"
CAUSE_WORDS = frozenset({"over", "for", "of"})  # "held over the June 3 raid", "convicted of the 2005 killing"


def of_a_thing_told_of(doc: Doc, t: TimeMention, g: Group, acts: dict[int, str]) -> bool:
    """"A suspect in an early February theft was caught", "held over the March 3 raid", "a man wanted for a
    shooting that left a boy dead on May 4": a time that dates a noun other than this act's (modifying it, or
    inside a clause that describes it), when that noun is what another noun is about ("a suspect in") or
    what the act is done for ("over", "for", "of": "convicted over a brawl that broke out on May 3"), dates
    that other thing, not the act. But "killed in
    Sunday's raid", "arrested during Monday's march" happen at the time of the thing: "in" and "during" on
    the act's own verb keep it; so does "a rally at the March 1995 funeral", the act inside the thing."""
    t_span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if t_span is None:
        return False
    noun = _noun_a_time_dates(t_span.root)
    heads = {x.head for x in g.triggers}
    if noun is None or noun.dep_ != "pobj" or any(noun.left_edge.i <= h <= noun.right_edge.i for h in heads):
        return False  # "the region, which was struck on Monday": the act's own words tell the thing's time
    if noun.i in acts and family(acts[noun.i]) == family(g.type):
        return False  # "claimed Tuesday's assault, saying it killed 70": the act itself, told again
    holder = noun.head.head
    if holder.i in heads:  # "convicted over a brawl that broke out on May 3": what the act is for, not the act
        return noun.head.lower_ in CAUSE_WORDS or _the_case_of_an_arrest(noun, g, acts)
    return holder.pos_ in ("NOUN", "PROPN") or noun.head.lower_ in CAUSE_WORDS


def _the_case_of_an_arrest(noun: Token, g: Group, acts: dict[int, str]) -> bool:
    """"Two men were arrested in Saturday's shooting": an arrest "in" an act of another family is made in that
    case, not at its time ("arrested during Monday's march" is at the march)."""
    return noun.head.lower_ == "in" and family(g.type) == "arrest" and noun.i in acts \
        and family(acts[noun.i]) != "arrest"


def of_a_deed_ascribed(doc: Doc, t: TimeMention, g: Group) -> bool:
    """"Agents arrested four men suspected of bombing the embassy last week", "a man wanted for robbing a bank on
    Friday": a time inside the phrase of a participle that describes someone (what they are suspected, accused or
    wanted for) dates that deed, not the act done to them (the arrest has no day of its own here)."""
    t_span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if t_span is None:
        return False
    heads = {x.head for x in g.triggers} | {g.gov.i}
    for tok in t_span.root.ancestors:
        if tok.i in heads:
            return False
        described = tok.head.head
        if tok.dep_ in ("pcomp", "pobj") and tok.head.dep_ == "prep" and described.tag_ == "VBN" \
                and described.dep_ == "acl" and described.i not in heads:
            # only for the act done to the one described ("arrested four men suspected of ..."), not the deed
            return described.head.head.i in heads
    return False


def _noun_a_time_dates(tok: Token) -> Token | None:
    """The noun a time dates: the one it modifies ("the June 3 raid"), or the one a clause it sits in
    describes ("a raid that killed two on June 3")."""
    if tok.dep_ in NOUN_MODS and tok.head.pos_ == "NOUN" and tok.i < tok.head.i:
        return _noun_dated(tok)  # before its noun: "a jail term Friday" is the parser's misreading of an adverb
    clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is not None and clause.dep_ == "relcl" and clause.head.pos_ == "NOUN":
        return clause.head
    return None


def _when_the_act_is(thing: Token, heads: set[int]) -> bool:
    """"arrested 20 people during Monday's march", "killed in Sunday's raid": the act's own verb takes the
    thing's phrase by a word of time or place (not "over", "for", "of"), so it happens at the thing's time."""
    return thing.dep_ == "pobj" and thing.head.head.i in heads and thing.head.lower_ not in CAUSE_WORDS


def inside_its_own_phrase(doc: Doc, t: TimeMention, g: Group, benches: frozenset[str]) -> bool:
    """"Police arrested a man on Sunday after a stabbing on Saturday": the stabbing, told after "after", has a
    day inside its own phrase, and that day is its, not the arrest's Sunday (``clause_of`` keeps only such
    days when there are any; with none, the act takes the sentence's, as it happened by then)."""
    phrases = [p for p in (_phrase_above(doc[x.head], benches) for x in g.triggers) if p is not None]
    return any(p.left_edge.idx <= t.start < p.right_edge.idx + len(p.right_edge) for p in phrases)


# -- an act announced for later --------------------------------------------------------------

def a_past_time_of_the_act(c: Clause) -> TimeMention | None:
    """"The council on Monday approved a vote for next spring": the past time the clause names, not one that
    dates another noun ("urged it to keep to the March 2011 accord") nor one inside what is asked about
    ("agreed to find out who fired on the convoy on May 3")."""
    return _first(_by_publication(c, [t for t in c.not_said() if not _dates_a_noun(c.doc, t)
                                      and not _inside_a_question(c.doc, t, c.group.gov.i)
                                      and not _of_another_conjunct(c, t)]))


def _of_another_conjunct(c: Clause, t: TimeMention) -> bool:
    """"The envoy met the family in March, and a spokesman said in April it had called for a fair trial": a
    time hung on a verb of another clause joined by "and", one with a subject of its own, dates that clause's
    act, not this one (but "envoys met on Monday and proposed talks" share their subject and their day)."""
    if t.governor is None or t.governor in c.group.scope or c.doc[t.governor].pos_ not in ("VERB", "AUX"):
        return False
    return _conjunct_of(c.doc[t.governor]) != _conjunct_of(c.group.gov)


SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _conjunct_of(tok: Token) -> int:
    """The clause a word is in, as the index of its verb: the first one above it joined by "and" with a
    subject of its own, else the sentence's root."""
    while tok.head.i != tok.i:
        if tok.dep_ == "conj" and any(ch.dep_ in SUBJECTS for ch in tok.children):
            return tok.i
        tok = tok.head
    return tok.i


QUESTION_MARKS = frozenset({"whether"})
QUESTION_DEPS = frozenset({"ccomp", "pcomp", "dobj", "csubj"})  # a clause asked about, not "when the talks opened"


def _inside_a_question(doc: Doc, t: TimeMention, gov: int) -> bool:
    """"to investigate who shot down the plane on April 6": a time in a clause a wh-word opens, below the act,
    dates what the question is about, not the act (but "put forward a draft when the talks opened on Monday"
    dates it: an adverbial clause of time is no question)."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    for verb in span.root.ancestors:
        if verb.i == gov:
            return False
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ in QUESTION_DEPS and any(
                ch.tag_ in WH_TAGS or (ch.dep_ == "mark" and ch.lower_ in QUESTION_MARKS) for ch in verb.children):
            return True
    return False


def _dates_a_noun(doc: Doc, t: TimeMention) -> bool:
    """"the March 2011 accord": a date that modifies a noun dates that noun; so does one a noun is set
    "for" ("proposed talks for Friday": the talks' day, not when they were proposed)."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    root = span.root if span is not None else None
    if root is None:
        return False
    set_for = root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.pos_ == "NOUN"
    return set_for or (root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.pos_ == "NOUN")


def when_it_was_announced(c: Clause) -> TimeMention | None:
    """"The union announced on Tuesday a strike for Friday": the time of saying, never after publication."""
    return _first(_by_publication(c, [t for t in c.times if t.governor in c.claim_verbs]))


def the_time_it_is_planned_for(c: Clause) -> TimeMention | None:
    """"Students said they would protest again next Saturday": a protest planned for a day after
    publication is dated on that day, which its own clause names (not a time of saying), so that it
    neither stands on the publication day as if it had happened nor becomes the store's latest news.
    Only protests: the spec dates other acts not yet done (talks, exchanges, aid) when announced."""
    if family(c.group.type) != "protest":
        return None
    return _first([t for t in c.own() if t.window.start and t.window.start > c.published])


ANNOUNCED_RULES: tuple[Rule, ...] = (the_time_it_is_planned_for, a_past_time_of_the_act, when_it_was_announced)


# -- an act that happened or goes on -----------------------------------------------------------

SINCE_WORD = re.compile(r"^\s*since\s+", re.IGNORECASE)


def the_time_its_when_clause_tells(c: Clause) -> TimeMention | None:
    """"The ambush was the deadliest since March, when 22 soldiers died in an attack": an act told in a
    "when" clause on a time happened at that time itself, not over the span "since" opens from it."""
    gov = c.group.gov
    if gov.dep_ != "relcl" or not any(ch.dep_ == "advmod" and ch.lower_ == "when" for ch in gov.children):
        return None
    for t in [*c.times, *c.theirs]:
        t_span = c.doc.char_span(t.start, t.end, alignment_mode="expand")
        if t_span is None or not t_span.start <= gov.head.i < t_span.end:
            continue
        window = resolve(SINCE_WORD.sub("", t.text), c.published) if SINCE_WORD.match(t.text) else t.window
        if window is not None and window.start is not None and window.end is not None:
            return replace(t, window=window)
    return None


def the_later_time_of_a_noun_act(c: Clause) -> TimeMention | None:
    """"A court on Tuesday jailed a man for his part in a riot in Rotherham last month": a verb told with a
    day of its own, and a second, earlier time after the act noun inside its phrase: the second time is
    the noun act's (the parser hangs both from the verb, but a verb has one time)."""
    nouns = [c.doc[x.head] for x in c.group.triggers if c.doc[x.head].pos_ == "NOUN"]
    for t in c.times:
        if t.governor is None or t.window.end is None or any(n.i == t.governor for n in nouns):
            continue
        verb = c.doc[t.governor]
        starts = [o.window.start for o in [*c.times, *c.theirs] if o.governor == verb.i and o is not t]
        told_inside = any(verb.i < n.i and n.idx < t.start and n.i in {x.i for x in verb.subtree} for n in nouns)
        if told_inside and starts and all(s is not None and t.window.end < s for s in starts):
            return t
    return None


def the_nouns_own_date(c: Clause) -> TimeMention | None:
    """"Police on Friday arrested two men over the June 3 bombing", "last month's raid on the depot", "a bombing
    that killed six in 2018": an event restated with its own date (a time modifying the trigger noun, or in its
    relative clause) keeps it, whatever the sentence's verb or a later report's weekday says."""
    heads = {x.head for x in c.group.triggers if c.doc[x.head].pos_ == "NOUN"}
    heads |= {compound_top(c.doc[h]).i for h in heads}
    return _first([t for t in c.times if _modifies(c.doc, t, heads) or _in_its_relative_clause(c.doc, t, heads)])


def _in_its_relative_clause(doc: Doc, t: TimeMention, heads: set[int]) -> bool:
    """"jailed a man on Tuesday for a bombing that killed six people in 2018": a time in a relative clause of the
    act's noun dates that act (``_noun_a_time_dates``)."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    noun = _noun_a_time_dates(span.root) if span is not None else None
    return noun is not None and noun.i in heads


def compound_top(tok: Token) -> Token:
    """The noun a noun is compounded into, up the chain: "the 2002 bombing campaign", "a 1998 assassination
    attempt" are dated by the words of "campaign" and "attempt"."""
    while tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _modifies(doc: Doc, t: TimeMention, heads: set[int]) -> bool:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and _noun_dated(span.root).i in heads and span.root.dep_ in (
        "compound", "nmod", "poss", "amod", "nummod", "npadvmod")


def _noun_dated(tok: Token) -> Token:
    """The noun a date modifies, through the nouns compounded with it: "the 1998 embassy bombings" dates
    the bombings, not the embassy."""
    head = tok.head
    while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i != head.i:
        head = head.head
    return head


SEQUENCE_MARKS = {"after": "earlier", "before": "later"}  # "a week after X": X is a week earlier


def a_span_from_the_main_act(c: Clause) -> TimeMention | None:
    """"The bombing comes a week after 44 people were killed in an attack": an act told in a clause
    under "after" (or "before") with a length of time is that long before (after) the time of the main
    clause, else of publication."""
    gov = c.group.gov
    mark = next((ch for ch in gov.children if ch.dep_ == "mark" and ch.lower_ in SEQUENCE_MARKS), None)
    if mark is None or gov.dep_ != "advcl":
        return None
    length = next((ch for ch in [*gov.children, *mark.children] if ch.dep_ == "npadvmod" and ch.pos_ == "NOUN"),
                  None)  # "a week after X were killed", "three days after X shelled": on the verb or the mark
    if length is None or any(gov.left_edge.idx <= t.start < gov.right_edge.idx + len(gov.right_edge) for t in c.times):
        return None  # "two days after rebels shelled the town on Sunday": the shelling has a day of its own
    main = next((t.window.start for t in [*c.times, *c.theirs] if t.governor == gov.head.i and t.window.start),
                c.published)
    words = c.doc[length.left_edge.i:length.i + 1]
    window = resolve(f"{words.text} {SEQUENCE_MARKS[mark.lower_]}", c.published, anchor=main)
    if window is None:
        return None
    return TimeMention(words.start_char, words.end_char, words.text, window, c.group.sent, gov.i, "publication")


FOLLOWS = {"after": "later", "before": "earlier"}  # "two days after X": two days later than X


def a_span_from_the_act_it_follows(c: Clause) -> TimeMention | None:
    """"Troops stormed the town two days after rebels shelled it on Sunday": the main act with no time of
    its own, told a length of time after (before) an act that has one, is that long later (earlier): Tuesday."""
    for phrase, mark in _sequence_children(c.group.gov):
        length = next((ch for ch in mark.children if ch.dep_ == "npadvmod" and ch.pos_ == "NOUN"), None)
        theirs = [t for t in c.theirs if not t.background and phrase.left_edge.idx <= t.start <= phrase.right_edge.idx]
        if length is None or mark.lower_ not in FOLLOWS or not theirs or not theirs[0].window.start:
            continue
        words = c.doc[length.left_edge.i:length.i + 1]
        window = resolve(f"{words.text} {FOLLOWS[mark.lower_]}", c.published, anchor=theirs[0].window.start)
        if window is not None:
            return TimeMention(words.start_char, words.end_char, words.text, window, c.group.sent, c.group.gov.i,
                               theirs[0].text)
    return None


def from_what_it_is_told_since(c: Clause) -> TimeMention | None:
    """"Police have detained dozens since the army seized power on May 2": what goes on since an act of a
    known day is dated from that day to the report, not on the day of the report."""
    for phrase, mark in _sequence_children(c.group.gov):
        starts = [(t, t.window.start) for t in c.theirs if phrase.left_edge.idx <= t.start <= phrase.right_edge.idx
                  and t.window.start is not None and t.window.start <= c.published]
        if mark.lower_ == "since" and starts:
            t, start = starts[0]
            return replace(t, window=TimeWindow(start, None, span(start, c.published).precision))
    return None


def _sequence_children(gov: Token) -> list[tuple[Token, Token]]:
    """The phrases hung on a verb that tell another act it follows, precedes or goes on since, each with
    its word: ("shelled", "after") in "stormed it after rebels shelled it", ("stabbing", "after")."""
    found = []
    for ch in gov.children:
        if ch.dep_ == "prep" and ch.lower_ in SEQUENCE_WORDS:
            found += [(obj, ch) for obj in ch.children if obj.dep_ in ("pobj", "pcomp")]  # "after being accused"
        elif ch.dep_ == "advcl":
            found += [(ch, m) for m in ch.children if m.dep_ == "mark" and m.lower_ in SEQUENCE_WORDS]
    return found


def the_verbs_own_time(c: Clause) -> TimeMention | None:
    """"Farmers marched on Tuesday, the first of two rallies planned this week": the verb's own time wins
    over one inside a modifier of another noun."""
    gov = c.group.gov
    return _first([t for t in c.own() if t.governor == gov.i and gov.pos_ in ("VERB", "AUX")])


def at_the_scene_of_the_act(c: Clause) -> TimeMention | None:
    """"Two men were stabbed outside a bar on Saturday. A youth was arrested at the scene and charged on Monday":
    an arrest made "at the scene" (``done_at_the_scene``) with no day on its own verb was made when the act
    told before it happened: a day its sentence names before the arrest's words (not one of saying), else
    the narrative's last; never the later day of another verb ("charged on Monday"). With neither, it passes."""
    if family(c.group.type) != "arrest" or not done_at_the_scene(c.group.gov, c.scenes):
        return None
    first = c.doc[min(x.tok_start for x in c.group.triggers)].idx
    return _first([t for t in c.not_said() if t.start < first]) or c.narrative


def inside_the_trigger_phrase(c: Clause) -> TimeMention | None:
    """"Her phone call with the envoy on Monday": a time inside the phrase a noun trigger heads."""
    heads = [x.head for x in c.group.triggers]
    return _first([t for t in c.times if any(_within(c.doc, t, h) for h in heads)])


def in_the_clause(c: Clause) -> TimeMention | None:
    """"Overnight, gunmen raided the village": a time the clause itself takes."""
    return _first(c.own())


def a_time_not_of_saying(c: Clause) -> TimeMention | None:
    """"Shelling hit the port, killing three on Sunday": any time of the sentence not hung on a verb of saying."""
    return _first(c.not_said())


def before_the_verb_of_saying(c: Clause) -> TimeMention | None:
    """"The army shut the border on Monday, a monitor said" (misparsed under "said"): a time between the act
    and the verb of saying after it is the act's."""
    first = c.doc[min(x.tok_start for x in c.group.triggers)].idx
    return _first([t for t in c.times if t.governor is not None and t.governor in c.claim_verbs
                   and first < t.start < c.doc[t.governor].idx])


DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # "the blast": an act the story told before


def as_the_story_dated_it(c: Clause) -> TimeMention | None:
    """"A man was charged on Monday in the 1998 blast at the depot. ... The blast killed 12 people, police
    said.": an act told again by a definite noun ("the blast"), with no time of its own, is the one an
    earlier sentence dated by a time on a noun of the same word or kind ("the 1998 blast") or on a verb of
    its kind ("convicted of bombing a bus in 1998"), not the
    narrative's day (the charge's) nor the day of saying. The last such time before the sentence.
    An act a retold act brought about (``a_retold_cause``) is of that act's day."""
    nouns = [c.doc[x.head] for x in c.group.triggers if c.doc[x.head].pos_ == "NOUN"
             and any(ch.dep_ == "det" and ch.lower_ in DEFINITE for ch in c.doc[x.head].children)]
    if not nouns:
        return a_retold_cause(c)
    lemmas = {n.lemma_.lower() for n in nouns}
    kinds = {t.head: family(t.type) for t in c.doc._.triggers or []}
    own = family(c.group.type)
    found = None
    for t in _told_before(c):
        span = c.doc.char_span(t.start, t.end, alignment_mode="expand")
        noun = _noun_a_time_dates(span.root) if span is not None else None
        if noun is not None and (noun.lemma_.lower() in lemmas or kinds.get(noun.i) == own) or (
                noun is None and t.governor is not None and kinds.get(t.governor) == own):
            found = t  # "the 1998 blast", "convicted of bombing a bus in 1998"
    return found


def the_day_its_verb_was_told(c: Clause) -> TimeMention | None:
    """"Police arrested a man on Monday. He appeared in court on Tuesday. A detective said the man was arrested
    without a struggle.": an act told again by the same verb, of a subject the story already named (a definite
    noun, a pronoun or a name), with no time of its own, is of the day an earlier sentence gave that verb, not the
    narrative's last day; with no such verb, an attack is of the day it gave an attack ("Dale stabbed a woman on
    March 3. ... 'Dale launched a vicious attack,' a detective said": one deed told in other words, where an arrest,
    a charge and a jailing are acts of their own), or gave a noun of an attack ("was sentenced for the 2019
    shooting death of his roommate. ... Prosecutors said Mills shot him"). The last such time before the sentence."""
    verb = c.group.gov
    if verb.pos_ != "VERB" or not any(_an_old_subject(ch) for ch in verb.children):
        return None
    lemma, own = verb.lemma_.lower(), family(c.group.type)
    kinds = {t.head: family(t.type) for t in c.doc._.triggers or []}
    told = [(t, c.doc[t.governor]) for t in _told_before(c) if t.governor is not None]
    same_verb = [t for t, gov in told if gov.lemma_.lower() == lemma]
    same_kind = [t for t, gov in told if kinds.get(gov.i) == own == "attack"]
    # "sentenced for the 2019 shooting death of his roommate. ... Prosecutors said Mills shot him": a time on a
    # noun of the verb's own word
    same_verb += [t for t in _told_before(c) if t not in same_verb and _dates_a_noun_of(c.doc, t, lemma)]
    chosen = sorted(same_verb, key=lambda t: t.start) or same_kind
    return chosen[-1] if chosen else None


def _dates_a_noun_of(doc: Doc, t: TimeMention, lemma: str) -> bool:
    """Does time ``t`` modify a noun made of the verb ``lemma`` ("the 2019 shooting" of "shoot"), or a noun such
    a word is compounded into ("the 2019 shooting death")?"""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    noun = _noun_a_time_dates(span.root) if span is not None else None
    return noun is not None and any(_same_word(lemma, w.lower_) for w in (
        noun, *(m for m in noun.children if m.dep_ == "compound")))


def _an_old_subject(tok: Token) -> bool:
    """"the man", "he", "she", or a name the story used before ("Dale was arrested ..." after "Lee Dale, 29, ...");
    not "it" or "they", who are as often the speaker ("the army said it had killed a commander")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return _a_person_pronoun(tok) or any(d.dep_ == "det" and d.lower_ in DEFINITE for d in tok.children) \
        or (tok.pos_ == "PROPN" and _named_before(tok))


def _named_before(tok: Token) -> bool:
    """Is the name ``tok`` heads, as written ("Vell", "Amelia Vell"), in the text before its sentence? "Tom Vell,
    41, was arrested ... Vell was charged" is; "Vell's wife, Amelia ... Amelia Vell was charged" is not."""
    first = min([c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok.i])
    name = tok.doc[first:tok.i + 1].text
    return re.search(rf"\b{re.escape(name)}\b", text_of(tok.doc)[:tok.sent.start_char]) is not None


def _a_person_pronoun(tok: Token) -> bool:
    return tok.tag_ == "PRP" and bool(set(tok.morph.get("Gender", [])) & {"Masc", "Fem"})


def _told_before(c: Clause) -> list[TimeMention]:
    return [t for t in c.doc._.times or [] if t.sent < c.group.sent and t.window.start is not None
            and t.window.start <= c.published]


def a_retold_cause(c: Clause) -> TimeMention | None:
    """"Rebels shelled the camp on Tuesday. ... A drone hit the market on Sunday. ... The shelling of the
    camp forced hundreds to flee": an act whose verb (or the verb it is the complement of) has for subject
    an act told again by a definite noun is of the day an earlier sentence gave that act, by a verb or a
    noun of the same word ("shelled", "the shelling"); not the narrative's last day (Sunday's)."""
    acts = {t.head for t in c.doc._.triggers or []}
    verbs = [c.group.gov, c.group.gov.head] if c.group.gov.dep_ in ("xcomp", "ccomp") else [c.group.gov]
    causes = [ch for v in verbs for ch in v.children if ch.dep_ == "nsubj" and ch.i in acts and ch.pos_ == "NOUN"
              and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in ch.children)]
    if not causes:
        return None
    stems = {cause.lemma_.lower() for cause in causes}
    found = None
    for t in _told_before(c):
        span = c.doc.char_span(t.start, t.end, alignment_mode="expand")
        noun = _noun_a_time_dates(span.root) if span is not None else None
        word = noun if noun is not None else (c.doc[t.governor] if t.governor is not None else None)
        if word is not None and word.i in acts and any(_same_word(word.lemma_.lower(), s) for s in stems):
            found = t
    return found


def _same_word(lemma: str, noun: str) -> bool:
    """"shell" and "shelling", "strafe" and "strafing", "rob" and "robbing": a verb and the noun made of it."""
    return bool(lemma) and noun in (lemma, f"{lemma}ing", f"{lemma[:-1]}ing", f"{lemma}{lemma[-1]}ing")


def when_a_speech_act_was_said(c: Clause) -> TimeMention | None:
    """"The ministry on Friday denied the report": a denial or a refusal happens when it is said."""
    return _first(c.times) if family(c.group.type) in SPEECH_FAMILIES else None


def the_narratives_time(c: Clause) -> TimeMention | None:
    """"Drones hit the city on Sunday. ... A second drone hit a school.": the last time the report told.

    "A day later, the agency claimed its troops had shelled the bridge": when it was said is not when it
    happened; the narrative's time is. But not a day of a court or a funeral for an attack
    (``a_later_stage``).
    """
    if c.narrative is not None and family(c.group.type) == "attack" and a_later_stage(c.doc, c.narrative,
                                                                                      c.later_stages):
        return None
    if c.narrative is not None and family(c.group.type) == "arrest" and _the_day_of_an_attack(c.doc, c.narrative):
        return _from_that_day_on(c.narrative, c.published)
    return c.narrative


def _the_day_of_an_attack(doc: Doc, t: TimeMention) -> bool:
    """"Saturday's fatal shooting", "a man was shot on Saturday": a day told of an attack (its word the verb the
    day hangs from, or the noun it dates)."""
    dated = _what_a_time_dates(doc, t)
    return any(m.head in dated and family(m.type) == "attack" for m in doc._.triggers or [])


def _from_that_day_on(t: TimeMention, published: date) -> TimeMention:
    """"Two men were shot on Saturday. ... Police have charged a suspect": an arrest told after an attack of a
    known day, with no day of its own, came between that day and the report."""
    start = t.window.start
    if start is None or start > published:
        return t
    return replace(t, window=span(start, published))


def a_later_stage(doc: Doc, t: TimeMention, stages: frozenset[str]) -> bool:
    """"The suspect appeared in court on Friday", "spoke at Monday's funeral", "a hearing Tuesday": a day
    told of a court's or a mourner's act, which comes after the attack it follows (a word of
    ``stages``: the verb the day hangs from, or the noun it dates)."""
    return any(doc[i].lemma_.lower() in stages for i in _what_a_time_dates(doc, t))


def _what_a_time_dates(doc: Doc, t: TimeMention) -> set[int]:
    """The words a time is told of: the verb it hangs from, and the word its own phrase hangs on ("Monday's
    funeral", "shot on Saturday")."""
    words = {t.governor} if t.governor is not None else set()
    phrase = doc.char_span(t.start, t.end, alignment_mode="expand")
    if phrase is not None:
        words.add(phrase.root.head.i)
    return words


def the_last_time_before_a_retold_act(c: Clause) -> TimeMention | None:
    """"Police last month raided a motel in Harrowby. ... A detective said officers found the chemicals when they
    made the arrests": an act told again by a definite noun ("the arrests"), with no time of its own and no
    day the narrative set, was told before the report, at the last time an earlier sentence names (a week, a
    month), not on the day of publication; not a time of saying, of background or the end of a span."""
    if not _definite_nouns(c):
        return None
    said = {cl.verb for cl in c.doc._.claims or []}
    told = [t for t in _told_before(c) if not t.background and t.governor not in said
            and t.window.end is not None and t.window.end <= c.published]
    return told[-1] if told else None


def _definite_nouns(c: Clause) -> list[Token]:
    """The group's trigger nouns with a definite determiner: "the blast", "these arrests"."""
    return [c.doc[x.head] for x in c.group.triggers if c.doc[x.head].pos_ == "NOUN"
            and any(ch.dep_ == "det" and ch.lower_ in DEFINITE for ch in c.doc[x.head].children)]


def the_time_of_saying(c: Clause) -> TimeMention | None:
    """"A shell struck the market, officials said on Monday": with nothing else, the sentence's first time. An
    act told in the present perfect ("agents have arrested four men, the ministry said Wednesday") was done by
    that day, in the days before it (``RECENT_DAYS``), not on it."""
    first = _first(c.times)
    day = first.window.end if first is not None else None
    if first is None or day is None or first.window.start != day or not _a_present_perfect(c.group.gov):
        return first
    return replace(first, window=span(day - timedelta(days=RECENT_DAYS), day))


RECENT_DAYS = 6  # how far before the day it was told a present perfect's act may lie: the week up to it


def _a_present_perfect(verb: Token) -> bool:
    """"have arrested", "has been shelled": "have" or "has" before a participle."""
    return verb.tag_ == "VBN" and any(ch.dep_ == "aux" and ch.lower_ in ("has", "have", "'ve") for ch in verb.children)


OCCURRED_RULES: tuple[Rule, ...] = (
    the_nouns_own_date, the_time_its_when_clause_tells, the_later_time_of_a_noun_act,
    a_span_from_the_main_act, the_verbs_own_time, at_the_scene_of_the_act, inside_the_trigger_phrase, in_the_clause,
    a_span_from_the_act_it_follows, from_what_it_is_told_since, a_time_not_of_saying, before_the_verb_of_saying,
    as_the_story_dated_it, the_day_its_verb_was_told, when_a_speech_act_was_said,
    the_narratives_time, the_last_time_before_a_retold_act, the_time_of_saying,
)


# -- the chain -----------------------------------------------------------------------------------

def clause_of(doc: Doc, g: Group, narrative: TimeMention | None, words: EventWords) -> Clause:
    """The times of ``g``'s sentence the rules choose from; how long something lasts ("suspended flights
    until the end of the month") is not when it happened."""
    info: DocInfo = doc._.info
    acts = {t.head: t.type for t in doc._.triggers or []}
    of_acts = set(acts) | {compound_top(doc[h]).i for h in acts}
    told = [t for t in doc._.times or [] if t.sent == g.sent
            and not is_bound(doc, t, words.span_bounds) and not a_things_year(doc, t, of_acts)]
    mine = [t for t in told if not t.background and belongs_to(doc, t, g, words.benches)
            and not of_another_kind_of_act(doc, t, g, acts) and not of_a_thing_told_of(doc, t, g, acts)
            and not of_a_later_verb(doc, t, g, words.another_markers) and not past_a_perfect_cannot_take(doc, t, g)
            and not of_a_deed_ascribed(doc, t, g)]
    mine = [t for t in mine if inside_its_own_phrase(doc, t, g, words.benches)] or mine
    heads = {t.head for t in g.triggers}
    claim_verbs = frozenset(c.verb for c in doc._.claims or [] if c.sent == g.sent and c.verb not in heads)
    return Clause(doc, g, mine, claim_verbs, info.published, narrative, [t for t in told if t not in mine],
                  words.later_stages, words.scene_nouns)


def rules_for(status: str | None) -> tuple[Rule, ...]:
    """The chain for an event of this status."""
    return ANNOUNCED_RULES if status in ANNOUNCED else OCCURRED_RULES


def choose_time(c: Clause, rules: tuple[Rule, ...]) -> tuple[Rule | None, TimeMention | None]:
    """The first rule that picks a time, and its time; (None, None) when none does."""
    for rule in rules:
        chosen = rule(c)
        if chosen is not None:
            return rule, chosen
    return None, None


def done_by_its_own_date(doc: Doc, g: Group, status: str, narrative: TimeMention | None, words: EventWords) -> str:
    """"Investigators said the suspect helped plan the Aug. 7 bombings", in a report of late August: an act
    told as planned whose own noun carries a day before the report has happened since; it occurred."""
    if status != "planned":
        return status
    c = clause_of(doc, g, narrative, words)
    own = the_nouns_own_date(c)
    return "occurred" if own is not None and own.window.end is not None and own.window.end < c.published \
        else status


def not_after_publication(c: Clause) -> Clause:
    """"A company Christmas party turned deadly early Sunday", "A month later, the envoy accused ...": what
    has happened or goes on is never dated by a time that begins after the report; such a time names
    something else (a party, a later month told from an earlier story). But a weekday read as the coming
    one is the last one (``the_last_such_weekday``)."""
    def before(t: TimeMention | None) -> bool:  # a year written out is the text's word against the dateline's
        return t is not None and not (t.window.start is not None and t.window.start > c.published
                                      and not WRITTEN_YEAR.search(t.text))

    unscheduled = family(c.group.type) in UNSCHEDULED_FAMILIES
    times = [t if before(t) or not unscheduled else the_last_such_weekday(t, c.published) for t in c.times]
    return replace(c, times=[t for t in times if before(t)],
                   narrative=c.narrative if before(c.narrative) else None)


UNSCHEDULED_FAMILIES = frozenset({"attack", "territory", "arrest"})  # acts no one announces for a weekday ahead
WEEKDAY_WORDS = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
NEXT_WORDS = re.compile(r"\b(?:next|coming|following|this)\b", re.IGNORECASE)


def the_last_such_weekday(t: TimeMention, published: date) -> TimeMention:
    """"Militants ambush a convoy on Sunday, killing four", in a report of a Wednesday: the present of a
    headline (or a past form the tagger read as present) made Sunday the coming one, as for what is
    scheduled ("the talks resume Monday"); told as done, the act is of the last Sunday. Only a weekday
    on its own: "next Sunday", "the following Monday" stay where their words put them; and only for an
    attack, a capture or an arrest (``UNSCHEDULED_FAMILIES``): "the group holds a rally Tuesday" may well
    be the coming Tuesday."""
    if not WEEKDAY_WORDS.search(t.text) or NEXT_WORDS.search(t.text):
        return t
    window = resolve(t.text, published, tense="past")
    return replace(t, window=window) if window is not None and window.start is not None else t


def date_of(doc: Doc, g: Group, status: str | None, narrative: TimeMention | None, words: EventWords) -> DateWindow:
    """The date window of the event ``g`` tells; the day of publication when no rule picks a time."""
    c = clause_of(doc, g, narrative, words)
    if status not in ANNOUNCED:
        c = not_after_publication(c)
    _, chosen = choose_time(c, rules_for(status))
    chosen = the_day_held_since(c, narrowed(c, chosen, words), words)
    if status not in ANNOUNCED:
        chosen = not_before_the_act_it_follows(c, chosen)
    if chosen is None:
        day = c.published.isoformat()
        return DateWindow(day, day, "day", None)
    w = chosen.window
    end = w.end or (c.published if w.start else None)  # "since Friday": what began then goes on to publication
    return DateWindow(w.start.isoformat() if w.start else None, end.isoformat() if end else None,
                      w.precision, chosen.text)


FOLLOWING_MARKS = frozenset({"after", "following"})  # "jailed after he was convicted": the act comes second


def not_before_the_act_it_follows(c: Clause, chosen: TimeMention | None) -> TimeMention | None:
    """"Gunmen shot a guard on Monday. A man was jailed for life after he was convicted of the killing on
    Wednesday": an act told after another act of a named day came that day or later, never on an earlier day
    the story told before (Monday's, carried over by the narrative); with no day of its own that agrees, it
    is dated from the other act's day to the report (``_sequence_children``: the phrase hung on its verb, or on
    a verb joined to it). With no day at all it is dated the same way: "a man was charged after a stabbing on
    Saturday" came between Saturday and the report."""
    end = chosen.window.end if chosen is not None else None
    if chosen is not None and end is None:
        return chosen
    gov = c.group.gov
    for phrase, mark in [x for v in (gov, *gov.conjuncts) for x in _sequence_children(v)]:
        starts = [(t, t.window.start) for t in c.theirs if not t.background and t.window.start is not None
                  and phrase.left_edge.idx <= t.start <= phrase.right_edge.idx and t.window.start <= c.published]
        if mark.lower_ in FOLLOWING_MARKS and starts and (end is None or end < starts[0][1]):
            return replace(starts[0][0], window=span(starts[0][1], c.published))
    return chosen


def the_day_held_since(c: Clause, chosen: TimeMention | None, words: EventWords) -> TimeMention | None:
    """"The journalist was arrested in Varnby. He has been held since Oct. 12.", "was detained and has been
    held since October": an arrest told with no time of its own, or only with the "since" of a custody, was
    made when the custody its sentence or the next one tells began (``custody_verbs``, with no object: not
    "police have detained 40 people since Monday"), that day or month itself, not a span to publication."""
    if family(c.group.type) != "arrest" or (chosen is not None and not SINCE_WORD.match(chosen.text)):
        return chosen
    doc = c.doc
    held = [t for t in doc._.times or [] if c.group.sent <= t.sent <= c.group.sent + 1 and SINCE_WORD.match(t.text)
            and t.governor is not None and _a_custody(doc[t.governor], words)]
    if not held:
        return chosen
    window = resolve(SINCE_WORD.sub("", held[0].text), c.published, tense="past")
    if window is None or window.start is None or window.end is None or window.end > c.published:
        return chosen
    return replace(held[0], window=window)


def _a_custody(verb: Token, words: EventWords) -> bool:
    return verb.lemma_.lower() in words.custody_verbs and not any(ch.dep_ == "dobj" for ch in verb.children)


# -- a vague time the story later tells to the day ---------------------------------------------------

VAGUE = frozenset({"week", "month", "year"})  # precisions a later day of the story may narrow


def the_one_day_told_later_inside(c: Clause, chosen: TimeMention, words: EventWords) -> TimeMention | None:
    """"A man who tried to run down a trooper last week was jailed on Tuesday. ... The car had been stopped
    on March 10 near the bridge.": an act first told by a vague time (last week, last month, in 2007, a
    year and a half ago) that the story later tells to the day, the only day it names inside that time,
    happened on that day. Only days told after the act's sentence (an elaboration, not the news of the
    lede: "Troops shelled the town on Tuesday. Earlier this month, rebels ambushed a convoy" keeps the
    ambush's month), not days of saying or ends of a span, nor the day of another kind of act ("Rebels
    raided a post last week. Troops shelled the hills on Friday": Friday is the shelling's); two such days
    leave the vague time. The record keeps the words of its own sentence (the day narrows them;
    ``anchor`` names the day's words)."""
    w = chosen.window
    if w.precision not in VAGUE or w.start is None or w.end is None or w.end > c.published:
        return None
    said = {cl.verb for cl in c.doc._.claims or []}
    others = {t.head for t in c.doc._.triggers or [] if t.sent > c.group.sent and t.type != c.group.type}
    later = [t for t in c.doc._.times or [] if t.sent > c.group.sent and t.window.precision == "day"
             and t.window.start is not None and t.window.start == t.window.end
             and w.start <= t.window.start <= w.end and not _a_day_of_saying(c.doc, t, said)
             and t.governor not in others and not is_bound(c.doc, t, words.span_bounds)]
    if len({t.window.start for t in later}) != 1:
        return None
    return replace(chosen, window=later[0].window, anchor=later[0].text)


PRESENT_TAGS = frozenset({"VBP", "VBZ"})  # "police say", "the agency says"


def _a_day_of_saying(doc: Doc, t: TimeMention, said: set[int]) -> bool:
    """"Police said on Friday ...": a day hung on a verb of saying is when it was said; but "On March 3,
    police say, a caller reported a fire" names a past day a verb in the present cannot take: the
    caller's."""
    return t.governor is not None and t.governor in said and doc[t.governor].tag_ not in PRESENT_TAGS


def the_day_the_next_line_tells(c: Clause, chosen: TimeMention, words: EventWords) -> TimeMention | None:
    """"Gunmen killed 30 villagers near the town, officials said on Thursday. The attackers came on
    motorbikes on Tuesday evening and burned the granaries.": an attack, capture or arrest dated only by the
    day it was said (told after the verb of saying), whose next sentence tells no act of its own and names
    one earlier day (not of saying), happened on that day: the line goes on telling it."""
    said = {cl.verb for cl in c.doc._.claims or []}
    if family(c.group.type) not in UNSCHEDULED_FAMILIES or chosen.governor is None or chosen.governor not in said \
            or chosen.window.start is None or chosen.start < c.doc[chosen.governor].idx:
        return None  # "At the time of the arrest Wednesday, police said ...": a day before the verb may be the act's
    following = c.group.sent + 1
    if any(t.sent == following and not _retells(c, t, words) for t in c.doc._.triggers or []):
        return None
    days = [t for t in c.doc._.times or [] if t.sent == following and t.window.precision in ("day", "night")
            and t.window.start is not None and t.window.start < chosen.window.start and not t.background
            and not _a_day_of_saying(c.doc, t, said) and not is_bound(c.doc, t, words.span_bounds)]
    if len({t.window.start for t in days}) != 1:
        return None
    return replace(chosen, window=days[0].window, anchor=days[0].text)


def _retells(c: Clause, t: TriggerMention, words: EventWords) -> bool:
    """"... police said on Monday. The attack happened on Sunday evening": a trigger that is a definite noun of
    the clause's family, or a verb of that family done by "the attackers" (``done_by_doers_told_before``), tells
    the same act again, not an act of its own."""
    head = c.doc[t.head]
    if family(t.type) != family(c.group.type):
        return False
    if head.pos_ == "VERB":
        return done_by_doers_told_before(head, words)
    return head.pos_ == "NOUN" and any(ch.dep_ == "det" and ch.lower_ in DEFINITE for ch in head.children)


NARROWING_RULES = (the_one_day_told_later_inside, the_day_the_next_line_tells)


def narrowed(c: Clause, chosen: TimeMention | None, words: EventWords) -> TimeMention | None:
    """The chosen time, or the first narrower one a rule of ``NARROWING_RULES`` finds inside it."""
    if chosen is None:
        return None
    return next((t for rule in NARROWING_RULES if (t := rule(c, chosen, words)) is not None), chosen)


def is_bound(doc: Doc, t: TimeMention, bounds: frozenset[str]) -> bool:
    """Is a time expression the end of a span ("until the end of the month"), not a time something happened?"""
    before = text_of(doc)[max(0, t.start - 12):t.start].split()
    return bool(before) and before[-1].lower() in bounds


def a_things_year(doc: Doc, t: TimeMention, acts: set[int]) -> bool:
    """"traveling in a white 1998 pickup", "the 2004 vintage": a year that modifies a noun naming no act
    of the report is that thing's year (a model, a vintage), not a time anything happened; "the 2004
    bombing" keeps its year."""
    if t.window.precision != "year":
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("nummod", "compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN") \
        and _noun_dated(root).i not in acts and root.head.i not in range(span.start, span.end)


def _within(doc: Doc, t: TimeMention, head: int) -> bool:
    """Is a time expression inside the phrase a (noun) trigger heads: "his phone call with X on Monday"."""
    tok = doc[head]
    if tok.pos_ != "NOUN":
        return False
    sub = list(tok.subtree)
    return sub[0].idx <= t.start and t.end <= sub[-1].idx + len(sub[-1].text)

"""Triggers of one clause grouped into one event, with the tokens that are that event's scope."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from sitrep.nlp.mentions import TriggerMention
from sitrep.nlp.triggers import governing_verb
from sitrep.records import family


@dataclass
class Group:
    """Triggers of one clause that tell one event."""

    triggers: list[TriggerMention]
    gov: Token
    scope: set[int] = field(default_factory=set)

    @property
    def type(self) -> str:
        types = [t.type for t in self.triggers]
        if "attack.civilians" in types:
            return "attack.civilians"  # "stormed two villages ..., looting homes": violence against civilians
        if "protest.riot" in types:
            return "protest.riot"  # "protesters threw stones at officers": a protest that turned violent
        return types[0]

    @property
    def sent(self) -> int:
        return self.triggers[0].sent


def group_triggers(doc: Doc, triggers: list[TriggerMention]) -> list[Group]:  # noqa: C901
    groups: dict[int, Group] = {}
    for t in triggers:
        gov = governing_verb(doc[t.head])
        key = gov.i
        g = groups.get(key)
        if g is not None and family(g.type) == family(t.type) and (family(t.type) in ("attack", "protest")
                                                                   or g.type == t.type):
            g.triggers.append(t)
            if g.type == "attack" and t.type != "attack":
                g.triggers.insert(0, g.triggers.pop())
        else:
            if g is not None:
                key = t.head + 100_000
            groups[key] = Group([t], gov)
    out = list(groups.values())
    # "recaptured the village after heavy fighting": the fighting is how the territory changed hands
    taken_by = {g.gov.i for g in out if g.type == "territory.change"}
    # "captured the town after two days of fighting": the fighting named inside the capture's clause
    inside = {t.i for g in out if g.type == "territory.change" for t in g.gov.subtree
              if t.dep_ in ("pobj", "pcomp") and t.head.lower_ in ("after", "following", "amid", "of")}
    out = [g for g in out if not (g.type == "attack.ground" and (g.gov.i in taken_by or g.gov.i in inside))]
    # a participle or infinitive inside another group's clause tells the same event:
    # "debris from drones downed over the Kyiv region damaged three houses"
    for g in list(out):
        for other in out:
            if other is g or family(other.type) != family(g.type) or g not in out:
                continue
            nested = g.gov.dep_ in ("acl", "amod", "xcomp") or (
                g.gov.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in g.gov.children)
                and any(t.interception for t in g.triggers) == any(t.interception for t in other.triggers))
            if nested and g.gov in other.gov.subtree and g.gov.head.i in {t.i for t in other.gov.subtree}:
                other.triggers.extend(g.triggers)
                if other.type == "attack" and g.type != "attack":
                    other.triggers.insert(0, other.triggers.pop())
                out.remove(g)
                break
    for g in out:
        g.scope = {t.i for t in g.gov.subtree} | {i for t in g.triggers for i in range(t.tok_start, t.tok_end)}
        for t in g.triggers:
            head = doc[t.head]
            if head.dep_ == "relcl":
                g.scope |= {x.i for x in head.head.subtree}
    for g in out:
        for other in out:
            if other is not g and other.gov.i in g.scope and other.gov != g.gov:
                g.scope -= {t.i for t in other.gov.subtree}
    return sorted(out, key=lambda g: g.triggers[0].tok_start)




def commentary(doc: Doc, g: Group, verbs: set[str]) -> bool:
    """"The Kremlin said the attack showed that Kyiv was not interested in peace": an event told before, named
    only as the subject of a speaker's judgement, is a comment on it, not a retelling."""
    return all(doc[t.head].pos_ == "NOUN" and doc[t.head].dep_ in ("nsubj", "nsubjpass")
               and doc[t.head].head.lemma_.lower() in verbs for t in g.triggers)

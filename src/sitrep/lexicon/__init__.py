"""The lexicons sitrep's components read: data files under ``sitrep/data``, loaded once.

Code holds logic; every word list lives in a TSV or JSON Lines file beside the package.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any, TypeVar

from sitrep.lexicon.words import (
    ActorWords,
    ClaimWords,
    ErrorWords,
    EventWords,
    LexiconError,
    PlaceWords,
    QuantityWords,
    StatusWords,
    TimeWords,
    TriggerWords,
    load_words,
)

T = TypeVar("T")


def _data_text(name: str) -> str:
    return resources.files("sitrep").joinpath("data", name).read_text(encoding="utf-8")


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a TSV data file; lines starting with ``#`` and blank lines are skipped."""
    rows = []
    for line in _data_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _words(cls: type[T], name: str) -> T:
    return load_words(cls, _data_text(f"words/{name}.toml"), name)


def read_jsonl(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in _data_text(name).splitlines() if line.strip()]


@dataclass(frozen=True)
class TriggerEntry:
    words: tuple[str, ...]  # lemmas, lower case
    type: str  # a code, or a bare family "attack" resolved from the weapon in context
    pos: tuple[str, ...] = ()
    status: str | None = None
    needs: tuple[str, ...] = ()  # one of these lemmas must be in the sentence
    not_with: tuple[str, ...] = ()  # none of these lemmas may be in the sentence
    governed: tuple[str, ...] = ()  # for a noun: the verb that governs it must be one of these
    needs_weapon: bool = False
    needs_place: bool = False
    needs_aid_object: bool = False
    interception: bool = False
    particle: str | None = None  # a phrasal verb's particle: "push ... out", "shoot ... down"
    needs_object: tuple[str, ...] = ()  # the verb's object must be one of these lemmas
    needs_subject: tuple[str, ...] = ()  # the verb's subject must be one of these: "a suicide bomber killed 12"
    not_object: tuple[str, ...] = ()
    negated: bool = False  # the word counts only when negated: "would not send a delegation"
    alone: bool = False  # counts only when no other trigger hangs from it ("agreed to exchange" is the exchange)
    bare: str | None = None  # the type a bare attack word takes when nothing near names a weapon: a "strike" is from the air
    needs_victim: bool = False  # a verb that counts only when done to a person: "a man was shot", not "shot a film"
    needs_agent: bool = False  # a verb that counts only when a person, an armed force or a weapon does it: "gunmen
    # killed two guards", "two guards were killed by a bomb", not "the flu killed two" or "the crash killed two"
    intransitive: bool = False  # a verb with an object is another sense: "demonstrated resolve" is no protest
    active: bool = False  # a verb that counts only active and finite: "troops killed 12 militants", not
    # ", killing three" or "three soldiers were killed" (the toll of an act told elsewhere)
    to_a_state: tuple[str, ...] = ()  # an appeal that is diplomacy only when made to a state, a country named or
    # one of these nouns: "urged Moldova to withdraw", "called on the government to resign", not "urged residents"
    by_a_state: tuple[str, ...] = ()  # an act that is diplomacy only when a state, a country named or one of these
    # nouns does it: "Moldova called for a summit", "the government demanded his return", not "residents called for"
    with_a_leader: bool = False  # a talk that counts only with a leader, an official or a state: "the minister
    # spoke with his Moldovan counterpart", not "the minister spoke with reporters"
    said_of_a_side: bool = False  # a name of contempt that is an accusation only when one side's voice says a
    # state or its leader is one: "Sylvania's president is a dictator, Freedonia's minister said", not "he was a
    # terrorist in the film" nor "the suspect is a convicted murderer, police said"
    news: bool = False  # an act that counts only as the news of its clause, not in a clause of time: "the guns
    # fell silent at midnight", not "after the guns had fallen silent, the men went home"
    lone_toll: bool = False  # a passive killing with no doer named, which counts only beside words of violence:
    # "a teenager who was killed after a fight", not "a driver was killed in a crash" (``violent_death_cues``)
    conditional: bool = False  # a word that is a threat only when promised on a condition: "would retaliate if
    # the border were crossed", not "retaliated on Sunday"
    offered: bool = False  # a concession that is an event only when offered: "is willing to withdraw", "will
    # withdraw its troops only if the rebels disarm" (a proposal), not "withdrew its support"
    state_to_state: tuple[str, ...] = ()  # a word that is a threat only when a state (a country, a government or
    # one of these nouns) says it to a state it names as the one it addresses: "Freedonia warned Sylvania that any
    # incursion would mean war", not "the embassy warned Freedonians to stay away" nor "warned that Sylvania may fall"
    trade_with_a_state: bool = False  # a stop of trade that is a sanction only when the trade is with another
    # state: "banned imports of Freedonian wine", "halted arms sales to Freedonia", not "banned exports of rice"
    with_a_grievance: bool = False  # a gathering that is a protest only when a crowd voices a grievance:
    # "pensioners gathered outside parliament against the cuts", not "fans gathered outside the stadium"
    that_clause: bool = False  # a verb that tells a charge only with a clause of "that": "Freedonia charged that
    # Sylvanian troops shelled the village", not "the government charged three men with treason"

    @property
    def weapon_frame(self) -> bool:
        """A verb that is an attack only with a weapon for its subject or object ("shells landed", "set off a
        bomb"): its word alone ("the land", "a plant") names no event."""
        return self.needs_weapon and bool(self.needs_subject or self.needs_object)


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[TriggerEntry, ...]
    weapons: dict[str, tuple[str, str]]  # phrase -> (attack type, item)
    items: dict[str, str]
    quantity_roles: dict[str, str]
    damage: dict[str, str]
    reporting: dict[str, str]
    channels: frozenset[str]
    actors: tuple[dict[str, Any], ...]
    institutions: dict[str, str]
    status: StatusWords
    claim_words: ClaimWords
    actor_words: ActorWords
    event_words: EventWords
    place_words: PlaceWords
    quantity_words: QuantityWords
    trigger_words: TriggerWords
    time_words: TimeWords

    @cached_property
    def attack_nouns(self) -> frozenset[str]:
        """The words the trigger entries read as attacks when nouns: "ambush", "shelling", "raid"."""
        return frozenset(w for e in self.triggers if e.type.startswith("attack") and (not e.pos or "NOUN" in e.pos)
                         for w in e.words)

    @cached_property
    def event_verbs(self) -> frozenset[str]:
        """The one-word lemmas the trigger entries read as events when verbs: "attack", "storm", "pound"."""
        return frozenset(w for e in self.triggers if not e.pos or "VERB" in e.pos for w in e.words if " " not in w)

    @cached_property
    def verbs_by_family(self) -> dict[str, frozenset[str]]:
        """The one-word verb lemmas of each family's trigger entries: "attack" holds "shoot", "kill", "wound"."""
        out: dict[str, set[str]] = {}
        for e in self.triggers:
            if not e.pos or "VERB" in e.pos:
                out.setdefault(e.type.split(".")[0], set()).update(w for w in e.words if " " not in w)
        return {fam: frozenset(ws) for fam, ws in out.items()}

    @cached_property
    def arms_words(self) -> frozenset[str]:
        """The words of those who kill by arms and of arms: "gunmen", "army", "air strike", "drone"."""
        return self.trigger_words.killer_nouns | self.trigger_words.attack_words | frozenset(self.weapons)

    def actor_names(self) -> dict[str, dict[str, Any]]:
        """Every name and alias of a known actor -> its entry."""
        out: dict[str, dict[str, Any]] = {}
        for entry in self.actors:
            for name in [entry["name"], *entry.get("aliases", [])]:
                out[name] = entry
        return out


def word_list(value: str | list[str], words: TriggerWords) -> tuple[str, ...]:
    """A trigger entry's word list: written out, or ``"@name"`` for a list of ``data/words/triggers.toml``."""
    if not isinstance(value, str):
        return tuple(value)
    name = value.removeprefix("@")
    if name == value or name not in TriggerWords.__dataclass_fields__:
        raise LexiconError(f"triggers.jsonl: {value!r} names no list of data/words/triggers.toml")
    named: tuple[str, ...] = getattr(words, name)
    return named


def _trigger(d: dict[str, Any], words: TriggerWords) -> TriggerEntry:
    def listed(key: str) -> tuple[str, ...]:
        return word_list(d.get(key, ()), words)

    return TriggerEntry(
        words=tuple(d["phrase"].split()) if "phrase" in d else (d["lemma"],),
        type=d["type"],
        pos=tuple(d.get("pos", ())),
        status=d.get("status"),
        needs=listed("needs"),
        not_with=listed("not_with"),
        governed=listed("governed"),
        needs_weapon=bool(d.get("needs_weapon")),
        needs_place=bool(d.get("needs_place")),
        needs_aid_object=bool(d.get("needs_aid_object")),
        interception=bool(d.get("interception")),
        particle=d.get("particle"),
        needs_object=listed("needs_object"),
        needs_subject=listed("needs_subject"),
        not_object=listed("not_object"),
        negated=bool(d.get("negated")),
        intransitive=bool(d.get("intransitive")),
        alone=bool(d.get("alone")),
        bare=d.get("bare"),
        needs_victim=bool(d.get("needs_victim")),
        needs_agent=bool(d.get("needs_agent")),
        active=bool(d.get("active")),
        to_a_state=listed("to_a_state"),
        by_a_state=listed("by_a_state"),
        with_a_leader=bool(d.get("with_a_leader")),
        conditional=bool(d.get("conditional")),
        offered=bool(d.get("offered")),
        trade_with_a_state=bool(d.get("trade_with_a_state")),
        state_to_state=listed("state_to_state"),
        lone_toll=bool(d.get("lone_toll")),
        news=bool(d.get("news")),
        said_of_a_side=bool(d.get("said_of_a_side")),
        that_clause=bool(d.get("that_clause")),
        with_a_grievance=bool(d.get("with_a_grievance")),
    )


@cache
def place_words() -> PlaceWords:
    """The place words alone (``data/words/places.toml``), for the gazetteer, which needs no other list."""
    return _words(PlaceWords, "places")


@cache
def error_words() -> ErrorWords:
    """The words ``sitrep eval --errors`` reads (``data/words/errors.toml``), apart from the extractor's."""
    return _words(ErrorWords, "errors")


@cache
def load_lexicon() -> Lexicon:
    """The packaged lexicons, read once per process."""
    trigger_words = _words(TriggerWords, "triggers")
    return Lexicon(
        triggers=tuple(_trigger(d, trigger_words) for d in read_jsonl("triggers.jsonl")),
        weapons={r[0]: (r[1], r[2] if len(r) > 2 else "") for r in read_tsv("weapons.tsv")},
        items={r[0]: r[1] for r in read_tsv("items.tsv")},
        quantity_roles={r[0]: r[1] for r in read_tsv("quantity_roles.tsv")},
        damage={r[0]: r[1] for r in read_tsv("damage.tsv")},
        reporting={r[0]: r[1] for r in read_tsv("reporting.tsv")},
        channels=frozenset(r[0] for r in read_tsv("channels.tsv")),
        actors=tuple(read_jsonl("actors.jsonl")) + tuple(read_jsonl("people.jsonl")),
        institutions={r[0]: r[1] for r in read_tsv("institutions.tsv")},
        status=_words(StatusWords, "status"),
        claim_words=_words(ClaimWords, "claims"),
        actor_words=_words(ActorWords, "actors"),
        event_words=_words(EventWords, "events"),
        place_words=place_words(),
        quantity_words=_words(QuantityWords, "quantities"),
        trigger_words=trigger_words,
        time_words=_words(TimeWords, "time"),
    )

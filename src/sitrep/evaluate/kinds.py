"""The kind of each error of a scored report, so that ``sitrep eval --errors`` shows where the mass
is: ordered lists of small named rules over the gold event, the prediction and its sentence. The
first rule that fires names the kind; each list has a last resort.

A false positive is, in this order (facts of the pairing first, readings of the sentence last):

- ``provenance``: the report failed provenance, the prediction was otherwise right;
- ``no-event``: the report has no gold event at all;
- ``wrong-type``: paired with a gold event of its family but of another type;
- ``duplicate``: another prediction already hit the gold event it fits;
- ``frame``: its own status says the act is not done (planned, proposed, ...);
- ``wrong-place``, ``wrong-date``: it stands for a missed gold event of its type in another
  country, on other days (the miss's other side; see ``Scene.near``);
- ``frame``: a gold event of its family near it is optional or of another status, or its sentence
  is negated, future, hypothetical or background (``data/words/errors.toml``);
- ``sense``, the last resort: the words were read as an event they are not.

A miss is ``provenance``, ``wrong-type`` (paired with a wrong type), ``optional`` (a prediction that
fits it was paired with an optional gold event instead), ``wrong-place``, ``wrong-date`` (a left-over
prediction of its type stands for it at another place, on other days), ``missing`` (no spare
prediction of its family), ``wrong-type`` (a spare prediction of another type of its family at its
place), and ``missing`` as the last resort. A spare prediction is one not paired with another
required gold event. A wrong field takes its field's kind (``FIELD_KINDS``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from sitrep.evaluate.fields import field_scores, location_right
from sitrep.evaluate.gold import GoldReport
from sitrep.evaluate.match import allowed, assignment, type_right
from sitrep.lexicon import error_words

MISS, FALSE_POSITIVE, FIELD = "miss", "false +", "field"
CLASSES = (FALSE_POSITIVE, MISS, FIELD)

# The kind of a wrong field, by the field's name (evaluate/fields.py FIELDS).
FIELD_KINDS = {
    "status": "status", "date": "dates", "location": "places", "initiator": "sides", "target": "sides",
    "participant": "sides", "quantities": "counts", "claimants": "claims",
}

DONE = ("occurred", "ongoing")  # statuses of an act that happened


@dataclass
class Scene:
    """What the rules read: a report's gold, its predictions, their pairs, and which pairs hit."""

    gold: GoldReport
    predictions: list[dict]
    pairs: list[tuple[int, int]]
    failed: bool = False
    gold_of: dict[int, int] = field(init=False)  # prediction -> its paired gold event
    pred_of: dict[int, int] = field(init=False)  # gold event -> its paired prediction
    hits: dict[int, int] = field(init=False)  # gold event -> the prediction that hit it
    near: dict[int, int] = field(init=False)  # unpaired gold event -> its unpaired prediction of its type
    near_gold: dict[int, int] = field(init=False)  # the same, prediction -> gold event

    def __post_init__(self) -> None:
        self.gold_of = {j: i for i, j in self.pairs}
        self.pred_of = dict(self.pairs)
        self.hits = {i: j for i, j in self.pairs if _required(self.gold.events[i]) and not self.failed
                     and type_right(self.gold.events[i], self.predictions[j])}
        self.near = self._near_pairs()
        self.near_gold = {j: i for i, j in self.near.items()}

    def _near_pairs(self) -> dict[int, int]:
        """The required gold events and the predictions left unpaired (no duplicates), paired again one
        to one by type and status alone, whatever their places and days: which prediction stood for
        which missed event."""
        golds = [i for i, g in enumerate(self.gold.events) if _required(g) and i not in self.pred_of]
        preds = [j for j in range(len(self.predictions)) if j not in self.gold_of and not fp_duplicate(self, j)]
        if not golds or not preds:
            return {}
        weights = [[self._near_weight(self.gold.events[i], self.predictions[j]) for j in preds] for i in golds]
        return {golds[a]: preds[b] for a, b in assignment(weights)}

    def _near_weight(self, g: dict, p: dict) -> float:
        """1 and the fields' scores for a prediction of the gold event's type and a like status, else 0."""
        like = g.get("status") == p.get("status") or (g.get("status") in DONE and p.get("status") in DONE)
        if not (type_right(g, p) and like):
            return 0.0
        return 1.0 + sum(field_scores(g, p, self.gold.published).values())

    def spare(self, i: int) -> list[dict]:
        """The predictions not paired with another required gold event than ``i``, in the pairing or
        again (those paired with an optional one are spare)."""
        taken = {j for k, j in self.pairs if k != i and _required(self.gold.events[k])}
        taken |= {j for k, j in self.near.items() if k != i}
        return [p for j, p in enumerate(self.predictions) if j not in taken]

    def partner(self, j: int) -> dict | None:
        """The gold event prediction ``j`` is paired with."""
        i = self.gold_of.get(j)
        return None if i is None else self.gold.events[i]


def _required(g: dict) -> bool:
    return bool(g.get("required", True))


def _family(t: str) -> str:
    return t.split(".", 1)[0]


def _same_family(g: dict, p: dict) -> bool:
    return _family(g["type"]) == _family(p["type"]) or p["type"] in g.get("alt_types", [])


def _country(x: dict | None) -> str | None:
    return (x or {}).get("country")


def _words(sentence: str) -> str:
    """The sentence's words, lower case, one space apart and around: " they did n't strike "."""
    text = sentence.lower().replace("’", "'").replace("n't", " n't")
    return " " + " ".join(re.findall(r"n't|'?[a-z]+", text)) + " "


def _says_any(sentence: str, marks: tuple[str, ...]) -> bool:
    words = _words(sentence)
    return any(f" {m} " in words for m in marks)


def _sentence(p: dict) -> str:
    return ((p.get("evidence") or [{}])[0]).get("text", "")


# -- false positives ------------------------------------------------------------------------------
# Each rule: (scene, prediction index) -> whether it fires. Rules are (name, kind, test).
FpRule = Callable[[Scene, int], bool]


def fp_provenance(s: Scene, j: int) -> bool:
    """The report failed provenance and the prediction was right: "a right drone attack, but some quote
    of the report's records is not in the report"."""
    g = s.partner(j)
    return s.failed and g is not None and (not _required(g) or type_right(g, s.predictions[j]))


def fp_no_event(s: Scene, j: int) -> bool:
    """The report has no gold event at all: "an attack read in a report on a football match"."""
    return not s.gold.events


def fp_paired_wrong_type(s: Scene, j: int) -> bool:
    """Paired with a gold event of its family but another type: "an artillery attack where the gold has
    an air strike"."""
    g = s.partner(j)
    return g is not None and not type_right(g, s.predictions[j])


def fp_duplicate(s: Scene, j: int) -> bool:
    """Another prediction already hit a gold event this one fits: "the strike, told again in the
    report's last paragraph, made a second record"."""
    p = s.predictions[j]
    return any(k != j and type_right(s.gold.events[i], p) and allowed(s.gold.events[i], p, s.gold.published)
               for i, k in s.hits.items())


def _other_country(g: dict, p: dict) -> bool:
    gc, pc = _country(g.get("location")), _country(p.get("location"))
    return bool(gc and pc and gc != pc)


def fp_wrong_place(s: Scene, j: int) -> bool:
    """It stands for a missed gold event of its type in another country: "the strike on a border town,
    put on the other side of the border"."""
    i = s.near_gold.get(j)
    return i is not None and _other_country(s.gold.events[i], s.predictions[j])


def fp_wrong_date(s: Scene, j: int) -> bool:
    """It stands for a missed gold event of its type on other days: "Saturday's bombing, dated the day
    of the report"."""
    return j in s.near_gold


def fp_not_done(s: Scene, j: int) -> bool:
    """The prediction itself says the act did not (yet) happen: "talks the two sides *plan*", a record
    of status planned that the gold does not code."""
    return s.predictions[j].get("status", "occurred") not in DONE


def fp_near_other_status(s: Scene, j: int) -> bool:
    """A gold event of its family at its place (any day) is optional or of another status: "the gold
    keeps the ceasefire talks as optional, the prediction dated them on the wrong day"."""
    p = s.predictions[j]
    for g in s.gold.events:
        gc, pc = _country(g.get("location")), _country(p.get("location"))
        near = _same_family(g, p) and not (gc and pc and gc != pc)
        if near and (not _required(g) or g.get("status") != p.get("status")):
            return True
    return False


def fp_negated(s: Scene, j: int) -> bool:
    """The sentence denies or negates: "the army said it did *not* shell the village"."""
    return _says_any(_sentence(s.predictions[j]), error_words().negation_marks)


def fp_future(s: Scene, j: int) -> bool:
    """The sentence puts the act ahead: "the rebels *vowed to* attack the convoy"."""
    return _says_any(_sentence(s.predictions[j]), error_words().future_marks)


def fp_hypothetical(s: Scene, j: int) -> bool:
    """The sentence makes the act a possibility: "the militia *could* strike the port *if* talks fail"."""
    return _says_any(_sentence(s.predictions[j]), error_words().hypothetical_marks)


def fp_background(s: Scene, j: int) -> bool:
    """The sentence is background: "the fighting has killed 300 people *since* March"."""
    return _says_any(_sentence(s.predictions[j]), error_words().background_marks)


FALSE_POSITIVE_RULES: tuple[tuple[str, str, FpRule], ...] = (
    ("provenance", "provenance", fp_provenance),
    ("no gold event", "no-event", fp_no_event),
    ("paired with a wrong type", "wrong-type", fp_paired_wrong_type),
    ("hit already", "duplicate", fp_duplicate),
    ("status not done", "frame", fp_not_done),
    ("missed event of its type elsewhere", "wrong-place", fp_wrong_place),
    ("missed event of its type on other days", "wrong-date", fp_wrong_date),
    ("optional or other status near", "frame", fp_near_other_status),
    ("negated sentence", "frame", fp_negated),
    ("future sentence", "frame", fp_future),
    ("hypothetical sentence", "frame", fp_hypothetical),
    ("background sentence", "frame", fp_background),
)
FALSE_POSITIVE_LAST = ("no reason found", "sense")


# -- misses ---------------------------------------------------------------------------------------
# Each rule: (scene, gold event index) -> whether it fires.
MissRule = Callable[[Scene, int], bool]


def miss_provenance(s: Scene, i: int) -> bool:
    """Paired with a prediction of its type in a report that failed provenance."""
    j = s.pred_of.get(i)
    return s.failed and j is not None and type_right(s.gold.events[i], s.predictions[j])


def miss_paired_wrong_type(s: Scene, i: int) -> bool:
    """Paired with a prediction of another type of its family: "an air strike read as shelling"."""
    j = s.pred_of.get(i)
    return j is not None and not type_right(s.gold.events[i], s.predictions[j])


def miss_missing(s: Scene, i: int) -> bool:
    """No spare prediction of its family: "the report's second raid made no record"."""
    g = s.gold.events[i]
    return not any(_same_family(g, p) for p in s.spare(i))


def miss_fit_went_optional(s: Scene, i: int) -> bool:
    """A prediction that fits it was paired with an optional gold event instead (the pairing prefers the
    pair with more agreeing fields): "the record of the raid went to the optional raid of the day
    before"."""
    g = s.gold.events[i]
    fits = [j for j, p in enumerate(s.predictions) if type_right(g, p) and allowed(g, p, s.gold.published)]
    return any(j in s.gold_of and not _required(s.gold.events[s.gold_of[j]]) for j in fits)


def miss_wrong_place(s: Scene, i: int) -> bool:
    """A prediction of its type left over stands for it in another country: "the strike on a border
    town, put on the other side of the border"."""
    j = s.near.get(i)
    return j is not None and _other_country(s.gold.events[i], s.predictions[j])


def miss_wrong_date(s: Scene, i: int) -> bool:
    """A prediction of its type left over stands for it on other days: "Saturday's bombing, dated the
    day of the report"."""
    return i in s.near


def miss_family_other_type(s: Scene, i: int) -> bool:
    """A spare prediction of another type of its family, at its place and on its days, went elsewhere
    (to an optional event) or nowhere: "the drone attack on the depot, read as shelling"."""
    g = s.gold.events[i]
    return any(_same_family(g, p) and not type_right(g, p) and allowed(g, p, s.gold.published)
               and location_right(g, p) for p in s.spare(i))


MISS_RULES: tuple[tuple[str, str, MissRule], ...] = (
    ("provenance", "provenance", miss_provenance),
    ("paired with a wrong type", "wrong-type", miss_paired_wrong_type),
    ("its fit went to an optional event", "optional", miss_fit_went_optional),
    ("its type at another place", "wrong-place", miss_wrong_place),
    ("its type on other days", "wrong-date", miss_wrong_date),
    ("no prediction of its family", "missing", miss_missing),
    ("another type of its family at its place", "wrong-type", miss_family_other_type),
)
MISS_LAST = ("no prediction left for it", "missing")


def _first(rules: tuple[tuple[str, str, Callable[[Scene, int], bool]], ...], last: tuple[str, str],
           scene: Scene, index: int) -> tuple[str, str]:
    """The (kind, rule name) of the first rule that fires, else ``last``'s."""
    for name, kind, test in rules:
        if test(scene, index):
            return kind, name
    return last[1], last[0]


def false_positive_kind(scene: Scene, j: int) -> tuple[str, str]:
    """The kind of false positive prediction ``j``, and the rule that gave it."""
    return _first(FALSE_POSITIVE_RULES, FALSE_POSITIVE_LAST, scene, j)


def miss_kind(scene: Scene, i: int) -> tuple[str, str]:
    """The kind of the miss of gold event ``i``, and the rule that gave it."""
    return _first(MISS_RULES, MISS_LAST, scene, i)


def field_kind(name: str) -> tuple[str, str]:
    """The kind of a wrong field: the field's group (the three sides are ``sides``)."""
    return FIELD_KINDS.get(name, name), name

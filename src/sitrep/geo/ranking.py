"""How the gazetteer ranks the places a name may be: filters, then named features.

A mention's candidates (every place the index knows by its key) go through the filters in
``FILTERS``, each dropping the ones the mention cannot mean; a name whose candidates are all
dropped is no place (the ranking is empty, ``Gazetteer.resolve`` gives None). Each candidate
left is scored: log10 of its population, plus what each feature of ``FEATURES`` adds, in order,
by the weights of ``data/geo.toml`` (``Weights``). ``sitrep places`` lists the scores.

    weights = load_weights()
    ranked = rank(candidates, Query(key="paris", countries=("USA",), ...), weights)
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from sitrep.geo.distance import km
from sitrep.geo.names import normalize
from sitrep.geo.place import Place
from sitrep.lexicon import place_words
from sitrep.lexicon.words import build

WEAK = "~"  # a context region written "~US-OH": the region of the report's other towns, weaker than one it names
TOWNS_REGION = "@"  # "@CA-QC": a region one of the report's other towns is read in, however ambiguous its name
TOWNS = ("city", "district")


@dataclass(frozen=True)
class Weights:
    """``[ranking]`` of ``data/geo.toml``: what each feature adds (see the file's comments)."""

    scale: float
    abbreviation: float
    country: float
    capital_at_home: float
    capital_abroad: float
    sea: float
    point: float
    admin1: float
    region_word: float
    region_word_city: float
    city_region: float
    big_city: int
    county_word: float
    district: float
    weak_town: float
    weak_other: float
    report_country: float
    report_country_step: float
    report_country_steps: int
    town_in_named_region: float
    district_in_named_region: float
    in_towns_region: float
    unknown_population_at_home: float
    near: float
    near_km: float
    region_of_its_town: float


@dataclass(frozen=True)
class Thresholds:
    """``[candidates]`` of ``data/geo.toml``: which places stay candidates."""

    abroad_own_name_population: int
    abroad_population: int
    hamlet_region_ratio: int
    other_language_population: int
    code_population: int
    common_word_keys: frozenset[str]
    precision_order: dict[str, int]


@dataclass(frozen=True)
class BuildLists:
    """``[build]`` of ``data/geo.toml``: lists the index build reads."""

    transliterated_languages: frozenset[str]


@dataclass(frozen=True)
class GeoConfig:
    weights: Weights
    thresholds: Thresholds
    build: BuildLists


def _geo_toml() -> dict[str, Any]:
    text = resources.files("sitrep").joinpath("data", "geo.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def load_config() -> GeoConfig:
    """``data/geo.toml``, read once; a key the classes lack (or the file lacks) is an error."""
    data = _geo_toml()
    return GeoConfig(weights=build(Weights, data["ranking"], "data/geo.toml:ranking"),
                     thresholds=build(Thresholds, data["candidates"], "data/geo.toml:candidates"),
                     build=build(BuildLists, data["build"], "data/geo.toml:build"))


def load_weights() -> Weights:
    return load_config().weights


@dataclass(frozen=True)
class Query:
    """One mention as the ranking sees it.

    ``key``: the normalised name; ``hint``: the kind of place its words ask for ("admin1",
    "city", "district" or None); ``countries``: the report's countries, most named first;
    ``admin1s``: the regions it names (``WEAK`` + code: the regions of its other towns);
    ``near``: the points of its other places; ``weak``: the candidates known by this key only
    as another language's name; ``kinds``: each candidate's kind in the index ("capital", "sea",
    "region:..."); ``county``: the words name a county (``names_county``); ``cities``: the regions
    of the candidate towns, and ``big_cities`` those of the big ones (set by ``rank``)."""

    key: str
    hint: str | None = None
    countries: Sequence[str] = ()
    admin1s: Sequence[str] = ()
    near: Sequence[tuple[float, float]] = ()
    weak: frozenset[Place] | set[Place] = frozenset()
    kinds: Mapping[Place, str] = field(default_factory=dict)
    county: bool = False
    cities: frozenset[str] = frozenset()
    big_cities: frozenset[str] = frozenset()
    written: str = ""  # the whole name as written, when ``key`` lacks its word of direction ("south plains")


def names_county(key: str) -> bool:
    """Do the words name a county ("fulton county", "rapides parish")?"""
    words = key.split()
    return bool(words) and words[-1] in place_words().county_words


# -- filters: the candidates a mention cannot mean ------------------------------------------------
Filter = Callable[[list[Place], Query, Thresholds], list[Place]]


def distinct_not_weak_districts(cands: list[Place], q: Query, t: Thresholds) -> list[Place]:
    """Each place once; a county known by the name only as an alias only when words ask for a kind:
    "Fulton" is no county named "Fulton County" in some list."""
    return [c for c in dict.fromkeys(cands) if c.precision != "district" or c not in q.weak or q.hint]


def towns_abroad(cands: list[Place], q: Query, t: Thresholds) -> list[Place]:
    """A town abroad is rarely what a report about other countries means: only a big one, by its
    own name ("Springfield" in a report on Canada is no town of Illinois)."""
    if not q.countries:
        return cands
    return [c for c in cands if c.country in q.countries or c.precision not in TOWNS
            or (c.population >= t.abroad_own_name_population and normalize(c.name) == q.key)
            or c.population >= t.abroad_population]


def asked_kind(cands: list[Place], q: Query, t: Thresholds) -> list[Place]:
    """The kind of place the words ask for, when there is one: "Fulton County" a county or a region,
    "the Donetsk region" the region (not the raion), a dateline's name a town."""
    if q.hint == "admin1" and q.county and any(c.precision in ("admin1", "district") for c in cands):
        return [c for c in cands if c.precision in ("admin1", "district")]
    if q.hint == "admin1" and any(c.precision == "admin1" for c in cands):
        return [c for c in cands if c.precision == "admin1"]
    if q.hint == "city" and any(c.precision == "city" for c in cands):
        return [c for c in cands if c.precision == "city"]
    return cands


def hamlets_named_like_regions(cands: list[Place], q: Query, t: Thresholds) -> list[Place]:
    """A hamlet named like a region of its country is not what the region's name means: "Iowa" is
    the state, not the village of Iowa in it."""
    if q.hint == "city":
        return cands
    regions = {(c.country, normalize(c.name)): c.population for c in cands if c.precision == "admin1"}
    return [c for c in cands if c.precision != "city"
            or c.population * t.hamlet_region_ratio >= regions.get((c.country, normalize(c.name)), 0)]


def common_words_abroad(cands: list[Place], q: Query, t: Thresholds) -> list[Place]:
    """A common word alone ("the West", "the Gulf", ``common_word_keys``) names a part of the world or a
    bloc: a region called so only in the report's own countries ("the West" of Ruritania in a report on
    Ruritania), a town called so only when the words ask for a town (a dateline). A name that only
    ends in such a word ("South Plains", read as "plains" without its word of direction) is no lone word."""
    if (q.written or q.key) not in t.common_word_keys or q.hint == "city":
        return cands
    return [c for c in cands if c.precision == "admin1" and c.country in q.countries]


FILTERS: tuple[Filter, ...] = (distinct_not_weak_districts, towns_abroad, asked_kind, hamlets_named_like_regions,
                               common_words_abroad)


# -- features: what each candidate scores ---------------------------------------------------------
Feature = Callable[[Place, str, Query, Weights], float]


def _group(p: Place, kind: str) -> str:
    """The one kind-of-place feature a candidate gets: a country, a capital, else its precision."""
    if p.precision == "country":
        return "country"
    return "capital" if kind == "capital" else p.precision


def country_name(p: Place, kind: str, q: Query, w: Weights) -> float:
    """"Georgia" in a report on nothing else: the country before the state."""
    return w.country if p.precision == "country" else 0.0


def capital(p: Place, kind: str, q: Query, w: Weights) -> float:
    """"Washington" in a report on the United States: the capital before the state and its namesakes;
    abroad, a capital by less. Only by its own name: "Brindleton", the old name a capital once had, is the
    town that bears it now, not the capital (a name it is known by in another language or of old)."""
    if _group(p, kind) != "capital" or p in q.weak:
        return 0.0
    return w.capital_at_home if not q.countries or p.country in q.countries else w.capital_abroad


def sea_or_point(p: Place, kind: str, q: Query, w: Weights) -> float:
    """"the Red Sea", "the Middle East": the sea or the part of the world, unless the words ask for a
    region (the governorate named after the sea)."""
    if _group(p, kind) != "point":
        return 0.0
    return w.sea if kind in ("sea", "world region") and q.hint != "admin1" else w.point


def region(p: Place, kind: str, q: Query, w: Weights) -> float:
    """"Texas": a first-level region before a village of the name."""
    return w.admin1 if _group(p, kind) == "admin1" else 0.0


def region_word(p: Place, kind: str, q: Query, w: Weights) -> float:
    """"the Moscow region" is the oblast (a region word), not the federal city; "Kyiv" alone is the
    city, not the city's own region; "Brindport" alone is the big city, not the province of the same name
    around it (which the words call "Brindport province"), unless the report's other towns are in it."""
    if _group(p, kind) != "admin1":
        return 0.0
    if q.hint == "admin1":
        return w.region_word - (w.region_word_city if "city" in kind else 0)
    if ("city" in kind and p.admin1 in q.cities) or _named_like_its_big_city(p, q):
        return -w.city_region
    return 0.0


def _named_like_its_big_city(p: Place, q: Query) -> bool:
    """A region with a big city of its name, in a report that names none of the region's other towns
    ("fuel rose in Brindport; drivers in Alderley queued", Alderley being in it, is the region)."""
    return p.admin1 in q.big_cities and TOWNS_REGION + p.admin1 not in q.admin1s


def county(p: Place, kind: str, q: Query, w: Weights) -> float:
    """"Fulton County": the county, asked for by its word; "Bucha" alone: the town before its district."""
    if _group(p, kind) != "district":
        return 0.0
    return w.county_word if q.hint == "admin1" and q.county else -w.district


def weak_name(p: Place, kind: str, q: Query, w: Weights) -> float:
    """"Kharkiv" is the city; the oblast only as "Kharkiv region"; "Pokrovsk" not the town once
    called so: a name that is no place's own counts less, a region's alias much less."""
    if p not in q.weak:
        return 0.0
    return -w.weak_town if p.precision == "city" else -w.weak_other


def report_country(p: Place, kind: str, q: Query, w: Weights) -> float:
    """"Paris" in a report on Texas towns: a place in the report's countries, the most named first."""
    if not p.country or p.country not in q.countries:
        return 0.0
    rank = q.countries.index(p.country)
    return w.report_country - w.report_country_step * min(rank, w.report_country_steps)


def unknown_population_at_home(p: Place, kind: str, q: Query, w: Weights) -> float:
    """"Lindau" in a report on Ostmark, where the gazetteer knows no population for it: a town of the
    report's countries is not smaller than a hamlet because its population is unrecorded, so a namesake
    abroad does not win on population alone."""
    if p.population or p.precision != "city" or not p.country or p.country not in q.countries:
        return 0.0
    return w.unknown_population_at_home


def named_region(p: Place, kind: str, q: Query, w: Weights) -> float:
    """"Athens" in a report that names Georgia: a town or county in a region the report names;
    less in the region of another town it names."""
    if p.precision not in TOWNS or not p.admin1:
        return 0.0
    if p.admin1 in q.admin1s:
        return w.town_in_named_region if p.precision == "city" else w.district_in_named_region
    if WEAK + p.admin1 in q.admin1s:
        return w.in_towns_region
    return 0.0


def near_places(p: Place, kind: str, q: Query, w: Weights) -> float:
    """"Gainesville" beside towns north of Atlanta: a town near the other places the report names."""
    if not q.near or p.precision not in TOWNS or p.lat is None or p.lon is None:
        return 0.0
    point = (p.lat, p.lon)
    return w.near if any(km(point, other) <= w.near_km for other in q.near) else 0.0


def region_of_its_town(p: Place, kind: str, q: Query, w: Weights) -> float:
    """"Gunmen attacked a checkpoint near Gao": a bare name that a region shares with a smaller town inside
    it is the town too (a big city's is ``region_word``'s), the region only with its word ("the Gao region")
    or when the report's other towns lie in it."""
    if _group(p, kind) != "admin1" or q.hint == "admin1" or "city" in kind or p.admin1 not in q.cities:
        return 0.0
    if p.admin1 in q.big_cities or TOWNS_REGION + p.admin1 in q.admin1s:
        return 0.0
    return -w.region_of_its_town


# in this order: a float sum depends on it, and the scores are compared to two decimals
FEATURES: tuple[Feature, ...] = (country_name, capital, sea_or_point, region, region_word, county, weak_name,
                                 report_country, unknown_population_at_home, named_region, near_places,
                                 region_of_its_town)


def score(p: Place, q: Query, w: Weights) -> float:
    """One candidate's score: log10 of its population plus each feature's points, times ``scale``."""
    kind = q.kinds.get(p, "")
    s = math.log10(p.population + 1)
    for feature in FEATURES:
        s += feature(p, kind, q, w)
    return round(s * w.scale, 2)


def rank(cands: list[Place], q: Query, config: GeoConfig) -> list[tuple[Place, float]]:
    """The candidates the filters leave, best first, each with its score (none: no place)."""
    for keep in FILTERS:
        cands = keep(cands, q, config.thresholds)
        if not cands:
            return []
    towns = [(c.admin1, c.population) for c in cands if c.precision == "city" and c.admin1]
    q = replace(q, cities=frozenset(a for a, _ in towns),
                big_cities=frozenset(a for a, people in towns if people >= config.weights.big_city))
    return sorted(((c, score(c, q, config.weights)) for c in cands), key=lambda cs: -cs[1])


def points(p: Place, q: Query, w: Weights) -> dict[str, float]:
    """What each feature gave one candidate (before ``scale``), "population" its log10 population."""
    kind = q.kinds.get(p, "")
    out = {"population": math.log10(p.population + 1)}
    out.update({f.__name__: f(p, kind, q, w) for f in FEATURES})
    return out


def decided_by(ranked: Sequence[Place], q: Query, w: Weights) -> str:
    """The feature that put the best candidate before the next ("report_country" for "Lindau" in a report
    on its country, "population" for the bigger namesake), for ``sitrep places``."""
    if not ranked:
        return "no candidate: no place"
    if len(ranked) == 1:
        return "only candidate"
    best, second = points(ranked[0], q, w), points(ranked[1], q, w)
    gains = {name: best[name] - second[name] for name in best}
    name, gain = max(gains.items(), key=lambda kv: kv[1])
    return name if gain > 0 else "order"

"""The offline gazetteer: place names to places, with the report's own countries as context.

    gaz = Gazetteer.load()
    gaz.resolve("the Moscow region")                         # Moscow Oblast, RU-MOS, admin1
    gaz.resolve("Pokrovsk", context_countries=["UKR"])       # the town in Donetsk oblast
    gaz.demonym("Ukrainian")                                 # "UKR"

The index is compiled once by ``geo.build`` into the user cache folder (``SITREP_CACHE_DIR``
overrides it) and opened read-only afterwards.
"""

from __future__ import annotations

import difflib
import math
import os
import re
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import platformdirs

from sitrep.geo.distance import km
from sitrep.geo.names import normalize, skeleton, skeleton_words, strip_admin
from sitrep.lexicon import read_tsv

INDEX_VERSION = "22"
WEAK = "~"  # a context region written "~US-OH": the region of the report's other towns, weaker than one it names
NEAR_KM = 150.0
REGION_WORDS = ("region", "oblast", "province", "state", "governorate", "krai", "county", "territory",
                "prefecture", "municipality", "parish", "borough")
DISTRICT_WORDS = ("district", "raion", "township", "neighbourhood", "neighborhood", "area", "sector")
SETTLEMENT = re.compile(r"^(?:the )?(?:city|town|village|port|settlement|hamlet|capital|district|region) of ")
DIRECTIONS = re.compile(
    r"^(?:(?:north|south|east|west|central|north east|north west|south east|south west)(?:ern)?|"
    r"northeastern|northwestern|southeastern|southwestern|far|upper|lower|occupied|rebel held) ")


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    precision: str  # "city" | "district" (a county, a raion) | "admin1" | "country" | "point" (a sea, a continent)
    population: int = 0


def cache_dir() -> Path:
    d = Path(os.environ.get("SITREP_CACHE_DIR") or platformdirs.user_cache_dir("sitrep"))
    d.mkdir(parents=True, exist_ok=True)
    return d


_lock = threading.Lock()


class Gazetteer:
    _instance: Gazetteer | None = None

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.db.execute("PRAGMA mmap_size = 268435456")  # the index read through the page cache, not read()
        self.db.execute("PRAGMA cache_size = -65536")
        self._admin1 = {r[2]: Place(*r) for r in self.db.execute(
            "SELECT name, country, admin1, lat, lon, geonameid, precision, population FROM places "
            "WHERE precision = 'admin1'")}
        self.words = {r[0] for r in self.db.execute("SELECT key FROM words")}
        row = self.db.execute("SELECT value FROM meta WHERE key = 'loose_countries'").fetchone()
        self.loose_countries = set(row[0].split(",")) if row and row[0] else set()
        self._kinds: dict[Place, str] = {}
        self._weak: set[tuple[str, Place]] = set()  # (key, place): the key is not the place's own name
        self.abbreviations = {r[0]: r[1] for r in read_tsv("admin1_abbreviations.tsv")}
        self.demonyms = {normalize(r[0]): r[1] for r in read_tsv("demonyms.tsv")}
        self.continent_demonyms = {normalize(r[0]): r[1] for r in read_tsv("continent_demonyms.tsv")}
        self.aliases = {r[0] for r in read_tsv("country_aliases.tsv")}
        self.coasts = {normalize(r[0]): r[3].split(",") for r in read_tsv("seas.tsv") if len(r) > 3 and r[3]}
        self._cached_resolve = lru_cache(maxsize=50_000)(self._resolve)
        self._cached_rank = lru_cache(maxsize=50_000)(self._rank)
        self.lookup = lru_cache(maxsize=50_000)(self._lookup)
        self._by_key = lru_cache(maxsize=100_000)(self._query)

    @classmethod
    def load(cls) -> Gazetteer:
        """The process-wide gazetteer, compiled on first use."""
        if cls._instance is None:
            with _lock:
                if cls._instance is None:
                    path = cache_dir() / f"gazetteer-v{INDEX_VERSION}.sqlite"
                    if not path.exists():
                        from sitrep.geo.build import build

                        build(path)
                    cls._instance = cls(path)
        return cls._instance

    # -- lookups -----------------------------------------------------------------------------
    def _query(self, key: str) -> list[Place]:
        rows = self.db.execute(
            "SELECT p.name, p.country, p.admin1, p.lat, p.lon, p.geonameid, p.precision, p.population, "
            "p.kind, max(n.main) FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? GROUP BY p.id",
            (key,)).fetchall()
        out = []
        for r in rows:
            place = Place(*r[:8])
            if place.precision == "city" and not r[9] and place.population < 50_000:
                continue  # a small town known by this name only in some other language's list: not it
            self._kinds[place] = r[8] or ""
            if not r[9]:
                self._weak.add((key, place))
            out.append(place)
        return out

    def _lookup(self, name: str) -> list[Place]:
        key = normalize(name)
        out = [p for p in self._by_key(key) if p.precision != "district" or (key, p) not in self._weak]
        rank = {"country": 4, "admin1": 3, "city": 2, "district": 1, "point": 2}
        return sorted(out, key=lambda p: (-rank[p.precision], -p.population))

    def abbreviation(self, text: str) -> Place | None:
        """A region as news agencies abbreviate it: "Ga." is Georgia (US-GA), "B.C." British Columbia."""
        code = self.abbreviations.get(text.strip())
        return self.admin1(code) if code else None

    def coastal(self, sea: str) -> list[str]:
        """The countries on a sea's coasts ("Black Sea" -> UKR, RUS, TUR, ...), from ``seas.tsv``."""
        return self.coasts.get(normalize(sea), [])

    def by_own_name(self, name: str, place: Place) -> bool:
        """Is ``name`` the place's own name or a spelling of it (not another language's name for it)?"""
        self.lookup(name)
        return (normalize(name), place) not in self._weak

    def is_word(self, name: str) -> bool:
        """Is this place name also a common English word ("Center", "Union", "Reading")?"""
        return normalize(name) in self.words

    def is_known(self, name: str) -> bool:
        return bool(self.lookup(name))

    def country(self, name: str) -> Place | None:
        if not name:
            return None
        for p in self.lookup(name.strip()):
            if p.precision == "country":
                return p
        key = normalize(name)
        if key.startswith("the "):
            return self.country(key[4:])
        return None

    def is_alias(self, name: str) -> bool:
        """Is this one of the names reports use for a country (``country_aliases.tsv``: "USA", "DRC")?"""
        return name in self.aliases

    def demonym(self, word: str) -> str | None:
        return self.demonyms.get(normalize(word))

    def demonym_place(self, word: str) -> Place | None:
        """The country or the continent a demonym names ("Turkish" Turkey, "European" Europe)."""
        code = self.demonym(word)
        if code:
            return self.country(code)
        continent = self.continent_demonyms.get(normalize(word))
        return next((p for p in self.lookup(continent) if self._kinds.get(p) == "continent"), None) \
            if continent else None

    def parts(self, place: Place) -> tuple[str, ...]:
        """The first-level subdivisions a region covers: its own code, or those of a named region
        that spans several ("Bekaa Valley": LB-BI, LB-BH)."""
        if place.admin1:
            return (place.admin1,)
        if place not in self._kinds:
            self.lookup(place.name)
        kind = self._kinds.get(place, "")
        return tuple(kind.removeprefix("region:").split(",")) if kind.startswith("region:") else ()

    def admin1(self, iso_code: str) -> Place | None:
        return self._admin1.get(iso_code)

    # -- resolution ---------------------------------------------------------------------------
    def resolve(self, text: str, *, context_countries: Sequence[str] = (), context_admin1: Sequence[str] = (),
                hint: str | None = None, near: Sequence[tuple[float, float]] = ()) -> Place | None:
        """The best place for a mention as written ("the Moscow region", "Ukraine's Kharkiv province"),
        given the report's countries (most mentioned first), the regions it names (and, marked with
        ``WEAK``, the regions of its other towns), and the points of the other places it names (a
        town near them is likelier than a namesake far away)."""
        return self._cached_resolve(text, context_countries=tuple(context_countries),
                                    context_admin1=tuple(context_admin1), hint=hint, near=tuple(near))

    def candidates(self, text: str, *, context_countries: Sequence[str] = (), context_admin1: Sequence[str] = (),
                   hint: str | None = None, near: Sequence[tuple[float, float]] = ()) -> list[tuple[Place, float]]:
        """The places a mention may be, best first, with the score each got (for ``sitrep places``)."""
        return self._cached_rank(text, context_countries=tuple(context_countries),
                                 context_admin1=tuple(context_admin1), hint=hint, near=tuple(near))

    def _resolve(self, text: str, *, context_countries: Sequence[str] = (), context_admin1: Sequence[str] = (),
                 hint: str | None = None, near: Sequence[tuple[float, float]] = ()) -> Place | None:
        ranked = self._cached_rank(text, context_countries=tuple(context_countries),
                                   context_admin1=tuple(context_admin1), hint=hint, near=tuple(near))
        return ranked[0][0] if ranked else None

    def _rank(self, text: str, *, context_countries: Sequence[str] = (), context_admin1: Sequence[str] = (),
              hint: str | None = None, near: Sequence[tuple[float, float]] = ()) -> list[tuple[Place, float]]:
        abbr = self.abbreviation(text)
        if abbr:
            return [(abbr, 100.0)]
        m = re.search(r"(?<=\w)[’']s\b", text)
        owner, rest = (text[:m.start()], text[m.end():]) if m else (text, "")
        if rest.strip():  # "Ukraine's central Dnipropetrovsk region": the part after the owner
            owner_place = self.country(owner)
            ctx = (owner_place.country,) if owner_place and owner_place.country else ()
            return self._rank(rest.strip(), context_countries=(*ctx, *context_countries),
                              context_admin1=context_admin1, hint=hint, near=near)
        key = normalize(owner)
        key = re.sub(r"^the ", "", key)
        key = SETTLEMENT.sub("", key)
        key = re.sub(r" co$", " county", key)  # "Plymouth Co." is Plymouth County
        words = key.split()
        if words and words[-1] in REGION_WORDS:
            hint = hint or "admin1"
        elif words and words[-1] in DISTRICT_WORDS and len(words) > 1:
            # "the Pokrovsk raion": the district around its town, at the town's point and at district
            # precision (no geonameid: the district is not the town); a town's old name (Engels) is weak
            town = " ".join(words[:-1])
            own = self._by_key(town)
            found = self._ranked(own, context_countries, context_admin1, "city", town,
                                 frozenset(p for p in own if (town, p) in self._weak), near=near)
            return [(Place(f"{p.name} {words[-1]}", p.country, p.admin1, p.lat, p.lon, None, "district",
                           p.population), sc) for p, sc in found if p.precision == "city"]
        code_like = owner.isupper() and sum(c.isalpha() for c in owner) <= 4  # "NLP", "UAE", "DRC"
        for candidate_key in (key, DIRECTIONS.sub("", key)):
            bare = strip_admin(candidate_key) if hint == "admin1" else candidate_key
            own = self._by_key(candidate_key)
            if code_like:  # a code is a place only as its own name or a country's ("NLP" is no airport's town)
                own = [p for p in own if (p.precision == "country" and (owner != p.country or owner in self.aliases))
                       or (p.precision != "country" and (p.population >= 1_000_000
                                                         or normalize(p.name) == candidate_key))]
            weak = {p for p in own if (candidate_key, p) in self._weak and hint != "admin1"}
            cands = own + (self._by_key(bare) if bare != candidate_key else [])
            ranked = self._ranked(cands, context_countries, context_admin1, hint, candidate_key, weak, near)
            if ranked:
                return ranked
        return self._loosely(key, context_countries, context_admin1, hint, near)

    def _loosely(self, key: str, countries: Sequence[str], admin1s: Sequence[str], hint: str | None,
                 near: Sequence[tuple[float, float]]) -> list[tuple[Place, float]]:
        """Another transliteration of a name ("Hodeidah" for Al Hudaydah, "Qamishli" for Al
        Qamishli), by ``names.skeleton``: only a place spelt much like the name, in one of the report's
        two main countries, of those whose names reach the news transliterated."""
        if not self.loose_countries.intersection(countries[:2]):
            return []
        sk = skeleton(key)
        if len(sk) < 4:
            return []
        bare = " ".join(skeleton_words(key))
        rows = self.db.execute(
            "SELECT p.name, p.country, p.admin1, p.lat, p.lon, p.geonameid, p.precision, p.population, p.kind "
            "FROM skeletons s JOIN places p ON p.id = s.place WHERE s.key = ? GROUP BY p.id", (sk,)).fetchall()
        cands = []
        for r in rows:
            place = Place(*r[:8])
            self._kinds.setdefault(place, r[8] or "")
            alike = difflib.SequenceMatcher(None, bare, " ".join(skeleton_words(normalize(place.name)))).ratio()
            if alike >= 0.6 and place.country in countries[:2] and place.country in self.loose_countries:
                cands.append(place)
        return self._ranked(cands, countries, admin1s, hint, key, frozenset(cands), near)

    def _ranked(self, cands: list[Place], countries: Sequence[str], admin1s: Sequence[str],  # noqa: C901
                hint: str | None, key: str = "", weak: set[Place] | frozenset[Place] = frozenset(),
                near: Sequence[tuple[float, float]] = ()) -> list[tuple[Place, float]]:
        """Candidates scored on a log-population scale: a tenfold bigger place gets one point
        more; the report's own countries (the first most), the regions it names, the kind of
        place its words ask for ("region", "county") and the name being the place's own add
        points to that."""
        cands = [c for c in dict.fromkeys(cands) if c.precision != "district" or c not in weak or hint]
        if not cands:
            return []
        if countries:
            # a town abroad is rarely what a report about other countries means: only a big one, by its own name
            cands = [c for c in cands if c.country in countries or c.precision not in ("city", "district")
                     or (c.population >= 20000 and normalize(c.name) == key) or c.population >= 500_000]
            if not cands:
                return []
        county = key.split()[-1:] in (["county"], ["parish"], ["borough"])
        if hint == "admin1" and county and any(c.precision in ("admin1", "district") for c in cands):
            cands = [c for c in cands if c.precision in ("admin1", "district")]  # "Fulton County"
        elif hint == "admin1" and any(c.precision == "admin1" for c in cands):
            cands = [c for c in cands if c.precision == "admin1"]  # "the Donetsk region": not the raion
        elif hint == "city" and any(c.precision == "city" for c in cands):
            cands = [c for c in cands if c.precision == "city"]
        if hint != "city":
            # a hamlet named like a region of its country is not what the region's name means ("Iowa")
            regions = {(c.country, normalize(c.name)): c.population for c in cands if c.precision == "admin1"}
            cands = [c for c in cands if c.precision != "city"
                     or c.population * 100 >= regions.get((c.country, normalize(c.name)), 0)]
        cities = {c.admin1 for c in cands if c.precision == "city" and c.admin1}
        ctx = list(countries)

        def score(p: Place) -> float:
            s = math.log10(p.population + 1)
            kind = self._kinds.get(p, "")
            if p.precision == "country":
                s += 1.5
            elif kind == "capital":
                s += 1.5 if not ctx or p.country in ctx else 0.5  # "Washington" is the capital before the state
            elif p.precision == "point":
                s += 8 if kind == "sea" and hint != "admin1" else 1  # "the Red Sea" is the sea, not the governorate
            elif p.precision == "admin1":
                s += 0.3
                if hint == "admin1":
                    s += 1 - (2 if "city" in kind else 0)  # "the Moscow region" is the oblast, not the federal city
                elif "city" in kind and p.admin1 in cities:
                    s -= 2  # "Kyiv" is the city, not the city's own region
            elif p.precision == "district":
                s += 1.5 if hint == "admin1" and county else -1.5
            if p in weak:  # "Kharkiv" is the city; the oblast only as "Kharkiv region"; "Pokrovsk" not Engels
                s -= 1 if p.precision == "city" else 3
            if p.country and p.country in ctx:
                s += 2.5 - 0.4 * min(ctx.index(p.country), 4)
            if p.precision in ("city", "district") and p.admin1 and p.admin1 in admin1s:
                s += 2 if p.precision == "city" else 3  # a town or county in a region the report names
            elif p.precision in ("city", "district") and p.admin1 and WEAK + p.admin1 in admin1s:
                s += 1  # in the region of another town the report names
            if near and p.precision in ("city", "district") and p.lat is not None and p.lon is not None and any(
                    km((p.lat, p.lon), q) <= NEAR_KM for q in near):
                s += 1.5  # a town near the other places the report names
            return round(s * 10, 2)

        return sorted(((c, score(c)) for c in cands), key=lambda cs: -cs[1])

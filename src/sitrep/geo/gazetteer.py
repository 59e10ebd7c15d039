"""The offline gazetteer: place names to places, with the report's own countries as context.

    gaz = Gazetteer.load()
    gaz.resolve("the Moscow region")                         # Moscow Oblast, RU-MOS, admin1
    gaz.resolve("Pokrovsk", context_countries=["UKR"])       # the town in Donetsk oblast
    gaz.demonym("Ukrainian")                                 # "UKR"

The index is compiled once by ``geo.build`` into the user cache folder (``SITREP_CACHE_DIR``
overrides it) and opened read-only afterwards.
"""

from __future__ import annotations

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

from sitrep.geo.names import normalize, strip_admin
from sitrep.nlp.lexicon import read_tsv

INDEX_VERSION = "5"
REGION_WORDS = ("region", "oblast", "province", "state", "governorate", "krai", "county", "territory",
                "prefecture", "municipality")
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
    precision: str  # "city" | "admin1" | "country" | "point"
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
        self._kinds: dict[Place, str] = {}
        self.demonyms = {normalize(r[0]): r[1] for r in read_tsv("demonyms.tsv")}
        self.coasts = {normalize(r[0]): r[3].split(",") for r in read_tsv("seas.tsv") if len(r) > 3 and r[3]}
        self._cached_resolve = lru_cache(maxsize=50_000)(self._resolve)
        self._cached_rank = lru_cache(maxsize=50_000)(self._rank)
        self.lookup = lru_cache(maxsize=50_000)(self._lookup)

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
    def _by_key(self, key: str) -> list[Place]:
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
            out.append(place)
        return out

    def _lookup(self, name: str) -> list[Place]:
        key = normalize(name)
        out = self._by_key(key)
        rank = {"country": 3, "admin1": 2, "city": 1, "point": 1}
        return sorted(out, key=lambda p: (-rank[p.precision], -p.population))

    def coastal(self, sea: str) -> list[str]:
        """The countries on a sea's coasts ("Black Sea" -> UKR, RUS, TUR, ...), from ``seas.tsv``."""
        return self.coasts.get(normalize(sea), [])

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

    def demonym(self, word: str) -> str | None:
        return self.demonyms.get(normalize(word))

    def admin1(self, iso_code: str) -> Place | None:
        row = self.db.execute(
            "SELECT name, country, admin1, lat, lon, geonameid, precision, population FROM places "
            "WHERE admin1 = ? AND precision = 'admin1'", (iso_code,)).fetchone()
        return Place(*row) if row else None

    # -- resolution ---------------------------------------------------------------------------
    def resolve(self, text: str, *, context_countries: Sequence[str] = (), context_admin1: Sequence[str] = (),
                hint: str | None = None) -> Place | None:
        """The best place for a mention as written ("the Moscow region", "Ukraine's Kharkiv province")."""
        return self._cached_resolve(text, context_countries=tuple(context_countries),
                                    context_admin1=tuple(context_admin1), hint=hint)

    def candidates(self, text: str, *, context_countries: Sequence[str] = (), context_admin1: Sequence[str] = (),
                   hint: str | None = None) -> list[tuple[Place, float]]:
        """The places a mention may be, best first, with the score each got (for ``sitrep places``)."""
        return self._cached_rank(text, context_countries=tuple(context_countries),
                                 context_admin1=tuple(context_admin1), hint=hint)

    def _resolve(self, text: str, *, context_countries: Sequence[str] = (), context_admin1: Sequence[str] = (),
                 hint: str | None = None) -> Place | None:
        ranked = self._cached_rank(text, context_countries=tuple(context_countries),
                                   context_admin1=tuple(context_admin1), hint=hint)
        return ranked[0][0] if ranked else None

    def _rank(self, text: str, *, context_countries: Sequence[str] = (), context_admin1: Sequence[str] = (),
              hint: str | None = None) -> list[tuple[Place, float]]:
        m = re.search(r"(?<=\w)[’']s\b", text)
        owner, rest = (text[:m.start()], text[m.end():]) if m else (text, "")
        if rest.strip():  # "Ukraine's central Dnipropetrovsk region": the part after the owner
            owner_place = self.country(owner)
            ctx = (owner_place.country,) if owner_place and owner_place.country else ()
            return self._rank(rest.strip(), context_countries=(*ctx, *context_countries),
                              context_admin1=context_admin1, hint=hint)
        key = normalize(owner)
        key = re.sub(r"^the ", "", key)
        key = SETTLEMENT.sub("", key)
        words = key.split()
        if words and words[-1] in REGION_WORDS:
            hint = hint or "admin1"
        elif words and words[-1] in DISTRICT_WORDS and len(words) > 1:
            found = self._ranked(self._by_key(" ".join(words[:-1])), context_countries, context_admin1, "city",
                                 " ".join(words[:-1]))
            return [f for f in found if f[0].precision == "city"]
        for candidate_key in (key, DIRECTIONS.sub("", key)):
            bare = strip_admin(candidate_key) if hint == "admin1" else candidate_key
            cands = self._by_key(candidate_key) + (self._by_key(bare) if bare != candidate_key else [])
            ranked = self._ranked(cands, context_countries, context_admin1, hint, candidate_key)
            if ranked:
                return ranked
        return []

    def _ranked(self, cands: list[Place], countries: Sequence[str], admin1s: Sequence[str],
                hint: str | None, key: str = "") -> list[tuple[Place, float]]:
        cands = list(dict.fromkeys(cands))
        if not cands:
            return []
        if countries:
            # a town abroad is rarely what a report about other countries means: only a big one, by its own name
            cands = [c for c in cands if c.country in countries or c.precision != "city"
                     or (c.population >= 20000 and normalize(c.name) == key) or c.population >= 500_000]
            if not cands:
                return []
        if hint == "admin1" and any(c.precision == "admin1" for c in cands):
            cands = [c for c in cands if c.precision == "admin1"]
        elif hint == "city" and any(c.precision == "city" for c in cands):
            cands = [c for c in cands if c.precision == "city"]

        def score(p: Place) -> float:
            s = 0.0
            if p.precision == "country":
                s += 100
            if p.precision == "point" and hint != "admin1":
                s += 120  # "the Red Sea" is the sea, not Egypt's Red Sea governorate
            if hint == "admin1" and "city" in self._kinds.get(p, ""):
                s -= 20  # "the Moscow region" is the oblast, not the federal city
            elif p.precision == "city":
                s += 2
            if p.precision == "city" and p.admin1 and p.admin1 in admin1s:
                s += 4  # a town in a region the report names
            if p.country and p.country in countries:
                s += 40 - 5 * list(countries).index(p.country)
            s += math.log10(p.population + 1) * 3
            return round(s, 2)

        return sorted(((c, score(c)) for c in cands), key=lambda cs: -cs[1])

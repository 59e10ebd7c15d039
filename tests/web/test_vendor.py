"""The map library ships inside the package: pinned, with its licences, and named in package-data so that
an installed sitrep serves it (the dashboard loads nothing from elsewhere)."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "src" / "sitrep" / "web" / "static"


def test_the_vendored_versions_are_the_pinned_ones():
    script = (ROOT / "scripts" / "vendor_web.sh").read_text()
    pins = dict(re.findall(r"^([A-Z]+)=([0-9.]+)$", script, re.M))
    versions = dict(line.split() for line in (STATIC / "vendor" / "VERSIONS").read_text().splitlines()
                    if line and not line.startswith("#"))
    assert versions == {"leaflet": pins["LEAFLET"], "leaflet.markercluster": pins["MARKERCLUSTER"]}
    assert f"Leaflet {pins['LEAFLET']}" in (STATIC / "vendor" / "leaflet" / "leaflet.js").read_text()[:300]


def test_each_library_ships_with_its_licence():
    assert "Copyright" in (STATIC / "vendor" / "leaflet" / "LICENSE").read_text()
    assert "Permission is hereby granted" in (STATIC / "vendor" / "markercluster" / "MIT-LICENCE.txt").read_text()


def test_package_data_names_every_static_file():
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["sitrep"]
    package = ROOT / "src" / "sitrep"
    files = [p.relative_to(package).as_posix() for p in STATIC.rglob("*") if p.is_file()]
    missing = [f for f in files if not any(fnmatch.fnmatch(f, g) and f.count("/") == g.count("/") for g in globs)]
    assert files and not missing

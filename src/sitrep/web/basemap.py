"""Build the dashboard's offline basemap: country outlines as small JSON, from Natural Earth.

The outlines ship in the package (``static/countries.json``); nothing is fetched when the page
loads. They come from Natural Earth's 1:110m countries (public domain) as the ``geopandas``
package carried them up to 0.14 (``geopandas/datasets/naturalearth_lowres``). To rebuild:

    pip download geopandas==0.14.4 --no-deps -d /tmp/ne
    pip install pyshp
    python -m sitrep.web.basemap /tmp/ne/geopandas-0.14.4-py3-none-any.whl

Coordinates are rounded to 0.05 degree and rings simplified (Douglas-Peucker, same
tolerance), which keeps the file near 100 kB.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path
from typing import Any

OUT = Path(__file__).parent / "static" / "countries.json"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
TOLERANCE = 0.05
# Natural Earth leaves ISO_A3 at -99 for a few countries; their codes from pycountry's list.
FIXES = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX", "N. Cyprus": "CYP", "Somaliland": "SOM"}


def _simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, at = 0.0, -1
        for i in range(a + 1, b):
            x, y = points[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, at = d, i
        if best > tol and at > 0:
            keep[at] = True
            stack += [(a, at), (at, b)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def _reader(source: Path) -> Any:
    import shapefile  # pyshp: needed only to rebuild the basemap

    if source.suffix == ".whl":
        z = zipfile.ZipFile(source)
        parts = {ext: io.BytesIO(z.read(f"{MEMBER}.{ext}")) for ext in ("shp", "shx", "dbf")}
        return shapefile.Reader(shp=parts["shp"], shx=parts["shx"], dbf=parts["dbf"], encoding="latin-1")
    return shapefile.Reader(str(source), encoding="latin-1")


def build(source: Path, out: Path = OUT) -> int:
    """Write the outlines from a geopandas<=0.14 wheel (or a .shp path); gives the number of countries."""
    reader = _reader(source)
    fields = [f[0] for f in reader.fields[1:]]
    countries = []
    for shape_rec in reader.iterShapeRecords():
        attrs = dict(zip(fields, shape_rec.record, strict=True))
        name = str(attrs.get("name"))
        iso = str(attrs.get("iso_a3"))
        if iso == "-99":
            iso = FIXES.get(name, "")
        shape = shape_rec.shape
        bounds = [*shape.parts, len(shape.points)]
        rings = []
        for a, b in zip(bounds, bounds[1:], strict=False):
            pts = _simplify([(round(x, 2), round(y, 2)) for x, y in shape.points[a:b]], TOLERANCE)
            if len(pts) >= 4:
                rings.append([round(v, 2) for p in pts for v in p])
        if rings:
            countries.append({"iso": iso, "name": name, "rings": rings})
    doc = {"source": "Natural Earth 1:110m countries (public domain), via geopandas 0.14 naturalearth_lowres",
           "countries": countries}
    out.write_text(json.dumps(doc, separators=(",", ":")), encoding="utf-8")
    return len(countries)


if __name__ == "__main__":
    n = build(Path(sys.argv[1]))
    print(f"{n} countries -> {OUT} ({OUT.stat().st_size // 1024} kB)")

"""Build src/warta/serve/static/geo/id-provinces.json (Indonesia's 38 provinces as GeoJSON).

Source: the province polygons of cahyadsn/wilayah_boundaries (MIT), staged in
/work/shared/corpora/id-admin-regions/wilayah_boundaries/prov/*.sql (see ../SOURCE.md there).
Each SQL row is

    ('32','Jawa Barat',<centroid lat>,<centroid lng>,'[[[[lat,lng],...]],...]')

i.e. a JSON (multi)polygon of [lat, lng] pairs. We swap to GeoJSON's [lng, lat], drop islands
smaller than --min-area, simplify every ring with Douglas-Peucker (--tolerance, in degrees),
round to 3 decimals (~110 m) and write one Feature per province:

    {"type": "Feature", "properties": {"id": "idn-32", "name": "Jawa Barat"}, "geometry": ...}

The ids match the adm1 ids of src/warta/data/places ("idn-" + Kemendagri code). Provinces are
simplified independently, so shared borders may show hairline gaps/overlaps at high zoom; the
file is meant for country-level choropleths. The output is committed; rerun only to change it:

    python training/serve/build_provinces.py [--src DIR] [--tolerance DEG] [--min-area DEG2]

Standard library only. Fails (exit 1) unless it finds exactly 38 provinces and the file is
under 600 KB.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "warta" / "serve" / "static" / "geo" / "id-provinces.json"
SRC = Path("/work/shared/corpora/id-admin-regions/wilayah_boundaries/prov")

MAX_BYTES = 600 * 1024
N_PROVINCES = 38
DECIMALS = 3

_NUM = r"[-+]?[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?"
ROW = re.compile(
    r"\(\s*'(\d{2})'\s*,\s*'((?:[^']|'')*)'\s*,\s*(" + _NUM + r")\s*,\s*(" + _NUM + r")\s*,"
    r"\s*'(\[[^']*\])'\s*\)"
)

Point = tuple[float, float]
Ring = list[Point]


def read_rows(src: Path) -> dict[str, tuple[str, list[list[Ring]]]]:
    """kode -> (name, polygons); each polygon is [outer ring, *holes] of (lng, lat) points."""
    rows: dict[str, tuple[str, list[list[Ring]]]] = {}
    files = sorted(src.glob("*.sql"))
    if not files:
        sys.exit(f"no *.sql files in {src}")
    for f in files:
        for m in ROW.finditer(f.read_text(encoding="utf-8")):
            kode, name = m.group(1), m.group(2).replace("''", "'")
            path = json.loads(m.group(5))
            depth, x = 0, path
            while isinstance(x, list):
                x, depth = x[0], depth + 1
            if depth == 3:  # a single polygon
                path = [path]
            elif depth != 4:
                sys.exit(f"{f.name}: {kode} has a path of unexpected depth {depth}")
            polys = [[[(float(p[1]), float(p[0])) for p in ring] for ring in poly] for poly in path]
            if kode in rows:
                sys.exit(f"{f.name}: duplicate province {kode}")
            rows[kode] = (name, polys)
    return rows


def ring_area(ring: Ring) -> float:
    """Signed shoelace area in degree^2 (positive = counter-clockwise in lng/lat)."""
    a = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        a += x1 * y2 - x2 * y1
    return a / 2.0


def _seg_dist2(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == 0.0 and dy == 0.0:
        return (px - ax) ** 2 + (py - ay) ** 2
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2


def douglas_peucker(pts: Ring, tol: float) -> Ring:
    """Open polyline simplification, iterative (no recursion limit); keeps both ends."""
    n = len(pts)
    if n < 3:
        return list(pts)
    keep = [False] * n
    keep[0] = keep[-1] = True
    tol2 = tol * tol
    stack = [(0, n - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = -1.0, -1
        for k in range(i + 1, j):
            d = _seg_dist2(pts[k], pts[i], pts[j])
            if d > best:
                best, idx = d, k
        if idx >= 0 and best > tol2:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [p for p, k in zip(pts, keep) if k]


def simplify_ring(ring: Ring, tol: float) -> Ring:
    """Simplify a closed ring: split at the vertex farthest from the first one, DP both halves."""
    if ring and ring[0] == ring[-1]:
        ring = ring[:-1]
    if len(ring) < 3:
        return []
    x0, y0 = ring[0]
    far = max(range(len(ring)), key=lambda k: (ring[k][0] - x0) ** 2 + (ring[k][1] - y0) ** 2)
    a = douglas_peucker(ring[: far + 1], tol)
    b = douglas_peucker(ring[far:] + ring[:1], tol)
    return a[:-1] + b[:-1]  # open ring


def finish_ring(ring: Ring, ccw: bool) -> list[list[float]] | None:
    """Round, drop repeated points, close, orient (RFC 7946: outer CCW, holes CW)."""
    out: list[tuple[float, float]] = []
    for x, y in ring:
        p = (round(x, DECIMALS), round(y, DECIMALS))
        if not out or out[-1] != p:
            out.append(p)
    while len(out) > 1 and out[0] == out[-1]:
        out.pop()
    if len(out) < 3:
        return None
    area = ring_area(out)
    if area == 0.0:
        return None
    if (area > 0) != ccw:
        out.reverse()
    out.append(out[0])
    return [[x, y] for x, y in out]


def build_polygon(poly: list[Ring], tol: float) -> list[list[list[float]]] | None:
    outer = finish_ring(simplify_ring(poly[0], tol), ccw=True)
    if outer is None:
        # Too small for this tolerance: keep a rounded, unsimplified outline instead.
        outer = finish_ring(poly[0], ccw=True)
        if outer is None:
            return None
    rings = [outer]
    for hole in poly[1:]:
        h = finish_ring(simplify_ring(hole, tol), ccw=False)
        if h is not None:
            rings.append(h)
    return rings


def build_feature(kode: str, name: str, polys: list[list[Ring]], tol: float,
                  min_area: float) -> dict:
    by_size = sorted(polys, key=lambda p: abs(ring_area(p[0])), reverse=True)
    # Always keep the province's largest polygon, then every island above min_area.
    kept = [p for i, p in enumerate(by_size) if i == 0 or abs(ring_area(p[0])) >= min_area]
    parts = [r for r in (build_polygon(p, tol) for p in kept) if r is not None]
    if not parts:
        sys.exit(f"province {kode} {name}: nothing left after simplification")
    geometry = ({"type": "Polygon", "coordinates": parts[0]} if len(parts) == 1
                else {"type": "MultiPolygon", "coordinates": parts})
    return {"type": "Feature", "properties": {"id": f"idn-{kode}", "name": name},
            "geometry": geometry}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=SRC, help="folder with wilayah_boundaries_prov_*.sql")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--tolerance", type=float, default=0.005,
                    help="Douglas-Peucker tolerance in degrees (default 0.005, ~550 m)")
    ap.add_argument("--min-area", type=float, default=0.0002,
                    help="drop islands smaller than this many square degrees (default 0.0002, "
                         "~2.5 km2); a province's largest polygon is always kept")
    args = ap.parse_args()

    rows = read_rows(args.src)
    if len(rows) != N_PROVINCES:
        sys.exit(f"expected {N_PROVINCES} provinces in {args.src}, found {len(rows)}")
    features = [build_feature(k, *rows[k], args.tolerance, args.min_area) for k in sorted(rows)]
    fc = {"type": "FeatureCollection", "features": features}
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":")) + "\n"

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    size = len(text.encode("utf-8"))
    n_parts = sum(1 if f["geometry"]["type"] == "Polygon" else len(f["geometry"]["coordinates"])
                  for f in features)
    n_pts = text.count("],[") + len(features)  # approximate vertex count
    print(f"{args.out}: {len(features)} features, {n_parts} polygons, ~{n_pts} vertices, "
          f"{size} bytes ({size / 1024:.1f} KB)")
    if size >= MAX_BYTES:
        sys.exit(f"{args.out} is {size} bytes, over the {MAX_BYTES}-byte budget: "
                 "raise --tolerance or --min-area")


if __name__ == "__main__":
    main()

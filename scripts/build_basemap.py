"""Build the web map's world basemap from Natural Earth 1:110m admin-0 boundaries.

Input: ``countries-110m.json`` of the npm package ``world-atlas`` (ISC licence; Natural
Earth 4.1.0, public domain), e.g.::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_basemap.py package/countries-110m.json

Output: ``src/eventwire/web/static/world-110m.json`` -- one SVG path per country in an
equirectangular projection (x = lon + 180, y = 90 - lat, one unit per degree, 0.1 degree
precision), with the ISO 3166 alpha-3 code, the name and a label point -- plus
``SOURCE.txt`` beside it. The web page draws it without any library.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventwire" / "web" / "static" / "world-110m.json"
SOURCE = OUT.parent / "SOURCE.txt"


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """The topology's arcs as lists of (lon, lat) (delta-decoded, de-quantized)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    """One closed ring from arc indexes (``~i`` = arc ``i`` reversed)."""
    pts: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(arc[1:] if pts else arc)
    return pts


def unwrap(r: list[tuple[float, float]]) -> tuple[list[tuple[float, float]], bool]:
    """The ring with longitudes made continuous across the antimeridian, and whether it
    crossed it (then it runs past 180 and is drawn twice: as is and shifted by -360)."""
    out = [r[0]]
    shift = 0.0
    crossed = False
    for (x0, _), (x1, y1) in zip(r, r[1:], strict=False):
        if x1 - x0 > 180:
            shift -= 360
            crossed = True
        elif x0 - x1 > 180:
            shift += 360
            crossed = True
        out.append((x1 + shift, y1))
    if crossed and min(x for x, _ in out) < -180:
        out = [(x + 360, y) for x, y in out]
    return out, crossed


def _xy(p: tuple[float, float]) -> tuple[int, int]:
    """Projected point in tenths of a degree."""
    return round((p[0] + 180) * 10), round((90 - p[1]) * 10)


def path_of(rings: list[list[tuple[float, float]]]) -> str:
    """SVG path data (relative moves, tenths of a degree scaled by 0.1)."""

    def num(v: int) -> str:
        s = f"{v / 10:.1f}".rstrip("0").rstrip(".")
        return s.replace("0.", ".", 1) if s.startswith(("0.", "-0.")) else s

    drawn = []
    for r in rings:
        u, crossed = unwrap(r)
        drawn.append(u)
        if crossed:
            drawn.append([(x - 360, y) for x, y in u])
    parts = []
    for r in drawn:
        q = [_xy(p) for p in r]
        dedup = [q[0]] + [b for a, b in zip(q, q[1:], strict=False) if a != b]
        if len(dedup) < 3:
            continue
        x0, y0 = dedup[0]
        cmds = [f"M{num(x0)} {num(y0)}l"]
        steps = []
        for (ax, ay), (bx, by) in zip(dedup, dedup[1:], strict=False):
            steps.append(f"{num(bx - ax)} {num(by - ay)}")
        cmds.append(" ".join(steps).replace(" -", "-"))
        cmds.append("z")
        parts.append("".join(cmds))
    return "".join(parts)


def area_centroid(r: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(|area|, lon, lat) of a ring (planar, in degrees)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(r, r[1:] + r[:1], strict=False):
        f = x0 * y1 - x1 * y0
        a += f
        cx += (x0 + x1) * f
        cy += (y0 + y1) * f
    if abs(a) < 1e-12:
        return 0.0, r[0][0], r[0][1]
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def build(topo: dict[str, Any]) -> dict[str, Any]:
    """The basemap document from a world-atlas topology."""
    import pycountry

    arcs = decode_arcs(topo)
    countries = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        rings = [ring(arcs, idx) for poly in polys for idx in poly]
        if g["properties"]["name"] == "Antarctica":
            continue  # a ring around the pole: not drawable in this projection, no events
        outer = [unwrap(ring(arcs, poly[0]))[0] for poly in polys]
        _, lon, lat = max(area_centroid(r) for r in outer)
        lon = (lon + 180) % 360 - 180
        num = g.get("id")
        iso3 = None
        if num:
            c = pycountry.countries.get(numeric=num)
            iso3 = c.alpha_3 if c else None
        countries.append(
            {
                "iso3": iso3,
                "name": g["properties"]["name"],
                "label": [round(lon, 1), round(lat, 1)],
                "d": path_of(rings),
            }
        )
    countries.sort(key=lambda c: (c["iso3"] or "~", c["name"]))
    return {
        "projection": "equirectangular: x = lon + 180, y = 90 - lat (degrees)",
        "source": "Natural Earth 4.1.0 admin-0 1:110m via world-atlas 2.0.2 (ISC)",
        "countries": countries,
    }


def render(src: Path) -> tuple[str, str]:
    """(basemap JSON text, SOURCE.txt text) for a countries-110m.json file."""
    raw = src.read_bytes()
    doc = build(json.loads(raw))
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"
    sha = hashlib.sha256(raw).hexdigest()
    source = (
        "world-110m.json -- world basemap of the web page\n"
        "Built by scripts/build_basemap.py from countries-110m.json of the npm package\n"
        "world-atlas 2.0.2 (https://www.npmjs.com/package/world-atlas, ISC licence,\n"
        "copyright 2013-2019 Michael Bostock; see LICENSE-world-atlas.txt), which\n"
        "redistributes Natural Earth 4.1.0 Admin 0 country boundaries, 1:110m\n"
        "(naturalearthdata.com, public domain).\n"
        f"input sha256: {sha}\n"
        "Changes: arcs decoded, projected equirectangular, rounded to 0.1 degree;\n"
        "ISO 3166 numeric ids mapped to alpha-3 with pycountry.\n"
    )
    return text, source


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("countries_110m", type=Path, help="world-atlas countries-110m.json")
    args = ap.parse_args()
    text, source = render(args.countries_110m)
    OUT.write_text(text, encoding="utf-8")
    SOURCE.write_text(source, encoding="utf-8")
    print(f"wrote {OUT} ({len(text.encode()):,} bytes) and {SOURCE}")


if __name__ == "__main__":
    main()

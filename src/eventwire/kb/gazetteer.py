"""The GeoNames gazetteer shipped in the package: places, their names, lookups by name.

Built by ``eventwire gazetteer build`` (``eventwire.kb.build_gazetteer``) into
``eventwire/data/gazetteer/``:

- ``places.tsv.gz``: one place per line (countries, first-level regions, cities over
  15,000 people, Italian municipalities);
- ``names.tsv.gz``: normalized name -> place, with the kind of name (main, ASCII,
  alternate, ISTAT, region short form).

Curated names per language (exonyms, abbreviations, Italian country names) are read at
load time from ``eventwire/lang/<lang>/place_names.tsv`` so that editing them needs no
rebuild. Lookups are dict lookups on a normalized key (:func:`normalize_name`).
"""

from __future__ import annotations

import functools
import gzip
import math
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventwire.records import Place

#: Kinds of place, from the most to the least inclusive.
COUNTRY, ADMIN1, CITY, COMUNE = "country", "admin1", "city", "comune"

#: Name kinds (``names.tsv.gz`` column 3 and curated names) and their match quality.
NAME_QUALITY: dict[str, float] = {
    "curated": 1.0,  # lang/<lang>/place_names.tsv
    "main": 1.0,  # GeoNames main name / countryInfo / regionInfo name
    "ascii": 0.95,  # GeoNames ASCII name
    "istat": 1.0,  # ISTAT municipality name
    "alt": 0.85,  # GeoNames alternate name (Latin script)
    "short": 0.7,  # region name without its generic word ("Donetsk" for "Donetsk Oblast")
}

#: The source prefix of the landmark names (``lang/xx/landmarks.tsv``).
LANDMARKS_SOURCE = "lang/xx/landmarks.tsv"

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_DASHES = str.maketrans({"-": " ", "‐": " ", "‑": " ", "–": " ", "—": " "})


def fold(text: str) -> str:
    """``text`` without accents (NFKD, combining marks dropped)."""
    if text.isascii():  # (NFKD leaves ASCII as it is)
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=1 << 18)
def normalize_name(text: str) -> str:
    """The lookup key of a name: accents folded, case folded, dashes as spaces, one space."""
    return name_key(name_fold(text))


@functools.lru_cache(maxsize=1 << 17)
def name_fold(text: str) -> str:
    """The first step of :func:`normalize_name` (accents, apostrophes, dashes, case). It works
    character by character: the fold of a text is the folds of its pieces joined, so the
    key of a token n-gram is ``name_key`` of its tokens' folds and spaces."""
    return fold(text).translate(_APOSTROPHES).translate(_DASHES).casefold()


def name_key(folded: str) -> str:
    """The last step of :func:`normalize_name`: no space after an apostrophe, one space."""
    return " ".join(folded.replace("' ", "'").split())


_ARTICLES = ("the ",)
_ITALIAN_ARTICLES = ("il ", "lo ", "la ", "l'")


def strip_article(key: str, italian: bool = True) -> str:
    """A normalized name without a leading article: "the hague" -> "hague", and for an
    Italian name ``italian=True`` "l'aquila" -> "aquila" (not "la barca" in Mexico)."""
    for art in _ARTICLES + (_ITALIAN_ARTICLES if italian else ()):
        if key.startswith(art) and len(key) > len(art) + 2:
            return key[len(art) :]
    return key


@dataclass(frozen=True)
class GazPlace:
    """One gazetteer place (a row of ``places.tsv.gz``)."""

    key: str  # geonameid, or "istat:<code>" for a municipality not in cities15000
    kind: str  # country / admin1 / city / comune
    feature: str  # GeoNames feature code (PCLI, ADM1, PPLC, PPLA, PPL ...) or ISTAT
    name: str
    cc2: str
    cc3: str
    admin1_code: str  # "IT.09" style, "" for countries
    population: int
    lat: float | None
    lon: float | None

    @property
    def geonameid(self) -> int | None:
        return int(self.key) if self.key.isdigit() else None

    @property
    def is_capital(self) -> bool:
        return self.feature in ("PPLC", "PPLG")


@dataclass(frozen=True)
class NameHit:
    """A place a name points to, and how (name kind, the language of a curated name)."""

    place: GazPlace
    name_kind: str
    quality: float
    source: str  # "geonames", "istat", "lang/it/place_names.tsv:12" ...
    container_only: bool = False
    caps: str | None = None  # an all-capitals curated name: matches only capitals (USA)


def _data_dir() -> Path:
    return Path(str(resources.files("eventwire") / "data" / "gazetteer"))


def _lang_dir(lang: str) -> Path:
    return Path(str(resources.files("eventwire") / "lang" / lang))


def _float(value: str) -> float | None:
    return float(value) if value else None


class GazetteerError(ValueError):
    """A gazetteer file is missing or malformed."""


class Gazetteer:
    """Places and names; ``lookup(text, lang)`` gives the places a name may denote."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = data_dir or _data_dir()
        self._rows: dict[str, str] = {}  # place key -> rest of its places.tsv line
        self._places: dict[str, GazPlace] = {}  # parsed on first use
        self.by_country: dict[str, GazPlace] = {}  # ISO3 -> country place
        self.by_cc2: dict[str, str] = {}  # ISO2 -> ISO3
        self.by_admin1: dict[str, GazPlace] = {}  # "IT.09" -> admin1 place
        self._names: dict[str, str] = {}  # key -> "place<TAB>kind|place<TAB>kind"
        self._curated: dict[str, dict[str, list[NameHit]]] = {}
        self._capitals: dict[str, GazPlace] | None = None  # ISO3 -> capital, on first use
        self._load()

    # -- loading ---------------------------------------------------------------------
    def _lines(self, name: str) -> list[str]:
        path = self.data_dir / name
        if not path.exists():
            raise GazetteerError(f"{path}: gazetteer file missing; run `eventwire gazetteer build`")
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, EOFError) as err:
            raise GazetteerError(f"{path}: not a readable gzip file: {err}") from err
        return [line for line in text.splitlines() if line and not line.startswith("#")]

    def _load(self) -> None:
        rows = self._rows
        for line in self._lines("places.tsv.gz"):
            key, rest = line.split("\t", 1)
            rows[key] = rest
            if rest.startswith((COUNTRY, ADMIN1)):
                place = self.place(key)
                if place is None:
                    continue
                if place.kind == COUNTRY:
                    self.by_country[place.cc3] = place
                    self.by_cc2[place.cc2] = place.cc3
                else:
                    self.by_admin1[place.admin1_code] = place
        names = self._names
        for line in self._lines("names.tsv.gz"):
            key, rest = line.split("\t", 1)
            old = names.get(key)
            names[key] = rest if old is None else f"{old}|{rest}"

    def place(self, key: str) -> GazPlace | None:
        """The place with this key (geonameid or ``istat:<code>``), or None."""
        place = self._places.get(key)
        if place is None:
            rest = self._rows.get(key)
            if rest is None:
                return None
            cols = rest.split("\t")
            if len(cols) != 9:
                raise GazetteerError(
                    f"{self.data_dir / 'places.tsv.gz'}: place {key}: expected 10 columns"
                )
            kind, feature, name, cc2, cc3, adm, pop, lat, lon = cols
            place = GazPlace(
                key, kind, feature, name, cc2, cc3, adm, int(pop or 0), _float(lat), _float(lon)
            )
            self._places[key] = place
        return place

    def __len__(self) -> int:
        return len(self._rows)

    def keys(self) -> list[str]:
        """All place keys."""
        return list(self._rows)

    def curated(self, lang: str) -> dict[str, list[NameHit]]:
        """The curated names of ``lang`` (``lang/<lang>/place_names.tsv``) and the landmarks
        of every language (``lang/xx/landmarks.tsv``), by key."""
        if lang not in self._curated:
            self._curated[lang] = self._load_curated(lang)
        return self._curated[lang]

    def _load_curated(self, lang: str) -> dict[str, list[NameHit]]:
        out: dict[str, list[NameHit]] = {}
        for path in (_lang_dir(lang) / "place_names.tsv", _lang_dir("xx") / "landmarks.tsv"):
            if path.exists():
                self._read_curated(path, out)
        return out

    def _read_curated(self, path: Path, out: dict[str, list[NameHit]]) -> None:
        """Add the names of one curated file (``place_names.tsv`` format) to ``out``."""
        where = f"lang/{path.parent.name}/{path.name}"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 2:
                raise GazetteerError(f"{path}: line {n}: expected name<TAB>target[<TAB>use]")
            name, target = cols[0].strip(), cols[1].strip()
            use = cols[2].strip() if len(cols) > 2 else ""
            place = self.resolve_target(target)
            if place is None:
                raise GazetteerError(f"{path}: line {n}: unknown target {target!r} for {name!r}")
            source = f"{where}:{n}"
            container = use == "container"
            caps = name if sum(ch.isalpha() for ch in name) >= 2 and name.isupper() else None
            key = normalize_name(name)
            hit = NameHit(place, "curated", NAME_QUALITY["curated"], source, container, caps)
            out.setdefault(key, []).append(hit)
            short = strip_article(key)
            if short != key:
                hit = NameHit(place, "short", NAME_QUALITY["short"], source, container, caps)
                out.setdefault(short, []).append(hit)

    def is_landmark(self, text: str, lang: str) -> bool:
        """Whether ``text`` is a name of ``lang/xx/landmarks.tsv`` ("Lafayette Park": a
        place, though it reads like a given name and a surname)."""
        hits = self.curated(lang).get(normalize_name(text), ())
        return any(h.source.startswith(LANDMARKS_SOURCE) for h in hits)

    def resolve_target(self, target: str) -> GazPlace | None:
        """A place from a curated target: ISO3 country, admin1 code ``CC.XX``, or geonameid."""
        if target.isdigit():
            return self.place(target)
        if "." in target:
            return self.by_admin1.get(target)
        return self.by_country.get(target)

    # -- lookups ---------------------------------------------------------------------
    def may_grow(self, key: str, lang: str) -> bool:
        """Whether some name (GeoNames/ISTAT or curated for ``lang``) starts with ``key``:
        when none does, no longer n-gram that starts as ``key`` does is a name."""
        memo = self._grows.get(lang)
        if memo is None:
            memo = self._grows[lang] = {}
        got = memo.get(key)
        if got is not None:
            return got
        keys = self._sorted_keys.get(lang)
        if keys is None:
            keys = self._sorted_keys[lang] = sorted(set(self._names) | set(self.curated(lang)))
        at = bisect_left(keys, key)
        if len(memo) > 1 << 18:
            memo.clear()
        got = memo[key] = at < len(keys) and keys[at].startswith(key)
        return got

    @functools.cached_property
    def _grows(self) -> dict[str, dict[str, bool]]:
        """lang -> key -> :meth:`may_grow` (a memo of the bisection)."""
        return {}

    @functools.cached_property
    def _sorted_keys(self) -> dict[str, list[str]]:
        return {}

    def has_key(self, key: str, lang: str) -> bool:
        """Whether a normalized key names some place (GeoNames/ISTAT or curated for lang)."""
        return key in self._names or key in self.curated(lang)

    def lookup_key(self, key: str, lang: str) -> list[NameHit]:
        """All places a normalized name may denote, best name kind first per place."""
        best: dict[str, NameHit] = {}
        for hit in self.curated(lang).get(key, []):
            old = best.get(hit.place.key)
            if old is None or (old.caps and not hit.caps) or old.quality < hit.quality:
                best[hit.place.key] = hit
        entry = self._names.get(key)
        for item in entry.split("|") if entry else ():
            pkey, kind = item.split("\t")
            place = self.place(pkey)
            if place is None:
                continue
            hit = NameHit(place, kind, NAME_QUALITY.get(kind, 0.5), "geonames")
            old = best.get(pkey)
            if old is None or old.quality < hit.quality:
                best[pkey] = hit
        return list(best.values())

    def lookup(self, text: str, lang: str = "en") -> list[NameHit]:
        """All places the name ``text`` may denote (see :meth:`lookup_key`)."""
        return self.lookup_key(normalize_name(text), lang)

    def country(self, iso3: str) -> GazPlace | None:
        return self.by_country.get(iso3)

    def capital(self, iso3: str) -> GazPlace | None:
        """The capital (GeoNames PPLC) of a country, or None."""
        if self._capitals is None:
            self._capitals = {}
            for key, rest in self._rows.items():
                if rest.split("\t", 2)[1] == "PPLC":
                    place = self.place(key)
                    if place is not None and place.cc3:
                        self._capitals.setdefault(place.cc3, place)
        return self._capitals.get(iso3)

    def admin1_name(self, place: GazPlace) -> str | None:
        """The name of the first-level region a place lies in (itself for a region)."""
        if not place.admin1_code:
            return None
        region = self.by_admin1.get(place.admin1_code)
        return region.name if region else None

    def contains(self, outer: GazPlace, inner: GazPlace) -> bool:
        """Whether ``outer`` (a country or region) contains ``inner``."""
        if outer.key == inner.key:
            return False
        if outer.kind == COUNTRY:
            return inner.cc3 == outer.cc3 and inner.kind != COUNTRY
        if outer.kind == ADMIN1:
            return inner.admin1_code == outer.admin1_code and inner.kind in (CITY, COMUNE)
        return False

    def to_place(self, place: GazPlace, raw_text: str | None = None) -> Place:
        """The spec's Place record for a gazetteer place."""
        return Place(
            raw_text=raw_text,
            name=place.name,
            geonameid=place.geonameid,
            country=place.cc3 or None,
            admin1=self.admin1_name(place),
            lat=place.lat,
            lon=place.lon,
        )


@functools.cache
def get_gazetteer() -> Gazetteer:
    """The shipped gazetteer (loaded once per process, and kept in the user's cache under a
    key that fingerprints its files and this code: see ``eventwire.cache``)."""
    from eventwire import cache

    data_dir = _data_dir()
    sources = [Path(__file__).resolve(), *sorted(data_dir.glob("*"))]
    key = cache.fingerprint(sources)
    state = cache.load_object("gazetteer", key)
    if isinstance(state, dict) and "_names" in state:
        gaz = Gazetteer.__new__(Gazetteer)
        gaz.__dict__.update(state)
        return gaz
    gaz = Gazetteer(data_dir)
    cache.save_object("gazetteer", key, dict(gaz.__dict__))
    return gaz


def distance_km(a: GazPlace, b: GazPlace) -> float | None:
    """Great-circle distance between two places with coordinates."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))

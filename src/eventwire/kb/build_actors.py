"""Build the shipped actor table ``data/actors.json.gz`` from ``../shared/data`` (``kb build``).

Sources (each entry keeps its own ``file:line``):

- Phoenix/PETRARCH dictionaries (MIT, Open Event Data Alliance): country actors with
  date-bounded roles, international actors, non-state armed groups, English agents;
- pycountry's ISO 3166 names with their English and Italian (gettext) forms;
- the PLOVER country table (names and English nationality words);
- GeoNames (CC BY 4.0): capitals (metonyms for governments) and city names, and the ISTAT
  municipality names (CC BY 3.0 IT), used only to say which country an institution "of"
  a city belongs to ("Procura di Genova") and to drop city names from country entries.

The hand-written lexicons of ``lang/`` are not copied here: they are read at run time.
The result is deterministic, so that ``tests/kb/test_actors_data.py`` can rebuild it in
memory and compare.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from eventwire.kb.dictionaries import DictEntry, Role, read_tabari_actors, read_tabari_agents
from eventwire.kb.normalize import first_run, norm

FORMAT = 3
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
ARTIFACT = DATA_DIR / "actors.json.gz"

PHOENIX_ACTORS = (
    "phoenix/Phoenix.Countries.actors.txt",
    "phoenix/Phoenix.International.actors.txt",
    "phoenix/Phoenix.MilNonState.actors.txt",
)
PHOENIX_AGENTS = "phoenix/Phoenix.agents.txt"
PLOVER_COUNTRIES = "plover/countries.csv"
GEONAMES_CITIES = "geonames/cities15000.zip"
GEONAMES_COUNTRIES = "geonames/countryInfo.tsv"
GEONAMES_REGIONS = "geonames/regionInfo.tsv"
ISTAT_COMUNI = "istat_comuni/comuni.json"
SOURCES = (
    *PHOENIX_ACTORS,
    PHOENIX_AGENTS,
    PLOVER_COUNTRIES,
    GEONAMES_CITIES,
    GEONAMES_COUNTRIES,
    GEONAMES_REGIONS,
    ISTAT_COMUNI,
)

#: Words of capitals' alternate names that describe rather than name the city.
_NOT_A_CAPITAL_NAME = frozenset(
    """city citta capital district estat federal kota lungsod mji osh shi territory town
    urbs""".split()
)

#: Words that make a Phoenix entry an organisation rather than a person.
_ORG_WORDS = frozenset(
    """ACADEMY AGENCY ALLIANCE ARMY ASSEMBLY ASSOCIATION AUTHORITY BANK BOARD BRIGADE BRIGADES
    BUREAU CABINET CAPITOL CENTER CENTRE CHAMBER CHURCH COALITION COMMAND COMMISSION COMMITTEE COMPANY
    CONFERENCE CONGRESS CORPORATION CORPS COUNCIL COURT DEPARTMENT DIRECTORATE DIVISION DUMA
    ELYSEE EMBASSY FEDERATION FORCE HALL HOUSE FORCES FOUNDATION FRONT FUND GOVERNMENT GROUP GUARD GUARDS INC
    INSTITUTE KNESSET KREMLIN LEAGUE LTD MAJLIS MILITIA MINISTRY MISSION MOVEMENT NATIONAL NAVY
    OFFICE PALACE PENTAGON
    ORGANISATION ORGANIZATION PARLIAMENT PARTY POLICE POLITBURO PRESIDIUM PROGRAM PROGRAMME
    REGIME REPUBLIC REPUBLICA SECRETARIAT SENATE STREET SERVICE SERVICES SOCIETY SOVIET TRIBUNAL UNION
    UNIVERSITY""".split()
)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _iso3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


def _is_latin_name(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.\- ]+", text)) and text[:1].isupper()


def _read_cities(shared: Path) -> list[dict[str, Any]]:
    with zipfile.ZipFile(shared / GEONAMES_CITIES) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".txt"))
        text = zf.read(name).decode("utf-8")
    cities = []
    for line in text.splitlines():
        f = line.split("\t")
        if len(f) < 15:
            continue
        alts = [a for a in f[3].split(",") if a]
        cities.append(
            {
                "id": int(f[0]),
                "name": f[1],
                "ascii": f[2],
                "alts": alts,
                "fcode": f[7],
                "cc2": f[8],
                "pop": int(f[14] or 0),
            }
        )
    return cities


def _country_info(shared: Path) -> dict[str, dict[str, str]]:
    info = {}
    for line in (shared / GEONAMES_COUNTRIES).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        f = line.split("\t")
        info[f[0]] = {"iso3": f[1], "name": f[4], "capital": f[5]}
    return info


#: Words too general to tie a name to a country ("New York State" is not "United States").
_GENERIC = frozenset(
    """and arab central democratic east federal federation great island islands islamic kingdom
    new north of people peoples people's popular republic saint south state states the united
    west""".split()
)


def _stems(name: str) -> set[str]:
    """First four letters of each specific word of a name ("Korea" -> "kore")."""
    words = re.findall(r"[^\W\d_]+", norm(name))
    return {w[:4] for w in words if len(w) >= 4 and w not in _GENERIC}


def _initials(name: str) -> set[str]:
    """Acronyms of a name, with and without its small words (DPRK, USA, UK)."""
    words = re.findall(r"[^\W\d_]+", norm(name))
    small = {"of", "the", "and"}
    return {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in small)}


def _is_country_alias(alias: str, stems: set[str], acronyms: set[str]) -> bool:
    """A Phoenix country alias that names the country: an acronym of one of its names
    (``U.S.``, ``DPRK``) or a form sharing a word stem with its names in some language."""
    letters = re.sub(r"[^A-Za-z]", "", alias).lower()
    if " " not in alias.strip() and 2 <= len(letters) <= 5 and letters in acronyms:
        return True
    return bool(_stems(alias) & stems)


def _entry(e: DictEntry, **changes: Any) -> DictEntry:
    data = {**e.__dict__, **changes}
    return DictEntry(**data)


_PERSON_SECTORS = frozenset("GOV ELI OPP MIL JUD LEG SPY COP PTY".split())


def _phoenix_kind(e: DictEntry, country_words: set[str]) -> str:
    """GPE (a country), PER (a person) or ORG, guessed from the name and the codes."""
    codes = [r for r in e.roles if r.code]
    bare = [r for r in codes if r.country and r.code == r.country]
    if bare and (len(bare) == len(codes) or norm(e.name) in country_words):
        return "GPE"
    words = set(e.name.upper().replace("-", " ").split())
    if words & _ORG_WORDS:
        return "ORG"
    comment = e.extra.get("comment", "")
    person_hint = "CountryInfo" in comment or "rulers" in comment
    n = len(e.name.split())
    if person_hint and n <= 6:
        return "PER"
    if 2 <= n <= 4 and codes and all(r.sector in _PERSON_SECTORS for r in codes):
        return "PER"
    return "ORG"


_LOWER_WORDS = frozenset("of the and for de del della di da du la le van von bin al el".split())


def display_name(phrase: str) -> str:
    """A dictionary phrase in display case: ``NATIONAL PEOPLE'S CONGRESS`` -> National
    People's Congress; acronyms (no vowel, or dotted) stay upper-case."""
    out = []
    for i, word in enumerate(phrase.split()):
        low = word.lower()
        if "." in word or (len(word) <= 4 and not re.search(r"[AEIOUY]", word)):
            out.append(word)
        elif i > 0 and low in _LOWER_WORDS:
            out.append(low)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in low.split("-")))
    return " ".join(out)


def build(shared: str | Path) -> dict[str, Any]:
    """The actor table built from ``shared`` (the ``../shared/data`` folder), as a dict."""
    import gettext

    import pycountry

    shared = Path(shared)
    missing = [s for s in SOURCES if not (shared / s).is_file()]
    if missing:
        raise FileNotFoundError(f"{shared}: missing source files: {', '.join(missing)}")
    iso3 = _iso3_codes()
    info = _country_info(shared)
    cities = _read_cities(shared)
    cc2_to_iso3 = {cc2: v["iso3"] for cc2, v in info.items()}

    # --- country names (pycountry en/it, PLOVER table) -------------------------------
    it_tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["it"])
    names: dict[tuple[str, str], list[str]] = defaultdict(list)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if not value:
                continue
            if "," not in value:
                names[(c.alpha_3, "en")].append(value)
            it_value = it_tr.gettext(value)
            if "," not in it_value and (it_value != value or attr == "name"):
                names[(c.alpha_3, "it")].append(it_value)
    plover_rows = list(
        csv.DictReader(io.StringIO((shared / PLOVER_COUNTRIES).read_text(encoding="utf-8")))
    )
    demonyms_en: dict[str, list[str]] = defaultdict(list)
    for row in plover_rows:
        code = row["CCA3"].strip()
        if code not in iso3:
            continue
        names[(code, "en")].append(row["Name"].strip())
        for word in row["Nationality"].split(","):
            word = word.strip().replace("’", "'")
            if word:
                demonyms_en[code].append(word)
    country_words = {norm(n) for v in names.values() for n in v} | {
        norm(n) for v in demonyms_en.values() for n in v
    }
    own_words: dict[str, set[str]] = defaultdict(set)
    for (code, _lang), values in names.items():
        own_words[code].update(norm(v) for v in values)
    for code, values in demonyms_en.items():
        own_words[code].update(norm(v) for v in values)
    # every language's name of each country: Phoenix lists foreign forms ("RUSSLAND")
    stems: dict[str, set[str]] = defaultdict(set)
    for loc in sorted(p.name for p in Path(pycountry.LOCALES_DIR).iterdir()):
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc])
        except OSError:
            continue
        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(c, attr, None)
                if value:
                    stems[c.alpha_3].update(_stems(tr.gettext(value)))
    for (code, _lang), values in names.items():
        for value in values:
            stems[code].update(_stems(value))
    for code, values in demonyms_en.items():
        for value in values:
            stems[code].update(_stems(value))
    acronyms: dict[str, set[str]] = defaultdict(set)
    for c in pycountry.countries:
        acronyms[c.alpha_3].update({c.alpha_2.lower(), c.alpha_3.lower()})
    for (code, _lang), values in names.items():
        for value in values:
            acronyms[code].update(_initials(value))

    # --- places: city and region names -> country ------------------------------------
    capital_ids: dict[str, dict[str, Any]] = {}
    for city in cities:
        if city["fcode"] == "PPLC" and city["cc2"] in cc2_to_iso3:
            iso = cc2_to_iso3[city["cc2"]]
            if iso not in capital_ids or city["pop"] > capital_ids[iso]["pop"]:
                capital_ids[iso] = city
    by_name: dict[str, dict[str, int]] = defaultdict(dict)  # norm name -> {iso3: max pop}

    def add_place(name: str, iso: str, pop: int) -> None:
        key = norm(name)
        if len(key) < 3 or key in country_words:
            return
        if by_name[key].get(iso, -1) < pop:
            by_name[key][iso] = pop

    for city in cities:
        iso = cc2_to_iso3.get(city["cc2"])
        if not iso:
            continue
        add_place(city["name"], iso, city["pop"])
        add_place(city["ascii"], iso, city["pop"])
        if city["pop"] >= 100_000 or city["cc2"] == "IT":
            for alt in city["alts"]:
                if len(alt) >= 4 and _is_latin_name(alt) and not alt.isupper():
                    add_place(alt, iso, city["pop"])
    for com in json.loads((shared / ISTAT_COMUNI).read_text(encoding="utf-8")):
        add_place(com["nome"], "ITA", int(com.get("popolazione") or 0))
        for part in ("regione", "provincia"):  # Italian names of regions and provinces
            name = (com.get(part) or {}).get("nome")
            if name:
                add_place(name, "ITA", 1_000_000)
    region_names = set()
    for line in (shared / GEONAMES_REGIONS).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        f = line.split("\t")
        region_names.update({norm(f[1]), norm(f[2])})
        iso = cc2_to_iso3.get(f[0].split(".")[0])
        if iso:  # "la Regione Lombardia", "police in Punjab": regions locate institutions too
            add_place(f[1], iso, 1_000_000)
            add_place(f[2], iso, 1_000_000)
    places: dict[str, str] = {}
    for key, pops in by_name.items():
        ranked = sorted(pops.items(), key=lambda kv: (-kv[1], kv[0]))
        best, pop = ranked[0]
        if len(ranked) == 1 or ranked[1][1] * 5 <= pop:
            places[key] = best

    # --- capitals (metonyms for governments) ------------------------------------------
    entries: list[DictEntry] = []
    for iso, city in sorted(capital_ids.items()):
        aliases = []
        for alt in [city["name"], city["ascii"], *city["alts"]]:
            key = norm(alt)
            if (
                len(alt) < 4
                or not _is_latin_name(alt)
                or len(alt.split()) > 3
                or set(norm(alt).split()) & _NOT_A_CAPITAL_NAME
                or alt.isupper()
                or key in country_words
                or places.get(key) != iso  # ambiguous or another country's city
            ):
                continue
            if alt not in aliases:
                aliases.append(alt)
        if aliases:
            entries.append(
                DictEntry(
                    name=city["name"],
                    aliases=aliases,
                    roles=[Role(iso + "GOV", iso, "GOV")],
                    kind="CAPITAL",
                    source=f"{GEONAMES_CITIES}:geonameid={city['id']}",
                    extra={"geonameid": city["id"]},
                )
            )

    # --- countries: one entry per country and language ---------------------------------
    for (code, lang), values in sorted(names.items()):
        aliases = list(dict.fromkeys(values + (demonyms_en.get(code, []) if lang == "en" else [])))
        entries.append(
            DictEntry(
                name=values[0],
                aliases=aliases,
                roles=[Role(code, code, None)],
                kind="GPE",
                source=f"pycountry:iso3166-1:{lang}:{code}"
                + (f"+{PLOVER_COUNTRIES}" if lang == "en" else ""),
                lang=lang,
            )
        )

    # --- Phoenix actors ---------------------------------------------------------------
    errors: list[str] = []
    dropped_places = 0
    for rel in PHOENIX_ACTORS:
        for e in read_tabari_actors(shared / rel, iso3=iso3, source_name=rel, errors=errors):
            if not any(r.country or r.sector for r in e.roles):
                continue
            kind = _phoenix_kind(e, country_words)
            aliases = e.aliases
            if kind != "GPE" and all(norm(a) in places for a in aliases):
                if not any(r.sector for r in e.roles):
                    continue  # a city listed as an actor: the gazetteer's business
            if kind == "GPE":
                # a country entry also lists cities, provinces, rivers and nicknames: keep
                # only names of the country itself (see _is_country_alias)
                code = next(r.country for r in e.roles if r.country and r.code == r.country)
                own = own_words.get(code, set())
                keep = [
                    a
                    for a in aliases
                    if norm(a) in own
                    or (
                        norm(a) not in country_words
                        and norm(a) not in places
                        and norm(a) not in region_names
                        and _is_country_alias(a, stems.get(code, set()), acronyms.get(code, set()))
                    )
                ]
                dropped_places += len(aliases) - len(keep)
                aliases = keep
                if not aliases:
                    continue
            entries.append(
                _entry(
                    e,
                    name=display_name(e.name),
                    aliases=aliases,
                    kind=kind,
                    lang="en" if kind == "GPE" else None,
                    extra={},
                )
            )
    for e in read_tabari_agents(shared / PHOENIX_AGENTS, source_name=PHOENIX_AGENTS):
        entries.append(_entry(e, lang="en", name=e.name.lower()))

    return {
        "format": FORMAT,
        "sources": {s: _sha256(shared / s) for s in SOURCES},
        "pycountry": pycountry_version(),
        "notes": {
            "phoenix_code_errors_skipped": errors,
            "phoenix_place_aliases_dropped": dropped_places,
        },
        "entries": [entry_to_list(e) for e in entries],
        "places": dict(sorted(places.items())),
    }


def pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


def entry_to_list(e: DictEntry) -> list[Any]:
    """The compact JSON form of an entry (see :func:`entry_from_list`); each alias is stored
    with its lookup key, so that loading needs no normalisation."""
    return [
        e.name,
        e.kind,
        e.lang,
        int(e.cased),
        [_alias_record(a, e) for a in e.aliases],
        [r.to_list() for r in e.roles],
        e.wikidata_id,
        e.source,
        e.extra or None,
    ]


def _alias_record(alias: str, e: DictEntry) -> list[Any]:
    from eventwire.kb.actors import case_rule

    key = norm(alias)
    return [alias, key, case_rule(alias, e.cased, e.source.startswith("phoenix/")), first_run(key)]


def entry_from_list(data: list[Any]) -> DictEntry:
    name, kind, lang, cased, aliases, roles, wd, source, extra = data
    return DictEntry(
        name=name,
        aliases=[a[0] for a in aliases],
        roles=[Role.from_list(r) for r in roles],
        kind=kind,
        source=source,
        wikidata_id=wd,
        lang=lang,
        cased=bool(cased),
        extra=extra or {},
    )


def write(data: dict[str, Any], path: str | Path = ARTIFACT) -> Path:
    """Write the table as deterministic gzipped JSON (no timestamp) plus its SOURCE.txt."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw.encode("utf-8"))
    path.write_bytes(buf.getvalue())
    (path.parent / "actors.SOURCE.txt").write_text(source_text(data), encoding="utf-8")
    return path


def source_text(data: dict[str, Any]) -> str:
    """The SOURCE.txt written beside the table."""
    kinds: dict[str, int] = defaultdict(int)
    for e in data["entries"]:
        kinds[e[1]] += 1
    lines = [
        "actors.json.gz: eventwire's actor table, built by `eventwire kb build` "
        "(eventwire/kb/build_actors.py) from ../shared/data.",
        "",
        "Sources (sha256 of the file read):",
        *[f"  {k}  {v}" for k, v in data["sources"].items()],
        f"  pycountry {data['pycountry']} (ISO 3166-1 names, Italian via gettext iso3166-1)",
        "",
        "Licenses:",
        "  phoenix/*: MIT, (c) 2014 Open Event Data Alliance (Phoenix/PETRARCH dictionaries,",
        "    CountryInfo funded by NSF SES-1004414, SES-1259190).",
        "  plover/countries.csv: MIT (NGEC / PLOVER).",
        "  geonames/*: CC BY 4.0, GeoNames (geonames.org).",
        "  istat_comuni/comuni.json: CC BY 3.0 IT, ISTAT (names only; postcodes not used).",
        "  pycountry: LGPL-2.1 (names from the iso-codes project).",
        "",
        "Contents: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
        f"  places (city/region name -> country): {len(data['places'])}",
        f"  Phoenix city/province aliases dropped from country entries: "
        f"{data['notes']['phoenix_place_aliases_dropped']}",
        f"  Phoenix code restrictions skipped as unreadable: "
        f"{len(data['notes']['phoenix_code_errors_skipped'])}",
        "",
    ]
    return "\n".join(lines)


def load_artifact(path: str | Path = ARTIFACT) -> dict[str, Any]:
    """The shipped table as a dict (raises FileNotFoundError with a hint when absent)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: actor table missing; run `eventwire kb build`")
    with gzip.open(path, "rb") as fh:
        return json.loads(fh.read().decode("utf-8"))

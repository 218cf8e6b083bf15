"""Read actor dictionaries: PETRARCH/TABARI ``.actors``/``.agents`` files and CSV/YAML tables.

Every reader returns plain :class:`DictEntry` objects; :mod:`eventwire.kb.actors` indexes
them. CAMEO-style codes (``RUSGOV``, ``IGOUNOJUD``, ``~MIL``) are split into an ISO country
and a PLOVER 0.8 sector by :func:`split_code`; the code itself is kept (``Role.code``) so
that PETRARCH users can compare codes directly.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

#: CAMEO agent/sector chunks that are PLOVER 0.8 sectors as they are.
PLOVER_DIRECT = frozenset(
    "GOV MIL REB OPP PTY COP JUD LEG SPY UAF BUS CVL CRM EDU ELI LAB AGR REF REL PRM UNK "
    "SOC PRE JRN".split()
)
#: CAMEO chunks renamed in PLOVER 0.8 (MED media -> JRN, HLH health -> MED, ...).
CAMEO_TO_PLOVER = {
    "MED": "JRN",
    "HLH": "MED",
    "HRI": "SOC",
    "ENV": "SOC",
    "DEV": "SOC",
    "KID": "SOC",
    "NGO": "NGO",
    "NGM": "NGO",
    "IGO": "IGO",
    "INS": "REB",
    "SEP": "REB",
    "IMG": "REB",
    "MNC": "BUS",
    "PPL": "CVL",
    "SET": "CVL",
}
#: Religious or ethnic chunks: REL only when no role chunk is present.
IDENTITY_CHUNKS = frozenset("MUS MOS CHR CTH PRO JEW HIN BUD SHI JAN ORT BAH".split())
#: First chunks that are not countries but international or non-state bodies.
NON_STATE_COUNTRY = {"IGO": "IGO", "UNO": "IGO", "NGO": "NGO", "NGM": "NGO", "MNC": "MNC"}
#: First chunks naming transnational armed groups: no country, sector REB.
TRANSNATIONAL_ARMED = frozenset({"IMG"})
#: CAMEO country codes that differ from ISO 3166 alpha-3 (Kosovo: XKX, as PLOVER's table).
CAMEO_COUNTRY_FIXES = {"TMP": "TLS", "KSV": "XKX", "KOS": "XKX", "ROM": "ROU", "ZAR": "COD"}

_DATE = r"(\d{8}|\d{6})"
_RESTRICTION = re.compile(
    rf"^\s*(?P<code>[^\s<>]+)?\s*(?:(?P<op>[<>])\s*{_DATE}|{_DATE}\s*-\s*{_DATE})?\s*$"
)


class DictionaryError(ValueError):
    """A dictionary file that cannot be read; the message names the file and line."""


class Role(NamedTuple):
    """One coded role of an actor, optionally bounded by ISO dates (inclusive)."""

    code: str | None
    country: str | None
    sector: str | None
    title: str | None = None
    start: str | None = None
    end: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds_on(self, iso_date: str) -> bool:
        """True when ``iso_date`` (YYYY-MM-DD) falls within the role's bounds."""
        return (self.start is None or self.start <= iso_date) and (
            self.end is None or iso_date <= self.end
        )

    def to_list(self) -> list[Any]:
        return [self.code, self.country, self.sector, self.title, self.start, self.end]

    @classmethod
    def from_list(cls, data: list[Any]) -> Role:
        return cls(*data)


@dataclass
class DictEntry:
    """An actor (or agent) read from a dictionary: its names and its coded roles."""

    name: str
    aliases: list[str]
    roles: list[Role]
    kind: str = "ORG"  # PER ORG GPE CAPITAL AGENT MEDIA
    source: str = ""
    wikidata_id: str | None = None
    lang: str | None = None  # None: applies to every language
    cased: bool = True  # names must be capitalised in the text
    extra: dict[str, Any] = field(default_factory=dict)


def tabari_date(text: str) -> str:
    """ISO date of a TABARI ``YYMMDD`` or ``YYYYMMDD`` date (two-digit years < 30 are 20xx)."""
    if len(text) == 6:
        yy = int(text[:2])
        text = ("20" if yy < 30 else "19") + text
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}"


def split_code(
    code: str | None, iso3: frozenset[str] | None = None
) -> tuple[str | None, str | None]:
    """(country, sector) of a CAMEO-style code such as ``RUSGOV`` or ``IGOUNOMIL``.

    ``iso3``: the valid country codes; when given, an unknown first chunk (a region such as
    ``AFR``) yields no country. Without it (user dictionaries) the first chunk is kept.
    """
    if not code:
        return None, None
    code = code.strip().upper()
    if not code or set(code) <= set("-+#"):
        return None, None
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    first, rest = chunks[0], chunks[1:]
    country: str | None
    sector: str | None = None
    if first in NON_STATE_COUNTRY:
        country = NON_STATE_COUNTRY[first]
    elif first in TRANSNATIONAL_ARMED:
        country, sector = None, "REB"
    elif first in PLOVER_DIRECT or first in CAMEO_TO_PLOVER or first in IDENTITY_CHUNKS:
        if iso3 is None or first not in iso3:
            country, rest = None, chunks
        else:
            country = first
    else:
        country = CAMEO_COUNTRY_FIXES.get(first, first)
        if iso3 is not None and country not in iso3:
            country = None
    identity = None
    for chunk in rest:
        if chunk in PLOVER_DIRECT:
            return country, chunk
        if chunk in CAMEO_TO_PLOVER and chunk not in ("NGO", "IGO", "NGM"):
            return country, CAMEO_TO_PLOVER[chunk]
        if chunk in ("NGO", "NGM") and country not in ("IGO", "NGO"):
            return country, "NGO"
        if chunk in IDENTITY_CHUNKS and identity is None:
            identity = "REL"
    return country, sector or identity


def agent_sector(code: str) -> str | None:
    """PLOVER sector of a PETRARCH agent code (``~GOVMIL`` -> GOV, ``NGO~`` -> NGO)."""
    chunks = code.replace("~", "").strip().upper()
    parts = [chunks[i : i + 3] for i in range(0, len(chunks), 3)]
    identity = None
    for chunk in parts:
        if chunk in PLOVER_DIRECT:
            return chunk
        if chunk in CAMEO_TO_PLOVER:
            return CAMEO_TO_PLOVER[chunk]
        if chunk in IDENTITY_CHUNKS and identity is None:
            identity = "REL"
    return identity


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0]


def _phrase(text: str) -> str:
    """A TABARI phrase (``VLADIMIR_PUTIN_``) as plain words (``VLADIMIR PUTIN``)."""
    words = text.replace("_", " ").split()
    return " ".join(words)


def _restriction(body: str, where: str, iso3: frozenset[str] | None) -> Role:
    m = _RESTRICTION.match(body)
    if not m:
        raise DictionaryError(f"{where}: cannot read the code restriction [{body}]")
    code = (m.group("code") or "").upper() or None
    c_date, r_from, r_to = m.group(3), m.group(4), m.group(5)
    start = end = None
    if m.group("op") == "<":
        end = tabari_date(c_date)
    elif m.group("op") == ">":
        start = tabari_date(c_date)
    elif r_from:
        start, end = tabari_date(r_from), tabari_date(r_to)
    country, sector = split_code(code, iso3)
    if code and set(code) <= set("-+#"):
        code = None
    return Role(code, country, sector, None, start, end)


def read_tabari_actors(
    path: str | Path,
    *,
    iso3: frozenset[str] | None = None,
    source_name: str | None = None,
    lines: list[str] | None = None,
    errors: list[str] | None = None,
) -> list[DictEntry]:
    """Entries of a PETRARCH/TABARI actor dictionary (primary phrase, ``+`` synonyms, roles).

    Roles keep file order: the first dated role that holds wins, then the first undated one
    (PETRARCH's rule). ``iso3`` validates country codes (see :func:`split_code`). A bad code
    raises :class:`DictionaryError`, unless ``errors`` is given: then the message is
    appended to it and the code skipped (upstream files have a few typos).
    """
    path = Path(path)
    name = source_name or path.name
    if lines is None:
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            raise DictionaryError(f"{path}: cannot read the actor dictionary ({exc})") from exc
    entries: list[DictEntry] = []
    cur: DictEntry | None = None

    def roles(codes: list[str], where: str) -> list[Role]:
        out = []
        for c in codes:
            try:
                out.append(_restriction(c, where, iso3))
            except DictionaryError as exc:
                if errors is None:
                    raise
                errors.append(str(exc))
        return out

    for lineno, raw in enumerate(lines, 1):
        if raw.lstrip().startswith("<"):
            continue  # XML-style comments of the validation files
        comment = raw.split("#", 1)[1] if "#" in raw else ""
        line = _strip_comment(raw).rstrip()
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        codes = re.findall(r"\[([^\]]*)\]", line)
        text = re.sub(r"\[[^\]]*\]", " ", line)
        text = text.split(";", 1)[0]  # TABARI-style "; comment"
        stripped = text.strip()
        if raw[:1] in ("\t", " ") and not stripped.startswith("+"):
            if cur is None:
                raise DictionaryError(f"{where}: a code restriction before any actor")
            if _phrase(stripped):  # an indented synonym without '+' (upstream typo)
                cur.aliases.append(_phrase(stripped))
            cur.roles.extend(roles(codes, where))
            continue
        if stripped.startswith("+"):
            if cur is None:
                raise DictionaryError(f"{where}: a synonym ('+') before any actor")
            for alt in stripped[1:].split("+"):  # a few lines join two synonyms with '+'
                phrase = _phrase(alt)
                if phrase:
                    cur.aliases.append(phrase)
            cur.roles.extend(roles(codes, where))
            continue
        phrase = _phrase(stripped)
        if not phrase:
            if cur is not None and codes:
                cur.roles.extend(roles(codes, where))
                continue
            raise DictionaryError(f"{where}: a code without an actor phrase")
        cur = DictEntry(
            name=phrase,
            aliases=[phrase],
            roles=roles(codes, where),
            source=where,
            extra={"comment": comment.strip()} if comment.strip() else {},
        )
        entries.append(cur)
    return entries


def _plural(word: str) -> str:
    if word.endswith("Y") and word[-2:-1] not in set("AEIOU"):
        return word[:-1] + "IES"
    if word.endswith(("SS", "SH", "CH", "X")):
        return word + "ES"
    return word + "S"


def read_tabari_agents(
    path: str | Path, *, source_name: str | None = None, lines: list[str] | None = None
) -> list[DictEntry]:
    """Entries of a PETRARCH agent dictionary: ``PHRASE {plural} [~CODE]`` (kind AGENT).

    Regular plurals are generated (S, IES, ES) unless ``{}`` gives them or nulls them;
    ``!SET!`` substitution markers are expanded. ``extra["code"]`` keeps the agent code.
    """
    path = Path(path)
    name = source_name or path.name
    if lines is None:
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            raise DictionaryError(f"{path}: cannot read the agent dictionary ({exc})") from exc
    subst: dict[str, list[str]] = {}
    entries: list[DictEntry] = []
    for lineno, raw in enumerate(lines, 1):
        if raw.lstrip().startswith("<"):
            continue
        line = _strip_comment(raw).strip()
        if not line:
            continue
        where = f"{name}:{lineno}"
        m = re.match(r"^(!\w+!)\s*=\s*(.+)$", line)
        if m:
            subst[m.group(1)] = [w.strip().upper() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(
            r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]", line
        )
        if not m:
            continue  # a phrase without a code codes nothing (as in PETRARCH)
        code = m.group("code").replace(" ", "").upper()
        if "~" not in code:
            raise DictionaryError(f"{where}: agent code [{code}] lacks '~'")
        phrase = m.group("phrase").strip()
        plural = m.group("plural")
        forms: list[str] = []
        bases = [phrase]
        for marker, values in subst.items():
            if marker in phrase:
                bases = [b.replace(marker, v) for b in bases for v in values]
        for base in bases:
            word = _phrase(base)
            if not word:
                continue
            forms.append(word)
            if "!" in phrase and any(m_ in phrase for m_ in subst):
                continue  # substitution sets list their own forms
            if plural is None and not base.rstrip().endswith("_"):
                words = word.split()
                forms.append(" ".join(words[:-1] + [_plural(words[-1])]))
        if plural:
            forms.extend(_phrase(p) for p in plural.split() if _phrase(p))
        entries.append(
            DictEntry(
                name=forms[0] if forms else phrase,
                aliases=list(dict.fromkeys(forms)),
                roles=[Role(code, None, agent_sector(code))],
                kind="AGENT",
                source=where,
                cased=False,
                extra={"code": code, "agent": "body"},
            )
        )
    return entries


def _split_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in re.split(r"[|;]", str(value)) if v.strip()]


def _iso(value: Any, where: str, col: str) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        if len(text) == 4:
            text += "-01-01" if col == "from" else "-12-31"
        elif len(text) == 7:
            text += "-01" if col == "from" else "-31"
        return text
    if re.fullmatch(r"\d{6}|\d{8}", text):
        return tabari_date(text)
    raise DictionaryError(f"{where}: column {col!r}: {text!r} is not a date (YYYY-MM-DD)")


TABLE_COLUMNS = ("name", "aliases", "country", "sector", "title", "from", "to", "wikidata_id")


def _rows_to_entries(
    rows: list[tuple[str, dict[str, Any]]], valid_sectors: frozenset[str]
) -> list[DictEntry]:
    by_name: dict[str, DictEntry] = {}
    for where, row in rows:
        name = str(row.get("name") or "").strip()
        if not name:
            raise DictionaryError(f"{where}: the 'name' column is empty")
        country = (str(row.get("country") or "").strip().upper()) or None
        sector = (str(row.get("sector") or "").strip().upper()) or None
        if sector and sector not in valid_sectors:
            raise DictionaryError(
                f"{where}: sector {sector!r} is not a PLOVER 0.8 sector ({', '.join(sorted(valid_sectors))})"
            )
        if country and not re.fullmatch(r"[A-Z]{3}", country):
            raise DictionaryError(f"{where}: country {country!r} is not a 3-letter code")
        title = (str(row.get("title") or "").strip()) or None
        role = Role(
            (country or "") + (sector or "") or None,
            country,
            sector,
            title,
            _iso(row.get("from"), where, "from"),
            _iso(row.get("to"), where, "to"),
        )
        entry = by_name.get(name)
        if entry is None:
            kind = str(row.get("kind") or "").strip().upper() or "ORG"
            entry = by_name[name] = DictEntry(
                name=name,
                aliases=[name],
                roles=[],
                kind=kind,
                source=where,
                wikidata_id=(str(row.get("wikidata_id") or "").strip() or None),
            )
        for alias in _split_list(row.get("aliases")):
            if alias not in entry.aliases:
                entry.aliases.append(alias)
        if row.get("wikidata_id") and not entry.wikidata_id:
            entry.wikidata_id = str(row["wikidata_id"]).strip()
        if role.country or role.sector or role.title:
            entry.roles.append(role)
    for entry in by_name.values():
        # dated roles first (file order), then undated ones: the same rule as PETRARCH
        entry.roles = [r for r in entry.roles if r.dated] + [r for r in entry.roles if not r.dated]
    return list(by_name.values())


def read_table(path: str | Path, valid_sectors: frozenset[str]) -> list[DictEntry]:
    """Entries of a CSV/TSV custom dictionary (columns :data:`TABLE_COLUMNS`, plus ``kind``).

    Several rows with the same ``name`` give one actor with several roles; ``aliases`` are
    separated by ``|`` or ``;``; ``from``/``to`` are ISO dates (or empty).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(f"{path}: cannot read the dictionary ({exc})") from exc
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        return []
    delimiter = "\t" if path.suffix.lower() == ".tsv" or "\t" in lines[0] else ","
    reader = csv.DictReader(lines, delimiter=delimiter)
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if "name" not in header:
        raise DictionaryError(
            f"{path}: the header must name the columns ({', '.join(TABLE_COLUMNS)}); got {header}"
        )
    rows = []
    for i, row in enumerate(reader, 2):
        rows.append((f"{path.name}:{i}", {k.strip().lower(): v for k, v in row.items() if k}))
    return _rows_to_entries(rows, valid_sectors)


def read_yaml(path: str | Path, valid_sectors: frozenset[str]) -> list[DictEntry]:
    """Entries of a YAML custom dictionary: a list of mappings with :data:`TABLE_COLUMNS`.

    An item may give ``roles:`` (a list of ``{country, sector, title, from, to}``) instead of
    the flat role columns.
    """
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DictionaryError(f"{path}: cannot read the YAML dictionary ({exc})") from exc
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
    if not isinstance(data, list):
        raise DictionaryError(f"{path}: expected a list of actors (or a mapping with 'actors:')")
    rows = []
    for i, item in enumerate(data, 1):
        where = f"{path.name}:item {i}"
        if not isinstance(item, dict):
            raise DictionaryError(f"{where}: expected a mapping, got {type(item).__name__}")
        item = {str(k).lower(): v for k, v in item.items()}
        for role in item.pop("roles", None) or [{}]:
            rows.append((where, {**item, **{str(k).lower(): v for k, v in role.items()}}))
    return _rows_to_entries(rows, valid_sectors)


def read_dictionary(path: str | Path, valid_sectors: frozenset[str]) -> list[DictEntry]:
    """Read a custom dictionary, choosing the format from the file name and content."""
    path = Path(path)
    if not path.is_file():
        raise DictionaryError(f"{path}: no such dictionary file")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return read_table(path, valid_sectors)
    if suffix in (".yaml", ".yml"):
        return read_yaml(path, valid_sectors)
    text = path.read_text(encoding="utf-8", errors="replace")
    lines = text.splitlines()
    codes = re.findall(r"\[([^\]]*)[\]}]", text)
    if codes and sum("~" in c for c in codes) > len(codes) / 2:
        return read_tabari_agents(path, lines=lines)
    return read_tabari_actors(path, lines=lines)

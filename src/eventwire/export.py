"""Export story-level events in the forms other datasets' users expect.

Formats (one row per story-level event, i.e. per real-world event with all its reports):

- ``plover-jsonl``: the spec's event record plus ``story`` provenance, one JSON object a line;
- ``polecat-tsv``: POLECAT's column names (``Event ID``, ``Event Date``, ``Event Type``, ...);
- ``gdelt-tsv``: the 61 columns of the GDELT 2.0 event table (``GLOBALEVENTID``, ``SQLDATE``,
  ``Actor1Code``, ...), with a header line; ``NumMentions/NumSources/NumArticles`` are the
  story's counts, ``GoldsteinScale`` is PLOVER's conflict-cooperation score of the type and
  mode, country codes are ISO 3166 alpha-3 (GDELT's geography uses FIPS: not converted);
- ``cameo-tsv``: the Phoenix (CAMEO) columns (``EventID``, ``Date``, ``SourceActorFull``, ...);
- ``csv`` / ``parquet``: the flat event list of :data:`eventwire.query.EVENT_COLUMNS` plus
  actor and recipient country lists.

``strict_plover`` applies the PLOVER manual's collapse rules (see :func:`strict_plover`).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import IO, Any

from eventwire import query
from eventwire.store.base import SQLStore

FORMATS = ("plover-jsonl", "polecat-tsv", "gdelt-tsv", "cameo-tsv", "parquet", "csv")

STRICT_RULE = "plover.strict.v1"
#: Cooperative types that the manual codes as AGREE when reported in the future tense.
FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})

_QUAD = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}
_QUAD_NAMES = {
    1: "VERBAL COOPERATION",
    2: "MATERIAL COOPERATION",
    3: "VERBAL CONFLICT",
    4: "MATERIAL CONFLICT",
}
#: PLOVER sectors whose CAMEO actor type code differs (PLOVER MED = health; CAMEO MED = media).
_CAMEO_TYPE = {"MED": "HLH", "JRN": "MED", "PRM": "PRM", "UNK": ""}


# ---------------------------------------------------------------- strict PLOVER


def strict_plover(rec: dict[str, Any]) -> dict[str, Any] | None:
    """The record as PLOVER's manual codes it, or None when the manual drops it.

    - negated events (``polarity: negative``) are dropped ("Negated events can be excluded");
    - CONSULT / SUPPORT / COOPERATE / AID in the future are AGREE ("reported in future tense
      ... should be coded as AGREE"; "references to future meetings ... AGREE");
    - RETREAT in the future is CONCEDE ("announcements of future retreats ... CONCEDE");
    - other future events keep their type with the auxiliary mode ``future`` in ``contexts``,
      and possible (hypothetical) ones get ``hypothetical`` there.

    Each change adds a ``why`` entry naming the rule.
    """
    fact = rec.get("factuality") or {}
    if fact.get("polarity") == "negative":
        return None
    out = json.loads(json.dumps(rec))
    why = out.setdefault("why", [])
    contexts = out.setdefault("contexts", [])
    etype = out["event_type"]
    if fact.get("time") == "future":
        if etype in FUTURE_TO_AGREE:
            out["event_type"], out["mode"] = "AGREE", None
            why.append(
                {
                    "field": "event_type",
                    "rule": f"{STRICT_RULE}.future_cooperation",
                    "entry": f"{etype}+future -> AGREE (PLOVER manual, AGREE)",
                }
            )
        elif etype == "RETREAT":
            out["event_type"], out["mode"] = "CONCEDE", None
            why.append(
                {
                    "field": "event_type",
                    "rule": f"{STRICT_RULE}.future_retreat",
                    "entry": "RETREAT+future -> CONCEDE (PLOVER manual, CONCEDE)",
                }
            )
        elif "future" not in contexts:
            contexts.append("future")
            why.append(
                {"field": "contexts", "rule": f"{STRICT_RULE}.auxiliary_mode", "entry": "future"}
            )
    if fact.get("certainty") == "possible" and "hypothetical" not in contexts:
        contexts.append("hypothetical")
        why.append(
            {"field": "contexts", "rule": f"{STRICT_RULE}.auxiliary_mode", "entry": "hypothetical"}
        )
    return out


# ---------------------------------------------------------------- scores


@functools.cache
def plover_scores() -> dict[tuple[str, str], float]:
    """PLOVER conflict-cooperation scores by ``(type, mode)`` (mode ``""`` for the type)."""
    path = resources.files("eventwire").joinpath("data/plover_scores/plover_scores.tsv")
    out: dict[tuple[str, str], float] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        etype, mode, score = line.split("\t")
        out[(etype, mode)] = float(score)
    return out


def score(event_type: str, mode: str | None) -> float | None:
    """The PLOVER score of a type and mode (falling back to the type's)."""
    table = plover_scores()
    return table.get((event_type, (mode or "").lower()), table.get((event_type, "")))


def quad_class(event_type: str) -> int:
    """The CAMEO/GDELT quad class (1 verbal coop .. 4 material conflict) of a PLOVER type."""
    return _QUAD.get(event_type, 0)


# ---------------------------------------------------------------- rows


def _first(actors: list[dict[str, Any]]) -> dict[str, Any]:
    return actors[0] if actors else {}


def _join(values: Iterable[Any]) -> str:
    return ";".join(str(v) for v in values if v not in (None, ""))


def _date(rec: dict[str, Any]) -> dt.date | None:
    from eventwire.cluster import iso_interval

    d = rec.get("date") or {}
    story = rec.get("story") or {}
    if d.get("granularity") not in (None, "unknown") and d.get("start"):
        return iso_interval(d["start"])
    if story.get("first_report"):
        return iso_interval(story["first_report"])
    return iso_interval(d.get("start"))


def _cameo_type(sector: str | None) -> str:
    if not sector:
        return ""
    return _CAMEO_TYPE.get(sector, sector)


def _name(a: dict[str, Any]) -> str:
    return a.get("name") or a.get("raw_text") or ""


POLECAT_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code",
    "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector",
    "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
    "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
    "Story People", "Story Organizations", "Story Locations", "Language", "Version",
    "Changed", "Num Mentions", "Num Articles", "Num Sources", "Certainty", "Polarity",
    "Time", "Event Text",
)  # fmt: skip


def polecat_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One record in POLECAT's columns (compound actors joined with ``;``)."""
    from eventwire.api import EXTRACTOR_VERSION

    act, rcp = rec.get("actor") or [], rec.get("recipient") or []
    loc = rec.get("location") or {}
    story = rec.get("story") or {}
    art = rec.get("article") or {}
    fact = rec.get("factuality") or {}
    day = _date(rec)
    return {
        "Event ID": rec.get("event_id"),
        "Event Date": day.isoformat() if day else "",
        "Event Type": rec["event_type"],
        "Event Mode": rec.get("mode") or "",
        "Intensity": score(rec["event_type"], rec.get("mode")),
        "Quad Code": _QUAD_NAMES.get(quad_class(rec["event_type"]), ""),
        "Contexts": _join(rec.get("contexts") or []),
        "Actor Name": _join(_name(a) for a in act),
        "Actor Country": _join(a.get("country") for a in act),
        "Actor COW": "",
        "Primary Actor Sector": _first(act).get("sector") or "",
        "Actor Sectors": _join(a.get("sector") for a in act),
        "Actor Title": _join(a.get("title") for a in act),
        "Actor Name Raw": _join(a.get("raw_text") for a in act),
        "Wikipedia Actor ID": _join(a.get("wikidata_id") for a in act),
        "Recipient Name": _join(_name(a) for a in rcp),
        "Recipient Country": _join(a.get("country") for a in rcp),
        "Recipient COW": "",
        "Primary Recipient Sector": _first(rcp).get("sector") or "",
        "Recipient Sectors": _join(a.get("sector") for a in rcp),
        "Recipient Title": _join(a.get("title") for a in rcp),
        "Recipient Name Raw": _join(a.get("raw_text") for a in rcp),
        "Wikipedia Recipient ID": _join(a.get("wikidata_id") for a in rcp),
        "Placename": loc.get("name") or "",
        "City": "",
        "District": "",
        "Province": loc.get("admin1") or "",
        "Country": loc.get("country") or "",
        "Latitude": loc.get("lat"),
        "Longitude": loc.get("lon"),
        "GeoNames ID": loc.get("geonameid"),
        "Raw Placename": loc.get("raw_text") or "",
        "Feature Type": "",
        "Source": _join(story.get("sources") or []),
        "Publication Date": story.get("first_report") or art.get("published") or "",
        "Story People": "",
        "Story Organizations": "",
        "Story Locations": "",
        "Language": art.get("language") or "",
        "Version": f"eventwire-{EXTRACTOR_VERSION}",
        "Changed": "",
        "Num Mentions": story.get("n_mentions", 1),
        "Num Articles": story.get("n_articles", 1),
        "Num Sources": story.get("n_sources", 0),
        "Certainty": fact.get("certainty") or "",
        "Polarity": fact.get("polarity") or "",
        "Time": fact.get("time") or "",
        "Event Text": (rec.get("evidence") or {}).get("text") or "",
    }


def _gdelt_actor(prefix: str, actors: list[dict[str, Any]]) -> dict[str, Any]:
    a = _first(actors)
    country = a.get("country") or ""
    ctype = _cameo_type(a.get("sector"))
    known = country if country in ("IGO", "NGO", "MNC") else ""
    code = country + (ctype if ctype != country else "")
    return {
        f"{prefix}Code": code,
        f"{prefix}Name": _name(a).upper(),
        f"{prefix}CountryCode": "" if known else country,
        f"{prefix}KnownGroupCode": known,
        f"{prefix}EthnicCode": "",
        f"{prefix}Religion1Code": "",
        f"{prefix}Religion2Code": "",
        f"{prefix}Type1Code": ctype,
        f"{prefix}Type2Code": "",
        f"{prefix}Type3Code": "",
    }


def _gdelt_geo(prefix: str, loc: dict[str, Any]) -> dict[str, Any]:
    geo_type = (4 if loc.get("geonameid") else 1) if loc else ""
    return {
        f"{prefix}_Type": geo_type,
        f"{prefix}_FullName": ", ".join(
            x for x in (loc.get("name"), loc.get("admin1"), loc.get("country")) if x
        ),
        f"{prefix}_CountryCode": loc.get("country") or "",
        f"{prefix}_ADM1Code": loc.get("admin1") or "",
        f"{prefix}_ADM2Code": "",
        f"{prefix}_Lat": loc.get("lat"),
        f"{prefix}_Long": loc.get("lon"),
        f"{prefix}_FeatureID": loc.get("geonameid") or "",
    }


GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor{i}{c}" for i in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{p}_{c}" for p in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
)  # fmt: skip


def gdelt_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One record in the GDELT 2.0 event table's columns."""
    day = _date(rec)
    story = rec.get("story") or {}
    cameo = rec.get("cameo") or ""
    first = story.get("first_report")
    added = first.replace("-", "") + "000000" if first and len(first) == 10 else ""
    row: dict[str, Any] = {
        "GLOBALEVENTID": rec.get("event_id"),
        "SQLDATE": day.strftime("%Y%m%d") if day else "",
        "MonthYear": day.strftime("%Y%m") if day else "",
        "Year": day.year if day else "",
        "FractionDate": round(day.year + (day.timetuple().tm_yday - 1) / 365, 4) if day else "",
        **_gdelt_actor("Actor1", rec.get("actor") or []),
        **_gdelt_actor("Actor2", rec.get("recipient") or []),
        "IsRootEvent": 1,
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": quad_class(rec["event_type"]),
        "GoldsteinScale": score(rec["event_type"], rec.get("mode")),
        "NumMentions": story.get("n_mentions", 1),
        "NumSources": story.get("n_sources", 0),
        "NumArticles": story.get("n_articles", 1),
        "AvgTone": "",
        **_gdelt_geo("Actor1Geo", {}),
        **_gdelt_geo("Actor2Geo", {}),
        **_gdelt_geo("ActionGeo", rec.get("location") or {}),
        "DATEADDED": added,
        "SOURCEURL": (rec.get("article") or {}).get("url") or "",
    }
    return row


CAMEO_COLUMNS: tuple[str, ...] = (
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity",
    "SourceActorRole", "SourceActorAttribute", "TargetActorFull", "TargetActorEntity",
    "TargetActorRole", "TargetActorAttribute", "EventCode", "EventRootCode", "QuadClass",
    "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName", "StateName", "CountryCode",
    "SentenceID", "URLs", "NewsSources",
)  # fmt: skip


def cameo_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One record in the Phoenix (CAMEO-coded) dataset's columns."""
    day = _date(rec)
    src, tgt = _first(rec.get("actor") or []), _first(rec.get("recipient") or [])
    loc = rec.get("location") or {}
    story = rec.get("story") or {}
    cameo = rec.get("cameo") or ""
    art = rec.get("article") or {}

    def full(a: dict[str, Any]) -> str:
        return (a.get("country") or "") + _cameo_type(a.get("sector"))

    return {
        "EventID": rec.get("event_id"),
        "Date": day.strftime("%Y%m%d") if day else "",
        "Year": day.year if day else "",
        "Month": day.month if day else "",
        "Day": day.day if day else "",
        "SourceActorFull": full(src),
        "SourceActorEntity": src.get("country") or "",
        "SourceActorRole": _cameo_type(src.get("sector")),
        "SourceActorAttribute": "",
        "TargetActorFull": full(tgt),
        "TargetActorEntity": tgt.get("country") or "",
        "TargetActorRole": _cameo_type(tgt.get("sector")),
        "TargetActorAttribute": "",
        "EventCode": cameo,
        "EventRootCode": cameo[:2],
        "QuadClass": quad_class(rec["event_type"]),
        "GoldsteinScore": score(rec["event_type"], rec.get("mode")),
        "Issues": _join(rec.get("contexts") or []),
        "Lat": loc.get("lat"),
        "Lon": loc.get("lon"),
        "LocationName": loc.get("name") or "",
        "StateName": loc.get("admin1") or "",
        "CountryCode": loc.get("country") or "",
        "SentenceID": f"{art.get('id', '')}:{(rec.get('evidence') or {}).get('start', '')}",
        "URLs": art.get("url") or "",
        "NewsSources": _join(story.get("sources") or []),
    }


def flat_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One record as a flat row for CSV / Parquet."""
    story = rec.get("story") or {}
    fact = rec.get("factuality") or {}
    loc = rec.get("location") or {}
    d = rec.get("date") or {}
    day = _date(rec)
    return {
        "event_id": rec.get("event_id"),
        "event_date": day.isoformat() if day else None,
        "date_start": d.get("start"),
        "date_end": d.get("end"),
        "granularity": d.get("granularity"),
        "event_type": rec["event_type"],
        "mode": rec.get("mode"),
        "cameo": rec.get("cameo"),
        "contexts": _join(rec.get("contexts") or []),
        "actor_name": _join(_name(a) for a in rec.get("actor") or []),
        "actor_country": _join(a.get("country") for a in rec.get("actor") or []),
        "actor_sector": _join(a.get("sector") for a in rec.get("actor") or []),
        "recipient_name": _join(_name(a) for a in rec.get("recipient") or []),
        "recipient_country": _join(a.get("country") for a in rec.get("recipient") or []),
        "recipient_sector": _join(a.get("sector") for a in rec.get("recipient") or []),
        "symmetric": bool(rec.get("symmetric")),
        "location_name": loc.get("name"),
        "location_country": loc.get("country"),
        "geonameid": loc.get("geonameid"),
        "certainty": fact.get("certainty"),
        "polarity": fact.get("polarity"),
        "time": fact.get("time"),
        "confidence": rec.get("confidence"),
        "n_mentions": story.get("n_mentions", 1),
        "n_articles": story.get("n_articles", 1),
        "n_sources": story.get("n_sources", 0),
        "sources": _join(story.get("sources") or []),
        "first_report": story.get("first_report"),
        "last_report": story.get("last_report"),
        "evidence": (rec.get("evidence") or {}).get("text"),
    }


_ROWS: dict[str, tuple[Callable[[dict[str, Any]], dict[str, Any]], tuple[str, ...] | None]] = {
    "polecat-tsv": (polecat_row, POLECAT_COLUMNS),
    "gdelt-tsv": (gdelt_row, GDELT_COLUMNS),
    "cameo-tsv": (cameo_row, CAMEO_COLUMNS),
    "csv": (flat_row, None),
    "parquet": (flat_row, None),
}


# ---------------------------------------------------------------- writing


def export_records(
    store: SQLStore, f: query.EventFilter | None = None, *, strict: bool = False
) -> Iterator[dict[str, Any]]:
    """Story records to export (strict PLOVER applied when asked)."""
    for rec in query.iter_records(store, f or query.EventFilter(order="date_asc")):
        if strict:
            got = strict_plover(rec)
            if got is None:
                continue
            rec = got
        yield rec


def _cell(v: Any) -> str:
    if v is None:
        return ""
    text = str(v)
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def write(
    records: Iterable[dict[str, Any]],
    fmt: str,
    out: IO[str] | IO[bytes] | str | Path,
) -> int:
    """Write ``records`` in ``fmt`` to ``out`` (a text stream, or a path; Parquet needs a path
    or a binary stream). Returns the number of rows."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})")
    if fmt == "parquet":
        return _write_parquet(records, out)
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return write(records, fmt, fh)
    stream: IO[str] = out  # type: ignore[assignment]
    n = 0
    if fmt == "plover-jsonl":
        for rec in records:
            stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n
    make, columns = _ROWS[fmt]
    cols = list(columns or flat_row(_EMPTY).keys())
    if fmt == "csv":
        w = csv.DictWriter(stream, fieldnames=cols)
        w.writeheader()
        for rec in records:
            w.writerow(make(rec))
            n += 1
        return n
    stream.write("\t".join(cols) + "\n")
    for rec in records:
        row = make(rec)
        stream.write("\t".join(_cell(row.get(c)) for c in cols) + "\n")
        n += 1
    return n


_EMPTY: dict[str, Any] = {"event_type": "", "story": {}}
_NUMBERS = {"geonameid": "int64", "confidence": "float64", "n_mentions": "int64",
            "n_articles": "int64", "n_sources": "int64", "symmetric": "bool"}  # fmt: skip


def _write_parquet(records: Iterable[dict[str, Any]], out: Any, chunk: int = 10_000) -> int:
    """Write flat rows to Parquet in row groups of ``chunk`` (bounded memory)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [(k, pa.type_for_alias(_NUMBERS.get(k, "string"))) for k in flat_row(_EMPTY)]
    )
    n = 0
    with pq.ParquetWriter(str(out) if isinstance(out, Path) else out, schema) as writer:
        batch: list[dict[str, Any]] = []
        for rec in records:
            batch.append(flat_row(rec))
            if len(batch) >= chunk:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        if batch or not n:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def export(
    store: SQLStore,
    fmt: str,
    out: IO[str] | IO[bytes] | str | Path,
    f: query.EventFilter | None = None,
    *,
    strict: bool = False,
) -> int:
    """Export the story-level events matching ``f`` in ``fmt``; returns the number of rows."""
    return write(export_records(store, f, strict=strict), fmt, out)


def to_text(records: Iterable[dict[str, Any]], fmt: str) -> str:
    """``write`` into a string (text formats)."""
    buf = io.StringIO()
    write(records, fmt, buf)
    return buf.getvalue()

"""Shared checks for the actor lexicons of every language (headers, columns, codes, order)."""

from __future__ import annotations

import re
from pathlib import Path

from eventwire.records import SECTORS

COLUMNS = {
    "actors_agents.tsv": 6,
    "actors_countries.tsv": 2,
    "actors_demonyms.tsv": 2,
    "actors_metonyms.tsv": 4,
    "actors_groups.tsv": 3,
    "actors_modifiers.tsv": 2,
    "actors_grammar.tsv": 2,
    "actors_media.tsv": 3,
    "actors_curated.tsv": 10,
    "actors_given_names.tsv": 2,
    "actors_not_actors.tsv": 1,
    "actors_spellings.tsv": 2,
}
ISO3 = re.compile(r"^([A-Z]{3})?$")


def check_file(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [ln for ln in lines if ln.startswith("#")]
    text = "\n".join(header)
    assert header and lines[0].startswith(f"# {path.name}"), f"{path}: header must name the file"
    for word in ("FORMAT", "SOURCE", "LICENSE"):
        assert word in text, f"{path}: header lacks {word}"
    rows = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    if path.name == "actors_curated.tsv":
        assert rows[0].startswith("name\t"), "the curated table starts with its column names"
        rows = rows[1:]
    want = COLUMNS[path.name]
    keys = []
    for n, row in enumerate(rows, 1):
        cols = row.split("\t")
        assert len(cols) >= want, f"{path.name} row {n}: {len(cols)} columns, want {want}"
        assert cols[0].strip(), f"{path.name} row {n}: empty first column"
        keys.append(cols[0].split("|")[0].lower())
        if path.name in ("actors_agents.tsv",):
            sector = cols[1][1:] if cols[1].startswith("*") else cols[1]  # "*", "*GOV"
            ok = sector in SECTORS or cols[1] == "*"
            assert ok, f"{path.name} row {n}: sector {cols[1]!r}"
            assert ISO3.match(cols[4].rstrip("?")), f"{path.name} row {n}: country {cols[4]!r}"
        if path.name in ("actors_countries.tsv", "actors_demonyms.tsv", "actors_media.tsv"):
            assert ISO3.match(cols[1]) and cols[1], f"{path.name} row {n}: country {cols[1]!r}"
        if path.name == "actors_metonyms.tsv":
            assert ISO3.match(cols[1]) and cols[1], f"{path.name} row {n}: country {cols[1]!r}"
            assert cols[2] in SECTORS | {""}, f"{path.name} row {n}: sector {cols[2]!r}"
        if path.name == "actors_curated.tsv":
            assert ISO3.match(cols[2]), f"row {n}: country {cols[2]!r}"
            assert cols[3] in SECTORS | {""}, f"row {n}: sector {cols[3]!r}"
    if path.name != "actors_curated.tsv":
        assert keys == sorted(keys), f"{path.name}: rows are not sorted"

"""The shipped gazetteer matches what ``eventwire gazetteer build`` makes from ../shared."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.kb.build_gazetteer import default_out, default_source

SOURCE = default_source()
pytestmark = pytest.mark.skipif(
    not (SOURCE / "geonames" / "cities15000.zip").exists(),
    reason="needs ../shared/data (GeoNames and ISTAT sources)",
)


def _lines(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return fh.read().splitlines()


def test_shipped_gazetteer_matches_its_sources(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["gazetteer", "build", "--source", str(SOURCE), "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert "places=" in result.output
    shipped = default_out()
    for name in ("places.tsv.gz", "names.tsv.gz"):
        assert _lines(tmp_path / name) == _lines(shipped / name), (
            f"{name} drifted from ../shared: run `eventwire gazetteer build`"
        )
    assert (tmp_path / "SOURCE.txt").read_text() == (shipped / "SOURCE.txt").read_text()


def test_build_names_a_missing_source(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["gazetteer", "build", "--source", str(tmp_path), "--out", str(tmp_path / "o")]
    )
    assert result.exit_code == 1
    assert "countryInfo.tsv: missing" in result.output

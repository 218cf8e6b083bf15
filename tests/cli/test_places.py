"""``eventwire places``: the places of a text with candidates and reasons."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventwire.cli import app


def test_places_json() -> None:
    result = CliRunner().invoke(
        app,
        ["places", "Il ministro è volato a Mosca e poi a Pechino.", "--language", "it", "--json"],
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    places = [r for r in rows if "place" in r]
    assert [p["place"]["geonameid"] for p in places] == [524901, 1816670]
    assert places[0]["cue"] == "a" and places[0]["candidates"][0]["name"] == "Moscow"


def test_places_table_shows_candidates_and_reasons() -> None:
    result = CliRunner().invoke(
        app, ["places", "Voters lined up in Atlanta as Georgia counted.", "--language", "en"]
    )
    assert result.exit_code == 0, result.output
    assert "Georgia" in result.output and "candidates" in result.output
    assert "places of" in result.output  # the context that picked the US state


def test_places_rejects_an_unknown_language() -> None:
    result = CliRunner().invoke(app, ["places", "Hola", "--language", "es"])
    assert result.exit_code == 2
    assert "eventwire reads" in result.output

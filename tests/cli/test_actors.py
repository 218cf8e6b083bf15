"""CLI: ``eventwire actors`` shows mentions with entry and rule; ``kb build``; ``eval-petrarch``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.kb import default_shared

runner = CliRunner()


def test_actors_prints_entry_and_rule() -> None:
    result = runner.invoke(
        app,
        ["actors", "Il Pentagono ha chiesto al leader nordcoreano.", "--language", "it"],
    )
    assert result.exit_code == 0, result.output
    assert "Pentagono" in result.output and "USA MIL" in result.output
    assert "metonym.seat_of_power" in result.output
    assert "it/actors_metonyms.tsv" in result.output  # the lexicon entry behind it


def test_actors_json_and_date() -> None:
    result = runner.invoke(
        app,
        [
            "actors",
            "Russian Defence Minister Sergei Shoigu arrived.",
            "--language",
            "en",
            "--date",
            "2023-07-27",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in result.output.splitlines()]
    assert row["actors"][0]["title"] == "Minister of Defence"
    assert row["code"] == "RUSGOV"


def test_actors_json_code_of_a_surname_resolved_to_an_earlier_full_name() -> None:
    text = "Il ministro russo Sergei Shoigu è arrivato. Poi Shoigu ha parlato."
    result = runner.invoke(
        app, ["actors", text, "--language", "it", "--date", "2023-07-27", "--json"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    [surname] = [r for r in rows if r["text"] == "Shoigu"]
    assert surname["code"] == "RUSGOV"


def test_actors_with_a_custom_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "local.csv"
    path.write_text("name,aliases,country,sector\nComitato Beta,,ITA,NGO\n")
    result = runner.invoke(
        app, ["actors", "Il Comitato Beta protesta.", "--language", "it", "--actors", str(path)]
    )
    assert result.exit_code == 0, result.output
    assert "ITA NGO" in result.output and "local.csv" in result.output


def test_actors_bad_dictionary_is_named(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text("name,country,sector\nX,ITA,WIZARDS\n")
    result = runner.invoke(
        app, ["actors", "X ha parlato.", "--language", "it", "--actors", str(path)]
    )
    assert result.exit_code == 1
    assert "broken.csv:2" in result.output


SHARED = default_shared()


@pytest.mark.skipif(
    not (SHARED / "petrarch" / "PETR.UnitTest.records.jsonl").exists(),
    reason="needs ../shared/data/petrarch",
)
def test_eval_petrarch_runs_on_a_few_records() -> None:
    result = runner.invoke(app, ["eval-petrarch", "--limit", "5", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output.splitlines()[-1])
    assert data["records"] == 5
    assert data["scored"] > 0
    # the first records are Arnor -> Gondor codings: the actor part finds both
    assert data["mentions"] >= 3


def test_kb_build_names_a_missing_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["kb", "build", "--source", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "no such folder" in result.output

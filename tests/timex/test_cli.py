"""``eventwire timex`` and ``eventwire eval-timeml`` driven through the Typer app."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


def test_timex_jsonl(tmp_path: Path) -> None:
    rows = [
        {
            "id": "a",
            "text": "Il meeting si terrà dal 10 al 13 settembre.",
            "published": "2023-09",
            "language": "it",
        },
        {"id": "b", "text": "Talks began last Tuesday.", "published": None, "language": "en"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["timex", str(path)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert out[0] == {
        "id": "a",
        "timexes": [
            {
                "start": 20,
                "end": 42,
                "text": "dal 10 al 13 settembre",
                "type": "DATE",
                "value": "2023-09-10/2023-09-13",
                "begin": "2023-09-10",
                "finish": "2023-09-13",
            }
        ],
    }
    assert out[1]["timexes"][0]["value"] == "XXXX-WXX-2"


def test_timex_bad_input_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "ieri"}\n{"id": 2}\n', encoding="utf-8")
    result = runner.invoke(app, ["timex", str(path), "--language", "it"])
    assert result.exit_code != 0
    assert "bad.jsonl:2" in result.output and "text" in result.output
    path.write_text('{"id": 1, "text": "ieri", "published": "2023-13-01", "language": "it"}\n')
    result = runner.invoke(app, ["timex", str(path)])
    assert result.exit_code != 0 and "bad.jsonl:1" in result.output


def test_eval_timeml(tmp_path: Path) -> None:
    (tmp_path / "toy.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08" '
        'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>It happened '
        '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">yesterday</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval-timeml", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["files"] == 1 and report["value_f1"] == 1.0
    text = runner.invoke(app, ["eval-timeml", str(tmp_path)]).output
    assert "relaxed extent" in text and "value accuracy" in text


def test_eval_timeml_missing_dir(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval-timeml", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "not a directory" in result.output

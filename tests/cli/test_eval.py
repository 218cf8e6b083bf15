"""``eventwire eval``: JSON on the last line, tables, --errors, --recall-only, bad gold."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()

JSON_KEYS = {
    "gold",
    "recall_only",
    "items",
    "predictions",
    "gold_required",
    "gold_optional",
    "tp",
    "fp",
    "fn",
    "precision",
    "recall",
    "f1",
    "optional_matched",
    "duplicates",
    "duplicate_rate",
    "negated_unmatched",
    "violations",
    "full_record",
    "fields",
    "by_type",
    "files",
    "extraction_errors",
    "warnings",
    "seconds",
}


def write_jsonl(path: Path, rows) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    return path


def gold_and_predictions(tmp_path: Path) -> tuple[Path, Path]:
    gold = write_jsonl(
        tmp_path / "g.jsonl",
        [
            {
                "id": "g1",
                "language": "it",
                "text": "I carabinieri hanno arrestato due uomini. La procura li accusa.",
                "events": [
                    {
                        "event_type": "COERCE",
                        "mode": "arrest",
                        "actor": [{"country": "ITA", "sector": "COP"}],
                        "recipient": [{"country": "ITA"}],
                        "evidence_hint": "hanno arrestato due uomini",
                        "required": True,
                    },
                    {
                        "event_type": "ACCUSE",
                        "actor": [{"country": "ITA", "sector": "JUD"}],
                        "recipient": [{"country": "ITA"}],
                        "evidence_hint": "La procura li accusa",
                        "required": True,
                    },
                ],
                "forbidden": [{"event_type": "ASSAULT", "why": "an arrest is not an assault"}],
            }
        ],
    )
    preds = write_jsonl(
        tmp_path / "p.jsonl",
        [
            {
                "event_type": "COERCE",
                "mode": "seize",
                "actor": [{"country": "ITA", "sector": "COP"}],
                "recipient": [{"country": "ITA"}],
                "article": {"id": "g1"},
            },
            {
                "event_type": "ASSAULT",
                "actor": [{"country": "ITA"}],
                "recipient": [{"country": "ITA"}],
                "evidence": {
                    "text": "hanno arrestato",
                    "start": 0,
                    "end": 5,
                    "trigger": {"text": "arrestato", "start": 6, "end": 15},
                },
                "article": {"id": "g1"},
            },
        ],
    )
    return gold, preds


def test_json_is_one_object_on_the_last_line(tmp_path: Path) -> None:
    gold, preds = gold_and_predictions(tmp_path)
    result = runner.invoke(app, ["eval", str(gold), "--predictions", str(preds), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.splitlines()[-1])
    assert set(data) == JSON_KEYS
    assert (data["tp"], data["fp"], data["fn"], data["violations"]) == (1, 1, 1, 1)
    assert data["precision"] == 0.5 and data["recall"] == 0.5
    assert data["fields"]["mode"] == {"correct": 0, "total": 1, "accuracy": 0.0}
    assert data["full_record"]["tp"] == 0


def test_errors_list_missed_false_positives_and_violations(tmp_path: Path) -> None:
    gold, preds = gold_and_predictions(tmp_path)
    result = runner.invoke(app, ["eval", str(gold), "--predictions", str(preds), "--errors"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "MISSED     ACCUSE ITA/JUD -> ITA" in out and "La procura li accusa" in out
    assert "FALSE POS  ASSAULT ITA -> ITA  [arrestato]" in out
    assert "VIOLATION" in out and "an arrest is not an assault" in out
    assert 'mode: gold "arrest" got "seize"' in out
    assert "field accuracy" in out
    data = json.loads(
        runner.invoke(
            app, ["eval", str(gold), "--predictions", str(preds), "--errors", "--json"]
        ).stdout.splitlines()[-1]
    )
    (err,) = data["errors"]
    assert [m["evidence_hint"] for m in err["missed"]] == ["La procura li accusa"]


def test_recall_only(tmp_path: Path) -> None:
    gold, preds = gold_and_predictions(tmp_path)
    result = runner.invoke(
        app, ["eval", str(gold), "--predictions", str(preds), "--json", "--recall-only"]
    )
    data = json.loads(result.stdout.splitlines()[-1])
    assert (data["recall_only"], data["fp"], data["precision"], data["recall"]) == (
        True,
        0,
        None,
        0.5,
    )


def test_bad_gold_exits_2_naming_file_and_line(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"id": "a", "text": "x", "events": []}\n{oops}\n')
    result = runner.invoke(app, ["eval", str(gold), "--json"])
    assert result.exit_code == 2
    assert f"{gold}:2: invalid JSON" in result.stderr
    result = runner.invoke(app, ["eval", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2 and "not found" in result.stderr


def test_real_pipeline_runs(tmp_path: Path) -> None:
    """Without --predictions the pipeline extracts; the report is well-formed."""
    gold = write_jsonl(
        tmp_path / "g.jsonl",
        [
            {
                "id": "e1",
                "language": "en",
                "text": "The United States and Jordan have agreed on a pact.",
                "events": [
                    {
                        "event_type": "AGREE",
                        "actor": [{"country": "USA"}, {"country": "JOR"}],
                        "recipient": [],
                        "symmetric": True,
                        "required": True,
                    }
                ],
            }
        ],
    )
    result = runner.invoke(app, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.splitlines()[-1])
    assert data["items"] == 1 and data["gold_required"] == 1 and data["extraction_errors"] == 0

"""CLI: ``eventwire factuality`` (mention-level factuality and attribution) and
``eventwire eval-factuality`` (accuracy and macro-F1 per attribute)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from eventwire.cli.app import app


def _read_rows(path: str):  # noqa: ANN202
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    with stream:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                typer.echo(f"{path}:{n}: malformed JSON ({err.msg})", err=True)
                continue
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                typer.echo(f"{path}:{n}: a row needs a string 'text'", err=True)
                continue
            yield row


@app.command("factuality")
def factuality_cmd(
    file: str = typer.Argument(
        ..., help="JSONL rows {id, text, published?, language, mentions: [{start, end}]}, or -"
    ),
    language: str = typer.Option(None, "--language", help="Language when rows do not give one."),
) -> None:
    """Add certainty, polarity, time and attribution to each event mention of each row."""
    from eventwire.factuality import annotate

    if file != "-" and not Path(file).is_file():
        typer.echo(f"{file}: no such file", err=True)
        raise typer.Exit(2)
    for row in annotate(_read_rows(file), language=language):
        for m in row["mentions"]:
            m.pop("why", None)
        typer.echo(json.dumps(row, ensure_ascii=False))


@app.command("eval-factuality")
def eval_factuality_cmd(
    path: Path = typer.Argument(
        ..., help="A folder of TimeML .tml files, or a JSONL file with gold mention attributes."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    limit: int = typer.Option(0, help="Read at most this many documents (0: all)."),
) -> None:
    """Score mention-level factuality: accuracy and macro-F1 per attribute."""
    from itertools import islice

    from rich.console import Console
    from rich.table import Table

    from eventwire.factuality import annotate
    from eventwire.factuality_eval import score, timeml_rows

    if path.is_dir():
        rows = list(timeml_rows(path))
    elif path.is_file():
        rows = list(_read_rows(str(path)))
    else:
        typer.echo(f"{path}: no such file or folder", err=True)
        raise typer.Exit(2)
    if limit:
        rows = rows[:limit]
    golds = [[dict(m) for m in r["mentions"]] for r in rows]
    stripped = [
        {
            **r,
            "mentions": [
                {"start": m["start"], "end": m["end"], "pos": m.get("pos")} for m in r["mentions"]
            ],
        }
        for r in rows
    ]
    pairs = []
    for gold_ms, pred in zip(golds, islice(annotate(stripped), len(rows)), strict=False):
        pairs.extend(zip(gold_ms, pred["mentions"], strict=False))
    result = score(pairs)
    result["documents"] = len(rows)
    if as_json:
        typer.echo(json.dumps(result))
        return
    table = Table(title=f"factuality on {len(rows)} documents")
    for col in ("attribute", "n", "accuracy", "macro-F1", "majority baseline"):
        table.add_column(col)
    for attr in ("certainty", "polarity", "time"):
        r = result[attr]
        table.add_row(
            attr,
            str(r["n"]),
            str(r["accuracy"]),
            str(r["macro_f1"]),
            str(r.get("majority_baseline")),
        )
    Console().print(table)

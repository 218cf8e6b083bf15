"""CLI: ``eventwire eval GOLD...`` -- score extraction against gold files (spec scoring)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from eventwire.cli.app import app


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def render_report(data: dict[str, Any], console: Any) -> None:
    """Print the summary, field accuracy and per-type recall as Rich tables."""
    from rich.table import Table

    recall_only = data["recall_only"]
    head = Table(title="events" + (" (recall only)" if recall_only else ""), title_justify="left")
    for col in ("", "P", "R", "F1", "TP", "FP", "FN"):
        head.add_column(col, justify="right" if col else "left")
    head.add_row(
        "event",
        _pct(data["precision"]),
        _pct(data["recall"]),
        _pct(data["f1"]),
        str(data["tp"]),
        str(data["fp"]),
        str(data["fn"]),
    )
    full = data["full_record"]
    head.add_row(
        "full record",
        _pct(full["precision"]),
        _pct(full["recall"]),
        _pct(full["f1"]),
        str(full["tp"]),
        "",
        "",
    )
    console.print(head)
    console.print(
        f"items {data['items']}, gold required {data['gold_required']} / optional "
        f"{data['gold_optional']}, predictions {data['predictions']}, optional matched "
        f"{data['optional_matched']}, duplicates {data['duplicates']} "
        f"({_pct(data['duplicate_rate'])}%), negated unmatched {data['negated_unmatched']}, "
        f"violations {data['violations']}, {data['seconds']} s"
    )
    fields = Table(title="field accuracy on matched required events", title_justify="left")
    for col in ("field", "correct", "total", "accuracy %"):
        fields.add_column(col, justify="left" if col == "field" else "right")
    for name, f in data["fields"].items():
        fields.add_row(name, str(f["correct"]), str(f["total"]), _pct(f["accuracy"]))
    types = Table(title="recall by event type", title_justify="left")
    for col in ("type", "matched", "gold", "recall %"):
        types.add_column(col, justify="left" if col == "type" else "right")
    for name, t in data["by_type"].items():
        types.add_row(name, str(t["matched"]), str(t["gold"]), _pct(t["recall"]))
    console.print(fields)
    console.print(types)
    if len(data["files"]) > 1:
        files = Table(title="per file", title_justify="left")
        for col in ("file", "P", "R", "F1", "full F1", "violations"):
            files.add_column(col, justify="left" if col == "file" else "right")
        for f in data["files"]:
            files.add_row(
                f["file"],
                _pct(f["precision"]),
                _pct(f["recall"]),
                _pct(f["f1"]),
                _pct(f["full_record"]["f1"]),
                str(f["violations"]),
            )
        console.print(files)


def render_errors(errors: list[dict[str, Any]], console: Any) -> None:
    """Per gold item: missed events, false positives, violations, duplicates, wrong fields."""
    from rich.text import Text

    def quote(value: Any) -> str:
        return "" if not value else f'  "{value}"'

    for err in errors:
        console.print(Text(f"{err['id']}  ({err['source']})", style="bold"))
        for m in err["missed"]:
            console.print(Text(f"  MISSED     {m['event']}{quote(m['evidence_hint'])}"))
        for fp in err["false_positives"]:
            console.print(Text(f"  FALSE POS  {fp['event']}  [{fp['trigger']}]{quote(fp['text'])}"))
        for v in err["violations"]:
            why = "; ".join(w for w in v["why"] if w)
            console.print(Text(f"  VIOLATION  {v['event']}  [{v['trigger']}]{quote(v['text'])}"))
            console.print(
                Text(
                    f"             forbidden: {json.dumps(v['patterns'], ensure_ascii=False)}  {why}"
                )
            )
        for d in err["duplicates"]:
            console.print(Text(f"  DUPLICATE  {d['event']}  [{d['trigger']}]{quote(d['text'])}"))
        for fe in err["field_errors"]:
            wrong = ", ".join(
                f"{w['field']}: gold {json.dumps(w['gold'], ensure_ascii=False)} "
                f"got {json.dumps(w['predicted'], ensure_ascii=False)}"
                for w in fe["wrong"]
            )
            console.print(Text(f"  FIELDS     {fe['event']}: {wrong}"))


@app.command("eval")
def eval_command(
    gold: Annotated[
        list[Path], typer.Argument(metavar="GOLD", help="Gold files (.json or .jsonl).")
    ],
    recall_only: Annotated[
        bool,
        typer.Option(
            "--recall-only", help="Do not count unmatched predictions as false positives."
        ),
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object (the last line of stdout).")
    ] = False,
    predictions: Annotated[
        Path | None,
        typer.Option(
            help="Score this JSONL of records (article.id = gold id) instead of extracting."
        ),
    ] = None,
    errors: Annotated[
        bool,
        typer.Option("--errors", help="List missed events, false positives, violations per item."),
    ] = False,
) -> None:
    """Score extraction against gold files, as spec/event-record.md defines."""
    from eventwire.evaluate import GoldError, evaluate

    try:
        report = evaluate(gold, predictions=predictions, recall_only=recall_only)
    except GoldError as exc:
        typer.echo(f"eventwire: {exc}", err=True)
        raise typer.Exit(2) from None
    for warning in report.warnings:
        typer.echo(f"eventwire: warning: {warning}", err=True)
    data = report.to_dict(errors=errors)
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False))
        return
    from rich.console import Console

    console = Console(file=sys.stdout, highlight=False, soft_wrap=True)
    if errors:
        render_errors(data["errors"], console)
    render_report(data, console)

"""CLI: ``eventwire timex`` (tag time expressions) and ``eventwire eval-timeml`` (TempEval-3)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.app import app


def _rows(path: Path):  # noqa: ANN202
    """``(line number, row)`` of a JSONL file ("-" for stdin), with clear errors."""
    stream = sys.stdin if str(path) == "-" else None
    try:
        handle = stream or path.open(encoding="utf-8")
    except OSError as err:
        raise typer.BadParameter(f"{path}: {err.strerror}") from None
    with handle:
        for n, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise typer.BadParameter(f"{path}:{n}: not JSON ({err.msg})") from None
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise typer.BadParameter(f"{path}:{n}: expected an object with a 'text' string")
            yield n, row


@app.command("timex")
def timex_command(
    file: Annotated[
        Path,
        typer.Argument(
            help="JSONL rows {id, text, published, language} ('-' for stdin).",
            metavar="FILE",
        ),
    ],
    language: Annotated[
        str | None,
        typer.Option("--language", "-l", help="Language of rows that do not give one."),
    ] = None,
    details: Annotated[
        bool,
        typer.Option("--details", help="Also print begin/finish, granularity, mod, role, rule."),
    ] = False,
) -> None:
    """Find and normalize time expressions (TIMEX3), anchored on each row's ``published``.

    Writes one JSON row per input row: {id, timexes: [{start, end, text, type, value}]},
    with character offsets into ``text``.
    """
    from eventwire.timex import tag
    from eventwire.timex.resources import available_languages

    langs = available_languages()
    for n, row in _rows(file):
        lang = row.get("language") or language
        if lang is None:
            from eventwire.api import detect_language

            lang = detect_language(row["text"])
        if lang not in langs:
            raise typer.BadParameter(
                f"{file}:{n}: language {lang!r}: time expressions are read in {', '.join(langs)}"
            )
        published = row.get("published")
        try:
            found = tag(row["text"], lang, published)
        except ValueError as err:
            raise typer.BadParameter(f"{file}:{n}: {err}") from None
        out = [t.to_dict() if details else t.to_output() for t in found]
        typer.echo(json.dumps({"id": row.get("id"), "timexes": out}, ensure_ascii=False))


@app.command("eval-timeml")
def eval_timeml_command(
    directory: Annotated[
        Path, typer.Argument(help="Folder of TimeML .tml files (searched recursively).")
    ],
    split: Annotated[
        str,
        typer.Option(
            help="all, or a stable split by file name: dev (4 files in 5) or heldout (1 in 5)."
        ),
    ] = "all",
    language: Annotated[str, typer.Option("--language", "-l")] = "en",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    errors: Annotated[
        int, typer.Option("--errors", help="Also list this many errors (missed, spurious, value).")
    ] = 0,
) -> None:
    """Score the temporal tagger on TimeML files the TempEval-3 way.

    Extent F1 strict and relaxed, type and value accuracy over relaxed matches, type and
    value F1; the document creation time anchors relative expressions.
    """
    from eventwire.timex import get_tagger, timeml

    try:
        files = timeml.split(timeml.tml_files(directory), split)
        counts = timeml.evaluate(files, get_tagger(language).tag)
    except (timeml.TimeMLError, ValueError) as err:
        typer.echo(f"eventwire: {err}", err=True)
        raise typer.Exit(2) from None
    scores = counts.scores()
    report = {"directory": str(directory), "split": split, "files": len(files), **scores}
    if errors:
        report["errors"] = counts.errors[:errors]
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
        return
    typer.echo(
        f"{len(files)} files ({split}), {scores['gold']:.0f} gold, {scores['system']:.0f} found"
    )
    typer.echo(f"{'':14}{'P':>7}{'R':>7}{'F1':>7}")
    for name in ("strict", "relaxed", "type", "value"):
        p, r, f = (scores[f"{name}_{k}"] for k in ("p", "r", "f1"))
        typer.echo(
            f"{name + (' extent' if name in ('strict', 'relaxed') else ''):14}"
            f"{p:7.3f}{r:7.3f}{f:7.3f}"
        )
    typer.echo(
        f"type accuracy {scores['type_accuracy']:.3f}   "
        f"value accuracy {scores['value_accuracy']:.3f}"
    )
    for e in report.get("errors", []):
        typer.echo(json.dumps(e, ensure_ascii=False))

"""CLI: ``eventwire gazetteer build`` (the shipped GeoNames/ISTAT tables) and
``eventwire places TEXT`` (the places of a text, their candidates and the reason for each)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from eventwire.cli.app import app

gazetteer_app = typer.Typer(
    help="The gazetteer shipped in the package (GeoNames CC BY 4.0, ISTAT CC BY 3.0 IT).",
    no_args_is_help=True,
)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
def gazetteer_build(
    source: Path = typer.Option(
        None, "--source", help="The shared data folder holding geonames/ and istat_comuni/."
    ),
    out: Path = typer.Option(None, "--out", help="Output folder (default: the package's)."),
) -> None:
    """Build places.tsv.gz, names.tsv.gz and SOURCE.txt from GeoNames and ISTAT files."""
    from eventwire.kb.build_gazetteer import BuildError, build, default_out, default_source

    src = source or default_source()
    if not src.is_dir():
        typer.echo(f"{src}: no such folder (pass --source <shared>/data)", err=True)
        raise typer.Exit(2)
    try:
        stats = build(src, out or default_out())
    except BuildError as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(1) from err
    typer.echo(", ".join(f"{k}={v}" for k, v in stats.items()))


@app.command("places")
def places_cmd(
    text: str = typer.Argument(..., help="The text to read, or - for standard input."),
    language: str = typer.Option(None, "--language", help="it or en (default: detected)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per place."),
    candidates: int = typer.Option(3, "--candidates", help="Candidates shown per place."),
) -> None:
    """Print the places of a text: the reading chosen, the other candidates and why."""
    from eventwire.api import detect_language
    from eventwire.kb.gazetteer import GazetteerError
    from eventwire.pipeline.nlp import SUPPORTED_LANGUAGES, get_nlp

    if text == "-":
        text = sys.stdin.read()
    lang = language or detect_language(text)
    if lang not in SUPPORTED_LANGUAGES:
        typer.echo(f"--language {lang}: eventwire reads {', '.join(SUPPORTED_LANGUAGES)}", err=True)
        raise typer.Exit(2)
    nlp = get_nlp(lang)
    doc = nlp.make_doc(text)
    try:
        for name, proc in nlp.pipeline:
            doc = proc(doc)
            if name == "eventwire_places":
                break
    except GazetteerError as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(1) from err
    spans = list(doc.spans["places"]) if "places" in doc.spans else []
    rejected = doc.user_data.get("places_rejected", [])
    if as_json:
        for span in spans:
            info = span._.info or {}
            typer.echo(
                json.dumps(
                    {
                        "text": span.text,
                        "start": span.start_char,
                        "end": span.end_char,
                        "place": span._.place.to_dict(),
                        "cue": info.get("cue"),
                        "reason": info.get("reason"),
                        "candidates": info.get("candidates", [])[:candidates],
                        "why": [w.to_dict() for w in span._.why or []],
                    },
                    ensure_ascii=False,
                )
            )
        for item in rejected:
            typer.echo(json.dumps({"rejected": item}, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"places ({lang})", show_lines=True)
    for col in ("text", "chars", "place", "cue", "why", "candidates"):
        table.add_column(col)
    for span in spans:
        p = span._.place
        info = span._.info or {}
        cands = "\n".join(
            f"{c['name']} ({c['geonameid'] or c['key']}, {c['country']}, {c['kind']}) "
            f"{c['score']:.2f}"
            for c in info.get("candidates", [])[:candidates]
        )
        table.add_row(
            escape(span.text),
            f"{span.start_char}-{span.end_char}",
            escape(f"{p.name} ({p.geonameid or '-'}, {p.country}, {p.admin1 or '-'})"),
            escape(f"{info.get('cue') or '-'} {info.get('cue_words') or ''}".strip()),
            escape(info.get("reason") or ""),
            escape(cands),
        )
    console = Console()
    console.print(table)
    for item in rejected:
        console.print(escape(f"not a place: {item['text']!r} at {item['start']}: {item['reason']}"))

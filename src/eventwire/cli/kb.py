"""CLI for actors: ``eventwire kb build``, ``eventwire actors TEXT``, ``eventwire eval-petrarch``."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import typer

from eventwire.cli.app import app

kb_app = typer.Typer(
    help="The actor knowledge base shipped in the package (Phoenix/PETRARCH MIT, GeoNames CC BY 4.0).",
    no_args_is_help=True,
)
app.add_typer(kb_app, name="kb")


def default_shared() -> Path:
    """The shared data folder next to the repository (``../shared/data``), if found."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent.parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return Path("../shared/data")


@kb_app.command("build")
def kb_build(
    source: Path = typer.Option(
        None, "--source", help="The shared data folder (phoenix/, plover/, geonames/, ...)."
    ),
    out: Path = typer.Option(None, "--out", help="Output file (default: the package's table)."),
    check: bool = typer.Option(
        False, "--check", help="Only compare a fresh build with the shipped table."
    ),
) -> None:
    """Build data/actors.json.gz (and its SOURCE.txt) from Phoenix, pycountry, PLOVER, GeoNames."""
    from eventwire.kb.build_actors import ARTIFACT, build, load_artifact, write

    src = source or default_shared()
    if not src.is_dir():
        typer.echo(f"{src}: no such folder (pass --source <shared>/data)", err=True)
        raise typer.Exit(2)
    started = time.perf_counter()
    try:
        data = build(src)
    except (FileNotFoundError, ImportError) as err:
        typer.echo(f"kb build: {err}", err=True)
        raise typer.Exit(1) from err
    target = out or ARTIFACT
    if check:
        try:
            shipped = load_artifact(target)
        except FileNotFoundError as err:
            typer.echo(str(err), err=True)
            raise typer.Exit(1) from err
        same = json.dumps(shipped, sort_keys=True) == json.dumps(data, sort_keys=True)
        typer.echo(f"{target}: {'up to date' if same else 'differs from a fresh build'}")
        raise typer.Exit(0 if same else 1)
    path = write(data, target)
    kinds: dict[str, int] = {}
    for e in data["entries"]:
        kinds[e[1]] = kinds.get(e[1], 0) + 1
    typer.echo(
        f"{path}: {len(data['entries'])} entries ("
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f"), {len(data['places'])} place names, {time.perf_counter() - started:.1f} s"
    )


def _code(span: object) -> str | None:
    """The mention's actor code: the KB entry's, else the resolved actor's country and sector."""
    code = (span._.actor_info or span._.info or {}).get("code")  # type: ignore[attr-defined]
    if code:
        return code
    for actor in span._.actors or []:  # type: ignore[attr-defined]
        sector = (
            actor.sector[0] if isinstance(actor.sector, list) and actor.sector else actor.sector
        )
        if actor.country:
            return f"{actor.country}{sector or ''}"
    return None


@app.command("actors")
def actors_cmd(
    text: str = typer.Argument(..., help="The text to read, or - for standard input."),
    language: str = typer.Option(None, "--language", help="it or en (default: detected)."),
    date: str = typer.Option(
        None, "--date", help="The article's date (ISO, may be partial); default: today."
    ),
    actors: list[Path] = typer.Option(
        None, "--actors", help="A custom actor dictionary (CSV, YAML or PETRARCH); repeatable."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per mention."),
) -> None:
    """Print the actor mentions of a text with the entry and the rule behind each."""
    from eventwire.api import detect_language
    from eventwire.kb.dictionaries import DictionaryError
    from eventwire.pipeline.nlp import SUPPORTED_LANGUAGES, get_nlp, run_until

    if text == "-":
        text = sys.stdin.read()
    lang = language or detect_language(text)
    if lang not in SUPPORTED_LANGUAGES:
        typer.echo(f"--language {lang}: eventwire reads {', '.join(SUPPORTED_LANGUAGES)}", err=True)
        raise typer.Exit(2)
    for path in actors or []:
        if not path.is_file():
            typer.echo(f"--actors {path}: no such file", err=True)
            raise typer.Exit(2)
    try:
        nlp = get_nlp(lang, tuple(str(p) for p in actors or ()))
        doc = run_until(nlp, text, "eventwire_actors", date)
    except (DictionaryError, FileNotFoundError) as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(1) from err
    spans = list(doc.spans.get("actors", []))
    if as_json:
        for span in spans:
            typer.echo(
                json.dumps(
                    {
                        "text": span.text,
                        "start": span.start_char,
                        "end": span.end_char,
                        "label": span.label_,
                        "actors": [a.to_dict() for a in span._.actors or []],
                        "why": [w.to_dict() for w in span._.actor_why or span._.why or []],
                        "code": _code(span),
                    },
                    ensure_ascii=False,
                )
            )
        return
    if not spans:
        typer.echo("no actor mentions")
        return
    for span in spans:
        acts = span._.actors or []
        desc = "; ".join(
            " ".join(
                x
                for x in (
                    a.name and f"{a.name}",
                    f"{a.country or '-'} {a.sector or '-'}",
                    a.title and f"({a.title})",
                )
                if x
            )
            for a in acts
        )
        typer.echo(f"{span.label_:6} {span.text!r} -> {desc or 'unresolved'}")
        for w in span._.actor_why or span._.why or []:
            typer.echo(f"         {w.rule}: {w.entry or ''}")


@app.command("eval-petrarch")
def eval_petrarch(
    source: Path = typer.Option(None, "--source", help="The shared data folder (petrarch/)."),
    limit: int = typer.Option(None, "--limit", help="Only the first N records."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    cases: bool = typer.Option(False, "--cases", help="With --json: every coding and its result."),
    failures: bool = typer.Option(False, "--failures", help="List codings not reproduced."),
) -> None:
    """Run PETRARCH's unit tests with its validation dictionaries; report reproduced codings."""
    from eventwire.kb.petrarch_eval import evaluate

    src = source or default_shared()
    try:
        report = evaluate(src, limit=limit)
    except FileNotFoundError as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(2) from err
    if as_json:
        typer.echo(json.dumps(report.to_dict(cases=cases), ensure_ascii=False))
        return

    def pct(key: str) -> str:
        v = report.share(key)
        return "-" if v is None else f"{100 * v:.1f}%"

    typer.echo(
        f"records {report.records}, codings {report.codings}, scored (source and target) "
        f"{report.scored}, skipped {dict(report.skipped)}"
    )
    typer.echo(f"source+target codes among the mentions: {report.mentions} ({pct('mentions')})")
    typer.echo(f"source+target codes on an event:        {report.actors} ({pct('actors')})")
    typer.echo(
        f"  ... and the CAMEO root:              {report.actors_and_root} "
        f"({pct('actors_and_root')})"
    )
    if failures:
        for case in report.cases:
            if not case["mentions_ok"]:
                exp = case["expected"]
                typer.echo(
                    f"{case['id']}: expected {exp.get('source')} -> {exp.get('target')}, "
                    f"mentions {case['mention_codes']}: {case['text'][:120]}"
                )

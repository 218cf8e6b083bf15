"""CLI: ``eventwire extract PATH...`` -- read articles, extract events, print records."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from eventwire.api import KEEP_UNPLACED_ENV
from eventwire.article import Article
from eventwire.cli.app import app
from eventwire.records import EventRecord
from eventwire.sources import DEFAULT_MAX_BYTES, InputProblem, expand_paths, read_articles
from eventwire.sources.files import InputError, validate_published

#: Articles handed to the pipeline at once (a failing batch is retried one by one).
BATCH = 32


class OutputFormat(StrEnum):
    """Output formats of ``extract``."""

    jsonl = "jsonl"
    json = "json"
    table = "table"
    parquet = "parquet"


class Engine(StrEnum):
    """``--engine`` values: worker processes on this machine, or a Dask cluster."""

    local = "local"
    dask = "dask"


class LanguageChoice(StrEnum):
    """``--language`` values."""

    it = "it"
    en = "en"
    auto = "auto"


def _check_published(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return validate_published(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_safely(
    articles: Iterable[Article], on_error: Any, actor_dictionaries: tuple[str, ...] = ()
) -> Iterator[tuple[Article, list[EventRecord]]]:
    """``extract_articles`` in batches; an article that makes the pipeline fail is reported."""
    from eventwire.api import extract_articles

    dicts = actor_dictionaries
    for batch in _batches(articles, BATCH):
        try:
            results = list(extract_articles(batch, actor_dictionaries=dicts))
        except Exception:  # noqa: BLE001  (isolate the failing article)
            results = []
            for art in batch:
                try:
                    results.extend(extract_articles([art], actor_dictionaries=dicts))
                except Exception as exc:  # noqa: BLE001
                    on_error(
                        InputProblem(
                            art.source or art.id,
                            None,
                            "extraction_failed",
                            f"article {art.id}: {type(exc).__name__}: {exc}",
                        )
                    )
        yield from results


# ---------------------------------------------------------------- table rendering

_CERTAINTY_WORDS = {"probable": "probably", "possible": "possibly", "underspecified": "unclear"}


def factuality_words(fact: dict[str, Any] | None) -> str:
    """The factuality in words: "certain", "possibly, future", "NOT, certain"..."""
    fact = fact or {}
    words = []
    if fact.get("polarity") == "negative":
        words.append("NOT")
    elif fact.get("polarity") == "underspecified":
        words.append("polarity unclear")
    words.append(_CERTAINTY_WORDS.get(fact.get("certainty") or "", fact.get("certainty") or "?"))
    if fact.get("time") == "future":
        words.append("future")
    elif fact.get("time") == "underspecified":
        words.append("time unclear")
    return ", ".join(words)


def actor_words(actors: list[dict[str, Any]] | None) -> str:
    """``RUS/GOV Vladimir Putin; PRK`` for a list of actors; ``-`` when empty."""
    parts = []
    for a in actors or []:
        code = "/".join(x for x in (a.get("country"), a.get("sector")) if x) or "?"
        name = a.get("name") or a.get("raw_text")
        parts.append(f"{code} {name}" if name else code)
    return "; ".join(parts) or "-"


def table_row(rec: dict[str, Any]) -> list[str]:
    """The cells of one record in the ``table`` format."""
    etype = rec.get("event_type") or "?"
    if rec.get("mode"):
        etype += f"/{rec['mode']}"
    arrow = "<->" if rec.get("symmetric") else "->"
    loc = rec.get("location") or {}
    where = loc.get("name") or loc.get("raw_text") or ""
    if where and loc.get("country"):
        where += f" ({loc['country']})"
    date = rec.get("date") or {}
    when = date.get("start") or ""
    if date.get("end") and date.get("end") != date.get("start"):
        when += f"..{date['end']}"
    if when and not date.get("raw_text"):
        when += " (published)"
    evidence = rec.get("evidence") or {}
    trigger = (evidence.get("trigger") or {}).get("text") or ""
    return [
        (rec.get("article") or {}).get("id") or "",
        etype,
        f"{actor_words(rec.get('actor'))} {arrow} {actor_words(rec.get('recipient'))}",
        where,
        when,
        factuality_words(rec.get("factuality")),
        actor_words(rec.get("attribution")) if rec.get("attribution") else "",
        trigger,
    ]


def render_table(records: list[dict[str, Any]], out: IO[str], color: bool) -> None:
    """Print records as a Rich table (cells are plain text: no markup from articles)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    width = None if color else 240  # a pipe or file: wide rows rather than folded cells
    console = Console(file=out, highlight=False, no_color=not color, soft_wrap=False, width=width)
    table = Table(
        show_lines=False,
        title=f"{len(records)} event{'' if len(records) == 1 else 's'}",
        title_justify="left",
    )
    for name in (
        "article",
        "type",
        "actor -> recipient",
        "where",
        "when",
        "factuality",
        "according to",
        "trigger",
    ):
        table.add_column(name, overflow="fold")
    for rec in records:
        table.add_row(*(Text(cell) for cell in table_row(rec)))
    console.print(table)


# ---------------------------------------------------------------- command


def _check_actor_dictionaries(paths: list[Path]) -> tuple[str, ...]:
    """The --actors files, read once so that a bad file is named before any extraction."""
    from eventwire.kb.dictionaries import DictionaryError, read_dictionary
    from eventwire.records import SECTORS

    for path in paths:
        try:
            read_dictionary(path, SECTORS)
        except DictionaryError as exc:
            raise typer.BadParameter(str(exc), param_hint="--actors") from None
    return tuple(str(p) for p in paths)


@app.command("extract")
def extract_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Files (.txt .json .jsonl .html .rss/.atom/.xml), directories, or - for stdin.",
        ),
    ],
    fmt: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format", "-f", help="Output format [default: table on a terminal, else jsonl]."
        ),
    ] = None,
    language: Annotated[
        LanguageChoice | None,
        typer.Option("--language", "-l", help="Language of every article (auto = detect each)."),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date of every article: YYYY, YYYY-MM or YYYY-MM-DD.",
            callback=_check_published,
        ),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write to FILE instead of stdout.")
    ] = None,
    max_size: Annotated[
        int, typer.Option(help="Largest input file in bytes.", min=1)
    ] = DEFAULT_MAX_BYTES,
    actors: Annotated[
        list[Path] | None,
        typer.Option(
            "--actors", help="Custom actor dictionary (CSV, YAML or PETRARCH); repeatable."
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", "-w", min=1, help="Worker processes [default: the number of cores]."
        ),
    ] = None,
    engine: Annotated[
        Engine,
        typer.Option(help="local: worker processes here; dask: a Dask cluster (--scheduler)."),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler tcp://HOST:PORT [default: a local cluster]."),
    ] = None,
    keep_unplaced: Annotated[
        bool,
        typer.Option(
            "--keep-unplaced",
            help="Also keep acts none of whose parties has a country (withheld by default).",
        ),
    ] = False,
) -> None:
    """Extract PLOVER events from articles and print one record per event.

    Problems with inputs are reported on stderr, one line each, and the other inputs are
    still processed. The exit status is non-zero only when no article could be processed.
    With --engine dask and --out DIR (or --format parquet --out DIR) the records are
    written as Parquet parts DIR/part-NNNNN.parquet.
    """
    actor_dicts = _check_actor_dictionaries(actors or [])
    if keep_unplaced:  # in the environment: worker processes and LocalCluster read it too
        os.environ[KEEP_UNPLACED_ENV] = "1"
    if scheduler and engine is not Engine.dask:
        raise typer.BadParameter("--scheduler needs --engine dask")
    stdout_tty = out is None and sys.stdout.isatty()
    if fmt is None:
        if engine is Engine.dask and out is not None:
            fmt = OutputFormat.parquet
        elif out is not None and out.suffix.lower() == ".json":
            fmt = OutputFormat.json
        else:
            fmt = OutputFormat.table if stdout_tty else OutputFormat.jsonl
    problems: list[InputProblem] = []
    progress = _progress(paths)

    def report(problem: InputProblem) -> None:
        problems.append(problem)
        line = f"eventwire: {problem}"
        if progress is not None:
            progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            typer.echo(line, err=True)

    try:
        articles = read_articles(
            paths,
            language=language.value if language else None,
            published=published,
            on_error=report,
            max_bytes=max_size,
        )
    except InputError as exc:
        raise typer.BadParameter(str(exc)) from None

    if fmt is OutputFormat.parquet:
        if out is None:
            raise typer.BadParameter("--format parquet needs --out DIR")
        run = _Run(engine, workers, scheduler, report, actor_dicts)
        _write_parquet(articles, out, run, problems)
        return

    try:
        stream: IO[str] = (
            out.open("w", encoding="utf-8", newline="\n") if out is not None else _stdout()
        )
    except OSError as exc:
        typer.echo(f"eventwire: {out}: cannot write: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from None

    processed = events = 0
    table_records: list[dict[str, Any]] = []
    try:
        if progress is not None:
            progress.start()
            task = progress.add_task("extracting", total=None)
        if fmt is OutputFormat.json:
            stream.write("[")
        for _art, records in _Run(engine, workers, scheduler, report, actor_dicts)(articles):
            processed += 1
            for rec in records:
                data = rec.to_dict()
                if fmt is OutputFormat.table:
                    table_records.append(data)
                elif fmt is OutputFormat.json:
                    stream.write(
                        ("\n" if events == 0 else ",\n") + json.dumps(data, ensure_ascii=False)
                    )
                else:
                    stream.write(json.dumps(data, ensure_ascii=False) + "\n")
                events += 1
            if progress is not None:
                progress.update(task, advance=1, description=f"{events} events")
        if fmt is OutputFormat.json:
            stream.write("\n]\n" if events else "]\n")
    finally:
        if progress is not None:
            progress.stop()
        if fmt is OutputFormat.table:
            render_table(table_records, stream, color=stdout_tty)
        stream.flush()
        if out is not None:
            stream.close()
    if processed == 0:
        reason = f"{len(problems)} problem(s) above" if problems else "no input articles"
        typer.echo(f"eventwire: nothing could be processed ({reason})", err=True)
        raise typer.Exit(1)


def _extraction_problem(report: Any) -> Any:
    def on_error(art: Article, exc: BaseException) -> None:
        report(
            InputProblem(
                art.source or art.id,
                None,
                "extraction_failed",
                f"article {art.id}: {type(exc).__name__}: {exc}",
            )
        )

    return on_error


class _Run:
    """The chosen engine: ``run(articles)`` yields ``(article, records)`` in input order."""

    def __init__(
        self,
        engine: Engine,
        workers: int | None,
        scheduler: str | None,
        report: Any,
        actor_dicts: tuple[str, ...],
    ) -> None:
        self.engine, self.workers, self.scheduler = engine, workers, scheduler
        self.report, self.actor_dicts = report, actor_dicts

    def __call__(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[EventRecord]]]:
        on_error = _extraction_problem(self.report)
        if self.engine is Engine.dask:
            from eventwire.batch import BatchError, dask_client, extract_dask

            try:
                with dask_client(
                    self.scheduler, self.workers, actor_dictionaries=self.actor_dicts
                ) as client:
                    yield from extract_dask(
                        articles, client, on_error=on_error, actor_dictionaries=self.actor_dicts
                    )
            except BatchError as exc:
                typer.echo(f"eventwire: {exc}", err=True)
                raise typer.Exit(2) from None
        elif self.workers == 1:
            yield from extract_safely(articles, self.report, self.actor_dicts)
        else:
            from eventwire.parallel import extract_parallel

            yield from extract_parallel(
                articles, self.workers, on_error=on_error, actor_dictionaries=self.actor_dicts
            )


def _write_parquet(
    articles: Iterable[Article], out: Path, run: _Run, problems: list[InputProblem]
) -> None:
    from eventwire.batch import BatchError, write_parquet

    try:
        got = write_parquet(run(articles), out)
    except BatchError as exc:
        typer.echo(f"eventwire: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(
        f"eventwire: {got.events} events from {got.articles} articles in {got.parts} "
        f"Parquet part(s) in {out}",
        err=True,
    )
    if got.articles == 0:
        reason = f"{len(problems)} problem(s) above" if problems else "no input articles"
        typer.echo(f"eventwire: nothing could be processed ({reason})", err=True)
        raise typer.Exit(1)


def _stdout() -> IO[str]:
    stream = sys.stdout
    if getattr(stream, "encoding", "utf-8").lower().replace("-", "") != "utf8":
        try:
            stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    return stream


def _progress(paths: list[str]):  # noqa: ANN202
    """A Rich progress display on stderr for many inputs, when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None
    files = expand_paths(paths)
    many = len(files) > 1 or any(
        f == "-" or f.lower().endswith((".jsonl", ".ndjson", ".json", ".rss", ".atom", ".xml"))
        for f in files
    )
    if not many:
        return None
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} articles"),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )

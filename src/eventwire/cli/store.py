"""CLI: the event store -- ``ingest``, ``events``, ``timeline``, ``show``, ``export``, ``runs``.

Each command opens the store (``--db``: a DuckDB file, default ``eventwire.duckdb`` or
``$EVENTWIRE_DB``; or ``postgresql://...``), calls one library function and prints.
"""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from eventwire.api import KEEP_UNPLACED_ENV
from eventwire.cli.app import app

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Store: a DuckDB file (default eventwire.duckdb, or $EVENTWIRE_DB) or postgresql://...",
        show_default=False,
    ),
]
ActorOpt = Annotated[
    list[str] | None, typer.Option("--actor", help="Actor country (RUS) or name; repeatable.")
]
RecipientOpt = Annotated[
    list[str] | None, typer.Option("--recipient", help="Recipient country or name; repeatable.")
]
DyadOpt = Annotated[
    str | None, typer.Option("--dyad", help="Events between two parties, either way: RUS:PRK.")
]
TypeOpt = Annotated[
    list[str] | None, typer.Option("--type", help="PLOVER event type (CONSULT); repeatable.")
]
SinceOpt = Annotated[str | None, typer.Option("--since", help="From this date (YYYY[-MM[-DD]]).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Up to this date (inclusive).")]
CountryOpt = Annotated[
    list[str] | None, typer.Option("--country", help="Country (ISO3) where the event happened.")
]
CertaintyOpt = Annotated[
    list[str] | None,
    typer.Option("--certainty", help="certain, probable, possible, underspecified; repeatable."),
]
FactOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--factuality",
        help="asserted (happened), future (planned), negated, or all; repeatable.",
    ),
]
MinArticlesOpt = Annotated[
    int, typer.Option("--min-articles", min=0, help="Only events reported by at least N articles.")
]


class ListFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class ExportFormat(StrEnum):
    plover_jsonl = "plover-jsonl"
    polecat_tsv = "polecat-tsv"
    gdelt_tsv = "gdelt-tsv"
    cameo_tsv = "cameo-tsv"
    parquet = "parquet"
    csv = "csv"


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"eventwire: {message}", err=True)
    return typer.Exit(code)


def _open(db: str | None, *, read_only: bool) -> Any:
    from eventwire.store import StoreError, open_store

    try:
        return open_store(db, read_only=read_only)
    except StoreError as exc:
        raise _fail(str(exc)) from None


def _filter(**kwargs: Any) -> Any:
    from eventwire.query import EventFilter, FilterError

    try:
        return EventFilter.build(**kwargs)
    except FilterError as exc:
        raise typer.BadParameter(str(exc)) from None


def _text(value: Any) -> Any:
    """A cell as Rich Text (never parsed as markup: article text is untrusted)."""
    from rich.text import Text

    if value is None:
        return Text("")
    if hasattr(value, "hour"):  # datetimes: to the second; dates (and midnight stamps): the day
        value = value.isoformat(sep=" ", timespec="seconds")
        value = value.removesuffix(" 00:00:00")
    elif hasattr(value, "isoformat"):
        value = value.isoformat()
    return Text(str(value))


def _print_df(df: Any, title: str | None = None, columns: list[str] | None = None) -> None:
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    cols = columns or list(df.columns)
    for c in cols:
        ident = c.endswith("_id") or c in ("event_date", "period", "started_at", "finished_at")
        table.add_column(c, overflow="fold", no_wrap=ident)
    for row in df[cols].itertuples(index=False):
        table.add_row(*(_text(None if _isna(v) else v) for v in row))
    _console().print(table)


def _console() -> Any:
    """A console; wide when the output is not a terminal (files, pipes, tests)."""
    from rich.console import Console

    return Console() if sys.stdout.isatty() else Console(width=200)


def _isna(v: Any) -> bool:
    try:
        import pandas as pd

        return bool(pd.isna(v)) if not isinstance(v, list | tuple | dict) else False
    except (TypeError, ValueError):
        return False


def _write_df(df: Any, fmt: str, output: Path | None) -> None:
    if fmt == "parquet":
        if output is None:
            raise _fail("--format parquet needs --output FILE")
        df.to_parquet(output, index=False)
        return
    if fmt == "csv":
        text = df.to_csv(index=False, date_format="%Y-%m-%d")
    else:
        text = df.to_json(orient="records", lines=True, date_format="iso", force_ascii=False)
        text = "\n".join(
            json.dumps(_clean(json.loads(line)), ensure_ascii=False)
            for line in text.splitlines()
            if line.strip()
        )
        text = text + "\n" if text else ""
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in row.items():
        if isinstance(v, str) and len(v) >= 19 and v[10:19] == "T00:00:00":
            v = v[:10]
        out[k] = v
    return out


# ---------------------------------------------------------------- ingest


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, folders or - (stdin): txt, json, jsonl, html, feeds."),
    ],
    db: DbOption = None,
    language: Annotated[
        str | None, typer.Option("--language", help="it, en or auto (override the inputs').")
    ] = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date for every article.")
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Articles per transaction.")
    ] = 32,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Largest input file read (bytes).")
    ] = 512 * 1024 * 1024,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="A progress line (default: on a terminal); --progress elsewhere prints one "
            "line per committed batch on stderr (logs).",
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=1, help="Extraction processes [default: cores]."),
    ] = None,
    engine: Annotated[
        str, typer.Option("--engine", help="local (worker processes) or dask (a Dask cluster).")
    ] = "local",
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler tcp://HOST:PORT.")
    ] = None,
    parts: Annotated[
        Path | None, typer.Option("--parts", help="Dask: keep the Parquet parts in DIR.")
    ] = None,
    max_article_chars: Annotated[
        int | None,
        typer.Option(
            "--max-article-chars",
            min=1,
            help="Longest article text (characters) [default: 1,000,000].",
            show_default=False,
        ),
    ] = None,
    oversize: Annotated[
        str | None,
        typer.Option(
            "--oversize",
            help="A longer text: truncate (with a note) or reject [default: truncate].",
        ),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout",
            min=0,
            help="Longest extraction of one article, seconds (0: none) [default: 120].",
            show_default=False,
        ),
    ] = None,
    keep_unplaced: Annotated[
        bool,
        typer.Option(
            "--keep-unplaced",
            help="Also keep acts none of whose parties has a country (withheld by default); articles already stored are not extracted again.",
        ),
    ] = False,
) -> None:
    """Extract events from articles and store them (idempotent, resumable)."""
    from eventwire import limits
    from eventwire.parallel import EngineError, ingest_with
    from eventwire.sources.files import InputError
    from eventwire.store import StoreError

    if engine not in ("local", "dask") or (engine == "local" and (scheduler or parts)):
        raise typer.BadParameter("--engine is local or dask; --scheduler/--parts need dask")
    try:  # in the environment: the worker processes read them too
        limits.configure(
            max_article_chars=max_article_chars,
            oversize=oversize.lower() if oversize else None,
            timeout=timeout,
        )
    except limits.LimitError as exc:
        raise typer.BadParameter(str(exc)) from None
    if keep_unplaced:
        os.environ[KEEP_UNPLACED_ENV] = "1"

    store = _open(db, read_only=False)
    bar = _Progress(False if as_json and progress is not True else progress)
    try:
        with bar:
            summary = ingest_with(
                paths,
                store,
                engine=engine,
                workers=workers,
                scheduler=scheduler,
                parts=parts,
                language=language,
                published=published,
                batch_size=batch_size,
                max_bytes=max_bytes,
                on_progress=bar.update,
            )
    except InputError as exc:
        raise typer.BadParameter(str(exc)) from None
    except EngineError as exc:
        raise _fail(str(exc), 2) from None
    except StoreError as exc:  # another ingest holds the store
        raise _fail(str(exc)) from None
    except KeyboardInterrupt:
        typer.echo(
            "eventwire: interrupted; what was committed is kept -- run the same command to resume",
            err=True,
        )
        raise typer.Exit(130) from None
    finally:
        store.close()
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
        return
    _print_summary(summary, db)


class _Progress:
    """A Rich progress line: articles, articles/s, events found (updated per batch) on a
    terminal; with ``--progress`` elsewhere, one plain line per committed batch."""

    def __init__(self, mode: bool | None) -> None:
        tty = sys.stderr.isatty()
        self.enabled = mode is not False and tty
        self.lines = mode is True and not tty
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("ingest"),
                TextColumn("{task.completed:,.0f} articles"),
                TextColumn("{task.fields[rate]:,.1f} articles/s"),
                TextColumn("{task.fields[events]:,} events"),
                TextColumn("{task.fields[dup]:,} duplicate, {task.fields[rej]:,} rejected"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task(
                "ingest", total=None, rate=0.0, events=0, dup=0, rej=0
            )
        return self

    def update(self, s: Any) -> None:
        if self.lines:
            typer.echo(
                f"ingest: {s.inputs:,} inputs committed ({s.stored:,} stored, "
                f"{s.duplicate:,} duplicate, {s.rejected:,} rejected), {s.events:,} events, "
                f"{s.seconds:,.1f} s",
                err=True,
            )
            sys.stderr.flush()
        if self._progress is None:
            return
        self._progress.update(
            self._task,
            completed=s.inputs,
            rate=s.inputs / s.seconds if s.seconds else 0.0,
            events=s.events,
            dup=s.duplicate,
            rej=s.rejected,
        )

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)


def _print_summary(s: Any, db: str | None) -> None:
    from rich.text import Text

    rate = s.inputs / s.seconds if s.seconds else 0.0
    con = _console()
    con.print(
        Text(
            f"run {s.run_id} ({s.status}): {s.inputs:,} inputs in {s.seconds:,.1f} s "
            f"({rate:,.1f} articles/s)\n"
            f"  stored     {s.stored:,} articles, {s.events:,} events"
            f" ({s.near_duplicates:,} near-duplicates of stored articles)\n"
            f"  duplicate  {s.duplicate:,} (same text already stored)\n"
            f"  rejected   {s.rejected:,}"
        )
    )
    for reason, n in sorted(s.reasons.items(), key=lambda kv: (-kv[1], kv[0])):
        con.print(Text(f"    {reason}: {n:,}"))
    if s.rejected:
        where = f" --db {db}" if db else ""
        con.print(Text(f"  details: eventwire runs {s.run_id}{where} --status rejected"))


# ---------------------------------------------------------------- events, timeline, show


@app.command()
def events(
    db: DbOption = None,
    actor: ActorOpt = None,
    recipient: RecipientOpt = None,
    dyad: DyadOpt = None,
    event_type: TypeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    certainty: CertaintyOpt = None,
    factuality: FactOpt = None,
    min_articles: MinArticlesOpt = 0,
    limit: Annotated[
        int | None, typer.Option("--limit", min=0, help="At most N events (table: 50).")
    ] = None,
    fmt: Annotated[ListFormat, typer.Option("--format", help="Output format.")] = ListFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE.")] = None,
) -> None:
    """List story-level events (one per real-world event) matching the filters."""
    from eventwire import query

    if limit is None and fmt == ListFormat.table:
        limit = 50
    f = _filter(
        actor=actor,
        recipient=recipient,
        dyad=dyad,
        event_type=event_type,
        since=since,
        until=until,
        country=country,
        certainty=certainty,
        factuality=factuality,
        min_articles=min_articles,
        limit=limit,
    )
    store = _open(db, read_only=True)
    try:
        df = query.events(store, f)
        total = query.count(store, f)
    finally:
        store.close()
    if fmt == ListFormat.table:
        cols = [
            "story_id", "event_date", "event_type", "mode", "actor_text", "recipient_text",
            "location_name", "certainty", "ftime", "polarity", "n_articles", "n_sources",
        ]  # fmt: skip
        _print_df(df, title=f"{len(df):,} of {total:,} events", columns=cols)
        return
    _write_df(df, fmt.value, output)


@app.command()
def timeline(
    db: DbOption = None,
    dyad: DyadOpt = None,
    actor: ActorOpt = None,
    recipient: RecipientOpt = None,
    event_type: TypeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    certainty: CertaintyOpt = None,
    factuality: Annotated[
        list[str] | None,
        typer.Option("--factuality", help="asserted (default), future, negated, or all."),
    ] = None,
    by: Annotated[Period, typer.Option("--by", help="Period.")] = Period.month,
    fmt: Annotated[ListFormat, typer.Option("--format", help="Output format.")] = ListFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE.")] = None,
) -> None:
    """Counts of events per period and type (e.g. --dyad RUS:PRK --by week)."""
    from eventwire import query

    f = _filter(
        dyad=dyad,
        actor=actor,
        recipient=recipient,
        event_type=event_type,
        since=since,
        until=until,
        country=country,
        certainty=certainty,
        factuality=factuality or ["asserted"],
    )
    store = _open(db, read_only=True)
    try:
        df = query.timeline(store, f, by=by.value)
    finally:
        store.close()
    if fmt != ListFormat.table:
        _write_df(df, fmt.value, output)
        return
    if df.empty:
        typer.echo("no events match")
        return
    wide = df.pivot_table(
        index="period", columns="event_type", values="events", aggfunc="sum", fill_value=0
    )
    wide["total"] = wide.sum(axis=1)
    wide = wide.reset_index()
    wide["period"] = wide["period"].map(lambda d: str(d)[:10])
    title = f"events per {by.value}" + (f", {dyad}" if dyad else "")
    _print_df(wide.astype(str), title=title)


@app.command()
def show(
    event_id: Annotated[str, typer.Argument(help="A story id (st-...) or a mention id (ev-...).")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """An event: its record, its mentions and the sentences behind them."""
    from eventwire import query

    store = _open(db, read_only=True)
    try:
        got = query.show(store, event_id)
    finally:
        store.close()
    if got is None:
        raise _fail(f"no event {event_id!r} in the store")
    if as_json:
        typer.echo(json.dumps(got, ensure_ascii=False, indent=2, default=str))
        return
    _print_event(got)


def _print_event(got: dict[str, Any]) -> None:
    from rich.text import Text

    rec = got["event"]
    story = rec.get("story") or {}
    con = _console()

    def who(actors: list[dict[str, Any]]) -> str:
        return (
            ", ".join(
                f"{a.get('name') or a.get('raw_text') or '?'} ({a.get('country') or '-'}"
                f"{'/' + a['sector'] if a.get('sector') else ''})"
                for a in actors
            )
            or "-"
        )

    d = rec.get("date") or {}
    fact = rec.get("factuality") or {}
    loc = rec.get("location") or {}
    lines = [
        f"{rec['event_id']}  {rec['event_type']}"
        + (f" / {rec['mode']}" if rec.get("mode") else ""),
        f"  actor       {who(rec.get('actor') or [])}",
        f"  recipient   {who(rec.get('recipient') or [])}"
        + ("  (symmetric)" if rec.get("symmetric") else ""),
        f"  date        {d.get('start') or '?'}"
        + (f"..{d['end']}" if d.get("end") and d.get("end") != d.get("start") else "")
        + f" ({d.get('granularity')})",
        f"  place       {loc.get('name') or '-'} {loc.get('country') or ''}".rstrip(),
        f"  factuality  {fact.get('certainty')}, {fact.get('polarity')}, {fact.get('time')}",
        f"  reported by {story.get('n_articles', 1)} article(s), {story.get('n_sources', 0)} "
        f"source(s): {', '.join(story.get('sources') or []) or '-'}; first "
        f"{story.get('first_report') or '?'}, last {story.get('last_report') or '?'}",
        "",
        f"mentions ({len(got['mentions'])}):",
    ]
    con.print(Text("\n".join(lines)))
    for m in got["mentions"]:
        r = m["record"]
        ev = r.get("evidence") or {}
        head = (
            f"- {r['event_id']}  {m.get('published') or '?'}  {m.get('source_name') or ''}  "
            f"{m.get('title') or ''}".rstrip()
        )
        con.print(Text(head, style="bold"))
        if m.get("url"):
            con.print(Text(f"    {m['url']}"))
        con.print(Text(f"    “{ev.get('text', '')}”"))
        trig = ev.get("trigger") or {}
        f2 = r.get("factuality") or {}
        con.print(
            Text(
                f"    trigger “{trig.get('text', '')}”; {f2.get('certainty')}/"
                f"{f2.get('polarity')}/{f2.get('time')}; joined: {m.get('cluster_why') or '-'}"
            )
        )
        for w in r.get("why") or []:
            con.print(Text(f"    why {w.get('field')}: {w.get('rule')} [{w.get('entry') or ''}]"))


# ---------------------------------------------------------------- export, runs


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Export format.")],
    db: DbOption = None,
    strict_plover: Annotated[
        bool,
        typer.Option(
            "--strict-plover",
            help="Apply PLOVER's collapse rules (future meetings -> AGREE, negated dropped).",
        ),
    ] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE (stdout if omitted).")
    ] = None,
    actor: ActorOpt = None,
    recipient: RecipientOpt = None,
    dyad: DyadOpt = None,
    event_type: TypeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    certainty: CertaintyOpt = None,
    factuality: FactOpt = None,
    min_articles: MinArticlesOpt = 0,
) -> None:
    """Export story-level events as PLOVER JSONL, POLECAT/GDELT/CAMEO TSV, CSV or Parquet."""
    from eventwire import export as ex

    f = _filter(
        actor=actor,
        recipient=recipient,
        dyad=dyad,
        event_type=event_type,
        since=since,
        until=until,
        country=country,
        certainty=certainty,
        factuality=factuality,
        min_articles=min_articles,
        order="date_asc",
    )
    if fmt == ExportFormat.parquet and output is None:
        raise _fail("--format parquet needs --output FILE")
    store = _open(db, read_only=True)
    try:
        n = ex.export(store, fmt.value, output or sys.stdout, f, strict=strict_plover)
    finally:
        store.close()
    if output is not None:
        typer.echo(f"wrote {n:,} events to {output}", err=True)


@app.command()
def runs(
    run_id: Annotated[
        str | None, typer.Argument(help="A run: list its inputs (default: list the runs).")
    ] = None,
    db: DbOption = None,
    status: Annotated[
        str | None, typer.Option("--status", help="Only inputs stored, duplicate or rejected.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False,
) -> None:
    """Ingest runs, or one run's manifest: every input with its status and reason."""
    store = _open(db, read_only=True)
    try:
        if run_id is None:
            df = store.runs()
            title = f"{len(df):,} runs"
        else:
            if status and status not in ("stored", "duplicate", "rejected"):
                raise typer.BadParameter("--status must be stored, duplicate or rejected")
            known = store.rows("SELECT 1 FROM runs WHERE run_id = ?", [run_id])
            if not known:
                raise _fail(f"no run {run_id!r} in the store (see `eventwire runs`)")
            df = store.run_inputs(run_id, status)
            title = f"run {run_id}: {len(df):,} inputs"
    finally:
        store.close()
    if as_json:
        _write_df(df, "jsonl", None)
        return
    if run_id is None:
        df = df.drop(columns=["inputs"])
    _print_df(df, title=title)


@app.command()
def recluster(db: DbOption = None) -> None:
    """Rebuild the story-level events from the stored mentions in a canonical order."""
    store = _open(db, read_only=False)
    try:
        n = store.recluster()
    finally:
        store.close()
    typer.echo(f"{n:,} story-level events")

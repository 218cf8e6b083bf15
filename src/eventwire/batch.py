"""Dask: extraction of a corpus on a dask.distributed cluster, records as Parquet.

The client reads the inputs and cuts them into partitions of articles; the Dask workers
extract them (:func:`eventwire.parallel.extract_chunk`, the pipelines and knowledge loaded
once per worker by :class:`KnowledgePlugin`); the client writes each partition's records
to ``DIR/part-NNNNN.parquet`` (no shared file system needed) and, for ``ingest``, loads
them from there into the store with the one writer. Without a scheduler address a
``LocalCluster`` with one single-threaded worker process per core is started.

Parquet columns are the fields of :class:`~eventwire.records.EventRecord` (nested ones as
structs and lists), so ``read_parquet('DIR/*.parquet')`` in DuckDB, Spark or pandas sees
the records of the spec; :func:`read_records` turns them back into EventRecords.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.article import Article
from eventwire.parallel import (
    EngineError,
    OnError,
    Outcome,
    Prefetcher,
    default_workers,
    deliver,
    extract_chunk,
    input_items,
    ordered_results,
    passed_settings,
    stored_or_empty,
    warm_up,
)
from eventwire.records import EventRecord

#: Articles per Dask task (a partition).
PARTITION_SIZE = 200
#: How long to try reaching a scheduler.
CONNECT_TIMEOUT = "20s"
#: Partitions in flight per worker thread.
PARTITIONS_PER_WORKER = 2
PART_GLOB = "part-*.parquet"


class BatchError(EngineError):
    """A problem with the Dask engine's setup or output directory."""


# ---------------------------------------------------------------------------- Parquet


_SCALARS: dict[Any, Any] = {}


def _arrow_type(hint: Any, where: str) -> Any:
    import pyarrow as pa

    if not _SCALARS:
        _SCALARS.update({str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()})
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return _arrow_type(args[0], where)
    elif origin is list:
        (arg,) = typing.get_args(hint)
        return pa.list_(_arrow_type(arg, where))
    elif hint in _SCALARS:
        return _SCALARS[hint]
    elif isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return pa.struct(_fields(hint))
    raise BatchError(f"{where}: no Parquet type for {hint!r}")


def _fields(cls: type) -> list[Any]:
    import pyarrow as pa

    hints = typing.get_type_hints(cls)
    return [
        pa.field(f.name, _arrow_type(hints[f.name], f"{cls.__name__}.{f.name}"))
        for f in dataclasses.fields(cls)
    ]


def records_schema() -> Any:
    """The Arrow schema of event records (derived from the EventRecord dataclasses;
    ``event_id`` first)."""
    import pyarrow as pa

    fields = _fields(EventRecord)
    fields.sort(key=lambda f: f.name != "event_id")
    return pa.schema(fields)


def records_table(records: Iterable[EventRecord]) -> Any:
    """An Arrow table of ``records`` (one row per record, spec field names)."""
    import pyarrow as pa

    return pa.Table.from_pylist([r.to_dict() for r in records], schema=records_schema())


def write_part(records: Iterable[EventRecord], path: Path) -> int:
    """Write ``records`` to one Parquet file (written aside, then renamed); their number."""
    import pyarrow.parquet as pq

    table = records_table(records)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return table.num_rows


def read_records(path: str | os.PathLike[str]) -> Iterator[EventRecord]:
    """The records of a Parquet file, or of a directory's parts in order."""
    import pyarrow.parquet as pq

    p = Path(path)
    files = sorted(p.glob(PART_GLOB)) if p.is_dir() else [p]
    for f in files:
        for row in pq.read_table(f).to_pylist():
            yield EventRecord.from_dict(row)


def part_path(out: Path, index: int) -> Path:
    """``out/part-NNNNN.parquet`` for partition ``index``."""
    return out / f"part-{index:05d}.parquet"


def prepare_out(out: str | os.PathLike[str]) -> Path:
    """Create the output directory; refuse one that already holds parts."""
    p = Path(out)
    if p.exists() and not p.is_dir():
        raise BatchError(f"{p}: not a directory (Parquet parts go in a directory)")
    if p.is_dir() and any(p.glob(PART_GLOB)):
        raise BatchError(f"{p}: already holds {PART_GLOB} files; choose an empty directory")
    try:
        p.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(f"{p}: cannot create the directory: {exc.strerror or exc}") from None
    return p


# ---------------------------------------------------------------------------- cluster


try:
    from distributed import WorkerPlugin as _PluginBase
except ImportError:  # pragma: no cover  (the dask extra is not installed)
    _PluginBase = object  # type: ignore[assignment,misc]


class KnowledgePlugin(_PluginBase):  # type: ignore[misc,valid-type]
    """A Dask worker plugin that loads the pipelines and knowledge when a worker starts."""

    name = "eventwire-knowledge"

    def __init__(
        self, languages: Sequence[str] = ("it", "en"), actor_dictionaries: Sequence[str] = ()
    ) -> None:
        self.languages = tuple(languages)
        self.actor_dictionaries = tuple(actor_dictionaries)

    def setup(self, worker: Any) -> None:
        warm_up(self.languages, self.actor_dictionaries)


@contextmanager
def dask_client(
    scheduler: str | None = None,
    workers: int | None = None,
    languages: Sequence[str] = ("it", "en"),
    actor_dictionaries: Sequence[str] = (),
) -> Iterator[Any]:
    """A Dask client: on ``scheduler`` (``tcp://HOST:PORT``), else on a new LocalCluster
    of ``workers`` single-threaded processes. Workers load the knowledge once (custom
    actor dictionaries must be readable at the same path on every worker)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover
        raise BatchError(
            "the Dask engine needs dask.distributed: pip install 'eventwire[dask]'"
        ) from None
    cluster = None
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise BatchError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
        else:
            cluster = LocalCluster(
                n_workers=workers or default_workers(),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
        try:
            plugin = KnowledgePlugin(languages, tuple(str(p) for p in actor_dictionaries))
            client.register_plugin(plugin, name=KnowledgePlugin.name)
            yield client
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()


def _threads(client: Any) -> int:
    try:
        return max(1, sum(client.nthreads().values()))
    except Exception:  # noqa: BLE001
        return 1


def _submitter(
    client: Any, actor_dictionaries: Sequence[str] = ()
) -> Callable[[list[Article]], Any]:
    dicts = tuple(str(p) for p in actor_dictionaries)
    settings = passed_settings()  # the run's limits and options, for workers started before

    def submit(chunk: list[Article]) -> Any:
        return client.submit(extract_chunk, chunk, dicts, settings, pure=False)

    return submit


# ---------------------------------------------------------------------------- extract


@dataclass
class BatchSummary:
    """What a Parquet extraction wrote."""

    out: str
    articles: int = 0
    events: int = 0
    failed: int = 0
    parts: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self) | {"seconds": round(self.seconds, 2)}


def extract_dask(
    articles: Iterable[Article],
    client: Any,
    *,
    partition_size: int = PARTITION_SIZE,
    on_error: OnError | None = None,
    actor_dictionaries: Sequence[str] = (),
) -> Iterator[tuple[Article, list[EventRecord]]]:
    """``(article, records)`` in input order, extracted on the Dask cluster of ``client``
    (partitions of ``partition_size`` articles, a bounded number in flight)."""
    window = _threads(client) * PARTITIONS_PER_WORKER + 1
    chunks = _partitions(articles, partition_size)
    submit = _submitter(client, actor_dictionaries)
    for chunk, outcomes in ordered_results(chunks, submit, window):
        yield from deliver(chunk, outcomes, on_error)


def write_parquet(
    results: Iterable[tuple[Article, list[EventRecord]]],
    out: str | os.PathLike[str],
    *,
    articles_per_part: int = PARTITION_SIZE,
) -> BatchSummary:
    """Write the records of ``results`` to ``out/part-NNNNN.parquet``, one part per
    ``articles_per_part`` articles, in order (an empty part when none has events)."""
    import time

    started = time.perf_counter()
    path = prepare_out(out)
    summary = BatchSummary(str(path))
    records: list[EventRecord] = []
    n = 0
    for _art, recs in results:
        records.extend(recs)
        n += 1
        if n == articles_per_part:
            summary.events += write_part(records, part_path(path, summary.parts))
            summary.parts += 1
            summary.articles += n
            records, n = [], 0
    if n or not summary.parts:
        summary.events += write_part(records, part_path(path, summary.parts))
        summary.parts += 1
        summary.articles += n
    summary.seconds = time.perf_counter() - started
    return summary


def _partitions(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ---------------------------------------------------------------------------- ingest


def ingest_dask(
    paths: Sequence[str | os.PathLike[str]],
    store: Any,
    client: Any,
    *,
    out: str | os.PathLike[str] | None = None,
    language: str | None = None,
    published: str | None = None,
    batch_size: int = 32,
    max_bytes: int | None = None,
    partition_size: int = PARTITION_SIZE,
    on_progress: Callable[[Any], None] | None = None,
    actor_dictionaries: Sequence[str] = (),
) -> Any:
    """:func:`eventwire.ingest.ingest` with extraction on Dask: each partition's records are
    written to ``out/part-NNNNN.parquet`` (a temporary directory when ``out`` is None) and
    loaded from there into the store, by this process, in input order."""
    import tempfile

    from eventwire.ingest import ingest_articles

    with tempfile.TemporaryDirectory(prefix="eventwire-parts-") as tmp:
        path = prepare_out(out) if out is not None else Path(tmp)
        items = input_items(paths, language=language, published=published, max_bytes=max_bytes)

        def from_parquet(index: int, chunk: list[Article], got: list[Outcome]) -> list[Outcome]:
            part = part_path(path, index)
            write_part([r for _, recs, exc in got if exc is None for r in recs], part)
            back = iter(read_records(part))
            return [
                (lang, [next(back) for _ in recs] if exc is None else [], exc)
                for lang, recs, exc in got
            ]

        pre = Prefetcher(
            items,
            _submitter(client, actor_dictionaries),
            chunk_size=partition_size,
            ahead=(_threads(client) * PARTITIONS_PER_WORKER + 1) * partition_size,
            skip=stored_or_empty(store),
            on_result=from_parquet,
            actor_dictionaries=tuple(str(p) for p in actor_dictionaries),
        )
        return ingest_articles(
            store,
            pre.items(),
            inputs=[str(p) for p in paths],
            batch_size=batch_size,
            extractor=pre.extract,
            on_progress=on_progress,
        )

"""Local parallelism: worker processes extract, the parent keeps input order and writes.

- Each worker loads the pipelines and their knowledge once (:func:`warm_up`, the pool's
  initializer), then extracts *chunks* of articles (:func:`extract_chunk`).
- Chunks are submitted ahead of the consumer within a fixed window, and results are handed
  back in input order: memory stays bounded whatever the corpus size, and the output is the
  one-worker output.
- For ``ingest``, extraction runs ahead of the single writer (:class:`Prefetcher`): the
  parent stores batch *n* while the workers extract batch *n + 1*; articles the store
  already holds are not extracted at all.

The same chunk function and prefetcher drive the Dask engine (:mod:`eventwire.batch`).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from eventwire.article import Article
from eventwire.records import EventRecord

#: Articles per task sent to a worker process.
CHUNK_SIZE = 16
#: Chunks in flight per worker (more keeps workers busy, fewer uses less memory).
CHUNKS_PER_WORKER = 3
#: One short text per language, run once per worker so that lazily loaded knowledge
#: (actor KB, gazetteer, time resources) is in memory before the first real article.
_WARM_UP = {
    "it": "Il 3 marzo 2020 il presidente russo Vladimir Putin ha incontrato a Roma il ministro.",
    "en": "On 3 March 2020 Russian President Vladimir Putin met the minister in London.",
}

#: What a worker returns for one article: its language (detected when it had none), its
#: records, and the exception that stopped it (records then empty).
Outcome = tuple[str | None, list[EventRecord], BaseException | None]
OnError = Callable[[Article, BaseException], None]


class EngineError(RuntimeError):
    """An extraction engine cannot run (bad option, unreachable cluster, output in use)."""


def default_workers() -> int:
    """The number of CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def warm_up(
    languages: Sequence[str] = ("it", "en"), actor_dictionaries: Sequence[str] = ()
) -> None:
    """Build the pipelines of ``languages`` and load their knowledge (once per process)."""
    from eventwire.api import freeze_knowledge

    for lang in languages:
        text = _WARM_UP.get(lang, "")
        art = Article(text=text, language=lang, published="2020-03-04")
        list(_extract([art], tuple(actor_dictionaries)))
    freeze_knowledge()


def passed_settings() -> dict[str, str]:
    """This process's run settings read from the environment (the limits, ``--keep-unplaced``),
    handed to the workers with every chunk: a forkserver or a Dask worker started before they
    were set would otherwise extract with older ones."""
    from eventwire.api import KEEP_UNPLACED_ENV
    from eventwire.limits import _ENV

    names = (*_ENV.values(), KEEP_UNPLACED_ENV)
    return {k: os.environ[k] for k in names if k in os.environ} | {"": ",".join(names)}


def _apply_settings(settings: dict[str, str]) -> None:
    for name in settings.get("", "").split(","):
        if not name:
            continue
        if name in settings:
            os.environ[name] = settings[name]
        else:
            os.environ.pop(name, None)


def extract_chunk(
    articles: list[Article],
    actor_dictionaries: Sequence[str] = (),
    settings: dict[str, str] | None = None,
) -> list[Outcome]:
    """Extract a chunk of articles; an article that fails is reported, the others go on.
    ``settings``: the caller's :func:`passed_settings`, applied first."""
    if settings is not None:
        _apply_settings(settings)
    dicts = tuple(actor_dictionaries)
    try:
        got = _extract(articles, dicts)
        return [(art.language, recs, None) for art, recs in got]
    except Exception:  # noqa: BLE001  (isolate the failing article)
        pass
    out: list[Outcome] = []
    for art in articles:
        try:
            [(_, recs)] = list(_extract([art], dicts))
            out.append((art.language, recs, None))
        except Exception as exc:  # noqa: BLE001
            out.append((art.language, [], _picklable(exc)))
    return out


def _extract(
    articles: list[Article], dicts: tuple[str, ...]
) -> Iterator[tuple[Article, list[EventRecord]]]:
    from eventwire.api import extract_articles

    if dicts:
        return extract_articles(articles, actor_dictionaries=dicts)
    return extract_articles(articles)


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


#: Sends a chunk to a worker; the returned future's ``result()`` is its outcomes.
Submit = Callable[[list[Article]], Any]


def ordered_results(
    chunks: Iterable[list[Article]], submit: Submit, window: int
) -> Iterator[tuple[list[Article], list[Outcome]]]:
    """``(chunk, outcomes)`` in input order, with at most ``window`` chunks in flight."""
    pending: deque[tuple[list[Article], Any]] = deque()
    try:
        for chunk in chunks:
            pending.append((chunk, submit(chunk)))
            if len(pending) >= window:
                chunk0, fut = pending.popleft()
                yield chunk0, fut.result()
        while pending:
            chunk0, fut = pending.popleft()
            yield chunk0, fut.result()
    finally:
        for _, fut in pending:
            fut.cancel()


def deliver(
    chunk: list[Article], outcomes: list[Outcome], on_error: OnError | None
) -> Iterator[tuple[Article, list[EventRecord]]]:
    """``(article, records)`` of a chunk's outcomes; failures go to ``on_error``."""
    for art, (lang, records, exc) in zip(chunk, outcomes, strict=True):
        if lang and not art.language:
            art.language = lang
        if exc is not None:
            if on_error is None:
                raise exc
            on_error(art, exc)
            continue
        yield art, records


def _start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    # forkserver: workers fork from a clean server process (never from a parent holding
    # database threads), after it has imported spaCy and eventwire once.
    return "forkserver" if "forkserver" in methods and sys.platform != "darwin" else "spawn"


class WorkerPool:
    """Worker processes that each load the pipelines once and extract chunks of articles.

    Use as a context manager; :meth:`imap` streams ``(article, records)`` in input order.
    """

    def __init__(
        self,
        workers: int | None = None,
        *,
        languages: Sequence[str] = ("it", "en"),
        chunk_size: int = CHUNK_SIZE,
        start_method: str | None = None,
        actor_dictionaries: Sequence[str] = (),
    ) -> None:
        self.workers = workers or default_workers()
        self.chunk_size = chunk_size
        self.actor_dictionaries = tuple(str(p) for p in actor_dictionaries)
        method = start_method or _start_method()
        ctx = multiprocessing.get_context(method)
        if method == "forkserver":
            ctx.set_forkserver_preload(["eventwire.parallel", "eventwire.pipeline.nlp"])
        self.settings = passed_settings()
        self._pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=ctx,
            initializer=warm_up,
            initargs=(tuple(languages), self.actor_dictionaries),
        )

    def submit(self, chunk: list[Article]) -> Future:
        """Extract ``chunk`` in a worker; the future's result is one Outcome per article."""
        return self._pool.submit(extract_chunk, chunk, self.actor_dictionaries, self.settings)

    @property
    def window(self) -> int:
        """Chunks kept in flight."""
        return self.workers * CHUNKS_PER_WORKER

    def imap(
        self, articles: Iterable[Article], on_error: OnError | None = None
    ) -> Iterator[tuple[Article, list[EventRecord]]]:
        """``(article, records)`` for each article, in input order; failures go to
        ``on_error(article, exception)`` (raised when it is None)."""
        for chunk, outcomes in ordered_results(
            _chunks(articles, self.chunk_size), self.submit, self.window
        ):
            yield from deliver(chunk, outcomes, on_error)

    def pids(self) -> list[int]:
        """Process ids of the live workers (for measurements)."""
        return sorted((getattr(self._pool, "_processes", None) or {}).keys())

    def close(self) -> None:
        """Stop the workers (pending chunks are cancelled)."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def extract_parallel(
    articles: Iterable[Article],
    workers: int | None = None,
    *,
    on_error: OnError | None = None,
    chunk_size: int = CHUNK_SIZE,
    languages: Sequence[str] | None = None,
    actor_dictionaries: Sequence[str] = (),
) -> Iterator[tuple[Article, list[EventRecord]]]:
    """``(article, records)`` for each article in input order, extracted by ``workers``
    processes (default: the number of cores). The output is the one-worker output.

    One worker, or an input of fewer than two chunks, runs in this process (starting
    workers would cost more than it saves). Workers load ``languages`` at start (default:
    those of the first articles; another language is loaded when first met).
    """
    workers = workers or default_workers()
    it = iter(articles)
    head = list(islice(it, 2 * chunk_size))
    if workers <= 1 or len(head) < 2 * chunk_size:
        for chunk in _chunks(_chain(head, it), chunk_size):
            yield from deliver(chunk, extract_chunk(chunk, actor_dictionaries), on_error)
        return
    langs = languages or languages_of(head)
    with WorkerPool(
        workers, chunk_size=chunk_size, languages=langs, actor_dictionaries=actor_dictionaries
    ) as pool:
        yield from pool.imap(_chain(head, it), on_error)


def languages_of(items: Iterable[Any]) -> tuple[str, ...]:
    """The languages of the articles among ``items`` (both when one has none)."""
    from eventwire.pipeline.nlp import SUPPORTED_LANGUAGES

    langs = [x.language for x in items if isinstance(x, Article)]
    if not langs or not all(lang in SUPPORTED_LANGUAGES for lang in langs):
        return SUPPORTED_LANGUAGES
    return tuple(sorted({str(lang) for lang in langs}))


def _chain(head: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from head
    yield from rest


# ---------------------------------------------------------------------------- ingest


@dataclass
class _Chunk:
    index: int
    articles: list[Article] = field(default_factory=list)
    future: Any = None
    outcomes: list[Outcome] | None = None


class Prefetcher:
    """Runs extraction ahead of a sequential consumer (``ingest``).

    :meth:`items` passes the input through unchanged and in order, reading up to
    ``ahead`` items in advance and sending the articles among them to the workers in
    chunks; :meth:`extract` (the consumer's extractor, called in input order) returns the
    records computed for an article, waiting for its chunk if needed. Articles for which
    ``skip`` is true (already stored, empty) are not extracted.

    ``on_result(chunk_index, articles, outcomes)`` may replace a chunk's outcomes when they
    arrive (the Dask engine writes them to Parquet and reads them back).
    """

    def __init__(
        self,
        items: Iterable[Any],
        submit: Submit,
        *,
        chunk_size: int,
        ahead: int,
        skip: Callable[[Article], bool] | None = None,
        on_result: Callable[[int, list[Article], list[Outcome]], list[Outcome]] | None = None,
        actor_dictionaries: Sequence[str] = (),
    ) -> None:
        self.actor_dictionaries = tuple(actor_dictionaries)
        self._source = items
        self._submit = submit
        self.chunk_size = chunk_size
        self.ahead = max(ahead, 2 * chunk_size)
        self._skip = skip
        self._on_result = on_result
        self._where: dict[int, tuple[_Chunk, int]] = {}
        self._order: deque[int] = deque()
        self._current = _Chunk(0)
        self._n_chunks = 0
        self._live: dict[int, _Chunk] = {}
        self.extracted_here = 0  # articles extracted in this process (not prefetched)

    def items(self) -> Iterator[Any]:
        """The input items, in order (articles are sent for extraction as they are read)."""
        src = iter(self._source)
        buf: deque[Any] = deque()
        done = False
        try:
            while True:
                while not done and len(buf) < self.ahead:
                    try:
                        item = next(src)
                    except StopIteration:
                        done = True
                        self._send(self._current)
                        break
                    buf.append(item)
                    if isinstance(item, Article) and not (self._skip and self._skip(item)):
                        self._add(item)
                if not buf:
                    return
                yield buf.popleft()
        finally:
            for c in self._live.values():
                if c.future is not None:
                    c.future.cancel()

    def _add(self, art: Article) -> None:
        c = self._current
        self._where[id(art)] = (c, len(c.articles))
        self._order.append(id(art))
        c.articles.append(art)
        if len(c.articles) >= self.chunk_size:
            self._send(c)

    def _send(self, c: _Chunk) -> None:
        if c.future is not None or not c.articles:
            return
        c.future = self._submit(list(c.articles))
        self._live[c.index] = c
        if c is self._current:
            self._n_chunks += 1
            self._current = _Chunk(self._n_chunks)

    def _outcomes(self, c: _Chunk) -> list[Outcome]:
        if c.outcomes is None:
            self._send(c)
            got = c.future.result()
            if self._on_result is not None:
                got = self._on_result(c.index, c.articles, got)
            c.outcomes = got
        return c.outcomes

    def extract(self, art: Article) -> list[EventRecord]:
        """The records of ``art`` (raises the exception its extraction raised)."""
        key = id(art)
        if key not in self._where:  # never sent (the consumer chose differently): here
            self.extracted_here += 1
            return next(_extract([art], self.actor_dictionaries))[1]
        while self._order[0] != key:  # articles the consumer did not ask for
            self._drop(self._order.popleft())
        c, i = self._drop(self._order.popleft())
        lang, records, exc = self._outcomes(c)[i]
        if lang and not art.language:
            art.language = lang
        if exc is not None:
            raise exc
        return records

    def _drop(self, key: int) -> tuple[_Chunk, int]:
        c, i = self._where.pop(key)
        if i == len(c.articles) - 1 and c.future is not None:
            self._live.pop(c.index, None)
        return c, i


def input_items(
    paths: Sequence[str | os.PathLike[str]],
    *,
    language: str | None = None,
    published: str | None = None,
    max_bytes: int | None = None,
) -> Iterator[Any]:
    """Articles of ``paths`` and, in their place, the problems of unreadable inputs
    (what :func:`eventwire.ingest.ingest` stores in a run's manifest)."""
    from eventwire.ingest import INGEST_MAX_BYTES
    from eventwire.sources.files import read_articles

    problems: list[Any] = []
    articles = read_articles(
        [str(p) for p in paths],
        language=language,
        published=published,
        on_error=problems.append,
        max_bytes=max_bytes or INGEST_MAX_BYTES,
    )
    for art in articles:
        while problems:
            yield problems.pop(0)
        yield art
    while problems:
        yield problems.pop(0)


def stored_or_empty(store: Any) -> Callable[[Article], bool]:
    """True for an article not worth extracting: no text, refused by the limits, or its text
    already stored. Articles are cleaned and bounded here, before a worker sees them."""
    from eventwire.limits import prepare

    def skip(art: Article) -> bool:
        if prepare(art).reason is not None:  # too large, bad id: rejected by ingest
            return True
        return not art.text.strip() or store.find_article(art.content_hash()) is not None

    return skip


def ingest_parallel(
    paths: Sequence[str | os.PathLike[str]],
    store: Any,
    *,
    workers: int | None = None,
    language: str | None = None,
    published: str | None = None,
    batch_size: int = 32,
    max_bytes: int | None = None,
    on_progress: Callable[[Any], None] | None = None,
    chunk_size: int = CHUNK_SIZE,
    actor_dictionaries: Sequence[str] = (),
) -> Any:
    """:func:`eventwire.ingest.ingest` with extraction in ``workers`` processes.

    The store is written by this process only, in input order, batch by batch, exactly as
    with one worker; the workers extract the next batches meanwhile.
    """
    from eventwire.ingest import ingest_articles

    workers = workers or default_workers()
    dicts = tuple(str(p) for p in actor_dictionaries)
    items = input_items(paths, language=language, published=published, max_bytes=max_bytes)
    head = list(islice(items, 2 * chunk_size))
    items = _chain(head, items)
    if len(head) < 2 * chunk_size or workers <= 1:  # too few to pay for starting workers

        def here(art: Article) -> list[EventRecord]:

            return next(_extract([art], dicts))[1]

        return ingest_articles(
            store,
            items,
            inputs=[str(p) for p in paths],
            batch_size=batch_size,
            extractor=here,
            on_progress=on_progress,
        )
    with WorkerPool(
        workers, chunk_size=chunk_size, languages=languages_of(head), actor_dictionaries=dicts
    ) as pool:
        pre = Prefetcher(
            items,
            pool.submit,
            chunk_size=chunk_size,
            ahead=max(pool.window * chunk_size, 2 * batch_size),
            skip=stored_or_empty(store),
            actor_dictionaries=dicts,
        )
        return ingest_articles(
            store,
            pre.items(),
            inputs=[str(p) for p in paths],
            batch_size=batch_size,
            extractor=pre.extract,
            on_progress=on_progress,
        )


def ingest_with(
    paths: Sequence[str | os.PathLike[str]],
    store: Any,
    *,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    parts: str | os.PathLike[str] | None = None,
    **options: Any,
) -> Any:
    """Ingest with the ``local`` engine (worker processes) or ``dask`` (a cluster at
    ``scheduler``, else a LocalCluster; records pass through Parquet ``parts``, a
    temporary directory by default). ``options`` are those of :func:`ingest_parallel`."""
    if engine == "local":
        if scheduler or parts:
            raise EngineError("--scheduler and --parts need --engine dask")
        return ingest_parallel(paths, store, workers=workers, **options)
    if engine != "dask":
        raise EngineError(f"unknown engine {engine!r}: local or dask")
    from eventwire.batch import dask_client, ingest_dask

    options.pop("chunk_size", None)
    dicts = tuple(str(p) for p in options.get("actor_dictionaries") or ())
    with dask_client(scheduler, workers, actor_dictionaries=dicts) as client:
        return ingest_dask(paths, store, client, out=parts, **options)

"""Ingest: read inputs, extract events, store articles, mentions and stories, run by run.

- **Idempotent**: an article whose text (SHA-256) is already stored is a ``duplicate`` and is
  not extracted again; the same holds within one run.
- **Transactional per batch**: each batch of articles, with all their mentions, story updates
  and manifest rows, is committed together, so a crash never leaves a partial event set.
- **Resumable**: running the same command again after an interruption skips (as duplicates)
  what earlier runs committed and carries on; a run left ``running`` is marked ``interrupted``.
- **Manifest**: every input gets a row in ``run_inputs``: ``stored``, ``duplicate`` or
  ``rejected`` with a reason (``eventwire runs RUN_ID`` lists them).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire import limits
from eventwire.article import Article
from eventwire.records import EventRecord
from eventwire.sources.files import SUPPORTED_LANGUAGES
from eventwire.store.base import SQLStore

#: Largest input file ingest reads (bytes); news dumps as JSONL can be large.
INGEST_MAX_BYTES = 512 * 1024 * 1024

Extractor = Callable[[Article], list[EventRecord]]


@dataclass
class IngestSummary:
    """What one run did."""

    run_id: str
    stored: int = 0
    duplicate: int = 0
    rejected: int = 0
    events: int = 0
    near_duplicates: int = 0
    reasons: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    status: str = "running"

    @property
    def inputs(self) -> int:
        return self.stored + self.duplicate + self.rejected

    def counts(self) -> dict[str, int]:
        return {
            "stored": self.stored,
            "duplicate": self.duplicate,
            "rejected": self.rejected,
            "events": self.events,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "status": self.status,
            "inputs": self.inputs,
            **self.counts(),
            "near_duplicates": self.near_duplicates,
            "rejected_reasons": dict(sorted(self.reasons.items())),
            "seconds": round(self.seconds, 2),
        }


def default_extractor(art: Article) -> list[EventRecord]:
    """Extract one article's records with the library entry point."""
    from eventwire.api import extract_articles

    return next(extract_articles([art]))[1]


def _input_name(art: Article) -> str:
    return art.source or art.id


def ingest_articles(
    store: SQLStore,
    items: Iterable[Article | Any],
    *,
    inputs: Sequence[str] = (),
    batch_size: int = 32,
    extractor: Extractor | None = None,
    on_progress: Callable[[IngestSummary], None] | None = None,
    bounds: limits.Limits | None = None,
) -> IngestSummary:
    """Store ``items`` (Articles, or input problems with ``source/line/reason/message``).

    Articles are cleaned and bounded first (:func:`eventwire.limits.prepare`; ``bounds``
    defaults to :func:`eventwire.limits.current`). Returns the run's summary; the run and
    its manifest are in the store.
    """
    from eventwire.api import EXTRACTOR_VERSION

    extractor = extractor or default_extractor
    bounds = bounds or limits.current()
    acquire = getattr(store, "acquire_writer", None)
    if acquire:
        acquire()
    run_id = store.start_run(list(inputs), EXTRACTOR_VERSION)
    summary = IngestSummary(run_id)
    started = time.perf_counter()
    seq = 0
    try:
        for batch in _batches(items, batch_size):
            manifest: list[tuple] = []
            ready: list[tuple[int, Article, list[EventRecord]]] = []
            seen: dict[str, str] = {}
            notes: dict[int, list[str]] = {}
            refused: dict[int, tuple[str, str]] = {}
            for k, item in enumerate(batch):  # clean, bound, check before hashing
                if isinstance(item, Article):
                    prep = limits.prepare(item, bounds)
                    notes[id(item)] = prep.notes
                    if prep.reason:
                        refused[k] = (prep.reason, prep.message or prep.reason)
                    elif item.language and item.language not in SUPPORTED_LANGUAGES:
                        refused[k] = (
                            "unsupported_language",
                            f"language {item.language!r}: eventwire reads "
                            f"{', '.join(SUPPORTED_LANGUAGES)}",
                        )
            arts = [a for k, a in enumerate(batch) if isinstance(a, Article) and k not in refused]
            known = store.lookup_articles([a.content_hash() for a in arts], [a.id for a in arts])
            for k, item in enumerate(batch):
                seq += 1
                if k in refused:
                    reason, message = refused[k]
                    manifest.append(
                        (seq, _input_name(item), item.id, "rejected", reason, message, 0)
                    )
                    summary.rejected += 1
                    summary.reasons[reason] += 1
                    continue
                if not isinstance(item, Article):
                    reason = getattr(item, "reason", "unreadable")
                    where = getattr(item, "source", str(item))
                    line = getattr(item, "line", None)
                    name = f"{where}:{line}" if line is not None else where
                    manifest.append(
                        (
                            seq,
                            name,
                            None,
                            "rejected",
                            reason,
                            getattr(item, "message", str(item)),
                            0,
                        )
                    )
                    summary.rejected += 1
                    summary.reasons[reason] += 1
                    continue
                status = _check(item, seen, known)
                if status:
                    kind, reason, message = status
                    manifest.append((seq, _input_name(item), item.id, kind, reason, message, 0))
                    if kind == "duplicate":
                        summary.duplicate += 1
                    else:
                        summary.rejected += 1
                        summary.reasons[reason] += 1
                    continue
                seen[item.content_hash()] = item.id
                try:
                    records = extractor(item)
                except Exception as exc:  # noqa: BLE001  (one bad article must not stop a run)
                    reason = _failure_reason(exc)
                    manifest.append(
                        (
                            seq,
                            _input_name(item),
                            item.id,
                            "rejected",
                            reason,
                            f"{type(exc).__name__}: {exc}",
                            0,
                        )
                    )
                    summary.rejected += 1
                    summary.reasons[reason] += 1
                    continue
                ready.append((seq, item, records))
            _commit(store, run_id, ready, manifest, notes, summary)
            summary.seconds = time.perf_counter() - started
            if on_progress:
                on_progress(summary)
        summary.status = "complete"
    except KeyboardInterrupt:
        summary.status = "interrupted"
        raise
    except BaseException:
        summary.status = "failed"
        raise
    finally:
        summary.seconds = time.perf_counter() - started
        try:
            store.update_run(run_id, summary.counts(), summary.status)
        finally:
            release = getattr(store, "release_writer", None)
            if release:
                release()
    return summary


def _note(*parts: str | None) -> str | None:
    return "; ".join(p for p in parts if p) or None


def _failure_reason(exc: BaseException) -> str:
    """The manifest reason for an article whose extraction raised ``exc``."""
    if isinstance(exc, limits.ArticleTimeout) or type(exc).__name__ == "ArticleTimeout":
        return "timeout"
    if "unsupported language" in str(exc):
        return "unsupported_language"
    return "extraction_failed"


def _commit(
    store: SQLStore,
    run_id: str,
    ready: list[tuple[int, Article, list[EventRecord]]],
    manifest: list[tuple],
    notes: dict[int, list[str]],
    summary: IngestSummary,
) -> None:
    """Store a batch's articles and manifest rows in one transaction. When it fails, the
    articles are stored one per transaction and one the store refuses (a value it cannot
    hold) is recorded as rejected, ``store_failed``, with the store's message; an error that
    is not one article's (the store is gone) stops the run."""
    done: list[tuple[int, Any]] = []
    try:
        with store.transaction():
            for s, art, records in ready:
                done.append((s, store.add_article(art, records, run_id)))
            counts = _finish(store, run_id, ready, manifest, notes, summary, done)
        _count(summary, counts)
        return
    except Exception as exc:  # noqa: BLE001  (retried article by article below)
        if not ready:
            raise
        first = exc
    done = []
    failed: list[tuple] = []
    for s, art, records in ready:
        try:
            with store.transaction():
                done.append((s, store.add_article(art, records, run_id)))
        except Exception as exc:  # noqa: BLE001
            store.rows("SELECT 1")  # the store itself still answers
            message = f"{type(exc).__name__}: {str(exc).strip()[:500]}"
            failed.append((s, _input_name(art), art.id, "rejected", "store_failed", message, 0))
    if len(failed) == len(ready) > 1:
        raise first  # not one article's problem: the store refuses everything
    if failed:
        manifest.extend(failed)
        summary.rejected += len(failed)
        summary.reasons["store_failed"] += len(failed)
    with store.transaction():
        counts = _finish(store, run_id, ready, manifest, notes, summary, done)
    _count(summary, counts)


def _count(summary: IngestSummary, counts: IngestSummary) -> None:
    summary.stored += counts.stored
    summary.events += counts.events
    summary.near_duplicates += counts.near_duplicates


def _finish(
    store: SQLStore,
    run_id: str,
    ready: list[tuple[int, Article, list[EventRecord]]],
    manifest: list[tuple],
    notes: dict[int, list[str]],
    summary: IngestSummary,
    done: list[tuple[int, Any]],
) -> IngestSummary:
    """Write the manifest rows of a batch and the run's totals (inside its transaction);
    returns what the batch stored (counted by the caller once committed)."""
    arts = {s: art for s, art, _ in ready}
    rows = list(manifest)
    counts = IngestSummary(summary.run_id)
    for s, got in done:
        art = arts[s]
        near = f"near-duplicate of {got.near_duplicate_of}" if got.near_duplicate_of else None
        note = _note(*notes.get(id(art), []), near)
        rows.append((s, _input_name(art), art.id, "stored", None, note, got.n_events))
        counts.stored += 1
        counts.events += got.n_events
        counts.near_duplicates += bool(got.near_duplicate_of)
    rows.sort(key=lambda r: r[0])
    # input names and messages may carry what the store cannot hold (file names with
    # undecodable bytes, NULs quoted from a text)
    clean = [tuple(limits.clean_text(v)[0] if isinstance(v, str) else v for v in r) for r in rows]
    store.record_inputs(run_id, clean)
    totals = summary.counts()
    totals["stored"] += counts.stored
    totals["events"] += counts.events
    store.update_run(run_id, totals)
    return counts


def _check(
    art: Article, seen: dict[str, str], known: tuple[dict[str, str], dict[str, str]]
) -> tuple[str, str, str] | None:
    """``(status, reason, message)`` for an article that is not to be stored, else None.

    ``seen``: hash -> id of the batch's articles so far; ``known``: the store's matches
    (:meth:`SQLStore.lookup_articles`).
    """
    if not art.text or not art.text.strip():
        return "rejected", "empty", "the article has no text"
    h = art.content_hash()
    if h in seen:
        return "duplicate", "duplicate", f"same text as article {seen[h]} earlier in this run"
    found, other = known[0].get(h), known[1].get(art.id)
    if found:
        return "duplicate", "duplicate", f"same text as stored article {found}"
    if other and other != h:
        return (
            "rejected",
            "id_conflict",
            f"article id {art.id!r} is already stored with a different text",
        )
    if art.id in seen.values():
        return "rejected", "id_conflict", f"article id {art.id!r} used twice in this batch"
    return None


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    paths: Sequence[str | Path],
    store: SQLStore,
    *,
    language: str | None = None,
    published: str | None = None,
    batch_size: int = 32,
    max_bytes: int = INGEST_MAX_BYTES,
    extractor: Extractor | None = None,
    on_progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Read ``paths`` (files, folders, ``-``) with :func:`eventwire.sources.read_articles`
    and store them; unreadable inputs are recorded as rejected with the reader's reason."""
    from eventwire.sources.files import read_articles

    problems: list[Any] = []
    articles = read_articles(
        [str(p) for p in paths],
        language=language,
        published=published,
        on_error=problems.append,
        max_bytes=max_bytes,
    )

    def items() -> Iterator[Any]:
        for art in articles:
            while problems:
                yield problems.pop(0)
            yield art
        while problems:
            yield problems.pop(0)

    return ingest_articles(
        store,
        items(),
        inputs=[str(p) for p in paths],
        batch_size=batch_size,
        extractor=extractor,
        on_progress=on_progress,
    )

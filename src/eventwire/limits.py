"""Limits that keep one article from costing unbounded time, memory or the whole run.

- **Article size** (:attr:`Limits.max_article_chars`): a longer text is truncated at a
  paragraph or sentence end before the limit, with a note in the run's manifest
  (``oversize="truncate"``, the default), or rejected as ``too_large`` (``"reject"``).
- **Sentence length** (:attr:`Limits.max_sentence_tokens`): the rules look at every pair of
  words of a sentence, so a megabyte without punctuation would be one sentence and never end;
  a longer run of tokens is cut, at the last comma, semicolon or colon of its second half
  when there is one (:func:`cap_sentences`, called by the sentencizer).
- **Time** (:attr:`Limits.timeout`): extraction of one article is interrupted after this many
  seconds (:func:`deadline`) and the article is recorded as rejected with reason ``timeout``;
  the run goes on. The watchdog is a thread that raises :class:`ArticleTimeout` in the thread
  running the article, so it works in this process, in the local worker processes and in Dask
  worker threads alike. It interrupts Python code; a single C call (one regular expression
  match) finishes first.
- **Text hygiene** (:func:`clean_text`): NUL characters (PostgreSQL cannot store them) become
  spaces and unpaired surrogates (no UTF-8 encoding exists for them) become U+FFFD; both keep
  every character offset. An article URL that is not ``http(s)://`` (``javascript:``,
  ``data:``, ``file:``, a bare word) is dropped with a note, as the HTML and feed readers do.

Limits are read from the environment each time they are used, so worker processes started
afterwards (local pool, LocalCluster) inherit them: ``EVENTWIRE_MAX_ARTICLE_CHARS``,
``EVENTWIRE_OVERSIZE`` (``truncate`` or ``reject``), ``EVENTWIRE_MAX_SENTENCE_TOKENS`` and
``EVENTWIRE_ARTICLE_TIMEOUT`` (seconds, ``0`` = none). :func:`configure` sets them (``eventwire
ingest --max-article-chars/--oversize/--timeout`` does); worker processes and Dask workers
receive them with every chunk of articles (:func:`eventwire.parallel.passed_settings`).
"""

from __future__ import annotations

import ctypes
import heapq
import itertools
import math
import os
import re
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from typing import Any, Literal

#: Longest article text stored as it is (characters); news articles are far shorter.
DEFAULT_MAX_ARTICLE_CHARS = 1_000_000
#: Longest sentence the rules see (tokens); the longest of 38,366 DICE sentences has 176.
DEFAULT_MAX_SENTENCE_TOKENS = 200
#: Longest extraction of one article (seconds); a long news article takes a few seconds.
DEFAULT_TIMEOUT = 120.0
#: Longest article id, title and URL kept (characters).
MAX_ID_CHARS = 1_000
MAX_TITLE_CHARS = 2_000
MAX_URL_CHARS = 8_192
#: Largest metadata object kept with an article (characters of its JSON).
MAX_META_CHARS = 100_000

Oversize = Literal["truncate", "reject"]

_ENV = {
    "max_article_chars": "EVENTWIRE_MAX_ARTICLE_CHARS",
    "oversize": "EVENTWIRE_OVERSIZE",
    "max_sentence_tokens": "EVENTWIRE_MAX_SENTENCE_TOKENS",
    "timeout": "EVENTWIRE_ARTICLE_TIMEOUT",
}


class LimitError(ValueError):
    """A bad limit setting (names the setting and the value)."""


@dataclass(frozen=True)
class Limits:
    """The limits one article must stay within."""

    max_article_chars: int = DEFAULT_MAX_ARTICLE_CHARS
    oversize: Oversize = "truncate"
    max_sentence_tokens: int = DEFAULT_MAX_SENTENCE_TOKENS
    timeout: float | None = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        if self.max_article_chars < 1:
            raise LimitError(f"max_article_chars must be positive, got {self.max_article_chars}")
        if self.oversize not in ("truncate", "reject"):
            raise LimitError(f"oversize must be 'truncate' or 'reject', got {self.oversize!r}")
        if self.max_sentence_tokens < 10:
            raise LimitError(
                f"max_sentence_tokens must be at least 10, got {self.max_sentence_tokens}"
            )
        if self.timeout is not None and self.timeout <= 0:
            object.__setattr__(self, "timeout", None)

    def env(self) -> dict[str, str]:
        """The environment variables that give these limits."""
        return {
            _ENV["max_article_chars"]: str(self.max_article_chars),
            _ENV["oversize"]: self.oversize,
            _ENV["max_sentence_tokens"]: str(self.max_sentence_tokens),
            _ENV["timeout"]: f"{self.timeout:g}" if self.timeout else "0",
        }


def current() -> Limits:
    """The limits in force: defaults, overridden by the ``EVENTWIRE_*`` variables."""
    values: dict[str, Any] = {}
    for f in fields(Limits):
        raw = os.environ.get(_ENV[f.name])
        if raw is None or not raw.strip():
            continue
        try:
            if f.name == "oversize":
                values[f.name] = raw.strip().lower()
            elif f.name == "timeout":
                values[f.name] = float(raw)
            else:
                values[f.name] = int(raw)
        except ValueError:
            raise LimitError(f"{_ENV[f.name]}={raw!r} is not a number") from None
    try:
        return Limits(**values)
    except LimitError as exc:
        raise LimitError(f"environment: {exc}") from None


def configure(**changes: Any) -> Limits:
    """Set limits for this process and the worker processes it starts afterwards; returns
    the new limits. Keys are :class:`Limits` fields; ``None`` leaves one unchanged."""
    new = replace(current(), **{k: v for k, v in changes.items() if v is not None})
    os.environ.update(new.env())
    return new


@contextmanager
def using(**changes: Any) -> Iterator[Limits]:
    """:func:`configure` for the duration of a ``with`` block (tests, benchmarks)."""
    saved = {name: os.environ.get(name) for name in _ENV.values()}
    try:
        yield configure(**changes)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


# ---------------------------------------------------------------- article size and hygiene

_SURROGATE = re.compile("[\ud800-\udfff]")
_WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.I)
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]{0,30}):", re.I)
_CUT_AT = (re.compile(r"\n\s*\n"), re.compile(r"[.!?…]['\"»”’)]*\s"), re.compile(r"\s"))


def clean_text(text: str) -> tuple[str, list[str]]:
    """``text`` without NUL characters and unpaired surrogates (replaced one for one, so
    every offset holds), and a note for each kind replaced."""
    notes = []
    if "\x00" in text:
        notes.append(f"{text.count(chr(0)):,} NUL characters replaced by spaces")
        text = text.replace("\x00", " ")
    if _SURROGATE.search(text):
        n = len(_SURROGATE.findall(text))
        notes.append(f"{n:,} unpaired surrogates replaced by U+FFFD")
        text = _SURROGATE.sub("\ufffd", text)
    return text, notes


def truncate(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at the last paragraph break, else
    sentence end, else space in the second half of the allowance (else exactly there)."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    floor = limit // 2
    for pattern in _CUT_AT:
        last = None
        for last in pattern.finditer(head, floor):  # noqa: B007  (the last match is kept)
            pass
        if last is not None:
            return head[: last.end()].rstrip()
    return head


@dataclass
class Prepared:
    """An article made fit to store, with notes on what was changed; or why it cannot be."""

    article: Any
    notes: list[str]
    reason: str | None = None
    message: str | None = None


def prepare(art: Any, limits: Limits | None = None) -> Prepared:
    """Clean an Article's strings, apply the size limit (truncating or rejecting) and bound its
    id, title, URL and metadata. The Article is changed in place, once: a second call returns
    the first result (ingest prepares an article before it is sent to a worker)."""
    done = art.__dict__.get("_eventwire_prepared")
    if done is not None:
        return done
    got = _prepare(art, limits or current())
    art.__dict__["_eventwire_prepared"] = got
    return got


def _prepare(art: Any, limits: Limits) -> Prepared:
    notes: list[str] = []
    text, found = clean_text(art.text or "")
    notes += found
    if len(text) > limits.max_article_chars:
        if limits.oversize == "reject":
            return Prepared(
                art,
                notes,
                "too_large",
                f"the text has {len(text):,} characters, over the limit of "
                f"{limits.max_article_chars:,} (--max-article-chars)",
            )
        cut = truncate(text, limits.max_article_chars)
        notes.append(
            f"truncated from {len(text):,} to {len(cut):,} characters (limit "
            f"{limits.max_article_chars:,}, --max-article-chars)"
        )
        text = cut
    art.text = text
    for name in ("id", "title", "url", "language", "published", "source"):
        value = getattr(art, name, None)
        if isinstance(value, str):
            value, found = clean_text(value)
            notes += [f"{name}: {n}" for n in found]
            setattr(art, name, value)
    if len(art.id) > MAX_ID_CHARS:
        return Prepared(
            art,
            notes,
            "bad_field",
            f"the id has {len(art.id):,} characters (at most {MAX_ID_CHARS:,})",
        )
    if art.title and len(art.title) > MAX_TITLE_CHARS:
        art.title = art.title[:MAX_TITLE_CHARS]
        notes.append(f"title truncated to {MAX_TITLE_CHARS:,} characters")
    if art.url and len(art.url) > MAX_URL_CHARS:
        art.url = None
        notes.append(f"url dropped (longer than {MAX_URL_CHARS:,} characters)")
    elif art.url is not None and not art.url.strip():
        art.url = None
    elif art.url is not None and not _WEB_URL.fullmatch(art.url):
        scheme = _SCHEME.match(art.url.strip())
        kind = scheme.group(1).lower() if scheme else None
        why = (
            "spaces or control characters in it"
            if kind in ("http", "https")
            else f"a {kind}: URL"
            if kind
            else "not an http(s) URL"
        )
        art.url = None  # javascript:, data:, file: ... never reach a page as a link
        notes.append(f"url dropped ({why}; only http and https URLs are kept)")
    if art.meta:
        art.meta, dropped = _clean_meta(art.meta)
        if dropped:
            notes.append(dropped)
    return Prepared(art, notes)


def _clean_meta(meta: dict) -> tuple[dict, str | None]:
    import json

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return clean_text(value)[0]
        if isinstance(value, dict):
            return {clean_text(str(k))[0]: walk(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [walk(v) for v in value]
        return value

    try:
        size = len(json.dumps(meta, ensure_ascii=False, default=str, check_circular=True))
    except (ValueError, RecursionError):
        return {}, "metadata dropped (not representable as JSON)"
    if size > MAX_META_CHARS:
        return {}, f"metadata dropped ({size:,} characters of JSON, at most {MAX_META_CHARS:,})"
    return walk(meta), None


# ---------------------------------------------------------------- sentence length

_SOFT_BREAKS = frozenset({",", ";", ":", "—", "–", "-", "(", ")", "«", "»", '"'})


def cap_sentences(texts: Sequence[str], starts: list[bool], limit: int) -> list[bool]:
    """Sentence starts with no sentence longer than ``limit`` tokens: a longer one is cut
    after the last comma, semicolon, colon or dash of the second half of its allowance,
    else after ``limit`` tokens. ``starts`` is changed in place and returned."""
    n = len(starts)
    bounds = [0, *[k for k, s in enumerate(starts) if s and k], n]
    if max(b - a for a, b in zip(bounds, bounds[1:], strict=False)) <= limit:
        return starts  # no sentence too long (the common case: nothing to walk)
    begin = 0
    i = 1
    while i <= n:
        if i < n and not starts[i]:
            if i - begin >= limit:
                cut = i
                for j in range(i - 1, begin + limit // 2, -1):
                    if texts[j] in _SOFT_BREAKS:
                        cut = j + 1
                        break
                starts[cut] = True
                begin = cut
                i = cut + 1
                continue
            i += 1
            continue
        begin = i
        i += 1
    return starts


# ---------------------------------------------------------------- time


class ArticleTimeout(RuntimeError):
    """Extracting one article took longer than the limit."""


class _Expired(BaseException):
    """Raised in the worker thread by the watchdog (a BaseException, so that no
    ``except Exception`` in the pipeline swallows it); :class:`deadline` turns it into
    :class:`ArticleTimeout`."""


def _raise_in(thread: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` in ``thread`` at its next Python instruction (None: cancel a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread), ctypes.py_object(exc) if exc is not None else None
    )


@dataclass
class _Timer:
    thread: int
    due: float
    armed: bool = True
    fired: int = 0


class _Watchdog:
    """One daemon thread that raises :class:`_Expired` in threads past their deadline
    (again every ``REPEAT`` seconds, should the pipeline swallow it)."""

    REPEAT = 1.0

    def __init__(self) -> None:
        self.lock = threading.Condition()
        self.heap: list[tuple[float, int, _Timer]] = []
        self.count = itertools.count()
        self.pid = -1
        #: when the thread wakes up next on its own (inf: it waits to be notified); it
        #: then looks at the heap again, so a timer due later needs no wake-up
        self.wakes_at = 0.0

    def arm(self, seconds: float) -> _Timer:
        timer = _Timer(threading.get_ident(), time.monotonic() + seconds)
        with self.lock:
            if self.pid != os.getpid():  # first use, or a forked child: start the thread
                self.pid = os.getpid()
                self.heap = []
                self.wakes_at = 0.0  # (it looks at the heap as it starts)
                threading.Thread(target=self._run, name="eventwire-watchdog", daemon=True).start()
            while self.heap and not self.heap[0][2].armed:  # disarmed timers of past steps
                heapq.heappop(self.heap)
            heapq.heappush(self.heap, (timer.due, next(self.count), timer))
            # waking the thread for every article step cost up to 2 % of an extraction run
            if timer.due < self.wakes_at:
                self.lock.notify()
        return timer

    def disarm(self, timer: _Timer) -> bool:
        """Stop the timer; True when it fired (a pending, undelivered exception is cleared)."""
        with self.lock:
            if timer.armed:
                timer.armed = False
                if timer.fired:
                    _raise_in(timer.thread, None)
            return bool(timer.fired)

    def _run(self) -> None:
        with self.lock:
            while True:
                while self.heap and not self.heap[0][2].armed:
                    heapq.heappop(self.heap)
                if not self.heap:
                    self.wakes_at = math.inf
                    self.lock.wait()
                    continue
                due, _, timer = self.heap[0]
                wait = due - time.monotonic()
                if wait > 0:
                    self.wakes_at = due
                    self.lock.wait(wait)
                    continue
                heapq.heappop(self.heap)
                timer.fired += 1
                _raise_in(timer.thread, _Expired)
                timer.due = time.monotonic() + self.REPEAT
                heapq.heappush(self.heap, (timer.due, next(self.count), timer))


_WATCHDOG = _Watchdog()


class deadline:  # noqa: N801  (used as a context manager, like contextlib's)
    """``with deadline(seconds):`` raises :class:`ArticleTimeout` when the block runs longer
    than ``seconds`` (``None`` or ``0``: no limit)."""

    def __init__(self, seconds: float | None, what: str = "extracting the article") -> None:
        self.seconds = seconds if seconds and seconds > 0 else None
        self.what = what
        self.timer: _Timer | None = None

    def __enter__(self) -> deadline:
        if self.seconds is not None:
            self.timer = _WATCHDOG.arm(self.seconds)
        return self

    def __exit__(self, typ: Any, exc: Any, tb: Any) -> Literal[False]:
        if self.timer is None:
            return False
        fired = False
        while True:  # the watchdog's exception may arrive here: disarm until it sticks
            try:
                fired = _WATCHDOG.disarm(self.timer) or fired
                break
            except _Expired:
                fired = True
        # past the deadline, the result is a timeout even if the pipeline swallowed the
        # exception and finished; other BaseExceptions (KeyboardInterrupt) pass through
        if (fired or typ is _Expired) and (typ is None or issubclass(typ, Exception | _Expired)):
            raise ArticleTimeout(
                f"{self.what} took longer than {self.seconds:g} s (the limit per article; "
                "--timeout)"
            ) from None
        return False

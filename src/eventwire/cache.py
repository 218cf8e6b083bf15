"""Derived data kept between runs, so that a new process starts fast.

Everything here is rebuilt from the shipped artifacts when it is missing, unreadable or out
of date, and only ever read back by the process that would otherwise compute it; the files
live in the user's cache directory (:func:`cache_dir`: ``$EVENTWIRE_CACHE``, else
``$XDG_CACHE_HOME/eventwire``, else ``~/.cache/eventwire``). When no cache can be written,
everything is computed in memory as before.

- **Objects** (:func:`load_object` / :func:`save_object`): a loaded knowledge base pickled
  under a key that fingerprints what it was built from (:func:`fingerprint`: the artifact,
  the lexicon files and the source code that reads them), so that a changed artifact,
  lexicon or module builds it again.
- **Memos** (:func:`memo`): tables of pure functions of their input (how the tokenizer
  splits a lexicon word, what a regular expression compiles to), per namespace; new entries
  are written by :func:`save_memos` (after the pipelines are warmed, and at exit).
- **Regular expressions** (:func:`compile_regex`): ``re.compile`` whose parsed and compiled
  form is kept in a memo, keyed by the Python version and the regex engine's format: the
  time tagger's rules and lexicon alternations take a second to compile in each process
  otherwise.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

__all__ = [
    "cache_dir",
    "compile_regex",
    "fingerprint",
    "load_object",
    "memo",
    "prime_re",
    "regex_namespace",
    "remembered",
    "save_memos",
    "save_object",
    "touch",
]

#: Entries a memo keeps at most (a new table is started past this: lexicons were edited a lot).
MAX_MEMO = 50_000


def cache_dir() -> Path:
    """Where derived lookup files are kept."""
    env = os.environ.get("EVENTWIRE_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "eventwire"


def fingerprint(paths: Iterable[Path], extra: Iterable[str] = ()) -> str:
    """A short hash of the locations and contents of ``paths`` (missing ones count as
    missing), of ``extra`` strings, and of the Python version. The location counts because
    cached objects remember where their files are: two checkouts or installs with the same
    data must not share an entry (one of them may be deleted)."""
    h = hashlib.sha1()
    h.update(sys.version.encode())
    for s in extra:
        h.update(b"\0" + s.encode())
    for path in sorted(Path(p) for p in paths):
        h.update(b"\1" + str(path.resolve()).encode())
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"\2missing")
    return h.hexdigest()[:16]


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)  # atomic: concurrent writers each write their own file
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


# -- objects ----------------------------------------------------------------------------------


def _object_path(name: str, key: str) -> Path:
    return cache_dir() / f"{name}-{key}.pickle"


def load_object(name: str, key: str) -> Any | None:
    """The object saved under ``name`` and ``key``, or None (absent or unreadable)."""
    path = _object_path(name, key)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    import gc

    was_on = gc.isenabled()
    gc.disable()  # millions of small objects: the collector would only slow loading down
    try:
        return pickle.loads(data)
    except Exception:  # noqa: BLE001  (a truncated or foreign file: rebuild)
        return None
    finally:
        if was_on:
            gc.enable()


#: Versions of one object kept side by side (several checkouts or installs of eventwire on
#: one machine, each with its own lexicons, must not keep evicting each other's).
KEEP_VERSIONS = 4


def save_object(name: str, key: str, obj: Any) -> None:
    """Keep ``obj`` under ``name`` and ``key`` (only the most recent versions of ``name``
    are kept: see ``KEEP_VERSIONS``)."""
    path = _object_path(name, key)
    try:
        _write_atomic(path, pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
        others = [p for p in path.parent.glob(f"{name}-*.pickle") if p != path]
        others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[KEEP_VERSIONS - 1 :]:
            old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001  (a cache: never fail the run)
        pass


# -- memos ------------------------------------------------------------------------------------

_MEMOS: dict[str, dict[str, Any]] = {}
_DIRTY: set[str] = set()


def memo(namespace: str) -> dict[str, Any]:
    """The memo table of ``namespace`` (read from the cache on first use). Callers add
    entries and call :func:`touch`; values must be plain data (lists, dicts, str, int)."""
    table = _MEMOS.get(namespace)
    if table is None:
        loaded = load_object("memo", namespace)
        table = loaded if isinstance(loaded, dict) else {}
        _MEMOS[namespace] = table
    return table


def remembered(namespace: str, key: str, compute: Callable[[], Any]) -> Any:
    """``compute()`` (plain data), kept in the memo of ``namespace`` under ``key``."""
    table = memo(namespace)
    got = table.get(key)
    if got is not None:
        return got[0]
    value = compute()
    table[key] = [value]
    touch(namespace)
    return value


def touch(namespace: str) -> None:
    """Note that ``namespace`` has new entries to save."""
    _DIRTY.add(namespace)


def save_memos() -> None:
    """Write the memo tables that have new entries (errors are ignored: a cache)."""
    for namespace in sorted(_DIRTY):
        table = _MEMOS.get(namespace, {})
        if len(table) > MAX_MEMO:
            table.clear()
        try:
            data = pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL)
            _write_atomic(_object_path("memo", namespace), data)
        except Exception:  # noqa: BLE001  (a cache: never fail the run)
            pass
    _DIRTY.clear()


atexit.register(save_memos)


# -- regular expressions ----------------------------------------------------------------------


def regex_namespace() -> str:
    """A memo namespace for what depends on this Python's regex parser and engine."""
    import _sre
    from re import _constants  # type: ignore[attr-defined]

    v = sys.version_info
    return f"regex-py{v[0]}{v[1]}{v[2]}-{_constants.MAGIC}-{_sre.CODESIZE}"


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, without parsing and compiling a pattern this machine
    compiled before (its compiled code is kept in a memo)."""
    flags = int(flags)
    namespace = regex_namespace()
    table = memo(namespace)
    key = f"{flags}:{pattern}"
    got = table.get(key)
    if got is not None:
        try:
            import _sre

            return _sre.compile(  # type: ignore[no-any-return]
                pattern, got[0], got[1], got[2], got[3], tuple(got[4])
            )
        except Exception:  # noqa: BLE001  (not this engine's code: compile again)
            pass
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = [int(c) for c in _compiler._code(parsed, flags)]  # (opcodes: int subclasses)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = [flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex]
        entry.append(indexgroup)
        import _sre

        compiled = _sre.compile(pattern, entry[0], code, entry[2], groupindex, tuple(indexgroup))
    except re.error:
        raise
    except Exception:  # noqa: BLE001  (another Python: the public way, not memoised)
        return re.compile(pattern, flags)
    table[key] = entry
    touch(namespace)
    return compiled  # type: ignore[no-any-return]


def prime_re(patterns: Iterable[str]) -> None:
    """Put the remembered compiled form of ``patterns`` (flags 0) into the ``re`` module's
    own cache, so that a library compiling exactly these strings with ``re.compile`` (spaCy's
    tokenizer affixes) gets them without compiling. A pattern this cannot place is simply
    compiled by its user as before."""
    cached = getattr(re, "_cache", None)
    if not isinstance(cached, dict):
        return
    for pattern in patterns:
        try:
            cached[(str, pattern, 0)] = compile_regex(pattern)
        except re.error:
            continue

"""Files, directories and standard input -> Article objects, with clear problems for bad input.

Inputs:

- ``.txt`` (and files without a suffix): one article. An optional first line
  ``date YYYY[-MM[-DD]]`` (leading blanks allowed, the article may continue on the same line)
  gives the publication date and is removed; offsets refer to the text after it.
- ``.json``: one object or a list of objects; ``.jsonl`` / ``.ndjson``: one object per line.
  Objects are ``{id, text, title?, url?, published?, language?}``; ``text_file`` (relative to
  the JSON file's folder) may replace ``text``, as in the gold files.
- ``.html`` / ``.htm`` -> :func:`eventwire.sources.html.read_html`;
  ``.rss`` / ``.atom`` / ``.xml`` -> :func:`eventwire.sources.feeds.read_feed`.
- directories: every file below them, recursively, sorted by path; hidden entries skipped.
- ``-``: standard input, read as JSONL when every non-empty line is a JSON object, else as text.

A bad file or line never stops the others: it becomes an :class:`InputProblem` passed to
``on_error`` (default: one line on standard error) and reading goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from eventwire.article import Article

#: Largest input read by default (bytes); larger files give a ``too_large`` problem.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

#: The fixed vocabulary of :attr:`InputProblem.reason`.
REASONS: dict[str, str] = {
    "not_found": "the path does not exist",
    "not_a_file": "the path is neither a regular file nor a directory",
    "unreadable": "the file could not be read (permissions, I/O error, reader failure)",
    "empty": "the input holds no text",
    "binary": "the input looks like binary data, not text",
    "undecodable": "the bytes are not valid UTF-8 (or UTF-16 with a byte-order mark)",
    "malformed_json": "the JSON could not be parsed, or is not an object",
    "missing_text": "a JSON object has no usable text",
    "bad_field": "a JSON field has the wrong type",
    "bad_date": "a publication date is not ISO YYYY, YYYY-MM or YYYY-MM-DD",
    "unsupported_language": "the language is not one eventwire reads",
    "too_large": "the input is larger than the size limit",
    "unsupported": "the input kind is not supported",
    "extraction_failed": "the extraction pipeline failed on this article",
    "timeout": "extracting the article took longer than the limit per article",
    "store_failed": "the store refused the article (the message says why)",
    "id_conflict": "the article id is already stored (or used twice) with another text",
}

TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
SUPPORTED_LANGUAGES = ("it", "en")

_HEADER = re.compile(r"[ \t\ufeff]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s|$)\s*", re.I)
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_ISO_DATETIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}


@dataclass(frozen=True)
class InputProblem:
    """One input that could not be read (or read only in part), and why."""

    source: str
    line: int | None
    reason: str
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message} [{self.reason}]"


class InputError(ValueError):
    """A bad argument to the readers (not a bad input file)."""


ProblemHandler = Callable[[InputProblem], None]


def print_problem(problem: InputProblem) -> None:
    """The default problem handler: one line on standard error."""
    print(f"eventwire: {problem}", file=sys.stderr)


# ---------------------------------------------------------------- dates, languages, header


def validate_published(value: str) -> str:
    """``value`` as an ISO date ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ValueError if not.

    A full ISO timestamp (``2023-09-10T08:00:00Z``) is accepted and cut to its date.
    """
    text = value.strip()
    stamp = _ISO_DATETIME.fullmatch(text)
    if stamp:
        text = stamp.group(1)
    m = _ISO.fullmatch(text)
    if not m:
        raise ValueError(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = m.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid date ({exc})") from None
    return text


def normalize_language(value: str) -> str:
    """``it`` / ``en`` from ``IT``, ``en-GB``, ``it_IT``; ValueError for other languages."""
    code = value.strip().lower().replace("_", "-").split("-")[0]
    if code not in SUPPORTED_LANGUAGES:
        raise ValueError(
            f"language {value!r} is not supported (eventwire reads {', '.join(SUPPORTED_LANGUAGES)})"
        )
    return code


def split_header(text: str) -> tuple[str | None, str]:
    """``(date, article)``: the ``date YYYY[-MM[-DD]]`` header of a text file, and the rest.

    The header is the first thing in the text (after blanks); the article may follow on the
    same line, as in the seed file. Without a header: ``(None, text)``. The date is returned
    as written; check it with :func:`validate_published`.
    """
    m = _HEADER.match(text)
    if not m:
        return None, text
    return m.group(1), text[m.end() :]


# ---------------------------------------------------------------- bytes -> text


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls / len(sample) > 0.05


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes, source: str, line: int | None = None) -> str | InputProblem:
    """UTF-8 (BOM allowed) or BOM-marked UTF-16 text, or the problem that prevents it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return InputProblem(source, line, "undecodable", f"invalid UTF-16 ({exc.reason})")
    if _is_binary(data):
        return InputProblem(
            source, line, "binary", "looks like binary data (NUL or control bytes), not text"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = line if line is not None else _line_of(data, exc.start)
        bad = data[exc.start : exc.start + 1].hex()
        return InputProblem(
            source,
            where,
            "undecodable",
            f"not UTF-8 text (byte 0x{bad} at byte offset {exc.start}); convert the file to UTF-8",
        )


# ---------------------------------------------------------------- reader


class _Reader:
    def __init__(
        self,
        *,
        language: str | None,
        published: str | None,
        on_error: ProblemHandler,
        max_bytes: int,
        stdin: BinaryIO | None,
    ) -> None:
        self.language = language
        self.published = published
        self.on_error = on_error
        self.max_bytes = max_bytes
        self.stdin = stdin

    # -- helpers
    def problem(self, source: str, line: int | None, reason: str, message: str) -> None:
        self.on_error(InputProblem(source, line, reason, message))

    def path_problem(self, path: Path, reason: str, message: str) -> None:
        self.problem(str(path), None, reason, message)

    def finish(self, art: Article) -> Article:
        """Apply the language / published overrides."""
        if self.published is not None:
            art.published = self.published
        if self.language == "auto":
            from eventwire.langid import detect

            art.language = detect(art.text)
        elif self.language is not None:
            art.language = self.language
        return art

    def read_bytes(self, path: Path) -> bytes | None:
        source = str(path)
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                self.problem(
                    source,
                    None,
                    "too_large",
                    f"{size:,} bytes is over the limit of {self.max_bytes:,} bytes",
                )
                return None
            with path.open("rb") as fh:
                data = fh.read(self.max_bytes + 1)
        except OSError as exc:
            self.problem(source, None, "unreadable", f"cannot read: {exc.strerror or exc}")
            return None
        if len(data) > self.max_bytes:
            self.problem(source, None, "too_large", f"over the limit of {self.max_bytes:,} bytes")
            return None
        return data

    # -- dispatch
    def read(self, paths: Iterable[str | Path]) -> Iterator[Article]:
        for raw in paths:
            if str(raw) == "-":
                yield from self.read_stdin()
                continue
            path = Path(raw)
            if not path.exists():
                self.problem(str(raw), None, "not_found", "no such file or directory")
            elif path.is_dir():
                for child in iter_files(path, on_error=self.path_problem):
                    yield from self.read_file(child, root=path)
            elif path.is_file():
                yield from self.read_file(path, root=None)
            else:
                self.problem(str(raw), None, "not_a_file", "not a regular file or directory")

    def read_stdin(self) -> Iterator[Article]:
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        data = stream.read(self.max_bytes + 1)
        if len(data) > self.max_bytes:
            self.problem(
                "<stdin>", None, "too_large", f"over the limit of {self.max_bytes:,} bytes"
            )
            return
        if _looks_like_jsonl(data):
            yield from self.read_jsonl(data, "<stdin>", base=Path.cwd())
        else:
            yield from self.read_text(data, "<stdin>", art_id="")

    def read_file(self, path: Path, root: Path | None) -> Iterator[Article]:
        suffix = path.suffix.lower()
        source = str(path)
        known = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
        if suffix not in known:
            self.problem(
                source,
                None,
                "unsupported",
                f"unsupported file type {suffix!r} (expected .txt, .json, .jsonl, .html, "
                ".rss, .atom or .xml)",
            )
            return
        if not path.is_file():  # a pipe, socket or device (never opened), a broken link
            if path.exists():
                self.problem(source, None, "not_a_file", "not a regular file (not read)")
            else:
                self.problem(source, None, "not_found", "a broken symbolic link")
            return
        data = self.read_bytes(path)
        if data is None:
            return
        if suffix in TEXT_SUFFIXES:
            yield from self.read_text(data, source, art_id=_file_id(path, root))
        elif suffix in JSON_SUFFIXES:
            yield from self.read_json(data, source, base=path.parent)
        elif suffix in JSONL_SUFFIXES:
            yield from self.read_jsonl(data, source, base=path.parent)
        else:
            yield from self.read_markup(path, data, suffix)

    # -- kinds
    def read_text(self, data: bytes, source: str, art_id: str) -> Iterator[Article]:
        text = decode(data, source)
        if isinstance(text, InputProblem):
            self.on_error(text)
            return
        art = self.article_from_text(text, source, art_id)
        if art is not None:
            yield self.finish(art)

    def article_from_text(self, text: str, source: str, art_id: str) -> Article | None:
        if not text.strip():
            self.problem(source, None, "empty", "the file holds no text")
            return None
        date, body = split_header(text)
        published = None
        if date is not None:
            try:
                published = validate_published(date)
            except ValueError as exc:
                self.problem(source, 1, "bad_date", f"header line: {exc}")
        if not body.strip():
            self.problem(source, None, "empty", "no article text after the date header")
            return None
        return Article(text=body, id=art_id, published=published, source=source)

    def read_json(self, data: bytes, source: str, base: Path) -> Iterator[Article]:
        text = decode(data, source)
        if isinstance(text, InputProblem):
            self.on_error(text)
            return
        if not text.strip():
            self.problem(source, None, "empty", "the file holds no JSON")
            return
        try:
            value = loads(text)
        except json.JSONDecodeError as exc:
            self.problem(source, exc.lineno, "malformed_json", f"invalid JSON: {exc.msg}")
            return
        if isinstance(value, dict):
            items: list[tuple[Any, str | None]] = [(value, None)]
        elif isinstance(value, list):
            items = [(v, f"item {i}") for i, v in enumerate(value)]
            if not items:
                self.problem(source, None, "empty", "the JSON list is empty")
        else:
            self.problem(
                source,
                None,
                "malformed_json",
                f"expected a JSON object or a list of objects, got {_json_kind(value)}",
            )
            return
        for obj, label in items:
            art = self.article_from_object(obj, source, None, base, label)
            if art is not None:
                yield self.finish(art)

    def read_jsonl(self, data: bytes, source: str, base: Path) -> Iterator[Article]:
        if not data.strip():
            self.problem(source, None, "empty", "the file holds no JSON lines")
            return
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        for number, raw in enumerate(data.split(b"\n"), start=1):
            if not raw.strip():
                continue
            line = decode(raw, source, number)
            if isinstance(line, InputProblem):
                self.on_error(line)
                continue
            try:
                obj = loads(line)
            except json.JSONDecodeError as exc:
                self.problem(
                    source,
                    number,
                    "malformed_json",
                    f"invalid JSON: {exc.msg} (column {exc.colno})",
                )
                continue
            art = self.article_from_object(obj, source, number, base, None)
            if art is not None:
                yield self.finish(art)

    def article_from_object(
        self, obj: Any, source: str, line: int | None, base: Path, label: str | None
    ) -> Article | None:
        prefix = f"{label}: " if label else ""
        if not isinstance(obj, dict):
            self.problem(
                source,
                line,
                "malformed_json",
                f"{prefix}expected a JSON object, got {_json_kind(obj)}",
            )
            return None
        fields: dict[str, str | None] = {}
        for key in ("id", "title", "url", "published", "language", "text", "text_file"):
            value = obj.get(key)
            if value is None or isinstance(value, str):
                fields[key] = value
            elif key == "id" and isinstance(value, int) and not isinstance(value, bool):
                fields[key] = str(value)
            else:
                self.problem(
                    source,
                    line,
                    "bad_field",
                    f"{prefix}field {key!r} must be a string, got {_json_kind(value)}",
                )
                return None
        text = fields["text"]
        header_date = None
        if text is None and fields["text_file"]:
            bad = _unsafe_text_file(fields["text_file"])
            if bad:
                self.problem(source, line, "bad_field", f"{prefix}field 'text_file': {bad}")
                return None
            loaded = self.load_text_file(base / fields["text_file"], source, line, prefix)
            if loaded is None:
                return None
            header_date, text = loaded
        if text is None or not text.strip():
            what = "empty" if text is not None else "no"
            self.problem(source, line, "missing_text", f"{prefix}{what} 'text' field")
            return None
        published = fields["published"] or header_date
        if published is not None:
            try:
                published = validate_published(published)
            except ValueError as exc:
                self.problem(source, line, "bad_date", f"{prefix}field 'published': {exc}")
                published = None
        language = fields["language"]
        if language is not None and self.language is None:
            try:
                language = normalize_language(language)
            except ValueError as exc:
                self.problem(source, line, "unsupported_language", f"{prefix}{exc}")
                return None
        where = f"{source}:{line}" if line is not None else source
        return Article(
            text=text,
            id=fields["id"] or "",
            title=fields["title"],
            url=fields["url"],
            language=language,
            published=published,
            source=where,
            meta={k: v for k, v in obj.items() if k not in fields},
        )

    def load_text_file(
        self, path: Path, source: str, line: int | None, prefix: str
    ) -> tuple[str | None, str] | None:
        if not path.is_file():
            self.problem(source, line, "not_found", f"{prefix}text_file {str(path)!r} not found")
            return None
        data = self.read_bytes(path)
        if data is None:
            return None
        text = decode(data, str(path))
        if isinstance(text, InputProblem):
            self.on_error(text)
            return None
        return split_header(text)

    def read_markup(self, path: Path, data: bytes, suffix: str) -> Iterator[Article]:
        from eventwire.sources.feeds import read_feed
        from eventwire.sources.html import MarkupError, read_html

        reader: Callable[[Path, bytes], Iterable[Article | InputProblem]]
        reader = read_html if suffix in HTML_SUFFIXES else read_feed
        source = str(path)
        try:
            for art in reader(path, data):
                if isinstance(art, InputProblem):  # a feed entry without text
                    self.on_error(art)
                    continue
                if not art.source:
                    art.source = source
                yield self.finish(art)
        except NotImplementedError as exc:
            self.problem(
                source, None, "unsupported", str(exc) or f"{suffix} input is not supported"
            )
        except MarkupError as exc:  # refused, with the reason
            self.problem(source, None, exc.reason, str(exc).removeprefix(f"{source}: "))
        except Exception as exc:  # noqa: BLE001  (a reader failure must not stop the others)
            self.problem(source, None, "unreadable", f"{type(exc).__name__}: {exc}")


def _unsafe_text_file(name: str) -> str | None:
    """Why a ``text_file`` value is refused, or None: an input names a text file beside it,
    never an absolute path, a hidden file or folder, or a file that is not ``.txt``."""
    parts = Path(name).parts
    if Path(name).is_absolute() or name.startswith("~"):
        return f"{name!r} is not a relative path"
    if any(p.startswith(".") and p not in (".", "..") for p in parts):
        return f"{name!r} names a hidden file or folder"
    if Path(name).suffix.lower() not in (".txt", ".text"):
        return f"{name!r} is not a .txt file"
    return None


def loads(text: str) -> Any:
    """``json.loads``, with nesting too deep for the parser (``[[[[...``) reported as a
    :class:`json.JSONDecodeError` like any other malformed JSON."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text[:0], 0) from None


def _json_kind(value: Any) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _looks_like_jsonl(data: bytes) -> bool:
    lines = [ln.strip() for ln in data.split(b"\n") if ln.strip()]
    if not lines:
        return False
    for ln in lines:
        if not ln.startswith((b"{", b"\xef\xbb\xbf{")):
            return False
        try:
            if not isinstance(loads(ln.decode("utf-8-sig")), dict):
                return False
        except (UnicodeDecodeError, json.JSONDecodeError):
            return False
    return True


def _file_id(path: Path, root: Path | None) -> str:
    """Article id of a text file: its path below the directory given, without suffix."""
    if root is None:
        return path.stem
    rel = path.relative_to(root).with_suffix("")
    return rel.as_posix()


def iter_files(
    root: Path, on_error: Callable[[Path, str, str], None] | None = None
) -> Iterator[Path]:
    """Every non-hidden entry below ``root`` that is not a folder, sorted by path
    (deterministic): regular files, and special files or broken links for the reader to
    report. A folder reached again through a symbolic link is not read twice, and a folder
    that cannot be listed is skipped; both are passed to ``on_error(path, reason, message)``.
    The walk keeps its own stack: any depth of folders is fine."""
    seen: set[Path] = set()

    def entries(folder: Path) -> Iterator[Path]:
        try:
            real = folder.resolve()
        except (OSError, RuntimeError):  # a loop of links
            real = folder
        if real in seen:
            if on_error:
                on_error(folder, "not_a_file", "a link to a folder already read (not read twice)")
            return iter(())
        seen.add(real)
        try:
            found = sorted(folder.iterdir(), key=lambda p: p.name)
        except OSError as exc:
            if on_error:
                on_error(folder, "unreadable", f"cannot list the folder: {exc.strerror or exc}")
            return iter(())
        return iter([p for p in found if not p.name.startswith(".")])

    stack = [entries(root)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif entry.is_dir():
            stack.append(entries(entry))
        else:
            yield entry


def expand_paths(paths: Iterable[str | Path]) -> list[str]:
    """The inputs ``read_articles`` would open, directories expanded (for progress bars)."""
    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if str(raw) != "-" and path.is_dir():
            out.extend(str(p) for p in iter_files(path))
        else:
            out.append(str(raw))
    return out


def read_articles(
    paths: Iterable[str | Path],
    *,
    language: str | None = None,
    published: str | None = None,
    on_error: ProblemHandler | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Article]:
    """Yield the articles of files, directories and ``-`` (standard input), in order.

    ``language`` (``it``, ``en`` or ``auto`` = detect) and ``published`` (ISO date) override
    the per-article values. Bad inputs go to ``on_error`` (default :func:`print_problem`) and
    reading continues. Raises :class:`InputError` at once for a bad ``language``/``published``.
    """
    if language is not None and language != "auto":
        try:
            language = normalize_language(language)
        except ValueError as exc:
            raise InputError(str(exc)) from None
    if published is not None:
        try:
            published = validate_published(published)
        except ValueError as exc:
            raise InputError(f"published: {exc}") from None
    if max_bytes <= 0:
        raise InputError(f"max_bytes must be positive, got {max_bytes}")
    if isinstance(paths, str | Path):
        paths = [paths]
    reader = _Reader(
        language=language,
        published=published,
        on_error=on_error or print_problem,
        max_bytes=max_bytes,
        stdin=stdin,
    )
    return reader.read(list(paths))

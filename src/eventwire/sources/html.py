"""HTML pages -> Article: main text and title (trafilatura), publication date (htmldate).

Guards for untrusted pages: a size limit, no network (the page is parsed from the bytes given;
nothing named in it is fetched), no entity expansion (pages declaring ``<!ENTITY`` are
refused), and a cap on the extracted text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from eventwire.article import Article

#: Largest page read (bytes).
MAX_HTML_BYTES = 10 * 1024 * 1024
#: Largest main text kept (characters).
MAX_TEXT_CHARS = 1_000_000

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)


class MarkupError(ValueError):
    """A page or feed that is refused (too large, entity declarations, no content); ``reason``
    is the manifest's word for it (:data:`eventwire.sources.files.REASONS`)."""

    def __init__(self, message: str, reason: str = "unreadable") -> None:
        super().__init__(message)
        self.reason = reason


def check_markup(path: Path, data: bytes, limit: int, kind: str) -> None:
    """Raise MarkupError for input over ``limit`` bytes or declaring XML entities."""
    if len(data) > limit:
        raise MarkupError(
            f"{path}: {kind} of {len(data):,} bytes is over the limit of {limit:,}", "too_large"
        )
    if _ENTITY_DECL.search(data):
        raise MarkupError(f"{path}: {kind} declares XML entities (refused: entity expansion)")


def _parse(data: bytes) -> object | None:
    from trafilatura.utils import load_html

    return load_html(data)


def read_html(path: Path, data: bytes) -> Iterator[Article]:
    """Yield the article of one HTML page (title, main text, date, canonical URL)."""
    check_markup(path, data, MAX_HTML_BYTES, "HTML page")
    from htmldate import find_date
    from trafilatura import bare_extraction

    tree = _parse(data)
    if tree is None:
        raise MarkupError(f"{path}: not an HTML page")
    try:
        got = bare_extraction(
            _parse(data), with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception:  # noqa: BLE001  (the metadata code trips on odd trees: text without it)
        try:
            got = bare_extraction(
                _parse(data), with_metadata=False, include_comments=False, include_tables=False
            )
        except Exception as exc:  # noqa: BLE001
            raise MarkupError(f"{path}: the page cannot be read ({type(exc).__name__})") from None
    doc: dict | None = got if isinstance(got, dict) or got is None else got.as_dict()
    text = (doc or {}).get("text") or ""
    text = text.strip()[:MAX_TEXT_CHARS]
    if not text:
        raise MarkupError(f"{path}: no article text found in the page", "empty")
    title = (doc or {}).get("title") or None
    try:
        # a parsed tree, never a string: htmldate fetches strings that look like URLs
        published = find_date(tree, extensive_search=False, original_date=True)
    except Exception:  # noqa: BLE001  (a date we cannot read is no date)
        published = None
    if not published:
        published = (doc or {}).get("date") or None
    url = (doc or {}).get("url") or None
    if url and not re.match(r"https?://", url):
        url = None
    meta = {k: doc[k] for k in ("sitename", "author", "hostname") if doc and doc.get(k)}
    if meta.get("sitename"):
        meta["source_name"] = meta["sitename"]
    yield Article(
        text=text,
        id=url or path.with_suffix("").as_posix(),  # unique: pages share stems (index.html)
        title=title,
        url=url,
        published=published[:10] if published else None,
        source=str(path),
        meta=meta,
    )

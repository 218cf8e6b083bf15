"""HTML pages -> Article (main text, title and date via trafilatura / htmldate). Owned by the store issue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.article import Article


def read_html(path: Path, data: bytes) -> Iterator[Article]:
    """Yield the article of one HTML page (not implemented yet)."""
    raise NotImplementedError("HTML input is not supported yet")

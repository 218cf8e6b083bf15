"""RSS / Atom feed files -> Article per entry (feedparser). Owned by the store issue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.article import Article


def read_feed(path: Path, data: bytes) -> Iterator[Article]:
    """Yield one article per feed entry (not implemented yet)."""
    raise NotImplementedError("feed input is not supported yet")

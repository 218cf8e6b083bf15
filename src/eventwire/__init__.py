"""eventwire: political events (PLOVER) from news articles in their own language.

Public API: :func:`extract` for one text, :func:`extract_articles` for many,
:class:`EventRecord` and friends from :mod:`eventwire.records`.
"""

from __future__ import annotations

from eventwire.api import extract, extract_articles
from eventwire.article import Article
from eventwire.records import Actor, EventRecord, Factuality, Place, Time
from eventwire.store import open_store

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "EventRecord",
    "Factuality",
    "Place",
    "Time",
    "extract",
    "extract_articles",
    "open_store",
    "__version__",
]

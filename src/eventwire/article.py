"""Article: one news text with its metadata, as every reader yields it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Article:
    """A news article: text plus id, title, url, language (ISO 639-1), published (ISO, partial ok)."""

    text: str
    id: str = ""
    title: str | None = None
    url: str | None = None
    language: str | None = None
    published: str | None = None
    source: str | None = None  # where it was read from: "path[:line]"
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = "art-" + self.content_hash()[:16]

    def content_hash(self) -> str:
        """SHA-256 of the text (the store's de-duplication key)."""
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

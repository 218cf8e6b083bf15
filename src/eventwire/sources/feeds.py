"""RSS / Atom feed files -> one Article per entry (feedparser).

Guards for untrusted feeds: a size limit, entity declarations refused (no "billion laughs"),
the feed parsed from the bytes given (feedparser never fetches: it gets a stream, not a URL),
a cap on entries, and entry HTML reduced to text without loading anything it names.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

from eventwire.article import Article
from eventwire.sources.files import InputProblem
from eventwire.sources.html import MAX_TEXT_CHARS, MarkupError, check_markup

#: Largest feed file read (bytes).
MAX_FEED_BYTES = 20 * 1024 * 1024
#: Most entries read from one feed.
MAX_ENTRIES = 10_000


def html_to_text(markup: str) -> str:
    """The text of an HTML fragment (block elements become line breaks)."""
    if "<" not in markup:
        return markup.strip()
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # noqa: BLE001  (unparsable markup: strip tags)
        return re.sub(r"<[^>]+>", " ", markup).strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr"):
        el.tail = "\n" + (el.tail or "")
    text = root.text_content()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line).strip()


def _date(entry: dict) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
    return None


def read_feed(path: Path, data: bytes) -> Iterator[Article | InputProblem]:
    """Yield one article per feed entry (entry content, else summary, as text); an entry
    without text, and the entries past :data:`MAX_ENTRIES`, as problems."""
    check_markup(path, data, MAX_FEED_BYTES, "feed")
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        why = f" ({type(problem).__name__}: {problem})" if problem else ""
        raise MarkupError(f"{path}: no feed entries found{why}", "empty")
    feed = parsed.get("feed") or {}
    outlet = feed.get("title") or None
    language = (feed.get("language") or "").split("-")[0].lower() or None
    for n, entry in enumerate(entries[:MAX_ENTRIES], start=1):
        body = ""
        for content in entry.get("content") or []:
            if content.get("value"):
                body = content["value"]
                break
        body = body or entry.get("summary") or ""
        text = html_to_text(body)[:MAX_TEXT_CHARS]
        if not text:  # accounted for: every entry is an input
            yield InputProblem(f"{path}:{n}", None, "missing_text", f"feed entry {n} has no text")
            continue
        link = entry.get("link") or None
        if link and not re.match(r"https?://", link):
            link = None
        meta = {"feed": str(path)}
        if outlet:
            meta["source_name"] = outlet
        yield Article(
            text=text,
            id=str(entry.get("id") or link or f"{path.with_suffix('').as_posix()}-{n}"),
            title=html_to_text(entry.get("title") or "") or None,
            url=link,
            language=language if language in ("it", "en") else None,
            published=_date(entry),
            source=f"{path}:{n}",
            meta=meta,
        )
    if len(entries) > MAX_ENTRIES:
        yield InputProblem(
            str(path),
            None,
            "too_large",
            f"{len(entries):,} feed entries: only the first {MAX_ENTRIES:,} were read",
        )

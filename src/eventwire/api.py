"""The library entry points: extract() for one text, extract_articles() for many."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator

from eventwire.article import Article
from eventwire.records import ArticleRef, EventRecord

EXTRACTOR_VERSION = "0.1.0"


def detect_language(text: str, default: str = "en") -> str:
    """The article's language among the supported ones (py3langid, restricted)."""
    from eventwire.langid import detect

    return detect(text, default=default)


def extract(
    text: str,
    language: str | None = None,
    published: str | None = None,
    *,
    article_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    actor_dictionaries: Iterable[str] | None = None,
    keep_unplaced: bool | None = None,
) -> list[EventRecord]:
    """Extract the events of one article text.

    ``actor_dictionaries``: custom actor dictionary files (CSV/YAML/PETRARCH) that take
    precedence over the built-in actors. ``keep_unplaced``: also return the acts none of
    whose parties has a country (withheld by default; see :func:`keep_unplaced_default`).
    """
    art = Article(
        text=text, id=article_id or "", title=title, url=url, language=language, published=published
    )
    return next(
        extract_articles([art], actor_dictionaries=actor_dictionaries, keep_unplaced=keep_unplaced)
    )[1]


def extract_articles(
    articles: Iterable[Article],
    batch_size: int = 32,
    actor_dictionaries: Iterable[str] | None = None,
    keep_unplaced: bool | None = None,
) -> Iterator[tuple[Article, list[EventRecord]]]:
    """Yield ``(article, records)`` for each article, in input order.

    ``keep_unplaced``: also yield the acts none of whose parties has a country (None: the
    environment decides, :func:`keep_unplaced_default`).

    Consecutive articles of one language are extracted together, up to ``batch_size`` of
    them and :data:`BATCH_CHARS` characters: each pipeline component runs over the batch's
    Docs in a row (see :func:`_extract_batch`). An article that fails or times out raises
    before the articles of its batch are yielded.
    """
    from eventwire.pipeline.nlp import get_nlp

    dictionaries = tuple(str(p) for p in actor_dictionaries or ())
    batch: list[Article] = []
    chars = 0
    nlp = None
    for art in articles:
        if not art.language:
            art.language = detect_language(art.text)
        art_nlp = get_nlp(art.language, dictionaries)
        if batch and (
            art_nlp is not nlp or len(batch) >= batch_size or chars + len(art.text) > BATCH_CHARS
        ):
            yield from _extract_batch(nlp, batch, keep_unplaced)
            batch, chars = [], 0
        nlp = art_nlp
        if id(nlp) not in _WARM:  # knowledge loads lazily: load it before the clock runs
            _WARM.add(id(nlp))
            warm = _WARM_UP.get(art.language, "")
            _records(nlp, Article(text=warm, language=art.language, published="2020-03-04"))
            freeze_knowledge()
        batch.append(art)
        chars += len(art.text)
    if batch:
        yield from _extract_batch(nlp, batch, keep_unplaced)


#: At most this many characters of text in one batch of :func:`extract_articles` (a long
#: article makes a batch of its own).
BATCH_CHARS = 64_000


def _extract_batch(  # noqa: ANN001
    nlp, batch: list[Article], keep_unplaced: bool | None = None
) -> Iterator[tuple[Article, list[EventRecord]]]:
    """The records of a batch of articles, extracted component by component: each component
    runs over all the batch's Docs before the next one does, so that its code and tables are
    still in the processor's caches from one Doc to the next (15-20 % less CPU time than
    article by article on short news articles; the same records, each Doc going through
    the same components in the same order). The time limit stays per article: the time
    each article's own steps take is added up (:func:`_step`)."""
    from eventwire.limits import current

    limit = current().timeout
    spent = [0.0] * len(batch)
    docs = [_step(limit, spent, k, _make_doc, nlp, art) for k, art in enumerate(batch)]
    for _, proc in nlp.pipeline:
        docs = [_step(limit, spent, k, proc, doc) for k, doc in enumerate(docs)]
    for k, (art, doc) in enumerate(zip(batch, docs, strict=True)):
        records = _step(limit, spent, k, records_from_doc, doc, art, keep_unplaced)
        # the per-Doc tables (span lists, indexes) refer back to the Doc: dropped here (the
        # Doc is done with: all its user data), the Doc and its spans go at once, not in the
        # garbage collector's full collections
        doc.user_data.clear()
        yield art, records


def _step(limit: float | None, spent: list[float], k: int, fn, *args):  # noqa: ANN001, ANN002, ANN202
    """``fn(*args)`` for article ``k`` of a batch, within what is left of its time limit
    (:class:`~eventwire.limits.ArticleTimeout` once its steps together took longer)."""
    from eventwire.limits import ArticleTimeout, deadline

    if not limit or limit <= 0:
        return fn(*args)
    start = time.monotonic()
    try:
        with deadline(max(limit - spent[k], 1e-3)):
            return fn(*args)
    except ArticleTimeout:
        raise ArticleTimeout(
            f"extracting the article took longer than {limit:g} s (the limit per article; "
            "--timeout)"
        ) from None
    finally:
        spent[k] += time.monotonic() - start


def _make_doc(nlp, art: Article):  # noqa: ANN001, ANN202
    doc = nlp.make_doc(art.text)
    doc._.published = art.published
    doc._.article = art
    return doc


#: One sentence per language run through a new pipeline before any timed article.
_WARM_UP = {
    "it": "Il 3 marzo 2020 il presidente russo ha incontrato a Roma il ministro.",
    "en": "On 3 March 2020 the Russian president met the minister in London.",
}
_WARM: set[int] = set()


def freeze_knowledge() -> None:
    """Exempt what is loaded now (pipelines, knowledge bases, lexicons) from the cyclic
    garbage collector: its full collections would otherwise walk these millions of long-lived
    objects again and again while articles are extracted (``gc.freeze``)."""
    import gc

    from eventwire import cache

    cache.save_memos()  # what this process had to compute, for the next one
    gc.freeze()


def _records(nlp, art: Article) -> list[EventRecord]:  # noqa: ANN001
    doc = nlp.make_doc(art.text)
    doc._.published = art.published
    doc._.article = art
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return records_from_doc(doc, art)


#: Set to ``1`` to keep the records :meth:`EventBuilder.unplaced` withholds
#: (``--keep-unplaced`` sets it; worker processes and Dask workers receive it with every
#: chunk, :func:`eventwire.parallel.passed_settings`).
KEEP_UNPLACED_ENV = "EVENTWIRE_KEEP_UNPLACED"


def keep_unplaced_default() -> bool:
    """Whether acts none of whose parties has a country are kept (``EVENTWIRE_KEEP_UNPLACED``
    is ``1``/``true``/``yes``); by default they are withheld: no dyad can count them."""
    return os.environ.get(KEEP_UNPLACED_ENV, "").strip().lower() in {"1", "true", "yes"}


def records_from_doc(  # noqa: ANN001
    doc, art: Article, keep_unplaced: bool | None = None
) -> list[EventRecord]:
    """The finished records of a processed Doc, with article metadata and stable ids; with
    ``keep_unplaced`` the withheld acts too, in their places (their ``why`` says
    ``record.unplaced``)."""
    ref = ArticleRef(
        id=art.id, title=art.title, url=art.url, language=art.language, published=art.published
    )
    found = list(doc._.events or [])
    if keep_unplaced is None:
        keep_unplaced = keep_unplaced_default()
    if keep_unplaced:
        for pos, rec in getattr(doc._, "withheld", None) or []:
            found.insert(pos, rec)
    out = []
    for rec in found:
        rec.article = ref
        rec.event_id = rec.make_id(EXTRACTOR_VERSION)
        rec.confidence = round(rec.confidence, 3)  # the spec's precision, as in to_dict()
        out.append(rec)
    return out

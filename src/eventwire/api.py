"""The library entry points: extract() for one text, extract_articles() for many."""

from __future__ import annotations

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
) -> list[EventRecord]:
    """Extract the events of one article text.

    ``actor_dictionaries``: custom actor dictionary files (CSV/YAML/PETRARCH) that take
    precedence over the built-in actors.
    """
    art = Article(
        text=text, id=article_id or "", title=title, url=url, language=language, published=published
    )
    return next(extract_articles([art], actor_dictionaries=actor_dictionaries))[1]


def extract_articles(
    articles: Iterable[Article],
    batch_size: int = 32,
    actor_dictionaries: Iterable[str] | None = None,
) -> Iterator[tuple[Article, list[EventRecord]]]:
    """Yield ``(article, records)`` for each article, in input order."""
    from eventwire.limits import current, deadline
    from eventwire.pipeline.nlp import get_nlp

    dictionaries = tuple(str(p) for p in actor_dictionaries or ())
    for art in articles:
        if not art.language:
            art.language = detect_language(art.text)
        nlp = get_nlp(art.language, dictionaries)
        if id(nlp) not in _WARM:  # knowledge loads lazily: load it before the clock runs
            _WARM.add(id(nlp))
            warm = _WARM_UP.get(art.language, "")
            _records(nlp, Article(text=warm, language=art.language, published="2020-03-04"))
            freeze_knowledge()
        with deadline(current().timeout):  # ArticleTimeout past the limit per article
            records = _records(nlp, art)
        yield art, records


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


def records_from_doc(doc, art: Article) -> list[EventRecord]:  # noqa: ANN001
    """The finished records of a processed Doc, with article metadata and stable ids."""
    ref = ArticleRef(
        id=art.id, title=art.title, url=art.url, language=art.language, published=art.published
    )
    out = []
    for rec in doc._.events or []:
        rec.article = ref
        rec.event_id = rec.make_id(EXTRACTOR_VERSION)
        rec.confidence = round(rec.confidence, 3)  # the spec's precision, as in to_dict()
        out.append(rec)
    return out

"""extract_articles runs batches of articles component by component: the same records as one
article at a time, in input order, and the time limit still counts per article."""

from __future__ import annotations

import time

import pytest

from eventwire import api, limits
from eventwire.article import Article

TEXTS = [
    ("it", "Il ministro degli Esteri italiano ha incontrato ieri a Parigi il presidente francese."),
    ("it", "La polizia ha arrestato tre manifestanti davanti al municipio di Torino."),
    ("en", "Russian troops attacked the Ukrainian city of Kharkiv on Monday, officials said."),
    ("en", "The German chancellor criticised the Chinese government over its trade policy."),
    ("it", "Il governo greco ha chiesto aiuti all'Unione europea dopo le alluvioni."),
]


def _arts() -> list[Article]:
    return [
        Article(text=t, id=f"a{k}", language=lang, published="2021-05-04")
        for k, (lang, t) in enumerate(TEXTS)
    ]


def _dicts(results) -> list[tuple[str, list[dict]]]:  # noqa: ANN001
    return [(art.id, [r.to_dict() for r in recs]) for art, recs in results]


@pytest.mark.parametrize("batch_size", [1, 2, 32])
def test_batches_give_the_records_of_one_article_at_a_time(batch_size: int) -> None:
    alone = [x for art in _arts() for x in _dicts(api.extract_articles([art]))]
    assert sum(len(recs) for _, recs in alone) >= 3
    got = _dicts(api.extract_articles(_arts(), batch_size=batch_size))
    assert got == alone  # same records, input order (languages mixed)


def test_a_long_article_makes_a_batch_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    sizes: list[int] = []
    real = api._extract_batch

    def spy(nlp, batch, *rest):  # noqa: ANN001, ANN002, ANN202
        sizes.append(len(batch))
        return real(nlp, batch, *rest)

    monkeypatch.setattr(api, "_extract_batch", spy)
    monkeypatch.setattr(api, "BATCH_CHARS", 200)
    arts = _arts()[:2] + [Article(text=" ".join([TEXTS[0][1]] * 3), id="long", language="it")]
    assert [a.id for a, _ in api.extract_articles(arts)] == ["a0", "a1", "long"]
    assert sizes == [2, 1]


def test_the_time_limit_adds_up_an_articles_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """No one component call reaches the limit, but the article's calls together do."""
    from eventwire.pipeline.nlp import get_nlp

    nlp = get_nlp("it")
    slow = "Un articolo lento."
    real = dict(nlp.pipeline)

    def slowed(name):  # noqa: ANN001, ANN202
        def proc(doc):  # noqa: ANN001, ANN202
            if doc.text == slow:
                time.sleep(0.15)
            return real[name](doc)

        return proc

    list(api.extract_articles([Article(text="Prova.", language="it")]))  # warm up first
    monkeypatch.setattr(nlp, "_components", [(n, slowed(n)) for n, _ in nlp._components])
    arts = [Article(text="Un articolo veloce.", id="fast", language="it")]
    arts.append(Article(text=slow, id="slow", language="it"))
    with limits.using(timeout=0.5):
        with pytest.raises(limits.ArticleTimeout, match="longer than 0.5 s"):
            list(api.extract_articles(arts))
        # the fast article alone is within the limit
        assert [a.id for a, _ in api.extract_articles(arts[:1])] == ["fast"]


def test_an_extracted_doc_keeps_no_tables_that_refer_back_to_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The per-Doc tables (span lists and indexes, which hold the Doc's spans) are dropped
    once an article's records are made: the Doc is freed at once, not left for the garbage
    collector's full collections."""
    docs = []
    real = api.records_from_doc

    def spy(doc, art, *rest):  # noqa: ANN001, ANN002, ANN202
        if art.id in ("x", "y"):  # (not a pipeline's warm-up sentence)
            docs.append(doc)
        return real(doc, art, *rest)

    monkeypatch.setattr(api, "records_from_doc", spy)
    arts = [
        Article(
            text="Il governo ha condannato l'attacco dei ribelli a Kabul.", id="x", language="it"
        ),
        Article(text="The minister met the French envoy in Rome.", id="y", language="en"),
    ]
    got = _dicts(api.extract_articles(arts))
    assert got[0][1]  # records made
    assert len(docs) == 2
    for doc in docs:
        assert not [k for k in doc.user_data if isinstance(k, str) and k.startswith("eventwire_")]


def test_the_pipeline_of_a_language_is_built_once() -> None:
    from eventwire.pipeline.nlp import get_nlp

    assert get_nlp("it") is get_nlp("it", ())
    assert get_nlp("it") is not get_nlp("en")

"""Ingest: idempotent by content hash, transactional per batch, resumable, with a manifest."""

from __future__ import annotations

import pytest

from eventwire.article import Article
from eventwire.ingest import ingest, ingest_articles
from eventwire.sources.files import InputProblem

from ._records import SUMMIT, Scripted, article, scenario


def _count(store, table: str) -> int:
    return store.counts()[table]


def test_second_ingest_stores_nothing_new(store):
    arts, script = scenario(SUMMIT)
    first = ingest_articles(store, arts, extractor=script)
    assert (first.stored, first.duplicate, first.rejected, first.events) == (6, 0, 0, 6)
    calls = len(script.calls)
    arts2, _ = scenario(SUMMIT)
    second = ingest_articles(store, arts2, extractor=script)
    assert (second.stored, second.duplicate, second.rejected, second.events) == (0, 6, 0, 0)
    assert len(script.calls) == calls  # duplicates are not extracted again
    assert _count(store, "articles") == 6 and _count(store, "mentions") == 6


def test_same_text_under_another_id_is_a_duplicate(store):
    text = "The European Union imposed new sanctions on Iran on Monday."
    s = ingest_articles(
        store, [article("a", text, "2023-01-02"), article("b", text, "2023-01-02")],
        extractor=Scripted({}),
    )  # fmt: skip
    assert (s.stored, s.duplicate) == (1, 1)
    manifest = store.run_inputs(s.run_id)
    dup = manifest[manifest.status == "duplicate"].iloc[0]
    assert dup.article_id == "b" and "a" in dup.message


def test_manifest_lists_every_input_with_status_and_reason(store):
    items = [
        article("ok", "Italy and France signed a defence agreement in Rome.", "2023-05-01"),
        InputProblem("bad.json", 3, "malformed_json", "line 3: not JSON"),
        Article(text="   ", id="blank"),
        article("ok-again", "Italy and France signed a defence agreement in Rome.", "2023-05-01"),
        article("ok", "A different text under an id that is already stored.", "2023-05-02"),
    ]
    s = ingest_articles(store, items, extractor=Scripted({}))
    assert (s.stored, s.duplicate, s.rejected) == (1, 1, 3)
    assert dict(s.reasons) == {"malformed_json": 1, "empty": 1, "id_conflict": 1}
    rows = store.run_inputs(s.run_id)
    assert list(rows.seq) == [1, 2, 3, 4, 5]
    assert list(rows.status) == ["stored", "rejected", "rejected", "duplicate", "rejected"]
    assert rows.input[1] == "bad.json:3"
    run = store.runs().iloc[0]
    assert run.status == "complete" and run.n_stored == 1 and run.n_rejected == 3


def test_failed_extraction_is_rejected_and_the_run_goes_on(store):
    def extractor(art):
        if art.id == "boom":
            raise RuntimeError("pipeline failure")
        return []

    s = ingest_articles(
        store,
        [article("x", "One text.", None), article("boom", "Two text.", None),
         article("y", "Three text.", None)],
        extractor=extractor,
    )  # fmt: skip
    assert (s.stored, s.rejected) == (2, 1)
    assert s.reasons["extraction_failed"] == 1


class Crash(Exception):
    pass


def test_a_crash_leaves_no_partial_batch_and_a_rerun_resumes(store, monkeypatch):
    arts, script = scenario(SUMMIT)
    real_add = type(store).add_article
    calls = {"n": 0}

    def flaky(self, art, records, run_id, **kw):
        calls["n"] += 1
        if calls["n"] >= 5:  # from the middle of the second batch on (the disk stays full)
            raise Crash("disk full")
        return real_add(self, art, records, run_id, **kw)

    monkeypatch.setattr(type(store), "add_article", flaky)
    with pytest.raises(Crash):
        ingest_articles(store, arts, extractor=script, batch_size=3)
    # the first batch (3 articles, their mentions and stories) is there; nothing of the second
    assert _count(store, "articles") == 3
    assert _count(store, "mentions") == 3
    ids = {r[0] for r in store.rows("SELECT article_id FROM mentions")}
    assert ids == {a.id for a in arts[:3]}
    assert store.runs().iloc[0].status == "failed"
    monkeypatch.setattr(type(store), "add_article", real_add)
    arts2, _ = scenario(SUMMIT)
    s = ingest_articles(store, arts2, extractor=script, batch_size=3)
    assert (s.stored, s.duplicate) == (3, 3)
    assert _count(store, "stories") == 1
    assert store.story(store.rows("SELECT story_id FROM stories")[0][0])["story"]["n_articles"] == 6


def test_a_run_left_running_is_marked_interrupted(store):
    run_id = store.start_run(["x"], "0")
    ingest_articles(store, [], extractor=Scripted({}))
    runs = store.runs().set_index("run_id")
    assert runs.loc[run_id, "status"] == "interrupted"


def test_near_duplicate_article_is_linked(store):
    text = (
        "Il presidente della Repubblica ha ricevuto al Quirinale il primo ministro greco per "
        "un colloquio sulla crisi dei migranti nel Mediterraneo e sulla cooperazione tra i due "
        "paesi in materia di energia, difesa e commercio."
    )
    edited = text.replace("ha ricevuto", "ha accolto") + " L'incontro è durato un'ora."
    s = ingest_articles(
        store, [article("a", text, None, lang="it"), article("b", edited, None, lang="it")],
        extractor=Scripted({}),
    )  # fmt: skip
    assert s.near_duplicates == 1
    got = store.rows("SELECT near_duplicate_of FROM articles WHERE article_id = ?", ["b"])
    assert got == [("a",)]


def test_ingest_files_records_reader_problems(store, tmp_path):
    good = tmp_path / "a.jsonl"
    good.write_text(
        '{"id": "n1", "text": "Russia and China held talks in Beijing.", "published": "2024-02-01"}\n'
        "not json\n"
        '{"id": "n2", "text": "Russia and China held talks in Beijing.", "published": "2024-02-01"}\n',
        encoding="utf-8",
    )
    s = ingest([good, tmp_path / "missing.txt"], store, extractor=Scripted({}), language="en")
    assert (s.stored, s.duplicate, s.rejected) == (1, 1, 2)
    rows = store.run_inputs(s.run_id)
    assert set(rows[rows.status == "rejected"].reason) == {"malformed_json", "not_found"}


def test_end_to_end_with_the_real_extractor(store):
    from eventwire import extract

    text = (
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday "
        "at the Vostochny cosmodrome."
    )
    expected = extract(text, language="en", published="2023-09-13")
    s = ingest_articles(store, [Article(text=text, language="en", published="2023-09-13")])
    assert s.stored == 1
    assert s.events == len({r.event_id for r in expected})
    assert _count(store, "mentions") == s.events


def test_ingest_reads_html_pages_and_feeds(store, tmp_path):
    page = (
        "<html><head><title>Vertice a Roma</title>"
        '<meta property="article:published_time" content="2024-03-05">'
        '<link rel="canonical" href="https://www.example.it/vertice"></head><body>'
        "<article><p>Il presidente del Consiglio ha ricevuto a Palazzo Chigi il primo "
        "ministro francese per un colloquio sulla difesa europea e sui migranti.</p>"
        "<p>Al termine i due hanno firmato una dichiarazione comune.</p></article>"
        "</body></html>"
    )
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Talks</title><link>https://wire.example.com/a</link>"
        "<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>"
        "<description>France and Italy held talks in Rome on defence.</description></item>"
        "</channel></rss>"
    )
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "vertice.html").write_text(page, encoding="utf-8")
    (tmp_path / "news" / "wire.rss").write_text(feed, encoding="utf-8")
    s = ingest([tmp_path / "news"], store, extractor=Scripted({}))
    assert (s.stored, s.rejected) == (2, 0)
    rows = store.rows("SELECT url, published, source_name FROM articles ORDER BY url")
    assert rows == [
        ("https://wire.example.com/a", "2024-03-05", "Wire"),
        ("https://www.example.it/vertice", "2024-03-05", "example.it"),
    ]

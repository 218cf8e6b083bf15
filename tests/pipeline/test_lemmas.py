"""The lookup lemmatizer gives spaCy's lookup lemmas, from an SQLite copy of the table
or, when no cache can be written, from the table in memory."""

from __future__ import annotations

import os

import pytest
import spacy

from eventwire.pipeline import lemmas
from eventwire.pipeline.lemmas import LemmaTable

TEXTS = {
    "it": "Il presidente ha incontrato i ministri, che avevano chiesto nuove sanzioni. "
    "Le forze dell'ordine sono intervenute; ieri sera è stata arrestata una donna.",
    "en": "The ministers met the presidents and were asked about the strikes; troops "
    "withdrew from the cities after talks were held on Monday.",
}


def _spacy_lemmas(lang: str, text: str) -> list[str]:
    nlp = spacy.blank(lang)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return [t.lemma_ for t in nlp(text)]


def _ours(lang: str, text: str) -> list[str]:
    nlp = spacy.blank(lang)
    nlp.add_pipe("eventwire_lemmas")
    return [t.lemma_ for t in nlp(text)]


@pytest.mark.parametrize("lang", ["it", "en"])
def test_same_lemmas_as_spacy_lookup(lang, tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    assert _ours(lang, TEXTS[lang]) == _spacy_lemmas(lang, TEXTS[lang])
    assert list(tmp_path.glob(f"lemma_lookup-{lang}-*.sqlite"))


def test_known_italian_lemmas(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    words = ["Il", "presidente", "ha", "incontrato"]
    got = dict(zip(words, _ours("it", " ".join(words)), strict=True))
    assert got["incontrato"] == "incontrare" and got["ha"] == "avere"


def test_without_a_writable_cache_the_table_is_read_into_memory(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("EVENTWIRE_CACHE", str(blocked / "sub"))
    table = LemmaTable("it")
    assert table._memory is not None
    assert table.lookup(["incontrato", "zzzz"]) == {"incontrato": "incontrare"}


def test_the_cache_is_built_once(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    LemmaTable("en")
    [path] = tmp_path.glob("lemma_lookup-en-*.sqlite")
    before = os.stat(path).st_mtime_ns
    calls = []
    monkeypatch.setattr(lemmas, "_read_json", lambda p: calls.append(p) or {})
    assert LemmaTable("en").lookup(["went"]) == {"went": "go"}
    assert calls == [] and os.stat(path).st_mtime_ns == before

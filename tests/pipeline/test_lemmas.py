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


def _sentence_initial_lowered(lang: str, text: str, lemmas: list[str]) -> list[str]:
    """spaCy's lemmas, with a sentence-initial capitalised form the table lacks replaced by
    its lower-case form's lemma (the one deliberate difference)."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    doc = nlp.make_doc(text)
    out = list(lemmas)
    for t in doc:
        opens = t.i == 0 or doc[t.i - 1].text in (".", ";", ":", "«", '"')
        lower = t.text.lower()
        if opens and t.text.istitle() and t.text not in table and lower in table:
            out[t.i] = table[lower]
    return out


@pytest.mark.parametrize("lang", ["it", "en"])
def test_same_lemmas_as_spacy_lookup(lang, tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    expected = _sentence_initial_lowered(lang, TEXTS[lang], _spacy_lemmas(lang, TEXTS[lang]))
    assert _ours(lang, TEXTS[lang]) == expected
    assert list(tmp_path.glob(f"lemma_lookup-{lang}-*.sqlite"))


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Respinge la proposta il governo.", "Respinge", "respingere"),
        ("Il governo tace. Rifiutò la proposta il ministro.", "Rifiutò", "rifiutare"),
        ("«Respingiamo le accuse», ha detto.", "Respingiamo", "respingere"),
        # inside a sentence a capitalised word is a name: its own lemma
        ("Ha parlato Rossi della proposta.", "Rossi", "Rossi"),
    ],
)
def test_sentence_initial_capital_takes_the_lower_case_lemma(
    text, word, lemma, tmp_path, monkeypatch
):
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    nlp = spacy.blank("it")
    nlp.add_pipe("eventwire_lemmas")
    assert {t.text: t.lemma_ for t in nlp(text)}[word] == lemma


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

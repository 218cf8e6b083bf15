"""Word classes from spaCy's lookup tables (``spacy-lookups-data``): can a word be a noun, an
adjective, an inflected verb?

There is no tagger: the actor rules ask these questions about one word next to an agent noun
("military aid": *military* is an adjective and *aid* a noun, so *military* is a modifier).
English reads the WordNet lemma index (base forms per class) through the lemma lookup table
(inflected form -> base form); Italian reads the per-class lookup tables (inflected forms).
Tables load once, on first use.
"""

from __future__ import annotations

import functools
import gzip
import json
from pathlib import Path
from typing import Any

__all__ = ["is_adjective", "is_inflected_verb", "is_noun", "is_verb"]


@functools.cache
def _data_dir() -> Path | None:
    try:
        import spacy_lookups_data
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return Path(spacy_lookups_data.__file__).resolve().parent / "data"


def _load(name: str) -> dict | list:
    folder = _data_dir()
    if folder is None or not (folder / name).is_file():
        return {}
    with gzip.open(folder / name, "rt", encoding="utf-8") as fh:
        return json.load(fh)


class _Forms:
    """Membership in a spacy-lookups-data form table, asked word by word (SQLite cache)."""

    def __init__(self, lang: str, table: str) -> None:
        from eventwire.pipeline.lemmas import LemmaTable

        self._table = LemmaTable(lang, table)
        self._known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        got = self._known.get(word)
        if got is None:
            got = self._known[word] = bool(self._table.lookup([word]))
        return got


@functools.cache
def _classes(lang: str) -> dict[str, Any]:
    """Word forms (lower case) per class: ``adj``, ``noun``, ``verb``."""
    if lang == "en":
        index = _load("en_lemma_index.json.gz")
        assert isinstance(index, dict)
        return {k: frozenset(index.get(k, ())) for k in ("adj", "noun", "verb")}
    if lang == "it":
        return {k: _Forms(lang, f"lemma_lookup_{k}") for k in ("adj", "noun", "verb")}
    return {"adj": frozenset(), "noun": frozenset(), "verb": frozenset()}


@functools.cache
def _lemmas(lang: str) -> dict[str, str]:
    if lang != "en":
        return {}
    table = _load("en_lemma_lookup.json.gz")
    assert isinstance(table, dict)
    return table


def _base(lang: str, word: str) -> str:
    w = word.lower()
    return _lemmas(lang).get(w, w)


def is_adjective(lang: str, word: str) -> bool:
    """``word`` can be an adjective ("military", "naval", "ufficiale")."""
    w = word.lower()
    adj = _classes(lang)["adj"]
    return w in adj or _base(lang, w) in adj


def is_noun(lang: str, word: str) -> bool:
    """``word`` can be a noun, in any inflected form ("aid", "policies", "elezioni")."""
    w = word.lower()
    nouns = _classes(lang)["noun"]
    return w in nouns or _base(lang, w) in nouns


def is_verb(lang: str, word: str) -> bool:
    """``word`` can be a verb, in any inflected form."""
    w = word.lower()
    verbs = _classes(lang)["verb"]
    return w in verbs or _base(lang, w) in verbs


def is_content_word(lang: str, word: str) -> bool:
    """``word`` can be a noun, an adjective or a verb of the language (a word, not a name)."""
    return is_noun(lang, word) or is_adjective(lang, word) or is_verb(lang, word)


def is_inflected_verb(lang: str, word: str) -> bool:
    """English: an inflected verb form ("says", "fired", "arrested"), not a base form."""
    w = word.lower()
    base = _base(lang, w)
    return base != w and base in _classes(lang)["verb"] or w.endswith("ed")

"""Lookup lemmas (spaCy's ``lemmatizer`` in ``lookup`` mode), without its start-up cost.

The lemma of a token is ``lemma_lookup.get(token.text, token.text)`` over the tables of
spacy-lookups-data, as spaCy's lookup lemmatizer gives it, except that a capitalised form
the table lacks at the start of a sentence or quotation takes its lower-case form's lemma
("Respinge la proposta": respingere, where spaCy leaves "Respinge"). spaCy loads the whole
table (333,682 Italian forms) into a hashed ``Table`` when a pipeline is built, which
takes more than a second per process; here the table is copied once into an SQLite file
in the user's cache directory (``$EVENTWIRE_CACHE``, else ``$XDG_CACHE_HOME/eventwire``,
else ``~/.cache/eventwire``), and a process asks it only for the word forms it meets
(once each: they are then kept by hash). Lemmas are written with one array operation per
Doc. When no cache can be written, the table is read into memory instead.
"""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import tempfile
from itertools import compress
from pathlib import Path
from typing import Any, cast

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.pipeline.tokens import forget

TABLE = "lemma_lookup"
#: Forms asked of SQLite in one query.
_CHUNK = 500
#: Tokens after which a word starts a sentence or a quotation.
_OPENERS = frozenset({".", "!", "?", ":", ";", "«", '"', "“", "(", "-", "–", "—"})


def cache_dir() -> Path:
    """Where derived lookup files are kept (see ``eventwire.cache``)."""
    from eventwire.cache import cache_dir as _dir

    return _dir()


def _source(lang: str, table: str = TABLE) -> Path | None:
    """The spacy-lookups-data file of ``lang``'s ``table`` (None when absent)."""
    from spacy.util import registry

    if lang not in registry.lookups:
        return None
    path = registry.lookups.get(lang).get(table)
    if path is None:
        return None
    path = Path(str(path))
    if not path.exists() and Path(str(path) + ".gz").exists():
        path = Path(str(path) + ".gz")
    return path if path.exists() else None


def _read_json(path: Path) -> dict[str, str]:
    opener: Any = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: v if isinstance(v, str) else v[0] for k, v in data.items() if v}


class LemmaTable:
    """A spacy-lookups-data table of one language (``lemma_lookup``, or another form ->
    lemma table such as ``lemma_lookup_adj``): SQLite in the cache, else a dict in memory."""

    def __init__(self, lang: str, table: str = TABLE) -> None:
        self.lang = lang
        self.table = table
        self.source = _source(lang, table)
        self._db: Path | None = None
        self._conn: sqlite3.Connection | None = None
        self._pid = 0
        self._memory: dict[str, str] | None = None
        if self.source is None:
            self._memory = {}
            return
        try:
            self._db = self._build()
        except (OSError, sqlite3.Error):
            self._memory = _read_json(self.source)

    def _build(self) -> Path:
        stat = self.source.stat()  # type: ignore[union-attr]
        key = f"{self.lang}-{stat.st_size}-{int(stat.st_mtime)}"
        path = cache_dir() / f"{self.table}-{key}.sqlite"
        if path.exists():
            return path
        path.parent.mkdir(parents=True, exist_ok=True)
        data = _read_json(self.source)  # type: ignore[arg-type]
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        os.close(fd)
        try:
            conn = sqlite3.connect(tmp)
            conn.execute("CREATE TABLE lemma (form TEXT PRIMARY KEY, lemma TEXT) WITHOUT ROWID")
            conn.executemany("INSERT INTO lemma VALUES (?, ?)", data.items())
            conn.commit()
            conn.close()
            os.replace(tmp, path)  # atomic: concurrent builders each write their own file
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return path

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None or self._pid != os.getpid():  # never share one across a fork
            uri = f"{self._db.as_uri()}?mode=ro"  # type: ignore[union-attr]
            self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            # read through a memory map (the file is read-only, at most tens of MB): no
            # copy of each page into SQLite's own cache
            self._conn.execute("PRAGMA mmap_size = 268435456")
            self._pid = os.getpid()
        return self._conn

    def lookup(self, forms: list[str]) -> dict[str, str]:
        """The lemmas of those ``forms`` the table has."""
        if self._memory is not None:
            return {f: self._memory[f] for f in forms if f in self._memory}
        out: dict[str, str] = {}
        conn = self._connection()
        for i in range(0, len(forms), _CHUNK):
            part = forms[i : i + _CHUNK]
            marks = ",".join("?" * len(part))
            out.update(conn.execute(f"SELECT form, lemma FROM lemma WHERE form IN ({marks})", part))
        return out


class LookupLemmatizer:
    """Sets ``token.lemma_`` to the lookup-table lemma of its text (itself when absent)."""

    def __init__(self, nlp: Language, name: str = "eventwire_lemmas") -> None:
        self.name = name
        self.lang = str(nlp.lang)
        self.strings = nlp.vocab.strings
        self._table: LemmaTable | None = None
        self._by_orth: dict[int, int] = {}  # orth hash -> lemma hash
        self._initial: dict[str, int | None] = {}  # lower-case form -> lemma hash or None
        self._title: dict[int, str] = {}  # orth hash -> lower-case form if "Xxxx", else ""

    @property
    def table(self) -> LemmaTable:
        if self._table is None:
            self._table = LemmaTable(self.lang)
        return self._table

    def _sentence_initial(self, doc: Doc, orths: list[int], out: list[int]) -> None:
        """A capitalised word that opens a sentence or a quotation and has no lemma of its
        own takes its lower-case form's ("Respinge la proposta" -> respingere).

        Only capitalised words are visited (a memo by word: its lower-case form when it is
        written "Xxxx", else ""), and the new forms of a Doc are looked up in one query."""
        strings = self.strings
        title = self._title
        flags = list(map(title.get, orths))
        if None in flags:
            if len(title) > 1 << 18:  # bounded: a long run meets ever new words
                title.clear()
            for k, flag in enumerate(flags):
                if flag is None:
                    text = strings[orths[k]]
                    flags[k] = title[orths[k]] = (
                        text.lower() if text[:1].isupper() and text[1:].islower() else ""
                    )
        todo = []
        for i in compress(range(len(flags)), flags):
            if out[i] != orths[i]:
                continue  # the table knows the form
            if i and strings[orths[i - 1]] not in _OPENERS and not doc[i - 1].is_space:
                continue
            todo.append(i)
        if not todo:
            return
        new = list(dict.fromkeys(flags[i] for i in todo if flags[i] not in self._initial))
        if new:
            found = self.table.lookup(new)
            for lower in new:
                lemma = found.get(lower)
                self._initial[lower] = strings.add(lemma) if lemma else None
        for i in todo:
            lemma = self._initial[flags[i]]
            if lemma is not None:
                out[i] = lemma

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        arr = doc.to_array([ORTH, LEMMA])
        orths = arr[:, 0].tolist()
        set_before = bool(arr[:, 1].any())  # lemmas some earlier step set are kept
        lemmas = arr[:, 1].tolist() if set_before else None
        known = self._by_orth
        out = list(map(known.get, orths))
        if None in out:
            missing = {o for o, got in zip(orths, out, strict=True) if got is None}
            forms = {self.strings[o]: o for o in missing}
            found = self.table.lookup(list(forms))
            for form, orth in forms.items():
                known[orth] = self.strings.add(found.get(form, form))
            out = list(map(known.__getitem__, orths))
        self._sentence_initial(doc, orths, out)
        if lemmas is not None:
            out = [lem or new for lem, new in zip(lemmas, out, strict=True)]
        doc.from_array([LEMMA], cast(Any, numpy.array(out, dtype=numpy.uint64)))
        forget(doc)  # token lists read before now lack the lemmas
        return doc


@Language.factory("eventwire_lemmas", assigns=["token.lemma"])
def make_lookup_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    return LookupLemmatizer(nlp, name)

"""Token attributes of a Doc as plain Python lists, read once per Doc.

Every ``doc[i]`` or ``for t in doc`` makes a new spaCy ``Token`` object, and each component
used to walk the Doc again that way (about 40 Token objects per token of an article). The
components read these lists instead: one ``Doc.to_array`` call, and each word's string
decoded once per process (strings are keyed by their hash, which is the same in every
pipeline).

The table is built on first use, after the lemmas are set (``eventwire_lemmas`` runs first)
and is kept in ``doc.user_data``; it holds no sentence boundaries (see ``sentences``).
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import (
    IDX,
    IS_ALPHA,
    IS_SPACE,
    IS_STOP,
    IS_TITLE,
    LEMMA,
    LIKE_NUM,
    LOWER,
    ORTH,
    SENT_START,
    SPACY,
)
from spacy.tokens import Doc

_KEY = "eventwire_tokens"
_ATTRS = [ORTH, LOWER, LEMMA, SPACY, IDX, IS_ALPHA, IS_SPACE, IS_STOP, LIKE_NUM, IS_TITLE]


#: Hash -> string, filled from a Doc's string store on first sight.
_STRINGS: dict[int, str] = {}


_MAX_STRINGS = 1 << 19


def _decode(hashes: list[int], store: Any) -> list[str]:
    out = list(map(_STRINGS.get, hashes))
    if None in out:
        if len(_STRINGS) >= _MAX_STRINGS:  # bounded: a long run meets ever new words
            _STRINGS.clear()
        for k, s in enumerate(out):
            if s is None:
                out[k] = _STRINGS[hashes[k]] = store[hashes[k]]
    return out  # type: ignore[return-value]


class Tokens:
    """Per-token lists of one Doc (index ``i`` is ``doc[i]``).

    ``text``, ``lower`` (``Token.lower_``), ``lemma`` (``Token.lemma_``, "" when unset),
    ``ws`` (a space follows), ``idx`` and ``end`` (character offsets), ``is_alpha``,
    ``is_space``, ``is_stop``, ``like_num``, ``is_title`` (spaCy's lexical flags, as 0/1).
    """

    __slots__ = (
        "doc_text",
        "text",
        "lower",
        "lemma",
        "ws",
        "idx",
        "end",
        "is_alpha",
        "is_space",
        "is_stop",
        "like_num",
        "is_title",
    )

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        if not n:
            for name in self.__slots__:
                setattr(self, name, [])
            self.doc_text = ""
            return
        cols = doc.to_array(_ATTRS).T.tolist()
        store = doc.vocab.strings
        self.text: list[str] = _decode(cols[0], store)
        self.lower: list[str] = _decode(cols[1], store)
        self.lemma: list[str] = _decode(cols[2], store)  # hash 0 is ""
        # flags are 0/1 ints (true or false as spaCy's booleans)
        self.ws: list[int] = cols[3]
        self.idx: list[int] = cols[4]
        self.end: list[int] = list(map(int.__add__, cols[4], map(len, self.text)))
        self.is_alpha: list[int] = cols[5]
        self.is_space: list[int] = cols[6]
        self.is_stop: list[int] = cols[7]
        self.like_num: list[int] = cols[8]
        self.is_title: list[int] = cols[9]
        #: ``doc.text`` (spaCy joins every token again on each access)
        self.doc_text = "".join(
            [t + " " if w else t for t, w in zip(self.text, self.ws, strict=True)]
        )

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        if end <= start:
            return ""
        return self.doc_text[self.idx[start] : self.end[end - 1]]


def tokens(doc: Doc) -> Tokens:
    """The token lists of ``doc`` (built once per Doc: code that changes the tokens of a Doc
    after the lemmas, as no eventwire component does, must call :func:`forget`)."""
    tab = doc.user_data.get(_KEY)
    if tab is None:
        tab = doc.user_data[_KEY] = Tokens(doc)
    return tab


def forget(doc: Doc) -> None:
    """Drop what was read from ``doc`` (its tokens were changed: lemmas, sentences): every
    ``eventwire_*`` entry of ``doc.user_data``."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("eventwire_")]:
        del doc.user_data[key]


SENTENCES_KEY = "eventwire_sentence_bounds"


class Sentences:
    """Sentence boundaries of a Doc: ``bounds`` the (start, end) of each sentence, ``of``
    the sentence number of each token. A Doc without boundaries is one sentence."""

    __slots__ = ("bounds", "of")

    def __init__(self, starts: list[bool]) -> None:
        n = len(starts)
        firsts = [i for i, s in enumerate(starts) if s or i == 0] if n else []
        ends = firsts[1:] + [n]
        self.bounds: list[tuple[int, int]] = list(zip(firsts, ends, strict=True))
        self.of: list[int] = []
        for k, (a, b) in enumerate(self.bounds):
            self.of.extend([k] * (b - a))

    def span_of(self, i: int) -> tuple[int, int]:
        """(start, end) of the sentence of token ``i``."""
        return self.bounds[self.of[i]]


def sentences(doc: Doc) -> Sentences:
    """The sentence boundaries of ``doc`` (read once per Doc; as ``doc.sents`` gives them)."""
    got = doc.user_data.get(SENTENCES_KEY)
    if got is None or len(got.of) != len(doc):
        if len(doc) and doc.has_annotation("SENT_START"):
            flags = doc.to_array([SENT_START])[:, 0].tolist()
            starts = [f == 1 for f in flags]
        else:
            starts = [False] * len(doc)
        got = doc.user_data[SENTENCES_KEY] = Sentences(starts)
    return got

"""Sentence boundaries for news text: final punctuation and line breaks (headlines, leads)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_FINAL = {".", "!", "?", "…", "?!", "!?"}
_CLOSERS = {"»", "”", '"', "’", ")", "'"}


class NewsSentencizer:
    """Starts a sentence after ``. ! ?`` (and closing quotes) or at a line break.

    A period after a single capital letter or a known abbreviation does not end a
    sentence; a lower-case word after a period does not start one.
    """

    ABBREV = frozenset(
        "sig sigg dott dr prof on avv ing gen col magg cap sen mr mrs ms st jr sr no nr art "
        "vs ca etc ecc pag lt sgt gov rep corp inc ltd co u.s u.k u.n e.g i.e".split()
    )

    def __init__(self, nlp: Language, name: str = "eventwire_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        starts = [False] * n
        starts[0] = True
        for i in range(n - 1):
            tok = doc[i]
            if "\n" in tok.whitespace_ or "\n" in tok.text:
                starts[i + 1] = True
                continue
            if tok.is_space:
                continue
            if tok.text in _FINAL:
                j = i + 1
                while j < n and doc[j].text in _CLOSERS and not doc[j - 1].whitespace_:
                    j += 1
                if j >= n:
                    continue
                prev = doc[i - 1].text.lower().rstrip(".") if i > 0 else ""
                if tok.text == "." and (prev in self.ABBREV or (len(prev) == 1 and prev.isalpha())):
                    continue
                nxt = doc[j].text
                if nxt[:1].islower():
                    continue
                starts[j] = True
        for i, tok in enumerate(doc):
            tok.is_sent_start = starts[i]
        return doc


@Language.factory("eventwire_sentences")
def make_news_sentencizer(nlp: Language, name: str) -> NewsSentencizer:
    return NewsSentencizer(nlp, name)

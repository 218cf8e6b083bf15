"""Sentence boundaries: final punctuation, closing quotes, line breaks, abbreviations."""

from __future__ import annotations

import pytest
import spacy

from eventwire.pipeline.sentences import NewsSentencizer


@pytest.mark.parametrize(
    ("lang", "text", "sentences"),
    [
        ("it", "Ciao. Come va?", ["Ciao.", "Come va?"]),
        ("it", "Il sig. Rossi è qui. Poi parte.", ["Il sig. Rossi è qui.", "Poi parte."]),
        ("it", "«Basta.» Poi se ne va.", ["«Basta.»", "Poi se ne va."]),
        ("it", "MODENA\nIeri un furto.", ["MODENA", "Ieri un furto."]),
        ("it", "Vale 3 euro. e poi basta.", ["Vale 3 euro. e poi basta."]),
        ("en", "J. Smith left. Then Mr. Brown came!", ["J. Smith left.", "Then Mr. Brown came!"]),
        ("en", "One", ["One"]),
    ],
)
def test_boundaries(lang: str, text: str, sentences: list[str]) -> None:
    nlp = spacy.blank(lang)
    doc = NewsSentencizer(nlp)(nlp.make_doc(text))
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == sentences


def test_empty_doc() -> None:
    nlp = spacy.blank("it")
    assert len(NewsSentencizer(nlp)(nlp.make_doc(""))) == 0

"""Factuality cues in both languages: certainty, polarity, time."""

from __future__ import annotations

import pytest

from tests.pipeline.markup import events

A = {
    "Russia": ("RUS", None),
    "Cina": ("CHN", None),
    "China": ("CHN", None),
    "Ucraina": ("UKR", None),
    "Ukraine": ("UKR", None),
}


def fact(text, lang, published=None):
    recs = events(text, lang, A, published)
    assert recs, f"no event in {text!r}"
    f = recs[0].factuality
    return f.certainty, f.polarity, f.time


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("La Russia ha attaccato l'Ucraina.", "it", ("certain", "positive", "non_future")),
        ("La Russia potrebbe attaccare l'Ucraina.", "it", ("possible", "positive", "future")),
        ("La Russia dovrebbe incontrare la Cina.", "it", ("probable", "positive", "future")),
        ("La Russia incontrerà la Cina.", "it", ("certain", "positive", "future")),
        ("La Russia non ha attaccato l'Ucraina.", "it", ("certain", "negative", "non_future")),
        (
            "La Russia non ha mai attaccato l'Ucraina.",
            "it",
            ("certain", "negative", "non_future"),
        ),
        ("La Russia avrebbe attaccato l'Ucraina.", "it", ("probable", "positive", "non_future")),
        (
            "Se la Russia attaccasse l'Ucraina, ci sarebbero sanzioni.",
            "it",
            ("possible", "positive", "future"),
        ),
        ("Russia attacked Ukraine.", "en", ("certain", "positive", "non_future")),
        ("Russia could attack Ukraine.", "en", ("possible", "positive", "future")),
        ("Russia will meet China.", "en", ("certain", "positive", "future")),
        ("Russia is expected to meet China.", "en", ("probable", "positive", "future")),
        ("Russia did not attack Ukraine.", "en", ("certain", "negative", "non_future")),
        ("Russia never attacked Ukraine.", "en", ("certain", "negative", "non_future")),
        (
            "If Russia attacks Ukraine, sanctions will follow.",
            "en",
            ("possible", "positive", "future"),
        ),
    ],
)
def test_cues(text, lang, expected):
    assert fact(text, lang) == expected


def test_negation_scope_does_not_cross_into_the_complement():
    # "non ha detto che X": the saying is negated, X is not
    recs = events("Mosca non ha detto che la Russia incontrerà la Cina.", "it", A)
    consult = [r for r in recs if r.event_type == "CONSULT"]
    assert consult and consult[0].factuality.polarity == "positive"


def test_denied_act_is_negative():
    recs = events("La Cina ha negato di aver inviato aiuti alla Russia.", "it", A)
    aid = [r for r in recs if r.event_type == "AID"]
    assert aid and aid[0].factuality.polarity == "negative"

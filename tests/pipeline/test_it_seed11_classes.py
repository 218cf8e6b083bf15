"""Italian constructions of seed-like political news left by the session-10 blind probes
(round 2): passives with their subject left out after a time phrase, visits to cities that
are no capital, agents of requests, demonym invaders (sentences written for these tests;
the expected values written by hand)."""

from __future__ import annotations

from eventwire.api import extract


def _records(text: str, published: str = "2023-11-08"):  # noqa: ANN202
    return extract(text, language="it", published=published, keep_unplaced=True)


def _dyads(text: str, published: str = "2023-11-08") -> list[tuple]:
    return [
        (
            r.event_type,
            tuple(sorted({a.country for a in r.actor if a.country})),
            tuple(sorted({a.country for a in r.recipient if a.country})),
        )
        for r in _records(text, published)
    ]


def test_a_passive_after_an_opening_time_phrase_keeps_the_subject_before() -> None:
    recs = [
        r
        for r in _records(
            "Il presidente argentino Javier Milei è arrivato ieri a Roma per una visita "
            "ufficiale. In serata è stato ricevuto al Quirinale dal presidente della Repubblica "
            "Sergio Mattarella."
        )
        if "ricevuto" in r.evidence.text
    ]
    assert recs
    for r in recs:
        assert {a.country for a in r.actor + r.recipient} == {"ARG", "ITA"}

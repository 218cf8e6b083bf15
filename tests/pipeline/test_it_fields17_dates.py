"""Dates of completed acts (session 13, issue 2): an act told in a completed tense ("ha
annullato", "di aver parlato", "had cancelled") has no date after publication; a later
date in its sentence belongs to what was cancelled or planned (sentences written for these
tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import records


def _one(text: str, etype: str, language: str = "it"):
    recs = [r for r in records(text, "2024-05-10", language) if r.event_type == etype]
    assert len(recs) == 1, [(r.event_type, r.evidence.text) for r in recs]
    return recs[0]


def test_cancelling_talks_planned_for_tomorrow_is_done_today() -> None:
    rec = _one("Teheran ha annullato i colloqui con Washington previsti domani.", "REJECT")
    assert rec.factuality.time == "non_future"
    assert rec.date.start != "2024-05-11"


def test_saying_one_has_phoned_is_a_past_call() -> None:
    rec = _one(
        "Il presidente ha detto di aver parlato al telefono con il premier giapponese.",
        "CONSULT",
    )
    assert rec.factuality.time == "non_future"


def test_a_meeting_announced_for_tomorrow_stays_future() -> None:
    rec = _one(
        "Il presidente francese incontrerà domani a Parigi il premier giapponese.", "CONSULT"
    )
    assert rec.factuality.time == "future"
    assert rec.date.start == "2024-05-11"


def test_a_visit_expected_tomorrow_stays_future() -> None:
    rec = _one("Il premier è atteso domani a Parigi per un incontro con Macron.", "CONSULT")
    assert rec.factuality.time == "future"

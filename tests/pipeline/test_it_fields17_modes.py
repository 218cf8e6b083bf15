"""Modes of seed-like Italian news (session 13, issue 2: full-record accuracy): a state's
"accusare X di ..." is disapproval unless it alleges a deed done ("di aver violato"), while
prosecutors' and passive accusations are charges; a request to lay down arms is a request
to yield and a request for a meeting a request to meet (sentences written for these tests;
the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import records


def _one(text: str, etype: str):
    recs = [r for r in records(text, "2024-05-10") if r.event_type == etype]
    assert len(recs) == 1, [(r.event_type, r.evidence.text) for r in records(text, "2024-05-10")]
    return recs[0]


def test_a_state_accusing_another_of_a_conduct_disapproves() -> None:
    rec = _one("Il governo spagnolo ha accusato il Marocco di ricattare l'Europa.", "ACCUSE")
    assert rec.mode == "disapprove"


def test_an_accusation_of_a_quoted_fault_disapproves() -> None:
    rec = _one("Il premier greco ha accusato Ankara di «provocazioni continue».", "ACCUSE")
    assert rec.mode == "disapprove"


def test_an_accusation_of_a_deed_done_alleges_it() -> None:
    rec = _one(
        "Il governo spagnolo ha accusato ieri il Marocco di aver violato lo spazio aereo.",
        "ACCUSE",
    )
    assert rec.mode == "allege"
    assert any(w.rule == "mode.cue" and "di aver" in w.entry for w in rec.why)


def test_a_prosecutors_accusation_is_a_charge_not_a_sentence() -> None:
    recs = records("La procura ha accusato il sindaco di corruzione.", "2024-05-10")
    assert [(r.event_type, r.mode) for r in recs] == [("ACCUSE", "allege")]


def test_a_passive_accusation_is_a_charge() -> None:
    rec = _one("Il sindaco di Bari è stato accusato di corruzione.", "ACCUSE")
    assert rec.mode == "allege"


def test_asking_rebels_to_lay_down_arms_asks_them_to_yield() -> None:
    rec = _one("Il governo ha chiesto ai ribelli di deporre le armi entro venerdì.", "REQUEST")
    assert rec.mode == "yield"


def test_asking_for_arms_still_asks_for_assistance() -> None:
    rec = _one("Il governo ha chiesto agli alleati di inviare nuove armi.", "REQUEST")
    assert rec.mode == "assist"


def test_asking_for_an_urgent_meeting_asks_to_meet() -> None:
    rec = _one("Il premier ha chiesto all'Onu una riunione d'urgenza sul confine.", "REQUEST")
    assert rec.mode == "meet"

"""Merged mentions of seed-like news (session 13, issue 2): an act the article tells
outright keeps its own voice when a later hedged mention cites a source for a detail, and
an anaphoric mention dated apart from an earlier act is another act (sentences written for
these tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import records


def test_a_stated_raid_keeps_the_articles_voice() -> None:
    text = (
        "Gli Stati Uniti hanno bombardato sabato decine di obiettivi dei ribelli nello Yemen. "
        "Secondo il ministero della Sanità yemenita, i raid avrebbero ucciso 53 persone."
    )
    stated = [r for r in records(text, "2024-05-10") if r.evidence.text.startswith("Gli Stati")]
    assert len(stated) == 1
    assert stated[0].attribution == []
    assert any(w.rule == "merge.same_event" for w in stated[0].why)


def test_a_visit_tomorrow_is_not_a_meeting_of_last_month() -> None:
    text = (
        "Il Papa aveva ricevuto in Vaticano il premier polacco il 3 aprile. "
        "La visita di domani sarà la prima del presidente ucraino in Italia."
    )
    past = [r for r in records(text, "2024-05-10") if r.date.start == "2024-04-03"]
    assert len(past) == 1
    assert not any(w.field == "merge" for w in past[0].why)


def test_a_health_ministry_named_by_its_demonym_is_that_states_source() -> None:
    text = (
        "Secondo il ministero della Sanità greco, i razzi turchi avrebbero ucciso "
        "quattro civili nell'isola di Rodi."
    )
    recs = [r for r in records(text, "2024-05-10") if r.event_type == "ASSAULT"]
    assert len(recs) == 1
    assert [(a.country, a.sector) for a in recs[0].attribution] == [("GRC", "GOV")]


def test_an_american_cabinet_secretary_is_government() -> None:
    text = "Il ministro delle Finanze tedesco ha incontrato ieri a Berlino il segretario al Tesoro americano."
    recs = [r for r in records(text, "2024-05-10") if r.event_type == "CONSULT"]
    assert len(recs) == 1
    assert [(a.country, a.sector) for a in recs[0].recipient] == [("USA", "GOV")]

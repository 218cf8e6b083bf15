"""An until-date after an act ("fino al 2028") ends the state the act starts and does not date
the act; a lasting event (a visit) keeps it. Sentences written for these tests; expected
values by hand."""

from __future__ import annotations

from tests.pipeline.extracted import records

DAY = "2024-09-10"


def test_an_until_date_does_not_date_an_announced_suspension() -> None:
    recs = records(
        "Il premier georgiano ha annunciato la sospensione dei negoziati con l'Unione "
        "europea fino al 2028.",
        DAY,
    )
    (r,) = [r for r in recs if {a.country for a in r.actor} == {"GEO"}]
    assert r.event_type == "SANCTION"
    assert r.date is None or not r.date.start.startswith("2028")


def test_a_visit_lasting_until_a_date_keeps_it() -> None:
    recs = records("Il presidente francese sarà in visita in Italia fino al 19 settembre.", DAY)
    (r,) = [r for r in recs if r.event_type == "CONSULT"]
    assert r.date is not None and r.date.start == "2024-09-19"

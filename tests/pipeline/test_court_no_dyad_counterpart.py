"""A state's court rules on its own state's matters: the lead's other country is not guessed
as the counterpart of its ruling (rule argument.lead_dyad_counterpart is skipped for JUD
actors of a state)."""

from __future__ import annotations

from eventwire import extract


def test_domestic_court_gets_no_foreign_counterpart_from_the_lead() -> None:
    text = (
        "La Corte d'appello di Roma ha respinto il ricorso sul trasferimento dei migranti nei "
        "centri in Albania. Il premier albanese Edi Rama ha incontrato Giorgia Meloni a Tirana."
    )
    rulings = [
        e for e in extract(text, language="it", published="2024-10-19") if e.event_type == "REJECT"
    ]
    assert rulings
    assert all(a.country == "ITA" and a.sector == "JUD" for r in rulings for a in r.actor)
    assert all(a.country != "ALB" for r in rulings for a in r.recipient)


def test_a_government_in_the_lead_still_gets_its_counterpart() -> None:
    text = (
        "Il governo italiano ha respinto il piano sul trasferimento dei migranti nei centri in "
        "Albania. Il premier albanese Edi Rama ha incontrato Giorgia Meloni a Tirana."
    )
    rejects = [
        e for e in extract(text, language="it", published="2024-10-19") if e.event_type == "REJECT"
    ]
    assert any(a.country == "ALB" for r in rejects for a in r.recipient)

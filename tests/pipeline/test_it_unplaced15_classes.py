"""Italian acts withheld for want of a country, found on the development recall sets by the
session-12 helper unplaced15: a notice of investigation ("avviso di garanzia") exists only in
Italian criminal procedure, so its implied sender is Italy's justice even where the passage
names no country (sentences written for these tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import records


def _investigations(text: str) -> list[tuple]:
    return [
        (
            [(a.country, a.sector) for a in r.actor],
            [a.country for a in r.recipient],
            [w.rule for w in r.why if w.rule.endswith("national_legal_act")],
        )
        for r in records(text, "2024-03-12")
        if r.event_type == "ACCUSE"
    ]


def test_a_notice_of_investigation_with_no_country_named_is_italian() -> None:
    got = _investigations("Martedì l'assessore ha ricevuto un avviso di garanzia per corruzione.")
    assert got == [
        (
            [("ITA", "JUD")],
            ["ITA"],
            ["actor.national_legal_act", "recipient.national_legal_act"],
        )
    ]


def test_a_foreigners_notice_is_sent_by_italy_and_he_keeps_his_country() -> None:
    got = _investigations("Il banchiere tedesco ha ricevuto un'informazione di garanzia.")
    assert [(a, r) for a, r, _ in got] == [([("ITA", "JUD")], ["DEU"])]


def test_another_legal_act_with_no_country_stays_withheld() -> None:
    # a warrant is issued by any state's judges: no country is guessed for it
    assert _investigations("Il magistrato ha firmato un ordine di cattura.") == []
    assert not any(
        a.country
        for r in records("Il magistrato ha firmato un ordine di cattura.")
        for a in r.actor
    )


def _coercions(text: str) -> list[tuple]:
    return [
        ([(a.country, a.sector) for a in r.actor], r.evidence.trigger.text)
        for r in records(text, "2024-03-12")
        if r.event_type == "COERCE"
    ]


def test_a_police_force_named_in_english_acts_for_the_country_of_the_passage() -> None:
    assert _coercions("Ieri a Manchester la Metropolitan Police ha fermato quattro tifosi.") == [
        ([("GBR", "COP")], "fermato")
    ]
    assert _coercions(
        "Il Police Department di Houston ha arrestato un uomo per l'incendio del municipio."
    ) == [([("USA", "COP")], "arrestato")]

"""Held-out-like precision classes (session 15, h-prec20): a nationality after a trigger that
ends in a preposition ("un appello ai keniani") read as the one who acts, and a capitalised
adjective that is also a town's name ("la Chiesa Cattolica", Cattolica near Rimini) giving
its country to the body before it. Invented sentences; each asserted dyad differed before
the change."""

from __future__ import annotations

from tests.pipeline.extracted import dyads

DAY = "2024-03-10"


def of_type(text: str, event_type: str) -> list[tuple]:
    return [d for d in dyads(text, DAY) if d[0] == event_type]


def test_a_nationality_after_a_preposition_is_whom_the_appeal_addresses() -> None:
    text = "Il ministro degli Esteri britannico ha fatto un appello ai keniani perché cessino le violenze."
    found = of_type(text, "REQUEST")
    assert found
    assert all("KEN" not in d[1] for d in found), "the Kenyans are addressed, they do not appeal"
    assert any(d[2] == ("KEN",) for d in found)


def test_a_nationality_right_after_the_noun_still_acts() -> None:
    text = "L'invasione russa dell'Ucraina è cominciata all'alba di giovedì."
    assert ("ASSAULT", ("RUS",), ("UKR",)) in of_type(text, "ASSAULT")


def test_the_catholic_church_is_not_the_town_of_cattolica() -> None:
    text = (
        "A Madrid migliaia di manifestanti criticano la Chiesa Cattolica per i costi della visita."
    )
    found = of_type(text, "ACCUSE")
    assert all("ITA" not in d[2] for d in found)

"""Held-out-like actor classes (session 15, h-actors20): the doer is written in the window
but no actor was attached. A time phrase between a relative pronoun and its verb ("l'uomo
che il 4 marzo 2019 ha accoltellato") cut the relative off its antecedent, and a place
between a noun trigger and its "di" complement ("l'uccisione a Gaza di ... da parte di")
hid the complement and the "da parte di" agent after it. Invented sentences; each asserted
actor was missing before the change, but for the plain relative clause kept as a guard."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records

DAY = "2024-03-10"


def of_type(text: str, event_type: str) -> list[tuple]:
    return [d for d in dyads(text, DAY) if d[0] == event_type]


def test_a_time_phrase_between_the_relative_pronoun_and_the_verb() -> None:
    text = (
        "Ieri a Kabul è stato processato Ahmad Karimi, il pastore afghano che nel 2004 "
        "uccise due cooperanti tedeschi."
    )
    assert ("ASSAULT", ("AFG",), ("DEU",)) in of_type(text, "ASSAULT")


def test_a_relative_clause_without_a_time_phrase_is_unchanged() -> None:
    text = "Le truppe russe, che hanno bombardato Kharkiv, sono avanzate verso il confine."
    found = of_type(text, "ASSAULT")
    assert found
    assert all(d[1] == ("RUS",) for d in found)


def test_an_undescribed_person_before_a_dated_relative_clause() -> None:
    text = (
        "È stato arrestato a Lione l'uomo che lo scorso 12 gennaio accoltellò "
        "un tassista in centro."
    )
    found = [r for r in records(text, DAY) if r.event_type == "ASSAULT"]
    assert found
    assert any(r.actor and r.actor[0].raw_text and "uomo" in r.actor[0].raw_text for r in found)


def test_a_place_between_the_noun_and_its_victims_and_agent() -> None:
    text = (
        "Il governo libanese ha condannato l'uccisione a Sidone di tre pescatori "
        "da parte dei soldati israeliani."
    )
    found = of_type(text, "ASSAULT")
    assert found
    assert all(d[1] == ("ISR",) for d in found)


def test_a_place_between_the_noun_and_the_arrested() -> None:
    text = "La Casa Bianca ha condannato l'arresto a Minsk del giornalista bielorusso."
    found = [r for r in records(text, DAY) if r.event_type == "COERCE"]
    assert found
    assert all(any(a.raw_text and "giornalista" in a.raw_text for a in r.recipient) for r in found)


def test_an_attack_on_a_city_keeps_the_city_as_target() -> None:
    text = "Il ministro ucraino ha condannato l'attacco a Odessa delle forze russe."
    assert ("ASSAULT", ("RUS",), ("UKR",)) in of_type(text, "ASSAULT")


def test_a_nationality_written_in_two_words_names_the_doer() -> None:
    text = (
        "Il governo giapponese protesta per il rapimento di pescatori giapponesi da parte "
        "dei nord coreani."
    )
    found = of_type(text, "ASSAULT")
    assert found
    assert all(d[1] == ("PRK",) for d in found)


def test_the_two_word_south_korean_form() -> None:
    text = "I soldati sud coreani hanno sparato contro una motovedetta nordcoreana."
    assert ("ASSAULT", ("KOR",), ("PRK",)) in of_type(text, "ASSAULT")

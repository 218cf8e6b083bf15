"""Trigger entries narrowed by their judged precision on held-out-like text (session 15,
h-prec21, ``bench/entry_precision.py``): a promise is an AGREE when it names an addressee
or a promised act ("ha promesso alla Grecia", "di ritirare", "che ... aiuterà"), not a
bare object of domestic policy ("promette un giro di vite"); "accettare" agrees when it
takes an act or an offer ("di trattare", "la proposta"), not any object ("l'esito della
perizia"), while "non accettare" anything stays a refusal; "collaborare" (people and firms working with someone) is no cooperation
between parties, "cooperare" is. Invented sentences."""

from __future__ import annotations

from tests.pipeline.extracted import dyads

DAY = "2024-03-10"


def of_type(text: str, event_type: str) -> list[tuple]:
    return [d for d in dyads(text, DAY) if d[0] == event_type]


def test_a_promise_to_a_named_addressee_is_agree() -> None:
    text = "Il ministro degli Esteri francese ha promesso alla Grecia due nuove fregate."
    assert ("AGREE", ("FRA",), ("GRC",)) in of_type(text, "AGREE")


def test_a_pledge_of_resources_is_agree() -> None:
    text = "Il ministro degli Esteri tedesco ha promesso altri 40 milioni di euro per la ricostruzione."
    assert of_type(text, "AGREE")


def test_a_promise_of_an_act_is_agree() -> None:
    assert of_type("Il governo austriaco ha promesso di riaprire il valico entro lunedì.", "AGREE")
    text = "Il premier olandese ha promesso che i Paesi Bassi accoglieranno altri profughi."
    assert of_type(text, "AGREE")


def test_a_bare_promise_of_policy_is_no_agreement() -> None:
    text = "Il ministro dell'Interno promette un giro di vite sui parcheggi abusivi di Torino."
    assert not of_type(text, "AGREE")
    text = "Il sindaco ha incontrato i commercianti, ai quali ha promesso nuovi parcheggi."
    assert not of_type(text, "AGREE")


def test_accepting_an_offer_or_an_act_is_agree() -> None:
    text = "Il governo serbo ha accettato la proposta di mediazione dell'Unione europea."
    assert of_type(text, "AGREE")
    assert of_type("Il Venezuela ha accettato di trattare con la Colombia.", "AGREE")


def test_accepting_any_object_is_no_agreement() -> None:
    text = "Il pubblico ministero ha accettato l'esito della perizia sul cadavere."
    assert not of_type(text, "AGREE")


def test_refusing_to_accept_anything_is_still_a_rejection() -> None:
    text = "Il governo egiziano non ha accettato l'ultimatum di Addis Abeba."
    assert ("REJECT", ("EGY",), ("ETH",)) in of_type(text, "REJECT")


def test_working_with_someone_is_no_cooperation_event() -> None:
    text = "Il portiere dello stabile ha collaborato con la polizia di Bologna."
    assert not of_type(text, "COOPERATE")
    text = "La Francia e la Germania coopereranno nella lotta al terrorismo."
    assert of_type(text, "COOPERATE")

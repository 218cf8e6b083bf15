"""Italian constructions of seed-like political news found by the session-14 blind probes
(bench/probes, "Session 14 blind set"): a signed declaration, a reception with a date and a
place before the guest, the target of a salvo before the weapons, willingness owned by a
body, a recalled envoy "da" a capital, a request to an addressee of no country, a reflexive
"dirsi" after "ma", a refused offer, a source with no comma after it, an office phrase with
a "di" complement, closed border crossings (sentences written for these tests; the expected
values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records


def test_two_leaders_signing_a_declaration_is_a_signing() -> None:
    got = dyads(
        "Il presidente francese Emmanuel Macron e il cancelliere tedesco Olaf Scholz hanno "
        "firmato ieri a Parigi una dichiarazione comune sulla difesa.",
        "2023-03-08",
    )
    assert any(t == "SUPPORT" and set(a + r) == {"FRA", "DEU"} for t, a, r in got)


def test_a_declaration_named_only_in_another_use_is_no_signing() -> None:
    got = dyads(
        "Il sindaco ha firmato l'ordinanza, secondo una dichiarazione del comune.", "2023-03-08"
    )
    assert not any(t == "SUPPORT" for t, _, _ in got)


def test_a_reception_with_a_date_and_a_place_before_the_guest_is_a_visit() -> None:
    for text in (
        "Il premier britannico Keir Starmer ha ricevuto ieri a Londra il presidente "
        "polacco Andrzej Duda.",
        "Il presidente francese Emmanuel Macron ha ricevuto stamattina all'Eliseo il "
        "presidente polacco Andrzej Duda.",
    ):
        got = dyads(text, "2025-05-15")
        assert ("CONSULT", ("GBR",) if "Starmer" in text else ("FRA",), ("POL",)) in got, text


def test_the_target_of_a_salvo_may_come_before_the_weapons() -> None:
    got = dyads("Gli Houthi hanno lanciato contro Israele decine di droni.", "2024-07-20")
    assert ("ASSAULT", ("YEM",), ("ISR",)) in got
    # and the missiles fired at a capital are an attack, no launch (MOBILIZE)
    got = dyads("Mosca ha lanciato contro Kiev una ventina di missili.", "2024-07-20")
    assert any(t == "ASSAULT" and a == ("RUS",) for t, a, _ in got)
    assert not any(t == "MOBILIZE" for t, _, _ in got)


def test_willingness_owned_by_a_body_keeps_the_offered_talks_unreal() -> None:
    got = records(
        "Il governo svizzero ha confermato la disponibilità della Confederazione a ospitare "
        "colloqui tra l'Armenia e l'Azerbaigian.",
        "2024-02-01",
    )
    assert [r for r in got if r.event_type == "AGREE"]
    assert not [r for r in got if r.event_type == "CONSULT" and r.factuality.certainty == "certain"]


def test_an_envoy_recalled_from_a_capital_is_the_recallers_act() -> None:
    got = dyads(
        "Il governo del Ciad ha annunciato il richiamo del proprio ambasciatore da Parigi.",
        "2024-11-29",
    )
    assert ("SANCTION", ("TCD",), ("FRA",)) in got


def test_a_request_to_an_addressee_of_no_country_takes_no_guessed_counterpart() -> None:
    got = dyads(
        "L'esercito russo ha bombardato Odessa nella notte. Il presidente ucraino ha chiesto "
        "ai partner di accelerare le forniture.",
        "2024-03-02",
    )
    assert not any(t == "REQUEST" and r == ("RUS",) for t, _, r in got)


def test_a_reflexive_dirsi_after_ma_shares_the_first_subject() -> None:
    got = dyads(
        "Il presidente finlandese Alexander Stubb non ha cambiato posizione, ma si è detto "
        "disponibile a incontrare il presidente turco.",
        "2024-06-01",
    )
    assert ("AGREE", ("FIN",), ("TUR",)) in got


def test_a_refused_offer_answers_the_offer_told_before() -> None:
    got = dyads(
        "La Norvegia ha offerto la propria mediazione al governo colombiano. Il ministro "
        "degli Esteri venezuelano ha respinto l'offerta.",
        "2024-06-01",
    )
    assert ("REJECT", ("VEN",), ("NOR",)) in got


def test_a_source_with_no_comma_after_it_is_the_source() -> None:
    got = records(
        "Secondo il quotidiano Le Monde la Francia avrebbe inviato armi al Ciad.", "2024-06-01"
    )
    aid = [r for r in got if r.event_type == "AID"]
    assert aid and any(a.name == "Le Monde" for a in aid[0].attribution)


def test_an_office_phrase_with_a_di_complement_keeps_its_holder_as_subject() -> None:
    got = records(
        "Il capo di gabinetto Yoshimasa Hayashi ha detto che il governo non cambierà "
        "idea e ha chiesto alla Russia di liberare i pescatori.",
        "2024-03-01",
    )
    req = [r for r in got if r.event_type == "REQUEST"]
    assert req and req[0].actor and req[0].actor[0].country == "JPN"


def test_closed_border_crossings_are_a_restriction() -> None:
    got = dyads("La Finlandia ha chiuso tutti i valichi di frontiera con la Russia.", "2023-12-01")
    assert ("COERCE", ("FIN",), ("RUS",)) in got

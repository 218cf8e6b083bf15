"""Held-out-like precision classes (session 12, h-prec14): words of another sense (statements
given, a broadcaster's own programmes, confidence votes, a law's provisions, a trial's
charges, visits to places, a first name), a goal
("per far sì che"), and the sport sense of retiring, matches and congratulations. Invented
sentences; each "no event" sentence produced the wrong record before the change."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads, records

DAY = "2024-03-10"


def types(text: str) -> list[str]:
    return [r.event_type for r in records(text, DAY)]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Non sono ancora state rilasciate dichiarazioni ufficiali da parte della Fiat, "
            "nonostante un portavoce abbia parlato.",
            "REJECT",
        ),
        (
            "La Rai ha immediatamente sospeso le trasmissioni mentre il centralino veniva "
            "preso d'assalto.",
            "SANCTION",
        ),
        (
            "La Camera dei deputati ha sospeso le lezioni della scuola interna dopo il crollo.",
            "SANCTION",
        ),
        (
            "Il governo di Atene aveva anche richiesto e ottenuto la fiducia del Parlamento greco.",
            "REQUEST",
        ),
        (
            "Il Senato statunitense introdurrà una legge che vieta alla polizia di usare la "
            "stretta al collo.",
            "COERCE",
        ),
        (
            "Anche dopo l'assoluzione, i fatti oggetto di imputazione restano nel loro "
            "accadimento materiale, ha scritto la Procura.",
            "ACCUSE",
        ),
        (
            "Il presidente Donald Trump in visita alla chiesa episcopale di Washington con la "
            "Bibbia in mano.",
            "CONSULT",
        ),
        (
            "Secondo il presidente ucraino, Mosca starebbe cercando di provocare l'esercito "
            "ucraino per far sì che attacchi, permettendo ai russi di avere un pretesto.",
            "ASSAULT",
        ),
    ],
)
def test_other_senses_and_goals_are_no_events(text, wrong):
    assert wrong not in types(text)


def test_a_first_name_is_no_pardon():
    text = "Sottosegretario alla Presidenza: Graziano Rossi. Ministero della Difesa: Mario Bianchi."
    assert "CONCEDE" not in types(text)


def test_the_real_senses_stay():
    # parties are another helper's work: only the types are checked here
    assert "RETREAT" in types("I pirati somali hanno rilasciato i due ostaggi francesi.")
    assert ("SANCTION", ("RUS",), ("GEO",)) in dyads(
        "Il governo russo ha sospeso i voli verso la Georgia.", DAY
    )
    assert "ACCUSE" in types(
        "Il ministro Rossi ha rilasciato un'intervista al Corriere e ha accusato la Francia "
        "di ipocrisia."
    )
    assert "REQUEST" in types(
        "Il governo italiano ha chiesto alla Francia di riprendere i migranti."
    )


# --- sport: retiring from a race, a match, congratulations on a win (sense_cues.tsv sport) --


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Il pilota spagnolo Carlos Ruiz (Renault) si è ritirato a dieci giri dalla fine "
            "della gara per un guasto al motore.",
            "RETREAT",
        ),
        (
            "Sul gradino più alto del podio, Rossi ha ringraziato la famiglia. Per la sua "
            "vittoria, il ciclista ha ricevuto i complimenti del presidente della Repubblica "
            "Sergio Mattarella.",
            "SUPPORT",
        ),
        (
            "L'indiano ha conquistato il titolo mondiale di scacchi battendo lo sfidante russo. "
            "Per decidere l'incontro, svoltosi a Mosca, sono serviti gli spareggi.",
            "CONSULT",
        ),
    ],
)
def test_sport_senses_are_no_events(text, wrong):
    assert wrong not in types(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le truppe russe si sono ritirate da Kherson dopo settimane di combattimenti.", "RETREAT"),
        ("Il presidente francese ha avuto un incontro con il premier italiano a Roma.", "CONSULT"),
        # attacks are no sport sense: fans attacking the police stay an attack
        (
            "Dopo la partita, gli ultras della Lazio hanno attaccato la polizia davanti allo "
            "stadio.",
            "ASSAULT",
        ),
        # an election win is no sport context
        (
            "Il presidente del Consiglio ha fatto i complimenti al nuovo presidente francese "
            "per la vittoria alle elezioni.",
            "SUPPORT",
        ),
    ],
)
def test_political_senses_stay_outside_sport(text, kept):
    assert kept in types(text)


# --- the prosecution, offices taken up, requests acceded to ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Al processo di Milano, l'accusa ha chiesto dieci anni di carcere per l'ex sindaco "
        "Mario Rossi.",
        "Il pubblico ministero Paolo Bianchi, che rappresenta l'accusa, ha chiesto la condanna "
        "del sindaco.",
    ],
)
def test_the_prosecution_is_a_party_not_a_charge(text):
    # ("chiedere la condanna" is a demand of its own: only "l'accusa" is checked)
    assert "accusa" not in [r.evidence.trigger.text for r in records(text, DAY)]


def test_a_charge_brought_stays_an_accusation():
    assert "ACCUSE" in types("Il procuratore ha mosso l'accusa di corruzione al ministro Rossi.")


@pytest.mark.parametrize(
    "text",
    [
        "Il governo ha accettato la nomina di Mario Rossi alla Corte costituzionale.",
        "Il Senato ha votato per accettare la nomina del giudice alla Corte Suprema.",
    ],
)
def test_accepting_a_nomination_is_no_agreement(text):
    assert "AGREE" not in types(text)


def test_accepting_a_request_is_a_concession():
    # dev README: acceding to a request (the prefect postponing elections) is CONCEDE
    got = types("Il prefetto di Genova ha accettato la richiesta del partito di rinviare il voto.")
    assert "CONCEDE" in got and "AGREE" not in got
    assert "AGREE" in types("Il governo iraniano ha accettato di negoziare con gli Stati Uniti.")


# --- a sanction someone risks has not happened (factuality_cues.tsv, power) --------------


def test_a_risked_sentence_is_no_conviction():
    assert "SANCTION" not in types(
        "Il governo italiano rischia di essere condannato dalla Corte europea."
    )


def test_an_arrest_next_to_a_risk_stays():
    got = types(
        "Il sindaco Rossi, che rischiava il carcere, è stato arrestato ieri dai carabinieri."
    )
    assert "COERCE" in got


@pytest.mark.parametrize(
    "text",
    [
        "Nel pomeriggio il papa Francesco terrà un incontro con i giovani in piazza a Cagliari.",
        "Il Papa ha incontrato i fedeli in piazza San Pietro.",
    ],
)
def test_meeting_the_public_is_no_consultation(text):
    assert "CONSULT" not in types(text)

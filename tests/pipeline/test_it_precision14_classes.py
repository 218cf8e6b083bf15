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


# --- sport: retiring from a race, a match, congratulations on a win (sport_words.tsv) ------


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

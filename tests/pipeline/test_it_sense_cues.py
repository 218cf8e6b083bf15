"""Trigger words with a second, non-political sense (``it/sense_cues.tsv``, rule
event.other_sense, session 16, h-entries21): in a passage whose sentence, or the one before
or after it, holds a word of that sense's domain, the trigger is no event. A doctor who
examines a child, tourists or burglars who "visit", a state of emergency over a fuel spill
or an earthquake, researchers' "indagine", people gathered in prayer. The political uses
beside each stay events. Invented sentences."""

from __future__ import annotations

from tests.pipeline.extracted import dyads

DAY = "2024-03-10"


def of_type(text: str, event_type: str) -> list[tuple]:
    return [d for d in dyads(text, DAY) if d[0] == event_type]


def test_a_doctor_examining_a_patient_is_no_visit() -> None:
    text = (
        "Nell'ambulatorio di una missione a Nairobi il medico italiano ha visitato una "
        "bambina keniana malata."
    )
    assert not of_type(text, "CONSULT")


def test_a_head_of_state_visiting_a_country_is_a_visit() -> None:
    text = "Il presidente francese ha visitato l'Algeria per incontrare il governo algerino."
    assert ("CONSULT", ("FRA",), ("DZA",)) in of_type(text, "CONSULT")


def test_tourists_visiting_a_city_make_no_visit() -> None:
    text = (
        "Un gruppo di turisti tedeschi è arrivato martedì in Giordania. "
        "Hanno visitato Amman e poi sono partiti per Petra."
    )
    assert not of_type(text, "CONSULT")


def test_burglars_visiting_a_house_make_no_visit() -> None:
    text = "La villa del console spagnolo a Firenze era già stata visitata dai ladri a maggio."
    assert not of_type(text, "CONSULT")


def test_a_state_of_emergency_over_a_spill_is_no_coercion() -> None:
    text = (
        "Migliaia di tonnellate di gasolio si sono riversate in un fiume della Siberia. "
        "Il presidente russo ha dichiarato lo stato di emergenza nella regione."
    )
    assert not of_type(text, "COERCE")
    text = (
        "Dopo il terremoto, il governo turco ha dichiarato lo stato di emergenza in dieci province."
    )
    assert not of_type(text, "COERCE")


def test_a_state_of_emergency_against_unrest_stays_a_coercion() -> None:
    text = (
        "Dopo gli scontri con i manifestanti, il governo egiziano ha dichiarato lo stato di "
        "emergenza al Cairo."
    )
    assert of_type(text, "COERCE")


def test_a_researchers_survey_is_no_investigation() -> None:
    text = (
        "Un gruppo di ricercatori americani ha interrogato duemila studenti. "
        "L'indagine ha mostrato che i ragazzi dormono meno di sette ore."
    )
    assert not of_type(text, "ACCUSE")


def test_a_police_investigation_stays_an_investigation() -> None:
    text = "La polizia italiana ha avviato un'indagine sull'omicidio del sindaco di Bari."
    assert of_type(text, "ACCUSE")


def test_people_gathered_in_prayer_hold_no_meeting() -> None:
    text = "A Madrid, centinaia di persone si sono riunite in preghiera per il vescovo."
    assert not of_type(text, "CONSULT")


def test_ministers_meeting_stay_a_meeting() -> None:
    text = "I ministri degli Esteri di Francia e Germania si sono riuniti a Berlino."
    assert of_type(text, "CONSULT")


def test_flights_suspended_for_snow_are_no_sanction() -> None:
    text = (
        "Forti nevicate hanno paralizzato la Serbia. Il governo serbo ha sospeso i voli da e "
        "per il Montenegro."
    )
    assert not of_type(text, "SANCTION")


def test_flights_suspended_after_a_dispute_stay_a_sanction() -> None:
    text = (
        "Dopo l'espulsione del suo ambasciatore, il governo russo ha sospeso i voli per la Georgia."
    )
    assert of_type(text, "SANCTION")


def test_snow_blocking_roads_is_no_protest() -> None:
    text = "In Montenegro forti nevicate hanno bloccato le strade per Belgrado."
    assert not of_type(text, "PROTEST")


def test_firemen_freeing_people_under_rubble_make_no_release() -> None:
    text = (
        "A Tirana i vigili del fuoco albanesi hanno lavorato tutta la notte per liberare gli "
        "abitanti rimasti sotto le macerie."
    )
    assert not of_type(text, "RETREAT")
    assert not of_type(text, "AID")

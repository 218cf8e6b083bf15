"""Session 16 precision classes (h-prec22). 1. "Sequestro" / "sequestrare" in a kidnapping
passage (``it/sense_cues.tsv`` domain kidnap, rule event_type.other_sense_type): the seizure
of a person by kidnappers is ASSAULT abduct, not the seizure of property by the state
(COERCE seize) of ``triggers.tsv``. Seizures of funds and goods by courts and police stay
COERCE. 2. "si ritirerà dalla carica" leaves an office: RETREAT resign (triggers.tsv), with
no AGREE commitment beside it, not a military withdrawal. Invented sentences."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records

DAY = "2024-03-10"


def of_type(text: str, event_type: str) -> list[tuple]:
    return [d for d in dyads(text, DAY) if d[0] == event_type]


def test_a_kidnapping_told_as_sequestro_is_an_abduction() -> None:
    text = (
        "Un imprenditore di Treviso è stato rapito davanti alla sua fabbrica. "
        "I carabinieri indagano sul sequestro e sulla richiesta di riscatto."
    )
    recs = records(text, DAY)
    assert not [r for r in recs if r.event_type == "COERCE" and r.mode == "seize"]
    assert [r for r in recs if r.event_type == "ASSAULT" and r.mode == "abduct"]


def test_hostages_sequestrati_are_abducted() -> None:
    text = (
        "Un uomo armato ha preso in ostaggio i passeggeri di un autobus a Lione. "
        "I passeggeri sequestrati sono stati liberati dopo tre ore."
    )
    recs = records(text, DAY)
    assert not [r for r in recs if r.event_type == "COERCE" and r.mode == "seize"]


def test_the_retyped_record_names_its_cue() -> None:
    text = (
        "La giornalista era stata rapita a Kabul. Il suo sequestro è durato due settimane, "
        "hanno detto i rapitori."
    )
    recs = records(text, DAY)
    assert not [r for r in recs if r.event_type == "COERCE"]
    rules = {w.rule for r in recs for w in r.why}
    assert "event_type.other_sense_type" in rules


def test_a_court_seizing_funds_stays_a_seizure() -> None:
    text = (
        "La procura di Milano ha ottenuto il sequestro di dieci milioni di euro della "
        "società, accusata di frode fiscale."
    )
    assert of_type(text, "COERCE")
    assert not of_type(text, "ASSAULT")


def test_police_seizing_goods_stays_a_seizure() -> None:
    text = "La polizia tedesca ha sequestrato due tonnellate di cocaina nel porto di Amburgo."
    assert of_type(text, "COERCE")
    assert not of_type(text, "ASSAULT")


def test_leaving_an_office_announced_is_a_resignation_and_no_agreement() -> None:
    """ "si ritirerà dalla carica" leaves an office (RETREAT resign, as "lasciare la
    carica"); an announced resignation commits to no one, so no AGREE record beside it."""
    text = (
        "Il ministro degli Esteri francese Jean Dupont ha annunciato ieri che si ritirerà "
        "dalla carica il prossimo 31 agosto."
    )
    recs = records(text, DAY)
    assert [r for r in recs if r.event_type == "RETREAT" and r.mode == "resign"]
    assert not [r for r in recs if r.event_type == "AGREE"]


def test_troops_withdrawing_stay_a_withdrawal() -> None:
    text = "Le truppe russe si ritireranno dalla regione entro marzo, ha annunciato il ministero."
    recs = records(text, DAY)
    assert [r for r in recs if r.event_type == "RETREAT" and r.mode == "withdraw"]

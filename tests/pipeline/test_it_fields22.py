"""Italian parties of seed-like probes (session 16, h-fields22): a capital standing for its
state as the receiver of a verb of giving ("ha fornito a Mosca droni"), and a seat of power
right before a lower-case weapon or group noun, which in Italian is no owner of that noun
("a Mosca missili" are two phrases). Sentences written for these tests; expected values by
hand."""

from __future__ import annotations

from eventwire.pipeline.extensions import spans_of
from eventwire.pipeline.nlp import get_nlp
from tests.pipeline.extracted import records

DAY = "2024-05-20"
#: a first sentence, so the records below are not read as the lead (whose dyad fills parties)
LEAD = "Il vertice dei ministri si è chiuso ieri a Ginevra. "


def _of_type(text: str, event_type: str):
    return [r for r in records(LEAD + text, DAY) if r.event_type == event_type]


def test_a_capital_inside_a_giving_trigger_is_the_receiving_state() -> None:
    (r,) = _of_type(
        "Secondo il Guardian, la Cina avrebbe fornito a Mosca componenti per droni.", "AID"
    )
    assert {a.country for a in r.actor} == {"CHN"}
    assert {a.country for a in r.recipient} == {"RUS"}
    assert any(w.rule == "argument.object.in_trigger_gap" for w in r.why)


def test_a_capital_before_a_bare_weapon_noun_is_the_receiver() -> None:
    (r,) = _of_type("La Corea del Nord aveva già fornito a Mosca droni, usati da mesi.", "AID")
    assert {a.country for a in r.recipient} == {"RUS"}


def test_a_sending_verb_keeps_the_capital_as_the_place() -> None:
    # "inviare" is a verb of motion: "a Kiev" may say where the arms go, not to whom
    (r,) = _of_type("Gli Stati Uniti hanno inviato a Kiev nuove armi.", "AID")
    assert not any(w.rule == "argument.object.in_trigger_gap" for w in r.why)


def test_a_seat_of_power_is_no_owner_of_the_lower_case_noun_after_it() -> None:
    doc = get_nlp("it")("La Turchia ha venduto a Varsavia missili e a Mosca elicotteri.")
    texts = [s.text for s in spans_of(doc, "actors")]
    assert "Varsavia" in texts and "Mosca" in texts
    assert not any(t.startswith(("Varsavia ", "Mosca ")) for t in texts)


def test_an_italian_weapon_noun_with_its_demonym_stays_one_mention() -> None:
    doc = get_nlp("it")("I missili russi hanno colpito Odessa.")
    assert "missili russi" in [s.text for s in spans_of(doc, "actors")]


def test_protesters_at_a_foreign_embassy_are_not_of_the_embassy_s_state() -> None:
    text = (
        "Il governo del Perù ha convocato l'ambasciatore cileno. Il Perù accusa il Cile di "
        "ingerenza. Centinaia di persone hanno manifestato davanti all'ambasciata cilena nella "
        "capitale."
    )
    (r,) = [x for x in records(text, DAY) if x.event_type == "PROTEST"]
    assert {a.country for a in r.recipient} == {"CHL"}
    assert {a.country for a in r.actor} == {"PER"}
    assert any(w.rule == "actor.protesters_of_the_host" for w in r.why)


def test_protesters_with_a_named_place_keep_the_place_s_country() -> None:
    text = LEAD + "Un gruppo di attivisti ha manifestato davanti all'ambasciata russa a Lisbona."
    (r,) = [x for x in records(text, DAY) if x.event_type == "PROTEST"]
    assert {a.country for a in r.recipient} == {"RUS"}
    assert "RUS" not in {a.country for a in r.actor}


def test_a_named_person_s_second_office_in_commas_is_no_subject() -> None:
    # "presidente" alone would be read as the president named in the sentence before
    text = (
        "Il presidente americano Donald Trump ha parlato ieri con i due leader. Il premier "
        "ceco Petr Fiala, presidente di turno dell'Ue, ha chiesto alla Russia di fermare i "
        "combattimenti."
    )
    (r,) = [x for x in records(text, DAY) if x.event_type == "REQUEST"]
    assert {a.country for a in r.actor} == {"CZE"}
    assert "USA" not in {a.country for a in r.actor}


def test_an_apposition_giving_an_unknown_name_s_country_is_kept() -> None:
    text = (
        LEAD
        + "Juan Ortega, studente messicano di chimica, è stato arrestato dalla polizia spagnola."
    )
    (r,) = [x for x in records(text, DAY) if x.event_type == "COERCE"]
    assert {a.country for a in r.recipient} == {"MEX"}

"""Italian recipients the text names but records missed (session 15, h-parties20): a relative
killed with a place phrase before him ("Ucciso a Lisbona il nipote del ministro angolano"), of
the country of the party he is a relative of, not the place's people; the one asked inside a
demand's gapped trigger ("ha chiesto al Cile l'estradizione di X"). Sentences written for
these tests; expected values by hand."""

from __future__ import annotations

from tests.pipeline.extracted import records

DAY = "2023-06-14"


def _of_type(text: str, event_type: str):
    return [r for r in records(text, DAY) if r.event_type == event_type]


def test_a_headline_relative_after_a_place_is_of_the_party_s_country() -> None:
    (r,) = _of_type("Ucciso a Lisbona il nipote del ministro angolano della Difesa.", "ASSAULT")
    assert {a.country for a in r.recipient} == {"AGO"}
    assert any(w.rule == "recipient.relative_of_party" for w in r.why)
    assert not any(w.rule == "recipient.victims_from_place" for w in r.why)


def test_a_passive_relative_after_place_and_date_is_of_the_party_s_country() -> None:
    (r,) = _of_type(
        "È stata rapita ieri a Caracas la figlia di un diplomatico spagnolo.", "ASSAULT"
    )
    assert {a.country for a in r.recipient} == {"ESP"}


def test_a_relative_with_no_party_after_keeps_the_place_s_people() -> None:
    # no "di" party after the noun: the place's people, as before
    (r,) = _of_type("È stato ucciso a Lisbona il fratello.", "ASSAULT")
    assert {a.country for a in r.recipient} == {"PRT"}
    assert not any(w.rule == "recipient.relative_of_party" for w in r.why)


def test_the_state_asked_inside_an_extradition_demand_is_the_recipient() -> None:
    (r,) = _of_type(
        "Il governo argentino ha chiesto al Cile l'estradizione di Pedro Gomez.", "REQUEST"
    )
    assert {a.country for a in r.actor} == {"ARG"}
    assert {a.country for a in r.recipient} == {"CHL"}
    assert any(w.rule == "argument.object.in_trigger_gap" for w in r.why)


def test_the_one_an_investigation_is_on_is_the_recipient() -> None:
    (r,) = _of_type("La procura di Lione ha avviato indagini sul sindaco di Marsiglia.", "ACCUSE")
    assert {a.country for a in r.recipient} == {"FRA"}
    assert any(w.rule == "argument.investigated_party" for w in r.why)


def test_an_investigation_verb_takes_its_su_party() -> None:
    (r,) = _of_type("La polizia belga indaga sul ministro olandese Jan de Vries.", "ACCUSE")
    assert {a.country for a in r.recipient} == {"NLD"}


def test_an_investigation_into_a_killing_does_not_accuse_the_victim() -> None:
    # "sull'omicidio del sindaco": the mayor is the one killed, not investigated
    for r in _of_type("La polizia belga indaga sull'omicidio del sindaco di Anversa.", "ACCUSE"):
        assert not any(w.rule == "argument.investigated_party" for w in r.why)

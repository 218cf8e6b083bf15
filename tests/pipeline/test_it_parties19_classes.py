"""Italian parties of records whose trigger is right (session 14, h-parties19): the doer of an
attack told through a verb of trying ("un uomo ha tentato di strangolarla") and a private
doer before an elided clitic ("un giovane l'ha accoltellata"). Sentences written for these
tests; expected values by hand."""

from __future__ import annotations

from tests.pipeline.extracted import records

DAY = "2023-06-14"


def _attacks(text: str):
    return [r for r in records(text, DAY) if r.event_type == "ASSAULT"]


def test_a_private_doer_who_tried_to_kill_is_the_actor() -> None:
    # described, not identified: the doer is found, with no country (docs/conventions.md)
    (r,) = _attacks("A Lione un uomo ha tentato di strangolarla nel parcheggio dell'ospedale.")
    assert [a.raw_text for a in r.actor] == ["un uomo"]
    assert {a.country for a in r.actor} == {None}
    assert any(w.rule == "actor.unidentified_private_person" for w in r.why)


def test_a_relative_who_tried_to_kill_is_the_actor() -> None:
    (r,) = _attacks("A Siviglia il compagno ha cercato di ucciderla con un coltello da cucina.")
    assert {a.country for a in r.actor} == {"ESP"}
    assert any(w.rule == "actor.relative_of_victim" for w in r.why)


def test_a_private_doer_before_an_elided_clitic_is_the_actor() -> None:
    (r,) = _attacks("A Porto un giovane l'ha accoltellata davanti alla stazione.")
    assert [a.raw_text for a in r.actor] == ["un giovane"]
    assert {a.country for a in r.actor} == {None}


def test_a_verb_that_is_no_attempt_does_not_make_the_person_the_doer() -> None:
    # the woman asked the police to arrest: she is no attacker, and "chiesto" is no
    # verb of trying
    for r in _attacks("A Lione una donna ha chiesto di arrestarlo alla polizia."):
        assert not any(w.rule == "actor.private_person" for w in r.why)


def _of_type(text: str, etype: str):
    return [r for r in records(text, DAY) if r.event_type == etype]


def test_a_passive_after_dopo_che_is_done_to_the_main_subject() -> None:
    (r,) = _of_type(
        "La ministra Baerbock ha lasciato la conferenza stampa, dopo che era stata criticata "
        "dal premier polacco Tusk.",
        "ACCUSE",
    )
    assert {a.country for a in r.actor} == {"POL"}
    assert {a.country for a in r.recipient} == {"DEU"}
    assert any(w.rule == "argument.subordinate_main_patient" for w in r.why)


def test_dopo_che_does_not_make_the_main_subject_the_patient_of_another_gender() -> None:
    # "arrestata" is feminine: the main clause's "il ministro" did not suffer it
    for r in _of_type(
        "Il ministro tedesco ha parlato ai giornalisti dopo che era stata arrestata "
        "un'attivista polacca a Berlino.",
        "COERCE",
    ):
        assert not any(w.rule == "argument.subordinate_main_patient" for w in r.why)


def test_the_reporter_is_not_the_doer_of_a_relative_clause_after_coloro() -> None:
    (r,) = _attacks(
        "Il governo afghano ha annunciato che punirà coloro che hanno ucciso il giornalista."
    )
    assert not any(w.rule == "actor.reporter_of_subjectless_clause" for w in r.why)
    assert r.actor == []


def test_the_reporter_still_acts_in_a_reported_clause_with_no_subject() -> None:
    (r,) = records("Il governo afghano ha annunciato che arresterà i responsabili.", DAY)
    assert {a.country for a in r.actor} == {"AFG"}
    assert any(w.rule == "actor.reporter_of_subjectless_clause" for w in r.why)


def test_a_date_between_dopo_che_and_the_passive_does_not_hide_the_main_subject() -> None:
    (r,) = _of_type(
        "Il cancelliere Scholz ha parlato al Bundestag, dopo che martedì era stato criticato "
        "dal presidente francese Macron.",
        "ACCUSE",
    )
    assert {a.country for a in r.recipient} == {"DEU"}
    assert {a.country for a in r.actor} == {"FRA"}


def test_counted_nationals_are_the_ones_arrested() -> None:
    # "due olandesi" is a noun of people, not an adjective: the arrest is done to them, not
    # to the people of the country it happens in
    (r,) = _of_type("Ieri due olandesi sono stati arrestati a Istanbul.", "COERCE")
    assert {a.country for a in r.recipient} == {"NLD"}
    assert {a.country for a in r.actor} == {"TUR"}


def test_counted_nationals_who_protest_are_people_not_their_state() -> None:
    (r,) = _of_type(
        "Sabato alcuni olandesi hanno protestato davanti al consolato a Istanbul.", "PROTEST"
    )
    assert {(a.country, a.sector) for a in r.actor} == {("NLD", "CVL")}


def test_coordinated_participles_share_the_subject_after_the_second() -> None:
    got = _of_type("Il 4 aprile è stato fermato e arrestato un operaio bulgaro a Verona.", "COERCE")
    assert got
    for r in got:
        assert {a.country for a in r.recipient} == {"BGR"}

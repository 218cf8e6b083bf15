"""Italian constructions of seed-like political news left by the session-10 blind probes
(round 2): passives with their subject left out after a time phrase, visits to cities that
are no capital, agents of requests, demonym invaders (sentences written for these tests;
the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records


def _records(text: str, published: str = "2023-11-08") -> list:
    return records(text, published)


def _dyads(text: str, published: str = "2023-11-08") -> list[tuple]:
    return dyads(text, published)


def test_a_passive_after_an_opening_time_phrase_keeps_the_subject_before() -> None:
    recs = [
        r
        for r in _records(
            "Il presidente argentino Javier Milei è arrivato ieri a Roma per una visita "
            "ufficiale. In serata è stato ricevuto al Quirinale dal presidente della Repubblica "
            "Sergio Mattarella."
        )
        if "ricevuto" in r.evidence.text
    ]
    assert recs
    for r in recs:
        assert {a.country for a in r.actor + r.recipient} == {"ARG", "ITA"}


def test_a_visit_to_a_city_that_is_no_capital_is_hosted_by_its_country() -> None:
    recs = [
        r for r in _records("Il premier polacco ha visitato Bari.") if r.event_type == "CONSULT"
    ]
    assert [(r.mode, [a.country for a in r.recipient]) for r in recs] == [("visit", ["ITA"])]
    assert recs[0].location is not None and recs[0].location.name == "Bari"


def test_a_city_after_a_clause_of_time_is_not_the_visit_host() -> None:
    recs = [
        r
        for r in _records(
            "Martedì il presidente tunisino visiterà Palermo prima di rientrare a Tunisi."
        )
        if r.event_type == "CONSULT"
    ]
    assert [[a.country for a in r.recipient] for r in recs] == [["ITA"]]
    assert recs[0].location is not None and recs[0].location.name == "Palermo"


def test_the_union_alone_is_the_eu_where_the_article_names_it() -> None:
    text = (
        "I ministri dell'Unione europea hanno approvato nuove sanzioni contro la Bielorussia. "
        "Il governo bielorusso ha accusato l'Unione di condurre una guerra economica contro "
        "i cittadini bielorussi."
    )
    assert ("ACCUSE", ("BLR",), ("IGO",)) in _dyads(text)


def test_the_union_alone_is_no_party_where_the_article_does_not_name_the_eu() -> None:
    recs = _records("Il governo bielorusso ha accusato l'Unione di condurre una guerra economica.")
    assert all(a.country != "IGO" for r in recs for a in r.recipient)


def test_as_requested_by_an_agent_counted_in_times_asks_the_main_subject() -> None:
    assert ("REQUEST", ("UKR",), ("FRA",)) in _dyads(
        "Il governo francese non ha ancora inviato i carri armati, come chiesto più volte da Kiev."
    )


def test_as_requested_by_an_agent_asks_the_main_subject() -> None:
    assert ("REQUEST", ("POL",), ("DEU",)) in _dyads(
        "Il governo tedesco ha inviato altri obici, come chiesto dal governo polacco."
    )


def test_a_demonym_after_an_act_noun_with_its_patient_is_the_actor() -> None:
    assert ("ASSAULT", ("IRQ",), ("KWT",)) in _dyads(
        "Il vertice si terrà nel trentesimo anniversario dell'invasione irachena del Kuwait."
    )


def test_a_meeting_that_is_not_on_the_agenda_is_negated() -> None:
    recs = [
        r
        for r in _records(
            "Un vertice tra il presidente serbo e il premier kosovaro non è in agenda, ha detto "
            "il portavoce."
        )
        if r.event_type == "CONSULT"
    ]
    assert recs and all(r.factuality.polarity == "negative" for r in recs)


def test_a_meeting_on_the_agenda_stays_positive() -> None:
    recs = [
        r
        for r in _records("Un vertice tra il presidente serbo e il premier kosovaro è in agenda.")
        if r.event_type == "CONSULT"
    ]
    assert recs and all(r.factuality.polarity == "positive" for r in recs)

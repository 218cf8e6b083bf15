"""Fields of records found on seed-like Italian news, round 3 (bench/README.md, "Full-record
accuracy, round 3"): the mode of an invitation, an air force's strike on missile stores, a
news agency or a monitoring group cited after the clause, ", ma il ..." ending a reporting
verb's reach, a residence or a seat of government as the place (sentences written for these
tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import records

DATE = "2025-03-12"


def _one(text: str, event_type: str):
    got = [r for r in records(text, DATE) if r.event_type == event_type]
    assert got, f"no {event_type} record"
    return got[0]


def test_an_invitation_to_a_ceasefire_asks_the_parties_to_yield() -> None:
    r = _one(
        "Il ministro degli Esteri egiziano ha invitato le due parti a rispettare una tregua.",
        "REQUEST",
    )
    assert r.mode == "yield"


def test_an_invitation_with_no_cue_keeps_the_default_mode() -> None:
    r = _one(
        "Il presidente francese ha invitato il governo serbo a riprendere il dialogo con Pristina.",
        "REQUEST",
    )
    assert r.mode == "meet"  # "dialogo" settles it
    r = _one("Il premier greco ha invitato la Turchia a rispettare il diritto del mare.", "REQUEST")
    assert r.mode == "change"


def test_a_request_for_supplies_is_a_request_for_assistance() -> None:
    r = _one(
        "Il presidente moldavo ha chiesto all'Ucraina di aumentare le forniture di gas.",
        "REQUEST",
    )
    assert r.mode == "assist"


def test_an_air_force_striking_missile_stores_is_an_air_strike() -> None:
    r = _one("L'aviazione turca ha colpito depositi di missili nel nord della Siria.", "ASSAULT")
    assert r.mode == "aerial"
    # missiles with no aircraft named stay heavy weapons
    r = _one("L'esercito russo ha colpito la città ucraina con missili balistici.", "ASSAULT")
    assert r.mode == "heavy-weapons"


def test_a_news_agency_or_monitoring_group_cited_after_the_clause_is_the_source() -> None:
    r = _one(
        "Il ministro degli Esteri iraniano si recherà a Pechino domani, riferisce l'agenzia "
        "Tasnim.",
        "CONSULT",
    )
    assert [a.country for a in r.attribution] == ["IRN"]
    r = _one(
        "Droni turchi hanno colpito una base curda vicino a Kobane, riferisce l'Osservatorio "
        "siriano per i diritti umani.",
        "ASSAULT",
    )
    assert [a.name for a in r.attribution] == ["Syrian Observatory for Human Rights"]


def test_a_new_subject_after_ma_is_no_longer_reported_by_the_first_speaker() -> None:
    r = _one(
        "Il premier serbo ha detto che Belgrado potrebbe offrire aiuti alla regione, ma il "
        "presidente kosovaro ha respinto l'offerta.",
        "REJECT",
    )
    assert r.attribution == []


def test_a_residence_of_a_city_is_where_the_arrest_happens() -> None:
    r = _one(
        "I soldati hanno arrestato il presidente gabonese nella sua residenza di Libreville.",
        "COERCE",
    )
    assert r.location is not None and r.location.name == "Libreville"


def test_a_reception_at_palazzo_chigi_happens_in_rome() -> None:
    r = _one(
        "Ieri la presidente del Consiglio ha ricevuto a Palazzo Chigi il premier polacco.",
        "CONSULT",
    )
    assert r.location is not None and r.location.country == "ITA"
    assert r.location.name == "Rome"


def test_hours_before_reach_back_a_day_not_as_many_days_as_hours() -> None:
    r = _one("Nelle ultime 24 ore l'aviazione russa ha bombardato Kharkiv.", "ASSAULT")
    assert (r.date.start, r.date.end) == ("2025-03-11", "2025-03-12")
    r = _one("Nelle ore precedenti l'esercito israeliano aveva bombardato Rafah.", "ASSAULT")
    assert (r.date.start, r.date.end) == ("2025-03-11", "2025-03-12")


def test_a_memorandum_d_intesa_is_no_intention() -> None:
    r = _one(
        "Il premier etiope e il presidente del Somaliland hanno firmato ieri un memorandum "
        "d'intesa.",
        "SUPPORT",
    )
    assert r.factuality.certainty == "certain"
    assert r.factuality.time == "non_future"


def test_a_law_that_declares_an_accord_void_cites_nobody() -> None:
    r = _one(
        "Il presidente somalo ha firmato ieri un decreto che dichiara nullo il memorandum "
        "firmato lunedì con l'Etiopia.",
        "SUPPORT",
    )
    assert r.attribution == []


def test_a_source_inside_a_gerund_clause_does_not_cover_the_main_clause() -> None:
    r = _one(
        "L'aviazione saudita ha bombardato ieri Sanaa, uccidendo dodici civili secondo gli Houthi.",
        "ASSAULT",
    )
    assert r.attribution == []
    r = _one(
        "Secondo gli Houthi, l'aviazione saudita ha bombardato ieri Sanaa, uccidendo dodici "
        "civili.",
        "ASSAULT",
    )
    assert [a.country for a in r.attribution] == ["YEM"]

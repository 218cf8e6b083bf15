"""Italian constructions of seed-like political news found by the session-11 blind probes:
both sides of a civil war, repeated genitives in a compound subject, acronym glosses,
refused meetings, participles said of people, late denials, the one met after the place,
hypothetical attacks, force not ruled out, office holders of 2023-2024 (sentences written
for these tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records


def _records(text: str, published: str = "2023-10-04") -> list:
    return records(text, published)


def _dyads(text: str, published: str = "2023-10-04") -> list[tuple]:
    return dyads(text, published)


def test_both_parties_of_a_civil_war_are_that_country() -> None:
    got = _dyads(
        "Ieri gli scontri tra l'esercito etiope e le milizie della regione erano ripresi. "
        "Il presidente keniano ha chiesto alle due parti di non colpire i villaggi."
    )
    assert ("REQUEST", ("KEN",), ("ETH",)) in got


def test_both_parties_are_the_sides_of_the_fight_not_of_a_later_call() -> None:
    got = _dyads(
        "Domenica truppe armene e azere si erano scontrate al confine. Il segretario di "
        "Stato americano ha telefonato al premier armeno. Il presidente francese ha chiesto "
        "alle due parti di rispettare la tregua."
    )
    assert ("REQUEST", ("FRA",), ("ARM", "AZE")) in got


def test_a_repeated_genitive_names_a_second_party() -> None:
    got = _dyads(
        "I rappresentanti del governo colombiano e dei ribelli venezuelani si "
        "incontreranno domani all'Avana."
    )
    assert any(t == "CONSULT" and set(a) | set(r) == {"COL", "VEN"} for t, a, r in got)


def test_a_warning_by_two_governments_named_by_their_genitives() -> None:
    got = _dyads("I governi del Niger e del Ciad hanno minacciato ritorsioni contro la Francia.")
    assert ("THREATEN", ("NER", "TCD"), ("FRA",)) in got


def test_an_acronym_gloss_after_the_second_party_keeps_the_subject() -> None:
    # only for a party the knowledge base knows: an unknown "(Tplf)" is still a boundary
    got = _dyads(
        "Le delegazioni dell'esercito sudanese e delle Forze di supporto rapido (Rsf) "
        "hanno firmato ieri una tregua."
    )
    assert any(set(a) | set(r) == {"SDN"} for _t, a, r in got)


def test_ruling_out_a_meeting_is_a_refusal_and_no_meeting() -> None:
    got = _dyads("Il premier armeno ha escluso un incontro con il presidente azero.")
    assert ("REJECT", ("ARM",), ("AZE",)) in got
    assert not any(t == "CONSULT" for t, _a, _r in got)


def test_a_participle_after_counted_people_is_not_done_by_the_clause_subject() -> None:
    got = _dyads(
        "Il premier ungherese ha proclamato il lutto nazionale per i quattro turisti uccisi."
    )
    assert not any(t == "ASSAULT" and a == ("HUN",) for t, a, _r in got)


def test_a_participle_after_people_takes_them_as_its_patient() -> None:
    got = _dyads(
        "Il ministro degli Esteri ceco ha espresso cordoglio per i due cittadini slovacchi uccisi."
    )
    assert not any(t == "ASSAULT" and "CZE" in r for t, _a, r in got)


def test_a_denial_two_sentences_after_the_accusation_answers_the_accuser() -> None:
    got = _dyads(
        "Il governo georgiano ha accusato la Russia di aver armato i separatisti.\n\n"
        "Negli scontri di ieri sono morti due agenti.\n\n"
        "Il portavoce del Cremlino ha respinto le accuse."
    )
    assert any(t in ("REJECT", "ACCUSE") and a == ("RUS",) and r == ("GEO",) for t, a, r in got)


def test_the_one_met_after_the_meeting_place() -> None:
    got = _dyads(
        "Lunedì il ministro degli Esteri turco potrebbe incontrare ad Ankara il suo omologo greco."
    )
    assert any(t == "CONSULT" and set(a) | set(r) == {"TUR", "GRC"} for t, a, r in got)


def test_any_attack_is_a_hypothesis_not_an_attack() -> None:
    recs = _records(
        "Madrid ha promesso di rispondere con fermezza a qualsiasi attacco contro le sue navi."
    )
    assert not [r for r in recs if r.event_type == "ASSAULT"]


def test_force_not_ruled_out_is_a_threat() -> None:
    got = _dyads("Il governo nigeriano non ha escluso l'uso della forza contro i ribelli del Ciad.")
    assert any(t == "THREATEN" and a == ("NGA",) for t, a, _r in got)


def test_ruling_out_force_is_no_threat() -> None:
    recs = _records("Il governo nigeriano ha escluso l'uso della forza contro i ribelli.")
    assert not [
        r for r in recs if r.event_type == "THREATEN" and r.factuality.polarity == "positive"
    ]


def test_suspending_budget_support_stops_aid() -> None:
    recs = _records("La Commissione europea ha sospeso il sostegno al bilancio del Mali.")
    assert any(r.event_type == "SANCTION" and r.mode == "discontinue" for r in recs)


def test_a_man_burning_a_flag_in_a_city_protests_in_its_country() -> None:
    got = _dyads("Ieri un uomo ha bruciato una bandiera americana davanti al consolato di Milano.")
    assert any(t == "PROTEST" and a == ("ITA",) for t, a, _r in got)


def test_office_holders_of_2023_are_known() -> None:
    got = _dyads(
        "Il presidente Bola Tinubu ha telefonato al generale Abdourahamane Tchiani.",
        published="2023-08-10",
    )
    assert any(t == "CONSULT" and set(a) | set(r) == {"NGA", "NER"} for t, a, r in got)


def test_a_bloc_of_west_african_states_is_an_igo() -> None:
    got = _dyads("La Cedeao ha imposto sanzioni al Niger.", published="2023-08-10")
    assert ("SANCTION", ("IGO",), ("NER",)) in got

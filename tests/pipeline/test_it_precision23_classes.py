"""Session 17 precision classes (h-prec23). Invented sentences.

1. A request or a charge inside a condition is none made ("se ..., chiederemo", "se verrà
   confermata l'accusa"): hypothetical, as the dev gold reads conditions; a threat with a
   condition is still a threat. A relative clause after the condition ("..., un'opzione che
   è stata rifiutata") is asserted, outside it.
2. Coordinated headline participles after a place label ("Turchia: morti e feriti in un
   attentato") are passives: the label is the story's place, not the attacker.
3. An attack noun subject of an impact verb ("un attentato ha colpito il contingente
   italiano") struck that verb's object, not the people of the place named after it.
4. "denuncia catastale / dei redditi / di successione" is a filing, no complaint
   (``it/not_triggers.tsv``).
"""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records

DAY = "2024-03-10"


def of_type(text: str, event_type: str) -> list[tuple]:
    return [d for d in dyads(text, DAY) if d[0] == event_type]


def test_a_request_announced_under_a_condition_is_not_made() -> None:
    text = (
        "Il presidente francese ha parlato della riforma: «Se i senatori avranno obiezioni, "
        "chiederemo loro di modificare il testo»."
    )
    assert not of_type(text, "REQUEST")


def test_a_charge_inside_an_if_clause_is_not_made() -> None:
    text = "Se verrà confermata l'accusa, il sindaco di Lione rischia dieci anni di carcere."
    assert not of_type(text, "ACCUSE")


def test_a_threat_with_a_condition_stays_a_threat() -> None:
    text = "La Turchia, se non verrà rispettata la tregua, minaccia di attaccare la Siria."
    assert of_type(text, "THREATEN")


def test_a_request_made_now_stays_a_request() -> None:
    text = "Il governo tedesco ha chiesto alla Polonia di riaprire il confine."
    assert of_type(text, "REQUEST")


def test_a_relative_clause_after_a_condition_is_asserted() -> None:
    text = (
        "Il ministero aveva proposto a Bianchi una pena ridotta se avesse ritirato il ricorso, "
        "un'opzione che però è stata rifiutata dal dirigente."
    )
    assert of_type(text, "REJECT")


def test_coordinated_headline_participles_have_no_attacker() -> None:
    text = "Egitto: morti e feriti in un attentato a una chiesa copta"
    assert not [d for d in of_type(text, "ASSAULT") if "EGY" in d[1]]


def test_a_state_acting_in_a_headline_keeps_its_label() -> None:
    text = "Iran: arrestati tre giornalisti statunitensi a Teheran"
    assert ("COERCE", ("IRN",), ("USA",)) in dyads(text, DAY)


def test_an_attack_noun_struck_the_object_of_its_verb() -> None:
    text = "Un attentato ha colpito una pattuglia di soldati spagnoli nel nord del Libano."
    recs = [r for r in records(text, DAY) if r.event_type == "ASSAULT"]
    assert recs
    assert all({a.country for a in r.recipient} == {"ESP"} for r in recs)
    assert "argument.struck_by_attack_noun" in {w.rule for r in recs for w in r.why}


def test_an_attack_noun_that_killed_named_people_is_one_record() -> None:
    text = "Un'autobomba ha ucciso quattro poliziotti iracheni a Kirkuk."
    assert [d for d in of_type(text, "ASSAULT")] == [("ASSAULT", (), ("IRQ",))]


def test_an_attack_on_a_city_keeps_its_people() -> None:
    text = "Un attentato ha colpito il centro di Kabul."
    assert of_type(text, "ASSAULT") == [("ASSAULT", (), ("AFG",))]


def test_a_land_registry_filing_is_no_complaint() -> None:
    text = (
        "Alcuni documenti, tra cui la denuncia catastale del padre, hanno dimostrato che la "
        "famiglia viveva a Siena."
    )
    assert not of_type(text, "ACCUSE")


def test_a_complaint_to_the_police_stays_a_complaint() -> None:
    text = (
        "Il sindacato ha presentato una denuncia contro l'azienda per comportamento antisindacale."
    )
    assert of_type(text, "ACCUSE")

"""Italian recall classes left by the session-11 blind recall audit (seed 5050 and the earlier
development sets): unnamed targets of domestic disputes (sentences written for these tests;
the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records


def _records(text: str, published: str = "2024-03-12") -> list:
    return records(text, published)


def _dyads(text: str, published: str = "2024-03-12") -> list[tuple]:
    return dyads(text, published)


def test_an_opposition_charge_with_no_named_target_is_domestic() -> None:
    text = "In Ecuador l'opposizione contesta i risultati del voto e parla di brogli."
    accuse = [d for d in _dyads(text) if d[0] == "ACCUSE"]
    assert accuse == [("ACCUSE", ("ECU",), ("ECU",))]


def test_a_refusal_of_criticism_with_no_named_critic_is_domestic() -> None:
    text = (
        "A Valencia il ministro spagnolo dell'Interno ha respinto le critiche sulla gestione "
        "degli sbarchi."
    )
    assert ("REJECT", ("ESP",), ("ESP",)) in _dyads(text)


def test_a_charge_in_a_sentence_naming_another_country_keeps_no_guessed_target() -> None:
    text = "Il governo polacco ha criticato duramente la decisione presa a Berlino."
    accuse = [d for d in _dyads(text) if d[0] == "ACCUSE"]
    assert accuse and all(d[2] != ("POL",) for d in accuse)


def test_an_investigation_keeps_its_unnamed_target_unknown() -> None:
    recs = [
        r
        for r in _records("La procura di Bari ha aperto un'inchiesta sull'incendio del deposito.")
        if r.event_type == "ACCUSE"
    ]
    assert recs
    assert all(not r.recipient for r in recs)
    assert all(w.rule != "recipient.domestic_dispute" for r in recs for w in r.why)


def test_the_domestic_target_rule_is_named_in_the_record() -> None:
    recs = [
        r
        for r in _records("Il sindacato dei medici francesi denuncia tagli inaccettabili.")
        if r.event_type == "ACCUSE"
    ]
    assert recs
    assert any(w.rule == "recipient.domestic_dispute" for r in recs for w in r.why)
    assert [a.country for a in recs[0].recipient] == ["FRA"]


def test_adding_to_a_charge_is_an_accusation_by_a_party_member() -> None:
    text = (
        "Il ministro ha difeso la riforma delle pensioni, mentre il leghista Rossi rincara la "
        "dose contro il governo."
    )
    recs = [r for r in _records(text) if r.event_type == "ACCUSE"]
    assert [[a.country for a in r.actor] for r in recs] == [["ITA"]]
    assert recs[0].actor[0].sector == "PTY"


def test_a_charge_of_an_attack_on_democracy_is_the_speakers() -> None:
    text = (
        "«È un attentato alla democrazia», ha dichiarato il presidente brasiliano Lula "
        "dopo l'assalto ai palazzi del potere."
    )
    recs = [r for r in _records(text) if r.event_type == "ACCUSE"]
    assert recs and all(r.evidence.trigger.text == "attentato alla democrazia" for r in recs)
    assert [a.country for a in recs[0].actor] == ["BRA"]
    assert not [
        r
        for r in _records(text)
        if r.event_type == "ASSAULT" and "democrazia" in r.evidence.trigger.text
    ]


def test_stabs_are_an_assault() -> None:
    text = "Un francese ha sferrato tre coltellate al vicino."
    recs = [r for r in _records(text) if r.event_type == "ASSAULT"]
    assert [r.evidence.trigger.text for r in recs] == ["coltellate"]
    assert [a.country for a in recs[0].actor] == ["FRA"]


def test_a_refusal_of_ones_own_surrender_gets_no_guessed_target() -> None:
    text = "Il presidente venezuelano ha detto che non si arrenderà mai."
    recs = [r for r in _records(text) if r.event_type == "REJECT"]
    assert recs
    assert all(not r.recipient for r in recs)


def test_a_faction_of_a_party_acts_for_the_party() -> None:
    text = "La minoranza del Pd ha criticato duramente la riforma del lavoro."
    recs = [r for r in _records(text) if r.event_type == "ACCUSE"]
    assert [[(a.country, a.sector) for a in r.actor] for r in recs] == [[("ITA", "PTY")]]


def test_a_governments_charge_with_no_domestic_setting_names_no_target() -> None:
    text = "Il governo spagnolo ha respinto le critiche."
    recs = [r for r in _records(text) if r.event_type == "REJECT"]
    assert recs
    assert all(not r.recipient for r in recs)

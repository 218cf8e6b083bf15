"""Italian verb-object trigger rows read in the passive and as a participle after their
object (rule trigger.passive_of_row, lang/it/passive_rows.tsv): the "da" agent acts, a
party named on the object is the one acted on in the rows whose object belongs to it, the
object never acts in its own passive, and a state participle is no act (sentences written
for these tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records


def _rules(text: str, etype: str) -> list[str]:
    return [w.rule for r in records(text, "2024-05-02") if r.event_type == etype for w in r.why]


def test_active_and_passive_of_a_troop_row_give_the_same_dyad() -> None:
    active = dyads("La Spagna invierà altri mille soldati in Lettonia.", "2024-05-02")
    passive = dyads("Altri mille soldati verranno inviati in Lettonia dalla Spagna.", "2024-05-02")
    assert any(t == "MOBILIZE" and a == ("ESP",) for t, a, _ in active)
    assert any(t == "MOBILIZE" and a == ("ESP",) for t, a, _ in passive)


def test_a_modal_or_an_adverb_between_auxiliary_and_participle() -> None:
    for text in (
        "Duemila soldati dovranno essere inviati al confine dalla Romania.",
        "Duemila soldati sono già stati inviati al confine dalla Romania.",
    ):
        got = dyads(text, "2024-05-02")
        assert any(t == "MOBILIZE" and a == ("ROU",) for t, a, _ in got), text


def test_the_passive_names_its_rule() -> None:
    rules = _rules("Altri mille soldati verranno inviati in Lettonia dalla Spagna.", "MOBILIZE")
    assert "argument.passive_agent" in rules


def test_a_participle_after_owned_diplomats_makes_their_state_the_recipient() -> None:
    got = dyads("I diplomatici ungheresi espulsi dalla Slovacchia sono rientrati.", "2024-05-02")
    assert ("SANCTION", ("SVK",), ("HUN",)) in got


def test_a_shot_down_plane_of_a_state_is_that_state_attacked() -> None:
    got = dyads("Il drone iraniano abbattuto dalla Giordania era diretto in Israele.", "2024-05-02")
    assert any(t == "ASSAULT" and a == ("JOR",) and "IRN" in r for t, a, r in got)


def test_without_an_agent_the_object_is_not_the_actor() -> None:
    got = dyads("Nuovi missili sono stati lanciati contro il Giappone.", "2024-05-02")
    assert any(t == "ASSAULT" and r == ("JPN",) for t, _, r in got)
    assert not any(t == "ASSAULT" and a for t, a, _ in got)


def test_troops_of_a_state_sent_without_an_agent_are_that_state_acting() -> None:
    got = dyads("Cinquecento soldati danesi saranno inviati in Estonia.", "2024-05-02")
    assert any(t == "MOBILIZE" and a == ("DNK",) for t, a, _ in got)


def test_the_destination_of_the_troops_is_not_their_owner() -> None:
    got = dyads(
        "Il governo ha deciso che mille soldati verranno inviati in Lituania.", "2024-05-02"
    )
    assert not any(t == "MOBILIZE" and a == ("LTU",) for t, a, _ in got)


def test_an_active_perfect_with_avere_is_not_read_as_a_passive() -> None:
    got = dyads("Le truppe hanno inviato i feriti all'ospedale di Tallinn.", "2024-05-02")
    assert not any(t == "MOBILIZE" for t, _, _ in got)


def test_closed_crossings_that_stay_closed_are_a_state_not_an_act() -> None:
    for text in (
        "Da mesi i valichi con la Finlandia restano chiusi.",
        "I valichi con la Finlandia sono chiusi da mesi.",
    ):
        assert not any(
            "passive" in (w.entry or "") for r in records(text, "2024-05-02") for w in r.why
        ), text


def test_crossings_closed_by_a_state_are_its_act() -> None:
    got = dyads("I valichi sono stati chiusi dalla Finlandia.", "2024-05-02")
    assert any(t == "COERCE" and a == ("FIN",) for t, a, _ in got)


def test_a_bare_participle_naming_a_thing_told_before_is_no_new_act() -> None:
    text = "La petroliera abbordata è la Sea Star, ha detto un portavoce della marina greca."
    assert not any("passive" in (w.entry or "") for r in records(text) for w in r.why)


def test_missiles_of_a_state_launched_against_another_are_its_attack() -> None:
    got = dyads("I missili nordcoreani lanciati contro il Giappone sono caduti in mare.")
    assert any(t == "ASSAULT" and a == ("PRK",) and r == ("JPN",) for t, a, r in got)


def test_a_reflexive_with_essere_is_no_passive() -> None:
    text = "Le truppe si sono schierate con il governo ucraino."
    assert not any("passive" in (w.entry or "") for r in records(text) for w in r.why)


def test_an_official_announcing_an_agentless_dispatch_is_his_state_acting() -> None:
    got = dyads(
        "Il ministro della Difesa lituano ha annunciato che altri mille soldati saranno "
        "inviati al confine.",
        "2024-05-02",
    )
    assert any(t == "MOBILIZE" and a == ("LTU",) for t, a, _ in got)


def test_an_official_reporting_an_agentless_attack_is_not_its_doer() -> None:
    got = dyads(
        "Il ministro degli Esteri giapponese ha detto che missili sono stati lanciati contro "
        "Tokyo.",
        "2024-05-02",
    )
    assert not any(t == "ASSAULT" and "JPN" in a for t, a, _ in got)

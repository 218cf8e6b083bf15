"""Italian constructions of seed-like political news found by the second session-13 blind
probes (bench/probes, "Session 13 second blind set"): a party name shared by many states, a
short form of a name told in full before, a ceasefire "tra X e Y", a host receiving a guest,
adjectives in -ava/-iva read as past tense, a request whose complement opens past a long
body name (sentences written for these tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records
from tests.pipeline.test_actors import actors, mention


def test_a_kb_person_named_with_a_party_name_of_another_state_keeps_his_country() -> None:
    # Lee Jae-myung's KB office starts in 2025; in 2023 he still is South Korean
    doc = actors(
        "Il leader del Partito democratico Lee Jae-myung ha criticato il governo.",
        "it",
        "2023-03-02",
    )
    got = mention(doc, "leader del Partito democratico Lee Jae-myung")._.actors[0]
    assert got.country == "KOR"


def test_the_party_name_alone_keeps_the_country_of_its_kb_entry() -> None:
    doc = actors(
        "Il segretario del Partito democratico ha criticato il governo.", "it", "2023-03-02"
    )
    got = mention(doc, "segretario del Partito democratico")._.actors[0]
    assert got.country == "ITA"


def test_a_short_form_of_a_name_told_in_full_before_is_that_person() -> None:
    got = dyads(
        "Il presidente somalo Hassan Sheikh Mohamud è arrivato ieri al Cairo. "
        "Oggi Hassan Sheikh ha criticato duramente il governo del Kenya.",
        "2024-03-02",
    )
    assert ("ACCUSE", ("SOM",), ("KEN",)) in got


def test_an_unknown_two_word_name_of_other_words_stays_unknown() -> None:
    doc = actors(
        "Il presidente somalo Hassan Sheikh Mohamud è arrivato. Poi Hassan Nouri ha parlato.",
        "it",
        "2024-03-02",
    )
    got = mention(doc, "Hassan Nouri")._.actors[0]
    assert got.country is None


def test_a_ceasefire_between_two_sides_names_both() -> None:
    got = records(
        "Da stamattina è in vigore il cessate il fuoco tra l'India e il Pakistan.", "2025-05-11"
    )
    fire = [r for r in got if r.event_type == "RETREAT" and r.mode == "ceasefire"]
    assert fire and {a.country for r in fire for a in r.actor + r.recipient} == {"IND", "PAK"}


def test_a_head_of_state_receiving_a_foreign_one_is_a_visit() -> None:
    got = dyads(
        "Il presidente polacco Andrzej Duda ha ricevuto ieri il presidente lituano a Varsavia.",
        "2024-03-02",
    )
    assert any(t == "CONSULT" and {*a, *r} == {"POL", "LTU"} for t, a, r in got)


def test_receiving_a_letter_or_aid_is_no_visit() -> None:
    got = dyads("Il ministro polacco ha ricevuto una lettera dal governo tedesco.", "2024-03-02")
    assert not any(t == "CONSULT" for t, _a, _r in got)


def test_a_demonym_in_ava_does_not_make_a_future_weekday_past() -> None:
    # published on a Friday: "lunedì" with a future verb is the coming Monday
    got = records(
        "Il presidente romeno incontrerà la premier moldava lunedì a Bucarest.", "2025-01-03"
    )
    meet = [r for r in got if r.event_type == "CONSULT"]
    assert meet and meet[0].factuality.time == "future"
    assert meet[0].date.start == "2025-01-06"


def test_an_imperfect_verb_still_dates_a_weekday_in_the_past() -> None:
    got = records("Il presidente romeno incontrava il premier moldavo lunedì.", "2025-01-03")
    meet = [r for r in got if r.event_type == "CONSULT"]
    assert meet and meet[0].date.start == "2024-12-30"


def test_a_withdrawal_asked_of_a_body_with_a_long_name_is_not_done() -> None:
    got = records(
        "Il governo libanese ha chiesto al Consiglio di sicurezza dell'Onu di imporre il ritiro "
        "delle truppe israeliane.",
        "2024-12-23",
    )
    assert any(r.event_type == "REQUEST" for r in got)
    assert not any(r.event_type == "RETREAT" and r.factuality.certainty == "certain" for r in got)


def test_a_modal_of_the_first_verb_does_not_reach_a_second_verb_group_after_e() -> None:
    got = records(
        "Il premier croato ha accusato Belgrado di voler destabilizzare la regione e ha "
        "chiesto alla Serbia di ritirare le truppe dal confine.",
        "2024-03-02",
    )
    req = [r for r in got if r.event_type == "REQUEST"]
    assert req and (req[0].factuality.certainty, req[0].factuality.time) == (
        "certain",
        "non_future",
    )


def test_a_modal_in_the_triggers_own_verb_group_still_counts() -> None:
    got = records(
        "Il premier croato ha criticato Belgrado e potrebbe chiedere alla Serbia di ritirare "
        "le truppe dal confine.",
        "2024-03-02",
    )
    req = [r for r in got if r.event_type == "REQUEST"]
    assert req and req[0].factuality.certainty == "possible"

"""Italian constructions of seed-like political news found by the session-14 second blind
probes (bench/probes, "Session 14 second blind set"): a subject named right after an opening
phrase with a noun ("Durante la visita X ha ..."), the second verb of a relative clause
after a main clause's subject, a meeting held "separatamente" with several people, a
suspended partnership or suspended talks, and "bilaterale" as an adjective (sentences
written for these tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads


def test_a_subject_right_after_an_opening_phrase_with_a_noun_acts() -> None:
    for text, actor, recipient in (
        ("Durante la visita Macron ha accusato la Russia di mentire.", "FRA", "RUS"),
        ("Durante il vertice Erdogan aveva criticato duramente la Grecia.", "TUR", "GRC"),
    ):
        got = dyads(text, "2024-05-10")
        assert any(a == (actor,) and r == (recipient,) for _, a, r in got), (text, got)


def test_a_name_in_an_opening_phrase_with_no_auxiliary_after_it_is_not_the_subject() -> None:
    got = dyads("Nella capitale Kiev il ministro francese ha incontrato Zelensky.", "2024-05-10")
    assert not any(a == ("UKR",) and r == ("UKR",) for _, a, r in got)


def test_the_second_verb_of_a_relative_clause_is_the_antecedent_s() -> None:
    got = dyads(
        "Il presidente Sergio Mattarella riceverà domani il re di Spagna Felipe VI, che "
        "parlerà alla stampa e incontrerà il presidente francese Emmanuel Macron.",
        "2024-05-10",
    )
    assert any(t == "CONSULT" and a == ("ESP",) and r == ("FRA",) for t, a, r in got), got
    assert not any(t == "CONSULT" and a == ("ITA",) and r == ("FRA",) for t, a, r in got), got


def test_a_relative_closed_by_a_comma_gives_the_next_verb_back_to_the_main_subject() -> None:
    got = dyads(
        "Meloni ha ricevuto Macron, che ha parlato con la stampa, e ha poi incontrato Scholz.",
        "2024-05-10",
    )
    assert any(t == "CONSULT" and a == ("ITA",) and r == ("DEU",) for t, a, r in got), got
    assert not any(t == "CONSULT" and a == ("FRA",) and r == ("DEU",) for t, a, r in got), got


def test_meetings_held_separately_are_one_event_per_person() -> None:
    for text in (
        "Il ministro Tajani ha incontrato separatamente i colleghi di Francia e Germania.",
        "Tajani ha incontrato Macron e Scholz, separatamente, a Roma.",
    ):
        got = [(a, r) for t, a, r in dyads(text, "2024-05-10") if t == "CONSULT"]
        assert (("ITA",), ("FRA",)) in got and (("ITA",), ("DEU",)) in got, (text, got)


def test_a_meeting_with_two_people_together_stays_one_event() -> None:
    got = [r for t, _, r in dyads("Tajani ha incontrato Macron e Scholz a Roma.", "2024-05-10")]
    assert any(set(r) == {"FRA", "DEU"} for r in got), got


def test_a_suspended_partnership_or_suspended_talks_is_a_sanction() -> None:
    for text, actor, recipient in (
        ("Il Canada ha sospeso il partenariato strategico con l'India.", "CAN", "IND"),
        ("La Francia ha annunciato la sospensione dei colloqui con l'Algeria.", "FRA", "DZA"),
    ):
        got = dyads(text, "2024-05-10")
        assert ("SANCTION", (actor,), (recipient,)) in got, (text, got)


def test_an_agreement_called_bilateral_is_no_meeting() -> None:
    got = dyads("Il Kenya ha firmato a marzo un accordo bilaterale con Haiti.", "2024-06-26")
    assert not any(t == "CONSULT" for t, _, _ in got), got
    got = dyads("Meloni ha avuto ieri un bilaterale con il premier giapponese.", "2024-06-26")
    assert any(t == "CONSULT" and r == ("JPN",) for t, _, r in got), got


def test_a_us_department_named_alone_is_the_us_government() -> None:
    got = dyads("Il Dipartimento del Tesoro ha sanzionato tre banche russe.", "2024-05-10")
    assert any(t == "SANCTION" and a == ("USA",) for t, a, _ in got), got

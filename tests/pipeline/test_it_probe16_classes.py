"""Italian constructions of seed-like political news found by the session-13 blind probes
(bench/probes, "Session 13 blind set"): "le due parti" / "entrambi i leader" as the sides of
the fight the article tells, trade measures and the goods a demonym owns, a reply "con"
an act, a promised punishment in quotes, missiles fired at a city (sentences written for
these tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads

DATE = "2025-05-10"


def test_the_two_parties_are_the_sides_of_the_fight_not_the_last_two_states_named() -> None:
    got = dyads(
        "Ieri l'esercito etiope ha bombardato le postazioni dell'esercito eritreo. Il premier "
        "etiope ha minacciato l'Eritrea di nuovi raid. Il presidente keniota ha accusato "
        "l'Egitto di interferire nella crisi. Il ministro degli Esteri turco ha parlato al "
        "telefono con il collega qatariota. Il segretario generale dell'Onu ha chiesto a "
        "entrambe le parti di fermare i combattimenti.",
        DATE,
    )
    assert ("REQUEST", ("IGO",), ("ERI", "ETH")) in got
    assert not any(d[0] == "REQUEST" and "QAT" in d[2] for d in got)


def test_both_leaders_called_are_the_two_sides_of_earlier_clashes() -> None:
    got = dyads(
        "Truppe indiane e cinesi si sono scontrate ieri lungo il confine himalayano. Il "
        "presidente russo ha parlato al telefono con entrambi i leader.",
        DATE,
    )
    assert ("CONSULT", ("RUS",), ("CHN", "IND")) in got


def test_the_side_remark_between_does_not_replace_the_fight() -> None:
    # the fight is told twice, the mediator's talk with a third state once: the fight wins
    got = dyads(
        "Le forze armate armene hanno colpito postazioni azere. Baku ha promesso di rispondere "
        "all'Armenia. Il ministro degli Esteri turco ha incontrato il collega iraniano. Il "
        "presidente francese ha chiesto alle due parti di evitare un'escalation.",
        DATE,
    )
    assert ("REQUEST", ("FRA",), ("ARM", "AZE")) in got


def test_counter_tariffs_on_goods_hit_the_state_the_demonym_names() -> None:
    got = dyads("Ottawa ha risposto con dazi sulle auto americane.", DATE)
    assert ("SANCTION", ("CAN",), ("USA",)) in got
    got = dyads("Il Messico ha alzato le tariffe sulle importazioni cinesi.", DATE)
    assert ("SANCTION", ("MEX",), ("CHN",)) in got


def test_suspended_tariffs_are_eased_not_a_suspension_from_office() -> None:
    got = dyads("Il governo giapponese ha sospeso i dazi sulle merci australiane.", DATE)
    assert ("CONCEDE", ("JPN",), ("AUS",)) in got
    assert not any(d[0] == "SANCTION" for d in got)


def test_raising_utility_tariffs_is_no_sanction() -> None:
    got = dyads("Il comune di Torino ha alzato le tariffe dei trasporti pubblici.", DATE)
    assert not any(d[0] == "SANCTION" for d in got)


def test_a_reply_with_an_act_is_the_subjects_act_but_not_any_with() -> None:
    got = dyads("Il governo ucraino ha reagito con un attacco di droni contro Mosca.", DATE)
    assert any(d[0] == "ASSAULT" and d[1] == ("UKR",) for d in got)
    got = dyads("Il governo belga ha fatto i conti con un attacco informatico.", DATE)
    assert not any(d[0] == "ASSAULT" and d[1] == ("BEL",) for d in got)


def test_a_promised_punishment_in_quotes_is_a_threat_to_its_addressee() -> None:
    got = dyads(
        "Il presidente venezuelano ha promesso alla Guyana una «punizione esemplare».", DATE
    )
    assert ("THREATEN", ("VEN",), ("GUY",)) in got
    assert not any(d[0] == "AGREE" for d in got)


def test_missiles_fired_at_a_city_strike_its_state() -> None:
    got = dyads(
        "La Corea del Nord ha lanciato due missili balistici a corto raggio contro Seul.", DATE
    )
    assert ("ASSAULT", ("PRK",), ("KOR",)) in got


def test_welcoming_a_decision_is_support() -> None:
    got = dyads("Il premier canadese ha accolto con favore la decisione di Washington.", DATE)
    assert ("SUPPORT", ("CAN",), ("USA",)) in got


def test_rebels_named_by_their_group_are_that_groups_whoever_arms_them() -> None:
    from tests.pipeline.test_actors import actors

    doc = actors(
        "Gli Stati Uniti hanno bombardato i ribelli Houthi nello Yemen. Il presidente russo "
        "ha parlato con il premier britannico. Secondo Londra, l'Iran fornisce droni ai ribelli.",
        "it",
        "2025-03-17",
    )
    got = [a.country for s in doc.spans["actors"] if s.text == "ribelli" for a in s._.actors]
    assert got == ["YEM", "YEM"]


def test_positions_a_demonym_qualifies_are_the_target_states() -> None:
    got = dyads("I caccia F-16 thailandesi hanno bombardato postazioni cambogiane.", DATE)
    assert ("ASSAULT", ("THA",), ("KHM",)) in got
    got = dyads("Ieri l'esercito etiope ha bombardato alcuni villaggi eritrei.", DATE)
    assert ("ASSAULT", ("ETH",), ("ERI",)) in got


def test_a_guest_received_at_a_seat_with_no_host_named_visits_that_state() -> None:
    got = dyads("La premier danese è stata ricevuta all'Eliseo.", DATE)
    assert ("CONSULT", ("DNK",), ("FRA",)) in got
    got = dyads("Il premier indiano è stato ricevuto al Cremlino.", DATE)
    assert ("CONSULT", ("IND",), ("RUS",)) in got


def test_a_website_named_after_its_common_noun_is_the_source() -> None:
    from tests.pipeline.extracted import records

    got = records(
        "Secondo il sito Dagens Nyheter, il governo svedese avrebbe chiesto alla "
        "Norvegia di chiudere il confine.",
        DATE,
    )
    names = [a.name for r in got if r.event_type == "REQUEST" for a in r.attribution]
    assert names == ["Dagens Nyheter"]


def test_hosted_talks_are_the_parties_meeting_not_a_visit_of_the_host() -> None:
    from tests.pipeline.extracted import records

    got = records(
        "La Turchia potrebbe ospitare domani a Istanbul colloqui diretti tra Russia e Ucraina.",
        "2022-03-28",
    )
    consults = [r for r in got if r.event_type == "CONSULT"]
    assert all("TUR" not in {a.country for a in r.actor} for r in consults)
    talks = [r for r in consults if {a.country for a in r.actor + r.recipient} == {"RUS", "UKR"}]
    assert talks and talks[0].mode == "third-party"
    assert talks[0].factuality.certainty == "possible"

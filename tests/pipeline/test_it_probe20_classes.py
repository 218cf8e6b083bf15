"""Italian constructions of seed-like political news found by the session-15 blind probes
(bench/probes, "Session 15 blind set"): a future passive with a weekday, "da tempo" after a
present-tense verb, a place after a joint act's verb, clashes with no named sides, a demonym
after a "di" compound, a participle of a joint act with its agents after a place, a
proposed ceasefire, and "manifestare" with a day before its place (sentences written for
these tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records


def test_a_future_passive_with_a_weekday_is_a_future_event() -> None:
    # published on Saturday 19 October 2024: "martedì" is the 22nd, "venerdì" the 25th
    for text, day in (
        ("Il premier albanese sarà ricevuto martedì a Palazzo Chigi dalla premier Meloni.", 22),
        ("Il presidente indiano verrà ricevuto venerdì alla Casa Bianca.", 25),
    ):
        got = [r for r in records(text, "2024-10-19") if r.event_type == "CONSULT"]
        assert got, text
        assert got[0].factuality.time == "future", (text, got[0].factuality)
        assert got[0].date is not None and got[0].date.start == f"2024-10-{day}", (
            text,
            got[0].date,
        )


def test_a_past_passive_with_a_weekday_stays_past() -> None:
    got = [
        r
        for r in records(
            "Il presidente indiano era stato ricevuto venerdì alla Casa Bianca.", "2024-10-19"
        )
        if r.event_type == "CONSULT"
    ]
    assert got and got[0].factuality.time == "non_future", got
    assert got[0].date is not None and got[0].date.start == "2024-10-18", got[0].date


def test_da_tempo_after_a_present_tense_verb_is_no_passive_agent() -> None:
    for text, actor, recipient in (
        ("Islamabad accusa da tempo Kabul di ospitare i militanti.", "PAK", "AFG"),
        ("Erdogan accusa da anni la Grecia di militarizzare le isole.", "TUR", "GRC"),
    ):
        got = dyads(text, "2025-10-20")
        assert (("ACCUSE", (actor,), (recipient,))) in got, (text, got)


def test_a_participle_with_its_agent_stays_passive() -> None:
    got = dyads("Il ministro è stato criticato duramente dai sindacati italiani.", "2025-10-20")
    assert any(t == "ACCUSE" and r == ("ITA",) for t, _, r in got), got


def test_a_capital_after_a_joint_act_is_its_place_not_a_party() -> None:
    for text, parties, place in (
        (
            "Pakistan e Afghanistan hanno concordato ieri a Doha un cessate il fuoco.",
            {"PAK", "AFG"},
            "QAT",
        ),
        ("Israele e Hamas hanno concordato al Cairo una tregua.", {"ISR", "PSE"}, "EGY"),
    ):
        got = [(a, r) for t, a, r in dyads(text, "2025-10-20") if t == "AGREE"]
        assert got, text
        assert all(place not in a + r for a, r in got), (text, got)
        assert any(set(a + r) == parties for a, r in got), (text, got)


def test_a_capital_after_a_request_is_still_its_addressee() -> None:
    got = dyads("Il governo turco ha chiesto a Mosca di fermare i bombardamenti.", "2025-10-20")
    assert ("REQUEST", ("TUR",), ("RUS",)) in got, got


def test_clashes_take_no_civilians_from_another_act_s_place() -> None:
    got = dyads(
        "I due governi hanno concordato ieri a Doha una tregua, dopo una settimana di scontri "
        "lungo il confine.",
        "2025-10-20",
    )
    assert not any(t == "PROTEST" for t, _, _ in got), got
    assert not any("QAT" in a for _, a, _ in got), got


def test_a_demonym_after_a_di_compound_of_a_target_noun_is_the_target() -> None:
    for text, actor, recipient in (
        ("Le forze russe hanno attaccato diversi posti di frontiera ucraini.", "RUS", "UKR"),
        ("Le forze talebane hanno attaccato diversi posti di frontiera pakistani.", "AFG", "PAK"),
    ):
        got = dyads(text, "2025-10-20")
        assert ("ASSAULT", (actor,), (recipient,)) in got, (text, got)


def test_a_demonym_after_another_party_is_not_the_target() -> None:
    got = dyads(
        "Il governo cinese ha detto che un attacco a Taiwan provocherebbe un intervento delle "
        "forze di autodifesa giapponesi.",
        "2025-10-20",
    )
    assert not any(t == "ASSAULT" and r == ("JPN",) for t, _, r in got), got


def test_a_signed_pact_with_its_signers_after_a_place_and_a_date() -> None:
    got = dyads(
        "L'accordo firmato ieri a Roma dai ministri degli Esteri di Italia e Francia prevede "
        "nuovi investimenti.",
        "2025-10-20",
    )
    assert any(t in ("SUPPORT", "AGREE") and set(a + r) == {"ITA", "FRA"} for t, a, r in got), got


def test_a_proposed_ceasefire_is_an_offer_not_a_ceasefire() -> None:
    for text in (
        "La Russia ha proposto un cessate il fuoco di trenta giorni.",
        "Mosca avrebbe proposto a Washington un cessate il fuoco in cambio di nuovi territori.",
        "Il Cremlino ha proposto a Kiev una tregua di tre giorni.",
    ):
        got = records(text, "2025-08-12")
        assert not any(r.event_type == "RETREAT" for r in got), (text, [r.event_type for r in got])
        assert any(r.event_type == "AGREE" for r in got), (text, [r.event_type for r in got])


def test_a_demonstration_with_a_day_before_its_place() -> None:
    got = dyads(
        "Migliaia di persone hanno manifestato ieri a Bucarest contro il governo romeno.",
        "2025-03-16",
    )
    assert any(t == "PROTEST" and a == ("ROU",) for t, a, _ in got), got
    assert not dyads("Il governo ha manifestato ieri la sua preoccupazione.", "2025-03-16")


def test_a_summit_of_two_states_is_not_multilateral() -> None:
    got = [
        r
        for r in records(
            "Si terrà lunedì a Ginevra il vertice tra il presidente americano Joe Biden e il "
            "presidente cinese Xi Jinping.",
            "2023-06-14",
        )
        if r.event_type == "CONSULT"
    ]
    assert got and all(r.mode != "multilateral" for r in got), [(r.mode) for r in got]
    g7 = [r for r in records("Il vertice del G7 si terrà in Puglia a giugno.", "2024-03-01")]
    assert any(r.mode == "multilateral" for r in g7), [(r.event_type, r.mode) for r in g7]

"""Italian events told without their usual words, found missing on held-out-like text by the
session-12 recall helper: visits told only by being somewhere ("sarà oggi al Cairo")
(sentences written for these tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records


def _dyads(text: str, published: str = "2024-03-12") -> list[tuple]:
    return dyads(text, published)


def test_a_minister_who_will_be_in_a_foreign_capital_visits_it() -> None:
    recs = [
        r
        for r in records(
            "Il ministro degli Esteri spagnolo e la sua omologa belga saranno oggi al Cairo.",
            "2024-03-12",
        )
        if r.event_type == "CONSULT"
    ]
    assert [
        (sorted(a.country for a in r.actor), [a.country for a in r.recipient]) for r in recs
    ] == [(["BEL", "ESP"], ["EGY"])]
    assert recs[0].mode == "visit"
    assert recs[0].factuality.time == "future"


def test_a_president_who_is_in_a_foreign_country_visits_it() -> None:
    assert ("CONSULT", ("KEN",), ("ETH",)) in _dyads("Il presidente keniota si trova in Etiopia.")


def test_arriving_at_a_capital_after_al_is_a_visit() -> None:
    assert ("CONSULT", ("CHN",), ("EGY",)) in _dyads(
        "Il ministro degli Esteri cinese è arrivato al Cairo."
    )


def test_a_state_in_a_country_or_a_minister_in_his_own_capital_visits_no_one() -> None:
    for text in (
        "La Turchia è in Siria da anni con i suoi soldati.",
        "Il ministro dell'Interno francese è a Parigi.",
        "Il presidente del Senato è a favore della riforma.",
    ):
        assert [d for d in _dyads(text) if d[0] == "CONSULT"] == [], text


def test_both_to_is_no_stay() -> None:
    dy = _dyads("Il premier italiano ha inviato le congratulazioni sia a Londra che a Berlino.")
    assert [d for d in dy if d[0] == "CONSULT"] == []


def test_a_stay_for_a_summit_is_the_summit() -> None:
    dy = [
        d
        for d in _dyads(
            "Il presidente indonesiano sarà a Tokyo il 4 maggio per un vertice con il premier "
            "giapponese e il presidente sudcoreano."
        )
        if d[0] == "CONSULT"
    ]
    assert len(dy) == 1
    assert set(dy[0][1]) | set(dy[0][2]) == {"IDN", "JPN", "KOR"}


def test_two_visitors_and_their_meeting_are_one_visit() -> None:
    dy = [
        d
        for d in _dyads(
            "I ministri degli Esteri tedesco e polacco saranno domani a Kiev, dove incontreranno "
            "il presidente ucraino."
        )
        if d[0] == "CONSULT"
    ]
    assert len(dy) == 1


def test_days_given_to_a_party_to_act_are_an_ultimatum() -> None:
    assert ("THREATEN", ("IGO",), ("SRB",)) in _dyads(
        "L'Unione europea dà dieci giorni alla Serbia per consegnare i ricercati."
    )
    assert ("THREATEN", ("USA",), ("IRN",)) in _dyads(
        "Gli Stati Uniti hanno dato 72 ore all'Iran per liberare i marinai."
    )


def test_days_of_something_else_are_no_ultimatum() -> None:
    assert [
        d for d in _dyads("Il medico gli ha dato tre mesi di vita.") if d[0] == "THREATEN"
    ] == []


def test_the_junta_named_again_is_the_military_junta() -> None:
    recs = [
        r
        for r in records(
            "In Guinea la giunta militare ha arrestato il presidente. Ieri la giunta ha chiesto "
            "agli Stati Uniti di non interferire.",
            "2024-03-12",
        )
        if r.event_type == "REQUEST"
    ]
    assert [(a.country, a.sector) for a in recs[0].actor] == [("GIN", "MIL")]


def test_a_government_named_again_keeps_its_own_reading() -> None:
    # "il governo" after "il governo tunisino" in an Italian party's accusation: no junta-like
    # change of sense, so the earlier mention says nothing of whose it is
    recs = [
        r
        for r in records(
            "Il governo tunisino ha firmato l'intesa con l'Italia. Il Partito democratico ha "
            "accusato il governo di tacere.",
            "2024-03-12",
        )
        if r.event_type == "ACCUSE"
    ]
    assert [a.country for a in recs[0].recipient] == ["ITA"]


def test_a_court_upholding_guilt_or_setting_the_penalty_convicts() -> None:
    assert ("SANCTION", ("ESP",), ("ESP",)) in _dyads(
        "La Corte suprema spagnola ha confermato la colpevolezza dell'ex ministro spagnolo."
    )
    assert ("SANCTION", ("FRA",), ("FRA",)) in _dyads(
        "Il tribunale di Parigi ha decretato la pena per il sindaco francese."
    )


def test_we_will_not_allow_is_a_warning_to_its_addressee() -> None:
    dy = _dyads(
        "«Non permetteremo al Pakistan di continuare a colpire i nostri villaggi», ha detto il "
        "primo ministro indiano."
    )
    assert ("THREATEN", ("IND",), ("PAK",)) in dy

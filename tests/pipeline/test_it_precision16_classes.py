"""Held-out-like precision classes (session 13, h-prec16): the article's other country guessed
as a protest's target or a resignation's counterpart, a headline's participle with no
auxiliary read as active (the label before the colon taken as the attacker, an arrest left
with no doer), and a withdrawal's "da" complement read as the one withdrawing. Invented
sentences; each asserted dyad differed before the change."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads

DAY = "2024-03-10"


def of_type(text: str, event_type: str) -> list[tuple]:
    return [d for d in dyads(text, DAY) if d[0] == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "guessed"),
    [
        (
            "Corea del Sud: il ministro della Difesa annuncia le sue dimissioni. La Corea del "
            "Nord aveva lanciato due missili contro la Corea del Sud.",
            "RETREAT",
            "PRK",
        ),
        (
            "Giappone, il premier annuncia le dimissioni dopo la crisi con la Cina. Pechino ha "
            "accusato Tokyo di provocazioni.",
            "RETREAT",
            "CHN",
        ),
    ],
)
def test_no_counterpart_for_a_resignation(text: str, event_type: str, guessed: str) -> None:
    found = of_type(text, event_type)
    assert found, "the event itself is still read"
    assert all(guessed not in d[1] + d[2] for d in found)


def test_a_protest_keeps_the_counterpart_its_sentence_names() -> None:
    text = (
        "Proteste a Okinawa contro la presenza militare statunitense. Il Giappone e gli Stati "
        "Uniti hanno firmato un accordo sulle basi."
    )
    assert ("PROTEST", ("JPN",), ("USA",)) in of_type(text, "PROTEST")


def test_a_protest_gets_no_counterpart_its_sentence_does_not_name() -> None:
    text = "Thailandia, proteste a Bangkok contro il governo. La Cambogia ha chiuso il confine."
    found = of_type(text, "PROTEST")
    assert found and all("KHM" not in d[1] for d in found)
    assert any("THA" in d[2] for d in found)


def test_headline_arrest_gets_the_implied_police() -> None:
    found = of_type(
        "Scandalo appalti a Bari: arrestati Mario Rossi e l'assessore ai lavori pubblici.",
        "COERCE",
    )
    assert found == [("COERCE", ("ITA",), ("ITA",))]


def test_title_participle_is_passive() -> None:
    found = of_type("Arrestati due esponenti dell'opposizione a Minsk.", "COERCE")
    assert found == [("COERCE", ("BLR",), ("BLR",))]


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Mali: ucciso un cooperante francese nel nord del paese.", "FRA"),
        ("Kenya: rapita una turista tedesca vicino alla costa.", "DEU"),
    ],
)
def test_headline_label_is_no_attacker(text: str, victim: str) -> None:
    found = of_type(text, "ASSAULT")
    assert found and all(d[1] == () for d in found)
    assert any(victim in d[2] for d in found)


def test_headline_label_stays_the_state_that_arrests() -> None:
    found = of_type("Iran: arrestati tre cittadini statunitensi al confine con l'Iraq.", "COERCE")
    assert found == [("COERCE", ("IRN",), ("USA",))]


@pytest.mark.parametrize(
    ("text", "troops", "left"),
    [
        (
            "È stato annunciato il ritiro di 2000 soldati britannici dall'Afghanistan entro "
            "l'estate.",
            "GBR",
            "AFG",
        ),
        ("Il ritiro delle truppe canadesi dal Mali è cominciato ieri.", "CAN", "MLI"),
    ],
)
def test_withdrawal_from_a_place(text: str, troops: str, left: str) -> None:
    found = of_type(text, "RETREAT")
    assert found and all(d[1] == (troops,) and d[2] == (left,) for d in found)


def test_withdrawal_by_an_agent_stays_the_actor() -> None:
    found = of_type("Il ritiro delle truppe da parte della Francia è iniziato ieri.", "RETREAT")
    assert found and all(d[1] == ("FRA",) for d in found)

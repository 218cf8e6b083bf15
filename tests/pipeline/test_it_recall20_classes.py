"""Italian recall classes found on the blind recall seed 9090 by the session-15 recall helper:
a journey told with an articulated preposition before its destination ("nella capitale di X",
"nel Regno Unito") (sentences written for these tests;
the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads


def test_arriving_in_the_capital_of_a_country_is_a_visit_to_it() -> None:
    dy = dyads("Il presidente egiziano è arrivato stamattina nella capitale della Giordania.")
    assert ("CONSULT", ("EGY",), ("JOR",)) in dy, dy


def test_the_capital_of_a_plural_country_name_also_counts() -> None:
    dy = dyads("Il ministro degli Esteri cinese è giunto ieri nella capitale degli Stati Uniti.")
    assert ("CONSULT", ("CHN",), ("USA",)) in dy, dy


def test_a_journey_to_a_country_after_nel_or_nella_is_a_visit() -> None:
    dy = dyads("Il premier spagnolo si è recato nel Regno Unito per due giorni.")
    assert ("CONSULT", ("ESP",), ("GBR",)) in dy, dy
    dy = dyads("La cancelliera tedesca è arrivata nella Repubblica Ceca.")
    assert ("CONSULT", ("DEU",), ("CZE",)) in dy, dy


def test_arriving_in_ones_own_capital_is_no_visit() -> None:
    dy = dyads("Il ministro degli Esteri cinese è tornato ed è arrivato nella capitale della Cina.")
    assert not any(d[0] == "CONSULT" for d in dy), dy


def test_arriving_in_the_night_or_in_a_region_is_no_visit() -> None:
    assert not dyads("Il ministro tedesco è arrivato nella notte all'ospedale di Monaco.")
    assert not dyads("Il presidente francese è arrivato nella capitale della Provenza.")


def test_a_person_with_no_office_arriving_in_a_capital_is_no_visit() -> None:
    dy = dyads("Un turista tedesco è arrivato ieri nella capitale della Grecia.")
    assert not any(d[0] == "CONSULT" for d in dy), dy

"""Office holders of 2019-2026 (xx/actors_curated.tsv): the article's date picks the office.

Sentences are invented; expected offices are written by hand from the curated rows' dates.
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_actors import actors, mention


def office(text: str, name: str, date: str) -> tuple:
    a = mention(actors(text, "it", date), name)._.actors[0]
    return (a.name, a.country, a.sector, a.title)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        # prime minister of Ukraine until July 2025, then minister of defence
        ("2024-03-10", ("Denys Shmyhal", "UKR", "GOV", "Prime Minister")),
        ("2025-10-02", ("Denys Shmyhal", "UKR", "GOV", "Minister of Defence")),
    ],
)
def test_shmyhal_changes_office_in_2025(date: str, expected: tuple) -> None:
    assert office("Shmyhal ha chiesto nuove armi agli alleati.", "Shmyhal", date) == expected


@pytest.mark.parametrize(
    ("date", "title"),
    [("2023-05-04", "Minister of the Armed Forces"), ("2025-11-20", "Prime Minister")],
)
def test_lecornu_minister_then_prime_minister(date: str, title: str) -> None:
    got = office("Lecornu ha annunciato un nuovo piano.", "Lecornu", date)
    assert got == ("Sébastien Lecornu", "FRA", "GOV", title)


@pytest.mark.parametrize(
    ("date", "sector", "title"),
    [
        ("2023-02-01", "MIL", "Commander of the Lebanese Armed Forces"),
        ("2025-06-01", "GOV", "President"),
    ],
)
def test_joseph_aoun_army_commander_then_president(date: str, sector: str, title: str) -> None:
    got = office("Joseph Aoun ha ricevuto l'inviato americano.", "Joseph Aoun", date)
    assert got == ("Joseph Aoun", "LBN", sector, title)


def test_armed_group_leader_and_his_successor() -> None:
    # Nasrallah led Hezbollah until September 2024; Qassem after October 2024
    before = office("Nasrallah ha minacciato Israele.", "Nasrallah", "2023-11-03")
    assert before[1:] == ("LBN", "REB", "Secretary-General of Hezbollah")
    after = office("Naim Qassem ha minacciato Israele.", "Naim Qassem", "2024-11-20")
    assert after[1:] == ("LBN", "REB", "Secretary-General of Hezbollah")
    # out of office: the name stays, the office goes
    assert office("Nasrallah ha minacciato Israele.", "Nasrallah", "2025-03-01")[3] is None


def test_italian_transliterations_name_the_same_person() -> None:
    for form in ("Zelenskyj", "Zelensky"):
        assert office(f"{form} ha parlato al Parlamento.", form, "2024-06-01")[:2] == (
            "Volodymyr Zelensky",
            "UKR",
        )
    got = office("Il generale Syrskyj ha visitato il fronte.", "generale Syrskyj", "2024-06-01")
    assert got[:3] == ("Oleksandr Syrskyi", "UKR", "MIL")


def test_a_surname_that_is_a_country_name_is_no_alias() -> None:
    # Luís Montenegro is known by his full name only: "Montenegro" stays the country
    doc = actors("Il Montenegro ha firmato l'accordo con Luís Montenegro.", "it", "2024-06-01")
    names = {s.text: s._.actors[0] for s in doc.spans["actors"] if s._.actors}
    assert names["Luís Montenegro"].country == "PRT"
    assert names["Luís Montenegro"].title == "Prime Minister"
    assert any(a.country == "MNE" and a.name != "Luís Montenegro" for a in names.values())

"""Named people of 2022-2026 news (a sample of bench/kb_checklist.tsv): the KB knows them.

Sentences are invented; the expected country, sector and title are written by hand from the
public record (the checklist), not copied from program output. If one of these stops
resolving, the curated table (xx/actors_curated.tsv) lost a row, an alias or a date.
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_actors import actors, mention


def office(text: str, name: str, date: str) -> tuple:
    a = mention(actors(text, "it", date), name)._.actors[0]
    return (a.country, a.sector, a.title)


@pytest.mark.parametrize(
    ("date", "name", "expected"),
    [
        ("2025-06-01", "Steve Witkoff", ("USA", "GOV", "Special Envoy to the Middle East")),
        (
            "2024-06-01",
            "Karim Khan",
            ("IGO", None, "Prosecutor of the International Criminal Court"),
        ),
        ("2025-03-01", "Paetongtarn Shinawatra", ("THA", "GOV", "Prime Minister")),
        ("2025-03-01", "Tô Lâm", ("VNM", "GOV", "General Secretary of the Communist Party")),
        ("2025-06-01", "Asaad al Shaibani", ("SYR", "GOV", "Minister of Foreign Affairs")),
        ("2024-06-01", "Giorgos Gerapetritis", ("GRC", "GOV", "Minister of Foreign Affairs")),
        ("2024-06-01", "Han Duck-soo", ("KOR", "GOV", "Prime Minister")),
        ("2025-03-01", "Takeshi Iwaya", ("JPN", "GOV", "Minister of Foreign Affairs")),
        ("2024-06-01", "Hossein Salami", ("IRN", "MIL", "Commander of the IRGC")),
        ("2024-06-01", "Bezalel Smotrich", ("ISR", "GOV", "Minister of Finance")),
        ("2025-04-10", "Howard Lutnick", ("USA", "GOV", "Secretary of Commerce")),
        ("2025-06-27", "Olivier Nduhungirehe", ("RWA", "GOV", "Minister of Foreign Affairs")),
        ("2025-06-27", "Thérèse Kayikwamba Wagner", ("COD", "GOV", "Minister of Foreign Affairs")),
        ("2025-07-20", "Phumtham Wechayachai", ("THA", "GOV", "Acting Prime Minister")),
        ("2024-12-20", "Lee Jae-myung", ("KOR", "PTY", "Leader of the Democratic Party")),
        ("2023-05-01", "Dorin Recean", ("MDA", "GOV", "Prime Minister")),
    ],
)
def test_office_holders_of_recent_news(date: str, name: str, expected: tuple) -> None:
    assert office(f"Ieri {name} ha incontrato i giornalisti a Roma.", name, date) == expected


def test_armed_group_figures_and_un_envoys_keep_their_side() -> None:
    hayya = office("Khalil al-Hayya ha respinto la proposta.", "Khalil al-Hayya", "2025-03-01")
    assert hayya[:2] == ("PSE", "REB")
    saree = office("Yahya Saree ha rivendicato l'attacco.", "Yahya Saree", "2024-06-01")
    assert saree[:2] == ("YEM", "REB")
    envoy = office(
        "Jeanine Hennis-Plasschaert ha visitato Beirut.", "Jeanine Hennis-Plasschaert", "2025-03-01"
    )
    assert envoy[0] == "IGO"
    m23 = office("I ribelli dell'M23 hanno preso Goma.", "ribelli dell'M23", "2025-01-28")
    assert m23[:2] == ("COD", "REB")


def test_a_spelling_that_contains_another_name_keeps_its_person() -> None:
    # "Assad al-Shaibani" holds the word Assad: still Syria's foreign minister, not Bashar al-Assad
    doc = actors("Ieri Assad al-Shaibani ha parlato ad Ankara.", "it", "2025-06-01")
    a = mention(doc, "Assad al-Shaibani")._.actors[0]
    assert (a.name, a.title) == ("Asaad al-Shaibani", "Minister of Foreign Affairs")


@pytest.mark.parametrize(
    ("date", "title"),
    [
        ("2024-06-01", "Minister of Foreign Affairs"),  # January-November 2024
        ("2025-06-01", "Minister of Defence"),  # from November 2024
    ],
)
def test_israel_katz_foreign_then_defence_minister(date: str, title: str) -> None:
    assert office("Israel Katz ha parlato alla radio.", "Israel Katz", date) == (
        "ISR",
        "GOV",
        title,
    )


def test_out_of_office_the_title_goes() -> None:
    # Han Duck-soo resigned as prime minister on 1 May 2025; Kim Min-seok from July 2025
    assert office("Han Duck-soo ha parlato.", "Han Duck-soo", "2025-09-01")[2] is None
    assert office("Kim Min-seok ha parlato.", "Kim Min-seok", "2025-09-01")[2] == "Prime Minister"


def test_surname_after_the_full_name_is_the_same_person() -> None:
    text = "Keith Kellogg è arrivato a Kiev. Poi Kellogg ha incontrato i ministri."
    doc = actors(text, "it", "2025-06-01")
    a = mention(doc, "Kellogg")._.actors[0]
    assert (a.name, a.country, a.sector) == ("Keith Kellogg", "USA", "GOV")

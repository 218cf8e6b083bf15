"""English GSR-like set 10 and the open misses (h-en24): wordings of agreement, cooperation,
aid, refusal, accusation, deployment and coercion that had no trigger, and vows of a future
act read as the vow they are ("vowed to kill": THREATEN; "vowed to cooperate": AGREE). The
sentences are inventions (none is a sentence of the sets); expected values written by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads


def _dyads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return dyads(text, language="en")


def _of(text: str, event_type: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [d for d in _dyads(text) if d[0] == event_type]


def _types(text: str) -> set[str]:
    return {d[0] for d in _dyads(text)}


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        ("Peru and Chile sealed a fisheries accord in Lima on Friday.", "AGREE", {"PER", "CHL"}),
        (
            "Hanoi and Beijing signed off on a deal to open two border crossings.",
            "AGREE",
            {"VNM", "CHN"},
        ),
        (
            "The Angolan government and UNITA came to terms on a new ceasefire timetable.",
            "AGREE",
            {"AGO"},
        ),
        (
            "Hungarian and Austrian police teamed up to dismantle a car theft ring.",
            "COOPERATE",
            {"HUN", "AUT"},
        ),
        (
            "Kazakh and Chinese troops trained together near the border.",
            "COOPERATE",
            {"KAZ", "CHN"},
        ),
        ("Jordan and Iraq pooled intelligence on smuggling networks.", "COOPERATE", {"JOR", "IRQ"}),
    ],
)
def test_joint_acts_name_both_sides(text: str, event_type: str, sides: set[str]) -> None:
    got = _of(text, event_type)
    assert got, _dyads(text)
    assert {c for d in got for c in d[1] + d[2]} == sides


def test_sealing_an_accord_is_no_border_closure() -> None:
    text = "Peru and Chile sealed a border accord in Lima on Friday."
    assert "COERCE" not in _types(text)


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        ("Croatia consented to an EU plan for the return of refugees.", "AGREE", "HRV", "IGO"),
        ("Iran accepted a Russian-brokered truce with Azerbaijan.", "AGREE", "IRN", "AZE"),
        (
            "Egyptian police shared information with Italian investigators about the suspects.",
            "COOPERATE",
            "EGY",
            "ITA",
        ),
        ("The Red Cross distributed rice to flood victims in Cambodia.", "AID", "NGO", "KHM"),
        ("Oxfam trucked water and food into camps in Darfur.", "AID", "NGO", "SDN"),
        ("Spain dispatched a medical team to Morocco after the earthquake.", "AID", "ESP", "MAR"),
        ("Pakistan turned to China for emergency loans.", "REQUEST", "PAK", "CHN"),
        (
            "Indian prosecutors filed murder charges against two Pakistani nationals.",
            "ACCUSE",
            "IND",
            "PAK",
        ),
        ("Iraq slammed the British decision to send more troops.", "ACCUSE", "IRQ", "GBR"),
        ("Cyprus balked at a Greek proposal on the talks.", "REJECT", "CYP", "GRC"),
        ("Ukraine shut its market to Russian chocolate.", "SANCTION", "UKR", "RUS"),
        ("Pakistan concentrated troops along the Afghan border.", "MOBILIZE", "PAK", "AFG"),
        ("Kenya sent back hundreds of Somali refugees across the border.", "COERCE", "KEN", "SOM"),
    ],
)
def test_new_wordings_give_their_type_and_parties(
    text: str, event_type: str, actor: str, recipient: str
) -> None:
    assert (event_type, (actor,), (recipient,)) in _dyads(text), _dyads(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Ugandan troops vacated their positions in eastern Congo.", "RETREAT"),
        ("Hungarian opposition deputies walked out of parliament in protest.", "PROTEST"),
        ("The Liberian government armed hundreds of villagers to fight the rebels.", "MOBILIZE"),
        ("Croatia called up its reservists as Serb forces advanced.", "MOBILIZE"),
        ("Indonesian police hauled away dozens of students in Jakarta.", "COERCE"),
        ("Ecuador's government suspended civil liberties in three provinces.", "COERCE"),
        ("Moscow repudiated the treaty signed by the Soviet leadership.", "REJECT"),
    ],
)
def test_new_wordings_give_their_type(text: str, event_type: str) -> None:
    assert event_type in _types(text), _dyads(text)


@pytest.mark.parametrize(
    "text",
    [
        # walking out of talks stays the withdrawal from them (CAMEO), no protest
        "Colombian negotiators walked out of talks with the rebels.",
        # sharing information with no partner named is no cooperation of its own
        "The Turkish and Greek sides have agreed to share information on missing people.",
        # taking turns is no request
        "The brothers took it in turns to carry the flag for the team.",
    ],
)
def test_near_wordings_keep_their_reading(text: str) -> None:
    types = _types(text)
    assert "PROTEST" not in types and "COOPERATE" not in types and "REQUEST" not in types


def test_a_vow_to_kill_is_a_threat() -> None:
    text = "Hamas vowed to kill any Israeli soldier who entered Gaza."
    assert _of(text, "THREATEN") == [("THREATEN", ("PSE",), ("ISR",))]
    assert not _of(text, "ASSAULT")


def test_a_notice_of_annexation_is_a_threat() -> None:
    text = "Iraq served notice that it would annex Kuwaiti territory along the border."
    assert _of(text, "THREATEN") == [("THREATEN", ("IRQ",), ("KWT",))]


def test_a_vow_to_cooperate_is_also_a_commitment() -> None:
    text = "Japan vowed to cooperate with China in the fight against piracy."
    assert ("AGREE", ("JPN",), ("CHN",)) in _dyads(text)


def test_a_promise_keeps_its_own_agreement() -> None:
    text = "Belarus promised to hand over the remaining missiles on its territory to Russia."
    assert ("AGREE", ("BLR",), ("RUS",)) in _dyads(text)


def test_pressing_a_party_to_act_is_a_request() -> None:
    text = "The Palestinian Authority pressed Israel to free the prisoners."
    assert [d[:2] for d in _of(text, "REQUEST")] == [("REQUEST", ("PSE",))]
    assert _of(text, "REQUEST")[0][2] == ("ISR",)


@pytest.mark.parametrize(
    "text",
    [
        "The government pressed ahead with plans to privatise the railways.",
        "Rebels pressed on with their offensive to take the capital.",
    ],
)
def test_pressing_ahead_is_no_request(text: str) -> None:
    assert not _of(text, "REQUEST")


def test_forces_quitting_a_town_withdraw_from_its_country() -> None:
    text = "Ugandan troops quit the Congolese town of Kisangani."
    assert _of(text, "RETREAT") == [("RETREAT", ("UGA",), ("COD",))]


def test_a_deployment_faces_the_party_it_is_sent_to_crush() -> None:
    from eventwire import extract

    text = "Colombia deployed troops to Caqueta to crush FARC guerrillas."
    got = [
        [(a.country, a.sector) for a in r.recipient]
        for r in extract(text, language="en")
        if r.event_type == "MOBILIZE"
    ]
    assert got == [[("COL", "REB")]]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Eritrea sank two Yemeni vessels near the Hanish islands.", "ERI", "YEM"),
        ("Indian gunboats have sunk a Pakistani fishing boat in the Sir Creek area.", "IND", "PAK"),
    ],
)
def test_sinking_a_named_ship_is_an_assault(text: str, actor: str, recipient: str) -> None:
    assert _of(text, "ASSAULT") == [("ASSAULT", (actor,), (recipient,))]


def test_a_plan_that_sank_is_no_assault() -> None:
    assert not _dyads("The British peace plan sank without trace in Brussels.")


def test_conceding_defeat_is_a_concession_to_the_winner() -> None:
    text = "Senegal's President Abdou Diouf conceded defeat to opposition leader Abdoulaye Wade."
    assert _of(text, "CONCEDE") == [("CONCEDE", ("SEN",), ("SEN",))]

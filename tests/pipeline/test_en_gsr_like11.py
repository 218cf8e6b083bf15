"""English GSR-like set 11 and the open misses (h-en26): wordings of agreement, refusal,
rebuke, boycott, sanction, concession, withdrawal, visit, aid, cooperation and deployment
that had no trigger. The sentences are inventions (none is a sentence of the sets); expected
values written by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads


def _dyads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return dyads(text, language="en")


def _of(text: str, event_type: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [d for d in _dyads(text) if d[0] == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        (
            "Bolivia and Paraguay initialled a trade treaty in Asuncion on Monday.",
            "AGREE",
            {"BOL", "PRY"},
        ),
        ("The Congolese government and the rebels inked a truce on Tuesday.", "AGREE", {"COD"}),
        (
            "Serbian and Montenegrin negotiators settled on a compromise for a looser union.",
            "AGREE",
            {"SRB", "MNE"},
        ),
        (
            "The Burundian government and the Hutu rebels committed themselves to a ceasefire.",
            "AGREE",
            {"BDI"},
        ),
        (
            "Malaysian and Indonesian troops traded mortar fire across the border on Borneo.",
            "ASSAULT",
            {"MYS", "IDN"},
        ),
        (
            "Brazil and Argentina set up a joint monetary commission to oversee their trade.",
            "COOPERATE",
            {"BRA", "ARG"},
        ),
        (
            "India and Russia staged joint war games in the Rajasthan desert.",
            "COOPERATE",
            {"IND", "RUS"},
        ),
        (
            "Ukrainian and Polish border guards coordinated security arrangements for the tournament.",
            "COOPERATE",
            {"UKR", "POL"},
        ),
    ],
)
def test_joint_acts_name_both_sides(text: str, event_type: str, sides: set[str]) -> None:
    got = _of(text, event_type)
    assert got, _dyads(text)
    assert {c for d in got for c in d[1] + d[2]} == sides


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        (
            "Thailand has given its assent to a Cambodian plan to reopen the crossing.",
            "AGREE",
            "THA",
            "KHM",
        ),
        (
            "The Turkish prime minister made a two-day trip to Baghdad for talks.",
            "CONSULT",
            "TUR",
            "IRQ",
        ),
        (
            "The Colombian president took the United States to task for cutting aid.",
            "ACCUSE",
            "COL",
            "USA",
        ),
        (
            "Pakistan brushed aside an Indian proposal for joint patrols on the border.",
            "REJECT",
            "PAK",
            "IND",
        ),
        (
            "Burma's junta turned a deaf ear to American calls for the release of prisoners.",
            "REJECT",
            "MMR",
            "USA",
        ),
        (
            "The European Union raised the prospect of sanctions against Belarus.",
            "THREATEN",
            "IGO",
            "BLR",
        ),
        (
            "France suspended arms sales to Indonesia after the violence in East Timor.",
            "SANCTION",
            "FRA",
            "IDN",
        ),
        (
            "The African Union suspended Madagascar from its bodies after the coup.",
            "SANCTION",
            "IGO",
            "MDG",
        ),
        ("Japan sent 100,000 tonnes of rice to North Korea.", "AID", "JPN", "PRK"),
        (
            "Moroccan police worked closely with Spanish investigators to trace the bombers.",
            "COOPERATE",
            "MAR",
            "ESP",
        ),
        (
            "Armenia moved troops to its border with Azerbaijan after a clash.",
            "MOBILIZE",
            "ARM",
            "AZE",
        ),
        (
            "Pakistan brought its strike corps up to the border with India.",
            "MOBILIZE",
            "PAK",
            "IND",
        ),
    ],
)
def test_act_and_its_parties(text: str, event_type: str, actor: str, recipient: str) -> None:
    assert (event_type, (actor,), (recipient,)) in _dyads(text), _dyads(text)


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        (
            "Nepal's king bowed to opposition parties and recalled the dissolved parliament.",
            "CONCEDE",
            "NPL",
        ),
        (
            "Syrian troops handed over their positions in the hills to the Lebanese army.",
            "RETREAT",
            "SYR",
        ),
        ("Filipino kidnappers let go of three of the hostages they had seized.", "RETREAT", "PHL"),
        (
            "Cameroon's opposition parties stayed away from the parliament on Monday.",
            "PROTEST",
            "CMR",
        ),
        ("Khartoum recruited militiamen in Darfur to fight the rebels.", "MOBILIZE", "SDN"),
    ],
)
def test_act_of_its_doer(text: str, event_type: str, actor: str) -> None:
    assert [d[1] for d in _of(text, event_type)] == [(actor,)], _dyads(text)


def test_a_strike_corps_is_no_strike() -> None:
    assert not _of("Pakistan brought its strike corps up to the border with India.", "PROTEST")


def test_a_move_to_withdraw_troops_is_no_deployment() -> None:
    text = "But the president's move to withdraw troops from Syria surprised his allies."
    assert not _of(text, "MOBILIZE")


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Pakistani officials opened two days of talks in New Delhi on Kashmir.",
        "Syrian and Israeli negotiators opened a third round of talks in Maryland.",
    ],
)
def test_talks_opened_or_held_for_days_are_the_subjects_own(text: str) -> None:
    got = _of(text, "CONSULT")
    assert got, _dyads(text)
    assert {c for d in got for c in d[1] + d[2]} in ({"IND", "PAK"}, {"SYR", "ISR"})


def test_days_of_strikes_condemned_are_not_the_condemners() -> None:
    text = "Turkey condemned three days of air strikes on Kurdish villages."
    assert all(d[1] != ("TUR",) for d in _of(text, "ASSAULT"))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Thousands of Pakistanis marched in Lahore to condemn the Danish cartoons.", "DNK"),
        ("Several hundred Chileans rallied in Santiago to denounce British policy.", "GBR"),
    ],
)
def test_a_rally_to_denounce_a_party_is_aimed_at_it(text: str, target: str) -> None:
    assert [d[2] for d in _of(text, "PROTEST")] == [(target,)], _dyads(text)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "NATO told the Bosnian Serbs to pull back their guns or face the consequences.",
            "IGO",
            "BIH",
        ),
        (
            "Washington told Baghdad it faced military action if it expelled the inspectors.",
            "USA",
            "IRQ",
        ),
        (
            "Moscow told Tbilisi that it would face air strikes unless it closed the gorge.",
            "RUS",
            "GEO",
        ),
        (
            "Ukraine said it would halt the transit of Russian gas unless Moscow paid its fees.",
            "UKR",
            "RUS",
        ),
    ],
)
def test_an_ultimatum_is_a_threat_of_the_speaker(text: str, actor: str, recipient: str) -> None:
    assert ("THREATEN", (actor,), (recipient,)) in _dyads(text), _dyads(text)


def test_a_transit_halted_is_a_sanction() -> None:
    text = "Ukraine halted the transit of Russian gas to Europe on Monday."
    assert _of(text, "SANCTION") == [("SANCTION", ("UKR",), ("RUS",))]


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        (
            "Envoys of Ethiopia and Eritrea sat down for talks in Algiers on Monday.",
            "CONSULT",
            {"ETH", "ERI"},
        ),
        (
            "Serbia and Montenegro settled the division of the federal army's tanks.",
            "AGREE",
            {"SRB", "MNE"},
        ),
    ],
)
def test_joint_acts_of_set_one_to_ten_wordings(text: str, event_type: str, sides: set[str]) -> None:
    got = _of(text, event_type)
    assert got, _dyads(text)
    assert {c for d in got for c in d[1] + d[2]} >= sides


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        (
            "Gulf Cooperation Council ministers gathered in Riyadh on Sunday for an urgent meeting.",
            "CONSULT",
            "IGO",
        ),
        ("Egypt reopened the Rafah crossing to Palestinians after a week.", "CONCEDE", "EGY"),
        (
            "Indonesia's government reversed a sharp increase in fuel prices after riots.",
            "CONCEDE",
            "IDN",
        ),
        (
            "Nepal's king reinstated the dissolved parliament after weeks of protests.",
            "CONCEDE",
            "NPL",
        ),
        (
            "Medecins Sans Frontieres doctors treated hundreds of cholera patients in Luanda.",
            "AID",
            "NGO",
        ),
    ],
)
def test_concessions_meetings_and_care(text: str, event_type: str, actor: str) -> None:
    assert [d[1] for d in _of(text, event_type)] == [(actor,)], _dyads(text)


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        (
            "The European Union imposed a flight ban on the Libyan national airline.",
            "SANCTION",
            "IGO",
            "LBY",
        ),
        (
            "British banks have frozen accounts linked to the former Serbian leader.",
            "SANCTION",
            "GBR",
            "SRB",
        ),
        ("The Arab League barred Syria from its summit in Doha.", "SANCTION", "IGO", "SYR"),
        ("Hezbollah promised a wave of attacks on Israeli towns.", "THREATEN", "LBN", "ISR"),
        (
            "The Kenyan opposition insisted on an independent inquiry into the killings.",
            "REQUEST",
            "KEN",
            "KEN",
        ),
    ],
)
def test_wrong_type_wordings_of_sets_one_to_ten(
    text: str, event_type: str, actor: str, recipient: str
) -> None:
    assert (event_type, (actor,), (recipient,)) in _dyads(text), _dyads(text)


def test_boycotting_the_opening_session_of_parliament_is_a_protest() -> None:
    text = "Bangladesh's opposition boycotted the opening session of parliament over the election."
    assert [d[1] for d in _of(text, "PROTEST")] == [("BGD",)], _dyads(text)
    assert not _of(text, "REJECT")


def test_police_picking_up_activists_arrest_them() -> None:
    text = "Egyptian police picked up dozens of opposition activists in Cairo overnight."
    assert _of(text, "COERCE") == [("COERCE", ("EGY",), ("EGY",))], _dyads(text)

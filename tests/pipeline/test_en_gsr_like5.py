"""English classes found missing by the fifth invented GSR-like probe set
(``bench/probes/en_gsr_like5.jsonl``: modes, sanctions, concessions, investigations). The
sentences here are further inventions, not the probes themselves; expected values written
by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads, records


def _dyads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return dyads(text, language="en")


def _modes(text: str, etype: str) -> list[str | None]:
    return [r.mode for r in records(text, language="en") if r.event_type == etype]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # the means named in the doer's phrase before the verb
        ("Syrian warplanes bombed rebel-held villages near Hama on Monday.", "aerial"),
        ("Armenian artillery pounded Azerbaijani positions near Agdam.", "heavy-weapons"),
        ("Hutu militiamen armed with spears attacked a village in northern Burundi.", "primitive"),
        ("Pakistani helicopter gunships attacked militant hideouts in Bajaur.", "aerial"),
        # a cue after the verb still wins over the doer's
        ("Israeli tanks fired tear gas at Palestinian stone-throwers in Hebron.", "crowd-control"),
    ],
)
def test_mode_from_the_doers_phrase(text: str, mode: str) -> None:
    assert mode in _modes(text, "ASSAULT")


def test_no_doer_means_no_doer_mode() -> None:
    # a weapon named in another clause before the act, not in its doer's phrase
    modes = _modes("After the tanks left, gunmen attacked the Sudanese village of Kass.", "ASSAULT")
    assert modes and "heavy-weapons" not in modes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # expelling a diplomat is a sanction, deporting people coercion
        (
            "Poland expelled a Belarusian embassy official accused of spying.",
            ("SANCTION", ("POL",), ("BLR",)),
        ),
        # discontinued lending and transport links
        ("The IMF halted all new lending to Zambia on Tuesday.", ("SANCTION", ("IGO",), ("ZMB",))),
        (
            "Greece suspended all flights to Albania after the riots in Tirana.",
            ("SANCTION", ("GRC",), ("ALB",)),
        ),
        # an organisation suspending a member state from its meetings
        (
            "The African Union suspended Mali from its meetings after the coup.",
            ("SANCTION", ("IGO",), ("MLI",)),
        ),
        # ordering an inquiry is investigating, not requesting
        (
            "The Nepalese government ordered an inquiry into the shooting of students in Kathmandu.",
            ("ACCUSE", ("NPL",)),
        ),
        # denying the other side's accusations
        (
            "Syria's information minister dismissed Israeli accusations that Damascus armed "
            "the militias.",
            ("REJECT", ("SYR",), ("ISR",)),
        ),
        # arrests, cyber attacks
        (
            "Belarusian police took 30 opposition activists into custody in Minsk.",
            ("COERCE", ("BLR",), ("BLR",)),
        ),
        (
            "Hackers based in Russia broke into computer networks of the Estonian parliament.",
            ("COERCE", ("RUS",), ("EST",)),
        ),
        # militia alerts over a long gap
        (
            "Hamas put its gunmen and fighters in the Gaza Strip on full alert.",
            ("MOBILIZE", ("PSE",)),
        ),
        # yielding to protests, lifting a blockade
        ("The Thai king bowed to street protests and dissolved parliament.", ("CONCEDE", ("THA",))),
        (
            "Ecuadorean banana growers lifted their blockade of the port of Guayaquil.",
            ("CONCEDE", ("ECU",)),
        ),
        # joint work
        (
            "Peruvian and Bolivian police worked together to stop the smugglers.",
            ("COOPERATE", ("BOL", "PER")),
        ),
        # revenge vowed
        ("The Tamil Tigers vowed on Sunday to avenge the deaths of their leaders.", ("THREATEN",)),
    ],
)
def test_gsr_like5_classes(text: str, expected) -> None:
    assert expected in [d[: len(expected)] for d in _dyads(text)]


def test_people_blockading_protest_and_forces_blockading_coerce() -> None:
    farmers = "Spanish farmers blockaded the border crossings with France in protest at imports."
    assert "PROTEST" in [r.event_type for r in records(farmers, language="en")]
    assert "obstruct" in _modes(farmers, "PROTEST")
    navy = "The Indian navy blockaded the port of Karachi."
    assert "PROTEST" not in [r.event_type for r in records(navy, language="en")]


def test_announced_blockade_is_a_threat() -> None:
    text = "Angry Belgian truck drivers said on Monday they would blockade Brussels from Friday."
    types = [r.event_type for r in records(text, language="en")]
    assert "THREATEN" in types and "PROTEST" not in types


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Colombian coca growers marched on Bogota on Monday.", "AGR"),
        ("Romanian coal miners marched on Bucharest on Monday.", "LAB"),
        ("Yemeni tribesmen kidnapped three Dutch tourists near Marib.", "CVL"),
    ],
)
def test_agent_sectors(text: str, sector: str) -> None:
    recs = records(text, language="en")
    assert any(a.sector == sector for r in recs for a in r.actor)


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        # an accusation in words is disapprove, as the GSR codes it; charges are allege
        ("Bolivia accused Chile of spying on its navy.", "ACCUSE", "disapprove"),
        ("Ghana blamed Togo for the border clashes.", "ACCUSE", "disapprove"),
        ("Prosecutors accused the former minister of taking bribes.", "ACCUSE", "allege"),
        # shooting, marching, bans of parties, meetings of three or in one side's country
        ("Gunmen shot dead a judge in Medellin on Monday.", "ASSAULT", "firearms"),
        ("Thousands of Chileans marched through Santiago on Sunday.", "PROTEST", "demo"),
        ("The Algerian government outlawed the Islamic Salvation Front party.", "COERCE", "ban"),
        (
            "The foreign ministers of Chile, Peru and Bolivia met in La Paz on Friday.",
            "CONSULT",
            "multilateral",
        ),
        ("The Indian prime minister met the Nepalese king in Kathmandu.", "CONSULT", "visit"),
        # two guests and their host: a visit, not a multilateral meeting
        (
            "The French and German foreign ministers met the Georgian president in Tbilisi.",
            "CONSULT",
            "visit",
        ),
    ],
)
def test_gsr_modes(text: str, etype: str, mode: str) -> None:
    assert mode in _modes(text, etype)


def test_a_meeting_abroad_of_two_guests_is_no_visit() -> None:
    # neither side is of the place: no visit read off it
    modes = _modes("The Indian prime minister met the Nepalese king in Geneva.", "CONSULT")
    assert modes and "visit" not in modes


@pytest.mark.parametrize(
    "text",
    [
        "The army was hunting the outlawed Kurdish group in the mountains.",  # an adjective
        "Ryan Keane, 20, shot himself to avoid capture.",  # a suicide
    ],
)
def test_no_act(text: str) -> None:
    assert not [r for r in records(text, language="en") if r.event_type in ("COERCE", "ASSAULT")]


def test_counted_second_party_joins_the_list() -> None:
    # "11 Iraqis and three Kuwaitis": the count does not break the list
    assert ("SANCTION", ("JOR",), ("IRQ", "SYR")) in _dyads(
        "A Jordanian court convicted 11 Iraqis and three Syrians of smuggling arms."
    )


def test_northern_ireland_is_british() -> None:
    assert ("ASSAULT", ("GBR",)) in [
        d[:2] for d in _dyads("Protestant militants in Northern Ireland attacked a Catholic bar.")
    ]

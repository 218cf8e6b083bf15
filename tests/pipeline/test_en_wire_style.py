"""Wire-style English constructions found missing by the fourth invented GSR-like probe set
(``bench/probes/en_gsr_like4.jsonl``: datelines, reported speech, passives, troops that
leave or mass). The sentences here are further inventions, not the probes themselves;
expected values written by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads


def _dyads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return dyads(text, language="en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agency of a dateline is no country of the agents after it
        (
            "MANAGUA, Nicaragua (Reuters) - Opposition supporters marched on Tuesday to "
            "protest against a rise in bus fares.",
            ("PROTEST", ("NIC",)),
        ),
        (
            "DILI, East Timor (AP) - Rebels attacked a police post in the hills on Sunday.",
            ("ASSAULT", ("TLS",)),
        ),
    ],
)
def test_dateline_agency_gives_no_country(text: str, expected) -> None:
    dyads = _dyads(text)
    assert expected in [d[: len(expected)] for d in dyads]
    # neither the AP's nor Reuters' country
    assert not any({"USA", "GBR"} & set(a + r) for _, a, r in dyads)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops that leave or mass: the noun tells the verb's sense, the mention is the doer
        ("The last Cuban troops left Angola on Friday.", ("RETREAT", ("CUB",), ("AGO",))),
        (
            "Libyan forces massed near the Chadian border last week.",
            ("MOBILIZE", ("LBY",), ("TCD",)),
        ),
        (
            "Eritrean forces pulled their artillery and weapons back from the frontier.",
            ("RETREAT", ("ERI",)),
        ),
        # a gapped pattern holding the front
        (
            "The Greek army put its forces along the Turkish border on alert.",
            ("MOBILIZE", ("GRC",), ("TUR",)),
        ),
        # a host receiving a guest: both sides meet
        (
            "The Indonesian president received the visiting Australian foreign minister.",
            ("CONSULT", ("AUS",), ("IDN",)),
        ),
        # refusals in reported speech and of demands
        (
            "Ankara said it would not negotiate with the Cypriot president.",
            ("REJECT", ("TUR",), ("CYP",)),
        ),
        (
            "Zambia's finance minister dismissed a World Bank demand to cut fuel subsidies.",
            ("REJECT", ("ZMB",), ("IGO",)),
        ),
        (
            "The Peruvian president brushed aside calls from the European Union to free the "
            "jailed activists.",
            ("REJECT", ("PER",), ("IGO",)),
        ),
        # attacks and riots
        (
            "Syrian helicopters fired missiles at a convoy in Lebanon.",
            ("ASSAULT", ("SYR",), ("LBN",)),
        ),
        (
            "Sudanese warplanes bombed villages in Darfur on Monday.",
            ("ASSAULT", ("SDN",), ("SDN",)),
        ),
        (
            "Palestinian youths hurled stones at Israeli police in Nablus.",
            ("PROTEST", ("PSE",), ("ISR",)),
        ),
        (
            "Spanish and French police carried out joint raids on an arms cache.",
            ("COOPERATE", ("ESP",), ("FRA",)),
        ),
        (
            "The Colombian government released 30 jailed guerrillas as a goodwill gesture.",
            ("RETREAT", ("COL",), ("COL",)),
        ),
    ],
)
def test_wire_style_events(text: str, expected) -> None:
    assert expected in [d[: len(expected)] for d in _dyads(text)]


def test_victims_passive_and_the_attack_in_its_clause_are_one_attack() -> None:
    text = (
        "Three Thai policemen were killed on Monday when Muslim separatists from Malaysia "
        "opened fire on their patrol."
    )
    dyads = [d for d in _dyads(text) if d[0] == "ASSAULT"]
    assert dyads == [("ASSAULT", ("MYS",), ("THA",))]


def test_contrast_clause_keeps_two_attacks() -> None:
    text = "Two Thai soldiers were killed, but Malaysian rebels attacked another village."
    dyads = [d for d in _dyads(text) if d[0] == "ASSAULT"]
    assert ("ASSAULT", ("MYS",), ("THA",)) not in dyads


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of defectors from the militia have massed in the border town.",
        "Crowds massed outside the stadium before the final.",
        "Police sealed off the area after the explosion.",
        "The government rammed the bill through parliament.",
    ],
)
def test_not_a_mobilisation_or_attack(text: str) -> None:
    assert not any(d[0] in ("MOBILIZE", "ASSAULT", "COERCE") for d in _dyads(text))


def test_forces_striking_places_at_home_name_their_rule() -> None:
    from eventwire.api import extract

    recs = [
        r
        for r in extract("Ethiopian jets bombed towns in Tigray on Sunday.", language="en")
        if r.event_type == "ASSAULT"
    ]
    assert [[a.country for a in r.recipient] for r in recs] == [["ETH"]]
    assert any(w.rule == "recipient.struck_settlements" for r in recs for w in r.why)
    # a foreign force's strike keeps the general rule
    recs = [
        r
        for r in extract("Ethiopian jets bombed towns in Somalia on Sunday.", language="en")
        if r.event_type == "ASSAULT"
    ]
    assert any(w.rule == "recipient.target_from_place" for r in recs for w in r.why)


def test_a_trigger_opening_on_the_doers_noun_starts_after_them_and_says_so() -> None:
    from eventwire import extract

    text = "The last Cuban troops left Angola on Friday."
    (rec,) = [r for r in extract(text, language="en") if r.event_type == "RETREAT"]
    assert rec.evidence.trigger.text == "left"
    moved = [w.entry for w in rec.why if w.rule == "trigger.start_after_doers"]
    assert moved == ["Cuban troops"]
    # a trigger with no doers' noun inside its pattern keeps its own start, with no such why
    (met,) = extract("Cuban diplomats met Angolan officials on Friday.", language="en")
    assert not [w for w in met.why if w.rule == "trigger.start_after_doers"]

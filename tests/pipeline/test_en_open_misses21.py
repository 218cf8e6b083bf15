"""English open misses of the GSR-like sets, round 2 (h-en21): people named with where they
are ("villagers south of X") are parties, not modifiers of the compass
word; "sealed off" a territory is a closure (COERCE restrict). The sentences are inventions;
expected values written by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads


def _dyads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return dyads(text, language="en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Afghan militants killed 30 villagers south of Kabul.", "AFG", "AFG"),
        ("Iraqi soldiers killed five farmers west of Tikrit on Monday.", "IRQ", "IRQ"),
        ("Peruvian guerrillas ambushed a police patrol north of Lima.", "PER", "PER"),
    ],
)
def test_people_before_a_compass_word_and_of_are_the_victims(
    text: str, actor: str, recipient: str
) -> None:
    got = [d for d in _dyads(text) if d[0] == "ASSAULT"]
    assert got == [("ASSAULT", (actor,), (recipient,))]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Israel sealed off the Gaza Strip on Friday after a rocket attack.", "ISR", "PSE"),
        ("Turkish troops sealed off the border town of Silopi.", "TUR", "TUR"),
    ],
)
def test_sealing_off_a_territory_is_a_restriction(text: str, actor: str, recipient: str) -> None:
    got = [d for d in _dyads(text) if d[0] == "COERCE"]
    assert got == [("COERCE", (actor,), (recipient,))]


def test_sealing_a_deal_is_no_restriction() -> None:
    assert not [
        d for d in _dyads("Japan and Chile sealed a trade deal on Monday.") if d[0] == "COERCE"
    ]


def test_a_police_cordon_is_no_restriction_but_a_sealed_border_area_is() -> None:
    assert not _dyads("Police sealed off the surrounding area after the shooting.")
    got = [d for d in _dyads("Jordan sealed off the border area with Iraq.") if d[0] == "COERCE"]
    assert got == [("COERCE", ("JOR",), ("IRQ",))]

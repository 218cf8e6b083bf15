"""The coding choices listed in docs/conventions.md, on invented sentences: each test states
the convention a user reads there, so that a change of convention changes both."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an apology is SUPPORT (CAMEO 055, the PLOVER GSR), in both languages alike
        (
            "Il governo olandese si è scusato con l'Indonesia per le violenze coloniali.",
            "it",
            ("SUPPORT", ("NLD",), ("IDN",)),
        ),
        (
            "The Dutch government apologised to Indonesia for colonial violence.",
            "en",
            ("SUPPORT", ("NLD",), ("IDN",)),
        ),
        # easing an embargo: one record, aimed at the embargo's target (CAMEO 085: RETREAT in
        # the table the English GSR follows, CONCEDE by the manual the Italian gold follows)
        ("Canada eased its embargo on Cuba.", "en", ("RETREAT", ("CAN",), ("CUB",))),
        (
            "Il Canada ha allentato l'embargo contro Cuba.",
            "it",
            ("CONCEDE", ("CAN",), ("CUB",)),
        ),
    ],
)
def test_convention(text: str, language: str, expected: tuple) -> None:
    assert dyads(text, language=language) == [expected]


def test_the_red_cross_is_an_ngo_not_an_igo() -> None:
    from tests.pipeline.test_actors import actors, mention

    doc = actors("The Red Cross said it would send a team.", "en", "2024-05-01")
    assert mention(doc, "Red Cross")._.actors[0].country == "NGO"

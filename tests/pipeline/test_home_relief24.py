"""Relief at home (h-conv24, docs/conventions.md "a government's aid to its own regions"): a
state's disaster relief with no recipient goes to its own people; ordinary spending and aid
to another country are not changed. Sentences invented; expected values written by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads


@pytest.mark.parametrize(
    ("text", "language", "home"),
    [
        (
            "Il governo ha stanziato 30 milioni di euro per gli alluvionati della Liguria.",
            "it",
            "ITA",
        ),
        ("Il governo cileno ha inviato tende e viveri ai terremotati.", "it", "CHL"),
        ("Chile sent tents and food to quake-hit Valparaiso.", "en", "CHL"),
    ],
)
def test_relief_at_home_goes_to_own_people(text: str, language: str, home: str) -> None:
    got = dyads(text, language=language)
    assert ("AID", (home,), (home,)) in got


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il governo ha stanziato 30 milioni di euro per le strade della Liguria.", "it"),
        ("The Chilean government allocated new funds for schools and roads.", "en"),
    ],
)
def test_ordinary_spending_gets_no_recipient(text: str, language: str) -> None:
    got = dyads(text, language=language)
    assert not any(d[0] == "AID" and d[2] for d in got)


def test_foreign_relief_keeps_foreign_recipient() -> None:
    got = dyads("Chile sent tents and food to quake survivors in Peru.", language="en")
    assert ("AID", ("CHL",), ("PER",)) in got

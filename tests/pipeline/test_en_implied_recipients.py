"""English recipients the text implies (session 13, h-en17): the party of people let in,
the Congo of today's news, and further classes of the open misses of the English GSR-like
sets. The sentences are inventions, not the probes; expected values written by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads


def _dyads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return dyads(text, language="en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # access is granted to the body of the people let in, not to the place they enter
        (
            "Syria allowed U.N. chemical weapons inspectors into an air base near Homs on Tuesday.",
            ("RETREAT", ("SYR",), ("IGO",)),
        ),
        (
            "Sudan let United Nations monitors back into the Darfur town of Nyala.",
            ("RETREAT", ("SDN",), ("IGO",)),
        ),
    ],
)
def test_admitted_party(text: str, expected: tuple) -> None:
    assert expected in _dyads(text)


def test_admitted_party_needs_a_named_owner() -> None:
    # no body named before the people let in: the rule gives no international body
    got = _dyads("Myanmar allowed foreign aid workers into the delta region on Friday.")
    assert not any(t == "RETREAT" and "IGO" in r for t, _, r in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare "Congo" is the Democratic Republic in the news since 1997
        (
            "Burundi withdrew its soldiers from eastern Congo on Monday.",
            ("RETREAT", ("BDI",), ("COD",)),
        ),
        # the other Congo keeps its own names
        (
            "Angola sent troops into Congo-Brazzaville to back the former president.",
            ("MOBILIZE", ("AGO",), ("COG",)),
        ),
    ],
)
def test_congo(text: str, expected: tuple) -> None:
    assert expected in _dyads(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deployment sent to face a side addresses it, of the same country too
        (
            "Hundreds of soldiers were deployed in Kinshasa ahead of opposition marches.",
            ("MOBILIZE", ("COD",), ("COD",)),
        ),
        (
            "The Malian government called up 5,000 reservists to counter Tuareg rebels in the north.",
            ("MOBILIZE", ("MLI",), ("MLI",)),
        ),
    ],
)
def test_deployment_against(text: str, expected: tuple) -> None:
    assert expected in _dyads(text)


def test_deployment_ahead_of_a_visit_faces_nobody() -> None:
    # the state's own leader is not the side a deployment faces
    got = _dyads("Police were deployed in Lagos ahead of the president's visit on Monday.")
    assert ("MOBILIZE", ("NGA",), ()) in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hunger strike, a general strike, a riot with no target address the home government
        (
            "Jailed Uighur activists went on hunger strike in a prison near Urumqi.",
            ("PROTEST", ("CHN",), ("CHN",)),
        ),
        (
            "Kenya's opposition called a general strike that shut down Nairobi on Monday.",
            ("PROTEST", ("KEN",), ("KEN",)),
        ),
    ],
)
def test_home_protest_mode(text: str, expected: tuple) -> None:
    assert expected in _dyads(text)


def test_home_protest_mode_keeps_a_named_target() -> None:
    # a target found at the protest's door is kept, the home government is not added
    got = _dyads(
        "Pakistani students went on hunger strike outside the Indian embassy in Islamabad."
    )
    assert ("PROTEST", ("PAK",), ("IND",)) in got
    assert ("PROTEST", ("PAK",), ("PAK",)) not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital named as the party asked stands for its government
        (
            "Afghanistan's president demanded that Islamabad close the militant camps.",
            ("REQUEST", ("AFG",), ("PAK",)),
        ),
        # rebels demanding a release with no addressee ask their own government
        (
            "Colombian guerrillas demanded the release of their commander on Sunday.",
            ("REQUEST", ("COL",), ("COL",)),
        ),
    ],
)
def test_demand_addressee(text: str, expected: tuple) -> None:
    assert expected in _dyads(text)

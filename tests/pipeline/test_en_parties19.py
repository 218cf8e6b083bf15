"""English parties of found events (h-en19): a country's possessive before an ethnic group's
word ("Ecuador's Indian federation"), peoples of a region that name no state ("Tibetan monks",
"Chechen rebels"), lower-case words that end no place name ("the Spanish town of"), the one
accused by a that-clause ("charged that Georgian authorities ..."), and a Philippine rebel
group. The sentences are inventions; expected values written by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads


def _dyads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return dyads(text, language="en")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Bolivia's largest Indian federation threatened a general strike over gas exports.",
            "BOL",
        ),
        ("Leaders of Kenya's Somali community protested against the new identity card law.", "KEN"),
        ("Georgia's Russian minority protested against the language law.", "GEO"),
    ],
)
def test_possessor_country_before_an_ethnic_group_word_is_its_country(
    text: str, country: str
) -> None:
    got = _dyads(text)
    assert got
    assert all(a == (country,) for _, a, _ in got)


def test_a_demonym_alone_keeps_its_own_country() -> None:
    got = _dyads("Indian troops attacked a Pakistani army post in Kashmir.")
    assert any(t == "ASSAULT" and a == ("IND",) for t, a, _ in got)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("About 200 Tibetan nuns staged a sit-in outside a government office.", "CHN"),
        ("Chechen rebels ambushed a police convoy on Sunday.", "RUS"),
        ("Basque separatists bombed a tax office on Friday.", "ESP"),
        ("Uighur militants attacked a police station on Monday.", "CHN"),
    ],
)
def test_regional_peoples_take_the_state_they_live_in(text: str, country: str) -> None:
    got = _dyads(text)
    assert any(a == (country,) for _, a, _ in got)


def test_a_lower_case_word_ends_no_place_name() -> None:
    got = _dyads(
        "A bomb planted by Basque separatists wounded two policemen in the Spanish town of Irun."
    )
    assert got
    assert not any("JAM" in a + r for _, a, r in got)
    assert any(r == ("ESP",) for _, _, r in got)


def test_an_accusation_that_clause_names_the_accused() -> None:
    got = _dyads("Uganda charged that Sudanese troops had shelled its border villages.")
    assert any(t == "ACCUSE" and a == ("UGA",) and r == ("SDN",) for t, a, r in got)


def test_the_moro_islamic_liberation_front_is_philippine() -> None:
    got = _dyads(
        "The Moro Islamic Liberation Front and the Manila government signed a truce in Kuala Lumpur."
    )
    assert got
    assert not any("MYS" in a + r for _, a, r in got)
    assert any("PHL" in a for _, a, _ in got)


def test_a_claim_reported_by_another_party_names_no_accused() -> None:
    got = _dyads(
        "The Syrian envoy condemned the U.N. claim that thousands of rebels remained in Idlib."
    )
    assert any(t == "ACCUSE" and r == ("IGO",) for t, _, r in got)


def test_the_venue_of_an_accord_is_no_party() -> None:
    got = _dyads(
        "Negotiators for the Nepalese government and the Maoist rebels initialled a draft "
        "accord on Monday in New Delhi."
    )
    assert any(t == "AGREE" and "NPL" in a for t, a, _ in got)
    assert not any("IND" in a + r for _, a, r in got)

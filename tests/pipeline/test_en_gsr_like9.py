"""English GSR-like set 9 and the open misses (h-en22): refusals with "declined to" and the
recipient of a refused act, phrasal and light verbs whose own phrase beats a longer gapped
pattern ("backed down on planned ...", "voiced support for the ... opposition"), and
concession, refusal, protest, deployment and sanction wordings. The sentences are
inventions (none is a sentence of the sets); expected values written by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads


def _dyads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return dyads(text, language="en")


def _of(text: str, event_type: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [d for d in _dyads(text) if d[0] == event_type]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Egypt declined to recognise the new Sudanese military council.", "EGY", "SDN"),
        ("Syria refused to recognise the new Lebanese government.", "SYR", "LBN"),
        (
            "The Thai junta declined to allow U.N. monitors into the northern provinces.",
            "THA",
            "IGO",
        ),
    ],
)
def test_a_refusal_is_made_to_the_party_of_the_refused_act(
    text: str, actor: str, recipient: str
) -> None:
    assert _of(text, "REJECT") == [("REJECT", (actor,), (recipient,))]


@pytest.mark.parametrize(
    "text",
    [
        "A Foreign Office spokesman declined to comment on the report.",
        "The Zambian minister declined to be named.",
        "Exports from Argentina showed a decline to 3 percent in March.",
    ],
)
def test_no_comment_and_the_noun_decline_are_no_refusal(text: str) -> None:
    assert not _of(text, "REJECT")


def test_backing_down_on_a_plan_is_a_concession_not_support() -> None:
    text = "The Peruvian government backed down on its planned rise in fuel taxes."
    assert [d[0] for d in _dyads(text)] == ["CONCEDE"]


def test_voiced_support_for_an_opposition_is_support_not_disapproval() -> None:
    text = "The Kenyan president voiced support for the Ugandan opposition's call for elections."
    assert _of(text, "SUPPORT") == [("SUPPORT", ("KEN",), ("UGA",))]
    assert not _of(text, "ACCUSE")


def test_voiced_opposition_to_a_proposal_stays_disapproval() -> None:
    assert _of("Germany voiced strong opposition to the Turkish proposal.", "ACCUSE") == [
        ("ACCUSE", ("DEU",), ("TUR",))
    ]


def test_prepared_to_resume_shelling_keeps_the_longer_reading() -> None:
    text = "The Serbian army prepared to resume shelling Croatian positions."
    assert not _of(text, "AGREE")


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        (
            "Bolivia's government gave way to the demands of coca growers on Monday.",
            "CONCEDE",
            "BOL",
            "BOL",
        ),
        ("Tehran snubbed a French invitation to attend the conference.", "REJECT", "IRN", "FRA"),
        (
            "More than 200 Kurdish inmates refused food in prisons across Turkey.",
            "PROTEST",
            "TUR",
            "TUR",
        ),
        ("Nigeria rushed troops to its border with Cameroon.", "MOBILIZE", "NGA", "CMR"),
        ("Japan halted shipments of rice to North Korea after the test.", "SANCTION", "JPN", "PRK"),
    ],
)
def test_set9_wordings(text: str, event_type: str, actor: str, recipient: str) -> None:
    assert _of(text, event_type) == [(event_type, (actor,), (recipient,))]


def test_a_refused_meal_is_a_hunger_strike_not_a_refusal() -> None:
    assert not _of("Jailed Basque activists refused food for a second week.", "REJECT")


def test_a_peace_deal_clinched_by_two_sides_is_an_agreement() -> None:
    text = "Chad and Sudan clinched a peace deal in Tripoli on Friday."
    got = _of(text, "AGREE")
    assert len(got) == 1 and set(got[0][1] + got[0][2]) == {"TCD", "SDN"}
    assert not _of(text, "COOPERATE")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("A border agreement was signed in Lusaka by Chile and Mexico.", {"CHL", "MEX"}),
        (
            "An agreement on border trade was reached by Laos and Thailand after three days of talks.",
            {"LAO", "THA"},
        ),
        (
            "A truce agreement was signed in Geneva by the Angolan government and UNITA rebels late on Sunday.",
            {"AGO"},
        ),
    ],
)
def test_the_by_agents_of_a_passive_agreement_are_its_sides(text: str, sides: set[str]) -> None:
    got = _of(text, "AGREE")
    assert len(got) == 1 and set(got[0][1] + got[0][2]) == sides


def test_an_agreement_welcomed_by_a_body_is_not_made_by_it() -> None:
    text = "The agreement was welcomed by the European Union."
    assert not [d for d in _of(text, "AGREE") if "IGO" in d[1] + d[2]]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Vietnam released the jailed dissident Nguyen Van Ly on Friday.", "VNM", "VNM"),
        ("Iran freed the journalist Roxana Saberi on Monday.", "IRN", "IRN"),
    ],
)
def test_a_title_word_opening_a_name_is_the_released_patient(
    text: str, actor: str, recipient: str
) -> None:
    assert _of(text, "RETREAT") == [("RETREAT", (actor,), (recipient,))]


def test_an_ended_occupation_is_a_withdrawal() -> None:
    assert _of("Vietnam ended its occupation of Cambodia in 1989.", "RETREAT") == [
        ("RETREAT", ("VNM",), ("KHM",))
    ]

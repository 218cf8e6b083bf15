"""English misses of the eighth GSR-like set shared with earlier sets (h-en20): refusals to
hand over or let in ("refused to hand over X to Y", "refused to allow U.N. inspectors"),
a mediator before "-brokered", counts opened by "about", joint operations against a third
party, signed ceasefire agreements, recognised election victories, reinforcements sent to a
border, weapons handed in, suicide bombers who blew themselves up. The sentences are
inventions; expected values written by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads, records


def _dyads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return dyads(text, language="en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Sudan refused to hand over the three suspects to Egypt.", "SDN", "EGY"),
        (
            "Serbia refused on Monday to hand over the archives of the army to a Dutch court.",
            "SRB",
            "NLD",
        ),
        ("North Korea refused to allow U.N. inspectors into the Yongbyon plant.", "PRK", "IGO"),
        ("Israel refused to let Egyptian doctors into the camp.", "ISR", "EGY"),
    ],
)
def test_a_refused_handover_or_entry_is_made_to_who_would_gain_it(
    text: str, actor: str, recipient: str
) -> None:
    got = [d for d in _dyads(text) if d[0] == "REJECT"]
    assert got == [("REJECT", (actor,), (recipient,))]


def test_a_refusal_with_no_party_after_the_verb_keeps_none_of_the_place() -> None:
    # the place let into is no party: Iraq's own palaces
    got = [
        d
        for d in _dyads("Iraq refused to allow the inspectors into its palaces.")
        if d[0] == "REJECT"
    ]
    assert got and all("IRQ" not in r for _, _, r in got)


def test_a_mediator_before_brokered_is_no_recipient_of_the_agreement() -> None:
    got = _dyads(
        "The Angolan government and the UNITA rebels signed a Zambian-brokered ceasefire "
        "agreement on Tuesday."
    )
    assert ("AGREE", ("AGO",), ()) in got
    assert not any("ZMB" in r for _, _, r in got)


@pytest.mark.parametrize(
    ("text", "etype", "actor"),
    [
        (
            "About 1,500 fighters of the Lord's Resistance Army attacked a village in the north.",
            "ASSAULT",
            "UGA",
        ),
        (
            "Around 800 members of the Revolutionary United Front handed in their guns on Friday.",
            "RETREAT",
            "SLE",
        ),
    ],
)
def test_about_before_a_number_is_no_preposition(text: str, etype: str, actor: str) -> None:
    got = [d for d in _dyads(text) if d[0] == etype]
    assert got and got[0][1] == (actor,)


def test_about_as_a_preposition_still_governs_its_phrase() -> None:
    # "talks about 300 refugees": the refugees are what the talks are about, not the talkers
    got = _dyads(
        "Greek and Turkish ministers held talks about 300 refugees stranded at the border."
    )
    assert all(a != () for _, a, _ in got)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Peruvian and Bolivian police carried out a joint operation against smugglers on Lake Titicaca.",
            "COOPERATE",
        ),
        ("Kenya and Somalia carried out a coordinated operation against pirates.", "COOPERATE"),
        (
            "The Nepalese government and the Maoists signed a ceasefire agreement in Kathmandu.",
            "AGREE",
        ),
        (
            "The Kenyan election board recognised opposition victories in five districts after a recount.",
            "CONCEDE",
        ),
        ("Pakistan sent reinforcements to its border with Afghanistan on Monday.", "MOBILIZE"),
        ("Some 400 Liberian militiamen handed in their weapons to peacekeepers.", "RETREAT"),
        ("A suicide bomber blew himself up outside a police station in Karachi.", "ASSAULT"),
        (
            "The Zambian government suspended a private radio station over a phone-in programme.",
            "COERCE",
        ),
        ("India backed Nepal's position on the border talks.", "SUPPORT"),
    ],
)
def test_shared_miss_shapes_give_their_type(text: str, etype: str) -> None:
    assert etype in {d[0] for d in _dyads(text)}


def test_joint_operation_is_not_an_attack_on_its_target() -> None:
    got = _dyads("Peruvian and Bolivian police carried out a joint operation against smugglers.")
    assert "ASSAULT" not in {d[0] for d in got}


def test_sent_reinforcements_is_no_offer_of_aid() -> None:
    got = _dyads("Pakistan sent reinforcements to its border with Afghanistan on Monday.")
    assert "AGREE" not in {d[0] for d in got}


def test_backing_into_a_position_is_no_support_for_a_position() -> None:
    rs = records("Moscow has backed him into a winning position on the battlefield.", language="en")
    assert not any(r.event_type == "SUPPORT" and "position" in r.evidence.trigger.text for r in rs)


def test_suicide_bomber_is_the_doer_with_his_group() -> None:
    got = _dyads(
        "A suicide bomber from the militant group Islamic Jihad blew himself up at a bus stop in Haifa."
    )
    assert ("ASSAULT", ("PSE",), ("ISR",)) in got

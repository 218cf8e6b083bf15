"""English classes found missing by the sixth invented GSR-like probe set
(``bench/probes/en_gsr_like6.jsonl``: concessions, cooperation, aid, withdrawals,
investigations, passive and nominal shapes). The sentences here are further inventions, not
the probes themselves; expected values written by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads, records


def _dyads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return dyads(text, language="en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an approved loan is aid, not an approval
        (
            "The World Bank approved a $300 million loan to Ghana on Monday.",
            ("AID", ("IGO",), ("GHA",)),
        ),
        # aid flown in the passive: the "by" party gives, the "to" party receives
        (
            "Tents and blankets were flown to Pakistan by Turkish air force planes.",
            ("AID", ("TUR",), ("PAK",)),
        ),
        (
            "Norway sent a team of rescue workers to Iran after the earthquake.",
            ("AID", ("NOR",), ("IRN",)),
        ),
        # a single diplomat expelled is a sanction, as the plural
        ("Latvia expelled a Russian diplomat for spying.", ("SANCTION", ("LVA",), ("RUS",))),
        # a court throwing out a petition refuses what was asked
        (
            "Peru's Constitutional Court threw out an opposition petition against the new law.",
            ("REJECT", ("PER",), ("PER",)),
        ),
        # the Commonwealth is an international body
        (
            "The Commonwealth suspended Pakistan's membership on Monday after the coup.",
            ("SANCTION", ("IGO",), ("PAK",)),
        ),
    ],
)
def test_lexicon_classes(text: str, expected: tuple) -> None:
    assert expected in _dyads(text)


def test_joint_operation_launched_is_cooperation_not_an_attack() -> None:
    got = _dyads("Thai and Burmese police launched a joint operation against heroin traffickers.")
    assert any(t == "COOPERATE" and set(a) | set(r) >= {"THA", "MMR"} for t, a, r in got)
    assert not any(t == "ASSAULT" for t, _, _ in got)


def test_joint_commission_set_up_by_both_sides() -> None:
    got = _dyads("Chad and Sudan set up a joint commission on Monday to police their border.")
    assert any(t == "COOPERATE" and set(a) | set(r) == {"TCD", "SDN"} for t, a, r in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people handed over: cooperation with the party they go to
        (
            "Three suspected Basque militants were handed over to France by Spanish police.",
            ("COOPERATE", ("ESP",), ("FRA",)),
        ),
        (
            "Kenya handed over to Uganda five suspected rebel commanders on Friday.",
            ("COOPERATE", ("KEN",), ("UGA",)),
        ),
    ],
)
def test_people_handed_over(text: str, expected: tuple) -> None:
    assert expected in _dyads(text)


def test_goods_handed_over_stay_aid() -> None:
    got = _dyads("German doctors handed over two tonnes of medicine to the Red Crescent in Iran.")
    assert any(t == "AID" and a == ("DEU",) for t, a, _ in got)
    assert not any(t == "COOPERATE" for t, _, _ in got)


def test_investigation_into_an_act_is_aimed_at_its_doer() -> None:
    text = (
        "A court in Madrid opened an investigation on Monday into the torture of detainees "
        "by Civil Guard officers."
    )
    recs = [r for r in records(text, language="en") if r.event_type == "ACCUSE"]
    assert recs and any(
        r.mode == "investigate" and [(a.country, a.sector) for a in r.recipient] == [("ESP", "COP")]
        for r in recs
    )


def test_agent_after_by_does_not_take_the_victims_country() -> None:
    text = "The Turkish army is investigating the killing of a Syrian teenager by soldiers."
    recs = records(text, language="en")
    attack = [r for r in recs if r.event_type == "ASSAULT"]
    assert attack and [a.country for a in attack[0].actor] == ["TUR"]
    assert [a.country for a in attack[0].recipient] == ["SYR"]
    probe = [r for r in recs if r.event_type == "ACCUSE"]
    assert probe and [a.country for a in probe[0].recipient] == ["TUR"]


def test_election_boycott_addresses_the_home_government_only() -> None:
    got = _dyads("Opposition parties in Gabon boycotted the parliamentary elections.")
    assert ("PROTEST", ("GAB",), ("GAB",)) in got
    # the boycotted vote names no target: a party named two clauses on is none
    got = _dyads(
        "Kurdish groups in Iraq, who had boycotted the vote, later asked American troops to stay."
    )
    assert not any(t == "PROTEST" and "USA" in r for t, _, r in got)


def test_ruling_party_expelling_members_is_a_sanction() -> None:
    recs = records("Kenya's ruling party expelled four MPs on Tuesday.", language="en")
    assert any(r.event_type == "SANCTION" and r.mode == "expel" for r in recs)
    assert not any(r.event_type == "COERCE" for r in recs)


def test_accepted_proposal_by_a_party_is_addressed_to_it() -> None:
    got = _dyads("The Angolan government accepted on Monday a proposal by UNITA rebels for talks.")
    assert ("AGREE", ("AGO",), ("AGO",)) in got


def test_victims_passive_and_the_attack_noun_after_in_are_one_attack() -> None:
    got = _dyads("Six soldiers were killed in an ambush by Maoist rebels in eastern Nepal.")
    attacks = [(a, r) for t, a, r in got if t == "ASSAULT"]
    assert attacks == [(("NPL",), ("NPL",))]


def test_planes_stand_for_the_forces_that_fly_them() -> None:
    recs = records("Ethiopian government planes bombed a market in Eritrea.", language="en")
    assert any(
        r.event_type == "ASSAULT" and r.mode == "aerial" and [a.country for a in r.actor] == ["ETH"]
        for r in recs
    )


def test_released_members_of_a_group() -> None:
    got = _dyads("The Colombian government released 30 jailed members of the FARC on Friday.")
    assert any(t == "RETREAT" and a == ("COL",) for t, a, _ in got)
    # a report released names no captives
    got = _dyads("Colombia released a report on the FARC and its members on Friday.")
    assert not any(t == "RETREAT" for t, _, _ in got)


def test_withdrawal_noun_from_a_country() -> None:
    got = _dyads("Vietnam's withdrawal from Cambodia was completed in September.")
    assert ("RETREAT", ("VNM",), ("KHM",)) in got


def test_inspectors_at_work_investigate_the_country_of_the_site() -> None:
    recs = records(
        "UN inspectors began checking a missile plant in Libya on Monday.", language="en"
    )
    assert any(
        r.event_type == "ACCUSE"
        and r.mode == "investigate"
        and [a.country for a in r.actor] == ["IGO"]
        and [a.country for a in r.recipient] == ["LBY"]
        for r in recs
    )

"""English news constructions that hid an event or its parties (sentences written for these
tests; expected values written by hand)."""

from __future__ import annotations

import pytest

from eventwire.api import extract
from eventwire.pipeline.nlp import get_nlp
from tests.pipeline.extracted import dyads


def _dyads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return dyads(text, language="en")


def test_an_abbreviation_joined_by_a_hyphen_is_split_like_a_word() -> None:
    words = [t.text for t in get_nlp("en")("U.S.-led troops and U.N.-backed monitors")]
    assert words[:3] == ["U.S.", "-", "led"]
    assert words[5:8] == ["U.N.", "-", "backed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country that leads the forces is theirs; "led" is no verb of the sentence
        (
            "U.S.-led forces shelled Iraqi positions near Basra on Monday.",
            ("ASSAULT", ("USA",), ("IRQ",)),
        ),
        (
            "Kenyan-led troops attacked Somali militants on Friday.",
            ("ASSAULT", ("KEN",), ("SOM",)),
        ),
    ],
)
def test_a_led_compound_names_the_forces_country_and_triggers_nothing(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    got = _dyads(text)
    assert expected in got
    assert all(t != "ACCUSE" for t, _, _ in got)


def test_a_joint_act_after_the_main_clause_has_its_subject_as_the_other_side() -> None:
    got = _dyads("Ethiopian troops took the town of Baidoa after heavy fighting with militias.")
    (rec,) = [g for g in got if g[0] == "ASSAULT"]
    assert rec[1] == ("ETH",)


def test_the_object_of_the_main_verb_is_not_the_other_side() -> None:
    got = _dyads("The Greek minister left Ankara after talks with Turkish officials.")
    assert ("CONSULT", ("GRC",), ("TUR",)) in got or ("CONSULT", ("TUR",), ("GRC",)) in got


@pytest.mark.parametrize(
    "text",
    [
        "Half of the Colombian guerrillas have been demobilized.",
        "Two thirds of the Colombian guerrillas were disarmed last year.",
    ],
)
def test_disarmed_in_the_passive_with_no_agent_are_the_ones_who_yield(text: str) -> None:
    (rec,) = [r for r in extract(text, language="en", keep_unplaced=True)]
    assert rec.event_type == "RETREAT"
    assert [(a.country, a.sector) for a in rec.actor] == [("COL", "REB")]
    # they give up their arms to the state they fought
    assert [(a.country, a.sector) for a in rec.recipient] == [("COL", "GOV")]


def test_disarmed_by_a_named_force_keeps_that_force_as_actor() -> None:
    (rec,) = extract(
        "Hundreds of Congolese militiamen were disarmed by UN peacekeepers.",
        language="en",
        keep_unplaced=True,
    )
    assert [a.country for a in rec.actor] == ["IGO"]
    assert [a.country for a in rec.recipient] == ["COD"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Zambian minister declined to step down despite growing pressure from the "
            "opposition.",
            ("ZMB", "OPP"),
        ),
        ("The Peruvian president refused to resign despite calls by Chile.", ("CHL", "GOV")),
    ],
)
def test_a_refusal_despite_pressure_is_addressed_to_who_presses(
    text: str, expected: tuple[str, str]
) -> None:
    (rec,) = [r for r in extract(text, language="en", keep_unplaced=True)]
    assert rec.event_type == "REJECT"
    assert [(a.country, a.sector) for a in rec.recipient] == [expected]


def test_pressure_told_in_another_sentence_names_no_recipient() -> None:
    recs = extract(
        "The Zambian minister declined to step down. Pressure from the opposition grew.",
        language="en",
        keep_unplaced=True,
    )
    (rec,) = [r for r in recs if r.event_type == "REJECT"]
    assert rec.recipient == []


@pytest.mark.parametrize(
    "text",
    [
        "Burmese soldiers forced out thousands of Karen villagers from their homes.",
        "Burmese soldiers forced the Karen villagers out of their homes.",
    ],
)
def test_forcing_people_out_is_a_deportation(text: str) -> None:
    (rec,) = [r for r in extract(text, language="en", keep_unplaced=True)]
    assert (rec.event_type, rec.mode) == ("COERCE", "deport")
    assert [a.country for a in rec.actor] == ["MMR"]


def test_forced_out_of_office_is_no_deportation() -> None:
    recs = extract(
        "The Greek premier was forced out of office by a revolt in his party.",
        language="en",
        keep_unplaced=True,
    )
    assert all(r.mode != "deport" for r in recs)


def test_forces_withdrawn_in_the_passive_leave_the_from_party() -> None:
    (rec,) = extract(
        "Two hundred Ethiopian soldiers were withdrawn from Somalia on Friday.",
        language="en",
        keep_unplaced=True,
    )
    assert (rec.event_type, rec.mode) == ("RETREAT", "withdraw")
    assert [(a.country, a.sector) for a in rec.actor] == [("ETH", "MIL")]
    assert [a.country for a in rec.recipient] == ["SOM"]


def test_a_recalled_envoy_is_no_withdrawing_force() -> None:
    recs = extract(
        "The Ethiopian ambassador was withdrawn from Somalia.", language="en", keep_unplaced=True
    )
    assert all(a.sector not in ("MIL", "REB") and a.country != "ETH" for r in recs for a in r.actor)


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        # a participle said of the group noun before it: the noun suffers the act
        ("Turkey released a British soldier jailed in Ankara.", "jailed", None, "GBR"),
        ("He is the sixth British volunteer killed in Syria.", "killed", None, "GBR"),
        ("Police questioned two Iranian students accused of spying.", "accused", None, "IRN"),
        # a name before it is the subject of an active verb
        ("Israel killed in airstrikes three Hamas commanders.", "killed", "ISR", None),
    ],
)
def test_a_reduced_relative_participle_is_passive(text, trigger, actor, recipient):
    import eventwire

    (rec,) = [
        r for r in eventwire.extract(text, language="en") if r.evidence.trigger.text == trigger
    ]
    if recipient:  # (the doer may be implied: the state that jails or accuses)
        assert recipient in {a.country for a in rec.recipient}
    if actor:
        assert {a.country for a in rec.actor} == {actor}


def test_expected_to_visit_is_a_probable_visit():
    import eventwire

    (rec,) = eventwire.extract(
        "The Saudi foreign minister is expected to visit Baghdad next week.", language="en"
    )
    assert rec.event_type == "CONSULT"
    assert rec.factuality.certainty == "probable" and rec.factuality.time == "future"


def test_sending_missiles_is_military_aid():
    import eventwire

    recs = eventwire.extract("Russia will send S-400 missiles to Turkey.", language="en")
    assert ("AID", ["RUS"], ["TUR"]) in [
        (r.event_type, [a.country for a in r.actor], [a.country for a in r.recipient]) for r in recs
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ideology word between the demonym and the group keeps the demonym's country
        (
            "Somali Islamist fighters attacked a Kenyan army post on Friday.",
            ("ASSAULT", ("SOM",), ("KEN",)),
        ),
        (
            "Irish nationalist gunmen shot two British soldiers on Monday.",
            ("ASSAULT", ("IRL",), ("GBR",)),
        ),
        # settlers called Jewish are Israeli, wherever the act happens
        (
            "Jewish settlers attacked Palestinian farmers near Hebron on Saturday.",
            ("ASSAULT", ("ISR",), ("PSE",)),
        ),
    ],
)
def test_group_demonyms(text, expected) -> None:
    assert expected in _dyads(text)


def test_a_noun_verb_homograph_opens_longer_cameo_patterns_only_as_a_verb() -> None:
    # "forces" is the plural noun here: no "force * police" expulsion
    kinds = {
        (r.event_type, r.mode)
        for r in extract(
            "The peacekeeping forces' military police detained two soldiers in Juba.",
            language="en",
            keep_unplaced=True,
        )
    }
    assert kinds == {("COERCE", "arrest")}
    # the verb forms still open them
    kinds = {
        (r.event_type, r.evidence.trigger.text)
        for r in extract(
            "The army is forcing refugees back across the border.",
            language="en",
            keep_unplaced=True,
        )
    }
    assert ("SANCTION", "forcing refugees") in kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police fired on protesters in Dhaka on Monday.", ("ASSAULT", ("BGD",), ("BGD",))),
        ("Soldiers were firing on the crowd in Yangon.", ("ASSAULT", ("MMR",), ("MMR",))),
    ],
)
def test_firing_on_people_is_an_assault(text, expected) -> None:
    assert expected in _dyads(text)


def test_a_fire_on_a_floor_is_no_assault() -> None:
    assert _dyads("A fire on the third floor of the ministry in Cairo was put out.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regions of news that are no single first-level unit name their country
        ("Rebels attacked an army base in Darfur on Friday.", ("ASSAULT", ("SDN",), ("SDN",))),
        ("Rebels attacked an army base in Kivu on Friday.", ("ASSAULT", ("COD",), ("COD",))),
        (
            "The Somaliland Teachers Association protested against the new tax.",
            ("PROTEST", ("SOM",), ("SOM",)),
        ),
    ],
)
def test_regions_name_their_country(text, expected) -> None:
    assert expected in _dyads(text)

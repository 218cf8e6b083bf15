"""English open misses of the GSR-like sets, round 3 (h-en23): aid and forces sent "to" a
place go to that place's country (rule recipient.destination_place). The sentences are
inventions; expected values written by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads


def _dyads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return dyads(text, language="en")


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        (
            "Dutch relief teams airlifted medicine to flood victims in northern Kenya.",
            "AID",
            "NLD",
            "KEN",
        ),
        (
            "The German relief teams flew tents and blankets to quake survivors in eastern Turkey.",
            "AID",
            "DEU",
            "TUR",
        ),
        # relief sent at home goes to the sender's own people (docs/conventions.md)
        (
            "The Mexican government flew food and blankets to flood victims in Tabasco.",
            "AID",
            "MEX",
            "MEX",
        ),
    ],
)
def test_aid_and_forces_sent_to_a_place_go_to_its_country(
    text: str, etype: str, actor: str, recipient: str
) -> None:
    got = [d for d in _dyads(text) if d[0] == etype]
    assert got == [(etype, (actor,), (recipient,))]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # the place of a meeting, with no destination word, is not where the aid goes
        ("The European Union approved 20 million euros in aid at a meeting in Brussels.", "AID"),
        # troops deployed in a city of their own country: no destination named
        (
            "India deployed thousands of paramilitary troops in Srinagar before the vote.",
            "MOBILIZE",
        ),
        # the destination phrase ends before a later place ("after a stop in Malta")
        (
            "The frigate was deployed to the eastern Mediterranean this week after a stop in Malta.",
            "MOBILIZE",
        ),
    ],
)
def test_a_place_that_is_no_destination_gives_no_recipient(text: str, etype: str) -> None:
    got = [d for d in _dyads(text) if d[0] == etype]
    assert all(d[2] == () for d in got)


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta sent 1,500 extra troops to Aceh after the election.",
        "Thailand rushed 3,000 riot police to Chiang Mai after clashes between rival groups.",
    ],
)
def test_forces_sent_to_a_place_at_home_face_no_one_it_names(text: str) -> None:
    # a deployment at home has no recipient unless a party is named as its target
    # (docs/conventions.md, "a state mobilising its own forces"; session 17)
    got = [d for d in _dyads(text) if d[0] == "MOBILIZE"]
    assert len(got) == 1
    assert got[0][2] == ()


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "A drone operated by the Pentagon killed four suspected militants in southern Somalia.",
            "SOM",
        ),
        ("Kenyan jets bombed rebel positions outside Kismayo on Sunday.", "SOM"),
        ("French troops killed 20 jihadists in northern Mali.", "MLI"),
    ],
)
def test_unnamed_fighters_struck_abroad_are_the_places(text: str, recipient: str) -> None:
    got = [d for d in _dyads(text) if d[0] == "ASSAULT"]
    assert [d[2] for d in got] == [(recipient,)]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # at home: the context's country stays
        ("Turkish troops killed 12 rebels in the southeastern province of Hakkari.", "TUR"),
        # a group named by a word the resolver does not read keeps the context's reading
        ("Turkish warplanes bombed suspected Kurdish rebel camps in northern Iraq.", "TUR"),
    ],
)
def test_fighters_at_home_or_named_keep_their_country(text: str, recipient: str) -> None:
    got = [d for d in _dyads(text) if d[0] == "ASSAULT"]
    assert [d[2] for d in got] == [(recipient,)]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan students occupied the education ministry in Nairobi on Monday.",
        "Opposition deputies occupied the speaker's podium in the Georgian parliament.",
    ],
)
def test_people_occupying_a_building_protest(text: str) -> None:
    types = {d[0] for d in _dyads(text)}
    assert "PROTEST" in types and "COERCE" not in types


def test_troops_occupying_a_town_still_coerce() -> None:
    types = {d[0] for d in _dyads("Israeli troops occupied the town of Jenin.")}
    assert types == {"COERCE"}


def test_a_crowd_stoning_an_embassy_riots_but_stoning_a_person_is_an_assault() -> None:
    assert {d[0] for d in _dyads("Protesters stoned the British embassy in Tehran.")} == {"PROTEST"}
    assert {d[0] for d in _dyads("Villagers stoned a woman to death in northern Nigeria.")} == {
        "ASSAULT"
    }


def test_accepting_a_framework_or_road_map_is_an_agreement() -> None:
    for text in (
        "Eritrea accepted an African Union framework for peace on Monday.",
        "The rebels accepted the Norwegian road map on Sunday.",
    ):
        assert "AGREE" in {d[0] for d in _dyads(text)}, text

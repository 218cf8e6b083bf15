"""English classes found missing by the seventh invented GSR-like probe set
(``bench/probes/en_gsr_like7.jsonl``): demands for the release of jailed people, attackers
told by their weapon ("a drone launched by", "a bomb planted by"), concessions made under a
named party's pressure, and trigger rows of refusals, sanctions, pleas and mobilisations.
The sentences here are further inventions, not the probes themselves; expected values
written by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads, records


def _dyads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return dyads(text, language="en")


def test_demand_for_release_of_jailed_people_is_a_request_not_an_arrest() -> None:
    got = _dyads("Striking miners in Bolivia demanded the release of their jailed union leaders.")
    assert any(t == "REQUEST" and a == ("BOL",) for t, a, _ in got)
    assert not any(t == "COERCE" for t, _, _ in got)


def test_drone_launched_by_names_the_attacker() -> None:
    recs = records(
        "A drone launched by the Pakistani army killed four suspected militants near the "
        "Afghan border on Friday.",
        language="en",
    )
    attacks = [r for r in recs if r.event_type == "ASSAULT"]
    assert attacks
    assert any({a.country for a in r.actor} == {"PAK"} for r in attacks)
    assert any(w.rule == "actor.instrument_agent" for r in attacks for w in r.why)


def test_shells_fired_by_replace_the_demonym_of_the_target() -> None:
    got = _dyads("Shells fired by Armenian forces killed two Azerbaijani villagers on Sunday.")
    assert any(t == "ASSAULT" and a == ("ARM",) for t, a, _ in got)
    assert not any(t == "ASSAULT" and a == ("AZE",) for t, a, _ in got)


def test_bomb_planted_by_in_a_when_clause_is_one_attack() -> None:
    recs = records(
        "Three Indian soldiers were killed when a landmine planted by Naxalite rebels "
        "exploded under their jeep in Chhattisgarh.",
        language="en",
    )
    attacks = [r for r in recs if r.event_type == "ASSAULT" and (r.actor or r.recipient)]
    assert len(attacks) == 1
    assert {a.country for a in attacks[0].actor} == {"IND"}
    assert {a.sector for a in attacks[0].actor} == {"REB"}


def test_no_agent_without_the_link() -> None:
    # a weapon named with no "by" phrase: the doer is not guessed from another party
    got = _dyads("A bomb exploded outside the Greek embassy in Ankara on Monday.")
    assert not any(t == "ASSAULT" and "GRC" in a for t, a, _ in got)


def test_concession_under_pressure_goes_to_the_pressing_party() -> None:
    got = _dyads(
        "Under pressure from Brussels, Croatia eased restrictions on foreign ownership of farmland."
    )
    assert ("CONCEDE", ("HRV",), ("IGO",)) in got or ("CONCEDE", ("HRV",), ("BEL",)) in got


def test_meeting_a_key_demand_is_a_concession_to_its_owner() -> None:
    got = _dyads(
        "Togo's government released 40 detainees on Tuesday, meeting a key demand of the "
        "opposition."
    )
    assert any(t == "CONCEDE" and a == ("TGO",) and r == ("TGO",) for t, a, r in got)
    assert not any(t == "REQUEST" and a == ("TGO",) for t, a, _ in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Indonesian army dismissed as false a report by Amnesty International that "
            "it had burned villages in Aceh.",
            "REJECT",
        ),
        ("Hanoi ruled out talks with the exiled opposition on Friday.", "REJECT"),
        ("The Kosovo Albanian parliament threw out the proposal on Monday.", "REJECT"),
        ("Canada imposed a ban on arms sales to Nigeria over the executions.", "SANCTION"),
        ("Families of the hostages pleaded with the Colombian government to negotiate.", "REQUEST"),
        ("Angola flew 2,000 soldiers into the Congo Republic on Thursday.", "MOBILIZE"),
        ("Farmers in the Rift Valley formed militias to protect their cattle.", "MOBILIZE"),
    ],
)
def test_trigger_rows(text: str, expected: str) -> None:
    assert expected in {t for t, _, _ in _dyads(text)}


def test_lords_resistance_army_is_a_ugandan_rebel_group() -> None:
    got = _dyads("The Lord's Resistance Army abducted 40 schoolgirls in northern Uganda.")
    assert any(t == "ASSAULT" and a == ("UGA",) for t, a, _ in got)


def test_missile_fired_from_a_drone_names_the_drone_owner() -> None:
    got = _dyads(
        "A missile fired from a Turkish drone killed three Kurdish fighters in northern Iraq."
    )
    assert any(t == "ASSAULT" and a == ("TUR",) for t, a, _ in got)


def test_scrapped_increase_is_a_concession_and_initialled_accord_an_agreement() -> None:
    assert "CONCEDE" in {
        t for t, _, _ in _dyads("The Ghanaian government scrapped a planned rise in fuel prices.")
    }
    got = _dyads("Israel and Jordan initialled an agreement on sharing water on Tuesday.")
    assert any(t == "AGREE" and set(a) | set(r) == {"ISR", "JOR"} for t, a, r in got)

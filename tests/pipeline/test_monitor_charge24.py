"""A monitor's charge (h-conv24, docs/conventions.md "abuse reported by a monitor"): English
"<monitor> said X had <abused> Y" is the monitor's ACCUSE with X as recipient; a trailing
"..., a rights group said" only sources the abuse. Sentences invented; expected values written
by hand from the convention."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads


@pytest.mark.parametrize(
    ("text", "abuser"),
    [
        ("Amnesty International said Malian soldiers had tortured prisoners.", "MLI"),
        ("Human Rights Watch said Nepalese police had beaten students.", "NPL"),
    ],
)
def test_monitor_said_abuse_is_its_accusation(text: str, abuser: str) -> None:
    got = dyads(text, language="en")
    assert ("ACCUSE", ("NGO",), (abuser,)) in got
    assert not any(d[0] == "ASSAULT" for d in got)


def test_trailing_rights_group_sources_the_abuse() -> None:
    got = dyads("Malian soldiers tortured prisoners, Amnesty International said.", language="en")
    assert any(d[0] == "ASSAULT" and d[1] == ("MLI",) for d in got)


def test_state_speaker_is_no_monitor() -> None:
    got = dyads("The Malian army said rebels had killed three soldiers in Gao.", language="en")
    assert not any(d[0] == "ACCUSE" for d in got)

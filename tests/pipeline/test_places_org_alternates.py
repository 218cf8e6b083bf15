"""A one-word organisation of the actor KB is no place, even where a GeoNames alternate name
spells it ("Hamas" is an alternate name of Hamm, Germany) and a locative cue precedes it."""

from __future__ import annotations

import pytest

from eventwire import extract


@pytest.mark.parametrize(
    "text",
    [
        "Il Qatar ha chiesto a Hamas di liberare gli ostaggi.",
        "Israele ha lanciato un ultimatum a Hamas.",
    ],
)
def test_organisation_is_not_its_namesake_town(text: str) -> None:
    events = extract(text, language="it", published="2025-03-01")
    assert events
    assert all(e.location is None or e.location.name != "Hamm" for e in events)


def test_a_capital_read_as_its_government_keeps_its_place() -> None:
    events = extract(
        "Il presidente egiziano è arrivato a Mosca per una visita ufficiale.",
        language="it",
        published="2025-03-01",
    )
    assert any(e.location is not None and e.location.country == "RUS" for e in events)


def test_a_place_named_entry_of_the_actor_kb_keeps_its_place() -> None:
    # "Gaza City" is an ORG of the actor KB with no sector, and only an alternate name of
    # the gazetteer: still the place of the attack
    events = extract(
        "Israeli helicopters fired rockets at a police station in Gaza City on Friday.",
        language="en",
        published="2024-03-01",
    )
    assert any(e.location is not None and e.location.country == "PSE" for e in events)

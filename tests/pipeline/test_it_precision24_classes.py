"""Held-out-like precision classes (session 18, h-prec24): the "da" phrase of another verb
read as the doer of an attack noun before it (rule argument.armed_body_genitive through
``ArgumentFinder.genitive``): the police a commando escaped from, those who condemned an
attack. Invented sentences; the first two failed before the change, the others are guards."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records

DAY = "2024-03-10"


def test_the_police_a_commando_escaped_from_did_not_ambush() -> None:
    text = (
        "Un commando ha colpito un posto di blocco a Balad. Dopo l'agguato sono riusciti a "
        "sfuggire dalla polizia."
    )
    for r in records(text, DAY):
        if r.event_type == "ASSAULT":
            assert all(a.sector != "COP" for a in r.actor), r.actor


def test_who_condemned_an_attack_did_not_make_it() -> None:
    text = (
        "Il presidente ucraino ha accusato il governo russo dell'attacco alla base navale. "
        "L'attacco è condannato dal governo francese e dalle Nazioni Unite."
    )
    found = dyads(text, DAY)
    assert any(d[0] == "ACCUSE" and "FRA" in d[1] for d in found), found
    assert not any(d[0] == "ASSAULT" and "FRA" in d[1] for d in found), found


def test_an_attack_launched_by_someone_is_his() -> None:
    # the passive of a light verb (light_verbs.tsv "lanciare"): its agent does the noun's act
    text = (
        "Il duro attacco è lanciato da Mario Rossi, giornalista de L'Espresso, dal palco del "
        "teatro di Milano."
    )
    assert ("ACCUSE", ("ITA",), ("ITA",)) in dyads(text, DAY)


def test_an_army_attack_by_agent_phrase_keeps_its_doer() -> None:
    text = "Nuovo attacco da parte dell'esercito siriano contro i quartieri di Aleppo."
    found = dyads(text, DAY)
    assert any(d[0] == "ASSAULT" and d[1] == ("SYR",) for d in found), found

"""Italian recall classes found on the blind recall seed 1313 by the session-17 recall helper:
a head of state welcoming a foreign guest ("accolto dal presidente ..."), and a noun trigger
that is the object of a verb + noun + preposition phrase ("dare vita a", "dare luogo a",
"prendere parte a"), owned by the clause subject as a light verb's object is (sentences
written for these tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records


def _consults(dy: list[tuple]) -> list[tuple]:
    return [d for d in dy if d[0] == "CONSULT"]


def test_a_guest_welcomed_by_a_head_of_state_is_a_meeting_of_the_two() -> None:
    # the passive participle opening the sentence, the guest its subject after the comma
    dy = dyads(
        "Accolto dal presidente portoghese all'aeroporto, il re di Spagna ha salutato la folla."
    )
    assert any(set(d[1]) | set(d[2]) == {"PRT", "ESP"} for d in _consults(dy)), dy
    # the active, the guest the object
    dy = dyads("Il presidente francese ha accolto il cancelliere tedesco all'Eliseo.")
    assert any(set(d[1]) | set(d[2]) == {"FRA", "DEU"} for d in _consults(dy)), dy


def test_welcoming_what_is_no_foreign_government_person_is_no_meeting() -> None:
    # a request met, refugees taken in, a proposal welcomed, a minister cheered at home
    for text in (
        "Il governo greco ha accolto la richiesta della Turchia.",
        "Il sindaco ha accolto i profughi siriani arrivati in città.",
        "Il premier olandese ha accolto con favore la proposta della Commissione europea.",
        "Il ministro italiano è stato accolto con applausi dai sostenitori a Napoli.",
    ):
        assert not _consults(dyads(text)), text


def test_a_protest_given_life_by_its_subject_is_the_subject_s_own() -> None:
    dy = dyads(
        "Migliaia di studenti cileni hanno dato vita a un corteo davanti al palazzo presidenziale."
    )
    assert any(d[0] == "PROTEST" and d[1] == ("CHL",) for d in dy), dy
    dy = dyads(
        "Ieri sera la popolazione marocchina ha dato luogo a manifestazioni di piazza a Rabat."
    )
    assert any(d[0] == "PROTEST" and d[1] == ("MAR",) for d in dy), dy


def test_taking_part_in_a_protest_makes_the_subject_its_actor() -> None:
    # not the country of the place it was held in
    dy = dyads("I minatori polacchi hanno preso parte alla protesta a Berlino.")
    assert any(d[0] == "PROTEST" and d[1] == ("POL",) for d in dy), dy
    assert not any(d[0] == "PROTEST" and "DEU" in d[1] for d in dy), dy


def test_other_verbs_before_a_preposition_own_no_act() -> None:
    # referring to a protest, or putting an end to it, is not protesting: the subject is
    # not made the protest's actor
    for text in (
        "Il ministro greco ha fatto riferimento alla manifestazione di ieri.",
        "Il governo turco ha posto fine alla protesta.",
    ):
        for r in records(text):
            if r.event_type == "PROTEST":
                rules = [w.rule for w in r.why if w.field == "actor"]
                assert "argument.clause_subject" not in rules, (text, rules)

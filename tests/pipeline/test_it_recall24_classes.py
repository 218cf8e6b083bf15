"""Italian recall classes found on the blind recall seed 1414 and the open misses of the
development seeds by the session-18 recall helper: a stance predicate after a copula said by
a reporting verb's speaker ("X ha detto che la scelta di Y è inaccettabile": X blames Y, Y
does not blame), a verbal act said to have come from a party ("critiche sono arrivate anche
dal ..."), walking out of talks or a summit, and a show of force by military aircraft
(sentences written for these tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads


def _of(dy: list[tuple], etype: str) -> list[tuple]:
    return [d for d in dy if d[0] == etype]


def test_a_stance_said_by_a_speaker_is_his_and_aimed_at_the_owner_of_the_thing_judged() -> None:
    # the owner of the judged thing named by "di", by a demonym, by "da"; the speaker before
    # (a "che" clause) or after (a postposed "ha detto") the judgement
    for text, actor, recipient in (
        (
            "Il premier polacco ha dichiarato che le richieste di Mosca sono inaccettabili.",
            "POL",
            "RUS",
        ),
        (
            "«Le sanzioni americane sono inaccettabili», ha detto il portavoce del governo cinese.",
            "CHN",
            "USA",
        ),
        (
            "Il governo spagnolo ha affermato che il comportamento del Marocco è vergognoso.",
            "ESP",
            "MAR",
        ),
        (
            "Le condizioni poste dalla Turchia sono inaccettabili, ha detto il ministro svedese.",
            "SWE",
            "TUR",
        ),
    ):
        dy = _of(dyads(text), "ACCUSE")
        assert any(d[1] == (actor,) and d[2] == (recipient,) for d in dy), (text, dy)
        assert not any(recipient in d[1] for d in dy), (text, dy)


def test_a_stance_verb_s_subject_and_a_judgement_of_no_party_keep_their_readings() -> None:
    # "definire inaccettabile X": the subject of the verb holds the stance, X is its object
    dy = _of(
        dyads("Il ministro greco ha definito inaccettabile la scelta della Turchia."), "ACCUSE"
    )
    assert any(d[1] == ("GRC",) and d[2] == ("TUR",) for d in dy), dy
    # a judged thing that names no party: the speaker, no recipient made up
    dy = _of(dyads("Il ministro austriaco ha detto che la situazione è inaccettabile."), "ACCUSE")
    assert dy and all(d[1] == ("AUT",) and d[2] == () for d in dy), dy


def test_a_verbal_act_that_came_from_a_party_is_that_party_s() -> None:
    # an adverb between the verb and "da", a long name after it
    for text, actor in (
        ("Proteste sono arrivate anche dai sindaci di Napoli e di Bari, contrari ai tagli.", "ITA"),
        ("Dure critiche sono giunte anche dal presidente della Repubblica francese.", "FRA"),
        ("Condanne sono arrivate subito dal ministro degli Esteri del Canada.", "CAN"),
    ):
        dy = _of(dyads(text), "ACCUSE")
        assert any(d[1] == (actor,) for d in dy), (text, dy)


def test_walking_out_of_talks_or_a_summit_is_no_meeting() -> None:
    dy = dyads("La delegazione iraniana ha abbandonato i negoziati con gli Stati Uniti.")
    assert any(d[0] == "SANCTION" and d[1] == ("IRN",) and d[2] == ("USA",) for d in dy), dy
    assert not _of(dy, "CONSULT"), dy
    dy = dyads("Il premier ungherese ha abbandonato il vertice di Bruxelles.")
    assert any(d[0] == "PROTEST" and d[1] == ("HUN",) for d in dy), dy
    assert not _of(dy, "CONSULT"), dy


def test_military_aircraft_flown_over_a_place_is_a_show_of_force() -> None:
    dy = dyads("La Russia ha sorvolato con i suoi bombardieri le acque della Norvegia.")
    assert any(d[0] == "MOBILIZE" and d[1] == ("RUS",) for d in dy), dy
    # "sorvolare su" a matter is glossing over it; a helicopter over a disaster area is no force
    for text in (
        "Il ministro francese ha preferito sorvolare sulla questione dei migranti.",
        "Il presidente cileno ha sorvolato con l'elicottero le zone colpite dal terremoto.",
    ):
        assert not _of(dyads(text), "MOBILIZE"), text


def test_a_singular_latter_is_the_last_party_alone() -> None:
    # "quest'ultima" after "tra X e Y" is Y, not the pair; "queste ultime" may be the pair
    dy = dyads("Cresce la tensione tra Mosca e Kiev dopo che quest'ultima ha schierato truppe.")
    assert any(d[0] == "MOBILIZE" and d[1] == ("UKR",) for d in dy), dy
    dy = dyads(
        "Il governo turco ha criticato Francia e Germania, e queste ultime hanno minacciato "
        "sanzioni contro Ankara."
    )
    assert any(d[0] == "THREATEN" and d[1] == ("DEU", "FRA") for d in dy), dy

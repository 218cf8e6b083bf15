"""Italian parties the text leaves unexpressed where the act is told: a subject dropped after
an opening adjunct, the patient of a passive "quando" clause, the addressee of a relative
opened by a preposition (sentences written for these tests; expected values by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records

DAY = "2024-05-10"


def _rules(text: str, etype: str, field: str) -> list[tuple[str, str | None]]:
    """(rule, antecedent) of each decision on ``field`` of the ``etype`` records."""
    return [
        (w.rule, w.entry)
        for r in records(text, DAY)
        if r.event_type == etype
        for w in r.why
        if w.field == field
    ]


def test_a_subject_dropped_after_an_opening_adjunct_is_the_one_of_the_sentence_before() -> None:
    text = (
        "Il primo ministro spagnolo Pedro Sánchez è arrivato ieri a Rabat. Durante la visita "
        "ha incontrato il re del Marocco."
    )
    assert ("CONSULT", ("ESP",), ("MAR",)) in dyads(text, DAY)
    assert (
        "argument.zero_subject_after_adjunct",
        "primo ministro spagnolo Pedro Sánchez",
    ) in _rules(text, "CONSULT", "actor")


def test_the_dropped_subject_must_agree_with_the_verb() -> None:
    # "hanno" asks for a plural subject: the minister of the sentence before is not it
    text = (
        "Il ministro degli Esteri turco è arrivato a Baghdad. Al termine dei colloqui hanno "
        "accusato il governo iracheno di proteggere i ribelli."
    )
    assert not any(d[0] == "ACCUSE" and d[1] == ("TUR",) for d in dyads(text, DAY))


def test_an_article_after_the_adjunct_opens_a_subject_of_its_own() -> None:
    # "il fuoco" is the subject, though no party: the minister did not do it
    text = (
        "Il ministro dell'Interno greco è arrivato a Lesbo. Secondo le prime notizie, il fuoco "
        "ha distrutto il centro di accoglienza."
    )
    actors = [w.entry for r in records(text, DAY) for w in r.why if w.field == "actor"]
    assert not any("ministro" in (e or "") for e in actors[1:])
    assert "argument.zero_subject_after_adjunct" not in [
        w.rule for r in records(text, DAY) for w in r.why
    ]


def test_the_patient_of_a_passive_when_clause_is_the_main_subject() -> None:
    text = (
        "Un diplomatico olandese stava uscendo dall'ambasciata a Caracas quando è stato "
        "aggredito da un gruppo di uomini armati."
    )
    assert [d[2] for d in dyads(text, DAY) if d[0] == "ASSAULT"] == [("NLD",)]
    assert ("argument.subordinate_main_patient", "diplomatico olandese") in _rules(
        text, "ASSAULT", "recipient"
    )


def test_no_patient_when_the_main_clause_has_an_object_of_the_same_gender_and_number() -> None:
    # either the policeman or the thief could be the one attacked
    text = "Un poliziotto belga ha fermato un ladro quando è stato aggredito."
    assert not any(
        ("argument.subordinate_main_patient" == rule)
        for rule, _ in _rules(text, "ASSAULT", "recipient")
    )


def test_a_relative_after_a_names_the_addressee_and_the_main_subject_asks() -> None:
    text = (
        "Il presidente cileno ha telefonato al presidente argentino, al quale ha chiesto di "
        "riaprire il confine."
    )
    assert ("REQUEST", ("CHL",), ("ARG",)) in dyads(text, DAY)
    assert ("argument.prepositional_relative", "presidente argentino") in _rules(
        text, "REQUEST", "recipient"
    )


def test_the_antecedent_of_a_cui_is_not_taken_for_the_subject() -> None:
    text = (
        "La cancelliera austriaca ha ricevuto il premier ungherese, a cui ha chiesto di "
        "ritirare il veto."
    )
    requests = [d for d in dyads(text, DAY) if d[0] == "REQUEST"]
    assert requests == [("REQUEST", ("AUT",), ("HUN",))]


def test_a_passive_relative_clause_keeps_its_own_reading() -> None:
    # "ai quali è stato chiesto": asked by someone unnamed, not by the main subject
    text = (
        "Il ministro francese ha incontrato i ministri tedeschi, ai quali è stato chiesto di "
        "aumentare gli aiuti."
    )
    assert not any(d[0] == "REQUEST" and d[1] == ("FRA",) for d in dyads(text, DAY))

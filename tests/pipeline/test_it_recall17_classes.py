"""Italian headlines whose subject follows the verb, found on the held-out-like recall seeds
by the session-13 recall helper: "protesta" as a verb before its subject, and a headline's
topic before the colon that is not the subject (sentences written for these tests; the
expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads


def test_protesta_before_a_determiner_is_the_verb_with_its_subject_after() -> None:
    dy = dyads("Scuola: da Bologna protesta la CGIL contro i tagli del governo.")
    assert any(d[0] == "PROTEST" and d[1] == ("ITA",) for d in dy), dy


def test_the_noun_protesta_before_a_date_keeps_its_organisers() -> None:
    dy = dyads("I sindacati hanno organizzato una protesta la settimana scorsa a Roma.")
    assert [d[0] for d in dy] == ["PROTEST"]
    assert dy[0][1] == ("ITA",)


def test_a_headline_topic_before_the_colon_is_not_the_postverbal_subjects_place() -> None:
    dy = dyads("Ucraina: protestano i sindacati polacchi per il transito del grano.")
    assert [d[1] for d in dy if d[0] in ("PROTEST", "ACCUSE")] == [("POL",)], dy


def test_a_subject_before_the_verb_in_the_same_clause_is_kept() -> None:
    dy = dyads("Grano: il governo polacco protesta contro Kiev.")
    assert any(d[1] == ("POL",) for d in dy), dy


def test_attacking_in_the_words_quoted_before_the_speaker_is_a_charge() -> None:
    dy = dyads("«Mosca mente al mondo intero», ha attaccato il ministro della Difesa polacco.")
    assert [d[0] for d in dy] == ["ACCUSE"], dy
    assert dy[0][1] == ("POL",)


def test_an_army_attacking_stays_an_assault_when_a_spokesman_reports_it() -> None:
    dy = dyads("L'esercito turco ha attaccato i villaggi curdi, ha riferito il portavoce.")
    assert dy and dy[0][0] == "ASSAULT", dy


def test_a_quoted_word_of_blame_is_the_speakers_charge() -> None:
    dy = dyads("«Una scelta vergognosa», ha detto il presidente della Regione Lombardia.")
    assert [d[0] for d in dy] == ["ACCUSE"], dy
    dy = dyads(
        "Il ministro degli Esteri tedesco ha definito intollerabile il blocco imposto da Mosca."
    )
    assert any(d[0] == "ACCUSE" and d[1] == ("DEU",) and d[2] == ("RUS",) for d in dy), dy


def test_shame_felt_is_not_a_charge() -> None:
    assert dyads("Il ragazzo ha confessato di provare vergogna per il furto.") == []

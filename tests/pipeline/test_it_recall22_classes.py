"""Italian recall classes found on the blind recall seed 1212 by the session-16 recall helper:
a headline whose place label is followed by a comma ("Paese, arrestati ..."), a reflexive
"concedersi" (a treat, no concession), volunteers as a group of people, and Italian social
partners and education ministers the actor KB lacked (sentences written for these tests;
the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records


def test_a_comma_headline_names_those_the_participle_is_said_of() -> None:
    # the freed are the French tourists, not the label's country (its state may be the
    # article's other party: argument.lead_dyad_counterpart)
    dy = dyads("Kenya, liberati i tre turisti francesi sequestrati a marzo.")
    assert any(d[0] == "RETREAT" and d[2] == ("FRA",) for d in dy), dy
    assert not any(d[0] == "RETREAT" and "KEN" in d[2] for d in dy), dy


def test_a_comma_headline_arrest_keeps_the_state_of_the_label_as_arrester() -> None:
    dy = dyads("Egitto, arrestati due giornalisti britannici.")
    assert ("COERCE", ("EGY",), ("GBR",)) in dy, dy


def test_a_comma_headline_attack_has_an_unidentified_perpetrator() -> None:
    dy = dyads("Pakistan, rapiti tre missionari cinesi.")
    assert ("ASSAULT", (), ("CHN",)) in dy, dy
    assert not any(d[0] == "ASSAULT" and "PAK" in d[2] for d in dy), dy


def test_a_comma_after_a_subject_that_is_no_label_changes_nothing() -> None:
    # the place is a party of a longer clause, not a label alone before the comma
    dy = dyads("Roma, la polizia ha arrestato ieri due rapinatori albanesi.")
    assert ("COERCE", ("ITA",), ("ALB",)) in dy, dy
    # a participle with its "da" agent right after the comma is said of the place before it
    dy = dyads("Mosca, accusata da Kiev di aver invaso la Crimea, respinge le accuse.")
    assert ("ACCUSE", ("UKR",), ("RUS",)) in dy, dy


def test_a_reflexive_concedersi_is_no_concession() -> None:
    assert not [
        r
        for r in records("Il premier si era concesso una settimana di vacanza in Sardegna.")
        if r.event_type == "CONCEDE"
    ]
    assert not [
        r
        for r in records("Il ministro, concedendosi una pausa, è tornato a Roma.")
        if r.event_type == "CONCEDE"
    ]


def test_a_concession_after_another_reflexive_verb_still_counts() -> None:
    dy = dyads("Il governo si è detto pronto e ha concesso ai ferrovieri di Trenitalia un aumento.")
    assert ("CONCEDE", ("ITA",), ("ITA",)) in dy, dy


def test_volunteers_kidnapped_are_the_victims_not_the_kidnappers() -> None:
    dy = dyads("I tre volontari spagnoli rapiti a gennaio in Mali sono stati liberati ieri.")
    assert ("ASSAULT", (), ("ESP",)) in dy, dy
    assert ("RETREAT", (), ("ESP",)) in dy, dy
    assert not any(d[0] == "ASSAULT" and d[1] for d in dy), dy


def test_social_partners_have_their_country() -> None:
    dy = dyads(
        "La Marcegaglia e Bonanni hanno criticato la manovra del governo.",
        published="2010-06-01",
    )
    assert ("ACCUSE", ("ITA",), ("ITA",)) in dy, dy
    rec = next(
        r for r in records("Susanna Camusso ha criticato il governo.", published="2012-03-01")
    )
    assert {a.sector for a in rec.actor} == {"LAB"}, rec.actor


def test_education_ministers_are_government() -> None:
    rec = next(
        r
        for r in records(
            "Fioroni ha incontrato a Roma i sindacati della scuola.", published="2007-05-01"
        )
        if r.event_type == "CONSULT"
    )
    assert [(a.country, a.sector) for a in rec.actor] == [("ITA", "GOV")], rec.actor

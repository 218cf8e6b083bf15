"""Italian recall classes found on the blind recall seed 8080 by the session-14 recall helper:
a word of displeasure quoted as the object of a light verb, military exercises named with
their troops, verbal attacks told by "duro" / "duramente", a rampage, a town's name one
letter from a country's (sentences written for these tests; the expected values written by
hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads


def test_quoted_displeasure_after_a_light_verb_is_the_subjects_charge() -> None:
    dy = dyads(
        "Il governo turco ha espresso «profonda insoddisfazione» per la scelta del governo greco."
    )
    assert ("ACCUSE", ("TUR",), ("GRC",)) in dy, dy


def test_the_same_words_without_quotation_marks_read_alike() -> None:
    dy = dyads("Il governo turco ha espresso forte irritazione verso Atene.")
    assert ("ACCUSE", ("TUR",), ("GRC",)) in dy, dy


def test_a_quotation_of_someone_else_still_parts_the_speaker_from_its_words() -> None:
    # the quoted attack is the minister's words about others, no act of the minister
    dy = dyads("Il ministro ha detto: «L'attacco ai ribelli è stato respinto».")
    assert not any(d[0] in ("ASSAULT", "ACCUSE") and d[1] for d in dy), dy


def test_exercises_of_troops_with_their_demonym_are_a_mobilization_of_that_country() -> None:
    dy = dyads("Sono cominciate le esercitazioni delle truppe bielorusse vicino alla Polonia.")
    assert any(d[0] == "MOBILIZE" and d[1] == ("BLR",) for d in dy), dy


def test_a_hard_attack_in_words_is_a_charge_not_an_assault() -> None:
    dy = dyads("Il ministro degli Esteri francese ha attaccato duramente il governo italiano.")
    assert [d[0] for d in dy] == ["ACCUSE"], dy
    assert dy[0][1:] == (("FRA",), ("ITA",))


def test_a_judge_attacking_in_words_is_no_conviction() -> None:
    dy = dyads("Il giudice ha duramente attaccato il governo spagnolo.")
    assert dy and all(d[0] == "ACCUSE" for d in dy), dy


def test_a_court_condemning_is_still_a_sentence() -> None:
    dy = dyads("Il tribunale di Madrid ha condannato l'ex sindaco a due anni di carcere.")
    assert any(d[0] == "SANCTION" and d[1] == ("ESP",) for d in dy), dy


def test_putting_a_village_to_fire_and_sword_is_an_attack() -> None:
    dy = dyads("Centinaia di miliziani hanno messo a ferro e fuoco un villaggio vicino a Mosul.")
    assert any(d[0] == "ASSAULT" and d[2] == ("IRQ",) for d in dy), dy


def test_a_town_named_one_letter_from_a_country_is_no_such_country() -> None:
    # "Tunisio" is one letter from Tunisia; after "la città di" it is a town's name
    dy = dyads("I soldati sono stati attaccati nei pressi della città di Tunisio.")
    assert not any("TUN" in d[1] + d[2] for d in dy), dy


def test_the_ndrangheta_is_an_italian_criminal_group() -> None:
    dy = dyads("La 'ndrangheta ha minacciato il sindaco di un paese calabrese.")
    assert any(d[0] == "THREATEN" and d[1] == ("ITA",) for d in dy), dy

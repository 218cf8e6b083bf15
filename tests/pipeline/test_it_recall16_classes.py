"""Italian classes of misses found on the held-out-like recall seeds 7070, 6060, 5050 and
3030 by the session-13 recall helper: infinitives with an enclitic object, a threat named
in a speaker's quoted words, groups the KB gives no country, refusing a court, barrel bombs,
detention orders, a blow by an attacker, a person heading a known body (sentences written
for these tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records


def _types(text: str) -> list[str]:
    return [r.event_type for r in records(text, "2024-03-12")]


def test_an_infinitive_with_an_enclitic_object_is_its_verb() -> None:
    assert "COERCE" in _types("La polizia tedesca ha cercato per mesi di arrestarlo.")
    dy = dyads("Sulle consultazioni al Quirinale, la Lega Nord ha deciso di disertarle.")
    assert any(d[0] == "PROTEST" and d[1] == ("ITA",) for d in dy), dy


def test_a_threat_in_the_speakers_quoted_words_is_his_charge() -> None:
    recs = records(
        "Il Partito Democratico parla di «minaccia alla libertà di stampa posta dal governo».",
        "2024-03-12",
    )
    assert [r.event_type for r in recs] == ["ACCUSE"]
    assert [a.country for a in recs[0].actor] == ["ITA"]


def test_calling_a_states_act_a_threat_is_a_charge() -> None:
    dy = dyads("Il ministro degli Esteri francese ha definito il programma iraniano una minaccia.")
    assert [d[0] for d in dy] == ["ACCUSE"]
    assert dy[0][1] == ("FRA",)


def test_a_group_the_kb_gives_no_country_takes_none_from_the_article() -> None:
    recs = [
        r
        for r in records(
            "Il capo di al-Qaeda Ayman al-Zawahiri ha condannato i bombardamenti degli Stati Uniti.",
            "2015-03-12",
        )
        if r.event_type == "ACCUSE"
    ]
    assert recs, "no accusation"
    assert all(a.country is None for r in recs for a in r.actor)
    assert [a.country for a in recs[0].recipient] == ["USA"]


def test_refusing_to_recognise_a_court_is_a_rejection() -> None:
    recs = [
        r
        for r in records(
            "Il generale serbo ha detto ai giornalisti che non riconoscerà il tribunale.",
            "2024-03-12",
        )
        if r.event_type == "REJECT"
    ]
    assert len(recs) == 1
    assert recs[0].factuality.polarity == "positive"
    assert [a.country for a in recs[0].actor] == ["SRB"]


def test_barrel_bombs_are_an_air_attack() -> None:
    dy = dyads("Gli elicotteri dell'esercito siriano hanno sganciato una bomba su Aleppo.")
    assert ("ASSAULT", ("SYR",), ()) in dy or ("ASSAULT", ("SYR",), ("SYR",)) in dy, dy
    recs = records("L'esercito siriano ha usato barili bomba contro Daraya.", "2024-03-12")
    assert [(r.event_type, r.mode) for r in recs] == [("ASSAULT", "aerial")]
    assert [a.country for a in recs[0].actor] == ["SYR"]


def test_a_detention_order_is_an_arrest() -> None:
    for text in (
        "La questura di Napoli ha emesso un provvedimento di fermo per due uomini.",
        "Il decreto di fermo per il sospettato è stato firmato dalla procura di Torino.",
    ):
        assert any(d[0] == "COERCE" and d[1] == ("ITA",) for d in dyads(text)), text
    # a vehicle stopped, a standstill: no arrest
    for text in (
        "La polizia di Napoli ha disposto il fermo amministrativo del motorino.",
        "Il treno è fermo alla stazione di Bologna.",
    ):
        assert "COERCE" not in _types(text), text


def test_a_blow_by_an_attacker_is_an_assault_but_a_crisis_strikes_in_words() -> None:
    recs = [
        r
        for r in records(
            "Il sindaco di Verona è stato colpito alla testa da un aggressore.", "2024-03-12"
        )
        if r.event_type == "ASSAULT"
    ]
    assert len(recs) == 1
    assert [a.country for a in recs[0].recipient] == ["ITA"]
    assert all(a.country is None for a in recs[0].actor)  # an unidentified attacker
    assert "ASSAULT" not in _types("La crisi ha colpito duramente le imprese di Verona.")


def test_a_person_heading_a_known_body_is_its_man() -> None:
    recs = [
        r
        for r in records(
            "Walter Kowalczyk, in precedenza a capo della squadra della CIA a Berlino, ha detto che "
            "non riconoscerà la corte tedesca.",
            "2024-03-12",
        )
        if r.event_type == "REJECT"
    ]
    assert len(recs) == 1
    assert [(a.country, a.sector) for a in recs[0].actor] == [("USA", "SPY")]
    # no "a capo" phrase: the apposition says nothing of the body
    recs = [
        r
        for r in records(
            "Walter Kowalczyk, che ha lavorato con la CIA a Berlino, ha detto che non riconoscerà "
            "la corte tedesca.",
            "2024-03-12",
        )
        if r.event_type == "REJECT"
    ]
    assert all(a.sector != "SPY" for r in recs for a in r.actor)

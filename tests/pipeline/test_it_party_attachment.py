"""Italian constructions where a party of the act stands away from the trigger: the one
allowed or ordered to act, named after "a" of the governing verb (sentences written for
these tests; expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records

DAY = "2023-06-14"


def _dyads(text: str) -> list[tuple]:
    return dyads(text, DAY)


def test_the_party_allowed_to_act_is_the_actor_of_the_act() -> None:
    got = _dyads(
        "Il ministro israeliano ha detto che non permetteranno alla Siria di bombardare "
        "i villaggi del Golan."
    )
    assert [d[1] for d in got if d[0] == "ASSAULT"] == [("SYR",)]


def test_the_party_ordered_to_act_through_a_chain_of_infinitives_is_the_actor() -> None:
    got = _dyads(
        "Il presidente russo ha ordinato all'esercito bielorusso di continuare a bombardare "
        "la città di Leopoli."
    )
    assert [d[1] for d in got if d[0] == "ASSAULT"] == [("BLR",)]


def test_a_promise_to_someone_keeps_the_promiser_as_the_actor() -> None:
    # "promettere a X di" is no verb of permission or command: the act stays the subject's
    got = _dyads("Il governo francese ha promesso alla Grecia di attaccare la Turchia.")
    assert all(d[1] == ("FRA",) for d in got)


def test_an_appeal_to_all_the_parties_of_a_country_is_addressed_to_that_country() -> None:
    # "tutte" before the article: the phrase is still the one the trigger's "a" governs
    got = _dyads(
        "Il presidente francese ha espresso un forte appello a tutte le forze politiche italiane."
    )
    assert ("REQUEST", ("FRA",), ("ITA",)) in got


def test_the_press_synonyms_of_nationality_adjectives_name_the_country() -> None:
    assert ("ACCUSE", ("CHE",), ("RUS",)) in _dyads("Il governo elvetico ha condannato la Russia.")
    assert ("ACCUSE", ("GRC",), ("TUR",)) in _dyads(
        "Il ministro ellenico ha condannato la Turchia."
    )


def test_a_fellow_national_of_the_attacker_shares_his_country_not_the_place_s() -> None:
    got = _dyads("Un tunisino ha ucciso un suo connazionale durante una lite a Bologna.")
    assert [d for d in got if d[0] == "ASSAULT"] == [("ASSAULT", ("TUN",), ("TUN",))]


def test_the_one_asked_in_a_passive_request_follows_a() -> None:
    got = _dyads(
        "Il portavoce della Casa Bianca ha affermato che verranno richiesti al Congresso "
        "altri fondi per la guerra."
    )
    assert ("REQUEST", ("USA",), ("USA",)) in got


def _records(text: str) -> list:
    return records(text, DAY)


def test_a_participle_after_a_prepositional_noun_is_said_of_that_noun() -> None:
    # the wounded are the soldiers the sympathy goes to, not the minister who speaks
    recs = _records(
        "Il ministro tedesco ha espresso vicinanza ai soldati olandesi feriti in un agguato."
    )
    hurt = [r for r in recs if r.evidence.trigger.text == "feriti"]
    assert hurt and all([a.country for a in r.recipient] == ["NLD"] and not r.actor for r in hurt)
    assert any(w.rule == "argument.participle_of_prep_noun" for r in hurt for w in r.why)


def test_a_participle_after_a_person_named_after_a_to_phrase_is_said_of_her() -> None:
    recs = _records(
        "L'associazione ha dedicato il premio alla giornalista russa Anna Orlova, uccisa "
        "a Mosca nel 2006."
    )
    killed = [r for r in recs if r.evidence.trigger.text == "uccisa"]
    assert [[a.country for a in r.recipient] for r in killed] == [["RUS"]]


def test_a_trade_and_a_nationality_after_an_unknown_name_give_the_person_s_country() -> None:
    # the article names only the place he lives in: his nationality is the apposition's
    recs = _records(
        "In Spagna la polizia ha arrestato Luca Ferretti, falegname svizzero trasferitosi "
        "a Valencia."
    )
    arrests = [r for r in recs if r.event_type == "COERCE"]
    assert [[a.country for a in r.recipient] for r in arrests] == [["CHE"]]
    assert any(w.rule == "name.apposition" for r in arrests for w in r.why)


def test_a_former_status_before_the_trade_still_makes_an_apposition() -> None:
    recs = _records("Madrid ha estradato Giulia Marchetti, l'ex brigatista austriaca.")
    assert [[a.country for a in r.recipient] for r in recs if r.recipient] == [["AUT"]]


def test_a_nationality_in_a_di_phrase_is_not_the_person_s() -> None:
    # "marito della donna belga": the nationality is his wife's
    recs = _records("La polizia spagnola ha arrestato Luca Ferretti, marito della donna belga.")
    arrests = [r for r in recs if r.event_type == "COERCE"]
    assert arrests and all("BEL" not in [a.country for a in r.recipient] for r in arrests)


def test_an_army_as_the_complement_of_an_attack_noun_is_the_one_that_struck() -> None:
    recs = _records("A Kharkiv, nuova strage dell'esercito russo: dodici morti tra i civili.")
    strage = [r for r in recs if r.evidence.trigger.text == "strage"]
    assert strage and all([a.country for a in r.actor] == ["RUS"] for r in strage)
    assert any(w.rule == "argument.armed_body_genitive" for r in strage for w in r.why)


def test_soldiers_counted_as_the_complement_of_an_attack_noun_are_the_victims() -> None:
    recs = _records("L'uccisione di due soldati turchi ha provocato la reazione di Ankara.")
    killed = [r for r in recs if r.evidence.trigger.text == "uccisione"]
    assert killed and all([a.country for a in r.recipient] == ["TUR"] for r in killed)
    assert all(not r.actor or "TUR" not in [a.country for a in r.actor] for r in killed)


def test_a_people_adjective_after_an_articled_preposition_or_a_possessive_is_the_noun() -> None:
    # "militari" is also an adjective ("esercitazioni militari"), but not after "ai" or "nostri"
    for text in (
        "Il ministro ha portato solidarietà ai militari olandesi feriti in un agguato.",
        "Il ministro ha portato solidarietà ai nostri militari olandesi feriti in un agguato.",
    ):
        hurt = [r for r in _records(text) if r.evidence.trigger.text == "feriti"]
        assert hurt and all([a.sector for a in r.recipient] == ["MIL"] for r in hurt), text
        assert all(not r.actor for r in hurt), text


def test_a_people_adjective_after_a_noun_is_still_no_party() -> None:
    recs = _records("Le esercitazioni militari russe hanno minacciato la Finlandia.")
    parties = [a.raw_text or "" for r in recs for a in r.actor + r.recipient]
    assert recs and not any("militari" in p for p in parties)

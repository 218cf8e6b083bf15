"""Italian constructions of seed-like political news found by the session-10 blind probes:
weapons and vessels that strike, summoned envoys, journeys, trips put off, counterfactual
plans, warnings that restate the speaker's state (sentences written for these tests; the
expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records


def _records(text: str, published: str = "2023-11-08") -> list:
    return records(text, published)


def _dyads(text: str, published: str = "2023-11-08") -> list[tuple]:
    return dyads(text, published)


def test_rockets_with_an_owner_that_strike_are_an_attack_by_their_forces() -> None:
    assert ("ASSAULT", ("IRN",), ("IRQ",)) in _dyads(
        "Nella notte razzi iraniani hanno colpito una base militare irachena."
    )


def test_sanctions_that_strike_companies_are_no_attack() -> None:
    recs = _records("Le nuove tariffe colpiranno duecento aziende tedesche.")
    assert [r for r in recs if r.event_type == "ASSAULT"] == []


def test_a_gang_that_strikes_again_commits_no_attack() -> None:
    recs = _records("La banda dei furti in villa è tornata a colpire a Bergamo.")
    assert [r for r in recs if r.event_type == "ASSAULT"] == []


def test_shooting_to_strike_is_one_attack_on_the_target() -> None:
    assert _dyads("Il gendarme francese sparò per colpire i contrabbandieri spagnoli.") == [
        ("ASSAULT", ("FRA",), ("ESP",))
    ]


def test_a_vessel_with_an_owner_that_rams_a_boat_attacks_its_country() -> None:
    assert ("ASSAULT", ("LBY",), ("TUN",)) in _dyads(
        "Martedì una motovedetta libica ha speronato un'imbarcazione tunisina."
    )


def test_an_injury_gerund_after_a_strike_is_no_second_attack() -> None:
    recs = [
        r
        for r in _records(
            "Il governo vietnamita ha protestato, dopo che venerdì una motovedetta cinese aveva "
            "colpito con i cannoni ad acqua un peschereccio vietnamita, ferendo due pescatori."
        )
        if r.event_type == "ASSAULT"
    ]
    assert [(r.actor[0].country, r.recipient[0].country) for r in recs] == [("CHN", "VNM")]


def test_a_summoned_charge_d_affaires_is_of_the_country_his_demonym_names() -> None:
    (rec,) = [
        r
        for r in _records(
            "Il governo olandese ha convocato ieri l'incaricato d'affari russo all'Aia."
        )
        if r.event_type == "ACCUSE"
    ]
    assert [a.country for a in rec.recipient] == ["RUS"]


def test_a_summoned_ambassador_before_a_city_is_not_that_city_s_state() -> None:
    (rec,) = [
        r
        for r in _records("Il governo cileno ha convocato l'ambasciatore argentino a Santiago.")
        if r.event_type == "ACCUSE"
    ]
    assert [a.country for a in rec.recipient] == ["ARG"]


def test_a_coordinated_announcement_is_the_subject_s_own_not_its_object_s() -> None:
    (rec,) = [
        r
        for r in _records(
            "Canada e Australia hanno convocato gli ambasciatori bielorussi e hanno "
            "annunciato sanzioni contro Minsk."
        )
        if r.event_type == "SANCTION"
    ]
    assert rec.attribution == []


def test_a_leader_arriving_in_a_foreign_capital_visits_it() -> None:
    (rec,) = [
        r
        for r in _records(
            "Il primo ministro indiano è arrivato ieri a Berlino per una visita di due giorni."
        )
        if r.event_type == "CONSULT"
    ]
    assert rec.mode == "visit"
    assert [a.country for a in rec.actor] == ["IND"]
    assert [a.country for a in rec.recipient] == ["DEU"]
    assert rec.date.start == "2023-11-07"


def test_arriving_at_a_finding_or_bringing_someone_is_no_visit() -> None:
    recs = _records(
        "Gli investigatori belgi sono arrivati a identificare il ministro marocchino. "
        "Il ministro aveva fatto arrivare in Francia due consiglieri."
    )
    assert [r for r in recs if r.event_type == "CONSULT"] == []


def test_fans_arriving_in_a_capital_make_no_visit() -> None:
    recs = _records("Migliaia di tifosi scozzesi sono arrivati a Berlino.")
    assert [r for r in recs if r.event_type == "CONSULT"] == []


def test_travelling_to_a_capital_after_ad_is_a_visit() -> None:
    assert ("CONSULT", ("FRA",), ("TUR",)) in _dyads(
        "Il 3 ottobre il ministro degli Esteri francese si era recato ad Ankara."
    )


def test_a_trip_put_off_is_a_refused_meeting_with_its_hosts() -> None:
    (rec,) = [
        r
        for r in _records(
            "Il presidente brasiliano ha rinviato il viaggio in Cina e in Giappone per motivi di salute."
        )
        if r.event_type == "REJECT"
    ]
    assert rec.mode == "meet"
    assert sorted(a.country for a in rec.recipient) == ["CHN", "JPN"]


def test_a_meeting_that_was_to_take_place_did_not() -> None:
    recs = [
        r
        for r in _records("A Madrid il premier greco avrebbe dovuto incontrare il re di Spagna.")
        if r.event_type == "CONSULT"
    ]
    assert recs and all(r.factuality.polarity == "negative" for r in recs)


def test_a_warning_that_names_the_speaker_s_own_state_is_not_aimed_at_it() -> None:
    recs = [
        r
        for r in _records(
            "Il portavoce del governo iraniano ha avvertito che Teheran risponderà con fermezza."
        )
        if r.event_type == "THREATEN"
    ]
    assert recs and all(a.country != "IRN" for r in recs for a in r.recipient)


def test_a_warning_that_names_another_state_is_aimed_at_it() -> None:
    assert ("THREATEN", ("TUR",), ("GRC",)) in _dyads(
        "Il ministro della Difesa turco ha avvertito che Atene pagherà caro ogni passo."
    )


def test_a_place_struck_by_a_bombing_is_one_attack() -> None:
    recs = [
        r
        for r in _records(
            "La stazione centrale di Kabul è stata colpita ieri da un attentato che ha causato "
            "dieci morti. Le fonti della polizia parlano di un terrorista suicida, che si "
            "sarebbe fatto esplodere nell'atrio."
        )
        if r.event_type == "ASSAULT"
    ]
    assert len(recs) == 1 and recs[0].mode == "explosives"


def test_a_broadcaster_written_with_one_capital_is_cited() -> None:
    (rec,) = [
        r
        for r in _records("Un drone russo avrebbe colpito una scuola a Charkiv, riferisce la Bbc.")
        if r.event_type == "ASSAULT"
    ]
    assert [a.name for a in rec.attribution] == ["BBC"]


def test_a_threat_after_a_rejected_accusation_is_its_own_act() -> None:
    assert ("THREATEN", ("CHN",), ("JPN",)) in _dyads(
        "Pechino ha respinto le accuse di Tokyo, minacciando ritorsioni contro il Giappone."
    )


def test_sanctions_approved_by_a_body_are_its_own() -> None:
    assert ("SANCTION", ("IGO",), ("BLR",)) in _dyads(
        "L'Unione europea ha approvato nuove sanzioni contro la Bielorussia."
    )


def test_a_package_of_sanctions_is_owned_by_who_adopts_it() -> None:
    assert ("SANCTION", ("GBR",), ("IRN",)) in _dyads(
        "Il governo britannico adotterà un nuovo pacchetto di sanzioni contro l'Iran."
    )


def test_the_invaded_country_is_the_target_of_an_invasion() -> None:
    recs = [
        r
        for r in _records("Il vertice cade nel terzo anniversario dell'invasione del Kuwait.")
        if r.event_type == "ASSAULT"
    ]
    assert recs and all(a.country != "KWT" for r in recs for a in r.actor)
    assert all([a.country for a in r.recipient] == ["KWT"] for r in recs)


def test_lo_ha_annunciato_ieri_names_the_source_of_the_sentence_before() -> None:
    recs = _records(
        "I presidenti di Armenia e Azerbaigian si incontreranno domani a Praga. Lo ha "
        "annunciato ieri il cancelliere tedesco Olaf Scholz, dopo un colloquio con i due."
    )
    (rec,) = [r for r in recs if r.event_type == "CONSULT" and r.factuality.time == "future"]
    assert [a.country for a in rec.attribution] == ["DEU"]


def test_a_meeting_mediated_by_a_third_state_is_one_third_party_meeting() -> None:
    recs = [
        r
        for r in _records(
            "I ministri di Serbia e Kosovo si incontreranno lunedì a Bruxelles, con la "
            "mediazione dell'Unione europea."
        )
        if r.event_type == "CONSULT"
    ]
    assert len(recs) == 1 and recs[0].mode == "third-party"
    assert "IGO" not in {a.country for a in recs[0].actor + recs[0].recipient}


def test_the_talks_restate_the_meeting_not_the_phone_call_before_them() -> None:
    recs = _records(
        "Le delegazioni di Etiopia ed Egitto si incontreranno domani al Cairo. Lo ha "
        "annunciato il presidente keniano, dopo una telefonata con il premier etiope. "
        "Secondo la Reuters, i colloqui potrebbero durare tre giorni."
    )
    (call,) = [r for r in recs if r.event_type == "CONSULT" and r.mode == "phone"]
    assert [a.name for a in call.attribution] != ["Reuters"]


def test_a_call_in_a_fronted_adjunct_is_with_the_main_subject_named_in_full() -> None:
    recs = _records(
        "Il ministro degli Esteri cileno Mateo Larraín è a Lima. In una telefonata con il "
        "presidente peruviano martedì scorso, Mateo Larraín ha chiesto aiuti."
    )
    (call,) = [r for r in recs if r.event_type == "CONSULT" and r.mode == "phone"]
    assert [a.country for a in call.actor + call.recipient] == ["CHL", "PER"]


def test_places_struck_by_an_earthquake_are_no_attack_and_hide_no_accident() -> None:
    recs = _records(
        "Gli scontri, infatti, sono avvenuti in un tratto pericoloso: negli ultimi anni vi si "
        "sono verificati dodici incidenti gravi. Il tratto tra Terni e Spoleto (che collega "
        "Perugia con i paesi colpiti dal terremoto del 2016) è inadeguato al traffico."
    )
    assert [r for r in recs if r.event_type in ("ASSAULT", "PROTEST")] == []


def test_villages_struck_after_an_earthquake_are_no_attack_by_the_country() -> None:
    recs = _records(
        "Il Nepal è stato colpito da un forte terremoto di magnitudo 7. Numerosi i villaggi "
        "colpiti nella zona di confine con l'India, con case distrutte."
    )
    assert [r for r in recs if r.event_type == "ASSAULT" and r.actor] == []

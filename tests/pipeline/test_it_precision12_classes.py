"""Held-out-like precision classes (session 12): votes, thanks, prayers, instruments used
by a named party, and words of another sense. Invented sentences."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records

DAY = "2024-03-10"


def types(text: str) -> list[str]:
    return [r.event_type for r in records(text, DAY)]


# --- a stance taken in a vote is the vote, not coded (dev README) -----------------------


def test_rejecting_a_motion_with_votes_is_a_vote_not_a_rejection():
    text = "Il Senato italiano ha respinto la mozione di sfiducia con 160 voti contrari."
    assert "REJECT" not in types(text)


def test_backing_a_proposal_during_a_vote_is_no_support_event():
    text = (
        "Durante la votazione alla Camera, il Movimento 5 Stelle ha sostenuto la proposta "
        "del governo Conte."
    )
    assert "SUPPORT" not in types(text)


def test_objecting_in_a_vote_is_no_accusation():
    text = "La Lega e Fratelli d'Italia si sono opposti raccogliendo 98 voti in Senato."
    assert "ACCUSE" not in types(text)


def test_rejecting_a_foreign_request_stays_without_a_vote():
    text = "Il Senato italiano ha respinto la richiesta della Libia di estradare il generale."
    assert ("REJECT", ("ITA",), ("LBY",)) in dyads(text, DAY)


def test_an_election_is_no_vote_word_for_a_stance():
    # "il voto" names an election here (the lemmatizer reads it as votare): a domestic
    # offer next to it is not a stance in a vote
    text = (
        "Berlusconi si è detto disponibile a un accordo con il premier Prodi sul voto anticipato."
    )
    assert ("AGREE", ("ITA",), ("ITA",)) in dyads(text, DAY)


# --- thanks to no state, official or body are courtesy ----------------------------------


def test_thanking_volunteers_is_courtesy():
    text = "Il sindaco di Torino ha ringraziato i volontari che hanno lavorato tutta la notte."
    assert "SUPPORT" not in types(text)


def test_thanking_a_country_for_its_aid_is_support():
    text = "Il presidente ucraino ha ringraziato la Germania per gli aiuti militari."
    assert ("SUPPORT", ("UKR",), ("DEU",)) in dyads(text, DAY)


# --- a religious appeal is no request ---------------------------------------------------


def test_asking_the_faithful_to_pray_is_no_request():
    text = "Il vescovo di Milano ha chiesto ai fedeli di pregare per le vittime dell'alluvione."
    assert "REQUEST" not in types(text)


def test_asking_a_country_to_act_is_still_a_request():
    text = "Il ministro degli esteri italiano ha chiesto alla Francia di riaprire la frontiera."
    assert ("REQUEST", ("ITA",), ("FRA",)) in dyads(text, DAY)


# --- a weapon used by a named party makes it the actor ----------------------------------


def test_the_police_using_tear_gas_is_the_actor():
    text = (
        "A Nairobi la polizia keniota ha usato gas lacrimogeni contro i manifestanti che "
        "chiedevano le dimissioni del presidente."
    )
    assert ("ASSAULT", ("KEN",), ("KEN",)) in dyads(text, DAY)


# --- words of another sense -------------------------------------------------------------


def test_suffering_an_illness_is_no_accusation():
    assert "ACCUSE" not in types("Il cantante aveva accusato un malore durante il concerto a Roma.")


def test_an_accusation_between_states_still_triggers():
    text = "Il governo polacco ha accusato la Russia di aver violato il suo spazio aereo."
    assert ("ACCUSE", ("POL",), ("RUS",)) in dyads(text, DAY)


def test_a_striker_is_no_attack():
    assert "ASSAULT" not in types("L'attaccante brasiliano ha segnato due gol contro la Juventus.")


def test_a_political_confrontation_is_no_assault():
    text = "Lo scontro tra il governo e i sindacati si è inasprito dopo la riforma delle pensioni."
    assert "ASSAULT" not in types(text)


def test_an_armed_clash_is_an_assault():
    text = (
        "Nel nord del Mali uno scontro armato tra l'esercito maliano e i ribelli tuareg ha "
        "causato dieci morti."
    )
    assert "ASSAULT" in types(text)


def test_a_foiled_plot_to_kill_is_no_attack():
    text = "La polizia filippina ha sventato un complotto per uccidere il presidente."
    assert "ASSAULT" not in types(text)


# --- a capital in the genitive of an attack or a pact is the place ----------------------


def test_the_city_of_a_named_attack_is_no_doer():
    text = "Lo storico ha ricordato che la guerra scoppiò dopo l'attentato di Sarajevo del 1914."
    assert not any(t == "ASSAULT" and a for t, a, _r in dyads(text, DAY))


def test_the_city_of_a_pact_is_no_party():
    text = "La Russia e la Turchia hanno firmato gli accordi di Astana sulla Siria."
    assert ("SUPPORT", ("RUS", "TUR"), ()) in dyads(text, DAY)


def test_a_capital_after_an_accusation_is_its_government():
    text = "Le accuse di Mosca contro Kiev sono state respinte dal governo ucraino."
    assert ("ACCUSE", ("RUS",), ("UKR",)) in dyads(text, DAY)


# --- commerce and careers are no offers or cooperation between parties -----------------


def test_a_company_offering_customers_a_service_is_no_offer():
    text = "La compagnia telefonica ha deciso di offrire ai propri clienti la fibra a Milano."
    assert "AGREE" not in types(text)


def test_writing_for_a_newspaper_is_no_cooperation():
    text = (
        "Morto a Roma il giornalista Mario Rossi. Sposato, ha collaborato al giornale "
        "l'Unità fino al 1990."
    )
    assert "COOPERATE" not in types(text)


def test_states_offering_mediation_still_agree():
    text = "La Turchia si è offerta di mediare tra la Russia e l'Ucraina."
    assert "AGREE" in types(text)


def test_a_long_appeal_to_pray_is_no_request():
    text = (
        "Il cardinale di Napoli ha chiesto, con un messaggio sui social, di pregare per le "
        "vittime del naufragio."
    )
    assert "REQUEST" not in types(text)


def test_quashing_an_acquittal_concedes_nothing():
    text = (
        "La Corte di Cassazione ha accolto il ricorso della Procura di Milano, annullando "
        "l'assoluzione dell'ex sindaco."
    )
    assert "CONCEDE" not in types(text)

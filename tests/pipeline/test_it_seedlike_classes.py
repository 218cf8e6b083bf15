"""Italian constructions of seed-like political news (meetings to come, hedged and reported
acts) that hid a party, a place or an act (sentences written for these tests; expected
values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records


def _records(text: str, published: str = "2023-06-14") -> list:
    return records(text, published)


def _dyads(text: str, published: str = "2023-06-14") -> list[tuple]:
    return dyads(text, published)


def test_a_counterpart_named_by_a_demonym_is_that_country_s_government() -> None:
    (rec,) = [
        r
        for r in _records(
            "Il ministro degli Esteri belga incontrerà il suo omologo keniano a Nairobi."
        )
        if r.event_type == "CONSULT"
    ]
    assert [(a.country, a.sector) for a in rec.recipient] == [("KEN", "GOV")]


def test_a_capital_named_with_its_article_after_an_elided_preposition() -> None:
    # "L'Avana" stands for Cuba's government; "dell'Avana" must too
    assert ("REJECT", ("CUB",), ("NLD",)) in _dyads(
        "Il governo dell'Avana ha respinto le richieste dei Paesi Bassi."
    )


def test_a_missile_fired_at_a_target_is_an_attack_not_a_launch() -> None:
    recs = _records("Martedì i pirati hanno lanciato un missile contro un mercantile norvegese.")
    assert [r.event_type for r in recs] == ["ASSAULT"]
    assert [r.mode for r in recs] == ["heavy-weapons"]


def test_the_short_name_of_the_monetary_fund_is_the_imf() -> None:
    assert ("REJECT", ("ARG",), ("IGO",)) in _dyads(
        "Il presidente argentino ha respinto le condizioni del Fondo monetario."
    )


def test_a_transliterated_city_name_with_a_diacritic_is_placed() -> None:
    (rec,) = [
        r
        for r in _records(
            "Il presidente cileno andrà a Soči martedì per incontrare Vladimir Putin."
        )
        if r.event_type == "CONSULT"
    ]
    assert rec.location is not None and rec.location.geonameid == 491422


def test_lo_ha_riferito_names_the_source_of_the_sentence_before() -> None:
    recs = _records(
        "Il presidente keniano potrebbe incontrare il premier etiope a Nairobi la prossima "
        "settimana. Lo ha riferito la Reuters, citando fonti della presidenza keniana."
    )
    (rec,) = [r for r in recs if r.event_type == "CONSULT"]
    assert [a.name for a in rec.attribution] == ["Reuters"]


def test_a_sentence_not_opened_by_lo_does_not_attribute_the_one_before() -> None:
    recs = _records(
        "Il presidente keniano incontrerà il premier etiope a Nairobi la prossima settimana. "
        "Il ministro degli Esteri ha riferito ai giornalisti che il clima è buono."
    )
    (rec,) = [r for r in recs if r.event_type == "CONSULT"]
    assert rec.attribution == []


def test_a_newspaper_named_after_its_common_noun_is_cited_by_that_name() -> None:
    recs = _records(
        "Secondo il quotidiano Vedomosti, la Bielorussia avrebbe inviato munizioni alla Russia."
    )
    (rec,) = [r for r in recs if r.event_type == "AID"]
    assert [(a.name, a.sector) for a in rec.attribution] == [("Vedomosti", "JRN")]


def test_two_weekdays_with_one_direction_are_one_period() -> None:
    (rec,) = [
        r
        for r in _records(
            "Il premier belga incontrerà il presidente keniano a Nairobi giovedì e venerdì prossimi.",
            published="2023-06-14",
        )
        if r.event_type == "CONSULT"
    ]
    assert (rec.date.start, rec.date.end, rec.date.granularity) == (
        "2023-06-15",
        "2023-06-16",
        "range",
    )


def test_the_first_visit_since_a_year_is_not_dated_in_that_year() -> None:
    (rec,) = [
        r
        for r in _records(
            "Il presidente keniano arriverà a Roma lunedì, nella prima visita di un leader "
            "keniano in Italia dal 2009.",
            published="2023-06-14",
        )
        if r.event_type == "CONSULT"
    ]
    assert rec.date.start == "2023-06-19"
    assert rec.factuality.time == "future"


def test_the_addressee_inside_a_gapped_trigger_is_the_recipient() -> None:
    # "fornire * missili" matches across "ai ribelli somali": they are the ones supplied
    assert ("AID", ("ERI",), ("SOM",)) in _dyads(
        "Secondo l'Onu, l'Eritrea avrebbe fornito ai ribelli somali missili e fucili."
    )


def test_a_mentre_clause_is_neither_reported_nor_dated_by_the_clause_before() -> None:
    recs = _records(
        "Il premier spagnolo riferirà al Senato giovedì prossimo, mentre il leader "
        "dell'opposizione spagnola ha chiesto le dimissioni del governo.",
        published="2024-01-20",
    )
    (rec,) = [r for r in recs if r.event_type == "REQUEST"]
    assert rec.attribution == []
    assert rec.date.raw_text is None
    assert rec.factuality.time == "non_future"


def test_a_date_before_a_mentre_clause_closed_by_a_comma_still_dates_the_main_clause() -> None:
    recs = _records(
        "Lunedì, mentre la polizia presidiava la piazza, i manifestanti hanno attaccato la "
        "sede del governo regionale.",
        published="2024-01-20",
    )
    (rec,) = [r for r in recs if r.event_type == "ASSAULT"]
    assert rec.date.start == "2024-01-15"


def test_a_past_date_still_dates_a_past_mentre_clause() -> None:
    # with tenses that agree, "mentre" tells things at the same time
    recs = _records(
        "Gli scontri sono scoppiati il 3 gennaio, mentre la polizia ha arrestato dieci "
        "studenti davanti all'università.",
        published="2024-01-20",
    )
    (rec,) = [r for r in recs if r.event_type == "COERCE"]
    assert rec.date.start == "2024-01-03"


def test_a_causative_relative_clause_acts_for_its_antecedent() -> None:
    # "che ha fatto arrestare": the one who had them arrested is the antecedent, not the
    # subject of the main clause
    assert ("COERCE", ("BLR",), ("BLR",)) in _dyads(
        "L'opposizione polacca ha criticato il governo per i rapporti con il presidente "
        "bielorusso, che ha fatto arrestare centinaia di manifestanti."
    )


def test_heads_of_state_and_government_of_a_body_are_that_body() -> None:
    (rec,) = [
        r
        for r in _records(
            "I capi di Stato e di governo dell'Unione africana si riuniranno ad Addis Abeba "
            "lunedì prossimo."
        )
        if r.event_type == "CONSULT"
    ]
    assert [a.country for a in rec.actor] == ["IGO"]


def test_a_postposed_source_after_a_common_noun_is_cited() -> None:
    recs = _records(
        "Il governo kazako ha accusato il Kirghizistan di «provocazioni», riferisce l'agenzia "
        "Interfax.",
        published="2023-05-12",
    )
    (rec,) = [r for r in recs if r.event_type == "ACCUSE"]
    assert [a.name for a in rec.attribution] == ["Interfax"]


# -- guards: what the rules above must leave alone (English news of the same kinds) --------


def _en(text: str, published: str = "2019-02-12") -> list:
    return records(text, published, language="en")


def test_a_place_inside_a_gapped_trigger_of_no_transfer_is_no_addressee() -> None:
    # "went to Syria to fight" holds "to Syria", a place: the one fought is Islamic State
    (rec,) = [
        r
        for r in _en(
            "A Danish volunteer who went to Syria to fight Islamic State has been killed in Raqqa."
        )
        if "went" in r.evidence.trigger.text
    ]
    assert [(a.country, a.sector) for a in rec.recipient] == [("SYR", "REB")]


def test_an_event_noun_after_the_since_date_is_dated_by_it() -> None:
    (rec,) = [
        r
        for r in _en(
            "An Omani diplomat said it would be the first meeting between Gulf states and Iran "
            "since 2015 Vienna peace conference."
        )
        if r.evidence.trigger.text == "peace conference"
    ]
    assert rec.date.start == "2015"


def test_a_contrast_word_inside_a_quotation_keeps_the_speaker_s_reach() -> None:
    recs = _en(
        "Acknowledging the attack, the US military said: “US service members were killed "
        "during an explosion while conducting a routine patrol in Mali today.”"
    )
    assert any(r.event_type == "MOBILIZE" and r.evidence.trigger.text == "patrol" for r in recs)


def test_a_guest_received_at_a_seat_of_government_is_a_meeting() -> None:
    assert ("CONSULT", ("FRA",), ("DEU",)) in _dyads(
        "Il presidente francese aveva ricevuto all'Eliseo il cancelliere tedesco lunedì."
    )
    assert ("CONSULT", ("VAT",), ("ARG",)) in _dyads(
        "Il pontefice ha ricevuto in Vaticano il presidente argentino il 3 marzo."
    )


def test_a_private_audience_with_the_pope_is_a_meeting_with_him() -> None:
    assert ("CONSULT", ("ARG",), ("VAT",)) in _dyads(
        "Il presidente argentino avrà un'udienza privata con il papa giovedì."
    )


def test_a_head_of_state_going_to_a_foreign_capital_visits_its_government() -> None:
    assert ("CONSULT", ("BRA",), ("PRT",)) in _dyads(
        "Il presidente brasiliano si era recato a Lisbona il 3 marzo."
    )


def test_a_journey_that_is_not_to_a_foreign_government_is_no_visit() -> None:
    assert _dyads("Il ministro degli Esteri brasiliano si è recato in ospedale.") == []
    assert _dyads("Il ministro degli Esteri brasiliano si è recato a Brasilia.") == []
    assert _dyads("I manifestanti brasiliani si sono recati a Lisbona.") == []
    assert _dyads("Il cancelliere tedesco è tornato in Germania.") == []
    assert _dyads("Washington torna in campo contro l'Iran.") == []


def test_a_leader_returning_to_a_foreign_country_visits_its_government() -> None:
    assert ("CONSULT", ("DEU",), ("EGY",)) in _dyads(
        "Il cancelliere tedesco tornerà in Egitto la prossima settimana."
    )


def test_a_visit_and_the_meeting_it_was_for_are_one_event() -> None:
    recs = [
        r
        for r in _records(
            "Il ministro degli Esteri belga si era recato in visita a Nairobi il 2 maggio, "
            "dove aveva incontrato il suo omologo."
        )
        if r.event_type == "CONSULT"
    ]
    assert len(recs) == 1


def test_the_sending_of_weapons_named_by_a_noun_is_aid_to_the_country_after_it() -> None:
    assert ("AID", ("ESP",), ("MDA",)) in _dyads(
        "Il governo spagnolo ha annunciato l'invio di un sistema di difesa aerea alla Moldavia."
    )
    assert ("AID", ("ESP",), ("ARM",)) in _dyads(
        "Madrid ha confermato l'invio di nuove armi all'Armenia."
    )
    assert ("AID", ("ESP",), ("MDA",)) in _dyads(
        "La Spagna invierà due sistemi di difesa aerea alla Moldavia."
    )


def test_a_transfer_with_no_giver_reported_by_a_government_s_sources_is_its_aid() -> None:
    assert ("AID", ("FRA",), ("MDA",)) in _dyads(
        "Secondo fonti dell'Eliseo, la prossima settimana potrebbe essere annunciato "
        "l'invio di nuove armi alla Moldavia."
    )
    # sources of the receiving government name no giver
    assert ("AID", (), ("MDA",)) in _dyads(
        "Secondo fonti del governo moldavo, potrebbe essere annunciato l'invio di nuove "
        "armi alla Moldavia."
    )


def test_a_rejection_of_accusations_answers_the_source_of_a_hedged_allegation() -> None:
    dyads = _dyads(
        "Secondo il Dipartimento di Stato, il Venezuela avrebbe inviato armi ai ribelli "
        "colombiani. Caracas ha respinto le accuse e ha minacciato ritorsioni."
    )
    assert ("REJECT", ("VEN",), ("USA",)) in dyads
    assert ("THREATEN", ("VEN",), ("USA",)) in dyads


def test_a_rejection_does_not_answer_the_source_of_an_asserted_act() -> None:
    # the act is told as a fact, not as someone's allegation: no accuser to answer
    dyads = _dyads(
        "Secondo il Dipartimento di Stato, il Venezuela ha inviato armi ai ribelli "
        "colombiani. Caracas ha respinto le richieste di Bogotà."
    )
    assert ("REJECT", ("VEN",), ("USA",)) not in dyads


def test_a_quando_clause_without_subject_shares_the_main_clause_subject() -> None:
    (rec,) = [
        r
        for r in _records(
            "Il ministro cileno si era recato a Lima il 3 marzo, quando aveva promesso al "
            "presidente peruviano il sostegno del Cile."
        )
        if r.event_type == "AGREE"
    ]
    # the doer is the minister named in the main clause, not a country guessed from context
    assert [a.raw_text for a in rec.actor] == ["ministro cileno"]


def test_a_meeting_noun_with_one_party_is_the_visitor_s_who_arrived_before() -> None:
    (rec,) = [
        r
        for r in _records(
            "Il ministro cileno è arrivato ieri a Madrid. L'incontro con il premier spagnolo "
            "è durato un'ora."
        )
        if r.event_type == "CONSULT"
    ]
    assert {a.country for a in rec.actor} | {a.country for a in rec.recipient} == {"CHL", "ESP"}


def test_a_meeting_noun_with_one_party_is_the_visitor_s_who_met_someone_before() -> None:
    dyads = _dyads(
        "Il presidente argentino arriverà lunedì a Roma, dove incontrerà il presidente della "
        "Repubblica. Martedì è prevista un'udienza privata con il papa."
    )
    assert ("CONSULT", ("ARG",), ("VAT",)) in dyads


def test_a_meeting_noun_does_not_take_a_visitor_of_the_party_s_own_country() -> None:
    recs = _records(
        "Il ministro spagnolo è arrivato ieri a Madrid. L'incontro con il premier spagnolo "
        "è durato un'ora."
    )
    assert not any(r.event_type == "CONSULT" and r.actor for r in recs)


def test_a_party_joined_after_the_verb_by_insieme_a_acts_with_the_subject() -> None:
    assert ("CONSULT", ("CHL", "FRA"), ("PER",)) in _dyads(
        "Il ministro cileno tornerà in Perù insieme al ministro francese."
    )


def test_a_party_in_a_con_aside_after_the_subject_acts_with_it() -> None:
    assert ("CONSULT", ("CHL", "FRA"), ("JPN",)) in _dyads(
        "Il presidente cileno, con il presidente francese, ha incontrato il premier giapponese."
    )


def test_insieme_a_in_another_clause_is_no_companion_of_the_verb() -> None:
    dyads = _dyads(
        "Il ministro cileno ha incontrato il premier giapponese, che viaggia insieme al "
        "ministro francese."
    )
    assert ("CONSULT", ("CHL",), ("JPN",)) in dyads


def test_the_allies_are_nato_where_the_article_names_nato() -> None:
    assert ("REQUEST", ("MDA",), ("IGO",)) in _dyads(
        "La Nato si riunirà a Oslo. Il presidente moldavo ha chiesto agli alleati di inviare armi."
    )


def test_the_allies_are_the_states_that_acted_together_just_before() -> None:
    assert ("REQUEST", ("ITA",), ("GBR", "USA")) in _dyads(
        "Stati Uniti e Regno Unito hanno bombardato lo Yemen. Il governo italiano ha chiesto "
        "agli alleati di fermarsi."
    )


def test_a_transfer_told_again_by_a_verb_of_handing_over_is_the_earlier_giver_s() -> None:
    recs = _records(
        "Il governo spagnolo ha inviato armi al Marocco a marzo. Le prime armi erano state "
        "consegnate a Rabat a gennaio."
    )
    dated = [r for r in recs if r.event_type == "AID" and r.date.start == "2023-01"]
    assert [({a.country for a in r.actor}, {a.country for a in r.recipient}) for r in dated] == [
        ({"ESP"}, {"MAR"})
    ]


def test_a_referred_transfer_keeps_who_gave_along_with_the_giver() -> None:
    recs = _records(
        "Il governo spagnolo invierà un sistema di difesa al Marocco. Il primo sistema, "
        "fornito insieme alla Francia, era stato consegnato a Rabat a gennaio."
    )
    dated = [r for r in recs if r.event_type == "AID" and r.date.start == "2023-01"]
    assert [{a.country for a in r.actor} for r in dated] == [{"ESP", "FRA"}]
    assert not any(r.recipient and r.recipient[0].country == "FRA" for r in recs)


def test_a_verb_of_handing_over_alone_is_no_transfer() -> None:
    recs = _records("Il ministro spagnolo ha consegnato un premio al sindaco di Rabat.")
    assert not [r for r in recs if r.event_type == "AID"]


def test_insieme_a_after_an_object_pronoun_joins_the_object() -> None:
    recs = _records(
        "Il senatore cileno considera persa la causa del presidente boliviano accusandolo, "
        "insieme al ministro peruviano, di corruzione."
    )
    (rec,) = [r for r in recs if r.evidence.trigger.text == "accusandolo"]
    assert "PER" not in {a.country for a in rec.actor}
    assert "PER" in {a.country for a in rec.recipient}


def test_a_full_name_told_again_is_one_mention_of_the_person() -> None:
    recs = _records(
        "Il premier giapponese incontrerà il ministro degli Esteri thailandese Somchai Wong. "
        "In una telefonata con il premier giapponese, Somchai Wong ha chiesto al Giappone di "
        "ridurre i dazi."
    )
    phone = [r for r in recs if r.event_type == "CONSULT" and r.mode == "phone"]
    assert [{a.country for a in r.actor} | {a.country for a in r.recipient} for r in phone] == [
        {"THA", "JPN"}
    ]


def test_a_support_declared_not_to_come_is_a_refusal() -> None:
    assert ("REJECT", ("CHL",), ("PER",)) in _dyads(
        "Il governo cileno non firmerà l'accordo con il Perù."
    )


def test_a_support_not_given_in_the_past_is_no_refusal() -> None:
    dyads = _dyads("Il governo cileno non ha firmato l'accordo con il Perù.")
    assert ("REJECT", ("CHL",), ("PER",)) not in dyads


def test_a_bare_part_of_the_day_is_on_the_day_the_sentence_before_gives() -> None:
    recs = _records(
        "Il presidente argentino arriverà domani a Roma, dove incontrerà il presidente della "
        "Repubblica. Nel pomeriggio è prevista un'udienza privata con il papa."
    )
    # the audience with the pope (the arrival in Rome is a visit of its own)
    (rec,) = [
        r
        for r in recs
        if r.event_type == "CONSULT" and r.evidence.trigger.text == "udienza privata"
    ]
    assert (rec.date.start, rec.date.end) == ("2023-06-15", "2023-06-15")


def test_the_alliance_is_nato_in_an_article_that_names_nato() -> None:
    assert ("THREATEN", ("RUS",), ("IGO",)) in _dyads(
        "La Nato si riunirà a Oslo. Mosca ha avvertito che un ulteriore allargamento "
        "dell'Alleanza avrà conseguenze."
    )


def test_insieme_a_in_a_later_clause_after_a_comma_is_no_companion() -> None:
    dyads = _dyads(
        "Il presidente cileno ha incontrato il premier giapponese, raccogliendosi poi insieme "
        "al ministro francese."
    )
    assert ("CONSULT", ("CHL",), ("JPN",)) in dyads


def test_proposing_a_conference_to_someone_is_an_offer_to_them() -> None:
    dyads = _dyads("Il governo cileno ha proposto al Perù una conferenza di pace.")
    assert ("AGREE", ("CHL",), ("PER",)) in dyads
    assert ("REQUEST", ("CHL",), ("PER",)) not in dyads


def test_proposing_to_someone_to_act_stays_a_request() -> None:
    assert ("REQUEST", ("CHL",), ("PER",)) in _dyads(
        "Il governo cileno ha proposto al Perù di ritirare le truppe."
    )

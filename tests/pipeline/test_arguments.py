"""Argument attachment: actor and recipient by frame, without a parser."""

from __future__ import annotations

import pytest

from tests.pipeline.markup import events, summary

RUS = ("RUS", "GOV")
PRK = ("PRK", "GOV")
USA = ("USA", "GOV")


def test_subject_and_object_of_a_verb():
    recs = events(
        "Il presidente Putin ha criticato il governo americano.",
        "it",
        {"presidente Putin": ("RUS", "GOV", "Vladimir Putin"), "governo americano": USA},
    )
    assert ("ACCUSE", ("RUS",), ("USA",)) in [summary(r) for r in recs]


def test_recipient_after_a_preposition():
    recs = events(
        "Il Pentagono ha chiesto al leader nordcoreano di non inviare armi.",
        "it",
        {"Pentagono": ("USA", "MIL"), "leader nordcoreano": PRK},
    )
    assert [summary(r) for r in recs] == [("REQUEST", ("USA",), ("PRK",))]


def test_passive_swaps_roles():
    recs = events(
        "Il giornalista è stato arrestato dalla polizia turca.",
        "it",
        {"giornalista": ("TUR", "JRN"), "polizia turca": ("TUR", "COP")},
    )
    (rec,) = recs
    assert rec.event_type == "COERCE"
    assert [a.sector for a in rec.actor] == ["COP"]
    assert [a.sector for a in rec.recipient] == ["JRN"]


@pytest.mark.parametrize(
    ("text", "actor_sectors", "recipient_sectors"),
    [
        # a participle right after the people it is said of: they suffer the act
        ("I giornalisti uccisi in Turchia sono dodici.", [], ["JRN"]),
        # an -are verb's present that ends like a participle stays active
        ("I giornalisti accusano il governo turco.", ["JRN"], ["GOV"]),
        # a past historic spelt like a feminine plural participle, after a singular
        # subject, is active; after a plural noun it is the participle
        ("La polizia uccise i giornalisti.", ["COP"], ["JRN"]),
        ("Le giornaliste uccise in Turchia sono dodici.", [], ["JRN"]),
    ],
)
def test_participle_after_its_noun_is_passive(text, actor_sectors, recipient_sectors):
    recs = events(
        text,
        "it",
        {
            "giornalisti": ("TUR", "JRN"),
            "giornaliste": ("TUR", "JRN"),
            "polizia": ("TUR", "COP"),
            "governo turco": ("TUR", "GOV"),
            "Turchia": ("TUR", None),
        },
    )
    (rec,) = recs
    assert [a.sector for a in rec.actor] == actor_sectors
    assert [a.sector for a in rec.recipient] == recipient_sectors


@pytest.mark.parametrize(
    "text",
    [
        # after an apposition in commas: a nationality, a newspaper
        "Pavel Novak, ceco, ucciso a Praga nel corso di una rapina.",
        "Pavel Novak, del quotidiano ceco “Pravo”, brutalmente picchiato a Praga.",
        # rimanere / restare as the passive auxiliary, with no essere before it
        "Sono venti le persone rimaste ferite nell'attentato di Praga.",
        "Pavel Novak è restato ucciso nell'agguato.",
        # a participle coordinated with a passive one
        "Un giornalista ceco picchiato e poi rapito a Praga.",
    ],
)
def test_the_people_a_participle_is_said_of_suffer_it(text):
    marked = {"Pavel Novak": ("CZE", None, "Pavel Novak"), "persone": ("CZE", "CVL")}
    marked["giornalista ceco"] = ("CZE", "JRN")
    recs = [r for r in events(text, "it", marked) if r.event_type == "ASSAULT"]
    assert recs
    for rec in recs:
        assert not rec.actor  # the victims did not attack; no blast is theirs
        assert [a.country for a in rec.recipient] == ["CZE"]


@pytest.mark.parametrize(
    "text",
    [
        "Il ministro ha criticato duramente l'intervento del sindaco.",
        "Il ministro ha criticato anche l'intervento del sindaco.",
        "Il ministro ha condannato duramente le violenze commesse dal sindaco.",
    ],
)
def test_an_adverb_after_the_verb_is_none_of_its_object(text):
    marked = {"ministro": ("ITA", "GOV"), "sindaco": ("FRA", "GOV")}
    (rec,) = events(text, "it", marked)
    assert summary(rec) == ("ACCUSE", ("ITA",), ("FRA",))


def test_reflexive_essere_is_not_passive():
    recs = events(
        "Il ministro russo si è incontrato con il presidente cinese.",
        "it",
        {"ministro russo": RUS, "presidente cinese": ("CHN", "GOV")},
    )
    assert ("CONSULT", ("RUS",), ("CHN",)) in [summary(r) for r in recs]


def test_coordinated_parties_of_a_joint_act():
    (rec,) = events(
        "Sono previste esercitazioni navali congiunte tra Russia, Corea del Nord e Cina.",
        "it",
        {"Russia": ("RUS", None), "Corea del Nord": ("PRK", None), "Cina": ("CHN", None)},
    )
    assert rec.symmetric
    assert {a.country for a in rec.actor + rec.recipient} == {"RUS", "PRK", "CHN"}


def test_apposition_by_comma_is_not_a_list():
    recs = events(
        "Secondo l'amministrazione guidata da Joe Biden, il presidente Putin incontrerà Kim.",
        "it",
        {"Joe Biden": ("USA", "GOV", "Joe Biden"), "presidente Putin": RUS, "Kim": PRK},
    )
    consult = [r for r in recs if r.event_type == "CONSULT"]
    assert consult and {a.country for a in consult[0].actor} == {"RUS"}


def test_noun_trigger_takes_possessor_subject_and_recipient():
    recs = events(
        "Kim ha ribadito il suo sostegno al fianco della Russia.",
        "it",
        {"Kim": PRK, "Russia": ("RUS", None)},
    )
    assert ("SUPPORT", ("PRK",), ("RUS",)) in [summary(r) for r in recs]


def test_event_inside_a_request_is_not_an_event_of_its_own():
    recs = events(
        "Il Pentagono ha chiesto alla Corea del Nord di non inviare aiuti alla Russia.",
        "it",
        {"Pentagono": ("USA", "MIL"), "Corea del Nord": PRK, "Russia": RUS},
    )
    assert [r.event_type for r in recs] == ["REQUEST"]


@pytest.mark.parametrize(
    "text,actors,expected",
    [
        (
            "Russia attacked Ukraine on Monday.",
            {"Russia": RUS, "Ukraine": ("UKR", "GOV")},
            ("ASSAULT", ("RUS",), ("UKR",)),
        ),
        (
            "The protesters were arrested by the police.",
            {"protesters": ("EGY", "CVL"), "police": ("EGY", "COP")},
            ("COERCE", ("EGY",), ("EGY",)),
        ),
    ],
)
def test_english_frames(text, actors, expected):
    assert expected in [summary(r) for r in events(text, "en", actors)]


def test_obligation_in_reported_speech_is_a_demand():
    recs = events(
        "Russia said on Tuesday that Sudan must return the helicopter.",
        "en",
        {"Russia": RUS, "Sudan": ("SDN", "GOV")},
    )
    assert ("REQUEST", ("RUS",), ("SDN",)) in [summary(r) for r in recs]
    # the demanded act is not an event of its own
    assert not any(r.event_type == "RETREAT" for r in recs)


def test_demand_that_names_its_addressee():
    recs = events(
        "The United States demanded that North Korea abandon its program.",
        "en",
        {"United States": USA, "North Korea": PRK},
    )
    assert ("REQUEST", ("USA",), ("PRK",)) in [summary(r) for r in recs]


def test_gerund_clause_takes_the_main_subject():
    recs = events(
        "Egyptian police opened fire on the demonstrators, arresting 12 protesters.",
        "en",
        {
            "Egyptian police": ("EGY", "COP"),
            "demonstrators": ("EGY", "CVL"),
            "protesters": ("EGY", "CVL"),
        },
    )
    arrests = [r for r in recs if r.event_type == "COERCE"]
    assert arrests and [a.sector for a in arrests[0].actor] == ["COP"]


def test_noun_after_a_non_light_verb_is_not_the_subjects_act():
    # the government condemned the attack: it did not attack
    recs = events(
        "Il governo italiano ha condannato l'attacco.",
        "it",
        {"governo italiano": ("ITA", "GOV")},
    )
    assert not any(r.event_type == "ASSAULT" and r.actor for r in recs)


def test_light_verb_noun_is_the_subjects_act():
    recs = events(
        "I ribelli hanno lanciato un attacco contro l'esercito.",
        "it",
        {"ribelli": ("SYR", "REB"), "esercito": ("SYR", "MIL")},
    )
    assert ("ASSAULT", ("SYR",), ("SYR",)) in [summary(r) for r in recs]


@pytest.mark.parametrize(
    "text",
    [
        "La procura olandese ha deciso la riapertura dell'inchiesta contro il ministro.",
        "La procura olandese ha disposto l'avvio di un'inchiesta contro il ministro.",
    ],
)
def test_phase_noun_passes_ownership_to_its_act(text):
    # the start or reopening of an act, decided by the subject, is the subject's act
    minister = ("BEL", "GOV", "Jan Peeters")
    recs = events(text, "it", {"procura olandese": ("NLD", "JUD"), "ministro": minister})
    assert ("ACCUSE", ("NLD",), ("BEL",)) in [summary(r) for r in recs]


def test_english_phase_noun_passes_ownership_to_its_act():
    recs = events(
        "The Dutch government announced the resumption of talks with the Belgian government.",
        "en",
        {"Dutch government": ("NLD", "GOV"), "Belgian government": ("BEL", "GOV")},
    )
    (talks,) = [r for r in recs if r.event_type == "CONSULT"]
    assert [a.raw_text for a in talks.actor] == ["Dutch government"]


def test_phase_noun_after_a_non_light_verb_is_not_the_subjects_act():
    # the government condemned the resumption of the shelling: it did not shell
    recs = events(
        "Il governo olandese ha condannato la ripresa dei bombardamenti.",
        "it",
        {"governo olandese": ("NLD", "GOV")},
    )
    assert not any(r.event_type == "ASSAULT" and r.actor for r in recs)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Il consiglio europeo ha imposto nuove sanzioni al governo bielorusso.", "SANCTION"),
        ("Il consiglio europeo ha adottato sanzioni contro il governo bielorusso.", "SANCTION"),
    ],
)
def test_imposing_and_adopting_are_light_verbs(text, etype):
    # the one who imposes or adopts sanctions sanctions
    recs = events(
        text,
        "it",
        {"consiglio europeo": ("IGO", "IGO"), "governo bielorusso": ("BLR", "GOV")},
    )
    assert (etype, ("IGO",), ("BLR",)) in [summary(r) for r in recs]


def test_having_a_talk_is_the_subjects_act():
    # "avere un colloquio / un incontro con": the subject is one side of the talk; only the
    # participle "avuto" is a light verb (the auxiliary "ha" is not: "ha condannato l'attacco")
    recs = events(
        "Il premier ungherese ha avuto un colloquio telefonico con il cancelliere austriaco.",
        "it",
        {"premier ungherese": ("HUN", "GOV"), "cancelliere austriaco": ("AUT", "GOV")},
    )
    talks = [r for r in recs if r.event_type == "CONSULT"]
    assert talks and {a.country for r in talks for a in r.actor + r.recipient} == {"HUN", "AUT"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # issuing a warrant, ordering an arrest, opening an inquiry, filing a complaint:
        # the subject of these light verbs does the noun's act
        (
            "La corte d'appello ha emesso un mandato di cattura contro il ministro cileno.",
            "THREATEN",
        ),
        (
            "La corte d'appello ha spiccato un mandato di arresto contro il ministro cileno.",
            "THREATEN",
        ),
        ("La corte d'appello ha aperto un'inchiesta sul ministro cileno.", "ACCUSE"),
        ("La corte d'appello ha sporto denuncia contro il ministro cileno.", "ACCUSE"),
        # ... also when the noun's "di" complement is the one acted on
        ("La corte d'appello ha disposto l'arresto del ministro cileno.", "COERCE"),
    ],
)
def test_light_verbs_of_legal_acts(text, etype):
    recs = events(
        text,
        "it",
        {"corte d'appello": ("ARG", "JUD"), "ministro cileno": ("CHL", "GOV")},
    )
    assert (etype, ("ARG",), ("CHL",)) in [summary(r) for r in recs]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # assuring or guaranteeing an act announces one's own act, also in a gerund across a
        # participle aside: the one who assures a trial, support or aid does it
        (
            "Il presidente argentino, appena insediatosi, assicurando un processo a Juan Pérez, "
            "ha chiesto calma.",
            "ACCUSE",
        ),
        ("Il presidente argentino ha garantito il pieno sostegno al ministro cileno.", "SUPPORT"),
        ("Il presidente argentino ha assicurato aiuti umanitari al ministro cileno.", "AID"),
    ],
)
def test_assuring_an_act_is_the_subjects_act(text, etype):
    recs = events(
        text,
        "it",
        {
            "presidente argentino": ("ARG", "GOV"),
            "ministro cileno": ("CHL", "GOV"),
            "Juan Pérez": ("CHL", "GOV", "Juan Pérez"),
        },
    )
    assert (etype, ("ARG",), ("CHL",)) in [summary(r) for r in recs]


def test_a_body_s_act_voiced_by_named_parties_has_them_as_actors():
    # the union's criticism, voiced by two of its leaders: the union and both leaders
    recs = events(
        "Le critiche del sindacato cileno, espresse da Juan Pérez e da Ana Soto, hanno "
        "colpito il governo argentino.",
        "it",
        {
            "sindacato cileno": ("CHL", "LAB"),
            "Juan Pérez": ("CHL", "LAB", "Juan Pérez"),
            "Ana Soto": ("CHL", "LAB", "Ana Soto"),
            "governo argentino": ("ARG", "GOV"),
        },
    )
    (rec,) = [r for r in recs if r.event_type == "ACCUSE"]
    assert [a.raw_text for a in rec.actor] == ["sindacato cileno", "Juan Pérez", "Ana Soto"]
    assert "argument.voiced_by" in [w.rule for w in rec.why]


def test_a_patient_complement_after_a_non_light_verb_keeps_the_subject_out():
    # Amnesty condemned the arrest: it did not arrest
    recs = events(
        "Amnesty ha condannato l'arresto del ministro cileno.",
        "it",
        {"Amnesty": ("NGO", "NGO"), "ministro cileno": ("CHL", "GOV")},
    )
    assert not any(
        r.event_type == "COERCE" and any(a.country == "NGO" for a in r.actor) for r in recs
    )


def test_a_long_agent_after_da_parte_di_acts_on_a_noun():
    # the agent's name runs past the few words a noun's complement is looked for in
    recs = events(
        "Contro il ministro cileno pende un mandato di cattura internazionale da parte della "
        "Corte penale internazionale dell'Aja.",
        "it",
        {"Corte penale internazionale": ("IGO", "JUD"), "ministro cileno": ("CHL", "GOV")},
    )
    warrant = [r for r in recs if r.event_type == "THREATEN"]
    assert warrant and [a.country for a in warrant[0].actor] == ["IGO"]


@pytest.mark.parametrize(
    "text",
    [
        # a dative clitic stands for the party named before it in the sentence
        "Il ministro cileno ha ricevuto l'ambasciatore argentino e gli ha chiesto di andarsene.",
        # an accusative clitic continues the object of the sentence before
        "I militari hanno fermato l'ambasciatore argentino. Il ministro cileno lo ha espulso.",
    ],
)
def test_an_object_clitic_names_the_recipient(text):
    recs = events(
        text,
        "it",
        {
            "ministro cileno": ("CHL", "GOV"),
            "ambasciatore argentino": ("ARG", "GOV"),
            "militari": ("CHL", "MIL"),
        },
    )
    acts = [r for r in recs if r.event_type in ("REQUEST", "SANCTION", "COERCE")]
    assert acts and [a.country for a in acts[-1].recipient] == ["ARG"]
    assert any(w.rule == "argument.clitic_object" for w in acts[-1].why)


@pytest.mark.parametrize(
    "text,trigger,recipient",
    [
        # "li ... arrestati": the plural party, not the nearer singular one
        (
            "I giornalisti russi hanno incontrato il ministro francese. "
            "La polizia turca li ha arrestati.",
            "arrestati",
            ("RUS",),
        ),
        # "l'ha arrestata": the participle makes the elided clitic feminine
        (
            "La giornalista russa ha intervistato il ministro francese a Parigi. "
            "Poi la polizia turca l'ha arrestata.",
            "arrestata",
            ("RUS",),
        ),
        # "lo": the masculine party, not the nearer feminine one
        (
            "Il ministro francese ha incontrato la giornalista russa. "
            "La polizia turca lo ha criticato.",
            "criticato",
            ("FRA",),
        ),
    ],
)
def test_an_object_clitic_stands_for_a_party_that_agrees_with_it(text, trigger, recipient):
    from eventwire.api import extract

    got = [
        tuple(sorted({a.country for a in r.recipient}))
        for r in extract(text, language="it")
        if r.evidence.trigger.text == trigger
    ]
    assert got == [recipient]


def test_an_article_before_a_noun_is_no_clitic():
    recs = events(
        "L'ambasciatore argentino era presente. Il ministro cileno le critica.",
        "it",
        {"ministro cileno": ("CHL", "GOV"), "ambasciatore argentino": ("ARG", "GOV")},
    )
    assert not any(r.recipient for r in recs)


def test_withdrawal_recipient_is_the_place_left():
    recs = events(
        "Syria said it will withdraw its troops from Lebanon.",
        "en",
        {"Syria": ("SYR", None), "troops": ("SYR", "MIL"), "Lebanon": ("LBN", None)},
    )
    retreat = [r for r in recs if r.event_type == "RETREAT"]
    assert retreat and [a.country for a in retreat[0].recipient] == ["LBN"]


def test_from_is_not_a_passive_agent():
    recs = events(
        "U.N. helicopters evacuated the wounded from the town.",
        "en",
        {"U.N. helicopters": ("IGO", "MIL")},
    )
    assert recs and [a.country for a in recs[0].actor] == ["IGO"]


def test_rejected_request_gives_the_requester_as_recipient():
    recs = events(
        "Rebels in the north dismissed an appeal from President Gbagbo.",
        "en",
        {"Rebels": ("CIV", "REB"), "President Gbagbo": ("CIV", "GOV", "Laurent Gbagbo")},
    )
    assert ("REJECT", ("CIV",), ("CIV",)) in [summary(r) for r in recs]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Ouattara ha fatto appello all'ONU e alla Francia.", "it"),
        ("Ouattara appealed to the UN and to France.", "en"),
    ],
)
def test_a_repeated_preposition_joins_coordinated_recipients(text, lang):
    un = "ONU" if lang == "it" else "UN"
    france = "Francia" if lang == "it" else "France"
    recs = events(
        text, lang, {"Ouattara": ("CIV", "GOV"), un: ("IGO", None), france: ("FRA", None)}
    )
    assert [summary(r) for r in recs] == [("REQUEST", ("CIV",), ("FRA", "IGO"))]


def test_a_different_preposition_does_not_join():
    recs = events(
        "Ouattara ha fatto appello all'ONU per la Francia.",
        "it",
        {"Ouattara": ("CIV", "GOV"), "ONU": ("IGO", None), "Francia": ("FRA", None)},
    )
    assert [summary(r) for r in recs] == [("REQUEST", ("CIV",), ("IGO",))]


@pytest.mark.parametrize(
    "actor,expected",
    [
        (("SYR", "REB"), ("SYR",)),  # a domestic group's demand goes to its government
        (("SYR", "GOV"), ()),  # a government's demand with no addressee stays open
    ],
)
def test_demand_without_addressee(actor, expected):
    recs = events("I ribelli chiedono riforme e più democrazia.", "it", {"ribelli": actor})
    (rec,) = [r for r in recs if r.event_type == "REQUEST"]
    assert tuple(a.country for a in rec.recipient) == expected


def test_by_after_an_object_noun_is_not_a_passive_agent():
    recs = events(
        "Berlin rejected recent calls by Belarus for economic aid.",
        "en",
        {"Berlin": ("DEU", "GOV"), "Belarus": ("BLR", "GOV")},
    )
    (rec,) = [r for r in recs if r.event_type == "REJECT"]
    assert summary(rec) == ("REJECT", ("DEU",), ("BLR",))


def test_by_right_after_a_participle_is_the_agent():
    recs = events(
        "La marcia era stata proibita anche dalla polizia tedesca.",
        "it",
        {"polizia tedesca": ("DEU", "COP")},
    )
    (rec,) = [r for r in recs if r.event_type == "COERCE"]
    assert [a.country for a in rec.actor] == ["DEU"]


def test_the_object_inside_a_gapped_trigger_is_the_recipient():
    recs = events(
        "Switzerland expelled two Russian diplomats.",
        "en",
        {"Switzerland": ("CHE", "GOV"), "Russian": ("RUS", "GOV")},
    )
    (rec,) = [r for r in recs if r.event_type == "SANCTION"]
    assert summary(rec) == ("SANCTION", ("CHE",), ("RUS",))


def test_troops_sent_are_the_senders_own():
    recs = events(
        "Gli Stati Uniti intendono inviare altri 21.000 militari.",
        "it",
        {"Stati Uniti": ("USA", "GOV"), "militari": ("USA", "MIL")},
    )
    (rec,) = [r for r in recs if r.event_type == "MOBILIZE"]
    assert rec.recipient == []


def test_a_state_acting_on_its_own_country_has_no_recipient():
    recs = events(
        "The Serbian president promised to democratize Serbia.",
        "en",
        {"Serbian president": ("SRB", "GOV"), "Serbia": ("SRB", None)},
    )
    (rec,) = [r for r in recs if r.event_type == "AGREE"]
    assert rec.recipient == []


@pytest.mark.parametrize(
    "text,lang,crowd,target",
    [
        ("Migliaia di studenti hanno manifestato contro il governo.", "it", "studenti", "governo"),
        ("Hundreds of students protested against the government.", "en", "students", "government"),
    ],
)
def test_counted_people_are_the_subject_and_the_target_follows_contro(text, lang, crowd, target):
    recs = events(text, lang, {crowd: ("ITA", "EDU"), target: ("ITA", "GOV")})
    (rec,) = [r for r in recs if r.event_type == "PROTEST"]
    assert [a.sector for a in rec.actor] == ["EDU"]
    assert [a.sector for a in rec.recipient] == ["GOV"]


def test_a_meeting_at_a_seat_of_power_is_held_there():
    # the shipped actor resolution: "Cremlino" is a seat-of-power metonym of RUS GOV
    import eventwire

    recs = eventwire.extract(
        "Il presidente russo ha indetto una riunione di emergenza al Cremlino.", language="it"
    )
    (rec,) = [r for r in recs if r.event_type == "CONSULT"]
    assert rec.recipient == []
    assert any(w.rule == "argument.meeting_place_not_party" for w in rec.why)


def test_a_request_to_a_capital_names_its_government():
    import eventwire

    recs = eventwire.extract(
        "Il presidente americano ha chiesto a Mosca di ritirarsi.", language="it"
    )
    (rec,) = [r for r in recs if r.event_type == "REQUEST"]
    assert [a.country for a in rec.recipient] == ["RUS"]


def test_a_bare_phrase_after_a_comma_starts_another_clause():
    recs = events(
        "The rebels overran it late last month, Thai military sources said.",
        "en",
        {"rebels": ("KHM", "REB"), "Thai military sources": ("THA", "MIL")},
    )
    (rec,) = [r for r in recs if r.event_type == "COERCE"]
    assert [a.country for a in rec.recipient] != ["THA"]


@pytest.mark.parametrize(
    "text,lang,owner",
    [
        ("A camp for Congolese refugees was attacked by militiamen.", "en", "Congolese refugees"),
        ("La sede del Partito democratico è stata attaccata.", "it", "Partito democratico"),
    ],
)
def test_the_owner_of_an_attacked_place_is_the_target(text, lang, owner):
    recs = events(text, lang, {owner: ("COD", "REF"), "militiamen": ("BDI", "MIL")})
    (rec,) = [r for r in recs if r.event_type == "ASSAULT"]
    assert [a.country for a in rec.recipient] == ["COD"]


def test_the_agent_of_a_demanded_act_is_asked():
    recs = events(
        "Poland's parliament demanded an immediate admission by Moscow of the killings.",
        "en",
        {"Poland's parliament": ("POL", "LEG"), "Moscow": ("RUS", "GOV")},
    )
    (rec,) = [r for r in recs if r.event_type == "REQUEST"]
    assert summary(rec) == ("REQUEST", ("POL",), ("RUS",))


@pytest.mark.parametrize(
    "text,lang,antecedent",
    [
        (
            "Lavora insieme alla Procura di Genova, che attualmente indaga per disastro colposo.",
            "it",
            "Procura di Genova",
        ),
        ("He met the police chief, who then arrested the suspects.", "en", "police chief"),
    ],
)
def test_a_relative_pronoun_before_the_verb_is_its_subject(text, lang, antecedent):
    recs = events(text, lang, {antecedent: ("ITA", "COP")})
    rec = next(r for r in recs if r.event_type in ("ACCUSE", "COERCE"))
    assert [a.sector for a in rec.actor] == ["COP"]


@pytest.mark.parametrize(
    "text",
    [
        "A Roma si ricorda il sindacalista di sinistra che ieri è stato ucciso davanti a casa.",
        "Il giornalista di mezza età, che è stato arrestato, era noto a tutti in città.",
    ],
)
def test_a_relative_clause_after_a_di_phrase_is_said_of_the_noun_it_qualifies(text):
    # "il leader dell'opposizione di sinistra che è stato assassinato": the short "di"
    # phrase qualifies the mention, the relative pronoun and its passive are said of it
    recs = events(text, "it", {"sindacalista": ("ITA", "LAB"), "giornalista": ("ITA", "JRN")})
    (rec,) = [r for r in recs if r.event_type in ("ASSAULT", "COERCE")]
    assert [a.sector for a in rec.recipient] in (["LAB"], ["JRN"])


def test_an_object_with_a_long_apposition_after_a_reason_phrase_is_the_recipient():
    # the name starts within the object window, its apposition runs past it
    recs = events(
        "Il tribunale ha rinviato a giudizio per apologia di reato Luca Bianchi, "
        "vicecomandante dei vigili urbani della piccola città di Lodi.",
        "it",
        {
            "tribunale": ("ITA", "JUD"),
            "Luca Bianchi, vicecomandante dei vigili urbani della piccola città di Lodi": (
                "ITA",
                "COP",
                "Luca Bianchi",
            ),
        },
    )
    (rec,) = [r for r in recs if r.event_type == "ACCUSE"]
    assert [a.sector for a in rec.recipient] == ["COP"]


def test_a_partitive_aside_is_no_clause_of_its_own():
    # ", tra cui / di cui ...," names a part of the mention before it: the passive after the
    # aside is said of the whole mention
    recs = events(
        "Quattro turisti, tra cui un medico, sono stati arrestati dalla polizia.",
        "it",
        {"turisti": ("FRA", "CVL"), "medico": ("FRA", "MED"), "polizia": ("FRA", "COP")},
    )
    (rec,) = [r for r in recs if r.recipient]
    assert [a.sector for a in rec.recipient] == ["CVL"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a <capital>" right before a bare mention: where the act happens, then whom
        ("La polizia turca ha arrestato ad Ankara due giornalisti tedeschi.", ["DEU"]),
        ("Il presidente russo ha incontrato a Roma il premier italiano.", ["ITA"]),
        # with no bare mention after it, the city stays the recipient
        ("La Francia ha inviato aiuti a Kiev.", ["UKR"]),
    ],
)
def test_a_capital_before_the_object_is_where_the_act_happens(text, expected):
    from eventwire.api import extract

    (rec,) = extract(text, language="it")
    assert [a.country for a in rec.recipient] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian government finally conceded to demands from the trade unions.",
        "The Ruritanian government gave in to demands from the trade unions.",
        "The Ruritanian government yielded to pressure from the trade unions.",
    ],
)
def test_yielding_to_demands_concedes_to_the_demanders(text):
    recs = events(
        text, "en", {"Ruritanian government": ("RUR", "GOV"), "trade unions": ("RUR", "LAB")}
    )
    (rec,) = [r for r in recs if r.event_type == "CONCEDE"]
    assert [a.sector for a in rec.recipient] == ["LAB"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Confermata la condanna a sei anni di carcere per il sindaco.", "SANCTION"),
        ("La corte ha emesso un mandato di arresto per il sindaco.", "THREATEN"),
    ],
)
def test_a_party_after_per_is_the_recipient_of_a_noun(text, etype):
    # "la condanna ... per Mario Rossi": the one the act is for or against
    recs = events(text, "it", {"sindaco": ("ITA", "GOV")})
    (rec,) = [r for r in recs if r.event_type == etype]
    assert [a.sector for a in rec.recipient] == ["GOV"]


def test_a_trigger_ending_in_its_preposition_takes_the_phrase_after_it():
    recs = events(
        "Il consiglio, l'unico organo che avrebbe il potere di farlo, ha ribadito la sua "
        "fiducia verso il governatore Fazio.",
        "it",
        {"consiglio": ("ITA", "GOV", "Consiglio"), "governatore Fazio": ("ITA", "ELI", "Fazio")},
    )
    (rec,) = [r for r in recs if r.event_type == "SUPPORT"]
    # the subject past the apposition's relative clause, the recipient after "verso"
    assert [a.sector for a in rec.actor] == ["GOV"]
    assert [a.sector for a in rec.recipient] == ["ELI"]


def test_an_infinitive_to_is_no_preposition():
    recs = events(
        "Syria says it is willing to withdraw its troops from Lebanon.",
        "en",
        {"Syria": ("SYR", "GOV"), "troops": ("SYR", "MIL"), "Lebanon": ("LBN", None)},
    )
    (rec,) = [r for r in recs if r.event_type == "AGREE"]
    assert [a.country for a in rec.recipient] != ["SYR"]


def test_a_noun_like_participle_after_stata_is_a_passive_verb():
    recs = events(
        "Ne era stata richiesta la rimozione da parte di una associazione al sindaco.",
        "it",
        {"associazione": ("ITA", "NGO"), "sindaco": ("ITA", "GOV")},
    )
    (rec,) = [r for r in recs if r.event_type == "REQUEST"]
    assert [a.sector for a in rec.actor] == ["NGO"]
    assert [a.sector for a in rec.recipient] == ["GOV"]


def test_there_have_been_protests_is_no_passive():
    recs = events("There have been protests by students.", "en", {"students": ("USA", "EDU")})
    (rec,) = [r for r in recs if r.event_type == "PROTEST"]
    assert [a.sector for a in rec.actor] == ["EDU"]


def test_il_quale_after_an_aside_is_the_subject():
    recs = events(
        "Lo preferisce il Presidente americano, il quale, intervistato dalla radio, ha "
        "minacciato l'Iran.",
        "it",
        {"Presidente americano": ("USA", "GOV", "Presidente"), "Iran": ("IRN", None)},
    )
    (rec,) = [r for r in recs if r.event_type == "THREATEN"]
    assert summary(rec) == ("THREATEN", ("USA",), ("IRN",))


def test_the_genitive_after_a_dash_aside_is_the_nouns_actor():
    recs = events(
        "Si prepara la visita – per la prima volta visita di Stato – del Pontefice a Londra.",
        "it",
        {"Pontefice": ("VAT", "GOV", "Pope Benedict XVI")},
    )
    first = min(
        (r for r in recs if r.event_type == "CONSULT"), key=lambda r: r.evidence.trigger.start
    )
    assert [a.country for a in first.actor] == ["VAT"]


def test_a_subject_kept_from_the_sentence_before_keeps_its_coordination():
    recs = events(
        "Francia e Germania hanno criticato la decisione. Hanno chiesto alla Russia di ritirare "
        "le truppe.",
        "it",
        {"Francia": ("FRA", None), "Germania": ("DEU", None), "Russia": ("RUS", None)},
    )
    (rec,) = [r for r in recs if r.event_type == "REQUEST"]
    assert summary(rec) == ("REQUEST", ("DEU", "FRA"), ("RUS",))


def test_a_participle_opening_its_sentence_keeps_no_subject_from_the_sentence_before():
    # "Fermato un ultrà": a passive with its auxiliary left out, done to the noun after it
    recs = events(
        "I medici hanno curato i feriti. Fermato un giornalista francese al confine.",
        "it",
        {"medici": ("ITA", "MED"), "giornalista francese": ("FRA", "JRN")},
    )
    (rec,) = [r for r in recs if r.event_type == "COERCE"]
    assert [a.sector for a in rec.actor] != ["MED"]
    assert [a.sector for a in rec.recipient] == ["JRN"]


@pytest.mark.parametrize(
    ("text", "lang", "actors"),
    [
        (
            "I ribelli libici che la settimana scorsa avevano incontrato il governo egiziano, "
            "hanno attaccato l'esercito ciadiano.",
            "it",
            {
                "ribelli libici": ("LBY", "REB"),
                "governo egiziano": ("EGY", "GOV"),
                "esercito ciadiano": ("TCD", "MIL"),
            },
        ),
        (
            "The Libyan rebels, who had met the Egyptian government last week, attacked the "
            "Chadian army.",
            "en",
            {
                "Libyan rebels": ("LBY", "REB"),
                "Egyptian government": ("EGY", "GOV"),
                "Chadian army": ("TCD", "MIL"),
            },
        ),
    ],
)
def test_a_mention_inside_a_relative_clause_is_not_the_subject(text, lang, actors):
    recs = events(text, lang, actors)
    assert ("ASSAULT", ("LBY",), ("TCD",)) in [summary(r) for r in recs]


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("Il ministro greco ha replicato alle accuse della Turchia.", "it", "ACCUSE"),
        ("The Greek minister accepted the demands of Turkey.", "en", "CONCEDE"),
    ],
)
def test_the_owner_of_a_verb_noun_triggers_noun_receives(text, lang, etype):
    actors = {
        "ministro greco": ("GRC", "GOV"),
        "Greek minister": ("GRC", "GOV"),
        "Turchia": ("TUR", None),
        "Turkey": ("TUR", None),
    }
    recs = events(text, lang, actors)
    assert [summary(r) for r in recs if r.event_type == etype] == [(etype, ("GRC",), ("TUR",))]


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("Il governo indiano ha offerto un risarcimento ai feriti.", "it", "AGREE"),
        ("Indian troops evacuated the wounded.", "en", "AID"),
    ],
)
def test_a_trigger_word_naming_people_can_be_the_object(text, lang, etype):
    actors = {
        "governo indiano": ("IND", "GOV"),
        "Indian troops": ("IND", "MIL"),
        "feriti": ("NPL", "CVL"),
        "wounded": ("NPL", "CVL"),
    }
    recs = events(text, lang, actors)
    assert (etype, ("IND",), ("NPL",)) in [summary(r) for r in recs]


def test_the_subject_of_a_cleft_with_a_fronted_infinitive_acts():
    recs = events(
        "A chiedere la liberazione dei prigionieri è stato anche il governo francese.",
        "it",
        {"governo francese": ("FRA", "GOV")},
    )
    (rec,) = [r for r in recs if r.event_type == "REQUEST"]
    assert summary(rec) == ("REQUEST", ("FRA",), ())
    assert any(w.rule == "argument.cleft_subject" for w in rec.why)


def test_a_multiword_agent_phrase_may_stand_far_from_its_verb():
    recs = events(
        "Un giovane è stato ucciso ieri sera in un bar del quartiere San Lorenzo, vicino alla "
        "stazione centrale, per mano di un agente della polizia.",
        "it",
        {"giovane": ("ITA", "CVL"), "agente della polizia": ("ITA", "COP")},
    )
    (rec,) = [r for r in recs if r.event_type == "ASSAULT"]
    assert [a.sector for a in rec.actor] == ["COP"]
    assert [a.sector for a in rec.recipient] == ["CVL"]


@pytest.mark.parametrize(
    ("text", "lang", "etype", "actor", "recipient"),
    [
        (
            "La riforma del governo greco ha suscitato le critiche dei sindacati.",
            "it",
            "ACCUSE",
            ("LAB",),
            ("GOVGR",),
        ),
        (
            "Il ministro greco ha raccolto la piena solidarietà del governo cinese.",
            "it",
            "SUPPORT",
            ("GOVCN",),
            ("GOVGR",),
        ),
        (
            "The Greek minister received the support of the Chinese government.",
            "en",
            "SUPPORT",
            ("GOVCN",),
            ("GOVGR",),
        ),
        (
            "The Greek minister drew sharp criticism from the unions.",
            "en",
            "ACCUSE",
            ("LAB",),
            ("GOVGR",),
        ),
    ],
)
def test_a_noun_after_a_reaction_verb_is_done_to_its_subject(text, lang, etype, actor, recipient):
    actors = {
        "governo greco": ("GRC", "GOV", "GOVGR"),
        "ministro greco": ("GRC", "GOV", "GOVGR"),
        "Greek minister": ("GRC", "GOV", "GOVGR"),
        "governo cinese": ("CHN", "GOV", "GOVCN"),
        "Chinese government": ("CHN", "GOV", "GOVCN"),
        "sindacati": ("GRC", "LAB"),
        "unions": ("GRC", "LAB"),
    }
    recs = [r for r in events(text, lang, actors) if r.event_type == etype]
    assert recs
    names = {"GOVGR", "GOVCN"}

    def tag(a):
        return a.name if a.name in names else a.sector

    assert tuple(tag(a) for a in recs[0].actor) == actor
    assert tuple(tag(a) for a in recs[0].recipient) == recipient
    assert any(w.rule == "argument.reaction_to_subject" for w in recs[0].why)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il Consiglio d'Europa (CdE) ha chiesto alla Turchia di liberare i giornalisti.", "it"),
        ("The Council of Europe (CoE) urged Turkey to free the journalists.", "en"),
    ],
)
def test_an_acronym_in_brackets_after_the_subject_is_no_boundary(text, lang):
    actors = {
        "Consiglio d'Europa": ("IGO", None),
        "Council of Europe": ("IGO", None),
        "Turchia": ("TUR", None),
        "Turkey": ("TUR", None),
    }
    recs = events(text, lang, actors)
    assert ("REQUEST", ("IGO",), ("TUR",)) in [summary(r) for r in recs]


def test_a_list_goes_on_past_an_acronym_in_brackets():
    recs = events(
        "Il Consiglio d'Europa (CdE), la Francia e la Germania hanno criticato la Turchia.",
        "it",
        {
            "Consiglio d'Europa": ("IGO", None),
            "CdE": ("IGO", None),
            "Francia": ("FRA", None),
            "Germania": ("DEU", None),
            "Turchia": ("TUR", None),
        },
    )
    assert ("ACCUSE", ("DEU", "FRA", "IGO"), ("TUR",)) in [summary(r) for r in recs]


def test_a_split_compound_adjective_does_not_hide_the_preposition():
    recs = events(
        "The Japanese minister has promised to continue military aid to war-torn Somalia.",
        "en",
        {"Japanese minister": ("JPN", "GOV"), "Somalia": ("SOM", None)},
    )
    assert ("AGREE", ("JPN",), ("SOM",)) in [summary(r) for r in recs]


def test_the_source_of_a_verb_noun_triggers_noun_receives():
    recs = events(
        "The Georgian president received a group of observers from the United Nations.",
        "en",
        {"Georgian president": ("GEO", "GOV"), "United Nations": ("IGO", None)},
    )
    assert ("RETREAT", ("GEO",), ("IGO",)) in [summary(r) for r in recs]


def test_a_relative_pronoun_before_a_verb_and_its_infinitive_is_the_subject():
    recs = events(
        "Il governo francese ha aperto i porti alla flotta russa, che inizia a ritirarsi "
        "dalla Siria.",
        "it",
        {
            "governo francese": ("FRA", "GOV"),
            "flotta russa": ("RUS", "MIL"),
            "Siria": ("SYR", None),
        },
    )
    (rec,) = [r for r in recs if r.event_type == "RETREAT"]
    assert summary(rec) == ("RETREAT", ("RUS",), ("SYR",))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il presidente cinese ha interrotto la sua visita ufficiale in Francia.", "it"),
        ("The Chinese president cut short his official visit in France.", "en"),
    ],
)
def test_the_country_a_visit_is_in_hosts_it(text, lang):
    actors = {
        "presidente cinese": ("CHN", "GOV"),
        "Chinese president": ("CHN", "GOV"),
        "Francia": ("FRA", None),
        "France": ("FRA", None),
    }
    recs = events(text, lang, actors)
    (rec,) = [r for r in recs if r.event_type == "CONSULT"]
    assert summary(rec) == ("CONSULT", ("CHN",), ("FRA",))
    assert any(w.rule == "argument.object.prep_in" for w in rec.why)


@pytest.mark.parametrize(
    "text",
    [
        "I carabinieri hanno subito avviato le indagini sul furto.",
        "I carabinieri hanno raccolto la denuncia del commerciante.",
    ],
)
def test_no_reaction_reading_for_an_adverb_or_a_complement_taken_in(text):
    recs = events(text, "it", {"carabinieri": ("ITA", "COP"), "commerciante": ("ITA", "BUS")})
    assert all(w.rule != "argument.reaction_to_subject" for r in recs for w in r.why)


def test_a_spaced_dash_is_no_compound_adjective():
    recs = events(
        "In due casi - a maggio e a settembre - tre Marines hanno sparato contro i ribelli.",
        "it",
        {"Marines": ("USA", "MIL"), "ribelli": ("IRQ", "REB")},
    )
    (rec,) = [r for r in recs if r.event_type == "ASSAULT"]
    assert summary(rec) == ("ASSAULT", ("USA",), ("IRQ",))


def test_a_quoted_reaction_form_matches_its_text_only():
    recs = events(
        "Gli agenti hanno avviato subito le indagini sul furto.",
        "it",
        {"agenti": ("ITA", "COP")},
    )
    (rec,) = [r for r in recs if r.event_type == "ACCUSE"]
    assert [a.sector for a in rec.actor] == ["COP"]


def test_a_compass_word_leaves_the_place_governed_by_its_preposition():
    # "in south Lebanon" is where, not whom: "south" does not make "Lebanon" a bare object
    recs = events(
        "The militia declared a ceasefire in south Lebanon.",
        "en",
        {"militia": ("LBN", "REB"), "Lebanon": ("LBN", None)},
    )
    assert [summary(r) for r in recs] == [("RETREAT", ("LBN",), ())]


@pytest.mark.parametrize(
    "text,rule",
    [
        ("Japan sent emergency aid to war-torn Somalia.", "argument.object.prep_to"),
        (
            "Japan promised to continue its aid to war-torn Somalia.",
            "argument.embedded_act_recipient",
        ),
    ],
)
def test_preposition_reaches_past_a_split_compound_adjective(text, rule):
    # the tokenizer splits "war-torn" into three tokens; "to" still governs the country,
    # which is the recipient read off the text (not a guess from the article's dyad)
    recs = events(text, "en", {"Japan": ("JPN", "GOV"), "Somalia": ("SOM", "GOV")})
    assert [summary(r)[2] for r in recs] == [("SOM",)]
    assert rule in [w.rule for w in recs[0].why]


def test_a_bracketed_acronym_after_the_subject_leaves_it_the_subject():
    recs = events(
        "The Arctic Fisheries Board (AFB) accused Norway of overfishing.",
        "en",
        {"Arctic Fisheries Board": ("IGO", None), "AFB": ("IGO", None), "Norway": ("NOR", "GOV")},
    )
    assert ("ACCUSE", ("IGO",), ("NOR",)) in [summary(r) for r in recs]


def test_a_list_goes_on_past_a_bracketed_acronym():
    # "A (a), B and C": the acronym is A again; B and C are A's fellow actors, not recipients
    recs = events(
        "The Arctic Fisheries Board (AFB), the Nordic Council and Greenpeace criticised Norway.",
        "en",
        {
            "Arctic Fisheries Board": ("IGO", None),
            "AFB": ("IGO", None),
            "Nordic Council": ("IGO", None),
            "Greenpeace": ("NGO", None),
            "Norway": ("NOR", "GOV"),
        },
    )
    assert ("ACCUSE", ("IGO", "IGO", "NGO"), ("NOR",)) in [summary(r) for r in recs]


def _roles(text: str, event_type: str) -> tuple[list, list]:
    from eventwire.api import extract

    # the parties as the argument stage attached them, also where no country is known
    recs = extract(text, language="it", keep_unplaced=True)
    rec = next(r for r in recs if r.event_type == event_type)
    return [a.raw_text for a in rec.actor], [a.raw_text for a in rec.recipient]


@pytest.mark.parametrize(
    "text,event_type,actor,recipient",
    [
        # a verb opening its sentence: the subject follows it
        ("Indaga la polizia sul furto di gioielli a Firenze.", "ACCUSE", ["polizia"], []),
        (
            "Scioperano i sindacati contro la riforma del governo Meloni.",
            "PROTEST",
            ["sindacati"],
            ["governo Meloni"],
        ),
        (
            "Furti in centro: arrestano i carabinieri tre spacciatori.",
            "COERCE",
            ["carabinieri"],
            ["spacciatori"],
        ),
        # a fronted place keeps the subject after the verb (a sentence or a headline)
        (
            "A Torino scioperano i sindacati contro la riforma del governo Meloni.",
            "PROTEST",
            ["sindacati"],
            ["governo Meloni"],
        ),
        ("Pensioni: da Bari scioperano i sindacati.", "PROTEST", ["sindacati"], []),
        # a transitive headline verb drops its subject: the mention is its object
        ("Aggredisce un poliziotto a Napoli e fugge in auto.", "ASSAULT", [], ["poliziotto"]),
        # a headline participle is passive: its doer is the implied police (no text)
        ("Arrestato un giornalista ad Ankara.", "COERCE", [None], ["giornalista"]),
    ],
)
def test_postverbal_subject_of_a_sentence_initial_verb(text, event_type, actor, recipient):
    assert _roles(text, event_type) == (actor, recipient)


@pytest.mark.parametrize(
    "text,event_type,actor,recipient",
    [
        # the verb after the quotation it reports: its subject follows it, never a party
        # inside the quotation
        ('"I sindacati devono fermarsi", ha chiesto il prefetto.', "REQUEST", ["prefetto"], []),
        ("«La polizia ha mentito» ha accusato il sindaco.", "ACCUSE", ["sindaco"], []),
        (
            "«Basta», ha accusato il sindaco rivolto alla polizia.",
            "ACCUSE",
            ["sindaco"],
            ["polizia"],
        ),
    ],
)
def test_subject_after_a_verb_that_follows_its_quotation(text, event_type, actor, recipient):
    assert _roles(text, event_type) == (actor, recipient)


@pytest.mark.parametrize(
    "text,event_type,recipient",
    [
        # a gerund naming no one: its act goes to the main verb's object
        (
            "Il premier greco ha chiamato il presidente cipriota, offrendo aiuti.",
            "AGREE",
            ["CYP"],
        ),
        ("Il governo turco ha accusato la Grecia, minacciando sanzioni.", "THREATEN", ["GRC"]),
        # a gerund with its own addressee keeps it
        (
            "Il governo turco ha accusato la Grecia, chiedendo all'Unione Europea di intervenire.",
            "REQUEST",
            ["IGO"],
        ),
    ],
)
def test_a_gerunds_act_goes_to_the_main_object(text, event_type, recipient):
    from eventwire.api import extract

    rec = next(r for r in extract(text, language="it") if r.event_type == event_type)
    assert [a.country for a in rec.recipient] == recipient


def test_the_copula_after_a_participle_names_its_patient():
    # "l'uomo fermato dai carabinieri è X": the participle is said of X
    from eventwire.api import extract

    recs = extract(
        "Il giovane fermato dai carabinieri è Marco Neri, uno studente albanese che vive a Bari.",
        language="it",
    )
    got = [
        (r.event_type, [a.country for a in r.actor], [a.country for a in r.recipient]) for r in recs
    ]
    assert ("COERCE", ["ITA"], ["ALB"]) in got
    assert any(w.rule == "argument.copular_patient" for r in recs for w in r.why)


@pytest.mark.parametrize(
    "text",
    [
        "Il comune ha chiuso la piazza, come richiesto dalla questura.",
        "Come chiesto dalla questura, il comune ha chiuso la piazza.",
    ],
)
def test_da_after_an_irregular_participle_is_its_agent(text):
    # "richiesto/chiesto da X": X asked (a passive participle), X is not the one asked
    assert _roles(text, "REQUEST") == (["questura"], [])


@pytest.mark.parametrize(
    ("text", "lang", "actor", "recipient"),
    [
        # the complement of a killing noun is its victim
        ("L'uccisione del giornalista ha scosso il paese.", "it", (), ("RUS",)),
        ("The killing of the journalist shocked the country.", "en", (), ("RUS",)),
        # the complement of an attack is its doer
        ("L'attacco dei ribelli ha scosso il paese.", "it", ("SYR",), ()),
    ],
)
def test_killing_nouns_take_their_victim_as_complement(text, lang, actor, recipient):
    actors = {
        "giornalista": ("RUS", "JRN"),
        "journalist": ("RUS", "JRN"),
        "ribelli": ("SYR", "REB"),
    }
    (rec,) = events(text, lang, actors)
    assert summary(rec)[1:] == (actor, recipient)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chiedendo la liberazione degli ostaggi, il governo ha incontrato i ribelli.", "it"),
        ("Calling for the release of the hostages, the government met the rebels.", "en"),
    ],
)
def test_a_sentence_opening_gerund_is_done_by_the_main_subject(text, lang):
    actors = {
        "governo": ("FRA", "GOV"),
        "government": ("FRA", "GOV"),
        "ribelli": ("MLI", "REB"),
        "rebels": ("MLI", "REB"),
    }
    recs = [r for r in events(text, lang, actors) if r.event_type == "REQUEST"]
    assert [tuple(a.country for a in r.actor) for r in recs] == [("FRA",)]


@pytest.mark.parametrize(
    "text",
    [
        # the agent phrase first, the one acted on after it
        "L'arresto da parte della polizia belga di tre attivisti curdi ha provocato proteste.",
        # the usual order, with a number before the complement
        "L'arresto di tre attivisti curdi da parte della polizia belga ha provocato proteste.",
    ],
)
def test_a_patient_noun_takes_agent_and_patient_in_either_order(text):
    recs = events(text, "it", {"polizia belga": ("BEL", "COP"), "attivisti curdi": ("TUR", "CVL")})
    assert ("COERCE", ("BEL",), ("TUR",)) in [summary(r) for r in recs]


def _country_summaries(text: str) -> list[tuple]:
    from eventwire.api import extract

    return [
        (
            r.event_type,
            tuple(sorted({a.country for a in r.actor if a.country})),
            tuple(sorted({a.country for a in r.recipient if a.country})),
        )
        for r in extract(text, language="it")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # an agent noun's "di" complement is its doer ("l'attacco dei ribelli"), but with its
        # agent named by "da parte di" it is the one the act is done to
        (
            "Sono cominciati i bombardamenti della Siria da parte dell'aviazione turca.",
            ("ASSAULT", ("TUR",), ("SYR",)),
        ),
        (
            "È arrivata ieri la condanna dell'Iran da parte del governo tedesco.",
            ("ACCUSE", ("DEU",), ("IRN",)),
        ),
        # parties coordinated with the complement come between
        (
            "Si temeva l'invasione della Georgia e dell'Ucraina da parte dell'esercito russo.",
            ("ASSAULT", ("RUS",), ("GEO", "UKR")),
        ),
    ],
)
def test_a_noun_with_a_da_parte_di_agent_takes_its_complement_as_patient(text, expected):
    assert expected in _country_summaries(text)


def test_a_da_parte_di_agent_of_a_later_verb_is_not_the_nouns():
    # "da parte del ministro" is the agent of "ribadito": the noun keeps its doer
    text = "Il sostegno della Francia all'Ucraina è stato ribadito da parte del ministro."
    assert ("SUPPORT", ("FRA",), ("UKR",)) in _country_summaries(text)


def test_an_opening_gerund_is_done_by_the_owner_of_the_main_subject_phrase():
    recs = events(
        "Il Kosovo ha protestato. Invitando la Serbia al dialogo, gli osservatori dell'OSCE "
        "hanno lasciato Pristina.",
        "it",
        {"Kosovo": ("KOS", "GOV"), "Serbia": ("SRB", "GOV"), "OSCE": ("IGO", None)},
    )
    assert ("REQUEST", ("IGO",), ("SRB",)) in [summary(r) for r in recs]


def test_a_sentence_opening_with_an_auxiliary_keeps_the_subject_before():
    recs = events(
        "Il presidente francese ha parlato a lungo con i giornalisti all'Eliseo. "
        "Ha inoltre annunciato nuove sanzioni contro la Russia.",
        "it",
        {"presidente francese": ("FRA", "GOV"), "Russia": ("RUS", "GOV")},
    )
    assert ("SANCTION", ("FRA",), ("RUS",)) in [summary(r) for r in recs]


def _recipients_of(text: str, trigger: str) -> list[tuple[str, ...]]:
    """The recipient countries of each Italian record whose trigger reads ``trigger``."""
    from eventwire.api import extract

    return [
        tuple(sorted({a.country for a in r.recipient}))
        for r in extract(text, language="it")
        if r.evidence.trigger.text == trigger
    ]


@pytest.mark.parametrize(
    "text,trigger,recipient",
    [
        ("Ieri è stato ucciso un giornalista americano.", "ucciso", ("USA",)),
        # the place before the participle is no victim: the subject after it is
        ("Ieri in Siria sono rimasti uccisi due soldati turchi.", "uccisi", ("TUR",)),
        # a sentence opening with its auxiliary: the subject after, not the one before
        (
            "Il governo turco ha protestato. Sono stati arrestati tre attivisti russi.",
            "arrestati",
            ("RUS",),
        ),
        # a place or time phrase between the participle and its subject
        ("Sono stati arrestati ieri a Roma tre attivisti russi.", "arrestati", ("RUS",)),
        (
            "Il governo francese ha protestato. Sono stati fermati lunedì scorso tre "
            "giornalisti turchi.",
            "fermati",
            ("TUR",),
        ),
        ("È stato fermato sabato a Berlino un attivista ucraino.", "fermato", ("UKR",)),
    ],
)
def test_a_passive_subject_after_its_participle_is_the_recipient(text, trigger, recipient):
    assert _recipients_of(text, trigger) == [recipient]


@pytest.mark.parametrize(
    "text,trigger,recipient",
    [
        # a plural participle: the journalists, not the police before them
        (
            "La polizia turca ha fermato tre giornalisti francesi. Sono stati picchiati "
            "durante l'interrogatorio.",
            "picchiati",
            ("FRA",),
        ),
        # a feminine participle: the reporter, not the government
        (
            "Il governo russo ha espulso una giornalista americana. È stata arrestata ieri.",
            "arrestata",
            ("USA",),
        ),
        # a masculine singular one: the government, not the reporter
        (
            "Una giornalista americana ha criticato il governo russo. È stato accusato di censura.",
            "accusato",
            ("RUS",),
        ),
    ],
)
def test_a_zero_subject_agrees_with_its_participle(text, trigger, recipient):
    assert _recipients_of(text, trigger) == [recipient]


@pytest.mark.parametrize(
    "text",
    [
        "L'attacco alla sede del partito socialista ha suscitato indignazione.",
        "Gli attacchi contro gli uffici del partito socialista sono continuati.",
    ],
)
def test_the_owner_of_the_place_attacked_is_the_recipient(text):
    recs = events(text, "it", {"partito socialista": ("ESP", "PTY")})
    assert [summary(r) for r in recs if r.event_type == "ASSAULT"] == [("ASSAULT", (), ("ESP",))]


def test_a_postposed_pero_is_no_clause_boundary():
    recs = events(
        "La Francia ha chiesto sanzioni contro la Russia, che la Germania ha però respinto.",
        "it",
        {"Francia": ("FRA", "GOV"), "Russia": ("RUS", "GOV"), "Germania": ("DEU", "GOV")},
    )
    assert ("REJECT", ("DEU",), ("FRA",)) in [summary(r) for r in recs]


@pytest.mark.parametrize(
    "text",
    [
        "Il premier greco ha telefonato al presidente turco, e quest'ultimo ha minacciato Cipro.",
        "Il premier greco ha ricevuto il presidente turco. Quest'ultimo ha poi minacciato Cipro.",
    ],
)
def test_the_latter_is_the_party_named_last(text):
    recs = events(
        text,
        "it",
        {
            "premier greco": ("GRC", "GOV"),
            "presidente turco": ("TUR", "GOV"),
            "Cipro": ("CYP", "GOV"),
        },
    )
    (rec,) = [r for r in recs if r.event_type == "THREATEN"]
    assert summary(rec) == ("THREATEN", ("TUR",), ("CYP",))
    assert any(w.rule == "argument.latter_subject" for w in rec.why)


def test_a_person_pronoun_stands_for_a_person():
    recs = events(
        "Il governo greco ha ricevuto il presidente turco. Lui ha poi criticato Cipro.",
        "it",
        {
            "governo greco": ("GRC", "GOV"),
            "presidente turco": ("TUR", "GOV", "Recep Tayyip Erdoğan"),
            "Cipro": ("CYP", "GOV"),
        },
    )
    assert ("ACCUSE", ("TUR",), ("CYP",)) in [summary(r) for r in recs]


@pytest.mark.parametrize(
    "text",
    [
        "Sul presidente sudanese pende un mandato di cattura della Corte penale internazionale.",
        "Il presidente sudanese è arrivato a Roma. Su di lui pende un mandato di cattura "
        "della Corte penale internazionale.",
        "Il presidente sudanese, sul quale pende un mandato di cattura della Corte penale "
        "internazionale, è arrivato a Roma.",
    ],
)
def test_a_warrant_hangs_over_the_one_after_su(text):
    recs = events(
        text,
        "it",
        {
            "presidente sudanese": ("SDN", "GOV"),
            "Corte penale internazionale": ("IGO", "JUD"),
            "Roma": ("ITA", "GOV"),
        },
    )
    assert ("THREATEN", ("IGO",), ("SDN",)) in [summary(r) for r in recs]


def test_a_person_pronoun_after_a_recipient_preposition_names_the_person():
    recs = events(
        "Il giornalista turco è stato arrestato ieri. "
        "La procura ha aperto un'inchiesta contro di lui.",
        "it",
        {"giornalista turco": ("TUR", "JRN"), "procura": ("TUR", "JUD")},
    )
    (rec,) = [r for r in recs if r.event_type == "ACCUSE"]
    assert summary(rec) == ("ACCUSE", ("TUR",), ("TUR",))
    assert any(w.rule == "argument.object.pronoun" for w in rec.why)


def test_a_pronoun_before_a_quotation_is_no_subject_inside_it():
    recs = events(
        "Il ministro iraniano ha parlato a Roma. Lui ha commentato dicendo: "
        '"Condanno il terrorismo: hanno ucciso dei civili a Gaza".',
        "it",
        {"ministro iraniano": ("IRN", "GOV"), "civili": ("PSE", "CVL")},
    )
    assert ("ACCUSE", ("IRN",), ()) in [summary(r) for r in recs]  # the quotation's own verb
    killed = [summary(r) for r in recs if r.event_type == "ASSAULT"]
    assert killed and all(actor == () for _, actor, _ in killed)


@pytest.mark.parametrize(
    "text",
    [
        "Il sindacato ha denunciato abusi da parte della polizia di Stato.",
        "Il sindacato ha condannato le violenze commesse dalla polizia di Stato.",
        "Il sindacato ha criticato l'uso della forza da parte della polizia di Stato.",
    ],
)
def test_the_doer_of_the_criticised_act_is_accused(text):
    recs = events(text, "it", {"sindacato": ("ESP", "LAB"), "polizia di Stato": ("PRT", "COP")})
    assert ("ACCUSE", ("ESP",), ("PRT",)) in [summary(r) for r in recs]


def test_a_place_before_the_object_is_no_accused_agent():
    recs = events(
        "Il ministro ha criticato da Bruxelles il governo.",
        "it",
        {"ministro": ("FRA", "GOV"), "Bruxelles": ("IGO", None), "governo": ("ITA", "GOV")},
    )
    assert ("ACCUSE", ("FRA",), ("ITA",)) in [summary(r) for r in recs]


def test_an_ambassador_recalled_from_a_capital_sanctions_its_state():
    recs = events(
        "Il governo olandese ha ritirato l'ambasciatore da Ankara.",
        "it",
        {"governo olandese": ("NLD", "GOV"), "Ankara": ("TUR", "GOV")},
    )
    assert ("SANCTION", ("NLD",), ("TUR",)) in [summary(r) for r in recs]


def test_those_released_inside_the_trigger_are_the_recipient():
    # "rilasciare * giornalista" holds its object: the released are the other side's people
    recs = events(
        "Il governo egiziano ha rilasciato il giornalista australiano.",
        "it",
        {"governo egiziano": ("EGY", "GOV"), "giornalista": ("AUS", "JRN")},
    )
    assert ("RETREAT", ("EGY",), ("AUS",)) in [summary(r) for r in recs]


@pytest.mark.parametrize(
    "text",
    [
        "I doganieri, dopo una lunga perquisizione, hanno arrestato il console belga.",
        "I doganieri, dopo uno scambio di colpi con i contrabbandieri, hanno arrestato il "
        "console belga.",
        "I doganieri, prima di mezzogiorno, hanno arrestato il console belga.",
    ],
)
def test_an_adverbial_aside_between_subject_and_verb_is_skipped(text):
    # "dopo" / "prima" open a clause only before a verb: a phrase in commas with no bare
    # mention of its own leaves the subject before it to the verb after it
    recs = events(
        text,
        "it",
        {
            "doganieri": ("CHE", "COP"),
            "console belga": ("BEL", "GOV"),
            "contrabbandieri": ("CHE", "CRM"),
        },
    )
    assert ("COERCE", ("CHE",), ("BEL",)) in [summary(r) for r in recs]


def test_an_aside_with_its_own_subject_keeps_the_clause_boundary():
    # ", mentre i doganieri, ...": a bare mention inside the aside is the verb's subject
    recs = events(
        "Il console belga parlava, mentre i doganieri, in silenzio, hanno arrestato il "
        "contrabbandiere.",
        "it",
        {
            "doganieri": ("CHE", "COP"),
            "console belga": ("BEL", "GOV"),
            "contrabbandiere": ("FRA", "CRM"),
        },
    )
    assert ("COERCE", ("CHE",), ("FRA",)) in [summary(r) for r in recs]


def test_a_participle_after_the_verbs_object_noun_is_its_passive():
    # "una nave sequestrata dai pirati": the ship was seized, not by the clause subject
    recs = events(
        "La guardia costiera, dopo un lungo inseguimento, ha recuperato una nave "
        "sequestrata la settimana scorsa dai pirati.",
        "it",
        {"guardia costiera": ("KEN", "MIL"), "pirati": ("SOM", "CRM")},
    )
    seized = [r for r in recs if r.evidence.trigger.text == "sequestrata"]
    assert seized
    assert all(summary(r)[1:] == (("SOM",), ()) for r in seized)


def test_a_two_sided_act_in_an_aside_has_the_clause_subject_as_its_other_side():
    # ", dopo uno scontro con i contrabbandieri,": the subject of the clause clashed
    recs = events(
        "I doganieri, dopo uno scontro a fuoco con i contrabbandieri, hanno sequestrato il carico.",
        "it",
        {"doganieri": ("CHE", "COP"), "contrabbandieri": ("FRA", "CRM")},
    )
    (clash,) = [r for r in recs if r.evidence.trigger.text == "scontro a fuoco"]
    assert {a.country for a in clash.actor + clash.recipient} == {"CHE", "FRA"}
    assert any(w.rule == "argument.aside_clause_subject" for w in clash.why)


def test_a_two_sided_act_in_a_gerund_aside_has_the_clause_subject_as_its_other_side():
    # ", rientrando dai colloqui con la Cina,": the subject of the clause held the talks
    recs = events(
        "Il ministro degli Esteri, rientrando dai colloqui con la Cina, ha convocato i diplomatici.",
        "it",
        {"ministro degli Esteri": ("JPN", "GOV"), "Cina": ("CHN", "GOV")},
    )
    (talks,) = [r for r in recs if r.evidence.trigger.text.startswith("colloqui")]
    assert {a.country for a in talks.actor + talks.recipient} == {"JPN", "CHN"}
    assert any(w.rule == "argument.aside_clause_subject" for w in talks.why)


def test_an_adjective_after_an_article_keeps_the_phrase_governed():
    # "from the banned Freedom Party": the party is the complement of "members", not the
    # subject of "marched"
    recs = events(
        "Angry members from the banned Freedom Party marched against the governor.",
        "en",
        {
            "Angry members": ("ZZZ", "OPP"),
            "Freedom Party": ("YYY", "PTY"),
            "governor": ("ZZZ", "GOV"),
        },
    )
    assert ("PROTEST", ("ZZZ",), ("ZZZ",)) in [summary(r) for r in recs]


def test_a_capitalised_adjective_before_a_compass_word_keeps_the_place_governed():
    # "in Christian east Freetown": the city is a place, not the subject of "seized"
    recs = events(
        "A militia based in Christian east Freetown seized the harbour police.",
        "en",
        {
            "militia": ("ZZZ", "REB"),
            "Freetown": ("YYY", "GOV"),
            "harbour police": ("ZZZ", "COP"),
        },
    )
    assert [summary(r)[1] for r in recs] == [("ZZZ",)]


def test_a_possessive_after_the_conjunction_keeps_the_list():
    # "the governor and his party": both are the subject
    recs = events(
        "The governor and his Liberty Party rejected the offer of the rebels.",
        "en",
        {"governor": ("ZZZ", "GOV"), "Liberty Party": ("YYY", "PTY"), "rebels": ("XXX", "REB")},
    )
    assert ("REJECT", ("YYY", "ZZZ"), ("XXX",)) in [summary(r) for r in recs]


@pytest.mark.parametrize(
    "text",
    [
        "The Arnor militia used the villagers as human shields.",
        # the object phrase between the verb and "as" may be long
        "The Arnor militia has been holding hundreds of villagers from two valleys as human shields.",
    ],
)
def test_a_role_after_as_is_given_by_the_verb_before_its_object(text):
    # en/role_markers.tsv: "as" with use, hold, keep, take
    recs = events(text, "en", {"Arnor militia": ("ZZZ", "REB"), "villagers": ("YYY", "CVL")})
    assert [(summary(r), [a.sector for a in r.actor]) for r in recs] == [
        (("COERCE", ("ZZZ",), ("YYY",)), ["REB"])
    ]


def test_a_possessive_inside_the_object_does_not_own_the_role():
    # "deploying their forces as ceasefire monitors": no ceasefire by the chiefs
    recs = events(
        "The chiefs of staff discussed deploying their forces as ceasefire monitors.",
        "en",
        {"chiefs of staff": ("ZZZ", "MIL"), "forces": ("ZZZ", "MIL")},
    )
    assert "RETREAT" not in [r.event_type for r in recs]


def test_a_capitalised_adjective_of_a_common_noun_is_no_name_after_an_adjective():
    # "exposed to a potential Valdorian attack": the adjective skip is for names ("the defeated
    # Fatah Party"), not for a nationality word before its noun
    recs = events(
        "The rebels in the hills are exposed to a potential Valdorian attack.",
        "en",
        {"rebels": ("ZZZ", "REB"), "Valdorian": ("YYY", None)},
    )
    assert [summary(r)[:2] for r in recs if r.event_type == "ASSAULT"] == [("ASSAULT", ("YYY",))]


def test_a_plural_possessive_leaves_the_phrase_governed_by_its_preposition():
    # "dai nostri soldati": the possessive sits between the agent preposition and its noun
    recs = events(
        "Tre ribelli sono stati uccisi dai nostri soldati vicino a Herat.",
        "it",
        {"ribelli": ("AFG", "REB"), "soldati": ("ITA", "MIL")},
    )
    assert ("ASSAULT", ("ITA",), ("AFG",)) in [summary(r) for r in recs]


def test_shooting_at_takes_the_target_after_su():
    recs = events(
        "Gli agenti hanno sparato sui minatori in sciopero.",
        "it",
        {"agenti": ("ZAF", "COP"), "minatori": ("ZAF", "LAB")},
    )
    assert ("ASSAULT", ("ZAF",), ("ZAF",)) in [summary(r) for r in recs]


def test_a_pronominal_verb_takes_its_subject_after_it():
    # "si" fills the object's place: the president after the verb congratulates
    recs = events(
        "Con il campione si sono complimentati telefonicamente il presidente russo e il "
        "premier francese.",
        "it",
        {"presidente russo": RUS, "premier francese": ("FRA", "GOV")},
    )
    assert ("SUPPORT", ("FRA", "RUS"), ()) in [summary(r) for r in recs]
    # with a verb the lexicon does not give as pronominal, "si" may make a passive: the
    # phrase after it is no doer
    recs = events(
        "A Mosca si accusa il presidente russo di immobilismo.", "it", {"presidente russo": RUS}
    )
    assert recs and all(w.rule != "argument.postverbal_subject" for r in recs for w in r.why)


@pytest.mark.parametrize(
    "text",
    [
        "Il presidente russo ha partecipato a un vertice con il premier francese.",
        "Il presidente russo ha annunciato nuove misure durante una videoconferenza con il "
        "premier francese.",
    ],
)
def test_a_joint_act_with_one_side_named_has_the_clause_subject_as_the_other(text):
    recs = events(text, "it", {"presidente russo": RUS, "premier francese": ("FRA", "GOV")})
    (rec,) = [r for r in recs if r.event_type == "CONSULT"]
    assert {a.country for a in rec.actor + rec.recipient} == {"RUS", "FRA"}
    assert "argument.joint_act_subject" in [w.rule for w in rec.why]


def test_a_joint_act_judged_by_the_subject_is_not_the_subjects():
    recs = events(
        "Il presidente russo ha criticato l'incontro con il premier francese.",
        "it",
        {"presidente russo": RUS, "premier francese": ("FRA", "GOV")},
    )
    (rec,) = [r for r in recs if r.event_type == "CONSULT"]
    assert "RUS" not in {a.country for a in rec.actor}


def test_a_party_joined_by_insieme_a_in_commas_acts_too():
    recs = events(
        "Il presidente russo, insieme al premier francese, ha condannato l'attentato.",
        "it",
        {"presidente russo": RUS, "premier francese": ("FRA", "GOV")},
    )
    (rec,) = [r for r in recs if r.event_type == "ACCUSE"]
    assert {a.country for a in rec.actor} == {"RUS", "FRA"}


def test_a_joint_act_in_an_opening_adjunct_has_the_main_subject_as_the_other():
    recs = events(
        "Dopo l'incontro con il premier francese, il presidente russo ha parlato ai giornalisti.",
        "it",
        {"presidente russo": RUS, "premier francese": ("FRA", "GOV")},
    )
    (rec,) = [r for r in recs if r.event_type == "CONSULT"]
    assert {a.country for a in rec.actor + rec.recipient} == {"RUS", "FRA"}


def test_a_mediator_acts_on_the_parties_between_which_it_mediates():
    recs = events(
        "The Norwegian envoy offered mediation between Colombia and Venezuela.",
        "en",
        {
            "Norwegian envoy": ("NOR", "GOV"),
            "Colombia": ("COL", "GOV"),
            "Venezuela": ("VEN", "GOV"),
        },
    )
    med = [r for r in recs if r.event_type == "CONSULT"]
    assert len(med) == 1 and not med[0].symmetric
    assert [a.country for a in med[0].actor] == ["NOR"]
    assert sorted(a.country for a in med[0].recipient) == ["COL", "VEN"]
    assert any(w.rule == "argument.mediator_subject" for w in med[0].why)


def test_mediation_with_no_mediator_named_joins_the_two_sides():
    recs = events(
        "The mediation between Colombia and Venezuela failed.",
        "en",
        {"Colombia": ("COL", "GOV"), "Venezuela": ("VEN", "GOV")},
    )
    assert [(r.event_type, r.symmetric) for r in recs] == [("CONSULT", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a light verb and its noun across a source aside (rule argument.source_aside)
        (
            "Il ministro greco ha presentato, come si legge nella nota del governo, le "
            "dimissioni al presidente della Repubblica.",
            ("RETREAT", ("GRC",), ()),
        ),
        (
            "Il premier spagnolo ha lanciato, a quanto riferisce la stampa, un appello alla "
            "Francia.",
            ("REQUEST", ("ESP",), ("FRA",)),
        ),
        # a subject and its verb across a source aside that names a party of its own
        (
            "Il presidente francese, come riferisce la BBC, ha incontrato il cancelliere tedesco.",
            ("CONSULT", ("FRA",), ("DEU",)),
        ),
    ],
)
def test_a_source_aside_is_skipped_by_the_subject_and_the_light_verb(text, expected):
    from eventwire.api import extract

    recs = extract(text, language="it", keep_unplaced=True)
    assert expected in [summary(r) for r in recs]


def test_a_come_aside_without_a_reporting_verb_is_no_source_aside():
    # ", come ogni anno," cites no source: the light verb does not reach past it
    from eventwire.api import extract

    recs = extract(
        "Il governo greco ha presentato, come ogni anno, le dimissioni al presidente.",
        language="it",
        keep_unplaced=True,
    )
    assert ("RETREAT", ("GRC",), ()) not in [summary(r) for r in recs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country owning the thing acted on is the one the act is aimed at
        ("Il Consiglio d'Europa ha criticato la legge russa.", ("ACCUSE", ("IGO",), ("RUS",))),
        (
            "Il presidente turco ha respinto la nuova proposta francese.",
            ("REJECT", ("TUR",), ("FRA",)),
        ),
        ("Le critiche dell'ONU alla riforma russa sono dure.", ("ACCUSE", ("IGO",), ("RUS",))),
    ],
)
def test_a_demonym_on_the_object_noun_names_the_recipient(text, expected):
    recs = events(
        text,
        "it",
        {
            "Consiglio d'Europa": ("IGO", "IGO"),
            "ONU": ("IGO", "IGO"),
            "presidente turco": ("TUR", "GOV"),
            "russa": ("RUS", None),
            "francese": ("FRA", None),
        },
    )
    assert expected in [summary(r) for r in recs]
    rec = next(r for r in recs if summary(r) == expected)
    assert "argument.object_owner_demonym" in [w.rule for w in rec.why]


def test_own_goods_sent_are_no_recipient_by_their_demonym():
    # aid sent is one's own: its adjective names the sender, not a target
    recs = events(
        "Il ministro turco ha inviato aiuti umanitari turchi.",
        "it",
        {"ministro turco": ("TUR", "GOV"), "turchi": ("TUR", None)},
    )
    assert all(not r.recipient for r in recs if r.event_type == "AID")


def test_a_repeated_preposition_after_a_modifier_coordinates_the_parties():
    text = (
        "Il ministro iracheno ha avuto colloqui con i delegati iraniani nella regione e con "
        "l'ambasciata turca."
    )
    marks = {
        "ministro iracheno": ("IRQ", "GOV"),
        "delegati iraniani": ("IRN", "GOV"),
        "ambasciata turca": ("TUR", "GOV"),
    }
    (rec,) = [r for r in events(text, "it", marks) if r.event_type == "CONSULT"]
    assert {a.country for a in rec.recipient} == {"IRN", "TUR"}
    assert "argument.coordinated_repeated_prep" in [w.rule for w in rec.why]
    # another preposition after the conjunction starts another role
    text = "Il ministro iracheno ha avuto colloqui con i delegati iraniani nella regione e per l'ambasciata turca."
    (rec,) = [r for r in events(text, "it", marks) if r.event_type == "CONSULT"]
    assert "TUR" not in {a.country for a in rec.recipient}


@pytest.mark.parametrize(
    "text",
    [
        "Il cecchino ha sparato tre colpi, ferendo un commerciante.",
        "Il cecchino ha sparato, mancando il bersaglio e trapassando la gamba del commerciante.",
    ],
)
def test_a_gerund_of_impact_names_whom_a_shot_struck(text):
    # a person is struck (marked with a name, as the actor stage labels people)
    marks = {"cecchino": ("SRB", "UAF"), "commerciante": ("SRB", "BUS", "il commerciante")}
    recs = events(text, "it", marks)
    (rec,) = [r for r in recs if r.event_type == "ASSAULT" and r.actor]
    assert [a.sector for a in rec.recipient] == ["BUS"]
    assert "argument.struck_by_gerund" in [w.rule for w in rec.why]


def test_a_gerund_of_no_impact_names_no_victim():
    recs = events(
        "Il cecchino ha sparato tre colpi, sperando di spaventare il commerciante.",
        "it",
        {"cecchino": ("SRB", "UAF"), "commerciante": ("SRB", "BUS", "il commerciante")},
    )
    assert all(not r.recipient for r in recs if r.event_type == "ASSAULT")


def test_the_subject_after_a_fronted_arrest_or_questioning_suffered_it():
    marks = {
        "sindaco": ("ITA", "GOV", "il sindaco"),
        "Luca Verdi": ("ITA", None, "Luca Verdi"),
        "procuratore": ("ITA", "JUD", "il procuratore"),
    }
    recs = events(
        "Al termine dell'interrogatorio, Luca Verdi ha lasciato il tribunale.", "it", marks
    )
    (rec,) = [r for r in recs if r.event_type == "ACCUSE"]
    assert [a.name for a in rec.recipient] == ["Luca Verdi"]
    assert "argument.fronted_adjunct_patient" in [w.rule for w in rec.why]
    # a prosecutor after it rather questioned
    recs = events(
        "Al termine dell'interrogatorio, il procuratore ha lasciato il tribunale.", "it", marks
    )
    (rec,) = [r for r in recs if r.event_type == "ACCUSE"]
    assert not rec.recipient


def test_the_complement_of_an_interrogation_is_the_one_questioned():
    recs = events(
        "L'interrogatorio di Luca Verdi è durato tre ore.",
        "it",
        {"Luca Verdi": ("ITA", None, "Luca Verdi")},
    )
    (rec,) = [r for r in recs if r.event_type == "ACCUSE"]
    assert [a.name for a in rec.recipient] == ["Luca Verdi"]


def test_a_mediator_acts_on_both_sides():
    recs = events(
        "Il Giappone ha mediato tra gli Stati Uniti e l'Iran.",
        "it",
        {"Giappone": ("JPN", None), "Stati Uniti": ("USA", None), "Iran": ("IRN", None)},
    )
    assert [summary(r) for r in recs] == [("CONSULT", ("JPN",), ("IRN", "USA"))]


def test_both_sides_are_not_the_international_body_that_asks_them():
    from eventwire import extract

    (rec,) = extract(
        "Gli Stati Uniti hanno minacciato l'Iran. L'Unione europea ha chiesto a entrambe le "
        "parti di dare prova di moderazione.",
        language="it",
    )[-1:]
    assert rec.event_type == "REQUEST"
    assert sorted(a.country for a in rec.recipient) == ["IRN", "USA"]


def test_a_reported_clause_with_no_subject_has_the_reporters():
    recs = events(
        "La Lega ha annunciato che non sosterrà il governo tecnico.",
        "it",
        {"Lega": ("ITA", "PTY"), "governo tecnico": ("ITA", "GOV")},
    )
    (rec,) = [r for r in recs if r.event_type == "SUPPORT"]
    assert [a.sector for a in rec.actor] == ["PTY"]
    assert rec.factuality.polarity == "negative"
    # a noun with its own article after "che" is that clause's subject, not the reporter's act
    recs = events(
        "Il ministro pakistano ha confermato che le esplosioni hanno colpito Lahore.",
        "it",
        {"ministro pakistano": ("PAK", "GOV"), "Lahore": ("PAK", None)},
    )
    assert all(not r.actor for r in recs if r.event_type == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "lang", "etype", "actor", "recipient"),
    [
        (
            "Il consolato greco è stato oggetto di un attacco da parte delle milizie cinesi.",
            "it",
            "ASSAULT",
            ("CHN",),
            ("GRC",),
        ),
        (
            "Il ministro greco è rimasto vittima di un'aggressione.",
            "it",
            "ASSAULT",
            (),
            ("GRC",),
        ),
        (
            "Il governo greco è diventato il bersaglio di dure critiche da parte delle milizie cinesi.",
            "it",
            "ACCUSE",
            ("CHN",),
            ("GRC",),
        ),
        (
            "The Greek consulate was the target of an attack by the Chinese militias.",
            "en",
            "ASSAULT",
            ("CHN",),
            ("GRC",),
        ),
    ],
)
def test_a_noun_after_a_patient_noun_is_done_to_the_subject(text, lang, etype, actor, recipient):
    actors = {
        "consolato greco": ("GRC", "GOV"),
        "ministro greco": ("GRC", "GOV"),
        "governo greco": ("GRC", "GOV"),
        "Greek consulate": ("GRC", "GOV"),
        "milizie cinesi": ("CHN", "REB"),
        "Chinese militias": ("CHN", "REB"),
    }
    recs = [r for r in events(text, lang, actors) if r.event_type == etype]
    assert [summary(r) for r in recs] == [(etype, actor, recipient)]
    assert any(w.rule == "argument.patient_noun_subject" for w in recs[0].why)


def test_the_victims_of_an_attack_are_no_predicate():
    recs = events(
        "Le vittime dell'attentato del governo greco erano civili.",
        "it",
        {"governo greco": ("GRC", "GOV")},
    )
    assert all(w.rule != "argument.patient_noun_subject" for r in recs for w in r.why)


@pytest.mark.parametrize(
    "text",
    [
        "Al centro della crisi c'è il ministro greco, il quale non ha partecipato al vertice"
        " ma ha incontrato il governo cinese.",
        "Al centro della crisi c'è il ministro greco, che è arrivato tardi ma ha avuto modo di"
        " incontrare il governo cinese.",
    ],
)
def test_a_second_verb_of_a_relative_clause_has_its_antecedent_as_subject(text):
    recs = events(text, "it", {"ministro greco": ("GRC", "GOV"), "governo cinese": ("CHN", "GOV")})
    (rec,) = [r for r in recs if r.event_type == "CONSULT"]
    assert summary(rec)[1:] == (("GRC",), ("CHN",))
    assert any(w.rule == "argument.coordinated_relative_subject" for w in rec.why)


def test_a_relative_with_its_own_subject_gives_no_antecedent_to_the_second_verb():
    recs = events(
        "Il testo, che il ministro greco ha scritto e ha poi criticato, irrita il governo cinese.",
        "it",
        {"ministro greco": ("GRC", "GOV"), "governo cinese": ("CHN", "GOV")},
    )
    assert all(w.rule != "argument.coordinated_relative_subject" for r in recs for w in r.why)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Il vertice al Cremlino è durato tre ore.", "RUS"),
        ("Dopo la riunione alla Casa Bianca i giornalisti hanno atteso a lungo.", "USA"),
    ],
)
def test_a_meeting_with_no_party_at_a_seat_of_power_is_held_by_its_body(text, country):
    from eventwire.api import extract  # the shipped seats of power (it/actors_metonyms.tsv)

    recs = [r for r in extract(text, language="it") if r.event_type == "CONSULT"]
    assert [summary(r) for r in recs] == [("CONSULT", (country,), ())]
    assert any(w.rule == "argument.meeting_place_host" for w in recs[0].why)


def test_a_meeting_at_a_seat_of_power_between_named_parties_keeps_the_place_a_place():
    recs = events(
        "Il ministro greco e il ministro cinese si sono incontrati al Cremlino.",
        "it",
        {"ministro greco": ("GRC", "GOV"), "ministro cinese": ("CHN", "GOV")},
    )
    (rec,) = [r for r in recs if r.event_type == "CONSULT"]
    assert sorted(a.country for a in rec.actor + rec.recipient) == ["CHN", "GRC"]


def test_the_con_phrase_after_a_seat_of_power_names_the_hosts_guest():
    from eventwire.api import extract  # shipped lexicons: Cremlino, Chirac

    recs = [
        r
        for r in extract(
            "L'incontro al Cremlino con il presidente Chirac è durato quasi tre ore.", "it"
        )
        if r.event_type == "CONSULT"
    ]
    assert [summary(r) for r in recs] == [("CONSULT", ("RUS",), ("FRA",))]
    assert any(w.rule == "argument.guest_of_the_host" for w in recs[0].why)


def test_a_guest_with_no_country_of_its_own_is_not_taken_from_the_hosts_context():
    from eventwire.api import extract

    recs = [
        r
        for r in extract("Il vertice al Cremlino con i leader europei è finito tardi.", "it")
        if r.event_type == "CONSULT"
    ]
    assert [summary(r) for r in recs] == [("CONSULT", ("RUS",), ())]


def test_a_meeting_in_a_capital_is_not_held_by_its_state():
    from eventwire.api import extract

    recs = extract("Ieri la conferenza internazionale tenuta a Parigi è durata due giorni.", "it")
    assert all(w.rule != "argument.meeting_place_host" for r in recs for w in r.why)


@pytest.mark.parametrize(
    ("text", "trigger", "people"),
    [
        # a bare participle after "people + di complement" is said of the people
        (
            "Ieri a Mosca tre attivisti del Movimento Zeta Kovari arrestati durante il corteo "
            "sono stati rilasciati.",
            "arrestati",
            "attivisti",
        ),
        (
            "In Siria due esponenti delle Brigate Omar al-Fawzi uccisi in un agguato sono stati "
            "sepolti.",
            "uccisi",
            "esponenti",
        ),
    ],
)
def test_participle_after_a_genitive_complement_is_passive(text, trigger, people):
    from eventwire import extract

    (rec,) = [r for r in extract(text, language="it") if r.evidence.trigger.text == trigger]
    assert [a.raw_text for a in rec.recipient] == [people]
    assert people not in [a.raw_text for a in rec.actor]


def test_a_past_historic_after_a_genitive_complement_stays_active():
    from eventwire import extract

    (rec,) = extract("Il leader dei ribelli uccise tre soldati nigeriani.", language="it")
    assert [a.raw_text for a in rec.actor] == ["leader dei ribelli"]
    assert [a.raw_text for a in rec.recipient] == ["soldati nigeriani"]


def test_african_american_is_a_us_demonym():
    from eventwire import extract

    (rec,) = extract(
        "La protesta è nata dalla morte di Marcus Bell, l'afroamericano ucciso da un agente "
        "della polizia di Atlanta.",
        language="it",
    )[-1:]
    assert rec.event_type == "ASSAULT"
    assert [(a.raw_text, a.country) for a in rec.recipient] == [("afroamericano", "USA")]


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        # two coordinated participles share the object after the second
        ("La polizia italiana ha fermato e interrogato due cittadini tunisini.", "fermato", "TUN"),
        # two coordinated infinitives, an adverb between
        (
            "Il governo turco vuole arrestare e poi processare i giornalisti americani.",
            "arrestare",
            "USA",
        ),
    ],
)
def test_coordinated_verbs_share_their_object(text, trigger, recipient):
    from eventwire import extract

    (rec,) = [r for r in extract(text, language="it") if r.evidence.trigger.text == trigger]
    assert [a.country for a in rec.recipient] == [recipient]
    assert any(w.rule == "argument.shared_object" for w in rec.why)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "essere bersaglio / oggetto / vittima di" + an act: the subject suffers it
        (
            "Il ministro francese è stato bersaglio di dure critiche da parte del governo tedesco.",
            ("ACCUSE", ("DEU",), ("FRA",)),
        ),
        # "ha subito" is the participle after "avere", not the adverb
        (
            "L'esercito spagnolo ha subito un attacco da parte dei pirati somali.",
            ("ASSAULT", ("SOM",), ("ESP",)),
        ),
    ],
)
def test_the_subject_of_a_receiving_frame_suffers_the_act(text, expected):
    from eventwire import extract

    got = [
        (r.event_type, tuple(a.country for a in r.actor), tuple(a.country for a in r.recipient))
        for r in extract(text, language="it")
    ]
    assert expected in got


@pytest.mark.parametrize(
    "text",
    [
        "Ieri si sono svolti diversi cortei fuori dalla Casa Bianca.",
        "Le proteste lontano dal Cremlino sono state disperse.",
        "Un sit-in a pochi metri dall'ambasciata americana è stato sciolto.",
    ],
)
def test_a_place_after_fuori_da_is_no_agent_of_the_noun(text):
    # "fuori da", "lontano da", "a pochi metri da": the "da" says where, not by whom; the
    # building in it is not the one protesting
    from eventwire import extract

    for rec in extract(text, language="it"):
        if rec.event_type == "PROTEST":
            assert all(a.sector != "GOV" for a in rec.actor), rec.actor

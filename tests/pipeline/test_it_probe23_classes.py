"""Italian constructions of seed-like political news found by the session-17 blind probes
(bench/probes, "Session 17 blind set"): a negated intention ("non ha intenzione di"), envoys
named after their title ("l'ambasciatore russo X", "l'alto commissario canadese X", "il
nunzio apostolico"), the owner of a criticised thing after an adverb or as a passive
subject ("ha criticato duramente il veto ungherese", "la decisione russa è stata
condannata"), and a counted plural for a list whose second state repeats the preposition
("agli Stati Uniti e al Regno Unito ... i due alleati"); a counterpart ("il suo omologo X")
the KB does not know, a bare participle after a name ("... Nijjar, ucciso a giugno"), a visit
ended ("ha concluso una visita"), a pact renewed, helicopters supplied. Sentences written for
these tests; the expected values written by hand."""

from __future__ import annotations

from tests.pipeline.extracted import records


def _of(text: str, kind: str, published: str = "2024-05-16") -> list:
    return [r for r in records(text, published) if r.event_type == kind]


def _one(text: str, kind: str, published: str = "2024-05-16"):
    got = _of(text, kind, published)
    assert got, (text, [(r.event_type, r.evidence.trigger.text) for r in records(text, published)])
    return got[0]


def test_a_negated_intention_negates_the_act_it_governs() -> None:
    for text in (
        "Il presidente serbo ha assicurato che il suo governo non ha intenzione di invadere "
        "il Kosovo.",
        "Il Cremlino ha detto che la Russia non ha alcuna intenzione di attaccare la Finlandia.",
        "Il premier ha ribadito che Baku non ha mai avuto l'intenzione di attaccare l'Armenia.",
    ):
        got = _of(text, "ASSAULT")
        assert got and all(r.factuality.polarity == "negative" for r in got), (text, got)


def test_an_intention_not_negated_is_a_planned_act() -> None:
    r = _one("Secondo Kiev, la Russia ha intenzione di attaccare la Moldavia.", "ASSAULT")
    assert r.factuality.polarity == "positive"
    assert r.factuality.time == "future"


def test_an_envoy_named_after_the_title_is_still_summoned_or_expelled() -> None:
    for text, kind, want in (
        ("Il governo polacco ha convocato l'ambasciatore russo Sergej Andreev.", "ACCUSE", "RUS"),
        ("Il Kenya ha convocato l'alto commissario britannico Jane Marriott.", "ACCUSE", "GBR"),
        ("Il governo indiano ha espulso l'ambasciatore canadese Mario Bianchi.", "SANCTION", "CAN"),
        ("Il governo del Nicaragua ha espulso il nunzio apostolico.", "SANCTION", "VAT"),
        ("Il Pakistan ha richiamato il suo alto commissario da Nuova Delhi.", "SANCTION", "IND"),
    ):
        r = _one(text, kind)
        assert {a.country for a in r.recipient} == {want}, (text, r)


def test_the_owner_of_a_criticised_thing_after_an_adverb_is_the_recipient() -> None:
    for text, kind, want in (
        ("Il governo francese ha criticato duramente il veto ungherese.", "ACCUSE", "HUN"),
        ("Il ministro tedesco ha condannato ieri la decisione russa.", "ACCUSE", "RUS"),
    ):
        r = _one(text, kind)
        assert {a.country for a in r.recipient} == {want}, (text, r)


def test_the_owner_of_a_passive_subject_thing_is_the_recipient() -> None:
    for text, kind, actor, want in (
        (
            "Il veto ungherese è stato criticato duramente dal primo ministro polacco.",
            "ACCUSE",
            "POL",
            "HUN",
        ),
        ("La decisione russa è stata condannata dal governo francese.", "ACCUSE", "FRA", "RUS"),
        (
            "Il ministro ha detto che la proposta americana è stata respinta dal governo iraniano.",
            "REJECT",
            "IRN",
            "USA",
        ),
    ):
        r = _one(text, kind)
        assert {a.country for a in r.actor} == {actor}, (text, r)
        assert {a.country for a in r.recipient} == {want}, (text, r)


def test_a_demonym_inside_a_passive_clause_is_not_its_subject() -> None:
    # the demonym belongs to the agent phrase, not to a subject thing before the verb
    r = _one("Il piano è stato criticato dal governo russo.", "ACCUSE")
    assert {a.country for a in r.actor} == {"RUS"}, r
    assert not {a.country for a in r.recipient} - {None}, r


def test_two_allies_stand_for_a_list_with_repeated_prepositions() -> None:
    for text, kind, side, want in (
        (
            "Il Canada avrebbe chiesto agli Stati Uniti e al Regno Unito di condannare Nuova "
            "Delhi, ma i due alleati hanno rifiutato.",
            "REJECT",
            "actor",
            {"USA", "GBR"},
        ),
        (
            "Kiev ha chiesto nuovi aiuti alla Germania e alla Francia. Mosca ha accusato i "
            "due alleati di prolungare la guerra.",
            "ACCUSE",
            "recipient",
            {"DEU", "FRA"},
        ),
    ):
        r = _one(text, kind)
        assert {a.country for a in getattr(r, side)} == want, (text, r)


def test_a_bare_pair_word_still_takes_the_last_two_named() -> None:
    r = _one(
        "Il presidente francese e il cancelliere tedesco si sono visti a Berlino. I due "
        "hanno accusato la Russia di sabotaggi.",
        "ACCUSE",
    )
    assert {a.country for a in r.actor} == {"FRA", "DEU"}, r


def test_an_unknown_counterpart_is_of_the_other_state() -> None:
    for text, kind, want in (
        (
            "Il ministro dell'Interno tedesco ha chiesto alle autorità tunisine di riprendere "
            "i migranti, e il suo omologo Khaled Nouri si è detto pronto a collaborare.",
            "AGREE",
            "TUN",
        ),
        (
            "Il ministro degli Esteri italiano Antonio Tajani è arrivato ieri al Cairo. Il suo "
            "omologo Youssef Hamdi ha accusato Israele di violare la tregua.",
            "ACCUSE",
            "EGY",
        ),
    ):
        r = _one(text, kind)
        assert {a.country for a in r.actor} == {want}, (text, r)


def test_a_bare_participle_after_an_unknown_name_is_not_the_subject_s_act() -> None:
    # the clause subject did not kill the man named before the comma
    for text in (
        "Il governo ha ricordato il leader sikh Ravinder Gill, ucciso a giugno.",
        "Il premier canadese ha parlato dell'uccisione dell'attivista Karan Deol, ucciso a maggio.",
    ):
        for r in _of(text, "ASSAULT"):
            assert not {a.country for a in r.actor} - {None}, (text, r)


def test_a_visit_ended_is_the_subject_s_visit() -> None:
    for text, want in (
        ("Il presidente francese ha concluso oggi una visita di tre giorni in Marocco.", "MAR"),
        ("Il premier giapponese ha concluso ieri la sua visita in Vietnam.", "VNM"),
    ):
        r = _one(text, "CONSULT")
        assert r.actor and r.actor[0].country in ("FRA", "JPN"), (text, r)
        assert {a.country for a in r.recipient} == {want}, (text, r)


def test_a_pact_renewed_is_signed_again_and_helicopters_are_military_aid() -> None:
    r = _one("Cuba e il Venezuela hanno rinnovato l'accordo di cooperazione energetica.", "SUPPORT")
    assert {a.country for a in r.actor + r.recipient} == {"CUB", "VEN"}, r
    r = _one("Secondo la stampa, la Francia potrebbe fornire al Marocco elicotteri.", "AID")
    assert {a.country for a in r.recipient} == {"MAR"}, r
    assert r.factuality.certainty == "possible", r


def test_the_eu_council_president_is_no_prime_minister() -> None:
    # "presidente del Consiglio" alone is Italy's prime minister; "... europeo" the EU's
    r = _one(
        "Il primo ministro ungherese ha incontrato i giornalisti. Il presidente del Consiglio "
        "europeo ha accusato Budapest di bloccare gli aiuti.",
        "ACCUSE",
        "2023-12-15",
    )
    assert {a.country for a in r.actor} == {"IGO"}, r
    r = _one(
        "Il presidente del Consiglio ha accusato l'opposizione di bloccare la riforma.",
        "ACCUSE",
    )
    assert "IGO" not in {a.country for a in r.actor}, r


def test_the_twenty_seven_stand_for_the_eu() -> None:
    r = _one("I Ventisette hanno approvato nuove sanzioni contro la Bielorussia.", "SANCTION")
    assert {a.country for a in r.actor} == {"IGO"}, r
    assert {a.country for a in r.recipient} == {"BLR"}, r
    # a number opening a sentence is no one
    r = _one("Ventisette persone sono state arrestate dalla polizia bielorussa.", "COERCE")
    assert "IGO" not in {a.country for a in r.actor + r.recipient}, r


def test_a_medium_named_past_an_adjective_is_the_source() -> None:
    r = _one(
        "Il governo slovacco ha accusato Bruxelles di ingerenza, secondo la radio pubblica "
        "Rozhlas.",
        "ACCUSE",
    )
    assert [a.name for a in r.attribution] == ["Rozhlas"], r.attribution

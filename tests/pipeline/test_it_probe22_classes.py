"""Italian constructions of seed-like political news found by the session-16 blind probes
(bench/probes, "Session 16 blind set"): plural phrases standing for a list of states ("i tre
Paesi", "gli europei", a list in apposition), armed forces leaving a foreign place
("lasciare"), ending a cooperation ("porre fine"), seeking a state's backing, "le
delegazioni" as the two sides, sentence adverbs inside a negated verb group, a closing
", secondo la rete X", and the reportive progressive ("starebbe cercando"). Sentences
written for these tests; the expected values written by hand."""

from __future__ import annotations

from tests.pipeline.extracted import records


def _one(text: str, kind: str, published: str = "2025-03-14"):
    got = [r for r in records(text, published) if r.event_type == kind]
    assert got, (text, [(r.event_type, r.evidence.trigger.text) for r in records(text, published)])
    return got[0]


def test_a_counted_plural_stands_for_the_list_of_states_named_before() -> None:
    for text, kind, side, want in (
        (
            "Spagna, Portogallo e Grecia hanno votato contro il piano. Il governo ungherese "
            "ha accusato i tre Paesi di ostacolare l'intesa.",
            "ACCUSE",
            "recipient",
            {"ESP", "PRT", "GRC"},
        ),
        (
            "Svezia e Finlandia hanno firmato la dichiarazione. Ankara ha chiesto ai due "
            "governi di estradare i militanti.",
            "REQUEST",
            "recipient",
            {"SWE", "FIN"},
        ),
        (
            "Italia, Francia e Germania hanno discusso le sanzioni. Secondo la stampa, gli "
            "europei avrebbero minacciato la Bielorussia di nuove misure.",
            "THREATEN",
            "actor",
            {"ITA", "FRA", "DEU"},
        ),
    ):
        r = _one(text, kind)
        assert {a.country for a in getattr(r, side)} == want, (text, r)


def test_a_plural_with_a_list_in_apposition_takes_that_list() -> None:
    r = _one(
        "Sono iniziati oggi a Ginevra i negoziati tra la Russia e i tre Paesi baltici "
        "confinanti, Estonia, Lettonia e Lituania.",
        "CONSULT",
    )
    assert {a.country for a in r.actor + r.recipient} == {"RUS", "EST", "LVA", "LTU"}, r


def test_a_plural_with_no_fitting_list_stays_as_it_was() -> None:
    # a count that does not fit the list, and "i Paesi" with no count, name no one
    for text in (
        "Spagna e Grecia hanno votato contro il piano. Il governo ungherese ha accusato i "
        "tre Paesi di ostacolare l'intesa.",
        "Spagna, Portogallo e Grecia hanno votato contro il piano. Il governo ungherese "
        "ha accusato i Paesi di ostacolare l'intesa.",
    ):
        r = _one(text, "ACCUSE")
        assert not r.recipient or r.recipient[0].country not in {"ESP", "GRC", "PRT"}, (text, r)


def test_forces_leaving_a_foreign_country_withdraw_from_it() -> None:
    for text, published, actor, left in (
        (
            "Nel 2021 le truppe americane avevano lasciato l'Afghanistan.",
            "2022-05-02",
            "USA",
            "AFG",
        ),
        ("I soldati russi lasceranno la Moldova entro l'estate.", "2025-03-14", "RUS", "MDA"),
        (
            "I primi elicotteri tedeschi hanno lasciato ieri la base di Niamey.",
            "2024-07-09",
            "DEU",
            "NER",
        ),
    ):
        r = _one(text, "RETREAT", published)
        assert r.mode == "withdraw", (text, r)
        assert {a.country for a in r.actor} == {actor}, (text, r)
        assert {a.country for a in r.recipient} == {left}, (text, r)


def test_people_leaving_places_do_not_withdraw() -> None:
    for text in (
        "Il ministro degli Esteri cinese ha lasciato Mosca dopo la visita.",
        "Lo scrittore ha lasciato la Russia nel 2022 per motivi politici.",
        "Il governo ha lasciato aperta la porta al dialogo con la Cina.",
        "I soldati hanno lasciato la caserma per le esercitazioni.",
        "Le milizie curde, lasciate a difendere la città da sole, sono state fermate dai "
        "soldati turchi.",
    ):
        assert not [r for r in records(text, "2025-03-14") if r.event_type == "RETREAT"], text


def test_ending_a_cooperation_accord_is_a_sanction() -> None:
    for text, actor, target in (
        (
            "Il Niger ha posto fine all'accordo di cooperazione militare con Washington.",
            "NER",
            "USA",
        ),
        ("Il Mali ha messo fine alla cooperazione con la Francia.", "MLI", "FRA"),
        ("Il governo ciadiano ha annunciato la rottura delle relazioni con Israele.", "TCD", "ISR"),
    ):
        r = _one(text, "SANCTION")
        assert r.mode == "discontinue", (text, r)
        assert {a.country for a in r.actor} == {actor}, (text, r)
        assert {a.country for a in r.recipient} == {target}, (text, r)
    assert not [
        r
        for r in records("L'Onu cercherà di porre fine alla guerra con un accordo.", "2025-03-14")
        if r.event_type == "SANCTION"
    ]


def test_seeking_a_states_backing_is_a_request_of_it() -> None:
    r = _one("Berlino cerca l'appoggio dell'Austria e della Slovacchia sul bilancio.", "REQUEST")
    assert r.mode == "assist", r
    assert {a.country for a in r.actor} == {"DEU"}, r
    assert {a.country for a in r.recipient} == {"AUT", "SVK"}, r


def test_the_reportive_progressive_is_present_not_future() -> None:
    r = _one(
        "Secondo il Financial Times, Londra starebbe cercando il sostegno del Canada.", "REQUEST"
    )
    assert (r.factuality.certainty, r.factuality.time) == ("probable", "non_future"), r
    # the act a progressive prepares keeps its prospect
    r = _one("Secondo la stampa, Mosca starebbe preparando un attacco contro Kharkiv.", "ASSAULT")
    assert r.factuality.time == "future", r


def test_the_delegations_as_subject_are_the_two_sides() -> None:
    got = [
        r
        for r in records(
            "I colloqui tra Serbia e Kosovo sono ripresi ieri a Bruxelles. Le due delegazioni "
            "si rivedranno a marzo.",
            "2025-02-10",
        )
        if r.event_type == "CONSULT" and "rivedranno" in r.evidence.trigger.text
    ]
    assert got and {a.country for a in got[0].actor + got[0].recipient} == {"SRB", "XKX"}, got
    assert got[0].factuality.time == "future", got[0]


def test_a_sentence_adverb_inside_the_verb_group_keeps_the_negation() -> None:
    for text in (
        "La Polonia non ha però firmato l'accordo con l'Ucraina.",
        "La Polonia non ha tuttavia firmato l'accordo con l'Ucraina.",
    ):
        got = [r for r in records(text, "2025-03-14") if r.event_type in ("AGREE", "SUPPORT")]
        assert got and all(r.factuality.polarity == "negative" for r in got), (text, got)


def test_a_closing_network_or_radio_is_the_source() -> None:
    for text, source in (
        ("Il governo cubano ha accusato gli Stati Uniti, secondo la rete Telemundo.", "Telemundo"),
        ("Il governo cubano ha accusato gli Stati Uniti, riferisce la radio Rfi.", "Rfi"),
    ):
        r = _one(text, "ACCUSE")
        assert [a.name or a.raw_text for a in r.attribution] == [source], (text, r.attribution)


def test_coordinated_demonyms_after_an_attack_noun_are_joint_doers() -> None:
    r = _one("Gli attacchi russi e bielorussi contro l'Ucraina sono continuati.", "ASSAULT")
    assert {a.country for a in r.actor} == {"RUS", "BLR"}, r
    # a demonym then another noun phrase: one doer
    r = _one("I bombardamenti israeliani e le proteste sono continuati.", "ASSAULT")
    assert {a.country for a in r.actor} == {"ISR"}, r


def test_the_named_head_of_an_international_body_visits_a_capital() -> None:
    r = _one(
        "Il direttore generale dell'Aiea Rafael Grossi si recherà a Teheran a maggio.", "CONSULT"
    )
    assert r.mode == "visit", r
    assert {a.country for a in r.actor} == {"IGO"}, r
    assert {a.country for a in r.recipient} == {"IRN"}, r
    # a body is no traveller
    assert not [
        r for r in records("L'Onu si è recata a Kiev.", "2025-03-14") if r.event_type == "CONSULT"
    ]


def test_the_parties_after_a_mediated_meeting_are_the_two_it_mediated() -> None:
    got = [
        r
        for r in records(
            "Il presidente serbo e il premier kosovaro si sono incontrati ieri, in un colloquio "
            "mediato dall'Alto rappresentante dell'Ue. Le due delegazioni si rivedranno a "
            "Bruxelles a marzo.",
            "2025-02-10",
        )
        if r.event_type == "CONSULT" and "rivedranno" in r.evidence.trigger.text
    ]
    assert got and {a.country for a in got[0].actor + got[0].recipient} == {"SRB", "XKX"}, got


def test_revising_is_no_meeting() -> None:
    text = "Il ministro tedesco ha detto che si dovranno rivedere gli accordi con la Polonia."
    assert not [r for r in records(text, "2025-03-14") if r.event_type == "CONSULT"], text

"""Italian constructions of seed-like political news found by the session-12 blind probes
(bench/probes, "Session 12 blind set"): a title naming another state than a KB namesake's,
the UN's blue helmets and missions, regional bodies, the Supreme Leader's office, "i due
governi" as the parties of a dispute (sentences written for these tests; the expected values
written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads
from tests.pipeline.test_actors import actors, mention


def _actor(text: str, name: str, date: str = "2024-05-10") -> tuple:
    a = mention(actors(text, "it", date), name)._.actors[0]
    return (a.name, a.country, a.sector)


def test_the_state_the_title_names_beats_a_namesake_of_another_state() -> None:
    # the KB's Putin never acted for Togo: the title's state wins, and no KB identity
    got = mention(
        actors("Il presidente del Togo Vladimir Putin ha parlato.", "it", "2015-03-01"),
        "presidente del Togo Vladimir Putin",
    )._.actors[0]
    assert (got.country, got.sector, got.wikidata_id) == ("TGO", "GOV", None)


def test_a_title_of_the_kb_persons_own_state_keeps_the_kb_person() -> None:
    got = mention(
        actors("Il presidente russo Vladimir Putin ha parlato.", "it", "2015-03-01"),
        "presidente russo Vladimir Putin",
    )._.actors[0]
    assert got.country == "RUS" and got.wikidata_id


def test_blue_helmets_are_the_uns_forces_wherever_they_serve() -> None:
    got = _actor(
        "Il governo del Mali ha accusato i caschi blu di non proteggere i civili.", "caschi blu"
    )
    assert got[1:] == ("IGO", "MIL")


def test_a_regional_body_named_in_italian_is_an_igo() -> None:
    got = _actor(
        "L'Organizzazione degli Stati americani ha convocato una riunione.",
        "Organizzazione degli Stati americani",
    )
    assert got[1] == "IGO"


def test_an_adviser_of_the_supreme_leader_is_irans() -> None:
    got = _actor(
        "Un consigliere della Guida suprema ha criticato l'accordo.",
        "consigliere della Guida suprema",
    )
    assert got[1:] == ("IRN", "GOV")


def test_the_two_governments_addressed_are_the_sides_of_the_earlier_fight() -> None:
    got = dyads(
        "Ieri truppe etiopi ed eritree si sono scontrate lungo il confine. Il ministro "
        "degli Esteri francese ha telefonato al premier etiope. Il presidente francese ha "
        "chiesto ai due governi di non allargare il conflitto.",
        "2024-05-10",
    )
    assert ("REQUEST", ("FRA",), ("ERI", "ETH")) in got


def test_a_bare_body_noun_is_the_body_named_with_its_state_before() -> None:
    text = (
        "La giunta di Niamey ha sospeso la costituzione. Il presidente deposto è agli arresti. "
        "La giunta avrebbe chiesto a Mosca nuovi istruttori."
    )
    doc = actors(text, "it", "2023-08-10")
    got = [a.country for s in doc.spans["actors"] if s.text == "giunta" for a in s._.actors]
    assert got == ["NER"]


def test_a_bare_body_noun_far_from_any_named_one_keeps_its_context() -> None:
    text = (
        "Il governo del Perù ha protestato. Piove. Piove ancora. Nevica. Grandina. "
        "A Roma il governo ha approvato il bilancio."
    )
    doc = actors(text, "it", "2023-08-10")
    got = [a.country for s in doc.spans["actors"] if s.text == "governo" for a in s._.actors]
    assert got != ["PER"]


def test_a_blank_line_between_paragraphs_is_no_sentence() -> None:
    doc = actors("Primo paragrafo qui. Ancora.\n\nSecondo paragrafo.", "it", "2024-05-10")
    assert [s.text.strip() for s in doc.sents] == [
        "Primo paragrafo qui.",
        "Ancora.",
        "Secondo paragrafo.",
    ]


def test_a_condemnation_across_paragraphs_is_aimed_at_the_attacker() -> None:
    # four sentences after the raid, two paragraph breaks between: still in the window
    text = (
        "Ieri i caccia turchi hanno colpito villaggi in Siria. Il governo turco ha parlato "
        "di operazione antiterrorismo.\n\nMartedì un attentato aveva ucciso tre soldati. "
        "Il parlamento aveva votato una mozione.\n\nIl presidente siriano ha condannato i "
        "raid come un'aggressione."
    )
    got = dyads(text, "2024-05-10")
    assert ("ACCUSE", ("SYR",), ("TUR",)) in got


def test_promising_that_ones_country_will_respond_is_a_threat() -> None:
    got = dyads(
        "Il premier greco ha condannato le manovre turche e ha promesso che la Grecia risponderà.",
        "2024-05-10",
    )
    assert any(t == "THREATEN" and a == ("GRC",) for t, a, _r in got)
    assert not any(t == "AGREE" for t, _a, _r in got)


def test_boarding_a_ship_is_a_seizure_and_hosting_camps_no_visit() -> None:
    got = dyads("La guardia costiera greca ha abbordato ieri un mercantile.", "2024-05-10")
    assert any(t == "COERCE" and a == ("GRC",) for t, a, _r in got)
    got = dyads("Secondo Kabul, il Pakistan ospitava campi di miliziani.", "2024-05-10")
    assert not any(t == "CONSULT" for t, _a, _r in got)


def test_reimposing_sanctions_is_a_sanction() -> None:
    got = dyads("Il governo britannico potrebbe reintrodurre le sanzioni.", "2024-05-10")
    assert any(t == "SANCTION" and a == ("GBR",) for t, a, _r in got)


def test_planes_with_a_demonym_are_that_states_forces() -> None:
    got = dyads("I caccia turchi avrebbero abbattuto due aerei siriani.", "2024-05-10")
    assert any(t == "ASSAULT" and a == ("TUR",) and r == ("SYR",) for t, a, r in got)


def test_denying_ones_own_involvement_is_aimed_at_no_compatriot() -> None:
    got = dyads(
        "Il portavoce del governo cinese ha respinto ogni coinvolgimento di Pechino.",
        "2024-05-10",
    )
    assert not any(t == "REJECT" and r == ("CHN",) for t, _a, r in got)
    got = dyads(
        "Il Giappone ha accusato Pechino dell'attacco informatico. Il portavoce del governo "
        "cinese ha respinto ogni coinvolgimento di Pechino.",
        "2024-05-10",
    )
    assert ("REJECT", ("CHN",), ("JPN",)) in got


def test_a_threat_answers_the_latest_hostile_act_against_the_threatener() -> None:
    text = (
        "Ieri l'Unione europea ha imposto nuove sanzioni alla Bielorussia. Il pacchetto "
        "colpisce banche e aziende di Stato. Le misure erano attese da settimane. Il ministro "
        "degli Esteri bielorusso ha avvertito che Minsk risponderà con fermezza."
    )
    got = dyads(text, "2024-05-10")
    assert ("THREATEN", ("BLR",), ("IGO",)) in got


def test_a_threat_of_a_state_no_one_acted_against_gets_no_target_from_other_acts() -> None:
    text = (
        "Ieri l'Unione europea ha imposto nuove sanzioni alla Bielorussia. Il ministro degli "
        "Esteri polacco ha avvertito che la Polonia risponderà con fermezza."
    )
    got = dyads(text, "2024-05-10")
    assert not any(t == "THREATEN" and r == ("IGO",) for t, _a, r in got)


def test_a_plural_is_not_the_singular_body_named_before() -> None:
    doc = actors(
        "Il governo del Cile ha protestato. Il ministro ha poi criticato i sette governi.",
        "it",
        "2024-05-10",
    )
    rules = [w.rule for s in doc.spans["actors"] if "governi" in s.text for w in s._.actor_why]
    assert rules and "coref.same_head" not in rules
    doc = actors(
        "Il governo del Cile ha protestato. Il governo ha poi criticato la decisione.",
        "it",
        "2024-05-10",
    )
    rules = [w.rule for s in doc.spans["actors"] if s.text == "governo" for w in s._.actor_why]
    assert "coref.same_head" in rules


def test_refusing_a_compatriots_proposal_keeps_him_as_target() -> None:
    got = dyads(
        "Il leader dell'opposizione russa ha respinto la proposta del presidente Putin.",
        "2024-05-10",
    )
    assert any(t == "REJECT" and r == ("RUS",) for t, _a, r in got)

"""Attribution of seed-like Italian news (session 12, issue 2: full-record accuracy): the
actor's own state speaking is no third-party source, a source phrase in a relative clause
covers that clause only, a medium citing vague sources is the source, "l'agenzia X" names
X, a request to give something asks for assistance, a reportive copula ("sarebbe pronto")
tells a present state, a place across ", e" belongs to its own clause, and a conjectured
end ("potrebbero proseguire fino a") makes no date range (sentences written for these
tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import records


def _one(text: str, etype: str):
    recs = [r for r in records(text, "2024-05-10") if r.event_type == etype]
    assert len(recs) == 1, [(r.event_type, r.evidence.text) for r in records(text, "2024-05-10")]
    return recs[0]


def _sources(rec) -> list[tuple]:
    return [(a.name or a.raw_text, a.country) for a in rec.attribution]


def test_a_leader_announcing_his_own_states_act_is_its_voice() -> None:
    rec = _one(
        "Il presidente francese ha annunciato che Parigi revocherà le sanzioni contro la Siria.",
        "CONCEDE",
    )
    assert rec.attribution == []
    assert any(w.rule == "attribution.own_voice" for w in rec.why)


def test_a_spokesperson_of_the_actors_government_is_its_voice() -> None:
    rec = _one(
        "Il governo greco ha convocato l'ambasciatore turco, ha detto il portavoce del "
        "ministero degli Esteri greco.",
        "ACCUSE",
    )
    assert rec.attribution == []


def test_a_speaker_of_another_state_stays_a_source() -> None:
    rec = _one(
        "Il ministro greco ha detto che l'esercito turco ha bombardato tre villaggi curdi.",
        "ASSAULT",
    )
    assert [c for _n, c in _sources(rec)] == ["GRC"]


def test_secondo_keeps_a_source_of_the_actors_own_state() -> None:
    # "secondo X" names X as a source, even of its own state's act (a claim, not a speech act)
    rec = _one(
        "Secondo il ministero della Difesa russo, l'esercito russo avrebbe conquistato un "
        "villaggio nel Donbass.",
        "COERCE",
    )
    assert [c for _n, c in _sources(rec)] == ["RUS"]


def test_a_source_in_a_relative_clause_does_not_cover_the_main_clause() -> None:
    rec = _one(
        "L'esercito turco ha bombardato nella notte tre villaggi in Siria, che secondo Ankara "
        "ospitavano basi di miliziani.",
        "ASSAULT",
    )
    assert rec.attribution == []


def test_the_medium_citing_vague_sources_is_the_source() -> None:
    rec = _one(
        "Il ministro degli Esteri turco potrebbe recarsi a Teheran nei prossimi giorni, secondo "
        "fonti diplomatiche citate dall'agenzia Reuters.",
        "CONSULT",
    )
    assert [n for n, _c in _sources(rec)] == ["Reuters"]


def test_agenzia_and_an_unknown_title_name_the_source() -> None:
    rec = _one(
        "Secondo l'agenzia Kuzbass, il consigliere iraniano avrebbe minacciato Erevan di "
        "bloccare il corridoio.",
        "THREATEN",
    )
    assert [(a.name, a.sector) for a in rec.attribution] == [("Kuzbass", "JRN")]


def test_a_request_to_release_funds_asks_for_assistance() -> None:
    rec = _one(
        "Il governo egiziano ha chiesto alla Banca mondiale di sbloccare i fondi.", "REQUEST"
    )
    assert rec.mode == "assist"


def test_a_request_not_to_send_arms_asks_for_a_change_of_conduct() -> None:
    rec = _one(
        "Il governo egiziano ha chiesto all'Etiopia di non inviare armi al Sudan.", "REQUEST"
    )
    assert rec.mode == "change"


def test_a_reportive_copula_tells_a_present_state_not_a_future_act() -> None:
    rec = _one("Il governo italiano sarebbe pronto a offrire a Tripoli nuove motovedette.", "AGREE")
    assert (rec.factuality.certainty, rec.factuality.time) == ("probable", "non_future")


def test_a_reportive_conditional_of_a_full_verb_stays_prospective() -> None:
    rec = _one("Il governo italiano incontrerebbe domani il premier libico.", "CONSULT")
    assert rec.factuality.time == "future"


def test_a_place_across_a_coordinated_clause_yields_to_the_clauses_own() -> None:
    recs = records(
        "Ieri la polizia kosovara ha arrestato a Mitrovica tre uomini, e un tribunale di "
        "Pristina ne ha disposto la custodia cautelare.",
        "2023-09-26",
    )
    places = {r.evidence.trigger.text: r.location.name for r in recs if r.location}
    assert places.get("arrestato") == "Mitrovicë"
    assert places.get("custodia cautelare") == "Pristina"


def test_the_place_of_the_first_clause_still_holds_when_the_second_names_none() -> None:
    recs = records(
        "Il ministro degli Esteri turco è arrivato ad Algeri e ha incontrato il presidente "
        "algerino.",
        "2023-09-26",
    )
    met = [r for r in recs if r.event_type == "CONSULT"]
    assert met and all(r.location and r.location.country == "DZA" for r in met)


def test_a_conjectured_end_in_a_later_mention_makes_no_range() -> None:
    (rec,) = [
        r
        for r in records(
            "Le delegazioni di Grecia e Turchia si incontreranno domani ad Atene. Secondo la "
            "stampa, i colloqui potrebbero proseguire fino a venerdì.",
            "2024-05-07",
        )
        if r.event_type == "CONSULT" and r.date.start == "2024-05-08"
    ]
    assert (rec.date.end, rec.date.granularity) == ("2024-05-08", "day")


def test_a_stated_end_in_a_later_mention_still_makes_a_range() -> None:
    (rec,) = [
        r
        for r in records(
            "Le delegazioni di Grecia e Turchia si incontreranno domani ad Atene. I colloqui "
            "proseguiranno fino a venerdì.",
            "2024-05-07",
        )
        if r.event_type == "CONSULT" and r.date.start == "2024-05-08"
    ]
    assert (rec.date.end, rec.date.granularity) == ("2024-05-10", "range")

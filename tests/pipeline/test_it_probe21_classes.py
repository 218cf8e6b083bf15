"""Italian constructions of seed-like political news found by the session-15 second blind
probes (bench/probes, "Session 15 second blind set"): "le parti" as the subject of an
agreement, a passive reception with a date and a place before the host, an office phrase
whose person is named in an apposition, and taking control of a town (sentences written
for these tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import dyads, records


def test_the_parties_as_subject_are_the_sides_of_the_talks_or_fight_told_before() -> None:
    for text, sides in (
        (
            "Sono proseguiti al Cairo i colloqui tra Israele e Hamas. Secondo la stampa "
            "egiziana, le parti avrebbero concordato uno scambio di prigionieri.",
            {"ISR", "PSE"},
        ),
        (
            "L'esercito thailandese ha bombardato postazioni cambogiane. Lo scorso anno le "
            "parti avevano firmato un accordo di cooperazione.",
            {"THA", "KHM"},
        ),
        (
            "Le truppe russe hanno colpito Odessa con dei droni. Le due parti si "
            "incontreranno a Istanbul la prossima settimana.",
            {"RUS", "UKR"},
        ),
    ):
        got = [
            r
            for r in records(text, "2025-07-08")
            if r.event_type in ("AGREE", "SUPPORT", "CONSULT") and "parti" in r.evidence.text
        ]
        assert got, text
        assert {a.country for a in got[0].actor + got[0].recipient} == sides, (text, got[0])
        assert got[0].symmetric, text


def test_the_parties_after_a_preposition_or_of_another_sense_are_no_subject() -> None:
    got = dyads(
        "L'esercito russo ha bombardato Kharkiv. Le parti sociali hanno firmato un accordo "
        "sui salari.",
        "2025-07-08",
    )
    assert not any(
        t in ("AGREE", "SUPPORT") and set(a) | set(r) == {"RUS", "UKR"} for t, a, r in got
    )


def test_a_passive_reception_with_a_date_and_a_place_before_the_host_is_a_meeting() -> None:
    for text, host, guest in (
        (
            "Il presidente francese Emmanuel Macron è stato ricevuto ieri a Pechino dal "
            "presidente cinese Xi Jinping.",
            "CHN",
            "FRA",
        ),
        (
            "La premier Giorgia Meloni sarà ricevuta domani a Tunisi dal presidente tunisino "
            "Kais Saied.",
            "TUN",
            "ITA",
        ),
    ):
        got = dyads(text, "2024-04-06")
        assert any(t == "CONSULT" and {host, guest} == set(a) | set(r) for t, a, r in got), (
            text,
            got,
        )


def test_a_passive_reception_of_no_state_guest_is_no_meeting() -> None:
    assert dyads("Il pacco è stato ricevuto ieri dal ministero degli Esteri francese.") == []


def test_an_office_named_in_an_apposition_is_one_party() -> None:
    for text, actor, recipient in (
        (
            "Il capo della giunta, il generale Abdourahamane Tiani, ha accusato la Francia "
            "di destabilizzare il Paese.",
            "NER",
            "FRA",
        ),
        (
            "Il capo dell'esercito, il generale Abdel Fattah al-Burhan, ha annunciato il "
            "ritiro delle truppe dalla città.",
            "SDN",
            None,
        ),
    ):
        got = records(text, "2025-01-10")
        assert got, text
        r = got[0]
        assert [a.country for a in r.actor] == [actor], (text, r)
        assert all(a.name is None or a.name not in {x.name for x in r.actor} for a in r.recipient)
        if recipient:
            assert recipient in {a.country for a in r.recipient}, (text, r)
        else:
            assert not r.recipient, (text, r)
        assert not r.attribution, (text, r)


def test_taking_control_of_a_town_is_a_seizure_but_not_of_a_situation_or_a_firm() -> None:
    got = records(
        "I ribelli dell'M23 hanno preso ieri il controllo di Bukavu dopo due giorni di "
        "combattimenti.",
        "2025-02-17",
    )
    assert any(r.event_type == "COERCE" and r.mode == "seize" for r in got), got
    for text in (
        "Il governo ha preso il controllo della situazione.",
        "Il fondo americano ha preso il controllo della società.",
    ):
        assert not any(r.event_type == "COERCE" for r in records(text, "2025-02-17")), text


def test_a_source_opening_the_sentence_is_no_party_of_the_clause_after_it() -> None:
    got = records(
        "Secondo l'organizzazione Amnesty International, i miliziani avrebbero torturato "
        "decine di prigionieri.",
        "2025-03-01",
    )
    assert got
    assert not any(a.country == "NGO" for r in got for a in r.actor), got
    got = dyads(
        "Secondo l'agenzia Reuters, Francia e Germania avrebbero concordato una posizione "
        "comune sui dazi.",
        "2025-03-01",
    )
    assert any(t == "AGREE" and set(a) | set(r) == {"FRA", "DEU"} for t, a, r in got), got


def test_the_city_before_a_relative_where_places_the_clause_after_it() -> None:
    got = records(
        "Il presidente francese Emmanuel Macron è partito ieri per Pechino, dove oggi "
        "incontrerà il presidente cinese Xi Jinping.",
        "2024-04-06",
    )
    meet = [r for r in got if r.event_type == "CONSULT"]
    assert meet and meet[0].location is not None, got
    assert meet[0].location.country == "CHN", meet[0].location


def test_the_government_a_foreign_official_addresses_is_the_one_he_just_met() -> None:
    got = dyads(
        "Il ministro degli Esteri francese Jean-Noël Barrot ha incontrato ieri il presidente "
        "algerino Abdelmadjid Tebboune. Durante il colloquio Barrot ha chiesto al governo di "
        "liberare lo scrittore Boualem Sansal.",
        "2025-04-07",
    )
    assert any(t == "REQUEST" and a == ("FRA",) and r == ("DZA",) for t, a, r in got), got
    # a minister asking his own government, no foreign counterpart met by him just before
    got = dyads(
        "Il ministro degli Esteri Antonio Tajani ha incontrato il suo omologo francese. Il "
        "ministro della Difesa Guido Crosetto ha poi criticato il governo per i tagli.",
        "2025-04-07",
    )
    assert not any(t == "ACCUSE" and r == ("FRA",) for t, a, r in got), got

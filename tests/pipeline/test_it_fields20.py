"""Fields of records found on seed-like news, round 4 (bench/README.md, "Full-record accuracy,
round 4"): "durante la visita" dating an act by the visit it names, a web site's title with a
dot as the source, a reporting verb and a "secondo X" in two clauses of one sentence (sentences
written for these tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import records

DATE = "2025-03-29"  # a Saturday


def _one(text: str, event_type: str, language: str = "it"):
    got = [r for r in records(text, DATE, language) if r.event_type == event_type]
    assert got, f"no {event_type} record"
    return got[0]


def test_an_act_during_a_visit_takes_the_date_of_the_visit() -> None:
    text = (
        "Il presidente turco ha visitato lunedì Baku. Durante la sua visita il presidente ha "
        "accusato l'Armenia di provocazioni."
    )
    r = _one(text, "ACCUSE")
    assert (r.date.start, r.date.granularity) == ("2025-03-24", "day")
    assert any(w.rule == "date.during_antecedent" for w in r.why)
    text = (
        "Il ministro degli Esteri francese ha incontrato martedì a Roma il collega italiano. "
        "Nel corso dell'incontro il ministro ha criticato la Germania."
    )
    assert _one(text, "ACCUSE").date.start == "2025-03-25"
    text = (
        "The French foreign minister visited Berlin on Tuesday. During the visit he criticized "
        "Russia."
    )
    assert _one(text, "ACCUSE", "en").date.start == "2025-03-25"


def test_an_adjunct_naming_another_kind_of_event_dates_nothing() -> None:
    # the protests were never reported: the meeting's date is not theirs
    text = (
        "Il ministro degli Esteri francese ha incontrato martedì a Roma il collega italiano. "
        "Durante le proteste il ministro ha criticato la Germania."
    )
    r = _one(text, "ACCUSE")
    assert r.date.granularity == "unknown"
    # a visit four sentences back is too far
    text = (
        "Il presidente turco ha visitato lunedì Baku. Il viaggio era atteso da mesi. I due "
        "governi hanno molti progetti comuni. La stampa locale ne ha parlato a lungo. Durante "
        "la visita il presidente ha accusato l'Armenia di provocazioni."
    )
    assert _one(text, "ACCUSE").date.granularity == "unknown"


def test_a_web_site_with_a_dotted_title_is_the_source() -> None:
    r = _one(
        "Secondo il sito Politico.eu, il ministro francese avrebbe incontrato sabato il collega "
        "tedesco.",
        "CONSULT",
    )
    assert [a.name for a in r.attribution] == ["Politico.eu"]
    r = _one(
        "According to the website Civil.ge, the French minister met his German counterpart on "
        "Saturday.",
        "CONSULT",
        "en",
    )
    assert [a.name for a in r.attribution] == ["Civil.ge"]


def test_a_reporting_verb_and_a_source_phrase_in_two_clauses() -> None:
    text = (
        "La Commissione europea ha promesso di aiutare la Moldova, riferisce l'agenzia "
        "Reuters, e secondo fonti di Bruxelles un pacchetto di aiuti potrebbe essere approvato "
        "a febbraio."
    )
    r = _one(text, "AGREE")
    assert [a.name for a in r.attribution] == ["Reuters"]
    # "secondo X" after ", e" covers its own clause only: the condemnation is the text's own
    text = (
        "Il governo francese ha condannato l'attacco, e secondo fonti diplomatiche Parigi "
        "potrebbe richiamare l'ambasciatore."
    )
    assert _one(text, "ACCUSE").attribution == []
    assert [a.raw_text for a in _one(text, "SANCTION").attribution] == ["fonti diplomatiche"]
    # with no conjunction the source phrase still covers the whole sentence
    r = _one(
        "Secondo il quotidiano Le Monde, il governo francese ha condannato l'attacco.", "ACCUSE"
    )
    assert [a.name for a in r.attribution] == ["Le Monde"]


def test_a_span_of_days_filled_with_exercises() -> None:
    # "due giorni di" between the light verb and the noun: the army still exercises
    r = _one(
        "L'esercito russo ha avviato oggi due giorni di esercitazioni militari vicino al confine "
        "con la Finlandia.",
        "MOBILIZE",
    )
    assert [(a.country, a.sector) for a in r.actor] == [("RUS", "MIL")]
    # dated on its first day, the act runs for the whole span
    assert (r.date.start, r.date.end, r.date.granularity) == ("2025-03-29", "2025-03-30", "range")
    r = _one(
        "L'esercito russo ha avviato oggi una settimana di esercitazioni militari vicino al "
        "confine con la Finlandia.",
        "MOBILIZE",
    )
    assert (r.date.start, r.date.end) == ("2025-03-29", "2025-04-04")


def test_a_span_closed_on_the_date_given_is_not_counted_forward() -> None:
    r = _one(
        "L'esercito russo ha concluso ieri tre giorni di esercitazioni militari vicino al "
        "confine con la Finlandia.",
        "MOBILIZE",
    )
    assert (r.date.start, r.date.granularity) == ("2025-03-28", "day")


def test_a_raid_on_a_body_s_premises_is_done_to_that_body() -> None:
    r = _one(
        "Nella notte i soldati hanno fatto irruzione nell'edificio del Parlamento a Seul.", "COERCE"
    )
    assert [(a.country, a.sector) for a in r.recipient] == [("KOR", "LEG")]
    assert any(w.rule == "recipient.premises_owner" for w in r.why)
    # premises of nobody named: the people of the place, as before
    r = _one("La polizia turca ha fatto irruzione in un appartamento a Istanbul.", "COERCE")
    assert [(a.country, a.sector) for a in r.recipient] == [("TUR", "CVL")]


def test_the_capital_struck_in_an_attack_on_one_country() -> None:
    r = _one(
        "L'aviazione israeliana ha bombardato il Libano, colpendo anche la capitale.", "ASSAULT"
    )
    assert (r.location.name, r.location.country) == ("Beirut", "LBN")
    assert any(w.rule == "places.recipient_capital" for w in r.why)
    r = _one(
        "Russian forces attacked Ukraine overnight, hitting mostly the capital.", "ASSAULT", "en"
    )
    assert r.location.name == "Kyiv"


def test_a_capital_outside_the_attack_s_clause_or_named_is_no_place_of_it() -> None:
    r = _one(
        "L'aviazione israeliana ha bombardato il Libano meridionale, mentre la capitale è "
        "rimasta tranquilla.",
        "ASSAULT",
    )
    assert r.location is None or r.location.name != "Beirut"
    r = _one(
        "L'aviazione israeliana ha bombardato il Libano, colpendo la capitale del Sud.", "ASSAULT"
    )
    assert r.location is None or r.location.name != "Beirut"


def test_where_after_a_thing_s_complement_is_the_thing_s_place() -> None:
    # "dove" follows "dell'Ucraina", the complement of the conference: the meeting is in Rome
    r = _one(
        "Oggi il leader ucraino parteciperà a Roma alla conferenza sulla ricostruzione "
        "dell'Ucraina, dove incontrerà la presidente del Consiglio italiana.",
        "CONSULT",
    )
    assert r.location is not None and r.location.name == "Rome"
    # after a place word ("nella capitale della Libia, dove") the toponym is still the place
    r = _one(
        "Il ministro francese si è recato nella capitale della Libia, dove ha incontrato il "
        "premier libico.",
        "CONSULT",
    )
    assert r.location is not None and r.location.country == "LBY"

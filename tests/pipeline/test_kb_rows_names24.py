"""Curated rows for party leaders and parties abroad (session 18, xx/actors_curated.tsv), and
the rule that keeps an unknown person from the country of the other party of his own act.

Sentences are invented; expected codes are written by hand from the rows' dates.
"""

from __future__ import annotations

import pytest

from eventwire import extract
from tests.pipeline.test_actors import actors, mention


def code(text: str, name: str, date: str, lang: str = "it") -> tuple:
    a = mention(actors(text, lang, date), name)._.actors[0]
    return (a.name, a.country, a.sector, a.title)


@pytest.mark.parametrize(
    ("date", "sector", "title"),
    [
        ("2014-05-01", "PTY", "Leader of the UK Independence Party"),
        ("2020-02-01", "PTY", "Leader of the Brexit Party"),
        ("2025-02-01", "PTY", "Leader of Reform UK"),
    ],
)
def test_farage_party_by_date(date: str, sector: str, title: str) -> None:
    got = code("Farage attacked the government over migration.", "Farage", date, "en")
    assert got == ("Nigel Farage", "GBR", sector, title)


@pytest.mark.parametrize("date", ["2009-12-15", "2022-05-01"])
def test_farage_between_party_roles_keeps_only_his_country(date: str) -> None:
    got = code("Farage attacked the government over migration.", "Farage", date, "en")
    assert got == ("Nigel Farage", "GBR", None, None)


@pytest.mark.parametrize(
    ("text", "name", "date", "want"),
    [
        ("Marine Le Pen ha criticato il governo.", "Marine Le Pen", "2025-06-10", ("FRA", "PTY")),
        (
            "Jordan Bardella ha criticato il governo.",
            "Jordan Bardella",
            "2025-06-10",
            ("FRA", "PTY"),
        ),
        ("Alice Weidel ha criticato il governo.", "Alice Weidel", "2024-03-01", ("DEU", "PTY")),
        ("Alice Weidel ha criticato il governo.", "Alice Weidel", "2019-03-01", ("DEU", "LEG")),
        ("Geert Wilders ha criticato il governo.", "Geert Wilders", "2025-06-10", ("NLD", "PTY")),
        (
            "Santiago Abascal ha criticato il governo.",
            "Santiago Abascal",
            "2025-06-10",
            ("ESP", "PTY"),
        ),
        ("Herbert Kickl ha criticato il governo.", "Herbert Kickl", "2018-06-10", ("AUT", "GOV")),
        ("Herbert Kickl ha criticato il governo.", "Herbert Kickl", "2025-06-10", ("AUT", "PTY")),
        ("Carlo Calenda ha criticato il governo.", "Carlo Calenda", "2025-06-10", ("ITA", "PTY")),
        # head of Galicia's government until May 2022, party president from April 2022
        ("Feijóo ha criticato il governo.", "Feijóo", "2021-06-10", ("ESP", "GOV")),
        ("Feijóo ha criticato il governo.", "Feijóo", "2023-06-10", ("ESP", "PTY")),
    ],
)
def test_party_leaders_abroad(text: str, name: str, date: str, want: tuple) -> None:
    assert code(text, name, date)[1:3] == want


@pytest.mark.parametrize(
    ("name", "date", "sector"),
    [
        # office ended; the later role they hold
        ("Olaf Scholz", "2024-06-10", "GOV"),
        ("Olaf Scholz", "2025-09-10", "LEG"),
        ("Rishi Sunak", "2024-09-10", "OPP"),
        ("Rishi Sunak", "2025-09-10", "LEG"),
        ("Gabriel Attal", "2025-09-10", "PTY"),
        ("Édouard Philippe", "2025-09-10", "PTY"),
    ],
)
def test_former_heads_of_government_keep_their_later_role(
    name: str, date: str, sector: str
) -> None:
    assert code(f"{name} ha criticato il governo.", name, date)[2] == sector


@pytest.mark.parametrize(
    ("date", "sector"), [("2017-06-10", "OPP"), ("2021-06-10", "LEG"), ("2013-06-10", None)]
)
def test_corbyn_leader_of_the_opposition_then_mp(date: str, sector: str | None) -> None:
    got = code("Corbyn urged the government to act.", "Corbyn", date, "en")
    assert got[:3] == ("Jeremy Corbyn", "GBR", sector)


def test_jaroslaw_kaczynski_deputy_then_party_leader() -> None:
    name = "Jarosław Kaczyński"
    assert code(f"{name} ha parlato.", name, "2021-06-10")[1:4] == (
        "POL",
        "GOV",
        "Deputy Prime Minister",
    )
    assert code(f"{name} ha parlato.", name, "2024-06-10")[1:3] == ("POL", "PTY")


@pytest.mark.parametrize(
    ("date", "title"),
    [
        ("2021-06-10", "Senate Majority Leader"),
        ("2025-06-10", "Senate Minority Leader"),
    ],
)
def test_schumer_majority_then_minority(date: str, title: str) -> None:
    got = code("Schumer blocked the bill in the Senate.", "Schumer", date, "en")
    assert got == ("Chuck Schumer", "USA", "LEG", title)


@pytest.mark.parametrize(
    ("text", "name", "lang", "want"),
    [
        (
            "Il Rassemblement National ha vinto il primo turno.",
            "Rassemblement National",
            "it",
            "FRA",
        ),
        ("La France Insoumise ha presentato una mozione.", "France Insoumise", "it", "FRA"),
        ("L'AfD ha chiesto nuove elezioni.", "AfD", "it", "DEU"),
        (
            "Alternativa per la Germania ha chiesto nuove elezioni.",
            "Alternativa per la Germania",
            "it",
            "DEU",
        ),
        ("The CDU and the SPD signed the coalition deal.", "SPD", "en", "DEU"),
        ("The PiS appealed to the court.", "PiS", "en", "POL"),
        ("Il Likud ha respinto la proposta.", "Likud", "it", "ISR"),
        ("Reform UK won the by-election.", "Reform UK", "en", "GBR"),
        ("Il Partito laburista ha vinto le elezioni.", "Partito laburista", "it", "GBR"),
        (
            "Il Partito repubblicano americano ha bloccato la legge.",
            "Partito repubblicano americano",
            "it",
            "USA",
        ),
        ("The BJP won the state election.", "BJP", "en", "IND"),
        ("The AKP lost Istanbul.", "AKP", "en", "TUR"),
        ("Syriza ha perso le elezioni.", "Syriza", "it", "GRC"),
    ],
)
def test_parties_are_pty_of_their_country(text: str, name: str, lang: str, want: str) -> None:
    got = code(text, name, "2024-05-01", lang)
    assert got[1:3] == (want, "PTY")


def test_italian_democratic_party_is_not_the_american_one() -> None:
    text = "Il Partito democratico ha criticato il Partito democratico americano."
    assert code(text, "Partito democratico", "2024-05-01")[1] == "ITA"
    assert code(text, "Partito democratico americano", "2024-05-01")[1] == "USA"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the short forms left out: a word of the language
        ("The Minister of Labour met the unions on Monday.", "en"),
        ("Vox populi: the crowd booed the minister.", "en"),
    ],
)
def test_short_forms_that_are_words_name_no_party(text: str, lang: str) -> None:
    doc = actors(text, lang, "2024-05-01")
    for s in doc.spans["actors"]:
        for a in s._.actors:
            assert a.sector != "PTY", (s.text, a)


# -- an unknown person does not take the country of the other party of his act ------------


def record_of(text: str, trigger: str, lang: str = "it"):  # noqa: ANN201
    recs = [r for r in extract(text, language=lang, published="2024-05-01")]
    return next(r for r in recs if r.evidence.trigger.text == trigger)


@pytest.mark.parametrize(
    "text",
    [
        "La Germania vota a febbraio. Marta Lorentz ha criticato duramente il governo cinese.",
        "La Germania vota a febbraio. Marta Lorentz ha criticato duramente la Cina.",
    ],
)
def test_unknown_person_is_not_of_the_recipients_country(text: str) -> None:
    # the article names two countries; the sentence's one country is the recipient's
    rec = record_of(text, "criticato")
    assert rec.recipient and rec.recipient[0].country == "CHN"
    assert rec.actor[0].name == "Marta Lorentz"
    assert rec.actor[0].country is None
    assert any(w.rule == "actor.unknown_person_not_of_the_other_party" for w in rec.why)


@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        # the recipient's country is itself read off the article
        (
            "A Pechino la tensione sale. Marta Lorentz ha criticato duramente il governo.",
            "criticato",
            "actor",
        ),
        # an office of a place is no state: a local person's complaint
        (
            "La Germania vota a febbraio. Marta Lorentz ha denunciato il sindaco di Lione.",
            "denunciato",
            "actor",
        ),
        # an article of one country: the police's arrest of a local person
        ("A Bologna i carabinieri hanno arrestato Marta Lorentz.", "arrestato", "recipient"),
    ],
)
def test_unknown_person_keeps_the_guess_otherwise(text: str, trigger: str, side: str) -> None:
    rec = record_of(text, trigger)
    person = next(a for a in getattr(rec, side) if a.name == "Marta Lorentz")
    assert person.country is not None
    assert not any(w.rule == "actor.unknown_person_not_of_the_other_party" for w in rec.why)

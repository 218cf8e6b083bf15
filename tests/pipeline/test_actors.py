"""The actor component: mentions, their resolution, and why (expected values written by hand)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from eventwire.pipeline.nlp import get_nlp


def actors(text: str, lang: str, date: str | None = None, dicts: tuple[str, ...] = ()) -> Doc:
    nlp = get_nlp(lang, dicts)
    doc = nlp.make_doc(text)
    doc._.published = date
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "eventwire_actors":
            break
    return doc


def mention(doc: Doc, text: str):  # noqa: ANN201
    found = [s for s in doc.spans["actors"] if s.text == text]
    assert found, f"no mention {text!r} in {[s.text for s in doc.spans['actors']]}"
    return found[0]


def codes(span) -> tuple:  # noqa: ANN001
    a = span._.actors[0]
    return (a.country, a.sector)


# -- composition and offices -------------------------------------------------------------


def test_title_demonym_and_name_make_one_mention() -> None:
    doc = actors("Il presidente russo Vladimir Putin incontrerà i giornalisti.", "it", "2023-09")
    span = mention(doc, "presidente russo Vladimir Putin")
    a = span._.actors[0]
    assert span.label_ == "PER"
    assert (a.name, a.country, a.sector, a.title) == ("Vladimir Putin", "RUS", "GOV", "President")
    rules = [w.rule for w in span._.why]
    assert "country.demonym" in rules and "kb.role_on_date" in rules
    assert any("actors_curated.tsv" in (w.entry or "") for w in span._.why)


@pytest.mark.parametrize(
    "date,title",
    [
        ("2010-05", "Minister of Emergency Situations"),  # before his term
        ("2023-07", "Minister of Defence"),  # during it
        ("2025-02", "Secretary of the Security Council"),  # after it
    ],
)
def test_office_on_the_article_date(date: str, title: str) -> None:
    doc = actors(
        "Il ministro della Difesa russo Sergej Shoigu è atterrato a Pyongyang.", "it", date
    )
    span = mention(doc, "ministro della Difesa russo Sergej Shoigu")
    a = span._.actors[0]
    assert (a.name, a.country, a.sector) == ("Sergei Shoigu", "RUS", "GOV")
    assert a.title == title


def test_english_title_before_name() -> None:
    doc = actors(
        "Russian President Vladimir Putin met Kremlin spokesman Dmitry Peskov.", "en", "2023-01"
    )
    putin = mention(doc, "Russian President Vladimir Putin")
    assert codes(putin) == ("RUS", "GOV")
    peskov = mention(doc, "Kremlin spokesman Dmitry Peskov")
    assert (peskov._.actors[0].name, *codes(peskov)) == ("Dmitry Peskov", "RUS", "GOV")


def test_unknown_name_after_a_title_keeps_the_title_only() -> None:
    doc = actors(
        "Lo ha detto il portavoce del Consiglio di sicurezza nazionale americano Mark Doe.", "it"
    )
    span = mention(doc, "portavoce del Consiglio di sicurezza nazionale americano Mark Doe")
    a = span._.actors[0]
    assert (a.name, a.country, a.sector) == ("Mark Doe", "USA", "GOV")
    assert a.wikidata_id is None


def test_an_unknown_name_stays_unresolved() -> None:
    doc = actors("Zorbax Quintel ha parlato a lungo.", "it")
    for span in doc.spans["actors"]:
        assert all(a.country is None and a.sector is None for a in span._.actors)


def test_body_led_by_a_person() -> None:
    doc = actors("L'amministrazione americana guidata da Joe Biden ha confermato.", "it", "2023-09")
    span = mention(doc, "amministrazione americana guidata da Joe Biden")
    assert codes(span) == ("USA", "GOV")


def test_former_official() -> None:
    doc = actors("L'ex presidente egiziano Hosni Mubarak è stato condannato.", "it", "2012-06")
    assert codes(mention(doc, "ex presidente egiziano Hosni Mubarak")) == ("EGY", "ELI")


# -- metonyms, demonyms, countries --------------------------------------------------------


@pytest.mark.parametrize(
    "lang,text,words,expected",
    [
        ("it", "Il Cremlino ha smentito la notizia.", "Cremlino", ("RUS", "GOV")),
        ("it", "Il Pentagono ha chiesto chiarimenti.", "Pentagono", ("USA", "MIL")),
        ("it", "Palazzo Chigi ha convocato i sindacati.", "Palazzo Chigi", ("ITA", "GOV")),
        ("it", "La Farnesina ha convocato l'ambasciatore.", "Farnesina", ("ITA", "GOV")),
        ("it", "Mosca potrebbe ottenere nuovi missili.", "Mosca", ("RUS", "GOV")),
        ("en", "The White House said talks would continue.", "White House", ("USA", "GOV")),
        ("en", "Downing Street declined to comment.", "Downing Street", ("GBR", "GOV")),
        ("en", "Beijing rejected the proposal.", "Beijing", ("CHN", "GOV")),
    ],
)
def test_metonyms(lang: str, text: str, words: str, expected: tuple) -> None:
    span = mention(actors(text, lang), words)
    assert codes(span) == expected
    assert any(w.rule.startswith("metonym.") for w in span._.why)


@pytest.mark.parametrize(
    "lang,text,words,expected",
    [
        ("it", "La polizia tedesca ha arrestato due uomini.", "polizia tedesca", ("DEU", "COP")),
        ("it", "Le autorità egiziane hanno risposto.", "autorità egiziane", ("EGY", "GOV")),
        (
            "it",
            "I manifestanti tunisini sono scesi in piazza.",
            "manifestanti tunisini",
            ("TUN", "CVL"),
        ),
        ("it", "L'esercito cinese ha smentito.", "esercito cinese", ("CHN", "MIL")),
        ("en", "Turkish police detained the students.", "Turkish police", ("TUR", "COP")),
        ("en", "North Korean troops crossed the line.", "North Korean troops", ("PRK", "MIL")),
        ("en", "Israel's army said it had fired.", "Israel's army", ("ISR", "MIL")),
    ],
)
def test_demonyms_in_both_languages(lang: str, text: str, words: str, expected: tuple) -> None:
    assert codes(mention(actors(text, lang), words)) == expected


def test_country_name_is_not_a_demonym() -> None:
    # "ucraina" is a demonym, "Ucraina" the country
    span = mention(actors("La guerra in Ucraina continua.", "it"), "Ucraina")
    assert span.label_ == "GPE" and codes(span) == ("UKR", None)


def test_italian_institutions_have_their_country() -> None:
    doc = actors("I carabinieri e la Guardia di Finanza hanno perquisito gli uffici.", "it")
    assert codes(mention(doc, "carabinieri")) == ("ITA", "COP")
    assert codes(mention(doc, "Guardia di Finanza")) == ("ITA", "COP")


def test_compound_actors_stay_separate_mentions() -> None:
    doc = actors("Esercitazioni congiunte tra Russia, Corea del Nord e Cina.", "it")
    assert [s.text for s in doc.spans["actors"]] == ["Russia", "Corea del Nord", "Cina"]
    assert [codes(s) for s in doc.spans["actors"]] == [
        ("RUS", None),
        ("PRK", None),
        ("CHN", None),
    ]


def test_coordinated_countries_share_the_agent() -> None:
    doc = actors("Senior Hungarian and Romanian officials agreed on Wednesday.", "en")
    assert codes(mention(doc, "Hungarian")) == ("HUN", "GOV")
    assert codes(mention(doc, "Romanian officials")) == ("ROU", "GOV")


def test_context_country_for_protesters() -> None:
    doc = actors("A Tunisi la polizia ha disperso i manifestanti.", "it")
    span = mention(doc, "manifestanti")
    assert codes(span) == ("TUN", "CVL")
    assert any(w.rule == "country.context" for w in span._.why)


# -- longest match ------------------------------------------------------------------------


def test_person_name_beats_the_place_inside_it() -> None:
    doc = actors("Vladimir Putin ha parlato a lungo.", "it", "2023-09")
    [span] = doc.spans["actors"]
    assert span.text == "Vladimir Putin" and span.label_ == "PER"


def test_newspaper_beats_the_city_inside_it() -> None:
    doc = actors("Secondo il New York Times, l'incontro si terrà presto.", "it")
    span = mention(doc, "New York Times")
    assert span.label_ == "MEDIA"
    assert codes(span) == ("USA", "JRN")
    assert not [s for s in doc.spans["actors"] if s.text == "New York"]


# -- coreference --------------------------------------------------------------------------


def test_title_refers_back_to_the_named_person() -> None:
    text = (
        "Il leader nordcoreano Kim Jong-un arriverà domani. "
        "Il Cremlino ha confermato. Il leader nordcoreano chiede tecnologia."
    )
    doc = actors(text, "it", "2023-09")
    later = [s for s in doc.spans["actors"] if s.text == "leader nordcoreano"]
    assert later and later[0]._.actors[0].name == "Kim Jong-un"
    assert any(w.rule == "coref.title" for w in later[0]._.why)


def test_surname_alone_refers_back() -> None:
    doc = actors("Il leader nordcoreano Kim Jong-un ha parlato. Poi Kim ha mostrato le armi.", "it")
    span = mention(doc, "Kim")
    assert span._.actors[0].name == "Kim Jong-un"


def test_group_reference_gets_the_last_two_persons() -> None:
    text = (
        "Il presidente russo Vladimir Putin incontrerà il leader nordcoreano Kim Jong-un. "
        "Il meeting tra i due si terrà a settembre."
    )
    doc = actors(text, "it", "2023-09")
    span = mention(doc, "i due")
    assert span.label_ == "GROUP"
    assert {a.name for a in span._.actors} == {"Vladimir Putin", "Kim Jong-un"}


# -- custom dictionaries ------------------------------------------------------------------


def test_petrarch_dictionary_in_the_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "middle.actors.txt"
    path.write_text("GONDOR [GON]\n+MINAS_TIRITH\nARNOR_ [ARN]\n")
    agents = tmp_path / "middle.agents.txt"
    agents.write_text("PRIME_MINISTER [~GOV]\nCLERIC [~REL]\n")
    doc = actors(
        "The Gondor prime minister met an Arnor cleric.", "en", dicts=(str(path), str(agents))
    )
    pm = mention(doc, "Gondor prime minister")
    assert pm._.actor_info["code"] == "GONGOV"
    assert mention(doc, "Arnor cleric")._.actor_info["code"] == "ARNREL"

"""The actor component: mentions, their resolution, and why (expected values written by hand)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from eventwire.pipeline.nlp import get_nlp, run_until


def actors(text: str, lang: str, date: str | None = None, dicts: tuple[str, ...] = ()) -> Doc:
    return run_until(get_nlp(lang, dicts), text, "eventwire_actors", date)


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


@pytest.mark.parametrize(
    "text,words",
    [
        ("Il governo Draghi ha varato il decreto.", "governo Draghi"),
        (
            "Il governo guidato da Mario Draghi ha varato il decreto.",
            "governo guidato da Mario Draghi",
        ),
    ],
)
def test_a_government_named_after_its_leader_is_his_state(text: str, words: str) -> None:
    # no date: Draghi's usual role is the ECB's (IGO, held longer), but a government is a
    # state's: Italy's
    assert codes(mention(actors(text, "it"), words)) == ("ITA", "GOV")


@pytest.mark.parametrize(
    "lang,text,words",
    [
        (
            "en",
            "The Hamas (Islamic Resistance) group declared a truce.",
            "Hamas (Islamic Resistance) group",
        ),
        ("it", "Il gruppo Hamas (Movimento islamico) ha dichiarato una tregua.", "Hamas"),
    ],
)
def test_a_bracketed_alias_between_a_name_and_its_group_noun(
    lang: str, text: str, words: str
) -> None:
    span = mention(actors(text, lang), words)
    assert codes(span) == ("PSE", "REB")


def test_an_english_government_named_after_its_leader_is_his_state() -> None:
    span = mention(actors("The Prodi government resigned.", "en"), "Prodi government")
    assert codes(span) == ("ITA", "GOV")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Il generale Mario Rossi ha ordinato il ritiro.", [("generale Mario Rossi", "MIL")]),
        ("Ieri il generale ha ordinato il ritiro.", [("generale", "MIL")]),
        # the adverb and the adjective after a noun are no officer
        ("In generale il sindaco ha torto.", [("sindaco", "GOV")]),
        ("Lo sciopero generale ha bloccato il porto.", []),
    ],
)
def test_lower_case_general_is_an_officer(text: str, expected: list) -> None:
    doc = actors(text, "it")
    assert [(s.text, s._.actors[0].sector) for s in doc.spans["actors"]] == expected


def test_separatist_after_a_place_noun_is_its_adjective() -> None:
    doc = actors("Mosca difenderà il territorio separatista.", "it")
    assert [s.text for s in doc.spans["actors"]] == ["Mosca"]


@pytest.mark.parametrize(
    "lang,text,words,sector",
    [
        ("it", "Il governo degli insorti ha respinto la tregua.", "governo degli insorti", "REB"),
        (
            "en",
            "The government of the rebels rejected the truce.",
            "government of the rebels",
            "REB",
        ),
        # a named organisation that governs keeps the body's sector
        ("it", "Il governo di Hamas ha respinto la tregua.", "governo di Hamas", "GOV"),
    ],
)
def test_the_government_of_an_armed_group_is_the_group(
    lang: str, text: str, words: str, sector: str
) -> None:
    span = mention(actors(text, lang), words)
    assert span._.actors[0].sector == sector


def test_former_official() -> None:
    doc = actors("L'ex presidente egiziano Hosni Mubarak è stato condannato.", "it", "2012-06")
    assert codes(mention(doc, "ex presidente egiziano Hosni Mubarak")) == ("EGY", "ELI")


@pytest.mark.parametrize(
    "lang,text,words",
    [
        ("it", "L'ex premier Romano Prodi ha criticato la riforma.", "ex premier Romano Prodi"),
        ("it", "Il premier Romano Prodi ha criticato la riforma.", "premier Romano Prodi"),
        (
            "en",
            "Former Prime Minister Romano Prodi criticised the reform.",
            "Former Prime Minister Romano Prodi",
        ),
    ],
)
def test_undated_state_office_takes_the_country_of_that_office(
    lang: str, text: str, words: str
) -> None:
    # no date: the KB's usual role of Prodi is the EU Commission (IGO), but the text names
    # a state office, which he held for Italy
    span = mention(actors(text, lang), words)
    assert span._.actors[0].country == "ITA"
    assert "text_office_over_usual" in rules(span)


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
    "text",
    [
        "Il Colle ha taciuto per tutta la giornata.",
        "Il premier è salito al Colle prima di sera.",
        "Dal Colle nessun commento sulla crisi.",
    ],
)
def test_the_colle_after_an_article_is_the_quirinale(text: str) -> None:
    span = mention(actors(text, "it"), "Colle")
    assert codes(span) == ("ITA", "GOV")
    assert span._.actors[0].name == "Quirinale"


@pytest.mark.parametrize(
    "text",
    [
        "Il sindaco di Gioia del Colle ha parlato ieri.",  # a town's name
        "Il Colle di Val d'Elsa è una città toscana.",  # a "di" phrase: a place
        "Il Colle Oppio era affollato di turisti.",  # a longer name
        "Mario Colle ha parlato ieri.",  # a surname, no article
        "Colle Romito è un piccolo villaggio.",  # no article
    ],
)
def test_colle_in_a_name_or_without_article_is_not_the_quirinale(text: str) -> None:
    doc = actors(text, "it")
    assert all(
        (s._.actors[0].name if s._.actors else None) != "Quirinale" for s in doc.spans["actors"]
    )


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
        # the demonym of both Congos reads as the usual referent, the Democratic Republic
        ("en", "Congolese troops crossed the river.", "Congolese troops", ("COD", "MIL")),
    ],
)
def test_demonyms_in_both_languages(lang: str, text: str, words: str, expected: tuple) -> None:
    assert codes(mention(actors(text, lang), words)) == expected


@pytest.mark.parametrize(
    "text,words,sector",
    [
        ("The border stayed closed to Ghanaians.", "Ghanaians", "CVL"),
        ("Kenyans marched through the capital.", "Kenyans", "CVL"),
        # with a determiner the nationality stays its state (sector left to the event stage)
        ("The Americans rejected the plan.", "Americans", None),
    ],
)
def test_a_bare_plural_nationality_noun_is_people(text: str, words: str, sector: str) -> None:
    span = mention(actors(text, "en"), words)
    assert span._.actors[0].sector == sector


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


def test_no_context_country_from_after_the_agent_when_the_passage_names_several() -> None:
    # the ship is French and the sea Somali: whose the pirates are, the sentence does not say
    doc = actors("I pirati hanno attaccato una nave francese al largo della Somalia.", "it")
    assert codes(mention(doc, "pirati")) == (None, "CRM")
    # one country in the passage: the agent acts there
    doc = actors("A Lione gli operai hanno bloccato la fabbrica.", "it")
    assert codes(mention(doc, "operai"))[0] == "FRA"


def test_no_context_country_from_the_sentence_before_when_the_passage_names_several() -> None:
    # the last country named before is where the president went, not whose the minister is
    doc = actors(
        "Il presidente francese è partito ieri per Pechino. Il ministro ha criticato la scelta.",
        "it",
    )
    assert codes(mention(doc, "ministro"))[0] is None
    doc = actors("Il presidente francese è partito ieri. Il ministro ha criticato la scelta.", "it")
    assert codes(mention(doc, "ministro"))[0] == "FRA"


def test_an_ethnic_group_takes_the_country_after_it_in_its_sentence() -> None:
    doc = actors(
        "Up to 500 ethnic Serbs began a march against Croatia's decision to close "
        "their schools, officials in Hungary said.",
        "en",
    )
    assert codes(mention(doc, "Serbs"))[0] == "HRV"


def test_a_demonym_on_the_agents_complement_says_whose_it_is() -> None:
    doc = actors("In Cina, i vertici dei soccorsi giapponesi hanno chiesto aiuto.", "it")
    span = mention(doc, "vertici")
    assert codes(span)[0] == "JPN"
    assert any(w.rule == "country.complement_demonym" for w in span._.why)


@pytest.mark.parametrize(
    "text,words",
    [
        (
            "Il ministro dei Beni e Attività Culturali, Mario Rossi, ha incontrato il sindaco.",
            "ministro dei Beni e Attività Culturali, Mario Rossi",
        ),
        (
            "Il viceministro delle Infrastrutture e dei Trasporti Mario Rossi ha parlato.",
            "viceministro delle Infrastrutture e dei Trasporti Mario Rossi",
        ),
        (
            "Il ministro dell'Economia e delle Finanze Mario Rossi ha parlato.",
            "ministro dell'Economia e delle Finanze Mario Rossi",
        ),
    ],
)
def test_a_ministers_department_is_part_of_his_mention(text: str, words: str) -> None:
    # the department's words are no place ("Beni" is a Congolese town) and the name after
    # them is the minister's, not a second party
    span = mention(actors(text, "it"), words)
    a = span._.actors[0]
    assert (a.name, a.sector) == ("Mario Rossi", "GOV")
    assert a.country != "COD"


def test_a_given_name_that_is_also_a_town_is_no_context_country() -> None:
    # "George" is a town in South Africa: inside a person's name it says nothing of where
    # the agent of the sentence is from
    doc = actors(
        "La rabbia per George Mancuso, picchiato da un agente della polizia, cresce.", "it"
    )
    span = mention(doc, "agente della polizia")
    assert codes(span)[0] != "ZAF"
    assert not any("George" in str(w.entry) for w in span._.why)


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


# -- second round: persons the KB does not know -------------------------------------------


def rules(span) -> list[str]:  # noqa: ANN001
    return [w.rule for w in span._.actor_why]


def test_unknown_name_with_a_given_name_is_a_person_without_codes() -> None:
    doc = actors("Ieri Giorgio Piacentini ha chiesto scusa.", "it")
    span = mention(doc, "Giorgio Piacentini")
    a = span._.actors[0]
    assert span.label_ == "PER"
    assert (a.name, a.country, a.sector) == ("Giorgio Piacentini", None, None)
    assert "name.unknown_person" in rules(span)


@pytest.mark.parametrize(
    "text",
    [
        "La polizia ha fermato due ragazzi in via Giorgio Piacentini.",
        "Il corteo è arrivato in piazza Giorgio Piacentini.",
        "Il comizio si è tenuto in Via Giorgio Piacentini.",
    ],
)
def test_a_name_after_a_street_word_is_the_street_not_a_person(text: str) -> None:
    doc = actors(text, "it")
    assert not [s for s in doc.spans["actors"] if "Piacentini" in s.text]


def test_a_landmark_is_no_unknown_person() -> None:
    # "Lafayette Park" reads as a given name and a surname; lang/xx/landmarks.tsv has it
    doc = actors("Due agenti sono rimasti feriti ieri a Lafayette Park.", "it")
    assert not [s for s in doc.spans["actors"] if "Lafayette" in s.text]


def test_unknown_name_followed_by_an_age_is_a_person() -> None:
    # "Zorbax" is no given name: the age says it is a person
    doc = actors("Fra gli arrestati anche Zorbax Quintel, 49 anni, condannato nel 1982.", "it")
    span = mention(doc, "Zorbax Quintel")
    assert span._.actors[0].name == "Zorbax Quintel"
    assert span._.actors[0].country is None


def test_elided_particle_joins_the_surname() -> None:
    doc = actors("Oggi Alfredo D'Avanzo è stato arrestato.", "it")
    assert mention(doc, "Alfredo D'Avanzo")._.actors[0].name == "Alfredo D'Avanzo"


def test_unknown_person_takes_no_country_from_the_context() -> None:
    # the event stage fills it from the article, with its own why; the actor stage does not
    doc = actors("In Francia Giorgio Piacentini ha parlato a lungo.", "it")
    assert codes(mention(doc, "Giorgio Piacentini")) == (None, None)


def test_apposition_office_gives_country_and_sector_to_an_unknown_person() -> None:
    text = (
        "Il giudice ha rinviato a giudizio Giorgio Piacentini, comandante dei vigili urbani di "
        "Biassono, per apologia del fascismo. Piacentini ha chiesto scusa."
    )
    doc = actors(text, "it")
    span = mention(doc, "Giorgio Piacentini, comandante dei vigili urbani di Biassono")
    assert span.label_ == "PER"
    assert (span._.actors[0].name, *codes(span)) == ("Giorgio Piacentini", "ITA", "COP")
    assert "name.apposition" in rules(span)
    later = mention(doc, "Piacentini")
    assert (later._.actors[0].name, *codes(later)) == ("Giorgio Piacentini", "ITA", "COP")


def test_party_in_brackets_makes_an_unknown_person_a_party_politician() -> None:
    # "Nome Cognome (PD)": the party's politician, also for the names listed before it
    text = (
        "Ieri la deputata Chiara Galli è intervenuta in aula. Marco Bellini e Anna Verdi (M5S) "
        "hanno criticato il ministro, mentre Luca Neri (PD, SEL) lo ha difeso. Bellini ha "
        "insistito; Giulia Serra (29) ha assistito."
    )
    doc = actors(text, "it")
    for name in ("Marco Bellini", "Anna Verdi", "Luca Neri", "Bellini"):
        span = mention(doc, name)
        assert codes(span) == ("ITA", "PTY"), name
    assert "name.party_in_brackets" in rules(mention(doc, "Anna Verdi"))
    # an age in brackets is no party
    assert codes(mention(doc, "Giulia Serra")) == (None, None)


def test_office_aimed_at_is_part_of_the_mention_and_gives_no_sector() -> None:
    # a candidate for a government office is a party politician, not the government
    text = (
        "Il tribunale ha respinto il ricorso della candidata alla presidenza della Regione "
        "Puglia, Anna Verdi, e quello del candidato a sindaco."
    )
    doc = actors(text, "it")
    span = mention(doc, "candidata alla presidenza della Regione Puglia, Anna Verdi")
    a = span._.actors[0]
    assert (a.name, a.country, a.sector, a.title) == ("Anna Verdi", "ITA", "PTY", "Candidate")
    assert codes(mention(doc, "candidato a sindaco"))[1] == "PTY"
    assert not [s for s in doc.spans["actors"] if s.text.startswith("presidenza")]


def test_lower_case_place_noun_in_an_office_complement() -> None:
    # "della regione Lombardia": the region gives the country, the apposition the name
    text = "Il presidente della regione Puglia, Anna Verdi, ha rimosso l'assessore."
    span = mention(actors(text, "it"), "presidente della regione Puglia, Anna Verdi")
    a = span._.actors[0]
    assert (a.name, a.country, a.sector) == ("Anna Verdi", "ITA", "GOV")
    doc = actors("Il sindaco del comune di Lecce ha protestato.", "it")
    assert codes(mention(doc, "sindaco del comune di Lecce")) == ("ITA", "GOV")


@pytest.mark.parametrize(
    "text,lang,span,sector",
    [
        ("Il caporale Luca Neri è stato ferito.", "it", "caporale Luca Neri", "MIL"),
        (
            "Il maresciallo dei carabinieri Luca Neri ha arrestato due uomini.",
            "it",
            "maresciallo dei carabinieri Luca Neri",
            "COP",
        ),
        ("Il brigadiere Luca Neri è intervenuto.", "it", "brigadiere Luca Neri", "COP"),
        ("Sergeant John Doe opened fire.", "en", "Sergeant John Doe", "MIL"),
    ],
)
def test_ranks_before_a_name(text: str, lang: str, span: str, sector: str) -> None:
    m = mention(actors(text, lang), span)
    assert m.label_ == "PER" and m._.actors[0].sector == sector


@pytest.mark.parametrize(
    "text,lang,span,sector",
    [
        ("Il giornalista Marco Neri è stato minacciato.", "it", "giornalista Marco Neri", "JRN"),
        ("In manette il boss Carlo Neri.", "it", "boss Carlo Neri", "CRM"),
        ("Il funzionario Paolo Neri è stato sospeso.", "it", "funzionario Paolo Neri", "GOV"),
        ("Activist Jane Doe was detained.", "en", "Activist Jane Doe", "OPP"),
    ],
)
def test_name_after_a_word_for_one_of_a_group(text: str, lang: str, span: str, sector: str):
    m = mention(actors(text, lang), span)
    assert m.label_ == "PER" and m._.actors[0].sector == sector


def test_group_word_takes_no_unknown_capitalised_words_as_a_name() -> None:
    # only a name starting with a given name follows a group word; and after a complement
    # the name is the complement's ("supporters of former President X" are not X)
    doc = actors("I manifestanti Pro Vita hanno sfilato.", "it")
    assert codes(mention(doc, "manifestanti")) == (None, "CVL")
    doc = actors("Supporters of former President Ahmed Ben Bella blocked roads.", "en")
    assert all(
        s._.actors[0].sector != "CVL" or s._.actors[0].name is None for s in doc.spans["actors"]
    )


def test_name_after_an_office_complement_is_that_office_holder() -> None:
    # the spokesman is not Draghi; the supporters are not Gbagbo (nor a separate mention)
    doc = actors("Il portavoce del premier Mario Draghi ha criticato la Francia.", "it", "2022-03")
    a = mention(doc, "portavoce del premier Mario Draghi")._.actors[0]
    assert (a.name, a.country, a.sector, a.title) == (None, "ITA", "GOV", "Spokesperson")
    doc = actors("I sostenitori del presidente Laurent Gbagbo hanno attaccato la polizia.", "it")
    assert codes(mention(doc, "sostenitori del presidente Laurent Gbagbo")) == ("CIV", "CVL")
    doc = actors("Supporters of former President Ahmed Ben Bella blocked roads.", "en")
    assert codes(mention(doc, "Supporters of former President Ahmed Ben Bella"))[1] == "CVL"


def test_company_and_civil_society() -> None:
    doc = actors("Il governo ha revocato la licenza alla società Beta Trasporti.", "it")
    assert codes(mention(doc, "società"))[1] == "BUS"
    doc = actors("La società civile ha chiesto le dimissioni del governo.", "it")
    assert codes(mention(doc, "società civile"))[1] == "SOC"


@pytest.mark.parametrize(
    "text,lang,span,sector",
    [
        ("I genitori degli alunni hanno protestato.", "it", "genitori", "CVL"),
        ("Gli insegnanti hanno scioperato.", "it", "insegnanti", "EDU"),
        ("I militanti del Pd hanno contestato il segretario.", "it", "militanti del Pd", "PTY"),
        ("Gli esponenti della Lega hanno protestato.", "it", "esponenti della Lega", "PTY"),
        ("Il municipio ha vietato la festa.", "it", "municipio", "GOV"),
        ("L'ASL ha chiuso il ristorante.", "it", "ASL", "MED"),
        ("Confcommercio ha chiesto un incontro.", "it", "Confcommercio", "BUS"),
        ("La Fiom ha proclamato uno sciopero.", "it", "Fiom", "LAB"),
        ("Parents of the pupils protested.", "en", "Parents of the pupils", "CVL"),
        # activists and dissidents are the opposition (CAMEO/Phoenix [~OPP], PLOVER GSR)
        ("Two activists were detained.", "en", "activists", "OPP"),
        ("The dissidents left the country.", "en", "dissidents", "OPP"),
        # "separatista" after a noun is its adjective, except after a group noun
        (
            "Il movimento separatista ha rivendicato l'attacco.",
            "it",
            "movimento separatista",
            "REB",
        ),
        ("La Dda di Palermo ha chiesto tre arresti.", "it", "Dda di Palermo", "JUD"),
        ("I Ros hanno arrestato il latitante.", "it", "Ros", "COP"),
        ("Il Sismi ha smentito.", "it", "Sismi", "SPY"),
        ("I pasdaran hanno sequestrato la nave.", "it", "pasdaran", "MIL"),
        # Italian parties (xx/actors_curated.tsv) give their members' sector
        ("Il segretario dell'Udc ha criticato la legge.", "it", "segretario dell'Udc", "PTY"),
        (
            "I militanti di Rifondazione Comunista hanno protestato.",
            "it",
            "militanti di Rifondazione Comunista",
            "PTY",
        ),
        (
            "Il leader dell'Italia dei Valori ha parlato.",
            "it",
            "leader dell'Italia dei Valori",
            "PTY",
        ),
        ("La consigliera regionale ha protestato.", "it", "consigliera regionale", "GOV"),
        # groups and bodies of the Italian agent lexicon (it/actors_agents.tsv)
        ("Gli infermieri hanno scioperato.", "it", "infermieri", "MED"),
        ("I rapitori hanno chiesto un riscatto.", "it", "rapitori", "CRM"),
        ("Gli oppositori hanno protestato in piazza.", "it", "oppositori", "OPP"),
        ("I coloni hanno bloccato la strada.", "it", "coloni", "CVL"),
        ("Le suore hanno accolto i profughi.", "it", "suore", "REL"),
        ("I pescatori hanno bloccato il porto.", "it", "pescatori", "AGR"),
        ("Il Consiglio di Stato ha respinto il ricorso.", "it", "Consiglio di Stato", "JUD"),
        ("La Guardia nazionale ha sparato.", "it", "Guardia nazionale", "MIL"),
        ("La gendarmeria ha fermato due uomini.", "it", "gendarmeria", "COP"),
        ("Il commissariato ha denunciato due uomini.", "it", "commissariato", "COP"),
    ],
)
def test_groups_of_people_members_and_associations(
    text: str, lang: str, span: str, sector: str
) -> None:
    assert mention(actors(text, lang), span)._.actors[0].sector == sector


@pytest.mark.parametrize(
    "date,expected", [("1993-05-01", ("RWA", "REB")), ("2003-05-01", ("RWA", "PTY"))]
)
def test_a_rebel_movement_turned_ruling_party_has_dated_roles(date: str, expected) -> None:
    # xx/actors_curated.tsv: the Rwandan Patriotic Front (rebels until July 1994)
    doc = actors("The Rwandan Patriotic Front rejected the offer.", "en", date)
    assert codes(mention(doc, "Rwandan Patriotic Front")) == expected


def test_kb_person_out_of_office_keeps_his_country() -> None:
    # not the article's country (the event stage would fill a country-less actor from it)
    doc = actors("George W. Bush ha criticato l'Iraq.", "it", "2012-05-01")
    span = mention(doc, "George W. Bush")
    assert codes(span) == ("USA", None)
    assert "kb.home_country" in rules(span)


@pytest.mark.parametrize(
    "text,lang,span,expected",
    [
        ("L'inviato americano ha incontrato i ribelli.", "it", "inviato americano", ("USA", "GOV")),
        ("Il comandante iraniano ha parlato.", "it", "comandante iraniano", ("IRN", "MIL")),
        ("A Russian spokesman denied it.", "en", "Russian spokesman", ("RUS", "GOV")),
        ("The US envoy arrived.", "en", "US envoy", ("USA", "GOV")),
        # a country name before the office is as often its object: no sector guessed
        ("The Syria envoy arrived.", "en", "Syria envoy", ("SYR", None)),
        (
            "Il portavoce dei ribelli libici ha parlato.",
            "it",
            "portavoce dei ribelli libici",
            ("LBY", "REB"),
        ),
        ("I rappresentanti turchi sono arrivati.", "it", "rappresentanti turchi", ("TUR", "GOV")),
        ("La delegazione cinese è partita.", "it", "delegazione cinese", ("CHN", "GOV")),
    ],
)
def test_office_of_a_state_named_by_a_demonym(text: str, lang: str, span: str, expected) -> None:
    m = mention(actors(text, lang), span)
    assert codes(m) == expected
    if expected[1] in ("GOV", "MIL") and "ribelli" not in text:
        assert "agent.state_office" in rules(m)


def test_italian_companies_are_business() -> None:
    doc = actors("La procura ha indagato i vertici di Fincantieri e di Poste Italiane.", "it")
    assert codes(mention(doc, "vertici di Fincantieri")) == ("ITA", "BUS")
    assert codes(mention(doc, "Poste Italiane")) == ("ITA", "BUS")
    doc = actors("Gli Stati Generali dell'economia si sono aperti.", "it")
    assert not any(s._.actors and s._.actors[0].sector == "BUS" for s in doc.spans["actors"])


def test_former_official_is_elite_former_militant_has_no_sector() -> None:
    doc = actors("L'ex sindaco Mario Neri e l'ex militante hanno parlato.", "it")
    assert mention(doc, "ex sindaco Mario Neri")._.actors[0].sector == "ELI"
    span = mention(doc, "ex militante")
    assert span._.actors[0].sector is None
    assert "modifier.former" in rules(span)


def test_capitalised_title_before_a_known_name_is_not_an_adjective() -> None:
    # "general" is an adjective, but "General" before a person's name is his rank
    doc = actors("The ban by General Michel Aoun was violated.", "en")
    span = mention(doc, "General Michel Aoun")
    assert (span._.actors[0].name, *codes(span)) == ("Michel Aoun", "LBN", "MIL")


def test_former_before_a_known_name_makes_elite() -> None:
    # the KB knows "President Bill Clinton" as one name: "former" before it still counts
    doc = actors("Former President Bill Clinton criticized the plan.", "en")
    span = mention(doc, "Former President Bill Clinton")
    assert codes(span) == ("USA", "ELI")
    assert "modifier.former" in rules(span)


def test_state_people_take_their_body_sector() -> None:
    doc = actors("Gli agenti della CIA hanno interrogato il sospetto.", "it")
    assert codes(mention(doc, "agenti della CIA")) == ("USA", "SPY")
    doc = actors("I funzionari della Fiat hanno incontrato i sindacati.", "it")
    assert codes(mention(doc, "funzionari della Fiat")) == ("ITA", "BUS")


def test_undated_text_office_beats_the_kb_present_office() -> None:
    # Haddad holds a government office today; the undated text calls him a candidate
    doc = actors("Il candidato Fernando Haddad ha perso le elezioni.", "it")
    span = mention(doc, "candidato Fernando Haddad")
    assert codes(span) == ("BRA", "PTY")
    assert "text_office_over_usual" in rules(span)


@pytest.mark.parametrize(
    "text,lang,span,sector",
    [
        ("Un belga è stato ucciso a Lagos.", "it", "belga", "CVL"),
        ("An American was killed in Kabul.", "en", "American", "CVL"),
        # plural nationality nouns are left open (often the state: "i russi hanno risposto")
        ("I russi hanno risposto.", "it", "russi", None),
    ],
)
def test_one_person_of_a_nationality(text: str, lang: str, span: str, sector) -> None:
    m = mention(actors(text, lang), span)
    assert m._.actors[0].sector == sector
    if sector:
        assert "demonym.one_person" in rules(m)


def test_unknown_name_with_an_office_in_apposition_is_a_person() -> None:
    # no given name the lexicon knows, no age: the office after the comma says it is a person
    doc = actors("Ieri Zorab Keltu, il leader dell'opposizione, è stato arrestato.", "it")
    span = mention(doc, "Zorab Keltu, il leader dell'opposizione")
    assert (span._.actors[0].name, span._.actors[0].sector) == ("Zorab Keltu", "OPP")
    doc = actors("Yesterday Zorab Keltu, the opposition leader, was arrested.", "en")
    span = mention(doc, "Zorab Keltu, the opposition leader")
    assert (span._.actors[0].name, span._.actors[0].sector) == ("Zorab Keltu", "OPP")


def test_apposition_one_of_a_group() -> None:
    doc = actors("Goran Miletic, one of the organizers, said the ban was a capitulation.", "en")
    span = mention(doc, "Goran Miletic, one of the organizers")
    assert span._.actors[0].sector == "CVL"


def test_party_title_before_an_unknown_name() -> None:
    doc = actors("Grasso ha espulso il capogruppo del Movimento 5 Stelle, Vito Petrocelli.", "it")
    span = mention(doc, "capogruppo del Movimento 5 Stelle, Vito Petrocelli")
    assert (span._.actors[0].name, *codes(span)) == ("Vito Petrocelli", "ITA", "PTY")


def test_a_kb_surname_after_another_given_name_is_another_person() -> None:
    # Angelino Alfano is in the KB by his surname; "Carlo Alfano" is somebody else
    doc = actors(
        "Ieri Carlo Alfano, un tassista, ha incontrato Angelino Alfano. Alfano ha riso.", "it"
    )
    other = mention(doc, "Carlo Alfano")
    assert (other._.actors[0].name, *codes(other)) == ("Carlo Alfano", None, None)
    assert mention(doc, "Angelino Alfano")._.actors[0].name == "Angelino Alfano"
    assert mention(doc, "Alfano")._.actors[0].name == "Angelino Alfano"


def test_a_given_name_beats_a_country_with_the_same_name() -> None:
    # "Maurizio" is Mauritius in Italian; before a capitalised surname it is a first name
    doc = actors("Confindustria, nella persona di Maurizio Beretta, si oppone.", "it")
    assert mention(doc, "Maurizio Beretta")._.actors[0].country is None
    assert all(a.country != "MUS" for s in doc.spans["actors"] for a in s._.actors)


def test_month_after_an_office_is_no_name() -> None:
    doc = actors("Sharon may be elected prime minister February 4.", "en")
    assert all(a.name != "February" for s in doc.spans["actors"] for a in s._.actors)


# -- second round: things that are not actors ---------------------------------------------


@pytest.mark.parametrize(
    "lang,text",
    [
        ("it", "Sono arrivate forniture di munizioni di artiglieria."),
        ("en", "Russia said Sudan must return a helicopter that was captured last week."),
        ("it", "Sono circa 100 i morti e centinaia i feriti tra Mosul e Baghdad."),
        ("en", "Hungary will impose a naval blockade and continue military aid."),
        ("en", "Serbia lodged an official protest."),
        ("en", "Vietnamese forces have retaken a strategic village."),
        ("it", "Il presidente ha interrotto la sua visita ufficiale in Francia."),
        ("it", "Perderà alle elezioni generali del 2019."),
    ],
)
def test_words_that_are_not_parties(lang: str, text: str) -> None:
    doc = actors(text, lang)
    found = {s.text for s in doc.spans["actors"]}
    for word in (
        "artiglieria",
        "helicopter",
        "morti",
        "feriti",
        "naval",
        "military",
        "official",
        "village",
        "ufficiale",
        "generali",
    ):
        assert word not in found, f"{word!r} is not an actor in {text!r}"


def test_equipment_with_an_owner_stands_for_the_forces() -> None:
    doc = actors("Israeli tanks fired four shells at targets in Jericho.", "en")
    assert codes(mention(doc, "Israeli tanks")) == ("ISR", "MIL")


def test_victims_are_parties_when_something_is_given_to_them() -> None:
    doc = actors("Il primo ministro ha offerto un risarcimento ai feriti.", "it")
    assert mention(doc, "feriti")._.actors[0].sector == "CVL"
    doc = actors("U.N. helicopters evacuated the wounded from Gorazde.", "en")
    assert mention(doc, "wounded")._.actors[0].sector == "CVL"


def test_a_verb_after_a_group_is_not_part_of_it() -> None:
    doc = actors("Irish guerrillas wounded two British soldiers.", "en")
    assert codes(mention(doc, "Irish guerrillas")) == ("IRL", "REB")
    assert "wounded" not in {s.text for s in doc.spans["actors"]}


def test_an_agent_word_before_a_verb_is_a_mention() -> None:
    doc = actors("The military says the rebels fled.", "en")
    assert mention(doc, "military")._.actors[0].sector == "MIL"


def test_adjective_before_a_country_word_modifies_the_mention() -> None:
    doc = actors("An official Syrian newspaper called on Arabs to unite.", "en")
    assert codes(mention(doc, "Syrian newspaper")) == ("SYR", "JRN")
    assert "official" not in {s.text for s in doc.spans["actors"]}


def test_group_nouns_take_the_sector_before_them() -> None:
    doc = actors("London outlawed the largest Protestant extremist organization.", "en")
    span = mention(doc, "extremist organization")
    assert span._.actors[0].sector == "REB"
    doc = actors("A group of Moroccan diplomats held a meeting.", "en")
    assert codes(mention(doc, "group of Moroccan diplomats")) == ("MAR", "GOV")


def test_lists_need_a_conjunction() -> None:
    doc = actors("Three civilians were killed in central Baghdad, Iraqi police said.", "en")
    assert mention(doc, "Baghdad")._.actors[0].sector != "COP"


# -- second round: countries from composition ----------------------------------------------


def test_title_organisation_wins_over_the_persons_country() -> None:
    doc = actors("Rebels would meet U.N. mediator Diego Cordovez.", "en")
    span = mention(doc, "U.N. mediator Diego Cordovez")
    assert span._.actors[0].country == "IGO"
    assert "country.title_organisation" in rules(span)


def test_apposition_organisation_wins_when_the_date_is_unknown() -> None:
    doc = actors("Ban Ki-moon, segretario generale dell'ONU, ha diffuso un appello.", "it")
    span = mention(doc, "Ban Ki-moon, segretario generale dell'ONU")
    assert span._.actors[0].country == "IGO"


@pytest.mark.parametrize(
    "text,words,country",
    [
        ("Quatar's emir launched a mediation effort.", "Quatar's emir", "QAT"),
        ("Ethopia has agreed to re-open its borders.", "Ethopia", "ETH"),
    ],
)
def test_misspelt_country_names(text: str, words: str, country: str) -> None:
    span = mention(actors(text, "en"), words)
    assert span._.actors[0].country == country
    assert "country.fuzzy_name" in rules(span)


def test_a_surname_one_letter_from_a_country_is_no_country() -> None:
    # "Lizano" is one letter from "Libano": after another name word it ends a person's name
    doc = actors(
        "Secondo la biologa Marisol Lizano, i bracconieri hanno minacciato i volontari.", "it"
    )
    assert all(a.country != "LBN" for s in doc.spans["actors"] for a in s._.actors), [
        (s.text, s._.actors) for s in doc.spans["actors"]
    ]


def test_a_nationality_in_commas_after_an_unknown_name_is_the_persons() -> None:
    doc = actors("Ieri a Vienna Pavel Novak, ceco, è stato arrestato dalla polizia.", "it")
    span = mention(doc, "Pavel Novak, ceco")
    assert span._.actors[0].country == "CZE"
    assert "name.apposition" in rules(span)
    # a nationality that goes on is no apposition of its own
    doc = actors("Ieri a Vienna Pavel Novak, ceco di nascita, è stato arrestato.", "it")
    assert not [s for s in doc.spans["actors"] if s.text == "Pavel Novak, ceco"]


def test_unknown_owner_gives_no_country_from_the_context() -> None:
    doc = actors("Zorbax's emir met Saudi officials in Riyadh.", "en")
    assert mention(doc, "emir")._.actors[0].country is None


def test_a_non_state_owner_gives_its_sector_to_an_office() -> None:
    doc = actors("Drones killed eight top al-Qaeda leaders.", "en")
    span = mention(doc, "top al-Qaeda leaders")
    assert codes(span) == (None, "REB")


def test_office_before_a_country_word_and_an_agent_is_one_mention() -> None:
    doc = actors("He met chief Palestinian negotiator Saeb Erakat.", "en")
    [span] = [s for s in doc.spans["actors"] if "Saeb Erakat" in s.text]
    assert codes(span)[0] == "PSE"
    doc = actors("The plan was confirmed by a spokesperson for the Israeli prime minister.", "en")
    assert codes(mention(doc, "spokesperson for the Israeli prime minister")) == ("ISR", "GOV")


def test_named_groups_and_short_forms() -> None:
    doc = actors("The PRC demanded talks with the Liberation Tigers of Tamil Eelam.", "en")
    assert codes(mention(doc, "PRC"))[0] == "CHN"
    assert codes(mention(doc, "Liberation Tigers of Tamil Eelam")) == ("LKA", "REB")


def test_a_one_word_table_name_inside_an_unknown_name_is_dropped() -> None:
    doc = actors("La riammissione di Unità Popolare nelle liste.", "it")
    assert all(s.label_ != "ORG" for s in doc.spans["actors"])


def test_title_case_names_need_every_word_capitalised_in_english() -> None:
    doc = actors("Taiwan's Vice Foreign Minister visited Russia today.", "en")
    assert codes(mention(doc, "Russia")) == ("RUS", None)
    assert all(s.label_ != "MEDIA" for s in doc.spans["actors"])


def test_body_followed_by_a_surname_is_the_body_that_person_leads() -> None:
    # "Reagan" is no alias of its own: the surname of the KB's Ronald Reagan
    doc = actors("L'amministrazione Reagan ha già scartato la proposta.", "it")
    span = mention(doc, "amministrazione Reagan")
    assert codes(span) == ("USA", "GOV")
    assert "agent.led_by_surname" in rules(span)


# -- second round: Italian institutions ------------------------------------------------------


@pytest.mark.parametrize(
    "text,words,expected",
    [
        ("La Camera dei deputati ha approvato il decreto.", "Camera dei deputati", ("ITA", "LEG")),
        (
            "Due Tornado dell'Aeronautica Militare sono caduti.",
            "Aeronautica Militare",
            ("ITA", "MIL"),
        ),
    ],
)
def test_italian_institutions_are_italian(text: str, words: str, expected: tuple) -> None:
    assert codes(mention(actors(text, "it"), words)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I dipendenti della giunta regionale protestano.",
        # a passage naming Peru and Chile, no country near the mention
        "Il presidente peruviano ha incontrato il presidente cileno. "
        "I dipendenti della giunta regionale protestano.",
    ],
)
def test_a_lexicon_default_country_is_no_country_of_the_mention(text: str) -> None:
    # "giunta regionale" is "ITA?" in actors_agents.tsv: the mention gets no country of its
    # own; the default is left for the event stage to count towards the article's country
    span = mention(actors(text, "it"), "dipendenti della giunta regionale")
    assert codes(span) == (None, "LAB")
    assert span._.actor_info.get("default_only") == "ITA"
    assert "agent.default_country_withheld" in rules(span)


def test_region_after_an_office_complement_is_not_part_of_the_name() -> None:
    doc = actors("Il presidente della Regione Lazio Piero Marrazzo è arrivato.", "it")
    span = mention(doc, "presidente della Regione Lazio Piero Marrazzo")
    assert (span._.actors[0].name, *codes(span)) == ("Piero Marrazzo", "ITA", "GOV")


@pytest.mark.parametrize(
    "text,span,expected",
    [
        # a bare plural people word ("Serbs", "Albanians") is people (CVL), as alone
        ("Croatian Serbs blocked the road near the border.", "Croatian Serbs", ("HRV", "CVL")),
        ("Bosnian Croat soldiers shelled the village.", "Bosnian Croat soldiers", ("BIH", "MIL")),
        ("Kosovo Albanians marched through the capital.", "Kosovo Albanians", ("XKX", "CVL")),
        ("The Bosnian Serbs rejected the plan.", "Bosnian Serbs", ("BIH", None)),
    ],
)
def test_country_word_before_an_ethnic_group_gives_the_country(
    text: str, span: str, expected: tuple
) -> None:
    # the ethnic word ("Serbs", "Croat") is also a demonym, but after a country word it names
    # that country's members of the group: one mention, the first word's country
    doc = actors(text, "en")
    m = mention(doc, span)
    assert codes(m) == expected
    assert not [s for s in doc.spans["actors"] if s.text in ("Serbs", "Croat soldiers")]


def test_a_demonym_naming_a_language_is_no_actor() -> None:
    # "the Ukrainian language", "Arabic-speaking": a language, not the country's people, and
    # no country for the agents around it either
    doc = actors(
        "The parliament restricted the use of the Ukrainian language on public television.", "en"
    )
    assert "Ukrainian" not in [s.text for s in doc.spans["actors"]]
    assert codes(mention(doc, "public television"))[0] != "UKR"
    doc = actors("Arabic-speaking residents protested in the square.", "en")
    assert "Arabic" not in [s.text for s in doc.spans["actors"]]


def test_an_ethnic_minority_takes_the_country_it_lives_in() -> None:
    # "ethnic Serbs in Kosovo" are Kosovo's; with no place in their sentence the demonym's
    # country stands (not a country from an earlier sentence)
    doc = actors("Ethnic Serb militiamen operating in Kosovo fired on a patrol.", "en")
    m = mention(doc, "Ethnic Serb militiamen")
    assert codes(m)[0] == "XKX"
    assert "country.ethnic_not_state" in [w.rule for w in m._.why]
    doc = actors("Ethnic Hungarians in Romania marched on Sunday.", "en")
    assert codes(mention(doc, "Hungarians")) == ("ROU", "CVL")
    doc = actors("Talks opened in Norway. Ethnic Hungarians marched on Sunday.", "en")
    assert codes(mention(doc, "Hungarians")) == ("HUN", "CVL")


@pytest.mark.parametrize("acronym", ["ILO", "FAO", "OCHA", "UNRWA"])
def test_un_agencies_by_their_acronyms_are_igos(acronym: str) -> None:
    doc = actors(f"The {acronym} warned of a crisis in the region.", "en")
    assert codes(mention(doc, acronym))[0] == "IGO"


def test_a_non_place_word_gives_no_context_country() -> None:
    # "Sud" is a Haitian department in GeoNames; in "l'Ossezia del Sud" it is a compass word
    # (non_places.txt), so the separatists take the country named before it
    span = mention(
        actors(
            "La Georgia ha sparato nel territorio dell'Ossezia del Sud, dicono i separatisti.",
            "it",
        ),
        "separatisti",
    )
    assert codes(span) == ("GEO", "REB")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Un uomo è stato arrestato in viale Tunisia a Milano.", set()),
        ("Il corteo si è mosso da piazza Garibaldi.", set()),
        ("I manifestanti si sono radunati in via Roma.", {"manifestanti"}),
        # a country that is no street's name stays an actor
        ("La Tunisia ha protestato.", {"Tunisia"}),
    ],
)
def test_a_name_after_a_street_word_is_no_actor(text: str, names: set) -> None:
    doc = actors(text, "it")
    got = {s.text for s in doc.spans["actors"]}
    assert got == names


def test_a_participle_after_essere_is_no_agent() -> None:
    doc = actors("Il corteo è partito da Roma. Il partito ha protestato. Sono detenuti.", "it")
    got = [s.text for s in doc.spans["actors"] if s.label_ == "AGENT"]
    assert got == ["partito"]  # the party of the second sentence only


def test_a_participle_after_avere_is_no_agent() -> None:
    # "inviato" is also an envoy, but not after "ha"; the envoy stays one after an article
    doc = actors("La Cina ha inviato armi. L'inviato cinese ha protestato.", "it")
    got = [s.text for s in doc.spans["actors"] if s.label_ == "AGENT"]
    assert got == ["inviato cinese"]


def test_a_place_after_an_office_is_not_its_country() -> None:
    # where the minister goes, not whose minister he is
    span = mention(
        actors("Ieri il ministro ha interrotto la sua visita in Francia.", "it"), "ministro"
    )
    assert codes(span) == (None, "GOV")
    # a group of people takes the place it is in
    span = mention(actors("I manifestanti sono scesi in piazza in Tunisia.", "it"), "manifestanti")
    assert codes(span) == ("TUN", "CVL")


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a people-word after a number is the noun, not an adjective
        (
            "Sono stati arrestati quattro diplomatici iraniani.",
            "diplomatici iraniani",
            ("IRN", "GOV"),
        ),
        ("Sono stati uccisi tre civili afghani.", "civili afghani", ("AFG", "CVL")),
    ],
)
def test_a_people_word_after_a_number_is_a_noun(text: str, words: str, expected: tuple) -> None:
    assert codes(mention(actors(text, "it"), words)) == expected


@pytest.mark.parametrize(
    ("text", "raw", "name"),
    [
        # a definite person noun stands for the person named last before it
        (
            "Fra gli arrestati c'è Carlo Bertoni, 51 anni. Rifugiatosi in Svizzera, l'uomo fu "
            "fermato nel 2001.",
            "uomo",
            "Carlo Bertoni",
        ),
        (
            "Ieri è morto Marco Bellini. Il 31enne era stato aggredito sabato.",
            "31enne",
            "Marco Bellini",
        ),
    ],
)
def test_a_definite_person_noun_names_the_person_before(text: str, raw: str, name: str) -> None:
    doc = get_nlp("it")(text)
    (span,) = [s for s in doc.spans["actors"] if s.text == raw]
    assert span._.actors[0].name == name


@pytest.mark.parametrize(
    "text",
    [
        # a defining participle or relative: a new person
        "Il ministro Paolo Ferri ha parlato. L'uomo arrestato ieri è un trafficante.",
        "Il ministro Paolo Ferri ha parlato. L'uomo che ha sparato è fuggito.",
        # a feminine noun does not stand for a man introduced with a masculine article
        "Il ministro Paolo Ferri ha parlato. La donna è stata fermata ieri.",
    ],
)
def test_a_person_noun_that_is_a_new_person_names_nobody(text: str) -> None:
    doc = get_nlp("it")(text)
    assert not [s for s in doc.spans["actors"] if s.text in ("uomo", "donna")]


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        # a people noun in its one-person form, in commas after a name, says who the
        # person is: the nationality beats the country of the article's places
        ("A Parigi Ivan Sidorkin, attivista russo, ha criticato la polizia.", "RUS", "CVL"),
        ("A Parigi Ivan Sidorkin, un giornalista russo, ha criticato la polizia.", "RUS", "JRN"),
    ],
)
def test_a_people_noun_in_apposition_says_who_a_person_is(
    text: str, country: str, sector: str
) -> None:
    doc = get_nlp("it")(text)
    (span,) = [s for s in doc.spans["actors"] if s.text.startswith("Ivan Sidorkin")]
    assert span._.actors[0].name == "Ivan Sidorkin"
    assert (span._.actors[0].country, span._.actors[0].sector) == (country, sector)


# -- an undated article: the time its named actors share ---------------------------------


def test_undated_article_reads_a_body_at_the_time_of_the_leader_it_names() -> None:
    # the council was the rebels' body while Gaddafi ruled, Libya's government after him
    doc = actors("Gheddafi ha respinto l'offerta di tregua del CNT.", "it")
    cnt = mention(doc, "CNT")
    assert codes(cnt) == ("LBY", "REB")
    assert "kb.role_in_article_period" in rules(cnt)
    # alone, it keeps its usual reading; a dated article reads it on its date
    assert codes(mention(actors("Il CNT ha annunciato le elezioni.", "it"), "CNT")) == (
        "LBY",
        "GOV",
    )
    dated = actors("Gheddafi ha respinto l'offerta di tregua del CNT.", "it", "2012-05")
    assert codes(mention(dated, "CNT")) == ("LBY", "GOV")


def test_undated_article_period_needs_actors_whose_times_meet(tmp_path: Path) -> None:
    path = tmp_path / "middle.csv"
    path.write_text(
        "name,aliases,country,sector,title,from,to\n"
        "Aragorn Elessar,Elessar,GON,GOV,King,2010-01-01,2020-12-31\n"
        "Faramir Steward,Faramir,GON,REB,Ranger,2005-01-01,2012-12-31\n"
        "Faramir Steward,,GON,GOV,Steward,2013-01-01,2030-12-31\n"
        "Denethor Old,Denethor,GON,GOV,Steward,1990-01-01,2004-12-31\n"
        "Boromir Captain,Boromir,GON,MIL,Captain,2006-01-01,2008-12-31\n"
    )
    dicts = (str(path),)
    # King Elessar's reign (2010-2020) meets both of Faramir's readings: no change
    doc = actors("Elessar ha incontrato Faramir.", "it", dicts=dicts)
    assert "kb.role_in_article_period" not in rules(mention(doc, "Faramir"))
    # Denethor's time (1990-2004) meets neither: no change either
    doc = actors("Denethor ha incontrato Faramir.", "it", dicts=dicts)
    assert "kb.role_in_article_period" not in rules(mention(doc, "Faramir"))
    # Boromir's time (2006-2008) meets only Faramir's years as a ranger
    doc = actors("Boromir ha incontrato Faramir.", "it", dicts=dicts)
    assert codes(mention(doc, "Faramir")) == ("GON", "REB")


def test_unknown_speaker_named_after_the_office_that_introduced_him() -> None:
    text = (
        "Il portavoce del governo francese ha respinto le accuse: «Sono false», "
        "ha dichiarato Pierre Dubreuil."
    )
    span = mention(actors(text, "it"), "Pierre Dubreuil")
    assert codes(span) == ("FRA", "GOV")
    assert "coref.speaker_office" in rules(span)
    # not the inverted subject of a reporting verb: someone else
    other = "Il portavoce del governo francese ha incontrato Pierre Dubreuil."
    assert codes(mention(actors(other, "it"), "Pierre Dubreuil")) == (None, None)
    # several spokesmen: which one is not said
    plural = (
        "I portavoce del governo francese hanno respinto le accuse: «Sono false», "
        "ha dichiarato Pierre Dubreuil."
    )
    assert codes(mention(actors(plural, "it"), "Pierre Dubreuil")) == (None, None)


def test_reporting_verbs_are_matched_only_when_a_name_could_be_the_speaker() -> None:
    """The speaker rule reads the reporting verbs only when the text has a name the KB does
    not know (the attribution cues are matched per Doc: the event stage may need them)."""
    from eventwire.pipeline.lexicon import cue_index

    index = id(cue_index("it", "attribution_cues.tsv"))
    known = actors("Il portavoce del governo francese ha dichiarato che è falso.", "it")
    assert index not in known.user_data.get("eventwire_pattern_matches", {})
    text = "Il portavoce del governo francese ha detto: «È falso», ha dichiarato Ugo Brenci."
    unknown = actors(text, "it")
    assert index in unknown.user_data["eventwire_pattern_matches"]
    assert "coref.speaker_office" in rules(mention(unknown, "Ugo Brenci"))


def test_an_office_in_the_text_dates_an_undated_article() -> None:
    # Maroni led the Lega Nord in 2012-2013, when Berlusconi led his party out of office
    doc = actors(
        "Il segretario federale della Lega Nord, Roberto Maroni, ha criticato Berlusconi.", "it"
    )
    berlusconi = mention(doc, "Berlusconi")
    assert codes(berlusconi) == ("ITA", "PTY")
    assert "kb.role_in_article_period" in rules(berlusconi)
    # named without an office, Maroni says nothing of the time: Berlusconi's usual office
    doc = actors("Roberto Maroni ha criticato Berlusconi.", "it")
    assert codes(mention(doc, "Berlusconi")) == ("ITA", "GOV")


@pytest.mark.parametrize(
    ("name", "date", "sector", "title"),
    [
        # party leaders of the curated table: the office held on the article's date
        ("Walter Veltroni", "2006-05", "GOV", "Mayor of Rome"),
        ("Walter Veltroni", "2008-06", "PTY", "Secretary of the Democratic Party"),
        ("Angelino Alfano", "2010-05", "GOV", "Minister of Justice"),
        ("Angelino Alfano", "2012-05", "PTY", "Secretary of The People of Freedom"),
        ("Umberto Bossi", "2006-05", "PTY", "Federal Secretary of Lega Nord"),
        ("Umberto Bossi", "2009-05", "GOV", "Minister for Federal Reforms"),
        ("Luigi Di Maio", "2018-01", "PTY", "Political Head of the Five Star Movement"),
    ],
)
def test_italian_party_leaders_on_a_date(name: str, date: str, sector: str, title: str) -> None:
    doc = actors(f"Ieri {name} ha criticato il governo.", "it", date)
    a = mention(doc, name)._.actors[0]
    assert (a.country, a.sector, a.title) == ("ITA", sector, title)


@pytest.mark.parametrize(
    ("text", "name", "date", "expected"),
    [
        # Libya's two rival leaders after 2015 (xx/actors_curated.tsv)
        ("Ieri Haftar ha respinto la tregua.", "Haftar", "2019-04", ("LBY", "MIL")),
        ("Serraj ha chiesto aiuto all'Europa.", "Serraj", "2019-04", ("LBY", "GOV")),
    ],
)
def test_libyan_leaders_on_a_date(text: str, name: str, date: str, expected: tuple) -> None:
    doc = actors(text, "it", date)
    assert codes(mention(doc, name)) == expected


def test_a_person_named_with_an_office_the_kb_gives_him_dates_the_article(tmp_path: Path) -> None:
    path = tmp_path / "middle.csv"
    path.write_text(
        "name,aliases,country,sector,title,from,to,wikidata_id,kind\n"
        "Faramir Steward,Faramir,GON,REB,Ranger,2005-01-01,2012-12-31,,PER\n"
        "Faramir Steward,,GON,GOV,Steward,2013-01-01,2030-12-31,,PER\n"
        "Boromir Captain,Boromir,GON,MIL,Captain,2006-01-01,2008-12-31,,PER\n"
    )
    dicts = (str(path),)
    # "il generale Boromir": his one (military) reading, 2006-2008, when Faramir was a ranger
    doc = actors("Il generale Boromir ha incontrato Faramir.", "it", dicts=dicts)
    assert codes(mention(doc, "Faramir")) == ("GON", "REB")
    # "il ministro Boromir": an office the KB does not give him says nothing of the time
    doc = actors("Il ministro Boromir ha incontrato Faramir.", "it", dicts=dicts)
    assert codes(mention(doc, "Faramir")) == ("GON", "GOV")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Italian political figures and parties the news names often (actors_curated.tsv)
        ("Beppe Grillo ha attaccato il governo tedesco.", "Beppe Grillo", ("ITA", "PTY")),
        ("Di Battista ha criticato la Germania.", "Di Battista", ("ITA", "LEG")),
        (
            "La Fiamma Tricolore ha protestato contro il sindaco.",
            "Fiamma Tricolore",
            ("ITA", "PTY"),
        ),
        ("Nichi Vendola ha incontrato il ministro francese.", "Nichi Vendola", ("ITA", "GOV")),
        ("La Camorra ha minacciato il sindaco.", "Camorra", ("ITA", "CRM")),
        ("La Consob ha multato la banca.", "Consob", ("ITA", "GOV")),
        ("L'ANC ha criticato il governo.", "ANC", ("ZAF", "PTY")),
    ],
)
def test_italian_political_figures_are_known(text: str, name: str, expected: tuple) -> None:
    doc = actors(text, "it")
    assert codes(mention(doc, name)) == expected


def test_a_bare_surname_that_is_no_common_word_names_the_politician() -> None:
    # "Letta" (lower case: a participle) names the prime minister when capitalised
    doc = actors("Letta ha criticato il governo tedesco.", "it", "2013-10-01")
    assert mention(doc, "Letta")._.actors[0].name == "Enrico Letta"
    assert codes(mention(doc, "Letta")) == ("ITA", "GOV")
    # leaders the Italian news names by surname alone, in office on the article's date
    doc = actors("Mandela e Chávez hanno criticato Uribe.", "it", "2006-05-01")
    assert codes(mention(doc, "Mandela"))[0] == "ZAF"
    assert codes(mention(doc, "Chávez")) == ("VEN", "GOV")
    assert codes(mention(doc, "Uribe")) == ("COL", "GOV")
    doc = actors("Di Pietro ha risposto alla Gelmini.", "it", "2010-03-01")
    assert codes(mention(doc, "Di Pietro")) == ("ITA", "PTY")
    assert codes(mention(doc, "Gelmini")) == ("ITA", "GOV")
    # another first name before the surname is another person
    doc = actors("Il pm Carmelo Grasso ha accusato il sindaco.", "it", "2010-01-01")
    assert all(a.name != "Pietro Grasso" for s in doc.spans["actors"] for a in s._.actors)


def test_a_surname_after_a_title_is_the_one_kb_holder_of_that_office() -> None:
    # "Conte" is no name of its own ("conte": a count), but after "premier" it is the one
    # KB person of that surname who was prime minister
    doc = actors("Il premier Conte ha telefonato al cancelliere austriaco.", "it")
    conte = mention(doc, "premier Conte")
    assert conte._.actors[0].name == "Giuseppe Conte"
    assert codes(conte) == ("ITA", "GOV")
    assert "name.surname_after_title" in rules(conte)
    # an office no Conte of the KB held leaves the name unknown
    doc = actors("Il ministro Conte ha telefonato al cancelliere austriaco.", "it")
    assert mention(doc, "ministro Conte")._.actors[0].name == "Conte"
    # nor when the article's date falls outside his premiership
    doc = actors("Il premier Conte ha telefonato al cancelliere austriaco.", "it", "2024-05-01")
    assert mention(doc, "premier Conte")._.actors[0].name == "Conte"


@pytest.mark.parametrize(
    "text",
    [
        "The South American nation of Ecuador closed its border.",
        "Latin American ministers met in Quito.",
        "North American officials criticised the vote.",
    ],
)
def test_a_continent_adjective_is_not_the_united_states(text):
    doc = actors(text, "en")
    assert all(a.country != "USA" for s in doc.spans["actors"] for a in s._.actors), [
        (s.text, [a.country for a in s._.actors]) for s in doc.spans["actors"]
    ]


def test_american_alone_is_still_the_united_states():
    doc = actors("American officials criticised the vote.", "en")
    assert codes(mention(doc, "American officials"))[0] == "USA"


def test_the_emirates_are_a_country():
    doc = actors("Oman mediated between Iran and the Emirates.", "en")
    assert codes(mention(doc, "Emirates"))[0] == "ARE"


def test_a_place_right_after_from_is_where_a_person_comes_from():
    doc = actors("A teacher from Lyon was detained in Algeria on Monday.", "en")
    span = mention(doc, "teacher")
    assert span._.actors[0].country == "FRA"
    assert any(w.rule == "country.origin" for w in span._.actor_why)


def test_from_a_place_to_another_is_a_path_not_an_origin():
    doc = actors("A teacher from Lyon to Algiers was detained in Algeria.", "en")
    span = mention(doc, "teacher")
    assert not any(w.rule == "country.origin" for w in span._.actor_why)


def test_the_european_community_is_an_international_body():
    doc = actors("The European Economic Community lifted its embargo on Libya.", "en")
    assert codes(mention(doc, "European Economic Community"))[0] == "IGO"


# -- capitals' alternate names that are people's names or words -------------------------


@pytest.mark.parametrize(
    "text,word",
    [
        # "Parisi" (an alternate name of Paris) is an Italian surname, "Pari" a word
        ("Il senatore Parisi ha criticato la riforma della scuola.", "Parisi"),
        ("La ministra delle Pari opportunità ha visitato la scuola.", "Pari"),
    ],
)
def test_a_capitals_alternate_name_that_names_a_person_or_a_word_is_no_government(
    text: str, word: str
) -> None:
    doc = actors(text, "it")
    assert all(
        a.country != "FRA" for s in doc.spans["actors"] if word in s.text for a in s._.actors
    )
    assert all(w.rule != "metonym.capital" for s in doc.spans["actors"] for w in (s._.why or []))


def test_a_capitals_main_name_and_exonyms_stay_its_government() -> None:
    doc = actors("Parigi e Roma hanno criticato Mosca.", "it")
    assert [codes(mention(doc, w))[0] for w in ("Parigi", "Roma", "Mosca")] == [
        "FRA",
        "ITA",
        "RUS",
    ]


def test_a_surname_that_is_an_alternate_place_name_gives_no_context_country() -> None:
    # "a Parisi" is no place: the agents of the passage get no French country from it
    from eventwire.api import extract

    recs = extract(
        "Il portavoce ha risposto a Parisi. Il segretario del partito è stato accusato "
        "di ambiguità.",
        language="it",
        keep_unplaced=True,
    )
    assert recs and all(a.country != "FRA" for r in recs for a in [*r.actor, *r.recipient])


@pytest.mark.parametrize(
    "text,lang,name,country",
    [
        # an apposition followed by a relative clause stays one: it gives the country
        (
            "Ieri Marco Neri, uno studente albanese che vive a Bari, è partito.",
            "it",
            "Marco Neri",
            "ALB",
        ),
        ("Yesterday John Doe, a Kenyan student who lives in Leeds, left.", "en", "John Doe", "KEN"),
    ],
)
def test_an_apposition_before_a_relative_clause_gives_the_country(
    text: str, lang: str, name: str, country: str
) -> None:
    doc = actors(text, lang)
    found = [s for s in doc.spans["actors"] if s.text.startswith(name)]
    assert found and found[0]._.actors[0].country == country


def test_a_mission_abroad_acts_for_the_state_its_demonym_names_not_its_seat() -> None:
    # the consulate sits in Naples, it speaks for Germany
    doc = actors("Il consolato tedesco di Napoli ha protestato.", "it")
    assert codes(mention(doc, "consolato tedesco di Napoli")) == ("DEU", "GOV")
    # with no demonym the place of an office still gives its country
    doc = actors("Il sindaco di Napoli ha protestato.", "it")
    assert codes(mention(doc, "sindaco di Napoli"))[0] == "ITA"
    # the workers' representatives take their sector from the complement
    doc = actors("I rappresentanti dei lavoratori hanno protestato a Napoli.", "it")
    assert codes(mention(doc, "rappresentanti dei lavoratori"))[1] == "LAB"


def test_young_before_a_group_noun_is_part_of_the_mention_and_still_a_person_noun() -> None:
    doc = actors("A Roma la polizia ha fermato i giovani tifosi.", "it")
    assert codes(mention(doc, "giovani tifosi"))[1] == "CVL"
    # no group noun after it: "il giovane 45enne" stands for the man named before
    doc = actors("Luca Bianchi è stato ferito. Il giovane 45enne è grave.", "it")
    assert mention(doc, "giovane 45enne")._.actors[0].name == "Luca Bianchi"


def test_armed_groups_and_passers_by_are_mentions() -> None:
    doc = actors("In Siria i gruppi armati hanno ferito un passante.", "it")
    assert codes(mention(doc, "gruppi armati")) == ("SYR", "REB")
    assert codes(mention(doc, "passante")) == ("SYR", "CVL")


def test_a_place_word_opening_a_longer_name_gives_no_country() -> None:
    # "Ozar" is a town in India; "di Ozar Hatorah" names the school
    doc = actors("Il killer ha colpito la scuola ebraica di Ozar Hatorah.", "it")
    assert codes(mention(doc, "scuola"))[0] is None
    # a place of its own after "di" still gives it
    doc = actors("La scuola di Tolosa è stata chiusa.", "it")
    assert codes(mention(doc, "scuola di Tolosa"))[0] == "FRA"


def test_a_demonym_after_in_is_a_language() -> None:
    # "in svedese", "in tedesco": languages, no mention and no country for the agents
    doc = actors(
        "I manifestanti hanno letto un messaggio in svedese e uno in tedesco.", "it", "2023-09"
    )
    assert [s.text for s in doc.spans["actors"]] == ["manifestanti"]
    assert codes(mention(doc, "manifestanti"))[0] not in ("SWE", "DEU")
    # a demonym on a noun stays a country
    doc = actors("I manifestanti svedesi hanno letto un messaggio in tedesco.", "it", "2023-09")
    assert codes(mention(doc, "manifestanti svedesi"))[0] == "SWE"


def test_a_country_name_before_a_surname_is_a_given_name() -> None:
    # "Jordan", "Chad", "Georgia" are given names too: before a name word no KB entry
    # covers they start a person's name, and the country is not a party
    from eventwire import extract

    (rec,) = extract("Jordan Pellegrini criticised the Canadian government.", language="en")
    assert all(a.country != "JOR" for a in rec.actor)
    assert [a.name for a in rec.actor] == ["Jordan Pellegrini"]
    # the country itself, before a verb or a weekday, stays the state
    for text in (
        "Jordan accused Israel of violating the truce.",
        "Jordan Monday accused Israel of violating the truce.",
    ):
        (rec,) = extract(text, language="en")
        assert [a.country for a in rec.actor] == ["JOR"], text

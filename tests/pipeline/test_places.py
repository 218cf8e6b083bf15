"""Toponyms and event locations: the traps of today's geocoders, in Italian and English.

Expected GeoNames ids are those of the places the sentences are about (Vladivostok 2013348,
Moscow 524901, Washington DC 4140963, the US state of Georgia 4197000, the country Georgia
614540, ...). The pipeline here is the sentence splitter, the lemmatizer and the places
component only, so that the tests check this component; the actor stage is simulated where
a test needs it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.pipeline import places as places_module  # noqa: F401  (registers the factory)
from eventwire.pipeline import sentences  # noqa: F401
from eventwire.pipeline.places import locate_event, places_mentioned
from eventwire.records import Actor

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "putin-kim-2023-09.txt"

MOSCOW, BEIJING, WARSAW, HAVANA, MUNICH = 524901, 1816670, 756135, 3553478, 2867714
VLADIVOSTOK, PYONGYANG, KYIV, KHARKIV, LVIV = 2013348, 1871859, 703448, 706483, 702550
WASHINGTON_DC, GEORGIA_US, GEORGIA, TBILISI, ATLANTA = 4140963, 4197000, 614540, 611717, 4180439
RUSSIA, USA, CHINA, KENYA, GENEVA = 2017370, 6252001, 1814991, 192950, 2660646
LONG_BEACH_CA, DJIBOUTI_CITY, DJIBOUTI = 5367929, 223817, 223816
VERONA = 3164527
BERLIN, LONDON, MADRID, BOLOGNA, LYON = 2950159, 2643743, 3117735, 3181928, 2996944


def _pipeline(lang: str) -> Language:
    nlp = spacy.blank(lang)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("eventwire_sentences")
    nlp.add_pipe("eventwire_places")
    nlp.initialize()
    return nlp


@pytest.fixture(scope="module")
def nlp_it() -> Language:
    return _pipeline("it")


@pytest.fixture(scope="module")
def nlp_en() -> Language:
    return _pipeline("en")


def _places(doc: Doc) -> dict[str, int | None]:
    return {s.text: s._.place.geonameid for s in doc.spans["places"]}


def _span(doc: Doc, words: str, occurrence: int = 1) -> Span:
    toks = words.split()
    seen = 0
    for i in range(len(doc) - len(toks) + 1):
        if [t.text for t in doc[i : i + len(toks)]] == toks:
            seen += 1
            if seen == occurrence:
                return doc[i : i + len(toks)]
    raise AssertionError(f"{words!r} not in the text")


class _Entry:
    def __init__(self, event_type: str) -> None:
        self.event_type = event_type


def _trigger(doc: Doc, words: str, event_type: str, occurrence: int = 1) -> Span:
    span = _span(doc, words, occurrence)
    span = Span(doc, span.start, span.end, label=event_type)
    span._.trigger = _Entry(event_type)
    return span


def _where(doc: Doc, trigger: Span, arguments: list[Span] | None = None) -> int | None:
    found = locate_event(doc, trigger, arguments or [])
    return found[0].geonameid if found else None


# -- finding and resolving toponyms ---------------------------------------------------------
@pytest.mark.parametrize(
    "text,name,geonameid",
    [
        ("Il ministro è partito ieri per Mosca.", "Mosca", MOSCOW),
        ("La delegazione è arrivata a Pechino.", "Pechino", BEIJING),
        ("Il vertice si terrà a Varsavia.", "Varsavia", WARSAW),
        ("Proteste a L'Avana contro il governo.", "L'Avana", HAVANA),
        ("La conferenza di Monaco di Baviera si apre oggi.", "Monaco di Baviera", MUNICH),
        ("Missili su Leopoli e su Charkiv nella notte.", "Leopoli", LVIV),
        ("Missili su Leopoli e su Charkiv nella notte.", "Charkiv", KHARKIV),
        ("Attacchi con droni su Kiev.", "Kiev", KYIV),
    ],
)
def test_italian_exonyms(nlp_it: Language, text: str, name: str, geonameid: int) -> None:
    assert _places(nlp_it(text)).get(name) == geonameid


@pytest.mark.parametrize(
    "text,name,geonameid",
    [
        ("Drones hit Kyiv and Kharkiv overnight.", "Kyiv", KYIV),
        ("Drones hit Kyiv and Kharkiv overnight.", "Kharkiv", KHARKIV),
        ("Shelling was reported in Zaporizhzhia.", "Zaporizhzhia", 687700),
        ("Fighting continued around Bakhmut.", "Bakhmut", 713174),
        ("Ships left the port of Odesa.", "Odesa", 698740),
    ],
)
def test_places_in_ukraine(nlp_en: Language, text: str, name: str, geonameid: int) -> None:
    assert _places(nlp_en(text)).get(name) == geonameid


def test_china_is_the_country_and_us_is_not_canada(nlp_en: Language) -> None:
    doc = nlp_en("Trade talks between China and the U.S resumed. US officials were hopeful.")
    found = _places(doc)
    assert found["China"] == CHINA
    assert found["U.S"] == USA
    assert found["US"] == USA


def test_a_city_qualified_by_its_state_code(nlp_en: Language) -> None:
    doc = nlp_en("Dockworkers walked out in Long Beach, CA, on Monday.")
    assert _places(doc)["Long Beach"] == LONG_BEACH_CA
    assert doc.spans["places"][0]._.place.admin1 == "California"


def test_a_country_is_the_country_not_its_capital(nlp_it: Language, nlp_en: Language) -> None:
    doc = nlp_it("Le sanzioni contro la Russia sono state rinnovate.")
    place = doc.spans["places"][0]._.place
    assert (place.geonameid, place.country, place.admin1) == (RUSSIA, "RUS", None)
    # a country's point is the population centroid of its cities, not its capital's
    assert (place.lat, place.lon) != (55.75204, 37.61781)
    assert _places(nlp_en("Elections were held in Kenya."))["Kenya"] == KENYA


def test_washington_in_us_politics_is_the_capital(nlp_en: Language) -> None:
    doc = nlp_en("Lawmakers in Washington passed the bill after talks with the White House.")
    assert _places(doc) == {"Washington": WASHINGTON_DC}


def test_georgia_beside_tbilisi_is_the_country(nlp_en: Language) -> None:
    doc = nlp_en("Protesters gathered in Tbilisi as Georgia debated the foreign agents law.")
    assert _places(doc)["Georgia"] == GEORGIA
    assert _places(doc)["Tbilisi"] == TBILISI


def test_georgia_beside_atlanta_is_the_us_state(nlp_en: Language) -> None:
    doc = nlp_en("Voters lined up in Atlanta, and Georgia certified the results on Friday.")
    assert _places(doc)["Georgia"] == GEORGIA_US
    assert _places(doc)["Atlanta"] == ATLANTA


def test_a_place_in_a_media_name_is_not_a_place(nlp_it: Language, nlp_en: Language) -> None:
    assert "New York" not in _places(nlp_it("Lo ha rivelato il New York Times ieri sera."))
    assert _places(nlp_en("The Washington Post reported the talks.")) == {}


def test_a_place_in_a_person_name_is_not_a_place(nlp_it: Language, nlp_en: Language) -> None:
    doc = nlp_it("Il presidente russo Vladimir Putin incontrerà Kim Jong-un a Vladivostok.")
    assert _places(doc) == {"Vladivostok": VLADIVOSTOK}
    doc = nlp_en("A statue of George Washington was unveiled.")
    assert _places(doc) == {}


def test_a_place_before_an_arabic_article_name_is_part_of_it(nlp_it: Language) -> None:
    # "Bab al-Hadid" is no Syrian "Bab"; "a Damasco" after it is still a place
    doc = nlp_it("Un fotografo è stato ferito vicino a Bab al-Hadid, a Damasco.")
    assert list(_places(doc)) == ["Damasco"]


def test_the_actor_stage_names_a_person(nlp_en: Language) -> None:
    doc = nlp_en.make_doc("Bolton said the withdrawal would depend on conditions.")
    span = Span(doc, 0, 1, label="PER")
    span._.actors = [Actor(raw_text="Bolton", name="John Bolton", country="USA")]
    doc.spans["actors"] = [span]
    for _, proc in nlp_en.pipeline:
        doc = proc(doc)
    assert _places(doc) == {}
    assert doc.user_data["places_rejected"][0]["reason"] == "inside a PER name"


def test_a_capital_read_as_its_government_is_still_a_place(nlp_it: Language) -> None:
    doc = nlp_it.make_doc("Mosca potrebbe ottenere nuovi proiettili di artiglieria.")
    span = Span(doc, 0, 1, label="ORG")
    span._.actors = [Actor(raw_text="Mosca", name="Moscow", country="RUS", sector="GOV")]
    doc.spans["actors"] = [span]
    for _, proc in nlp_it.pipeline:
        doc = proc(doc)
    assert _places(doc) == {"Mosca": MOSCOW}


def test_demonyms_are_not_places(nlp_it: Language, nlp_en: Language) -> None:
    assert _places(nlp_en("Russian officials met Chinese diplomats.")) == {}
    assert _places(nlp_it("I diplomatici russi e cinesi si sono incontrati.")) == {}


def test_a_street_is_named_not_placed(nlp_it: Language) -> None:
    # "piazza Garibaldi", "via Roma": street names, not a Brazilian town or the capital
    assert _places(nlp_it("Il corteo è arrivato in piazza Garibaldi e in via Roma.")) == {}
    # a square of a city is a part of it
    doc = nlp_it("Hanno protestato nella principale piazza del Cairo.")
    assert [s._.place.country for s in doc.spans["places"]] == ["EGY"]


def test_a_landmark_is_a_place_in_its_city(nlp_it: Language, nlp_en: Language) -> None:
    # lang/xx/landmarks.tsv: a square, a monument, a stadium stands for its city
    doc = nlp_it("Una bomba è esplosa ieri sera vicino alla Porta di Brandeburgo.")
    assert _places(doc) == {"Porta di Brandeburgo": BERLIN}
    assert _where(doc, _trigger(doc, "esplosa", "ASSAULT")) == BERLIN
    doc = nlp_en("Thousands of protesters gathered in Trafalgar Square on Sunday.")
    assert _places(doc) == {"Trafalgar Square": LONDON}
    # a landmark beats the words inside it ("Santiago", a city of its own)
    assert _places(nlp_it("La partita al Santiago Bernabéu è stata sospesa.")) == {
        "Santiago Bernabéu": MADRID
    }


def test_a_landmark_locates_the_act_and_is_no_person() -> None:
    from eventwire import extract

    # "Lafayette Park" reads like a given name and a surname: the landmark list says
    # it is a place, so the arrest happens in the United States
    recs = extract(
        "Ieri sera la polizia ha arrestato due giovani davanti al Lafayette Park.", language="it"
    )
    (rec,) = [r for r in recs if r.event_type == "COERCE"]
    assert rec.location is not None and rec.location.country == "USA"
    assert all(a.raw_text != "Lafayette Park" for a in rec.actor + rec.recipient)


def test_a_building_named_after_a_person_is_a_place() -> None:
    from eventwire import extract

    # a tower that bears a politician's name is the place of a rally, not a party to it
    recs = extract("Ieri si sono svolti diversi cortei fuori dalla Trump Tower.", language="it")
    (rec,) = [r for r in recs if r.event_type == "PROTEST"]
    assert rec.location is not None and rec.location.country == "USA"
    assert all(a.name != "Donald Trump" for a in rec.actor + rec.recipient)


def test_a_street_of_the_passage_city_is_a_part_of_it(nlp_it: Language) -> None:
    # the gazetteer does not know "via Zamboni": the passage names one city, Bologna
    doc = nlp_it(
        "Un uomo è stato ferito ieri sera a Bologna. L'agguato è avvenuto in via Zamboni, "
        "davanti a un bar."
    )
    assert _places(doc) == {"Bologna": BOLOGNA, "via Zamboni": BOLOGNA}
    (street,) = [s for s in doc.spans["places"] if s.text == "via Zamboni"]
    assert street._.why[0].rule == "places.v1.name.street"
    assert street._.why[0].entry.startswith("places.v1.street_of_the_passage")
    assert _where(doc, _trigger(doc, "agguato", "ASSAULT")) == BOLOGNA
    # a square named with a linking word; the city named after it in the sentence
    doc = nlp_it("Un giovane è stato accoltellato in piazza della Loggia, nel centro di Lione.")
    assert _places(doc)["piazza della Loggia"] == LYON


def test_a_district_of_the_passage_city(nlp_it: Language) -> None:
    # place_cues.tsv "quartiere ... district": a district the gazetteer lacks is in the city
    doc = nlp_it("Scontri ieri a Bologna: i manifestanti si sono barricati nel quartiere di Zarbo.")
    assert _places(doc)["quartiere di Zarbo"] == BOLOGNA
    (span,) = [s for s in doc.spans["places"] if s.text == "quartiere di Zarbo"]
    assert span._.why[0].entry.startswith("places.v1.district_of_the_passage")
    # "arrondissement" is a district word of one country: numbered districts, no city named
    doc = nlp_it("Gli uomini armati hanno sparato nel IV e nel VI arrondissement.")
    (span,) = [s for s in doc.spans["places"] if s.text.endswith("arrondissement")]
    assert span._.place.country == "FRA" and span._.info["cue"] == "in"
    # with a French city in the passage, the district is that city's
    doc = nlp_it("Un uomo è stato ferito a Lione, nel 7° arrondissement.")
    assert _places(doc)["7° arrondissement"] == LYON
    # an Italian city in the passage does not make a French district Italian
    doc = nlp_it("Il ministro, partito da Bologna, ha parlato nel 7° arrondissement.")
    (span,) = [s for s in doc.spans["places"] if s.text.endswith("arrondissement")]
    assert span._.place.country == "FRA"


@pytest.mark.parametrize(
    "text",
    [
        # two cities in the passage: the street may be in either
        "Scontri a Bologna e a Modena. La polizia è intervenuta in via Zamboni.",
        # no locative cue before the street word
        "Da Bologna il ministro ha parlato via Skype con i colleghi.",
        # no place in the passage
        "La polizia è intervenuta in via Zamboni.",
    ],
)
def test_a_street_without_one_passage_place_is_no_place(nlp_it: Language, text: str) -> None:
    doc = nlp_it(text)
    assert not [s for s in doc.spans["places"] if s.text.startswith("via")]


def test_a_demonym_qualifies_a_region(nlp_it: Language) -> None:
    doc = nlp_it("Si discute di invadere il Kurdistan iracheno.")
    assert doc.spans["places"][0]._.place.country == "IRQ"


def test_an_unknown_toponym_leaves_the_others_intact(nlp_it: Language) -> None:
    doc = nlp_it("Scontri a Xqzabad, a Kharkiv e a Mosca nella notte.")
    assert _places(doc) == {"Kharkiv": KHARKIV, "Mosca": MOSCOW}


@pytest.mark.parametrize(
    "text,word",
    [
        ("Il Paese arabo non è stabile.", "Paese"),  # a capitalized common noun
        ("Ora il governo deve decidere.", "Ora"),  # a sentence-initial common word
        ("La Casa Bianca ha risposto.", "Casa"),
    ],
)
def test_common_words_are_not_places(nlp_it: Language, text: str, word: str) -> None:
    assert word not in _places(nlp_it(text))


def test_a_is_the_city_in_is_the_country(nlp_it: Language) -> None:
    assert _places(nlp_it("Le navi sono giunte a Gibuti."))["Gibuti"] == DJIBOUTI_CITY
    assert _places(nlp_it("Le elezioni si sono svolte nel Gibuti."))["Gibuti"] == DJIBOUTI


def test_why_names_the_entry_and_the_rule(nlp_it: Language) -> None:
    doc = nlp_it("Il ministro è volato a Mosca.")
    span = doc.spans["places"][0]
    rules = [w.rule for w in span._.why]
    assert all(w.field == "location" for w in span._.why)
    assert any(r.endswith(".name.curated") for r in rules)
    assert "place_names.tsv" in span._.why[0].entry
    assert span._.info["cue"] == "a"
    assert span._.info["candidates"][0]["geonameid"] == MOSCOW


def test_places_mentioned_gives_offsets(nlp_en: Language) -> None:
    text = "Talks opened in Geneva while fighting went on near Kharkiv."
    doc = nlp_en(text)
    items = places_mentioned(doc)
    assert [text[i["start"] : i["end"]] for i in items] == ["Geneva", "Kharkiv"]
    assert [i["geonameid"] for i in items] == [GENEVA, KHARKIV]
    assert items[0]["country"] == "CHE" and items[1]["kind"] == "city"


# -- where an event happens ----------------------------------------------------------------
def test_meeting_place_is_where_the_meeting_happens(nlp_it: Language) -> None:
    doc = nlp_it(
        "Secondo il New York Times, il presidente russo Vladimir Putin incontrerà il "
        "leader nordcoreano Kim Jong-un a Vladivostok."
    )
    assert _where(doc, _trigger(doc, "incontrerà", "CONSULT")) == VLADIVOSTOK


def test_a_visit_is_located_at_its_destination(nlp_it: Language) -> None:
    doc = nlp_it("Lo scorso 27 luglio il ministro russo si era recato in visita a Pyongyang.")
    assert _where(doc, _trigger(doc, "visita", "CONSULT")) == PYONGYANG


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il ministro russo Shoigu ha visitato Pyongyang.", "it"),
        ("The Russian defence minister visited Pyongyang in July.", "en"),
    ],
)
def test_the_place_a_visit_verb_takes_as_object_is_the_location(text: str, lang: str) -> None:
    from eventwire import extract

    (rec,) = [r for r in extract(text, language=lang) if r.event_type == "CONSULT"]
    assert rec.location is not None and rec.location.geonameid == PYONGYANG
    assert any(w.rule.endswith("locate.visit_object (sentence)") for w in rec.why)


def test_talks_in_geneva(nlp_en: Language) -> None:
    doc = nlp_en("US and Russian negotiators held talks in Geneva on Tuesday.")
    assert _where(doc, _trigger(doc, "talks", "CONSULT")) == GENEVA


def test_a_country_as_location(nlp_it: Language) -> None:
    doc = nlp_it("Gli ennesimi scontri in Kenya avrebbero provocato almeno 13 morti.")
    assert _where(doc, _trigger(doc, "scontri", "ASSAULT")) == KENYA


def test_an_actor_place_is_not_the_location(nlp_it: Language) -> None:
    doc = nlp_it("Mosca potrebbe ottenere nuovi proiettili di artiglieria e missili anticarro.")
    assert _where(doc, _trigger(doc, "ottenere", "AID"), [_span(doc, "Mosca")]) is None


def test_countries_after_between_are_parties_not_a_location(nlp_it: Language) -> None:
    doc = nlp_it(
        "Nei prossimi mesi si potrebbero verificare esercitazioni navali congiunte tra "
        "Russia, Corea del Nord e Cina."
    )
    assert _where(doc, _trigger(doc, "esercitazioni", "COOPERATE")) is None


def test_a_place_in_another_clause_is_not_the_location(nlp_en: Language) -> None:
    doc = nlp_en(
        "The minister condemned the attack; a day earlier, protesters had marched in Cairo."
    )
    doc.spans["triggers"] = [
        _trigger(doc, "condemned", "ACCUSE"),
        _trigger(doc, "marched", "PROTEST"),
    ]
    assert _where(doc, _trigger(doc, "condemned", "ACCUSE")) is None
    assert _where(doc, _trigger(doc, "marched", "PROTEST")) == 360630


def test_the_more_specific_of_two_nested_places(nlp_it: Language) -> None:
    doc = nlp_it(
        "Manifestazioni in tutta Europa, tra cui una in Italia, davanti all'ambasciata a Roma."
    )
    assert _where(doc, _trigger(doc, "Manifestazioni", "PROTEST")) == 3169070


def test_a_later_sentence_about_the_same_event(nlp_it: Language) -> None:
    doc = nlp_it(
        "Si prepara per giovedì la visita del Pontefice. La visita si prolungherà fino "
        "al 19 settembre, e il Papa farà tappa a Edimburgo e Glasgow."
    )
    found = locate_event(doc, _trigger(doc, "visita", "CONSULT"), [])
    assert found is not None and found[0].country == "GBR"
    assert "follow-up" in found[1].rule


def test_why_of_a_location(nlp_it: Language) -> None:
    doc = nlp_it("Il coprifuoco annunciato ieri a Beirut è stato messo in atto.")
    place, why = locate_event(doc, _trigger(doc, "coprifuoco", "COERCE"), [])
    assert place.geonameid == 276781 and place.raw_text == "Beirut"
    assert why.field == "location" and why.entry == "a Beirut"


@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared (the seed article)")
def test_seed_article(nlp_it: Language) -> None:
    doc = nlp_it(SEED.read_text(encoding="utf-8"))
    assert _where(doc, _trigger(doc, "incontrerà", "CONSULT")) == VLADIVOSTOK
    assert _where(doc, _trigger(doc, "visita", "CONSULT")) == PYONGYANG
    assert _where(doc, _trigger(doc, "esercitazioni", "COOPERATE", 2)) is None


def test_a_place_after_a_colon_belongs_to_the_trigger_beside_it(nlp_it: Language) -> None:
    doc = nlp_it(
        "Nel 2010 era stato condannato a dieci anni: rifugiatosi in Francia, fu arrestato."
    )
    condannato = _trigger(doc, "condannato", "SANCTION")
    arrestato = _trigger(doc, "arrestato", "COERCE")
    doc.spans["triggers"] = [condannato, arrestato]
    assert _where(doc, condannato) is None
    assert _where(doc, arrestato) == 3017382  # France


def test_dateline_and_small_places_of_the_article_s_country(nlp_it: Language) -> None:
    doc = nlp_it(
        "MODENA. I carabinieri di Bologna hanno arrestato un uomo, residente da anni tra "
        "Fiorano e Sassuolo. Anche Sassuolo chiede più controlli."
    )
    found = [(s.text, s._.place.geonameid) for s in doc.spans["places"]]
    assert ("MODENA", 3173331) in found
    assert found.count(("Sassuolo", 3167053)) == 2  # the second one has no cue
    alone = nlp_it("Il sindaco ha parlato con Sassuolo.")  # no cue, no other place
    assert _places(alone) == {}


def test_a_headline_label_places_the_news_after_its_comma(nlp_it: Language) -> None:
    doc = nlp_it("Verona, pensionato rapinato e picchiato nella sua casa. Indaga la polizia.")
    picchiato = _trigger(doc, "picchiato", "ASSAULT")
    doc.spans["triggers"] = [picchiato]
    assert _where(doc, picchiato) == VERONA
    # a small municipality as a label is a place too
    assert "Bormio" in _places(nlp_it("Bormio, turista aggredito da due uomini in centro."))
    # the city as the topic of its sentence, with an article after the comma, is no label
    topic = nlp_it("Verona, la città dell'Arena, ha visto un furto in un museo.")
    furto = _trigger(topic, "furto", "ASSAULT")
    topic.spans["triggers"] = [furto]
    assert _where(topic, furto) is None
    # an event named by its own "di" complement happened elsewhere, not at the label
    past = nlp_it("Mosca, vietato il ricordo delle proteste di piazza Bolotnaja.")
    proteste = _trigger(past, "proteste", "PROTEST")
    past.spans["triggers"] = [proteste]
    assert _where(past, proteste) is None


def test_a_place_in_what_is_said_is_not_where_it_is_said(nlp_en: Language) -> None:
    doc = nlp_en(
        "Belgrade flatly rejected an ultimatum to hand over a guard involved in a shooting "
        "outside the consulate in Sydney."
    )
    rejected = _trigger(doc, "rejected", "REJECT")
    shooting = _trigger(doc, "shooting", "ASSAULT")
    doc.spans["triggers"] = [rejected, shooting]
    assert _where(doc, rejected) is None
    assert _where(doc, shooting) == 2147714  # Sydney


@pytest.mark.parametrize("lang", ["it", "en"])
def test_place_cue_ending_at_a_token_is_the_longest_cue_there(lang: str) -> None:
    """``PlaceLexicon.cue_ending_at`` looks up only the cue lengths that end with the
    token's word (``lengths_by_last``) and finds what trying every length finds: the
    longest cue ending at ``j`` and starting at ``lo`` or after (also past the end)."""
    from eventwire.pipeline.places import place_lexicon

    lex = place_lexicon(lang)
    assert lex.lengths_by_last and all(
        list(ns) == sorted(ns, reverse=True) for ns in lex.lengths_by_last.values()
    )

    def every_length(lows: list[str], j: int, lo: int):  # noqa: ANN202
        for n in range(min(lex.max_cue, j - lo + 1), 0, -1):
            words = tuple(lows[j - n + 1 : j + 1])
            hit = lex.cues.get(words)
            if hit:
                return hit[0], n, " ".join(words)
        return None

    longest = max(lex.cues, key=len)
    text = {
        "it": "ieri in piazza della stazione e nel quartiere di via Roma , a nord della città",
        "en": "on Monday in the north of the city , at the square near Main street downtown",
    }[lang]
    lows = text.split() + list(longest) + ["e"] + list(longest[1:])
    hits = 0
    for j in range(-2, len(lows) + 3):
        for lo in (0, 3, max(0, j - 1), j, j + 1):
            got = lex.cue_ending_at(lows, j, lo)
            assert got == every_length(lows, j, lo), (lows[max(0, j - 3) : j + 1], lo)
            hits += got is not None
    assert hits > 3

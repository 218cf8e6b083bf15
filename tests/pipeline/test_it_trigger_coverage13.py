"""Italian trigger coverage by PLOVER type (session 11, h-lex13): nominalisations, idioms and
multiword expressions the lexicon lacked, and the senses of the same words that trigger
nothing. Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.pipeline.nlp import get_nlp
from tests.pipeline.extracted import dyads

DAY = "2024-03-10"


def triggers(text: str) -> list[tuple[str, str]]:
    doc = get_nlp("it")(text)
    return [(s.text, s.label_) for s in doc.spans["triggers"]]


def types(text: str) -> set[str]:
    return {d[0] for d in dyads(text, DAY)}


# --- the lexicon reaches the word (one sample per type and idiom) -------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Un commando armato ha assaltato la caserma.", ("assaltato la caserma", "ASSAULT")),
        ("L'assalto alla caserma è durato due ore.", ("assalto alla caserma", "ASSAULT")),
        ("L'accoltellamento del giovane è avvenuto in piazza.", ("accoltellamento", "ASSAULT")),
        (
            "Dopo la gambizzazione del commerciante la zona è sorvegliata.",
            ("gambizzazione", "ASSAULT"),
        ),
        ("Il tassista è stato preso a pugni da due clienti.", ("preso a pugni", "ASSAULT")),
        ("Il custode è stato bastonato dai ladri.", ("bastonato", "ASSAULT")),
        ("Per il giovane sono scattate le manette.", ("scattate le manette", "COERCE")),
        ("Il sospettato si trova in stato di fermo.", ("stato di fermo", "COERCE")),
        ("L'imprenditore è stato posto ai domiciliari.", ("posto ai domiciliari", "COERCE")),
        (
            "Ieri migliaia di manifestanti hanno sfilato in centro.",
            ("migliaia di manifestanti", "PROTEST"),
        ),
        (
            "Gli operai hanno organizzato un presidio di protesta.",
            ("presidio di protesta", "PROTEST"),
        ),
        ("Il giudice ha ricevuto una mail minatoria.", ("minatoria", "THREATEN")),
        ("Il consigliere denuncia un atto intimidatorio.", ("atto intimidatorio", "THREATEN")),
        (
            "Il vescovo ha espresso il suo sdegno per il gesto.",
            ("espresso il suo sdegno", "ACCUSE"),
        ),
    ],
)
def test_new_trigger_words_are_found(text, expected):
    assert expected in triggers(text)


# --- the same words in another sense trigger nothing --------------------------------------


@pytest.mark.parametrize(
    "text,etype",
    [
        # a weapon named after the assault is no assault; in crime news a raid by burglars
        # on a house or a shop is a theft
        ("Nel bagagliaio c'era un fucile d'assalto.", "ASSAULT"),
        ("I ladri hanno preso d'assalto la villa dei due pensionati.", "ASSAULT"),
        ("Nella notte una banda ha assaltato il distributore di benzina.", "ASSAULT"),
        # setting oneself on fire harms nobody else
        ("Lo studente si è dato fuoco davanti al parlamento.", "ASSAULT"),
        # 'manifestare' is also to show; protesters alone are the parties of another act
        ("Il paziente non ha manifestato sintomi gravi.", "PROTEST"),
        ("Il presidio ospedaliero della città ha riaperto il reparto.", "PROTEST"),
        # miners are no threat
        ("Lo sciopero dei minatori è entrato nella seconda settimana.", "THREATEN"),
        # outrage that nobody is said to express
        ("La notizia ha suscitato indignazione in tutta la città.", "ACCUSE"),
    ],
)
def test_other_senses_trigger_nothing(text, etype):
    assert etype not in {label for _, label in triggers(text)}


# --- the records the new words give, with their parties ----------------------------------


def test_storming_an_embassy_is_an_assault_on_its_country():
    text = "Miliziani libici hanno assaltato l'ambasciata francese a Tripoli."
    assert ("ASSAULT", ("LBY",), ("FRA",)) in dyads(text, DAY)


def test_arson_of_a_government_building_is_an_assault_by_its_doers():
    text = "I ribelli libici hanno dato fuoco alla sede del governo a Bengasi."
    assert ("ASSAULT", ("LBY",), ("LBY",)) in dyads(text, DAY)


def test_self_immolation_is_no_assault():
    text = "Un monaco tibetano si è dato fuoco davanti all'ambasciata cinese a Nuova Delhi."
    assert "ASSAULT" not in types(text)


def test_a_crowd_of_protesters_is_a_protest_of_their_country():
    text = "A Minsk migliaia di manifestanti bielorussi chiedono nuove elezioni."
    assert any(t == "PROTEST" and a == ("BLR",) for t, a, _ in dyads(text, DAY))


def test_a_sit_in_before_a_prefecture_targets_it():
    text = "I lavoratori dell'Ilva hanno tenuto un presidio davanti alla prefettura di Taranto."
    assert any(t == "PROTEST" for t, _, _ in dyads(text, DAY))


def test_a_judge_ordering_house_arrest_is_an_arrest():
    text = "Il gip di Bari ha disposto i domiciliari per il sindaco del comune."
    assert any(t == "COERCE" for t, _, _ in dyads(text, DAY))


def test_a_minister_expressing_outrage_accuses():
    text = (
        "Il ministro degli Esteri italiano ha espresso la sua indignazione per l'arresto "
        "dei giornalisti da parte delle autorità egiziane."
    )
    assert "ACCUSE" in types(text)

"""Factuality cues in both languages: certainty, polarity, time."""

from __future__ import annotations

import pytest

from tests.pipeline.markup import events

A = {
    "Russia": ("RUS", None),
    "Cina": ("CHN", None),
    "China": ("CHN", None),
    "Ucraina": ("UKR", None),
    "Ukraine": ("UKR", None),
}


def fact(text, lang, published=None):
    recs = events(text, lang, A, published)
    assert recs, f"no event in {text!r}"
    f = recs[0].factuality
    return f.certainty, f.polarity, f.time


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("La Russia ha attaccato l'Ucraina.", "it", ("certain", "positive", "non_future")),
        ("La Russia potrebbe attaccare l'Ucraina.", "it", ("possible", "positive", "future")),
        ("La Russia dovrebbe incontrare la Cina.", "it", ("probable", "positive", "future")),
        ("La Russia incontrerà la Cina.", "it", ("certain", "positive", "future")),
        ("La Russia non ha attaccato l'Ucraina.", "it", ("certain", "negative", "non_future")),
        (
            "La Russia non ha mai attaccato l'Ucraina.",
            "it",
            ("certain", "negative", "non_future"),
        ),
        ("La Russia avrebbe attaccato l'Ucraina.", "it", ("probable", "positive", "non_future")),
        # a light verb and its determiners between the negation and a noun trigger
        (
            "La Russia non ha lanciato un attacco contro l'Ucraina.",
            "it",
            ("certain", "negative", "non_future"),
        ),
        (
            "La Cina non ha espresso il suo sostegno alla Russia.",
            "it",
            ("certain", "negative", "non_future"),
        ),
        (
            "La Russia ha lanciato un attacco contro l'Ucraina.",
            "it",
            ("certain", "positive", "non_future"),
        ),
        # "vuole" + infinitive: a plan, as "intende"
        ("La Russia vuole incontrare la Cina.", "it", ("probable", "positive", "future")),
        ("Russia attacked Ukraine.", "en", ("certain", "positive", "non_future")),
        ("Russia could attack Ukraine.", "en", ("possible", "positive", "future")),
        ("Russia will meet China.", "en", ("certain", "positive", "future")),
        ("Russia is expected to meet China.", "en", ("probable", "positive", "future")),
        ("Russia did not attack Ukraine.", "en", ("certain", "negative", "non_future")),
        ("Russia never attacked Ukraine.", "en", ("certain", "negative", "non_future")),
    ],
)
def test_cues(text, lang, expected):
    assert fact(text, lang) == expected


def test_negation_scope_does_not_cross_into_the_complement():
    # "non ha detto che X": the saying is negated, X is not
    recs = events("Mosca non ha detto che la Russia incontrerà la Cina.", "it", A)
    consult = [r for r in recs if r.event_type == "CONSULT"]
    assert consult and consult[0].factuality.polarity == "positive"


def test_denied_act_is_negative():
    recs = events("La Cina ha negato di aver inviato aiuti alla Russia.", "it", A)
    aid = [r for r in recs if r.event_type == "AID"]
    assert aid and aid[0].factuality.polarity == "negative"


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        # belief and expectation
        (
            "Si ritiene che la Russia attaccherà l'Ucraina.",
            "it",
            ("probable", "positive", "future"),
        ),
        (
            "La Cina si aspetta che la Russia incontri l'Ucraina.",
            "it",
            ("probable", "positive", "future"),
        ),
        # conditional clause in Italian
        # a hedge under negation keeps both readings
        ("La Russia non potrebbe attaccare l'Ucraina.", "it", ("possible", "negative", "future")),
        ("Russia could not attack Ukraine.", "en", ("possible", "negative", "future")),
        # future in reported speech
        ("China said Russia will meet Ukraine.", "en", ("certain", "positive", "future")),
        # planning verbs
        ("Russia plans to meet Ukraine.", "en", ("probable", "positive", "future")),
        ("La Russia prevede di attaccare l'Ucraina.", "it", ("probable", "positive", "future")),
        (
            "La Russia ha progettato di attaccare l'Ucraina.",
            "it",
            ("probable", "positive", "future"),
        ),
        # remote past of an -are verb ends like a first-person future: "incontrò" is past
        (
            "Nel 1991 la Russia incontrò la Cina.",
            "it",
            ("certain", "positive", "non_future"),
        ),
        (
            "«Domani incontrerò la Cina», ha detto la Russia.",
            "it",
            ("certain", "positive", "future"),
        ),
        # "alcun"/"alcuna" before an event noun: none of it took place
        (
            "Da parte della Russia non c'è stato alcun attacco contro l'Ucraina.",
            "it",
            ("certain", "negative", "non_future"),
        ),
        # negation reaches the participle past any auxiliary form (future, gerund,
        # subjunctive of venire)
        (
            "La Russia non avrà attaccato l'Ucraina prima di lunedì.",
            "it",
            ("certain", "negative", "future"),
        ),
        (
            "La Russia, non avendo attaccato l'Ucraina, tace.",
            "it",
            ("certain", "negative", "non_future"),
        ),
        # no longer
        ("Russia no longer attacks Ukraine.", "en", ("certain", "negative", "non_future")),
    ],
)
def test_cue_families(text, lang, expected):
    assert fact(text, lang) == expected


def test_english_request_content_is_not_an_event():
    recs = events("China asked Russia not to attack Ukraine.", "en", A)
    assert [r.event_type for r in recs] == ["REQUEST"]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Se la Russia attaccasse l'Ucraina, ci sarebbero sanzioni.", "it"),
        ("If Russia attacks Ukraine, sanctions will follow.", "en"),
        ("Se superate, le linee rosse condurrebbero ad un attacco russo contro l'Ucraina.", "it"),
        # an aside in commas right after the condition word closes no clause
        ("Se, per esempio, la Russia attaccasse l'Ucraina, ci sarebbero sanzioni.", "it"),
    ],
)
def test_hypothetical_events_are_not_records(text, lang):
    assert not [r for r in events(text, lang, A) if r.event_type == "ASSAULT"]


def test_condition_does_not_make_the_main_clause_hypothetical():
    recs = events(
        "La Russia, se non verrà rispettata la tregua, minaccia di attaccare l'Ucraina.", "it", A
    )
    assert [r.event_type for r in recs] == ["THREATEN"]


@pytest.mark.parametrize(
    ("text", "etype", "polarity"),
    [
        # a banned or called-off event, as the object or the passive subject: did not happen
        ("Il prefetto ha vietato il corteo degli operai a Torino.", "PROTEST", "negative"),
        ("Il corteo degli operai è stato annullato per il maltempo.", "PROTEST", "negative"),
        ("Il vertice tra la Russia e la Cina è stato cancellato.", "CONSULT", "negative"),
        # a meeting skipped or boycotted by its party, or put off, did not happen either
        ("Il sindacato ha disertato l'incontro con il prefetto.", "CONSULT", "negative"),
        ("Gli operai hanno boicottato il vertice con il prefetto.", "CONSULT", "negative"),
        ("Il vertice tra la Russia e la Cina è stato rinviato a settembre.", "CONSULT", "negative"),
        ("Il prefetto ha rinviato il corteo degli operai.", "PROTEST", "negative"),
        # an aside in commas between the event and the verb that calls it off
        (
            "Il vertice tra la Russia e la Cina, previsto per lunedì, è stato annullato.",
            "CONSULT",
            "negative",
        ),
        # a march told before the ban of something else happened
        (
            "Dopo il corteo degli operai il prefetto ha vietato la vendita di alcolici.",
            "PROTEST",
            "positive",
        ),
    ],
)
def test_a_banned_or_cancelled_event_did_not_take_place(text, etype, polarity):
    actors = {**A, "prefetto": ("ITA", "GOV"), "operai": ("ITA", "LAB")}
    recs = [r for r in events(text, "it", actors) if r.event_type == etype]
    assert [r.factuality.polarity for r in recs] == [polarity]
    if polarity == "negative":
        assert any(w.rule == "factuality.cancelled" for w in recs[0].why)


def test_an_english_called_off_protest_did_not_take_place():
    recs = events(
        "The protest by the workers was called off after the storm.",
        "en",
        {"workers": ("GBR", "LAB")},
    )
    assert [r.factuality.polarity for r in recs if r.event_type == "PROTEST"] == ["negative"]


def test_without_clause_negates_its_verb():
    # "senza che X + subjunctive": the act of X did not happen; its subject stands between
    recs = events("Il trattato è stato firmato senza che la Cina attaccasse l'Ucraina.", "it", A)
    assault = [r for r in recs if r.event_type == "ASSAULT"]
    assert assault and assault[0].factuality.polarity == "negative"
    assert any(w.rule == "factuality.neg_clause" for w in assault[0].why)
    # the main clause is untouched
    recs = events("La Russia ha attaccato l'Ucraina, senza che la Cina protestasse.", "it", A)
    assault = [r for r in recs if r.event_type == "ASSAULT"]
    assert assault and assault[0].factuality.polarity == "positive"


@pytest.mark.parametrize(
    "text",
    [
        # a power, a permission or a capacity in the indicative states what may be done: no act
        "I prefetti italiani possono vietare le manifestazioni nei centri storici.",
        "Con la nuova legge i giudici potranno disporre arresti e perquisizioni in Francia.",
        "Il consiglio ha il potere di chiedere le dimissioni del ministro italiano.",
        "La marina cinese è in grado di attaccare le navi americane nel Pacifico.",
    ],
)
def test_a_power_is_no_event(text):
    import eventwire

    got = eventwire.extract(text, language="it")
    assert [r for r in got if r.factuality.polarity == "positive"] == []


def test_a_hedge_and_a_negated_power_keep_their_record():
    import eventwire

    (rec,) = eventwire.extract("La Russia potrebbe attaccare l'Ucraina.", language="it")
    assert rec.factuality.certainty == "possible"
    text = "La polizia italiana non può arrestare i parlamentari senza autorizzazione."
    (rec,) = eventwire.extract(text, language="it")
    assert rec.factuality.polarity == "negative"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event word coordinated with the one the modal governs shares the modal
        (
            "La Russia potrebbe imporre sanzioni e arresti all'Ucraina.",
            [("sanzioni", "possible"), ("arresti", "possible")],
        ),
        # ... not one after a clause boundary or a second event word
        (
            "La Russia potrebbe imporre sanzioni, l'Ucraina ha attaccato la Cina.",
            [("sanzioni", "possible"), ("attaccato", "certain")],
        ),
    ],
)
def test_a_modal_governs_coordinated_events(text, expected):
    import eventwire

    got = [
        (r.evidence.trigger.text, r.factuality.certainty)
        for r in eventwire.extract(text, language="it")
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possibility governs its che-clause, and its own "non" negates nothing
        ("Non è escluso che la Russia attacchi l'Ucraina.", ("possible", "positive", "future")),
        ("Non si esclude un attacco della Russia all'Ucraina.", ("possible", "positive", "future")),
        ("La Russia non ha escluso di attaccare l'Ucraina.", ("possible", "positive", "future")),
        ("Si teme un attacco della Russia contro l'Ucraina.", ("possible", "positive", "future")),
        # a perfect subjunctive keeps a possible event in the past
        (
            "È possibile che la Cina abbia attaccato l'Ucraina.",
            ("possible", "positive", "non_future"),
        ),
    ],
)
def test_possibility_expressions(text, expected):
    assert fact(text, "it") == expected


def test_readiness_to_meet_is_an_offer_not_a_meeting():
    recs = events("La Russia si è detta pronta a incontrare la Cina.", "it", A)
    assert [r.event_type for r in recs] == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is unlikely that China will attack Japan.", ("possible", "positive", "future")),
        # a possibility about the past stays in the past
        ("It is possible that China attacked Japan.", ("possible", "positive", "non_future")),
        ("China may have attacked Japan.", ("possible", "positive", "non_future")),
        ("China could be attacked by Japan.", ("possible", "positive", "future")),
        # an adjective use is no cue
        ("China attacked Japan, an unlikely enemy.", ("certain", "positive", "non_future")),
    ],
)
def test_english_possibility(text, expected):
    assert fact(text, "en") == expected


def test_a_that_clause_verb_is_not_passive_after_the_main_clause_be():
    recs = events("It is clear that China attacked Japan.", "en", A | {"Japan": ("JPN", None)})
    assert [([a.country for a in r.actor], [a.country for a in r.recipient]) for r in recs] == [
        (["CHN"], ["JPN"])
    ]


def test_a_noun_object_does_not_take_the_modal_of_the_next_clause():
    # "ha avviato le consultazioni ... e dovrebbe": the talks began; "dovrebbe" is the next act's
    recs = events(
        "La Russia ha avviato le consultazioni con la Cina e dovrebbe firmare un accordo.",
        "it",
        A,
    )
    (rec,) = [r for r in recs if r.evidence.trigger.text == "consultazioni"]
    assert rec.factuality.certainty == "certain"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unconfirmed, reported act is probable, as the Italian reportive conditional
        ("China allegedly attacked Japan.", ("probable", "positive", "non_future")),
        ("China reportedly attacked Japan on Monday.", ("probable", "positive", "non_future")),
        ("China attacked Japan, officials said.", ("certain", "positive", "non_future")),
        # the hedge leaves the time of the act its own
        ("China is reportedly in talks with Japan.", ("probable", "positive", "non_future")),
        # a passive report names no source: probable, the act keeps its tense
        ("China is said to have attacked Japan.", ("probable", "positive", "non_future")),
        ("China was believed to have attacked Japan.", ("probable", "positive", "non_future")),
        ("He said to reporters that China attacked Japan.", ("certain", "positive", "non_future")),
        # a report about who someone is leaves the act certain
        (
            "He is believed to be the first Japanese officer attacked by China.",
            ("certain", "positive", "non_future"),
        ),
        # an open question
        ("It is unclear whether China attacked Japan.", ("possible", "positive", "non_future")),
    ],
)
def test_english_reported_hedges(text, expected):
    assert fact(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is unclear whether China attacked Japan.", ("possible", "positive", "non_future")),
        ("Analysts believe that China attacked Japan.", ("probable", "positive", "non_future")),
    ],
)
def test_a_hedge_over_a_past_act_keeps_it_past(text, expected):
    assert fact(text, "en") == expected
    recs = events(text, "en", A | {"Japan": ("JPN", None)})
    assert [(r.actor[0].country, r.recipient[0].country) for r in recs] == [("CHN", "JPN")]

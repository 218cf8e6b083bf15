"""Attribution: the sources an article cites for an event."""

from __future__ import annotations

import pytest

from tests.pipeline.markup import events

ACTORS = {
    "New York Times": ("USA", "JRN", "The New York Times"),
    "amministrazione americana": ("USA", "GOV"),
    "Putin": ("RUS", "GOV", "Vladimir Putin"),
    "Kim": ("PRK", "GOV", "Kim Jong-un"),
    "portavoce Adrienne Watson": ("USA", "GOV", "Adrienne Watson"),
    "Russia": ("RUS", None),
    "Corea del Nord": ("PRK", None),
    "Cina": ("CHN", None),
    "Reuters": ("GBR", "JRN", "Reuters"),
    "China": ("CHN", None),
    "Japan": ("JPN", None),
}


def names(rec):
    return [a.name or a.country for a in rec.attribution]


def test_chain_of_sources():
    (rec,) = events(
        "Secondo quanto rivelato dal New York Times e confermato dall'amministrazione americana, "
        "Putin incontrerà Kim.",
        "it",
        ACTORS,
    )
    assert names(rec) == ["The New York Times", "USA"]


def test_inverted_speaker_after_a_quote():
    (rec,) = events(
        "«I negoziati tra Russia e Corea del Nord stanno avanzando», ha detto il portavoce Adrienne Watson.",
        "it",
        ACTORS,
    )
    assert names(rec) == ["Adrienne Watson"]


def test_own_voice_has_no_attribution():
    (rec,) = events("Putin ha incontrato Kim a Vladivostok.", "it", ACTORS)
    assert rec.attribution == []


def test_according_to_in_english():
    (rec,) = events("China will meet Japan next week, according to Reuters.", "en", ACTORS)
    assert names(rec) == ["Reuters"]


def test_speaker_before_report_verb_not_the_subject_after_che():
    (rec,) = events(
        "I comandanti americani sostengono che la Russia avrebbe attaccato la Cina.",
        "it",
        {
            "comandanti americani": ("USA", "MIL", None),
            "Russia": ("RUS", None),
            "Cina": ("CHN", None),
        },
    )
    assert [a.country for a in rec.attribution] == ["USA"]
    assert rec.factuality.certainty == "probable"


def test_according_to_statements_of_someone():
    (rec,) = events(
        "La Russia, secondo le dichiarazioni del ministro Igor Konashenkov, incontrerà la Cina.",
        "it",
        {
            "Russia": ("RUS", None),
            "ministro Igor Konashenkov": ("RUS", "GOV", "Igor Konashenkov"),
            "Cina": ("CHN", None),
        },
    )
    assert names(rec) == ["Igor Konashenkov"]


def test_quotation_before_subject_and_report_verb_in_english():
    (rec,) = events(
        '"Russia will meet China next week," the Reuters correspondent said.',
        "en",
        {"Russia": ("RUS", None), "China": ("CHN", None), "Reuters correspondent": ("GBR", "JRN")},
    )
    assert [a.country for a in rec.attribution] == ["GBR"]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("«Siamo pronti a negoziare con i ribelli», ha affermato il portavoce del governo.", "it"),
        ('"We are ready to negotiate with the rebels," the government spokesman said.', "en"),
    ],
)
def test_first_person_in_a_quotation_is_its_speaker(text, lang):
    spokesman = "portavoce del governo" if lang == "it" else "government spokesman"
    recs = events(
        text,
        lang,
        {spokesman: ("LBY", "GOV"), "ribelli" if lang == "it" else "rebels": ("LBY", "REB")},
    )
    (rec,) = [r for r in recs if r.event_type == "AGREE"]
    assert [(a.country, a.sector) for a in rec.actor] == [("LBY", "GOV")]
    assert [(a.country, a.sector) for a in rec.recipient] == [("LBY", "REB")]
    assert rec.attribution == []  # the actor's own voice


def test_third_person_in_a_quotation_keeps_its_own_subject():
    recs = events(
        "«I ribelli sono pronti a negoziare», ha affermato il portavoce del governo.",
        "it",
        {"portavoce del governo": ("LBY", "GOV"), "ribelli": ("LBY", "REB")},
    )
    (rec,) = [r for r in recs if r.event_type == "AGREE"]
    assert [a.sector for a in rec.actor] == ["REB"]
    assert [a.sector for a in rec.attribution] == ["GOV"]


@pytest.mark.parametrize(
    "text,lang,speaker,etype",
    [
        (
            "The US government said that lifting the sanctions is out of the question.",
            "en",
            "US government",
            "REJECT",
        ),
        (
            "Il governo russo ha detto che la proposta è inaccettabile.",
            "it",
            "governo russo",
            "ACCUSE",
        ),
    ],
)
def test_a_reported_stance_is_the_speakers(text, lang, speaker, etype):
    recs = events(text, lang, {speaker: ("USA", "GOV")})
    (rec,) = [r for r in recs if r.event_type == etype]
    assert [a.country for a in rec.actor] == ["USA"]
    assert rec.attribution == []


@pytest.mark.parametrize(
    ("verb", "speaker", "rule"),
    [
        # "ha dichiarato" has no subject of its own: Putin, the subject of the sentence before
        ("ha dichiarato, lasciando la sala.", "Vladimir Putin", "attribution.unexpressed_speaker"),
        # a subject after the verb is the speaker ("ha detto il portavoce")
        ("ha detto il portavoce Adrienne Watson.", "Adrienne Watson", None),
    ],
)
def test_unexpressed_speaker_after_a_quote_is_the_subject_before(verb, speaker, rule):
    recs = events(
        # China's talks, not Russia's: Putin on his own state's act would be its own voice
        # (rule attribution.own_voice)
        "Putin ha convocato il consiglio di sicurezza. «I negoziati tra Cina e Corea del Nord "
        f"stanno avanzando» {verb}",
        "it",
        ACTORS,
    )
    (rec,) = [r for r in recs if r.evidence.trigger.text == "negoziati"]
    assert names(rec) == [speaker]
    if rule:
        assert any(w.rule == rule for w in rec.why)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Putin incontrerà Kim, riferisce la Reuters.", "it"),
        ("Putin incontrerà Kim, ha scritto la Reuters.", "it"),
        ("Putin incontrerà Kim, la Reuters ha scritto.", "it"),
        ("China will meet Japan, Reuters said.", "en"),
        ("China will meet Japan, said Reuters.", "en"),
    ],
)
def test_a_source_after_the_clause_it_reports(text, lang):
    (rec,) = events(text, lang, ACTORS)
    assert names(rec) == ["Reuters"]
    assert any(w.rule == "attribution.postposed" for w in rec.why)


def test_unnamed_sources_with_their_sector_and_country():
    from eventwire import extract

    recs = extract(
        "Secondo fonti giudiziarie spagnole, la polizia ha arrestato tre militanti dell'ETA.",
        language="it",
    )
    assert [(a.country, a.sector) for a in recs[0].attribution] == [("ESP", "JUD")]
    recs = extract(
        "Fonti del Pentagono hanno riferito che la Cina ha inviato armi alla Russia.",
        language="it",
    )
    assert [(a.country, a.sector) for a in recs[0].attribution] == [("USA", "MIL")]


def test_an_agency_noun_between_the_reporting_verb_and_its_agent():
    (rec,) = events(
        "Putin incontrerà Kim, secondo quanto riferito dall'agenzia Reuters.", "it", ACTORS
    )
    assert names(rec) == ["Reuters"]
    # a meeting the agency reports is no commitment of the actor's side
    assert [
        r.event_type
        for r in events(
            "Putin incontrerà Kim, secondo quanto riferito dall'agenzia Reuters.", "it", ACTORS
        )
    ] == ["CONSULT"]


def test_a_source_after_the_clause_with_a_short_tail():
    (rec,) = events("China will meet Japan, Reuters told reporters.", "en", ACTORS)
    assert names(rec) == ["Reuters"]
    (rec,) = events("China will meet Japan, Reuters said in a statement.", "en", ACTORS)
    assert names(rec) == ["Reuters"]

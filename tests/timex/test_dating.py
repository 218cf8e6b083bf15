"""The eventwire_timex component and event dating (expected dates worked out by hand)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc, Span

from eventwire.pipeline import sentences, timex  # noqa: F401  (factories)
from eventwire.pipeline.timex import date_event, governing_timex, time_relation


@pytest.fixture(scope="module")
def nlps() -> dict:
    out = {}
    for lang in ("it", "en"):
        nlp = spacy.blank(lang)
        nlp.add_pipe("eventwire_sentences")
        nlp.add_pipe("eventwire_timex")
        out[lang] = nlp
    return out


def make(nlps: dict, lang: str, text: str, published: str | None, triggers: dict[str, str]) -> Doc:
    """A Doc with time expressions and the given trigger words (word -> event type)."""
    doc = nlps[lang].make_doc(text)
    doc._.published = published
    for _, proc in nlps[lang].pipeline:
        doc = proc(doc)
    spans = []
    for word, etype in triggers.items():
        i = text.index(word)
        span = doc.char_span(i, i + len(word), alignment_mode="expand")
        span._.trigger = SimpleNamespace(event_type=etype)
        spans.append(span)
    doc.spans["triggers"] = sorted(spans, key=lambda s: s.start)
    return doc


def trig(doc: Doc, word: str) -> Span:
    return next(s for s in doc.spans["triggers"] if s.text == word)


def test_component_writes_spans(nlps: dict) -> None:
    doc = make(nlps, "it", "Ieri il ministro è partito.", "2023-09-14", {})
    [span] = doc.spans["timex"]
    assert span.text == "Ieri"
    assert span.label_ == "DATE"
    assert span._.timex.value == "2023-09-13"
    assert span._.timex_why[0].field == "date"
    assert span._.timex_why[0].rule == "timex.it_relday"


def test_bad_publication_date_leaves_expressions_unanchored(nlps: dict) -> None:
    doc = make(nlps, "it", "Ieri il ministro è partito.", "14/09/2023", {})
    assert doc.spans["timex"][0]._.timex.value == "XXXX-XX-XX"


SEED = (
    "Putin incontrerà Kim a Vladivostok. Il meeting tra i due si terrà dal 10 al 13 settembre.\n\n"
    "Lo scorso 27 luglio il ministro si era recato in visita a Pyongyang per il 70° anniversario "
    "della firma dell'armistizio del 27 luglio 1953. I due avevano gettato le basi della "
    "cooperazione.\n\nIntanto il leader chiede tecnologia."
)
SEED_TRIGGERS = {
    "incontrerà": "CONSULT",
    "meeting": "CONSULT",
    "visita": "CONSULT",
    "firma": "SUPPORT",
    "gettato": "AGREE",
    "chiede": "REQUEST",
}


def test_seed_dates(nlps: dict) -> None:
    doc = make(nlps, "it", SEED, "2023-09", SEED_TRIGGERS)
    meet, why = date_event(doc, trig(doc, "incontrerà"))
    assert (meet.start, meet.end, meet.granularity) == ("2023-09-10", "2023-09-13", "range")
    assert meet.raw_text == "dal 10 al 13 settembre"
    assert why.rule == "date.coreferent_mention"
    visit, why = date_event(doc, trig(doc, "visita"))
    assert (visit.start, visit.end, visit.granularity) == ("2023-07-27", "2023-07-27", "day")
    assert why.rule == "date.governing_timex" and "2023-07-27" in why.entry
    # The armistice date belongs to the signing, never to the 2023 events.
    sign, _ = date_event(doc, trig(doc, "firma"))
    assert (sign.start, sign.granularity) == ("1953-07-27", "day")
    basis, why = date_event(doc, trig(doc, "gettato"))
    assert basis.start == "2023-07-27" and why.rule == "date.narrative_continuation"


def test_narrative_continuation_skips_the_year_of_a_relative_aside(nlps: dict) -> None:
    # The year belongs to the aside ("che ... nel 1999,"), not to the story the next
    # sentence continues in the pluperfect; the main clause's date is the story's.
    text = (
        "Il sindacato, che il governo aveva cercato di sciogliere nel 1999, aveva indetto "
        "un corteo il 3 marzo. Il corteo era stato vietato dal prefetto."
    )
    doc = make(nlps, "it", text, "2024-03-10", {"vietato": "COERCE", "sciogliere": "COERCE"})
    t, why = date_event(doc, trig(doc, "vietato"))
    assert why.rule == "date.narrative_continuation"
    assert (t.start, t.raw_text) == ("2024-03-03", "3 marzo")
    own, _ = date_event(doc, trig(doc, "sciogliere"))
    assert own.start == "1999"


def test_no_time_expression_gives_the_publication_date_unknown(nlps: dict) -> None:
    doc = make(nlps, "it", SEED, "2023-09", SEED_TRIGGERS)
    t, why = date_event(doc, trig(doc, "chiede"))
    assert (t.raw_text, t.start, t.end, t.granularity) == (None, "2023-09", "2023-09", "unknown")
    assert why.rule == "date.publication_fallback"


def test_without_publication_date_a_date_without_year_is_not_guessed(nlps: dict) -> None:
    doc = make(nlps, "it", SEED, None, SEED_TRIGGERS)
    t, why = date_event(doc, trig(doc, "visita"))
    assert (t.raw_text, t.start, t.end, t.granularity) == (
        "Lo scorso 27 luglio",
        None,
        None,
        "unknown",
    )
    assert why.rule == "date.unresolved"
    sign, _ = date_event(doc, trig(doc, "firma"))
    assert sign.start == "1953-07-27"
    none, _ = date_event(doc, trig(doc, "chiede"))
    assert (none.start, none.granularity) == (None, "unknown")


def test_start_and_end_in_two_mentions_make_a_range(nlps: dict) -> None:
    text = (
        "Si prepara per giovedì 16 settembre 2010 la visita del Papa. "
        "La visita si prolungherà fino al 19 settembre."
    )
    doc = make(nlps, "it", text, None, {"visita": "CONSULT"})
    second = doc.char_span(text.rindex("visita"), text.rindex("visita") + 6)
    second._.trigger = SimpleNamespace(event_type="CONSULT")
    doc.spans["triggers"] = list(doc.spans["triggers"]) + [second]
    t, why = date_event(doc, doc.spans["triggers"][0])
    assert (t.start, t.end, t.granularity) == ("2010-09-16", "2010-09-19", "range")
    assert why.rule == "date.range_from_mentions"


def test_each_clause_keeps_its_own_time(nlps: dict) -> None:
    text = "Il ministro, arrivato lunedì, incontrerà il premier mercoledì."
    doc = make(nlps, "it", text, "2023-09-14", {"arrivato": "CONSULT", "incontrerà": "CONSULT"})
    assert date_event(doc, trig(doc, "arrivato"))[0].start == "2023-09-11"
    assert date_event(doc, trig(doc, "incontrerà"))[0].start == "2023-09-20"


def test_a_date_modifying_a_noun_belongs_to_it(nlps: dict) -> None:
    text = "Libya offered to hand over two suspects in the 1988 bombing of a Pan Am plane."
    doc = make(nlps, "en", text, "1998-11-30", {"offered": "AGREE", "bombing": "ASSAULT"})
    assert date_event(doc, trig(doc, "bombing"))[0].start == "1988"
    offered, why = date_event(doc, trig(doc, "offered"))
    assert (offered.start, offered.granularity) == ("1998-11-30", "unknown")
    assert governing_timex(doc, trig(doc, "offered")) is None


def test_time_relation_is_a_factuality_signal(nlps: dict) -> None:
    doc = make(nlps, "it", SEED, "2023-09", SEED_TRIGGERS)
    x = governing_timex(doc, trig(doc, "visita"))
    assert time_relation(x._.timex, "2023-09") == "past"
    y = governing_timex(doc, trig(doc, "meeting"))
    assert time_relation(y._.timex, "2023-09-01") == "future"


def test_a_date_in_a_relative_clause_dates_that_clause(nlps: dict) -> None:
    text = (
        "Fra gli arrestati anche Alfredo D'Avanzo, 49 anni, che nel 1982 era stato condannato "
        "a dieci anni di carcere."
    )
    doc = make(nlps, "it", text, "2007-02-13", {"arrestati": "COERCE", "condannato": "SANCTION"})
    arrest, why = date_event(doc, trig(doc, "arrestati"))
    assert (arrest.start, arrest.granularity) == ("2007-02-13", "unknown")
    assert why.rule == "date.publication_fallback"
    assert date_event(doc, trig(doc, "condannato"))[0].start == "1982"
    # A relative clause that tells no event of its own passes its date on.
    text = (
        "Putin incontrerà Kim durante il forum che si terrà a Vladivostok dal 10 al 13 settembre."
    )
    doc = make(nlps, "it", text, "2023-09", {"incontrerà": "CONSULT"})
    meet, _ = date_event(doc, trig(doc, "incontrerà"))
    assert (meet.start, meet.end) == ("2023-09-10", "2023-09-13")


def test_a_date_in_a_reduced_relative_dates_the_noun(nlps: dict) -> None:
    text = (
        "Saddam Hussein è stato condannato a morte: il tribunale lo ha giudicato colpevole "
        "della strage di 148 sciiti avvenuta a Dujail nel 1982."
    )
    doc = make(nlps, "it", text, "2006-11-05", {"condannato": "SANCTION", "strage": "ASSAULT"})
    assert date_event(doc, trig(doc, "strage"))[0].start == "1982"
    sentence, _ = date_event(doc, trig(doc, "condannato"))
    assert (sentence.start, sentence.granularity) == ("2006-11-05", "unknown")
    text = "A court convicted him of the massacre carried out in Dujail in 1982, and of torture."
    doc = make(nlps, "en", text, "2006-11-05", {"convicted": "SANCTION", "massacre": "ASSAULT"})
    assert date_event(doc, trig(doc, "massacre"))[0].start == "1982"
    assert date_event(doc, trig(doc, "convicted"))[0].granularity == "unknown"
    text = "Police arrested Kopp, who had been convicted in 1994."
    doc = make(nlps, "en", text, "2001-03-29", {"arrested": "COERCE", "convicted": "SANCTION"})
    assert date_event(doc, trig(doc, "arrested"))[0].granularity == "unknown"
    assert date_event(doc, trig(doc, "convicted"))[0].start == "1994"


def test_an_unresolved_date_still_governs_its_clause(nlps: dict) -> None:
    text = (
        "Il GUP ha rinviato martedì a giudizio il comandante per la foto che ha pubblicato "
        "nel gennaio del 2017."
    )
    doc = make(nlps, "it", text, None, {"rinviato": "ACCUSE"})
    t, why = date_event(doc, trig(doc, "rinviato"))
    assert (t.raw_text, t.start, t.end, t.granularity) == ("martedì", None, None, "unknown")
    assert why.rule == "date.unresolved"


def test_the_story_date_is_inherited_only_by_a_past_perfect_clause(nlps: dict) -> None:
    text = (
        "Nel 1981 Scalzone era stato condannato per banda armata. Il tribunale ha disposto la "
        "revoca dell'ordine di custodia, che era stato spiccato su di lui."
    )
    doc = make(nlps, "it", text, "2007-10-03", {"condannato": "SANCTION", "revoca": "CONCEDE"})
    assert date_event(doc, trig(doc, "condannato"))[0].start == "1981"
    revoke, why = date_event(doc, trig(doc, "revoca"))
    assert (revoke.start, revoke.granularity) == ("2007-10-03", "unknown")
    assert why.rule == "date.publication_fallback"

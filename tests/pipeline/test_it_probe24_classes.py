"""Italian constructions of seed-like political news left open by the session-16/17 blind
probes (bench/probes, "Session 17 fields"): aid or a loan blocked is a refusal, not the aid
("ha bloccato gli aiuti militari a X"), and a released sum of money is aid even when the noun
"fondi" lies past the four-word gap ("ha sbloccato ieri due miliardi di euro"). Sentences
written for these tests; the expected values written by hand."""

from __future__ import annotations

from tests.pipeline.extracted import records


def _kinds(text: str, published: str = "2024-05-16") -> list:
    return [r.event_type for r in records(text, published)]


def _one(text: str, kind: str, published: str = "2024-05-16"):
    got = [r for r in records(text, published) if r.event_type == kind]
    assert got, (text, [(r.event_type, r.evidence.trigger.text) for r in records(text, published)])
    return got[0]


def test_blocked_aid_or_loan_is_a_refusal_not_aid() -> None:
    for text, actor in (
        ("Il Senato americano ha bloccato gli aiuti militari alla Giordania.", "USA"),
        ("La Slovacchia ha bloccato il pacchetto di aiuti all'Ucraina.", "SVK"),
        (
            "Il governo olandese ha bloccato per tre settimane un prestito destinato alla Grecia.",
            "NLD",
        ),
    ):
        kinds = _kinds(text)
        assert "AID" not in kinds, (text, kinds)
        r = _one(text, "REJECT")
        assert {a.country for a in r.actor} == {actor}, (text, r)


def test_a_released_sum_is_aid_past_the_gap() -> None:
    r = _one(
        "La Banca mondiale ha sbloccato giovedì tre miliardi di dollari destinati al Pakistan.",
        "AID",
    )
    assert {a.country for a in r.recipient} == {"PAK"}, r


def test_blocking_a_road_is_still_no_refusal() -> None:
    assert "REJECT" not in _kinds("I manifestanti hanno bloccato la strada per l'aeroporto.")


def test_a_negation_inside_a_gapped_noun_trigger_negates_it() -> None:
    for text in (
        "Il nuovo pacchetto non conterrà sanzioni contro le banche iraniane.",
        "Il nuovo pacchetto non conterrà però sanzioni contro le banche iraniane.",
    ):
        r = _one(text, "SANCTION")
        assert r.factuality.polarity == "negative", (text, r.factuality)
    r = _one("Il nuovo pacchetto conterrà sanzioni contro le banche iraniane.", "SANCTION")
    assert r.factuality.polarity == "positive", r.factuality

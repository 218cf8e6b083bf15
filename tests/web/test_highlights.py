"""Where the parts of a record are in the article text."""

from __future__ import annotations

from eventwire.web.highlights import highlights

TEXT = (
    "Ieri a Roma il ministro Tajani ha incontrato il collega francese. "
    "L'incontro, secondo l'ANSA, è durato due ore.\n\n"
    "Tajani partirà domani per Parigi."
)


def _record(**kw):
    sentence = "Ieri a Roma il ministro Tajani ha incontrato il collega francese."
    rec = {
        "evidence": {
            "text": sentence,
            "start": 0,
            "end": len(sentence),
            "trigger": {"text": "ha incontrato", "start": 31, "end": 44},
        },
        "actor": [{"raw_text": "il ministro Tajani", "name": "Antonio Tajani", "country": "ITA"}],
        "recipient": [{"raw_text": "collega francese", "country": "FRA"}],
        "location": {"raw_text": "Roma", "name": "Rome", "country": "ITA"},
        "date": {"raw_text": "Ieri", "start": "2023-09-12", "granularity": "day"},
        "attribution": [{"raw_text": "ANSA", "name": "ANSA", "country": "ITA"}],
    }
    rec.update(kw)
    return rec


def spans(rec, text=None):
    return [(h["kind"], h["text"], h["in_sentence"]) for h in highlights(rec, text)["spans"]]


def test_parts_found_in_the_sentence_in_text_order():
    assert TEXT[31:44] == "ha incontrato"
    assert spans(_record(), TEXT) == [
        ("date", "Ieri", True),
        ("place", "Roma", True),
        ("actor", "il ministro Tajani", True),
        ("trigger", "ha incontrato", True),
        ("recipient", "collega francese", True),
        ("source", "ANSA", False),  # in the next sentence
    ]


def test_without_the_article_only_the_sentence_is_searched():
    assert ("source", "ANSA", False) not in spans(_record())
    got = highlights(_record())
    assert got["evidence"] == {"start": 0, "end": 65}


def test_nearest_occurrence_and_whole_words():
    rec = _record(actor=[{"raw_text": "Tajani", "country": "ITA"}])
    hl = highlights(rec, TEXT)["spans"]
    tajani = next(h for h in hl if h["kind"] == "actor")
    assert tajani["start"] == TEXT.index("Tajani")  # in the sentence, not the later one
    # "Rom" is not found inside "Roma"
    rec = _record(location={"raw_text": "Rom", "name": None})
    assert "place" not in [k for k, _, _ in spans(rec, TEXT)]


def test_overlaps_keep_the_more_specific_part():
    rec = _record(recipient=[{"raw_text": "ministro Tajani ha", "country": "ITA"}])
    kinds = [k for k, _, _ in spans(rec, TEXT)]
    assert "recipient" not in kinds and "trigger" in kinds and "actor" in kinds


def test_offsets_that_disagree_with_the_text_are_looked_up():
    shifted = "Titolo\n\n" + TEXT
    got = highlights(_record(), shifted)
    assert got["evidence"]["start"] == 8
    trig = next(h for h in got["spans"] if h["kind"] == "trigger")
    assert shifted[trig["start"] : trig["end"]] == "ha incontrato"


def test_no_evidence_no_spans():
    assert highlights({"evidence": None}) == {"evidence": None, "spans": []}

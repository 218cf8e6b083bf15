"""The mention-level factuality interface and its scorer."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.factuality import annotate
from eventwire.factuality_eval import read_timeml, score


def _mention(text, word):
    i = text.index(word)
    return {"start": i, "end": i + len(word)}


def test_annotate_reads_cues_per_mention():
    text = "Russia could attack Ukraine, but it did not withdraw its troops."
    row = {
        "id": "a",
        "text": text,
        "language": "en",
        "mentions": [_mention(text, "attack"), _mention(text, "withdraw")],
    }
    (out,) = annotate([row])
    attack, withdraw = out["mentions"]
    assert (attack["certainty"], attack["time"]) == ("possible", "future")
    assert withdraw["polarity"] == "negative" and attack["polarity"] == "positive"


def test_italian_request_content_is_not_asserted():
    text = "Il Pentagono ha chiesto alla Corea del Nord di non inviare armi."
    row = {"id": "b", "text": text, "language": "it", "mentions": [_mention(text, "inviare")]}
    (out,) = annotate([row])
    assert out["mentions"][0]["certainty"] == "underspecified"


def test_cli_round_trip(tmp_path):
    text = "Mosca potrebbe ottenere nuovi missili."
    p = tmp_path / "rows.jsonl"
    p.write_text(
        json.dumps(
            {"id": "x", "text": text, "language": "it", "mentions": [_mention(text, "ottenere")]}
        )
        + "\n"
    )
    res = CliRunner().invoke(app, ["factuality", str(p)])
    assert res.exit_code == 0, res.output
    row = json.loads(res.output.strip().splitlines()[-1])
    assert row["mentions"][0]["certainty"] == "possible"


def test_score_macro_f1_counts_minority_classes():
    gold = [{"polarity": "positive"}] * 9 + [{"polarity": "negative"}]
    pred = [{"polarity": "positive"}] * 10
    res = score(zip(gold, pred, strict=True))["polarity"]
    assert res["accuracy"] == 0.9
    # the majority guess gets no credit on the negative class
    assert res["per_class"]["negative"]["f1"] == 0.0
    assert res["macro_f1"] < 0.5


def test_read_timeml_offsets_and_mapping(tmp_path):
    tml = tmp_path / "d.tml"
    tml.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
        '<TEXT>Prices &amp; stocks <EVENT eid="e1">fell</EVENT>. They <EVENT eid="e2">could</EVENT> <EVENT eid="e3">rise</EVENT>.</TEXT>'
        '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" polarity="POS" pos="VERB"/>'
        '<MAKEINSTANCE eventID="e3" eiid="ei3" tense="NONE" polarity="NEG" modality="could" pos="VERB"/></TimeML>'
    )
    row = read_timeml(tml)
    assert row["published"] == "1998-01-08"
    fell, rise = row["mentions"]
    assert row["text"][fell["start"] : fell["end"]] == "fell"
    assert row["text"][rise["start"] : rise["end"]] == "rise"
    assert fell["gold_time"] == "non_future" and "gold_time" not in rise
    assert rise["gold_certainty"] == "possible" and rise["gold_polarity"] == "negative"


def test_events_in_an_if_clause_are_possible_and_future():
    text = "If Russia attacks Ukraine, sanctions will follow."
    (out,) = annotate(
        [{"id": "c", "text": text, "language": "en", "mentions": [_mention(text, "attacks")]}]
    )
    m = out["mentions"][0]
    assert (m["certainty"], m["time"]) == ("possible", "future")

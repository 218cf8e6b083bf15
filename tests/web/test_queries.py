"""Pieces of the web queries: cursors and the cheap read of a record's location."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest

from eventwire.web.queries import CursorError, decode_cursor, encode_cursor, location_of


def test_cursor_round_trip_and_tampering():
    c = encode_cursor("date", [dt.date(2023, 9, 13), "st-1"])
    assert decode_cursor("date", c) == [dt.date(2023, 9, 13), "st-1"]
    assert decode_cursor("date", encode_cursor("date", [None, "st-1"])) == [None, "st-1"]
    with pytest.raises(CursorError):
        decode_cursor("articles", c)
    for bad in (["date", ["2023-99-01", "st-1"]], ["date", [1, 2]], ["date", ["x"]]):
        forged = base64.urlsafe_b64encode(json.dumps(bad).encode()).decode().rstrip("=")
        with pytest.raises(CursorError):
            decode_cursor("date", forged)


@pytest.mark.parametrize(
    "loc",
    [
        None,
        {"raw_text": "Vladivostok", "name": "Vladivostok", "lat": 43.1, "lon": 131.9},
        {"raw_text": 'a "quoted" {braced} place', "name": None, "lat": 1.5, "lon": -2.0},
    ],
)
def test_location_is_read_from_the_record_text(loc):
    record = {
        "event_id": "st-1",
        "actor": [{"raw_text": '"location": {"lat": 9}', "name": None}],
        "location": loc,
        "story": {"n_mentions": 1},
    }
    assert location_of(json.dumps(record, ensure_ascii=False)) == (loc or {})
    assert location_of(json.dumps(record, separators=(",", ":"))) == (loc or {})

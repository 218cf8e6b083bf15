"""Writes and extraction: the token, idempotent ingest, nothing stored by /api/extract,
bounded bodies, the Host check."""

from __future__ import annotations

import pytest

from eventwire.web import create_app

from . import _fixture
from .conftest import TOKEN, make_client

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _seed_body() -> dict:
    art = _fixture.seed_article()
    return {"text": art.text, "id": art.id, "language": "it", "published": "2023-09"}


def test_writes_are_refused_without_a_configured_token(empty_store):
    with make_client(create_app(empty_store, extractor=_fixture.Scripted())) as c:
        r = c.post("/api/articles", json=_seed_body(), headers=AUTH)
        assert r.status_code == 403
        assert "EVENTWIRE_TOKEN" in r.json()["detail"]
    assert empty_store.counts()["articles"] == 0


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong-token-wrong-token"}, {"Authorization": TOKEN}],
)
def test_writes_need_the_right_token(empty_store, headers):
    app = create_app(empty_store, token=TOKEN, extractor=_fixture.Scripted())
    with make_client(app) as c:
        r = c.post("/api/articles", json=_seed_body(), headers=headers)
        assert r.status_code == 401
        assert r.headers["www-authenticate"] == "Bearer"
    assert empty_store.counts()["articles"] == 0


def test_ingest_stores_once_and_the_events_are_listed(empty_store):
    script = _fixture.Scripted()
    app = create_app(empty_store, token=TOKEN, extractor=script)
    with make_client(app) as c:
        r = c.post("/api/articles", json=_seed_body(), headers=AUTH)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["run"]["stored"] == 1 and body["run"]["events"] == 4
        (row,) = body["articles"]
        assert row["status"] == "stored" and row["article_id"] == "putin-kim-2023-09"
        assert len(row["events"]) == 4
        listed = c.get("/api/events", params={"dyad": "RUS:PRK"}).json()["events"]
        assert {e["location_name"] for e in listed} == {"Vladivostok", "Pyongyang", None}
        # the same text again is a duplicate and is not extracted again
        again = c.post("/api/articles", json=_seed_body(), headers=AUTH).json()
        assert again["run"]["duplicate"] == 1 and again["articles"][0]["status"] == "duplicate"
        assert script.calls == ["putin-kim-2023-09"]
        batch = {
            "articles": [
                {"text": _fixture.SANCTIONS_TEXT, "id": "en-sanctions", "language": "en"},
                {"text": _fixture.XSS_TEXT, "id": "xss-probe", "language": "en"},
            ]
        }
        got = c.post("/api/articles", json=batch, headers=AUTH).json()
        assert [a["status"] for a in got["articles"]] == ["stored", "stored"]
        assert c.get("/api/info").json()["store"]["events"] == 6


@pytest.mark.parametrize(
    "body, words",
    [
        ({"text": ""}, "text"),
        ({"text": "x", "language": "fr"}, "language"),
        ({"text": "x", "published": "yesterday"}, "published"),
        ({"text": "x", "extra": 1}, "extra"),
        ({"articles": []}, "articles"),
    ],
)
def test_bad_article_bodies_are_refused(empty_store, body, words):
    with make_client(create_app(empty_store, token=TOKEN, extractor=_fixture.Scripted())) as c:
        r = c.post("/api/articles", json=body, headers=AUTH)
        assert r.status_code == 422
        assert words in r.text


def test_extract_returns_records_and_stores_nothing(client, filled):
    before = filled.counts()
    body = _seed_body()
    body["id"] = "extract-only"
    r = client.post("/api/extract", json=body)
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["article"]["language"] == "it" and got["count"] == len(got["events"]) > 0
    text = body["text"]
    for e in got["events"]:
        ev = e["record"]["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"]
        assert e["summary"]["status"]
    # the article is about Putin meeting Kim: a consultation between Russia and North Korea
    sides = [
        {a["country"] for a in e["record"]["actor"] + e["record"]["recipient"]}
        for e in got["events"]
        if e["record"]["event_type"] == "CONSULT"
    ]
    assert any({"RUS", "PRK"} <= s for s in sides)
    assert filled.counts() == before


def test_request_bodies_are_bounded(filled):
    app = create_app(filled, max_body=1000, extractor=_fixture.Scripted())
    with make_client(app) as c:
        r = c.post("/api/extract", json={"text": "a" * 2000})
        assert r.status_code == 413
        assert "1,000 bytes" in r.json()["detail"]

        def stream():
            yield b'{"text": "'
            for _ in range(30):
                yield b"a" * 100
            yield b'"}'

        r = c.post("/api/extract", content=stream(), headers={"Content-Type": "application/json"})
        assert r.status_code == 413
        ok = c.post("/api/extract", json={"text": "short", "language": "en"})
        assert ok.status_code == 200


def test_host_header_is_checked_when_bound_to_localhost(filled):
    app = create_app(filled, allowed_hosts=["localhost", "127.0.0.1"])
    with make_client(app) as c:
        assert c.get("/api/info", headers={"Host": "localhost:8000"}).status_code == 200
        assert c.get("/api/info", headers={"Host": "attacker.example"}).status_code == 400

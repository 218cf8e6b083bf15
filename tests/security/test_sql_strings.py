"""SQL-like strings in every API parameter: answered 200 (nothing matches) or 400/404/422 with
a message, never 500, and the store is intact afterwards.

The parameters are read from the app's own OpenAPI description, so a filter added later is
probed too (and the test fails until it has a probe)."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from eventwire.web import create_app

from .conftest import snapshot

EVIL = [
    "' OR 1=1 --",
    "RUS' OR '1'='1",
    '"; DROP TABLE events; --',
    "x'); DROP TABLE stories; --",
    "1; DELETE FROM articles",
    "%",
    "_",
    "%' OR '%'='",
    "\\",
    "\\'; SELECT 1; --",
    "a\x00b",
    "\x00",
    "RUS:PRK' --",
    "2023-09-01' OR '1'='1",
    "-1",
    "99999999999999999999999",
    "1e309",
    "NaN",
    "$1",
    "?",
    "%s",
    "{}",
    "name:%",
    "*",
    "' UNION SELECT text FROM articles --",
]

#: The GET routes and the parameters each takes (checked against the OpenAPI description).
ROUTES = {
    "/api/events": {"actor", "recipient", "dyad", "type", "since", "until", "country",
                    "certainty", "factuality", "min_articles", "order", "limit", "cursor",
                    "format"},
    "/api/timeline": {"actor", "recipient", "dyad", "type", "since", "until", "country",
                      "certainty", "factuality", "min_articles", "order", "by"},
    "/api/network": {"actor", "recipient", "dyad", "type", "since", "until", "country",
                     "certainty", "factuality", "min_articles", "order", "nodes"},
    "/api/places": {"actor", "recipient", "dyad", "type", "since", "until", "country",
                    "certainty", "factuality", "min_articles", "order", "limit"},
    "/api/info": set(),
}  # fmt: skip
PATHS = {"/api/events/{event_id}", "/api/articles/{article_id}"}
#: Filters whose values name things: an injected value matches nothing.
NAMES = {"actor", "recipient", "country"}


def test_every_get_route_and_parameter_is_probed(filled):
    spec = create_app(filled).openapi()
    got = {}
    for path, ops in spec["paths"].items():
        if "get" in ops:
            got[path] = {p["name"] for p in ops["get"].get("parameters", []) if p["in"] == "query"}
    assert {k: v for k, v in got.items() if k not in PATHS} == ROUTES
    assert PATHS <= set(got)


@pytest.mark.parametrize("path", sorted(ROUTES))
def test_sql_like_values_in_every_parameter(client, filled, path):
    before = snapshot(filled)
    for name in sorted(ROUTES[path]):
        for evil in EVIL:
            r = client.get(path, params={name: evil})
            assert r.status_code in (200, 400, 422), (path, name, evil, r.status_code, r.text)
            assert r.headers["content-type"].startswith(("application/json", "text/csv"))
            if r.status_code == 200 and name in NAMES and path == "/api/events":
                assert r.json()["events"] == [], (name, evil)
            elif r.status_code != 200:
                assert r.json()["detail"], (name, evil)
    assert snapshot(filled) == before


@pytest.mark.parametrize("path", sorted(PATHS))
def test_sql_like_ids(client, filled, path):
    before = snapshot(filled)
    for evil in EVIL:
        r = client.get(path.split("{")[0] + quote(evil, safe=""))
        assert r.status_code == 404, (evil, r.status_code, r.text)
        assert r.headers["content-type"] == "application/json"
    assert snapshot(filled) == before


def test_sql_like_values_in_the_written_article_are_data(empty_store):
    from .conftest import AUTH, make_client

    evil = "Robert'); DROP TABLE articles; -- met the minister in Rome on Monday."
    app = create_app(empty_store, token="x" * 20, extractor=lambda art: [])
    with make_client(app) as c:
        body = {"text": evil, "id": "'; DELETE FROM runs; --", "title": '"; DROP TABLE x; --',
                "language": "en"}  # fmt: skip
        r = c.post("/api/articles", json=body, headers={"Authorization": "Bearer " + "x" * 20})
        assert r.status_code == 200, r.text
        art = c.get("/api/articles/'; DELETE FROM runs; --").json()
        assert art["text"] == evil and art["title"] == '"; DROP TABLE x; --'
    counts = snapshot(empty_store)
    assert counts["articles"] == counts["runs"] == 1
    assert AUTH  # the shared header is for the fixture token, not this app's

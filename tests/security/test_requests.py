"""Hostile requests: malformed, oversized, deeply nested or wrongly typed JSON bodies; wrong or
missing tokens on the write endpoint; path traversal in ids and static files. Each is refused
with a 4xx and a JSON message (never a 500, never the body echoed back), and nothing is
stored. (tests/web/test_write.py covers the basic token, size and field checks.)"""

from __future__ import annotations

import pytest

from eventwire.web import create_app

from .conftest import AUTH, TOKEN, make_client, snapshot

JSON = {"Content-Type": "application/json"}

BODIES = [
    (b"", 422),
    (b"{", 422),
    (b'{"text": ', 422),
    (b'{"text": "a",}', 422),
    (b"[" * 50_000, 400),  # nesting deeper than the parser goes
    (b'{"a":' * 20_000 + b"1" + b"}" * 20_000, 400),
    (b"\xff\xfe\xfa not utf-8", 400),
    (b'{"text": "ab\\ud800c", "language": "en"}', 422),  # a lone surrogate
    (b'{"text": "a", "title": "\\udfff"}', 422),
    (b'{"text": 1e999999}', 422),  # infinity: not JSON-serialisable in an error message
    (b'{"text": NaN}', 422),
    (b'{"text": ["a"]}', 422),
    (b'{"text": {"$gt": ""}}', 422),
    (b'{"text": "a", "language": "en", "id": ' + b"9" * 5000 + b"}", 400),
    (b"[1, 2, 3]", 422),
    (b'"just a string"', 422),
    (b"null", 422),
    (b'{"articles": [' + b'{"text": "a"},' * 100 + b'{"text": "a"}]}', 422),  # 101 > 100
    (b'{"articles": {"text": "a"}}', 422),
    (b'{"text": "a", "text_file": "../../etc/passwd"}', 422),  # no text_file on the API
    (b'{"text": "a", "__proto__": {"admin": true}}', 422),
]


@pytest.mark.parametrize("path", ["/api/articles", "/api/extract"])
@pytest.mark.parametrize("body, status", BODIES, ids=[f"body{i}" for i in range(len(BODIES))])
def test_malformed_bodies_are_refused(empty_store, path, body, status):
    app = create_app(empty_store, token=TOKEN, extractor=lambda art: [])
    with make_client(app) as c:
        r = c.post(path, content=body, headers={**JSON, **AUTH})
        assert r.status_code == status, r.text
        assert r.headers["content-type"] == "application/json"
        detail = r.json()["detail"]
        assert detail
        if isinstance(detail, list):  # where and why, never the value sent
            assert all(set(d) == {"type", "loc", "msg"} for d in detail)
    assert snapshot(empty_store)["articles"] == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"Content-Type": "text/plain"},
        {"Content-Type": "application/x-www-form-urlencoded"},
        {"Content-Type": "multipart/form-data; boundary=x"},
        {},
    ],
)
def test_bodies_that_are_not_json_are_refused(empty_store, headers):
    app = create_app(empty_store, token=TOKEN, extractor=lambda art: [])
    with make_client(app) as c:
        r = c.post("/api/articles", content=b'{"text": "a"}', headers={**headers, **AUTH})
        assert r.status_code == 422
    assert snapshot(empty_store)["articles"] == 0


@pytest.mark.parametrize(
    "length, status", [("abc", 400), ("-1", 400), ("1e3", 400), ("99999999999999999999", 413)]
)
def test_bad_content_length_is_refused(empty_store, length, status):
    app = create_app(empty_store, token=TOKEN, extractor=lambda art: [], max_body=1000)
    with make_client(app) as c:
        r = c.post("/api/extract", content=b'{"text": "a"}',
                   headers={**JSON, "Content-Length": length})  # fmt: skip
        assert r.status_code == status, r.text
        assert r.json()["detail"]


def test_oversized_batches_and_texts(empty_store):
    app = create_app(empty_store, token=TOKEN, extractor=lambda art: [], max_body=64 * 1024)
    with make_client(app) as c:
        huge = {"articles": [{"text": "word " * 2000} for _ in range(10)]}
        assert c.post("/api/articles", json=huge, headers=AUTH).status_code == 413
        # under the body limit but over a field's: the field is named
        r = c.post("/api/articles", json={"text": "a", "title": "t" * 1001}, headers=AUTH)
        assert r.status_code == 422 and "title" in r.text
    assert snapshot(empty_store)["articles"] == 0


TOKENS = [
    {},
    {"Authorization": ""},
    {"Authorization": "Bearer"},
    {"Authorization": "Bearer "},
    {"Authorization": f"Basic {TOKEN}"},
    {"Authorization": f"Token {TOKEN}"},
    {"Authorization": f"Bearer {TOKEN[:-1]}"},
    {"Authorization": f"Bearer {TOKEN}x"},
    {"Authorization": f"Bearer {TOKEN.upper()}"},
    {"Authorization": f"Bearer {TOKEN} {TOKEN}"},
    {"Authorization": f"Bearer\t{TOKEN}"},
    {"Authorization": "Bearer " + "x" * 10_000},
    {"Authorization": "Bearer é-ünïcode-token-ñ".encode()},
    {"X-Token": TOKEN},
    {"Cookie": f"token={TOKEN}"},
]


@pytest.mark.parametrize("headers", TOKENS, ids=[f"token{i}" for i in range(len(TOKENS))])
def test_wrong_or_missing_tokens_are_refused(empty_store, headers):
    app = create_app(empty_store, token=TOKEN, extractor=lambda art: [])
    with make_client(app) as c:
        r = c.post("/api/articles", json={"text": "A text.", "language": "en"}, headers=headers)
        assert r.status_code == 401, r.text
        assert r.headers["www-authenticate"] == "Bearer"
        # nor in the query string
        r = c.post(f"/api/articles?token={TOKEN}&access_token={TOKEN}", json={"text": "A text."})
        assert r.status_code == 401
    assert snapshot(empty_store)["articles"] == 0


def test_the_right_token_in_lower_case_scheme_is_accepted(empty_store):
    app = create_app(empty_store, token=TOKEN, extractor=lambda art: [])
    with make_client(app) as c:
        r = c.post("/api/articles", json={"text": "A text.", "language": "en"},
                   headers={"Authorization": f"bearer {TOKEN}"})  # fmt: skip
        assert r.status_code == 200


def test_a_read_only_server_refuses_writes_whatever_the_token(filled):
    with make_client(create_app(filled)) as c:
        for h in ({}, AUTH):
            assert c.post("/api/articles", json={"text": "A."}, headers=h).status_code == 403


TRAVERSALS = [
    "../../etc/passwd",
    "..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%252e%252e%252fetc%252fpasswd",
    "..%5c..%5cwindows%5cwin.ini",
    "%2fetc%2fpasswd",
    "/etc/passwd",
    "....//....//etc/passwd",
    "..%00/etc/passwd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "../app.py",
    "%2e%2e/app.py",
    "../../store/schema.sql",
]


@pytest.mark.parametrize("prefix", ["/api/articles/", "/api/events/", "/static/", "/"])
def test_path_traversal_finds_nothing(client, prefix):
    for evil in TRAVERSALS:
        r = client.get(prefix + evil)
        assert r.status_code in (400, 404), (prefix + evil, r.status_code)
        assert "root:" not in r.text and "CREATE TABLE" not in r.text
        assert "create_app" not in r.text and "[fonts]" not in r.text


def test_static_files_are_served_only_from_the_static_folder(client):
    assert client.get("/static/app.js").status_code == 200
    for path in ("/static/../templates/index.html", "/static/%2e%2e/templates/index.html",
                 "/static/../../eventwire/web/app.py", "/static/.", "/static/"):  # fmt: skip
        r = client.get(path)
        assert r.status_code == 404 or (r.status_code == 200 and "create_app" not in r.text)

"""XSS in article text, titles, URLs and outlet names: the API returns it as data (JSON with
nosniff, CSV as an attachment, never HTML), the page is a static shell, error messages that
quote a value are JSON, and a `javascript:` URL never becomes a link (it is not stored)."""

from __future__ import annotations

import csv
import io
from urllib.parse import quote

import pytest

from eventwire.article import Article
from eventwire.limits import prepare
from eventwire.web import create_app

from .conftest import TOKEN, make_client

SCRIPT = "<script>alert('x')</script>"
TEXT = (
    f"Protesters outside the embassy in Rome carried a banner reading {SCRIPT}. "
    'The Italian government accused <img src=x onerror="alert(1)"> France of spying on '
    "Monday.\n"
)
TITLE = '"><svg onload=alert(document.cookie)>'
OUTLET = "<iframe src=javascript:alert(1)>"
BAD_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
]


def _headers_safe(r) -> None:  # noqa: ANN001
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert not r.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("url", BAD_URLS)
def test_non_web_urls_are_dropped_with_a_note(url):
    art = Article(text="Some text.", id="a", url=url)
    got = prepare(art)
    assert art.url is None
    assert any("url dropped" in n for n in got.notes)


@pytest.mark.parametrize("url", ["https://example.com/a?b=<c>", "http://example.org/"])
def test_web_urls_are_kept_as_given(url):
    art = Article(text="Some text.", id="a", url=url)
    prepare(art)
    assert art.url == url


def test_hostile_article_written_and_read_back_as_data(empty_store):
    app = create_app(empty_store, token=TOKEN, extractor=lambda art: [])
    with make_client(app) as c:
        for i, url in enumerate(BAD_URLS):
            body = {"text": f"{TEXT} ({i})", "id": f"xss-{i}", "title": TITLE, "url": url,
                    "source_name": OUTLET, "language": "en"}  # fmt: skip
            r = c.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
            assert r.status_code == 200, r.text
            _headers_safe(r)
            (row,) = r.json()["articles"]
            assert row["status"] == "stored" and "url dropped" in row["message"]
            got = c.get(f"/api/articles/xss-{i}")
            _headers_safe(got)
            art = got.json()
            # verbatim: offsets into the text hold, the page puts it in as text
            assert art["text"] == f"{TEXT} ({i})" and art["title"] == TITLE
            assert art["source_name"] == OUTLET
            assert art["url"] is None  # never a javascript:/data:/file: link
    assert not empty_store.rows("SELECT url FROM articles WHERE url IS NOT NULL")


def test_every_api_answer_about_the_probe_is_json_or_an_attachment(client):
    listed = client.get("/api/events", params={"actor": "FRA"})
    _headers_safe(listed)
    (ev,) = listed.json()["events"]
    assert "<svg onload=alert(1)>France" in ev["actor_text"]  # data, as written
    one = client.get(f"/api/events/{ev['story_id']}")
    _headers_safe(one)
    assert one.json()["articles"][0]["url"] is None  # the fixture's javascript: URL
    csv_r = client.get("/api/events", params={"actor": "FRA", "format": "csv"})
    assert csv_r.headers["content-type"].startswith("text/csv")
    assert csv_r.headers["content-disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(csv_r.text)))
    assert rows[0]["actor_text"] == ev["actor_text"]  # quoted by the CSV writer, one cell
    for path in ("/api/timeline", "/api/network", "/api/places", "/api/info"):
        _headers_safe(client.get(path))


@pytest.mark.parametrize(
    "path",
    [
        "/api/articles/" + quote(SCRIPT, safe=""),
        "/api/events/" + quote(f"st-{SCRIPT}", safe=""),
        "/api/events?type=" + quote(SCRIPT),
        "/api/events?since=" + quote(SCRIPT),
        "/api/events?cursor=" + quote(SCRIPT),
        "/api/nothing-here/" + quote(SCRIPT, safe=""),
    ],
)
def test_errors_quoting_a_value_are_json(client, path):
    r = client.get(path)
    assert r.status_code in (400, 404, 422)
    _headers_safe(r)
    assert r.headers["content-type"] == "application/json"


def test_the_page_is_a_shell_with_nothing_from_the_store(client):
    r = client.get("/", params={"q": SCRIPT})
    assert r.headers["content-type"].startswith("text/html")
    assert "<script>alert" not in r.text and "onerror" not in r.text
    assert "unsafe-inline" not in r.headers["content-security-policy"]


def test_reflected_parameters_in_the_link_header_are_encoded(client):
    r = client.get("/api/events", params={"limit": 1, "x": "\r\nSet-Cookie: a=b <script>"})
    assert r.status_code == 200
    link = r.headers["link"]
    assert "\r" not in link and "\n" not in link and "<script>" not in link
    assert "set-cookie" not in {k.lower() for k in r.headers}

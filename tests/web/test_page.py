"""The page and its assets: served locally, strict headers, no inline script, no request to
another host, nothing from the store in the HTML."""

from __future__ import annotations

import re
from importlib import resources

import pytest

WEB = resources.files("eventwire.web")
ASSETS = [
    ("templates", "index.html"),
    ("templates", "docs.html"),
    ("static", "app.js"),
    ("static", "docs.js"),
    ("static", "style.css"),
]


def test_page_is_served_with_a_strict_policy(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert r.headers["x-frame-options"] == "DENY"
    # a static shell: nothing read from the store is in the HTML
    assert "Vladivostok" not in r.text and "xss" not in r.text.lower()


@pytest.mark.parametrize("folder, name", ASSETS)
def test_assets_load_nothing_from_other_hosts(folder, name):
    text = WEB.joinpath(folder, name).read_text("utf-8")
    # the SVG namespace is a name, not a request
    text = text.replace("http://www.w3.org/2000/svg", "")
    assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text, re.IGNORECASE), name
    assert "innerHTML" not in text and "outerHTML" not in text
    assert "insertAdjacentHTML" not in text and "document.write" not in text
    assert "eval(" not in text


@pytest.mark.parametrize("name", ["index.html", "docs.html"])
def test_templates_have_no_inline_script_or_style(name):
    html = WEB.joinpath("templates", name).read_text("utf-8")
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag
    assert not re.search(r"<script\b[^>]*>\s*[^<\s]", html)
    assert "<style" not in html and " style=" not in html
    assert not re.search(r"\son[a-z]+=", html)


def test_static_assets_and_docs_are_local(client):
    for path in ("/static/app.js", "/static/style.css", "/static/world-110m.json", "/docs"):
        r = client.get(path)
        assert r.status_code == 200, path
    assert client.get("/static/../app.py").status_code == 404
    assert "openapi.json" in client.get("/static/docs.js").text

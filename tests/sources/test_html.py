"""HTML pages: main text, title, date and URL; size, entity and network guards."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from eventwire.sources.html import MAX_HTML_BYTES, MarkupError, read_html

PAGE = b"""<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8">
<title>Putin riceve Kim al cosmodromo - Il Giornale di Prova</title>
<meta property="article:published_time" content="2023-09-13T10:00:00+02:00">
<link rel="canonical" href="https://www.example.it/esteri/putin-kim">
<meta property="og:site_name" content="Il Giornale di Prova">
<script src="http://127.0.0.9/tracker.js"></script></head>
<body><nav><a href="/">Home</a> | <a href="/esteri">Esteri</a> | <a href="/sport">Sport</a></nav>
<article><h1>Putin riceve Kim al cosmodromo</h1>
<p>Il presidente russo Vladimir Putin ha incontrato mercoled\xc3\xac il leader nordcoreano Kim
Jong Un al cosmodromo di Vostochny, nell'Estremo Oriente russo.</p>
<p>I due leader hanno discusso di cooperazione militare e di tecnologia spaziale, secondo
l'agenzia Tass. L'incontro \xc3\xa8 durato pi\xc3\xb9 di quattro ore.</p>
<img src="http://127.0.0.9/photo.jpg"></article>
<footer>Copyright 2023 Il Giornale di Prova - Tutti i diritti riservati</footer></body></html>
"""


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_page_gives_main_text_title_date_and_url(no_network):
    (art,) = list(read_html(Path("news/putin-kim.html"), PAGE))
    assert "incontrato mercoledì il leader nordcoreano" in art.text
    assert "quattro ore" in art.text
    assert "Home" not in art.text and "Tutti i diritti" not in art.text
    assert art.title == "Putin riceve Kim al cosmodromo"
    assert art.published == "2023-09-13"
    assert art.url == "https://www.example.it/esteri/putin-kim"
    assert art.meta["source_name"] == "Il Giornale di Prova"
    assert art.id == art.url  # the canonical URL identifies the article
    (bare,) = read_html(Path("site/a/index.html"), PAGE.replace(b"<link rel", b"<link x"))
    assert bare.id == "site/a/index" and bare.url is None


def test_oversized_page_is_refused():
    with pytest.raises(MarkupError, match="over the limit"):
        list(read_html(Path("big.html"), b"<html>" + b"x" * MAX_HTML_BYTES + b"</html>"))


def test_entity_declarations_are_refused(no_network):
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><html><body><p>&lol2;</p></body></html>'
    )
    with pytest.raises(MarkupError, match="entit"):
        list(read_html(Path("bomb.html"), bomb))


def test_page_without_text_says_so(no_network):
    with pytest.raises(MarkupError, match="no article text"):
        list(
            read_html(
                Path("empty.html"), b"<html><head><title>x</title></head><body></body></html>"
            )
        )


def test_reader_dispatch_uses_the_html_reader(tmp_path, no_network):
    from eventwire.sources.files import read_articles

    page = tmp_path / "a.html"
    page.write_bytes(PAGE)
    problems = []
    (art,) = list(read_articles([page], on_error=problems.append))
    assert not problems
    assert art.published == "2023-09-13" and "Vostochny" in art.text

"""RSS / Atom feeds: one article per entry; size, entity and network guards."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from eventwire.sources.feeds import html_to_text, read_feed
from eventwire.sources.files import InputProblem
from eventwire.sources.html import MarkupError

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss SYSTEM "http://127.0.0.9/rss.dtd">
<rss version="2.0"><channel>
<title>Notizie di Prova</title><link>https://www.example.it/</link><language>it-it</language>
<item>
  <title>Putin riceve Kim</title>
  <link>https://www.example.it/esteri/putin-kim</link>
  <guid>https://www.example.it/esteri/putin-kim</guid>
  <pubDate>Wed, 13 Sep 2023 08:00:00 GMT</pubDate>
  <description>&lt;p&gt;Il presidente russo ha incontrato il leader nordcoreano.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src="http://127.0.0.9/x.png"&gt;</description>
</item>
<item>
  <title>Sanzioni Ue</title>
  <link>javascript:alert(1)</link>
  <pubDate>Thu, 14 Sep 2023 08:00:00 GMT</pubDate>
  <description>L'Unione europea ha approvato nuove sanzioni.</description>
</item>
<item><title>Vuoto</title><description></description></item>
</channel></rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Test Wire</title>
  <entry>
    <title>Talks in Beijing</title>
    <id>urn:test:1</id>
    <link href="https://wire.example.com/beijing"/>
    <updated>2024-02-01T10:00:00Z</updated>
    <content type="html">&lt;p&gt;Russia and China held talks in Beijing.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</content>
  </entry>
</feed>
"""


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_rss_entries_become_articles():
    *arts, empty = list(read_feed(Path("it.rss"), RSS))
    assert len(arts) == 2  # the empty entry gives no article, but a problem (every input counts)
    assert isinstance(empty, InputProblem) and empty.reason == "missing_text"
    assert empty.source == "it.rss:3"
    first, second = arts
    assert first.text == "Il presidente russo ha incontrato il leader nordcoreano."
    assert first.title == "Putin riceve Kim" and first.published == "2023-09-13"
    assert first.url == "https://www.example.it/esteri/putin-kim"
    assert first.language == "it" and first.meta["source_name"] == "Notizie di Prova"
    assert second.url is None  # a javascript: link is not kept
    assert first.source == "it.rss:1"


def test_atom_content_is_preferred_and_paragraphs_kept():
    (art,) = list(read_feed(Path("wire.atom"), ATOM))
    assert art.text == "Russia and China held talks in Beijing.\nSecond paragraph."
    assert art.id == "urn:test:1" and art.published == "2024-02-01"


def test_entity_expansion_is_refused():
    bomb = RSS.replace(
        b'<!DOCTYPE rss SYSTEM "http://127.0.0.9/rss.dtd">',
        b'<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
    )
    with pytest.raises(MarkupError, match="entit"):
        list(read_feed(Path("bomb.rss"), bomb))


def test_not_a_feed_says_so():
    with pytest.raises(MarkupError, match="no feed entries"):
        list(read_feed(Path("x.xml"), b"<html><body>hello</body></html>"))


def test_html_to_text_drops_scripts():
    assert html_to_text("<p>a</p><script>evil()</script><p>b</p>") == "a\nb"
    assert html_to_text("plain") == "plain"


def test_reader_dispatch_uses_the_feed_reader(tmp_path):
    from eventwire.sources.files import read_articles

    feed = tmp_path / "wire.atom"
    feed.write_bytes(ATOM)
    problems = []
    (art,) = list(read_articles([feed], on_error=problems.append))
    assert not problems
    assert art.url == "https://wire.example.com/beijing" and art.published == "2024-02-01"
    bomb = tmp_path / "bomb.rss"
    bomb.write_bytes(b'<!DOCTYPE r [<!ENTITY a "x">]><rss><channel><item><description>&a;'
                     b"</description></item></channel></rss>")  # fmt: skip
    assert list(read_articles([bomb], on_error=problems.append)) == []
    assert [p.reason for p in problems] == ["unreadable"] and "entit" in problems[0].message

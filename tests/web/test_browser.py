"""The page in a real browser (Debian's chromium driven by Playwright, no browser download):
filter to the RUS-PRK dyad, open the Vladivostok meeting, read the highlighted evidence; the
XSS probe article shows as text. Screenshots go to test-artifacts/."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from eventwire.store import open_store

from . import _fixture

CHROMIUM = os.environ.get("EVENTWIRE_TEST_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The app over the fixture store, served by uvicorn on a local port."""
    import uvicorn

    from eventwire.web import create_app

    store = open_store(":memory:")
    _fixture.fill(store)
    port = _free_port()
    config = uvicorn.Config(
        create_app(store, allowed_hosts=["127.0.0.1", "localhost"]),
        host="127.0.0.1",
        port=port,
        log_level="warning",
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
        store.close()


@pytest.fixture(scope="module")
def browser():  # noqa: ANN201
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        try:
            yield b
        finally:
            b.close()


class Watch:
    """Requests to other hosts, console errors and page errors seen by a page."""

    def __init__(self, page, base: str) -> None:  # noqa: ANN001
        self.host = urlparse(base).netloc
        self.outside: list[str] = []
        self.errors: list[str] = []
        page.on("request", self._request)
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _request(self, req) -> None:  # noqa: ANN001
        u = urlparse(req.url)
        if u.scheme in ("http", "https", "ws", "wss") and u.netloc != self.host:
            self.outside.append(req.url)


@pytest.fixture
def page(browser, server):  # noqa: ANN001, ANN201
    ctx = browser.new_context(viewport={"width": 1500, "height": 950})
    p = ctx.new_page()
    p.set_default_timeout(15_000)
    p.watch = Watch(p, server)
    yield p
    ctx.close()


def expect(locator):  # noqa: ANN001, ANN201
    from playwright.sync_api import expect as _expect

    return _expect(locator)


def _ready(page) -> None:  # noqa: ANN001
    page.wait_for_selector("body[data-ready='1']")


def test_filter_dyad_open_the_meeting_and_see_the_evidence(page, server):
    page.goto(server + "/")
    _ready(page)
    assert page.locator("#events tbody tr").count() == 6
    page.fill("input[name=dyad_a]", "RUS")
    page.fill("input[name=dyad_b]", "PRK")
    page.click("#apply")
    _ready(page)
    expect(page.locator("#events tbody tr")).to_have_count(3)
    assert "dyad_a=RUS" in page.url and "dyad_b=PRK" in page.url
    # the timeline, the map and the network were drawn for the dyad
    assert page.locator("#timeline rect[data-type]").count() == 3
    page.wait_for_selector("#map circle.marker[data-name='Vladivostok']")
    assert page.locator("#network .node").count() == 3  # Russia, North Korea, China

    page.locator("#events tbody tr", has_text="Vladivostok").click()
    page.wait_for_selector("body[data-event-ready='1']")
    panel = page.locator("#event-panel")
    assert panel.is_visible()
    assert page.text_content("#event-status") == (
        "probable, future — according to The New York Times and US administration"
    )
    marks = {
        (m.get_attribute("data-kind"), m.text_content())
        for m in page.locator("#article-text mark").all()
    }
    assert ("trigger", "incontrerà") in marks
    assert ("actor", "presidente russo Vladimir Putin") in marks
    assert ("recipient", "leader nordcoreano Kim Jong-un") in marks
    assert ("place", "Vladivostok") in marks
    assert ("date", "dal 10 al 13 settembre") in marks
    assert ("source", "New York Times") in marks
    evidence = page.locator("#article-text .evidence")
    assert evidence.count() == 1
    assert evidence.text_content().startswith("Secondo quanto rivelato dal New York Times")
    assert evidence.locator("mark[data-kind=trigger]").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-vladivostok-meeting.png"))
    assert page.watch.outside == []
    assert page.watch.errors == []


def test_xss_probe_article_renders_as_text(page, server):
    page.goto(server + "/")
    _ready(page)
    page.locator("#events tbody tr", has_text="France").click()
    page.wait_for_selector("body[data-event-ready='1']")
    text = page.text_content("#article-text")
    assert text == _fixture.XSS_TEXT
    assert page.text_content("#article-title") == _fixture.XSS_TITLE
    assert "<svg onload=alert(1)>France" in page.text_content("#event-who")
    assert page.text_content("#event-title").startswith("ACCUSE  accuse")  # no mode: no "null"
    # nothing in the untrusted text became an element or ran
    assert page.locator("#event-panel img, #event-panel script, #event-panel svg, "
                        "#event-panel b, #event-panel i").count() == 0  # fmt: skip
    assert page.evaluate("typeof window.__xss") == "undefined"
    # the javascript: URL is not made a link
    assert page.locator("#article-meta a").count() == 0
    assert page.watch.outside == []
    assert page.watch.errors == []
    page.screenshot(path=str(ARTIFACTS / "web-xss-probe.png"))


def test_deep_link_opens_the_event_and_docs_page_lists_endpoints(page, server):
    page.goto(server + "/#dyad_a=USA&dyad_b=PRK")
    _ready(page)
    assert page.locator("#events tbody tr").count() == 2
    page.goto(server + "/docs")
    page.wait_for_selector(".op")
    paths = page.locator(".op h2 code").all_text_contents()
    assert "/api/events" in paths and "/api/articles" in paths
    assert page.watch.outside == []
    assert page.watch.errors == []

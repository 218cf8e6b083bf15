"""The web tests' store: the seed article, an English article and an XSS probe, with event
records written by hand from the meaning of each text (standing in for the extractor, so
that the API and the page are tested on their own).

Offsets are found by looking the hand-quoted sentence and trigger up in the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.article import Article
from eventwire.records import (
    Actor,
    ArticleRef,
    EventRecord,
    Evidence,
    Factuality,
    Place,
    Span,
    Time,
)
from eventwire.store.base import SQLStore

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "putin-kim-2023-09.txt"

VLADIVOSTOK = Place("Vladivostok", "Vladivostok", 2013348, "RUS", "Primorye", 43.10562, 131.87353)
PYONGYANG = Place("Pyongyang", "Pyongyang", 1871859, "PRK", "Pyongyang", 39.03385, 125.75432)

XSS_TITLE = '<script>window.__xss = "title"</script>Probe <img src=x onerror="window.__xss=1">'
XSS_TEXT = (
    "Protesters carried a banner reading <script>window.__xss = 'text'</script> outside "
    "the embassy in Paris.\n\n"
    'The government of France accused <img src=x onerror="window.__xss=2"> Germany of '
    "spying on Monday, according to <b>Le Monde</b>.\n"
)
SANCTIONS_TEXT = (
    "The United States imposed new sanctions on North Korean shipping companies on "
    "Tuesday, the Treasury Department said. The measures target firms that moved oil to "
    "Pyongyang in breach of United Nations resolutions.\n"
)


def _actor(raw: str | None, name: str | None, country: str, sector: str | None = None,
           title: str | None = None) -> Actor:  # fmt: skip
    return Actor(raw_text=raw, name=name, country=country, sector=sector, title=title)


def _rec(text: str, sentence: str, trigger: str, event_type: str, **kw: object) -> EventRecord:
    s = text.index(sentence)
    t = s + sentence.index(trigger)
    return EventRecord(
        event_type=event_type,
        evidence=Evidence(sentence, s, s + len(sentence), Span(trigger, t, t + len(trigger))),
        **kw,  # type: ignore[arg-type]
    )


def seed_article() -> Article:
    from eventwire.sources.files import read_articles

    art = next(iter(read_articles([str(SEED)], language="it")))
    art.title = "Putin e Kim, incontro a Vladivostok"
    art.meta = {"source_name": "seed example"}
    return art


def seed_records(text: str) -> list[EventRecord]:
    """What the seed article reports, read by hand."""
    meeting = (
        "Secondo quanto rivelato dal New York Times e confermato in seguito dall’amministrazione "
        "americana guidata da Joe Biden, il presidente russo Vladimir Putin incontrerà il leader "
        "nordcoreano Kim Jong-un a Vladivostok."
    )
    visit = (
        "Lo scorso 27 luglio il ministro della Difesa russo Sergej Shoigu si era recato in visita "
        "a Pyongyang"
    )
    drills = (
        "Nei prossimi mesi si potrebbero verificare anche esercitazioni navali militari congiunte "
        "tra Russia, Corea del Nord e Cina."
    )
    ask = (
        "Intanto, il Pentagono ha chiesto al leader nordcoreano di non inviare ulteriori munizioni "
        "o armi a Vladimir Putin."
    )
    return [
        # Putin will (probably) meet Kim in Vladivostok, 10-13 September, per the NYT
        _rec(text, meeting, "incontrerà", "CONSULT", mode="visit", cameo="040", symmetric=True,
             actor=[_actor("presidente russo Vladimir Putin", "Vladimir Putin", "RUS", "GOV",
                           "President")],
             recipient=[_actor("leader nordcoreano Kim Jong-un", "Kim Jong-un", "PRK", "GOV")],
             location=VLADIVOSTOK,
             date=Time("dal 10 al 13 settembre", "2023-09-10", "2023-09-13", "range"),
             factuality=Factuality("probable", "positive", "future"),
             attribution=[_actor("New York Times", "The New York Times", "USA", "JRN"),
                          _actor("amministrazione americana", "US administration", "USA", "GOV")],
             confidence=0.8),
        # Shoigu visited Pyongyang on 27 July
        _rec(text, visit, "si era recato in visita", "CONSULT", mode="visit", cameo="042",
             actor=[_actor("ministro della Difesa russo Sergej Shoigu", "Sergei Shoigu", "RUS",
                           "GOV", "Minister of Defence")],
             recipient=[_actor(None, None, "PRK", "GOV")],
             location=PYONGYANG, date=Time("27 luglio", "2023-07-27", "2023-07-27", "day"),
             factuality=Factuality("certain", "positive", "non_future"), confidence=0.7),
        # joint naval drills might take place in the coming months
        _rec(text, drills, "esercitazioni navali militari congiunte", "COOPERATE", symmetric=True,
             contexts=["military"],
             actor=[_actor("Russia", "Russia", "RUS"), _actor("Corea del Nord", "North Korea", "PRK"),
                    _actor("Cina", "China", "CHN")],
             date=Time("Nei prossimi mesi", "2023-09", "2024-03", "range"),
             factuality=Factuality("possible", "positive", "future"), confidence=0.6),
        # the Pentagon asked Kim not to send more munitions
        _rec(text, ask, "ha chiesto", "REQUEST", mode="yield",
             actor=[_actor("Pentagono", "Pentagon", "USA", "MIL")],
             recipient=[_actor("leader nordcoreano", "Kim Jong-un", "PRK", "GOV")],
             date=Time(None, "2023-09", "2023-09", "unknown"),
             factuality=Factuality("certain", "positive", "non_future"), confidence=0.6),
    ]  # fmt: skip


def sanctions_article() -> Article:
    return Article(
        text=SANCTIONS_TEXT, id="en-sanctions", title="US sanctions North Korean shippers",
        url="https://example.com/news/sanctions", language="en", published="2023-10-04",
        meta={"source_name": "example.com"},
    )  # fmt: skip


def sanctions_records(text: str) -> list[EventRecord]:
    sentence = (
        "The United States imposed new sanctions on North Korean shipping companies on "
        "Tuesday, the Treasury Department said."
    )
    return [
        _rec(text, sentence, "imposed new sanctions", "SANCTION", cameo="163",
             actor=[_actor("The United States", "United States", "USA", "GOV")],
             recipient=[_actor("North Korean shipping companies", None, "PRK", "BUS")],
             date=Time("on Tuesday", "2023-10-03", "2023-10-03", "day"),
             attribution=[_actor("the Treasury Department", "US Treasury", "USA", "GOV")],
             factuality=Factuality("certain", "positive", "non_future"), confidence=0.8),
    ]  # fmt: skip


def xss_article() -> Article:
    return Article(
        text=XSS_TEXT, id="xss-probe", title=XSS_TITLE, url="javascript:window.__xss=3",
        language="en", published="2024-03-04",
        meta={"source_name": "<i onmouseover=\"window.__xss=4\">probe</i>"},
    )  # fmt: skip


def xss_records(text: str) -> list[EventRecord]:
    sentence = (
        'The government of France accused <img src=x onerror="window.__xss=2"> Germany of '
        "spying on Monday, according to <b>Le Monde</b>."
    )
    return [
        _rec(text, sentence, "accused", "ACCUSE",
             actor=[_actor("The government of France", "<svg onload=alert(1)>France", "FRA", "GOV")],
             recipient=[_actor('<img src=x onerror="window.__xss=2"> Germany', None, "DEU")],
             location=Place("Paris", "<b>Paris</b>", 2988507, "FRA", "Île-de-France", 48.85341,
                            2.3488),
             date=Time("on Monday", "2024-03-04", "2024-03-04", "day"),
             attribution=[_actor("<b>Le Monde</b>", "<b>Le Monde</b>", "FRA", "JRN")],
             factuality=Factuality("certain", "positive", "non_future"), confidence=0.5),
    ]  # fmt: skip


class Scripted:
    """An extractor returning the hand-written records of each article."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, art: Article) -> list[EventRecord]:
        self.calls.append(art.id)
        make = {
            "putin-kim-2023-09": seed_records,
            "en-sanctions": sanctions_records,
            "xss-probe": xss_records,
        }.get(art.id)
        out = []
        for r in make(art.text) if make else []:
            r.article = ArticleRef(art.id, art.title, art.url, art.language, art.published)
            r.event_id = r.make_id("test")
            out.append(r)
        return out


def articles() -> list[Article]:
    return [seed_article(), sanctions_article(), xss_article()]


def fill(store: object) -> None:
    """Ingest the three articles with the hand-written records."""
    from eventwire.ingest import ingest_articles

    ingest_articles(store, articles(), inputs=["web-fixture"], extractor=Scripted())  # type: ignore[arg-type]


def stores(kind: str, prefix: str) -> Iterator[SQLStore]:
    """One fresh store for the web tests (see ``tests.store._pg.fresh_store``)."""
    from tests.store._pg import fresh_store

    yield from fresh_store(kind, prefix)

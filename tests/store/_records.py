"""Hand-written event records and a scripted extractor for store tests.

The records are written by hand from the meaning of each test article (who did what to whom,
when, where), standing in for the extractor so that storing, clustering and querying are
tested on their own.
"""

from __future__ import annotations

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


def rec(
    event_type: str,
    actors: list[str],
    recipients: list[str] = (),  # type: ignore[assignment]
    *,
    text: str = "",
    trigger: str = "",
    start: str | None = None,
    end: str | None = None,
    granularity: str | None = None,
    symmetric: bool = False,
    time: str = "non_future",
    polarity: str = "positive",
    certainty: str = "certain",
    place: tuple[str, str] | None = None,
    sector: str | None = None,
    mode: str | None = None,
    confidence: float = 0.6,
) -> EventRecord:
    """A record; ``actors``/``recipients`` are ISO3 codes; dates ISO; ``place`` (name, ISO3)."""
    gran = granularity or ("unknown" if start is None else "day")
    pos = max(text.find(trigger), 0) if trigger else 0
    return EventRecord(
        event_type=event_type,
        mode=mode,
        actor=[Actor(raw_text=c, name=c, country=c, sector=sector) for c in actors],
        recipient=[Actor(raw_text=c, name=c, country=c, sector=sector) for c in recipients],
        symmetric=symmetric,
        location=Place(raw_text=place[0], name=place[0], country=place[1]) if place else None,
        date=Time(raw_text=start, start=start, end=end or start, granularity=gran),
        factuality=Factuality(certainty=certainty, polarity=polarity, time=time),
        evidence=Evidence(text, 0, len(text), Span(trigger, pos, pos + len(trigger))),
        confidence=confidence,
    )


class Scripted:
    """An extractor returning the hand-written records of each article id."""

    def __init__(self, records: dict[str, list[EventRecord]]) -> None:
        self.records = records
        self.calls: list[str] = []

    def __call__(self, art: Article) -> list[EventRecord]:
        self.calls.append(art.id)
        out = []
        for i, r in enumerate(self.records.get(art.id, [])):
            r = EventRecord.from_dict(r.to_dict())
            r.article = ArticleRef(
                id=art.id, title=art.title, url=art.url, language=art.language,
                published=art.published,
            )  # fmt: skip
            r.evidence.trigger.start += i  # distinct ids for distinct records
            r.event_id = r.make_id("test")
            out.append(r)
        return out


def article(
    aid: str, text: str, published: str | None, url: str | None = None, lang: str = "en"
) -> Article:
    """An article with an explicit id."""
    return Article(text=text, id=aid, published=published, url=url, language=lang)


# ---------------------------------------------------------------- the Putin-Kim scenario
#
# Six articles (English and Italian, different outlets, wording and days) report the meeting of
# Putin and Kim at the Vostochny cosmodrome on Wednesday 13 September 2023. Around them: an
# earlier article announcing the planned meeting (future), a second, different Russia-North
# Korea meeting a week later reported twice, a negated report, and a Russia-China meeting on
# the same day.

SUMMIT = [
    ("en-1", "2023-09-13", "https://www.reuters.com/world/putin-kim-1", "en",
     "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny "
     "cosmodrome on Wednesday.",
     rec("CONSULT", ["RUS"], ["PRK"], trigger="met", start="2023-09-13", symmetric=True,
         place=("Vostochny Cosmodrome", "RUS"), mode="visit")),
    ("it-1", "2023-09-13", "https://www.ansa.it/esteri/kim-putin", "it",
     "Kim Jong Un e Vladimir Putin si sono incontrati oggi al cosmodromo di Vostochny.",
     rec("CONSULT", ["PRK", "RUS"], [], trigger="incontrati", start="2023-09-13",
         symmetric=True, place=("Vostochny", "RUS"))),
    ("it-2", "2023-09-14", "https://www.repubblica.it/esteri/vertice", "it",
     "Il vertice di ieri tra il leader nordcoreano e il presidente russo è durato quattro ore.",
     rec("CONSULT", ["PRK"], ["RUS"], trigger="vertice", start="2023-09-13", symmetric=True)),
    ("en-2", "2023-09-16", "https://www.bbc.co.uk/news/kim-talks", "en",
     "Kim's talks with Putin this week raised concern in Washington.",
     rec("CONSULT", ["PRK"], ["RUS"], trigger="talks", start="2023-09-11", end="2023-09-17",
         granularity="range", symmetric=True)),
    ("en-3", "2023-09-14", "https://apnews.com/article/putin-hosts-kim", "en",
     "Putin hosted Kim at a remote spaceport, the Kremlin said.",
     rec("CONSULT", ["RUS"], ["PRK"], trigger="hosted", symmetric=True, certainty="probable")),
    ("it-3", "2023-09-17", "https://www.corriere.it/esteri/putin-accoglie-kim", "it",
     "Mercoledì scorso Putin ha accolto Kim nell'Estremo Oriente russo.",
     rec("CONSULT", ["RUS"], ["PRK"], trigger="accolto", start="2023-09-13", symmetric=True,
         place=("Estremo Oriente russo", "RUS"))),
]  # fmt: skip

OTHERS = [
    # the planned meeting, announced a week before: same actors and type, but future
    ("en-plan", "2023-09-05", "https://www.nytimes.com/kim-plans-visit", "en",
     "Kim Jong Un plans to travel to Russia this month to meet Putin, officials said.",
     rec("CONSULT", ["PRK"], ["RUS"], trigger="meet", symmetric=True, time="future")),
    # a different meeting between the same parties a week later, reported twice
    ("it-week2", "2023-09-20", "https://www.ansa.it/esteri/delegazioni", "it",
     "Le delegazioni di Russia e Corea del Nord hanno tenuto colloqui oggi a Pyongyang.",
     rec("CONSULT", ["RUS", "PRK"], [], trigger="colloqui", start="2023-09-20", symmetric=True,
         place=("Pyongyang", "PRK"))),
    ("en-week2", "2023-09-21", "https://www.reuters.com/world/delegations", "en",
     "Russian and North Korean delegations held talks in Pyongyang on Wednesday.",
     rec("CONSULT", ["RUS"], ["PRK"], trigger="talks", start="2023-09-20", symmetric=True,
         place=("Pyongyang", "PRK"))),
    # a negated report on the summit day: never merged with the meeting that happened
    ("en-neg", "2023-09-13", "https://www.example.com/no-shoigu", "en",
     "Putin did not meet Kim's defence chief at the cosmodrome.",
     rec("CONSULT", ["RUS"], ["PRK"], trigger="meet", start="2023-09-13", polarity="negative")),
    # another dyad on the same day
    ("en-chn", "2023-09-13", "https://www.example.com/wang-lavrov", "en",
     "Lavrov met Chinese foreign minister Wang Yi in Moscow on Wednesday.",
     rec("CONSULT", ["RUS"], ["CHN"], trigger="met", start="2023-09-13", symmetric=True,
         place=("Moscow", "RUS"))),
]  # fmt: skip


def scenario(rows: list[tuple]) -> tuple[list[Article], Scripted]:
    """Articles and the scripted extractor for rows of (id, published, url, lang, text, rec)."""
    arts, script = [], {}
    for aid, published, url, lang, text, r in rows:
        r.evidence = Evidence(text, 0, len(text), r.evidence.trigger)
        t = r.evidence.trigger.text
        pos = text.find(t)
        r.evidence.trigger = Span(t, pos, pos + len(t))
        arts.append(article(aid, text, published, url, lang))
        script[aid] = [r]
    return arts, Scripted(script)

"""Query filters, timelines and show, on both backends."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire import query
from eventwire.ingest import ingest_articles
from eventwire.query import EventFilter, FilterError

from ._records import OTHERS, SUMMIT, rec, scenario

EXTRA = [
    # a directional, non-symmetric event: the USA sanctions North Korea
    ("en-sanction", "2023-07-03", "https://www.example.com/sanctions", "en",
     "The United States imposed sanctions on North Korean shipping firms on Monday.",
     rec("SANCTION", ["USA"], ["PRK"], trigger="imposed sanctions", start="2023-07-03",
         place=("Washington", "USA"))),
    ("en-accuse", "2023-08-10", "https://www.example.com/accuse", "en",
     "North Korea accused the United States of preparing an invasion, state media said.",
     rec("ACCUSE", ["PRK"], ["USA"], trigger="accused", start="2023-08-10",
         certainty="probable")),
]  # fmt: skip


@pytest.fixture
def filled(store):
    arts, script = scenario(SUMMIT + OTHERS + EXTRA)
    ingest_articles(store, arts, extractor=script)
    return store


def _types(df) -> list[str]:
    return sorted(df.event_type)


def ids_for(store, f: EventFilter) -> set[str]:
    return set(query.events(store, f).story_id)


def story_of(store, aid: str) -> str:
    return store.rows("SELECT story_id FROM mentions WHERE article_id = ?", [aid])[0][0]


def test_dyad_matches_both_directions_and_symmetric_events(filled):
    a = ids_for(filled, EventFilter.build(dyad="RUS:PRK"))
    b = ids_for(filled, EventFilter.build(dyad="prk:rus"))
    assert a == b
    expected = {story_of(filled, x) for x in ("en-1", "en-plan", "it-week2", "en-neg")}
    assert a == expected
    assert ids_for(filled, EventFilter.build(dyad="USA:PRK")) == {
        story_of(filled, "en-sanction"),
        story_of(filled, "en-accuse"),
    }


def test_actor_and_recipient_are_directional(filled):
    got = ids_for(filled, EventFilter.build(actor="USA", recipient="PRK"))
    assert got == {story_of(filled, "en-sanction")}
    assert ids_for(filled, EventFilter.build(actor="PRK", recipient="USA")) == {
        story_of(filled, "en-accuse")
    }
    # symmetric events match a party on either side
    assert story_of(filled, "en-1") in ids_for(filled, EventFilter.build(recipient="RUS"))
    assert story_of(filled, "en-1") in ids_for(
        filled, EventFilter.build(actor="PRK", recipient="RUS")
    )
    # several values of one field are alternatives
    assert ids_for(filled, EventFilter.build(actor=["USA", "PRK"], recipient="USA")) == {
        story_of(filled, "en-accuse")
    }
    assert ids_for(filled, EventFilter.build(actor="CHN,USA")) == {
        story_of(filled, "en-chn"),
        story_of(filled, "en-sanction"),
    }


def test_type_dates_country_certainty_factuality(filled):
    assert _types(query.events(filled, EventFilter.build(event_type="sanction"))) == ["SANCTION"]
    sept = query.events(filled, EventFilter.build(since="2023-09-01", until="2023-09-30"))
    assert set(sept.event_type) == {"CONSULT"}
    assert len(query.events(filled, EventFilter.build(until="2023-08"))) == 2
    assert ids_for(filled, EventFilter.build(country="PRK")) == {story_of(filled, "it-week2")}
    assert ids_for(filled, EventFilter.build(certainty="probable")) == {
        story_of(filled, "en-accuse")
    }
    assert ids_for(filled, EventFilter.build(factuality="future")) == {story_of(filled, "en-plan")}
    assert ids_for(filled, EventFilter.build(min_articles=2)) == {
        story_of(filled, "en-1"),
        story_of(filled, "it-week2"),
    }


def test_limit_offset_order_and_count(filled):
    f = EventFilter.build(limit=2, order="date_asc")
    df = query.events(filled, f)
    assert list(df.event_type) == ["SANCTION", "ACCUSE"]
    assert query.count(filled, f) == query.count(filled) == 7
    assert len(query.events(filled, EventFilter.build(limit=2, offset=6))) == 1


def test_arrow_and_dataframe_agree(filled):
    f = EventFilter.build(dyad="RUS:PRK")
    table = query.events_arrow(filled, f)
    assert isinstance(table, pa.Table)
    assert table.column_names == list(query.EVENT_COLUMNS)
    assert sorted(table.column("story_id").to_pylist()) == sorted(query.events(filled, f).story_id)


def test_timeline_counts_asserted_events_per_week(filled):
    f = EventFilter.build(dyad="RUS:PRK", factuality="asserted")
    df = query.timeline(filled, f, by="week")
    rows = [(str(r.period)[:10], r.event_type, r.events, r.articles) for r in df.itertuples()]
    # weeks start on Monday: 11 Sept (the summit, six articles), 18 Sept (the second meeting)
    assert rows == [("2023-09-11", "CONSULT", 1, 6), ("2023-09-18", "CONSULT", 1, 2)]
    month = query.timeline(filled, EventFilter.build(actor="USA"), by="month")
    assert [(str(r.period)[:10], r.events) for r in month.itertuples()] == [("2023-07-01", 1)]
    assert isinstance(query.timeline_arrow(filled, f, by="month"), pa.Table)


def test_show_by_story_or_mention_id(filled):
    sid = story_of(filled, "it-2")
    got = query.show(filled, sid)
    assert got["event"]["event_id"] == sid
    assert len(got["mentions"]) == 6
    sentences = {m["record"]["evidence"]["text"] for m in got["mentions"]}
    assert any("vertice di ieri" in s for s in sentences)
    assert all(m["cluster_why"] for m in got["mentions"])
    mid = got["mentions"][0]["record"]["event_id"]
    assert query.show(filled, mid)["event"]["event_id"] == sid
    assert query.show(filled, "st-nope") is None


def test_values_never_become_sql(filled):
    hostile = "RUS') OR 1=1 --"
    assert query.events(filled, EventFilter.build(actor=hostile)).empty
    assert query.events(filled, EventFilter.build(country="X' OR 'a'='a")).empty
    assert filled.counts()["stories"] == 7


@pytest.mark.parametrize(
    "kwargs",
    [
        dict(event_type="MEET"),
        dict(dyad="RUS"),
        dict(dyad="RUS:"),
        dict(since="July 2023"),
        dict(since="2023-09-01", until="2023-08-01"),
        dict(certainty="sure"),
        dict(factuality="maybe"),
        dict(order="random()"),
        dict(limit=-1),
    ],
)
def test_bad_filters_say_what_is_wrong(kwargs):
    with pytest.raises(FilterError):
        EventFilter.build(**kwargs)


def test_filter_as_plain_values():
    f = EventFilter.build(dyad="rus:prk", since="2023-07", event_type=["consult", "aid"])
    d = f.to_dict()
    assert d["dyad"] == "RUS:PRK" and d["since"] == "2023-07-01"
    assert d["event_type"] == ["CONSULT", "AID"]
    assert f.until is None and EventFilter.build(until="2023-02").until == dt.date(2023, 2, 28)


@given(actor=st.text(min_size=1), country=st.text(min_size=1), dyad=st.text(min_size=1))
def test_sql_text_never_depends_on_values(actor, country, dyad):
    """Whatever the user types, the SQL is the same constant text: values go in parameters."""
    try:
        f = EventFilter.build(actor=[actor], country=[country], dyad=f"{dyad}:{dyad}")
    except FilterError:
        return
    ref = EventFilter.build(actor=["A"] * len(f.actor), country=["C"] * len(f.country), dyad="X:Y")
    assert query.events_sql(f)[0] == query.events_sql(ref)[0]
    assert query.timeline_sql(f, "week")[0] == query.timeline_sql(ref, "week")[0]


@pytest.mark.parametrize(
    "kwargs",
    [
        dict(dyad="RUS:PRK"),
        dict(actor="USA"),
        dict(actor="PRK", recipient="RUS"),
        dict(recipient=["USA", "CHN"], event_type="ACCUSE,CONSULT"),
        dict(dyad="RUS:PRK", actor="RUS", factuality="asserted"),
        dict(since="2023-09"),
        dict(),
    ],
)
def test_where_and_join_forms_select_the_same_stories(filled, kwargs):
    f = EventFilter.build(**kwargs)
    where, params = f.where()
    plain = {r[0] for r in filled.rows(f"SELECT s.story_id FROM stories s WHERE {where}", params)}
    assert plain == ids_for(filled, f)

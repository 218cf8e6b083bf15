"""The REST API against a real app and a real store (DuckDB; PostgreSQL when configured)."""

from __future__ import annotations

import csv
import io

import pytest

from eventwire import query
from eventwire.query import EventFilter

from . import _fixture


def events(client, **params) -> list[dict]:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return r.json()["events"]


def one(client, **params) -> dict:
    got = events(client, **params)
    assert len(got) == 1, got
    return got[0]


def meeting_id(client) -> str:
    return one(client, dyad="RUS:PRK", type="CONSULT", factuality="future")["story_id"]


# ---------------------------------------------------------------- the list and its filters


def test_dyad_lists_the_events_between_russia_and_north_korea(client):
    got = events(client, dyad="RUS:PRK")
    # the planned Vladivostok meeting, Shoigu's July visit, the possible joint drills
    assert sorted((e["event_type"], e["location_name"]) for e in got) == [
        ("CONSULT", "Pyongyang"),
        ("CONSULT", "Vladivostok"),
        ("COOPERATE", None),
    ]
    assert {e["story_id"] for e in got} == {e["story_id"] for e in events(client, dyad="prk:rus")}


def test_api_filters_are_the_cli_filters(client, filled):
    cases = [
        {"dyad": "RUS:PRK"},
        {"actor": ["USA"]},
        {"recipient": "PRK", "type": "REQUEST"},
        {"since": "2023-09", "until": "2023-09-30"},
        {"certainty": "possible"},
        {"factuality": "future"},
        {"country": "RUS"},
    ]
    for params in cases:
        api = {e["story_id"] for e in events(client, **params)}
        kwargs = {("event_type" if k == "type" else k): v for k, v in params.items()}
        lib = set(query.events(filled, EventFilter.build(**kwargs)).story_id)
        assert api == lib, params
        assert api, params  # every case matches something in the fixture


def test_filters_narrow_by_meaning(client):
    assert one(client, certainty="possible")["event_type"] == "COOPERATE"
    assert one(client, actor="USA", type="SANCTION")["recipient_text"] == (
        "North Korean shipping companies"
    )
    # North Korea acts only in symmetric events (the meeting, the drills); in the request
    # and the sanctions it is the recipient
    assert sorted(e["event_type"] for e in events(client, actor="PRK")) == [
        "CONSULT",
        "COOPERATE",
    ]
    assert sorted(e["event_type"] for e in events(client, recipient="PRK", actor="USA")) == [
        "REQUEST",
        "SANCTION",
    ]
    july = events(client, since="2023-07", until="2023-07")
    assert [e["location_name"] for e in july] == ["Pyongyang"]


@pytest.mark.parametrize(
    "params, words",
    [
        ({"type": "MEET"}, "unknown event type MEET"),
        ({"dyad": "RUS"}, "expected two parties"),
        ({"since": "13/09/2023"}, "not an ISO date"),
        ({"since": "2023-10", "until": "2023-09"}, "is after until"),
        ({"certainty": "sure"}, "unknown certainty"),
        ({"limit": 5000}, "at most 1000"),
        ({"actor": ["RUS"] * 21}, "at most 20 values"),
        ({"order": "random"}, "order"),
    ],
)
def test_bad_filters_are_refused_with_a_message(client, params, words):
    r = client.get("/api/events", params=params)
    assert r.status_code in (400, 422)
    assert words in r.text


def test_filter_values_are_parameters_not_sql(client, filled):
    before = filled.counts()["stories"]
    for evil in ("RUS' OR '1'='1", "x'); DROP TABLE stories; --", "name:%' OR 1=1 --"):
        r = client.get("/api/events", params={"actor": evil})
        assert r.status_code == 200
        assert r.json()["events"] == []
    assert filled.counts()["stories"] == before


# ---------------------------------------------------------------- pages and formats


@pytest.mark.parametrize("order", ["date", "date_asc", "articles"])
def test_cursor_pages_walk_every_event_once_in_order(client, order):
    everything = [e["story_id"] for e in events(client, order=order, limit=1000)]
    assert len(everything) == 6
    seen: list[str] = []
    params = {"order": order, "limit": 2}
    pages = 0
    while True:
        r = client.get("/api/events", params=params)
        body = r.json()
        assert body["total"] == 6
        seen += [e["story_id"] for e in body["events"]]
        pages += 1
        if not body["next_cursor"]:
            assert "link" not in r.headers
            break
        assert r.headers["link"] == f'<{body["next"]}>; rel="next"'
        params = {**params, "cursor": body["next_cursor"]}
    assert pages == 3
    assert seen == everything


def test_newest_first_by_default(client):
    dates = [e["event_date"] for e in events(client)]
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == "2024-03-04"


def test_forged_or_foreign_cursors_are_refused(client):
    first = client.get("/api/events", params={"limit": 2}).json()
    r = client.get("/api/events", params={"order": "date_asc", "cursor": first["next_cursor"]})
    assert r.status_code == 400 and "another sort order" in r.text
    r = client.get("/api/events", params={"cursor": "bm90IGEgY3Vyc29y"})
    assert r.status_code == 400 and "cursor" in r.text


def test_csv_has_the_list_columns_and_a_next_link(client):
    r = client.get("/api/events", params={"format": "csv", "limit": 4})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert 'rel="next"' in r.headers["link"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 4
    assert {"story_id", "event_date", "event_type", "actor_text", "location_name"} <= set(rows[0])
    assert rows[0]["event_type"] == "ACCUSE"  # the newest: 2024-03-04
    assert rows[0]["event_date"] == "2024-03-04"


# ---------------------------------------------------------------- one event, down to the evidence


def test_event_view_has_record_mentions_evidence_and_words(client):
    sid = meeting_id(client)
    d = client.get(f"/api/events/{sid}").json()
    ev = d["event"]
    assert ev["event_type"] == "CONSULT" and ev["location"]["name"] == "Vladivostok"
    assert d["summary"]["status"] == (
        "probable, future — according to The New York Times and US administration"
    )
    assert d["summary"]["date"] == "10–13 September 2023"
    assert [a["id"] for a in d["articles"]] == ["putin-kim-2023-09"]
    (m,) = d["mentions"]
    assert d["representative"] == m["mention_id"]
    assert m["article"]["title"] == "Putin e Kim, incontro a Vladivostok"
    assert m["evidence"]["text"].endswith("Kim Jong-un a Vladivostok.")
    # in the order they appear in the sentence
    assert [(h["kind"], h["text"]) for h in m["highlights"]] == [
        ("source", "New York Times"),
        ("source", "amministrazione americana"),
        ("actor", "presidente russo Vladimir Putin"),
        ("trigger", "incontrerà"),
        ("recipient", "leader nordcoreano Kim Jong-un"),
        ("place", "Vladivostok"),
    ]


def test_event_by_mention_id_and_unknown_ids(client):
    sid = meeting_id(client)
    mention = client.get(f"/api/events/{sid}").json()["mentions"][0]["mention_id"]
    assert client.get(f"/api/events/{mention}").json()["event"]["event_id"] == sid
    r = client.get("/api/events/st-nothing")
    assert r.status_code == 404 and "st-nothing" in r.json()["detail"]


def test_article_gives_text_and_highlight_offsets_into_it(client):
    art = client.get("/api/articles/putin-kim-2023-09").json()
    assert art["text"] == _fixture.seed_article().text
    assert art["language"] == "it" and art["source_name"] == "seed example"
    assert len(art["mentions"]) == 4
    text = art["text"]
    for m in art["mentions"]:
        ev = m["evidence"]
        assert ev["start"] < ev["end"]
        for h in m["highlights"]:
            assert text[h["start"] : h["end"]] == h["text"]
    meeting = next(m for m in art["mentions"] if m["story_id"] == meeting_id(client))
    date = next(h for h in meeting["highlights"] if h["kind"] == "date")
    # the dates are in the next sentence: found in the article, marked as outside the sentence
    assert date["text"] == "dal 10 al 13 settembre" and date["in_sentence"] is False
    assert client.get("/api/articles/nope").status_code == 404


def test_untrusted_text_comes_back_verbatim_as_json(client):
    r = client.get("/api/articles/xss-probe")
    assert r.headers["content-type"] == "application/json"
    assert r.headers["x-content-type-options"] == "nosniff"
    body = r.json()
    assert body["title"] == _fixture.XSS_TITLE and body["text"] == _fixture.XSS_TEXT


# ---------------------------------------------------------------- aggregations


def test_timeline_counts_events_per_period_and_type(client):
    body = client.get("/api/timeline", params={"dyad": "RUS:PRK", "by": "month"}).json()
    assert body["by"] == "month"
    got = {(r["period"], r["event_type"]): r["events"] for r in body["rows"]}
    assert got == {
        ("2023-07-01", "CONSULT"): 1,
        ("2023-09-01", "CONSULT"): 1,
        ("2023-09-01", "COOPERATE"): 1,
    }
    # 27 July to 10 September: a short span, drawn per day
    assert client.get("/api/timeline", params={"dyad": "RUS:PRK"}).json()["by"] == "day"
    # July 2023 to March 2024: per week
    assert client.get("/api/timeline").json()["by"] == "week"


def test_network_links_parties_by_type_and_direction(client):
    body = client.get("/api/network").json()
    nodes = {n["id"]: n for n in body["nodes"]}
    assert nodes["RUS"]["label"] == "Russia"
    assert nodes["PRK"]["events"] == 5  # every event but the French accusation
    edges = {(e["source"], e["target"]): e for e in body["edges"]}
    rk = edges[("PRK", "RUS")]
    assert rk["events"] == 3 and rk["types"] == {"CONSULT": 2, "COOPERATE": 1}
    # the meeting and the drills are mutual; Shoigu's visit goes from Russia to North Korea
    assert (rk["mutual"], rk["b_to_a"], rk["a_to_b"]) == (2, 1, 0)
    us = edges[("PRK", "USA")]
    assert us["types"] == {"REQUEST": 1, "SANCTION": 1} and us["b_to_a"] == 2
    assert ("CHN", "PRK") in edges and ("CHN", "RUS") in edges
    assert edges[("DEU", "FRA")]["b_to_a"] == 1  # France accused Germany
    small = client.get("/api/network", params={"nodes": 2}).json()
    assert [n["id"] for n in small["nodes"]] == ["PRK", "RUS"]
    assert [(e["source"], e["target"]) for e in small["edges"]] == [("PRK", "RUS")]


def test_places_have_coordinates_for_the_map(client):
    body = client.get("/api/places").json()
    by_name = {p["name"]: p for p in body["places"]}
    assert set(by_name) == {"Vladivostok", "Pyongyang", "<b>Paris</b>"}
    v = by_name["Vladivostok"]
    assert (v["country"], v["events"]) == ("RUS", 1)
    assert v["lat"] == pytest.approx(43.1, abs=0.1) and v["lon"] == pytest.approx(131.9, abs=0.1)
    assert body["events"] == 6 and body["events_without_place"] == 3
    only = client.get("/api/places", params={"dyad": "USA:PRK"}).json()
    assert only["places"] == [] and only["events_without_place"] == 2


def test_info_reports_the_store(client):
    info = client.get("/api/info").json()
    assert info["store"]["events"] == 6 and info["store"]["articles"] == 3
    assert info["writes"] is False and "CONSULT" in info["event_types"]


def test_openapi_describes_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path, method in [
        ("/api/events", "get"),
        ("/api/events/{event_id}", "get"),
        ("/api/timeline", "get"),
        ("/api/network", "get"),
        ("/api/places", "get"),
        ("/api/articles/{article_id}", "get"),
        ("/api/articles", "post"),
        ("/api/extract", "post"),
    ]:
        assert method in paths[path], path
    names = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"actor", "recipient", "dyad", "type", "since", "until", "certainty", "cursor",
            "format", "limit"} <= names  # fmt: skip

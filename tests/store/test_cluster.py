"""Clustering: reports of one event -> one story; different events stay apart."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import cluster, query
from eventwire.cluster import Mention, TextSimilarity
from eventwire.ingest import ingest_articles

from ._records import OTHERS, SUMMIT, rec, scenario

SUMMIT_IDS = {row[0] for row in SUMMIT}


def _story_of(store, article_id: str) -> str:
    rows = store.rows("SELECT story_id FROM mentions WHERE article_id = ?", [article_id])
    assert len(rows) == 1
    return rows[0][0]


def test_summit_reported_six_times_is_one_story_with_all_sources(store):
    arts, script = scenario(SUMMIT + OTHERS)
    ingest_articles(store, arts, extractor=script)
    sid = _story_of(store, "en-1")
    assert {_story_of(store, a) for a in SUMMIT_IDS} == {sid}
    rec_ = store.story(sid)
    prov = rec_["story"]
    assert prov["n_articles"] == 6
    assert set(prov["articles"]) == SUMMIT_IDS
    assert prov["sources"] == sorted(
        ["reuters.com", "ansa.it", "repubblica.it", "bbc.co.uk", "apnews.com", "corriere.it"]
    )
    assert prov["first_report"] == "2023-09-13" and prov["last_report"] == "2023-09-17"
    # the story is dated by the stated day, not by the reports
    assert rec_["date"]["start"] == "2023-09-13" and rec_["date"]["granularity"] == "day"
    assert {a["country"] for a in rec_["actor"] + rec_["recipient"]} == {"RUS", "PRK"}
    # a party sits on one side of a symmetric story
    assert not {a["country"] for a in rec_["actor"]} & {a["country"] for a in rec_["recipient"]}


def test_planned_meeting_negation_next_week_and_other_dyad_stay_apart(store):
    arts, script = scenario(SUMMIT + OTHERS)
    ingest_articles(store, arts, extractor=script)
    summit = _story_of(store, "en-1")
    plan, neg, chn = (_story_of(store, a) for a in ("en-plan", "en-neg", "en-chn"))
    week2 = _story_of(store, "it-week2")
    assert len({summit, plan, neg, chn, week2}) == 5
    # the second meeting, a week later, is one story of its own with both its reports
    assert _story_of(store, "en-week2") == week2
    assert store.story(week2)["story"]["n_articles"] == 2
    assert store.story(plan)["factuality"]["time"] == "future"
    assert store.story(neg)["factuality"]["polarity"] == "negative"
    assert query.count(store) == 5


def test_incremental_ingest_gives_the_same_stories_as_one_run(store):
    rows = SUMMIT + OTHERS
    arts, script = scenario(rows)
    ingest_articles(store, arts[:3], extractor=script)
    ingest_articles(store, arts[3:], extractor=script)
    groups = {}
    for aid in [r[0] for r in rows]:
        groups.setdefault(_story_of(store, aid), set()).add(aid)
    assert SUMMIT_IDS in groups.values()
    assert {"it-week2", "en-week2"} in groups.values()
    assert len(groups) == 5


def _mentions(rows):
    arts, script = scenario(rows)
    out = []
    for art in arts:
        for r in script(art):
            out.append(Mention(r, art.id, dt.date.fromisoformat(art.published), None))
    return out


def test_in_memory_clustering_is_deterministic_and_matches_the_store(store):
    ms = _mentions(SUMMIT + OTHERS)
    a = cluster.cluster(ms)
    b = cluster.cluster(_mentions(SUMMIT + OTHERS))
    assert [(s.story_id, [m.mention_id for m in s.mentions]) for s in a] == [
        (s.story_id, [m.mention_id for m in s.mentions]) for s in b
    ]
    arts, script = scenario(SUMMIT + OTHERS)
    ingest_articles(store, arts, extractor=script)
    stored = {r[0] for r in store.rows("SELECT story_id FROM stories")}
    assert stored == {s.story_id for s in a}


def test_two_unstated_reports_a_week_apart_stay_two():
    text1 = "Russia and North Korea held talks, the foreign ministry said."
    text2 = "Russian and North Korean officials held talks, the ministry said."
    m1 = Mention(
        rec("CONSULT", ["RUS"], ["PRK"], text=text1, symmetric=True), "a", dt.date(2023, 9, 1)
    )
    m2 = Mention(
        rec("CONSULT", ["RUS"], ["PRK"], text=text2, symmetric=True), "b", dt.date(2023, 9, 8)
    )
    m3 = Mention(
        rec("CONSULT", ["PRK"], ["RUS"], text=text2, symmetric=True), "c", dt.date(2023, 9, 2)
    )
    for m, i in ((m1, 1), (m2, 2), (m3, 3)):
        m.record.event_id = f"ev-{i}"
    stories = cluster.cluster([m1, m2, m3])
    assert sorted(len(s.mentions) for s in stories) == [1, 2]
    together = next(s for s in stories if len(s.mentions) == 2)
    assert {m.article_id for m in together.mentions} == {"a", "c"}


@pytest.mark.parametrize(
    "other, joins",
    [
        (dict(actors=["RUS"], recipients=["PRK"]), True),
        (dict(actors=["RUS"], recipients=[]), True),  # a report that leaves the recipient out
        (dict(actors=["RUS"], recipients=["UKR"]), False),  # a different recipient
        (dict(actors=["USA"], recipients=["PRK"]), False),
        (dict(actors=["RUS"], recipients=["PRK"], place=("Kyiv", "UKR")), False),
        (dict(actors=["RUS"], recipients=["PRK"], start="2023-09-20"), False),
        (dict(actors=["RUS"], recipients=["PRK"], start="2023-09", granularity="month"), True),
        (dict(actors=["RUS"], recipients=["PRK"], time="future"), False),
        (dict(actors=["RUS"], recipients=["PRK"], certainty="possible"), True),
    ],
)
def test_match_rules(other, joins):
    base = Mention(
        rec("SANCTION", ["RUS"], ["PRK"], text="Russia sanctioned North Korea.", start="2023-09-13",
            place=("Moscow", "RUS")),
        "a", dt.date(2023, 9, 13),
    )  # fmt: skip
    base.record.event_id = "ev-base"
    args = dict(other)
    m = Mention(
        rec("SANCTION", args.pop("actors"), args.pop("recipients"), text="x", **args),
        "b", dt.date(2023, 9, 14),
    )  # fmt: skip
    story = cluster.Story("st-1", [base])
    assert (cluster.match(m, story, TextSimilarity(use_embeddings=False)) is not None) is joins


def test_undated_reports_merge_only_on_similar_text():
    sim = TextSimilarity(use_embeddings=False)
    same = "Police arrested three protesters outside the parliament in Rome."
    other = "The government announced new taxes on imported cars."
    a = Mention(rec("COERCE", ["ITA"], [], text=same), "a", None)
    b = Mention(rec("COERCE", ["ITA"], [], text=same + " Officials confirmed."), "b", None)
    c = Mention(rec("COERCE", ["ITA"], [], text=other), "c", None)
    for m, i in ((a, 1), (b, 2), (c, 3)):
        m.record.event_id = f"ev-{i}"
    stories = cluster.cluster([a, b, c], sim)
    assert sorted(sorted(m.article_id for m in s.mentions) for s in stories) == [["a", "b"], ["c"]]


def test_minhash_finds_near_duplicates_not_different_articles():
    base = (
        "MODENA. Un uomo di 40 anni è stato arrestato ieri sera dai carabinieri dopo un furto "
        "in un supermercato di via Emilia. Aveva nascosto nello zaino prodotti per 200 euro e "
        "ha tentato la fuga verso il parcheggio, dove è stato fermato da una pattuglia."
    )
    edited = base.replace("ieri sera", "martedì sera") + " Sarà processato per direttissima."
    other = (
        "CARPI. Il consiglio comunale ha approvato il bilancio con i voti della maggioranza; "
        "l'opposizione ha chiesto più fondi per le scuole e per il trasporto pubblico."
    )
    s1, s2, s3 = (cluster.minhash(t) for t in (base, edited, other))
    assert cluster.signature_similarity(s1, s2) >= cluster.NEAR_DUP_THRESHOLD
    assert cluster.signature_similarity(s1, s3) < 0.1
    assert set(cluster.bands(s1)) & set(cluster.bands(s2))
    assert cluster.decode_signature(cluster.encode_signature(s1)) == s1


def test_undated_reports_join_only_through_near_duplicate_articles(store):
    from ._records import Scripted, article

    body = (
        "I carabinieri hanno arrestato due uomini sorpresi a rubare rame in un capannone della "
        "zona industriale. I due sono stati bloccati mentre caricavano le matasse su un furgone "
        "e sono stati portati in caserma in attesa del processo per direttissima."
    )
    rewrite = body.replace("due uomini", "due giovani") + " Il materiale è stato restituito."
    other = (
        "I carabinieri hanno arrestato un uomo che aveva aggredito un passante alla stazione "
        "dei treni dopo una lite per una sigaretta negata."
    )
    arrest = "I carabinieri hanno arrestato due uomini sorpresi a rubare rame."
    script = Scripted(
        {
            aid: [
                rec("COERCE", [], [], text=t, trigger="arrestato", mode="arrest", sector="COP")
            ]  # fmt: skip
            for aid, t in (("a", arrest), ("b", arrest), ("c", arrest + " "))
        }
    )
    ingest_articles(
        store,
        [article("a", body, None, lang="it"), article("b", rewrite, None, lang="it"),
         article("c", other, None, lang="it")],
        extractor=script,
    )  # fmt: skip
    got = {r[0]: r[1] for r in store.rows("SELECT article_id, story_id FROM mentions")}
    assert got["a"] == got["b"]  # near-duplicate articles, same sentence: one story
    assert got["c"] != got["a"]  # same wording, unrelated article: no date, no merge


def test_unstated_date_window_covers_a_partial_publication_date():
    from eventwire.records import ArticleRef

    r = rec("CONSULT", ["RUS"], ["PRK"], text="Putin met Kim.")
    r.article = ArticleRef(id="a", published="2023-09")
    assert cluster.when(r, dt.date(2023, 9, 1)) == (dt.date(2023, 8, 29), dt.date(2023, 9, 30))
    r.factuality.time = "future"
    assert cluster.when(r, dt.date(2023, 9, 1)) == (dt.date(2023, 9, 1), dt.date(2023, 12, 29))
    r.date.start, r.date.granularity = "2023-09", "month"  # a stated month wins
    assert cluster.when(r, dt.date(2023, 9, 1)) == (dt.date(2023, 9, 1), dt.date(2023, 9, 30))


def test_recluster_does_not_depend_on_arrival_order(store):
    rows = SUMMIT + OTHERS
    arts, script = scenario(rows)
    # arrival order: the week-2 reports first, the summit reports newest first
    ingest_articles(store, list(reversed(arts)), extractor=script, batch_size=2)
    assert store.recluster() == 5
    after = {r[0]: r[1] for r in store.rows("SELECT article_id, story_id FROM mentions")}
    # the same as clustering the mentions in publication order, ids included
    ordered = sorted(_mentions(rows), key=lambda m: (m.reported, m.article_id, m.mention_id))
    expected = {m.article_id: s.story_id for s in cluster.cluster(ordered) for m in s.mentions}
    assert after == expected
    assert store.story(after["en-1"])["story"]["n_articles"] == 6

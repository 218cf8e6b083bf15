"""Benchmark: web page load with 100k story-level events in the store (target < 2 s).

Builds (or reuses) a DuckDB store of synthetic events -- stories, their parties, mentions and
articles written straight into the store's schema, with records in the spec's form -- starts
``eventwire serve`` on it (a real server process on 127.0.0.1), and measures:

- **page load over HTTP**: the HTML, then its assets (CSS, JS, basemap) and the first API
  calls (info, the first 50 events, timeline, places, network), fetched as a browser does
  (up to 6 at a time); cold (first load after start) and warm (median of ``--repeat``);
- each first API call on its own (median), unfiltered and filtered to a dyad, and one event
  view (``/api/events/{id}`` + ``/api/articles/{id}``);
- **in a browser** (when /usr/bin/chromium exists): navigation until the page has drawn the
  list, timeline, map and network (``body[data-ready='1']``).

    .venv/bin/python bench/bench_web.py                 # 100k events, store in /tmp
    .venv/bin/python bench/bench_web.py --events 20000 --json
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "CVL", "BUS", "JRN")
CERTAINTY = ("certain",) * 6 + ("probable", "probable", "possible", "underspecified")


def _countries() -> list[tuple[str, str, float, float]]:
    from importlib import resources

    doc = json.loads(
        resources.files("eventwire.web").joinpath("static", "world-110m.json").read_text("utf-8")
    )
    return [(c["iso3"], c["name"], *c["label"]) for c in doc["countries"] if c["iso3"]]


def build_store(path: Path, n_events: int, seed: int = 7) -> None:
    """Write ``n_events`` synthetic stories (and parties, mentions, articles) into ``path``."""
    import pandas as pd

    from eventwire.store import open_store

    rng = random.Random(seed)
    countries = _countries()
    weights = [1 / (i + 1) ** 0.9 for i in range(len(countries))]
    rng.shuffle(countries)
    places = []
    for i in range(3000):
        iso, name, lon, lat = rng.choices(countries, weights)[0]
        places.append((1_000_000 + i, f"{name} place {i}", iso,
                       round(lat + rng.uniform(-3, 3), 4), round(lon + rng.uniform(-3, 3), 4)))  # fmt: skip
    start = dt.date(2015, 1, 1)
    n_articles = max(1, n_events // 3)
    stories, parties, dyads, mentions = [], [], [], []
    for i in range(n_events):
        etype = rng.choice(TYPES)
        sym = etype in SYMMETRIC and rng.random() < 0.7
        a = rng.choices(countries, weights)[0]
        b = rng.choices(countries, weights)[0]
        while b[0] == a[0]:
            b = rng.choices(countries, weights)[0]
        day = start + dt.timedelta(days=rng.randrange(3650))
        gran = rng.choice(("day", "day", "month", "unknown"))
        place = rng.choice(places) if rng.random() < 0.6 else None
        cert = rng.choice(CERTAINTY)
        ftime = "future" if rng.random() < 0.1 else "non_future"
        pol = "negative" if rng.random() < 0.03 else "positive"
        fact_key = (
            "negated" if pol == "negative" else ("future" if ftime == "future" else "asserted")
        )
        aid = f"art-{i % n_articles:08d}"
        sid = f"st-{i:016x}"
        mid = f"ev-{i:016x}"
        sentence = f"{a[1]} and {b[1]} event number {i} of type {etype.lower()}."
        actor = {"raw_text": a[1], "name": a[1], "country": a[0], "sector": rng.choice(SECTORS),
                 "title": None, "wikidata_id": None}  # fmt: skip
        recip = {"raw_text": b[1], "name": b[1], "country": b[0], "sector": rng.choice(SECTORS),
                 "title": None, "wikidata_id": None}  # fmt: skip
        loc = (
            {"raw_text": place[1], "name": place[1], "geonameid": place[0], "country": place[2],
             "admin1": None, "lat": place[3], "lon": place[4]}
            if place else None
        )  # fmt: skip
        rec = {
            "event_id": mid, "event_type": etype, "mode": None, "contexts": [], "cameo": None,
            "actor": [actor], "recipient": [recip], "symmetric": sym, "location": loc,
            "date": {"raw_text": None if gran == "unknown" else day.isoformat(),
                     "start": day.isoformat(), "end": day.isoformat(), "granularity": gran},
            "factuality": {"certainty": cert, "polarity": pol, "time": ftime},
            "attribution": [],
            "evidence": {"text": sentence, "start": 0, "end": len(sentence),
                         "trigger": {"text": "event", "start": len(a[1]) + len(b[1]) + 6,
                                     "end": len(a[1]) + len(b[1]) + 11}},
            "confidence": 0.6, "why": [],
            "article": {"id": aid, "title": None, "url": None, "language": "en",
                        "published": day.isoformat()},
        }  # fmt: skip
        story = dict(rec, event_id=sid)
        story["story"] = {"n_mentions": 1, "n_articles": 1, "n_sources": 1,
                          "sources": ["bench.example"], "articles": [aid],
                          "first_report": day.isoformat(), "last_report": day.isoformat(),
                          "mentions": [mid], "interval": [day.isoformat(), day.isoformat()],
                          "rule": "bench"}  # fmt: skip
        stories.append((sid, etype, None, None, sym, a[1], b[1], day, day, day, gran, cert,
                        pol, ftime, fact_key, loc["name"] if loc else None,
                        loc["country"] if loc else None, loc["geonameid"] if loc else None,
                        0.6, 1, 1, 1, "bench.example", day, day, json.dumps(story)))  # fmt: skip
        # the filter indexes as the store writes them: a symmetric story lists each party
        # under both roles, and its dyads hold both orders of the pair
        parties.append((sid, "actor", a[0], a[0], actor["sector"]))
        parties.append((sid, "recipient", b[0], b[0], recip["sector"]))
        dyads.append((sid, a[0], b[0]))
        if sym:
            parties.append((sid, "recipient", a[0], a[0], actor["sector"]))
            parties.append((sid, "actor", b[0], b[0], recip["sector"]))
            dyads.append((sid, b[0], a[0]))
        mentions.append((mid, aid, sid, etype, None, None, sym, day, day, gran, cert, pol, ftime,
                         loc["country"] if loc else None, loc["geonameid"] if loc else None,
                         0.6, day, sentence, 0, len(sentence), "event", "new story",
                         json.dumps(rec)))  # fmt: skip
    articles = [
        (f"art-{j:08d}", f"{j:064x}", f"Bench article {j}", None, "en", "2020-01-01",
         dt.date(2020, 1, 1), "bench.example", "bench", None, None, None, 3, "bench",
         dt.datetime(2024, 1, 1), "{}",
         " ".join(f"{c} and {c} event number {k} of type x." for c, k in
                  ((rng.choice(countries)[1], j * 3 + m) for m in range(3))))
        for j in range(n_articles)
    ]  # fmt: skip
    if path.exists():
        path.unlink()
    store = open_store(str(path))
    con = store.con  # DuckDB: bulk insert from DataFrames (constant SQL, data as frames)
    tables = {
        "stories": ("story_id event_type mode cameo is_symmetric actor_text recipient_text "
                    "date_start date_end event_date granularity certainty polarity ftime fact_key "
                    "location_name location_country geonameid confidence n_mentions n_articles "
                    "n_sources sources first_report last_report record", stories),
        "parties": ("story_id role party country sector", parties),
        "dyads": ("story_id a b", dyads),
        "mentions": ("mention_id article_id story_id event_type mode cameo is_symmetric "
                     "date_start date_end granularity certainty polarity ftime location_country "
                     "geonameid confidence reported evidence_text evidence_start evidence_end "
                     "trigger_text cluster_why record", mentions),
        "articles": ("article_id content_hash title url language published published_date "
                     "source_name input_source near_duplicate_of near_duplicate_score minhash "
                     "n_events run_id ingested_at meta text", articles),
    }  # fmt: skip
    for table, (cols, rows) in tables.items():
        names = cols.split()
        frame = pd.DataFrame.from_records(rows, columns=names)  # noqa: F841 (used by DuckDB)
        con.execute(f"INSERT INTO {table} ({', '.join(names)}) SELECT * FROM frame")
    con.execute("CHECKPOINT")
    store.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(client: Any, path: str) -> tuple[float, int, int]:
    t = time.perf_counter()
    r = client.get(path)
    return time.perf_counter() - t, r.status_code, len(r.content)


def page_load(base: str, params: str = "") -> dict[str, Any]:
    """HTML, then assets and first API calls 6 at a time: wall time and each request's."""
    import httpx

    qs = f"?{params}" if params else ""
    assets = ["/static/style.css", "/static/app.js", "/static/world-110m.json",
              "/static/favicon.svg"]  # fmt: skip
    calls = ["/api/info", f"/api/events?limit=50{'&' + params if params else ''}",
             f"/api/timeline{qs}", f"/api/places{qs}", f"/api/network{qs}"]  # fmt: skip
    with httpx.Client(base_url=base, timeout=60) as client:
        t0 = time.perf_counter()
        html = _get(client, "/")
        with cf.ThreadPoolExecutor(6) as pool:
            got = list(pool.map(lambda p: (p, _get(client, p)), assets + calls))
        total = time.perf_counter() - t0
    bad = [p for p, (_, code, _) in got if code != 200]
    if bad or html[1] != 200:
        raise SystemExit(f"bench: requests failed: {bad or ['/']}")
    return {"total_s": total, "html_s": html[0], "requests": {p: r[0] for p, r in got},
            "bytes": html[2] + sum(r[2] for _, r in got)}  # fmt: skip


def browser_load(base: str, repeat: int) -> list[float] | None:
    """Seconds from navigation until the page has drawn everything, in Chromium."""
    if not Path("/usr/bin/chromium").exists():
        return None
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update",
                  "--no-first-run"],
        )  # fmt: skip
        for _ in range(repeat):
            ctx = b.new_context(viewport={"width": 1500, "height": 950})
            page = ctx.new_page()
            t = time.perf_counter()
            page.goto(base + "/")
            page.wait_for_selector("body[data-ready='1']", timeout=60_000)
            page.wait_for_selector("#map path.country", timeout=60_000)
            out.append(time.perf_counter() - t)
            ctx.close()
        b.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=None, help="Store file (default: in /tmp).")
    ap.add_argument("--rebuild", action="store_true", help="Rebuild the store even if present.")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    args = ap.parse_args()
    db = args.db or Path(tempfile.gettempdir()) / f"eventwire-bench-web-{args.events}.duckdb"
    built = None
    if args.rebuild or not db.exists():
        t = time.perf_counter()
        build_store(db, args.events)
        built = time.perf_counter() - t
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "EVENTWIRE_TOKEN": ""}
    exe = Path(sys.executable).with_name("eventwire")
    t_start = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe), "serve", "--db", str(db), "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        import httpx

        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/api/info", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                raise SystemExit(f"bench: server did not start: {err}")
            time.sleep(0.1)
        startup = time.perf_counter() - t_start
        info = httpx.get(base + "/api/info").json()
        cold = page_load(base)
        warm = [page_load(base) for _ in range(args.repeat)]
        top = httpx.get(base + "/api/network?nodes=2").json()["nodes"]
        dyad = f"dyad={top[0]['id']}:{top[1]['id']}"
        filtered = [page_load(base, dyad) for _ in range(args.repeat)]
        ev = httpx.get(base + "/api/events?limit=1&" + dyad).json()["events"][0]["story_id"]
        with httpx.Client(base_url=base) as c:
            views = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                d = c.get(f"/api/events/{ev}").json()
                c.get(f"/api/articles/{d['articles'][0]['id']}")
                views.append(time.perf_counter() - t)
        in_browser = browser_load(base, min(args.repeat, 3))
    finally:
        proc.terminate()
        proc.wait(timeout=20)

    def med(xs: list[float]) -> float:
        return round(statistics.median(xs), 3)

    calls = sorted(warm[0]["requests"])
    figures = {
        "events": info["store"]["events"],
        "articles": info["store"]["articles"],
        "store_build_s": round(built, 1) if built else None,
        "server_start_s": round(startup, 2),
        "page_load_cold_s": round(cold["total_s"], 3),
        "page_load_warm_median_s": med([w["total_s"] for w in warm]),
        "page_load_warm_max_s": round(max(w["total_s"] for w in warm), 3),
        "page_load_dyad_median_s": med([w["total_s"] for w in filtered]),
        "page_bytes": warm[0]["bytes"],
        "request_median_s": {p: med([w["requests"][p] for w in warm]) for p in calls},
        "event_view_median_s": med(views),
        "browser_ready_s": [round(x, 3) for x in in_browser] if in_browser else None,
        "target_s": 2.0,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"store: {figures['events']:,} events, {figures['articles']:,} articles ({db})")
    if built:
        print(f"  built in {built:.1f} s")
    print(f"server start: {startup:.2f} s")
    print(f"page load (HTML + assets + first API calls), cold: {cold['total_s']:.3f} s")
    print(f"page load, warm median of {args.repeat}: {figures['page_load_warm_median_s']:.3f} s"
          f" (max {figures['page_load_warm_max_s']:.3f} s), {figures['page_bytes']:,} bytes")  # fmt: skip
    print(f"page load filtered to {dyad}: {figures['page_load_dyad_median_s']:.3f} s")
    for p, s in figures["request_median_s"].items():
        print(f"  {p:<28} {s * 1000:8.1f} ms")
    print(f"event view (event + article): {figures['event_view_median_s'] * 1000:.1f} ms")
    if in_browser:
        print("in Chromium, navigation to drawn page: "
              + ", ".join(f"{x:.2f} s" for x in in_browser))  # fmt: skip
    ok = max(cold["total_s"], figures["page_load_warm_max_s"]) < 2.0
    print(f"target < 2 s: {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()

"""Query latency over a large synthetic store: dyad timeline and filtered event list.

Usage:
    python bench/bench_query.py [--events 1000000] [--db /tmp/bench.duckdb] [--repeat 15]
                                [--pg postgresql://...]

Builds (once; reused when the file already holds that many events) a DuckDB store with N
synthetic story-level events through the store's own schema: parties drawn from 60 countries
with a skewed distribution (so a dyad such as RUS:PRK has thousands of events), dates over
2015-2024, all 16 PLOVER types, 30% symmetric. Then times the queries the CLI and API run
(:mod:`eventwire.query`) and prints the median and 90th percentile in milliseconds.
With ``--pg URL`` the same tables are copied into a fresh PostgreSQL schema (``ewbench``) and
the same queries are timed there too.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from eventwire import query
from eventwire.query import EventFilter
from eventwire.records import PLOVER_TYPES
from eventwire.store import open_store

COUNTRIES = (
    "USA RUS CHN UKR PRK KOR JPN GBR FRA DEU ITA ISR PSE IRN IRQ SYR TUR IND PAK AFG SAU EGY "
    "NGA ZAF ETH SDN LBY YEM QAT ARE BRA MEX VEN COL ARG CAN AUS POL HUN SRB BLR GEO ARM AZE "
    "KAZ VNM PHL IDN MMR THA TWN NLD BEL ESP GRC SWE NOR FIN MLI"
).split()


def build(db: str, n: int) -> None:
    """Fill ``db`` with ``n`` synthetic stories and their parties (deterministic)."""
    store = open_store(db)
    have = store.rows("SELECT count(*) FROM stories")[0][0]
    if have == n:
        print(f"{db}: {n:,} events already there")
        store.close()
        return
    con = store.con  # DuckDB bulk generation; the schema is the store's own
    for table in ("stories", "parties", "dyads"):
        con.execute(f"DELETE FROM {table}")  # noqa: S608 (constant names)
    types = list(PLOVER_TYPES)
    t0 = time.perf_counter()
    con.execute("SELECT setseed(0.42)")
    con.execute(
        """
        CREATE TEMP TABLE gen AS
        SELECT i,
               'st-' || printf('%016x', hash(i)) AS story_id,
               CAST(hash(i) >> 1 AS BIGINT) AS k,  -- eventwire.cluster.story_key(story_id)
               ($types)[1 + CAST(floor(random() * 16) AS INTEGER)] AS event_type,
               ($c)[1 + CAST(floor(pow(random(), 2.2) * $nc) AS INTEGER)] AS a,
               ($c)[1 + CAST(floor(pow(random(), 2.2) * $nc) AS INTEGER)] AS b,
               random() < 0.3 AS sym,
               DATE '2015-01-01' + CAST(floor(random() * 3650) AS INTEGER) AS d,
               1 + CAST(floor(pow(random(), 4) * 40) AS INTEGER) AS n_art,
               random() AS r
        FROM range($n) t(i)
        """,
        {"types": types, "c": COUNTRIES, "nc": len(COUNTRIES), "n": n},
    )
    con.execute(
        """
        INSERT INTO stories (story_id, story_key, event_type, mode, cameo, is_symmetric, actor_text,
            recipient_text, date_start, date_end, event_date, granularity, certainty, polarity,
            ftime, fact_key, location_name, location_country, geonameid, confidence,
            n_mentions, n_articles, n_sources, sources, first_report, last_report, record)
        SELECT story_id, k, event_type, NULL, NULL, sym, a, b, d, d, d, 'day',
               CASE WHEN r < 0.8 THEN 'certain' WHEN r < 0.9 THEN 'probable' ELSE 'possible' END,
               CASE WHEN r > 0.97 THEN 'negative' ELSE 'positive' END,
               CASE WHEN r BETWEEN 0.9 AND 0.95 THEN 'future' ELSE 'non_future' END,
               CASE WHEN r > 0.97 THEN 'negated'
                    WHEN r BETWEEN 0.9 AND 0.95 THEN 'future' ELSE 'asserted' END,
               NULL, a, NULL, 0.5 + r / 2, n_art, n_art, least(n_art, 12), '', d, d + 2,
               '{"event_id": "' || story_id || '", "event_type": "' || event_type || '"}'
        FROM gen
        """
    )
    # the filter indexes as the store writes them: a symmetric story lists each party under
    # both roles; dyads hold both orders of every actor-recipient pair
    con.execute(
        """
        INSERT INTO parties (story_id, story_key, role, party, country, sector)
        SELECT story_id, k, 'actor', a, a, 'GOV' FROM gen
        UNION ALL SELECT story_id, k, 'recipient', b, b, 'GOV' FROM gen WHERE b <> a
        UNION ALL SELECT story_id, k, 'recipient', a, a, 'GOV' FROM gen WHERE sym
        UNION ALL SELECT story_id, k, 'actor', b, b, 'GOV' FROM gen WHERE sym AND b <> a
        """
    )
    con.execute(
        """
        INSERT INTO dyads (story_id, story_key, a, b)
        SELECT story_id, k, a, b FROM gen WHERE NOT sym OR a <> b
        UNION ALL SELECT story_id, k, b, a FROM gen WHERE sym AND a <> b
        """
    )
    con.execute("DROP TABLE gen")
    con.execute("CHECKPOINT")
    print(f"built {n:,} events in {time.perf_counter() - t0:.1f} s -> {db}")
    store.close()


def copy_to_postgres(db: str, url: str) -> str:
    """Copy the synthetic tables into schema ``ewbench`` of ``url``; the URL to open it."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        con.execute("DROP SCHEMA IF EXISTS ewbench CASCADE")
        con.execute("CREATE SCHEMA ewbench")
    sep = "&" if "?" in url else "?"
    pg_url = f"{url}{sep}options=-csearch_path%3Dewbench"
    open_store(pg_url).close()  # the schema
    src = open_store(db, read_only=True)
    t0 = time.perf_counter()
    with psycopg.connect(pg_url, autocommit=True) as con:
        for table in ("stories", "parties", "dyads"):
            cols = [r[0] for r in src.con.execute(f"DESCRIBE {table}").fetchall()]
            res = src.con.execute(f"SELECT * FROM {table}")  # noqa: S608 (constant names)
            with con.cursor() as cur:
                stmt = f"COPY {table} ({', '.join(cols)}) FROM STDIN"  # noqa: S608
                with cur.copy(stmt) as copy:
                    while batch := res.fetchmany(50_000):
                        for row in batch:
                            copy.write_row(row)
            con.execute(f"ANALYZE {table}")
    src.close()
    print(f"copied to PostgreSQL in {time.perf_counter() - t0:.0f} s")
    return pg_url


def timed(fn, repeat: int) -> tuple[float, float, int]:
    """Median and p90 latency (ms) and the result size."""
    fn()  # warm-up (first query loads column segments)
    times = []
    size = 0
    for _ in range(repeat):
        t = time.perf_counter()
        res = fn()
        times.append((time.perf_counter() - t) * 1000)
        size = len(res)
    times.sort()
    return statistics.median(times), times[int(0.9 * (len(times) - 1))], size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default="/tmp/eventwire-bench.duckdb")
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--pg", default=None, help="also time PostgreSQL at this URL")
    args = ap.parse_args()
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    build(args.db, args.events)
    targets = [args.db]
    if args.pg:
        targets.append(copy_to_postgres(args.db, args.pg))
    for target in targets:
        run_cases(target, args.repeat)


def run_cases(target: str, repeat: int) -> None:
    """Time every query case on the store at ``target``."""
    store = open_store(target, read_only=True)
    n = store.rows("SELECT count(*) FROM stories")[0][0]
    cases = {
        "timeline --dyad RUS:PRK --by week": lambda: query.timeline(
            store, EventFilter.build(dyad="RUS:PRK", factuality="asserted"), by="week"
        ),
        "timeline --dyad USA:CHN --by month": lambda: query.timeline(
            store, EventFilter.build(dyad="USA:CHN"), by="month"
        ),
        "events --dyad RUS:PRK --type CONSULT --since 2023-07-01 (limit 50)": lambda: query.events(
            store,
            EventFilter.build(dyad="RUS:PRK", event_type="CONSULT", since="2023-07-01", limit=50),
        ),  # fmt: skip
        "events --actor RUS --recipient UKR --certainty certain (limit 50)": lambda: query.events(
            store, EventFilter.build(actor="RUS", recipient="UKR", certainty="certain", limit=50)
        ),
        "events --type ASSAULT --country SYR --since 2020 (all rows)": lambda: query.events(
            store, EventFilter.build(event_type="ASSAULT", country="SYR", since="2020")
        ),
        "count --dyad RUS:PRK": lambda: [query.count(store, EventFilter.build(dyad="RUS:PRK"))],
    }
    kind = "PostgreSQL" if target.startswith("postgres") else f"DuckDB {target}"
    print(f"{n:,} stored events ({kind}); {repeat} runs each after a warm-up")
    print(f"{'query':70s} {'median ms':>10s} {'p90 ms':>8s} {'rows':>7s}")
    for name, fn in cases.items():
        med, p90, size = timed(fn, repeat)
        print(f"{name:70s} {med:10.1f} {p90:8.1f} {size:7d}")
    store.close()


if __name__ == "__main__":
    main()

"""Extraction speed: throughput, the tokenizer floor, stages, workers, memory, start-up, Dask.

Usage (from the repository root; DICE and Guardian texts are read from ../shared, never
copied):

    .venv/bin/python bench/bench_extract.py [--it 2000] [--en 249] [--workers 2]
                                             [--dask 500] [--no-dask] [--json FILE]

Prints, for Italian (DICE) and English (Guardian):

- start-up: a fresh interpreter importing eventwire and loading one language's pipeline
  and knowledge (first article included), median of 3, with that process's peak RSS;
- the floor: a bare ``spacy.blank(lang)`` tokenizer pass over the texts, and in the same
  run the extraction (no store) over the same texts, in one process: articles/s, words/s,
  and the ratio extraction / tokenizer (wall and CPU time);
- time per pipeline stage (each spaCy component timed over the same texts);
- 1 worker process vs N: steady-state throughput (workers started and loaded first) and
  end to end (start-up included), the speed-up, each worker's peak RSS (VmHWM) and the CPU
  share the workers got (a busy machine shows here);
- Dask: a LocalCluster of N single-threaded workers on the first ``--dask`` DICE
  articles: start-up, throughput, and whether its records equal the local run's.

The machine and its load average (before and after) are printed first and last.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from eventwire.article import Article

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

STARTUP = r"""
import json, resource, sys, time
t0 = time.perf_counter()
import eventwire.api
from eventwire.parallel import warm_up
t1 = time.perf_counter()
warm_up([sys.argv[1]])
t2 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "total": t2 - t0,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


# ---------------------------------------------------------------------------- data


def dice(shared: Path, n: int) -> list[Article]:
    path = shared / "data" / "dice_it" / "dice_articles.jsonl"
    out: list[Article] = []
    if n <= 0:
        return out
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("text", "").strip():
                out.append(Article(text=row["text"], id=row["id"], language="it"))
            if len(out) >= n:
                break
    return out


def guardian(shared: Path, n: int) -> list[Article]:
    path = shared / "data" / "ngec" / "Guardian_SDF_sample.csv"
    csv.field_size_limit(1 << 30)
    out: list[Article] = []
    if n <= 0:
        return out
    with path.open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if (row.get("text") or "").strip():
                out.append(
                    Article(
                        text=row["text"],
                        id=f"guardian-{row.get('') or i}",
                        language="en",
                        published=row.get("date") or None,
                    )
                )
            if len(out) >= n:
                break
    return out


def fresh(arts: list[Article]) -> list[Article]:
    """Copies (extraction may set fields on an Article)."""
    return [Article(text=a.text, id=a.id, language=a.language, published=a.published) for a in arts]


def words(arts: list[Article]) -> int:
    return sum(len(a.text.split()) for a in arts)


# ---------------------------------------------------------------------------- machine


def machine() -> dict[str, Any]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except OSError:
        pass
    import spacy

    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    if not commit and (ROOT / "COMMIT").is_file():  # a snapshot made with git archive
        commit = (ROOT / "COMMIT").read_text().strip()
    import eventwire

    commit += f" ({Path(eventwire.__file__).parent})"
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "memory": mem,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "commit": commit,
        "loadavg": os.getloadavg(),
    }


def vm_hwm_mb(pid: int) -> float | None:
    """A process's peak resident set size (Linux)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


# ---------------------------------------------------------------------------- measures


def startup(lang: str, runs: int = 3) -> dict[str, float]:
    got = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", STARTUP, lang], capture_output=True, text=True, check=True
        )
        got.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {k: statistics.median(g[k] for g in got) for k in got[0]}


def floor_and_single(arts: list[Article]) -> dict[str, Any]:
    """Bare tokenizer pass, then extraction in this process, over the same texts."""
    import spacy

    from eventwire.api import extract_articles
    from eventwire.parallel import warm_up

    lang = arts[0].language or "it"
    blank = spacy.blank(lang)
    blank("warm up")
    texts = [a.text for a in arts]
    w0, c0 = time.perf_counter(), time.process_time()
    for text in texts:
        blank.make_doc(text)
    tok_wall, tok_cpu = time.perf_counter() - w0, time.process_time() - c0

    warm_up([lang])
    batch = fresh(arts)
    w0, c0 = time.perf_counter(), time.process_time()
    records = [[r.to_dict() for r in recs] for _, recs in extract_articles(batch)]
    ext_wall, ext_cpu = time.perf_counter() - w0, time.process_time() - c0
    n, nw = len(arts), words(arts)
    return {
        "articles": n,
        "words": nw,
        "events": sum(len(r) for r in records),
        "tokenizer": {"seconds": tok_wall, "cpu": tok_cpu, "articles_s": n / tok_wall},
        "extract": {
            "seconds": ext_wall,
            "cpu": ext_cpu,
            "articles_s": n / ext_wall,
            "words_s": nw / ext_wall,
        },
        "ratio_wall": ext_wall / tok_wall,
        "ratio_cpu": ext_cpu / tok_cpu if tok_cpu else None,
        "_records": records,
    }


def stages(arts: list[Article]) -> dict[str, float]:
    """Seconds per pipeline stage (each component timed around its call)."""
    from eventwire.api import records_from_doc
    from eventwire.pipeline.nlp import get_nlp

    lang = arts[0].language or "it"
    nlp = get_nlp(lang)
    spent: dict[str, float] = defaultdict(float)
    for art in fresh(arts):
        t = time.perf_counter()
        doc = nlp.make_doc(art.text)
        spent["tokenizer"] += time.perf_counter() - t
        doc._.published = art.published
        doc._.article = art
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            spent[name] += time.perf_counter() - t
        t = time.perf_counter()
        records_from_doc(doc, art)
        spent["records"] += time.perf_counter() - t
    return dict(spent)


def workers_run(arts: list[Article], n: int) -> dict[str, Any]:
    """Steady-state and end-to-end throughput of an n-worker pool, peak RSS per worker."""
    from eventwire.parallel import WorkerPool

    lang = arts[0].language or "it"
    t_start = time.perf_counter()
    with WorkerPool(n, languages=[lang]) as pool:
        # every worker started and loaded: one tiny chunk per worker, several times
        warm = [Article(text="Prova.", id=f"w{i}", language=lang) for i in range(4 * n)]
        futs = [pool.submit([a]) for a in warm]
        for f in futs:
            f.result()
        ready = time.perf_counter()
        pids = pool.pids()
        cpu0 = {p: cpu_seconds(p) for p in pids}
        parent0 = time.process_time()
        t0 = time.perf_counter()
        records = [[r.to_dict() for r in recs] for _, recs in pool.imap(fresh(arts))]
        wall = time.perf_counter() - t0
        parent = time.process_time() - parent0
        cpu = sum(cpu_seconds(p) - cpu0[p] for p in pids)
        rss = [vm_hwm_mb(p) for p in pids]
    end_to_end = time.perf_counter() - t_start
    return {
        "workers": n,
        "start_seconds": ready - t_start,
        "seconds": wall,
        "articles_s": len(arts) / wall,
        "words_s": words(arts) / wall,
        "end_to_end_articles_s": len(arts) / end_to_end,
        "worker_cpu_share": cpu / (wall * n),
        "worker_cpu_seconds": cpu,
        "parent_cpu_seconds": parent,
        "peak_rss_mb": rss,
        "_records": records,
    }


def dask_run(arts: list[Article], n: int, local: list[list[dict]] | None) -> dict[str, Any]:
    from eventwire.batch import dask_client, extract_dask

    lang = arts[0].language or "it"
    t0 = time.perf_counter()
    with dask_client(workers=n, languages=[lang]) as client:
        client.wait_for_workers(n)
        ready = time.perf_counter()
        got = [
            [r.to_dict() for r in recs]
            for _, recs in extract_dask(fresh(arts), client, partition_size=50)
        ]
        wall = time.perf_counter() - ready
    return {
        "workers": n,
        "articles": len(arts),
        "start_seconds": ready - t0,
        "seconds": wall,
        "articles_s": len(arts) / wall,
        "words_s": words(arts) / wall,
        "equal_to_local": got == local if local is not None else "not compared",
    }


# ---------------------------------------------------------------------------- report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--it", type=int, default=2000, help="DICE articles (Italian)")
    ap.add_argument("--en", type=int, default=249, help="Guardian articles (English)")
    ap.add_argument("--workers", type=int, default=None, help="N (default: the cores)")
    ap.add_argument("--dask", type=int, default=500, help="DICE articles for the Dask run")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument(
        "--only",
        choices=["startup", "floor", "stages", "workers", "dask"],
        action="append",
        help="run only these measures (repeatable)",
    )
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = ap.parse_args()
    if not (args.shared / "data").is_dir():
        print(f"bench_extract: {args.shared}/data not found (needs ../shared)", file=sys.stderr)
        return 2
    from eventwire.parallel import default_workers

    n = args.workers or default_workers()
    out: dict[str, Any] = {"machine": machine()}
    m = out["machine"]
    print(f"machine: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), {m['memory']}")
    print(f"python {m['python']}, spaCy {m['spacy']}, eventwire at {m['commit']}")
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*m["loadavg"]))

    only = set(args.only or ["startup", "floor", "stages", "workers", "dask"])
    if args.no_dask:
        only.discard("dask")
    corpora = {"it": dice(args.shared, args.it), "en": guardian(args.shared, args.en)}
    corpora = {k: v for k, v in corpora.items() if v}
    for lang, arts in corpora.items():
        name = "DICE (it)" if lang == "it" else "Guardian (en)"
        print(f"\n== {name}: {len(arts):,} articles, {words(arts):,} words")
        res: dict[str, Any] = {}
        out[lang] = res
        if "startup" in only:
            st = res["startup"] = startup(lang)
            print(
                f"start-up (fresh process, median of 3): {st['total']:.2f} s "
                f"(import {st['import']:.2f} s + pipeline and knowledge {st['load']:.2f} s), "
                f"peak RSS {st['peak_rss_mb']:.0f} MB"
            )
        local: list[list[dict]] | None = None
        if "floor" in only:
            one = floor_and_single(arts)
            local = one.pop("_records")
            res["single"] = one
            tok, ext = one["tokenizer"], one["extract"]
            print(
                f"bare spacy.blank('{lang}') tokenizer: {tok['seconds']:.2f} s, "
                f"{tok['cpu']:.2f} s CPU ({tok['articles_s']:,.0f} articles/s)"
            )
            print(
                f"extraction, 1 process: {ext['seconds']:.2f} s, {ext['cpu']:.2f} s CPU, "
                f"{ext['articles_s']:,.1f} articles/s, {ext['words_s']:,.0f} words/s, "
                f"{one['events']:,} events"
            )
            print(
                f"extraction / tokenizer: {one['ratio_wall']:.2f}x wall, "
                f"{one['ratio_cpu']:.2f}x CPU time  (target <= 4x)"
            )
        if "stages" in only:
            sp = res["stages"] = stages(arts)
            total = sum(sp.values())
            print("time per stage (after one pass over the texts):")
            for stage, sec in sorted(sp.items(), key=lambda kv: -kv[1]):
                print(
                    f"  {stage:22s} {sec:7.2f} s {100 * sec / total:5.1f} %  "
                    f"{1000 * sec / len(arts):6.2f} ms/article"
                )
        if "workers" in only:
            runs = {}
            for k in sorted({1, n}):
                runs[k] = workers_run(arts, k)
                r = runs[k]
                print(
                    f"{k} worker(s): {r['articles_s']:,.1f} articles/s, "
                    f"{r['words_s']:,.0f} words/s (steady; {r['end_to_end_articles_s']:,.1f}/s "
                    f"with {r['start_seconds']:.1f} s start-up), CPU share "
                    f"{100 * r['worker_cpu_share']:.0f} % (workers {r['worker_cpu_seconds']:.1f} s "
                    f"CPU, parent {r['parent_cpu_seconds']:.1f} s), peak RSS per worker "
                    + ", ".join(f"{x:.0f}" for x in r["peak_rss_mb"] if x is not None)
                    + " MB"
                )
            if n > 1:
                speed = runs[n]["articles_s"] / runs[1]["articles_s"]
                same = runs[n]["_records"] == runs[1]["_records"]
                if local is not None:
                    same = same and runs[1]["_records"] == local
                print(
                    f"speed-up {n} workers / 1: {speed:.2f}x (target >= 1.7x); same records: {same}"
                )
                res["speedup"] = speed
            local = local or runs[1]["_records"]
            res["workers"] = {
                k: {x: y for x, y in v.items() if not x.startswith("_")} for k, v in runs.items()
            }
        if lang == "it" and "dask" in only:
            sample = arts[: args.dask]
            d = res["dask"] = dask_run(sample, n, local[: len(sample)] if local else None)
            print(
                f"Dask LocalCluster ({n} workers) on {len(sample)} articles: "
                f"{d['articles_s']:,.1f} articles/s, {d['words_s']:,.0f} words/s "
                f"(cluster start {d['start_seconds']:.1f} s); records equal the local run's: "
                f"{d['equal_to_local']}"
            )
    load = os.getloadavg()
    out["machine"]["loadavg_end"] = load
    print("\nload average at end: {:.2f} {:.2f} {:.2f}".format(*load))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
